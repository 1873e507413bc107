//! The host page's configuration (decision D4): the URL parameters a hospital embeds or links
//! the widget with, checked so that only safe values reach the widget.
//!
//! Every setting is optional. A value that is malformed, not offered, unsafe or repeated is
//! dropped, exactly as if it were absent, so the widget uses its default; and it produces a
//! [`ConfigWarning`] naming the key and the problem. A warning never repeats the value: it may
//! be hostile, and the console is read by people. Nothing here can fail or panic.
//!
//! | key | accepted | field |
//! | --- | --- | --- |
//! | `lang` | a BCP 47 tag whose language is offered (`es-MX` → `es`) | [`HostConfig::language`] |
//! | `region` | an offered region pack (`uk`, `us`, …) | [`HostConfig::region`] |
//! | `parent` | the host page's origin, `https://host[:port]` | [`HostConfig::parent_origin`] |
//! | `hospital-name` | plain text, 1 to 80 characters | [`Hospital::name`] |
//! | `hospital-link` | an `https:` address | [`Hospital::link`] |
//! | `hospital-phone` | a phone number, bare or `tel:` | [`Hospital::phone`] |
//! | `theme-button`, `theme-link`, `theme-brand` | `#rgb` / `#rrggbb` with enough contrast | [`HostConfig::theme`] |
//!
//! Values are trimmed of surrounding white space first. The urgency colours are not themable.
//!
//! The configuration page for hospital web teams (`dist/configure.html`) checks what they type
//! with this same code, through [`report_json`]: what is used, what is wrong with each setting
//! in plain words, and each theme colour's contrast.

use std::borrow::Cow;
use std::fmt;

/// At most this many parameters are read: there are nine settings, and a bound keeps the work
/// and the warnings small whatever the URL holds.
pub const MAX_PARAMETERS: usize = 32;
/// A longer value (in bytes) is dropped without being looked at.
pub const MAX_VALUE_BYTES: usize = 2048;
/// The hospital's name is shown in the footer of every screen; longer names would crowd it.
pub const MAX_NAME_CHARS: usize = 80;
/// Keys are echoed in warnings, cut to this many characters.
const MAX_KEY_CHARS_SHOWN: usize = 40;
/// RFC 5646 suggests implementations support language tags of at least 35 characters.
const MAX_LANGUAGE_TAG: usize = 35;
/// Fifteen digits (E.164) with room for spaces, brackets and dashes.
const MAX_PHONE_CHARS: usize = 32;

/// What the widget offers, to check choices against.
#[derive(Debug, Clone, Copy)]
pub struct Known<'a> {
    pub languages: &'a [&'a str],
    pub regions: &'a [&'a str],
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HostConfig {
    /// An entry of `known.languages`, matched from a BCP 47 tag by its primary language subtag,
    /// case-insensitively (`es-MX` → `es`, `EN_gb` → `en`). None: not given or not offered.
    pub language: Option<String>,
    /// An entry of `known.regions` (lowercase ids such as `uk`), matched case-insensitively.
    pub region: Option<String>,
    /// Theme overrides, ordered by token, at most one per token.
    pub theme: Vec<(ThemeToken, Colour)>,
    pub hospital: Hospital,
    /// The host page's origin as the browser serialises it (`scheme://host[:port]`, lowercase,
    /// no default port, no trailing slash): the only target of the widget's messages. https
    /// only, except http for `127.0.0.1`, `localhost` and `[::1]`, so that tests can run locally.
    pub parent_origin: Option<String>,
}

/// The hosting hospital's own contacts, shown below the widget's advice (never instead of it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Hospital {
    /// Plain text (shown as text, never as markup): trimmed, 1 to 80 characters, with a letter
    /// or digit, no control or direction-changing characters, no `<` or `>`.
    pub name: Option<String>,
    /// An `https:` address with a DNS host name (lowercase scheme and host).
    pub link: Option<String>,
    pub phone: Option<Phone>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// The number as given, trimmed, without a `tel:` prefix.
    pub display: String,
    /// `tel:` followed by an optional `+` and 3 to 15 digits.
    pub href: String,
}

impl HostConfig {
    /// The accepted settings as URL parameters, in the order of the table above, each in the
    /// form the check gives it (`es-MX` → `es`, `#FFF` → `#ffffff`, `HTTPS://Host` →
    /// `https://host`; a phone as displayed). Read back, they give this same configuration and
    /// no warning, so a page or snippet built from them carries only values the widget uses.
    pub fn settings(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let mut put = |key, value: Option<&String>| {
            if let Some(value) = value {
                out.push((key, value.clone()));
            }
        };
        put("lang", self.language.as_ref());
        put("region", self.region.as_ref());
        put("parent", self.parent_origin.as_ref());
        put("hospital-name", self.hospital.name.as_ref());
        put("hospital-link", self.hospital.link.as_ref());
        put(
            "hospital-phone",
            self.hospital.phone.as_ref().map(|p| &p.display),
        );
        for (token, colour) in &self.theme {
            out.push((token.key(), colour.css()));
        }
        out
    }
}

/// The themable colours. Anything else, the urgency colours above all, keeps the widget's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ThemeToken {
    /// Primary buttons, with white text on them.
    Button,
    /// Links, on the white page.
    Link,
    /// The accent bars beside panels and the inset text (borders on white). The focus style is
    /// not themable: its yellow and black are what keyboard users look for.
    Brand,
}

impl ThemeToken {
    pub const ALL: [ThemeToken; 3] = [ThemeToken::Button, ThemeToken::Link, ThemeToken::Brand];

    /// The URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            ThemeToken::Button => "theme-button",
            ThemeToken::Link => "theme-link",
            ThemeToken::Brand => "theme-brand",
        }
    }

    /// The token whose URL parameter is `key`.
    pub fn from_key(key: &str) -> Option<ThemeToken> {
        ThemeToken::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The CSS custom property the widget's styles read (`styles/tokens.css`).
    pub fn css_property(self) -> &'static str {
        match self {
            ThemeToken::Button => "--bpt-colour-button",
            ThemeToken::Link => "--bpt-colour-link",
            ThemeToken::Brand => "--bpt-colour-brand",
        }
    }

    /// The least contrast with white the colour must have: WCAG 2.x 1.4.3 (text, 4.5:1) for
    /// button text and links, 1.4.11 (non-text, 3:1) for the accent bars.
    pub fn minimum_contrast(self) -> f64 {
        match self {
            ThemeToken::Button | ThemeToken::Link => 4.5,
            ThemeToken::Brand => 3.0,
        }
    }

    /// How the contrast is measured, for warnings.
    fn contrast_with(self) -> &'static str {
        match self {
            ThemeToken::Button => "with white text",
            ThemeToken::Link | ThemeToken::Brand => "against white",
        }
    }
}

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    r: u8,
    g: u8,
    b: u8,
}

impl Colour {
    pub const WHITE: Colour = Colour::new(255, 255, 255);

    pub const fn new(r: u8, g: u8, b: u8) -> Colour {
        Colour { r, g, b }
    }

    /// Only `#rgb` or `#rrggbb` (hex digits of either case): no names, functions or anything
    /// else CSS would read, so a value can never carry more CSS than one colour.
    pub fn parse(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |digits: &str| u8::from_str_radix(digits, 16).ok();
        match hex.len() {
            3 => {
                let short = |i: usize| channel(&hex[i..=i]).map(|v| v * 17);
                Some(Colour::new(short(0)?, short(1)?, short(2)?))
            }
            6 => Some(Colour::new(
                channel(&hex[0..2])?,
                channel(&hex[2..4])?,
                channel(&hex[4..6])?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb`, lowercase.
    pub fn css(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// WCAG 2.x relative luminance, 0 (black) to 1 (white). The sRGB threshold is 0.04045
    /// (WCAG's 0.03928 is a known typo); no 8-bit value falls between the two.
    pub fn relative_luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// WCAG 2.x contrast ratio, 1 to 21, the same whichever colour is the background.
    pub fn contrast_ratio(self, other: Colour) -> f64 {
        let (a, b) = (self.relative_luminance(), other.relative_luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

/// Something in the configuration that was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigWarning {
    /// The key as given, cut to 40 characters (then `…`), control and direction-changing
    /// characters replaced by U+FFFD, so the warning stays one readable line.
    pub key: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Not one of the settings.
    UnknownKey,
    /// A theme key naming an urgency level: those colours are fixed.
    Locked,
    /// A setting given again; the first one counts, whether it was usable or not.
    Repeated,
    /// More than [`MAX_PARAMETERS`]; given once, for the first one not read.
    TooManyParameters,
    /// Longer than the setting allows.
    TooLong,
    /// Nothing but white space.
    Empty,
    /// Well formed, but a language or region the widget does not offer.
    Unsupported,
    /// Not of the setting's form.
    Invalid,
    /// An address that is not https: (nor http: to a loopback host, for `parent`).
    NotHttps,
    /// `<` or `>` in the hospital's name.
    Markup,
    /// A theme colour with too little contrast.
    LowContrast,
}

/// The result of reading the configuration: what to use, and what was ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub config: HostConfig,
    pub warnings: Vec<ConfigWarning>,
}

impl Parsed {
    /// Every warning on one line (for a single console warning), or None when there were none.
    pub fn console_message(&self) -> Option<String> {
        if self.warnings.is_empty() {
            return None;
        }
        let each: Vec<String> = self.warnings.iter().map(ToString::to_string).collect();
        Some(each.join(" | "))
    }

    fn warn(&mut self, key: &str, problem: Problem) {
        self.warnings.push(ConfigWarning {
            key: shown_key(key),
            problem,
        });
    }
}

/// Reads a URL query string (with or without its leading `?`), decoded as
/// `application/x-www-form-urlencoded`.
pub fn parse_query(query: &str, known: &Known) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    parse_pairs(form_urlencoded::parse(query.as_bytes()), known)
}

/// Reads already decoded key/value pairs, in order.
pub fn parse_pairs<'a>(
    pairs: impl IntoIterator<Item = (Cow<'a, str>, Cow<'a, str>)>,
    known: &Known,
) -> Parsed {
    let mut parsed = Parsed::default();
    let mut seen = Vec::new();
    for (index, (key, value)) in pairs.into_iter().enumerate() {
        if index == MAX_PARAMETERS {
            parsed.warn(&key, Problem::TooManyParameters);
            break;
        }
        let Some(setting) = Setting::from_key(&key) else {
            let problem = if names_urgency_colour(&key) {
                Problem::Locked
            } else {
                Problem::UnknownKey
            };
            parsed.warn(&key, problem);
            continue;
        };
        // The first occurrence counts even when unusable: a later one must not be able to
        // replace a value the host did not mean, nor the other way round.
        if seen.contains(&setting) {
            parsed.warn(&key, Problem::Repeated);
            continue;
        }
        seen.push(setting);
        if let Err(problem) = apply(&mut parsed.config, setting, &value, known) {
            parsed.warn(&key, problem);
        }
    }
    parsed.config.theme.sort_by_key(|(token, _)| *token);
    parsed
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Setting {
    Language,
    Region,
    Parent,
    HospitalName,
    HospitalLink,
    HospitalPhone,
    Theme(ThemeToken),
}

impl Setting {
    fn from_key(key: &str) -> Option<Setting> {
        Some(match key {
            "lang" => Setting::Language,
            "region" => Setting::Region,
            "parent" => Setting::Parent,
            "hospital-name" => Setting::HospitalName,
            "hospital-link" => Setting::HospitalLink,
            "hospital-phone" => Setting::HospitalPhone,
            _ => Setting::Theme(ThemeToken::from_key(key)?),
        })
    }

    /// What the value should look like, for the `Invalid` warning.
    fn form(self) -> &'static str {
        match self {
            Setting::Language => "not a language tag such as en or es-MX",
            Setting::Region => "not a region code such as uk",
            Setting::Parent => "not an origin such as https://hospital.example",
            Setting::HospitalName => {
                "not plain text with a letter or digit (no control or direction characters)"
            }
            Setting::HospitalLink => {
                "not a plain https:// address (a host name with a dot, no user name, no spaces, quotes or brackets)"
            }
            Setting::HospitalPhone => {
                "not a phone number (3 to 15 digits; spaces, ( ) - . and a leading + allowed)"
            }
            Setting::Theme(_) => "not a colour of the form #rgb or #rrggbb",
        }
    }
}

/// Checks one value and, if it is usable, stores it.
fn apply(
    config: &mut HostConfig,
    setting: Setting,
    value: &str,
    known: &Known,
) -> Result<(), Problem> {
    if value.len() > MAX_VALUE_BYTES {
        return Err(Problem::TooLong);
    }
    let value = value.trim();
    if value.is_empty() {
        return Err(Problem::Empty);
    }
    match setting {
        Setting::Language => config.language = Some(language(value, known.languages)?),
        Setting::Region => config.region = Some(region(value, known.regions)?),
        Setting::Parent => config.parent_origin = Some(origin(value)?),
        Setting::HospitalName => config.hospital.name = Some(hospital_name(value)?),
        Setting::HospitalLink => config.hospital.link = Some(https_link(value)?),
        Setting::HospitalPhone => config.hospital.phone = Some(phone(value)?),
        Setting::Theme(token) => config.theme.push((token, theme_colour(token, value)?)),
    }
    Ok(())
}

// Each check below reports the form first (Invalid, Markup), then the length (TooLong) of a
// value that has the right form, then whether it is offered (Unsupported).

fn language(tag: &str, languages: &[&str]) -> Result<String, Problem> {
    let mut subtags = tag.split(['-', '_']);
    let primary = subtags.next().unwrap_or_default();
    let well_formed = (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !well_formed {
        return Err(Problem::Invalid);
    }
    if tag.len() > MAX_LANGUAGE_TAG {
        return Err(Problem::TooLong);
    }
    offered(languages, primary).ok_or(Problem::Unsupported)
}

fn region(code: &str, regions: &[&str]) -> Result<String, Problem> {
    let well_formed = code.len() <= 16
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !well_formed {
        return Err(Problem::Invalid);
    }
    offered(regions, code).ok_or(Problem::Unsupported)
}

/// The entry of `known` equal to `wanted` ignoring ASCII case.
fn offered(known: &[&str], wanted: &str) -> Option<String> {
    known
        .iter()
        .find(|k| k.eq_ignore_ascii_case(wanted))
        .map(|k| k.to_string())
}

fn hospital_name(name: &str) -> Result<String, Problem> {
    if name.chars().any(is_unsafe_in_text) {
        return Err(Problem::Invalid);
    }
    if name.contains(['<', '>']) {
        return Err(Problem::Markup);
    }
    // Emoji, punctuation or invisible characters alone would name no one.
    if !name.chars().any(char::is_alphanumeric) {
        return Err(Problem::Invalid);
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Problem::TooLong);
    }
    Ok(name.to_string())
}

/// Characters that could break a line or reorder the text around them (Trojan Source style):
/// control characters, Unicode bidi controls and the line and paragraph separators.
fn is_unsafe_in_text(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'
            | '\u{061C}' | '\u{2028}' | '\u{2029}')
}

fn https_link(value: &str) -> Result<String, Problem> {
    let rest = strip_scheme(value, "https://").ok_or(Problem::NotHttps)?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let (host, port) = host_and_port(authority, false).ok_or(Problem::Invalid)?;
    if !tail.bytes().all(is_plain_url_byte) {
        return Err(Problem::Invalid);
    }
    let port = port.map(|p| format!(":{p}")).unwrap_or_default();
    Ok(format!("https://{host}{port}{tail}"))
}

/// Printable ASCII without space, quotes, brackets, backslash and the other characters that
/// the URL standard would re-encode or read differently, or that could end an attribute.
fn is_plain_url_byte(b: u8) -> bool {
    (0x21..=0x7e).contains(&b) && !b"\"'<>\\`{}|^".contains(&b)
}

/// An origin: `https://host[:port]`, or `http://` to a loopback host; one trailing `/` allowed.
fn origin(value: &str) -> Result<String, Problem> {
    let (secure, rest) = if let Some(rest) = strip_scheme(value, "https://") {
        (true, rest)
    } else if let Some(rest) = strip_scheme(value, "http://") {
        (false, rest)
    } else {
        return Err(Problem::NotHttps);
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = host_and_port(authority, true).ok_or(Problem::Invalid)?;
    if !secure && !is_loopback(&host) {
        return Err(Problem::NotHttps);
    }
    let (scheme, default_port) = if secure { ("https", 443) } else { ("http", 80) };
    // Serialised as browsers do (event.origin), so the widget and the loader compare equal.
    let port = match port {
        Some(p) if p != default_port => format!(":{p}"),
        _ => String::new(),
    };
    Ok(format!("{scheme}://{host}{port}"))
}

/// The rest of `value` after `scheme`, matched ignoring ASCII case.
fn strip_scheme<'v>(value: &'v str, scheme: &str) -> Option<&'v str> {
    let head = value.get(..scheme.len())?;
    head.eq_ignore_ascii_case(scheme)
        .then(|| &value[scheme.len()..])
}

/// `host[:port]`, host lowercased. The host is a DNS name, or (with `loopback_allowed`) one of
/// the loopback hosts. Anything else, user names (`@`) included, is refused.
fn host_and_port(authority: &str, loopback_allowed: bool) -> Option<(String, Option<u16>)> {
    let split = if authority.starts_with('[') {
        authority.find(']')? + 1
    } else {
        authority.find(':').unwrap_or(authority.len())
    };
    let (host, port) = authority.split_at(split);
    let port = match port {
        "" => None,
        _ => Some(port_number(port.strip_prefix(':')?)?),
    };
    let host = host.to_ascii_lowercase();
    let allowed = is_dns_name(&host) || (loopback_allowed && is_loopback(&host));
    allowed.then_some((host, port))
}

fn port_number(digits: &str) -> Option<u16> {
    if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|&p| p != 0)
}

fn is_loopback(host: &str) -> bool {
    matches!(host, "localhost" | "127.0.0.1" | "[::1]")
}

/// Dot-separated labels of ASCII letters, digits and inner hyphens, at least two of them. A
/// name ending in a number is read by browsers as an IPv4 address, so it must be a plain
/// dotted quad: then what the browser uses is what was checked.
fn is_dns_name(host: &str) -> bool {
    let labels_ok = host.len() <= 253
        && host.contains('.')
        && host.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    let last = host.rsplit('.').next().unwrap_or_default();
    let numeric = last.bytes().all(|b| b.is_ascii_digit())
        || last
            .strip_prefix("0x")
            .is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()));
    labels_ok && (!numeric || is_dotted_quad(host))
}

fn is_dotted_quad(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|part| {
            (1..=3).contains(&part.len())
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part.len() == 1 || !part.starts_with('0'))
                && part.parse::<u8>().is_ok()
        })
}

fn phone(value: &str) -> Result<Phone, Problem> {
    let number = strip_scheme(value, "tel:").unwrap_or(value).trim();
    let allowed = number.char_indices().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.') || (c == '+' && i == 0)
    });
    if !allowed {
        return Err(Problem::Invalid);
    }
    if number.len() > MAX_PHONE_CHARS {
        return Err(Problem::TooLong);
    }
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if !(3..=15).contains(&digits.len()) {
        return Err(Problem::Invalid);
    }
    let plus = if number.starts_with('+') { "+" } else { "" };
    Ok(Phone {
        display: number.to_string(),
        href: format!("tel:{plus}{digits}"),
    })
}

fn theme_colour(token: ThemeToken, value: &str) -> Result<Colour, Problem> {
    let (colour, ratio) = colour_and_contrast(value).ok_or(Problem::Invalid)?;
    if ratio < token.minimum_contrast() {
        return Err(Problem::LowContrast);
    }
    Ok(colour)
}

fn colour_and_contrast(value: &str) -> Option<(Colour, f64)> {
    let colour = Colour::parse(value)?;
    Some((colour, colour.contrast_ratio(Colour::WHITE)))
}

/// The contrast with white of the colour a theme setting's value names, measured as the check
/// measures it (the value trimmed, then `#rgb` or `#rrggbb`), whether or not it is enough; None
/// when the value is not such a colour.
pub fn theme_contrast(value: &str) -> Option<f64> {
    colour_and_contrast(value.trim()).map(|(_, ratio)| ratio)
}

/// The urgency levels (and the word itself): a theme key naming one gets `Locked`, to tell the
/// host plainly that these colours are fixed (the advice must look the same everywhere).
const URGENCY_WORDS: [&str; 8] = [
    "emergency",
    "urgent",
    "urgent_24h",
    "within_1_week",
    "within_2_weeks",
    "routine",
    "self_care",
    "urgency",
];

fn names_urgency_colour(key: &str) -> bool {
    let key = key.to_ascii_lowercase().replace('-', "_");
    key.strip_prefix("theme_")
        .is_some_and(|rest| URGENCY_WORDS.iter().any(|word| rest.starts_with(word)))
}

fn shown_key(key: &str) -> String {
    let mut shown: String = key
        .chars()
        .take(MAX_KEY_CHARS_SHOWN)
        .map(|c| if is_unsafe_in_text(c) { '\u{FFFD}' } else { c })
        .collect();
    if key.chars().nth(MAX_KEY_CHARS_SHOWN).is_some() {
        shown.push('…');
    }
    shown
}

impl ConfigWarning {
    /// What was wrong and what the widget does instead, in plain words, never repeating the
    /// value: the console warning without its `key: ` ("colour contrast below 4.5:1 with white
    /// text; using the default").
    pub fn explanation(&self) -> String {
        let setting = Setting::from_key(&self.key);
        let (why, outcome): (Cow<str>, &str) = match self.problem {
            Problem::UnknownKey => ("not a setting".into(), "ignored"),
            Problem::Locked => ("the urgency colours cannot be changed".into(), "ignored"),
            Problem::Repeated => ("given more than once".into(), "the first one counts"),
            Problem::TooManyParameters => (
                format!("more than {MAX_PARAMETERS} parameters").into(),
                "this one and the rest are ignored",
            ),
            value_problem => (value_problem.describe(setting), "using the default"),
        };
        format!("{why}; {outcome}")
    }
}

impl fmt::Display for ConfigWarning {
    /// Short plain English for the host's developer, never including the value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let key = if self.key.is_empty() {
            "(empty name)"
        } else {
            &self.key
        };
        write!(f, "{key}: {}", self.explanation())
    }
}

impl Problem {
    /// What is wrong with a value of `setting`.
    fn describe(self, setting: Option<Setting>) -> Cow<'static, str> {
        match (self, setting) {
            (Problem::Invalid, Some(setting)) => setting.form().into(),
            (Problem::NotHttps, Some(Setting::Parent)) => {
                "not https: (http: only for localhost, 127.0.0.1 or [::1])".into()
            }
            (Problem::NotHttps, _) => "not an https: address".into(),
            (Problem::LowContrast, Some(Setting::Theme(token))) => format!(
                "colour contrast below {}:1 {}",
                token.minimum_contrast(),
                token.contrast_with()
            )
            .into(),
            (Problem::TooLong, _) => "value too long".into(),
            (Problem::Empty, _) => "no value".into(),
            (Problem::Unsupported, _) => "not offered by this widget".into(),
            (Problem::Markup, _) => "contains < or >, but it is plain text".into(),
            _ => "not a valid value".into(),
        }
    }
}

/// What the configuration page for hospital web teams (`dist/configure.html`) shows for a query
/// string, checked by the same code as the widget, as one JSON object:
///
/// ```json
/// {"settings": {"region": "us", "theme-button": "#1d4f91"},
///  "problems": {"theme-link": "colour contrast below 4.5:1 against white; using the default"},
///  "contrast": {"theme-button": {"colour": "#1d4f91", "ratio": 8.58, "minimum": 4.5},
///               "theme-link": {"colour": "#cccccc", "ratio": 1.60, "minimum": 4.5}},
///  "offered": {"lang": ["en", "es"], "region": ["uk", "us"]}}
/// ```
///
/// - `settings`: what the widget would use ([`parse_query`], then [`HostConfig::settings`]);
/// - `problems`: for each key with a warning, the first one's [`ConfigWarning::explanation`]
///   (the key as the console warning shows it);
/// - `contrast`: for each theme setting the widget would look at whose value is a colour, that
///   colour (`#rrggbb`), its contrast with white ([`theme_contrast`]), whether enough or not,
///   rounded down to two decimals (so a colour just short of its minimum never shows as
///   reaching it), and the minimum;
/// - `offered`: the languages and regions it was checked against.
pub fn report_json(query: &str, known: &Known) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let parsed = parse_query(query, known);
    let mut out = String::from("{\"settings\":{");
    for (i, (key, value)) in parsed.config.settings().iter().enumerate() {
        json_member(&mut out, i, key);
        json_string(&mut out, value);
    }
    out.push_str("},\"problems\":{");
    let mut reported: Vec<&str> = Vec::new();
    for warning in &parsed.warnings {
        if !reported.contains(&warning.key.as_str()) {
            json_member(&mut out, reported.len(), &warning.key);
            json_string(&mut out, &warning.explanation());
            reported.push(&warning.key);
        }
    }
    out.push_str("},\"contrast\":{");
    // As parse_pairs reads them: the first occurrence of each key, among the first
    // MAX_PARAMETERS, if it is not too long to look at. Indexed like ThemeToken::ALL.
    let mut seen = [false; 3];
    let mut measured = [None; 3];
    for (key, value) in form_urlencoded::parse(query.as_bytes()).take(MAX_PARAMETERS) {
        if let Some(token) = ThemeToken::from_key(&key) {
            let i = token as usize;
            if !seen[i] && value.len() <= MAX_VALUE_BYTES {
                measured[i] = colour_and_contrast(value.trim());
            }
            seen[i] = true;
        }
    }
    let mut count = 0;
    for (token, measured) in ThemeToken::ALL.into_iter().zip(measured) {
        let Some((colour, ratio)) = measured else {
            continue;
        };
        json_member(&mut out, count, token.key());
        count += 1;
        // 1 to 21, so the hundredths fit; floor, never up.
        let hundredths = (ratio * 100.0).floor() as u32;
        out.push_str(&format!(
            "{{\"colour\":\"{}\",\"ratio\":{}.{}{},\"minimum\":{}}}",
            colour.css(),
            hundredths / 100,
            hundredths / 10 % 10,
            hundredths % 10,
            token.minimum_contrast()
        ));
    }
    out.push_str("},\"offered\":{\"lang\":");
    json_list(&mut out, known.languages);
    out.push_str(",\"region\":");
    json_list(&mut out, known.regions);
    out.push_str("}}");
    out
}

/// `"key":`, after a comma unless it is the first member.
fn json_member(out: &mut String, index: usize, key: &str) {
    if index > 0 {
        out.push(',');
    }
    json_string(out, key);
    out.push(':');
}

fn json_list(out: &mut String, items: &[&str]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_string(out, item);
    }
    out.push(']');
}

/// A JSON string: quotes and backslashes escaped, and control characters as `\u00XX`.
fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            // Only control characters are below a space: \u0000 to \u001f.
            c if c < ' ' => {
                let code = c as u8;
                out.push_str(if code < 16 { "\\u000" } else { "\\u001" });
                out.push(char::from(b"0123456789abcdef"[usize::from(code % 16)]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
