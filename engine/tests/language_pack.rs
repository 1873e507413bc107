//! Language files (`engine::language_pack`): the Spanish messages survive the trip through a
//! file exactly, and text that is not the asked-for language's file, written against these
//! built-in ids, is refused, never shown.

use engine::language_pack::{decode, encode, PackError};
use engine::messages::{self, Compiled, Piece};
use std::path::Path;

fn compiled(code: &str) -> Compiled {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../content/locales")
        .join(code);
    let sources = messages::read_sources(&dir).expect("the files read");
    let sources: Vec<&str> = sources.iter().map(String::as_str).collect();
    messages::compile(&sources).expect("the files compile")
}

fn ids(compiled: &Compiled) -> Vec<&str> {
    compiled.iter().map(|(id, _)| id.as_str()).collect()
}

#[test]
fn the_spanish_messages_come_back_exactly() {
    let (english, spanish) = (compiled("en"), compiled("es"));
    assert!(
        spanish.len() > 100,
        "only {} Spanish messages",
        spanish.len()
    );
    let text = encode("es", &spanish, &ids(&english)).expect("Spanish encodes");
    assert_eq!(decode("es", &text, &ids(&english)), Ok(spanish));
}

#[test]
fn variables_anywhere_in_a_message_and_missing_messages_come_back() {
    let text = |t: &str| Piece::Text(t.to_string());
    let variable = |v: &str| Piece::Variable(v.to_string());
    let own: Compiled = vec![
        (
            "a".into(),
            vec![variable("n"), text(" then "), variable("m")],
        ),
        ("c".into(), vec![text("plain")]),
        ("d".into(), vec![text("x "), variable("n"), text(" y")]),
    ];
    let built_in = ["a", "b", "c", "d"];
    let file = encode("xx", &own, &built_in).expect("encodes");
    assert_eq!(decode("xx", &file, &built_in), Ok(own));
}

#[test]
fn a_file_for_another_language_or_another_build_is_refused() {
    let (english, spanish) = (compiled("en"), compiled("es"));
    let built_in = ids(&english);
    let text = encode("es", &spanish, &built_in).expect("Spanish encodes");
    assert_eq!(
        decode("fr", &text, &built_in),
        Err(PackError::OtherLanguage {
            wanted: "fr".into(),
            found: "es".into()
        })
    );
    // Another build's English: one id more, one fewer, or two swapped.
    let mut more = built_in.clone();
    more.push("zz-new-message");
    let mut swapped = built_in.clone();
    swapped.swap(3, 4);
    for other in [more, built_in[1..].to_vec(), swapped] {
        assert_eq!(
            decode("es", &text, &other),
            Err(PackError::OtherBuild),
            "text written against other ids must not be read"
        );
    }
}

#[test]
fn a_cut_short_or_foreign_file_is_refused() {
    let (english, spanish) = (compiled("en"), compiled("es"));
    let built_in = ids(&english);
    let text = encode("es", &spanish, &built_in).expect("Spanish encodes");
    let cut = text
        .char_indices()
        .map(|(i, _)| i)
        .nth(text.chars().count() / 2)
        .unwrap_or(0);
    for short in ["", "es", &text[..cut]] {
        assert!(
            decode("es", short, &built_in).is_err(),
            "{} bytes read",
            short.len()
        );
    }
    // Cut inside the last message: every record is there, but the end mark is not.
    let end = text.len() - '\u{1e}'.len_utf8();
    let inside_last = text[..end].char_indices().last().map_or(0, |(i, _)| i);
    assert_eq!(
        decode("es", &text[..inside_last], &built_in),
        Err(PackError::Unreadable)
    );
    assert_eq!(
        decode("es", "<!doctype html><p>Not found</p>", &built_in),
        Err(PackError::Unreadable),
        "an error page served under the file's name"
    );
}

#[test]
fn messages_the_built_in_language_lacks_or_separator_characters_fail_the_build() {
    let own: Compiled = vec![("extra".into(), vec![Piece::Text("x".into())])];
    let problem = encode("xx", &own, &["a"]).expect_err("an unknown id");
    assert!(problem.contains("extra"), "{problem}");
    let own: Compiled = vec![("a".into(), vec![Piece::Text("x\u{1f}y".into())])];
    let problem = encode("xx", &own, &["a"]).expect_err("a separator in the text");
    assert!(problem.contains("U+001F"), "{problem}");
}
