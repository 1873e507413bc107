//! Prints the start page as HTML: the widget's own components (`app::Widget`) rendered by Yew's
//! server-side renderer for a first visit (no answers yet), in the fallback language (English)
//! and the content's default region. `tools/post-build.mjs` puts it inside `#bpt-root` of
//! `dist/index.html`, so the page is readable, styled and accessible before the WebAssembly has
//! arrived; the widget replaces it with the same markup when it starts (`widget::mount`).
//!
//! ```sh
//! cargo run -q --features build-tools --bin prerender
//! ```

use std::rc::Rc;
use widget::app::{Widget, WidgetProps};
use widget::shared::Shared;
use widget::texts::Catalogue;
use yew::LocalServerRenderer;

fn main() {
    let content = match widget::content() {
        Ok(content) => Rc::new(content),
        Err(error) => {
            eprintln!("prerender: the compiled content does not decode: {error}");
            std::process::exit(1);
        }
    };
    let language = content.languages.fallback().code.clone();
    let region = content.regions.default_id().to_string();
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("prerender: cannot start a runtime: {error}");
            std::process::exit(1);
        }
    };
    let html = runtime.block_on(async move {
        let texts = Shared(Rc::new(Catalogue::new(&content, &language, &region)));
        let props = WidgetProps {
            content: Shared(content),
            texts,
            initial: engine::Flow::default(),
            notice: None,
            hospital: Default::default(),
            on_language: Default::default(),
            language_switched: false,
            today: Default::default(),
            focus_on_start: false,
            language_failed: false,
        };
        LocalServerRenderer::<Widget>::with_props(props)
            .hydratable(false)
            .render()
            .await
    });
    println!("{html}");
}
