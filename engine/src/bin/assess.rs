//! Audit tool for clinical reviewers: reads one JSON object of findings from FILE (or `-` for
//! standard input) and prints the advice as one JSON object:
//! `{"urgency": "<level>", "cancers": [...], "rules": [...]}`.
//!
//! Findings to questions that the questionnaire would not ask (for example ovarian questions
//! when `sex` is `male`) are ignored, exactly as in the widget; they are listed on stderr.

use engine::findings::parse_findings;
use engine::{assess, Content};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!(
            "usage: assess FILE   (FILE is a JSON object of findings, or - for standard input)"
        );
        return ExitCode::from(2);
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
    let answers = match parse_findings(&content.questionnaire, &value) {
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
