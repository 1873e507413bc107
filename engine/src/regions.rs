//! Region packs (decision D2): emergency and urgent services by region.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The regions every build must carry.
pub const REQUIRED_REGIONS: [&str; 4] = ["uk", "us", "eu", "au"];

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionPack {
    pub name: String,
    pub emergency_number: String,
    pub emergency_department: String,
    pub urgent_service: String,
    pub urgent_number: Option<String>,
    pub gp: String,
}

#[derive(Clone, Debug, PartialEq)]
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
}
