//! The FHIR R4 export (`engine::fhir`, issue 8 parts 2 and 3):
//!
//! - the Questionnaire has every codebook code exactly once as a `linkId`, in its step's group,
//!   typed as the content says, and every shipped skip rule is written as `enableWhen`;
//! - for the scenario files and thousands of random answer sets, every item of the response
//!   exists in the Questionnaire with a matching type, the response reads back to the answers
//!   that count and so to the same advice, and the advice extension says what `assess` says;
//! - `enableWhen`, evaluated with FHIR's rules by a small evaluator written here (a disabled
//!   item counts as unanswered), enables a step exactly when the engine shows it; and the
//!   translation of conditions the shipped content does not use yet is exact too, or refused;
//! - the `fhir` tool prints the same resources and refuses bad input with exit status 2.

mod support;

use engine::condition::{Condition, Facts};
use engine::content::{ContentFiles, EMBEDDED};
use engine::fhir::{self, ANSWER_SYSTEM, NO, NOT_SURE, YES};
use engine::findings::parse_findings;
use engine::questionnaire::{Question, QuestionKind};
use engine::{assess, Answer, Answers, Content, QuestionId};
use proptest::prelude::*;
use proptest::strategy::Union;
use proptest::test_runner::Config as ProptestConfig;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

const AUTHORED: &str = "2026-03-04T05:06:07Z";

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn questionnaire() -> &'static Value {
    static Q: OnceLock<Value> = OnceLock::new();
    Q.get_or_init(|| fhir::questionnaire(content()))
}

fn id(code: &str) -> QuestionId {
    content()
        .questionnaire
        .id(code)
        .unwrap_or_else(|| panic!("no question {code}"))
}

fn question(code: &str) -> &'static Question {
    content().questionnaire.question(id(code))
}

fn items(value: &Value) -> &[Value] {
    value
        .get("item")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn link(item: &Value) -> &str {
    item["linkId"].as_str().expect("every item has a linkId")
}

/// Every item of a Questionnaire or response by linkId, with its parent's linkId. Panics on a
/// repeated linkId.
fn index(resource: &Value) -> BTreeMap<String, (Value, Option<String>)> {
    fn walk(
        list: &[Value],
        parent: Option<&str>,
        out: &mut BTreeMap<String, (Value, Option<String>)>,
    ) {
        for item in list {
            let previous = out.insert(
                link(item).to_string(),
                (item.clone(), parent.map(str::to_string)),
            );
            assert!(previous.is_none(), "linkId {} appears twice", link(item));
            walk(items(item), Some(link(item)), out);
        }
    }
    let mut out = BTreeMap::new();
    walk(items(resource), None, &mut out);
    out
}

// ---- an enableWhen evaluator (FHIR R4 semantics) ------------------------------------------------

/// The answers of each question, as `{"value[x]": ...}` objects, by linkId.
type AnswerMap = BTreeMap<String, Vec<Value>>;

/// Evaluates `enableWhen` as FHIR R4 defines it: an item is enabled when its parent is and its
/// own `enableWhen` entries hold, combined by `enableBehavior` (required for more than one);
/// an entry reads the answers of its question only if that question is enabled ("if enableWhen
/// logic depends on an item that is disabled, the logic should proceed as though the item is not
/// valued"). `=` and the comparisons hold when some answer satisfies them; `exists` compares
/// whether there is an answer. For `!=` on an unanswered question the specification is unclear,
/// so both readings can be chosen (`ne_when_unanswered`); the export never depends on it.
struct Evaluator<'a> {
    items: &'a BTreeMap<String, (Value, Option<String>)>,
    answers: &'a AnswerMap,
    ne_when_unanswered: bool,
}

impl Evaluator<'_> {
    fn enabled(&self, link_id: &str) -> bool {
        let (item, parent) = self
            .items
            .get(link_id)
            .unwrap_or_else(|| panic!("enableWhen refers to {link_id}, which is not an item"));
        parent.as_deref().is_none_or(|p| self.enabled(p)) && self.own(item)
    }

    /// Whether the item's own enableWhen holds (true without one).
    fn own(&self, item: &Value) -> bool {
        let Some(entries) = item.get("enableWhen") else {
            assert!(
                item.get("enableBehavior").is_none(),
                "{}: enableBehavior without enableWhen",
                link(item)
            );
            return true;
        };
        let entries = entries.as_array().expect("enableWhen is a list");
        assert!(!entries.is_empty(), "{}: empty enableWhen", link(item));
        let results: Vec<bool> = entries.iter().map(|e| self.entry(e)).collect();
        match item.get("enableBehavior").and_then(Value::as_str) {
            None => {
                assert_eq!(
                    results.len(),
                    1,
                    "{}: several enableWhen need enableBehavior (que-12)",
                    link(item)
                );
                results[0]
            }
            Some("all") => results.iter().all(|r| *r),
            Some("any") => results.iter().any(|r| *r),
            Some(other) => panic!("{}: unknown enableBehavior {other}", link(item)),
        }
    }

    fn entry(&self, entry: &Value) -> bool {
        let q = entry["question"].as_str().expect("enableWhen.question");
        let answers: &[Value] = if self.enabled(q) {
            self.answers.get(q).map_or(&[], Vec::as_slice)
        } else {
            &[]
        };
        let keys: Vec<&String> = entry
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| k.starts_with("answer"))
            .collect();
        let [key] = keys.as_slice() else {
            panic!("enableWhen needs exactly one answer[x]: {entry}")
        };
        let expected = &entry[key.as_str()];
        let value_key = key.replacen("answer", "value", 1);
        let (question_item, _) = &self.items[q];
        if key.as_str() != "answerBoolean" {
            assert_eq!(
                value_type(question_item),
                value_key,
                "enableWhen on {q} compares with {key}, but the item's answers are {}",
                value_type(question_item)
            );
        }
        let values = answers.iter().map(|a| {
            let v = a
                .get(&value_key)
                .unwrap_or_else(|| panic!("answer {a} to {q} has no {value_key}"));
            v
        });
        let number = |v: &Value| v.as_f64().expect("a number");
        let equal = |v: &Value| match key.as_str() {
            "answerCoding" => v["system"] == expected["system"] && v["code"] == expected["code"],
            "answerInteger" | "answerDecimal" => number(v) == number(expected),
            _ => v == expected,
        };
        match entry["operator"].as_str().expect("operator") {
            "exists" => {
                let wanted = expected
                    .as_bool()
                    .expect("exists takes answerBoolean (que-7)");
                answers.is_empty() != wanted
            }
            "=" => values.clone().any(equal),
            "!=" => {
                if answers.is_empty() {
                    self.ne_when_unanswered
                } else {
                    values.clone().all(|v| !equal(v))
                }
            }
            ">=" => values.clone().any(|v| number(v) >= number(expected)),
            ">" => values.clone().any(|v| number(v) > number(expected)),
            "<=" => values.clone().any(|v| number(v) <= number(expected)),
            "<" => values.clone().any(|v| number(v) < number(expected)),
            other => panic!("unknown operator {other}"),
        }
    }
}

/// The `value[x]` an item's answers take.
fn value_type(item: &Value) -> &'static str {
    match item["type"].as_str().expect("type") {
        "choice" => "valueCoding",
        "integer" => "valueInteger",
        "decimal" => "valueDecimal",
        "boolean" => "valueBoolean",
        other => panic!("{}: unexpected item type {other}", link(item)),
    }
}

/// Answers as FHIR answer values, written here independently of the module under test.
fn encode(answers: &Answers) -> AnswerMap {
    let qn = &content().questionnaire;
    answers
        .iter()
        .map(|(q, answer)| {
            let question = qn.question(q);
            let coding = |system: &str, code: &str| {
                json!({ "valueCoding": { "system": system, "code": code } })
            };
            let value = match (&question.kind, answer) {
                (_, Answer::Yes) => coding(ANSWER_SYSTEM, "yes"),
                (_, Answer::No) => coding(ANSWER_SYSTEM, "no"),
                (_, Answer::NotSure) => coding(ANSWER_SYSTEM, "not_sure"),
                (QuestionKind::Number { integer: true, .. }, Answer::Number(v)) => {
                    json!({ "valueInteger": v as i64 })
                }
                (_, Answer::Number(v)) => json!({ "valueDecimal": v }),
                (_, Answer::Choice(i)) => coding(
                    &format!(
                        "https://backpain-check.example/fhir/CodeSystem/option-{}",
                        question.code
                    ),
                    question.option_value(i).unwrap(),
                ),
            };
            (question.code.clone(), vec![value])
        })
        .collect()
}

/// The answers in a response, by linkId.
fn response_answers(response: &Value) -> AnswerMap {
    index(response)
        .into_iter()
        .filter_map(|(link_id, (item, _))| {
            item.get("answer")
                .map(|a| (link_id, a.as_array().expect("answer is a list").clone()))
        })
        .collect()
}

// ---- the Questionnaire --------------------------------------------------------------------------

#[test]
fn every_question_code_is_exactly_one_link_id_in_its_steps_group() {
    let content = content();
    let qn = &content.questionnaire;
    let q = questionnaire();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    fn count(list: &[Value], seen: &mut BTreeMap<String, usize>) {
        for item in list {
            *seen.entry(link(item).to_string()).or_default() += 1;
            count(items(item), seen);
        }
    }
    count(items(q), &mut seen);
    let codes: BTreeSet<&str> = qn.questions().map(|(_, q)| q.code.as_str()).collect();
    let step_links: Vec<String> = qn.steps().iter().map(fhir::step_link_id).collect();
    let steps: BTreeSet<&str> = step_links.iter().map(String::as_str).collect();
    assert_eq!(codes.len(), 75, "the codebook has 75 codes");
    assert!(
        codes.is_disjoint(&steps),
        "a group linkId equals a question code"
    );
    assert!(
        qn.steps().iter().any(|s| codes.contains(s.id.as_str())),
        "some step ids are question codes (age, fever, improving): why groups get a prefix"
    );
    for code in &codes {
        assert_eq!(seen.get(*code), Some(&1), "{code} must be one linkId");
    }
    // Number questions carry a help item of their own: `<code>-help` (codes have no `-`).
    let helps: Vec<String> = qn
        .questions()
        .filter(|(_, q)| matches!(q.kind, QuestionKind::Number { .. }))
        .map(|(_, q)| format!("{}-help", q.code))
        .collect();
    assert_eq!(helps.len(), 3);
    let expected: BTreeSet<&str> = codes
        .union(&steps)
        .copied()
        .chain(helps.iter().map(String::as_str))
        .collect();
    let actual: BTreeSet<&str> = seen.keys().map(String::as_str).collect();
    assert_eq!(actual, expected, "linkIds are the step ids and the codes");
    assert!(seen.values().all(|n| *n == 1), "every linkId is unique");

    // One group per step, in order, holding the step's questions in order.
    let groups = items(q);
    assert_eq!(groups.len(), qn.steps().len());
    for (group, step) in groups.iter().zip(qn.steps()) {
        assert_eq!(link(group), format!("step-{}", step.id));
        assert_eq!(group["type"], "group");
        let codes: Vec<&str> = items(group).iter().map(link).collect();
        let expected: Vec<&str> = step
            .questions
            .iter()
            .map(|&id| qn.question(id).code.as_str())
            .collect();
        assert_eq!(codes, expected, "group {}", step.id);
        for item in items(group) {
            let nested = items(item);
            assert!(
                nested.is_empty() || (nested.len() == 1 && nested[0]["type"] == "display"),
                "only a help text may sit inside a question: {}",
                link(item)
            );
        }
    }
    // Codebook order is the questionnaire's too: the CSV lists every code.
    let csv = include_str!("../../content/codebook.csv");
    let csv_codes: BTreeSet<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(csv_codes, codes, "content/codebook.csv and the linkIds");
}

#[test]
fn question_items_are_typed_as_the_content_says() {
    let index = index(questionnaire());
    for (_, question) in content().questionnaire.questions() {
        let (item, parent) = &index[&question.code];
        assert_eq!(
            parent.clone(),
            Some(fhir::step_link_id(
                content().questionnaire.step(question.step)
            ))
        );
        let options = |item: &Value| -> Vec<(String, String)> {
            item["answerOption"]
                .as_array()
                .unwrap_or_else(|| panic!("{} has no answerOption", question.code))
                .iter()
                .map(|o| {
                    let c = &o["valueCoding"];
                    assert!(c["display"].as_str().is_some_and(|d| !d.is_empty()));
                    (
                        c["system"].as_str().unwrap().to_string(),
                        c["code"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        };
        match &question.kind {
            QuestionKind::YesNo { not_sure, .. } => {
                assert_eq!(item["type"], "choice", "{}", question.code);
                let mut expected = vec![YES, NO];
                if *not_sure {
                    expected.push(NOT_SURE);
                }
                let expected: Vec<(String, String)> = expected
                    .iter()
                    .map(|c| (ANSWER_SYSTEM.to_string(), c.to_string()))
                    .collect();
                assert_eq!(options(item), expected, "{}", question.code);
            }
            QuestionKind::Number {
                integer, min, max, ..
            } => {
                let (kind, key) = if *integer {
                    ("integer", "valueInteger")
                } else {
                    ("decimal", "valueDecimal")
                };
                assert_eq!(item["type"], kind, "{}", question.code);
                let ext = item["extension"].as_array().expect("range extensions");
                let find = |url: &str| {
                    ext.iter()
                        .find(|e| e["url"] == url)
                        .unwrap_or_else(|| panic!("{}: no {url}", question.code))[key]
                        .as_f64()
                        .unwrap()
                };
                assert_eq!(find(fhir::MIN_VALUE_EXTENSION), *min);
                assert_eq!(find(fhir::MAX_VALUE_EXTENSION), *max);
                if *integer {
                    assert!(ext
                        .iter()
                        .filter(|e| e.get(key).is_some())
                        .all(|e| e[key].is_i64()));
                }
                let unit = ext
                    .iter()
                    .find(|e| e["url"] == fhir::UNIT_EXTENSION)
                    .unwrap_or_else(|| panic!("{}: no unit", question.code));
                assert_eq!(unit["valueCoding"]["system"], fhir::UCUM_SYSTEM);
                // The help names the range, so a client's user knows what is accepted.
                let help = &items(item)[0];
                assert_eq!(help["type"], "display");
                assert_eq!(
                    help["extension"][0]["valueCodeableConcept"]["coding"][0]["code"],
                    "help"
                );
                let text = help["text"].as_str().unwrap();
                for bound in [min, max] {
                    assert!(text.contains(&format!("{}", *bound as i64)), "{text}");
                }
            }
            QuestionKind::Choice { options: values } => {
                assert_eq!(item["type"], "choice");
                let system = fhir::option_system(question);
                let expected: Vec<(String, String)> =
                    values.iter().map(|v| (system.clone(), v.clone())).collect();
                assert_eq!(options(item), expected, "{}", question.code);
            }
        }
    }
    assert_eq!(index["age"].0["type"], "integer");
    assert_eq!(index["duration_weeks"].0["type"], "decimal");
    assert_eq!(index["age"].0["extension"][2]["valueCoding"]["code"], "a");
    assert_eq!(
        index["duration_weeks"].0["extension"][2]["valueCoding"]["code"],
        "wk"
    );
    assert!(
        index["age-help"].0["text"]
            .as_str()
            .unwrap()
            .contains("adults aged 18 and over"),
        "the help says why adults only"
    );
    assert_eq!(
        index["sex"].0["answerOption"][1]["valueCoding"]["display"],
        "Male"
    );
}

/// What SDC forms clients (such as LHC-Forms) need to show the form well: every group has a
/// text, coded items are radio buttons (side by side for up to 3 options), and every question on
/// a screen of its own is required.
#[test]
fn coded_items_are_radio_buttons_groups_have_texts_and_single_questions_are_required() {
    let content = content();
    let qn = &content.questionnaire;
    let index = index(questionnaire());
    for step in qn.steps() {
        let group = &index[&fhir::step_link_id(step)].0;
        assert!(
            group["text"].as_str().is_some_and(|t| !t.is_empty()),
            "group {} has no text",
            step.id
        );
        for &q in &step.questions {
            let question = qn.question(q);
            let item = &index[&question.code].0;
            assert_eq!(
                item.get("required")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                !step.checklist,
                "{}: required exactly when the widget insists on an answer",
                question.code
            );
            if let Some(options) = item.get("answerOption").and_then(Value::as_array) {
                let ext = item["extension"].as_array().unwrap();
                let control = ext
                    .iter()
                    .find(|e| e["url"] == fhir::ITEM_CONTROL_EXTENSION)
                    .unwrap_or_else(|| panic!("{}: no itemControl", question.code));
                assert_eq!(
                    control["valueCodeableConcept"]["coding"][0]["code"],
                    "radio-button"
                );
                let orientation = ext
                    .iter()
                    .find(|e| e["url"] == fhir::CHOICE_ORIENTATION_EXTENSION)
                    .unwrap();
                let expected = if options.len() <= 3 {
                    "horizontal"
                } else {
                    "vertical"
                };
                assert_eq!(orientation["valueCode"], expected, "{}", question.code);
            }
        }
    }
    // Both layouts occur: yes/no side by side, the long cancer-type list one under the other.
    assert_eq!(index["fever"].0["extension"][1]["valueCode"], "horizontal");
    assert_eq!(
        index["cancer_type"].0["extension"][1]["valueCode"],
        "vertical"
    );
}

#[test]
fn header_and_texts_come_from_the_content_as_plain_text() {
    let content = content();
    let q = questionnaire();
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["id"], fhir::QUESTIONNAIRE_ID);
    assert_eq!(q["url"], fhir::QUESTIONNAIRE_URL);
    assert_eq!(q["version"], content.manifest.version.as_str());
    assert_eq!(q["status"], "active");
    assert_eq!(q["subjectType"], json!(["Patient"]));
    assert_eq!(q["date"], content.manifest.reviewed.as_str());
    assert_eq!(q["title"], "Back pain: check for warning signs");
    assert!(q.get("publisher").is_none());
    assert_eq!(
        fhir::canonical(content),
        format!("{}|{}", fhir::QUESTIONNAIRE_URL, content.manifest.version)
    );

    let index = index(q);
    assert_eq!(index["age"].0["text"], "How old are you?");
    assert_eq!(
        index["step-nerve-signs"].0["text"],
        "Since your back pain started, have you had any of these?"
    );
    // A one-question screen's group is headed by its section, so no client shows an empty bar.
    assert_eq!(
        index["step-serious-injury"].0["text"],
        "Urgent warning signs"
    );
    assert_eq!(index["step-age"].0["text"], "About you");
    assert_eq!(
        q["meta"]["profile"][0],
        "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire|3.0.0"
    );
    assert_eq!(q["lastReviewDate"], content.manifest.reviewed.as_str());
    // Every text, display included, is plain and region-neutral.
    let mut texts = Vec::new();
    fn collect(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    if k == "text" || k == "display" || k == "title" {
                        out.push(v.as_str().unwrap().to_string());
                    }
                    collect(v, out);
                }
            }
            Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    collect(q, &mut texts);
    assert!(texts.len() > 73 + 10, "{}", texts.len());
    let numbers: Vec<String> = content
        .regions
        .ids()
        .map(|r| content.regions.get(r).unwrap().emergency_number.clone())
        .collect();
    for text in &texts {
        assert!(!text.is_empty());
        assert_eq!(text.trim(), text);
        assert!(!text.contains("  ") && !text.contains('\n'), "{text:?}");
        assert!(
            !text.contains(['{', '}', '$']),
            "a Fluent placeable is left: {text:?}"
        );
        for number in &numbers {
            assert!(!text.contains(number.as_str()), "region-specific: {text:?}");
        }
    }
}

#[test]
fn every_shipped_skip_rule_is_enable_when_on_its_group() {
    let qn = &content().questionnaire;
    let index = index(questionnaire());
    let mut with_rules = 0;
    for step in qn.steps() {
        let (group, _) = &index[&fhir::step_link_id(step)];
        assert_eq!(
            group.get("enableWhen").is_some(),
            step.show_when.is_some(),
            "step {}",
            step.id
        );
        with_rules += usize::from(step.show_when.is_some());
        for &q in &step.questions {
            let item = &index[&qn.question(q).code].0;
            assert!(item.get("enableWhen").is_none() && item.get("enableBehavior").is_none());
        }
    }
    assert_eq!(with_rules, 8, "the shipped questionnaire has 8 skip rules");
    // The one with "not sure": yes OR not sure to the treatment question, or yes to history.
    let cancer_type = &index["step-cancer-type"].0;
    assert_eq!(cancer_type["enableBehavior"], "any");
    let entries: BTreeSet<(String, String, String)> = cancer_type["enableWhen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["question"].as_str().unwrap().to_string(),
                e["operator"].as_str().unwrap().to_string(),
                e["answerCoding"]["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String, String)> = [
        ("history_of_cancer", "=", "yes"),
        ("current_cancer_treatment", "=", "yes"),
        ("current_cancer_treatment", "=", "not_sure"),
    ]
    .iter()
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(entries, expected);
    assert_eq!(
        index["step-long-standing"].0["enableWhen"],
        json!([{ "question": "duration_weeks", "operator": ">=", "answerDecimal": 52.0 }])
    );
    assert!(index["step-long-standing"]
        .0
        .get("enableBehavior")
        .is_none());
}

// ---- responses ----------------------------------------------------------------------------------

/// Everything that must hold for one answer set (panics name what failed).
fn check_answer_set(answers: &Answers) {
    let content = content();
    let qn = &content.questionnaire;
    let assessment = assess(content, answers);
    let response = fhir::questionnaire_response(content, answers, &assessment, AUTHORED);
    let counted = qn.prune(answers);

    // Shape and no identifying data.
    assert_eq!(response["resourceType"], "QuestionnaireResponse");
    assert_eq!(response["status"], "completed");
    assert_eq!(response["authored"], AUTHORED);
    assert_eq!(response["questionnaire"], fhir::canonical(content));
    for key in [
        "subject",
        "author",
        "source",
        "encounter",
        "identifier",
        "id",
        "text",
    ] {
        assert!(response.get(key).is_none(), "the response has {key}");
    }

    // The advice extension.
    let extensions = response["extension"].as_array().expect("extension");
    assert_eq!(extensions.len(), 1);
    assert_eq!(extensions[0]["url"], fhir::RECOMMENDATION_EXTENSION);
    let nested = extensions[0]["extension"].as_array().unwrap();
    let values = |url: &str, key: &str| -> Vec<String> {
        nested
            .iter()
            .filter(|e| e["url"] == url)
            .map(|e| e[key].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        values("urgency", "valueCode"),
        [assessment.urgency.as_str()]
    );
    let rule_ids: Vec<String> = assessment.rule_ids(content).map(str::to_string).collect();
    assert_eq!(values("rule", "valueString"), rule_ids);
    assert_eq!(
        values("rulesHash", "valueString"),
        [content.rules_hash.as_str()]
    );
    assert_eq!(
        values("contentVersion", "valueString"),
        [content.manifest.version.as_str()]
    );
    assert_eq!(nested.len(), 3 + rule_ids.len());

    // Every item exists in the Questionnaire, where it is, with a matching type.
    let q_index = index(questionnaire());
    let r_index = index(&response);
    for (link_id, (item, parent)) in &r_index {
        let (q_item, q_parent) = q_index
            .get(link_id)
            .unwrap_or_else(|| panic!("{link_id} is not in the Questionnaire"));
        assert_eq!(parent, q_parent, "{link_id} is nested differently");
        if q_item["type"] == "group" {
            assert!(item.get("answer").is_none() && !items(item).is_empty());
            continue;
        }
        let [answer] = item["answer"].as_array().expect("answer").as_slice() else {
            panic!("{link_id}: exactly one answer")
        };
        let keys: Vec<&String> = answer.as_object().unwrap().keys().collect();
        let wanted = value_type(q_item);
        assert_eq!(keys, [wanted], "{link_id}");
        let value = &answer[wanted];
        match wanted {
            "valueCoding" => {
                let allowed: Vec<&Value> = q_item["answerOption"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|o| &o["valueCoding"])
                    .collect();
                assert!(
                    allowed
                        .iter()
                        .any(|o| o["system"] == value["system"] && o["code"] == value["code"]),
                    "{link_id}: {value} is not an answerOption"
                );
            }
            "valueInteger" | "valueDecimal" => {
                if wanted == "valueInteger" {
                    assert!(value.is_i64(), "{link_id}: {value}");
                }
                let range = |url: &str| {
                    q_item["extension"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|e| e["url"] == url)
                        .unwrap()[wanted]
                        .as_f64()
                        .unwrap()
                };
                let v = value.as_f64().unwrap();
                assert!(v >= range(fhir::MIN_VALUE_EXTENSION));
                assert!(v <= range(fhir::MAX_VALUE_EXTENSION));
            }
            other => panic!("{link_id}: {other}"),
        }
    }
    // Exactly the answers that count, no others.
    let in_response: BTreeSet<&str> = r_index
        .iter()
        .filter(|(_, (item, _))| item.get("answer").is_some())
        .map(|(k, _)| k.as_str())
        .collect();
    let expected: BTreeSet<&str> = counted
        .iter()
        .map(|(q, _)| qn.question(q).code.as_str())
        .collect();
    assert_eq!(in_response, expected);

    // Round trip: the same answers, so the same advice.
    let back = fhir::answers_from_response(content, &response)
        .unwrap_or_else(|e| panic!("the response does not read back: {e}\n{response}"));
    assert_eq!(back, counted);
    let again = assess(content, &back);
    assert_eq!(again.urgency, assessment.urgency);
    assert_eq!(
        again.rule_ids(content).collect::<Vec<_>>(),
        assessment.rule_ids(content).collect::<Vec<_>>()
    );
    assert_eq!(again.cancers, assessment.cancers);

    // enableWhen enables exactly the steps the engine asks.
    let shown: BTreeSet<usize> = qn.visible_steps(answers).into_iter().collect();
    let shown_counted: BTreeSet<usize> = qn.visible_steps(&counted).into_iter().collect();
    assert_eq!(
        shown, shown_counted,
        "the shipped skip logic only reads steps that are always asked"
    );
    let raw = encode(answers);
    let from_response = response_answers(&response);
    assert_eq!(
        from_response,
        encode(&counted),
        "the response encodes answers"
    );
    for map in [&raw, &from_response] {
        for ne_when_unanswered in [false, true] {
            let evaluator = Evaluator {
                items: &q_index,
                answers: map,
                ne_when_unanswered,
            };
            for (index, step) in qn.steps().iter().enumerate() {
                assert_eq!(
                    evaluator.enabled(&fhir::step_link_id(step)),
                    shown.contains(&index),
                    "step {} with {:?}",
                    step.id,
                    engine::findings::to_findings(qn, answers)
                );
                for &q in &step.questions {
                    assert_eq!(
                        evaluator.enabled(&qn.question(q).code),
                        shown.contains(&index)
                    );
                }
            }
            // No answer sits in a disabled item.
            for link_id in from_response.keys() {
                assert!(
                    evaluator.enabled(link_id),
                    "{link_id} is answered but disabled"
                );
            }
        }
    }
}

fn toml_to_json(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
        other => panic!("unexpected TOML value {other:?}"),
    }
}

fn scenario_answers() -> Vec<(String, Answers)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("scenario directory") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let table: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let findings = toml_to_json(
            table
                .get("answers")
                .unwrap_or(&toml::Value::Table(toml::Table::new())),
        );
        let answers = parse_findings(&content().questionnaire, &findings)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.push((path.display().to_string(), answers));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn scenario_files_export_read_back_and_enable_as_the_engine() {
    let scenarios = scenario_answers();
    assert!(scenarios.len() >= 60, "{}", scenarios.len());
    let mut levels = BTreeSet::new();
    for (name, answers) in &scenarios {
        eprintln!("{name}");
        check_answer_set(answers);
        levels.insert(assess(content(), answers).urgency);
    }
    assert_eq!(levels.len(), 6, "the scenarios reach every level");
    check_answer_set(&Answers::new());
}

/// Values of a number question: the ends, each threshold the content uses with values either
/// side, and anything in between.
fn number_strategy(question: &Question) -> BoxedStrategy<f64> {
    let QuestionKind::Number {
        integer, min, max, ..
    } = question.kind
    else {
        unreachable!()
    };
    let q = id(&question.code);
    let mut thresholds = Vec::new();
    let mut visit = |at: QuestionId, t: f64| {
        if at == q {
            thresholds.push(t)
        }
    };
    for rule in content().rules.rules() {
        rule.when.thresholds(&mut visit);
    }
    for step in content().questionnaire.steps() {
        if let Some(c) = &step.show_when {
            c.thresholds(&mut visit);
        }
    }
    let mut values = vec![min, max];
    for t in thresholds {
        values.extend([t - 1.0, t - 0.5, t - 1e-9, t, t + 1e-9, t + 0.5, t + 1.0]);
    }
    values.retain(|v| question.accepts(Answer::Number(*v)));
    let anywhere = if integer {
        (min as i64..=max as i64).prop_map(|v| v as f64).boxed()
    } else {
        (min..=max).boxed()
    };
    prop_oneof![prop::sample::select(values), anywhere].boxed()
}

/// Percent chance of "yes" (and half that of "not sure") for a yes/no question; most answers
/// are "no" or missing, so that every level of advice comes up.
const YES_PERCENT: [u32; 5] = [0, 1, 3, 10, 40];

fn answer_strategy(question: &Question, yes: u32) -> BoxedStrategy<Option<Answer>> {
    let none = (25, Just(None).boxed());
    match &question.kind {
        QuestionKind::YesNo { not_sure, .. } => {
            let mut options = vec![
                none,
                (100 - yes, Just(Some(Answer::No)).boxed()),
                (yes, Just(Some(Answer::Yes)).boxed()),
            ];
            if *not_sure {
                options.push((yes.div_ceil(2), Just(Some(Answer::NotSure)).boxed()));
            }
            options.retain(|(w, _)| *w > 0);
            Union::new_weighted(options).boxed()
        }
        QuestionKind::Number { .. } => {
            let some = number_strategy(question)
                .prop_map(|v| Some(Answer::Number(v)))
                .boxed();
            Union::new_weighted(vec![none, (75, some)]).boxed()
        }
        QuestionKind::Choice { options } => {
            let some = (0..options.len() as u16)
                .prop_map(|i| Some(Answer::Choice(i)))
                .boxed();
            Union::new_weighted(vec![none, (75, some)]).boxed()
        }
    }
}

/// Partial answers over every question, skipped ones included.
fn answers_strategy() -> impl Strategy<Value = Answers> {
    prop::sample::select(YES_PERCENT.to_vec()).prop_flat_map(|yes| {
        support::answer_sets(content(), move |_, question| answer_strategy(question, yes))
    })
}

fn config(cases: u32) -> ProptestConfig {
    let default = ProptestConfig::default();
    ProptestConfig {
        cases: default.cases.max(cases),
        failure_persistence: None,
        ..default
    }
}

proptest! {
    #![proptest_config(config(1500))]

    #[test]
    fn random_answer_sets_export_read_back_and_enable_as_the_engine(answers in answers_strategy()) {
        check_answer_set(&answers);
    }
}

// ---- the translation of conditions the shipped content does not use (yet) -----------------------

/// Conditions over questions on steps that are always asked, with the translation checked
/// against `Condition::holds` on random answers.
fn extra_conditions() -> Vec<(&'static str, Condition)> {
    use Condition::*;
    let yes = |c| Yes(id(c));
    let sex = |v| Is(id("sex"), question("sex").option_index(v).unwrap());
    vec![
        ("yes, warning sign with not sure", yes("saddle_anaesthesia")),
        ("yes, reassuring with not sure", yes("improving")),
        ("yes, no not sure", yes("major_trauma")),
        ("not yes, reassuring", Not(Box::new(yes("improving")))),
        (
            "not yes, warning sign",
            Not(Box::new(yes("saddle_anaesthesia"))),
        ),
        (
            "not at least, integer",
            Not(Box::new(AtLeast(id("age"), 50.0))),
        ),
        (
            "not at least, decimal",
            Not(Box::new(AtLeast(id("duration_weeks"), 6.0))),
        ),
        ("not is", Not(Box::new(sex("male")))),
        ("not not", Not(Box::new(Not(Box::new(yes("fever")))))),
        (
            "all of single tests",
            All(vec![
                AtLeast(id("age"), 50.0),
                sex("male"),
                yes("major_trauma"),
            ]),
        ),
        (
            "at least a fraction of an integer",
            AtLeast(id("age"), 49.5),
        ),
        (
            "any of mixed tests",
            Any(vec![
                yes("fever"),
                AtLeast(id("duration_weeks"), 6.0),
                Not(Box::new(yes("improving"))),
                Any(vec![sex("female")]),
            ]),
        ),
        (
            "count at least 1",
            CountAtLeast(1, vec![yes("fever"), yes("leg_weakness")]),
        ),
        (
            "count at least all",
            CountAtLeast(2, vec![yes("major_trauma"), AtLeast(id("age"), 60.0)]),
        ),
        (
            "all of one any",
            All(vec![Any(vec![yes("fever"), yes("smoker")])]),
        ),
    ]
}

proptest! {
    #![proptest_config(config(600))]

    #[test]
    fn enable_when_is_exact_for_every_translatable_form(answers in answers_strategy()) {
        let qn = &content().questionnaire;
        let encoded = encode(&answers);
        let mut items = index(questionnaire());
        for (name, condition) in extra_conditions() {
            let when = fhir::enable_when(qn, &condition)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let mut item = json!({ "linkId": "probe", "type": "display" });
            item["enableWhen"] = Value::Array(when.conditions.clone());
            if let Some(b) = when.behavior {
                item["enableBehavior"] = json!(b);
            }
            items.insert("probe".into(), (item, None));
            for ne_when_unanswered in [false, true] {
                let evaluator = Evaluator { items: &items, answers: &encoded, ne_when_unanswered };
                prop_assert_eq!(
                    evaluator.enabled("probe"),
                    condition.holds(&Facts::answers_only(qn, &answers)),
                    "{}: {:?}", name, when
                );
            }
        }
    }
}

#[test]
fn forms_without_an_enable_when_equivalent_are_refused() {
    use Condition::*;
    let qn = &content().questionnaire;
    let yes = |c| Yes(id(c));
    let refused = [
        // "not sure" counts as yes: two entries joined by "any", inside an "all".
        All(vec![yes("saddle_anaesthesia"), AtLeast(id("age"), 50.0)]),
        Any(vec![
            All(vec![yes("fever"), yes("smoker")]),
            yes("major_trauma"),
        ]),
        Not(Box::new(Any(vec![yes("fever"), yes("smoker")]))),
        Not(Box::new(All(vec![yes("fever"), yes("smoker")]))),
        CountAtLeast(2, vec![yes("fever"), yes("smoker"), yes("major_trauma")]),
        Fired(vec![0]),
        All(vec![Not(Box::new(yes("improving"))), yes("fever")]),
    ];
    for condition in refused {
        let e = fhir::enable_when(qn, &condition).expect_err(&format!("{condition:?}"));
        assert!(e.contains("enableWhen") || e.contains("fired"), "{e}");
    }

    // Through the content: a skip rule that cannot be written is an error naming the step.
    let shipped = include_str!("../../content/questionnaire.toml");
    let changed = shipped.replacen(
        "show_when = { yes = \"current_cancer_treatment\" }",
        "show_when = { all = [{ yes = \"current_cancer_treatment\" }, \
         { number = \"age\", at_least = 50 }] }",
        1,
    );
    assert_ne!(changed, shipped);
    let content = Content::load(&ContentFiles {
        questionnaire: &changed,
        ..EMBEDDED
    })
    .expect("the changed questionnaire loads");
    let e = fhir::try_questionnaire(&content).unwrap_err();
    assert!(e.starts_with("step treatment-agent:"), "{e}");
    assert!(e.contains("current_cancer_treatment"), "{e}");
    let panic = std::panic::catch_unwind(|| fhir::questionnaire(&content)).unwrap_err();
    let message = panic.downcast_ref::<String>().unwrap();
    assert!(message.contains("step treatment-agent"), "{message}");
}

// ---- reading responses back ---------------------------------------------------------------------

fn sample_response() -> Value {
    let findings = json!({"age": 58, "sex": "male", "history_of_cancer": true,
        "current_cancer_treatment": "not_sure", "cancer_type": "prostate", "duration_weeks": 2.5,
        "thoracic_location": true, "testicular_swelling": false, "persistent_bloating": true});
    let answers = parse_findings(&content().questionnaire, &findings).unwrap();
    fhir::questionnaire_response(content(), &answers, &assess(content(), &answers), AUTHORED)
}

#[test]
fn answers_from_response_reads_typed_answers_and_refuses_others() {
    let content = content();
    let response = sample_response();
    let back = fhir::answers_from_response(content, &response).unwrap();
    assert_eq!(back.get(id("age")), Some(Answer::Number(58.0)));
    assert_eq!(back.get(id("duration_weeks")), Some(Answer::Number(2.5)));
    assert_eq!(
        back.get(id("current_cancer_treatment")),
        Some(Answer::NotSure)
    );
    assert_eq!(
        back.get(id("cancer_type")),
        question("cancer_type")
            .option_index("prostate")
            .map(Answer::Choice)
    );
    assert_eq!(back.get(id("testicular_swelling")), Some(Answer::No));
    assert!(
        !back.is_answered(id("persistent_bloating")),
        "a question the flow skips for male is left out"
    );
    assert_eq!(back.len(), 8);

    let refused = |change: &dyn Fn(&mut Value), expect: &str| {
        let mut r = response.clone();
        change(&mut r);
        let e = fhir::answers_from_response(content, &r).unwrap_err();
        assert!(e.contains(expect), "expected {expect:?} in {e:?}");
    };
    let with_item =
        |code: &'static str, f: fn(&mut Value)| move |r: &mut Value| f(item_mut(r, code));
    refused(
        &|r| r["questionnaire"] = json!("https://elsewhere/Q|1"),
        "not this content",
    );
    // Another release of this Questionnaire has the same linkIds and codes: it is read.
    let mut other_release = response.clone();
    other_release["questionnaire"] = json!(format!("{}|2000.01.01-1", fhir::QUESTIONNAIRE_URL));
    assert_eq!(
        fhir::answers_from_response(content, &other_release).unwrap(),
        back
    );
    refused(&|r| r["status"] = json!("in-progress"), "status");
    refused(
        &|r| r["resourceType"] = json!("Questionnaire"),
        "resourceType",
    );
    refused(
        &with_item("age", |i| i["answer"] = json!([{ "valueDecimal": 58.5 }])),
        "age: 58.5 must be a whole number",
    );
    refused(
        &with_item("age", |i| i["answer"] = json!([{ "valueString": "58" }])),
        "expected valueInteger or valueDecimal",
    );
    refused(
        &with_item("age", |i| i["answer"] = json!([{ "valueInteger": 150 }])),
        "age: 150 is out of range (18 to 120)",
    );
    refused(
        &with_item("age", |i| i["answer"] = json!([{ "valueInteger": 17 }])),
        "age: 17 is out of range (18 to 120)",
    );
    refused(
        &with_item("duration_weeks", |i| {
            i["answer"] = json!([{ "valueDecimal": -1 }])
        }),
        "duration_weeks: -1 is out of range",
    );
    refused(
        &with_item("history_of_cancer", |i| {
            i["answer"] = json!([{ "valueBoolean": true }])
        }),
        "expected valueCoding",
    );
    refused(
        &with_item(
            "history_of_cancer",
            |i| {
                i["answer"] =
                    json!([{ "valueCoding": { "system": ANSWER_SYSTEM, "code": "not_sure" } }])
            },
        ),
        "not allowed",
    );
    refused(
        &with_item(
            "history_of_cancer",
            |i| {
                i["answer"] =
                    json!([{ "valueCoding": { "system": "http://other", "code": "yes" } }])
            },
        ),
        "system",
    );
    refused(
        &with_item("cancer_type", |i| {
            i["answer"][0]["valueCoding"]["code"] = json!("spleen")
        }),
        "\"spleen\" is not one of",
    );
    refused(
        &with_item("sex", |i| {
            let system = fhir::option_system(question("sex"));
            i["answer"] = json!([
                { "valueCoding": { "system": system, "code": "male" } },
                { "valueCoding": { "system": system, "code": "female" } },
            ])
        }),
        "exactly one answer",
    );
    refused(
        &with_item("age", |i| i["linkId"] = json!("agee")),
        "\"agee\" is not in the questionnaire",
    );
    refused(
        &|r| {
            let copy = item_mut(r, "history_of_cancer").clone();
            r["item"][0]["item"].as_array_mut().unwrap().push(copy);
        },
        "history_of_cancer is answered twice",
    );
    refused(
        &|r| r["item"][0]["linkId"] = json!("nowhere"),
        "\"nowhere\" is not in the questionnaire",
    );

    // Another client's layout is read the same: texts and displays added, the answers taken out
    // of their groups, a question with no answer left as an empty item.
    let mut other_client = response.clone();
    let mut flat = Vec::new();
    for group in other_client["item"].as_array().unwrap() {
        for item in group["item"].as_array().unwrap() {
            let mut item = item.clone();
            item["text"] = json!("shown text");
            if let Some(coding) = item["answer"][0].get_mut("valueCoding") {
                coding["display"] = json!("Yes");
                coding.as_object_mut().unwrap().remove("system");
            }
            flat.push(item);
        }
    }
    flat.push(json!({ "linkId": "fever", "text": "unanswered" }));
    flat.push(json!({ "linkId": "age-help", "text": "an echoed help text" }));
    other_client["item"] = json!(flat);
    assert_eq!(
        fhir::answers_from_response(content, &other_client).unwrap(),
        back
    );
}

/// The question item `code` of a response.
fn item_mut<'a>(response: &'a mut Value, code: &str) -> &'a mut Value {
    response["item"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|group| group["item"].as_array_mut().unwrap().iter_mut())
        .find(|item| item["linkId"] == code)
        .unwrap_or_else(|| panic!("no item {code}"))
}

// ---- the tool -----------------------------------------------------------------------------------

fn run_tool(args: &[&str], stdin: &str) -> (i32, String, String) {
    run(env!("CARGO_BIN_EXE_fhir"), args, stdin)
}

fn run(program: &str, args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run fhir");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn the_tool_prints_the_resources_and_refuses_bad_input_with_status_2() {
    let (code, out, err) = run_tool(&["questionnaire"], "");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("{\n  \"resourceType\": \"Questionnaire\","),
        "{out}"
    );
    assert_eq!(
        &serde_json::from_str::<Value>(&out).unwrap(),
        questionnaire()
    );

    let findings = r#"{"age": 58, "history_of_cancer": true, "thoracic_location": true,
                       "persistent_bloating": true, "sex": "male"}"#;
    let (code, out, err) = run_tool(&["response", "--authored", AUTHORED], findings);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("persistent_bloating is not asked"), "{err}");
    let answers = parse_findings(
        &content().questionnaire,
        &serde_json::from_str(findings).unwrap(),
    )
    .unwrap();
    let expected =
        fhir::questionnaire_response(content(), &answers, &assess(content(), &answers), AUTHORED);
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), expected);
    assert_eq!(
        expected["extension"][0]["extension"][0]["valueCode"],
        "urgent_24h"
    );

    for (args, stdin, message) in [
        (&["response"][..], findings, "--authored"),
        (
            &["response", "--authored", "2026-01-01"],
            findings,
            "not an ISO 8601",
        ),
        (
            &["response", "--authored", AUTHORED],
            "{\"agee\": 1}",
            "unknown code \"agee\"",
        ),
        (
            &["response", "--authored", AUTHORED],
            "not json",
            "not valid JSON",
        ),
        (&["response", "--authored"], findings, "usage"),
        (&[][..], "", "usage"),
        (&["questionnaire", "extra"], "", "usage"),
    ] {
        let (code, out, err) = run_tool(args, stdin);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

// ---- assess --fhir: responses from any client ---------------------------------------------------

/// Answers to every question the person would be asked: the overrides, and otherwise no, the
/// lowest number or the first option (repeated until the asked steps stop changing).
fn complete_answers(overrides: &[(&str, Answer)]) -> Answers {
    let qn = &content().questionnaire;
    let mut answers = Answers::new();
    for _ in 0..qn.steps().len() {
        for step in qn.visible_steps(&answers) {
            for &q in &qn.step(step).questions {
                let question = qn.question(q);
                let given = overrides.iter().find(|(c, _)| *c == question.code);
                let answer = match (given, &question.kind) {
                    (Some((_, a)), _) => *a,
                    (None, QuestionKind::YesNo { .. }) => Answer::No,
                    (None, QuestionKind::Number { min, .. }) => Answer::Number(*min),
                    (None, QuestionKind::Choice { .. }) => Answer::Choice(0),
                };
                if !answers.is_answered(q) {
                    answers.set(q, answer);
                }
            }
        }
    }
    qn.prune(&answers)
}

#[test]
fn a_complete_response_passes_and_a_missing_required_answer_is_named() {
    let content = content();
    let answers = complete_answers(&[("age", Answer::Number(64.0)), ("fever", Answer::Yes)]);
    assert_eq!(fhir::check_complete(content, &answers), Ok(()));
    // An empty form is not self-care: its first required question is named.
    assert_eq!(
        fhir::check_complete(content, &Answers::new()).unwrap_err(),
        "major_trauma is required but has no answer (step serious-injury)"
    );
    for code in ["age", "sex", "fever", "duration_weeks"] {
        let mut partial = answers.clone();
        partial.remove(id(code));
        let e = fhir::check_complete(content, &partial).unwrap_err();
        assert!(e.starts_with(&format!("{code} is required")), "{e}");
    }
    // A checklist box left out counts as no, as in the widget.
    let mut no_box = answers.clone();
    no_box.remove(id("thoracic_location"));
    assert_eq!(fhir::check_complete(content, &no_box), Ok(()));
    // A step that is not asked needs no answer: no cancer history, no cancer type.
    assert!(!answers.is_answered(id("cancer_type")));
}

#[test]
fn assess_reads_a_response_with_fhir_and_refuses_an_incomplete_one() {
    let content = content();
    let answers = complete_answers(&[
        ("age", Answer::Number(67.0)),
        ("history_of_cancer", Answer::Yes),
        ("known_bone_metastases", Answer::NotSure),
        ("night_pain", Answer::Yes),
    ]);
    let response =
        fhir::questionnaire_response(content, &answers, &assess(content, &answers), AUTHORED);
    let findings = engine::findings::to_findings(&content.questionnaire, &answers);
    let assess_bin = env!("CARGO_BIN_EXE_assess");
    let findings = serde_json::Value::Object(findings).to_string();
    let (code, from_findings, err) = run(assess_bin, &["-"], &findings);
    assert_eq!(code, 0, "{err}");
    let (code, from_fhir, err) = run(assess_bin, &["--fhir", "-"], &response.to_string());
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        from_fhir, from_findings,
        "the same advice from the response as from the answers"
    );
    assert!(from_fhir.contains("urgent_24h"), "{from_fhir}");

    let mut missing = response.clone();
    for group in missing["item"].as_array_mut().unwrap() {
        group["item"]
            .as_array_mut()
            .unwrap()
            .retain(|item| item["linkId"] != "duration_weeks");
    }
    let (code, out, err) = run(assess_bin, &["--fhir", "-"], &missing.to_string());
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.contains("duration_weeks is required"), "{err}");

    let mut young = response.clone();
    item_mut(&mut young, "age")["answer"] = json!([{ "valueInteger": 17 }]);
    let (code, _, err) = run(assess_bin, &["--fhir", "-"], &young.to_string());
    assert_eq!(code, 1);
    assert!(err.contains("age: 17 is out of range (18 to 120)"), "{err}");

    let mut older = response.clone();
    older["questionnaire"] = json!(format!("{}|2000.01.01-1", fhir::QUESTIONNAIRE_URL));
    let (code, out, err) = run(assess_bin, &["--fhir", "-"], &older.to_string());
    assert_eq!((code, out), (0, from_findings.clone()), "{err}");
    assert!(
        err.contains("made with content version 2000.01.01-1"),
        "{err}"
    );
    assert_eq!(
        fhir::response_version(&response),
        Some(content.manifest.version.as_str())
    );

    let (code, _, err) = run(assess_bin, &["--fhir"], "");
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
}
