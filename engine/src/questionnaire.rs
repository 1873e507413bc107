//! The questionnaire: questions (codebook codes and answer kinds) grouped into steps (screens),
//! with the skip logic that decides which steps a person sees.

use crate::answers::{Answer, Answers};
use crate::condition::{Condition, Facts};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A question, by position in the questionnaire. Only the content loader makes these, so every
/// `QuestionId` refers to a real question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuestionId(pub(crate) u16);

impl QuestionId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What kind of answer a question takes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// Yes or no, optionally "not sure". `reassuring` marks the questions where "yes" is the
    /// less worrying answer (the pain is improving; it has been the same for over a year).
    YesNo { not_sure: bool, reassuring: bool },
    /// A number between `min` and `max` inclusive; `integer` requires a whole number. `unit`
    /// names what is counted (`years`, `weeks`: the message `unit-<unit>` and the FHIR unit);
    /// `below_min` is the message shown for a number below `min`, where that needs more than
    /// the plain range (the age question: this check is for adults).
    Number {
        integer: bool,
        min: f64,
        max: f64,
        unit: String,
        below_min: Option<String>,
    },
    /// One of a fixed list of option values (codebook values such as `male`, `breast`).
    Choice { options: Vec<String> },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub code: String,
    pub kind: QuestionKind,
    /// The step that asks this question.
    pub step: usize,
}

impl Question {
    /// The code with dashes, as used in Fluent message ids (`q-history-of-cancer`).
    pub fn message_id(&self) -> String {
        format!("q-{}", self.code.replace('_', "-"))
    }

    pub fn option_message_id(&self, value: &str) -> String {
        format!(
            "opt-{}-{}",
            self.code.replace('_', "-"),
            value.replace('_', "-")
        )
    }

    pub fn is_reassuring(&self) -> bool {
        matches!(
            self.kind,
            QuestionKind::YesNo {
                reassuring: true,
                ..
            }
        )
    }

    pub fn offers_not_sure(&self) -> bool {
        matches!(self.kind, QuestionKind::YesNo { not_sure: true, .. })
    }

    /// The option index of `value` for a choice question.
    pub fn option_index(&self, value: &str) -> Option<u16> {
        match &self.kind {
            QuestionKind::Choice { options } => {
                options.iter().position(|o| o == value).map(|i| i as u16)
            }
            _ => None,
        }
    }

    pub fn option_value(&self, index: u16) -> Option<&str> {
        match &self.kind {
            QuestionKind::Choice { options } => options.get(index as usize).map(String::as_str),
            _ => None,
        }
    }

    /// Whether `answer` is a valid answer to this question.
    pub fn accepts(&self, answer: Answer) -> bool {
        match (&self.kind, answer) {
            (QuestionKind::YesNo { .. }, Answer::Yes | Answer::No) => true,
            (QuestionKind::YesNo { not_sure, .. }, Answer::NotSure) => *not_sure,
            (
                QuestionKind::Number {
                    integer, min, max, ..
                },
                Answer::Number(v),
            ) => v.is_finite() && v >= *min && v <= *max && (!integer || v.fract() == 0.0),
            (QuestionKind::Choice { options }, Answer::Choice(i)) => (i as usize) < options.len(),
            _ => false,
        }
    }

    /// Reads a number typed by the person. The widget shows the error's message; nothing else
    /// interprets raw text.
    pub fn parse_number(&self, text: &str) -> Result<Answer, NumberError> {
        let QuestionKind::Number {
            integer, min, max, ..
        } = self.kind
        else {
            return Err(NumberError::NotANumberQuestion);
        };
        let text = text.trim();
        if text.is_empty() {
            return Err(NumberError::Missing);
        }
        let value: f64 = text
            .replace(',', ".")
            .parse()
            .map_err(|_| NumberError::NotANumber)?;
        if !value.is_finite() {
            return Err(NumberError::NotANumber);
        }
        if integer && value.fract() != 0.0 {
            return Err(NumberError::NotWhole);
        }
        if value < min {
            return Err(NumberError::TooSmall { min, max });
        }
        if value > max {
            return Err(NumberError::TooLarge { min, max });
        }
        Ok(Answer::Number(value))
    }
}

/// Why typed text is not an acceptable number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberError {
    Missing,
    NotANumber,
    NotWhole,
    TooSmall { min: f64, max: f64 },
    TooLarge { min: f64, max: f64 },
    NotANumberQuestion,
}

/// One screen: a single question, or a checklist of yes/no questions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub id: String,
    pub section: String,
    pub checklist: bool,
    pub questions: Vec<QuestionId>,
    /// When the step is asked; `None` means always.
    pub show_when: Option<Condition>,
}

impl Step {
    pub fn title_message_id(&self) -> String {
        format!("step-{}-title", self.id)
    }

    pub fn why_message_id(&self) -> String {
        format!("step-{}-why", self.id)
    }

    pub fn section_message_id(&self) -> String {
        format!("section-{}", self.section.replace('_', "-"))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub(crate) questions: Vec<Question>,
    pub(crate) steps: Vec<Step>,
    pub(crate) by_code: BTreeMap<String, QuestionId>,
}

impl Questionnaire {
    pub fn questions(&self) -> impl Iterator<Item = (QuestionId, &Question)> {
        self.questions
            .iter()
            .enumerate()
            .map(|(i, q)| (QuestionId(i as u16), q))
    }

    pub fn question(&self, id: QuestionId) -> &Question {
        &self.questions[id.index()]
    }

    /// The question with this codebook code.
    pub fn id(&self, code: &str) -> Option<QuestionId> {
        self.by_code.get(code).copied()
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn step(&self, index: usize) -> &Step {
        &self.steps[index]
    }

    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// Whether the step is asked, given the answers so far.
    pub fn is_visible(&self, step: usize, answers: &Answers) -> bool {
        match &self.steps[step].show_when {
            None => true,
            Some(condition) => condition.holds(&Facts::answers_only(self, answers)),
        }
    }

    /// The steps a person with these answers is asked, in order.
    pub fn visible_steps(&self, answers: &Answers) -> Vec<usize> {
        (0..self.steps.len())
            .filter(|&s| self.is_visible(s, answers))
            .collect()
    }

    /// Whether every question of the step has an answer.
    pub fn is_step_answered(&self, step: usize, answers: &Answers) -> bool {
        self.steps[step]
            .questions
            .iter()
            .all(|&q| answers.is_answered(q))
    }

    /// The answers that count: those to questions on steps the person is (still) asked.
    /// `show_when` only reads earlier steps, so one pass in step order settles visibility.
    pub fn prune(&self, answers: &Answers) -> Answers {
        let mut kept = Answers::new();
        for (index, step) in self.steps.iter().enumerate() {
            if self.is_visible(index, &kept) {
                for &q in &step.questions {
                    if let Some(answer) = answers.get(q) {
                        kept.set(q, answer);
                    }
                }
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use crate::content::Content;
    use crate::questionnaire::NumberError;
    use crate::Answer;

    #[test]
    fn parse_number_reads_and_checks_ranges() {
        let content = Content::embedded();
        let q = content
            .questionnaire
            .question(content.questionnaire.id("age").unwrap());
        assert_eq!(q.parse_number(" 58 "), Ok(Answer::Number(58.0)));
        assert_eq!(q.parse_number(""), Err(NumberError::Missing));
        assert_eq!(q.parse_number("abc"), Err(NumberError::NotANumber));
        assert_eq!(q.parse_number("58.5"), Err(NumberError::NotWhole));
        assert!(matches!(
            q.parse_number("17"),
            Err(NumberError::TooSmall { .. })
        ));
        assert!(matches!(
            q.parse_number("121"),
            Err(NumberError::TooLarge { .. })
        ));
        assert_eq!(q.parse_number("NaN"), Err(NumberError::NotANumber));
        let weeks = content
            .questionnaire
            .question(content.questionnaire.id("duration_weeks").unwrap());
        assert_eq!(weeks.parse_number("2,5"), Ok(Answer::Number(2.5)));
    }

    #[test]
    fn accepts_checks_kind_and_not_sure() {
        let content = Content::embedded();
        let qn = &content.questionnaire;
        let saddle = qn.question(qn.id("saddle_anaesthesia").unwrap());
        let trauma = qn.question(qn.id("major_trauma").unwrap());
        let sex = qn.question(qn.id("sex").unwrap());
        assert!(saddle.accepts(Answer::NotSure));
        assert!(!trauma.accepts(Answer::NotSure));
        assert!(!trauma.accepts(Answer::Number(1.0)));
        assert!(sex.accepts(Answer::Choice(1)));
        assert!(!sex.accepts(Answer::Choice(2)));
        assert_eq!(sex.option_value(1), Some("male"));
        assert_eq!(sex.option_index("female"), Some(0));
    }

    #[test]
    fn prune_drops_answers_to_steps_no_longer_asked() {
        let content = Content::embedded();
        let qn = &content.questionnaire;
        let id = |c| qn.id(c).unwrap();
        let mut answers = crate::Answers::new();
        answers.set(
            id("sex"),
            Answer::Choice(qn.question(id("sex")).option_index("female").unwrap()),
        );
        answers.set(id("testicular_swelling"), Answer::Yes);
        answers.set(id("persistent_bloating"), Answer::Yes);
        let kept = qn.prune(&answers);
        assert!(!kept.is_answered(id("testicular_swelling")));
        assert!(kept.is_answered(id("persistent_bloating")));
        assert!(kept.is_answered(id("sex")));
    }
}
