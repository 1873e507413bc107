//! One screen of questions (GOV.UK "one thing per page"): a single question or a checklist,
//! its "why we ask this", validation with an error summary, Continue and Back.

use crate::answer_text::{format_number, unit_message};
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::why_we_ask::WhyWeAsk;
use crate::shared::SharedContent;
use crate::texts::Texts;
use engine::questionnaire::{NumberError, Question, QuestionKind};
use engine::{Answer, Answers, QuestionId};
use std::collections::BTreeMap;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub step: usize,
    pub answers: Answers,
    /// "Question k of about n".
    pub progress: (usize, usize),
    pub on_submit: Callback<Vec<(QuestionId, Answer)>>,
    pub on_back: Callback<()>,
}

/// What the person has entered but not yet submitted.
#[derive(Clone, Debug, PartialEq)]
enum Draft {
    Picked(String),
    Ticked(bool),
    Typed(String),
}

fn initial_draft(question: &Question, checklist: bool, answer: Option<Answer>) -> Option<Draft> {
    match (&question.kind, answer) {
        (QuestionKind::YesNo { .. }, a) if checklist => Some(Draft::Ticked(a == Some(Answer::Yes))),
        (_, Some(Answer::Yes)) => Some(Draft::Picked("yes".into())),
        (_, Some(Answer::No)) => Some(Draft::Picked("no".into())),
        (_, Some(Answer::NotSure)) => Some(Draft::Picked("not_sure".into())),
        (_, Some(Answer::Number(v))) => Some(Draft::Typed(format_number(v))),
        (_, Some(Answer::Choice(i))) => question
            .option_value(i)
            .map(|v| Draft::Picked(v.to_string())),
        (QuestionKind::Number { .. }, None) => Some(Draft::Typed(String::new())),
        _ => None,
    }
}

/// A message id and its variables: what is wrong with a draft.
type Problem = (String, Vec<(&'static str, String)>);

/// Turns a draft into an answer, or what is wrong with it.
fn read_draft(question: &Question, draft: Option<&Draft>) -> Result<Answer, Problem> {
    let choose = || ("error-choose-answer".to_string(), vec![]);
    match (&question.kind, draft) {
        (_, Some(Draft::Ticked(true))) => Ok(Answer::Yes),
        (_, Some(Draft::Ticked(false))) => Ok(Answer::No),
        (QuestionKind::YesNo { not_sure, .. }, Some(Draft::Picked(v))) => match v.as_str() {
            "yes" => Ok(Answer::Yes),
            "no" => Ok(Answer::No),
            "not_sure" if *not_sure => Ok(Answer::NotSure),
            _ => Err(choose()),
        },
        (QuestionKind::Choice { .. }, Some(Draft::Picked(v))) => question
            .option_index(v)
            .map(Answer::Choice)
            .ok_or_else(choose),
        (QuestionKind::Number { .. }, Some(Draft::Typed(text))) => question
            .parse_number(text)
            .map_err(|e| number_error(question, e)),
        (QuestionKind::Number { .. }, None) => Err(("error-number-missing".into(), vec![])),
        _ => Err(choose()),
    }
}

/// The message a number question shows for an answer below its range, if it has its own.
fn below_min_message(question: &Question) -> Option<String> {
    match &question.kind {
        QuestionKind::Number { below_min, .. } => below_min.clone(),
        _ => None,
    }
}

fn number_error(question: &Question, error: NumberError) -> Problem {
    match error {
        NumberError::Missing => ("error-number-missing".into(), vec![]),
        NumberError::NotWhole => ("error-number-whole".into(), vec![]),
        // Below the range, a question may say more than the range (age: adults only).
        NumberError::TooSmall { .. } if below_min_message(question).is_some() => {
            (below_min_message(question).unwrap_or_default(), vec![])
        }
        NumberError::TooSmall { min, max } | NumberError::TooLarge { min, max } => (
            "error-number-range".into(),
            vec![("min", format_number(min)), ("max", format_number(max))],
        ),
        NumberError::NotANumber | NumberError::NotANumberQuestion => {
            ("error-number-missing".into(), vec![])
        }
    }
}

/// The id of a question's first input, which the error summary links to.
fn input_id(question: &Question) -> String {
    match &question.kind {
        QuestionKind::Number { .. } => format!("bpt-{}", question.code),
        QuestionKind::YesNo { .. } => format!("bpt-{}-yes", question.code),
        QuestionKind::Choice { options } => format!("bpt-{}-{}", question.code, options[0]),
    }
}

#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let content = use_context::<SharedContent>().expect("content context");
    let texts = use_context::<Texts>().expect("texts context");
    let step = content.questionnaire.step(props.step);
    let drafts = {
        let content = content.clone();
        let answers = props.answers.clone();
        let step_index = props.step;
        use_state(move || {
            let step = content.questionnaire.step(step_index);
            step.questions
                .iter()
                .filter_map(|&q| {
                    let question = content.questionnaire.question(q);
                    initial_draft(question, step.checklist, answers.get(q)).map(|d| (q, d))
                })
                .collect::<BTreeMap<QuestionId, Draft>>()
        })
    };
    let errors = use_state(Vec::<FieldError>::new);

    // While an error shows, the page title starts with "Error:" (GOV.UK pattern), so a screen
    // reader that announces the title says so too. The app sets the title of each new screen.
    {
        let prefix = format!("{} ", texts.get("error-prefix"));
        use_effect_with(!errors.is_empty(), move |has_errors| {
            let document = gloo::utils::document();
            let title = document.title();
            match (*has_errors, title.strip_prefix(&prefix)) {
                (true, None) => document.set_title(&format!("{prefix}{title}")),
                (false, Some(rest)) => document.set_title(rest),
                _ => {}
            }
        });
    }

    let set_draft = {
        let drafts = drafts.clone();
        Callback::from(move |(q, draft): (QuestionId, Draft)| {
            let mut next = (*drafts).clone();
            next.insert(q, draft);
            drafts.set(next);
        })
    };

    let onsubmit = {
        let content = content.clone();
        let texts = texts.clone();
        let drafts = drafts.clone();
        let errors = errors.clone();
        let on_submit = props.on_submit.clone();
        let step_index = props.step;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let step = content.questionnaire.step(step_index);
            let mut given = Vec::new();
            let mut problems = Vec::new();
            for &q in &step.questions {
                let question = content.questionnaire.question(q);
                match read_draft(question, drafts.get(&q)) {
                    Ok(answer) => given.push((q, answer)),
                    Err((id, args)) => problems.push(FieldError {
                        target: input_id(question),
                        message: texts.format(&id, &args),
                    }),
                }
            }
            if problems.is_empty() {
                errors.set(Vec::new());
                on_submit.emit(given);
            } else {
                errors.set(problems);
            }
        })
    };

    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };

    let (current, total) = props.progress;
    let caption = html! {
        <span class="bpt-caption">
            <span class="bpt-progress">{ texts.format("progress", &[("current", current.to_string()), ("total", total.to_string())]) }</span>
            <span class="bpt-section">{ texts.get(&step.section_message_id()) }</span>
        </span>
    };
    let error_for = |question: &Question| {
        errors
            .iter()
            .find(|e| e.target == input_id(question))
            .map(|e| e.message.clone())
    };

    let body = if step.checklist {
        let hint_id = format!("bpt-{}-hint", step.id);
        html! {
            <fieldset class="bpt-fieldset" aria-describedby={hint_id.clone()}>
                <legend class="bpt-fieldset__legend">
                    { caption }
                    <h1 id="bpt-main-heading" class="bpt-heading-l" tabindex="-1">{ texts.get(&step.title_message_id()) }</h1>
                </legend>
                <div id={hint_id} class="bpt-hint">{ texts.get("checklist-hint") }</div>
                <div class="bpt-checkboxes">
                    { for step.questions.iter().map(|&q| {
                        let question = content.questionnaire.question(q);
                        let id = input_id(question);
                        let checked = matches!(drafts.get(&q), Some(Draft::Ticked(true)));
                        let onchange = {
                            let set_draft = set_draft.clone();
                            Callback::from(move |e: Event| {
                                let input: HtmlInputElement = e.target_unchecked_into();
                                set_draft.emit((q, Draft::Ticked(input.checked())));
                            })
                        };
                        let item_hint = texts.get(&format!("{}-hint", question.message_id()));
                        html! {
                            <div class="bpt-checkboxes__item">
                                <input class="bpt-checkboxes__input" type="checkbox" id={id.clone()} name={question.code.clone()} value="yes" {checked} {onchange} autocomplete="off" />
                                <label class="bpt-checkboxes__label" for={id}>
                                    { texts.get(&question.message_id()) }
                                    if !item_hint.is_empty() { <span class="bpt-hint bpt-checkboxes__hint">{ item_hint }</span> }
                                </label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
        }
    } else {
        let q = step.questions[0];
        let question = content.questionnaire.question(q);
        let hint = texts.get(&format!("{}-hint", question.message_id()));
        let hint_id = format!("bpt-{}-hint", question.code);
        let error = error_for(question);
        let error_id = format!("bpt-{}-error", question.code);
        let described = [
            (!hint.is_empty()).then(|| hint_id.clone()),
            error.as_ref().map(|_| error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let described = (!described.is_empty()).then_some(described);
        let hint_html = if hint.is_empty() {
            html! {}
        } else {
            html! { <div id={hint_id} class="bpt-hint">{ hint }</div> }
        };
        let error_html = match &error {
            Some(message) => html! {
                <p id={error_id} class="bpt-error-message">
                    <span class="bpt-visually-hidden">{ texts.get("error-prefix") }{ " " }</span>{ message.clone() }
                </p>
            },
            None => html! {},
        };
        match &question.kind {
            QuestionKind::Number {
                integer, min, max, ..
            } => {
                let id = input_id(question);
                let value = match drafts.get(&q) {
                    Some(Draft::Typed(text)) => text.clone(),
                    _ => String::new(),
                };
                let oninput = {
                    let set_draft = set_draft.clone();
                    Callback::from(move |e: InputEvent| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        set_draft.emit((q, Draft::Typed(input.value())));
                    })
                };
                let unit = unit_message(question)
                    .map(|m| texts.get(&m))
                    .unwrap_or_default();
                html! {
                    <div class={classes!("bpt-form-group", error.is_some().then_some("bpt-form-group--error"))}>
                        { caption }
                        <h1 class="bpt-heading-l bpt-label-wrapper" id="bpt-main-heading" tabindex="-1">
                            <label class="bpt-label" for={id.clone()}>{ texts.get(&question.message_id()) }</label>
                        </h1>
                        { hint_html }
                        { error_html }
                        <div class="bpt-input-wrapper">
                            <input class={classes!("bpt-input", "bpt-input--width-4", error.is_some().then_some("bpt-input--error"))}
                                type="number" id={id} name={question.code.clone()} {value} {oninput}
                                inputmode={if *integer { "numeric" } else { "decimal" }}
                                min={format_number(*min)} max={format_number(*max)} step={if *integer { "1" } else { "any" }}
                                aria-describedby={described} autocomplete="off" spellcheck="false" />
                            <span class="bpt-input__suffix" aria-hidden="true">{ unit }</span>
                        </div>
                    </div>
                }
            }
            kind => {
                let values: Vec<(String, String)> = match kind {
                    QuestionKind::YesNo { not_sure, .. } => {
                        let mut v = vec![
                            ("yes".to_string(), texts.get("answer-yes")),
                            ("no".to_string(), texts.get("answer-no")),
                        ];
                        if *not_sure {
                            v.push(("not_sure".to_string(), texts.get("answer-not-sure")));
                        }
                        v
                    }
                    QuestionKind::Choice { options } => options
                        .iter()
                        .map(|o| (o.clone(), texts.get(&question.option_message_id(o))))
                        .collect(),
                    QuestionKind::Number { .. } => unreachable!("numbers are handled above"),
                };
                let inline = values.len() <= 3 && matches!(kind, QuestionKind::YesNo { .. });
                html! {
                    <div class={classes!("bpt-form-group", error.is_some().then_some("bpt-form-group--error"))}>
                        <fieldset class="bpt-fieldset" aria-describedby={described}>
                            <legend class="bpt-fieldset__legend">
                                { caption }
                                <h1 id="bpt-main-heading" class="bpt-heading-l" tabindex="-1">{ texts.get(&question.message_id()) }</h1>
                            </legend>
                            { hint_html }
                            { error_html }
                            <div class={classes!("bpt-radios", inline.then_some("bpt-radios--inline"))}>
                                { for values.into_iter().map(|(value, label)| {
                                    let id = format!("bpt-{}-{}", question.code, value);
                                    let checked = drafts.get(&q) == Some(&Draft::Picked(value.clone()));
                                    let onchange = {
                                        let set_draft = set_draft.clone();
                                        let value = value.clone();
                                        Callback::from(move |_: Event| set_draft.emit((q, Draft::Picked(value.clone()))))
                                    };
                                    html! {
                                        <div class="bpt-radios__item">
                                            <input class="bpt-radios__input" type="radio" id={id.clone()} name={question.code.clone()} value={value} {checked} {onchange} autocomplete="off" />
                                            <label class="bpt-radios__label" for={id}>{ label }</label>
                                        </div>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    </div>
                }
            }
        }
    };

    let why = if step.checklist {
        step.why_message_id()
    } else {
        format!(
            "{}-why",
            content
                .questionnaire
                .question(step.questions[0])
                .message_id()
        )
    };
    html! {
        <div class="bpt-page">
            <button type="button" class="bpt-back-link" data-action="back" onclick={on_back}>{ texts.get("button-back") }</button>
            <form class="bpt-form" data-step={step.id.clone()} novalidate=true {onsubmit} autocomplete="off">
                <ErrorSummary errors={(*errors).clone()} />
                { body }
                <WhyWeAsk text={texts.get(&why)} />
                <button type="submit" class="bpt-button" data-action="continue">{ texts.get("button-continue") }</button>
            </form>
        </div>
    }
}
