//! The back-pain red-flag check widget (Yew). It renders the engine's flow and sends it the
//! person's actions; all clinical logic lives in the `engine` crate and all text in
//! `content/locales`.
//!
//! - [`app::App`] loads content and text, owns the state ([`store::Store`]) and picks the view.
//! - [`components`] render one part of the state each.
//! - [`persistence`] is the only code that touches browser storage and history.

pub mod answer_text;
pub mod app;
pub mod components;
pub mod persistence;
pub mod shared;
pub mod store;
pub mod texts;

/// Mounts the widget on `#bpt-root` and removes the static fallback text, which stays on
/// screen if the WebAssembly never gets this far.
pub fn mount() {
    let document = gloo::utils::document();
    if let Some(root) = document.get_element_by_id("bpt-root") {
        yew::Renderer::<app::App>::with_root(root).render();
        if let Some(fallback) = document.get_element_by_id("bpt-fallback") {
            fallback.remove();
        }
    }
}
