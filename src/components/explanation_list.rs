//! The cancer explanations (and treatment / survivor topics) that fit the answers, as
//! disclosures the person opens when they want to read more.

use crate::texts::Texts;
use engine::Assessment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplanationListProps {
    pub assessment: Assessment,
}

fn disclosure(texts: &Texts, kind: &str, id: &str) -> Html {
    html! {
        <details class="bpt-details bpt-explanation" data-explanation={format!("{kind}-{id}")}>
            <summary class="bpt-details__summary"><span class="bpt-details__summary-text">{ texts.get(&format!("{kind}-{id}-title")) }</span></summary>
            <div class="bpt-details__text">
                <p>{ texts.get(&format!("{kind}-{id}-body")) }</p>
                <p>{ texts.get(&format!("{kind}-{id}-more")) }</p>
            </div>
        </details>
    }
}

#[component]
pub fn ExplanationList(props: &ExplanationListProps) -> Html {
    let texts = use_context::<Texts>().expect("texts context");
    let assessment = &props.assessment;
    if assessment.cancers.is_empty() && assessment.topics.is_empty() {
        return html! {};
    }
    html! {
        <section class="bpt-section" aria-labelledby="bpt-explanations-heading">
            <h2 id="bpt-explanations-heading" class="bpt-heading-m">{ texts.get("result-explanations-heading") }</h2>
            <p>{ texts.get("result-explanations-lead") }</p>
            { for assessment.cancers.iter().map(|id| disclosure(&texts, "cancer", id)) }
            if !assessment.topics.is_empty() {
                <h3 class="bpt-heading-s">{ texts.get("result-topics-heading") }</h3>
                { for assessment.topics.iter().map(|id| disclosure(&texts, "topic", id)) }
            }
        </section>
    }
}
