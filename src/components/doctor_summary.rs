//! A print-friendly summary for the doctor: the advice and why, every answer as asked, the
//! date and time, the content version and rules hash, and space for notes. Made on the device.

use crate::answer_text::answer_text;
use crate::shared::SharedContent;
use crate::texts::Texts;
use engine::{Answers, Assessment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DoctorSummaryProps {
    pub assessment: Assessment,
    pub answers: Answers,
    /// When the summary was made, already formatted for the reader's locale.
    pub created: AttrValue,
}

#[component]
pub fn DoctorSummary(props: &DoctorSummaryProps) -> Html {
    let content = use_context::<SharedContent>().expect("content context");
    let texts = use_context::<Texts>().expect("texts context");
    let questionnaire = &content.questionnaire;
    let stem = props.assessment.urgency.message_stem();
    let rows = questionnaire
        .visible_steps(&props.answers)
        .into_iter()
        .flat_map(|s| questionnaire.step(s).questions.clone())
        .filter_map(|q| {
            let question = questionnaire.question(q);
            props.answers.get(q).map(|answer| {
                html! {
                    <tr>
                        <th scope="row">{ texts.get(&question.message_id()) }</th>
                        <td>{ answer_text(&texts, question, answer) }</td>
                    </tr>
                }
            })
        });
    html! {
        <section class="bpt-summary" id="bpt-summary" aria-labelledby="bpt-summary-heading" tabindex="-1">
            <h2 id="bpt-summary-heading" class="bpt-heading-l">{ texts.get("summary-heading") }</h2>
            <p>{ texts.get("summary-lead") }</p>
            <p class="bpt-summary__meta">
                { texts.format("summary-created", &[("datetime", props.created.to_string())]) }
                <br />
                { texts.format("summary-version", &[("version", content.manifest.version.clone()), ("hash", content.short_hash().to_string())]) }
            </p>
            <h3 class="bpt-heading-s">{ texts.get("result-caption") }</h3>
            <p class="bpt-summary__advice"><strong>{ texts.get(&format!("{stem}-title")) }</strong></p>
            <p>{ texts.get(&format!("{stem}-action")) }</p>
            <h3 class="bpt-heading-s">{ texts.get("result-why-heading") }</h3>
            if props.assessment.fired.is_empty() {
                <p>{ texts.get("result-why-none") }</p>
            } else {
                <ul class="bpt-list bpt-list--bullet">
                    { for props.assessment.fired.iter().map(|f| {
                        let rule = content.rules.rule(f.rule);
                        html! { <li>{ texts.get(&rule.why_message_id()) }{ format!(" ({})", rule.id) }</li> }
                    }) }
                </ul>
            }
            <h3 class="bpt-heading-s">{ texts.get("summary-answers-heading") }</h3>
            <table class="bpt-table">
                <tbody>{ for rows }</tbody>
            </table>
            <h3 class="bpt-heading-s">{ texts.get("result-not-diagnosis-heading") }</h3>
            <p>{ texts.get("result-not-diagnosis") }</p>
            <h3 class="bpt-heading-s">{ texts.get("summary-notes-heading") }</h3>
            <div class="bpt-summary__notes" aria-hidden="true"></div>
        </section>
    }
}
