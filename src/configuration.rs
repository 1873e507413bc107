//! The host's configuration (issue 4, decision D4): read from the page's URL parameters (the
//! loader puts its `data-*` attributes there), checked by the engine's pure parser
//! (`engine::host_config`), and applied. A bad value never breaks the questionnaire: it is
//! dropped, the safe default is used, and one console warning says what was ignored (without
//! repeating the value).

use engine::host_config::{self, HostConfig, Known};
use engine::Content;

/// Reads and checks the configuration in the page's URL.
pub fn read(content: &Content) -> HostConfig {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let regions: Vec<&str> = content.regions.ids().collect();
    let languages = content.languages.codes();
    let parsed = host_config::parse_query(
        &search,
        &Known {
            languages: &languages,
            regions: &regions,
        },
    );
    if let Some(message) = parsed.console_message() {
        web_sys::console::warn_1(
            &format!("back-pain check: configuration ignored (safe defaults used): {message}")
                .into(),
        );
    }
    parsed.config
}

/// Sets the host's theme colours on the page root, through the CSS object model: a strict
/// `style-src 'self'` allows that, where a `style` attribute would need 'unsafe-inline'. Only
/// the allowlisted custom properties can be set; the urgency colours are not among them.
pub fn apply_theme(config: &HostConfig) {
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    let style = root.style();
    for (token, colour) in &config.theme {
        let _ = style.set_property(token.css_property(), &colour.css());
    }
}

/// The language to start in: the one the person chose earlier in this tab, else the host's
/// (`lang`), else the first of the browser's languages that ships, else English.
pub fn initial_language(content: &Content, config: &HostConfig) -> String {
    let languages = &content.languages;
    let chosen = crate::persistence::saved_language().filter(|c| languages.get(c).is_some());
    if let Some(code) = chosen.or_else(|| config.language.clone()) {
        return code;
    }
    let browser: Vec<String> = gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    languages
        .negotiate(browser.iter().map(String::as_str))
        .unwrap_or(languages.fallback())
        .code
        .clone()
}
