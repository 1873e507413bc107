//! Which cancer explanations (and treatment / survivor topics) a result shows.

use crate::condition::Condition;
use serde::{Deserialize, Serialize};

/// The 15 cancer types the product explains, in the order a result lists them: the cancers that
/// most often cause back pain, and every type the cancer-history question offers.
/// `content/explanations.toml` must have exactly these.
pub const CANCER_IDS: [&str; 15] = [
    "lung",
    "colorectal",
    "spinal",
    "breast",
    "testicular",
    "myeloma",
    "prostate",
    "pancreatic",
    "kidney",
    "bladder",
    "lymphoma",
    "leukaemia",
    "ovarian",
    "thyroid",
    "melanoma",
];

/// The explanations that are not a cancer type.
pub const TOPIC_IDS: [&str; 3] = ["treatment", "survivors", "easing-pain"];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    pub id: String,
    pub sources: Vec<String>,
    /// Date of the last clinical review (YYYY-MM-DD).
    pub reviewed: String,
    /// Date by which it must be reviewed again (YYYY-MM-DD).
    pub review_by: String,
    pub show_when: Condition,
}

impl Explanation {
    pub fn title_message_id(&self, kind: &str) -> String {
        format!("{kind}-{}-title", self.id)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Explanations {
    pub cancers: Vec<Explanation>,
    pub topics: Vec<Explanation>,
}
