//! Writes the plain-language report (Markdown) to standard output: the Flesch–Kincaid grade and
//! reading ease of the English patient-facing text, by file and by kind of message, and the
//! hardest messages.
//!
//! ```sh
//! cargo run -q -p backpain-engine --bin readability > docs/readability.md
//! ```
//!
//! It reads the English messages embedded in this build. `engine/tests/readability.rs` fails
//! when `docs/readability.md` is out of date or the text misses its target.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args().len() > 1 {
        eprintln!("usage: readability > docs/readability.md   (takes no arguments)");
        return ExitCode::from(2);
    }
    match engine::readability::shipped_report() {
        Ok(report) => {
            let mut stdout = std::io::stdout().lock();
            if let Err(e) = stdout
                .write_all(report.as_bytes())
                .and_then(|()| stdout.flush())
            {
                eprintln!("readability: cannot write: {e}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("readability: {e}");
            ExitCode::FAILURE
        }
    }
}
