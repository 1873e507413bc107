//! Every shipped language has every message English has, no other, with the same variables,
//! and every message formats without error in its own language (issue 6). A translation can
//! therefore never drop the emergency number from a sentence, and the fallback to English in
//! `texts.rs` stays a safety net rather than a way to ship half a translation.
//!
//! The widget ships the messages compiled at build time (`engine::messages`), not Fluent's
//! resolver; here every compiled message is checked against what `fluent-bundle` makes of the
//! same source.

use engine::messages;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use widget::texts::{shipped, Catalogue};

/// The Fluent sources of a language, read as build.rs reads them.
fn source_files(code: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content/locales")
        .join(code);
    messages::read_sources(&dir).expect("readable .ftl files")
}

fn as_strs(sources: &[String]) -> Vec<&str> {
    sources.iter().map(String::as_str).collect()
}

/// A Fluent bundle of `sources` in `code`, without isolation marks (as the widget writes text).
fn fluent_bundle(code: &str, sources: &[&str]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![code.parse().expect("language tag")]);
    bundle.set_use_isolating(false);
    for source in sources {
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Per message (and term, as `-name`; attributes as `id.attr`): the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

/// The shape of a language's sources, and any parse problems.
fn shape(sources: &[&str]) -> (Shape, Vec<String>) {
    let mut shape = Shape::new();
    let mut problems = Vec::new();
    for source in sources {
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.iter().map(|e| format!("parse error {:?}", e.kind)));
                resource
            }
        };
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                Entry::Junk { content } => {
                    problems.push(format!("junk: {}", content.trim()));
                    continue;
                }
                _ => continue,
            };
            let mut put = |id: String, pattern: Option<&Pattern<&str>>| {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = pattern {
                    pattern_variables(pattern, &mut variables);
                }
                if shape.insert(id.clone(), variables).is_some() {
                    problems.push(format!("{id} is defined twice"));
                }
            };
            put(id.clone(), value.as_ref());
            for attribute in &attributes {
                put(
                    format!("{id}.{}", attribute.id.name),
                    Some(&attribute.value),
                );
            }
        }
    }
    (shape, problems)
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// What is wrong with a translation's sources compared with English's.
fn differences(english: &[&str], translation: &[&str]) -> Vec<String> {
    let (english, mut problems) = shape(english);
    let (translated, translation_problems) = shape(translation);
    problems.extend(translation_problems);
    for (id, variables) in &english {
        match translated.get(id) {
            None => problems.push(format!("{id} is missing")),
            Some(theirs) if theirs != variables => problems.push(format!(
                "{id} uses variables {theirs:?}, English uses {variables:?}"
            )),
            Some(_) => {}
        }
    }
    for id in translated.keys().filter(|id| !english.contains_key(*id)) {
        problems.push(format!("{id} is not in English"));
    }
    problems
}

/// Formats every message of `sources` in `code` alone (no fallback) with each variable it uses
/// set; returns the messages that do not format cleanly.
fn format_errors(code: &str, sources: &[&str]) -> Vec<String> {
    let bundle = fluent_bundle(code, sources);
    let (shape, _) = shape(sources);
    let mut problems = Vec::new();
    for (id, variables) in shape.iter().filter(|(id, _)| !id.starts_with('-')) {
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id.as_str(), None),
        };
        let Some(message) = bundle.get_message(message_id) else {
            problems.push(format!("{id}: not in the bundle"));
            continue;
        };
        let pattern = match attribute {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else { continue };
        let mut args = FluentArgs::new();
        for variable in variables {
            args.set(variable.as_str(), FluentValue::from("5"));
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            problems.push(format!("{id}: {errors:?}"));
        } else if text.trim().is_empty() {
            problems.push(format!("{id}: formats to nothing"));
        }
    }
    problems
}

#[test]
fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
    let content = engine::Content::embedded();
    let english = source_files("en");
    assert!(english.len() >= 5, "the English files were not found");
    let mut report = Vec::new();
    for language in content.languages.all() {
        let files = source_files(&language.code);
        assert!(!files.is_empty(), "{}: no message files", language.code);
        for problem in differences(&as_strs(&english), &as_strs(&files)) {
            report.push(format!("{}: {problem}", language.code));
        }
    }
    assert!(
        report.is_empty(),
        "translation problems:\n{}",
        report.join("\n")
    );
    assert!(
        content.languages.all().len() >= 2,
        "English and Spanish ship"
    );
}

#[test]
fn every_message_formats_in_its_own_language() {
    let content = engine::Content::embedded();
    let mut report = Vec::new();
    for language in content.languages.all() {
        let files = source_files(&language.code);
        for problem in format_errors(&language.code, &as_strs(&files)) {
            report.push(format!("{}: {problem}", language.code));
        }
    }
    assert!(
        report.is_empty(),
        "messages that do not format:\n{}",
        report.join("\n")
    );
}

#[test]
fn the_checks_catch_a_missing_message_a_dropped_variable_and_an_extra_message() {
    let english = ["a = Call { $emergency_number } now\nb = Hello\n"];
    assert!(differences(
        &english,
        &["a = Llame al { $emergency_number }\nb = Hola\n"]
    )
    .is_empty());
    let problems = differences(&english, &["a = Llame ahora\nc = Extra\n"]);
    assert!(
        problems.iter().any(|p| p.starts_with("a uses variables")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p == "b is missing"), "{problems:?}");
    assert!(
        problems.iter().any(|p| p == "c is not in English"),
        "{problems:?}"
    );
    assert!(!format_errors("es", &["a = { -missing-term }\n"]).is_empty());
    assert!(!format_errors("es", &["a = { b }\n"]).is_empty());
}

#[test]
fn a_missing_or_broken_translation_falls_back_to_english_and_never_shows_an_id() {
    let content = engine::Content::embedded();
    // A Spanish catalogue whose own files have one message, and one that cannot format.
    let own =
        messages::compile(&["button-back = Atrás\nbutton-continue = { $nonexistent } Continuar\n"])
            .expect("compiles");
    let texts = Catalogue::with_messages(&content, "es", messages::leak(own), "uk");
    assert_eq!(texts.lang(), "es");
    assert_eq!(texts.get("button-back"), "Atrás");
    assert_eq!(
        texts.get("button-continue"),
        "Continue",
        "a broken message uses English"
    );
    assert!(!texts.has_own("intro-heading") && texts.has("intro-heading"));
    let heading = texts.get("intro-heading");
    assert!(
        !heading.is_empty() && heading != "intro-heading",
        "{heading}"
    );
    assert_eq!(texts.get("no-such-message"), "");
}

#[test]
fn spanish_fills_in_the_region_in_spanish() {
    let content = engine::Content::embedded();
    let texts = Catalogue::new(&content, "es", "us");
    assert_eq!(texts.lang(), "es");
    assert!(!texts.language().clinically_reviewed);
    let lead = texts.get("safety-net-emergency-lead");
    assert!(lead.contains("911"), "{lead}");
    assert!(
        !lead.contains('{') && !lead.contains("emergency room"),
        "{lead}"
    );
    assert_ne!(
        lead,
        Catalogue::new(&content, "en", "us").get("safety-net-emergency-lead")
    );
}

/// Every shipped language's compiled table has exactly its Fluent messages, and each formats to
/// exactly what `fluent-bundle` makes of the source, with every variable it uses set.
#[test]
fn compiled_messages_format_exactly_as_fluent_does() {
    let content = engine::Content::embedded();
    let mut report = Vec::new();
    let mut compared = 0;
    for language in content.languages.all() {
        let code = &language.code;
        let files = source_files(code);
        let sources = as_strs(&files);
        let bundle = fluent_bundle(code, &sources);
        let (shape, _) = shape(&sources);
        let table = shipped(code);
        let message_ids: Vec<&String> = shape.keys().filter(|id| !id.starts_with('-')).collect();
        let table_ids: Vec<&str> = table.iter().map(|(id, _)| *id).collect();
        if message_ids != table_ids {
            report.push(format!(
                "{code}: the compiled ids differ from the Fluent ids"
            ));
        }
        for (id, variables) in shape.iter().filter(|(id, _)| !id.starts_with('-')) {
            let mut args = FluentArgs::new();
            for variable in variables {
                args.set(
                    variable.as_str(),
                    FluentValue::from(format!("<{variable}>")),
                );
            }
            let pattern = bundle.get_message(id).and_then(|m| m.value());
            let expected = pattern.map(|p| bundle.format_pattern(p, Some(&args), &mut Vec::new()));
            let actual = messages::find(table, id)
                .map(|pieces| messages::format(pieces, |name| Some(format!("<{name}>"))).0);
            if expected.as_deref() != actual.as_deref() {
                report.push(format!(
                    "{code} {id}: Fluent {expected:?}, compiled {actual:?}"
                ));
            }
            compared += 1;
        }
    }
    assert!(compared > 800, "only {compared} messages compared");
    assert!(report.is_empty(), "{}", report.join("\n"));
}
