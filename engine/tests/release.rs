//! Change control (docs/clinical-safety.md, "Change control"; hazards H02 and H08; target
//! T-CLIN-7). The files that decide the advice (content/questionnaire.toml, rules.toml and
//! explanations.toml, floors.toml) are fingerprinted with SHA-256. These tests fail when those files change
//! and the release records do not: content/manifest.toml (current version and hash),
//! content/releases.toml (every released version and its hash) and the change log in
//! docs/clinical-safety.md. The failure message says what to do.

use engine::content::EMBEDDED;
use engine::release::{self, check_change_control, parse_releases, short_hash, Release};
use engine::Content;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(relative: &str) -> String {
    let path = repo().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn releases() -> Vec<Release> {
    parse_releases(&read("content/releases.toml")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_rules_hash_matches_the_recorded_release() {
    let content = Content::embedded();
    let problems = check_change_control(&content.manifest, &content.rules_hash, &releases());
    assert!(
        problems.is_empty(),
        "\n\nCHANGE CONTROL: {} problem(s)\n\n{}\n\n{}\n",
        problems.len(),
        problems.join("\n\n"),
        release::HOW_TO_RELEASE
    );
}

#[test]
fn the_hash_covers_exactly_the_files_on_disk() {
    // Equal to `cat content/questionnaire.toml content/rules.toml content/explanations.toml
    // content/floors.toml | sha256sum`, and the embedded bytes are the files in the repository.
    let mut on_disk = String::new();
    for file in release::HASHED_FILES {
        on_disk.push_str(&read(&format!("content/{file}")));
    }
    let from_disk = release::rules_hash(&engine::content::ContentFiles {
        questionnaire: &on_disk,
        rules: "",
        explanations: "",
        floors: "",
        ..EMBEDDED
    });
    assert_eq!(from_disk, release::rules_hash(&EMBEDDED));
    assert_eq!(from_disk, Content::embedded().rules_hash);
}

#[test]
fn every_release_is_in_the_safety_case_change_log() {
    let safety_case = read("docs/clinical-safety.md");
    // The text after the heading that ends in "Change log" (up to the next section).
    let start = safety_case
        .lines()
        .position(|l| l.starts_with('#') && l.trim_end().ends_with("Change log"))
        .expect("docs/clinical-safety.md has a heading ending in \"Change log\"");
    let log: String = safety_case
        .lines()
        .skip(start + 1)
        .take_while(|l| !l.starts_with("## "))
        .collect::<Vec<_>>()
        .join("\n");
    let missing: Vec<String> = releases()
        .iter()
        .filter(|r| {
            !log.lines()
                .any(|l| l.contains(&r.version) && l.contains(short_hash(&r.rules_sha256)))
        })
        .map(|r| format!("{} ({})", r.version, short_hash(&r.rules_sha256)))
        .collect();
    assert!(
        missing.is_empty(),
        "add a line with the version and short hash of {missing:?} to the change log in \
         docs/clinical-safety.md"
    );
}

#[test]
fn the_ui_shows_the_short_hash_of_the_loaded_content() {
    let content = Content::embedded();
    assert_eq!(content.short_hash().len(), release::SHORT_HASH_LEN);
    assert!(content.rules_hash.starts_with(content.short_hash()));
    let ui = read("content/locales/en/ui.ftl");
    for id in ["intro-version", "result-version", "summary-version"] {
        let line = ui
            .lines()
            .find(|l| l.starts_with(&format!("{id} =")))
            .unwrap_or_else(|| panic!("ui.ftl has no {id}"));
        assert!(
            line.contains("{ $version }") && line.contains("{ $hash }"),
            "{id} must show the version and the rules hash: {line}"
        );
    }
}

#[test]
fn the_safety_case_covers_the_current_release() {
    let content = Content::embedded();
    let safety_case = read("docs/clinical-safety.md");
    let covered = safety_case
        .lines()
        .find(|l| l.starts_with("| Content release covered |"))
        .expect("docs/clinical-safety.md has a \"Content release covered\" row");
    assert!(
        covered.contains(&content.manifest.version) && covered.contains(&content.rules_hash),
        "docs/clinical-safety.md must cover the current release: update \"Content release \
         covered\" (and the release identifier, section 9) to version {} and rules hash {}",
        content.manifest.version,
        content.rules_hash
    );
}
