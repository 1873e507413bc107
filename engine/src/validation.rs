//! Validation on vignettes written by people who never saw the rules: how often the advice
//! matches the writer's level, is one they accept, or is less (under-triage) or more urgent
//! (over-triage) than that. `engine/tests/validation.rs` holds the rules to 0 under-triaged
//! vignettes in both halves, and `docs/validation.md` reports the figures (`validation_report`).

use crate::findings::parse_findings;
use crate::urgency::Urgency;
use crate::{assess, Content};
use serde::Deserialize;

/// One vignette as its writer gave it: the story, the answers (codebook codes, as `assess`
/// reads them), the level the writer expects and the other levels they would accept.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vignette {
    pub id: String,
    pub story: String,
    pub expected: Urgency,
    #[serde(default)]
    pub also_acceptable: Vec<Urgency>,
    pub reason: String,
    pub answers: toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VignetteFile {
    vignette: Vec<Vignette>,
}

/// How the advice compares with what the writer expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Exact,
    /// Not the expected level, but one the writer also accepts.
    Acceptable,
    /// Less urgent than expected, and not accepted.
    Under,
    /// More urgent than expected, and not accepted.
    Over,
}

/// A vignette with the advice the engine gives it.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub vignette: Vignette,
    pub given: Urgency,
    pub rules: Vec<String>,
    pub verdict: Verdict,
}

/// Reads a vignette file (TOML, `[[vignette]]` tables).
pub fn read(text: &str) -> Result<Vec<Vignette>, String> {
    let file: VignetteFile = toml::from_str(text).map_err(|e| e.to_string())?;
    Ok(file.vignette)
}

/// Assesses every vignette. An answer set `assess` refuses is an error naming the vignette.
pub fn evaluate(content: &Content, vignettes: &[Vignette]) -> Result<Vec<Outcome>, String> {
    vignettes
        .iter()
        .map(|v| {
            let findings = serde_json::to_value(&v.answers).map_err(|e| e.to_string())?;
            let answers = parse_findings(&content.questionnaire, &findings)
                .map_err(|e| format!("vignette {}: {e}", v.id))?;
            let assessment = assess(content, &answers);
            let given = assessment.urgency;
            let verdict = if given == v.expected {
                Verdict::Exact
            } else if v.also_acceptable.contains(&given) {
                Verdict::Acceptable
            } else if given < v.expected {
                Verdict::Under
            } else {
                Verdict::Over
            };
            Ok(Outcome {
                vignette: v.clone(),
                given,
                rules: assessment.rule_ids(content).map(str::to_string).collect(),
                verdict,
            })
        })
        .collect()
}

/// Counts for one group of outcomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: usize,
    pub exact: usize,
    pub acceptable: usize,
    pub under: usize,
    pub over: usize,
    /// Semigran's three levels (emergency; any appointment; self-care) agree.
    pub three_level: usize,
    /// Gilbert's "safe": as urgent as expected or more, or at most one level less.
    pub safe: usize,
}

impl Tally {
    pub fn of<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Tally {
        let mut t = Tally::default();
        for o in outcomes {
            t.total += 1;
            match o.verdict {
                Verdict::Exact => t.exact += 1,
                Verdict::Acceptable => t.acceptable += 1,
                Verdict::Under => t.under += 1,
                Verdict::Over => t.over += 1,
            }
            t.three_level += usize::from(three_level(o.given) == three_level(o.vignette.expected));
            t.safe += usize::from(rank(o.given) + 1 >= rank(o.vignette.expected));
        }
        t
    }
}

/// Semigran 2015's levels: 2 emergent, 1 non-emergent (any appointment), 0 self-care.
fn three_level(u: Urgency) -> u8 {
    match u {
        Urgency::Emergency => 2,
        Urgency::SelfCare => 0,
        _ => 1,
    }
}

/// 0 for self-care up to 5 for emergency.
fn rank(u: Urgency) -> usize {
    Urgency::ALL.len() - 1 - Urgency::ALL.iter().position(|l| *l == u).unwrap_or(0)
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".into()
    } else {
        format!("{:.0}%", 100.0 * part as f64 / whole as f64)
    }
}

/// The per-level table of one half, in Markdown: one row per expected level, then all.
pub fn table(outcomes: &[Outcome]) -> String {
    let mut out = String::from(
        "| expected level | vignettes | exact | acceptable (exact or accepted) | under-triaged | over-triaged |\n\
         | --- | ---: | ---: | ---: | ---: | ---: |\n",
    );
    let row = |name: &str, t: Tally| {
        format!(
            "| {name} | {} | {} ({}) | {} ({}) | {} | {} |\n",
            t.total,
            t.exact,
            percent(t.exact, t.total),
            t.exact + t.acceptable,
            percent(t.exact + t.acceptable, t.total),
            t.under,
            t.over
        )
    };
    for level in Urgency::ALL {
        let t = Tally::of(outcomes.iter().filter(|o| o.vignette.expected == level));
        out.push_str(&row(&format!("`{}`", level.as_str()), t));
    }
    out.push_str(&row("**all**", Tally::of(outcomes)));
    out
}

/// The vignettes whose advice is not the expected level, with what was given and why.
pub fn misses(outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    for o in outcomes.iter().filter(|o| o.verdict != Verdict::Exact) {
        let verdict = match o.verdict {
            Verdict::Acceptable => "accepted",
            Verdict::Under => "**under-triaged**",
            Verdict::Over => "over-triaged",
            Verdict::Exact => unreachable!("filtered out"),
        };
        out.push_str(&format!(
            "| {} | `{}` | `{}` | {verdict} | {} |\n",
            o.vignette.id,
            o.vignette.expected.as_str(),
            o.given.as_str(),
            if o.rules.is_empty() {
                "none".to_string()
            } else {
                o.rules.join(", ")
            }
        ));
    }
    if out.is_empty() {
        return "None.\n".into();
    }
    format!(
        "| vignette | expected | given | verdict | rules that fired |\n| --- | --- | --- | --- | --- |\n{out}"
    )
}

/// The summary line for one half: exact, acceptable, under, over, three-level and safe rates.
pub fn summary(outcomes: &[Outcome]) -> String {
    let t = Tally::of(outcomes);
    format!(
        "{} vignettes: exact {} ({}), acceptable {} ({}), under-triaged {} ({}), over-triaged {} ({}); Semigran's three levels {} ({}); Gilbert's \"safe\" {} ({})",
        t.total,
        t.exact,
        percent(t.exact, t.total),
        t.exact + t.acceptable,
        percent(t.exact + t.acceptable, t.total),
        t.under,
        percent(t.under, t.total),
        t.over,
        percent(t.over, t.total),
        t.three_level,
        percent(t.three_level, t.total),
        t.safe,
        percent(t.safe, t.total),
    )
}

/// Where the vignettes live, relative to the engine crate.
pub const VIGNETTE_DIR: &str = "tests/validation";

/// The two halves, in the order the report shows them: (file stem, title).
pub const HALVES: [(&str, &str); 2] = [
    (
        "development",
        "Development half (the rules were tuned on it)",
    ),
    (
        "held_out",
        "Held-out half (read only after the rules were final)",
    ),
];

/// The generated part of `docs/validation.md`: per half, the summary, the table per expected
/// level and every vignette that did not get its expected level; then both halves together.
pub fn report(halves: &[(&str, Vec<Outcome>)]) -> String {
    let mut out = String::new();
    for ((_, title), (_, outcomes)) in HALVES.iter().zip(halves) {
        out.push_str(&format!("### {title}\n\n{}.\n\n", summary(outcomes)));
        out.push_str(&table(outcomes));
        out.push_str("\nNot the expected level:\n\n");
        out.push_str(&misses(outcomes));
        out.push('\n');
    }
    let all: Vec<Outcome> = halves.iter().flat_map(|(_, o)| o.iter().cloned()).collect();
    out.push_str(&format!("### Both halves\n\n{}.\n\n", summary(&all)));
    out.push_str(&table(&all));
    out
}
