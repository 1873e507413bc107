//! The advice as an NHS-style care card: the level in words (headline and action), never by
//! colour alone; the colour only repeats what the words say.

use crate::texts::Texts;
use engine::Urgency;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UrgencyCardProps {
    pub urgency: Urgency,
}

#[component]
pub fn UrgencyCard(props: &UrgencyCardProps) -> Html {
    let texts = use_context::<Texts>().expect("texts context");
    let stem = props.urgency.message_stem();
    let modifier = format!(
        "bpt-care-card--{}",
        props.urgency.as_str().replace('_', "-")
    );
    html! {
        <div class={classes!("bpt-care-card", modifier)}>
            <div class="bpt-care-card__heading-container">
                <h1 id="bpt-main-heading" class="bpt-care-card__heading" tabindex="-1">
                    <span class="bpt-care-card__caption">{ texts.get("result-caption") }<span class="bpt-visually-hidden">{ ": " }</span></span>
                    { texts.get(&format!("{stem}-title")) }
                </h1>
            </div>
            <div class="bpt-care-card__content">
                <p>{ texts.get(&format!("{stem}-action")) }</p>
                <p class="bpt-care-card__where">{ texts.get(&format!("{stem}-where")) }</p>
            </div>
        </div>
    }
}
