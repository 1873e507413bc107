//! Writes the generated part of `docs/validation.md` (between its `<!-- generated -->` markers) to
//! standard output: the advice on both halves of the independent vignettes.
//!
//! ```sh
//! cargo run -q -p backpain-engine --bin validation_report
//! ```
//!
//! `engine/tests/validation.rs` fails when `docs/validation.md` is out of step with it.

use engine::validation::{self, HALVES, VIGNETTE_DIR};
use engine::Content;
use std::process::ExitCode;

fn main() -> ExitCode {
    if std::env::args().len() > 1 {
        eprintln!("usage: validation_report   (takes no arguments)");
        return ExitCode::from(2);
    }
    let content = Content::embedded();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(VIGNETTE_DIR);
    let mut halves = Vec::new();
    for (stem, _) in HALVES {
        let path = dir.join(format!("{stem}.toml"));
        let outcomes = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))
            .and_then(|text| validation::read(&text))
            .and_then(|vignettes| validation::evaluate(&content, &vignettes));
        match outcomes {
            Ok(outcomes) => halves.push((stem, outcomes)),
            Err(e) => {
                eprintln!("validation_report: {stem}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    print!("{}", validation::report(&halves));
    ExitCode::SUCCESS
}
