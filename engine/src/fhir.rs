//! FHIR R4 export: the questionnaire as a `Questionnaire` resource and a person's answers with
//! the advice as a `QuestionnaireResponse` (design note b.6, "FHIR download"), and reading such
//! a response back. Everything is generated from `content/` and the English messages; nothing
//! here is written by hand.
//!
//! # The Questionnaire ([`questionnaire`], [`try_questionnaire`])
//!
//! - `id` [`QUESTIONNAIRE_ID`], `meta.profile` the SDC Questionnaire profile
//!   ([`SDC_QUESTIONNAIRE_PROFILE`]), `url` [`QUESTIONNAIRE_URL`], `version` = the content
//!   version (`content/manifest.toml`), `date` and `lastReviewDate` = the manifest's `reviewed`
//!   date, `status` `active`, `subjectType` `Patient`, `title` = the English `app-title`. No
//!   publisher.
//! - One `group` item per step, in questionnaire order: `linkId` = `step-` + the step id
//!   ([`step_link_id`]; the prefix is needed because FHIR requires every linkId to be unique and
//!   the steps `age`, `improving` and `fever` share their name with their question's code;
//!   codes never contain `-`), `text` = the step's heading (`step-<id>-title`), or for a
//!   one-question screen its section's caption (`section-<section>`), so that no client shows an
//!   empty header. Inside it, one item per question: `linkId` = the codebook code, `text` = the
//!   English question text (`q-<code>`), and `required` for every question on a screen of its
//!   own (the widget insists on an answer; a checklist box left unticked means no).
//! - How to show it (Structured Data Capture extensions): coded items (yes/no and choices) carry
//!   `questionnaire-itemControl` `radio-button` and `questionnaire-choiceOrientation`,
//!   `horizontal` for up to 3 options, otherwise `vertical`. Number items carry
//!   `questionnaire-unit` (UCUM, from the question's `unit`) and one nested `display` item,
//!   `linkId` `<code>-help`, with itemControl `help`: the question's hint, the range it accepts,
//!   and why (`q-<code>-range-why`, such as "adults only").
//! - **Yes/no questions are all `choice` items** (one approach for every yes/no question, so a
//!   reader never has to tell two encodings apart; `boolean` cannot carry "not sure", and a
//!   question without it stays a coded yes/no too): `answerOption` codings `yes` and `no`, plus
//!   `not_sure` where the question offers "Not sure", all in the code system [`ANSWER_SYSTEM`]
//!   (the codes are the findings-JSON strings). Checklist questions are yes/no questions like
//!   any other (ticked = `yes`).
//! - Number questions are `integer` items when the content says `integer`, otherwise `decimal`,
//!   with the range as the standard [`MIN_VALUE_EXTENSION`] / [`MAX_VALUE_EXTENSION`]
//!   extensions (`valueInteger` or `valueDecimal`).
//! - Choice questions are `choice` items whose `answerOption` codings have `code` = the option
//!   value used in findings JSON, in the code system [`option_system`] of that question
//!   (`OPTION_SYSTEM_PREFIX` + code), so that `other` of one question is not `other` of another.
//! - Texts are plain text: Fluent references are resolved and whitespace collapsed. A region
//!   variable (`$emergency_number`, `$emergency_department`, `$urgent_service`, `$gp`) would be
//!   filled with the content's default region pack (UK: 999, A&E, NHS 111, GP); as shipped, no
//!   question text, step heading or option label uses one, so the Questionnaire is region-neutral.
//!   Anything else that cannot be plain text (select expressions, functions) is an error.
//!
//! # Skip logic ([`enable_when`])
//!
//! A step's `show_when` becomes `enableWhen` on the step's group (its questions are enabled with
//! it; in FHIR a disabled group disables its children). The translation is exact, including the
//! engine's reading of "not sure" and of no answer:
//! - `yes` → `= yes`, and also `= not_sure` (with `enableBehavior` `any`) when the question
//!   offers "Not sure" and is a warning sign, because "not sure" counts as yes there. No answer
//!   counts as no, and `=` is false for an unanswered question, so that is exact too.
//! - `at_least` → `>=` the threshold (`answerInteger`, rounded up, for an integer question;
//!   otherwise `answerDecimal`). `is` → `=` the option's coding.
//! - `not` of one of those → `exists = false` OR the opposite test (`= no` [+ `= not_sure` for a
//!   reassuring question]; `<`; `!=`), with `enableBehavior` `any`.
//! - `any` of such tests → all their entries with `enableBehavior` `any`; `all` of tests that
//!   need one entry each → their entries with `enableBehavior` `all`.
//! - Anything else (an `all` inside an `any`, an `any` or a `yes` with "not sure" inside an
//!   `all`, `not` around a list, `count_at_least` other than 1 or all) cannot be written as one
//!   level of `enableWhen`: [`try_questionnaire`] returns an error naming the step.
//!
//! FHIR treats an answer to a disabled item as absent; the engine does the same (answers to
//! steps that are not asked do not count, `Questionnaire::prune`).
//!
//! # The QuestionnaireResponse ([`questionnaire_response`])
//!
//! `status` `completed`, `questionnaire` = `url|version`, `authored` as given, no `subject`,
//! `author`, `source` or any other identifying data. Items are nested in the same step groups;
//! only answered questions that count (those on steps the person is asked) appear, and a group
//! only when it has one. Answers: `valueCoding` (yes/no and choices, same systems and codes as
//! the Questionnaire), `valueInteger` or `valueDecimal`.
//!
//! The advice is one extension on the response, `url` = [`RECOMMENDATION_EXTENSION`], with the
//! nested extensions, in this order:
//!
//! | url | value | how many |
//! | --- | --- | --- |
//! | `urgency` | `valueCode`: the urgency id, such as `urgent_24h` | 1 |
//! | `rule` | `valueString`: a fired rule id, most urgent first | one per fired rule (0..*) |
//! | `rulesHash` | `valueString`: the content's rules hash (SHA-256, hex) | 1 |
//! | `contentVersion` | `valueString`: the content version | 1 |
//!
//! [`answers_from_response`] reads the answers of a response back, from this widget or any other
//! forms client (the advice is not read: `assess` recomputes it), and [`check_complete`] says
//! which required question a response leaves unanswered; `assess --fhir` uses both. [`to_pretty_json`] writes a resource with `resourceType` first;
//! [`is_date_time`] checks an `authored` value. The `fhir` tool (`src/bin/fhir.rs`) prints both
//! resources.

use crate::answers::{Answer, Answers};
use crate::assessment::Assessment;
use crate::condition::Condition;
use crate::content::Content;
use crate::questionnaire::{Question, QuestionKind, Questionnaire, Step};
use crate::report::ENGLISH_MESSAGES;
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The base of every URL this module makes up (not a real server).
pub const BASE_URL: &str = "https://backpain-check.example/fhir";
/// `Questionnaire.id`.
pub const QUESTIONNAIRE_ID: &str = "backpain-red-flag-check";
/// `Questionnaire.url`, the canonical URL (`QuestionnaireResponse.questionnaire` adds `|version`).
pub const QUESTIONNAIRE_URL: &str =
    "https://backpain-check.example/fhir/Questionnaire/backpain-red-flag-check";
/// `Questionnaire.name` (computer-friendly).
pub const QUESTIONNAIRE_NAME: &str = "BackPainRedFlagCheck";
/// The code system of the yes/no answers: codes [`YES`], [`NO`], [`NOT_SURE`].
pub const ANSWER_SYSTEM: &str = "https://backpain-check.example/fhir/CodeSystem/answer";
/// The code system of a choice question's options is this prefix followed by the question code.
pub const OPTION_SYSTEM_PREFIX: &str = "https://backpain-check.example/fhir/CodeSystem/option-";
/// The extension that carries the advice on a response (see the module documentation).
pub const RECOMMENDATION_EXTENSION: &str =
    "https://backpain-check.example/fhir/StructureDefinition/recommendation";
/// Standard FHIR extensions for a number item's range.
pub const MIN_VALUE_EXTENSION: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
pub const MAX_VALUE_EXTENSION: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
/// Structured Data Capture (SDC) extensions that tell a forms client how to show an item.
pub const ITEM_CONTROL_EXTENSION: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
pub const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";
pub const CHOICE_ORIENTATION_EXTENSION: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation";
pub const UNIT_EXTENSION: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
pub const UCUM_SYSTEM: &str = "http://unitsofmeasure.org";
/// The SDC profile the Questionnaire follows (SDC 3.0.0 is the release for FHIR R4).
pub const SDC_QUESTIONNAIRE_PROFILE: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire|3.0.0";
/// Coded items with at most this many options are laid out side by side.
const HORIZONTAL_UP_TO: usize = 3;

pub const YES: &str = "yes";
pub const NO: &str = "no";
pub const NOT_SURE: &str = "not_sure";

/// What a step's group `linkId` starts with (followed by the step id).
pub const STEP_LINK_PREFIX: &str = "step-";

/// The `linkId` of a step's group: `step-<step id>`.
pub fn step_link_id(step: &Step) -> String {
    format!("{STEP_LINK_PREFIX}{}", step.id)
}

/// The code system of a choice question's options.
pub fn option_system(question: &Question) -> String {
    format!("{OPTION_SYSTEM_PREFIX}{}", question.code)
}

/// `Questionnaire.url|version`, the value of `QuestionnaireResponse.questionnaire`.
pub fn canonical(content: &Content) -> String {
    format!("{QUESTIONNAIRE_URL}|{}", content.manifest.version)
}

// ---- Questionnaire ------------------------------------------------------------------------------

/// The Questionnaire for the content. Panics with the message of [`try_questionnaire`] if the
/// content's skip logic cannot be written as `enableWhen` or a text cannot be made plain; the
/// shipped content can (checked by `engine/tests/fhir.rs`).
pub fn questionnaire(content: &Content) -> Value {
    try_questionnaire(content).unwrap_or_else(|e| panic!("no FHIR Questionnaire: {e}"))
}

/// The Questionnaire for the content, or why it cannot be made.
pub fn try_questionnaire(content: &Content) -> Result<Value, String> {
    let texts = Texts::english(&content.regions)?;
    let qn = &content.questionnaire;
    let mut items = Vec::new();
    for step in qn.steps() {
        let mut group = Map::new();
        group.insert("linkId".into(), json!(step_link_id(step)));
        // A checklist's heading, or for a one-question screen its section's caption, so that no
        // client shows an empty header.
        let title = match texts.optional(&step.title_message_id())? {
            Some(title) => title,
            None => texts.get(&step.section_message_id())?,
        };
        group.insert("text".into(), json!(title));
        group.insert("type".into(), json!("group"));
        if let Some(condition) = &step.show_when {
            let when = enable_when(qn, condition).map_err(|e| format!("step {}: {e}", step.id))?;
            when.write_to(&mut group);
        }
        let mut questions = Vec::new();
        for &id in &step.questions {
            // Every question on its own screen needs an answer in the widget; a checklist box
            // left unticked means no.
            questions.push(question_item(qn.question(id), !step.checklist, &texts)?);
        }
        group.insert("item".into(), Value::Array(questions));
        items.push(Value::Object(group));
    }
    let mut out = Map::new();
    out.insert("resourceType".into(), json!("Questionnaire"));
    out.insert("id".into(), json!(QUESTIONNAIRE_ID));
    out.insert(
        "meta".into(),
        json!({ "profile": [SDC_QUESTIONNAIRE_PROFILE] }),
    );
    out.insert("language".into(), json!("en-GB"));
    out.insert("url".into(), json!(QUESTIONNAIRE_URL));
    out.insert("version".into(), json!(content.manifest.version));
    out.insert("name".into(), json!(QUESTIONNAIRE_NAME));
    out.insert("title".into(), json!(texts.get("app-title")?));
    out.insert("status".into(), json!("active"));
    out.insert("subjectType".into(), json!(["Patient"]));
    let reviewed = content.manifest.reviewed.trim();
    if !reviewed.is_empty() {
        if !is_date(reviewed) {
            return Err(format!(
                "manifest.toml: reviewed {reviewed:?} is not a date (YYYY-MM-DD)"
            ));
        }
        out.insert("date".into(), json!(reviewed));
        out.insert("lastReviewDate".into(), json!(reviewed));
    }
    out.insert("item".into(), Value::Array(items));
    Ok(Value::Object(out))
}

fn question_item(question: &Question, required: bool, texts: &Texts) -> Result<Value, String> {
    let mut item = Map::new();
    item.insert("linkId".into(), json!(question.code));
    item.insert("text".into(), json!(texts.get(&question.message_id())?));
    let mut extensions = Vec::new();
    match &question.kind {
        QuestionKind::YesNo { not_sure, .. } => {
            item.insert("type".into(), json!("choice"));
            let mut options = vec![
                answer_option(ANSWER_SYSTEM, YES, &texts.get("answer-yes")?),
                answer_option(ANSWER_SYSTEM, NO, &texts.get("answer-no")?),
            ];
            if *not_sure {
                options.push(answer_option(
                    ANSWER_SYSTEM,
                    NOT_SURE,
                    &texts.get("answer-not-sure")?,
                ));
            }
            extensions.extend(radio_buttons(options.len()));
            item.insert("answerOption".into(), Value::Array(options));
        }
        QuestionKind::Number {
            integer,
            min,
            max,
            unit,
            ..
        } => {
            let (kind, value_key) = number_type(*integer);
            item.insert("type".into(), json!(kind));
            extensions.push(
                json!({ "url": MIN_VALUE_EXTENSION, value_key: number_value(*integer, *min) }),
            );
            extensions.push(
                json!({ "url": MAX_VALUE_EXTENSION, value_key: number_value(*integer, *max) }),
            );
            let ucum = ucum_unit(unit)
                .ok_or_else(|| format!("{}: no UCUM code for the unit {unit:?}", question.code))?;
            extensions.push(json!({ "url": UNIT_EXTENSION, "valueCoding": {
                "system": UCUM_SYSTEM, "code": ucum, "display": texts.get(&format!("unit-{unit}"))?,
            } }));
            item.insert(
                "item".into(),
                json!([help_item(question, *integer, *min, *max, texts)?]),
            );
        }
        QuestionKind::Choice { options } => {
            item.insert("type".into(), json!("choice"));
            let system = option_system(question);
            let options = options
                .iter()
                .map(|o| {
                    Ok(answer_option(
                        &system,
                        o,
                        &texts.get(&question.option_message_id(o))?,
                    ))
                })
                .collect::<Result<Vec<_>, String>>()?;
            extensions.extend(radio_buttons(options.len()));
            item.insert("answerOption".into(), Value::Array(options));
        }
    }
    if required {
        item.insert("required".into(), json!(true));
    }
    item.insert("extension".into(), Value::Array(extensions));
    Ok(Value::Object(item))
}

/// SDC: show a coded item as radio buttons, side by side when there are few options.
fn radio_buttons(options: usize) -> Vec<Value> {
    let mut out = vec![
        json!({ "url": ITEM_CONTROL_EXTENSION, "valueCodeableConcept": {
        "coding": [{ "system": ITEM_CONTROL_SYSTEM, "code": "radio-button", "display": "Radio Button" }],
    } }),
    ];
    let orientation = if options <= HORIZONTAL_UP_TO {
        "horizontal"
    } else {
        "vertical"
    };
    out.push(json!({ "url": CHOICE_ORIENTATION_EXTENSION, "valueCode": orientation }));
    out
}

/// The UCUM code of a unit named in `questionnaire.toml`.
fn ucum_unit(unit: &str) -> Option<&'static str> {
    match unit {
        "years" => Some("a"),
        "months" => Some("mo"),
        "weeks" => Some("wk"),
        "days" => Some("d"),
        _ => None,
    }
}

/// The help shown beside a number question (SDC `help` item control): its hint, the range it
/// accepts, and why the range, where the content says (`q-<code>-range-why`).
fn help_item(
    question: &Question,
    integer: bool,
    min: f64,
    max: f64,
    texts: &Texts,
) -> Result<Value, String> {
    let range_id = if integer {
        "help-number-range-whole"
    } else {
        "help-number-range"
    };
    let range = texts.get_with(
        range_id,
        &[("min", number_text(min)), ("max", number_text(max))],
    )?;
    let parts = [
        texts.optional(&format!("{}-hint", question.message_id()))?,
        Some(range),
        texts.optional(&format!("{}-range-why", question.message_id()))?,
    ];
    let text = parts.into_iter().flatten().collect::<Vec<_>>().join(" ");
    Ok(json!({
        "linkId": format!("{}-help", question.code),
        "text": text,
        "type": "display",
        "extension": [{ "url": ITEM_CONTROL_EXTENSION, "valueCodeableConcept": {
            "coding": [{ "system": ITEM_CONTROL_SYSTEM, "code": "help", "display": "Help-Button" }],
        } }],
    }))
}

fn number_text(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn answer_option(system: &str, code: &str, display: &str) -> Value {
    json!({ "valueCoding": { "system": system, "code": code, "display": display } })
}

/// The item type and the `value[x]` / `answer[x]` suffix of a number question.
fn number_type(integer: bool) -> (&'static str, &'static str) {
    if integer {
        ("integer", "valueInteger")
    } else {
        ("decimal", "valueDecimal")
    }
}

fn number_value(integer: bool, v: f64) -> Value {
    if integer {
        json!(v as i64)
    } else {
        json!(v)
    }
}

// ---- enableWhen ---------------------------------------------------------------------------------

/// A condition written as FHIR `enableWhen` entries and the `enableBehavior` that combines them
/// (`None` when there is a single entry).
#[derive(Clone, Debug, PartialEq)]
pub struct EnableWhen {
    pub conditions: Vec<Value>,
    pub behavior: Option<&'static str>,
}

impl EnableWhen {
    fn write_to(self, item: &mut Map<String, Value>) {
        if self.conditions.is_empty() {
            return;
        }
        item.insert("enableWhen".into(), Value::Array(self.conditions));
        if let Some(behavior) = self.behavior {
            item.insert("enableBehavior".into(), json!(behavior));
        }
    }
}

/// Translates a skip-logic condition into `enableWhen` (see the module documentation), or says
/// why it cannot be.
pub fn enable_when(qn: &Questionnaire, condition: &Condition) -> Result<EnableWhen, String> {
    let wrap = |conditions: Vec<Value>, behavior: &'static str| {
        let behavior = (conditions.len() > 1).then_some(behavior);
        EnableWhen {
            conditions,
            behavior,
        }
    };
    match conjunction(qn, condition) {
        Ok(all) => Ok(wrap(all, "all")),
        Err(all_error) => match disjunction(qn, condition) {
            Ok(any) if !any.is_empty() => Ok(wrap(any, "any")),
            Ok(_) => Err("a condition that never holds cannot be written as enableWhen".into()),
            Err(any_error) => Err(format!(
                "has no one-level enableWhen form ({any_error}; as \"all\": {all_error})"
            )),
        },
    }
}

/// Entries that ALL hold exactly when `condition` holds.
fn conjunction(qn: &Questionnaire, condition: &Condition) -> Result<Vec<Value>, String> {
    match condition {
        Condition::All(parts) => {
            let mut out = Vec::new();
            for part in parts {
                out.extend(conjunction(qn, part)?);
            }
            Ok(out)
        }
        Condition::CountAtLeast(n, parts) if *n == parts.len() => {
            conjunction(qn, &Condition::All(parts.clone()))
        }
        other => {
            let any = disjunction(qn, other)?;
            if any.len() == 1 {
                Ok(any)
            } else {
                Err(format!(
                    "{} needs {} enableWhen entries joined by \"any\" inside an \"all\"",
                    describe(qn, other),
                    any.len()
                ))
            }
        }
    }
}

/// Entries of which ANY holds exactly when `condition` holds.
fn disjunction(qn: &Questionnaire, condition: &Condition) -> Result<Vec<Value>, String> {
    match condition {
        Condition::Yes(q) => {
            let question = qn.question(*q);
            yes_no(question)?;
            let mut out = vec![coding_entry(question, "=", ANSWER_SYSTEM, YES)];
            if question.offers_not_sure() && !question.is_reassuring() {
                out.push(coding_entry(question, "=", ANSWER_SYSTEM, NOT_SURE));
            }
            Ok(out)
        }
        Condition::AtLeast(q, threshold) => {
            Ok(vec![number_entry(qn.question(*q), ">=", *threshold)?])
        }
        Condition::Is(q, option) => {
            let question = qn.question(*q);
            let value = question
                .option_value(*option)
                .ok_or_else(|| format!("{} has no option {option}", question.code))?;
            Ok(vec![coding_entry(
                question,
                "=",
                &option_system(question),
                value,
            )])
        }
        Condition::Not(inner) => negation(qn, inner),
        Condition::Any(parts) => {
            let mut out = Vec::new();
            for part in parts {
                out.extend(disjunction(qn, part)?);
            }
            Ok(out)
        }
        Condition::CountAtLeast(1, parts) => disjunction(qn, &Condition::Any(parts.clone())),
        Condition::All(parts) if parts.len() == 1 => disjunction(qn, &parts[0]),
        Condition::All(_) => Err(format!(
            "{} has several parts inside an \"any\"",
            describe(qn, condition)
        )),
        Condition::CountAtLeast(..) => {
            Err("count_at_least (other than 1 or all of the list) has no enableWhen form".into())
        }
        Condition::Fired(_) => Err("`fired` reads rules, not answers".into()),
    }
}

/// Entries of which ANY holds exactly when `inner` does not hold. Unanswered counts as no, so
/// `exists = false` is always one of them.
fn negation(qn: &Questionnaire, inner: &Condition) -> Result<Vec<Value>, String> {
    let unanswered = |question: &Question| {
        json!({
            "question": question.code,
            "operator": "exists",
            "answerBoolean": false,
        })
    };
    match inner {
        Condition::Not(twice) => disjunction(qn, twice),
        Condition::Yes(q) => {
            let question = qn.question(*q);
            yes_no(question)?;
            let mut out = vec![
                unanswered(question),
                coding_entry(question, "=", ANSWER_SYSTEM, NO),
            ];
            if question.offers_not_sure() && question.is_reassuring() {
                out.push(coding_entry(question, "=", ANSWER_SYSTEM, NOT_SURE));
            }
            Ok(out)
        }
        Condition::AtLeast(q, threshold) => {
            let question = qn.question(*q);
            Ok(vec![
                unanswered(question),
                number_entry(question, "<", *threshold)?,
            ])
        }
        Condition::Is(q, option) => {
            let question = qn.question(*q);
            let value = question
                .option_value(*option)
                .ok_or_else(|| format!("{} has no option {option}", question.code))?;
            // Whatever "!=" means for an unanswered question, `exists = false` covers that case.
            Ok(vec![
                unanswered(question),
                coding_entry(question, "!=", &option_system(question), value),
            ])
        }
        other => Err(format!(
            "`not` around {} has no enableWhen form",
            describe(qn, other)
        )),
    }
}

fn yes_no(question: &Question) -> Result<(), String> {
    match question.kind {
        QuestionKind::YesNo { .. } => Ok(()),
        _ => Err(format!("{} is not a yes/no question", question.code)),
    }
}

fn coding_entry(question: &Question, operator: &str, system: &str, code: &str) -> Value {
    json!({
        "question": question.code,
        "operator": operator,
        "answerCoding": { "system": system, "code": code },
    })
}

fn number_entry(question: &Question, operator: &str, threshold: f64) -> Result<Value, String> {
    let QuestionKind::Number { integer, .. } = question.kind else {
        return Err(format!("{} is not a number question", question.code));
    };
    if !threshold.is_finite() {
        return Err(format!("{}: the threshold is not a number", question.code));
    }
    // For whole numbers, "at least 49.5" is "at least 50" (and "below 49.5" is "below 50").
    let answer = if integer {
        json!({ "answerInteger": threshold.ceil() as i64 })
    } else {
        json!({ "answerDecimal": threshold })
    };
    let mut entry = json!({ "question": question.code, "operator": operator });
    entry
        .as_object_mut()
        .expect("an object")
        .extend(answer.as_object().expect("an object").clone());
    Ok(entry)
}

/// A short description of a condition for error messages.
fn describe(qn: &Questionnaire, condition: &Condition) -> String {
    let code = |q| qn.question(q).code.clone();
    match condition {
        Condition::Yes(q) => format!("`yes = {}`", code(*q)),
        Condition::AtLeast(q, t) => format!("`{} at_least {t}`", code(*q)),
        Condition::Is(q, o) => format!("`{} is #{o}`", code(*q)),
        Condition::Not(_) => "a `not`".into(),
        Condition::All(_) => "an `all`".into(),
        Condition::Any(_) => "an `any`".into(),
        Condition::CountAtLeast(n, _) => format!("`count_at_least = {n}`"),
        Condition::Fired(_) => "`fired`".into(),
    }
}

// ---- QuestionnaireResponse ----------------------------------------------------------------------

/// The response for these answers and their advice. `assessment` must be
/// `engine::assess(content, answers)`; `authored` is written as given (an ISO 8601 date-time
/// with a time zone; see [`is_date_time`]). Only answers that count are written.
pub fn questionnaire_response(
    content: &Content,
    answers: &Answers,
    assessment: &Assessment,
    authored: &str,
) -> Value {
    debug_assert_eq!(
        assessment,
        &crate::assess(content, answers),
        "the assessment is not that of these answers"
    );
    let qn = &content.questionnaire;
    let counted = qn.prune(answers);
    let mut groups = Vec::new();
    for step in qn.steps() {
        let items: Vec<Value> = step
            .questions
            .iter()
            .filter_map(|&id| {
                counted.get(id).map(|answer| {
                    json!({
                        "linkId": qn.question(id).code,
                        "answer": [answer_value(qn.question(id), answer)],
                    })
                })
            })
            .collect();
        if !items.is_empty() {
            groups.push(json!({ "linkId": step_link_id(step), "item": items }));
        }
    }
    let mut advice = vec![json!({ "url": "urgency", "valueCode": assessment.urgency.as_str() })];
    advice.extend(
        assessment
            .rule_ids(content)
            .map(|id| json!({ "url": "rule", "valueString": id })),
    );
    advice.push(json!({ "url": "rulesHash", "valueString": content.rules_hash }));
    advice.push(json!({ "url": "contentVersion", "valueString": content.manifest.version }));

    let mut out = Map::new();
    out.insert("resourceType".into(), json!("QuestionnaireResponse"));
    out.insert(
        "extension".into(),
        json!([{ "url": RECOMMENDATION_EXTENSION, "extension": advice }]),
    );
    out.insert("questionnaire".into(), json!(canonical(content)));
    out.insert("status".into(), json!("completed"));
    out.insert("authored".into(), json!(authored));
    if !groups.is_empty() {
        out.insert("item".into(), Value::Array(groups));
    }
    Value::Object(out)
}

/// One `answer` entry, typed as the Questionnaire item.
fn answer_value(question: &Question, answer: Answer) -> Value {
    match (&question.kind, answer) {
        (_, Answer::Yes) => json!({ "valueCoding": { "system": ANSWER_SYSTEM, "code": YES } }),
        (_, Answer::No) => json!({ "valueCoding": { "system": ANSWER_SYSTEM, "code": NO } }),
        (_, Answer::NotSure) => {
            json!({ "valueCoding": { "system": ANSWER_SYSTEM, "code": NOT_SURE } })
        }
        (QuestionKind::Number { integer, .. }, Answer::Number(v)) => {
            let (_, key) = number_type(*integer);
            json!({ key: number_value(*integer, v) })
        }
        (_, Answer::Number(v)) => json!({ "valueDecimal": v }),
        (_, Answer::Choice(i)) => json!({ "valueCoding": {
            "system": option_system(question),
            "code": question.option_value(i).unwrap_or_default(),
        } }),
    }
}

/// Reads the answers of a QuestionnaireResponse to this Questionnaire, from this widget or any
/// other FHIR forms client (LHC-Forms, say). What the form says is read strictly; how the client
/// lays it out is not:
///
/// - `questionnaire`, when given, must be this Questionnaire's URL (any version: the codes and
///   linkIds of every release are compatible); `status` must be `completed` or `amended`;
/// - question items are found by `linkId` at any depth, inside their step's group or not, and
///   `text`, `display` and other presentation keys are ignored; group and other items must have
///   a `linkId` of this Questionnaire;
/// - each question has exactly one answer: a `valueCoding` whose `code` is one of the item's
///   options (and whose `system`, if given, is the item's), or for a number `valueInteger` or
///   `valueDecimal` (a whole one for a whole-number question) within the item's range. Anything
///   else is an error naming the `linkId`.
///
/// Answers to questions on steps that are not asked are read but do not count (`assess` prunes
/// them). A missing answer is not an error here: [`check_complete`] says which required
/// questions are unanswered. The advice extension is not read (`assess` recomputes it).
pub fn answers_from_response(content: &Content, response: &Value) -> Result<Answers, String> {
    let qn = &content.questionnaire;
    let object = response
        .as_object()
        .ok_or("a response must be a JSON object")?;
    if object.get("resourceType").and_then(Value::as_str) != Some("QuestionnaireResponse") {
        return Err("resourceType must be \"QuestionnaireResponse\"".into());
    }
    if let Some(q) = object.get("questionnaire") {
        let q = q.as_str().ok_or("questionnaire must be a string")?;
        let url = q.split('|').next().unwrap_or_default();
        if url != QUESTIONNAIRE_URL {
            return Err(format!(
                "the response answers {q:?}, not this content's {:?}",
                canonical(content)
            ));
        }
    }
    match object.get("status").and_then(Value::as_str) {
        Some("completed" | "amended") => {}
        other => return Err(format!("status must be \"completed\", not {other:?}")),
    }
    let mut answers = Answers::new();
    if let Some(items) = object.get("item") {
        read_items(qn, items, &mut answers)?;
    }
    Ok(answers)
}

/// Reads a list of response items, and their nested items, into `answers`.
fn read_items(qn: &Questionnaire, items: &Value, answers: &mut Answers) -> Result<(), String> {
    for item in items.as_array().ok_or("item must be a list")? {
        let link = link_id(item)?;
        let Some(id) = qn.id(link) else {
            let is_step = link
                .strip_prefix(STEP_LINK_PREFIX)
                .is_some_and(|step| qn.step_index(step).is_some());
            // A client may echo a number question's help text (`<code>-help`, a display item).
            let is_help = link
                .strip_suffix("-help")
                .and_then(|code| qn.id(code))
                .is_some_and(|q| matches!(qn.question(q).kind, QuestionKind::Number { .. }));
            if is_help && item.get("answer").is_none() {
                continue;
            }
            if !is_step {
                return Err(format!("item {link:?} is not in the questionnaire"));
            }
            if item.get("answer").is_some() {
                return Err(format!("group {link:?} cannot have an answer"));
            }
            if let Some(nested) = item.get("item") {
                read_items(qn, nested, answers)?;
            }
            continue;
        };
        if answers.is_answered(id) {
            return Err(format!("{link} is answered twice"));
        }
        let question = qn.question(id);
        let values = item
            .get("answer")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        match values {
            [] => continue,
            [value] => {
                let answer = read_answer(question, value)?;
                if !question.accepts(answer) {
                    return Err(format!(
                        "{link}: the answer is not allowed for this question"
                    ));
                }
                answers.set(id, answer);
            }
            _ => return Err(format!("{link} must have exactly one answer")),
        }
    }
    Ok(())
}

/// The version of this Questionnaire a response names (`questionnaire` = `url|version`), if it
/// names one. Any version is read; a caller may tell the reader when it is not the current one.
pub fn response_version(response: &Value) -> Option<&str> {
    let canonical = response.get("questionnaire")?.as_str()?;
    canonical.strip_prefix(QUESTIONNAIRE_URL)?.strip_prefix('|')
}

/// The questions a response must answer: on every step that is asked (given its answers), each
/// question on a screen of its own (checklist boxes left out count as no, as in the widget).
/// Fails naming the first unanswered one.
pub fn check_complete(content: &Content, answers: &Answers) -> Result<(), String> {
    let qn = &content.questionnaire;
    let counted = qn.prune(answers);
    for step in qn.visible_steps(&counted) {
        let step = qn.step(step);
        if step.checklist {
            continue;
        }
        for &q in &step.questions {
            if !counted.is_answered(q) {
                return Err(format!(
                    "{} is required but has no answer (step {})",
                    qn.question(q).code,
                    step.id
                ));
            }
        }
    }
    Ok(())
}

fn link_id(item: &Value) -> Result<&str, String> {
    item.get("linkId")
        .and_then(Value::as_str)
        .ok_or_else(|| "an item has no linkId".to_string())
}

fn read_answer(question: &Question, value: &Value) -> Result<Answer, String> {
    let code = &question.code;
    let object = value
        .as_object()
        .ok_or_else(|| format!("{code}: an answer must be an object"))?;
    let values: Vec<(&String, &Value)> = object
        .iter()
        .filter(|(k, _)| k.starts_with("value"))
        .collect();
    let [(key, v)] = values.as_slice() else {
        return Err(format!("{code}: an answer must have exactly one value[x]"));
    };
    let coding = |system: &str| -> Result<&str, String> {
        if key.as_str() != "valueCoding" {
            return Err(format!("{code}: expected valueCoding, not {key}"));
        }
        match v.get("system") {
            None => {}
            Some(s) if s.as_str() == Some(system) => {}
            Some(_) => return Err(format!("{code}: the coding's system must be {system}")),
        }
        v.get("code")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{code}: the coding has no code"))
    };
    match &question.kind {
        QuestionKind::YesNo { .. } => match coding(ANSWER_SYSTEM)? {
            YES => Ok(Answer::Yes),
            NO => Ok(Answer::No),
            NOT_SURE => Ok(Answer::NotSure),
            other => Err(format!("{code}: unknown answer code {other:?}")),
        },
        QuestionKind::Number {
            integer, min, max, ..
        } => {
            let number = match key.as_str() {
                "valueInteger" => v.as_i64().map(|i| i as f64),
                "valueDecimal" => v.as_f64(),
                _ => {
                    return Err(format!(
                        "{code}: expected valueInteger or valueDecimal, not {key}"
                    ))
                }
            }
            .ok_or_else(|| format!("{code}: {key} must be a number"))?;
            if *integer && number.fract() != 0.0 {
                return Err(format!("{code}: {number} must be a whole number"));
            }
            if !(number >= *min && number <= *max) {
                return Err(format!(
                    "{code}: {} is out of range ({} to {})",
                    number_text(number),
                    number_text(*min),
                    number_text(*max)
                ));
            }
            Ok(Answer::Number(number))
        }
        QuestionKind::Choice { options } => {
            let value = coding(&option_system(question))?;
            question
                .option_index(value)
                .map(Answer::Choice)
                .ok_or_else(|| format!("{code}: {value:?} is not one of {}", options.join(", ")))
        }
    }
}

// ---- output -------------------------------------------------------------------------------------

/// Pretty JSON text of a resource with `resourceType` as the first property, as FHIR JSON
/// is conventionally written (`serde_json::Value` otherwise sorts the keys).
pub fn to_pretty_json(resource: &Value) -> String {
    struct ResourceFirst<'a>(&'a Map<String, Value>);
    impl serde::Serialize for ResourceFirst<'_> {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            if let Some(kind) = self.0.get("resourceType") {
                map.serialize_entry("resourceType", kind)?;
            }
            for (key, value) in self.0.iter().filter(|(k, _)| *k != "resourceType") {
                map.serialize_entry(key, value)?;
            }
            map.end()
        }
    }
    let text = match resource.as_object() {
        Some(object) => serde_json::to_string_pretty(&ResourceFirst(object)),
        None => serde_json::to_string_pretty(resource),
    };
    text.expect("a JSON value always serialises")
}

// ---- dates --------------------------------------------------------------------------------------

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    digits(y, 4)
        && digits(m, 2)
        && digits(d, 2)
        && (1..=12).contains(&m.parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&d.parse::<u8>().unwrap_or(0))
}

/// Whether `s` is a full ISO 8601 / FHIR `dateTime` to the second with a time zone, such as
/// `2026-01-01T09:30:00Z` or `2026-01-01T09:30:00.5+01:00` (what `authored` should be).
pub fn is_date_time(s: &str) -> bool {
    let Some((date, time)) = s.split_once('T') else {
        return false;
    };
    let (clock, zone) = if let Some(clock) = time.strip_suffix('Z') {
        (clock, None)
    } else if time.len() > 6 && matches!(time.as_bytes()[time.len() - 6], b'+' | b'-') {
        let (clock, zone) = time.split_at(time.len() - 6);
        (clock, Some(&zone[1..]))
    } else {
        return false;
    };
    let (clock, fraction) = match clock.split_once('.') {
        Some((c, f)) => (c, Some(f)),
        None => (clock, None),
    };
    let hms: Vec<&str> = clock.split(':').collect();
    let zone_ok = zone.is_none_or(|z| {
        let hm: Vec<&str> = z.split(':').collect();
        matches!(hm.as_slice(), [h, m] if digits(h, 2) && digits(m, 2)
            && (h.parse::<u8>().unwrap_or(99) <= 13 && m.parse::<u8>().unwrap_or(99) <= 59
                || z == "14:00"))
    });
    is_date(date)
        && matches!(hms.as_slice(), [h, m, sec] if digits(h, 2) && digits(m, 2) && digits(sec, 2)
            && h.parse::<u8>().unwrap_or(99) <= 23 && m.parse::<u8>().unwrap_or(99) <= 59
            && sec.parse::<u8>().unwrap_or(99) <= 60)
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        && zone_ok
}

// ---- texts --------------------------------------------------------------------------------------

/// The English messages as plain text, region variables filled from one region pack.
struct Texts<'a> {
    patterns: BTreeMap<String, Pattern<&'a str>>,
    variables: BTreeMap<&'static str, String>,
}

impl Texts<'static> {
    fn english(regions: &crate::regions::Regions) -> Result<Self, String> {
        let region = crate::report::english_region_variables(regions, regions.default_id())?;
        Texts::parse(&ENGLISH_MESSAGES, &region)
    }
}

impl<'a> Texts<'a> {
    fn parse(sources: &[&'a str], region: &[(&'static str, String)]) -> Result<Self, String> {
        let patterns = crate::report::message_patterns(sources)?;
        let variables = region.iter().cloned().collect();
        Ok(Texts {
            patterns,
            variables,
        })
    }

    fn get(&self, id: &str) -> Result<String, String> {
        self.optional(id)?
            .ok_or_else(|| format!("message {id} is missing from content/locales/en"))
    }

    /// A message with variables of its own (such as `$min`) as well as the region's.
    fn get_with(&self, id: &str, extra: &[(&'static str, String)]) -> Result<String, String> {
        let mut variables = self.variables.clone();
        variables.extend(extra.iter().cloned());
        let texts = Texts {
            patterns: self.patterns.clone(),
            variables,
        };
        texts.get(id)
    }

    fn optional(&self, id: &str) -> Result<Option<String>, String> {
        let Some(pattern) = self.patterns.get(id) else {
            return Ok(None);
        };
        let mut out = String::new();
        self.pattern(pattern, &mut out, 0)
            .map_err(|e| format!("message {id}: {e}"))?;
        Ok(Some(out.split_whitespace().collect::<Vec<_>>().join(" ")))
    }

    fn pattern(
        &self,
        pattern: &Pattern<&str>,
        out: &mut String,
        depth: usize,
    ) -> Result<(), String> {
        if depth > 8 {
            return Err("references nest too deeply".into());
        }
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => {
                    let Expression::Inline(inline) = expression else {
                        return Err("a select expression cannot be plain text".into());
                    };
                    self.inline(inline, out, depth)?;
                }
            }
        }
        Ok(())
    }

    fn inline(
        &self,
        inline: &InlineExpression<&str>,
        out: &mut String,
        depth: usize,
    ) -> Result<(), String> {
        match inline {
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => out.push_str(value),
            InlineExpression::VariableReference { id } => out.push_str(
                self.variables
                    .get(id.name)
                    .ok_or_else(|| format!("${} is not a region variable", id.name))?,
            ),
            InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                let p = self
                    .patterns
                    .get(id.name)
                    .ok_or_else(|| format!("unknown message {}", id.name))?;
                self.pattern(p, out, depth + 1)?;
            }
            InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => {
                let p = self
                    .patterns
                    .get(&format!("-{}", id.name))
                    .ok_or_else(|| format!("unknown term -{}", id.name))?;
                self.pattern(p, out, depth + 1)?;
            }
            InlineExpression::Placeable { expression } => match &**expression {
                Expression::Inline(inner) => self.inline(inner, out, depth)?,
                Expression::Select { .. } => {
                    return Err("a select expression cannot be plain text".into())
                }
            },
            _ => return Err("a function or attribute reference cannot be plain text".into()),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_fill_region_variables_and_refuse_what_is_not_plain_text() {
        let content = Content::embedded();
        let uk = crate::report::english_region_variables(&content.regions, "uk").unwrap();
        let texts = Texts::parse(
            &[
                "-brand = Tool\na = Call { $emergency_number }  ({ -brand })\nb = { $name }\n\
               c = { $gp ->\n *[x] y\n }\n",
            ],
            &uk,
        )
        .unwrap();
        assert_eq!(texts.get("a").unwrap(), "Call 999 (Tool)");
        assert!(texts.get("b").unwrap_err().contains("$name"));
        assert!(texts.get("c").unwrap_err().contains("select"));
        assert!(texts.get("d").unwrap_err().contains("missing"));
        assert_eq!(texts.optional("d"), Ok(None));
    }

    #[test]
    fn date_times_need_seconds_and_a_zone() {
        for ok in [
            "2026-01-01T00:00:00Z",
            "2026-12-31T23:59:60.123+01:00",
            "2026-06-01T09:30:00-05:00",
            "2026-06-01T09:30:00+14:00",
        ] {
            assert!(is_date_time(ok), "{ok}");
        }
        for bad in [
            "2026-01-01",
            "2026-01-01T00:00Z",
            "2026-01-01T00:00:00",
            "2026-13-01T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01T00:00:00.Z",
            "2026-01-01T00:00:00+1:00",
            "2026-01-01T00:00:00+15:00",
            "yesterday",
            "",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
        assert!(is_date("2026-11-21"));
        assert!(!is_date("2026-11-32"));
        assert!(!is_date("26-11-21"));
    }
}
