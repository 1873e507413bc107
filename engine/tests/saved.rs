//! The text the widget stores for a reload (`engine::saved`): exact numbers, and anything that
//! is not a snapshot read as nothing, never a panic. Round trips of every reachable flow are in
//! `flow.rs` (`check_invariants`).

mod support;

use engine::flow::{Mode, Place, Snapshot};
use engine::{Content, Flow};
use proptest::prelude::*;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn read(text: &str) -> Option<Snapshot> {
    Snapshot::from_text(text, &content().questionnaire)
}

#[test]
fn the_documented_form_reads_as_documented() {
    let snapshot = read(
        ".version=2026.11.21-2&.place=asking%2Fduration%2Ffirst_pass&age=93&sex=female&fever=not_sure",
    )
    .expect("reads");
    assert_eq!(snapshot.content_version, "2026.11.21-2");
    assert_eq!(
        snapshot.place,
        Place::Asking {
            step: "duration".into(),
            mode: Mode::FirstPass
        }
    );
    assert_eq!(snapshot.answers["age"], serde_json::json!(93.0));
    assert_eq!(snapshot.answers["sex"], "female");
    assert_eq!(snapshot.answers["fever"], "not_sure");
    assert_eq!(read(&snapshot.to_text()), Some(snapshot));
}

#[test]
fn numbers_next_to_a_threshold_come_back_exactly() {
    for age in [
        50.0_f64,
        50.0_f64.next_down(),
        50.0_f64.next_up(),
        0.1 + 0.2,
        18.0,
    ] {
        let mut snapshot = read(".version=v&.place=result").unwrap();
        snapshot
            .answers
            .insert("age".into(), serde_json::json!(age));
        let back = read(&snapshot.to_text()).expect("reads");
        assert_eq!(
            back.answers["age"].as_f64(),
            Some(age),
            "{}",
            snapshot.to_text()
        );
    }
}

#[test]
fn text_that_is_not_a_snapshot_reads_as_nothing() {
    for text in [
        "",
        "{\"place\":{\"phase\":\"result\"},\"answers\":{}}", // the earlier JSON form
        ".version=v",                                        // no place
        ".place=result",                                     // no version
        ".version=v&.place=somewhere",
        ".version=v&.place=asking%2Fduration", // no mode
        ".version=v&.place=asking%2Fduration%2Fsideways",
        ".version=v&.place=asking%2Fduration%2Ffirst_pass%2Fextra",
        ".version=v&.place=asking%2F%2Ffirst_pass", // no step
        ".version=v&.place=result&.place=intro",    // place twice
        ".version=v&.version=w&.place=result",      // version twice
        ".version=v&.place=result&no_such_code=yes",
        ".version=v&.place=result&age=ninety",
        ".version=v&.place=result&age=NaN",
        ".version=v&.place=result&age=inf",
        ".version=v&.place=result&age=1&age=2", // an answer twice
    ] {
        assert_eq!(read(text), None, "{text:?}");
    }
    // Values of the right kind but not acceptable are for Flow::restore to refuse.
    let odd = read(".version=v&.place=result&fever=perhaps").expect("reads as text");
    assert_eq!(Flow::restore(content(), &odd), None);
}

#[test]
fn places_read_back_and_nothing_else_does() {
    let places = [
        Place::Intro,
        Place::CheckAnswers,
        Place::Result,
        Place::Asking {
            step: "age".into(),
            mode: Mode::Changing,
        },
        Place::EmergencyStop {
            step: "saddle-anaesthesia".into(),
            mode: Mode::FirstPass,
        },
    ];
    for place in places {
        assert_eq!(Place::from_text(&place.to_text()), Some(place));
    }
    for text in [
        "",
        "Intro",
        "intro/",
        "result/x",
        "asking",
        "asking/age/",
        "/age/changing",
    ] {
        assert_eq!(Place::from_text(text), None, "{text:?}");
    }
}

proptest! {
    #![proptest_config(support::fuzz_config("SAVED_FUZZ_CASES"))]

    #[test]
    fn any_text_reads_without_panicking(text in ".{0,200}", pairs in prop::collection::vec(("[.a-z_]{0,20}", "[a-z0-9_./%-]{0,20}"), 0..12)) {
        let _ = read(&text);
        let _ = Place::from_text(&text);
        let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        if let Some(snapshot) = read(&joined.join("&")) {
            let _ = Flow::restore(content(), &snapshot);
        }
    }
}
