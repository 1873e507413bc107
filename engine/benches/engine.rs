//! Engine speed, for bench/run.sh (which reads criterion's target/criterion/*/new/estimates.json):
//!
//! - `assess/all_no`: one `assess` call on a full set of unalarming answers (every visible
//!   question answered: no, the lowest number, the first option), the common case;
//! - `assess/all_yes`: one `assess` call with every question answered yes / the highest number /
//!   the last option, so that as many rules and explanations as possible fire;
//! - `flow/full_walk`: a whole questionnaire through the state machine, as the widget drives it:
//!   Start, a Submit per visible step (unalarming answers), Confirm on check your answers, up
//!   to the result (each Submit and the Confirm run `assess` inside the flow);
//! - `content/embedded`: loading and validating `content/*.toml`, which build.rs does once per
//!   build (and the native tools at start-up);
//! - `content/decode`: decoding the compiled content, which is all the widget does with it at
//!   start-up (`engine::compiled`).
//!
//! Run: `cargo bench -p backpain-engine --bench engine` (release profile: what the widget ships).

use criterion::{criterion_group, criterion_main, Criterion};
use engine::questionnaire::{Question, QuestionKind};
use engine::{assess, Action, Answer, Answers, Content, Flow};
use std::hint::black_box;

/// An unalarming answer: no, the lowest number, the first option.
fn low_answer(question: &Question) -> Answer {
    match &question.kind {
        QuestionKind::YesNo { .. } => Answer::No,
        QuestionKind::Number { min, .. } => Answer::Number(*min),
        QuestionKind::Choice { .. } => Answer::Choice(0),
    }
}

/// The most alarming answer of each kind: yes, the highest number, the last option.
fn high_answer(question: &Question) -> Answer {
    match &question.kind {
        QuestionKind::YesNo { .. } => Answer::Yes,
        QuestionKind::Number { max, .. } => Answer::Number(*max),
        QuestionKind::Choice { options } => Answer::Choice(options.len().saturating_sub(1) as u16),
    }
}

/// Every question of the questionnaire answered with `pick`.
fn answer_all(content: &Content, pick: fn(&Question) -> Answer) -> Answers {
    let mut answers = Answers::new();
    for (id, question) in content.questionnaire.questions() {
        answers.set(id, pick(question));
    }
    answers
}

/// Start, then the visible steps with unalarming answers (carrying on after an emergency stop),
/// then Confirm; returns the result. Panics if the flow does not end on a result.
fn full_walk(content: &Content) -> Flow {
    let questionnaire = &content.questionnaire;
    let mut flow = Flow::default().update(content, Action::Start);
    for _ in 0..200 {
        flow = match flow {
            Flow::Asking { step, .. } => {
                let given = questionnaire
                    .step(step)
                    .questions
                    .iter()
                    .map(|&q| (q, low_answer(questionnaire.question(q))))
                    .collect();
                flow.update(content, Action::Submit(given))
            }
            Flow::EmergencyStop { .. } => flow.update(content, Action::ContinueAfterEmergency),
            Flow::CheckAnswers { .. } => flow.update(content, Action::Confirm),
            Flow::Result { .. } => return flow,
            Flow::Intro { .. } => panic!("the walk went back to the intro"),
        };
    }
    panic!("the walk did not reach a result in 200 actions");
}

fn benches(c: &mut Criterion) {
    let content = Content::embedded();

    // Sanity: the walk really is a full questionnaire, and the answer sets differ in outcome.
    let result = full_walk(&content);
    assert!(
        matches!(result, Flow::Result { .. }),
        "full walk: {result:?}"
    );
    let all_no = answer_all(&content, low_answer);
    let all_yes = answer_all(&content, high_answer);
    assert_ne!(
        assess(&content, &all_no).urgency,
        assess(&content, &all_yes).urgency,
        "the two answer sets should give different advice"
    );

    let mut group = c.benchmark_group("assess");
    group.bench_function("all_no", |b| {
        b.iter(|| assess(black_box(&content), black_box(&all_no)))
    });
    group.bench_function("all_yes", |b| {
        b.iter(|| assess(black_box(&content), black_box(&all_yes)))
    });
    group.finish();

    c.bench_function("flow/full_walk", |b| {
        b.iter(|| full_walk(black_box(&content)))
    });

    c.bench_function("content/embedded", |b| b.iter(Content::embedded));
    let compiled = engine::compiled::encode(&content);
    c.bench_function("content/decode", |b| {
        b.iter(|| engine::compiled::decode(black_box(&compiled)))
    });
}

criterion_group! {
    name = engine_benches;
    // Quick enough for bench/run.sh on 2 cores; criterion still reports a confidence interval.
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(engine_benches);
