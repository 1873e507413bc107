//! The result (and the early emergency stop): the advice, why, the explanations that fit,
//! safety-net advice, "not a diagnosis", sources, and the summary for the doctor.
//! Its root is the only element carrying `data-urgency` and `data-cancers` (test contract).

use crate::components::doctor_summary::DoctorSummary;
use crate::components::explanation_list::ExplanationList;
use crate::components::safety_net::SafetyNet;
use crate::components::source_list::SourceList;
use crate::components::urgency_card::UrgencyCard;
use crate::components::why_list::WhyList;
use crate::shared::SharedContent;
use crate::texts::Texts;
use engine::{Answers, Assessment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub assessment: Assessment,
    pub answers: Answers,
    /// Shown straight after an emergency answer, before the questions are finished.
    #[prop_or_default]
    pub early: bool,
    pub on_continue: Callback<()>,
    pub on_restart: Callback<()>,
    pub on_back: Callback<()>,
    /// The time to print on the summary, once the person has asked for it.
    #[prop_or_default]
    pub summary_created: Option<AttrValue>,
    pub on_show_summary: Callback<()>,
    /// Saves the summary as a FHIR QuestionnaireResponse file, made on the device.
    #[prop_or_default]
    pub on_save_file: Callback<()>,
    /// The device's date is past the content's next review: this copy may be out of date.
    #[prop_or_default]
    pub review_overdue: bool,
}

#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let content = use_context::<SharedContent>().expect("content context");
    let texts = use_context::<Texts>().expect("texts context");
    let assessment = &props.assessment;
    let click = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    let review_by = content.review_by().to_string();
    html! {
        <div class={classes!("bpt-page", "bpt-result", props.summary_created.is_some().then_some("bpt-result--summary-open"))}
            data-urgency={assessment.urgency.as_str()}
            data-cancers={assessment.cancers.join(" ")}>
            <button type="button" class="bpt-back-link bpt-no-print" data-action="back" onclick={click(&props.on_back)}>{ texts.get("button-back") }</button>
            <UrgencyCard urgency={assessment.urgency} />
            if props.review_overdue {
                <div class="bpt-inset bpt-inset--warning" data-review-overdue="">
                    <p>{ texts.format("result-review-overdue", &[("review_by", review_by.clone())]) }</p>
                </div>
            }
            if props.early {
                <div class="bpt-inset bpt-inset--warning">
                    <p><strong>{ texts.get("emergency-stop-lead") }</strong></p>
                    <p>{ texts.get("emergency-stop-continue-hint") }</p>
                </div>
                <button type="button" class="bpt-button bpt-button--secondary" data-action="continue" onclick={click(&props.on_continue)}>
                    { texts.get("button-continue-after-emergency") }
                </button>
            }
            <WhyList assessment={assessment.clone()} answers={props.answers.clone()} />
            <ExplanationList assessment={assessment.clone()} />
            <SafetyNet />
            <section class="bpt-section" aria-labelledby="bpt-not-diagnosis-heading">
                <h2 id="bpt-not-diagnosis-heading" class="bpt-heading-m">{ texts.get("result-not-diagnosis-heading") }</h2>
                <p>{ texts.get("result-not-diagnosis") }</p>
            </section>
            <SourceList assessment={assessment.clone()} />
            <p class="bpt-meta">
                { texts.format("result-version", &[("version", content.manifest.version.clone()), ("hash", content.short_hash().to_string())]) }
                { " " }
                { texts.format("result-reviewed", &[("reviewed", content.manifest.reviewed.clone()), ("review_by", review_by)]) }
            </p>
            if !props.early {
                <div class="bpt-button-group bpt-no-print">
                    if props.summary_created.is_none() {
                        <button type="button" class="bpt-button" data-action="show-summary" onclick={click(&props.on_show_summary)}>{ texts.get("button-show-summary") }</button>
                    }
                    <button type="button" class="bpt-button bpt-button--warning" data-action="restart" onclick={click(&props.on_restart)}>{ texts.get("button-clear") }</button>
                </div>
            }
            if let Some(created) = props.summary_created.clone() {
                <DoctorSummary assessment={assessment.clone()} answers={props.answers.clone()} {created} />
                <div class="bpt-button-group bpt-no-print">
                    <button type="button" class="bpt-button" id="bpt-print" data-action="print" onclick={Callback::from(|_: MouseEvent| {
                        let _ = gloo::utils::window().print();
                    })}>{ texts.get("button-print") }</button>
                    <button type="button" class="bpt-button bpt-button--secondary" id="bpt-save-file" data-action="save-file" aria-describedby="bpt-save-file-hint" onclick={click(&props.on_save_file)}>{ texts.get("button-save-file") }</button>
                </div>
                <p class="bpt-hint bpt-no-print" id="bpt-save-file-hint">{ texts.get("summary-file-hint") }</p>
            }
        </div>
    }
}
