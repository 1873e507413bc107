//! The language switch: every shipped language by its own name, as buttons (GOV.UK's language
//! switcher shape). Choosing one changes every text at once and keeps the answers; a polite
//! live region then says, in the new language, that the page changed.

use crate::shared::SharedContent;
use crate::texts::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// Called with the chosen language's code.
    pub on_choose: Callback<String>,
    /// Set after the person switched language, so the change is announced (not on first load).
    #[prop_or_default]
    pub announce: bool,
}

#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let content = use_context::<SharedContent>().expect("content is provided by the app");
    let texts = use_context::<Texts>().expect("texts are provided by the app");
    let languages = content.languages.all();
    if languages.len() < 2 {
        return Html::default();
    }
    let current = texts.lang().to_string();
    html! {
        <nav class="bpt-language-switch bpt-no-print" aria-label={texts.get("language-switch-label")}>
            <ul class="bpt-language-switch__list">
                { for languages.iter().map(|language| {
                    let code = language.code.clone();
                    let is_current = code == current;
                    let onclick = {
                        let on_choose = props.on_choose.clone();
                        let code = code.clone();
                        Callback::from(move |_: MouseEvent| on_choose.emit(code.clone()))
                    };
                    html! {
                        <li key={code.clone()}>
                            <button type="button" class="bpt-language-switch__button"
                                lang={code.clone()} data-language={code}
                                aria-current={is_current.then_some("true")} {onclick}>
                                { language.name.clone() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <p class="bpt-visually-hidden" aria-live="polite">
                if props.announce { { texts.get("language-changed") } }
            </p>
        </nav>
    }
}
