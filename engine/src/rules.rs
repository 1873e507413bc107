//! Red-flag rules as loaded from `content/rules.toml`.

use crate::condition::Condition;
use crate::urgency::Urgency;
use serde::{Deserialize, Serialize};

/// One rule: when `when` holds, the advice is at least `urgency`. The id is stable and never
/// reused; [`Rule::why_message_id`] is the Fluent message that explains the rule to the person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub urgency: Urgency,
    pub sources: Vec<String>,
    pub when: Condition,
}

impl Rule {
    /// The message that says why the rule fired: its id in lower case, then `-why`
    /// (`RF-EM-01` → `rf-em-01-why`), as `rules.toml` must name it.
    pub fn why_message_id(&self) -> String {
        format!("{}-why", self.id.to_ascii_lowercase())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    pub(crate) rules: Vec<Rule>,
}

impl RuleSet {
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn rule(&self, index: usize) -> &Rule {
        &self.rules[index]
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.id == id)
    }
}
