//! The questionnaire as a state machine (decision D3): intro, one step per screen with Back,
//! an early stop when an answer makes it an emergency, check your answers, result.
//! Each phase carries only the data valid in it; the widget renders it and sends [`Action`]s.

use crate::answers::{Answer, Answers};
use crate::assessment::{assess, Assessment};
use crate::content::Content;
use crate::findings::{parse_findings, to_findings};
use crate::questionnaire::QuestionId;
use crate::urgency::Urgency;
use serde::{Deserialize, Serialize};

/// Whether the person is going through the questions for the first time, or changing an
/// answer from the check-your-answers page (then Continue returns there once nothing new is
/// left to ask).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    FirstPass,
    Changing,
}

/// Where the person is. Answers are always "the answers that count": answers to steps that are
/// no longer asked are dropped as soon as they stop being asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Flow {
    /// The start page. It keeps the answers of someone who went Back past the first question,
    /// so that Start takes them on without losing anything; Restart is what clears them.
    Intro {
        answers: Answers,
    },
    Asking {
        step: usize,
        mode: Mode,
        answers: Answers,
    },
    /// An answer has just made the advice an emergency: say so at once (decision D3), and let
    /// the person carry on to the explanations if they want.
    EmergencyStop {
        step: usize,
        mode: Mode,
        answers: Answers,
        assessment: Assessment,
    },
    CheckAnswers {
        answers: Answers,
    },
    Result {
        answers: Answers,
        assessment: Assessment,
    },
}

/// What the person did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start,
    /// Continue on a step, with an answer for every question on it.
    Submit(Vec<(QuestionId, Answer)>),
    Back,
    ContinueAfterEmergency,
    /// Change the answers of this step (from check your answers).
    Change(usize),
    /// Continue from check your answers to the result.
    Confirm,
    /// Clear every answer and go back to the start.
    Restart,
    /// The browser went back or forward to this place; ignored unless it is reachable.
    Show(Place),
}

/// A position in the flow without answers, as kept in a browser history entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Intro,
    Asking { step: String, mode: Mode },
    EmergencyStop { step: String, mode: Mode },
    CheckAnswers,
    Result,
}

/// A flow as plain data, for keeping across a reload; the assessment is not stored but made
/// again from the answers, so a restored result can never be stale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub place: Place,
    pub answers: serde_json::Map<String, serde_json::Value>,
    /// The content version the answers were given to. A restore under another version keeps
    /// the answers that still fit, and the widget tells the person the check has changed.
    #[serde(default)]
    pub content_version: String,
}

impl Default for Flow {
    fn default() -> Self {
        Flow::Intro {
            answers: Answers::new(),
        }
    }
}

impl Flow {
    pub fn answers(&self) -> &Answers {
        match self {
            Flow::Intro { answers }
            | Flow::Asking { answers, .. }
            | Flow::EmergencyStop { answers, .. }
            | Flow::CheckAnswers { answers }
            | Flow::Result { answers, .. } => answers,
        }
    }

    pub fn update(self, content: &Content, action: Action) -> Flow {
        let questionnaire = &content.questionnaire;
        match (self, action) {
            (_, Action::Restart) => Flow::default(),
            (Flow::Intro { answers }, Action::Start) => Flow::Asking {
                step: 0,
                mode: Mode::FirstPass,
                answers,
            },
            (
                Flow::Asking {
                    step,
                    mode,
                    answers,
                },
                Action::Submit(given),
            ) => {
                let expected = &questionnaire.step(step).questions;
                let complete = expected.iter().all(|q| given.iter().any(|(g, _)| g == q));
                let valid = given
                    .iter()
                    .all(|(q, a)| expected.contains(q) && questionnaire.question(*q).accepts(*a));
                if !complete || !valid {
                    return Flow::Asking {
                        step,
                        mode,
                        answers,
                    };
                }
                let before = settled_urgency(content, &answers);
                let mut updated = answers;
                for (q, a) in given {
                    updated.set(q, a);
                }
                let updated = questionnaire.prune(&updated);
                let assessment = assess(content, &updated);
                if settled_urgency(content, &updated) == Urgency::Emergency
                    && before < Urgency::Emergency
                {
                    Flow::EmergencyStop {
                        step,
                        mode,
                        answers: updated,
                        assessment,
                    }
                } else {
                    next(content, step, mode, updated)
                }
            }
            (
                Flow::EmergencyStop {
                    step,
                    mode,
                    answers,
                    ..
                },
                Action::ContinueAfterEmergency,
            ) => next(content, step, mode, answers),
            (
                Flow::EmergencyStop {
                    step,
                    mode,
                    answers,
                    ..
                },
                Action::Back,
            ) => Flow::Asking {
                step,
                mode,
                answers,
            },
            (
                Flow::Asking {
                    step,
                    mode,
                    answers,
                },
                Action::Back,
            ) => {
                let visible = questionnaire.visible_steps(&answers);
                let all_answered = visible
                    .iter()
                    .all(|&s| questionnaire.is_step_answered(s, &answers));
                if mode == Mode::Changing && all_answered {
                    return Flow::CheckAnswers { answers };
                }
                match visible.iter().rev().find(|&&s| s < step) {
                    Some(&previous) => Flow::Asking {
                        step: previous,
                        mode,
                        answers,
                    },
                    None => Flow::Intro { answers },
                }
            }
            (Flow::CheckAnswers { answers }, Action::Back) => {
                let last = *questionnaire
                    .visible_steps(&answers)
                    .last()
                    .expect("the first step is always asked");
                Flow::Asking {
                    step: last,
                    mode: Mode::FirstPass,
                    answers,
                }
            }
            (Flow::CheckAnswers { answers }, Action::Change(step))
                if questionnaire_has_visible(content, step, &answers) =>
            {
                Flow::Asking {
                    step,
                    mode: Mode::Changing,
                    answers,
                }
            }
            (Flow::CheckAnswers { answers }, Action::Confirm) => finish(content, answers),
            (Flow::Result { answers, .. }, Action::Back) => Flow::CheckAnswers { answers },
            (flow, Action::Show(place)) => flow.show(content, place),
            (flow, _) => flow,
        }
    }

    /// Where this flow is, without the answers.
    pub fn place(&self, content: &Content) -> Place {
        let step_id = |step: &usize| content.questionnaire.step(*step).id.clone();
        match self {
            Flow::Intro { .. } => Place::Intro,
            Flow::Asking { step, mode, .. } => Place::Asking {
                step: step_id(step),
                mode: *mode,
            },
            Flow::EmergencyStop { step, mode, .. } => Place::EmergencyStop {
                step: step_id(step),
                mode: *mode,
            },
            Flow::CheckAnswers { .. } => Place::CheckAnswers,
            Flow::Result { .. } => Place::Result,
        }
    }

    /// Moves to `place` if it can be reached with the current answers: a step that is asked
    /// and whose earlier steps are all answered, or the check/result pages once everything is
    /// answered. Anything else leaves the flow as it is.
    fn show(self, content: &Content, place: Place) -> Flow {
        let questionnaire = &content.questionnaire;
        let answers = self.answers().clone();
        let visible = questionnaire.visible_steps(&answers);
        let reachable = |step: usize| {
            visible.contains(&step)
                && visible
                    .iter()
                    .filter(|&&s| s < step)
                    .all(|&s| questionnaire.is_step_answered(s, &answers))
        };
        let complete = visible
            .iter()
            .all(|&s| questionnaire.is_step_answered(s, &answers));
        match place {
            Place::Intro => Flow::Intro { answers },
            Place::Asking { step, mode } => match questionnaire.step_index(&step) {
                Some(index) if reachable(index) => Flow::Asking {
                    step: index,
                    mode,
                    answers,
                },
                _ => self,
            },
            Place::EmergencyStop { step, mode } => {
                let assessment = assess(content, &answers);
                match questionnaire.step_index(&step) {
                    Some(index)
                        if reachable(index)
                            && questionnaire.is_step_answered(index, &answers)
                            && assessment.urgency == Urgency::Emergency =>
                    {
                        Flow::EmergencyStop {
                            step: index,
                            mode,
                            answers,
                            assessment,
                        }
                    }
                    _ => self,
                }
            }
            Place::CheckAnswers if complete && !answers.is_empty() => {
                Flow::CheckAnswers { answers }
            }
            Place::Result if complete && !answers.is_empty() => finish(content, answers),
            _ => self,
        }
    }

    pub fn snapshot(&self, content: &Content) -> Snapshot {
        let answers = to_findings(&content.questionnaire, self.answers());
        Snapshot {
            place: self.place(content),
            answers,
            content_version: content.manifest.version.clone(),
        }
    }

    /// Rebuilds a flow from a snapshot; `None` if the snapshot does not fit this content
    /// (for example it was made by an older version with other questions).
    pub fn restore(content: &Content, snapshot: &Snapshot) -> Option<Flow> {
        let answers = parse_findings(
            &content.questionnaire,
            &serde_json::Value::Object(snapshot.answers.clone()),
        )
        .ok()?;
        let answers = content.questionnaire.prune(&answers);
        // `show` decides whether the place is reachable with these answers.
        let restored = Flow::Intro { answers }.show(content, snapshot.place.clone());
        (restored.place(content) == snapshot.place).then_some(restored)
    }

    /// Step k of about n, counting the steps asked with the current answers.
    pub fn progress(&self, content: &Content) -> Option<(usize, usize)> {
        let Flow::Asking { step, answers, .. } = self else {
            return None;
        };
        let visible = content.questionnaire.visible_steps(answers);
        let position = visible.iter().position(|s| s == step)?;
        Some((position + 1, visible.len()))
    }
}

fn questionnaire_has_visible(content: &Content, step: usize, answers: &Answers) -> bool {
    step < content.questionnaire.steps().len() && content.questionnaire.is_visible(step, answers)
}

/// The step after `step`: the next one asked, or when changing an answer the next one asked
/// that still has no answer; check your answers when there is none.
/// The advice that is certain already: the urgency if every reassuring question not yet
/// answered were answered yes. The early emergency stop waits for it, so that a sign which a
/// later question qualifies (pain in both legs, then "has it been the same for months?") stops
/// the questions only once that question is answered, or left unanswered at the end.
fn settled_urgency(content: &Content, answers: &Answers) -> Urgency {
    let mut settled = answers.clone();
    for (q, question) in content.questionnaire.questions() {
        if question.is_reassuring() && !answers.is_answered(q) {
            settled.set(q, Answer::Yes);
        }
    }
    assess(content, &settled).urgency
}

fn next(content: &Content, step: usize, mode: Mode, answers: Answers) -> Flow {
    let questionnaire = &content.questionnaire;
    let following = questionnaire
        .visible_steps(&answers)
        .into_iter()
        .filter(|&s| s > step)
        .find(|&s| mode == Mode::FirstPass || !questionnaire.is_step_answered(s, &answers));
    match following {
        Some(step) => Flow::Asking {
            step,
            mode,
            answers,
        },
        None => {
            // A step skipped earlier can become asked after a change; ask it before the check page.
            let gap = questionnaire
                .visible_steps(&answers)
                .into_iter()
                .find(|&s| !questionnaire.is_step_answered(s, &answers));
            match gap {
                Some(step) => Flow::Asking {
                    step,
                    mode: Mode::Changing,
                    answers,
                },
                None => Flow::CheckAnswers { answers },
            }
        }
    }
}

/// The result, but only when every step asked has an answer; otherwise the first gap.
fn finish(content: &Content, answers: Answers) -> Flow {
    let questionnaire = &content.questionnaire;
    match questionnaire
        .visible_steps(&answers)
        .into_iter()
        .find(|&s| !questionnaire.is_step_answered(s, &answers))
    {
        Some(step) => Flow::Asking {
            step,
            mode: Mode::Changing,
            answers,
        },
        None => {
            let assessment = assess(content, &answers);
            Flow::Result {
                answers,
                assessment,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_counts_the_steps_asked_with_the_current_answers() {
        let content = Content::embedded();
        let qn = &content.questionnaire;
        assert_eq!(Flow::default().progress(&content), None);
        let first = Flow::default().update(&content, Action::Start);
        let asked_without_cancer = qn.visible_steps(&Answers::new()).len();
        assert_eq!(first.progress(&content), Some((1, asked_without_cancer)));

        let second = first.update(
            &content,
            Action::Submit(vec![(qn.id("major_trauma").unwrap(), Answer::No)]),
        );
        assert_eq!(second.progress(&content), Some((2, asked_without_cancer)));

        // A cancer history adds the cancer steps to "about n".
        let mut answers = Answers::new();
        answers.set(qn.id("history_of_cancer").unwrap(), Answer::Yes);
        let step = qn.step_index("cancer-type").unwrap();
        let on_cancer_type = Flow::Asking {
            step,
            mode: Mode::FirstPass,
            answers: answers.clone(),
        };
        let visible = qn.visible_steps(&answers);
        assert_eq!(visible.len(), asked_without_cancer + 2);
        let position = visible.iter().position(|&s| s == step).unwrap() + 1;
        assert_eq!(
            on_cancer_type.progress(&content),
            Some((position, asked_without_cancer + 2))
        );
        // A step that the answers do not ask has no place in the count.
        let not_asked = Flow::Asking {
            step: qn.step_index("bone-spread").unwrap(),
            mode: Mode::FirstPass,
            answers: Answers::new(),
        };
        assert_eq!(not_asked.progress(&content), None);
        assert_eq!(Flow::CheckAnswers { answers }.progress(&content), None);
    }
}
