//! The person's choice of language, as a hook for the root component: which language is shown,
//! whether it was changed (the switch announces that), and whether a chosen language could not
//! be loaded (the notice says so). A language that is not available yet is loaded first
//! (`crate::language_files`), so the page never shows a mix; until it arrives the current
//! language stays, and if it does not arrive the answers and the place are kept and choosing it
//! again tries again.

use yew::prelude::*;

/// What the root needs to render the language choice.
pub struct LanguageChoice {
    /// The language shown (always available).
    pub language: String,
    /// The person has changed the language at least once.
    pub switched: bool,
    /// The language chosen last could not be loaded.
    pub failed: bool,
    /// Called with a language code when the person chooses a language.
    pub choose: Callback<String>,
}

/// The language choice, starting in `initial` (available now), with `failed` when the language
/// the page wanted at start could not be loaded.
#[hook]
pub fn use_language_choice(initial: &str, failed: bool) -> LanguageChoice {
    let language = use_state(|| initial.to_string());
    let switched = use_state(|| false);
    let language_failed = use_state(|| failed);
    // The language chosen last: a language file that arrives after another choice is not shown.
    let chosen = use_mut_ref(|| initial.to_string());
    let choose = {
        let language = language.clone();
        let switched = switched.clone();
        let language_failed = language_failed.clone();
        Callback::from(move |code: String| {
            *chosen.borrow_mut() = code.clone();
            let show = {
                let (language, switched, language_failed) =
                    (language.clone(), switched.clone(), language_failed.clone());
                move |code: String| {
                    crate::persistence::save_language(&code);
                    language.set(code);
                    switched.set(true);
                    language_failed.set(false);
                }
            };
            if *language == code {
                language_failed.set(false);
            } else if crate::language_files::is_available(&code) {
                show(code);
            } else {
                let chosen = chosen.clone();
                let language_failed = language_failed.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::language_files::load(&code).await;
                    if *chosen.borrow() != code {
                        return; // the person chose another language meanwhile
                    }
                    match loaded {
                        Ok(()) => show(code),
                        Err(error) => {
                            web_sys::console::error_1(
                                &format!(
                                    "back-pain check: language {code} not loaded: {}",
                                    error.0
                                )
                                .into(),
                            );
                            language_failed.set(true);
                        }
                    }
                });
            }
        })
    };
    LanguageChoice {
        language: (*language).clone(),
        switched: *switched,
        failed: *language_failed,
        choose,
    }
}
