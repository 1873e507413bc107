//! "Why we ask this": a native disclosure (details/summary), so it works without script and
//! with every screen reader.

use crate::texts::Texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyWeAskProps {
    pub text: AttrValue,
}

#[component]
pub fn WhyWeAsk(props: &WhyWeAskProps) -> Html {
    let texts = use_context::<Texts>().expect("texts context");
    html! {
        <details class="bpt-details">
            <summary class="bpt-details__summary"><span class="bpt-details__summary-text">{ texts.get("why-we-ask") }</span></summary>
            <div class="bpt-details__text">{ props.text.clone() }</div>
        </details>
    }
}
