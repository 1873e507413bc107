//! Patient-facing text: the Fluent messages of `content/locales/<lang>/`, formatted with the
//! region pack's service names and numbers. Components ask for text by message id only.

use engine::regions::RegionPack;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// The English message files, embedded at compile time like the rest of the content.
const ENGLISH: [&str; 5] = [
    include_str!("../content/locales/en/ui.ftl"),
    include_str!("../content/locales/en/questions.ftl"),
    include_str!("../content/locales/en/levels.ftl"),
    include_str!("../content/locales/en/rules.ftl"),
    include_str!("../content/locales/en/explanations.ftl"),
];

/// Formats messages for one language and one region pack. Cheap to share: components get it
/// from a context as `Texts`, which compares by identity.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    lang: String,
    region: RegionPack,
}

impl Catalogue {
    /// English with the given region pack. A message file that fails to parse is a content
    /// bug that the engine's message tests catch; here its valid messages are still used.
    pub fn english(region: RegionPack) -> Catalogue {
        let lang = "en-GB";
        let mut bundle = FluentBundle::new(vec![lang.parse().expect("valid language tag")]);
        // Bidi isolation marks would end up in copied and printed text; the widget sets `dir`
        // on its root instead.
        bundle.set_use_isolating(false);
        for source in ENGLISH {
            let resource =
                FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            // Duplicate ids are refused by the message tests; keep the first if one slips in.
            let _ = bundle.add_resource(resource);
        }
        Catalogue {
            bundle,
            lang: lang.to_string(),
            region,
        }
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    pub fn region(&self) -> &RegionPack {
        &self.region
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id`, with the region variables. A missing message gives an empty string
    /// (never the id itself); the widget's message test makes sure none is missing.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with extra variables.
    pub fn format(&self, id: &str, extra: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return String::new();
        };
        let mut args = FluentArgs::new();
        args.set(
            "emergency_number",
            FluentValue::from(self.region.emergency_number.clone()),
        );
        args.set(
            "emergency_department",
            FluentValue::from(self.region.emergency_department.clone()),
        );
        args.set(
            "urgent_service",
            FluentValue::from(self.region.urgent_service.clone()),
        );
        args.set("gp", FluentValue::from(self.region.gp.clone()));
        for (name, value) in extra {
            args.set(*name, FluentValue::from(value.clone()));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }
}

/// The catalogue as a context value.
pub type Texts = crate::shared::Shared<Catalogue>;
