//! Plain language: the readability report (`docs/readability.md`) stays in step with the English
//! messages, and the text the person acts on meets its reading-level target.
//!
//! - (a) the committed report equals what `engine/src/bin/readability.rs` writes now;
//! - (b) the questions with the checklist titles, and the actions with the buttons, each have a
//!   Flesch–Kincaid grade of at most [`GROUP_TARGET`] as a whole, and no single question is above
//!   [`QUESTION_LIMIT`]. When the text misses the target, rewrite the English in plainer words
//!   (shorter sentences, shorter words): never raise the limits.

mod support;

use engine::readability::{
    self, english_messages, summarise, Kind, COMMAND, GROUP_TARGET, QUESTION_LIMIT,
};

#[test]
fn docs_readability_md_is_up_to_date() {
    let expected = readability::shipped_report()
        .unwrap_or_else(|e| panic!("the readability report cannot be made: {e}"));
    support::assert_doc_in_step("readability.md", &expected, "content/locales/en/", COMMAND);
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
