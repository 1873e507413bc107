//! Which languages' messages the widget has, and loading the others.
//!
//! The fallback language (English) is built in (`texts::BUILT_IN`). Every other language is a
//! file of its own (`engine::language_pack`), so a first visit downloads one language's text,
//! not all of them. The widget's Rust makes no network requests (clippy.toml, T-PRIV-6): the
//! start-up script (tools/bootstrap.mjs) leaves a loader on `#bpt-root` (its `bptLoadLanguage`
//! property), which GETs only the built `lang/<code>-<hash>.txt` files, each with its integrity
//! hash, and the service worker keeps them for offline use. A loaded language stays for the
//! page's life. Without that loader (a page not started by our script) only English works, and
//! choosing another language shows the could-not-load notice.
//!
//! Native builds (the tests and the build tools) have every language file built in, so every
//! language is available there without loading, read through the same decoder.

use engine::messages::{self, Table};
use std::cell::RefCell;

thread_local! {
    /// The languages loaded so far, each decoded once (`messages::leak`: a few, for the page's life).
    static LOADED: RefCell<Vec<(String, &'static Table)>> = const { RefCell::new(Vec::new()) };
}

/// The messages of language `code`, if the widget has them now.
pub fn table(code: &str) -> Option<&'static Table> {
    if code == crate::texts::BUILT_IN.0 {
        return Some(crate::texts::BUILT_IN.1);
    }
    let loaded = LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, table)| *table)
    });
    #[cfg(not(target_arch = "wasm32"))]
    if loaded.is_none() {
        return built::text(code).and_then(|text| register(code, text).ok());
    }
    loaded
}

/// Whether language `code` can be shown without loading anything.
pub fn is_available(code: &str) -> bool {
    table(code).is_some()
}

/// Reads a language file's text (written against the built-in messages' ids) and keeps its
/// messages.
fn register(code: &str, text: &str) -> Result<&'static Table, LoadError> {
    let ids: Vec<&str> = crate::texts::BUILT_IN.1.iter().map(|(id, _)| *id).collect();
    let compiled = engine::language_pack::decode(code, text, &ids)
        .map_err(|error| LoadError(error.to_string()))?;
    Ok(LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        // Two quick choices of the same language may both load it: keep the first.
        if let Some((_, table)) = loaded.iter().find(|(c, _)| c == code) {
            return *table;
        }
        let table = messages::leak(compiled);
        loaded.push((code.to_string(), table));
        table
    }))
}

/// Why a language could not be loaded (for the console; the person sees a plain notice).
#[derive(Debug, PartialEq, Eq)]
pub struct LoadError(pub String);

/// Loads language `code` (a no-op when it is already available).
pub async fn load(code: &str) -> Result<(), LoadError> {
    if is_available(code) {
        return Ok(());
    }
    let bytes = loader::fetch(code).await?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| LoadError(format!("the file for {code} is not UTF-8 text")))?;
    register(code, text).map(|_| ())
}

#[cfg(target_arch = "wasm32")]
mod loader {
    use super::LoadError;
    use std::cell::RefCell;
    use wasm_bindgen::{JsCast, JsValue};

    thread_local! {
        static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    }

    /// The property of `#bpt-root` where the start-up script leaves its loader.
    const PROPERTY: &str = "bptLoadLanguage";

    /// Keeps the start-up script's loader, a function from a language code to a promise of that
    /// language file's bytes, and takes it off the element.
    pub fn take(root: &web_sys::Element) {
        let key = JsValue::from_str(PROPERTY);
        let loader = js_sys::Reflect::get(root, &key)
            .ok()
            .and_then(|value| value.dyn_into::<js_sys::Function>().ok());
        let _ = js_sys::Reflect::delete_property(root, &key);
        LOADER.with(|l| *l.borrow_mut() = loader);
    }

    pub async fn fetch(code: &str) -> Result<Vec<u8>, LoadError> {
        let promise = LOADER.with(|l| {
            let loader = l.borrow();
            let loader = loader
                .as_ref()
                .ok_or_else(|| LoadError("the page gave no language loader".into()))?;
            loader
                .call1(&JsValue::NULL, &JsValue::from_str(code))
                .map_err(|e| LoadError(format!("{e:?}")))?
                .dyn_into::<js_sys::Promise>()
                .map_err(|_| LoadError("the language loader did not return a promise".into()))
        })?;
        let value = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| LoadError(format!("{e:?}")))?;
        let bytes = value
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| LoadError("the language loader did not give bytes".into()))?;
        Ok(bytes.to_vec())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod loader {
    use super::LoadError;

    /// Every language is built in natively, so nothing is ever fetched.
    pub async fn fetch(code: &str) -> Result<Vec<u8>, LoadError> {
        Err(LoadError(format!("no language file for {code}")))
    }
}

/// Takes the start-up script's language loader from `#bpt-root` (see the module's notes).
#[cfg(target_arch = "wasm32")]
pub use loader::take as take_loader;

/// Native builds have every language built in, so there is no loader to take.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_loader(_root: &web_sys::Element) {}

/// The language files' text, built in for native builds (generated by build.rs).
#[cfg(not(target_arch = "wasm32"))]
pub mod built {
    include!(concat!(env!("OUT_DIR"), "/language_files.rs"));

    /// The text of language `code`'s file.
    pub fn text(code: &str) -> Option<&'static str> {
        LANGUAGE_FILES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, text)| *text)
    }
}
