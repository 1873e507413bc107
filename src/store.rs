//! The widget's only state: the content and the questionnaire flow. Reducing is the engine's
//! `Flow::update`; this file only adapts it to Yew.

use engine::{Action, Content, Flow};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, PartialEq)]
pub struct Store {
    pub content: Rc<Content>,
    pub flow: Flow,
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let flow = self.flow.clone().update(&self.content, action);
        // An action that does not apply leaves the flow as it was: keep the same Rc so Yew
        // skips the re-render.
        if flow == self.flow {
            self
        } else {
            Rc::new(Store {
                content: Rc::clone(&self.content),
                flow,
            })
        }
    }
}
