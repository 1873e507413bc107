//! "Check your answers" (GOV.UK pattern): every step asked, its answers, and a Change button.

use crate::answer_text::answer_text;
use crate::shared::SharedContent;
use crate::texts::Texts;
use engine::Answers;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub answers: Answers,
    pub on_change: Callback<usize>,
    pub on_confirm: Callback<()>,
    pub on_back: Callback<()>,
}

#[component]
pub fn CheckAnswers(props: &CheckAnswersProps) -> Html {
    let content = use_context::<SharedContent>().expect("content context");
    let texts = use_context::<Texts>().expect("texts context");
    let questionnaire = &content.questionnaire;
    let rows = questionnaire.visible_steps(&props.answers).into_iter().map(|index| {
        let step = questionnaire.step(index);
        let (label, value) = if step.checklist {
            let ticked: Vec<String> = step
                .questions
                .iter()
                .filter(|&&q| props.answers.get(q) == Some(engine::Answer::Yes))
                .map(|&q| texts.get(&questionnaire.question(q).message_id()))
                .collect();
            let value = if ticked.is_empty() {
                html! { texts.get("answer-none-of-these") }
            } else {
                html! { <ul class="bpt-list">{ for ticked.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul> }
            };
            (texts.get(&step.title_message_id()), value)
        } else {
            let q = step.questions[0];
            let question = questionnaire.question(q);
            let value = props.answers.get(q).map(|a| answer_text(&texts, question, a)).unwrap_or_default();
            (texts.get(&question.message_id()), html! { value })
        };
        let onclick = {
            let on_change = props.on_change.clone();
            Callback::from(move |_: MouseEvent| on_change.emit(index))
        };
        html! {
            <div class="bpt-summary-list__row">
                <dt class="bpt-summary-list__key">{ label.clone() }</dt>
                <dd class="bpt-summary-list__value">{ value }</dd>
                <dd class="bpt-summary-list__actions">
                    <button type="button" class="bpt-link-button" data-action="change" data-change={step.id.clone()} {onclick}>
                        { texts.get("button-change") }
                        <span class="bpt-visually-hidden">{ " " }{ texts.format("check-change-hidden", &[("question", label)]) }</span>
                    </button>
                </dd>
            </div>
        }
    });
    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };
    let on_confirm = {
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_: MouseEvent| on_confirm.emit(()))
    };
    html! {
        <div class="bpt-page" data-page="check-answers">
            <button type="button" class="bpt-back-link" data-action="back" onclick={on_back}>{ texts.get("button-back") }</button>
            <h1 id="bpt-main-heading" class="bpt-heading-l" tabindex="-1">{ texts.get("check-heading") }</h1>
            <p>{ texts.get("check-lead") }</p>
            <dl class="bpt-summary-list">{ for rows }</dl>
            <button type="button" class="bpt-button" data-action="continue" onclick={on_confirm}>{ texts.get("button-continue") }</button>
        </div>
    }
}
