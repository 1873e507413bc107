//! The configuration page for hospital web teams (`dist/configure.html`, `static/configure.js`).
//! It loads this same WebAssembly (with no `#bpt-root`, so [`crate::mount`] shows nothing) and
//! asks [`check_configuration`] about the settings as they are typed: the answer comes from the
//! code that checks them in the widget (`engine::host_config`), never from a JavaScript copy.

use engine::host_config::{self, Known};
use wasm_bindgen::prelude::wasm_bindgen;

/// Checks a query string (`region=us&theme-button=%23…`, with or without `?`) against the
/// languages and regions this build offers; returns [`host_config::report_json`]'s JSON, or
/// `{"error":…}` if the content cannot be read (build.rs makes that impossible in a tested
/// build).
#[wasm_bindgen(js_name = checkConfiguration)]
pub fn check_configuration(query: &str) -> String {
    match crate::content() {
        Ok(content) => {
            let regions: Vec<&str> = content.regions.ids().collect();
            let languages = content.languages.codes();
            let known = Known {
                languages: &languages,
                regions: &regions,
            };
            host_config::report_json(query, &known)
        }
        Err(_) => String::from("{\"error\":\"content did not load\"}"),
    }
}

#[cfg(test)]
mod tests {
    use super::check_configuration;
    use serde_json::{json, Value};

    fn check(query: &str) -> Value {
        serde_json::from_str(&check_configuration(query)).expect("JSON")
    }

    #[test]
    fn checks_against_every_region_and_language_this_build_offers() {
        let content = crate::content().expect("content");
        let regions: Vec<&str> = content.regions.ids().collect();
        let report = check("?region=uk-nir&lang=es-MX&theme-button=%23fff&theme-link=%231d4f91");
        assert_eq!(report["offered"]["region"], json!(regions));
        assert_eq!(report["offered"]["lang"], json!(content.languages.codes()));
        assert_eq!(
            report["settings"],
            json!({"lang": "es", "region": "uk-nir", "theme-link": "#1d4f91"})
        );
        assert_eq!(
            report["problems"],
            json!({"theme-button": "colour contrast below 4.5:1 with white text; using the default"})
        );
        assert_eq!(report["contrast"]["theme-button"]["ratio"], json!(1.0));
        for id in &regions {
            assert_eq!(check(&format!("region={id}"))["settings"]["region"], *id);
        }
        for language in content.languages.all() {
            assert_eq!(
                check(&format!("lang={}", language.code))["settings"]["lang"],
                *language.code
            );
        }
        assert_eq!(
            check("region=mars")["problems"]["region"],
            "not offered by this widget; using the default"
        );
        assert_eq!(
            check("lang=fr")["problems"]["lang"],
            "not offered by this widget; using the default"
        );
    }
}
