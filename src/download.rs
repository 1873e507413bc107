//! Saving a file made on the device (issue 8): the text becomes a Blob, and a temporary link to
//! its object URL is clicked, so the browser saves it without any network request. The URL is
//! revoked a moment later (at once would cancel the download in some browsers), so the answers
//! do not linger in memory as a URL.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a download called `file_name`, of type `mime`.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link = document
        .create_element("a")?
        .dyn_into::<web_sys::HtmlAnchorElement>()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_class_name("bpt-visually-hidden");
    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("no <body>"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    gloo::timers::callback::Timeout::new(2_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
