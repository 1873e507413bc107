//! Entry point for Trunk: mount the widget.
fn main() {
    widget::mount();
}
