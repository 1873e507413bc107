//! Fluent messages compiled at build time (issue 7).
//!
//! The patient-facing text is written in Fluent (`content/locales/<lang>/*.ftl`), and the tests
//! format every message with `fluent-bundle` itself. The widget does not ship Fluent's parser and
//! resolver: its build script parses the files with `fluent-syntax` here and turns each message
//! into [`Piece`]s, text and variable references, which it writes out as static Rust data. At
//! start-up nothing is parsed, and formatting a message is joining its pieces.
//!
//! Only what our messages use is compiled: text, `{ $variable }`, string and number literals,
//! and references to other messages and to terms (inlined here). Anything else (select
//! expressions, functions, attributes, terms with arguments) is refused with the message's id,
//! so a file using it fails the build rather than showing a patient half a sentence. To use one,
//! teach [`compile`] to keep it and `tests/translations.rs` proves the output still matches
//! `fluent-bundle`'s.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One part of a compiled message: literal text, or a variable's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<S = &'static str> {
    Text(S),
    Variable(S),
}

/// One language's compiled messages, sorted by id (ready for a binary search).
pub type Compiled = Vec<(String, Vec<Piece<String>>)>;

/// The shape the widget ships: a language's messages as static data, sorted by id.
pub type Table = [(&'static str, &'static [Piece])];

/// A variable the message uses was not given.
#[derive(Debug, PartialEq, Eq)]
pub struct MissingVariable(pub String);

/// How deep message and term references may nest; deeper means a cycle.
const MAX_DEPTH: usize = 8;

/// The text of every `.ftl` file directly in `dir` (one language's folder), in file-name order:
/// what the widget's build script compiles and what the translation tests compare.
pub fn read_sources(dir: &Path) -> Result<Vec<String>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f).map_err(|e| format!("cannot read {}: {e}", f.display()))
        })
        .collect()
}

/// Compiles one language's Fluent sources. Every problem is reported, each naming its message.
pub fn compile(sources: &[&str]) -> Result<Compiled, Vec<String>> {
    let mut problems = Vec::new();
    let mut patterns: BTreeMap<String, Pattern<&str>> = BTreeMap::new();
    for source in sources {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(partial, errors)| {
            problems.extend(
                errors
                    .iter()
                    .map(|e| format!("syntax error at bytes {:?}: {:?}", e.pos, e.kind)),
            );
            partial
        });
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes.len()),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes.len()),
                Entry::Junk { content } => {
                    problems.push(format!("does not parse: {}", content.trim()));
                    continue;
                }
                _ => continue,
            };
            if attributes > 0 {
                problems.push(format!("{id}: attributes are not compiled"));
            }
            let Some(value) = value else {
                problems.push(format!("{id}: has no value"));
                continue;
            };
            if patterns.insert(id.clone(), value).is_some() {
                problems.push(format!("{id}: defined twice"));
            }
        }
    }
    let mut compiled = Compiled::new();
    for (id, pattern) in patterns.iter().filter(|(id, _)| !id.starts_with('-')) {
        let mut pieces = Vec::new();
        match flatten(&patterns, pattern, &mut pieces, 0) {
            Ok(()) => compiled.push((id.clone(), merge_text(pieces))),
            Err(problem) => problems.push(format!("{id}: {problem}")),
        }
    }
    if problems.is_empty() {
        Ok(compiled)
    } else {
        Err(problems)
    }
}

fn flatten(
    all: &BTreeMap<String, Pattern<&str>>,
    pattern: &Pattern<&str>,
    out: &mut Vec<Piece<String>>,
    depth: usize,
) -> Result<(), String> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(Piece::Text(value.to_string())),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(inline) => inline_pieces(all, inline, out, depth)?,
                Expression::Select { .. } => {
                    return Err("select expressions are not compiled".into())
                }
            },
        }
    }
    Ok(())
}

fn inline_pieces(
    all: &BTreeMap<String, Pattern<&str>>,
    inline: &InlineExpression<&str>,
    out: &mut Vec<Piece<String>>,
    depth: usize,
) -> Result<(), String> {
    let referenced = match inline {
        InlineExpression::VariableReference { id } => {
            out.push(Piece::Variable(id.name.to_string()));
            return Ok(());
        }
        InlineExpression::StringLiteral { value } => {
            out.push(Piece::Text(
                fluent_syntax::unicode::unescape_unicode_to_string(value).into_owned(),
            ));
            return Ok(());
        }
        InlineExpression::NumberLiteral { value } => {
            out.push(Piece::Text(value.to_string()));
            return Ok(());
        }
        InlineExpression::Placeable { expression } => {
            return match &**expression {
                Expression::Inline(inner) => inline_pieces(all, inner, out, depth),
                Expression::Select { .. } => Err("select expressions are not compiled".into()),
            }
        }
        InlineExpression::FunctionReference { id, .. } => {
            return Err(format!("the function {} is not compiled", id.name))
        }
        InlineExpression::MessageReference {
            id,
            attribute: None,
        } => id.name.to_string(),
        InlineExpression::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => format!("-{}", id.name),
        InlineExpression::MessageReference { .. } | InlineExpression::TermReference { .. } => {
            return Err("attribute references and term arguments are not compiled".into())
        }
    };
    if depth >= MAX_DEPTH {
        return Err(format!(
            "references nest more than {MAX_DEPTH} deep (a cycle?)"
        ));
    }
    let pattern = all
        .get(&referenced)
        .ok_or_else(|| format!("refers to {referenced}, which does not exist"))?;
    flatten(all, pattern, out, depth + 1)
}

/// Joins neighbouring text pieces, so a message is at most one piece per variable plus the
/// text between them.
fn merge_text(pieces: Vec<Piece<String>>) -> Vec<Piece<String>> {
    let mut merged: Vec<Piece<String>> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match (merged.last_mut(), piece) {
            (Some(Piece::Text(before)), Piece::Text(text)) => before.push_str(&text),
            (_, piece) => merged.push(piece),
        }
    }
    merged
}

/// The pieces of message `id` in a table sorted by id.
pub fn find<'t>(table: &'t Table, id: &str) -> Option<&'t [Piece]> {
    table
        .binary_search_by(|(key, _)| (*key).cmp(id))
        .ok()
        .map(|i| table[i].1)
}

/// Joins a message's pieces, taking each variable's value from `variable`. A missing variable
/// is written as Fluent writes it (`{$name}`) and reported, so a caller can try another
/// language instead.
pub fn format<S: AsRef<str>>(
    pieces: &[Piece<S>],
    variable: impl Fn(&str) -> Option<String>,
) -> (String, Option<MissingVariable>) {
    let mut text = String::new();
    let mut missing = None;
    for piece in pieces {
        match piece {
            Piece::Text(t) => text.push_str(t.as_ref()),
            Piece::Variable(name) => match variable(name.as_ref()) {
                Some(value) => text.push_str(&value),
                None => {
                    text.push_str("{$");
                    text.push_str(name.as_ref());
                    text.push('}');
                    missing.get_or_insert_with(|| MissingVariable(name.as_ref().to_string()));
                }
            },
        }
    }
    (text, missing)
}

/// Compiled messages as static data for tests and tools that build a table at run time (the
/// widget's own tables are written by its build script). Leaks: call it a bounded number of
/// times.
pub fn leak(compiled: Compiled) -> &'static Table {
    let leak_str = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let rows: Vec<(&'static str, &'static [Piece])> = compiled
        .into_iter()
        .map(|(id, pieces)| {
            let pieces: Vec<Piece> = pieces
                .into_iter()
                .map(|piece| match piece {
                    Piece::Text(t) => Piece::Text(leak_str(t)),
                    Piece::Variable(v) => Piece::Variable(leak_str(v)),
                })
                .collect();
            (leak_str(id), &*Box::leak(pieces.into_boxed_slice()))
        })
        .collect();
    Box::leak(rows.into_boxed_slice())
}

/// Rust source for a static [`Table`] named `name` (for a build script).
pub fn rust_source(name: &str, compiled: &Compiled) -> String {
    use std::fmt::Write as _;
    let mut out = format!("pub static {name}: &engine::messages::Table = &[\n");
    for (id, pieces) in compiled {
        let _ = write!(out, "    ({id:?}, &[");
        for piece in pieces {
            let _ = match piece {
                Piece::Text(t) => write!(out, "engine::messages::Piece::Text({t:?}), "),
                Piece::Variable(v) => write!(out, "engine::messages::Piece::Variable({v:?}), "),
            };
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    out
}
