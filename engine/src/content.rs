//! Loads `content/*.toml` into typed, validated values. Every id a rule, explanation or step
//! names is resolved here, so a typo fails `cargo test`, never a patient.

use crate::condition::Condition;
use crate::explanations::{Explanation, Explanations, CANCER_IDS, TOPIC_IDS};
use crate::floors::{Floor, Floors};
use crate::languages::{Direction, Language, Languages};
use crate::questionnaire::{Question, QuestionId, QuestionKind, Questionnaire, Step};
use crate::regions::{RegionPack, Regions, REQUIRED_REGIONS};
use crate::release;
use crate::rules::{Rule, RuleSet};
use crate::urgency::Urgency;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use toml::{Table, Value};

/// The raw text of the content files.
pub struct ContentFiles<'a> {
    pub manifest: &'a str,
    pub questionnaire: &'a str,
    pub rules: &'a str,
    pub explanations: &'a str,
    pub floors: &'a str,
    pub sources: &'a str,
    pub regions: &'a str,
    pub languages: &'a str,
}

/// The files in `content/`, embedded at compile time so the widget needs no fetch and the
/// tests check exactly what ships.
pub const EMBEDDED: ContentFiles<'static> = ContentFiles {
    manifest: include_str!("../../content/manifest.toml"),
    questionnaire: include_str!("../../content/questionnaire.toml"),
    rules: include_str!("../../content/rules.toml"),
    explanations: include_str!("../../content/explanations.toml"),
    floors: include_str!("../../content/floors.toml"),
    sources: include_str!("../../content/sources.toml"),
    regions: include_str!("../../content/regions.toml"),
    languages: include_str!("../../content/locales/languages.toml"),
};

/// A content file that could not be loaded, with the file and what is wrong in plain words.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentError {
    pub file: &'static str,
    pub message: String,
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ContentError {}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub version: String,
    pub reviewed: String,
    pub default_region: String,
    /// The rules hash recorded for `version` (see [`crate::release`]). The loader only checks
    /// its form; `engine/tests/release.rs` checks that it equals the computed hash.
    pub rules_sha256: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// Everything the engine and the widget know about the clinical content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Content {
    pub manifest: Manifest,
    pub questionnaire: Questionnaire,
    pub rules: RuleSet,
    pub explanations: Explanations,
    /// Checked when the content is loaded and proved by the tests; the widget never needs them,
    /// so the compiled form it ships (`crate::compiled`) leaves them out and decodes them empty.
    #[serde(skip)]
    pub floors: Floors,
    pub sources: BTreeMap<String, Source>,
    pub regions: Regions,
    pub languages: Languages,
    /// SHA-256 of the files that decide the advice, computed from the loaded bytes
    /// ([`crate::release::rules_hash`]). The UI shows its first 12 characters.
    pub rules_hash: String,
}

impl Content {
    /// The shipped content. Panics if it is invalid, which the content tests rule out; use
    /// [`Content::load`] to handle the error instead.
    pub fn embedded() -> Content {
        Content::load(&EMBEDDED).unwrap_or_else(|e| panic!("invalid embedded content: {e}"))
    }

    pub fn load(files: &ContentFiles) -> Result<Content, ContentError> {
        let manifest: Manifest = parse("manifest.toml", files.manifest)?;
        if !release::is_full_hash(&manifest.rules_sha256) {
            return fail(
                "manifest.toml",
                "rules_sha256 must be 64 lower-case hex characters (see docs/clinical-safety.md, Change control)",
            );
        }
        let sources: BTreeMap<String, Source> = parse("sources.toml", files.sources)?;
        check_sources(&sources)?;
        let regions = load_regions(files.regions, &manifest)?;
        let languages = load_languages(files.languages)?;
        let questionnaire = load_questionnaire(files.questionnaire)?;
        let (rules, definitions) = load_rules(files.rules, &questionnaire, &sources)?;
        let explanations = load_explanations(
            files.explanations,
            &questionnaire,
            &rules,
            &definitions,
            &sources,
        )?;
        let floors = load_floors(files.floors, &questionnaire, &rules)?;
        Ok(Content {
            manifest,
            questionnaire,
            rules,
            explanations,
            floors,
            sources,
            regions,
            languages,
            rules_hash: release::rules_hash(files),
        })
    }

    /// The short form of the rules hash shown in the UI and the doctor's summary.
    pub fn short_hash(&self) -> &str {
        release::short_hash(&self.rules_hash)
    }

    /// The date (YYYY-MM-DD) by which the content must be reviewed again: the earliest
    /// `review_by` of any explanation.
    pub fn review_by(&self) -> &str {
        let explanations = self.explanations.cancers.iter();
        explanations
            .chain(&self.explanations.topics)
            .map(|e| e.review_by.as_str())
            .min()
            .unwrap_or_default()
    }

    /// Whether `today` (YYYY-MM-DD, from the device's clock) is past [`Content::review_by`]: a
    /// copy kept offline for that long may give out-of-date advice, and the result says so.
    /// Any `today` that is not a date counts as not overdue.
    pub fn is_review_overdue(&self, today: &str) -> bool {
        is_date(today) && today > self.review_by()
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
) -> Result<T, ContentError> {
    toml::from_str(text).map_err(|e| ContentError {
        file,
        message: e.to_string(),
    })
}

fn fail<T>(file: &'static str, message: impl Into<String>) -> Result<T, ContentError> {
    Err(ContentError {
        file,
        message: message.into(),
    })
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn check_sources(sources: &BTreeMap<String, Source>) -> Result<(), ContentError> {
    for (key, source) in sources {
        if !source.url.starts_with("https://") {
            return fail(
                "sources.toml",
                format!("source {key}: url must start with https://"),
            );
        }
        if source.title.trim().is_empty() {
            return fail("sources.toml", format!("source {key}: empty title"));
        }
    }
    Ok(())
}

fn load_regions(text: &str, manifest: &Manifest) -> Result<Regions, ContentError> {
    const FILE: &str = "regions.toml";
    let packs: BTreeMap<String, RegionPack> = parse(FILE, text)?;
    for required in REQUIRED_REGIONS {
        if !packs.contains_key(required) {
            return fail(FILE, format!("missing region pack {required}"));
        }
    }
    for (id, pack) in &packs {
        let numbers = std::iter::once(&pack.emergency_number).chain(pack.urgent_number.as_ref());
        for number in numbers {
            if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == ' ') {
                return fail(
                    FILE,
                    format!("region {id}: phone number {number:?} must be digits"),
                );
            }
        }
    }
    if !packs.contains_key(&manifest.default_region) {
        return fail(
            "manifest.toml",
            format!("default_region {} has no pack", manifest.default_region),
        );
    }
    Ok(Regions {
        packs,
        default: manifest.default_region.clone(),
    })
}

const LANGUAGES_FILE: &str = "locales/languages.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
}

fn load_languages(text: &str) -> Result<Languages, ContentError> {
    let file: LanguagesFile = parse(LANGUAGES_FILE, text)?;
    let Some(first) = file.language.first() else {
        return fail(LANGUAGES_FILE, "no language");
    };
    if first.code != "en" || !first.clinically_reviewed || first.direction != Direction::Ltr {
        return fail(
            LANGUAGES_FILE,
            "the first language is the fallback: it must be en, left to right and clinically reviewed",
        );
    }
    let mut seen = BTreeSet::new();
    for language in &file.language {
        let code = &language.code;
        if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            return fail(
                LANGUAGES_FILE,
                format!("language code {code:?} must be a 2 or 3 letter lower-case subtag"),
            );
        }
        if !seen.insert(code.as_str()) {
            return fail(LANGUAGES_FILE, format!("language {code} is listed twice"));
        }
        if language.name.trim().is_empty() {
            return fail(LANGUAGES_FILE, format!("language {code}: empty name"));
        }
    }
    Ok(Languages {
        list: file.language,
    })
}

// ---- questionnaire -----------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionnaireFile {
    step: Vec<StepSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepSpec {
    id: String,
    section: String,
    #[serde(default)]
    checklist: bool,
    show_when: Option<Value>,
    questions: Vec<QuestionSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionSpec {
    code: String,
    kind: String,
    not_sure: Option<bool>,
    reassuring: Option<bool>,
    integer: Option<bool>,
    min: Option<f64>,
    max: Option<f64>,
    unit: Option<String>,
    below_min: Option<String>,
    options: Option<Vec<String>>,
}

fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn question_kind(spec: &QuestionSpec) -> Result<QuestionKind, String> {
    let code = &spec.code;
    let only = |allowed: &[&str]| -> Result<(), String> {
        let given = [
            ("not_sure", spec.not_sure.is_some()),
            ("reassuring", spec.reassuring.is_some()),
            ("integer", spec.integer.is_some()),
            ("min", spec.min.is_some()),
            ("max", spec.max.is_some()),
            ("unit", spec.unit.is_some()),
            ("below_min", spec.below_min.is_some()),
            ("options", spec.options.is_some()),
        ];
        match given
            .iter()
            .find(|(name, set)| *set && !allowed.contains(name))
        {
            Some((name, _)) => Err(format!(
                "question {code}: `{name}` does not apply to kind {}",
                spec.kind
            )),
            None => Ok(()),
        }
    };
    match spec.kind.as_str() {
        "yes_no" => {
            only(&["not_sure", "reassuring"])?;
            Ok(QuestionKind::YesNo {
                not_sure: spec.not_sure.unwrap_or(false),
                reassuring: spec.reassuring.unwrap_or(false),
            })
        }
        "number" => {
            only(&["integer", "min", "max", "unit", "below_min"])?;
            let (Some(min), Some(max)) = (spec.min, spec.max) else {
                return Err(format!("question {code}: a number needs min and max"));
            };
            let Some(unit) = spec.unit.clone().filter(|u| is_code(u)) else {
                return Err(format!(
                    "question {code}: a number needs a unit, such as \"weeks\""
                ));
            };
            if spec.below_min.as_deref().is_some_and(|m| !is_kebab(m)) {
                return Err(format!("question {code}: below_min must be a message id"));
            }
            if !(min.is_finite() && max.is_finite() && min < max) {
                return Err(format!("question {code}: min must be below max"));
            }
            Ok(QuestionKind::Number {
                integer: spec.integer.unwrap_or(false),
                min,
                max,
                unit,
                below_min: spec.below_min.clone(),
            })
        }
        "choice" => {
            only(&["options"])?;
            let options = spec.options.clone().unwrap_or_default();
            let unique: BTreeSet<&String> = options.iter().collect();
            if options.len() < 2
                || unique.len() != options.len()
                || !options.iter().all(|o| is_code(o))
            {
                return Err(format!(
                    "question {code}: needs 2 or more distinct snake_case options"
                ));
            }
            Ok(QuestionKind::Choice { options })
        }
        other => Err(format!("question {code}: unknown kind {other:?}")),
    }
}

fn load_questionnaire(text: &str) -> Result<Questionnaire, ContentError> {
    const FILE: &str = "questionnaire.toml";
    let file: QuestionnaireFile = parse(FILE, text)?;
    let mut questionnaire = Questionnaire {
        questions: Vec::new(),
        steps: Vec::new(),
        by_code: BTreeMap::new(),
    };
    for (index, spec) in file.step.iter().enumerate() {
        if !is_kebab(&spec.id) || questionnaire.step_index(&spec.id).is_some() {
            return fail(
                FILE,
                format!("step id {:?} must be unique and kebab-case", spec.id),
            );
        }
        if !is_code(&spec.section) {
            return fail(
                FILE,
                format!("step {}: section must be snake_case", spec.id),
            );
        }
        let mut ids = Vec::new();
        for q in &spec.questions {
            if !is_code(&q.code) || questionnaire.by_code.contains_key(&q.code) {
                return fail(
                    FILE,
                    format!("question code {:?} must be unique and snake_case", q.code),
                );
            }
            let kind = question_kind(q).or_else(|m| fail(FILE, m))?;
            if spec.checklist
                && kind
                    != (QuestionKind::YesNo {
                        not_sure: false,
                        reassuring: false,
                    })
            {
                return fail(
                    FILE,
                    format!(
                        "step {}: a checklist holds only plain yes/no questions",
                        spec.id
                    ),
                );
            }
            let id = QuestionId(questionnaire.questions.len() as u16);
            questionnaire.by_code.insert(q.code.clone(), id);
            questionnaire.questions.push(Question {
                code: q.code.clone(),
                kind,
                step: index,
            });
            ids.push(id);
        }
        match (spec.checklist, ids.len()) {
            (true, n) if n >= 2 => {}
            (false, 1) => {}
            _ => {
                return fail(
                    FILE,
                    format!(
                        "step {}: one question, or a checklist of two or more",
                        spec.id
                    ),
                )
            }
        }
        questionnaire.steps.push(Step {
            id: spec.id.clone(),
            section: spec.section.clone(),
            checklist: spec.checklist,
            questions: ids,
            show_when: None,
        });
    }
    // Skip logic is compiled once every question exists, then checked to read only earlier steps.
    for (index, spec) in file.step.iter().enumerate() {
        let Some(value) = &spec.show_when else {
            continue;
        };
        let mut compiler = Compiler::new(&questionnaire, None, None);
        let condition = compiler
            .compile(value)
            .or_else(|m| fail(FILE, format!("step {}: {m}", spec.id)))?;
        let mut later = None;
        condition.questions(&mut |q| {
            if questionnaire.question(q).step >= index {
                later = Some(questionnaire.question(q).code.clone());
            }
        });
        if let Some(code) = later {
            return fail(
                FILE,
                format!(
                    "step {}: show_when reads {code}, which is not asked before it",
                    spec.id
                ),
            );
        }
        questionnaire.steps[index].show_when = Some(condition);
    }
    Ok(questionnaire)
}

// ---- conditions ---------------------------------------------------------------------------------

/// Turns the TOML condition vocabulary into [`Condition`]s, resolving names.
struct Compiler<'a> {
    questionnaire: &'a Questionnaire,
    raw_definitions: Option<&'a Table>,
    definitions: BTreeMap<String, Condition>,
    resolving: Vec<String>,
    rules: Option<&'a RuleSet>,
}

impl<'a> Compiler<'a> {
    fn new(
        questionnaire: &'a Questionnaire,
        raw_definitions: Option<&'a Table>,
        rules: Option<&'a RuleSet>,
    ) -> Self {
        Compiler {
            questionnaire,
            raw_definitions,
            definitions: BTreeMap::new(),
            resolving: Vec::new(),
            rules,
        }
    }

    fn question(&self, code: &Value, wanted: &str) -> Result<(QuestionId, &'a Question), String> {
        let code = code.as_str().ok_or("a question code must be a string")?;
        let id = self
            .questionnaire
            .id(code)
            .ok_or_else(|| format!("unknown question code {code:?}"))?;
        let question = self.questionnaire.question(id);
        let kind_ok = match wanted {
            "yes_no" => matches!(question.kind, QuestionKind::YesNo { .. }),
            "number" => matches!(question.kind, QuestionKind::Number { .. }),
            _ => matches!(question.kind, QuestionKind::Choice { .. }),
        };
        if !kind_ok {
            return Err(format!("{code} is not a {wanted} question"));
        }
        Ok((id, question))
    }

    fn list(&mut self, value: &Value) -> Result<Vec<Condition>, String> {
        let items = value
            .as_array()
            .ok_or("`all`, `any` and `of` take a list")?;
        if items.is_empty() {
            return Err("an empty list of conditions".into());
        }
        items.iter().map(|v| self.compile(v)).collect()
    }

    fn compile(&mut self, value: &Value) -> Result<Condition, String> {
        let table = value
            .as_table()
            .ok_or("a condition must be a table such as { yes = \"fever\" }")?;
        let mut keys: Vec<&str> = table.keys().map(String::as_str).collect();
        keys.sort_unstable();
        match keys.as_slice() {
            ["yes"] => Ok(Condition::Yes(self.question(&table["yes"], "yes_no")?.0)),
            ["at_least", "number"] => {
                let (id, _) = self.question(&table["number"], "number")?;
                let threshold = match &table["at_least"] {
                    Value::Integer(i) => *i as f64,
                    Value::Float(f) => *f,
                    _ => return Err("at_least must be a number".into()),
                };
                Ok(Condition::AtLeast(id, threshold))
            }
            ["choice", "is"] => {
                let (id, question) = self.question(&table["choice"], "choice")?;
                let value = table["is"].as_str().ok_or("`is` must be a string")?;
                let option = question
                    .option_index(value)
                    .ok_or_else(|| format!("{} has no option {value:?}", question.code))?;
                Ok(Condition::Is(id, option))
            }
            ["not"] => Ok(Condition::Not(Box::new(self.compile(&table["not"])?))),
            ["all"] => Ok(Condition::All(self.list(&table["all"])?)),
            ["any"] => Ok(Condition::Any(self.list(&table["any"])?)),
            ["count_at_least", "of"] => {
                let n = table["count_at_least"]
                    .as_integer()
                    .filter(|n| *n >= 1)
                    .ok_or("count_at_least must be 1 or more")?;
                match self.compile(&table["of"])? {
                    Condition::Any(parts) if parts.len() >= n as usize => {
                        Ok(Condition::CountAtLeast(n as usize, parts))
                    }
                    _ => {
                        Err("`of` must be an `any` list with at least count_at_least items".into())
                    }
                }
            }
            ["def"] => {
                let name = table["def"].as_str().ok_or("`def` must be a string")?;
                self.definition(name)
            }
            ["fired"] => {
                let rules = self
                    .rules
                    .ok_or("`fired` is only allowed in explanations")?;
                let ids = table["fired"]
                    .as_array()
                    .ok_or("`fired` takes a list of rule ids")?;
                let mut indices = Vec::new();
                for id in ids {
                    let id = id.as_str().ok_or("rule ids are strings")?;
                    indices.push(
                        rules
                            .index_of(id)
                            .ok_or_else(|| format!("unknown rule id {id:?}"))?,
                    );
                }
                Ok(Condition::Fired(indices))
            }
            other => Err(format!("unknown condition with keys {other:?}")),
        }
    }

    fn definition(&mut self, name: &str) -> Result<Condition, String> {
        if let Some(done) = self.definitions.get(name) {
            return Ok(done.clone());
        }
        if self.resolving.iter().any(|n| n == name) {
            return Err(format!("definition {name} refers to itself"));
        }
        let raw = self
            .raw_definitions
            .and_then(|defs| defs.get(name))
            .ok_or_else(|| format!("unknown definition {name:?}"))?;
        self.resolving.push(name.to_string());
        let compiled = self
            .compile(raw)
            .map_err(|m| format!("definition {name}: {m}"))?;
        self.resolving.pop();
        self.definitions.insert(name.to_string(), compiled.clone());
        Ok(compiled)
    }
}

// ---- rules ----------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    #[serde(default)]
    definitions: Table,
    rule: Vec<RuleSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    urgency: String,
    why: String,
    sources: Vec<String>,
    when: Value,
}

/// `RF-` + two capital letters + `-` + two digits, as in `RF-EM-01`.
fn is_rule_id(id: &str) -> bool {
    let b = id.as_bytes();
    b.len() == 8
        && id.starts_with("RF-")
        && b[3].is_ascii_uppercase()
        && b[4].is_ascii_uppercase()
        && b[5] == b'-'
        && b[6].is_ascii_digit()
        && b[7].is_ascii_digit()
}

fn check_cited(
    file: &'static str,
    owner: &str,
    cited: &[String],
    sources: &BTreeMap<String, Source>,
) -> Result<(), ContentError> {
    if cited.is_empty() {
        return fail(file, format!("{owner}: cites no source"));
    }
    match cited.iter().find(|s| !sources.contains_key(*s)) {
        Some(missing) => fail(
            file,
            format!("{owner}: source {missing} is not in sources.toml"),
        ),
        None => Ok(()),
    }
}

/// Loads the rules; also returns the named definitions, which explanations may use too.
fn load_rules(
    text: &str,
    questionnaire: &Questionnaire,
    sources: &BTreeMap<String, Source>,
) -> Result<(RuleSet, Table), ContentError> {
    const FILE: &str = "rules.toml";
    let file: RulesFile = parse(FILE, text)?;
    let mut compiler = Compiler::new(questionnaire, Some(&file.definitions), None);
    for name in file.definitions.keys() {
        compiler.definition(name).or_else(|m| fail(FILE, m))?;
    }
    let mut rules = Vec::new();
    for spec in &file.rule {
        if !is_rule_id(&spec.id) || rules.iter().any(|r: &Rule| r.id == spec.id) {
            return fail(
                FILE,
                format!(
                    "rule id {:?} must be unique and look like RF-EM-01",
                    spec.id
                ),
            );
        }
        let urgency = Urgency::parse(&spec.urgency)
            .filter(|u| *u != Urgency::SelfCare)
            .ok_or_else(|| ContentError {
                file: FILE,
                message: format!(
                    "rule {}: urgency {:?} is not a level a rule can raise to",
                    spec.id, spec.urgency
                ),
            })?;
        let expected_why = format!("{}-why", spec.id.to_lowercase());
        if spec.why != expected_why {
            return fail(
                FILE,
                format!("rule {}: why must be {expected_why}", spec.id),
            );
        }
        check_cited(FILE, &format!("rule {}", spec.id), &spec.sources, sources)?;
        let when = compiler
            .compile(&spec.when)
            .or_else(|m| fail(FILE, format!("rule {}: {m}", spec.id)))?;
        if !when.is_monotone(questionnaire) {
            return fail(FILE, format!("rule {}: uses `not` on a warning sign, or tests a reassuring question without `not`; the advice would stop being monotone", spec.id));
        }
        rules.push(Rule {
            id: spec.id.clone(),
            urgency,
            sources: spec.sources.clone(),
            when,
        });
    }
    for level in Urgency::ALL.into_iter().filter(|u| *u != Urgency::SelfCare) {
        if !rules.iter().any(|r| r.urgency == level) {
            return fail(FILE, format!("no rule leads to {level}"));
        }
    }
    Ok((RuleSet { rules }, file.definitions))
}

// ---- explanations -----------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExplanationsFile {
    cancer: Vec<ExplanationSpec>,
    topic: Vec<ExplanationSpec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExplanationSpec {
    id: String,
    sources: Vec<String>,
    reviewed: String,
    review_by: String,
    show_when: Value,
}

fn load_explanations(
    text: &str,
    questionnaire: &Questionnaire,
    rules: &RuleSet,
    definitions: &Table,
    sources: &BTreeMap<String, Source>,
) -> Result<Explanations, ContentError> {
    const FILE: &str = "explanations.toml";
    let file: ExplanationsFile = parse(FILE, text)?;
    let compile_all =
        |specs: &[ExplanationSpec], expected: &[&str]| -> Result<Vec<Explanation>, ContentError> {
            let ids: Vec<&str> = specs.iter().map(|s| s.id.as_str()).collect();
            if ids != expected {
                return fail(
                    FILE,
                    format!("expected entries {expected:?} in that order, found {ids:?}"),
                );
            }
            let mut out = Vec::new();
            for spec in specs {
                check_cited(FILE, &spec.id, &spec.sources, sources)?;
                if !is_date(&spec.reviewed)
                    || !is_date(&spec.review_by)
                    || spec.review_by <= spec.reviewed
                {
                    return fail(
                        FILE,
                        format!(
                            "{}: reviewed and review_by must be dates, review_by later",
                            spec.id
                        ),
                    );
                }
                let mut compiler = Compiler::new(questionnaire, Some(definitions), Some(rules));
                let show_when = compiler
                    .compile(&spec.show_when)
                    .or_else(|m| fail(FILE, format!("{}: {m}", spec.id)))?;
                out.push(Explanation {
                    id: spec.id.clone(),
                    sources: spec.sources.clone(),
                    reviewed: spec.reviewed.clone(),
                    review_by: spec.review_by.clone(),
                    show_when,
                });
            }
            Ok(out)
        };
    let cancers = compile_all(&file.cancer, &CANCER_IDS)?;
    let topics = compile_all(&file.topic, &TOPIC_IDS)?;
    Ok(Explanations { cancers, topics })
}

// ---- floors -------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FloorsFile {
    floor: Vec<FloorSpec>,
    context: ContextSpec,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FloorSpec {
    sign: String,
    at_least: Option<f64>,
    from_age: Option<f64>,
    urgency: String,
    rule: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextSpec {
    questions: Vec<String>,
}

/// Loads the floors and checks their form: every yes/no warning sign has exactly one base floor
/// (no `from_age`) and every other yes/no question is context; no floor is self-care; each
/// floor's rule has its urgency and reads its sign (and the age, for an age floor); an age floor
/// is above its sign's base floor. What the floors promise is proved in `engine/tests/floors.rs`.
fn load_floors(
    text: &str,
    questionnaire: &Questionnaire,
    rules: &RuleSet,
) -> Result<Floors, ContentError> {
    const FILE: &str = "floors.toml";
    let file: FloorsFile = parse(FILE, text)?;
    let age = questionnaire.id("age");
    let mut floors: Vec<Floor> = Vec::new();
    for spec in &file.floor {
        let sign = questionnaire.id(&spec.sign).ok_or_else(|| ContentError {
            file: FILE,
            message: format!("unknown question code {:?}", spec.sign),
        })?;
        let question = questionnaire.question(sign);
        let kind_ok = match question.kind {
            QuestionKind::YesNo { reassuring, .. } => !reassuring && spec.at_least.is_none(),
            QuestionKind::Number { .. } => spec.at_least.is_some_and(f64::is_finite),
            QuestionKind::Choice { .. } => false,
        };
        if !kind_ok {
            return fail(
                FILE,
                format!(
                    "{}: a floor needs a yes/no warning sign, or a number question with `at_least`",
                    spec.sign
                ),
            );
        }
        let urgency = Urgency::parse(&spec.urgency)
            .filter(|u| *u != Urgency::SelfCare)
            .ok_or_else(|| ContentError {
                file: FILE,
                message: format!(
                    "{}: urgency {:?} is not a floor (self-care is never one)",
                    spec.sign, spec.urgency
                ),
            })?;
        let rule = rules.index_of(&spec.rule).ok_or_else(|| ContentError {
            file: FILE,
            message: format!("{}: unknown rule id {:?}", spec.sign, spec.rule),
        })?;
        let mut read = BTreeSet::new();
        rules.rule(rule).when.questions(&mut |q| {
            read.insert(q);
        });
        if rules.rule(rule).urgency != urgency || !read.contains(&sign) {
            return fail(
                FILE,
                format!(
                    "{}: rule {} must read the sign and lead to {urgency}",
                    spec.sign, spec.rule
                ),
            );
        }
        if let Some(from_age) = spec.from_age {
            let base = floors
                .iter()
                .find(|f| f.sign == sign && f.from_age.is_none() && f.at_least == spec.at_least);
            if !from_age.is_finite()
                || age.is_none_or(|age| !read.contains(&age))
                || base.is_none_or(|base| base.urgency >= urgency)
            {
                return fail(FILE, format!("{}: an age floor follows the sign's base floor, is more urgent, and its rule reads the age", spec.sign));
            }
        } else if floors
            .iter()
            .any(|f| f.sign == sign && f.from_age.is_none())
        {
            return fail(FILE, format!("{}: more than one base floor", spec.sign));
        }
        floors.push(Floor {
            sign,
            at_least: spec.at_least,
            from_age: spec.from_age,
            urgency,
            rule,
        });
    }
    let mut context = Vec::new();
    for code in &file.context.questions {
        let id = questionnaire.id(code).ok_or_else(|| ContentError {
            file: FILE,
            message: format!("context: unknown question code {code:?}"),
        })?;
        if context.contains(&id) || floors.iter().any(|f| f.sign == id) {
            return fail(FILE, format!("{code} is listed twice"));
        }
        context.push(id);
    }
    for (id, question) in questionnaire.questions() {
        let warning_sign = matches!(
            question.kind,
            QuestionKind::YesNo {
                reassuring: false,
                ..
            }
        );
        if warning_sign && !context.contains(&id) && !floors.iter().any(|f| f.sign == id) {
            return fail(
                FILE,
                format!(
                    "{} is neither a warning sign with a floor nor a context question",
                    question.code
                ),
            );
        }
        if !warning_sign && context.contains(&id) {
            return fail(
                FILE,
                format!(
                    "context lists {}, which is not a yes/no warning-sign question",
                    question.code
                ),
            );
        }
    }
    Ok(Floors { floors, context })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_rules(rules: &str) -> Result<Content, ContentError> {
        Content::load(&ContentFiles { rules, ..EMBEDDED })
    }

    #[test]
    fn embedded_content_loads() {
        let content = Content::load(&EMBEDDED).expect("content loads");
        assert_eq!(content.questionnaire.questions().count(), 75);
        assert_eq!(content.explanations.cancers.len(), 15);
    }

    const BASE: &str = "[[rule]]\nid = \"RF-EM-01\"\nurgency = \"emergency\"\nwhy = \"rf-em-01-why\"\nsources = [\"CRF-2023\"]\nwhen = { yes = \"major_trauma\" }\n";

    #[test]
    fn rejects_a_negated_warning_sign() {
        let text = BASE.replace(
            "{ yes = \"major_trauma\" }",
            "{ not = { yes = \"fever\" } }",
        );
        let err = with_rules(&text).unwrap_err();
        assert!(err.message.contains("monotone"), "{err}");
    }

    #[test]
    fn rejects_unknown_codes_sources_and_levels() {
        let err = with_rules(&BASE.replace("major_trauma", "major_trauma_typo")).unwrap_err();
        assert!(
            err.message
                .contains("unknown question code \"major_trauma_typo\""),
            "{err}"
        );
        let err = with_rules(&BASE.replace("CRF-2023", "NOPE")).unwrap_err();
        assert!(err.message.contains("NOPE"), "{err}");
        let err = with_rules(&BASE.replace("\"emergency\"", "\"urgent\"")).unwrap_err();
        assert!(err.message.contains("urgent"), "{err}");
        let err = with_rules(&BASE.replace("rf-em-01-why", "rf-em-1-why")).unwrap_err();
        assert!(err.message.contains("why must be"), "{err}");
    }

    #[test]
    fn rejects_a_rule_set_that_leaves_a_level_unreachable() {
        let err = with_rules(BASE).unwrap_err();
        assert!(err.message.contains("no rule leads to"), "{err}");
    }

    #[test]
    fn rejects_wrong_question_kinds_and_unknown_keys() {
        let err = with_rules(&BASE.replace("{ yes = \"major_trauma\" }", "{ yes = \"age\" }"))
            .unwrap_err();
        assert!(
            err.message.contains("age is not a yes_no question"),
            "{err}"
        );
        let err = with_rules(&BASE.replace(
            "{ yes = \"major_trauma\" }",
            "{ yes = \"fever\", also = 1 }",
        ))
        .unwrap_err();
        assert!(err.message.contains("unknown condition"), "{err}");
        let err =
            with_rules(&BASE.replace("{ yes = \"major_trauma\" }", "{ fired = [\"RF-EM-01\"] }"))
                .unwrap_err();
        assert!(
            err.message.contains("only allowed in explanations"),
            "{err}"
        );
    }

    #[test]
    fn rejects_skip_logic_that_reads_a_later_question() {
        let text = EMBEDDED.questionnaire.replace(
            "id = \"serious-injury\"\nsection = \"emergency\"\n",
            "id = \"serious-injury\"\nsection = \"emergency\"\nshow_when = { yes = \"fever\" }\n",
        );
        let err = Content::load(&ContentFiles {
            questionnaire: &text,
            ..EMBEDDED
        })
        .unwrap_err();
        assert!(err.message.contains("not asked before it"), "{err}");
    }

    #[test]
    fn rejects_bad_region_numbers() {
        let text = EMBEDDED.regions.replace(
            "emergency_number = \"999\"",
            "emergency_number = \"javascript:alert(1)\"",
        );
        let err = Content::load(&ContentFiles {
            regions: &text,
            ..EMBEDDED
        })
        .unwrap_err();
        assert!(err.message.contains("must be digits"), "{err}");
    }
}
