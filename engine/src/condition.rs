//! The condition vocabulary that rules, explanations and skip logic are written in, and its
//! evaluation with a trace of the answers that made a condition true.

use crate::answers::{Answer, Answers};
use crate::questionnaire::{QuestionId, Questionnaire};
use serde::{Deserialize, Serialize};

/// A compiled condition. Named definitions from `rules.toml` are already inlined.
///
/// The rule vocabulary has no general negation: `Not` may wrap only a `Yes` test of a
/// reassuring question (checked by `Condition::is_monotone`). That is what makes the
/// advice monotone: a warning sign can only make more rules fire.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// The yes/no question was answered yes, or "not sure" for a warning-sign question.
    Yes(QuestionId),
    /// The number question's answer is at least the threshold.
    AtLeast(QuestionId, f64),
    /// The choice question's answer is this option.
    Is(QuestionId, u16),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    /// At least `n` of the conditions hold.
    CountAtLeast(usize, Vec<Condition>),
    /// Any of these rules (by index in the rule set) fired. Explanations only.
    Fired(Vec<usize>),
}

/// What a condition is evaluated against.
pub struct Facts<'a> {
    pub questionnaire: &'a Questionnaire,
    pub answers: &'a Answers,
    /// `fired[i]` says whether rule `i` fired; empty while the rules themselves are evaluated.
    pub fired: &'a [bool],
}

impl<'a> Facts<'a> {
    pub fn answers_only(questionnaire: &'a Questionnaire, answers: &'a Answers) -> Self {
        Facts {
            questionnaire,
            answers,
            fired: &[],
        }
    }
}

impl Condition {
    pub fn holds(&self, facts: &Facts) -> bool {
        match self {
            Condition::Yes(q) => yes(facts, *q),
            Condition::AtLeast(q, threshold) => {
                matches!(facts.answers.get(*q), Some(Answer::Number(v)) if v >= *threshold)
            }
            Condition::Is(q, option) => facts.answers.get(*q) == Some(Answer::Choice(*option)),
            Condition::Not(inner) => !inner.holds(facts),
            Condition::All(parts) => parts.iter().all(|c| c.holds(facts)),
            Condition::Any(parts) => parts.iter().any(|c| c.holds(facts)),
            Condition::CountAtLeast(n, parts) => {
                parts.iter().filter(|c| c.holds(facts)).count() >= *n
            }
            Condition::Fired(rules) => rules.iter().any(|&r| facts.fired.get(r) == Some(&true)),
        }
    }

    /// The answered questions that make this (true) condition true, in questionnaire order,
    /// without repeats. For an `Any`, every part that holds is cited, not just the first.
    pub fn because(&self, facts: &Facts) -> Vec<QuestionId> {
        let mut out = Vec::new();
        self.collect_because(facts, &mut out);
        out.sort();
        out.dedup();
        out
    }

    fn collect_because(&self, facts: &Facts, out: &mut Vec<QuestionId>) {
        match self {
            Condition::Yes(q) | Condition::AtLeast(q, _) | Condition::Is(q, _) => {
                if self.holds(facts) {
                    out.push(*q);
                }
            }
            // "Not improving" is cited only when the person actually answered the question.
            Condition::Not(inner) => {
                if self.holds(facts) {
                    inner.questions(&mut |q| {
                        if facts.answers.is_answered(q) {
                            out.push(q)
                        }
                    });
                }
            }
            Condition::All(parts) => {
                if self.holds(facts) {
                    parts.iter().for_each(|c| c.collect_because(facts, out));
                }
            }
            Condition::Any(parts) | Condition::CountAtLeast(_, parts) => {
                parts
                    .iter()
                    .filter(|c| c.holds(facts))
                    .for_each(|c| c.collect_because(facts, out));
            }
            Condition::Fired(_) => {}
        }
    }

    /// Calls `visit` with every question the condition reads.
    pub fn questions(&self, visit: &mut dyn FnMut(QuestionId)) {
        match self {
            Condition::Yes(q) | Condition::AtLeast(q, _) | Condition::Is(q, _) => visit(*q),
            Condition::Not(inner) => inner.questions(visit),
            Condition::All(parts) | Condition::Any(parts) | Condition::CountAtLeast(_, parts) => {
                parts.iter().for_each(|c| c.questions(visit))
            }
            Condition::Fired(_) => {}
        }
    }

    /// Whether the condition can only become true, never false, when a warning sign is added
    /// or a number goes up: no `Not` except around `Yes` of a reassuring question, no
    /// `Yes` of a reassuring question outside such a `Not`, and no `Fired`.
    pub fn is_monotone(&self, questionnaire: &Questionnaire) -> bool {
        match self {
            Condition::Yes(q) => !questionnaire.question(*q).is_reassuring(),
            Condition::AtLeast(..) | Condition::Is(..) => true,
            Condition::Not(inner) => {
                matches!(**inner, Condition::Yes(q) if questionnaire.question(q).is_reassuring())
            }
            Condition::All(parts) | Condition::Any(parts) | Condition::CountAtLeast(_, parts) => {
                parts.iter().all(|c| c.is_monotone(questionnaire))
            }
            Condition::Fired(_) => false,
        }
    }

    /// The number thresholds the condition uses, per question (for boundary testing).
    pub fn thresholds(&self, visit: &mut dyn FnMut(QuestionId, f64)) {
        match self {
            Condition::AtLeast(q, t) => visit(*q, *t),
            Condition::Not(inner) => inner.thresholds(visit),
            Condition::All(parts) | Condition::Any(parts) | Condition::CountAtLeast(_, parts) => {
                parts.iter().for_each(|c| c.thresholds(visit))
            }
            Condition::Yes(_) | Condition::Is(..) | Condition::Fired(_) => {}
        }
    }
}

/// "Not sure" counts as the more worrying answer (decision D3): yes for a warning sign, no for
/// a reassuring question. Unanswered counts as no.
fn yes(facts: &Facts, q: QuestionId) -> bool {
    match facts.answers.get(q) {
        Some(Answer::Yes) => true,
        Some(Answer::NotSure) => !facts.questionnaire.question(q).is_reassuring(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    fn setup() -> Content {
        Content::embedded()
    }

    #[test]
    fn not_sure_counts_as_yes_for_warning_signs_and_no_for_reassuring_questions() {
        let content = setup();
        let qn = &content.questionnaire;
        let saddle = qn.id("saddle_anaesthesia").unwrap();
        let improving = qn.id("improving").unwrap();
        let mut answers = Answers::new();
        answers.set(saddle, Answer::NotSure);
        answers.set(improving, Answer::NotSure);
        let facts = Facts::answers_only(qn, &answers);
        assert!(Condition::Yes(saddle).holds(&facts));
        assert!(!Condition::Yes(improving).holds(&facts));
        assert!(Condition::Not(Box::new(Condition::Yes(improving))).holds(&facts));
    }

    #[test]
    fn unanswered_is_no_and_numbers_compare_at_least() {
        let content = setup();
        let qn = &content.questionnaire;
        let age = qn.id("age").unwrap();
        let fever = qn.id("fever").unwrap();
        let mut answers = Answers::new();
        assert!(!Condition::Yes(fever).holds(&Facts::answers_only(qn, &answers)));
        assert!(!Condition::AtLeast(age, 50.0).holds(&Facts::answers_only(qn, &answers)));
        answers.set(age, Answer::Number(50.0));
        assert!(Condition::AtLeast(age, 50.0).holds(&Facts::answers_only(qn, &answers)));
        answers.set(age, Answer::Number(49.0));
        assert!(!Condition::AtLeast(age, 50.0).holds(&Facts::answers_only(qn, &answers)));
    }

    #[test]
    fn count_and_because_cite_every_true_part() {
        let content = setup();
        let qn = &content.questionnaire;
        let [a, b, c] = ["fatigue", "breathlessness", "chest_pain"].map(|x| qn.id(x).unwrap());
        let cond = Condition::CountAtLeast(
            2,
            vec![Condition::Yes(a), Condition::Yes(b), Condition::Yes(c)],
        );
        let mut answers = Answers::new();
        answers.set(a, Answer::Yes);
        assert!(!cond.holds(&Facts::answers_only(qn, &answers)));
        answers.set(c, Answer::Yes);
        answers.set(b, Answer::No);
        let facts = Facts::answers_only(qn, &answers);
        assert!(cond.holds(&facts));
        assert_eq!(cond.because(&facts), vec![a, c]);
    }

    #[test]
    fn not_cites_the_question_only_when_answered() {
        let content = setup();
        let qn = &content.questionnaire;
        let improving = qn.id("improving").unwrap();
        let cond = Condition::Not(Box::new(Condition::Yes(improving)));
        let mut answers = Answers::new();
        assert!(cond.because(&Facts::answers_only(qn, &answers)).is_empty());
        answers.set(improving, Answer::No);
        assert_eq!(
            cond.because(&Facts::answers_only(qn, &answers)),
            vec![improving]
        );
        answers.set(improving, Answer::Yes);
        assert!(cond.because(&Facts::answers_only(qn, &answers)).is_empty());
    }

    #[test]
    fn monotone_check_allows_not_only_around_reassuring_yes() {
        let content = setup();
        let qn = &content.questionnaire;
        let improving = qn.id("improving").unwrap();
        let fever = qn.id("fever").unwrap();
        assert!(Condition::Not(Box::new(Condition::Yes(improving))).is_monotone(qn));
        assert!(!Condition::Not(Box::new(Condition::Yes(fever))).is_monotone(qn));
        assert!(!Condition::Yes(improving).is_monotone(qn));
        assert!(!Condition::Fired(vec![0]).is_monotone(qn));
        assert!(
            Condition::Any(vec![Condition::Yes(fever), Condition::AtLeast(fever, 1.0)])
                .is_monotone(qn)
        );
    }

    #[test]
    fn fired_reads_the_fired_rules() {
        let content = setup();
        let answers = Answers::new();
        let fired = [false, true];
        let facts = Facts {
            questionnaire: &content.questionnaire,
            answers: &answers,
            fired: &fired,
        };
        assert!(Condition::Fired(vec![1]).holds(&facts));
        assert!(!Condition::Fired(vec![0, 5]).holds(&facts));
    }
}
