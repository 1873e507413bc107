//! GOV.UK error summary: announced at once (role="alert"), focused, with a link to each field.

use crate::texts::Texts;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The id of the input the message is about.
    pub target: String,
    pub message: String,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let texts = use_context::<Texts>().expect("texts context");
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(props.errors.clone(), move |errors| {
            if !errors.is_empty() {
                if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="bpt-error-summary" role="alert" tabindex="-1" ref={summary} aria-labelledby="bpt-error-summary-title">
            <h2 class="bpt-error-summary__title" id="bpt-error-summary-title">{ texts.get("error-summary-title") }</h2>
            <ul class="bpt-error-summary__list">
                { for props.errors.iter().map(|error| {
                    // Focus the field instead of following the fragment, which would change the
                    // page URL (and, embedded, the frame's history).
                    let target = error.target.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        let field = gloo::utils::document().get_element_by_id(&target);
                        if let Some(field) = field.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()) {
                            let _ = field.focus();
                        }
                    });
                    html! { <li><a href={format!("#{}", error.target)} {onclick}>{ error.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
