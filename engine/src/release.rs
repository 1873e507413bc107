//! Change control: the fingerprint of the content that decides the advice.
//!
//! The rules hash is the SHA-256 of the exact bytes of `questionnaire.toml`, `rules.toml`,
//! `explanations.toml` and `floors.toml`, in that order, with nothing between them. It is the
//! same as
//!
//! ```sh
//! cat content/questionnaire.toml content/rules.toml content/explanations.toml content/floors.toml | sha256sum
//! ```
//!
//! so a reviewer can check it without Rust. `content/manifest.toml` records the hash of the
//! current `version` and `content/releases.toml` keeps every released (version, hash) pair;
//! `engine/tests/release.rs` fails when the files change and the records do not
//! (docs/clinical-safety.md, "Change control").

use crate::content::{ContentFiles, Manifest};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// How many hex characters of the hash the UI and the summary show.
pub const SHORT_HASH_LEN: usize = 12;

/// The files whose bytes the rules hash covers, in hashing order (names in `content/`).
pub const HASHED_FILES: [&str; 4] = [
    "questionnaire.toml",
    "rules.toml",
    "explanations.toml",
    "floors.toml",
];

/// SHA-256 (lower-case hex, 64 characters) over the exact bytes of the questionnaire, the rules,
/// the explanations and the floors: the files that decide which questions are asked, the advice
/// and the explanations shown, and the reviewed promise the advice is checked against.
pub fn rules_hash(files: &ContentFiles) -> String {
    let mut hasher = Sha256::new();
    for text in [
        files.questionnaire,
        files.rules,
        files.explanations,
        files.floors,
    ] {
        hasher.update(text.as_bytes());
    }
    hex(&hasher.finalize())
}

/// The first [`SHORT_HASH_LEN`] characters of a hash, as shown in the UI.
pub fn short_hash(hash: &str) -> &str {
    hash.get(..SHORT_HASH_LEN).unwrap_or(hash)
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 0xf) as usize] as char);
    }
    out
}

/// Whether `s` looks like a full rules hash (64 lower-case hex characters).
pub fn is_full_hash(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
}

/// One entry of `content/releases.toml`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    pub version: String,
    pub date: String,
    pub rules_sha256: String,
    pub summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReleasesFile {
    release: Vec<Release>,
}

/// Reads `content/releases.toml`.
pub fn parse_releases(text: &str) -> Result<Vec<Release>, String> {
    toml::from_str::<ReleasesFile>(text)
        .map(|f| f.release)
        .map_err(|e| format!("releases.toml: {e}"))
}

/// A content version `YYYY.MM.DD-N` (N = 1, 2, … for releases on the same day) as comparable
/// numbers; `None` if it has another form.
pub fn version_key(version: &str) -> Option<(u32, u32, u32, u32)> {
    let (date, n) = version.split_once('-')?;
    let digits = |s: &str, len: Option<usize>| -> Option<u32> {
        let ok = !s.is_empty()
            && s.bytes().all(|c| c.is_ascii_digit())
            && len.is_none_or(|l| s.len() == l)
            && (len.is_some() || !s.starts_with('0'));
        ok.then(|| s.parse().ok()).flatten()
    };
    let parts: Vec<&str> = date.split('.').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    Some((
        digits(y, Some(4))?,
        digits(m, Some(2)).filter(|m| (1..=12).contains(m))?,
        digits(d, Some(2)).filter(|d| (1..=31).contains(d))?,
        digits(n, None)?,
    ))
}

/// Whether `s` is a date written `YYYY-MM-DD`.
fn is_date(s: &str) -> bool {
    s.len() == 10
        && s.as_bytes()[4] == b'-'
        && s.as_bytes()[7] == b'-'
        && version_key(&format!("{}-1", s.replace('-', "."))).is_some()
}

/// What to do when the content changes, for the failure messages.
pub const HOW_TO_RELEASE: &str = "If the change is intended, make a new content release:\n  \
     1. in content/manifest.toml, set `version` to a new version (the date, then -1, -2, ...) \
     and `rules_sha256` to the hash above;\n  \
     2. add the same version and hash as a new [[release]] at the end of content/releases.toml \
     (never edit an earlier one);\n  \
     3. add a line to the change log in docs/clinical-safety.md (\"Change control\");\n  \
     4. regenerate the rules report: cargo run -p backpain-engine --bin rules_report > docs/rules.md;\n  \
     5. have the clinical safety officer review the change.";

/// Checks the change-control records against the hash of the content as loaded. Returns every
/// problem found (print [`HOW_TO_RELEASE`] after them); empty when the records are consistent.
pub fn check_change_control(
    manifest: &Manifest,
    computed: &str,
    releases: &[Release],
) -> Vec<String> {
    let mut problems = Vec::new();
    if manifest.rules_sha256 != computed {
        problems.push(format!(
            "The content that decides the advice (content/{}) has changed: it now hashes to\n  \
             {computed}\nbut content/manifest.toml records\n  {}\nfor version {}.",
            HASHED_FILES.join(", content/"),
            manifest.rules_sha256,
            manifest.version
        ));
    }
    if version_key(&manifest.version).is_none() {
        problems.push(format!(
            "content/manifest.toml: version {:?} must look like 2026.11.21-1 (date, then a number)",
            manifest.version
        ));
    }
    for release in releases {
        if version_key(&release.version).is_none() {
            problems.push(format!(
                "content/releases.toml: version {:?} must look like 2026.11.21-1",
                release.version
            ));
        }
        if !is_full_hash(&release.rules_sha256) {
            problems.push(format!(
                "content/releases.toml: version {}: rules_sha256 must be 64 lower-case hex characters",
                release.version
            ));
        }
        if !is_date(&release.date) {
            problems.push(format!(
                "content/releases.toml: version {}: date {:?} must look like 2026-11-21",
                release.version, release.date
            ));
        }
        if release.summary.trim().is_empty() {
            problems.push(format!(
                "content/releases.toml: version {}: say what changed in `summary`",
                release.version
            ));
        }
    }
    for (i, release) in releases.iter().enumerate() {
        for other in &releases[..i] {
            if other.version == release.version {
                problems.push(format!(
                    "content/releases.toml: version {} appears twice (hashes {} and {}). A \
                     version must never stand for two rule sets: give changed rules a new version.",
                    release.version,
                    short_hash(&other.rules_sha256),
                    short_hash(&release.rules_sha256)
                ));
            }
        }
    }
    for pair in releases.windows(2) {
        if let (Some(a), Some(b)) = (version_key(&pair[0].version), version_key(&pair[1].version)) {
            if b < a {
                problems.push(format!(
                    "content/releases.toml: version {} comes after {}: versions must only go up \
                     (append new releases at the end)",
                    pair[1].version, pair[0].version
                ));
            }
        }
    }
    match releases.last() {
        None => problems.push("content/releases.toml lists no release".to_string()),
        Some(last) if last.version != manifest.version => {
            let earlier = releases.iter().find(|r| r.version == manifest.version);
            problems.push(match earlier {
                Some(r) => format!(
                    "content/manifest.toml: version {} was already released (with hash {}); \
                     it is not the latest release in content/releases.toml ({}).",
                    manifest.version,
                    short_hash(&r.rules_sha256),
                    last.version
                ),
                None => format!(
                    "content/releases.toml: the last [[release]] is {}, but content/manifest.toml \
                     says {}: add a [[release]] for version {} with rules_sha256 = \"{computed}\"",
                    last.version, manifest.version, manifest.version
                ),
            });
        }
        Some(last) if last.rules_sha256 != computed => problems.push(format!(
            "Version {} was released with rules hash {}, but the content now hashes to {}. \
             Changing the rules needs a new version.",
            last.version,
            short_hash(&last.rules_sha256),
            computed
        )),
        Some(_) => {}
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::EMBEDDED;

    fn files<'a>(
        questionnaire: &'a str,
        rules: &'a str,
        explanations: &'a str,
        floors: &'a str,
    ) -> ContentFiles<'a> {
        ContentFiles {
            questionnaire,
            rules,
            explanations,
            floors,
            ..EMBEDDED
        }
    }

    #[test]
    fn is_plain_sha256_of_the_four_files_concatenated() {
        // Known SHA-256 test vectors: "" and "abc" (FIPS 180-2), split across the files.
        assert_eq!(
            rules_hash(&files("", "", "", "")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(rules_hash(&files("a", "b", "c", "")), abc);
        assert_eq!(rules_hash(&files("", "abc", "", "")), abc);
        assert_eq!(rules_hash(&files("", "a", "b", "c")), abc);
    }

    #[test]
    fn covers_every_hashed_file_and_nothing_else() {
        let base = rules_hash(&EMBEDDED);
        assert!(is_full_hash(&base), "{base}");
        let changed = |f: ContentFiles| rules_hash(&f) != base;
        let q = format!("{} ", EMBEDDED.questionnaire);
        let r = format!("{} ", EMBEDDED.rules);
        let e = format!("{} ", EMBEDDED.explanations);
        let f = format!("{} ", EMBEDDED.floors);
        assert!(changed(ContentFiles {
            floors: &f,
            ..EMBEDDED
        }));
        assert!(changed(ContentFiles {
            questionnaire: &q,
            ..EMBEDDED
        }));
        assert!(changed(ContentFiles {
            rules: &r,
            ..EMBEDDED
        }));
        assert!(changed(ContentFiles {
            explanations: &e,
            ..EMBEDDED
        }));
        let other = format!("{} ", EMBEDDED.sources);
        assert!(!changed(ContentFiles {
            sources: &other,
            regions: &other,
            manifest: &other,
            ..EMBEDDED
        }));
    }

    #[test]
    fn short_hash_is_the_first_twelve_characters() {
        let full = rules_hash(&EMBEDDED);
        assert_eq!(short_hash(&full), &full[..12]);
        assert_eq!(short_hash(&full).len(), SHORT_HASH_LEN);
        assert_eq!(short_hash("abc"), "abc");
    }

    #[test]
    fn recognises_full_hashes_only() {
        assert!(is_full_hash(&"0".repeat(64)));
        assert!(is_full_hash(&"a".repeat(64)));
        assert!(!is_full_hash(&"0".repeat(63)));
        assert!(!is_full_hash(&"A".repeat(64)));
        assert!(!is_full_hash(&"g".repeat(64)));
    }

    fn manifest(version: &str, hash: &str) -> Manifest {
        Manifest {
            version: version.into(),
            reviewed: "2026-11-21".into(),
            default_region: "uk".into(),
            rules_sha256: hash.into(),
        }
    }

    fn release(version: &str, hash: &str) -> Release {
        Release {
            version: version.into(),
            date: "2026-11-21".into(),
            rules_sha256: hash.into(),
            summary: "what changed".into(),
        }
    }

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    #[test]
    fn versions_are_dates_then_a_number() {
        assert_eq!(version_key("2026.11.21-1"), Some((2026, 11, 21, 1)));
        assert_eq!(version_key("2026.11.21-12"), Some((2026, 11, 21, 12)));
        assert!(version_key("2026.11.21-2") > version_key("2026.11.21-1"));
        assert!(version_key("2026.11.21-10") > version_key("2026.11.21-9"));
        assert!(version_key("2027.01.02-1") > version_key("2026.12.31-5"));
        for bad in [
            "2026.11.21",
            "2026.11.21-0",
            "2026.11.21-01",
            "2026.11.21-a",
            "2026.13.01-1",
            "2026.00.01-1",
            "2026.11.32-1",
            "26.11.21-1",
            "2026.1.21-1",
            "2026.11.21.1-1",
            "2026-11-21-1",
        ] {
            assert_eq!(version_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_are_year_month_day() {
        assert!(is_date("2026-11-21"));
        for bad in [
            "2026.11.21",
            "21/11/2026",
            "2026-13-01",
            "2026-11-2",
            "2026-11-21x",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn consistent_records_pass() {
        let releases = [release("2026.11.21-1", B), release("2026.11.22-1", A)];
        let problems = check_change_control(&manifest("2026.11.22-1", A), A, &releases);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn changed_rules_with_the_old_records_fail_and_say_what_to_do() {
        let problems = check_change_control(
            &manifest("2026.11.21-1", A),
            B,
            &[release("2026.11.21-1", A)],
        );
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(problems[0].contains(B), "{}", problems[0]);
        assert!(
            problems[0].contains("content/rules.toml"),
            "{}",
            problems[0]
        );
        assert!(HOW_TO_RELEASE.contains("set `version` to a new version"));
        assert!(HOW_TO_RELEASE.contains("docs/clinical-safety.md"));
        assert!(
            problems[1].contains("needs a new version"),
            "{}",
            problems[1]
        );
    }

    #[test]
    fn a_new_hash_under_the_old_version_fails() {
        // The manifest's hash was updated but not its version.
        let problems = check_change_control(
            &manifest("2026.11.21-1", B),
            B,
            &[release("2026.11.21-1", A)],
        );
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(problems[0].contains("needs a new version"));
        // …and recording it as a second release of the same version fails too.
        let releases = [release("2026.11.21-1", A), release("2026.11.21-1", B)];
        let problems = check_change_control(&manifest("2026.11.21-1", B), B, &releases);
        assert!(
            problems.iter().any(|p| p.contains("appears twice")),
            "{problems:#?}"
        );
    }

    #[test]
    fn the_manifest_must_name_the_latest_release() {
        let releases = [release("2026.11.21-1", A), release("2026.11.22-1", B)];
        let problems = check_change_control(&manifest("2026.11.21-1", A), A, &releases);
        assert!(
            problems.iter().any(|p| p.contains("already released")),
            "{problems:#?}"
        );
        let problems = check_change_control(
            &manifest("2026.11.23-1", A),
            A,
            &[release("2026.11.21-1", A)],
        );
        assert!(
            problems.iter().any(|p| p.contains("add a [[release]]")),
            "{problems:#?}"
        );
        let problems = check_change_control(&manifest("2026.11.21-1", A), A, &[]);
        assert!(problems.iter().any(|p| p.contains("no release")));
    }

    #[test]
    fn releases_must_go_up_and_be_well_formed() {
        let releases = [release("2026.11.22-1", B), release("2026.11.21-1", A)];
        let problems = check_change_control(&manifest("2026.11.21-1", A), A, &releases);
        assert!(
            problems.iter().any(|p| p.contains("must only go up")),
            "{problems:#?}"
        );
        let mut bad = release("v1", "xyz");
        bad.summary = " ".into();
        bad.date = "21/11/2026".into();
        // Bad manifest version, release version, hash, date and summary; and the hash differs.
        let problems = check_change_control(&manifest("v1", A), A, &[bad]);
        assert_eq!(problems.len(), 6, "{problems:#?}");
    }

    #[test]
    fn the_shipped_releases_file_parses() {
        let releases = parse_releases(include_str!("../../content/releases.toml")).unwrap();
        assert!(!releases.is_empty());
        assert!(parse_releases("[[release]]\nversion = \"x\"\n").is_err());
    }
}
