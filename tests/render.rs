//! Native render tests of the widget's components (Yew's server-side renderer): they assert
//! what a person would read and the test contract (names, values, data attributes), not markup
//! trivia.

use engine::findings::parse_findings;
use engine::{assess, Answers, Content};
use serde_json::json;
use std::rc::Rc;
use widget::components::check_answers::CheckAnswers;
use widget::components::doctor_summary::DoctorSummary;
use widget::components::hospital_contact::HospitalContact;
use widget::components::intro::Intro;
use widget::components::question_step::QuestionStep;
use widget::components::result_view::ResultView;
use widget::shared::{Shared, SharedContent};
use widget::texts::{Catalogue, Texts};
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Clone, PartialEq)]
enum View {
    Intro,
    Step(&'static str),
    Check,
    Result {
        early: bool,
    },
    /// The result as shown on a device whose date is this (YYYY-MM-DD).
    ResultOn(&'static str),
    Summary,
    /// The footer's hospital block, for this host configuration (URL query).
    Hospital(&'static str),
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    view: View,
    findings: serde_json::Value,
    region: &'static str,
}

fn answers_of(content: &Content, findings: &serde_json::Value) -> Answers {
    content
        .questionnaire
        .prune(&parse_findings(&content.questionnaire, findings).expect("valid findings"))
}

#[component]
fn Harness(props: &HarnessProps) -> Html {
    let content = Rc::new(Content::embedded());
    let texts = Shared(Rc::new(Catalogue::english(&content, props.region)));
    let answers = answers_of(&content, &props.findings);
    let assessment = assess(&content, &answers);
    let view = match &props.view {
        View::Intro => html! { <Intro on_start={Callback::noop()} /> },
        View::Step(id) => {
            let step = content.questionnaire.step_index(id).expect("step id");
            html! { <QuestionStep {step} answers={answers.clone()} progress={(3, 20)} on_submit={Callback::noop()} on_back={Callback::noop()} /> }
        }
        View::Check => {
            html! { <CheckAnswers answers={answers.clone()} on_change={Callback::noop()} on_confirm={Callback::noop()} on_back={Callback::noop()} /> }
        }
        View::Result { early } => html! {
            <ResultView assessment={assessment.clone()} answers={answers.clone()} early={*early}
                on_continue={Callback::noop()} on_restart={Callback::noop()} on_back={Callback::noop()} on_show_summary={Callback::noop()} />
        },
        View::ResultOn(today) => html! {
            <ResultView assessment={assessment.clone()} answers={answers.clone()}
                review_overdue={content.is_review_overdue(today)}
                on_continue={Callback::noop()} on_restart={Callback::noop()} on_back={Callback::noop()} on_show_summary={Callback::noop()} />
        },
        View::Summary => {
            html! { <DoctorSummary assessment={assessment.clone()} answers={answers.clone()} created="21/11/2026, 10:30:00" /> }
        }
        View::Hospital(query) => {
            let regions: Vec<&str> = content.regions.ids().collect();
            let languages = content.languages.codes();
            let known = engine::host_config::Known {
                languages: &languages,
                regions: &regions,
            };
            let config = engine::host_config::parse_query(query, &known).config;
            html! { <HospitalContact hospital={Shared(Rc::new(config.hospital))} /> }
        }
    };
    html! {
        <ContextProvider<SharedContent> context={Shared(content)}>
            <ContextProvider<Texts> context={texts}>{ view }</ContextProvider<Texts>>
        </ContextProvider<SharedContent>>
    }
}

async fn render(view: View, findings: serde_json::Value) -> String {
    render_in(view, findings, "uk").await
}

async fn render_in(view: View, findings: serde_json::Value, region: &'static str) -> String {
    LocalServerRenderer::<Harness>::with_props(HarnessProps {
        view,
        findings,
        region,
    })
    .hydratable(false)
    .render()
    .await
}

/// Whether some element `<tag …>` carries all these attributes (in any order).
fn has_tag(html: &str, tag: &str, attributes: &[&str]) -> bool {
    html.split(&format!("<{tag} "))
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or_default())
        .any(|t| attributes.iter().all(|a| t.contains(a)))
}

/// "Content version <version>, rule set <short hash>" for the shipped content (change control:
/// the short hash is the first 12 characters of the rules hash, docs/clinical-safety.md).
fn version_line() -> String {
    let content = Content::embedded();
    let short = content.short_hash();
    assert_eq!(short.len(), 12);
    assert!(short.chars().all(|c| c.is_ascii_hexdigit()));
    format!(
        "Content version {}, rule set {short}",
        content.manifest.version
    )
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn intro_says_what_it_is_for_and_how_to_start() {
    let html = render(View::Intro, json!({})).await;
    assert!(html.contains(r#"data-page="intro""#));
    assert!(html.contains("Start now"));
    assert!(
        html.contains("Call 999 or go to A&amp;E now"),
        "UK region pack by default"
    );
    assert!(html.contains("Your answers stay on this device"));
    assert!(
        html.contains(&version_line()),
        "content version and rules hash shown: {html}"
    );
    assert!(html.contains("only for adults aged 18 and over"));
}

#[tokio::test]
async fn region_pack_changes_the_numbers() {
    let html = render_in(View::Intro, json!({}), "au").await;
    assert!(html.contains("Call 000"));
    assert!(!html.contains("999"));
}

#[tokio::test]
async fn a_yes_no_question_with_not_sure_is_a_labelled_radio_group() {
    let html = render(View::Step("saddle"), json!({})).await;
    assert!(html.contains(r#"data-step="saddle""#));
    assert!(html.contains("<fieldset") && html.contains("<legend"));
    for value in ["yes", "no", "not_sure"] {
        let id = format!(r#"id="bpt-saddle_anaesthesia-{value}""#);
        let value_attr = format!(r#"value="{value}""#);
        assert!(
            has_tag(
                &html,
                "input",
                &[
                    r#"type="radio""#,
                    &id,
                    r#"name="saddle_anaesthesia""#,
                    &value_attr
                ]
            ),
            "{value}: {html}"
        );
        assert!(
            has_tag(
                &html,
                "label",
                &[&format!(r#"for="bpt-saddle_anaesthesia-{value}""#)]
            ),
            "label for {value}"
        );
    }
    assert!(html.contains("Not sure"));
    assert!(html.contains("Why we ask this"));
    assert!(html.contains("Question 3 of about 20"));
    assert!(html.contains(">Continue</button>"));
    assert!(html.contains(">Back</button>"));
}

#[tokio::test]
async fn a_question_without_not_sure_offers_only_yes_and_no() {
    let html = render(View::Step("serious-injury"), json!({})).await;
    assert!(has_tag(
        &html,
        "input",
        &[r#"name="major_trauma""#, r#"value="yes""#]
    ));
    assert!(!html.contains("not_sure"));
}

#[tokio::test]
async fn an_earlier_answer_is_shown_selected_when_coming_back() {
    let html = render(View::Step("fever"), json!({"fever": "not_sure"})).await;
    let radio = html
        .split("<input")
        .find(|i| i.contains(r#"value="not_sure""#))
        .unwrap();
    assert!(radio.contains("checked"), "{radio}");
    let html = render(View::Step("age"), json!({"age": 58})).await;
    assert!(html.contains(r#"value="58""#));
}

#[tokio::test]
async fn a_checklist_is_checkboxes_with_a_hint_that_none_may_apply() {
    let html = render(View::Step("nerve-signs"), json!({"leg_numbness": true})).await;
    for code in [
        "leg_weakness",
        "difficulty_walking",
        "bilateral_leg_symptoms",
        "leg_numbness",
        "radicular_pain",
        "new_sexual_dysfunction",
    ] {
        let name = format!(r#"name="{code}""#);
        assert!(
            has_tag(
                &html,
                "input",
                &[r#"type="checkbox""#, &name, r#"value="yes""#]
            ),
            "{code}"
        );
    }
    assert!(html.contains("If none of these apply to you, continue without ticking any"));
    let ticked = html
        .split("<input")
        .find(|i| i.contains(r#"name="leg_numbness""#))
        .unwrap();
    assert!(ticked.contains("checked"));
}

#[tokio::test]
async fn numbers_and_choices_follow_the_contract() {
    let html = render(View::Step("age"), json!({})).await;
    assert!(has_tag(
        &html,
        "input",
        &[r#"type="number""#, r#"id="bpt-age""#, r#"name="age""#]
    ));
    assert!(has_tag(&html, "label", &[r#"for="bpt-age""#]));
    assert!(html.contains("years"));
    let html = render(
        View::Step("cancer-type"),
        json!({"history_of_cancer": true}),
    )
    .await;
    for option in [
        "breast",
        "lung",
        "prostate",
        "kidney",
        "thyroid",
        "myeloma",
        "lymphoma",
        "colorectal",
        "testicular",
        "ovarian",
        "melanoma",
        "other",
    ] {
        let value = format!(r#"value="{option}""#);
        assert!(
            has_tag(
                &html,
                "input",
                &[r#"type="radio""#, r#"name="cancer_type""#, &value]
            ),
            "{option}"
        );
    }
}

#[tokio::test]
async fn check_answers_lists_every_step_asked_with_a_change_button() {
    let findings = json!({"age": 58, "sex": "male", "history_of_cancer": false, "duration_weeks": 3, "fever": false, "urinary_symptoms": true});
    let html = render(View::Check, findings).await;
    assert!(html.contains(r#"data-page="check-answers""#));
    assert!(html.contains(r#"data-change="age""#));
    assert!(html.contains(r#"data-change="male-organs""#));
    assert!(
        !html.contains(r#"data-change="female-organs""#),
        "steps not asked are not listed"
    );
    assert!(!html.contains(r#"data-change="cancer-type""#));
    assert!(html.contains("58 years"));
    assert!(
        html.contains("None of these"),
        "an empty checklist reads as none"
    );
    assert!(html.contains(">Continue</button>"));
}

#[tokio::test]
async fn an_emergency_result_says_what_to_do_and_why() {
    let findings = json!({"age": 62, "sex": "female", "history_of_cancer": true, "cancer_type": "breast", "leg_weakness": true});
    let html = render(View::Result { early: false }, findings).await;
    assert_eq!(
        count(&html, "data-urgency="),
        1,
        "only the result root carries data-urgency"
    );
    assert!(html.contains(r#"data-urgency="emergency""#));
    assert!(html.contains(r#"data-cancers="spinal breast""#), "{html}");
    assert!(html.contains("Call 999 or go to A&amp;E now"));
    assert!(html.contains(r#"data-rule="RF-EM-03""#) && html.contains(r#"data-rule="RF-EM-05""#));
    assert!(html.contains("Your answers:"));
    assert!(
        html.contains(r#"data-explanation="cancer-spinal""#)
            && html.contains(r#"data-explanation="cancer-breast""#)
    );
    assert!(html.contains("This is not a diagnosis"));
    assert!(html.contains("Where this advice comes from") && html.contains("NICE NG234"));
    assert!(html.contains("Get help sooner if things change"));
    assert!(html.contains("Clear my answers and start again"));
    assert!(
        html.contains(&version_line()),
        "the result shows the content version and rules hash"
    );
    assert!(
        !html.contains("Continue answering"),
        "the final result has no Continue"
    );
}

#[tokio::test]
async fn an_early_emergency_stop_offers_to_carry_on() {
    let html = render(
        View::Result { early: true },
        json!({"saddle_anaesthesia": true}),
    )
    .await;
    assert!(html.contains(r#"data-urgency="emergency""#));
    assert!(html.contains("Continue answering the questions"));
    assert!(html.contains("Do not wait to finish the questions"));
}

#[tokio::test]
async fn self_care_never_implies_no_cancer_and_keeps_the_safety_net() {
    let html = render(
        View::Result { early: false },
        json!({"age": 30, "duration_weeks": 1, "improving": true}),
    )
    .await;
    assert!(html.contains(r#"data-urgency="self_care""#));
    assert!(html.contains(r#"data-cancers="""#));
    assert!(html.contains("does not rule out every serious cause"));
    assert!(html.contains("Get help sooner if things change"));
    assert!(html.contains("weakness in your legs, or difficulty walking"));
    assert!(!html.to_lowercase().contains("you do not have cancer"));
}

#[tokio::test]
async fn a_copy_past_its_review_date_says_so_and_asks_to_go_online() {
    let content = Content::embedded();
    let review_by = content.review_by().to_string();
    assert_eq!(review_by.len(), 10, "{review_by}");
    let notice = "had to be reviewed again";
    let today = render(View::ResultOn("2026-12-03"), json!({"fever": true})).await;
    assert!(
        !today.contains(notice),
        "not overdue before the review date"
    );
    assert!(!today.contains("data-review-overdue"));
    let late = render(View::ResultOn("2099-01-01"), json!({"fever": true})).await;
    assert!(late.contains(notice) && late.contains("Connect to the internet and reload"));
    assert!(
        late.contains(&format!("({review_by})")),
        "names the review date"
    );
    assert!(
        late.contains(r#"data-urgency="urgent_24h""#),
        "the advice is still shown"
    );
    // The day itself is not overdue; the day after is.
    assert!(!content.is_review_overdue(&review_by));
    assert!(!content.is_review_overdue("not a date"));
    assert!(content.is_review_overdue("2099-01-01"));
}

#[tokio::test]
async fn every_level_has_words_not_only_a_colour() {
    let cases = [
        (json!({"major_trauma": true}), "emergency"),
        (json!({"fever": true}), "urgent_24h"),
        (json!({"current_cancer_treatment": true}), "within_1_week"),
        (json!({"bowel_habit_change": true}), "within_2_weeks"),
        (json!({"duration_weeks": 8}), "routine"),
        (json!({}), "self_care"),
    ];
    let mut headlines = Vec::new();
    for (findings, level) in cases {
        let html = render(View::Result { early: false }, findings).await;
        assert!(
            html.contains(&format!(r#"data-urgency="{level}""#)),
            "{level}"
        );
        let heading = html
            .split(r#"id="bpt-main-heading""#)
            .nth(1)
            .unwrap()
            .split("</h1>")
            .next()
            .unwrap()
            .to_string();
        assert!(heading.len() > 40, "{level} has a headline in words");
        headlines.push(heading);
    }
    headlines.sort();
    headlines.dedup();
    assert_eq!(headlines.len(), 6, "each level has its own words");
}

#[tokio::test]
async fn the_summary_holds_the_advice_every_answer_and_the_version() {
    let findings = json!({"age": 58, "sex": "female", "history_of_cancer": true, "cancer_type": "breast", "duration_weeks": 3});
    let html = render(View::Summary, findings).await;
    assert!(html.contains("Summary for your doctor"));
    assert!(html.contains("Created 21/11/2026, 10:30:00"));
    assert!(
        html.contains(&version_line()),
        "content version and rules hash shown: {html}"
    );
    assert!(
        html.contains("58 years") && html.contains("Breast"),
        "{html}"
    );
    assert!(html.contains("RF-CA-01"));
    assert!(html.contains("This is not a diagnosis"));
    assert!(html.contains("Notes (for your doctor)"));
}

#[tokio::test]
async fn the_hospital_block_shows_only_checked_contacts() {
    let html = render(
        View::Hospital("hospital-name=St+Example+%26+Co&hospital-phone=020+7946+0000&hospital-link=https%3A%2F%2Fst-example.nhs.uk%2Fback"),
        json!({}),
    )
    .await;
    assert!(
        html.contains("This check is offered by St Example &amp; Co."),
        "{html}"
    );
    assert!(
        has_tag(&html, "a", &[r#"href="tel:02079460000""#]),
        "{html}"
    );
    assert!(html.contains("Call 020 7946 0000"), "{html}");
    assert!(
        has_tag(
            &html,
            "a",
            &[
                r#"href="https://st-example.nhs.uk/back""#,
                r#"target="_blank""#,
                "noopener"
            ]
        ),
        "{html}"
    );

    // Rejected values leave nothing behind: no link, no markup, no block at all.
    let hostile = render(
        View::Hospital("hospital-name=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&hospital-link=javascript%3Aalert(1)&hospital-phone=call+me"),
        json!({}),
    )
    .await;
    assert!(!hostile.contains("data-hospital"), "{hostile}");
    assert!(
        !hostile.contains("<img") && !hostile.contains("javascript:"),
        "{hostile}"
    );

    // A phone number alone still names who offers the check.
    let phone_only = render(
        View::Hospital("hospital-phone=%2B44+20+7946+0000"),
        json!({}),
    )
    .await;
    assert!(
        phone_only.contains("This check is offered by your hospital."),
        "{phone_only}"
    );
    assert!(
        has_tag(&phone_only, "a", &[r#"href="tel:+442079460000""#]),
        "{phone_only}"
    );
}
