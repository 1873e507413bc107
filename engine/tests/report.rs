//! The clinicians' rules report (`docs/rules.md`) stays in step with the content: it is
//! regenerated here and compared with the committed file. Also checks that the report covers
//! every rule, source, definition, explanation and scenario, and that it follows the content.

mod support;

use engine::content::EMBEDDED;
use engine::report::{self, Inputs, COMMAND, ENGLISH_MESSAGES};
use engine::Content;
use std::path::Path;

fn shipped() -> String {
    report::shipped_report().unwrap_or_else(|e| panic!("the rules report cannot be made: {e}"))
}

#[test]
fn docs_rules_md_is_up_to_date() {
    support::assert_doc_in_step(
        "rules.md",
        &shipped(),
        "content/ or engine/tests/scenarios/",
        COMMAND,
    );
}

#[test]
fn the_report_covers_every_rule_source_definition_explanation_and_scenario() {
    let text = shipped();
    let content = Content::embedded();
    for rule in content.rules.rules() {
        assert!(
            text.contains(&format!("\n#### {}\n", rule.id)),
            "{}",
            rule.id
        );
    }
    for (key, source) in &content.sources {
        assert!(text.contains(&format!("| {key} |")), "{key}");
        assert!(text.contains(&source.url), "{key}");
    }
    for name in ["cancer_hx", "neuro", "ces", "box1", "lung_symptoms"] {
        assert!(text.contains(&format!("(`{name}`)\n")), "definition {name}");
    }
    for e in &content.explanations.cancers {
        assert!(text.contains(&format!("(`cancer-{}`)", e.id)), "{}", e.id);
    }
    for (file, _) in report::read_scenarios(&report::scenarios_dir()).unwrap() {
        assert!(text.contains(&format!("`{file}`")), "scenario {file}");
    }
    assert!(text.contains(&content.rules_hash));
    assert!(text.contains(&content.manifest.version));
    assert!(text.contains("age 50 or over"));
    assert!(text.contains("at least 2 of the lung symptoms"));
    assert!(!text.contains("{ $"), "unformatted Fluent placeable");
}

#[test]
fn the_rules_come_in_urgency_order() {
    let text = shipped();
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
    let order = [
        "\n#### RF-EM-07\n",
        "\n#### RF-UR-01\n",
        "\n#### RF-WK-04\n",
        "\n#### RF-LU-01\n",
        "\n#### RF-GN-04\n",
        "\n#### RF-RO-01\n",
    ];
    for pair in order.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{} before {}", pair[0], pair[1]);
    }
}

#[test]
fn a_changed_threshold_or_scenario_changes_the_report() {
    // Move the first age threshold in the rules to 97 (one no rule uses).
    let needle = "{ number = \"age\", at_least = ";
    let start = EMBEDDED.rules.find(needle).expect("a rule tests age") + needle.len();
    let end = start + EMBEDDED.rules[start..].find(' ').unwrap();
    let rules = format!("{}97{}", &EMBEDDED.rules[..start], &EMBEDDED.rules[end..]);
    let shipped_text = shipped();
    assert!(!shipped_text.contains("age 97 or over"));
    let scenarios = report::read_scenarios(&report::scenarios_dir()).unwrap();
    let changed = report::generate(&Inputs {
        files: engine::content::ContentFiles {
            rules: &rules,
            ..EMBEDDED
        },
        messages: ENGLISH_MESSAGES.to_vec(),
        scenarios: scenarios.clone(),
    })
    .unwrap();
    assert!(
        changed.contains("age 97 or over"),
        "the new threshold is shown"
    );
    assert!(changed != shipped_text);

    let fewer = report::generate(&Inputs {
        files: EMBEDDED,
        messages: ENGLISH_MESSAGES.to_vec(),
        scenarios: scenarios[1..].to_vec(),
    })
    .unwrap();
    assert!(!fewer.contains(&format!("`{}`", scenarios[0].0)));
}

#[test]
fn a_missing_message_or_bad_scenario_is_an_error_not_a_gap() {
    let scenarios = report::read_scenarios(&report::scenarios_dir()).unwrap();
    let without_rules_text: Vec<&str> = ENGLISH_MESSAGES
        .iter()
        .copied()
        .filter(|m| !m.contains("rf-em-01-why ="))
        .collect();
    let err = report::generate(&Inputs {
        files: EMBEDDED,
        messages: without_rules_text,
        scenarios: scenarios.clone(),
    })
    .unwrap_err();
    assert!(err.contains("-why is missing"), "{err}");
    let err = report::generate(&Inputs {
        files: EMBEDDED,
        messages: ENGLISH_MESSAGES.to_vec(),
        scenarios: vec![("broken.toml".into(), "name = ".into())],
    })
    .unwrap_err();
    assert!(err.contains("broken.toml"), "{err}");
}

/// The rows of the "Rules at a glance" table (rule → level → sources → scenarios).
fn glance_table(report_text: &str) -> String {
    let section = report_text
        .split(report::GLANCE_HEADING)
        .nth(1)
        .expect("the report has the at-a-glance table");
    let rows: Vec<&str> = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(rows.len() > 40, "{rows:?}");
    rows.join("\n")
}

#[test]
fn the_safety_case_repeats_the_traceability_table() {
    let table = glance_table(&shipped());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/clinical-safety.md");
    let safety_case = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    assert!(
        safety_case.contains(&table),
        "\n\nThe traceability table in docs/clinical-safety.md differs from the content. Copy the \
         table under \"Rules at a glance\" in docs/rules.md (regenerate it first with\n    \
         {COMMAND}\n) over the table in docs/clinical-safety.md, section \"Traceability\".\n"
    );
}
