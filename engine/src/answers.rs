//! What the person told us: one typed answer per question, keyed by question.

use crate::questionnaire::QuestionId;
use std::collections::BTreeMap;

/// One answer. Its shape follows the question's kind: yes/no questions get `Yes`, `No` or
/// `NotSure`; number questions get `Number`; choice questions get the index of an option.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    Yes,
    No,
    NotSure,
    Number(f64),
    Choice(u16),
}

/// The answers given so far. A question with no entry was not answered; for yes/no questions
/// that means "no" (codebook convention), which the rules get for free because they only ever
/// test that a warning sign is present.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    values: BTreeMap<QuestionId, Answer>,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, question: QuestionId) -> Option<Answer> {
        self.values.get(&question).copied()
    }

    pub fn is_answered(&self, question: QuestionId) -> bool {
        self.values.contains_key(&question)
    }

    /// Sets an answer. Callers are expected to have checked it against the question's kind
    /// (`Questionnaire::accepts`); the flow and the findings reader both do.
    pub fn set(&mut self, question: QuestionId, answer: Answer) {
        self.values.insert(question, answer);
    }

    pub fn remove(&mut self, question: QuestionId) {
        self.values.remove(&question);
    }

    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, Answer)> + '_ {
        self.values.iter().map(|(q, a)| (*q, *a))
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

impl FromIterator<(QuestionId, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (QuestionId, Answer)>>(iter: I) -> Self {
        Answers {
            values: iter.into_iter().collect(),
        }
    }
}
