//! Warning-sign floors (`content/floors.toml`): for every answer that is a warning sign, the
//! least urgent advice it can ever lead to, and the rule that gives it.
//!
//! The floors are not a second way of deciding the advice: each names a rule, and the advice is
//! still the most urgent fired rule. They are a reviewed promise about the rules, which the
//! loader checks in form (every warning sign has one, never self-care, the rule matches) and
//! `engine/tests/floors.rs` proves over every answer.

use crate::questionnaire::QuestionId;
use crate::urgency::Urgency;
use serde::{Deserialize, Serialize};

/// One floor: whenever `sign` counts (a yes or "not sure", or a number at least `at_least`) and
/// the age is at least `from_age` (when given), the advice is at least `urgency`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Floor {
    pub sign: QuestionId,
    /// For a number question: the value from which it is a warning sign.
    pub at_least: Option<f64>,
    /// A higher floor that holds only from this age.
    pub from_age: Option<f64>,
    pub urgency: Urgency,
    /// Index of the rule that gives the floor (its why-text and sources are the floor's).
    pub rule: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Floors {
    pub(crate) floors: Vec<Floor>,
    /// Yes/no questions that are not warning signs on their own.
    pub(crate) context: Vec<QuestionId>,
}

impl Floors {
    pub fn all(&self) -> &[Floor] {
        &self.floors
    }

    /// The questions that are not warning signs on their own, in `floors.toml` order.
    pub fn context(&self) -> &[QuestionId] {
        &self.context
    }

    pub fn is_context(&self, question: QuestionId) -> bool {
        self.context.contains(&question)
    }

    /// The floors of one question, base floor first.
    pub fn of(&self, question: QuestionId) -> impl Iterator<Item = &Floor> + '_ {
        self.floors.iter().filter(move |f| f.sign == question)
    }
}
