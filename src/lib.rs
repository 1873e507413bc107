//! The back-pain red-flag check widget (Yew). It renders the engine's flow and sends it the
//! person's actions; all clinical logic lives in the `engine` crate and all text in
//! `content/locales`.
//!
//! - [`app::App`] loads content and text, owns the state ([`store::Store`]) and picks the view.
//! - [`components`] render one part of the state each.
//! - [`persistence`] is the only code that touches browser storage and history.
//! - [`configuration`] reads the host's settings; [`frame`] talks to the host page when embedded;
//!   [`offline`] registers the service worker.
//! - [`configure`] answers the configuration page for hospital web teams (`configure.html`).

pub mod answer_text;
pub mod app;
pub mod components;
pub mod configuration;
pub mod configure;
pub mod download;
pub mod frame;
pub mod offline;
pub mod persistence;
pub mod shared;
pub mod store;
pub mod texts;

/// Mounts the widget on `#bpt-root` and removes the static fallback text, which stays on
/// screen if the WebAssembly never gets this far. Then, with the page working, connects to the
/// host page (when framed) and registers the service worker for offline use.
pub fn mount() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("bpt-root") else {
        return;
    };
    let content = match content() {
        Ok(content) => std::rc::Rc::new(content),
        Err(error) => {
            // build.rs made these bytes from checked content in this same build, so this never
            // happens in a build that passed its tests. Leave the static fallback (emergency
            // signs and what to do) on screen and say why here.
            web_sys::console::error_1(
                &format!("back-pain check: content did not load: {error}").into(),
            );
            if let Some(page) = document.document_element() {
                let _ = page.class_list().add_1("bpt-failed"); // show the fallback at once
            }
            return;
        }
    };
    let config = std::rc::Rc::new(configuration::read(&content));
    configuration::apply_theme(&config);
    let parent = config.parent_origin.clone();
    // The device's date, for the out-of-date notice: its ISO form starts with YYYY-MM-DD (UTC).
    let now = String::from(js_sys::Date::new_0().to_iso_string());
    let today = yew::AttrValue::from(now.get(..10).unwrap_or_default().to_string());
    let props = app::AppProps {
        content,
        config,
        today,
    };
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    if let Some(fallback) = document.get_element_by_id("bpt-fallback") {
        fallback.remove();
    }
    if let Some(parent) = parent {
        frame::connect(&parent);
    }
    offline::register();
}

/// The clinical content, checked and compiled by build.rs (`engine::compiled`): decoding it is
/// all the start-up work, with no TOML to parse.
pub fn content() -> Result<engine::Content, engine::compiled::DecodeError> {
    engine::compiled::decode(include_bytes!(concat!(env!("OUT_DIR"), "/content.bin")))
}
