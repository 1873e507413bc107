//! Plain language: how hard the English patient-facing text is to read (`docs/readability.md`).
//!
//! Two classic measures, both computed from counts of sentences, words and syllables:
//!
//! - the **Flesch–Kincaid grade level**, roughly the US school grade (years of schooling) a
//!   reader needs: `0.39 × words/sentences + 11.8 × syllables/words − 15.59`;
//! - the **Flesch reading ease**, 0–100 where higher is easier (60–70 is "plain English"):
//!   `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
//!
//! Both reward short sentences and short words and know nothing else: they cannot tell whether a
//! word is familiar, whether a medical term is explained, or whether the text makes sense. On a
//! few words (a button, a checklist item) they swing widely and can go below zero, so the report
//! judges groups of messages as a whole and shows per-message grades only as a guide.
//!
//! The report is written by
//!
//! ```sh
//! cargo run -q -p backpain-engine --bin readability > docs/readability.md
//! ```
//!
//! and `engine/tests/readability.rs` fails when the committed file differs from what this
//! writes, or when the questions or the actions go over their target ([`GROUP_TARGET`],
//! [`QUESTION_LIMIT`]).
//!
//! # Counting
//!
//! - **Text**: each message's value as the widget shows it. Placeables are replaced by a
//!   representative UK value: `$emergency_number` → "999", `$emergency_department` → "A&E",
//!   `$urgent_service` → "NHS 111", `$gp` → "GP", and any other variable (a count, a version, a
//!   name) → "5". A select expression shows its default variant; a message or term reference
//!   shows the referenced text. Terms (`-name`) and messages made only of placeables (such as
//!   `{ $question }`) are not measured on their own.
//! - **Sentences** end at `.`, `!` or `?` (after any closing bracket or quote). A message is at
//!   least one sentence, so a heading, a button or a checklist item without a full stop is one
//!   sentence, and a group of messages is the sum of its messages.
//! - **Words** are the runs of text between spaces that contain a letter or a digit. A hyphenated
//!   word ("X-ray", "24-hour") is one word whose syllables are those of its parts.
//! - **Syllables** of an ordinary word: [`word_syllables`] (groups of vowels, with the usual
//!   English corrections, and at least 1). A word in capitals of two or more letters is an
//!   initialism read letter by letter ("GP" = 2, "NHS" = 3; a W counts 3), except the few said
//!   as words ("NICE", "FIT", "FHIR", "HER"). **Numbers** count as one word each, with the
//!   syllables of their spoken form: below 100 as said ("38" = thir-ty-eight = 3, "7" = 2), and
//!   longer digit strings digit by digit, as phone numbers and codes are read ("999" = 3,
//!   "111" = 3, "125" in CA125 = 3). See [`number_syllables`].
//!
//! Checked against the CMU Pronouncing Dictionary when written: the rules give its syllable
//! count for about 92% of its 117,000 plain words and are within one for 99.8%; every word of
//! the English text then that it lists was counted right (with the [`EXCEPTIONS`]).

use crate::report::{message_patterns, render_pattern, Fill, ENGLISH_MESSAGES};
use fluent_syntax::ast::{Pattern, PatternElement};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The command that regenerates `docs/readability.md` (printed by the sync test).
pub const COMMAND: &str = "cargo run -q -p backpain-engine --bin readability > docs/readability.md";

/// The highest Flesch–Kincaid grade allowed for the questions (with the checklist titles) and
/// for the actions and buttons, each measured as a whole.
pub const GROUP_TARGET: f64 = 8.0;

/// The highest Flesch–Kincaid grade allowed for any single question.
pub const QUESTION_LIMIT: f64 = 10.0;

/// How many of the hardest messages the report lists.
pub const HARDEST: usize = 15;

/// The fewest words a message needs to be ranked among the hardest: on fewer, one long word
/// decides the grade ("Myeloma" alone is grade 32).
pub const RANKED_FROM_WORDS: usize = 10;

/// The file names of [`ENGLISH_MESSAGES`], in the same order.
pub const ENGLISH_FILE_NAMES: [&str; 5] = [
    "ui.ftl",
    "questions.ftl",
    "levels.ftl",
    "rules.ftl",
    "explanations.ftl",
];

// A file added to `ENGLISH_MESSAGES` needs its name here too.
const _: () = assert!(ENGLISH_FILE_NAMES.len() == ENGLISH_MESSAGES.len());

// ---- counting ------------------------------------------------------------------------------------

/// Sentence, word and syllable counts of a text; add them up to measure several texts as one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, other: Counts) -> Counts {
        Counts {
            sentences: self.sentences + other.sentences,
            words: self.words + other.words,
            syllables: self.syllables + other.syllables,
        }
    }
}

impl std::iter::Sum for Counts {
    fn sum<I: Iterator<Item = Counts>>(iter: I) -> Counts {
        iter.fold(Counts::default(), |a, b| a + b)
    }
}

impl Counts {
    /// Counts the sentences, words and syllables of `text` (see the module documentation).
    pub fn of(text: &str) -> Counts {
        let mut counts = Counts::default();
        let mut open_sentence = false;
        for token in text.split_whitespace() {
            if token.chars().any(char::is_alphanumeric) {
                counts.words += 1;
                counts.syllables += token_syllables(token);
                open_sentence = true;
            }
            let end = token.trim_end_matches([')', ']', '"', '\'', '’', '”']);
            if open_sentence && end.ends_with(['.', '!', '?']) {
                counts.sentences += 1;
                open_sentence = false;
            }
        }
        if open_sentence {
            counts.sentences += 1;
        }
        counts
    }

    fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }

    fn syllables_per_word(&self) -> f64 {
        self.syllables as f64 / self.words.max(1) as f64
    }

    /// Flesch–Kincaid grade level: `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
    pub fn grade(&self) -> f64 {
        0.39 * self.words_per_sentence() + 11.8 * self.syllables_per_word() - 15.59
    }

    /// Flesch reading ease: `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
    pub fn reading_ease(&self) -> f64 {
        206.835 - 1.015 * self.words_per_sentence() - 84.6 * self.syllables_per_word()
    }
}

/// The Flesch–Kincaid grade level of `text`.
pub fn fk_grade(text: &str) -> f64 {
    Counts::of(text).grade()
}

/// The Flesch reading ease of `text`.
pub fn reading_ease(text: &str) -> f64 {
    Counts::of(text).reading_ease()
}

/// Initialisms said as a word rather than letter by letter.
const SAID_AS_WORDS: [&str; 4] = ["NICE", "FIT", "FHIR", "HER"];

/// The syllables of one whitespace-separated token: its parts (split at hyphens, slashes,
/// ampersands and between letters and digits) counted separately and added, at least 1.
/// Apostrophes are dropped ("I'm" is one word).
pub fn token_syllables(token: &str) -> usize {
    let cleaned: String = token.chars().filter(|c| !matches!(c, '\'' | '’')).collect();
    let mut total = 0;
    let mut run = String::new();
    let mut run_is_digits = false;
    fn flush(run: &mut String, digits: bool, total: &mut usize) {
        if !run.is_empty() {
            *total += if digits {
                number_syllables(run)
            } else {
                letters_syllables(run)
            };
            run.clear();
        }
    }
    for c in cleaned.chars() {
        if c.is_ascii_digit() {
            if !run_is_digits {
                flush(&mut run, false, &mut total);
            }
            run_is_digits = true;
            run.push(c);
        } else if c.is_alphabetic() {
            if run_is_digits {
                flush(&mut run, true, &mut total);
            }
            run_is_digits = false;
            run.push(c);
        } else {
            flush(&mut run, run_is_digits, &mut total);
        }
    }
    flush(&mut run, run_is_digits, &mut total);
    total.max(1)
}

/// A run of letters: an initialism letter by letter, otherwise an ordinary word.
fn letters_syllables(run: &str) -> usize {
    let capitals = run.chars().all(char::is_uppercase);
    let letters = run.chars().count();
    if capitals && letters >= 2 && !SAID_AS_WORDS.contains(&run) {
        run.chars().map(|c| if c == 'W' { 3 } else { 1 }).sum()
    } else if capitals && letters == 1 {
        if run == "W" {
            3
        } else {
            1
        }
    } else {
        word_syllables(&run.to_lowercase())
    }
}

/// The syllables of a number written in digits, as it is said: a number below 100 as a number
/// ("7" = se-ven = 2, "12" = 1, "38" = thir-ty-eight = 3, "70" = se-ven-ty = 3), a longer digit
/// string digit by digit, as phone numbers and codes are read ("999" = 3, "111" = 3; "0" and "7"
/// count 2).
pub fn number_syllables(digits: &str) -> usize {
    const UNDER_20: [usize; 20] = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];
    const TENS: [usize; 10] = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];
    let values: Vec<usize> = digits
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(|d| d as usize)
        .collect();
    match values.as_slice() {
        [] => 1,
        [d] => UNDER_20[*d],
        [0, d] => UNDER_20[*d],
        [1, d] => UNDER_20[10 + d],
        [t, 0] => TENS[*t],
        [t, d] => TENS[*t] + UNDER_20[*d],
        longer => longer.iter().map(|d| UNDER_20[*d]).sum(),
    }
}

/// Words the rules below get wrong, with their syllables. Kept short: only words that appear in
/// (or are close to) the widget's text.
pub const EXCEPTIONS: [(&str, usize); 17] = [
    ("aches", 1),
    ("area", 3),
    ("areas", 3),
    ("created", 3),
    ("diabetes", 4),
    ("diet", 2),
    ("earlier", 3),
    ("fluid", 2),
    ("myeloma", 4),
    ("ovaries", 3),
    ("pancreas", 3),
    ("pancreatic", 4),
    ("physiotherapist", 6),
    ("physiotherapy", 6),
    ("sciatica", 4),
    ("spondyloarthritis", 6),
    ("tired", 2),
];

/// First halves of compound words whose final "e" is silent ("sometimes", "nosebleeds").
const SILENT_E_HEADS: [&str; 12] = [
    "some", "where", "there", "home", "none", "life", "time", "side", "nose", "care", "bone",
    "guide",
];

fn is_vowel(chars: &[char], i: usize) -> bool {
    match chars[i] {
        'a' | 'e' | 'i' | 'o' | 'u' | 'à' | 'â' | 'ä' | 'é' | 'è' | 'ê' | 'ë' | 'î' | 'ï' | 'ô'
        | 'ö' | 'ù' | 'û' | 'ü' => true,
        // "y" is a vowel except at the start of a word or after a vowel-less start ("yes").
        'y' => i > 0,
        _ => false,
    }
}

/// The syllables of an ordinary lower-case English word, at least 1:
///
/// 1. count the groups of vowels (a, e, i, o, u, and y when not first);
/// 2. a final "e" is silent ("spine" = 1), except after a consonant and "l" ("bubble" = 2);
///    "-es" is silent unless it follows s, x, z, c, g, ch or sh, or consonant + l ("bones" = 1,
///    "causes" = 2, "tables" = 2); "-ed" is silent unless it follows t or d, or consonant + l
///    ("squeezed" = 1, "started" = 2); an "e" before "-ly", "-ment", "-ness", "-ful" or "-less"
///    is silent ("likely" = 2, "movement" = 2);
/// 3. some vowel pairs are two syllables: "ia" (not after c, s, t or g: "anaemia" but not
///    "special"), "io" (not in "-tion", "-sion", "-cious", "-xious", "-gion"), "eo" (not after p
///    or g: "osteoporosis" but not "people"), "ua"/"uo" (not after q or g: "usual" but not
///    "quality"), "iu" ("medium"), and a vowel before a final "-ing" ("being", "trying");
/// 4. compounds starting with a silent-e word ("sometimes", "nosebleeds") count their halves;
/// 5. a short list of exceptions ([`EXCEPTIONS`]) for words the rules get wrong.
pub fn word_syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    if let Some((_, n)) = EXCEPTIONS.iter().find(|(w, _)| *w == word) {
        return *n;
    }
    for head in SILENT_E_HEADS {
        if let Some(rest) = word.strip_prefix(head) {
            if rest.chars().count() >= 3 {
                return 1 + word_syllables(rest);
            }
        }
    }
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let n = chars.len();
    if n == 0 {
        return 1;
    }
    let vowel = |i: usize| is_vowel(&chars, i);
    let mut count: isize = 0;
    for i in 0..n {
        if vowel(i) && (i == 0 || !vowel(i - 1)) {
            count += 1;
        }
    }
    let ends = |suffix: &str| word.ends_with(suffix);
    // The letter `back` places from the end, if any.
    let at = |back: usize| n.checked_sub(back).map(|i| (i, chars[i]));
    let consonant_at = |back: usize| at(back).is_some_and(|(i, _)| !vowel(i));
    // Consonant + "l" before the ending: "bubble", "tables", "tickled" (but not "called").
    let consonant_l = |back: usize| {
        at(back).is_some_and(|(_, c)| c == 'l')
            && at(back + 1).is_some_and(|(i, c)| !vowel(i) && c != 'l')
    };
    if n >= 3 && ends("e") && consonant_at(2) && !consonant_l(2) {
        count -= 1;
    } else if n >= 4 && ends("es") && consonant_at(3) && !consonant_l(3) {
        let before = chars[n - 3];
        let sibilant =
            matches!(before, 's' | 'x' | 'z' | 'c' | 'g') || ends("ches") || ends("shes");
        if !sibilant {
            count -= 1;
        }
    } else if n >= 4
        && ends("ed")
        && consonant_at(3)
        && !consonant_l(3)
        && !matches!(chars[n - 3], 't' | 'd')
    {
        count -= 1;
    }
    for suffix in ["ely", "ement", "ements", "eness", "eful", "eless"] {
        if let Some(before) = word.strip_suffix(suffix) {
            let b: Vec<char> = before.chars().collect();
            let last = b.len().wrapping_sub(1);
            // "element", "supplement": the "e" after "l" is said.
            let said = suffix.starts_with("ement") && b.last() == Some(&'l');
            if b.len() >= 2 && !is_vowel(&b, last) && (0..last).any(|i| is_vowel(&b, i)) && !said {
                count -= 1;
            }
        }
    }
    for i in 1..n {
        let (a, b) = (chars[i - 1], chars[i]);
        let prev = if i >= 2 { Some(chars[i - 2]) } else { None };
        let after = |set: &[char]| prev.is_some_and(|p| set.contains(&p));
        let split = match (a, b) {
            ('i', 'a') => !after(&['c', 's', 't', 'g']),
            ('i', 'o') => !after(&['c', 's', 't', 'x', 'g']),
            ('e', 'o') => !after(&['p', 'g']),
            ('u', 'a') | ('u', 'o') => !after(&['q', 'g']),
            ('i', 'u') => true,
            _ => false,
        };
        if split {
            count += 1;
        }
    }
    if n >= 5 && ends("ing") && vowel(n - 4) {
        count += 1;
    }
    count.max(1) as usize
}

// ---- the English messages --------------------------------------------------------------------------

/// The kinds of message the report groups by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `q-*` (without a suffix) and `step-*-title`: the questions and checklist titles.
    Question,
    /// `*-hint`.
    Hint,
    /// `*-why` (except the rules'): "why we ask this".
    WhyWeAsk,
    /// `button-*`, `level-*-action` and `level-*-where`: what to do.
    Action,
    /// `level-*-title`: the result headline.
    ResultTitle,
    /// `rf-*-why`: why a rule fired.
    RuleReason,
    /// `cancer-*` and `topic-*`: the explanations on the result.
    Explanation,
    /// Everything else: start page, answer options, headings, errors, summary, footer.
    OtherUi,
}

impl Kind {
    /// Every kind, in report order.
    pub const ALL: [Kind; 8] = [
        Kind::Question,
        Kind::Hint,
        Kind::WhyWeAsk,
        Kind::Action,
        Kind::ResultTitle,
        Kind::RuleReason,
        Kind::Explanation,
        Kind::OtherUi,
    ];

    /// The kind of the message with this id.
    pub fn of(id: &str) -> Kind {
        let level = id.starts_with("level-");
        if id.starts_with("rf-") && id.ends_with("-why") {
            Kind::RuleReason
        } else if level && id.ends_with("-title") {
            Kind::ResultTitle
        } else if id.starts_with("button-")
            || (level && (id.ends_with("-action") || id.ends_with("-where")))
        {
            Kind::Action
        } else if id.starts_with("cancer-") || id.starts_with("topic-") {
            Kind::Explanation
        } else if id.ends_with("-hint") {
            Kind::Hint
        } else if id.ends_with("-why") {
            Kind::WhyWeAsk
        } else if id.starts_with("q-") || (id.starts_with("step-") && id.ends_with("-title")) {
            Kind::Question
        } else {
            Kind::OtherUi
        }
    }

    /// A name for the report.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Question => "Questions and checklist titles",
            Kind::Hint => "Hints",
            Kind::WhyWeAsk => "Why we ask",
            Kind::Action => "Actions and buttons",
            Kind::ResultTitle => "Result titles",
            Kind::RuleReason => "Rule reasons",
            Kind::Explanation => "Explanations",
            Kind::OtherUi => "Other interface text",
        }
    }

    /// Which ids belong to it.
    pub fn ids(self) -> &'static str {
        match self {
            Kind::Question => "`q-*`, `step-*-title`",
            Kind::Hint => "`*-hint`",
            Kind::WhyWeAsk => "`q-*-why`, `step-*-why`",
            Kind::Action => "`button-*`, `level-*-action`, `level-*-where`",
            Kind::ResultTitle => "`level-*-title`",
            Kind::RuleReason => "`rf-*-why`",
            Kind::Explanation => "`cancer-*`, `topic-*`",
            Kind::OtherUi => "the rest",
        }
    }

    /// The highest grade allowed for the kind as a whole, if it has a target.
    pub fn target(self) -> Option<f64> {
        matches!(self, Kind::Question | Kind::Action).then_some(GROUP_TARGET)
    }
}

/// One English message, ready to measure.
#[derive(Clone, Debug)]
pub struct Message {
    pub id: String,
    /// The `.ftl` file it is in ([`ENGLISH_FILE_NAMES`]).
    pub file: &'static str,
    pub kind: Kind,
    /// The text with placeables filled in and whitespace collapsed.
    pub text: String,
    pub counts: Counts,
}

impl Message {
    /// Its Flesch–Kincaid grade.
    pub fn grade(&self) -> f64 {
        self.counts.grade()
    }
}

/// The representative value of a variable (see the module documentation).
fn variable_value(name: &str) -> &'static str {
    match name {
        "emergency_number" => "999",
        "emergency_department" => "A&E",
        "urgent_service" => "NHS 111",
        "gp" => "GP",
        _ => "5",
    }
}

/// Whether the pattern has text of its own (not only placeables).
fn has_own_words(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().any(|e| match e {
        PatternElement::TextElement { value } => value.chars().any(char::is_alphanumeric),
        PatternElement::Placeable { .. } => false,
    })
}

/// Every English message to measure, sorted by id: the messages of [`ENGLISH_MESSAGES`] except
/// terms and messages made only of placeables.
pub fn english_messages() -> Result<Vec<Message>, String> {
    let all = message_patterns(&ENGLISH_MESSAGES)?;
    let mut file_of: BTreeMap<String, &'static str> = BTreeMap::new();
    for (source, name) in ENGLISH_MESSAGES.iter().zip(ENGLISH_FILE_NAMES) {
        for id in message_patterns(&[*source])?.into_keys() {
            file_of.insert(id, name);
        }
    }
    let mut out = Vec::new();
    for (id, pattern) in &all {
        if id.starts_with('-') || !has_own_words(pattern) {
            continue;
        }
        let mut raw = String::new();
        let fill = Fill {
            variable: &|name, out| out.push_str(variable_value(name)),
            function: "5",
        };
        render_pattern(&all, &fill, pattern, &mut raw, 0);
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(Message {
            id: id.clone(),
            file: file_of.get(id).copied().unwrap_or("?"),
            kind: Kind::of(id),
            counts: Counts::of(&text),
            text,
        });
    }
    Ok(out)
}

/// The median of some grades (the mean of the middle two for an even count; 0 for none).
pub fn median(grades: &[f64]) -> f64 {
    let mut sorted = grades.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => 0.0,
        _ if n % 2 == 1 => sorted[n / 2],
        _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// A group of messages measured as a whole.
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub messages: usize,
    pub counts: Counts,
    /// The Flesch–Kincaid grade of all the group's text together.
    pub grade: f64,
    /// The median of the messages' own grades.
    pub median_grade: f64,
    pub reading_ease: f64,
}

/// Measures these messages as one text.
impl Summary {
    /// The report's six figure columns: messages, words, sentences, FK grade, median grade
    /// per message, reading ease.
    fn cells(&self) -> String {
        format!(
            "{} | {} | {} | {} | {} | {}",
            self.messages,
            self.counts.words,
            self.counts.sentences,
            one_decimal(self.grade),
            one_decimal(self.median_grade),
            one_decimal(self.reading_ease),
        )
    }
}

pub fn summarise<'a>(messages: impl IntoIterator<Item = &'a Message>) -> Summary {
    let messages: Vec<&Message> = messages.into_iter().collect();
    let counts: Counts = messages.iter().map(|m| m.counts).sum();
    let grades: Vec<f64> = messages.iter().map(|m| m.grade()).collect();
    Summary {
        messages: messages.len(),
        counts,
        grade: counts.grade(),
        median_grade: median(&grades),
        reading_ease: counts.reading_ease(),
    }
}

// ---- the report -----------------------------------------------------------------------------------

/// A number with one decimal, without "-0.0".
fn one_decimal(x: f64) -> String {
    let text = format!("{x:.1}");
    if text == "-0.0" {
        "0.0".into()
    } else {
        text
    }
}

/// Escapes text for a Markdown table cell (the rules report's escaping).
fn cell(text: &str) -> String {
    crate::report::md(text)
}

/// The report for the English messages of this build (`docs/readability.md`).
pub fn shipped_report() -> Result<String, String> {
    Ok(report(&english_messages()?))
}

/// Writes the Markdown report for these messages.
pub fn report(messages: &[Message]) -> String {
    let mut out = String::new();
    header(&mut out);
    let _ = writeln!(out, "## By kind of message\n");
    let _ = writeln!(
        out,
        "| Kind | Ids | Messages | Words | Sentences | FK grade (as a whole) | Median grade \
         per message | Reading ease | Target |"
    );
    let _ = writeln!(
        out,
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    );
    for kind in Kind::ALL {
        let s = summarise(messages.iter().filter(|m| m.kind == kind));
        if s.messages == 0 {
            continue;
        }
        let target = match kind.target() {
            Some(t) if s.grade <= t => format!("≤ {t:.0}: met"),
            Some(t) => format!("≤ {t:.0}: **not met**"),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {target} |",
            kind.name(),
            kind.ids(),
            s.cells()
        );
    }
    let all = summarise(messages);
    let _ = writeln!(out, "| **All messages** | | {} | |", all.cells());

    let _ = writeln!(out, "\n## By file\n");
    let _ = writeln!(
        out,
        "| File | Messages | Words | Sentences | FK grade (as a whole) | Median grade per message \
         | Reading ease |"
    );
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for file in ENGLISH_FILE_NAMES {
        let s = summarise(messages.iter().filter(|m| m.file == file));
        let _ = writeln!(out, "| `content/locales/en/{file}` | {} |", s.cells());
    }

    let _ = writeln!(out, "\n## The {HARDEST} hardest messages\n");
    let short = messages
        .iter()
        .filter(|m| m.counts.words < RANKED_FROM_WORDS)
        .count();
    let _ = writeln!(
        out,
        "By Flesch–Kincaid grade; ties by id. Long sentences and long (often medical) words \
         push a message up this list. Only messages of {RANKED_FROM_WORDS} words or more are \
         ranked: on fewer, one long word decides the grade (\"Myeloma\" alone is grade 32). \
         {short} shorter messages (titles, buttons, answer options, checklist items) are left \
         out of this list, but not out of the groups above.\n"
    );
    let _ = writeln!(out, "| # | Id | Kind | Grade | Words | Text |");
    let _ = writeln!(out, "| ---: | --- | --- | ---: | ---: | --- |");
    let mut hardest: Vec<&Message> = messages
        .iter()
        .filter(|m| m.counts.words >= RANKED_FROM_WORDS)
        .collect();
    hardest.sort_by(|a, b| {
        b.grade()
            .total_cmp(&a.grade())
            .then_with(|| a.id.cmp(&b.id))
    });
    for (i, m) in hardest.iter().take(HARDEST).enumerate() {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} | {} | {} |",
            i + 1,
            m.id,
            m.kind.name(),
            one_decimal(m.grade()),
            m.counts.words,
            cell(&m.text),
        );
    }
    out
}

fn header(out: &mut String) {
    let _ = writeln!(out, "# Plain language: reading level of the English text\n");
    let _ = writeln!(
        out,
        "Generated from `content/locales/en/*.ftl` by `{COMMAND}`. Do not edit by hand: \
         `engine/tests/readability.rs` fails when this file and the messages differ. The code \
         is `engine/src/readability.rs`.\n"
    );
    out.push_str(
        "## How it is measured\n\n\
         - **Flesch–Kincaid grade level** (FK grade): `0.39 × words/sentences + 11.8 × \
         syllables/words − 15.59`. Roughly the US school grade a reader needs; add 5 for a \
         reading age in years (grade 8 ≈ age 13–14).\n\
         - **Flesch reading ease**: `206.835 − 1.015 × words/sentences − 84.6 × \
         syllables/words`, from 0 (very hard) to 100 (very easy); 60–70 is plain English.\n\
         - Each group is measured **as a whole** (all its messages as one text), which is the \
         figure the targets apply to. The median of the messages' own grades is shown beside \
         it.\n\
         - Placeables are filled in with UK examples: the emergency number as 999, the \
         emergency department as A&E, the urgent service as NHS 111, the GP as GP, and any \
         other value (a count, a version, a name) as 5. A select shows its default variant. \
         Messages made only of placeables are left out.\n\
         - A sentence ends at `.`, `!` or `?`; a message without one (a heading, a button, a \
         checklist item) is one sentence. Syllables are counted by rule (vowel groups, silent \
         final e, -le, -es and -ed endings, and a few exceptions); an initialism is read \
         letter by letter (GP = 2); a number below 100 as said (38 = 3), a longer one digit by \
         digit (999 = 3).\n\n",
    );
    out.push_str(
        "## Limits\n\n\
         - The formulas only count. They cannot tell whether a word is familiar, whether a \
         term is explained, or whether the text is clear, kind and correct. They are a check, \
         not a judge: read the text aloud and test it with patients.\n\
         - **Short texts**: on a few words (a button, a checklist item, a one-line question) the \
         grade swings widely and can be below zero; one long word can make a short question \
         look hard. Per-message grades are a guide: the grade 8 targets apply to groups as a \
         whole, and a single question only has the looser limit below.\n\
         - **Medical words**: names that must stay (osteoporosis, spondyloarthritis, \
         immunotherapy, myeloma) score as hard words even when the text explains them in plain \
         words beside them, and the explanation itself adds words. Rule reasons and cancer \
         explanations therefore score higher than the questions.\n\
         - Syllables are counted by rule, not from a dictionary, so some words are off by one \
         (the rules match the CMU Pronouncing Dictionary for about 92% of its words and are \
         within one for 99.8%; a few words of this text that they got wrong are listed as \
         exceptions).\n\n",
    );
    let _ = writeln!(
        out,
        "## Target\n\n\
         Plain-language guidance for patient information commonly aims at grade 6 to 8 (a \
         reading age of about 11 to 13). Here: \
         the **questions and checklist titles** and the **actions and buttons** each have an FK \
         grade of at most {GROUP_TARGET:.0} as a whole, and no single question (`q-*`, \
         `step-*-title`) is above grade {QUESTION_LIMIT:.0}. `engine/tests/readability.rs` \
         enforces both. A medical term is explained in plain words where it first appears.\n\n\
         To regenerate this file after changing the English text:\n\n    {COMMAND}\n"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_of_common_and_medical_words() {
        for (word, n) in [
            ("the", 1),
            ("cancer", 2),
            ("spine", 1),
            ("numbness", 2),
            ("bladder", 2),
            ("temperature", 4),
            ("bubble", 2),
            ("whole", 1),
            ("bones", 1),
            ("causes", 2),
            ("tables", 2),
            ("squeezed", 1),
            ("started", 2),
            ("called", 1),
            ("likely", 2),
            ("movement", 2),
            ("anaemia", 4),
            ("special", 2),
            ("people", 2),
            ("osteoporosis", 6),
            ("usually", 4),
            ("being", 2),
            ("trying", 2),
            ("sometimes", 2),
            ("nosebleeds", 2),
            ("inflammation", 4),
            ("radiotherapy", 6),
            ("serious", 3),
            ("biopsy", 3),
            ("yes", 1),
            ("eye", 1),
            ("myeloma", 4),
        ] {
            assert_eq!(word_syllables(word), n, "{word}");
        }
    }

    #[test]
    fn initialisms_numbers_and_hyphens() {
        for (token, n) in [
            ("GP", 2),
            ("NHS", 3),
            ("A&E", 2),
            ("NICE", 1),
            ("999", 3),
            ("111", 3),
            ("38", 3),
            ("7", 2),
            ("12", 1),
            ("70", 3),
            ("0", 2),
            ("X-ray", 2),
            ("24-hour", 4),
            ("CA125", 5),
            ("I'm", 1),
            ("(also", 2),
            ("bladder,", 2),
        ] {
            assert_eq!(token_syllables(token), n, "{token}");
        }
    }

    #[test]
    fn counts_sentences_words_and_syllables() {
        assert_eq!(
            Counts::of("The cat sat on the mat."),
            Counts {
                sentences: 1,
                words: 6,
                syllables: 6
            }
        );
        // No full stop: still one sentence; a lone dash is not a word.
        let c = Counts::of("Pain in your chest – or back");
        assert_eq!((c.sentences, c.words), (1, 6));
        let c = Counts::of("Call 999. Do not wait! Is it bad? (Yes.)");
        assert_eq!((c.sentences, c.words), (4, 9));
        assert_eq!(Counts::of(""), Counts::default());
    }

    #[test]
    fn grades_of_known_examples() {
        // 6 words, 6 syllables: 0.39 × 6 + 11.8 − 15.59 = −1.45.
        let easy = fk_grade("The cat sat on the mat.");
        assert!((easy - -1.45).abs() < 1e-9, "{easy}");
        assert!(easy < 1.0);
        assert!(reading_ease("The cat sat on the mat.") > 100.0);
        let academic = "The epidemiological characterisation of malignant spinal \
                        pathology necessitates comprehensive multidisciplinary evaluation \
                        incorporating sophisticated radiological investigations and \
                        histopathological confirmation.";
        assert!(fk_grade(academic) > 12.0, "{}", fk_grade(academic));
        assert!(reading_ease(academic) < 10.0);
        // Formula check on made-up counts.
        let c = Counts {
            sentences: 2,
            words: 20,
            syllables: 30,
        };
        assert!((c.grade() - (0.39 * 10.0 + 11.8 * 1.5 - 15.59)).abs() < 1e-9);
        assert!((c.reading_ease() - (206.835 - 10.15 - 126.9)).abs() < 1e-9);
    }

    #[test]
    fn kinds_of_ids() {
        for (id, kind) in [
            ("q-age", Kind::Question),
            ("step-chest-title", Kind::Question),
            ("q-age-hint", Kind::Hint),
            ("checklist-hint", Kind::Hint),
            ("q-age-why", Kind::WhyWeAsk),
            ("step-chest-why", Kind::WhyWeAsk),
            ("button-start", Kind::Action),
            ("level-emergency-action", Kind::Action),
            ("level-emergency-where", Kind::Action),
            ("level-emergency-title", Kind::ResultTitle),
            ("rf-em-01-why", Kind::RuleReason),
            ("cancer-lung-body", Kind::Explanation),
            ("topic-treatment-title", Kind::Explanation),
            ("intro-heading", Kind::OtherUi),
            ("opt-sex-male", Kind::OtherUi),
            ("result-why-heading", Kind::OtherUi),
        ] {
            assert_eq!(Kind::of(id), kind, "{id}");
        }
    }

    #[test]
    fn median_of_odd_even_and_none() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(&[]), 0.0);
    }

    #[test]
    fn file_names_follow_english_messages() {
        for (source, (name, id)) in ENGLISH_MESSAGES
            .iter()
            .zip(ENGLISH_FILE_NAMES.into_iter().zip([
                "app-title =",
                "q-age =",
                "level-emergency-title =",
                "rf-em-01-why =",
                "cancer-lung-title =",
            ]))
        {
            assert!(source.contains(id), "{name} should hold {id}");
        }
    }

    #[test]
    fn placeables_are_filled_and_terms_skipped() {
        let messages = english_messages().unwrap();
        let get = |id: &str| messages.iter().find(|m| m.id == id);
        let title = get("level-emergency-title").unwrap();
        assert_eq!(title.text, "Call 999 or go to A&E now");
        assert_eq!(title.file, "levels.ftl");
        assert!(get("check-change-hidden").is_none());
        assert!(messages.iter().all(|m| !m.id.starts_with('-')));
        assert!(messages.iter().all(|m| !m.text.contains('{')));
    }
}
