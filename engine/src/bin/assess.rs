//! Audit tool for clinical reviewers: reads one JSON object of findings from FILE (or `-` for
//! standard input) and prints the advice as one JSON object:
//! `{"urgency": "<level>", "cancers": [...], "rules": [...]}`.
//!
//! `assess --fhir FILE` reads a FHIR R4 QuestionnaireResponse to this check's Questionnaire
//! instead, from this widget or any other FHIR forms client (`engine::fhir::answers_from_response`),
//! and refuses one that leaves a required question unanswered or gives a number out of range,
//! naming the question's linkId: a silent self-care from an empty form is never an answer.
//!
//! Findings to questions that the questionnaire would not ask (for example ovarian questions
//! when `sex` is `male`) are ignored, exactly as in the widget; they are listed on stderr.

use engine::findings::parse_findings;
use engine::{assess, fhir, Content};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: assess FILE          (FILE is a JSON object of findings, or - for standard input)\n       assess --fhir FILE   (FILE is a FHIR R4 QuestionnaireResponse, or - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (fhir, path) = match args.as_slice() {
        [flag, path] if flag == "--fhir" => (true, path),
        [path] if !path.starts_with("--") || path == "-" => (false, path),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = if path == "-" {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("assess: cannot read standard input: {e}");
            return ExitCode::from(2);
        }
        text
    } else {
        match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("assess: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("assess: not valid JSON: {e}");
            return ExitCode::from(1);
        }
    };
    let content = Content::embedded();
    if fhir {
        match fhir::response_version(&value) {
            Some(v) if v != content.manifest.version => eprintln!(
                "assess: note: the response was made with content version {v}; this is {} \
                 (the questions and their codes are compatible, but the advice is today's)",
                content.manifest.version
            ),
            None => eprintln!("assess: note: the response does not say which version of the questionnaire it answers"),
            _ => {}
        }
    }
    let answers = if fhir {
        fhir::answers_from_response(&content, &value)
            .and_then(|answers| fhir::check_complete(&content, &answers).map(|()| answers))
    } else {
        parse_findings(&content.questionnaire, &value).map_err(|e| e.to_string())
    };
    let answers = match answers {
        Ok(a) => a,
        Err(e) => {
            eprintln!("assess: {e}");
            return ExitCode::from(1);
        }
    };
    let counted = content.questionnaire.prune(&answers);
    for (question, _) in answers.iter().filter(|(q, _)| !counted.is_answered(*q)) {
        eprintln!(
            "assess: note: {} is not asked with these answers, so it is ignored",
            content.questionnaire.question(question).code
        );
    }
    let assessment = assess(&content, &answers);
    let output = serde_json::json!({
        "urgency": assessment.urgency.as_str(),
        "cancers": assessment.cancers,
        "rules": assessment.rule_ids(&content).collect::<Vec<_>>(),
    });
    println!("{output}");
    ExitCode::SUCCESS
}
