//! The validated content in a compact binary form, made at build time.
//!
//! The widget's build script loads and checks `content/*.toml` with [`Content::load`] and
//! writes [`encode`]'s bytes; at start-up the widget only [`decode`]s them. So the shipped
//! WebAssembly carries no TOML parser and no hashing code, and never parses content text
//! (issue 7). The bytes come from this same build, never from outside, so decoding trusts
//! the checks the loader made; `engine/tests/compiled.rs` proves the round trip is exact, but
//! for the warning-sign floors, which are checked at build time and not carried.

use crate::content::Content;

/// Why bytes are not content written by [`encode`].
pub use postcard::Error as DecodeError;

/// The content as bytes (postcard, a compact serde format with no schema in the data).
pub fn encode(content: &Content) -> Vec<u8> {
    // Serialising plain owned data to memory has no failure path; a panic here would be a
    // build-time bug in a derive, caught by the build script and the round-trip test.
    postcard::to_allocvec(content).unwrap_or_else(|e| panic!("content does not encode: {e}"))
}

/// The content from bytes written by [`encode`] in the same build.
pub fn decode(bytes: &[u8]) -> Result<Content, DecodeError> {
    postcard::from_bytes(bytes)
}
