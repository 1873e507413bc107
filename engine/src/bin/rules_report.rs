//! Writes the clinicians' rules report (Markdown) to standard output:
//!
//! ```sh
//! cargo run -p backpain-engine --bin rules_report > docs/rules.md
//! ```
//!
//! It reads the content embedded in this build, the English messages and the scenario files in
//! `engine/tests/scenarios/`. `engine/tests/report.rs` fails when `docs/rules.md` is out of date.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args().len() > 1 {
        eprintln!("usage: rules_report > docs/rules.md   (takes no arguments)");
        return ExitCode::from(2);
    }
    match engine::report::shipped_report() {
        Ok(report) => {
            let mut stdout = std::io::stdout().lock();
            if let Err(e) = stdout
                .write_all(report.as_bytes())
                .and_then(|()| stdout.flush())
            {
                eprintln!("rules_report: cannot write: {e}");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("rules_report: {e}");
            ExitCode::FAILURE
        }
    }
}
