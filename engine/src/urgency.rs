//! The six urgency levels (decision D2), ordered from least to most urgent so that the advice
//! for a set of fired rules is simply their maximum.

use serde::{Deserialize, Serialize};

/// An urgency level. The derived order is the clinical severity order: `SelfCare` is the least
/// urgent and `Emergency` the most, so `max()` over fired rules gives the advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Urgency {
    #[serde(rename = "self_care")]
    SelfCare,
    #[serde(rename = "routine")]
    Routine,
    #[serde(rename = "within_2_weeks")]
    Within2Weeks,
    #[serde(rename = "within_1_week")]
    Within1Week,
    #[serde(rename = "urgent_24h")]
    Urgent24h,
    #[serde(rename = "emergency")]
    Emergency,
}

impl Urgency {
    /// Every level, most urgent first (the order a reviewer reads them in).
    pub const ALL: [Urgency; 6] = [
        Urgency::Emergency,
        Urgency::Urgent24h,
        Urgency::Within1Week,
        Urgency::Within2Weeks,
        Urgency::Routine,
        Urgency::SelfCare,
    ];

    /// The level's id as used in content files, `data-urgency` and the `assess` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::Urgent24h => "urgent_24h",
            Urgency::Within1Week => "within_1_week",
            Urgency::Within2Weeks => "within_2_weeks",
            Urgency::Routine => "routine",
            Urgency::SelfCare => "self_care",
        }
    }

    /// Parses a level id (`"urgent_24h"`); `None` for anything else.
    pub fn parse(id: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|level| level.as_str() == id)
    }

    /// The id with dashes, as used in Fluent message ids (`level-urgent-24h-title`).
    pub fn message_stem(self) -> String {
        format!("level-{}", self.as_str().replace('_', "-"))
    }
}

impl std::fmt::Display for Urgency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_severity_order() {
        for pair in Urgency::ALL.windows(2) {
            assert!(
                pair[0] > pair[1],
                "{} should be more urgent than {}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn ids_round_trip_and_match_serde() {
        for level in Urgency::ALL {
            assert_eq!(Urgency::parse(level.as_str()), Some(level));
            let json = serde_json::to_string(&level).unwrap();
            assert_eq!(json, format!("\"{}\"", level.as_str()));
        }
        assert_eq!(Urgency::parse("urgent"), None);
    }

    #[test]
    fn message_stem_uses_dashes() {
        assert_eq!(Urgency::Within2Weeks.message_stem(), "level-within-2-weeks");
        assert_eq!(Urgency::SelfCare.message_stem(), "level-self-care");
    }
}
