//! Read-mostly values shared through Yew contexts: the content and the text catalogue. They
//! never change after start-up, so two handles are equal exactly when they are the same value;
//! comparing by identity keeps re-renders cheap.

use std::rc::Rc;

pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Default> Default for Shared<T> {
    fn default() -> Self {
        Shared(Rc::new(T::default()))
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The clinical content.
pub type SharedContent = Shared<engine::Content>;
