//! The back-pain red-flag check widget (Yew). It renders the engine's flow and sends it the
//! person's actions; all clinical logic lives in the `engine` crate and all text in
//! `content/locales`.
//!
//! - [`app::App`] loads content and text, owns the state ([`store::Store`]) and picks the view.
//! - [`components`] render one part of the state each.
//! - [`persistence`] is the only code that touches browser storage and history.
//! - [`configuration`] reads the host's settings; [`frame`] talks to the host page when embedded;
//!   [`offline`] registers the service worker; [`language_files`] has the languages' text and
//!   [`language_choice`] the person's choice among them.
//! - [`configure`] answers the configuration page for hospital web teams (`configure.html`).

pub mod answer_text;
pub mod app;
pub mod components;
pub mod configuration;
pub mod configure;
pub mod download;
pub mod frame;
pub mod language_choice;
pub mod language_files;
pub mod offline;
pub mod persistence;
pub mod shared;
pub mod store;
pub mod texts;

/// Mounts the widget on `#bpt-root` and removes the static fallback text, which stays on
/// screen if the WebAssembly never gets this far. Then, with the page working, connects to the
/// host page (when framed) and registers the service worker for offline use.
///
/// `#bpt-root` may hold the start page prerendered at build time (`src/bin/prerender.rs`): it is
/// removed in the same task as the widget's first render, so the browser never paints between
/// the two and the page does not shift. A press on its "Start now" before now was noted by the
/// start-up script (`data-start-requested`, tools/bootstrap.mjs) and is acted on.
///
/// A language other than the built-in one is loaded first (with the loader the start-up script
/// left on `#bpt-root`: [`language_files`]), so the page never shows one language and then
/// another; if it cannot be loaded the widget starts in English and says why.
pub fn mount() {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("bpt-root") else {
        return;
    };
    language_files::take_loader(&root);
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
            root.replace_children_with_node_0(); // no start page whose button cannot work
            return;
        }
    };
    let config = std::rc::Rc::new(configuration::read(&content));
    configuration::apply_theme(&config);
    let language = configuration::initial_language(&content, &config);
    if language_files::is_available(&language) {
        render(root, content, config, language, false);
    } else {
        wasm_bindgen_futures::spawn_local(async move {
            match language_files::load(&language).await {
                Ok(()) => render(root, content, config, language, false),
                Err(error) => {
                    web_sys::console::error_1(
                        &format!(
                            "back-pain check: language {language} not loaded: {}",
                            error.0
                        )
                        .into(),
                    );
                    let fallback = content.languages.fallback().code.clone();
                    render(root, content, config, fallback, true);
                }
            }
        });
    }
}

/// Renders the widget into `root` in `language` (available now), then removes the fallback
/// text, connects to the host page and registers the service worker.
fn render(
    root: web_sys::Element,
    content: std::rc::Rc<engine::Content>,
    config: std::rc::Rc<engine::host_config::HostConfig>,
    language: String,
    language_failed: bool,
) {
    let start_requested = root.has_attribute("data-start-requested");
    let parent = config.parent_origin.clone();
    // The device's date, for the out-of-date notice: its ISO form starts with YYYY-MM-DD (UTC).
    let now = String::from(js_sys::Date::new_0().to_iso_string());
    let today = yew::AttrValue::from(now.get(..10).unwrap_or_default().to_string());
    let props = app::AppProps {
        content,
        config,
        today,
        start_requested,
        language,
        language_failed,
    };
    root.replace_children_with_node_0();
    let _ = root.remove_attribute("data-prerendered");
    yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    let document = gloo::utils::document();
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
