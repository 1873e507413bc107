//! The start page (decision D1): what the tool is and is not for, when to get help now, the
//! privacy promise, and the content version and rules hash (change control).

use crate::shared::SharedContent;
use crate::texts::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub on_start: Callback<()>,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let content = use_context::<SharedContent>().expect("content context");
    let texts = use_context::<Texts>().expect("texts context");
    let onclick = {
        let on_start = props.on_start.clone();
        Callback::from(move |_: MouseEvent| on_start.emit(()))
    };
    let version = texts.format(
        "intro-version",
        &[
            ("version", content.manifest.version.clone()),
            ("hash", content.short_hash().to_string()),
            ("reviewed", content.manifest.reviewed.clone()),
        ],
    );
    html! {
        <div class="bpt-page" data-page="intro">
            <h1 id="bpt-main-heading" class="bpt-heading-xl" tabindex="-1">{ texts.get("intro-heading") }</h1>
            <p class="bpt-lead">{ texts.get("intro-lead") }</p>
            <p>{ texts.get("intro-most-back-pain") }</p>
            <div class="bpt-care-card bpt-care-card--emergency">
                <div class="bpt-care-card__heading-container">
                    <h2 class="bpt-care-card__heading">{ texts.get("intro-emergency-heading") }</h2>
                </div>
                <div class="bpt-care-card__content"><p>{ texts.get("intro-emergency-body") }</p></div>
            </div>
            <h2 class="bpt-heading-m">{ texts.get("intro-use-for-heading") }</h2>
            <p>{ texts.get("intro-use-for") }</p>
            <h2 class="bpt-heading-m">{ texts.get("intro-not-for-heading") }</h2>
            <ul class="bpt-list bpt-list--bullet">
                <li>{ texts.get("intro-not-for-diagnosis") }</li>
                <li>{ texts.get("intro-not-for-children") }</li>
                <li>{ texts.get("intro-not-for-injury") }</li>
            </ul>
            <div class="bpt-inset">
                <p>{ texts.get("intro-privacy") }</p>
            </div>
            <p>{ texts.get("intro-time") }</p>
            <button type="button" class="bpt-button bpt-button--start" data-action="start" {onclick}>{ texts.get("button-start") }</button>
            <p class="bpt-meta">{ version }</p>
        </div>
    }
}
