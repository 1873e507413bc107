//! Flow behaviours that `engine/tests/flow.rs` does not pin down (issue 3 part 2: tests that can
//! fail). Written to kill the mutants `scripts/mutants.sh` found in `engine/src/flow.rs` (see
//! `docs/safety-evidence.md`).

use engine::flow::Mode;
use engine::questionnaire::{Question, QuestionKind};
use engine::{Action, Answer, Content, Flow, QuestionId};
use std::sync::OnceLock;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn id(code: &str) -> QuestionId {
    content().questionnaire.id(code).unwrap()
}

fn step(step_id: &str) -> usize {
    content().questionnaire.step_index(step_id).unwrap()
}

fn go(flow: Flow, action: Action) -> Flow {
    flow.update(content(), action)
}

/// A valid, unalarming answer: no, the lowest number, the first option.
fn valid_answer(question: &Question) -> Answer {
    match &question.kind {
        QuestionKind::YesNo { .. } => Answer::No,
        QuestionKind::Number { min, .. } => Answer::Number(*min),
        QuestionKind::Choice { .. } => Answer::Choice(0),
    }
}

/// Submits the current step, with `overrides` (by code) where given, else valid answers.
fn submit(flow: Flow, overrides: &[(&str, Answer)]) -> Flow {
    let Flow::Asking { step, .. } = &flow else {
        panic!("not asking: {flow:?}")
    };
    let qn = &content().questionnaire;
    let given = qn
        .step(*step)
        .questions
        .iter()
        .map(|&q| {
            let question = qn.question(q);
            let answer = overrides
                .iter()
                .find(|(code, _)| *code == question.code)
                .map(|(_, a)| *a)
                .unwrap_or_else(|| valid_answer(question));
            (q, answer)
        })
        .collect();
    go(flow, Action::Submit(given))
}

fn asking(flow: &Flow) -> (usize, Mode) {
    match flow {
        Flow::Asking { step, mode, .. } => (*step, *mode),
        other => panic!("expected Asking, got {other:?}"),
    }
}

/// Starts and answers the steps before `target` with valid answers.
fn asking_at(target: &str) -> Flow {
    let mut flow = go(Flow::default(), Action::Start);
    while asking(&flow).0 != step(target) {
        flow = submit(flow, &[]);
    }
    flow
}

/// Going back two steps and continuing walks forward through the steps already answered, one at
/// a time, on a first pass: it does not jump ahead to the first unanswered step.
#[test]
fn continuing_after_going_back_visits_the_answered_steps_in_order() {
    let body = asking_at("body");
    let back = go(go(body, Action::Back), Action::Back);
    let (before_age, mode) = asking(&back);
    assert_eq!(mode, Mode::FirstPass);
    assert!(before_age < step("age"));
    assert!(back.answers().is_answered(id("age")));
    let again = submit(back, &[]);
    assert_eq!(asking(&again), (step("age"), Mode::FirstPass));
    let again = submit(again, &[]);
    assert_eq!(asking(&again), (step("body"), Mode::FirstPass));
}
