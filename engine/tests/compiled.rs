//! The widget ships the content in its compiled form (`engine::compiled`); it must be exactly
//! the content the loader checked.

use engine::{compiled, Content};

#[test]
fn the_compiled_content_decodes_to_exactly_the_loaded_content() {
    let mut content = Content::embedded();
    let bytes = compiled::encode(&content);
    let decoded = compiled::decode(&bytes).expect("decodes");
    // The warning-sign floors are a build-time promise about the rules, not something the
    // widget uses: they are left out of the compiled form. Everything else is exactly as loaded.
    assert!(decoded.floors.all().is_empty() && !content.floors.all().is_empty());
    content.floors = Default::default();
    assert_eq!(decoded, content);
}

#[test]
fn the_compiled_form_is_smaller_than_the_text_it_replaces() {
    // What the widget stopped shipping: the TOML files (and the parser for them).
    let files = &engine::content::EMBEDDED;
    let text = [
        files.manifest,
        files.questionnaire,
        files.rules,
        files.explanations,
        files.sources,
        files.regions,
    ]
    .iter()
    .map(|f| f.len())
    .sum::<usize>();
    let bytes = compiled::encode(&Content::embedded()).len();
    assert!(
        bytes * 2 < text,
        "{bytes} bytes compiled vs {text} bytes of TOML"
    );
}

#[test]
fn truncated_or_foreign_bytes_are_refused_not_misread() {
    let bytes = compiled::encode(&Content::embedded());
    for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
        assert!(compiled::decode(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    assert!(compiled::decode(b"[manifest]\nversion = \"1\"").is_err());
}
