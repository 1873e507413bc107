//! How an answer reads on the check-your-answers page, in "why" lists and in the summary.

use crate::texts::Catalogue;
use engine::questionnaire::{Question, QuestionKind};
use engine::Answer;

pub fn answer_text(texts: &Catalogue, question: &Question, answer: Answer) -> String {
    match answer {
        Answer::Yes => texts.get("answer-yes"),
        Answer::No => texts.get("answer-no"),
        Answer::NotSure => texts.get("answer-not-sure"),
        Answer::Number(value) => match unit_message(question) {
            Some(unit) => format!("{} {}", format_number(value), texts.get(&unit)),
            None => format_number(value),
        },
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

/// The number question's unit message (`unit-<unit>`), for the label suffix.
pub fn unit_message(question: &Question) -> Option<String> {
    match &question.kind {
        QuestionKind::Number { unit, .. } => Some(format!("unit-{unit}")),
        _ => None,
    }
}
