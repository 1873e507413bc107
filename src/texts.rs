//! Patient-facing text: the Fluent messages of `content/locales/<lang>/`, formatted with the
//! region's service names and numbers. Components ask for text by message id only.
//!
//! A message missing from the chosen language, or one that does not format cleanly there (a
//! variable it does not know, say), is taken from English instead, so a person never sees a
//! message id or a broken emergency number. `cargo test` fails if any shipped language lacks a
//! message, so this is a safety net, not a way to ship half a translation.

use engine::languages::Language;
use engine::regions::{self, RegionPack, NAMED_SERVICES};
use engine::Content;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

// `MESSAGE_FILES`: every shipped language's `.ftl` files, listed by build.rs.
include!(concat!(env!("OUT_DIR"), "/message_files.rs"));

/// Formats messages for one language and one region. Cheap to share: components get it from a
/// context as `Texts`, which compares by identity.
pub struct Catalogue {
    language: Language,
    /// The chosen language's messages first, then English (absent when English is chosen).
    bundles: Vec<FluentBundle<FluentResource>>,
    region: RegionPack,
    /// The region variables, formatted once: the emergency number and the services' names.
    region_variables: Vec<(&'static str, String)>,
}

impl Catalogue {
    /// The catalogue for a shipped language (`code`) and region pack id. An unknown language
    /// gives English, an unknown region the content's default region.
    pub fn new(content: &Content, code: &str, region: &str) -> Catalogue {
        let language = content
            .languages
            .get(code)
            .map_or("en", |l| l.code.as_str());
        Catalogue::with_messages(content, language, shipped_files(language), region)
    }

    /// The catalogue for language `code` with the given message sources (the shipped files, or
    /// a test's), falling back to the shipped English.
    pub fn with_messages(content: &Content, code: &str, own: &[&str], region: &str) -> Catalogue {
        let languages = &content.languages;
        let language = languages.get(code).unwrap_or(languages.fallback()).clone();
        let fallback = &languages.fallback().code;
        let mut bundles = vec![bundle(&language.code, own)];
        if language.code != *fallback {
            bundles.push(bundle(fallback, shipped_files(fallback)));
        }
        let (region_id, pack) = match content.regions.get(region) {
            Some(pack) => (region, pack),
            None => (content.regions.default_id(), content.regions.default_pack()),
        };
        let mut catalogue = Catalogue {
            language,
            bundles,
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
        self.bundles[0].has_message(id)
    }

    /// Whether the message can be shown, in the chosen language or in English.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// The message `id`, with the region variables. A message no language has gives an empty
    /// string (never the id itself); the message tests make sure none is missing.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with extra variables: from the first language that has it and formats
    /// it without error, else the first that has it at all.
    pub fn format(&self, id: &str, extra: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.region_variables {
            args.set(*name, FluentValue::from(value.clone()));
        }
        for (name, value) in extra {
            args.set(*name, FluentValue::from(value.clone()));
        }
        let mut first_try = None;
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
            first_try.get_or_insert_with(|| text.into_owned());
        }
        first_try.unwrap_or_default()
    }
}

/// The `.ftl` sources build.rs listed for a shipped language (none for another code).
pub fn shipped_files(code: &str) -> &'static [&'static str] {
    MESSAGE_FILES
        .iter()
        .find(|(language, _)| *language == code)
        .map(|(_, files)| *files)
        .unwrap_or_default()
}

/// The Fluent bundle of one language. A file that fails to parse is a content bug the message
/// tests catch; its valid messages are still used, and English covers the rest.
fn bundle(code: &str, files: &[&str]) -> FluentBundle<FluentResource> {
    // Shipped codes are checked subtags; "und" (root plural rules) would only follow a bad one.
    let locale: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![locale]);
    // Bidi isolation marks would end up in copied and printed text; the widget sets `dir` on
    // its root instead.
    bundle.set_use_isolating(false);
    for source in files {
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        // Duplicate ids are refused by the message tests; keep the first if one slips in.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The catalogue as a context value.
pub type Texts = crate::shared::Shared<Catalogue>;
