//! Clinician-written scenarios: one case per file in `tests/scenarios/*.toml`.
//!
//! Each file gives a findings object (`[answers]`, exactly as the `assess` tool reads it) and
//! what the clinical specification (shared/clinical/evidence.md section 6 with amendments A1-A7)
//! says must come out (`[expect]`): the urgency, the exact set of rules that fire, rules that
//! must not fire (near misses), the exact set of cancer explanations and, optionally, the exact
//! set of topic explanations. Every failure in every file is collected and reported at once.

use engine::findings::parse_findings;
use engine::{assess, Content, Urgency};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The suite must not quietly shrink.
const MIN_SCENARIOS: usize = 60;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    #[serde(default)]
    answers: toml::Table,
    expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    urgency: String,
    fired: Vec<String>,
    #[serde(default)]
    not_fired: Vec<String>,
    cancers: Vec<String>,
    topics: Option<Vec<String>>,
}

fn scenario_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("scenarios")
}

/// Every `*.toml` file in the scenario directory, sorted by name.
fn scenario_files() -> Vec<PathBuf> {
    let dir = scenario_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn toml_to_json(value: &toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::from(*i),
        toml::Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => J::Object(
            table
                .iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}

fn set(items: &[String]) -> BTreeSet<&str> {
    items.iter().map(String::as_str).collect()
}

fn show(items: &BTreeSet<&str>) -> String {
    format!("[{}]", items.iter().copied().collect::<Vec<_>>().join(", "))
}

/// Checks one scenario file; returns what is wrong with it (empty when it passes).
fn check(content: &Content, path: &Path) -> Vec<String> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return vec![format!("cannot read: {e}")],
    };
    let scenario: Scenario = match toml::from_str(&text) {
        Ok(s) => s,
        Err(e) => return vec![format!("not a valid scenario: {e}")],
    };
    let mut problems = Vec::new();
    let answers_json = toml_to_json(&toml::Value::Table(scenario.answers.clone()));
    let answers = match parse_findings(&content.questionnaire, &answers_json) {
        Ok(a) => a,
        Err(e) => return vec![format!("[answers] refused: {e}")],
    };
    let Some(expected_urgency) = Urgency::parse(&scenario.expect.urgency) else {
        return vec![format!("unknown urgency {:?}", scenario.expect.urgency)];
    };
    for id in scenario
        .expect
        .fired
        .iter()
        .chain(&scenario.expect.not_fired)
    {
        if content.rules.index_of(id).is_none() {
            problems.push(format!("names unknown rule {id}"));
        }
    }
    let expected_fired = set(&scenario.expect.fired);
    let both: Vec<&str> = set(&scenario.expect.not_fired)
        .into_iter()
        .filter(|id| expected_fired.contains(id))
        .collect();
    if !both.is_empty() {
        problems.push(format!("lists {both:?} in both `fired` and `not_fired`"));
    }

    let result = assess(content, &answers);
    let fired: BTreeSet<&str> = result.rule_ids(content).collect();
    if result.urgency != expected_urgency {
        problems.push(format!(
            "urgency: expected {expected_urgency}, engine gave {}",
            result.urgency
        ));
    }
    if fired != expected_fired {
        let missing: BTreeSet<&str> = expected_fired.difference(&fired).copied().collect();
        let extra: BTreeSet<&str> = fired.difference(&expected_fired).copied().collect();
        problems.push(format!(
            "fired: expected {}, engine gave {} (expected but not fired: {}; fired but not expected: {})",
            show(&expected_fired),
            show(&fired),
            show(&missing),
            show(&extra)
        ));
    }
    for id in &scenario.expect.not_fired {
        if fired.contains(id.as_str()) {
            problems.push(format!("not_fired: {id} fired"));
        }
    }
    let cancers: BTreeSet<&str> = result.cancers.iter().map(String::as_str).collect();
    let expected_cancers = set(&scenario.expect.cancers);
    if cancers != expected_cancers {
        problems.push(format!(
            "cancers: expected {}, engine gave {}",
            show(&expected_cancers),
            show(&cancers)
        ));
    }
    if let Some(expected_topics) = &scenario.expect.topics {
        let topics: BTreeSet<&str> = result.topics.iter().map(String::as_str).collect();
        let expected_topics = set(expected_topics);
        if topics != expected_topics {
            problems.push(format!(
                "topics: expected {}, engine gave {}",
                show(&expected_topics),
                show(&topics)
            ));
        }
    }
    problems
        .into_iter()
        .map(|p| format!("({}) {p}", scenario.name))
        .collect()
}

#[test]
fn every_scenario_gives_the_expected_advice() {
    let content = Content::embedded();
    let files = scenario_files();
    let mut failures = Vec::new();
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        for problem in check(&content, path) {
            failures.push(format!("{file}: {problem}"));
        }
    }
    println!(
        "checked {} scenarios in {}",
        files.len(),
        scenario_dir().display()
    );
    assert!(
        files.len() >= MIN_SCENARIOS,
        "only {} scenario files in {}; the suite needs at least {MIN_SCENARIOS}",
        files.len(),
        scenario_dir().display()
    );
    assert!(
        failures.is_empty(),
        "{} scenario problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn scenario_file_names_are_snake_case() {
    let bad: Vec<String> = scenario_files()
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|stem| {
            stem.is_empty()
                || !stem
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
        .collect();
    assert!(
        bad.is_empty(),
        "scenario file names must be snake_case: {bad:?}"
    );
}

#[test]
fn every_urgency_level_is_reached_by_several_scenarios() {
    let mut counts = std::collections::BTreeMap::new();
    for path in scenario_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(scenario) = toml::from_str::<Scenario>(&text) else {
            continue;
        };
        *counts.entry(scenario.expect.urgency).or_insert(0usize) += 1;
    }
    let thin: Vec<String> = Urgency::ALL
        .iter()
        .map(|u| (u.as_str(), counts.get(u.as_str()).copied().unwrap_or(0)))
        .filter(|(_, n)| *n < 3)
        .map(|(u, n)| format!("{u} ({n})"))
        .collect();
    assert!(
        thin.is_empty(),
        "levels reached by fewer than 3 scenarios: {}",
        thin.join(", ")
    );
}
