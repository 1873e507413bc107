//! Content checks: the clinical data in `content/` agrees with the codebook, every rule is cited
//! and every rule is exercised by the scenario suite, firing and not firing.
//!
//! The loader (`Content::load`) already refuses unknown codes, options, rules and sources; these
//! tests assert the same facts through the public API and add the cross-file checks the loader
//! cannot make (codebook, scenarios).

use engine::questionnaire::QuestionKind;
use engine::Content;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `content/` at the workspace root.
fn content_dir() -> PathBuf {
    manifest_dir().join("..").join("content")
}

// ---- (a) every rule fires in one scenario and is a near miss in another ------------------------

/// (file name, fired, not_fired) for every scenario file.
fn scenario_rule_lists() -> Vec<(String, Vec<String>, Vec<String>)> {
    let dir = manifest_dir().join("tests").join("scenarios");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let strings = |v: Option<&toml::Value>| -> Vec<String> {
        v.and_then(toml::Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .filter_map(|i| i.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    files
        .iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
            let table: toml::Table =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            let expect = table.get("expect").and_then(toml::Value::as_table);
            let fired = strings(expect.and_then(|e| e.get("fired")));
            let not_fired = strings(expect.and_then(|e| e.get("not_fired")));
            (name, fired, not_fired)
        })
        .collect()
}

#[test]
fn every_rule_fires_in_a_scenario_and_is_a_near_miss_in_another() {
    let content = Content::embedded();
    let scenarios = scenario_rule_lists();
    let fired: BTreeSet<&str> = scenarios
        .iter()
        .flat_map(|(_, f, _)| f.iter().map(String::as_str))
        .collect();
    let not_fired: BTreeSet<&str> = scenarios
        .iter()
        .flat_map(|(_, _, n)| n.iter().map(String::as_str))
        .collect();
    let mut problems = Vec::new();
    for rule in content.rules.rules() {
        if !fired.contains(rule.id.as_str()) {
            problems.push(format!("{}: no scenario where it fires (`fired`)", rule.id));
        }
        if !not_fired.contains(rule.id.as_str()) {
            problems.push(format!(
                "{}: no near-miss scenario where it does not fire (`not_fired`)",
                rule.id
            ));
        }
    }
    for (file, f, n) in &scenarios {
        for id in f.iter().chain(n) {
            if content.rules.index_of(id).is_none() {
                problems.push(format!(
                    "{file}: names {id}, which is not a rule in rules.toml"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "scenario coverage of rules.toml:\n{}",
        problems.join("\n")
    );
}

// ---- (b) sources -------------------------------------------------------------------------------

#[test]
fn every_rule_and_explanation_cites_sources_that_exist() {
    let content = Content::embedded();
    let mut problems = Vec::new();
    let mut check = |owner: String, cited: &[String]| {
        if cited.is_empty() {
            problems.push(format!("{owner}: cites no source"));
        }
        for key in cited {
            match content.sources.get(key) {
                None => problems.push(format!("{owner}: source {key} is not in sources.toml")),
                Some(source)
                    if !source.url.starts_with("https://") || source.title.trim().is_empty() =>
                {
                    problems.push(format!(
                        "{owner}: source {key} needs a title and an https:// url"
                    ))
                }
                Some(_) => {}
            }
        }
    };
    for rule in content.rules.rules() {
        check(format!("rule {}", rule.id), &rule.sources);
    }
    for explanation in content
        .explanations
        .cancers
        .iter()
        .chain(&content.explanations.topics)
    {
        check(
            format!("explanation {}", explanation.id),
            &explanation.sources,
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---- (c), (d) codebook -----------------------------------------------------------------------

/// One codebook row: code, type, question text.
struct CodebookRow {
    code: String,
    kind: String,
    question: String,
}

/// Splits CSV text into records (RFC 4180: quoted fields may hold commas, doubled quotes and
/// newlines).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records.retain(|r| !(r.len() == 1 && r[0].trim().is_empty()));
    records
}

fn codebook() -> Vec<CodebookRow> {
    let path = content_dir().join("codebook.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut records = parse_csv(&text).into_iter();
    let header = records.next().expect("codebook.csv has a header");
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .unwrap_or_else(|| panic!("codebook.csv has no `{name}` column"))
    };
    let (code, kind, question) = (column("code"), column("type"), column("question"));
    records
        .enumerate()
        .map(|(i, r)| {
            assert!(
                r.len() == header.len(),
                "codebook.csv row {}: {} fields, header has {}",
                i + 2,
                r.len(),
                header.len()
            );
            CodebookRow {
                code: r[code].trim().to_string(),
                kind: r[kind].trim().to_string(),
                question: r[question].clone(),
            }
        })
        .collect()
}

/// The questionnaire kind a codebook `type` must be asked with.
fn expected_kind(codebook_type: &str) -> Option<&'static str> {
    match codebook_type {
        "bool" => Some("yes_no"),
        "integer" | "number" => Some("number"),
        "enum" => Some("choice"),
        t if !t.is_empty()
            && t.split('/').all(|part| {
                !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            }) =>
        {
            Some("choice")
        }
        _ => None,
    }
}

fn kind_name(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::YesNo { .. } => "yes_no",
        QuestionKind::Number { .. } => "number",
        QuestionKind::Choice { .. } => "choice",
    }
}

#[test]
fn the_questionnaire_asks_every_codebook_code_once_with_the_right_kind() {
    let content = Content::embedded();
    let rows = codebook();
    let mut problems = Vec::new();

    let mut asked: BTreeMap<&str, usize> = BTreeMap::new();
    for step in content.questionnaire.steps() {
        for &q in &step.questions {
            *asked
                .entry(content.questionnaire.question(q).code.as_str())
                .or_default() += 1;
        }
    }
    let mut seen = BTreeSet::new();
    for row in &rows {
        if !seen.insert(row.code.as_str()) {
            problems.push(format!("codebook.csv lists {} more than once", row.code));
        }
        match asked.get(row.code.as_str()) {
            None => problems.push(format!("{}: in the codebook but never asked", row.code)),
            Some(1) => {}
            Some(n) => problems.push(format!("{}: asked {n} times", row.code)),
        }
        let Some(id) = content.questionnaire.id(&row.code) else {
            continue;
        };
        let question = content.questionnaire.question(id);
        match expected_kind(&row.kind) {
            None => problems.push(format!(
                "{}: unknown codebook type {:?}",
                row.code, row.kind
            )),
            Some(kind) if kind != kind_name(&question.kind) => problems.push(format!(
                "{}: codebook type {} needs kind {kind}, questionnaire has {}",
                row.code,
                row.kind,
                kind_name(&question.kind)
            )),
            Some(_) => {}
        }
        if row.kind == "integer"
            && !matches!(question.kind, QuestionKind::Number { integer: true, .. })
        {
            problems.push(format!(
                "{}: codebook type integer, but the question accepts fractions",
                row.code
            ));
        }
        // A type such as `female/male` lists the options themselves.
        if row.kind.contains('/') {
            let listed: Vec<&str> = row.kind.split('/').collect();
            if let QuestionKind::Choice { options } = &question.kind {
                let offered: Vec<&str> = options.iter().map(String::as_str).collect();
                if offered != listed {
                    problems.push(format!(
                        "{}: codebook options {listed:?}, questionnaire offers {offered:?}",
                        row.code
                    ));
                }
            }
        }
    }
    for code in asked.keys() {
        if !seen.contains(code) {
            problems.push(format!("{code}: asked but not in codebook.csv"));
        }
    }
    assert!(
        problems.is_empty(),
        "questionnaire vs codebook.csv:\n{}",
        problems.join("\n")
    );
}

/// The codes (and types) of the first content release. Answer sets written for it must keep
/// their meaning, so a code is never removed or retyped; new codes only add
/// (docs/decisions/0003-warning-sign-floors.md).
const FIRST_RELEASE_CODES: [(&str, &str); 73] = [
    ("age", "integer"),
    ("sex", "female/male"),
    ("duration_weeks", "number"),
    ("first_ever_episode", "bool"),
    ("long_standing_unchanged", "bool"),
    ("gradual_onset", "bool"),
    ("clear_mechanical_cause", "bool"),
    ("improving", "bool"),
    ("no_improvement_with_treatment", "bool"),
    ("thoracic_location", "bool"),
    ("band_like_pain", "bool"),
    ("progressive_pain", "bool"),
    ("severe_unremitting", "bool"),
    ("night_pain", "bool"),
    ("wakes_from_sleep", "bool"),
    ("pain_at_rest", "bool"),
    ("not_related_to_movement", "bool"),
    ("worse_lying_down", "bool"),
    ("pain_worse_straining", "bool"),
    ("localised_tenderness", "bool"),
    ("pain_on_deep_breath", "bool"),
    ("morning_stiffness_improves_with_activity", "bool"),
    ("history_of_cancer", "bool"),
    ("cancer_type", "enum"),
    ("current_cancer_treatment", "bool"),
    ("treatment_agent", "enum"),
    ("pain_started_with_new_cancer_drug", "bool"),
    ("known_bone_metastases", "bool"),
    ("unexplained_weight_loss", "bool"),
    ("fatigue", "bool"),
    ("loss_of_appetite", "bool"),
    ("fever", "bool"),
    ("night_sweats", "bool"),
    ("feels_unwell", "bool"),
    ("smoker", "bool"),
    ("persistent_cough_weeks", "number"),
    ("haemoptysis", "bool"),
    ("breathlessness", "bool"),
    ("chest_pain", "bool"),
    ("recurrent_chest_infections", "bool"),
    ("bowel_habit_change", "bool"),
    ("blood_in_stool", "bool"),
    ("abdominal_pain", "bool"),
    ("jaundice", "bool"),
    ("new_onset_diabetes", "bool"),
    ("blood_in_urine", "bool"),
    ("urinary_symptoms", "bool"),
    ("testicular_swelling", "bool"),
    ("breast_lump", "bool"),
    ("persistent_bloating", "bool"),
    ("early_satiety", "bool"),
    ("bone_pain_elsewhere", "bool"),
    ("recurrent_infections", "bool"),
    ("unexplained_bruising_bleeding", "bool"),
    ("lymph_node_swelling", "bool"),
    ("radicular_pain", "bool"),
    ("bilateral_leg_symptoms", "bool"),
    ("leg_weakness", "bool"),
    ("leg_numbness", "bool"),
    ("difficulty_walking", "bool"),
    ("saddle_anaesthesia", "bool"),
    ("bladder_or_bowel_dysfunction", "bool"),
    ("new_sexual_dysfunction", "bool"),
    ("major_trauma", "bool"),
    ("minor_trauma_fracture", "bool"),
    ("osteoporosis", "bool"),
    ("steroid_use", "bool"),
    ("immunosuppression", "bool"),
    ("iv_drug_use", "bool"),
    ("recent_infection_or_spinal_procedure", "bool"),
    ("family_history_of_cancer", "bool"),
    ("sudden_chest_pain_or_breathlessness", "bool"),
    ("flank_pain", "bool"),
];

#[test]
fn the_codebook_keeps_every_released_code_and_its_type() {
    let rows = codebook();
    let mut problems = Vec::new();
    for (code, kind) in FIRST_RELEASE_CODES {
        match rows.iter().find(|r| r.code == code) {
            None => problems.push(format!("{code} was removed")),
            Some(row) if row.kind != kind => {
                problems.push(format!("{code} changed type from {kind} to {}", row.kind))
            }
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        rows.len() > FIRST_RELEASE_CODES.len(),
        "the new codes are recorded"
    );
}

/// The options written in brackets at the end of a codebook question:
/// `Which cancer? (breast, lung, other)` gives `["breast", "lung", "other"]`.
fn options_in_question(question: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (question.rfind('('), question.rfind(')')) else {
        return Vec::new();
    };
    if close < open {
        return Vec::new();
    }
    question[open + 1..close]
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn every_codebook_option_of_cancer_type_and_treatment_agent_is_offered() {
    let content = Content::embedded();
    let rows = codebook();
    let mut problems = Vec::new();
    for code in ["cancer_type", "treatment_agent"] {
        let Some(row) = rows.iter().find(|r| r.code == code) else {
            problems.push(format!("{code}: not in codebook.csv"));
            continue;
        };
        let listed = options_in_question(&row.question);
        if listed.is_empty() {
            problems.push(format!(
                "{code}: codebook question lists no options in brackets: {:?}",
                row.question
            ));
            continue;
        }
        let Some(id) = content.questionnaire.id(code) else {
            problems.push(format!("{code}: not asked"));
            continue;
        };
        let QuestionKind::Choice { options } = &content.questionnaire.question(id).kind else {
            problems.push(format!("{code}: not a choice question"));
            continue;
        };
        for option in &listed {
            if !options.contains(option) {
                problems.push(format!(
                    "{code}: codebook option {option:?} is not offered (offered: {options:?})"
                ));
            }
        }
        for option in options {
            if !listed.contains(option) {
                problems.push(format!(
                    "{code}: offers {option:?}, which the codebook does not list"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn csv_reader_handles_quotes() {
    let rows = parse_csv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n");
    assert_eq!(rows, vec![vec!["a", "b"], vec!["x, y", "say \"hi\""]]);
}

// ---- the shipped questionnaire can be completed (added for mutation testing) -------------------

/// Every path through the shipped questionnaire ends: answering each step (all "no" and the
/// lowest numbers, then all "yes" and the highest numbers) moves forward one step at a time and
/// reaches check your answers, then a result for exactly those answers. The loop is bounded, so
/// a flow that stops accepting answers fails here at once instead of hanging a later suite
/// (docs/safety-evidence.md, mutation testing).
#[test]
fn the_shipped_questionnaire_can_be_completed_in_the_flow() {
    use engine::{assess, Action, Answer, Flow};
    let content = Content::embedded();
    let qn = &content.questionnaire;
    for worrying in [false, true] {
        let mut flow = Flow::default().update(&content, Action::Start);
        let mut last_step = None;
        for _ in 0..=2 * qn.steps().len() {
            flow = match flow {
                Flow::Asking { step, .. } => {
                    assert!(
                        last_step.is_none_or(|last| step > last),
                        "the flow did not move forward from step {last_step:?} to {step}"
                    );
                    last_step = Some(step);
                    let given = qn
                        .step(step)
                        .questions
                        .iter()
                        .map(|&q| {
                            let answer = match &qn.question(q).kind {
                                QuestionKind::YesNo { .. } if worrying => Answer::Yes,
                                QuestionKind::YesNo { .. } => Answer::No,
                                QuestionKind::Number { max, .. } if worrying => {
                                    Answer::Number(*max)
                                }
                                QuestionKind::Number { min, .. } => Answer::Number(*min),
                                QuestionKind::Choice { options } if worrying => {
                                    Answer::Choice(options.len() as u16 - 1)
                                }
                                QuestionKind::Choice { .. } => Answer::Choice(0),
                            };
                            (q, answer)
                        })
                        .collect();
                    flow.update(&content, Action::Submit(given))
                }
                Flow::EmergencyStop { .. } => flow.update(&content, Action::ContinueAfterEmergency),
                Flow::CheckAnswers { .. } => break,
                other => panic!("unexpected phase {other:?}"),
            };
        }
        assert!(
            matches!(flow, Flow::CheckAnswers { .. }),
            "never reached check your answers (worrying answers: {worrying}): {flow:?}"
        );
        let answers = flow.answers().clone();
        assert_eq!(answers, qn.prune(&answers));
        match flow.update(&content, Action::Confirm) {
            Flow::Result {
                answers: kept,
                assessment,
            } => {
                assert_eq!(kept, answers);
                assert_eq!(assessment, assess(&content, &answers));
            }
            other => panic!("no result after confirming: {other:?}"),
        }
    }
}
