//! The build-time Fluent compiler (`engine::messages`): what it keeps, what it refuses, and how
//! a compiled message formats. `tests/translations.rs` (the widget's) checks every shipped
//! message against `fluent-bundle` itself.

use engine::messages::{self, compile, Piece};

fn pieces(source: &str, id: &str) -> Vec<Piece<String>> {
    let compiled = compile(&[source]).expect("compiles");
    compiled
        .into_iter()
        .find(|(i, _)| i == id)
        .map(|(_, p)| p)
        .expect("message present")
}

fn text(s: &str) -> Piece<String> {
    Piece::Text(s.to_string())
}

fn variable(s: &str) -> Piece<String> {
    Piece::Variable(s.to_string())
}

#[test]
fn text_and_variables_become_pieces_and_neighbouring_text_is_joined() {
    assert_eq!(
        pieces("a = Call { $emergency_number } now\n", "a"),
        vec![text("Call "), variable("emergency_number"), text(" now")]
    );
    // Literals, terms and message references are inlined into the text around them.
    let source = "-brand = NHS\nb = See { -brand } { \"{\" }or{ 111 }\nc = { b }, { $gp }.\n";
    assert_eq!(pieces(source, "b"), vec![text("See NHS {or111")]);
    assert_eq!(
        pieces(source, "c"),
        vec![text("See NHS {or111, "), variable("gp"), text(".")]
    );
    // Escapes in string literals are unescaped, as Fluent does.
    assert_eq!(pieces("d = { \"\\u00E9\" }\n", "d"), vec![text("é")]);
    // Multi-line text keeps Fluent's line breaks and drops the indentation.
    assert_eq!(
        pieces("e =\n    one\n    two\n", "e"),
        vec![text("one\ntwo")]
    );
}

#[test]
fn ids_are_sorted_and_terms_are_not_messages() {
    let compiled = compile(&["b = B\n-t = T\na = A\n", "c = C\n"]).expect("compiles");
    let ids: Vec<&str> = compiled.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    let table = messages::leak(compiled);
    assert_eq!(messages::find(table, "b"), Some(&[Piece::Text("B")][..]));
    assert_eq!(messages::find(table, "a"), Some(&[Piece::Text("A")][..]));
    assert_eq!(messages::find(table, "c"), Some(&[Piece::Text("C")][..]));
    assert_eq!(messages::find(table, "-t"), None);
    assert_eq!(messages::find(table, "d"), None);
}

/// Each construct the compiler does not keep fails with the message's id, never silently.
#[test]
fn what_is_not_compiled_is_refused_with_the_message_id() {
    let refused = [
        (
            "sel = { $n ->\n    [one] One\n   *[other] Many\n}\n",
            "sel: select",
        ),
        ("fun = { NUMBER($n) }\n", "fun: the function NUMBER"),
        ("att = Text\n    .title = Title\n", "att: attributes"),
        ("-t = T\n    .a = A\nterm = { -t.a }\n", "-t: attributes"),
        (
            "-t = T { $x }\narg = { -t(x: 1) }\n",
            "arg: attribute references and term arguments",
        ),
        ("ref = { missing }\n", "ref: refers to missing"),
        ("x = { y }\ny = { x }\n", "x: references nest more than 8"),
        ("dup = One\ndup = Two\n", "dup: defined twice"),
        ("novalue =\n    .title = T\n", "novalue: has no value"),
        ("good = Fine\nbad = { \n", "does not parse"),
    ];
    for (source, expected) in refused {
        let problems = compile(&[source]).expect_err(source);
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{source:?}: {problems:?}"
        );
    }
    // Every problem is reported, not just the first.
    let problems = compile(&["a = { b }\nc = { NUMBER(1) }\n"]).expect_err("two problems");
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn formatting_fills_variables_and_marks_a_missing_one_as_fluent_does() {
    let message = [
        text("Call "),
        variable("emergency_number"),
        text(" or "),
        variable("gp"),
    ];
    let all = |name: &str| match name {
        "emergency_number" => Some("999".to_string()),
        "gp" => Some("your GP".to_string()),
        _ => None,
    };
    assert_eq!(
        messages::format(&message, all),
        ("Call 999 or your GP".to_string(), None)
    );
    let (text, missing) = messages::format(&message, |name| {
        (name == "gp").then(|| "your GP".to_string())
    });
    assert_eq!(text, "Call {$emergency_number} or your GP");
    assert_eq!(
        missing,
        Some(messages::MissingVariable("emergency_number".to_string()))
    );
}

/// The build script writes a table as Rust source: check it is the data, escaped.
#[test]
fn rust_source_writes_a_sorted_static_table_with_escaped_text() {
    let compiled = compile(&["b = Say \"hi\" \\ { $name }\na = One\n"]).expect("compiles");
    let source = messages::rust_source("MESSAGES_XX", &compiled);
    assert!(source.starts_with("pub static MESSAGES_XX: &engine::messages::Table = &[\n"));
    let a = source.find("(\"a\", &[").expect("a");
    let b = source.find("(\"b\", &[").expect("b");
    assert!(a < b, "{source}");
    assert!(
        source.contains(
            "engine::messages::Piece::Text(\"Say \\\"hi\\\" \\\\ \"), engine::messages::Piece::Variable(\"name\"), "
        ),
        "{source}"
    );
    assert!(source.ends_with("];\n"));
}

/// The sources of a language are its folder's `.ftl` files in name order; a missing folder is
/// an error, not an empty language.
#[test]
fn read_sources_reads_a_language_folder_in_file_name_order() {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/locales");
    let english = messages::read_sources(&locales.join("en")).expect("English reads");
    let mut names: Vec<String> = std::fs::read_dir(locales.join("en"))
        .expect("folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    names.sort();
    assert_eq!(english.len(), names.len());
    for (text, name) in english.iter().zip(&names) {
        let expected = std::fs::read_to_string(locales.join("en").join(name)).expect("file");
        assert_eq!(text, &expected, "{name} out of order");
    }
    assert!(messages::read_sources(&locales.join("no-such-language")).is_err());
}
