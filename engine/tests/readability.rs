//! Plain language: the readability report (`docs/readability.md`) stays in step with the English
//! messages, and the text the person acts on meets its reading-level target.
//!
//! - (a) the committed report equals what `engine/src/bin/readability.rs` writes now;
//! - (b) the questions with the checklist titles, and the actions with the buttons, each have a
//!   Flesch–Kincaid grade of at most [`GROUP_TARGET`] as a whole, and no single question is above
//!   [`QUESTION_LIMIT`]. When the text misses the target, rewrite the English in plainer words
//!   (shorter sentences, shorter words): never raise the limits.

use engine::readability::{
    self, english_messages, summarise, Kind, COMMAND, GROUP_TARGET, QUESTION_LIMIT,
};
use std::path::{Path, PathBuf};

fn committed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("docs")
        .join("readability.md")
}

#[test]
fn docs_readability_md_is_up_to_date() {
    let expected = readability::shipped_report()
        .unwrap_or_else(|e| panic!("the readability report cannot be made: {e}"));
    let committed = std::fs::read_to_string(committed_path())
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
        "\n\ndocs/readability.md is out of date with content/locales/en/.\n\
         Regenerate it from the repository root with\n\n    {COMMAND}\n\n\
         and commit it. First difference, {first_difference}\n"
    );
}

#[test]
fn the_report_is_the_same_every_time() {
    let a = readability::shipped_report().unwrap();
    let b = readability::shipped_report().unwrap();
    assert_eq!(a, b);
    assert!(a.contains(COMMAND));
    for kind in Kind::ALL {
        assert!(a.contains(&format!("| {} |", kind.name())), "{kind:?}");
    }
}

#[test]
fn questions_and_actions_meet_the_reading_level_target() {
    let messages = english_messages().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    for kind in [Kind::Question, Kind::Action] {
        let group: Vec<_> = messages.iter().filter(|m| m.kind == kind).collect();
        assert!(!group.is_empty(), "no messages of kind {kind:?}");
        let summary = summarise(group.iter().copied());
        if summary.grade > GROUP_TARGET {
            let mut hardest = group.clone();
            hardest.sort_by(|a, b| b.grade().total_cmp(&a.grade()));
            let examples: Vec<String> = hardest
                .iter()
                .take(5)
                .map(|m| format!("    {} (grade {:.1}): {}", m.id, m.grade(), m.text))
                .collect();
            problems.push(format!(
                "{} ({}) as a whole: grade {:.1}, target {GROUP_TARGET}. The hardest:\n{}",
                kind.name(),
                kind.ids(),
                summary.grade,
                examples.join("\n")
            ));
        }
    }
    for m in messages.iter().filter(|m| m.kind == Kind::Question) {
        if m.grade() > QUESTION_LIMIT {
            problems.push(format!(
                "question {} has grade {:.1}, limit {QUESTION_LIMIT}: {}",
                m.id,
                m.grade(),
                m.text
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "\n\nSome English text is harder to read than its target. Rewrite it in plainer words \
         (shorter sentences, shorter words) in content/locales/en/, keeping its meaning, and \
         regenerate docs/readability.md with\n\n    {COMMAND}\n\n{}\n",
        problems.join("\n")
    );
}

#[test]
fn every_question_is_measured() {
    let content = engine::Content::embedded();
    let messages = english_messages().unwrap();
    let measured: Vec<&str> = messages
        .iter()
        .filter(|m| m.kind == Kind::Question)
        .map(|m| m.id.as_str())
        .collect();
    for (_, question) in content.questionnaire.questions() {
        let id = question.message_id();
        assert!(measured.contains(&id.as_str()), "{id} is not measured");
    }
}
