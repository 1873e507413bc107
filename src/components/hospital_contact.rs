//! The hosting hospital's name and contacts, when the host configured them (docs/embedding.md).
//! Shown in the footer of every screen, below the tool's own advice: the emergency and urgent
//! numbers in the advice always come from the region pack, never from the host.

use crate::shared::Shared;
use crate::texts::Texts;
use engine::host_config::Hospital;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HospitalContactProps {
    pub hospital: Shared<Hospital>,
}

#[component]
pub fn HospitalContact(props: &HospitalContactProps) -> Html {
    let texts = use_context::<Texts>().expect("texts are provided by the app");
    let hospital = &*props.hospital;
    if hospital.name.is_none() && hospital.link.is_none() && hospital.phone.is_none() {
        return Html::default();
    }
    // The values were checked by engine::host_config: a name of plain text, an https: link and
    // a tel: link. Yew writes them as text and attribute values, never as markup.
    let name = hospital
        .name
        .clone()
        .unwrap_or_else(|| texts.get("hospital-unnamed"));
    html! {
        <div class="bpt-hospital" data-hospital="">
            <p>{ texts.format("hospital-provided-by", &[("name", name.clone())]) }</p>
            <ul class="bpt-hospital-links">
                if let Some(phone) = &hospital.phone {
                    <li><a href={phone.href.clone()}>{ texts.format("hospital-phone", &[("phone", phone.display.clone())]) }</a></li>
                }
                if let Some(link) = &hospital.link {
                    <li><a href={link.clone()} rel="noopener noreferrer" target="_blank">{ texts.format("hospital-website", &[("name", name)]) }</a></li>
                }
            </ul>
        </div>
    }
}
