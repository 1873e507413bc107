//! The back-pain red-flag engine: pure Rust, no web dependencies.
//!
//! How the pieces connect:
//! - [`content::Content`] loads and validates the clinical data in `content/` (embedded at compile
//!   time): the [`questionnaire::Questionnaire`], the [`rules::RuleSet`], the cancer
//!   [`explanations::Explanations`], the warning-sign [`floors::Floors`], citations and region
//!   packs.
//! - [`answers::Answers`] holds what the person told us, keyed by codebook code.
//! - [`assessment::assess`] turns answers into an [`assessment::Assessment`]: the [`Urgency`],
//!   the rules that fired with the answers that made them fire, and the explanations to show.
//! - [`flow::Flow`] is the questionnaire's state machine (intro, questions, early emergency stop,
//!   check your answers, result); the widget renders it and sends it [`flow::Action`]s.
//! - [`release`] fingerprints the content that decides the advice (change control), and
//!   [`report`] writes the clinicians' rules report (`docs/rules.md`).
//! - [`compiled`] is the content in the compact binary form the widget ships (made by its
//!   build script), and [`saved`] the text it keeps for a reload.
//! - [`messages`] compiles the Fluent messages into text and variable pieces (the widget's
//!   build script ships the fallback language's as static data), and [`language_pack`] writes
//!   and reads every other language's as a file loaded when that language is chosen.
//! - [`languages`] lists the shipped languages and picks one from a person's preferences;
//!   [`readability`] measures the English text's reading level (`docs/readability.md`).
//! - [`host_config`] checks a hospital's configuration from the URL, keeping only safe values.
//! - [`validation`] measures the advice against vignettes written by people who never saw the
//!   rules (`docs/validation.md`).
//! - [`fhir`] writes FHIR R4 `Questionnaire` and `QuestionnaireResponse` resources (and reads one).
#![forbid(unsafe_code)]

pub mod answers;
pub mod assessment;
pub mod compiled;
pub mod condition;
pub mod content;
pub mod explanations;
pub mod fhir;
pub mod findings;
pub mod floors;
pub mod flow;
pub mod host_config;
pub mod language_pack;
pub mod languages;
pub mod messages;
pub mod questionnaire;
pub mod readability;
pub mod regions;
pub mod release;
pub mod report;
pub mod rules;
pub mod saved;
pub mod urgency;
pub mod validation;

pub use answers::{Answer, Answers};
pub use assessment::{assess, Assessment, FiredRule};
pub use content::Content;
pub use flow::{Action, Flow};
pub use questionnaire::{QuestionId, Questionnaire};
pub use urgency::Urgency;
