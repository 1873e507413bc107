//! The content loader refuses every malformed file it promises to refuse (issue 3 part 2: tests
//! that can fail). Each case changes one thing in the shipped content and expects the loader to
//! name the file and the fault; near-misses check that the shipped forms stay accepted. Written
//! to kill the mutants `scripts/mutants.sh` found in `engine/src/content.rs` (see
//! `docs/safety-evidence.md`).

use engine::content::{ContentError, ContentFiles, EMBEDDED};
use engine::{Answer, Answers, Content, Urgency};

/// The shipped files with one of them replaced.
fn load(file: &str, text: &str) -> Result<Content, ContentError> {
    let files = match file {
        "manifest" => ContentFiles {
            manifest: text,
            ..EMBEDDED
        },
        "questionnaire" => ContentFiles {
            questionnaire: text,
            ..EMBEDDED
        },
        "rules" => ContentFiles {
            rules: text,
            ..EMBEDDED
        },
        "explanations" => ContentFiles {
            explanations: text,
            ..EMBEDDED
        },
        "sources" => ContentFiles {
            sources: text,
            ..EMBEDDED
        },
        "regions" => ContentFiles {
            regions: text,
            ..EMBEDDED
        },
        "languages" => ContentFiles {
            languages: text,
            ..EMBEDDED
        },
        "floors" => ContentFiles {
            floors: text,
            ..EMBEDDED
        },
        other => panic!("no content file {other}"),
    };
    Content::load(&files)
}

fn embedded(file: &str) -> &'static str {
    match file {
        "manifest" => EMBEDDED.manifest,
        "questionnaire" => EMBEDDED.questionnaire,
        "rules" => EMBEDDED.rules,
        "explanations" => EMBEDDED.explanations,
        "sources" => EMBEDDED.sources,
        "regions" => EMBEDDED.regions,
        "languages" => EMBEDDED.languages,
        "floors" => EMBEDDED.floors,
        other => panic!("no content file {other}"),
    }
}

/// The shipped `file` with the first `from` replaced by `to`; panics if `from` is not there, so
/// a content change cannot quietly turn a case into a no-op.
fn edited(file: &str, from: &str, to: &str) -> String {
    let text = embedded(file);
    assert!(text.contains(from), "{file}: {from:?} not found");
    text.replacen(from, to, 1)
}

/// Loading with the edit fails, naming `file_name` and a message containing `needle`.
#[track_caller]
fn refuses(file: &str, from: &str, to: &str, file_name: &str, needle: &str) {
    match load(file, &edited(file, from, to)) {
        Ok(_) => panic!("{file}: {from:?} -> {to:?} was accepted"),
        Err(e) => {
            assert_eq!(e.file, file_name, "{from:?} -> {to:?}: {e}");
            assert!(
                e.message.contains(needle),
                "{from:?} -> {to:?}: expected {needle:?} in {e}"
            );
        }
    }
}

/// Loading with the edit succeeds.
#[track_caller]
fn accepts(file: &str, from: &str, to: &str) -> Content {
    load(file, &edited(file, from, to))
        .unwrap_or_else(|e| panic!("{file}: {from:?} -> {to:?} was refused: {e}"))
}

#[test]
fn errors_name_the_file_then_the_message() {
    let err = load("rules", &edited("rules", "rf-em-01-why", "rf-em-1-why")).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("rules.toml: {}", err.message),
        "Display"
    );
    assert!(err
        .message
        .starts_with("rule RF-EM-01: why must be rf-em-01-why"));
}

#[test]
fn the_short_hash_is_the_start_of_the_rules_hash() {
    let content = Content::embedded();
    assert_eq!(content.rules_hash.len(), 64);
    let short = content.short_hash();
    assert!(!short.is_empty() && short.len() < 64, "{short:?}");
    assert!(content.rules_hash.starts_with(short), "{short:?}");
    assert!(short.chars().all(|c| c.is_ascii_hexdigit()), "{short:?}");
}

// ---- dates (explanations.toml) ------------------------------------------------------------------

#[test]
fn review_dates_must_be_yyyy_mm_dd_with_review_by_later() {
    let first = "reviewed = \"2026-11-21\"";
    for bad in [
        "2026x11-21",  // a digit where the first dash goes
        "2026-11x21",  // a digit where the second dash goes
        "2026-11-211", // one character too many
        "2026-11-2",   // one too few
        "2026-1a-21",  // a letter among the digits
        "",
    ] {
        refuses(
            "explanations",
            first,
            &format!("reviewed = \"{bad}\""),
            "explanations.toml",
            "reviewed and review_by must be dates",
        );
    }
    refuses(
        "explanations",
        "review_by = \"2027-11-21\"",
        "review_by = \"2027/11/21\"",
        "explanations.toml",
        "reviewed and review_by must be dates",
    );
    // review_by must be strictly later.
    refuses(
        "explanations",
        "review_by = \"2027-11-21\"",
        "review_by = \"2026-11-21\"",
        "explanations.toml",
        "review_by later",
    );
    refuses(
        "explanations",
        "review_by = \"2027-11-21\"",
        "review_by = \"2026-11-20\"",
        "explanations.toml",
        "review_by later",
    );
    accepts(
        "explanations",
        "review_by = \"2027-11-21\"",
        "review_by = \"2026-11-22\"",
    );
}

#[test]
fn explanations_must_be_the_fixed_list_in_order() {
    refuses(
        "explanations",
        "id = \"lung\"",
        "id = \"lungs\"",
        "explanations.toml",
        "expected entries",
    );
}

// ---- sources.toml and citations -----------------------------------------------------------------

#[test]
fn sources_need_an_https_url_and_a_title() {
    refuses(
        "sources",
        "url = \"https://www.nice.org.uk/guidance/ng59\"",
        "url = \"http://www.nice.org.uk/guidance/ng59\"",
        "sources.toml",
        "url must start with https://",
    );
    refuses(
        "sources",
        "title = \"NICE NG59: Low back pain and sciatica in over 16s (2016, updated 2020)\"",
        "title = \"   \"",
        "sources.toml",
        "empty title",
    );
}

#[test]
fn a_rule_must_cite_at_least_one_known_source() {
    refuses(
        "rules",
        "sources = [\"CRF-2023\", \"ACP-2007\"]",
        "sources = []",
        "rules.toml",
        "cites no source",
    );
    refuses(
        "rules",
        "sources = [\"CRF-2023\", \"ACP-2007\"]",
        "sources = [\"CRF-2023\", \"NOT-A-SOURCE\"]",
        "rules.toml",
        "source NOT-A-SOURCE is not in sources.toml",
    );
}

// ---- locales/languages.toml ---------------------------------------------------------------------

#[test]
fn the_fallback_language_is_reviewed_left_to_right_english() {
    const FILE: &str = "locales/languages.toml";
    let first =
        "code = \"en\"\nname = \"English\"\ndirection = \"ltr\"\nclinically_reviewed = true";
    let fallback = "it must be en, left to right and clinically reviewed";
    refuses(
        "languages",
        first,
        &first.replace("\"en\"", "\"es\""),
        FILE,
        fallback,
    );
    refuses(
        "languages",
        first,
        &first.replace("true", "false"),
        FILE,
        fallback,
    );
    refuses(
        "languages",
        first,
        &first.replace("\"ltr\"", "\"rtl\""),
        FILE,
        fallback,
    );
    // Each condition alone is refused: the check is an "or" of the three faults.
    let content = accepts("languages", first, first);
    assert_eq!(content.languages.fallback().code, "en");
}

#[test]
fn language_codes_are_short_lower_case_and_unique_and_names_are_given() {
    const FILE: &str = "locales/languages.toml";
    let spanish = "code = \"es\"";
    for bad in [
        "code = \"e\"",
        "code = \"spa_\"",
        "code = \"ES\"",
        "code = \"spanish\"",
    ] {
        refuses(
            "languages",
            spanish,
            bad,
            FILE,
            "2 or 3 letter lower-case subtag",
        );
    }
    refuses("languages", spanish, "code = \"en\"", FILE, "listed twice");
    refuses(
        "languages",
        "name = \"Español\"",
        "name = \" \"",
        FILE,
        "empty name",
    );
    // Three letters are allowed (ISO 639-2/3 codes such as "fil").
    let content = accepts("languages", spanish, "code = \"spa\"");
    assert!(content.languages.get("spa").is_some());
    assert!(load("languages", "").is_err(), "no [[language]] table");
    let empty = load("languages", "language = []").unwrap_err();
    assert_eq!((empty.file, empty.message.as_str()), (FILE, "no language"));
}

// ---- regions.toml and manifest.toml -------------------------------------------------------------

#[test]
fn region_packs_are_complete_with_digit_phone_numbers() {
    refuses(
        "regions",
        "[au]",
        "[nz]",
        "regions.toml",
        "missing region pack au",
    );
    refuses(
        "regions",
        "emergency_number = \"999\"",
        "emergency_number = \"\"",
        "regions.toml",
        "must be digits",
    );
    refuses(
        "regions",
        "urgent_number = \"111\"",
        "urgent_number = \"1-1-1\"",
        "regions.toml",
        "must be digits",
    );
    // Spaces are allowed inside a number.
    let content = accepts(
        "regions",
        "emergency_number = \"999\"",
        "emergency_number = \"9 9 9\"",
    );
    assert_eq!(content.regions.get("uk").unwrap().emergency_number, "9 9 9");
}

#[test]
fn the_default_region_must_have_a_pack() {
    refuses(
        "manifest",
        "default_region = \"uk\"",
        "default_region = \"fr\"",
        "manifest.toml",
        "default_region fr has no pack",
    );
    let content = accepts(
        "manifest",
        "default_region = \"uk\"",
        "default_region = \"au\"",
    );
    assert_eq!(content.regions.default_id(), "au");
}

// ---- questionnaire.toml -------------------------------------------------------------------------

#[test]
fn codes_sections_and_step_ids_have_their_forms() {
    for bad in ["Major_trauma", "major-trauma", "major trauma", ""] {
        refuses(
            "questionnaire",
            "code = \"major_trauma\"",
            &format!("code = \"{bad}\""),
            "questionnaire.toml",
            "must be unique and snake_case",
        );
    }
    for bad in ["Serious-injury", "serious_injury", ""] {
        refuses(
            "questionnaire",
            "id = \"serious-injury\"",
            &format!("id = \"{bad}\""),
            "questionnaire.toml",
            "must be unique and kebab-case",
        );
    }
    refuses(
        "questionnaire",
        "section = \"emergency\"",
        "section = \"Emergency-signs\"",
        "questionnaire.toml",
        "section must be snake_case",
    );
    // Digits are allowed in codes, step ids and sections.
    let text = embedded("questionnaire")
        .replacen("id = \"serious-injury\"", "id = \"serious-injury-2\"", 1)
        .replacen("section = \"emergency\"", "section = \"emergency_1\"", 1);
    let content = load("questionnaire", &text).expect("digits are allowed");
    assert_eq!(content.questionnaire.step(0).id, "serious-injury-2");
    assert_eq!(content.questionnaire.step(0).section, "emergency_1");
}

#[test]
fn step_ids_and_question_codes_are_unique() {
    refuses(
        "questionnaire",
        "id = \"sudden-chest\"",
        "id = \"serious-injury\"",
        "questionnaire.toml",
        "must be unique and kebab-case",
    );
    refuses(
        "questionnaire",
        "code = \"sudden_chest_pain_or_breathlessness\"",
        "code = \"major_trauma\"",
        "questionnaire.toml",
        "must be unique and snake_case",
    );
}

#[test]
fn question_kinds_take_only_their_own_settings() {
    refuses(
        "questionnaire",
        "{ code = \"major_trauma\", kind = \"yes_no\" }",
        "{ code = \"major_trauma\", kind = \"yes_no\", integer = true }",
        "questionnaire.toml",
        "`integer` does not apply to kind yes_no",
    );
    refuses(
        "questionnaire",
        "{ code = \"age\", kind = \"number\", integer = true, min = 18, max = 120, unit = \"years\", below_min = \"error-age-under-18\" }",
        "{ code = \"age\", kind = \"number\", integer = true, min = 18, max = 120, unit = \"years\", below_min = \"error-age-under-18\", not_sure = true }",
        "questionnaire.toml",
        "`not_sure` does not apply to kind number",
    );
    refuses(
        "questionnaire",
        "{ code = \"major_trauma\", kind = \"yes_no\" }",
        "{ code = \"major_trauma\", kind = \"free_text\" }",
        "questionnaire.toml",
        "unknown kind",
    );
}

#[test]
fn number_ranges_need_finite_min_below_max() {
    let age = "{ code = \"age\", kind = \"number\", integer = true, min = 18, max = 120, unit = \"years\", below_min = \"error-age-under-18\" }";
    for (bad, needle) in [
        ("min = 120, max = 120", "min must be below max"),
        ("min = 121, max = 120", "min must be below max"),
        ("min = 18, max = inf", "min must be below max"),
        ("min = -inf, max = 120", "min must be below max"),
        ("min = 18", "needs min and max"),
    ] {
        refuses(
            "questionnaire",
            age,
            &format!(
                "{{ code = \"age\", kind = \"number\", integer = true, {bad}, unit = \"years\" }}"
            ),
            "questionnaire.toml",
            needle,
        );
    }
    let content = accepts(
        "questionnaire",
        age,
        "{ code = \"age\", kind = \"number\", integer = true, min = 18, max = 19, unit = \"years\" }",
    );
    let q = content
        .questionnaire
        .question(content.questionnaire.id("age").unwrap());
    assert!(q.accepts(Answer::Number(19.0)) && !q.accepts(Answer::Number(20.0)));
}

#[test]
fn choices_need_two_or_more_distinct_snake_case_options() {
    let sex = "options = [\"female\", \"male\"]";
    for bad in [
        "options = [\"female\"]",
        "options = [\"female\", \"female\"]",
        "options = [\"female\", \"Male\"]",
        "options = []",
    ] {
        refuses(
            "questionnaire",
            sex,
            bad,
            "questionnaire.toml",
            "needs 2 or more distinct snake_case options",
        );
    }
    let content = accepts(
        "questionnaire",
        sex,
        "options = [\"female\", \"male\", \"intersex_2\"]",
    );
    let q = content
        .questionnaire
        .question(content.questionnaire.id("sex").unwrap());
    assert_eq!(q.option_index("intersex_2"), Some(2));
}

#[test]
fn checklists_hold_two_or_more_plain_yes_no_questions_and_other_steps_one() {
    // A checklist of one question.
    refuses(
        "questionnaire",
        "questions = [\n  { code = \"breast_lump\", kind = \"yes_no\" },\n  { code = \"lymph_node_swelling\", kind = \"yes_no\" },\n]",
        "questions = [\n  { code = \"breast_lump\", kind = \"yes_no\" },\n]\n\n[[step]]\nid = \"lymph\"\nsection = \"health\"\nquestions = [{ code = \"lymph_node_swelling\", kind = \"yes_no\" }]",
        "questionnaire.toml",
        "one question, or a checklist of two or more",
    );
    // A plain step with two questions.
    refuses(
        "questionnaire",
        "questions = [{ code = \"major_trauma\", kind = \"yes_no\" }]",
        "questions = [{ code = \"major_trauma\", kind = \"yes_no\" }, { code = \"extra_question\", kind = \"yes_no\" }]",
        "questionnaire.toml",
        "one question, or a checklist of two or more",
    );
    // A checklist with a "not sure" question.
    refuses(
        "questionnaire",
        "{ code = \"leg_weakness\", kind = \"yes_no\" }",
        "{ code = \"leg_weakness\", kind = \"yes_no\", not_sure = true }",
        "questionnaire.toml",
        "a checklist holds only plain yes/no questions",
    );
}

#[test]
fn skip_logic_may_not_read_its_own_step() {
    refuses(
        "questionnaire",
        "id = \"improving\"\nsection = \"pain\"\n",
        "id = \"improving\"\nsection = \"pain\"\nshow_when = { yes = \"improving\" }\n",
        "questionnaire.toml",
        "show_when reads improving, which is not asked before it",
    );
    // Reading the step just before is fine.
    let content = accepts(
        "questionnaire",
        "id = \"improving\"\nsection = \"pain\"\n",
        "id = \"improving\"\nsection = \"pain\"\nshow_when = { yes = \"gradual_onset\" }\n",
    );
    let qn = &content.questionnaire;
    let step = qn.step_index("improving").unwrap();
    let mut answers = Answers::new();
    assert!(!qn.is_visible(step, &answers));
    answers.set(qn.id("gradual_onset").unwrap(), Answer::Yes);
    assert!(qn.is_visible(step, &answers));
}

// ---- conditions (rules.toml) --------------------------------------------------------------------

#[test]
fn conditions_read_questions_of_the_right_kind() {
    refuses(
        "rules",
        "when = { yes = \"major_trauma\" }",
        "when = { number = \"major_trauma\", at_least = 1 }",
        "rules.toml",
        "major_trauma is not a number question",
    );
    refuses(
        "rules",
        "when = { yes = \"major_trauma\" }",
        "when = { choice = \"major_trauma\", is = \"yes\" }",
        "rules.toml",
        "major_trauma is not a choice question",
    );
    refuses(
        "rules",
        "when = { yes = \"major_trauma\" }",
        "when = { yes = \"sex\" }",
        "rules.toml",
        "sex is not a yes_no question",
    );
    refuses(
        "rules",
        "when = { yes = \"major_trauma\" }",
        "when = { choice = \"sex\", is = \"other\" }",
        "rules.toml",
        "sex has no option \"other\"",
    );
}

#[test]
fn lists_in_conditions_are_not_empty() {
    refuses(
        "rules",
        "when = { yes = \"major_trauma\" }",
        "when = { any = [] }",
        "rules.toml",
        "an empty list of conditions",
    );
    refuses(
        "rules",
        "when = { yes = \"major_trauma\" }",
        "when = { all = { yes = \"major_trauma\" } }",
        "rules.toml",
        "take a list",
    );
}

#[test]
fn thresholds_may_be_whole_or_decimal_numbers() {
    let ro06 = "when = { number = \"persistent_cough_weeks\", at_least = 3 }";
    let content = accepts(
        "rules",
        ro06,
        "when = { number = \"persistent_cough_weeks\", at_least = 2.5 }",
    );
    let qn = &content.questionnaire;
    let cough = qn.id("persistent_cough_weeks").unwrap();
    let fires = |weeks: f64| {
        let answers: Answers = [(cough, Answer::Number(weeks))].into_iter().collect();
        engine::assess(&content, &answers)
            .rule_ids(&content)
            .any(|id| id == "RF-RO-06")
    };
    assert!(fires(2.5), "a 2.5-week threshold is read as 2.5");
    assert!(!fires(2.4));
    refuses(
        "rules",
        ro06,
        "when = { number = \"persistent_cough_weeks\", at_least = \"3\" }",
        "rules.toml",
        "at_least must be a number",
    );
}

#[test]
fn count_at_least_needs_one_or_more_of_enough_conditions() {
    let lu04 = "{ count_at_least = 2, of = { def = \"lung_symptoms\" } }";
    refuses(
        "rules",
        lu04,
        "{ count_at_least = 0, of = { def = \"lung_symptoms\" } }",
        "rules.toml",
        "count_at_least must be 1 or more",
    );
    // lung_symptoms has 6 items: 7 cannot be met.
    refuses(
        "rules",
        lu04,
        "{ count_at_least = 7, of = { def = \"lung_symptoms\" } }",
        "rules.toml",
        "at least count_at_least items",
    );
    refuses(
        "rules",
        lu04,
        "{ count_at_least = 1, of = { yes = \"fatigue\" } }",
        "rules.toml",
        "`of` must be an `any` list",
    );
    // Exactly as many as the list holds is fine.
    accepts(
        "rules",
        lu04,
        "{ count_at_least = 6, of = { def = \"lung_symptoms\" } }",
    );
}

#[test]
fn definitions_may_use_other_definitions_but_not_themselves() {
    // A definition built from other definitions loads. Its name sorts first, so it is compiled
    // while the definitions it uses are not compiled yet.
    let content = accepts(
        "rules",
        "[definitions]\n",
        "[definitions]\na_serious_neuro = { any = [{ def = \"neuro\" }, { def = \"ces\" }] }\n",
    );
    assert_eq!(
        content.rules.rules().len(),
        Content::embedded().rules.rules().len()
    );
    // And a rule may use it.
    let text = edited(
        "rules",
        "[definitions]\n",
        "[definitions]\na_serious_neuro = { any = [{ def = \"neuro\" }, { def = \"ces\" }] }\n",
    )
    .replacen(
        "when = { all = [{ yes = \"fever\" }, { def = \"neuro\" }] }",
        "when = { all = [{ yes = \"fever\" }, { def = \"a_serious_neuro\" }] }",
        1,
    );
    let content = load("rules", &text).expect("nested definitions load");
    let qn = &content.questionnaire;
    let mut answers = Answers::new();
    answers.set(qn.id("fever").unwrap(), Answer::Yes);
    answers.set(qn.id("bilateral_leg_symptoms").unwrap(), Answer::Yes);
    let result = engine::assess(&content, &answers);
    assert!(result.rule_ids(&content).any(|id| id == "RF-EM-04"));

    refuses(
        "rules",
        "[definitions]\n",
        "[definitions]\nloop_a = { any = [{ def = \"loop_b\" }, { yes = \"fever\" }] }\nloop_b = { def = \"loop_a\" }\n",
        "rules.toml",
        "refers to itself",
    );
    refuses(
        "rules",
        "when = { yes = \"major_trauma\" }",
        "when = { def = \"no_such_definition\" }",
        "rules.toml",
        "unknown definition \"no_such_definition\"",
    );
}

// ---- rules ------------------------------------------------------------------------------------

#[test]
fn rule_ids_look_like_rf_xx_nn() {
    for bad in [
        "RF-EM-01X", // too long, otherwise well formed
        "RF-EM-1",   // too short
        "RX-EM-01",  // not RF-
        "RF-eM-01",  // first letter not a capital
        "RF-Em-01",  // second letter not a capital
        "RF-EMX01",  // no dash
        "RF-EM-A1",  // first digit not a digit
        "RF-EM-0A",  // second digit not a digit
    ] {
        refuses(
            "rules",
            "id = \"RF-EM-01\"",
            &format!("id = \"{bad}\""),
            "rules.toml",
            "must be unique and look like RF-EM-01",
        );
    }
    refuses(
        "rules",
        "id = \"RF-EM-02\"",
        "id = \"RF-EM-01\"",
        "rules.toml",
        "must be unique and look like RF-EM-01",
    );
    // A new well-formed id with its own why message loads (a rule no floor names).
    let text = edited("rules", "id = \"RF-EM-03\"", "id = \"RF-ZZ-99\"").replacen(
        "why = \"rf-em-03-why\"",
        "why = \"rf-zz-99-why\"",
        1,
    );
    let content = load("rules", &text).expect("a new id loads");
    assert!(content.rules.index_of("RF-ZZ-99").is_some());
}

#[test]
fn no_rule_may_lead_to_self_care_and_every_other_level_needs_a_rule() {
    refuses(
        "rules",
        "urgency = \"routine\"",
        "urgency = \"self_care\"",
        "rules.toml",
        "is not a level a rule can raise to",
    );
    // Every routine rule moved up a level: nothing leads to routine any more.
    let text = embedded("rules").replace("urgency = \"routine\"", "urgency = \"within_2_weeks\"");
    let err = load("rules", &text).unwrap_err();
    assert_eq!(err.file, "rules.toml");
    assert_eq!(err.message, "no rule leads to routine");
    let text = embedded("rules").replace("urgency = \"emergency\"", "urgency = \"urgent_24h\"");
    assert_eq!(
        load("rules", &text).unwrap_err().message,
        "no rule leads to emergency"
    );
}

#[test]
fn the_manifest_hash_must_be_a_full_sha256() {
    let manifest = embedded("manifest");
    let line = manifest
        .lines()
        .find(|l| l.starts_with("rules_sha256 = "))
        .expect("rules_sha256 line");
    refuses(
        "manifest",
        line,
        "rules_sha256 = \"abc\"",
        "manifest.toml",
        "rules_sha256",
    );
}

#[test]
fn the_loaded_rules_keep_their_levels() {
    let content = Content::embedded();
    let level = |id: &str| {
        content
            .rules
            .rule(content.rules.index_of(id).unwrap())
            .urgency
    };
    assert_eq!(level("RF-EM-01"), Urgency::Emergency);
    assert_eq!(level("RF-UR-04"), Urgency::Urgent24h);
    assert_eq!(level("RF-WK-01"), Urgency::Within1Week);
    assert_eq!(level("RF-GN-01"), Urgency::Within2Weeks);
    assert_eq!(level("RF-RO-06"), Urgency::Routine);
}

// ---- floors.toml --------------------------------------------------------------------------------

const HAEMOPTYSIS_FLOOR: &str =
    "sign = \"haemoptysis\"\nurgency = \"urgent_24h\"\nrule = \"RF-LU-06\"";

#[test]
fn a_warning_sign_without_a_floor_or_listed_twice_is_refused() {
    // Left out of both lists.
    refuses(
        "floors",
        "  \"smoker\",\n",
        "",
        "floors.toml",
        "smoker is neither a warning sign with a floor nor a context question",
    );
    // A floor and a context entry at once.
    refuses(
        "floors",
        "  \"smoker\",\n",
        "  \"smoker\",\n  \"fever\",\n",
        "floors.toml",
        "fever is listed twice",
    );
    // A reassuring question or a choice cannot be context.
    refuses(
        "floors",
        "  \"smoker\",\n",
        "  \"smoker\",\n  \"improving\",\n",
        "floors.toml",
        "not a yes/no warning-sign question",
    );
    // Two base floors for one sign.
    refuses(
        "floors",
        HAEMOPTYSIS_FLOOR,
        &format!("{HAEMOPTYSIS_FLOOR}\n\n[[floor]]\n{HAEMOPTYSIS_FLOOR}"),
        "floors.toml",
        "more than one base floor",
    );
}

#[test]
fn a_floor_must_not_be_self_care_and_must_match_its_rule() {
    refuses(
        "floors",
        HAEMOPTYSIS_FLOOR,
        &HAEMOPTYSIS_FLOOR.replace("urgent_24h", "self_care"),
        "floors.toml",
        "self-care is never one",
    );
    // The rule leads to another level.
    refuses(
        "floors",
        HAEMOPTYSIS_FLOOR,
        &HAEMOPTYSIS_FLOOR.replace("urgent_24h", "emergency"),
        "floors.toml",
        "must read the sign and lead to emergency",
    );
    // The rule does not read the sign.
    refuses(
        "floors",
        HAEMOPTYSIS_FLOOR,
        &HAEMOPTYSIS_FLOOR.replace("RF-LU-06", "RF-UR-04"),
        "floors.toml",
        "must read the sign",
    );
    refuses(
        "floors",
        HAEMOPTYSIS_FLOOR,
        &HAEMOPTYSIS_FLOOR.replace("RF-LU-06", "RF-XX-01"),
        "floors.toml",
        "unknown rule id",
    );
    // A number question needs `at_least`; a yes/no question must not have one.
    refuses(
        "floors",
        HAEMOPTYSIS_FLOOR,
        &HAEMOPTYSIS_FLOOR.replace(
            "sign = \"haemoptysis\"",
            "sign = \"haemoptysis\"\nat_least = 3",
        ),
        "floors.toml",
        "a floor needs a yes/no warning sign",
    );
}

#[test]
fn an_age_floor_must_follow_a_lower_base_floor_and_read_the_age() {
    // Same level as the base floor (routine) is refused.
    refuses(
        "floors",
        "from_age = 60\nurgency = \"within_2_weeks\"\nrule = \"RF-FR-02\"",
        "from_age = 60\nurgency = \"routine\"\nrule = \"RF-FR-03\"",
        "floors.toml",
        "an age floor follows the sign's base floor",
    );
    // A rule that does not read the age.
    refuses(
        "floors",
        "from_age = 60\nurgency = \"within_2_weeks\"\nrule = \"RF-FR-02\"",
        "from_age = 60\nurgency = \"within_1_week\"\nrule = \"RF-WK-03\"",
        "floors.toml",
        "must read the sign",
    );
    // The shipped age floors load.
    let content = accepts("floors", "from_age = 60", "from_age = 60");
    assert!(content
        .floors
        .all()
        .iter()
        .any(|f| f.from_age == Some(60.0)));
}

#[test]
fn a_number_question_needs_a_unit_and_only_numbers_take_one() {
    refuses(
        "questionnaire",
        ", unit = \"weeks\" }]",
        " }]",
        "questionnaire.toml",
        "a number needs a unit",
    );
    refuses(
        "questionnaire",
        "unit = \"years\"",
        "unit = \"Years!\"",
        "questionnaire.toml",
        "a number needs a unit",
    );
    refuses(
        "questionnaire",
        "below_min = \"error-age-under-18\"",
        "below_min = \"Not an id\"",
        "questionnaire.toml",
        "below_min must be a message id",
    );
    refuses(
        "questionnaire",
        "{ code = \"major_trauma\", kind = \"yes_no\" }",
        "{ code = \"major_trauma\", kind = \"yes_no\", unit = \"weeks\" }",
        "questionnaire.toml",
        "`unit` does not apply to kind yes_no",
    );
}
