//! The frame boundary (issue 4, decision D4). When the widget runs in a host's iframe, it tells
//! the host page two things, and only these: that it is ready, and how tall its content is, so
//! the loader (static/embed.js) can size the frame. Messages go to the exact origin the loader
//! named in `parent`, never to "*". Answers and results never cross. The widget listens to no
//! messages at all, so nothing the host (or any other page) sends can change it.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Identifies our messages to the loader; `v` is the protocol version.
const SOURCE: &str = "backpain-check";

/// Starts posting `ready` and `resize` messages to `parent_origin`, if this page is framed.
pub fn connect(parent_origin: &str) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if Object::is(&parent, &window) {
        return; // a top-level page: nobody to tell
    }
    let target = parent_origin.to_string();
    post(&parent, &target, "ready", None);

    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    let measured = root.clone();
    let mut last_height = 0;
    // Follows every change of the content's height: each step, an explanation opened, a
    // narrower frame. The `<html>` element's box is as tall as the content, not the frame.
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil() as u32;
        if height != last_height {
            last_height = height;
            post(&parent, &target, "resize", Some(height));
        }
    });
    match web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(&root);
            // Both live as long as the page.
            on_resize.forget();
            std::mem::forget(observer);
        }
        Err(_) => web_sys::console::warn_1(
            &"back-pain check: ResizeObserver is missing, so the frame keeps its first height"
                .into(),
        ),
    }
}

fn post(parent: &web_sys::Window, origin: &str, kind: &str, height: Option<u32>) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"source".into(), &SOURCE.into());
    let _ = Reflect::set(&message, &"v".into(), &1.into());
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(height) = height {
        let _ = Reflect::set(&message, &"height".into(), &height.into());
    }
    // Fails only if the origin string is malformed, which the configuration parser rules out.
    let _ = parent.post_message(&message, origin);
}
