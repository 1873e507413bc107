//! Entry point for Trunk: mount the widget.

// Talc instead of Rust's default WebAssembly allocator (dlmalloc): the same behaviour for this
// single-threaded page in fewer bytes (issue 7; measured in docs/decisions/0002-wasm-size.md).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    widget::mount();
}
