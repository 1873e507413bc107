//! How an answer reads on the check-your-answers page, in "why" lists and in the summary.

use crate::texts::Catalogue;
use engine::questionnaire::{Question, QuestionKind};
use engine::Answer;

pub fn answer_text(texts: &Catalogue, question: &Question, answer: Answer) -> String {
    match answer {
        Answer::Yes => texts.get("answer-yes"),
        Answer::No => texts.get("answer-no"),
        Answer::NotSure => texts.get("answer-not-sure"),
        Answer::Number(value) => {
            let unit = if question.code == "age" {
                "unit-years"
            } else {
                "unit-weeks"
            };
            format!("{} {}", format_number(value), texts.get(unit))
        }
        Answer::Choice(index) => match question.option_value(index) {
            Some(value) => texts.get(&question.option_message_id(value)),
            None => String::new(),
        },
    }
}

/// Whole numbers without a decimal point; others as typed.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// The number question's unit message, for the label suffix.
pub fn unit_message(question: &Question) -> Option<&'static str> {
    match question.kind {
        QuestionKind::Number { .. } if question.code == "age" => Some("unit-years"),
        QuestionKind::Number { .. } => Some("unit-weeks"),
        _ => None,
    }
}
