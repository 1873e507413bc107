//! The warning-sign floors (`content/floors.toml`) hold for every answer.
//!
//! # What is claimed
//!
//! For every floor (a sign, optionally from an age, at least an urgency) and every set of
//! answers in which the sign counts (a yes or "not sure", or a number at or above the floor's
//! value, on a step the person is asked) and the age is at least the floor's age: the advice is at
//! least the floor. Since every yes/no warning sign has a floor of routine or more (the loader
//! refuses anything else), no answer set with a warning sign that counts ends at self-care.
//!
//! # Why the enumeration below proves it
//!
//! Take any such answer set `A`. Let `B` keep `A`'s duration of pain, its `sex`, and which of the
//! warning signs that reveal other steps it holds (cancer history, cancer treatment, symptoms in
//! both legs; as yes), set the floor's sign (and for an age floor the age at exactly that age, for
//! a number floor the number at exactly its value), answer every reassuring question yes, and
//! leave everything else unanswered. Then `B ≤ A` in the order of `engine/tests/enumeration.rs`:
//! `B`'s warning signs are among `A`'s, its numbers are unanswered or no larger, its choices are
//! unanswered or the same, and yes is the least worrying answer to a reassuring question. Their
//! durations are equal, so the one documented exception to monotonicity (a longer duration
//! revealing a reassuring "yes") cannot apply, and the enumeration's part (a) shows that a sign
//! revealing a reassuring question cannot lower the advice. So `urgency(B) ≤ urgency(A)`.
//! Below, every such `B` is assessed: every duration value (one per interval between the
//! thresholds the content uses), every `sex`, and every combination of the revealing signs. Each
//! gives at least the floor, and so does every `A`.
//!
//! A random check (any answers at all, not built this way) backs the argument up, and checks that
//! self-care never comes with a fired rule or an explanation.

mod support;

use engine::floors::Floor;
use engine::questionnaire::QuestionKind;
use engine::{assess, Answer, Answers, Content, QuestionId, Urgency};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn id(code: &str) -> QuestionId {
    content().questionnaire.id(code).expect("question code")
}

fn code(q: QuestionId) -> &'static str {
    &content().questionnaire.question(q).code
}

/// Whether `floor` applies to `answers`: its sign counts on a step that is asked, and the age is
/// at least the floor's age.
fn applies(floor: &Floor, answers: &Answers) -> bool {
    let counted = content().questionnaire.prune(answers);
    let sign = match (counted.get(floor.sign), floor.at_least) {
        (Some(Answer::Number(v)), Some(t)) => v >= t,
        (Some(Answer::Yes | Answer::NotSure), None) => true,
        _ => false,
    };
    let age = match (floor.from_age, counted.get(id("age"))) {
        (None, _) => true,
        (Some(from), Some(Answer::Number(age))) => age >= from,
        (Some(_), _) => false,
    };
    sign && age
}

/// One value in every interval between the thresholds the content compares a number with,
/// and "unanswered".
fn interval_values(q: QuestionId) -> Vec<Option<Answer>> {
    let content = content();
    let QuestionKind::Number { min, .. } = content.questionnaire.question(q).kind else {
        panic!("{} is not a number question", code(q))
    };
    let mut cuts = vec![min];
    let mut visit = |question: QuestionId, t: f64| {
        if question == q && t > min {
            cuts.push(t);
        }
    };
    for rule in content.rules.rules() {
        rule.when.thresholds(&mut visit);
    }
    for step in content.questionnaire.steps() {
        if let Some(show_when) = &step.show_when {
            show_when.thresholds(&mut visit);
        }
    }
    cuts.sort_by(f64::total_cmp);
    cuts.dedup();
    std::iter::once(None)
        .chain(cuts.into_iter().map(|v| Some(Answer::Number(v))))
        .collect()
}

/// The yes/no warning signs that decide whether another step is asked.
fn revealing_signs() -> Vec<QuestionId> {
    let qn = &content().questionnaire;
    let mut signs = BTreeSet::new();
    for step in qn.steps() {
        if let Some(show_when) = &step.show_when {
            show_when.questions(&mut |q| {
                if matches!(qn.question(q).kind, QuestionKind::YesNo { .. }) {
                    signs.insert(q);
                }
            });
        }
    }
    signs.into_iter().collect()
}

#[test]
fn every_floor_holds_for_its_least_worrying_answers() {
    let content = content();
    let qn = &content.questionnaire;
    let reassuring: Vec<QuestionId> = qn
        .questions()
        .filter(|(_, q)| q.is_reassuring())
        .map(|(q, _)| q)
        .collect();
    let signs = revealing_signs();
    let durations = interval_values(id("duration_weeks"));
    let sexes: Vec<Option<Answer>> = std::iter::once(None)
        .chain((0..2).map(|i| Some(Answer::Choice(i))))
        .collect();
    let mut problems = Vec::new();
    let (mut assessed, mut applied) = (0usize, 0usize);
    for floor in content.floors.all() {
        let mut applied_here = 0;
        for duration in &durations {
            for sex in &sexes {
                for mask in 0..(1u32 << signs.len()) {
                    let mut answers = Answers::new();
                    for &r in &reassuring {
                        answers.set(r, Answer::Yes);
                    }
                    for (bit, &s) in signs.iter().enumerate() {
                        if mask & (1 << bit) != 0 {
                            answers.set(s, Answer::Yes);
                        }
                    }
                    if let Some(d) = duration {
                        answers.set(id("duration_weeks"), *d);
                    }
                    if let Some(s) = sex {
                        answers.set(id("sex"), *s);
                    }
                    if let Some(age) = floor.from_age {
                        answers.set(id("age"), Answer::Number(age));
                    }
                    match floor.at_least {
                        Some(t) if floor.sign != id("duration_weeks") => {
                            answers.set(floor.sign, Answer::Number(t))
                        }
                        Some(t) => {
                            if !matches!(duration, Some(Answer::Number(d)) if *d >= t) {
                                continue;
                            }
                        }
                        None => answers.set(floor.sign, Answer::Yes),
                    }
                    assessed += 1;
                    if !applies(floor, &answers) {
                        continue;
                    }
                    applied_here += 1;
                    let urgency = assess(content, &answers).urgency;
                    if urgency < floor.urgency {
                        problems.push(format!(
                            "{} (floor {}{}): {} for {:?}",
                            code(floor.sign),
                            floor.urgency.as_str(),
                            floor
                                .from_age
                                .map(|a| format!(" from age {a}"))
                                .unwrap_or_default(),
                            urgency.as_str(),
                            qn.prune(&answers)
                                .iter()
                                .map(|(q, a)| format!("{}={a:?}", code(q)))
                                .collect::<Vec<_>>()
                        ));
                    }
                }
            }
        }
        if applied_here == 0 {
            problems.push(format!(
                "{}: the sign is never asked in the enumeration",
                code(floor.sign)
            ));
        }
        applied += applied_here;
    }
    eprintln!(
        "floors: {} floors over {} signs, {assessed} least-worrying answer sets, {applied} where the sign counts, all at or above the floor",
        content.floors.all().len(),
        content.floors.all().iter().map(|f| f.sign).collect::<BTreeSet<_>>().len(),
    );
    assert!(
        problems.is_empty(),
        "floors broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_yes_no_warning_sign_has_a_floor_of_routine_or_more() {
    let content = content();
    let mut without = Vec::new();
    for (q, question) in content.questionnaire.questions() {
        let sign = matches!(
            question.kind,
            QuestionKind::YesNo {
                reassuring: false,
                ..
            }
        );
        if sign && !content.floors.is_context(q) {
            match content.floors.of(q).find(|f| f.from_age.is_none()) {
                Some(floor) if floor.urgency >= Urgency::Routine => {}
                _ => without.push(question.code.clone()),
            }
        }
    }
    assert!(without.is_empty(), "no routine-or-more floor: {without:?}");
    // The context list is short and deliberate: not a way around the floors.
    assert!(
        content.floors.context().len() <= 15,
        "{:?}",
        content.floors.context()
    );
}

#[test]
fn the_floors_named_in_the_review_are_the_ones_shipped() {
    let floor = |sign: &str, from_age: Option<f64>| {
        content()
            .floors
            .of(id(sign))
            .find(|f| f.from_age == from_age)
            .map(|f| f.urgency)
    };
    assert_eq!(floor("haemoptysis", None), Some(Urgency::Urgent24h));
    assert_eq!(floor("blood_in_urine", None), Some(Urgency::Urgent24h));
    assert_eq!(floor("blood_in_stool", None), Some(Urgency::Routine));
    assert_eq!(
        floor("minor_trauma_fracture", Some(60.0)),
        Some(Urgency::Within2Weeks)
    );
    assert_eq!(floor("leg_numbness", None), Some(Urgency::Routine));
    assert!(content().floors.is_context(id("clear_mechanical_cause")));
    assert!(content().floors.is_context(id("radicular_pain")));
}

/// Any answer to any question, skipped questions included.
fn any_answers() -> impl Strategy<Value = Answers> {
    support::answer_sets(content(), |_, question| {
        let answer: BoxedStrategy<Answer> = match &question.kind {
            QuestionKind::YesNo { not_sure: true, .. } => {
                prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::NotSure)].boxed()
            }
            QuestionKind::YesNo { .. } => prop_oneof![Just(Answer::Yes), Just(Answer::No)].boxed(),
            QuestionKind::Number { min, max, .. } => {
                let (min, max) = (*min, *max);
                prop_oneof![(min..=max).prop_map(f64::round), min..=max]
                    .prop_map(Answer::Number)
                    .boxed()
            }
            QuestionKind::Choice { options } => {
                (0..options.len() as u16).prop_map(Answer::Choice).boxed()
            }
        };
        // Mostly unanswered, so that a sign often stands nearly alone.
        prop_oneof![4 => Just(None), 1 => answer.prop_map(Some)].boxed()
    })
}

proptest! {
    #![proptest_config(support::fuzz_config("BACKPAIN_FLOOR_CASES"))]

    #[test]
    fn random_answers_never_fall_below_a_floor(answers in any_answers()) {
        let result = assess(content(), &answers);
        for floor in content().floors.all() {
            if applies(floor, &answers) {
                prop_assert!(
                    result.urgency >= floor.urgency,
                    "{} gives {} below its floor {}",
                    code(floor.sign),
                    result.urgency.as_str(),
                    floor.urgency.as_str()
                );
            }
        }
        if result.urgency == Urgency::SelfCare {
            prop_assert!(result.fired.is_empty());
            prop_assert!(result.cancers.is_empty() && result.topics.is_empty(), "self-care with explanations {:?} {:?}", result.cancers, result.topics);
        }
    }
}
