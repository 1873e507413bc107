//! Safety-net advice (evidence section 6): shown with every result, because no answer set can
//! rule a serious cause out.

use crate::texts::Texts;
use yew::prelude::*;

const EMERGENCY_SIGNS: [&str; 6] = [
    "safety-net-saddle",
    "safety-net-bladder",
    "safety-net-sexual",
    "safety-net-both-legs",
    "safety-net-weakness",
    "safety-net-chest",
];

#[component]
pub fn SafetyNet() -> Html {
    let texts = use_context::<Texts>().expect("texts context");
    html! {
        <section class="bpt-section bpt-safety-net" aria-labelledby="bpt-safety-net-heading">
            <h2 id="bpt-safety-net-heading" class="bpt-heading-m">{ texts.get("result-safety-net-heading") }</h2>
            <div class="bpt-care-card bpt-care-card--emergency">
                <div class="bpt-care-card__content">
                    <p>{ texts.get("safety-net-emergency-lead") }</p>
                    <ul class="bpt-list bpt-list--bullet">
                        { for EMERGENCY_SIGNS.iter().map(|id| html! { <li>{ texts.get(id) }</li> }) }
                    </ul>
                </div>
            </div>
            <p>{ texts.get("safety-net-same-day") }</p>
            <p>{ texts.get("safety-net-cancer") }</p>
            <p>{ texts.get("safety-net-gp") }</p>
        </section>
    }
}
