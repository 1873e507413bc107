//! Findings as JSON (`{"age": 58, "history_of_cancer": true}`): the audit tool's input and
//! output, and the form in which the widget keeps answers across a reload.

use crate::answers::{Answer, Answers};
use crate::questionnaire::{QuestionKind, Questionnaire};
use serde_json::{Map, Value};

/// Why a findings object was refused. Every variant names the code at fault.
#[derive(Clone, Debug, PartialEq)]
pub enum FindingsError {
    NotAnObject,
    UnknownCode(String),
    WrongType {
        code: String,
        expected: &'static str,
    },
    OutOfRange {
        code: String,
        min: f64,
        max: f64,
    },
    NotWhole(String),
    UnknownOption {
        code: String,
        value: String,
        allowed: Vec<String>,
    },
    NotSureNotOffered(String),
}

impl std::fmt::Display for FindingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FindingsError::NotAnObject => {
                write!(f, "findings must be one JSON object of codebook codes")
            }
            FindingsError::UnknownCode(code) => {
                write!(f, "unknown code {code:?}: not in the codebook")
            }
            FindingsError::WrongType { code, expected } => write!(f, "{code}: expected {expected}"),
            FindingsError::OutOfRange { code, min, max } => {
                write!(f, "{code}: must be between {min} and {max}")
            }
            FindingsError::NotWhole(code) => write!(f, "{code}: must be a whole number"),
            FindingsError::UnknownOption {
                code,
                value,
                allowed,
            } => {
                write!(f, "{code}: {value:?} is not one of {}", allowed.join(", "))
            }
            FindingsError::NotSureNotOffered(code) => {
                write!(f, "{code}: \"not_sure\" is not offered for this question")
            }
        }
    }
}

impl std::error::Error for FindingsError {}

/// Reads a findings object. Booleans are `true`/`false` (or `"yes"`, `"no"`, `"not_sure"`
/// where the question offers "not sure"); numbers are JSON numbers; choices are option
/// strings, with `"none"` meaning not answered (codebook convention). `null` means not answered.
pub fn parse_findings(
    questionnaire: &Questionnaire,
    value: &Value,
) -> Result<Answers, FindingsError> {
    let object = value.as_object().ok_or(FindingsError::NotAnObject)?;
    let mut answers = Answers::new();
    for (code, raw) in object {
        let id = questionnaire
            .id(code)
            .ok_or_else(|| FindingsError::UnknownCode(code.clone()))?;
        let question = questionnaire.question(id);
        if raw.is_null() {
            continue;
        }
        let answer = match &question.kind {
            QuestionKind::YesNo { not_sure, .. } => match raw {
                Value::Bool(true) => Answer::Yes,
                Value::Bool(false) => Answer::No,
                Value::String(s) if s == "yes" => Answer::Yes,
                Value::String(s) if s == "no" => Answer::No,
                Value::String(s) if s == "not_sure" && *not_sure => Answer::NotSure,
                Value::String(s) if s == "not_sure" => {
                    return Err(FindingsError::NotSureNotOffered(code.clone()))
                }
                _ => {
                    let expected = if *not_sure {
                        "true, false, \"yes\", \"no\" or \"not_sure\""
                    } else {
                        "true or false"
                    };
                    return Err(FindingsError::WrongType {
                        code: code.clone(),
                        expected,
                    });
                }
            },
            QuestionKind::Number {
                integer, min, max, ..
            } => {
                let v = raw.as_f64().ok_or_else(|| FindingsError::WrongType {
                    code: code.clone(),
                    expected: "a number",
                })?;
                if *integer && v.fract() != 0.0 {
                    return Err(FindingsError::NotWhole(code.clone()));
                }
                if v < *min || v > *max {
                    return Err(FindingsError::OutOfRange {
                        code: code.clone(),
                        min: *min,
                        max: *max,
                    });
                }
                Answer::Number(v)
            }
            QuestionKind::Choice { options } => {
                let s = raw.as_str().ok_or_else(|| FindingsError::WrongType {
                    code: code.clone(),
                    expected: "an option string",
                })?;
                if s == "none" {
                    continue;
                }
                let index =
                    question
                        .option_index(s)
                        .ok_or_else(|| FindingsError::UnknownOption {
                            code: code.clone(),
                            value: s.to_string(),
                            allowed: options.clone(),
                        })?;
                Answer::Choice(index)
            }
        };
        answers.set(id, answer);
    }
    Ok(answers)
}

/// Writes answers as a findings object that [`parse_findings`] reads back unchanged.
pub fn to_findings(questionnaire: &Questionnaire, answers: &Answers) -> Map<String, Value> {
    answers
        .iter()
        .map(|(id, answer)| {
            let question = questionnaire.question(id);
            let value = match answer {
                Answer::Yes => Value::Bool(true),
                Answer::No => Value::Bool(false),
                Answer::NotSure => Value::String("not_sure".into()),
                Answer::Number(v) if v.fract() == 0.0 && v.abs() < 1e15 => Value::from(v as i64),
                Answer::Number(v) => Value::from(v),
                Answer::Choice(i) => {
                    Value::String(question.option_value(i).unwrap_or_default().to_string())
                }
            };
            (question.code.clone(), value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Content;
    use serde_json::json;

    #[test]
    fn reads_every_kind_and_round_trips() {
        let content = Content::embedded();
        let qn = &content.questionnaire;
        let input = json!({"age": 58, "history_of_cancer": true, "fever": false, "saddle_anaesthesia": "not_sure",
                           "cancer_type": "breast", "duration_weeks": 2.5, "treatment_agent": "none"});
        let answers = parse_findings(qn, &input).unwrap();
        assert_eq!(
            answers.get(qn.id("age").unwrap()),
            Some(Answer::Number(58.0))
        );
        assert_eq!(
            answers.get(qn.id("saddle_anaesthesia").unwrap()),
            Some(Answer::NotSure)
        );
        assert!(!answers.is_answered(qn.id("treatment_agent").unwrap()));
        let back = Value::Object(to_findings(qn, &answers));
        assert_eq!(parse_findings(qn, &back).unwrap(), answers);
        assert_eq!(back["age"], json!(58));
        assert_eq!(back["cancer_type"], json!("breast"));
    }

    #[test]
    fn refuses_bad_input_naming_the_code() {
        let content = Content::embedded();
        let qn = &content.questionnaire;
        let err = |v: Value| parse_findings(qn, &v).unwrap_err().to_string();
        assert!(err(json!({"agee": 5})).contains("\"agee\""));
        assert!(err(json!({"age": "old"})).contains("age: expected a number"));
        assert!(err(json!({"age": 58.5})).contains("age: must be a whole number"));
        assert!(err(json!({"age": 500})).contains("age: must be between"));
        assert!(err(json!({"fever": 1})).contains("fever: expected"));
        assert!(err(json!({"major_trauma": "not_sure"}))
            .contains("major_trauma: \"not_sure\" is not offered"));
        assert!(err(json!({"sex": "other"})).contains("sex: \"other\" is not one of female, male"));
        assert!(err(json!([1, 2])).contains("one JSON object"));
    }
}
