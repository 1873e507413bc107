//! Offline use (issue 4): registers the service worker (`sw.js`, written at build time by
//! `tools/precache.mjs` with Workbox) and decides when a new version may take over.
//!
//! A new version installs in the background and then waits. The widget lets it take over only
//! while no questionnaire is in progress (no answers in this tab), so the content never changes
//! between one question and the next; the page that is open keeps running the version it
//! started with, and the next load uses the new one.

use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration};

fn container() -> Option<ServiceWorkerContainer> {
    let window = gloo::utils::window();
    // Service workers need a secure context (https, or http on loopback) and may be switched off.
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// The service worker's file, next to the page, so its scope is the deployment's folder.
const WORKER: &str = "sw.js";

/// Registers the service worker.
pub fn register() {
    let Some(container) = container() else {
        return;
    };
    let registering = match trusted_worker_url() {
        // Trusted Types are enforced (the page's CSP says `require-trusted-types-for 'script'`):
        // `register` takes only a TrustedScriptURL, made by our one policy, which allows only
        // this file.
        Some(url) => Reflect::get(&container, &"register".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|register| register.call1(&container, &url).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok()),
        None => Some(container.register(WORKER)),
    };
    let Some(registering) = registering else {
        web_sys::console::warn_1(&"back-pain check: offline use is not available".into());
        return;
    };
    spawn_local(async move {
        // A browser that blocks service workers may resolve with no registration at all.
        match JsFuture::from(registering).await {
            Ok(registration) => match registration.dyn_into::<ServiceWorkerRegistration>() {
                Ok(registration) => watch(registration),
                Err(_) => web_sys::console::warn_1(
                    &"back-pain check: offline use is not available (no registration)".into(),
                ),
            },
            Err(error) => {
                web_sys::console::warn_2(
                    &"back-pain check: offline use is not available:".into(),
                    &error,
                );
            }
        }
    });
}

/// Lets a waiting new version take over, unless a questionnaire is in progress.
pub fn activate_waiting_version() {
    let Some(container) = container() else {
        return;
    };
    let getting = container.get_registration();
    spawn_local(async move {
        if let Ok(registration) = JsFuture::from(getting).await {
            if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
                activate_if_idle(&registration);
            }
        }
    });
}

/// `sw.js` as a TrustedScriptURL from the `bpt-sw` policy, when the browser has Trusted Types.
fn trusted_worker_url() -> Option<JsValue> {
    let factory = Reflect::get(&gloo::utils::window(), &"trustedTypes".into()).ok()?;
    if factory.is_undefined() || factory.is_null() {
        return None;
    }
    let only_the_worker =
        Closure::<dyn Fn(String) -> Result<String, JsValue>>::new(|url: String| {
            if url == WORKER {
                Ok(url)
            } else {
                Err(js_sys::TypeError::new("bpt-sw policy: only sw.js").into())
            }
        });
    let rules = Object::new();
    Reflect::set(&rules, &"createScriptURL".into(), only_the_worker.as_ref()).ok()?;
    only_the_worker.forget(); // the policy keeps calling it for the page's lifetime
    let create_policy = Reflect::get(&factory, &"createPolicy".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let policy = create_policy
        .call2(&factory, &"bpt-sw".into(), &rules)
        .ok()?;
    let create_url = Reflect::get(&policy, &"createScriptURL".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    create_url.call1(&policy, &WORKER.into()).ok()
}

fn watch(registration: ServiceWorkerRegistration) {
    activate_if_idle(&registration);
    let on_update = registration.clone();
    EventListener::new(&registration, "updatefound", move |_| {
        let Some(installing) = on_update.installing() else {
            return;
        };
        let registration = on_update.clone();
        let worker = installing.clone();
        EventListener::new(&installing, "statechange", move |_| {
            if worker.state() == web_sys::ServiceWorkerState::Installed {
                activate_if_idle(&registration);
            }
        })
        .forget();
    })
    .forget();
}

fn activate_if_idle(registration: &ServiceWorkerRegistration) {
    if crate::persistence::has_answers() {
        return;
    }
    if let Some(waiting) = registration.waiting() {
        skip_waiting(&waiting);
    }
}

/// Workbox's service worker takes over when it gets this message.
fn skip_waiting(worker: &ServiceWorker) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
    let _ = worker.post_message(&message);
}
