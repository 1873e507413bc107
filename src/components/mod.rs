//! The widget's components: each renders one part of the state and reports what the person
//! did through callbacks. None holds clinical logic.

pub mod check_answers;
pub mod doctor_summary;
pub mod error_summary;
pub mod explanation_list;
pub mod hospital_contact;
pub mod intro;
pub mod language_switch;
pub mod question_step;
pub mod result_view;
pub mod safety_net;
pub mod source_list;
pub mod urgency_card;
pub mod why_list;
pub mod why_we_ask;
