//! "Where this advice comes from": the sources of every rule that fired and every explanation
//! shown, each once, in the order they first appear.

use crate::shared::SharedContent;
use crate::texts::Texts;
use engine::Assessment;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub assessment: Assessment,
}

/// The source keys behind an assessment, without repeats.
pub fn cited_sources(content: &engine::Content, assessment: &Assessment) -> Vec<String> {
    let explanations = content
        .explanations
        .cancers
        .iter()
        .chain(&content.explanations.topics);
    let shown = explanations
        .filter(|e| assessment.cancers.contains(&e.id) || assessment.topics.contains(&e.id));
    let mut keys: Vec<String> = Vec::new();
    let rule_sources = assessment
        .fired
        .iter()
        .flat_map(|f| content.rules.rule(f.rule).sources.iter());
    for key in rule_sources.chain(shown.flat_map(|e| e.sources.iter())) {
        if !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    keys
}

#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let content = use_context::<SharedContent>().expect("content context");
    let texts = use_context::<Texts>().expect("texts context");
    let keys = cited_sources(&content, &props.assessment);
    if keys.is_empty() {
        return html! {};
    }
    html! {
        <section class="bpt-section bpt-sources" aria-labelledby="bpt-sources-heading">
            <h2 id="bpt-sources-heading" class="bpt-heading-s">{ texts.get("result-sources-heading") }</h2>
            <ul class="bpt-list bpt-list--bullet bpt-body-s">
                { for keys.iter().filter_map(|key| content.sources.get(key)).map(|source| html! {
                    <li><a href={source.url.clone()} rel="noopener noreferrer" target="_blank">{ source.title.clone() }<span class="bpt-visually-hidden">{ " " }{ texts.get("link-opens-new-tab") }</span></a></li>
                }) }
            </ul>
        </section>
    }
}
