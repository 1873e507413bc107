//! Every message id the widget's code asks for exists in the English messages, so the
//! interface never shows an empty string where text should be.

use widget::texts::Catalogue;

#[test]
fn every_message_id_used_in_the_widget_exists() {
    let content = engine::Content::embedded();
    let texts = Catalogue::english(&content, content.regions.default_id());
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    let mut files = vec![std::path::PathBuf::from(src)];
    let mut missing = Vec::new();
    let mut checked = 0;
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let code = std::fs::read_to_string(&path).unwrap();
        // Literal ids passed to `get("…")` / `format("…")`, and the safety-net list.
        for piece in code
            .split(".get(\"")
            .skip(1)
            .chain(code.split(".format(\"").skip(1))
            .chain(code.split("\"safety-net-").skip(1))
        {
            let id: String = piece
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            let id = if code.contains(&format!("\"safety-net-{id}\""))
                && !id.starts_with("safety-net")
            {
                format!("safety-net-{id}")
            } else {
                id
            };
            if id.is_empty() || id.starts_with("bpt") {
                continue;
            }
            checked += 1;
            if !texts.has(&id) {
                missing.push(format!("{id} ({})", path.display()));
            }
        }
    }
    assert!(
        checked > 40,
        "only {checked} message ids found: the scan is broken"
    );
    assert!(
        missing.is_empty(),
        "message ids used but not defined: {missing:#?}"
    );
}

#[test]
fn region_variables_are_filled_in() {
    let content = engine::Content::embedded();
    let texts = Catalogue::english(&content, "us");
    let text = texts.get("safety-net-emergency-lead");
    assert!(text.contains("911"), "{text}");
    assert!(!text.contains('{'), "{text}");
    assert_eq!(
        texts.get("no-such-message"),
        "",
        "a missing id never shows the id"
    );
}
