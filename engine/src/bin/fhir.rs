//! FHIR R4 export (see `engine::fhir` for the shapes):
//!
//! - `fhir questionnaire` prints the Questionnaire generated from the content;
//! - `fhir response --authored <date-time>` reads one JSON object of findings from standard
//!   input (the `assess` format: codebook codes, see `engine::findings`) and prints the
//!   QuestionnaireResponse with the advice. `--authored` is required (an ISO 8601 date-time to
//!   the second with a time zone, such as `2026-01-01T09:30:00Z`): the tool never invents one.
//!
//! Output is pretty-printed JSON (`resourceType` first) on standard output. Any error prints a
//! message and exits with status 2. As in `assess`, findings to questions the flow would not ask
//! are left out of the response; they are listed on stderr.

use engine::findings::parse_findings;
use engine::{assess, fhir, Content};
use serde_json::Value;
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: fhir questionnaire\n       \
    fhir response --authored <date-time>   (findings JSON on standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(value) => {
            println!("{}", fhir::to_pretty_json(&value));
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("fhir: {message}");
    ExitCode::from(2)
}

fn run(args: &[String]) -> Result<Value, String> {
    let content = Content::embedded();
    match args {
        [command] if command == "questionnaire" => fhir::try_questionnaire(&content),
        [command, rest @ ..] if command == "response" => {
            let authored = match rest {
                [flag, value] if flag == "--authored" => value,
                [] => return Err(format!("response needs --authored <date-time>\n{USAGE}")),
                _ => return Err(USAGE.into()),
            };
            if !fhir::is_date_time(authored) {
                return Err(format!(
                    "--authored {authored:?} is not an ISO 8601 date-time to the second with a \
                     time zone (such as 2026-01-01T09:30:00Z)"
                ));
            }
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            let findings: Value =
                serde_json::from_str(&text).map_err(|e| format!("not valid JSON: {e}"))?;
            let answers =
                parse_findings(&content.questionnaire, &findings).map_err(|e| e.to_string())?;
            let counted = content.questionnaire.prune(&answers);
            for (question, _) in answers.iter().filter(|(q, _)| !counted.is_answered(*q)) {
                eprintln!(
                    "fhir: note: {} is not asked with these answers, so it is left out",
                    content.questionnaire.question(question).code
                );
            }
            let assessment = assess(&content, &answers);
            Ok(fhir::questionnaire_response(
                &content,
                &answers,
                &assessment,
                authored,
            ))
        }
        _ => Err(USAGE.into()),
    }
}
