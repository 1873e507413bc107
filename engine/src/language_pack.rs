//! One language's compiled messages as a file of its own, loaded only when that language is
//! chosen (decision record 0002, "Only the active language at start").
//!
//! The fallback language (English) is built into the WebAssembly as static data, so the check
//! always has text. Every other language is compiled by the same [`crate::messages::compile`]
//! at build time and written as a language file, which the start-up script fetches by its code,
//! with its hash, and the widget [`decode`]s: the text is exactly what the build checked, and a
//! first visit downloads one language only.
//!
//! The file is plain UTF-8 text, so it compresses like the `.ftl` files themselves (a binary
//! format with length prefixes compressed about a fifth worse). It holds no message ids: its
//! messages are in the order of the built-in language's ids, which the widget already has.
//! Records are separated by U+001E (record separator):
//!
//! - the header: the language code, the fingerprint of the built-in ids it was written against
//!   (hex), and their number, separated by U+001F (unit separator);
//! - then one record per built-in id, in order: the message, or nothing if this language lacks
//!   it (a Fluent message is never empty). Within a message, U+001F marks a variable:
//!   `text␟name␟text`;
//! - and a last, empty record: a file cut short anywhere is refused, not read with half of its
//!   last message.
//!
//! Written against other ids (another build's English), the fingerprint differs and the file is
//! refused: a message is never shown in another message's place.

use crate::messages::{Compiled, Piece};

const RECORD: char = '\u{1E}';
const UNIT: char = '\u{1F}';

/// Why text is not the language file that was asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a language file (no header, a header that does not read, or cut short).
    Unreadable,
    /// A language file, but for another language.
    OtherLanguage { wanted: String, found: String },
    /// Written against another build's built-in messages.
    OtherBuild,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Unreadable => write!(f, "not a language file"),
            PackError::OtherLanguage { wanted, found } => {
                write!(f, "the file for {wanted} holds {found}")
            }
            PackError::OtherBuild => write!(f, "the file belongs to another build"),
        }
    }
}

/// The text of language `code`'s file (for the build script): its messages in the order of
/// `built_in_ids`. Fails, naming them, on messages the built-in language lacks (they could never
/// be looked up) and on text holding a separator character.
pub fn encode(code: &str, messages: &Compiled, built_in_ids: &[&str]) -> Result<String, String> {
    let unknown: Vec<&str> = messages
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| !built_in_ids.contains(id))
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "{code} has messages the built-in language lacks: {}",
            unknown.join(", ")
        ));
    }
    let mut out = format!(
        "{code}{UNIT}{:016x}{UNIT}{}",
        fingerprint(built_in_ids),
        built_in_ids.len()
    );
    for id in built_in_ids {
        out.push(RECORD);
        let Some((_, pieces)) = messages.iter().find(|(own, _)| own == id) else {
            continue;
        };
        for piece in pieces {
            let (Piece::Text(text) | Piece::Variable(text)) = piece;
            if text.contains([RECORD, UNIT]) {
                return Err(format!(
                    "{code}: {id} holds U+001E or U+001F, which the file format uses"
                ));
            }
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Variable(name) => {
                    out.push(UNIT);
                    out.push_str(name);
                    out.push(UNIT);
                }
            }
        }
    }
    out.push(RECORD);
    Ok(out)
}

/// The messages of language `code` from its file's text, which must have been written against
/// `built_in_ids`; sorted by id when those are.
pub fn decode(code: &str, text: &str, built_in_ids: &[&str]) -> Result<Compiled, PackError> {
    let mut records = text.split(RECORD);
    let header: Vec<&str> = records.next().unwrap_or_default().split(UNIT).collect();
    let [found, print, count] = header[..] else {
        return Err(PackError::Unreadable);
    };
    if found != code {
        return Err(PackError::OtherLanguage {
            wanted: code.to_string(),
            found: found.to_string(),
        });
    }
    let mut records: Vec<&str> = records.collect();
    if records.pop() != Some("") {
        return Err(PackError::Unreadable); // cut short
    }
    if print != format!("{:016x}", fingerprint(built_in_ids))
        || count != built_in_ids.len().to_string()
        || records.len() != built_in_ids.len()
    {
        return Err(PackError::OtherBuild);
    }
    let mut compiled = Compiled::new();
    for (id, record) in built_in_ids.iter().zip(records) {
        if record.is_empty() {
            continue;
        }
        let pieces = record
            .split(UNIT)
            .enumerate()
            .filter(|(_, part)| !part.is_empty())
            .map(|(i, part)| match i % 2 {
                0 => Piece::Text(part.to_string()),
                _ => Piece::Variable(part.to_string()),
            })
            .collect();
        compiled.push((id.to_string(), pieces));
    }
    Ok(compiled)
}

/// FNV-1a (64 bits) of the ids, each followed by a newline: enough to tell two builds' id lists
/// apart, and a few lines of code in the WebAssembly.
fn fingerprint(ids: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in ids.iter().flat_map(|id| id.bytes().chain([b'\n'])) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}
