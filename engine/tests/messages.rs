//! Fluent text checks for `content/locales/en`: every file parses cleanly, every message id the
//! content needs has text, no banned reassurance, and the safety-net messages exist.

use engine::questionnaire::QuestionKind;
use engine::{Content, Urgency};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn locale_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("content")
        .join("locales")
        .join("en")
}

/// Every `.ftl` file under the locale directory (recursively), sorted.
fn ftl_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "ftl") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&locale_dir(), &mut files);
    files.sort();
    assert!(
        !files.is_empty(),
        "no .ftl files in {}",
        locale_dir().display()
    );
    files
}

fn file_name(path: &Path) -> String {
    path.strip_prefix(locale_dir())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Message ids and the raw text of every file; parse problems go to `problems`.
struct Parsed {
    ids: BTreeSet<String>,
    problems: Vec<String>,
}

fn parse_all() -> Parsed {
    let mut ids = BTreeSet::new();
    let mut problems = Vec::new();
    for path in ftl_files() {
        let name = file_name(&path);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        let resource = match fluent_syntax::parser::parse(text) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(format!(
                        "{name}: parse error {:?} at bytes {:?}",
                        error.kind, error.pos
                    ));
                }
                resource
            }
        };
        for entry in resource.body {
            match entry {
                Entry::Message(message) => {
                    let id = message.id.name;
                    if message.value.is_none() {
                        problems.push(format!("{name}: message {id} has no value"));
                    }
                    if !ids.insert(id.clone()) {
                        problems.push(format!("{name}: message {id} is defined more than once"));
                    }
                }
                Entry::Junk { content } => {
                    let first = content.lines().next().unwrap_or_default();
                    problems.push(format!(
                        "{name}: junk (unparseable text) starting {first:?}"
                    ));
                }
                _ => {}
            }
        }
    }
    Parsed { ids, problems }
}

#[test]
fn every_ftl_file_parses_without_errors_or_junk() {
    let parsed = parse_all();
    assert!(parsed.problems.is_empty(), "{}", parsed.problems.join("\n"));
}

/// Every message id the content refers to, with what needs it.
fn required_ids(content: &Content) -> Vec<(String, String)> {
    let mut needed = Vec::new();
    let qn = &content.questionnaire;
    let mut sections = BTreeSet::new();
    for step in qn.steps() {
        sections.insert(step.section_message_id());
        if step.checklist {
            needed.push((
                step.title_message_id(),
                format!("checklist step {}", step.id),
            ));
            needed.push((step.why_message_id(), format!("checklist step {}", step.id)));
        }
        for &q in &step.questions {
            let question = qn.question(q);
            needed.push((question.message_id(), format!("question {}", question.code)));
            if !step.checklist {
                needed.push((
                    format!("{}-why", question.message_id()),
                    format!("question {} (own step)", question.code),
                ));
            }
            if let QuestionKind::Number {
                unit, below_min, ..
            } = &question.kind
            {
                needed.push((format!("unit-{unit}"), format!("unit of {}", question.code)));
                if let Some(message) = below_min {
                    needed.push((
                        message.clone(),
                        format!("below the range of {}", question.code),
                    ));
                }
            }
            if let QuestionKind::Choice { options } = &question.kind {
                for option in options {
                    needed.push((
                        question.option_message_id(option),
                        format!("option {option} of {}", question.code),
                    ));
                }
            }
        }
    }
    for section in sections {
        needed.push((section, "section".to_string()));
    }
    for level in Urgency::ALL {
        let stem = level.message_stem();
        for part in ["title", "action", "where"] {
            needed.push((format!("{stem}-{part}"), format!("urgency level {level}")));
        }
    }
    for rule in content.rules.rules() {
        needed.push((rule.why_message_id(), format!("rule {}", rule.id)));
    }
    for (kind, list) in [
        ("cancer", &content.explanations.cancers),
        ("topic", &content.explanations.topics),
    ] {
        for explanation in list {
            for part in ["title", "body"] {
                needed.push((
                    format!("{kind}-{}-{part}", explanation.id),
                    format!("{kind} explanation {}", explanation.id),
                ));
            }
        }
    }
    needed
}

#[test]
fn every_message_the_content_needs_exists() {
    let content = Content::embedded();
    let parsed = parse_all();
    let missing: Vec<String> = required_ids(&content)
        .into_iter()
        .filter(|(id, _)| !parsed.ids.contains(id))
        .map(|(id, owner)| format!("{id}  (for {owner})"))
        .collect();
    assert!(
        missing.is_empty(),
        "{} missing message id(s) in {}:\n{}",
        missing.len(),
        locale_dir().display(),
        missing.join("\n")
    );
}

#[test]
fn the_safety_net_messages_exist() {
    let parsed = parse_all();
    let required = [
        "emergency-lead",
        "saddle",
        "bladder",
        "sexual",
        "both-legs",
        "weakness",
        "chest",
        "same-day",
        "cancer",
        "gp",
    ];
    let missing: Vec<String> = required
        .iter()
        .map(|s| format!("safety-net-{s}"))
        .filter(|id| !parsed.ids.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "missing safety-net messages: {missing:?}"
    );
}

/// The text a pattern shows (text elements and string literals), for phrase checks.
fn pattern_text(pattern: &Pattern<String>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => expression_text(expression, out),
        }
    }
}

fn expression_text(expression: &Expression<String>, out: &mut String) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                out.push('\n');
                pattern_text(&variant.value, out);
            }
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression, out)
        }
        Expression::Inline(_) => out.push(' '),
    }
}

/// Phrases that say or imply that no warning signs means no cancer, or that promise safety.
const BANNED: [&str; 6] = [
    "you don't have cancer",
    "you do not have cancer",
    "nothing to worry about",
    "no need to worry",
    "is normal",
    "completely safe",
];

#[test]
fn no_message_says_there_is_nothing_to_worry_about() {
    let mut hits = Vec::new();
    for path in ftl_files() {
        let name = file_name(&path);
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = match fluent_syntax::parser::parse(text.clone()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Patient-facing text of every message and attribute, with typographic apostrophes
        // folded so "don’t" is caught as well as "don't".
        let mut shown = Vec::new();
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                let mut s = String::new();
                if let Some(value) = &message.value {
                    pattern_text(value, &mut s);
                }
                for attribute in &message.attributes {
                    s.push('\n');
                    pattern_text(&attribute.value, &mut s);
                }
                shown.push((message.id.name.clone(), s));
            }
        }
        for (id, s) in shown {
            let folded = s
                .to_lowercase()
                .replace(['\u{2019}', '\u{2018}'], "'")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            for phrase in BANNED {
                if folded.contains(phrase) {
                    hits.push(format!("{name}: {id} says {phrase:?}"));
                }
            }
        }
        // Comments and anything the parser could not read count too.
        let raw = text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
        for phrase in BANNED {
            if raw.contains(phrase)
                && !hits
                    .iter()
                    .any(|h| h.starts_with(&format!("{name}:")) && h.contains(phrase))
            {
                hits.push(format!("{name}: contains {phrase:?}"));
            }
        }
    }
    assert!(hits.is_empty(), "banned phrases:\n{}", hits.join("\n"));
}
