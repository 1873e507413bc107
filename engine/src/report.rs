//! The rules report for clinical reviewers (`docs/rules.md`): every rule in plain words, in
//! urgency order, with its level, why-text, sources and the scenarios that exercise it; the
//! named definitions; when each explanation shows; when questions are skipped; how rules combine;
//! and the content version and rules hash. Generated from `content/` and
//! `engine/tests/scenarios/` so that reviewers never need to read Rust or TOML:
//!
//! ```sh
//! cargo run -p backpain-engine --bin rules_report > docs/rules.md
//! ```
//!
//! `engine/tests/report.rs` fails when the committed file differs from what this writes.
//!
//! Conditions are rendered from the TOML as written (not from the compiled rules), so a named
//! definition such as `cancer_hx` stays a name the reader can look up.

use crate::content::{Content, ContentFiles, EMBEDDED};
use crate::questionnaire::{Question, QuestionKind};
use crate::regions::{self, Regions, NAMED_SERVICES};
use crate::urgency::Urgency;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use toml::{Table, Value};

/// The heading of the compact rule → level → sources → scenarios table, which
/// `docs/clinical-safety.md` repeats (checked by `engine/tests/report.rs`).
pub const GLANCE_HEADING: &str = "## Rules at a glance";

/// The command that regenerates the report (printed by the sync test).
pub const COMMAND: &str = "cargo run -p backpain-engine --bin rules_report > docs/rules.md";

/// The English message files (the same files the widget embeds).
pub const ENGLISH_MESSAGES: [&str; 5] = [
    include_str!("../../content/locales/en/ui.ftl"),
    include_str!("../../content/locales/en/questions.ftl"),
    include_str!("../../content/locales/en/levels.ftl"),
    include_str!("../../content/locales/en/rules.ftl"),
    include_str!("../../content/locales/en/explanations.ftl"),
];

/// The English names of each region's services (`region-<id>-…`). Kept apart from
/// [`ENGLISH_MESSAGES`]: they are never shown alone, only through the region variables.
pub const ENGLISH_REGION_NAMES: &str = include_str!("../../content/locales/en/regions.ftl");

/// The region variables of `region` in English, for the English-only outputs (this report and
/// the FHIR files): the emergency number from its pack and its services' names from
/// [`ENGLISH_REGION_NAMES`], which must be plain text.
pub(crate) fn english_region_variables(
    regions: &Regions,
    region: &str,
) -> Result<Vec<(&'static str, String)>, String> {
    let pack = regions
        .get(region)
        .ok_or_else(|| format!("no region pack {region}"))?;
    let patterns = message_patterns(&[ENGLISH_REGION_NAMES])?;
    let mut variables = vec![("emergency_number", pack.emergency_number.clone())];
    for (variable, service) in NAMED_SERVICES {
        let id = regions::message_id(region, service);
        let pattern = patterns.get(&id).ok_or_else(|| {
            format!("message {id} is missing from content/locales/en/regions.ftl")
        })?;
        let mut text = String::new();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => text.push_str(value),
                PatternElement::Placeable { .. } => {
                    return Err(format!("message {id} must be plain text"))
                }
            }
        }
        variables.push((variable, text));
    }
    Ok(variables)
}

/// Everything the report is made from.
pub struct Inputs<'a> {
    pub files: ContentFiles<'a>,
    /// The text of the English `.ftl` files.
    pub messages: Vec<&'a str>,
    /// `(file name, file text)` of every scenario file, in any order.
    pub scenarios: Vec<(String, String)>,
}

/// The scenario directory, `engine/tests/scenarios`.
pub fn scenarios_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("scenarios")
}

/// Reads every `*.toml` file in `dir` as `(file name, text)`, sorted by name.
pub fn read_scenarios(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push((name, text));
        }
    }
    out.sort();
    Ok(out)
}

/// The report for the shipped content, the English messages and the scenario files on disk.
pub fn shipped_report() -> Result<String, String> {
    generate(&Inputs {
        files: EMBEDDED,
        messages: ENGLISH_MESSAGES.to_vec(),
        scenarios: read_scenarios(&scenarios_dir())?,
    })
}

/// Writes the report. Fails (with a message naming what is wrong) if the content does not load,
/// a message is missing, or a scenario file cannot be read.
pub fn generate(inputs: &Inputs) -> Result<String, String> {
    let content = Content::load(&inputs.files).map_err(|e| e.to_string())?;
    let region = english_region_variables(&content.regions, content.regions.default_id())?;
    let sources: Vec<&str> = inputs
        .messages
        .iter()
        .copied()
        .chain([ENGLISH_REGION_NAMES])
        .collect();
    let messages = Messages::parse(&sources, &region)?;
    let scenarios = parse_scenarios(&inputs.scenarios)?;
    let raw_rules: Table = toml::from_str(inputs.files.rules).map_err(|e| e.to_string())?;
    let raw_explanations: Table =
        toml::from_str(inputs.files.explanations).map_err(|e| e.to_string())?;
    let raw_questionnaire: Table =
        toml::from_str(inputs.files.questionnaire).map_err(|e| e.to_string())?;
    let writer = Writer {
        content: &content,
        messages: &messages,
    };
    let mut out = String::new();
    writer.header(&mut out);
    writer.combining(&mut out, &raw_questionnaire)?;
    writer.summary_table(&mut out, &scenarios);
    writer.floors(&mut out)?;
    writer.rules(&mut out, &raw_rules, &scenarios)?;
    writer.definitions(&mut out, &raw_rules, inputs.files.rules)?;
    writer.explanations(&mut out, &raw_explanations, &scenarios)?;
    writer.sources(&mut out);
    Ok(out)
}

// ---- messages -------------------------------------------------------------------------------------

/// English message texts by id, formatted for the default region pack, whitespace collapsed.
struct Messages {
    texts: BTreeMap<String, String>,
}

impl Messages {
    fn parse(sources: &[&str], region: &[(&str, String)]) -> Result<Messages, String> {
        let variables: BTreeMap<&str, &str> =
            region.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let patterns = message_patterns(sources)?;
        let mut texts = BTreeMap::new();
        for id in patterns.keys() {
            let mut text = String::new();
            let fill = Fill {
                variable: &|name, out| match variables.get(name) {
                    Some(v) => out.push_str(v),
                    None => {
                        let _ = write!(out, "[{}]", name.replace('_', " "));
                    }
                },
                function: "…",
            };
            render_pattern(&patterns, &fill, &patterns[id], &mut text, 0);
            texts.insert(id.clone(), collapse(&text));
        }
        Ok(Messages { texts })
    }

    fn get(&self, id: &str) -> Result<&str, String> {
        self.texts
            .get(id)
            .map(String::as_str)
            .ok_or_else(|| format!("message {id} is missing from content/locales/en"))
    }
}

/// Every message value and term (as `-name`) in these Fluent sources, by id; shared with the
/// FHIR export's plain-text renderer (`fhir.rs`).
pub(crate) fn message_patterns<'a>(
    sources: &[&'a str],
) -> Result<BTreeMap<String, Pattern<&'a str>>, String> {
    let mut patterns = BTreeMap::new();
    for source in sources {
        let resource = fluent_syntax::parser::parse(*source)
            .map_err(|(_, errors)| format!("a message file does not parse: {errors:?}"))?;
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    if let Some(value) = m.value {
                        patterns.insert(m.id.name.to_string(), value);
                    }
                }
                Entry::Term(t) => {
                    patterns.insert(format!("-{}", t.id.name), t.value);
                }
                _ => {}
            }
        }
    }
    Ok(patterns)
}

/// How [`render_pattern`] fills in what is not text: a variable by name, and a function call.
pub(crate) struct Fill<'a> {
    pub variable: &'a dyn Fn(&str, &mut String),
    pub function: &'a str,
}

/// A message's pattern as plain text: select expressions take their default variant, message
/// and term references are followed (8 deep at most). Shared by this report and the
/// readability report, which fill variables differently.
pub(crate) fn render_pattern(
    all: &BTreeMap<String, Pattern<&str>>,
    fill: &Fill,
    pattern: &Pattern<&str>,
    out: &mut String,
    depth: usize,
) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                render_expression(all, fill, expression, out, depth)
            }
        }
    }
}

fn render_expression(
    all: &BTreeMap<String, Pattern<&str>>,
    fill: &Fill,
    expression: &Expression<&str>,
    out: &mut String,
    depth: usize,
) {
    match expression {
        Expression::Select { variants, .. } => {
            if let Some(v) = variants.iter().find(|v| v.default) {
                render_pattern(all, fill, &v.value, out, depth);
            }
        }
        Expression::Inline(inline) => match inline {
            InlineExpression::StringLiteral { value } => out.push_str(value),
            InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::VariableReference { id } => (fill.variable)(id.name, out),
            InlineExpression::MessageReference { id, .. } => {
                if let Some(p) = all.get(id.name).filter(|_| depth < 8) {
                    render_pattern(all, fill, p, out, depth + 1);
                }
            }
            InlineExpression::TermReference { id, .. } => {
                if let Some(p) = all.get(&format!("-{}", id.name)).filter(|_| depth < 8) {
                    render_pattern(all, fill, p, out, depth + 1);
                }
            }
            InlineExpression::Placeable { expression } => {
                render_expression(all, fill, expression, out, depth)
            }
            InlineExpression::FunctionReference { .. } => out.push_str(fill.function),
        },
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes text for Markdown (outside code spans; table cells too, since `|` is escaped).
pub(crate) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '`' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

// ---- scenarios -----------------------------------------------------------------------------------

struct ScenarioInfo {
    file: String,
    name: String,
    fired: Vec<String>,
    not_fired: Vec<String>,
    cancers: Vec<String>,
    topics: Vec<String>,
}

fn parse_scenarios(files: &[(String, String)]) -> Result<Vec<ScenarioInfo>, String> {
    let strings = |v: Option<&Value>| -> Vec<String> {
        v.and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for (file, text) in files {
        let table: Table =
            toml::from_str(text).map_err(|e| format!("scenario {file} does not parse: {e}"))?;
        let expect = table.get("expect").and_then(Value::as_table);
        out.push(ScenarioInfo {
            file: file.clone(),
            name: table
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            fired: strings(expect.and_then(|e| e.get("fired"))),
            not_fired: strings(expect.and_then(|e| e.get("not_fired"))),
            cancers: strings(expect.and_then(|e| e.get("cancers"))),
            topics: strings(expect.and_then(|e| e.get("topics"))),
        });
    }
    out.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(out)
}

// ---- writing --------------------------------------------------------------------------------------

/// Plain names for the named definitions of `rules.toml`; an unknown one shows its own name.
fn definition_title(name: &str) -> String {
    match name {
        "cancer_hx" => "has or has had cancer".into(),
        "neuro" => "any nerve symptom".into(),
        "ces" => "any sign of cauda equina syndrome".into(),
        "box1" => "pain that suggests cancer in the spine (NICE)".into(),
        "lung_symptoms" => "lung symptoms".into(),
        other => other.replace('_', " "),
    }
}

fn level_name(level: Urgency) -> &'static str {
    match level {
        Urgency::Emergency => "Emergency",
        Urgency::Urgent24h => "Urgent, within 24 hours",
        Urgency::Within1Week => "Within 1 week",
        Urgency::Within2Weeks => "Within 2 weeks",
        Urgency::Routine => "Routine",
        Urgency::SelfCare => "Self-care",
    }
}

fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

struct Writer<'a> {
    content: &'a Content,
    messages: &'a Messages,
}

impl Writer<'_> {
    fn header(&self, out: &mut String) {
        let manifest = &self.content.manifest;
        let _ = writeln!(out, "# Red-flag rules: report for clinical review\n");
        let _ = writeln!(
            out,
            "Generated from `content/` and `engine/tests/scenarios/` by `{COMMAND}`. Do not edit \
             by hand: `engine/tests/report.rs` fails when this file and the content differ.\n"
        );
        let _ = writeln!(out, "| | |\n| --- | --- |");
        let _ = writeln!(out, "| Content version | {} |", manifest.version);
        let _ = writeln!(out, "| Last clinical review | {} |", manifest.reviewed);
        let _ = writeln!(
            out,
            "| Rules hash (SHA-256 of questionnaire, rules, explanations and floors) | `{}` |",
            self.content.rules_hash
        );
        let _ = writeln!(
            out,
            "| Short hash (shown on the start page, the result and the summary) | `{}` |",
            self.content.short_hash()
        );
        let _ = writeln!(out, "| Rules | {} |", self.content.rules.rules().len());
        let id = self.content.regions.default_id();
        let name = |service: &str| {
            let message = regions::message_id(id, service);
            self.messages.get(&message).unwrap_or(id).to_string()
        };
        let _ = writeln!(
            out,
            "\nPatient-facing text is quoted in English with the {} service names ({}, {}, {}). \
             Question codes (`like_this`) are those of the codebook. See \
             `docs/clinical-safety.md` for the safety case and change control.\n",
            name("name"),
            self.content.regions.default_pack().emergency_number,
            name("emergency-department"),
            name("urgent-service")
        );
        out.push_str("Contents: [How the advice is decided](#how-the-advice-is-decided) · ");
        out.push_str("[Rules at a glance](#rules-at-a-glance) · [The rules](#the-rules) · ");
        out.push_str("[Definitions](#definitions) · [Explanations](#explanations) · ");
        out.push_str("[Sources](#sources)\n\n");
    }

    fn combining(&self, out: &mut String, raw_questionnaire: &Table) -> Result<(), String> {
        let qn = &self.content.questionnaire;
        out.push_str("## How the advice is decided\n\n");
        out.push_str(
            "- **Every rule whose condition holds \"fires\". The advice is the most urgent level \
             among the fired rules**, or self-care when none fires. The order of the rules does \
             not matter, and every fired rule is shown to the person as a reason.\n",
        );
        out.push_str(
            "- **\"Not sure\" counts as the worrying answer**: as yes for a warning sign. For the \
             reassuring questions, where yes is the less worrying answer, \"not sure\" counts as \
             no. The reassuring questions are:",
        );
        let reassuring: Vec<String> = qn
            .questions()
            .filter(|(_, q)| q.is_reassuring())
            .map(|(_, q)| self.quote(q))
            .collect::<Result<_, _>>()?;
        let _ = writeln!(out, " {}.", reassuring.join("; "));
        out.push_str(
            "- **A question not answered counts as no**, and **answers to questions that were \
             skipped never count** (see the list below), in the widget and in the `assess` \
             tool alike.\n",
        );
        out.push_str(
            "- **Adding a warning sign never lowers the advice.** A rule may only test that a \
             warning sign is present, that a number is at or above a threshold, or a choice \
             (such as sex). The only \"not\" allowed is \"not answered yes\" to a reassuring \
             question; the engine refuses to load any other rule. The one documented exception: \
             answering yes to pain unchanged for over a year (asked only from 52 weeks) can lower \
             the advice.\n",
        );
        out.push_str(
            "- **Exclusions in the evidence table are left out on purpose** (\"no box1, no \
             neuro\", \"without fever\", \"under 30\", \"below the age threshold\"): in each \
             excluded case a more urgent rule fires and wins, so they would change nothing \
             except to make the rules non-monotone \
             (`docs/decisions/0001-clinical-readings.md`).\n",
        );
        out.push_str(
            "- **Emergency signs are asked first**; as soon as an answer makes the advice an \
             emergency, the widget says so and offers to continue.\n\n",
        );

        out.push_str("### The levels\n\n");
        out.push_str("| Level | What the person is told | Rules |\n| --- | --- | --- |\n");
        for level in Urgency::ALL {
            let title = self
                .messages
                .get(&format!("{}-title", level.message_stem()))?;
            let count = self
                .content
                .rules
                .rules()
                .iter()
                .filter(|r| r.urgency == level)
                .count();
            let _ = writeln!(
                out,
                "| {} (`{}`) | {} | {} |",
                level_name(level),
                level.as_str(),
                md(title),
                if level == Urgency::SelfCare {
                    "when no rule fires".to_string()
                } else {
                    count.to_string()
                }
            );
        }

        out.push_str("\n### Questions that are skipped\n\n");
        out.push_str(
            "Every other question is asked of everyone. A skipped question's answer never \
             counts.\n\n",
        );
        let steps = raw_questionnaire
            .get("step")
            .and_then(Value::as_array)
            .ok_or("questionnaire.toml has no steps")?;
        for (index, raw) in steps.iter().enumerate() {
            let Some(when) = raw.get("show_when") else {
                continue;
            };
            let step = qn.step(index);
            let title = if step.checklist {
                let codes: Vec<String> = step
                    .questions
                    .iter()
                    .map(|&q| format!("`{}`", qn.question(q).code))
                    .collect();
                format!(
                    "The checklist “{}” ({})",
                    md(self.messages.get(&step.title_message_id())?),
                    codes.join(", ")
                )
            } else {
                self.quote(qn.question(step.questions[0]))?
            };
            let _ = write!(out, "- {title} is asked only when ");
            self.condition_inline(out, when, 1)?;
        }
        out.push('\n');
        Ok(())
    }

    fn summary_table(&self, out: &mut String, scenarios: &[ScenarioInfo]) {
        let _ = writeln!(out, "{GLANCE_HEADING}\n");
        out.push_str(
            "Most urgent first. \"Fires in\" counts the scenario files \
             (`engine/tests/scenarios/`) where the rule must fire, \"near miss\" those where it \
             must not; each is listed by name under the rule below. The same table is in \
             `docs/clinical-safety.md` (traceability).\n\n",
        );
        out.push_str("| Rule | Level | Sources | Fires in | Near miss in |\n");
        out.push_str("| --- | --- | --- | --- | --- |\n");
        for rule in self.sorted_rules() {
            let fires = scenarios
                .iter()
                .filter(|s| s.fired.contains(&rule.id))
                .count();
            let near = scenarios
                .iter()
                .filter(|s| s.not_fired.contains(&rule.id))
                .count();
            let _ = writeln!(
                out,
                "| [{id}](rules.md#{anchor}) | {level} | {sources} | {fires} | {near} |",
                id = rule.id,
                anchor = rule.id.to_lowercase(),
                level = level_name(rule.urgency),
                sources = rule.sources.join(", "),
            );
        }
        out.push('\n');
    }

    /// The warning-sign floors (`content/floors.toml`): the least advice each sign can lead to,
    /// and the answers that are not warning signs on their own.
    fn floors(&self, out: &mut String) -> Result<(), String> {
        out.push_str(
            "## Warning-sign floors

",
        );
        out.push_str(
            "Every answer that is a warning sign has a floor: the least urgent advice it can lead \
             to, whatever else is answered. The floor comes from the rule named, which carries its \
             sources and plain-words reason. `engine/tests/floors.rs` proves each floor over every \
             answer; the engine refuses content that leaves a yes/no question without a floor or \
             out of the list of context answers below.\n\n",
        );
        out.push_str("| Warning sign | From | At least | Rule |\n| --- | --- | --- | --- |\n");
        let qn = &self.content.questionnaire;
        for floor in self.content.floors.all() {
            let question = qn.question(floor.sign);
            let from = match (floor.at_least, floor.from_age) {
                (Some(t), _) => format!("{} or more", number(t)),
                (None, Some(age)) => format!("age {}", number(age)),
                (None, None) => "any age".to_string(),
            };
            let rule = &self.content.rules.rule(floor.rule).id;
            let _ = writeln!(
                out,
                "| {} | {from} | {} | [{rule}](rules.md#{}) |",
                self.quote(question)?,
                level_name(floor.urgency),
                rule.to_lowercase()
            );
        }
        out.push_str(
            "\nNot warning signs on their own (they count only together with others):\n\n",
        );
        for &q in self.content.floors.context() {
            let _ = writeln!(out, "- {}", self.quote(qn.question(q))?);
        }
        out.push('\n');
        Ok(())
    }

    fn sorted_rules(&self) -> Vec<&crate::rules::Rule> {
        let mut rules: Vec<_> = self.content.rules.rules().iter().collect();
        rules.sort_by_key(|r| std::cmp::Reverse(r.urgency));
        rules
    }

    fn rules(
        &self,
        out: &mut String,
        raw: &Table,
        scenarios: &[ScenarioInfo],
    ) -> Result<(), String> {
        let raw_rules = raw
            .get("rule")
            .and_then(Value::as_array)
            .ok_or("rules.toml has no rules")?;
        let by_id: BTreeMap<&str, &Value> = raw_rules
            .iter()
            .filter_map(|r| Some((r.get("id")?.as_str()?, r)))
            .collect();
        out.push_str("## The rules\n");
        let mut current = None;
        for rule in self.sorted_rules() {
            if current != Some(rule.urgency) {
                current = Some(rule.urgency);
                let title = self
                    .messages
                    .get(&format!("{}-title", rule.urgency.message_stem()))?;
                let _ = writeln!(out, "\n### {}: “{}”", level_name(rule.urgency), md(title));
            }
            let when = by_id
                .get(rule.id.as_str())
                .and_then(|r| r.get("when"))
                .ok_or_else(|| format!("rule {} has no `when`", rule.id))?;
            let _ = writeln!(out, "\n#### {}\n", rule.id);
            let _ = writeln!(
                out,
                "- **Level:** {} (`{}`)",
                level_name(rule.urgency),
                rule.urgency.as_str()
            );
            out.push_str("- **Fires when** ");
            self.condition_inline(out, when, 1)?;
            let _ = writeln!(
                out,
                "- **Why (shown to the person):** {}",
                md(self.messages.get(&rule.why_message_id())?)
            );
            out.push_str("- **Sources:**\n");
            for key in &rule.sources {
                let _ = writeln!(out, "  - {}", self.source_link(key));
            }
            self.scenario_list(out, "Fires in", scenarios, |s| s.fired.contains(&rule.id));
            self.scenario_list(out, "Near miss in (must not fire)", scenarios, |s| {
                s.not_fired.contains(&rule.id)
            });
        }
        out.push('\n');
        Ok(())
    }

    fn scenario_list(
        &self,
        out: &mut String,
        label: &str,
        scenarios: &[ScenarioInfo],
        keep: impl Fn(&ScenarioInfo) -> bool,
    ) {
        let kept: Vec<&ScenarioInfo> = scenarios.iter().filter(|s| keep(s)).collect();
        if kept.is_empty() {
            let _ = writeln!(out, "- **{label}:** no scenario");
            return;
        }
        let _ = writeln!(out, "- **{label}:**");
        for s in kept {
            let _ = writeln!(out, "  - `{}`: {}", s.file, md(&s.name));
        }
    }

    fn definitions(&self, out: &mut String, raw: &Table, rules_text: &str) -> Result<(), String> {
        out.push_str("## Definitions\n\n");
        out.push_str(
            "Named groups of answers that several rules (and explanations) use. Evidence \
             section 6, \"Definitions\", with amendment A6 (cancer treatment means cancer) and \
             the safer reading of pain in both legs (decision record 0001).\n",
        );
        let Some(defs) = raw.get("definitions").and_then(Value::as_table) else {
            return Ok(());
        };
        // In the order of the file, as the reviewer knows them.
        let mut names: Vec<&String> = defs.keys().collect();
        names.sort_by_key(|name| {
            rules_text
                .find(&format!("\n{name} ="))
                .unwrap_or(usize::MAX)
        });
        for name in names {
            let when = &defs[name];
            let _ = writeln!(out, "\n### {} (`{name}`)\n", definition_title(name));
            out.push_str("Holds when ");
            self.condition_inline(out, when, 0)?;
        }
        out.push('\n');
        Ok(())
    }

    fn explanations(
        &self,
        out: &mut String,
        raw: &Table,
        scenarios: &[ScenarioInfo],
    ) -> Result<(), String> {
        out.push_str("## Explanations\n\n");
        out.push_str(
            "Which explanations a result shows. They never change the advice. Cancer types are \
             listed on the result in this order.\n",
        );
        let explanations = &self.content.explanations;
        for (kind, list, raw_key) in [
            ("cancer", &explanations.cancers, "cancer"),
            ("topic", &explanations.topics, "topic"),
        ] {
            let raws = raw
                .get(raw_key)
                .and_then(Value::as_array)
                .ok_or_else(|| format!("explanations.toml has no {raw_key} entries"))?;
            for (explanation, raw) in list.iter().zip(raws) {
                let when = raw
                    .get("show_when")
                    .ok_or_else(|| format!("{} has no show_when", explanation.id))?;
                let title = self.messages.get(&explanation.title_message_id(kind))?;
                let _ = writeln!(out, "\n### {} (`{kind}-{}`)\n", md(title), explanation.id);
                out.push_str("- **Shown when** ");
                self.condition_inline(out, when, 1)?;
                out.push_str("- **Sources:**\n");
                for key in &explanation.sources {
                    let _ = writeln!(out, "  - {}", self.source_link(key));
                }
                let _ = writeln!(
                    out,
                    "- **Reviewed:** {}; review by {}",
                    explanation.reviewed, explanation.review_by
                );
                let shown = scenarios
                    .iter()
                    .filter(|s| {
                        if kind == "cancer" {
                            s.cancers.contains(&explanation.id)
                        } else {
                            s.topics.contains(&explanation.id)
                        }
                    })
                    .count();
                let _ = writeln!(out, "- **Shown in:** {shown} scenario file(s)");
            }
        }
        out.push('\n');
        Ok(())
    }

    fn sources(&self, out: &mut String) {
        out.push_str("## Sources\n\n");
        out.push_str("Every source a rule or an explanation cites (`content/sources.toml`).\n\n");
        out.push_str("| Key | Source |\n| --- | --- |\n");
        for (key, source) in &self.content.sources {
            let _ = writeln!(out, "| {key} | [{}]({}) |", md(&source.title), source.url);
        }
    }

    fn source_link(&self, key: &str) -> String {
        match self.content.sources.get(key) {
            Some(s) => format!("{key}: [{}]({})", md(&s.title), s.url),
            None => key.to_string(),
        }
    }

    /// A question's text in quotes, with its code.
    fn quote(&self, q: &Question) -> Result<String, String> {
        Ok(format!(
            "“{}” (`{}`)",
            md(self.messages.get(&q.message_id())?),
            q.code
        ))
    }

    /// Writes a condition: a leaf on the same line, a list as a nested bullet list. `indent` is
    /// the nesting level of the list's items.
    fn condition_inline(
        &self,
        out: &mut String,
        value: &Value,
        indent: usize,
    ) -> Result<(), String> {
        match self.composite(value)? {
            None => {
                let _ = writeln!(out, "{}", self.leaf(value)?);
            }
            Some((header, items)) => {
                let _ = writeln!(out, "{header}");
                for item in items {
                    let _ = write!(out, "{}- ", "  ".repeat(indent));
                    self.condition_inline(out, item, indent + 1)?;
                }
            }
        }
        Ok(())
    }

    /// For a list condition: its header and items. `None` for a leaf.
    fn composite<'v>(&self, value: &'v Value) -> Result<Option<(String, Vec<&'v Value>)>, String> {
        let table = value.as_table().ok_or("a condition must be a table")?;
        let list = |key: &str| -> Result<Vec<&'v Value>, String> {
            Ok(table[key]
                .as_array()
                .ok_or_else(|| format!("`{key}` takes a list"))?
                .iter()
                .collect())
        };
        if table.contains_key("all") {
            return Ok(Some(("all of these:".into(), list("all")?)));
        }
        if table.contains_key("any") {
            return Ok(Some(("any of these:".into(), list("any")?)));
        }
        if let (Some(n), Some(of)) = (table.get("count_at_least"), table.get("of")) {
            let n = n.as_integer().ok_or("count_at_least must be a number")?;
            let of_table = of.as_table().ok_or("`of` must be a table")?;
            if let Some(items) = of_table.get("any").and_then(Value::as_array) {
                return Ok(Some((
                    format!("at least {n} of these:"),
                    items.iter().collect(),
                )));
            }
        }
        if let Some(inner) = table.get("not") {
            let inner_table = inner.as_table().ok_or("`not` takes a condition")?;
            if inner_table.contains_key("yes") {
                return Ok(None);
            }
            if let Some(items) = inner_table.get("any").and_then(Value::as_array) {
                return Ok(Some(("none of these:".into(), items.iter().collect())));
            }
            if let Some(items) = inner_table.get("all").and_then(Value::as_array) {
                return Ok(Some(("not all of these:".into(), items.iter().collect())));
            }
            return Ok(Some(("this does not hold:".into(), vec![inner])));
        }
        Ok(None)
    }

    /// The question of `{ yes = "<reassuring question>" }`.
    fn reassuring_yes(&self, value: &Value) -> Option<&Question> {
        let code = value.as_table()?.get("yes")?.as_str()?;
        let q = self
            .content
            .questionnaire
            .question(self.content.questionnaire.id(code)?);
        q.is_reassuring().then_some(q)
    }

    fn question(&self, value: &Value) -> Result<&Question, String> {
        let code = value.as_str().ok_or("a question code must be a string")?;
        let qn = &self.content.questionnaire;
        qn.id(code)
            .map(|id| qn.question(id))
            .ok_or_else(|| format!("unknown question {code}"))
    }

    fn leaf(&self, value: &Value) -> Result<String, String> {
        let table = value.as_table().ok_or("a condition must be a table")?;
        if let Some(code) = table.get("yes") {
            let q = self.question(code)?;
            let checklist = self.content.questionnaire.step(q.step).checklist;
            let answer = match q.kind {
                _ if checklist => "ticked",
                QuestionKind::YesNo {
                    not_sure: true,
                    reassuring: false,
                } => "answered yes or not sure",
                _ => "answered yes",
            };
            return Ok(format!("{}: **{answer}**", self.quote(q)?));
        }
        if let (Some(code), Some(threshold)) = (table.get("number"), table.get("at_least")) {
            let q = self.question(code)?;
            let t = match threshold {
                Value::Integer(i) => number(*i as f64),
                Value::Float(f) => number(*f),
                _ => return Err("at_least must be a number".into()),
            };
            let text = match q.code.as_str() {
                "age" => format!("**age {t} or over**"),
                "duration_weeks" => format!("**back pain for {t} weeks or more**"),
                "persistent_cough_weeks" => format!("**a cough for {t} weeks or more**"),
                _ => format!("**{t} or more**"),
            };
            return Ok(format!("{text}: the answer to {}", self.quote(q)?));
        }
        if let (Some(code), Some(option)) = (table.get("choice"), table.get("is")) {
            let q = self.question(code)?;
            let option = option.as_str().ok_or("`is` must be a string")?;
            let label = self.messages.get(&q.option_message_id(option))?;
            return Ok(format!(
                "{}: **answered “{}”** (`{option}`)",
                self.quote(q)?,
                md(label)
            ));
        }
        if let Some(inner) = table.get("not") {
            if let Some(q) = self.reassuring_yes(inner) {
                return Ok(format!(
                    "{}: **not answered yes** (no, not sure and no answer all count)",
                    self.quote(q)?
                ));
            }
            let code = inner
                .get("yes")
                .ok_or("a `not` leaf must wrap a yes/no question")?;
            let q = self.question(code)?;
            let checklist = self.content.questionnaire.step(q.step).checklist;
            let answer = match q.kind {
                _ if checklist => "not ticked",
                QuestionKind::YesNo { not_sure: true, .. } => {
                    "answered no, or no answer (not sure counts as yes)"
                }
                _ => "answered no, or no answer",
            };
            return Ok(format!("{}: **{answer}**", self.quote(q)?));
        }
        if let Some(name) = table.get("def").and_then(Value::as_str) {
            return Ok(format!(
                "**{}** (definition `{name}`, see [Definitions](#definitions))",
                definition_title(name)
            ));
        }
        if let (Some(n), Some(of)) = (table.get("count_at_least"), table.get("of")) {
            let name = of
                .get("def")
                .and_then(Value::as_str)
                .ok_or("`of` must be a list or a definition")?;
            return Ok(format!(
                "**at least {} of the {}** (definition `{name}`, see [Definitions](#definitions))",
                n.as_integer().unwrap_or_default(),
                definition_title(name)
            ));
        }
        if let Some(ids) = table.get("fired").and_then(Value::as_array) {
            let ids: Vec<&str> = ids.iter().filter_map(Value::as_str).collect();
            let links: Vec<String> = ids
                .iter()
                .map(|id| format!("[{id}](#{})", id.to_lowercase()))
                .collect();
            return Ok(format!(
                "**any of these rules fired:** {}",
                links.join(", ")
            ));
        }
        Err(format!("cannot describe the condition {value:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escaping_keeps_text_readable() {
        assert_eq!(
            md("a_b *c* <d> [e] |"),
            "a\\_b \\*c\\* &lt;d&gt; \\[e\\] \\|"
        );
        assert_eq!(collapse(" a\n  b "), "a b");
        assert_eq!(number(50.0), "50");
        assert_eq!(number(2.5), "2.5");
    }

    #[test]
    fn references_are_followed_eight_deep_and_cycles_stop() {
        let m = Messages::parse(
            &["-t = T\nb = { -t }\nc = <{ b }>\nloop = x{ loop }\ntloop = y{ -tl }\n-tl = z{ -tl }\n"],
            &[],
        )
        .unwrap();
        assert_eq!(
            m.get("c").unwrap(),
            "<T>",
            "a message that uses a message that uses a term"
        );
        assert_eq!(
            m.get("loop").unwrap(),
            "x".repeat(9),
            "a message cycle stops 8 deep"
        );
        assert_eq!(
            m.get("tloop").unwrap(),
            format!("y{}", "z".repeat(8)),
            "a term cycle stops 8 deep"
        );
    }

    #[test]
    fn messages_fill_in_region_variables_and_references() {
        let content = Content::embedded();
        let region = english_region_variables(&content.regions, "uk").unwrap();
        let m = Messages::parse(
            &["a = Call { $emergency_number } or go to { $emergency_department } ({ -brand }, { $unknown_var })\n-brand = Tool\n"],
            &region,
        )
        .unwrap();
        assert_eq!(
            m.get("a").unwrap(),
            "Call 999 or go to A&E (Tool, [unknown var])"
        );
        assert!(m.get("b").is_err());
    }
}
