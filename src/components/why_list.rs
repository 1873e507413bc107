//! "Why we gave this advice": each rule that fired, in plain words, with the answers that made
//! it fire (the evaluation trace), most urgent first.

use crate::answer_text::answer_text;
use crate::shared::SharedContent;
use crate::texts::Texts;
use engine::{Answers, Assessment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhyListProps {
    pub assessment: Assessment,
    pub answers: Answers,
}

#[component]
pub fn WhyList(props: &WhyListProps) -> Html {
    let content = use_context::<SharedContent>().expect("content context");
    let texts = use_context::<Texts>().expect("texts context");
    let body = if props.assessment.fired.is_empty() {
        html! { <p>{ texts.get("result-why-none") }</p> }
    } else {
        html! {
            <>
                <p>{ texts.get("result-why-lead") }</p>
                <ul class="bpt-why-list">
                    { for props.assessment.fired.iter().map(|fired| {
                        let rule = content.rules.rule(fired.rule);
                        html! {
                            <li class="bpt-why-list__item" data-rule={rule.id.clone()}>
                                <p>{ texts.get(&rule.why_message_id()) }</p>
                                if !fired.because.is_empty() {
                                    <p class="bpt-why-list__because">{ texts.get("result-because") }</p>
                                    <ul class="bpt-list bpt-list--bullet">
                                        { for fired.because.iter().filter_map(|&q| {
                                            let question = content.questionnaire.question(q);
                                            props.answers.get(q).map(|answer| html! {
                                                <li>{ texts.get(&question.message_id()) }{ " " }<strong>{ answer_text(&texts, question, answer) }</strong></li>
                                            })
                                        }) }
                                    </ul>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </>
        }
    };
    html! {
        <section class="bpt-section" aria-labelledby="bpt-why-heading">
            <h2 id="bpt-why-heading" class="bpt-heading-m">{ texts.get("result-why-heading") }</h2>
            { body }
        </section>
    }
}
