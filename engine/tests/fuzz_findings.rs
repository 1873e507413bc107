//! Fuzz-style properties of the findings reader (T-FUZZ): the JSON that `assess` (the clinical
//! reviewers' tool) and the widget's saved answers go through.
//!
//! Input reaches `parse_findings` exactly as in `src/bin/assess.rs`: text, then
//! `serde_json::from_str`/`from_slice`, then `parse_findings`, then `assess`. Four generators:
//! arbitrary bytes, arbitrary strings, valid findings texts with random byte edits, and
//! structured JSON values whose keys are mostly real codebook codes and whose values are of every
//! JSON type, mostly near each question's valid forms (bounds, ±0.5, option values, "not_sure").
//!
//! On any input: no panic. On `Ok`: every answer belongs to a questionnaire question, is valid
//! for it (numbers finite, in range, whole where required; choices in range; "not sure" only
//! where offered), comes from a non-null input key, round-trips through `to_findings`, and
//! `assess` (and the bin's `prune`) run without panicking. On `Err`: the message names the code.
//! An independent oracle decides which inputs must be accepted.
//!
//! Cases per property: 2 000 by default; `FINDINGS_FUZZ_CASES` sets it (`scripts/fuzz.sh`).

mod support;

use engine::findings::{parse_findings, to_findings, FindingsError};
use engine::questionnaire::QuestionKind;
use engine::{assess, Answer, Answers, Content};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use serde_json::{Map, Number, Value};
use std::sync::OnceLock;

fn config() -> ProptestConfig {
    support::fuzz_config("FINDINGS_FUZZ_CASES")
}

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn codes() -> Vec<String> {
    content()
        .questionnaire
        .questions()
        .map(|(_, q)| q.code.clone())
        .collect()
}

fn number(v: f64) -> Value {
    Number::from_f64(v).map_or(Value::Null, Value::Number)
}

/// Every option value of every choice question, plus the words the reader treats specially.
fn words() -> Vec<String> {
    let mut words: Vec<String> = [
        "yes", "no", "not_sure", "none", "true", "false", "null", "", "YES", "Yes", "not sure",
        "not-sure", "yes ", " no", "0", "1", "58", "NaN", "Infinity", "-0",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    for (_, q) in content().questionnaire.questions() {
        if let QuestionKind::Choice { options } = &q.kind {
            words.extend(options.iter().cloned());
        }
    }
    words
}

/// Numbers on and around every number question's bounds, and awkward floats.
fn interesting_numbers() -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        0.5,
        -1.0,
        1.0,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        1e-300,
        1e15,
        1e300,
        -1e300,
        f64::MAX,
        f64::MIN,
        i64::MAX as f64,
        u64::MAX as f64,
    ];
    for (_, q) in content().questionnaire.questions() {
        if let QuestionKind::Number { min, max, .. } = q.kind {
            for b in [min, max] {
                v.extend([b, b - 1.0, b + 1.0, b - 0.5, b + 0.5, b - 1e-9, b + 1e-9]);
                v.push(f64::from_bits(b.to_bits().wrapping_add(1)));
                v.push(f64::from_bits(b.to_bits().wrapping_sub(1)));
            }
        }
    }
    v.retain(|x| x.is_finite());
    v
}

/// A JSON scalar of any type.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(number),
        (-5i64..200).prop_map(Value::from),
        (-5.0f64..200.0).prop_map(number),
        prop::sample::select(interesting_numbers()).prop_map(number),
        prop::sample::select(words()).prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ]
}

fn key() -> impl Strategy<Value = String> {
    let odd: Vec<String> = [
        "",
        "Age",
        "age ",
        " age",
        "ag",
        "AGE",
        "__proto__",
        "constructor",
        "age\u{0}",
        "sex\n",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    prop_oneof![
        40 => prop::sample::select(codes()),
        1 => prop::sample::select(odd),
        1 => any::<String>(),
    ]
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// A value near the valid forms of the question with this code (if it is one).
fn value_for(code: &str) -> BoxedStrategy<Value> {
    let question = content()
        .questionnaire
        .id(code)
        .map(|id| content().questionnaire.question(id).clone());
    let valid: BoxedStrategy<Value> = match question.map(|q| q.kind) {
        Some(QuestionKind::YesNo { not_sure, .. }) => {
            let mut words = vec!["yes", "no"];
            if not_sure {
                words.push("not_sure");
            }
            prop_oneof![
                8 => any::<bool>().prop_map(Value::Bool),
                8 => prop::sample::select(words).prop_map(|s| Value::String(s.into())),
                1 => Just(Value::String("not_sure".into())),
            ]
            .boxed()
        }
        Some(QuestionKind::Number {
            integer, min, max, ..
        }) => {
            let inside = if integer {
                (min as i64..=max as i64).prop_map(Value::from).boxed()
            } else {
                (min..=max).prop_map(number).boxed()
            };
            prop_oneof![
                6 => inside,
                1 => (min - 2.0..=max + 2.0).prop_map(number),
                1 => prop::sample::select(interesting_numbers()).prop_map(number),
            ]
            .boxed()
        }
        Some(QuestionKind::Choice { mut options }) => {
            options.push("none".into());
            prop_oneof![
                8 => prop::sample::select(options).prop_map(Value::String),
                1 => prop::sample::select(words()).prop_map(Value::String),
            ]
            .boxed()
        }
        None => leaf().boxed(),
    };
    prop_oneof![24 => valid, 2 => leaf(), 1 => any_json()].boxed()
}

/// An object of findings: mostly real codes with values near their valid forms.
fn findings_object() -> impl Strategy<Value = Value> {
    let pair = key()
        .prop_flat_map(|k| {
            let v = value_for(&k);
            (Just(k), v)
        })
        .boxed();
    prop_oneof![
        4 => prop::collection::vec(pair.clone(), 0..12),
        1 => prop::collection::vec(pair, 12..60),
    ]
    .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>()))
}

fn findings_value() -> impl Strategy<Value = Value> {
    prop_oneof![9 => findings_object(), 1 => any_json()]
}

/// A byte edit applied to a serialised findings object.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Insert(usize, u8),
    Replace(usize, u8),
    Truncate(usize),
    Duplicate(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop_oneof![
        3 => prop::sample::select(b"{}[]\",:.-+eE0123456789 \\ntfalsu\x00\xff".to_vec()),
        1 => any::<u8>(),
    ];
    prop_oneof![
        3 => any::<usize>().prop_map(Edit::Delete),
        3 => (any::<usize>(), byte.clone()).prop_map(|(i, b)| Edit::Insert(i, b)),
        3 => (any::<usize>(), byte).prop_map(|(i, b)| Edit::Replace(i, b)),
        1 => any::<usize>().prop_map(Edit::Truncate),
        1 => (any::<usize>(), 1usize..16).prop_map(|(i, n)| Edit::Duplicate(i, n)),
    ]
}

fn apply(text: &mut Vec<u8>, edit: &Edit) {
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % len };
    match *edit {
        Edit::Delete(i) if !text.is_empty() => {
            let i = at(i, text.len());
            text.remove(i);
        }
        Edit::Insert(i, b) => {
            let i = at(i, text.len() + 1);
            text.insert(i, b);
        }
        Edit::Replace(i, b) if !text.is_empty() => {
            let i = at(i, text.len());
            text[i] = b;
        }
        Edit::Truncate(i) => {
            let i = at(i, text.len() + 1);
            text.truncate(i);
        }
        Edit::Duplicate(i, n) if !text.is_empty() => {
            let i = at(i, text.len());
            let end = (i + n).min(text.len());
            let copy = text[i..end].to_vec();
            text.splice(i..i, copy);
        }
        _ => {}
    }
}

/// Texts that are not JSON objects or stress the parser: deep nesting, long numbers, escapes.
fn nasty_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (1usize..3000).prop_map(|n| format!("{}{}", "[".repeat(n), "]".repeat(n))),
        (1usize..3000).prop_map(|n| format!("{}1{}", "{\"age\":".repeat(n), "}".repeat(n))),
        (1usize..400).prop_map(|n| format!("{{\"age\": 5{}}}", "0".repeat(n))),
        (1usize..400).prop_map(|n| format!("{{\"age\": 0.{}1}}", "0".repeat(n))),
        "\\{\"age\": -?[0-9]{0,3}(\\.[0-9]{0,3})?([eE][+-]?[0-9]{1,4})?\\}",
        "\\{\"(age|sex|fever|cancer_type)\": \"(\\\\u[0-9a-fA-FdD]{4}|[a-z_])*\"\\}",
        "[\\[\\]{}\",:0-9a-z \\\\-]{0,80}",
        any::<String>(),
    ]
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

/// What `parse_findings` must return, decided independently: `None` when the object must be
/// refused, otherwise the (code, answer) pairs it must hold.
fn oracle(value: &Value) -> Option<Vec<(String, Answer)>> {
    let qn = &content().questionnaire;
    let object = value.as_object()?;
    let mut expected = Vec::new();
    for (code, raw) in object {
        let question = qn.question(qn.id(code)?);
        if raw.is_null() {
            continue;
        }
        let answer = match &question.kind {
            QuestionKind::YesNo { not_sure, .. } => match raw {
                Value::Bool(b) => {
                    if *b {
                        Answer::Yes
                    } else {
                        Answer::No
                    }
                }
                Value::String(s) if s == "yes" => Answer::Yes,
                Value::String(s) if s == "no" => Answer::No,
                Value::String(s) if s == "not_sure" && *not_sure => Answer::NotSure,
                _ => return None,
            },
            QuestionKind::Number {
                integer, min, max, ..
            } => {
                let v = raw.as_f64()?;
                if !v.is_finite() || v < *min || v > *max || (*integer && v.trunc() != v) {
                    return None;
                }
                Answer::Number(v)
            }
            QuestionKind::Choice { options } => {
                let s = raw.as_str()?;
                if s == "none" {
                    continue;
                }
                Answer::Choice(options.iter().position(|o| o == s)? as u16)
            }
        };
        expected.push((code.clone(), answer));
    }
    Some(expected)
}

fn check_value(value: &Value) -> Result<(), TestCaseError> {
    let content = content();
    let qn = &content.questionnaire;
    let result = parse_findings(qn, value);
    let expected = oracle(value);
    match (&result, &expected) {
        (Ok(answers), Some(expected)) => {
            let got: Vec<(String, Answer)> = answers
                .iter()
                .map(|(id, a)| (qn.question(id).code.clone(), a))
                .collect();
            let mut want = expected.clone();
            want.sort_by(|a, b| {
                qn.id(&a.0).cmp(&qn.id(&b.0)) // answers iterate in question order
            });
            prop_assert_eq!(&got, &want);
            check_answers(answers, value)?;
        }
        (Err(e), None) => check_error(e, value)?,
        _ => prop_assert!(
            false,
            "parse_findings gave {:?} but the oracle expected {:?} for {}",
            result,
            expected,
            value
        ),
    }
    Ok(())
}

/// What the widget and `assess` rely on, for any accepted findings.
fn check_answers(answers: &Answers, input: &Value) -> Result<(), TestCaseError> {
    let content = content();
    let qn = &content.questionnaire;
    let object = input.as_object().expect("only objects are accepted");
    for (id, answer) in answers.iter() {
        prop_assert!(id.index() < qn.questions().count());
        let question = qn.question(id);
        prop_assert_eq!(qn.id(&question.code), Some(id));
        prop_assert!(question.accepts(answer), "{} = {:?}", question.code, answer);
        match (&question.kind, answer) {
            (
                QuestionKind::Number {
                    integer, min, max, ..
                },
                Answer::Number(v),
            ) => {
                prop_assert!(v.is_finite() && *min <= v && v <= *max, "{}", v);
                prop_assert!(!integer || v.fract() == 0.0, "{}", v);
            }
            (QuestionKind::Choice { options }, Answer::Choice(i)) => {
                prop_assert!((i as usize) < options.len());
            }
            (QuestionKind::YesNo { not_sure, .. }, a) => {
                prop_assert!(matches!(a, Answer::Yes | Answer::No) || *not_sure);
            }
            (kind, a) => prop_assert!(false, "{:?} answered with {:?}", kind, a),
        }
        let raw = object.get(&question.code);
        prop_assert!(
            raw.is_some_and(|r| !r.is_null()),
            "{} came from nowhere",
            question.code
        );
    }
    // The writer reads back unchanged (the widget's reload path).
    let back = Value::Object(to_findings(qn, answers));
    prop_assert_eq!(&parse_findings(qn, &back), &Ok(answers.clone()));
    // ... also as text (sessionStorage holds the findings as a JSON string).
    let text = serde_json::to_string(&back).expect("serialisable");
    let reparsed: Value = serde_json::from_str(&text).expect("own output is JSON");
    let reloaded = parse_findings(qn, &reparsed);
    prop_assert!(reloaded.is_ok(), "{:?} for {}", reloaded, text);
    let reloaded = reloaded.unwrap();
    let pairs = |a: &Answers| a.iter().collect::<Vec<_>>();
    let (before, after) = (pairs(answers), pairs(&reloaded));
    prop_assert_eq!(before.len(), after.len());
    for ((q1, a1), (q2, a2)) in before.into_iter().zip(after) {
        prop_assert_eq!(q1, q2);
        match (a1, a2) {
            (Answer::Number(x), Answer::Number(y)) if !serde_json_reads_floats_exactly() => {
                prop_assert!(
                    x == y || x.to_bits().abs_diff(y.to_bits()) <= 1,
                    "{} read back as {}",
                    x,
                    y
                )
            }
            _ => prop_assert_eq!(a1, a2, "{} read back from {}", qn.question(q1).code, text),
        }
    }

    // What `assess` (the bin) does next: none of it may panic.
    let counted = qn.prune(answers);
    prop_assert!(counted.len() <= answers.len());
    let assessment = assess(content, answers);
    prop_assert_eq!(&assessment, &assess(content, &counted));
    let rule_ids: Vec<&str> = assessment.rule_ids(content).collect();
    prop_assert_eq!(rule_ids.len(), assessment.fired.len());
    let output = serde_json::json!({
        "urgency": assessment.urgency.as_str(),
        "cancers": assessment.cancers,
        "rules": rule_ids,
    });
    prop_assert!(output.is_object(), "{}", output);
    Ok(())
}

/// Refusals name the code at fault (README: "refused with a message naming the code").
fn check_error(error: &FindingsError, input: &Value) -> Result<(), TestCaseError> {
    let message = error.to_string();
    prop_assert!(!message.is_empty());
    let code = match error {
        FindingsError::NotAnObject => {
            prop_assert!(!input.is_object());
            return Ok(());
        }
        FindingsError::UnknownCode(code) => {
            prop_assert!(content().questionnaire.id(code).is_none());
            prop_assert!(message.contains(&format!("{code:?}")), "{}", message);
            code
        }
        FindingsError::WrongType { code, .. }
        | FindingsError::OutOfRange { code, .. }
        | FindingsError::NotWhole(code)
        | FindingsError::UnknownOption { code, .. }
        | FindingsError::NotSureNotOffered(code) => {
            prop_assert!(content().questionnaire.id(code).is_some());
            prop_assert!(message.starts_with(code.as_str()), "{}", message);
            code
        }
    };
    prop_assert!(input.as_object().is_some_and(|o| o.contains_key(code)));
    Ok(())
}

/// Without serde_json's `float_roundtrip` feature its float parser may be one ulp off on
/// 16-17 significant digits, so a number answer like 181.05606680345642 can read back as
/// 181.0560668034564 after a reload. The text round trip above allows that one-ulp drift only
/// while the parser has it, and becomes exact by itself once the feature is enabled.
fn serde_json_reads_floats_exactly() -> bool {
    static EXACT: OnceLock<bool> = OnceLock::new();
    *EXACT.get_or_init(|| {
        [
            "181.05606680345642",
            "1.9999999999999998",
            "0.30000000000000004",
        ]
        .iter()
        .all(|t| serde_json::from_str::<f64>(t).ok() == t.parse::<f64>().ok())
    })
}

/// The bin's path from text: parse, then check whatever came out.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        check_value(&value)?;
    }
    Ok(())
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
        check_value(&value)?;
    }
    // The bin reads standard input as UTF-8 first; a lossy reading is the next best text.
    check_text(&String::from_utf8_lossy(bytes))
}

proptest! {
    #![proptest_config(config())]

    /// Arbitrary bytes as the bin's input file.
    #[test]
    fn any_bytes_are_handled(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        check_bytes(&bytes)?;
    }

    /// Arbitrary and hostile texts: deep nesting, long numbers, escapes, noise.
    #[test]
    fn any_text_is_handled(text in nasty_text()) {
        check_text(&text)?;
    }

    /// Valid findings texts with random byte edits, so most inputs are nearly valid JSON.
    #[test]
    fn edited_findings_texts_are_handled(
        value in findings_object(),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let mut text = serde_json::to_vec(&value).expect("serialisable");
        for e in &edits {
            apply(&mut text, e);
        }
        check_bytes(&text)?;
    }

    /// Structured JSON with real codebook codes and values of every JSON type.
    #[test]
    fn any_findings_value_is_handled(value in findings_value()) {
        check_value(&value)?;
        // The same value as the bin sees it: serialised and read back.
        check_text(&serde_json::to_string(&value).expect("serialisable"))?;
    }
}

/// The properties above only mean something if the generator reaches accepted findings, with
/// answers to many questions, and every kind of refusal.
#[test]
fn the_generator_reaches_acceptance_and_every_refusal() {
    use proptest::strategy::ValueTree;
    let qn = &content().questionnaire;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = findings_value();
    let (mut accepted, mut answered, mut refusals) = (0usize, 0usize, [0usize; 7]);
    for _ in 0..2000 {
        let value = strategy.new_tree(&mut runner).unwrap().current();
        match parse_findings(qn, &value) {
            Ok(answers) => {
                accepted += 1;
                answered += answers.len();
            }
            Err(e) => {
                refusals[match e {
                    FindingsError::NotAnObject => 0,
                    FindingsError::UnknownCode(_) => 1,
                    FindingsError::WrongType { .. } => 2,
                    FindingsError::OutOfRange { .. } => 3,
                    FindingsError::NotWhole(_) => 4,
                    FindingsError::UnknownOption { .. } => 5,
                    FindingsError::NotSureNotOffered(_) => 6,
                }] += 1
            }
        }
    }
    println!(
        "2000 generated findings: {accepted} accepted ({answered} answers), refusals by kind {refusals:?}"
    );
    assert!(accepted >= 200, "only {accepted} accepted");
    assert!(
        answered >= 2 * accepted,
        "accepted findings are mostly empty"
    );
    assert!(refusals.iter().all(|&n| n >= 5), "{refusals:?}");
}
