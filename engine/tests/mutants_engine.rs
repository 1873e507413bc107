//! Small behaviours of the engine's building blocks that the other suites use but never pin
//! down (issue 3 part 2: tests that can fail). Written to kill the mutants `scripts/mutants.sh`
//! found in `answers.rs`, `findings.rs` and `regions.rs` (see `docs/safety-evidence.md`).

use engine::findings::{parse_findings, to_findings, FindingsError};
use engine::{Answer, Answers, Content, QuestionId};
use serde_json::{json, Value};
use std::sync::OnceLock;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn id(code: &str) -> QuestionId {
    content().questionnaire.id(code).unwrap()
}

fn parse(value: Value) -> Result<Answers, FindingsError> {
    parse_findings(&content().questionnaire, &value)
}

// ---- answers ------------------------------------------------------------------------------------

#[test]
fn answers_count_what_they_hold() {
    let mut answers = Answers::new();
    assert!(answers.is_empty());
    assert_eq!(answers.len(), 0);
    answers.set(id("fever"), Answer::Yes);
    assert!(!answers.is_empty());
    assert_eq!(answers.len(), 1);
    answers.set(id("age"), Answer::Number(50.0));
    answers.set(id("fever"), Answer::No);
    assert_eq!(answers.len(), 2, "setting an answer again replaces it");
    answers.remove(id("fever"));
    assert_eq!(answers.len(), 1);
    let collected: Answers = [
        (id("smoker"), Answer::Yes),
        (id("improving"), Answer::NotSure),
    ]
    .into_iter()
    .collect();
    assert_eq!(collected.len(), 2);
    assert_eq!(collected.get(id("improving")), Some(Answer::NotSure));
    assert!(id("improving") < id("smoker"));
    assert_eq!(
        collected.iter().collect::<Vec<_>>(),
        vec![
            (id("improving"), Answer::NotSure),
            (id("smoker"), Answer::Yes)
        ],
        "iteration is in question order"
    );
}

// ---- findings -----------------------------------------------------------------------------------

#[test]
fn yes_no_answers_read_booleans_and_the_three_words() {
    let answers = parse(json!({
        "fever": "yes",
        "smoker": "no",
        "saddle_anaesthesia": "not_sure",
        "major_trauma": true,
        "jaundice": false,
    }))
    .unwrap();
    assert_eq!(answers.get(id("fever")), Some(Answer::Yes));
    assert_eq!(answers.get(id("smoker")), Some(Answer::No));
    assert_eq!(answers.get(id("saddle_anaesthesia")), Some(Answer::NotSure));
    assert_eq!(answers.get(id("major_trauma")), Some(Answer::Yes));
    assert_eq!(answers.get(id("jaundice")), Some(Answer::No));
    assert_eq!(answers.len(), 5);
}

#[test]
fn other_words_for_yes_no_questions_are_refused_with_what_is_expected() {
    // A question that offers "not sure".
    let err = parse(json!({"saddle_anaesthesia": "maybe"})).unwrap_err();
    assert_eq!(
        err,
        FindingsError::WrongType {
            code: "saddle_anaesthesia".into(),
            expected: "true, false, \"yes\", \"no\" or \"not_sure\"",
        }
    );
    // A question that does not.
    let err = parse(json!({"major_trauma": "maybe"})).unwrap_err();
    assert_eq!(
        err,
        FindingsError::WrongType {
            code: "major_trauma".into(),
            expected: "true or false",
        }
    );
    let err = parse(json!({"major_trauma": "not_sure"})).unwrap_err();
    assert_eq!(err, FindingsError::NotSureNotOffered("major_trauma".into()));
    assert!(
        parse(json!({"fever": "Yes"})).is_err(),
        "words are lower case"
    );
}

#[test]
fn numbers_are_accepted_from_min_to_max_inclusive() {
    for (age, ok) in [
        (17, false),
        (18, true),
        (19, true),
        (119, true),
        (120, true),
        (121, false),
    ] {
        let result = parse(json!({ "age": age }));
        assert_eq!(result.is_ok(), ok, "age {age}: {result:?}");
        if ok {
            assert_eq!(
                result.unwrap().get(id("age")),
                Some(Answer::Number(age as f64))
            );
        } else {
            assert_eq!(
                result.unwrap_err(),
                FindingsError::OutOfRange {
                    code: "age".into(),
                    min: 18.0,
                    max: 120.0
                }
            );
        }
    }
    // Fractions only where the question allows them.
    assert_eq!(
        parse(json!({"duration_weeks": 0.5}))
            .unwrap()
            .get(id("duration_weeks")),
        Some(Answer::Number(0.5))
    );
    assert_eq!(
        parse(json!({"age": 40.5})).unwrap_err(),
        FindingsError::NotWhole("age".into())
    );
    assert_eq!(
        parse(json!({"duration_weeks": -0.5})).unwrap_err(),
        FindingsError::OutOfRange {
            code: "duration_weeks".into(),
            min: 0.0,
            max: 2600.0
        }
    );
}

#[test]
fn choices_read_their_options_and_none_means_unanswered() {
    let answers = parse(json!({"sex": "male", "cancer_type": "none", "fever": null})).unwrap();
    let sex = content().questionnaire.question(id("sex"));
    assert_eq!(
        answers.get(id("sex")),
        Some(Answer::Choice(sex.option_index("male").unwrap()))
    );
    assert!(!answers.is_answered(id("cancer_type")));
    assert!(!answers.is_answered(id("fever")));
    assert_eq!(answers.len(), 1);
}

#[test]
fn whole_numbers_are_written_as_integers_up_to_1e15() {
    let qn = &content().questionnaire;
    let write = |v: f64| {
        let answers: Answers = [(id("duration_weeks"), Answer::Number(v))]
            .into_iter()
            .collect();
        to_findings(qn, &answers)["duration_weeks"].clone()
    };
    assert!(write(4.0).is_i64());
    assert!(write(999_999_999_999_999.0).is_i64());
    assert!(write(-999_999_999_999_999.0).is_i64());
    assert!(write(1e15).is_f64(), "1e15 is written as a float");
    assert!(write(-1e15).is_f64());
    assert!(write(4.5).is_f64());
    assert_eq!(write(4.5), json!(4.5));
}

// ---- regions ------------------------------------------------------------------------------------

#[test]
fn every_required_region_pack_is_listed() {
    let ids: Vec<&str> = content().regions.ids().collect();
    assert_eq!(ids, vec!["au", "eu", "uk", "uk-nir", "uk-sct", "us"]);
    assert_eq!(content().regions.default_pack().emergency_number, "999");
}

#[test]
fn a_script_subtag_is_not_taken_for_a_region() {
    let regions = &content().regions;
    assert_eq!(regions.for_language("hr-Latn-HR"), "eu");
    assert_eq!(regions.for_language("en-Latn-US"), "us");
    assert_eq!(regions.for_language("de-DE"), "eu");
    assert_eq!(regions.for_language("en_AU"), "au");
}

// ---- typed numbers ------------------------------------------------------------------------------

#[test]
fn typed_numbers_are_accepted_at_both_ends_of_the_range() {
    use engine::questionnaire::NumberError;
    let qn = &content().questionnaire;
    let age = qn.question(id("age"));
    assert_eq!(age.parse_number("18"), Ok(Answer::Number(18.0)));
    assert_eq!(age.parse_number("120"), Ok(Answer::Number(120.0)));
    assert_eq!(
        age.parse_number("17"),
        Err(NumberError::TooSmall {
            min: 18.0,
            max: 120.0
        })
    );
    assert_eq!(
        age.parse_number("121"),
        Err(NumberError::TooLarge {
            min: 18.0,
            max: 120.0
        })
    );
    let weeks = qn.question(id("duration_weeks"));
    assert_eq!(weeks.parse_number("0"), Ok(Answer::Number(0.0)));
    assert_eq!(weeks.parse_number("2600"), Ok(Answer::Number(2600.0)));
    assert!(weeks.parse_number("2600.5").is_err());
    assert!(weeks.parse_number("-0.5").is_err());
    assert_eq!(
        qn.question(id("fever")).parse_number("3"),
        Err(NumberError::NotANumberQuestion)
    );
}
