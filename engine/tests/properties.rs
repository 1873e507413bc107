//! Properties of `assess` over arbitrary partial answers (architecture "Tests", T-CLIN-2..4):
//! totality and traceability, determinism, monotonicity of every yes/no and number answer, and
//! the emergency / cancer-history safety floors.
//!
//! The generator answers every question of the shipped questionnaire independently, including
//! questions the flow would skip, and puts numbers on and either side of every threshold the
//! content uses, so the boundaries of the rules are hit on purpose rather than by luck.

mod support;

use engine::explanations::CANCER_IDS;
use engine::questionnaire::{Question, QuestionKind};
use engine::{assess, Answer, Answers, Content, QuestionId, Urgency};
use proptest::prelude::*;
use proptest::strategy::Union;
use proptest::test_runner::Config as ProptestConfig;
use std::sync::OnceLock;

/// Cases per property; `PROPTEST_CASES` can raise it (nightly), never lower it.
const CASES: u32 = 2000;

fn config() -> ProptestConfig {
    // No regression files: a failure prints the minimal answers, which belong in a scenario.
    let default = ProptestConfig::default();
    ProptestConfig {
        cases: default.cases.max(CASES),
        failure_persistence: None,
        ..default
    }
}

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn id(code: &str) -> QuestionId {
    content()
        .questionnaire
        .id(code)
        .unwrap_or_else(|| panic!("no question {code}"))
}

fn urgency(answers: &Answers) -> Urgency {
    assess(content(), answers).urgency
}

/// `answers` with question `q` set to `answer`, or made unanswered for `None`.
fn with(answers: &Answers, q: QuestionId, answer: Option<Answer>) -> Answers {
    let mut changed = answers.clone();
    match answer {
        Some(a) => changed.set(q, a),
        None => changed.remove(q),
    }
    changed
}

/// Every number threshold the content compares `q` with: rules, skip logic and explanations.
fn thresholds(q: QuestionId) -> Vec<f64> {
    let content = content();
    let mut out = Vec::new();
    let mut visit = |question: QuestionId, t: f64| {
        if question == q {
            out.push(t)
        }
    };
    for rule in content.rules.rules() {
        rule.when.thresholds(&mut visit);
    }
    for step in content.questionnaire.steps() {
        if let Some(condition) = &step.show_when {
            condition.thresholds(&mut visit);
        }
    }
    for explanation in content
        .explanations
        .cancers
        .iter()
        .chain(&content.explanations.topics)
    {
        explanation.show_when.thresholds(&mut visit);
    }
    out
}

/// The range ends, and every threshold with the values just either side of it that the
/// question accepts (whole numbers only for integer questions).
fn boundary_values(q: QuestionId) -> Vec<f64> {
    let question = content().questionnaire.question(q);
    let QuestionKind::Number { min, max, .. } = question.kind else {
        panic!("{} is not a number", question.code)
    };
    let mut values = vec![min, max];
    for t in thresholds(q) {
        values.extend([
            t - 1.0,
            t - 0.5,
            f64::next_down(t),
            t,
            f64::next_up(t),
            t + 0.5,
            t + 1.0,
        ]);
    }
    values.retain(|v| question.accepts(Answer::Number(*v)));
    values.sort_by(f64::total_cmp);
    values.dedup();
    values
}

/// Any accepted value of a number question, with the boundary values drawn half of the time.
fn number_strategy(q: QuestionId) -> BoxedStrategy<f64> {
    let QuestionKind::Number {
        integer, min, max, ..
    } = content().questionnaire.question(q).kind
    else {
        unreachable!()
    };
    let anywhere = if integer {
        (min as i64..=max as i64).prop_map(|v| v as f64).boxed()
    } else {
        (min..=max).boxed()
    };
    prop_oneof![prop::sample::select(boundary_values(q)), anywhere].boxed()
}

/// How likely a question is to be left unanswered, answered no, or answered yes. Mostly "no":
/// with 60-odd yes/no questions, a high share of yes would make nearly every case an emergency
/// and leave the lower levels untested.
#[derive(Clone, Copy, Debug)]
struct Mix {
    unanswered: u32,
    no: u32,
    yes: u32,
}

const MIXES: [Mix; 5] = [
    Mix {
        unanswered: 30,
        no: 70,
        yes: 1,
    },
    Mix {
        unanswered: 30,
        no: 65,
        yes: 3,
    },
    Mix {
        unanswered: 30,
        no: 60,
        yes: 8,
    },
    Mix {
        unanswered: 20,
        no: 60,
        yes: 20,
    },
    Mix {
        unanswered: 10,
        no: 45,
        yes: 45,
    },
];

fn answer_strategy(q: QuestionId, question: &Question, mix: Mix) -> BoxedStrategy<Option<Answer>> {
    let none = (mix.unanswered, Just(None).boxed());
    match &question.kind {
        QuestionKind::YesNo { not_sure, .. } => {
            let mut options = vec![
                none,
                (mix.no, Just(Some(Answer::No)).boxed()),
                (mix.yes, Just(Some(Answer::Yes)).boxed()),
            ];
            if *not_sure {
                options.push((mix.yes.div_ceil(2), Just(Some(Answer::NotSure)).boxed()));
            }
            Union::new_weighted(options).boxed()
        }
        QuestionKind::Number { .. } => {
            let some = number_strategy(q)
                .prop_map(|v| Some(Answer::Number(v)))
                .boxed();
            Union::new_weighted(vec![none, (100 - mix.unanswered, some)]).boxed()
        }
        QuestionKind::Choice { options } => {
            let some = (0..options.len() as u16)
                .prop_map(|i| Some(Answer::Choice(i)))
                .boxed();
            Union::new_weighted(vec![none, (100 - mix.unanswered, some)]).boxed()
        }
    }
}

/// Arbitrary partial answers over every question, skipped ones included.
fn answers_strategy() -> impl Strategy<Value = Answers> {
    prop::sample::select(MIXES.to_vec()).prop_flat_map(|mix| {
        support::answer_sets(content(), move |id, question| {
            answer_strategy(id, question, mix)
        })
    })
}

fn yes_no_questions() -> impl Iterator<Item = (QuestionId, &'static Question)> {
    content()
        .questionnaire
        .questions()
        .filter(|(_, q)| matches!(q.kind, QuestionKind::YesNo { .. }))
}

/// The questions that alone make it an emergency (T-CLIN-3), whatever else is answered.
const EMERGENCY_FLAGS: [&str; 7] = [
    "saddle_anaesthesia",
    "bladder_or_bowel_dysfunction",
    "new_sexual_dysfunction",
    "leg_weakness",
    "difficulty_walking",
    "major_trauma",
    "sudden_chest_pain_or_breathlessness",
];

/// NICE "pain suggestive of spinal metastases" (the `box1` definition of rules.toml).
const BOX1: [&str; 7] = [
    "thoracic_location",
    "band_like_pain",
    "progressive_pain",
    "severe_unremitting",
    "pain_worse_straining",
    "localised_tenderness",
    "wakes_from_sleep",
];

#[test]
fn the_generator_sees_the_thresholds_it_is_meant_to_straddle() {
    assert!(
        boundary_values(id("age")).contains(&49.0) && boundary_values(id("age")).contains(&50.0)
    );
    assert!(
        !boundary_values(id("age")).contains(&49.5),
        "age is a whole number"
    );
    let weeks = boundary_values(id("duration_weeks"));
    for v in [3.5, f64::next_down(4.0), 4.0, 51.0, 52.0, 53.0] {
        assert!(
            weeks.contains(&v),
            "duration_weeks boundary {v} missing from {weeks:?}"
        );
    }
    assert!(boundary_values(id("persistent_cough_weeks")).contains(&f64::next_down(3.0)));
}

/// The generator is only useful if it reaches every level: mostly "no" answers keep enough
/// cases below an emergency for the monotonicity properties to have something to climb.
#[test]
fn the_generator_reaches_every_urgency_level() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = answers_strategy();
    let mut seen = std::collections::BTreeMap::new();
    for _ in 0..CASES {
        let x = strategy.new_tree(&mut runner).unwrap().current();
        *seen.entry(urgency(&x)).or_insert(0u32) += 1;
    }
    for level in Urgency::ALL {
        assert!(
            seen.get(&level).copied().unwrap_or(0) >= CASES / 100,
            "level {level} is rare or never generated: {seen:?}"
        );
    }
}

/// Why the duration property needs its exception: someone of 60 with pain for 51 weeks is sent
/// to the GP within 2 weeks (possible myeloma), but at 52 weeks they are asked whether the pain
/// has been the same for over a year, and "yes" is reassuring.
#[test]
fn a_year_of_unchanged_pain_is_the_one_case_where_a_longer_duration_lowers_the_advice() {
    let mut answers = Answers::new();
    answers.set(id("age"), Answer::Number(60.0));
    answers.set(id("long_standing_unchanged"), Answer::Yes);
    answers.set(id("duration_weeks"), Answer::Number(51.0));
    assert_eq!(urgency(&answers), Urgency::Within2Weeks);
    answers.set(id("duration_weeks"), Answer::Number(52.0));
    assert_eq!(urgency(&answers), Urgency::Routine);
}

proptest! {
    #![proptest_config(config())]

    /// Any answers, even partial or to skipped questions, assess without panicking, and the
    /// assessment explains itself: the urgency is the most urgent fired rule, each fired rule
    /// cites answers that count, and the cancer explanations come in the fixed order.
    #[test]
    fn assess_is_total_and_traceable(x in answers_strategy()) {
        let content = content();
        let result = assess(content, &x);
        let counted = content.questionnaire.prune(&x);
        let rules = content.rules.rules();

        let most_urgent = result.fired.iter().map(|f| rules[f.rule].urgency).max();
        prop_assert_eq!(result.urgency, most_urgent.unwrap_or(Urgency::SelfCare));
        prop_assert_eq!(result.fired.is_empty(), result.urgency == Urgency::SelfCare);
        prop_assert!(result.fired.windows(2).all(|w| rules[w[0].rule].urgency >= rules[w[1].rule].urgency),
            "fired rules are not most urgent first: {:?}", result.fired);
        for fired in &result.fired {
            prop_assert!(!fired.because.is_empty(), "rule {} fired without citing an answer", rules[fired.rule].id);
            for q in &fired.because {
                prop_assert!(counted.is_answered(*q),
                    "rule {} cites {}, which is not answered in the answers that count",
                    rules[fired.rule].id, content.questionnaire.question(*q).code);
            }
        }
        let in_order: Vec<&str> = CANCER_IDS.iter().copied().filter(|id| result.cancers.iter().any(|c| c == id)).collect();
        prop_assert_eq!(&result.cancers, &in_order, "cancers are not a subset of CANCER_IDS in that order");
    }

    /// The same answers give the same assessment, whatever order they were given in, and answers
    /// to questions the person is not asked never matter (T-CLIN-4).
    #[test]
    fn assess_is_deterministic_and_ignores_skipped_questions(x in answers_strategy()) {
        let content = content();
        let first = assess(content, &x);
        prop_assert_eq!(&first, &assess(content, &x));
        let pruned = content.questionnaire.prune(&x);
        prop_assert_eq!(&first, &assess(content, &pruned));
        prop_assert_eq!(&content.questionnaire.prune(&pruned), &pruned, "prune is not idempotent");
        let reversed: Answers = x.iter().collect::<Vec<_>>().into_iter().rev().collect();
        prop_assert_eq!(&first, &assess(content, &reversed));
    }

    /// T-CLIN-2, for every yes/no question of every generated x: a warning sign never lowers the
    /// advice, "not sure" counts at least as much as "yes" for a warning sign and at least as
    /// much as "no" for a reassuring question (decision D3).
    #[test]
    fn every_yes_no_answer_is_monotone(x in answers_strategy()) {
        for (q, question) in yes_no_questions() {
            let [unanswered, no, yes] = [None, Some(Answer::No), Some(Answer::Yes)].map(|a| urgency(&with(&x, q, a)));
            let not_sure = question.offers_not_sure().then(|| urgency(&with(&x, q, Some(Answer::NotSure))));
            if question.is_reassuring() {
                prop_assert!(no >= yes, "{}: no gives {} but yes gives {} for {:?}", question.code, no, yes, x);
                prop_assert!(unanswered >= yes, "{}: unanswered gives {} but yes gives {} for {:?}", question.code, unanswered, yes, x);
                if let Some(not_sure) = not_sure {
                    prop_assert!(not_sure >= yes, "{}: not sure gives {} but yes gives {} for {:?}", question.code, not_sure, yes, x);
                }
            } else {
                prop_assert!(yes >= no, "{}: yes gives {} but no gives {} for {:?}", question.code, yes, no, x);
                prop_assert!(yes >= unanswered, "{}: yes gives {} but unanswered gives {} for {:?}", question.code, yes, unanswered, x);
                if let Some(not_sure) = not_sure {
                    prop_assert!(not_sure >= yes, "{}: not sure gives {} but yes gives {} for {:?}", question.code, not_sure, yes, x);
                }
            }
        }
    }

    /// An older person, or a longer cough, never gets less urgent advice; no answer counts as the
    /// lowest value.
    #[test]
    fn raising_age_or_cough_weeks_never_lowers_urgency(
        x in answers_strategy(),
        ages in (number_strategy(id("age")), number_strategy(id("age"))),
        coughs in (number_strategy(id("persistent_cough_weeks")), number_strategy(id("persistent_cough_weeks"))),
    ) {
        for (code, (a, b)) in [("age", ages), ("persistent_cough_weeks", coughs)] {
            let q = id(code);
            let (low, high) = (a.min(b), a.max(b));
            let [none, low_u, high_u] = [None, Some(low), Some(high)].map(|v| urgency(&with(&x, q, v.map(Answer::Number))));
            prop_assert!(low_u >= none, "{}: {} gives {} but unanswered gives {} for {:?}", code, low, low_u, none, x);
            prop_assert!(high_u >= low_u, "{}: {} gives {} but {} gives {} for {:?}", code, high, high_u, low, low_u, x);
        }
    }

    /// A longer duration never lowers urgency, except through the one reassuring fact: pain that
    /// has been the same for over a year. That question is only asked from 52 weeks, so crossing
    /// 52 weeks can bring a "yes" to it into play and rightly lower the advice (see
    /// `a_year_of_unchanged_pain_is_the_one_case_where_a_longer_duration_lowers_the_advice`).
    /// Hence the property holds whenever long_standing_unchanged is not answered yes.
    #[test]
    fn raising_duration_never_lowers_urgency_unless_unchanged_for_a_year(
        x in answers_strategy(),
        a in number_strategy(id("duration_weeks")),
        b in number_strategy(id("duration_weeks")),
    ) {
        let q = id("duration_weeks");
        let unchanged = id("long_standing_unchanged");
        let x = if x.get(unchanged) == Some(Answer::Yes) { with(&x, unchanged, Some(Answer::No)) } else { x };
        let (low, high) = (a.min(b), a.max(b));
        let [none, low_u, high_u] = [None, Some(low), Some(high)].map(|v| urgency(&with(&x, q, v.map(Answer::Number))));
        prop_assert!(low_u >= none, "duration {} gives {} but unanswered gives {} for {:?}", low, low_u, none, x);
        prop_assert!(high_u >= low_u, "duration {} gives {} but {} gives {} for {:?}", high, high_u, low, low_u, x);
    }

    /// T-CLIN-3: each emergency flag alone is an emergency whatever else is answered; known
    /// cancer plus pain suggestive of spinal metastases is at least "speak to a doctor today".
    #[test]
    fn emergency_flags_and_cancer_with_box1_set_a_floor(x in answers_strategy()) {
        for code in EMERGENCY_FLAGS {
            let q = id(code);
            let mut answers = vec![Answer::Yes];
            if content().questionnaire.question(q).offers_not_sure() {
                answers.push(Answer::NotSure);
            }
            for answer in answers {
                let u = urgency(&with(&x, q, Some(answer)));
                prop_assert_eq!(u, Urgency::Emergency, "{} = {:?} gives {} for {:?}", code, answer, u, x);
            }
        }
        let with_cancer = with(&x, id("history_of_cancer"), Some(Answer::Yes));
        for code in BOX1 {
            let u = urgency(&with(&with_cancer, id(code), Some(Answer::Yes)));
            prop_assert!(u >= Urgency::Urgent24h, "history_of_cancer and {} give {} for {:?}", code, u, x);
        }
    }
}
