//! The languages the widget ships (`content/locales/languages.toml`), and choosing one from a
//! person's or a host's preferences.

use serde::{Deserialize, Serialize};

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// A primary language subtag such as `en` or `es`: also the folder under `content/locales/`.
    pub code: String,
    /// The language's name in itself ("Español"), as the language switch shows it.
    pub name: String,
    pub direction: Direction,
    /// False until a clinician has checked the translation against English; the widget then
    /// marks the interface as an unreviewed translation.
    pub clinically_reviewed: bool,
}

/// The shipped languages, in the switch's order. The loader guarantees there is at least one
/// and that the first, the fallback, is reviewed English.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Languages {
    pub(crate) list: Vec<Language>,
}

impl Languages {
    pub fn all(&self) -> &[Language] {
        &self.list
    }

    /// The language every other one falls back to (English).
    pub fn fallback(&self) -> &Language {
        &self.list[0]
    }

    pub fn get(&self, code: &str) -> Option<&Language> {
        self.list.iter().find(|l| l.code == code)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.list.iter().map(|l| l.code.as_str()).collect()
    }

    /// The first shipped language among `preferred` BCP 47 tags (such as the browser's
    /// `navigator.languages`, best first), matched by primary subtag ignoring case: `es-MX`
    /// picks `es`. None when no tag matches.
    pub fn negotiate<'t>(&self, preferred: impl IntoIterator<Item = &'t str>) -> Option<&Language> {
        preferred.into_iter().find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            self.list
                .iter()
                .find(|l| l.code.eq_ignore_ascii_case(primary))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::Content;

    #[test]
    fn picks_the_first_preferred_language_that_ships() {
        let content = Content::embedded();
        let languages = &content.languages;
        let pick = |tags: &[&str]| {
            languages
                .negotiate(tags.iter().copied())
                .map(|l| l.code.as_str())
        };
        assert_eq!(pick(&["es-MX", "en"]), Some("es"));
        assert_eq!(pick(&["fr-FR", "ES"]), Some("es"));
        assert_eq!(pick(&["en_GB", "es"]), Some("en"));
        assert_eq!(pick(&["fr", "de"]), None);
        assert_eq!(pick(&[]), None);
        assert_eq!(pick(&["", "e", "english"]), None);
        assert_eq!(languages.fallback().code, "en");
        assert!(languages.fallback().clinically_reviewed);
    }

    #[test]
    fn lists_the_shipped_languages_in_order_with_their_direction() {
        let content = Content::embedded();
        let languages = &content.languages;
        let codes: Vec<&str> = languages.all().iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "es"]);
        assert_eq!(languages.codes(), codes);
        assert_eq!(
            languages.get("es").map(|l| l.name.as_str()),
            Some("Español")
        );
        assert_eq!(languages.get("fr"), None);
        assert_eq!(super::Direction::Ltr.as_str(), "ltr");
        assert_eq!(super::Direction::Rtl.as_str(), "rtl");
    }
}
