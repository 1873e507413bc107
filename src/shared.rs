//! The content as a context value: read by most components, never changed after start-up.

use engine::Content;
use std::rc::Rc;

#[derive(Clone)]
pub struct SharedContent(pub Rc<Content>);

impl PartialEq for SharedContent {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedContent {
    type Target = Content;
    fn deref(&self) -> &Content {
        &self.0
    }
}
