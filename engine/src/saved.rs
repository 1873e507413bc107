//! The text the widget keeps for a reload: a [`Snapshot`] in the tab's sessionStorage and a
//! [`Place`] in each browser history entry.
//!
//! Both are URL-encoded pairs (`application/x-www-form-urlencoded`, read and written by the
//! `form_urlencoded` crate that already checks the host's settings), not JSON: reading them
//! back then needs no JSON parser in the WebAssembly, which saves about a tenth of its size
//! (issue 7). A snapshot reads
//!
//! ```text
//! .version=2026.11.21-2&.place=asking%2Fduration%2Ffirst_pass&age=93&sex=female&fever=not_sure
//! ```
//!
//! - `.version` and `.place` cannot clash with an answer: codebook codes have no dot.
//! - A place is `intro`, `check_answers`, `result`, or `asking/<step>/<mode>` and
//!   `emergency_stop/<step>/<mode>` (step ids are kebab-case, so they hold no slash).
//! - An answer is `yes`, `no` or `not_sure`, a number as Rust prints an `f64` (the shortest
//!   text that reads back to exactly the same number, so a threshold is never crossed by a
//!   save and a reload), or a choice's option value.
//!
//! Reading is typed by the questionnaire: each value is read as its question's kind, and
//! [`crate::Flow::restore`] then checks everything as it would check any other answers. Text
//! that is not a snapshot gives `None`, never a panic.

use crate::flow::{Mode, Place, Snapshot};
use crate::questionnaire::{QuestionKind, Questionnaire};
use serde_json::{Map, Number, Value};

const VERSION: &str = ".version";
const PLACE: &str = ".place";

impl Place {
    /// The place as text, for a history entry.
    pub fn to_text(&self) -> String {
        let with_step = |phase: &str, step: &str, mode: &Mode| {
            let mode = match mode {
                Mode::FirstPass => "first_pass",
                Mode::Changing => "changing",
            };
            format!("{phase}/{step}/{mode}")
        };
        match self {
            Place::Intro => "intro".into(),
            Place::CheckAnswers => "check_answers".into(),
            Place::Result => "result".into(),
            Place::Asking { step, mode } => with_step("asking", step, mode),
            Place::EmergencyStop { step, mode } => with_step("emergency_stop", step, mode),
        }
    }

    /// A place read back from [`Place::to_text`]; `None` for anything else. Whether the step
    /// exists and can be reached is for [`crate::Flow::restore`] to decide.
    pub fn from_text(text: &str) -> Option<Place> {
        let mut parts = text.split('/');
        let phase = parts.next()?;
        let place = match phase {
            "intro" => Place::Intro,
            "check_answers" => Place::CheckAnswers,
            "result" => Place::Result,
            "asking" | "emergency_stop" => {
                let step = parts.next().filter(|s| !s.is_empty())?.to_string();
                let mode = match parts.next()? {
                    "first_pass" => Mode::FirstPass,
                    "changing" => Mode::Changing,
                    _ => return None,
                };
                if phase == "asking" {
                    Place::Asking { step, mode }
                } else {
                    Place::EmergencyStop { step, mode }
                }
            }
            _ => return None,
        };
        parts.next().is_none().then_some(place)
    }
}

impl Snapshot {
    /// The snapshot as text, for the tab's storage.
    pub fn to_text(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair(VERSION, &self.content_version);
        out.append_pair(PLACE, &self.place.to_text());
        for (code, value) in &self.answers {
            let text = match value {
                Value::Bool(true) => "yes".to_string(),
                Value::Bool(false) => "no".to_string(),
                // Display, not serde_json's printer: the shortest exact form of the f64.
                Value::Number(n) => n.as_f64().map(|f| f.to_string()).unwrap_or_default(),
                Value::String(s) => s.clone(),
                _ => continue,
            };
            out.append_pair(code, &text);
        }
        out.finish()
    }

    /// A snapshot read back from [`Snapshot::to_text`], each answer read as its question's
    /// kind in `questionnaire`. `None` if the text is not a snapshot: no version or place, a
    /// repeated or unknown code, or a value that is not of its question's kind.
    pub fn from_text(text: &str, questionnaire: &Questionnaire) -> Option<Snapshot> {
        let mut version = None;
        let mut place = None;
        let mut answers = Map::new();
        for (key, value) in form_urlencoded::parse(text.as_bytes()) {
            match key.as_ref() {
                VERSION if version.is_none() => version = Some(value.into_owned()),
                PLACE if place.is_none() => place = Some(Place::from_text(&value)?),
                code => {
                    let question = questionnaire.question(questionnaire.id(code)?);
                    let value = match question.kind {
                        QuestionKind::Number { .. } => {
                            Value::Number(Number::from_f64(value.parse::<f64>().ok()?)?)
                        }
                        QuestionKind::YesNo { .. } | QuestionKind::Choice { .. } => {
                            Value::String(value.into_owned())
                        }
                    };
                    if answers.insert(code.to_string(), value).is_some() {
                        return None;
                    }
                }
            }
        }
        Some(Snapshot {
            place: place?,
            answers,
            content_version: version?,
        })
    }
}
