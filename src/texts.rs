//! Patient-facing text: the Fluent messages of `content/locales/<lang>/` (compiled at build time
//! by `engine::messages`), formatted with the region's service names and numbers. Components ask
//! for text by message id only.
//!
//! A message missing from the chosen language, or one that does not format cleanly there (a
//! variable it does not know, say), is taken from English instead, so a person never sees a
//! message id or a broken emergency number. `cargo test` fails if any shipped language lacks a
//! message, so this is a safety net, not a way to ship half a translation.

use engine::languages::Language;
use engine::messages::{self, Table};
use engine::regions::{self, RegionPack, NAMED_SERVICES};
use engine::Content;

// `BUILT_IN`: the fallback language's code and messages, compiled from Fluent by build.rs. The
// other languages are files loaded when chosen (`crate::language_files`).
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Formats messages for one language and one region. Cheap to share: components get it from a
/// context as `Texts`, which compares by identity.
pub struct Catalogue {
    language: Language,
    /// The chosen language's messages first, then English (absent when English is chosen).
    tables: Vec<&'static Table>,
    region: RegionPack,
    /// The region variables, formatted once: the emergency number and the services' names.
    region_variables: Vec<(&'static str, String)>,
}

impl Catalogue {
    /// The catalogue for a shipped language (`code`) and region pack id. An unknown language,
    /// or one whose file is not loaded yet (`crate::language_files`), gives the fallback
    /// language (English); an unknown region the content's default region.
    pub fn new(content: &Content, code: &str, region: &str) -> Catalogue {
        let fallback = content.languages.fallback().code.as_str();
        let language = content
            .languages
            .get(code)
            .filter(|l| crate::language_files::is_available(&l.code))
            .map_or(fallback, |l| l.code.as_str());
        Catalogue::with_messages(content, language, shipped(language), region)
    }

    /// The catalogue for language `code` with the given messages (the shipped ones, or a
    /// test's), falling back to the shipped English.
    pub fn with_messages(
        content: &Content,
        code: &str,
        own: &'static Table,
        region: &str,
    ) -> Catalogue {
        let languages = &content.languages;
        let language = languages.get(code).unwrap_or(languages.fallback()).clone();
        let fallback = &languages.fallback().code;
        let mut tables = vec![own];
        if language.code != *fallback {
            tables.push(shipped(fallback));
        }
        let (region_id, pack) = match content.regions.get(region) {
            Some(pack) => (region, pack),
            None => (content.regions.default_id(), content.regions.default_pack()),
        };
        let mut catalogue = Catalogue {
            language,
            tables,
            region: pack.clone(),
            region_variables: vec![("emergency_number", pack.emergency_number.clone())],
        };
        let names: Vec<(&'static str, String)> = NAMED_SERVICES
            .iter()
            .map(|(variable, service)| {
                let id = regions::message_id(region_id, service);
                (*variable, catalogue.format(&id, &[]))
            })
            .collect();
        catalogue.region_variables.extend(names);
        catalogue
    }

    /// English with the given region (the tests' and the fallback's catalogue).
    pub fn english(content: &Content, region: &str) -> Catalogue {
        Catalogue::new(content, "en", region)
    }

    pub fn language(&self) -> &Language {
        &self.language
    }

    /// The language code, for the `lang` attribute and dates.
    pub fn lang(&self) -> &str {
        &self.language.code
    }

    pub fn region(&self) -> &RegionPack {
        &self.region
    }

    /// Whether the chosen language itself has the message (no fallback).
    pub fn has_own(&self, id: &str) -> bool {
        messages::find(self.tables[0], id).is_some()
    }

    /// Whether the message can be shown, in the chosen language or in English.
    pub fn has(&self, id: &str) -> bool {
        self.tables.iter().any(|t| messages::find(t, id).is_some())
    }

    /// The message `id`, with the region variables. A message no language has gives an empty
    /// string (never the id itself); the message tests make sure none is missing.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with extra variables: from the first language that has it and formats
    /// it with every variable it uses, else the first that has it at all.
    pub fn format(&self, id: &str, extra: &[(&str, String)]) -> String {
        let variable = |name: &str| {
            extra
                .iter()
                .map(|(n, v)| (*n, v))
                .chain(self.region_variables.iter().map(|(n, v)| (*n, v)))
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        };
        let mut first_try = None;
        for table in &self.tables {
            let Some(pieces) = messages::find(table, id) else {
                continue;
            };
            match messages::format(pieces, variable) {
                (text, None) => return text,
                (text, Some(_missing)) => {
                    first_try.get_or_insert(text);
                }
            }
        }
        first_try.unwrap_or_default()
    }
}

/// The compiled messages of a shipped language that is available now: built in, or loaded
/// (none for another code).
pub fn shipped(code: &str) -> &'static Table {
    crate::language_files::table(code).unwrap_or_default()
}

/// The catalogue as a context value.
pub type Texts = crate::shared::Shared<Catalogue>;
