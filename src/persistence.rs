//! The one place the widget touches browser storage and history (decision D5): answers are
//! kept in this tab's sessionStorage so a reload loses nothing, and each screen gets a history
//! entry (holding only where the person is, never answers) so the browser's Back works.
//! Nothing is persistent: closing the tab or "Clear my answers" removes the answers. The
//! language chosen with the language switch is kept for the tab too (it is not an answer).

use engine::flow::{Place, Snapshot};
use engine::{Content, Flow};
use wasm_bindgen::JsValue;

const KEY: &str = "bpt-answers";
/// The language the person chose with the language switch (a code such as `es`): a
/// preference, not an answer, so clearing the answers keeps it. It lasts as long as the tab.
const LANGUAGE_KEY: &str = "bpt-language";

fn session_storage() -> Option<web_sys::Storage> {
    // Storage can be switched off or blocked (for example in a sandboxed frame): then answers
    // simply do not survive a reload.
    gloo::utils::window().session_storage().ok().flatten()
}

/// What was found in this tab's storage at start-up.
pub enum Loaded {
    Nothing,
    Restored(Flow),
    /// Restored, but the answers were given to another version of the check (a new version
    /// took over in another tab): the person is told, and the answers that still fit are kept.
    RestoredFromOtherVersion(Flow),
    /// Something was stored but does not fit this version of the questionnaire.
    Unreadable,
}

pub fn load(content: &Content) -> Loaded {
    let Some(text) = session_storage().and_then(|s| s.get_item(KEY).ok().flatten()) else {
        return Loaded::Nothing;
    };
    let Some(snapshot) = Snapshot::from_text(&text, &content.questionnaire) else {
        clear();
        return Loaded::Unreadable;
    };
    let same_version = snapshot.content_version == content.manifest.version;
    match Flow::restore(content, &snapshot) {
        Some(flow) if same_version => Loaded::Restored(flow),
        Some(flow) => Loaded::RestoredFromOtherVersion(flow),
        None => {
            clear();
            Loaded::Unreadable
        }
    }
}

/// Keeps the flow for a reload; removes everything once there is nothing to keep.
pub fn save(content: &Content, flow: &Flow) {
    if flow.answers().is_empty() && matches!(flow, Flow::Intro { .. }) {
        clear();
        return;
    }
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(KEY, &flow.snapshot(content).to_text());
    }
}

/// Whether this tab holds answers: a questionnaire is in progress (or its result is open).
pub fn has_answers() -> bool {
    session_storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .is_some()
}

pub fn clear() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// The language chosen earlier in this tab, if any.
pub fn saved_language() -> Option<String> {
    session_storage().and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten())
}

pub fn save_language(code: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, code);
    }
}

/// The place stored in the current history entry, if it is one of ours.
pub fn current_place() -> Option<Place> {
    let state = gloo::utils::window().history().ok()?.state().ok()?;
    place_from(&state)
}

pub fn place_from(state: &JsValue) -> Option<Place> {
    Place::from_text(&state.as_string()?)
}

/// Records `place` in the session history: a new entry after a step forward or back in the
/// questionnaire, or replacing the current one (first load, or after the browser moved).
pub fn record_place(place: &Place, replace: bool) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let state = JsValue::from_str(&place.to_text());
    let _ = if replace {
        history.replace_state(&state, "")
    } else {
        history.push_state(&state, "")
    };
}
