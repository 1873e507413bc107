//! The root: loads the content and text once, owns the only state (the flow), keeps it across
//! reloads and browser history, moves focus to each new screen, and picks the view per phase.

use crate::components::check_answers::CheckAnswers;
use crate::components::hospital_contact::HospitalContact;
use crate::components::intro::Intro;
use crate::components::language_switch::LanguageSwitch;
use crate::components::question_step::QuestionStep;
use crate::components::result_view::ResultView;
use crate::persistence::{self, Loaded};
use crate::shared::{Shared, SharedContent};
use crate::store::Store;
use crate::texts::{Catalogue, Texts};
use engine::host_config::{Hospital, HostConfig};
use engine::{Action, Content, Flow};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct AppProps {
    pub content: Rc<Content>,
    pub config: Rc<HostConfig>,
    /// Today's date on the device (YYYY-MM-DD), to tell an out-of-date offline copy.
    pub today: AttrValue,
    /// "Start now" on the prerendered start page was pressed before the widget was running.
    pub start_requested: bool,
    /// The language to start in, available now (built in or loaded: `crate::language_files`).
    pub language: String,
    /// The language the person wanted could not be loaded, so the widget starts in English.
    pub language_failed: bool,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content)
            && Rc::ptr_eq(&self.config, &other.config)
            && self.today == other.today
            && self.start_requested == other.start_requested
            && self.language == other.language
            && self.language_failed == other.language_failed
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let AppProps {
        content,
        config,
        today,
        start_requested,
        language,
        language_failed,
    } = props;
    let setup = use_memo((), |_| {
        // The host's region wins; otherwise the page's language picks it (`<html lang="en-GB">`
        // gives UK services, en-US gives 911), and the content's default covers the rest. The
        // region is where the services are, so it does not change with the text's language.
        let lang = gloo::utils::document()
            .document_element()
            .and_then(|root| root.get_attribute("lang"))
            .unwrap_or_default();
        let region = config
            .region
            .clone()
            .unwrap_or_else(|| content.regions.for_language(&lang).to_string());
        let (initial, notice) = match persistence::load(content) {
            // A press on the prerendered "Start now" is not lost: the first question comes up.
            Loaded::Nothing if *start_requested => {
                (Flow::default().update(content, Action::Start), None)
            }
            Loaded::Nothing => (Flow::default(), None),
            Loaded::Restored(flow) => (flow, Some("storage-restored")),
            Loaded::RestoredFromOtherVersion(flow) => (flow, Some("storage-other-version")),
            Loaded::Unreadable => (Flow::default(), Some("storage-unreadable")),
        };
        let hospital = Shared(Rc::new(config.hospital.clone()));
        (region, initial, notice.map(AttrValue::Static), hospital)
    });
    let (region, initial, notice, hospital) = (*setup).clone();
    let choice = crate::language_choice::use_language_choice(language, *language_failed);
    let texts = use_memo(choice.language.clone(), |code| {
        let texts: Texts = Shared(Rc::new(Catalogue::new(content, code, &region)));
        texts
    });
    html! {
        <Widget content={Shared(Rc::clone(content))} texts={(*texts).clone()} {initial} {notice}
            {hospital} on_language={choice.choose} language_switched={choice.switched}
            today={today.clone()} focus_on_start={*start_requested} language_failed={choice.failed} />
    }
}

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub content: SharedContent,
    pub texts: Texts,
    pub initial: Flow,
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// The hosting hospital's name and contacts, when the host configured them.
    #[prop_or_default]
    pub hospital: Shared<Hospital>,
    /// Called with a language code when the person chooses another language.
    #[prop_or_default]
    pub on_language: Callback<String>,
    /// The person has switched language (the switch announces it).
    #[prop_or_default]
    pub language_switched: bool,
    /// Today's date on the device (YYYY-MM-DD); empty when unknown.
    #[prop_or_default]
    pub today: AttrValue,
    /// Move focus to the first screen's heading, as after any other move: the person pressed
    /// "Start now" on the prerendered page before the widget was running.
    #[prop_or_default]
    pub focus_on_start: bool,
    /// A language the person chose could not be loaded (the notice says so).
    #[prop_or_default]
    pub language_failed: bool,
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let store = {
        let content = Rc::clone(&props.content.0);
        let initial = props.initial.clone();
        use_reducer(move || Store {
            content,
            flow: initial,
        })
    };
    let summary_created = use_state(|| None::<AttrValue>);
    let moved_by_browser = use_mut_ref(|| false);
    let first_render = use_mut_ref(|| true);
    // On the first screen focus stays where it is, unless the person has already pressed Start.
    let focus_first_screen = use_mut_ref(|| props.focus_on_start);

    // Browser Back/Forward: go to the place in that history entry, if it can be reached.
    {
        let dispatch = store.dispatcher();
        let moved_by_browser = moved_by_browser.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |event| {
                let state = wasm_bindgen::JsCast::dyn_ref::<web_sys::PopStateEvent>(event)
                    .map(|e| e.state());
                if let Some(place) = state.as_ref().and_then(persistence::place_from) {
                    *moved_by_browser.borrow_mut() = true;
                    dispatch.dispatch(Action::Show(place));
                }
            });
            move || drop(listener)
        });
    }

    // After every change of screen: keep the answers for a reload, record the place in the
    // history, and move focus to the new heading (not on first load, when focus must stay
    // where the person, or the host page, left it).
    {
        let content = props.content.clone();
        let summary_created = summary_created.clone();
        use_effect_with(store.flow.clone(), move |flow| {
            persistence::save(&content, flow);
            if matches!(flow, Flow::Intro { .. }) && flow.answers().is_empty() {
                // Nothing in progress: a new version waiting offline may take over now.
                crate::offline::activate_waiting_version();
            }
            let place = flow.place(&content);
            let browser_moved = std::mem::take(&mut *moved_by_browser.borrow_mut());
            let first = std::mem::take(&mut *first_render.borrow_mut());
            if persistence::current_place().as_ref() != Some(&place) {
                persistence::record_place(&place, first || browser_moved);
            }
            if !first {
                summary_created.set(None);
            }
            if !first || std::mem::take(&mut *focus_first_screen.borrow_mut()) {
                focus_element("bpt-main-heading");
            }
        });
    }

    // The page title names the screen and the tool in the current language (GOV.UK pattern),
    // so the tab, the history list and a screen reader's page announcement say where one is.
    {
        let app_title = props.texts.get("app-title");
        use_effect_with((store.flow.clone(), app_title), |(_, app_title)| {
            let document = gloo::utils::document();
            let heading = document
                .get_element_by_id("bpt-main-heading")
                .and_then(|h| h.text_content())
                .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            if heading.is_empty() || heading == *app_title {
                document.set_title(app_title);
            } else {
                document.set_title(&format!("{heading} \u{2013} {app_title}"));
            }
        });
    }

    // Opening the summary moves focus to it, once it is on the page.
    use_effect_with((*summary_created).clone(), |created| {
        if created.is_some() {
            focus_element("bpt-summary");
        }
    });

    let dispatch = |action: fn() -> Action| {
        let store = store.clone();
        Callback::from(move |_: ()| store.dispatch(action()))
    };
    let content = &props.content;
    let view = match &store.flow {
        Flow::Intro { .. } => html! { <Intro on_start={dispatch(|| Action::Start)} /> },
        Flow::Asking { step, answers, .. } => {
            let progress = store.flow.progress(content).unwrap_or((1, 1));
            let on_submit = {
                let store = store.clone();
                Callback::from(move |given| store.dispatch(Action::Submit(given)))
            };
            let key = content.questionnaire.step(*step).id.clone();
            html! { <QuestionStep {key} step={*step} answers={answers.clone()} {progress} {on_submit} on_back={dispatch(|| Action::Back)} /> }
        }
        Flow::CheckAnswers { answers } => {
            let on_change = {
                let store = store.clone();
                Callback::from(move |step| store.dispatch(Action::Change(step)))
            };
            html! { <CheckAnswers answers={answers.clone()} {on_change} on_confirm={dispatch(|| Action::Confirm)} on_back={dispatch(|| Action::Back)} /> }
        }
        Flow::EmergencyStop {
            answers,
            assessment,
            ..
        }
        | Flow::Result {
            answers,
            assessment,
        } => {
            let early = matches!(store.flow, Flow::EmergencyStop { .. });
            let on_show_summary = {
                let summary_created = summary_created.clone();
                let lang = props.texts.lang().to_string();
                Callback::from(move |_| {
                    let now = js_sys::Date::new_0()
                        .to_locale_string(&lang, &wasm_bindgen::JsValue::UNDEFINED);
                    summary_created.set(Some(AttrValue::from(String::from(now))));
                })
            };
            let on_save_file = {
                let content = content.clone();
                let answers = answers.clone();
                let assessment = assessment.clone();
                Callback::from(move |_| save_summary_file(&content, &answers, &assessment))
            };
            let review_overdue = content.is_review_overdue(&props.today);
            html! {
                <ResultView assessment={assessment.clone()} answers={answers.clone()} {early} {on_save_file} {review_overdue}
                    on_continue={dispatch(|| Action::ContinueAfterEmergency)}
                    on_restart={dispatch(|| Action::Restart)}
                    on_back={dispatch(|| Action::Back)}
                    summary_created={(*summary_created).clone()} {on_show_summary} />
            }
        }
    };
    let texts = &props.texts;
    html! {
        <ContextProvider<SharedContent> context={props.content.clone()}>
            <ContextProvider<Texts> context={props.texts.clone()}>
                <div class="bpt-app" lang={texts.lang().to_string()} dir={texts.language().direction.as_str()}>
                    <LanguageSwitch on_choose={props.on_language.clone()} announce={props.language_switched} />
                    <main class="bpt-main" id="bpt-main">
                        if !texts.language().clinically_reviewed {
                            <p class="bpt-notice bpt-translation-notice" data-translation-unreviewed="">{ texts.get("translation-unreviewed") }</p>
                        }
                        if props.language_failed {
                            <p class="bpt-notice bpt-no-print" role="alert" data-language-failed="">{ texts.get("language-load-failed") }</p>
                        }
                        if let Some(notice) = &props.notice {
                            <p class="bpt-notice bpt-no-print" role="status">{ texts.get(notice) }</p>
                        }
                        { view }
                    </main>
                    <footer class="bpt-footer bpt-no-print">
                        <HospitalContact hospital={props.hospital.clone()} />
                        <p>{ texts.get("footer-privacy") }</p>
                        // A new tab: inside a host's frame the statement would replace the check.
                        <p><a href="accessibility.html" target="_blank" rel="noopener">{ texts.get("footer-accessibility") }</a></p>
                    </footer>
                </div>
            </ContextProvider<Texts>>
        </ContextProvider<SharedContent>>
    }
}

/// Saves the answers and the advice as a FHIR QuestionnaireResponse, made here and now.
fn save_summary_file(
    content: &Content,
    answers: &engine::Answers,
    assessment: &engine::Assessment,
) {
    let now = js_sys::Date::new_0();
    let authored = String::from(now.to_iso_string());
    let response = engine::fhir::questionnaire_response(content, answers, assessment, &authored);
    let file_name = format!(
        "back-pain-check-{}.fhir.json",
        authored.get(..10).unwrap_or("summary")
    );
    let text = serde_json::to_string_pretty(&response).unwrap_or_default();
    if let Err(error) = crate::download::save_text(&file_name, "application/fhir+json", &text) {
        web_sys::console::error_2(&"back-pain check: could not save the file".into(), &error);
    }
}

/// Focuses an element. Effects run after Yew has updated the page, so the element is there,
/// and focusing at once (not on a later timer) means the page never scrolls under a click.
fn focus_element(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) =
        element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = element.focus();
    }
}
