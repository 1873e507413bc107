//! Helpers shared by the engine's test files (`mod support;` in each): proptest settings and the
//! check that a generated document in `docs/` is up to date.

// Each test crate that includes this module uses part of it.
#![allow(dead_code)]

use engine::questionnaire::Question;
use engine::{Answer, Answers, Content, QuestionId};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;

/// Cases per property: 2 000, or the number in the environment variable `cases_var` (the fuzz
/// command, `scripts/fuzz.sh`, sets 100 000). No failure files are written into the tree.
pub fn fuzz_config(cases_var: &str) -> ProptestConfig {
    let cases = std::env::var(cases_var)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Fails unless the committed `docs/<name>` equals `expected`, naming the first line that
/// differs and the command that regenerates the file (`stale_with` says what it follows).
pub fn assert_doc_in_step(name: &str, expected: &str, stale_with: &str, command: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("docs")
        .join(name);
    let committed = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    if committed == expected {
        return;
    }
    let first_difference = committed
        .lines()
        .zip(expected.lines())
        .enumerate()
        .find(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| format!("line {}:\n  committed: {a}\n  generated: {b}", i + 1))
        .unwrap_or_else(|| {
            format!(
                "the files differ in length ({} and {} lines)",
                committed.lines().count(),
                expected.lines().count()
            )
        });
    panic!(
        "\n\ndocs/{name} is out of date with {stale_with}.\n\
         Regenerate it from the repository root with\n\n    {command}\n\n\
         and commit it. First difference, {first_difference}\n"
    );
}

/// Answer sets over every question of `content`, each question answered by its own strategy
/// (`None`: left unanswered).
pub fn answer_sets(
    content: &'static Content,
    per_question: impl Fn(QuestionId, &Question) -> BoxedStrategy<Option<Answer>>,
) -> impl Strategy<Value = Answers> {
    let strategies: Vec<BoxedStrategy<Option<Answer>>> = content
        .questionnaire
        .questions()
        .map(|(id, question)| per_question(id, question))
        .collect();
    strategies.prop_map(move |answers| {
        content
            .questionnaire
            .questions()
            .zip(answers)
            .filter_map(|((id, _), answer)| answer.map(|a| (id, a)))
            .collect::<Answers>()
    })
}
