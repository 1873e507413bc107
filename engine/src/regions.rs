//! Region packs (decision D2): emergency and urgent services by region.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The regions every build must carry.
pub const REQUIRED_REGIONS: [&str; 4] = ["uk", "us", "eu", "au"];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionPack {
    pub emergency_number: String,
    pub urgent_number: Option<String>,
}

/// The region variables every message may use, and the message that names each service in a
/// region (`region-uk-emergency-department`). The emergency number is not text: it comes from
/// the pack.
pub const NAMED_SERVICES: [(&str, &str); 3] = [
    ("emergency_department", "emergency-department"),
    ("urgent_service", "urgent-service"),
    ("gp", "gp"),
];

/// The message id that names `service` (the second part of a [`NAMED_SERVICES`] entry, or
/// `name` for the region itself) in `region`.
pub fn message_id(region: &str, service: &str) -> String {
    format!("region-{region}-{service}")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Regions {
    pub(crate) packs: BTreeMap<String, RegionPack>,
    pub(crate) default: String,
}

impl Regions {
    pub fn get(&self, id: &str) -> Option<&RegionPack> {
        self.packs.get(id)
    }

    pub fn default_id(&self) -> &str {
        &self.default
    }

    pub fn default_pack(&self) -> &RegionPack {
        &self.packs[&self.default]
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.packs.keys().map(String::as_str)
    }

    /// The region pack that fits a BCP 47 language tag such as the browser's `en-US`: by its
    /// region subtag when there is one, else by language, else the default pack (decision D2).
    pub fn for_language(&self, tag: &str) -> &str {
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or_default().to_ascii_lowercase();
        let region = parts
            .find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        let id = match region.as_deref() {
            Some("GB" | "UK" | "IM" | "JE" | "GG") => "uk",
            Some("US" | "PR") => "us",
            Some("AU") => "au",
            Some(r) if EU_COUNTRIES.contains(&r) => "eu",
            Some(_) => self.default_id(),
            None => match language.as_str() {
                "es" | "fr" | "de" | "it" | "pt" | "nl" | "pl" | "sv" | "da" | "fi" | "el"
                | "cs" | "sk" | "sl" | "hu" | "ro" | "bg" | "hr" | "et" | "lv" | "lt" | "ga"
                | "mt" => "eu",
                _ => self.default_id(),
            },
        };
        if self.packs.contains_key(id) {
            id
        } else {
            self.default_id()
        }
    }
}

/// EU member states (ISO 3166-1 alpha-2), where 112 is the emergency number.
const EU_COUNTRIES: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

#[cfg(test)]
mod tests {
    use crate::Content;

    #[test]
    fn picks_the_region_from_the_language_tag() {
        let content = Content::embedded();
        let regions = &content.regions;
        assert_eq!(regions.for_language("en-GB"), "uk");
        assert_eq!(regions.for_language("en-US"), "us");
        assert_eq!(regions.for_language("en-au"), "au");
        assert_eq!(regions.for_language("es-ES"), "eu");
        assert_eq!(regions.for_language("es-US"), "us");
        assert_eq!(regions.for_language("de"), "eu");
        assert_eq!(regions.for_language("en"), "uk");
        assert_eq!(regions.for_language("zh-Hant-TW"), "uk");
        assert_eq!(regions.for_language(""), "uk");
        assert_eq!(regions.get("au").unwrap().emergency_number, "000");
    }
}
