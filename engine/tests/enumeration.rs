//! Exhaustive evidence for the advice: monotonicity, determinism and totality of
//! [`assess`], checked over every combination of the answers the rules read, and "not sure" never
//! less urgent than "yes". The same argument, with the figures of the last run, is in
//! `docs/safety-evidence.md`.
//!
//! # What is claimed
//!
//! Order the answers by how worrying they are: `x ≤ y` when, question by question,
//! - a warning sign (a yes/no question not marked `reassuring`) that counts as present in `x`
//!   counts as present in `y` ("present" = yes, or "not sure", decision D3; unanswered and no both
//!   count as absent),
//! - a reassuring question (`improving`, `long_standing_unchanged`) that counts as yes in `y`
//!   counts as yes in `x` ("not sure", no and unanswered all count as not yes),
//! - a number answered in `x` is answered in `y` with a value at least as large,
//! - a choice answered in `x` has the same option in `y`.
//!
//! Claim: `x ≤ y` implies `urgency(x) ≤ urgency(y)`, with one documented exception (decision
//! 0001): `long_standing_unchanged` is asked only from 52 weeks' duration, so raising the
//! duration across 52 weeks can bring a "yes" to that reassuring question into play and rightly
//! lower the advice. Adding a warning sign never lowers it. `assess` is also deterministic and total (it never panics, for any answers,
//! skipped questions included), and the urgency is exactly the most urgent level among the rules
//! whose condition holds on the answers that count.
//!
//! # Why the whole product cannot be enumerated, and what is done instead
//!
//! The rules read 68 questions (64 yes/no, of which 8 offer "not sure", 3 numbers, 1 choice),
//! which with the values below make about 2·10^35 combinations. So the proof is split by the
//! rules' structure.
//!
//! **(a) Structure.** [`engine::content`] refuses any rule whose condition is not built only from
//! `Yes(warning sign)`, `AtLeast(number, t)`, `Is(choice, option)`, `All`, `Any`,
//! `CountAtLeast` and `Not(Yes(reassuring question))` (`Condition::is_monotone`). Each of these is
//! monotone in `≤`: `Yes` of a warning sign by the definition of the order; `AtLeast` because a
//! larger answered number stays at or above the threshold; `Is` because the option is kept;
//! `Not(Yes(r))` because the order only lets a reassuring yes disappear, never appear; and
//! `All`, `Any`, `CountAtLeast` because they are monotone boolean combinations of monotone parts.
//! The urgency is the maximum level over the rules that hold (self care when none), and a maximum
//! over a set that can only grow can only grow. What is left is skip logic: `assess` first drops
//! answers to steps the person is not asked (`Questionnaire::prune`). Every `show_when` is also
//! `is_monotone` and reads no reassuring question, and reads only earlier steps, so by induction
//! over the steps in order: a step asked for `x` is asked for `y`, and the answers that count
//! satisfy `prune(x) ≤ prune(y)` — except where a step asked only for `y` holds a reassuring
//! question answered yes (unanswered is not the bottom of the order for a reassuring
//! question). There are two such steps. `long-standing` (`duration_weeks ≥ 52`) is the
//! exception above. `both-legs-history` is asked once `bilateral_leg_symptoms` (a warning sign)
//! is ticked, and its reassuring question is read only inside an `All` that also needs that sign
//! (the `ces` definition): where the sign is absent that `All` is false whatever the reassuring
//! answer, so adding the sign cannot make any condition false. Part (a) checks this for every
//! reassuring question on a step that a warning sign reveals (`check_gated_reassuring`). Part (a)
//! checks each of these facts on the shipped content, with an independent walk of every
//! condition and an exhaustive check of skip logic over every combination of the questions that
//! `show_when` reads.
//!
//! Numbers are only ever compared with `AtLeast(q, t)`. So for each number question, all the
//! values in one interval between consecutive thresholds (collected with
//! `Condition::thresholds` from the rules, the steps' `show_when` and the explanations) behave
//! the same; one value per interval is complete. The enumeration takes each threshold `t`, the
//! accepted values either side (`t − 1` and `t + 1` for whole numbers, the nearest `f64` either
//! side otherwise), the range ends and "unanswered": every interval is covered, and every
//! boundary is hit from both sides. The same holds for yes/no questions: {unanswered, no, yes,
//! not sure where offered} is every answer there is.
//!
//! **(b) Each rule, exhaustively.** For every rule, every combination of the questions it reads
//! — plus the questions whose answers decide whether those are asked (e.g. `sex` for the male
//! organ questions, cancer history for `known_bone_metastases`, duration for
//! `long_standing_unchanged`) — with all other questions unanswered. For each combination:
//! `assess` twice gives equal results; its urgency equals an independent oracle (a separate
//! evaluator of the conditions and a fixed-point version of skip logic, written here from the
//! content's specification) as the maximum over every rule that holds; the fired list is exactly
//! those rules, each citing only answers that count; and when the rule fires, the urgency is at
//! least its level. Over every single-flip neighbour pair (below) the rule's firing and the
//! urgency are monotone.
//!
//! **(c) Groups of rules that share inputs, exhaustively.** The "shares an input question" graph
//! of the rules (inputs as in (b)) has 6 connected components: 5 small ones (single-sign rules),
//! and one of 66 rules over 63 questions (age, weight loss, cancer history, the pain's features
//! and the nerve signs link nearly everything), about 8.4·10^32 combinations. So:
//! 1. each small component is enumerated whole;
//! 2. the large one is split into the themed [`GROUPS`] (rules that read the same signs, such as
//!    cauda equina and nerve signs; infection; cancer history; suspected-cancer symptoms with
//!    pain features; fractures; the chest; blood signs; the abdomen; duration and the reassuring
//!    answers; age thresholds; organ-specific signs), each over every combination of the union of
//!    its rules' inputs, so that every rule is in a full-domain group with all its inputs
//!    (checked);
//! 3. the [`WIDE_GROUPS`] (all 7 emergency rules together; all lung rules; the age-threshold
//!    rules) in the *answered domain*, where yes/no questions take no, yes and "not sure" but
//!    not "unanswered" — no condition can tell unanswered from no (`Condition::holds` never asks
//!    whether a question was answered), and every full-domain space checks that both give the
//!    same advice, so this quotient loses nothing;
//! 4. every remaining pair of rules that share a yes/no question (up to [`SIGN_PAIR_LIMIT`]
//!    combinations, and unless one of the two is a floor over single signs, `is_sign_list`, and
//!    the pair is over [`PAIR_LIMIT`]), and every remaining pair sharing only a number whose space
//!    is at most [`PAIR_LIMIT`] combinations, over the union of the two rules' inputs, in the
//!    answered domain.
//!
//! That puts 326 of the 344 input-sharing pairs of rules in a common space. The 18 left (listed
//! by the run) are 4 pairs with a floor over single signs (whose firing depends on each sign
//! alone), 5 pairs over a million combinations that pair the wide rules (suspected-cancer
//! symptoms with pain features, infection) with a rule over pain features, and 9 that share only
//! `age`. Each rule is enumerated whole in (b) and in a themed group, and two rules interact only
//! through the maximum, which part (a) covers. Spaces are other questions unanswered.
//!
//! Over each space: the urgency equals the oracle's; in layers 1 and 2 also `assess` twice equal
//! and the fired rules and their citations as in (b); and every single-flip neighbour pair is
//! monotone. Single flips are: a warning sign unanswered → yes, no → yes, yes → not sure; a
//! reassuring question yes → no, yes → unanswered, yes → not sure; a number up one value of its
//! ordered list (unanswered first); a choice unanswered → any option. Answers that count the
//! same (unanswered and no; "not sure" and yes for a warning sign; "not sure" and no for a
//! reassuring question) are checked to give the same advice. Any `x ≤ y` in a space is reached
//! from `x` one question at a time by such flips and same-count moves, all inside the space
//! (it is a product), so monotonicity on the neighbour pairs of a space is monotonicity on the
//! whole space. A pair that breaks it is accepted only if it is the documented exception (a
//! number flip that reveals a step holding a reassuring "yes"), and then the same pair with the
//! reassuring answer set to no must be monotone, so the drop is entirely due to that answer.
//! Part (b) uses the same neighbour check, on the rule's firing as well as on the urgency.
//!
//! **(d) "Not sure" is never less urgent than "yes".** For every question that offers "not
//! sure", over every space of (b) and (c) that contains it: `urgency(not sure) ≥ urgency(yes)`
//! for a warning sign; for a reassuring question `urgency(not sure) ≥ urgency(yes)` and
//! `urgency(no) ≥ urgency(yes)`.
//!
//! The figures (combinations and pairs checked per part, and the time) are written to stderr
//! directly, so they show in a plain `cargo test` run too, and the counts are asserted, so a
//! change that silently enumerates less fails here. `BACKPAIN_ENUMERATION=rules` leaves out part
//! (c); `scripts/mutants.sh` uses it to keep a mutation run near an hour.

use engine::condition::{Condition, Facts};
use engine::questionnaire::QuestionKind;
use engine::{assess, Answer, Answers, Assessment, Content, QuestionId, Urgency};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

// ---- expected sizes: update only after checking why they changed ---------------------------------

/// Combinations of the skip-logic inputs checked in part (a).
const EXPECTED_SKIP_LOGIC_COMBINATIONS: u64 = 1_620;
/// Combinations enumerated in part (b), summed over the rules.
const EXPECTED_RULE_COMBINATIONS: u64 = 3_373_909;
/// Combinations enumerated in part (c), summed over the groups.
const EXPECTED_GROUP_COMBINATIONS: u64 = 13_389_244;
/// Yes / not-sure (and reassuring no / yes) pairs compared in part (d), in the spaces of (b)
/// and of (c).
const EXPECTED_RULE_NOT_SURE_PAIRS: u64 = 1_241_725;
const EXPECTED_GROUP_NOT_SURE_PAIRS: u64 = 10_957_080;

/// A named group of rules, by id.
type Theme = (&'static str, &'static [&'static str]);

/// Rule groups enumerated together in part (c): rules that read the same signs, by clinical
/// theme. Each group's space is every combination of the union of its rules' inputs.
const GROUPS: [Theme; 18] = [
    (
        "cauda equina and nerve signs, with cancer",
        &["RF-EM-02", "RF-EM-03", "RF-EM-05"],
    ),
    (
        "nerve signs and long-standing symptoms in both legs",
        &["RF-EM-02", "RF-EM-05", "RF-NE-01", "RF-NE-02"],
    ),
    (
        "infection and fever, with nerve signs",
        &["RF-EM-04", "RF-EM-06", "RF-UR-04", "RF-WK-03"],
    ),
    (
        "infection risks with a fever or a nerve sign",
        &["RF-IN-01", "RF-EM-04"],
    ),
    (
        "infection risks with the pain's features",
        &["RF-IN-02", "RF-IN-03", "RF-WK-03", "RF-GN-07", "RF-FR-04"],
    ),
    (
        "cancer history and spinal metastases",
        &["RF-UR-01", "RF-UR-02", "RF-UR-03", "RF-WK-01", "RF-CA-03"],
    ),
    (
        "cancer history, treatment and how long the pain has lasted",
        &["RF-CA-01", "RF-CA-03", "RF-WK-01", "RF-UR-02", "RF-EM-10"],
    ),
    (
        "suspected-cancer symptoms with back pain that has features of spread",
        &[
            "RF-CA-02", "RF-PR-01", "RF-TE-01", "RF-LY-01", "RF-KI-02", "RF-LU-06", "RF-RO-03",
        ],
    ),
    (
        "spinal pain without a cancer history",
        &["RF-SP-01", "RF-SP-02", "RF-SP-03"],
    ),
    (
        "fractures: fragile bones, small falls and strains",
        &[
            "RF-FR-01", "RF-FR-02", "RF-FR-03", "RF-FR-04", "RF-WK-02", "RF-UR-03",
        ],
    ),
    (
        "chest: coughing up blood, chest pain and breathing",
        &["RF-LU-05", "RF-LU-06", "RF-CH-01", "RF-CH-02", "RF-EM-07"],
    ),
    (
        "bruising, bleeding and other blood signs",
        &["RF-BL-02", "RF-GN-06", "RF-MY-02", "RF-MY-03"],
    ),
    (
        "lung symptoms, smoking and cough",
        &["RF-LU-03", "RF-LU-04", "RF-RO-06"],
    ),
    (
        "weight loss, age and the abdomen",
        &[
            "RF-WK-04", "RF-PA-01", "RF-CR-01", "RF-CR-02", "RF-CR-03", "RF-GN-01", "RF-UR-05",
        ],
    ),
    (
        "the abdomen, jaundice and fever",
        &[
            "RF-AB-01", "RF-CR-04", "RF-CR-02", "RF-UR-05", "RF-EM-09", "RF-UR-04",
        ],
    ),
    (
        "duration of pain and the reassuring answers",
        &[
            "RF-MY-01", "RF-GN-03", "RF-GN-04", "RF-RO-01", "RF-RO-02", "RF-RO-04", "RF-RO-05",
            "RF-RO-07",
        ],
    ),
    (
        "age thresholds: myeloma, lung, fragility fracture",
        &["RF-MY-02", "RF-MY-03", "RF-LU-01", "RF-LU-02", "RF-WK-02"],
    ),
    (
        "organ-specific signs, by sex",
        &[
            "RF-PR-01", "RF-TE-01", "RF-OV-01", "RF-BR-01", "RF-RO-03", "RF-KI-01",
        ],
    ),
];

/// Wider groups, enumerated in the answered domain (yes/no questions take no, yes and "not sure"
/// where offered; see `Dim::new`), where the full domain would be too large.
const WIDE_GROUPS: [Theme; 3] = [
    (
        "all emergency rules",
        &[
            "RF-EM-01", "RF-EM-02", "RF-EM-03", "RF-EM-04", "RF-EM-05", "RF-EM-06", "RF-EM-07",
        ],
    ),
    (
        "all lung rules",
        &["RF-LU-01", "RF-LU-02", "RF-LU-03", "RF-LU-04", "RF-RO-06"],
    ),
    (
        "age thresholds with one or two signs",
        &[
            "RF-BR-01", "RF-KI-01", "RF-LU-01", "RF-LU-02", "RF-MY-02", "RF-MY-03", "RF-RO-04",
            "RF-PA-01", "RF-WK-02", "RF-CR-02", "RF-CR-03",
        ],
    ),
];

// ---- content and conditions ------------------------------------------------------------------

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(Content::embedded)
}

fn code(q: QuestionId) -> &'static str {
    &content().questionnaire.question(q).code
}

fn is_reassuring(q: QuestionId) -> bool {
    content().questionnaire.question(q).is_reassuring()
}

/// The questions a condition reads.
fn reads(condition: &Condition) -> BTreeSet<QuestionId> {
    let mut out = BTreeSet::new();
    condition.questions(&mut |q| {
        out.insert(q);
    });
    out
}

/// `questions` plus, repeatedly, the questions that decide whether they are asked: an answer to a
/// question that is not asked does not count, so a rule's space must include what makes it asked.
fn with_skip_logic_inputs(questions: &BTreeSet<QuestionId>) -> BTreeSet<QuestionId> {
    let qn = &content().questionnaire;
    let mut out = questions.clone();
    loop {
        let mut more = BTreeSet::new();
        for &q in &out {
            if let Some(show_when) = &qn.step(qn.question(q).step).show_when {
                more.extend(reads(show_when));
            }
        }
        if more.is_subset(&out) {
            return out;
        }
        out.extend(more);
    }
}

/// Every condition that can change what a person is told: rules, skip logic, explanations.
fn all_conditions() -> Vec<&'static Condition> {
    let content = content();
    let mut out: Vec<&Condition> = content.rules.rules().iter().map(|r| &r.when).collect();
    out.extend(
        content
            .questionnaire
            .steps()
            .iter()
            .filter_map(|s| s.show_when.as_ref()),
    );
    out.extend(
        content
            .explanations
            .cancers
            .iter()
            .chain(&content.explanations.topics)
            .map(|e| &e.show_when),
    );
    out
}

/// Every threshold the content compares number question `q` with.
fn thresholds(q: QuestionId) -> Vec<f64> {
    let mut out = Vec::new();
    for condition in all_conditions() {
        condition.thresholds(&mut |question, t| {
            if question == q {
                out.push(t)
            }
        });
    }
    out.sort_by(f64::total_cmp);
    out.dedup();
    out
}

/// The values a number question takes in the enumeration, in increasing order: the range ends,
/// each threshold and the accepted values just either side of it.
fn number_values(q: QuestionId) -> Vec<f64> {
    let question = content().questionnaire.question(q);
    let QuestionKind::Number {
        integer, min, max, ..
    } = question.kind
    else {
        panic!("{} is not a number question", question.code)
    };
    let mut values = vec![min, max];
    for t in thresholds(q) {
        if integer {
            values.extend([t - 1.0, t, t + 1.0]);
        } else {
            values.extend([f64::next_down(t), t, f64::next_up(t)]);
        }
    }
    values.retain(|v| question.accepts(Answer::Number(*v)));
    values.sort_by(f64::total_cmp);
    values.dedup();
    values
}

// ---- the independent oracle ------------------------------------------------------------------

/// Whether a yes/no answer counts as "yes" (decision D3), written from the specification:
/// "not sure" is the more worrying answer, so yes for a warning sign and no for a reassuring
/// question; unanswered is no.
fn oracle_counts_as_yes(q: QuestionId, answer: Option<Answer>) -> bool {
    match answer {
        Some(Answer::Yes) => true,
        Some(Answer::NotSure) => !is_reassuring(q),
        _ => false,
    }
}

/// A second evaluator of conditions, kept separate from `Condition::holds`.
fn oracle_holds(condition: &Condition, answers: &Answers, fired: &[bool]) -> bool {
    match condition {
        Condition::Yes(q) => oracle_counts_as_yes(*q, answers.get(*q)),
        Condition::AtLeast(q, t) => match answers.get(*q) {
            Some(Answer::Number(v)) => v >= *t,
            _ => false,
        },
        Condition::Is(q, option) => {
            matches!(answers.get(*q), Some(Answer::Choice(o)) if o == *option)
        }
        Condition::Not(inner) => !oracle_holds(inner, answers, fired),
        Condition::All(parts) => parts
            .iter()
            .fold(true, |acc, c| acc & oracle_holds(c, answers, fired)),
        Condition::Any(parts) => parts
            .iter()
            .fold(false, |acc, c| acc | oracle_holds(c, answers, fired)),
        Condition::CountAtLeast(n, parts) => {
            let mut count = 0;
            for c in parts {
                if oracle_holds(c, answers, fired) {
                    count += 1;
                }
            }
            count >= *n
        }
        Condition::Fired(rules) => rules.iter().any(|&r| fired[r]),
    }
}

/// Skip logic as a fixed point, a different algorithm from `Questionnaire::prune`'s single pass:
/// keep dropping the answers of steps whose `show_when` fails on what is left, until nothing
/// changes.
fn oracle_prune(answers: &Answers) -> Answers {
    let qn = &content().questionnaire;
    let mut kept = answers.clone();
    loop {
        let before = kept.len();
        for step in qn.steps() {
            if let Some(show_when) = &step.show_when {
                if !oracle_holds(show_when, &kept, &[]) {
                    for &q in &step.questions {
                        kept.remove(q);
                    }
                }
            }
        }
        if kept.len() == before {
            return kept;
        }
    }
}

/// The oracle's urgency and the rules it says fire.
fn oracle_assess(answers: &Answers) -> (Urgency, Vec<bool>) {
    let counted = oracle_prune(answers);
    let rules = content().rules.rules();
    let fired: Vec<bool> = rules
        .iter()
        .map(|r| oracle_holds(&r.when, &counted, &[]))
        .collect();
    let mut urgency = Urgency::SelfCare;
    for (rule, &f) in rules.iter().zip(&fired) {
        if f && rule.urgency > urgency {
            urgency = rule.urgency;
        }
    }
    (urgency, fired)
}

/// Totality and traceability of one assessment, against the oracle.
fn check_assessment(x: &Answers, a: &Assessment, oracle: &(Urgency, Vec<bool>)) {
    let content = content();
    let rules = content.rules.rules();
    assert_eq!(
        a.urgency,
        oracle.0,
        "assess and the oracle disagree on the urgency for {}",
        show(x)
    );
    let fired: Vec<bool> = (0..rules.len())
        .map(|i| a.fired.iter().any(|f| f.rule == i))
        .collect();
    assert_eq!(
        fired,
        oracle.1,
        "assess and the oracle disagree on the fired rules for {}",
        show(x)
    );
    let most_urgent = a.fired.iter().map(|f| rules[f.rule].urgency).max();
    assert_eq!(a.urgency, most_urgent.unwrap_or(Urgency::SelfCare));
    assert!(
        a.fired
            .windows(2)
            .all(|w| rules[w[0].rule].urgency >= rules[w[1].rule].urgency),
        "fired rules not most urgent first for {}",
        show(x)
    );
    let counted = content.questionnaire.prune(x);
    for f in &a.fired {
        assert!(
            !f.because.is_empty() && f.because.iter().all(|q| counted.is_answered(*q)),
            "rule {} cites {:?}, not answers that count, for {}",
            rules[f.rule].id,
            f.because,
            show(x)
        );
    }
}

fn show(x: &Answers) -> String {
    let items: Vec<String> = x
        .iter()
        .map(|(q, a)| match a {
            Answer::Number(v) => format!("{}={v}", code(q)),
            Answer::Choice(i) => format!(
                "{}={}",
                code(q),
                content()
                    .questionnaire
                    .question(q)
                    .option_value(i)
                    .unwrap_or("?")
            ),
            other => format!("{}={other:?}", code(q)),
        })
        .collect();
    format!("{{{}}}", items.join(", "))
}

// ---- answer spaces ---------------------------------------------------------------------------

/// What a single flip does, for the reports and for part (d).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Flip {
    /// A warning sign: unanswered → yes, or no → yes.
    SignToYes,
    /// A warning sign: yes → not sure (part d).
    SignYesToNotSure,
    /// A reassuring question: yes → no (part d).
    ReassuringYesToNo,
    /// A reassuring question: yes → unanswered.
    ReassuringYesToUnanswered,
    /// A reassuring question: yes → not sure (part d).
    ReassuringYesToNotSure,
    /// A number up one value of its list (unanswered first).
    NumberUp,
    /// A choice from unanswered to an option.
    ChoiceFromUnanswered,
}

impl Flip {
    fn is_not_sure_pair(self) -> bool {
        matches!(
            self,
            Flip::SignYesToNotSure | Flip::ReassuringYesToNo | Flip::ReassuringYesToNotSure
        )
    }
}

/// Which answers a yes/no question takes in a space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Domain {
    /// Unanswered, no, yes and "not sure" where offered.
    Full,
    /// No, yes and "not sure" where offered (see `Dim::new`).
    Answered,
}

/// One input of a space: a question, the answers it takes, the flips between them, and the pairs
/// of answers that must count the same (and so give the same urgency).
struct Dim {
    q: QuestionId,
    values: Vec<Option<Answer>>,
    flips: Vec<(usize, usize, Flip)>,
    same: Vec<(usize, usize)>,
}

impl Dim {
    /// The answers question `q` takes in a space. `Domain::Answered` leaves "unanswered" out of
    /// yes/no questions: no condition can tell it from "no" (`Condition::holds` never asks whether
    /// a question was answered, and the full-domain spaces check that both give the same urgency),
    /// so this quotient loses nothing and lets wider groups be enumerated.
    fn new(q: QuestionId, domain: Domain) -> Dim {
        let question = content().questionnaire.question(q);
        match &question.kind {
            QuestionKind::YesNo {
                not_sure,
                reassuring,
            } => {
                let full = domain == Domain::Full;
                let mut values = vec![None, Some(Answer::No), Some(Answer::Yes)];
                let mut flips = if *reassuring {
                    vec![
                        (2, 1, Flip::ReassuringYesToNo),
                        (2, 0, Flip::ReassuringYesToUnanswered),
                    ]
                } else {
                    vec![(0, 2, Flip::SignToYes), (1, 2, Flip::SignToYes)]
                };
                if *not_sure {
                    values.push(Some(Answer::NotSure));
                    flips.push((
                        2,
                        3,
                        if *reassuring {
                            Flip::ReassuringYesToNotSure
                        } else {
                            Flip::SignYesToNotSure
                        },
                    ));
                }
                // Answers that count the same: unanswered and no; and "not sure" with yes for a
                // warning sign, with no for a reassuring question.
                let mut same = vec![(0, 1)];
                if *not_sure {
                    same.push(if *reassuring { (1, 3) } else { (2, 3) });
                }
                if !full {
                    values.remove(0);
                    flips.retain(|f| f.0 != 0 && f.1 != 0);
                    flips.iter_mut().for_each(|f| {
                        f.0 -= 1;
                        f.1 -= 1;
                    });
                    same.retain(|p| p.0 != 0 && p.1 != 0);
                    same.iter_mut().for_each(|p| {
                        p.0 -= 1;
                        p.1 -= 1;
                    });
                }
                Dim {
                    q,
                    values,
                    flips,
                    same,
                }
            }
            QuestionKind::Number { .. } => {
                let mut values = vec![None];
                values.extend(
                    number_values(q)
                        .into_iter()
                        .map(|v| Some(Answer::Number(v))),
                );
                let flips = (1..values.len())
                    .map(|i| (i - 1, i, Flip::NumberUp))
                    .collect();
                Dim {
                    q,
                    values,
                    flips,
                    same: vec![],
                }
            }
            QuestionKind::Choice { options } => {
                let mut values = vec![None];
                values.extend((0..options.len() as u16).map(|i| Some(Answer::Choice(i))));
                let flips = (1..values.len())
                    .map(|i| (0, i, Flip::ChoiceFromUnanswered))
                    .collect();
                Dim {
                    q,
                    values,
                    flips,
                    same: vec![],
                }
            }
        }
    }

    fn index_of(&self, answer: Option<Answer>) -> Option<usize> {
        self.values.iter().position(|v| *v == answer)
    }
}

/// Every combination of the answers of some questions (all others unanswered), numbered in
/// mixed radix: combination `i` gives dimension `d` the value `(i / stride[d]) % len[d]`.
struct Space {
    name: String,
    domain: Domain,
    dims: Vec<Dim>,
    strides: Vec<usize>,
    size: usize,
}

impl Space {
    fn new(name: String, questions: &BTreeSet<QuestionId>, domain: Domain) -> Space {
        let dims: Vec<Dim> = questions.iter().map(|&q| Dim::new(q, domain)).collect();
        let mut strides = Vec::new();
        let mut size = 1usize;
        for d in &dims {
            strides.push(size);
            size = size.checked_mul(d.values.len()).expect("space too large");
        }
        Space {
            name,
            domain,
            dims,
            strides,
            size,
        }
    }

    fn digit(&self, i: usize, d: usize) -> usize {
        (i / self.strides[d]) % self.dims[d].values.len()
    }

    fn with_digit(&self, i: usize, d: usize, value: usize) -> usize {
        i - self.digit(i, d) * self.strides[d] + value * self.strides[d]
    }

    fn answers(&self, i: usize) -> Answers {
        self.dims
            .iter()
            .enumerate()
            .filter_map(|(d, dim)| dim.values[self.digit(i, d)].map(|a| (dim.q, a)))
            .collect()
    }

    fn covers(&self, questions: &BTreeSet<QuestionId>) -> bool {
        questions.iter().all(|&q| self.dim_of(q).is_some())
    }

    fn dim_of(&self, q: QuestionId) -> Option<usize> {
        self.dims.iter().position(|d| d.q == q)
    }

    fn describe(&self) -> String {
        let sizes: Vec<String> = self
            .dims
            .iter()
            .map(|d| format!("{} {}", code(d.q), d.values.len()))
            .collect();
        sizes.join(" × ")
    }
}

/// Per-combination results of a space: the urgency, and whether the rule under test fires.
struct Table {
    urgency: Vec<u8>,
    fires: Vec<bool>,
}

fn level(u: Urgency) -> u8 {
    Urgency::ALL.len() as u8 - 1 - Urgency::ALL.iter().position(|l| *l == u).unwrap() as u8
}

/// How much `tabulate` checks per combination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Checks {
    /// `assess` twice and equal (determinism); urgency, fired rules and their citations checked
    /// against the oracle (totality, traceability, urgency = max of fired rules).
    Full,
    /// `assess` once; the urgency checked against the oracle. For the wider groups of part (c),
    /// which add coverage of interactions; determinism is checked in every other space.
    Light,
}

/// Assesses every combination of `space` on all cores: `assess` twice (determinism), checked
/// against the oracle (totality, traceability, urgency = max of fired rules), and, when `rule`
/// is given, whether it fires on the answers that count, plus "fires ⇒ urgency ≥ its level".
fn tabulate(space: &Space, rule: Option<usize>, checks: Checks) -> Table {
    let content = content();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    let chunk = space.size.div_ceil(threads);
    let mut urgency = vec![0u8; space.size];
    let mut fires = vec![false; if rule.is_some() { space.size } else { 0 }];
    std::thread::scope(|scope| {
        let mut fires_chunks = fires.chunks_mut(chunk.max(1));
        for (t, u_chunk) in urgency.chunks_mut(chunk.max(1)).enumerate() {
            let f_chunk = fires_chunks.next();
            scope.spawn(move || {
                let start = t * chunk;
                let mut f_chunk = f_chunk;
                for (k, slot) in u_chunk.iter_mut().enumerate() {
                    let i = start + k;
                    let x = space.answers(i);
                    let first = assess(content, &x);
                    let oracle = oracle_assess(&x);
                    if checks == Checks::Full {
                        let second = assess(content, &x);
                        assert_eq!(
                            first,
                            second,
                            "assess is not deterministic for {}",
                            show(&x)
                        );
                        check_assessment(&x, &first, &oracle);
                    } else {
                        assert_eq!(
                            first.urgency,
                            oracle.0,
                            "assess and the oracle disagree on the urgency for {}",
                            show(&x)
                        );
                    }
                    *slot = level(first.urgency);
                    if let (Some(r), Some(f)) = (rule, f_chunk.as_deref_mut()) {
                        let counted = content.questionnaire.prune(&x);
                        let holds = content
                            .rules
                            .rule(r)
                            .when
                            .holds(&Facts::answers_only(&content.questionnaire, &counted));
                        assert_eq!(holds, oracle.1[r], "rule firing differs from the oracle");
                        if holds {
                            assert!(
                                first.urgency >= content.rules.rule(r).urgency,
                                "rule {} fires but the advice is {} for {}",
                                content.rules.rule(r).id,
                                first.urgency,
                                show(&x)
                            );
                        }
                        f[k] = holds;
                    }
                }
            });
        }
    });
    Table { urgency, fires }
}

/// What the neighbour check found.
#[derive(Default, Debug)]
struct PairCounts {
    /// Single-flip pairs compared.
    flips: u64,
    /// Pairs that must count the same (unanswered and no; "not sure" and yes for a warning sign,
    /// "not sure" and no for a reassuring question), compared.
    same: u64,
    /// Pairs accepted as the documented exception (a reassuring "yes" revealed by a number).
    exceptions: u64,
    /// Not-sure pairs (part d), by question code.
    not_sure: BTreeMap<&'static str, u64>,
    per_flip: BTreeMap<Flip, u64>,
}

/// Whether going from `x` to `y` makes a step asked that holds a reassuring question answered
/// yes: the documented exception to monotonicity.
fn reveals_reassuring_yes(x: &Answers, y: &Answers) -> bool {
    let qn = &content().questionnaire;
    let (px, py) = (qn.prune(x), qn.prune(y));
    (0..qn.steps().len()).any(|s| {
        !qn.is_visible(s, &px)
            && qn.is_visible(s, &py)
            && qn
                .step(s)
                .questions
                .iter()
                .any(|&q| is_reassuring(q) && y.get(q) == Some(Answer::Yes))
    })
}

/// Checks every single-flip neighbour pair of the space: urgency (and the rule's firing, if
/// tabulated) never goes down; unanswered and no give the same urgency.
fn check_neighbours(space: &Space, table: &Table) -> PairCounts {
    let mut counts = PairCounts::default();
    let u = &table.urgency;
    for i in 0..space.size {
        for (d, dim) in space.dims.iter().enumerate() {
            let digit = space.digit(i, d);
            for &(from, to, flip) in &dim.flips {
                if digit != from {
                    continue;
                }
                let j = space.with_digit(i, d, to);
                counts.flips += 1;
                *counts.per_flip.entry(flip).or_default() += 1;
                if flip.is_not_sure_pair()
                    && content().questionnaire.question(dim.q).offers_not_sure()
                {
                    *counts.not_sure.entry(code(dim.q)).or_default() += 1;
                }
                let fires_down = !table.fires.is_empty() && table.fires[i] && !table.fires[j];
                if u[j] >= u[i] && !fires_down {
                    continue;
                }
                let (x, y) = (space.answers(i), space.answers(j));
                let exception = flip == Flip::NumberUp && reveals_reassuring_yes(&x, &y);
                assert!(
                    exception,
                    "[{}] not monotone: {} gives {} (rule fires: {}) but the more worrying {} gives {} (rule fires: {})",
                    space.name,
                    show(&x),
                    Urgency::ALL[5 - u[i] as usize],
                    table.fires.get(i).copied().unwrap_or_default(),
                    show(&y),
                    Urgency::ALL[5 - u[j] as usize],
                    table.fires.get(j).copied().unwrap_or_default(),
                );
                // The drop must be entirely due to the reassuring answer: with it set to no, the
                // same flip is monotone.
                let mut j_no = j;
                let mut i_no = i;
                for (e, other) in space.dims.iter().enumerate() {
                    if is_reassuring(other.q) && y.get(other.q) == Some(Answer::Yes) {
                        let no = other.index_of(Some(Answer::No)).unwrap();
                        j_no = space.with_digit(j_no, e, no);
                        i_no = space.with_digit(i_no, e, no);
                    }
                }
                assert!(
                    u[j_no] >= u[i_no]
                        && (table.fires.is_empty() || !table.fires[i_no] || table.fires[j_no]),
                    "[{}] not monotone even without the reassuring answer: {} vs {}",
                    space.name,
                    show(&space.answers(i_no)),
                    show(&space.answers(j_no)),
                );
                counts.exceptions += 1;
            }
            for &(a, b) in &dim.same {
                if digit == a {
                    let j = space.with_digit(i, d, b);
                    counts.same += 1;
                    assert_eq!(
                        u[i],
                        u[j],
                        "[{}] answers that count the same give different advice: {} vs {}",
                        space.name,
                        show(&space.answers(i)),
                        show(&space.answers(j))
                    );
                }
            }
        }
    }
    counts
}

// ---- reporting -------------------------------------------------------------------------------

/// Writes straight to the process's stderr, which libtest does not capture, so the figures show
/// in a plain `cargo test` run as well as with `--nocapture`.
fn report(line: &str) {
    let _ = writeln!(std::io::stderr(), "enumeration: {line}");
}

fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

// ---- part (a): structure ---------------------------------------------------------------------

/// The order of the module documentation on one question's answer: whether `b` is at least as
/// worrying as `a`.
fn answer_le(q: QuestionId, a: Option<Answer>, b: Option<Answer>) -> bool {
    match &content().questionnaire.question(q).kind {
        QuestionKind::YesNo {
            reassuring: false, ..
        } => !oracle_counts_as_yes(q, a) || oracle_counts_as_yes(q, b),
        QuestionKind::YesNo {
            reassuring: true, ..
        } => !oracle_counts_as_yes(q, b) || oracle_counts_as_yes(q, a),
        QuestionKind::Number { .. } => match (a, b) {
            (None, _) => true,
            (Some(Answer::Number(x)), Some(Answer::Number(y))) => x <= y,
            _ => false,
        },
        QuestionKind::Choice { .. } => a.is_none() || a == b,
    }
}

/// Checks that each test reads a question of the right kind; returns the number of nodes.
fn check_kinds(condition: &Condition) -> u64 {
    let qn = &content().questionnaire;
    let kind = |q: &QuestionId| &qn.question(*q).kind;
    match condition {
        Condition::Yes(q) => {
            assert!(
                matches!(kind(q), QuestionKind::YesNo { .. }),
                "yes on {}",
                code(*q)
            );
            1
        }
        Condition::AtLeast(q, t) => {
            assert!(
                matches!(kind(q), QuestionKind::Number { .. }) && t.is_finite(),
                "at_least on {}",
                code(*q)
            );
            1
        }
        Condition::Is(q, _) => {
            assert!(
                matches!(kind(q), QuestionKind::Choice { .. }),
                "is on {}",
                code(*q)
            );
            1
        }
        Condition::Not(inner) => 1 + check_kinds(inner),
        Condition::All(parts) | Condition::Any(parts) | Condition::CountAtLeast(_, parts) => {
            1 + parts.iter().map(check_kinds).sum::<u64>()
        }
        Condition::Fired(_) => 1,
    }
}

/// The node kinds the loader accepts in a rule, checked by a walk that does not use
/// `Condition::is_monotone`. Returns the number of nodes visited.
fn allowed_in_rule(condition: &Condition) -> Result<u64, String> {
    let qn = &content().questionnaire;
    match condition {
        Condition::Yes(q)
            if !is_reassuring(*q) && matches!(qn.question(*q).kind, QuestionKind::YesNo { .. }) =>
        {
            Ok(1)
        }
        Condition::Yes(q) => Err(format!("`yes` of reassuring {}", code(*q))),
        Condition::AtLeast(q, t) => match qn.question(*q).kind {
            QuestionKind::Number { .. } if t.is_finite() => Ok(1),
            _ => Err(format!("at_least on {}", code(*q))),
        },
        Condition::Is(q, option) => match &qn.question(*q).kind {
            QuestionKind::Choice { options } if (*option as usize) < options.len() => Ok(1),
            _ => Err(format!("is on {}", code(*q))),
        },
        Condition::Not(inner) => match **inner {
            Condition::Yes(q) if is_reassuring(q) => Ok(2),
            _ => Err(format!("`not` around {inner:?}")),
        },
        Condition::All(parts) | Condition::Any(parts) | Condition::CountAtLeast(_, parts) => {
            let mut n = 1;
            for p in parts {
                n += allowed_in_rule(p)?;
            }
            Ok(n)
        }
        Condition::Fired(_) => Err("`fired` in a rule".into()),
    }
}

/// A reassuring question on a step that a warning sign reveals may be read only inside an `All`
/// that also tests one of the signs that reveal it, so that adding the sign never makes a
/// condition false. Returns how many such reads were checked.
fn check_gated_reassuring() -> usize {
    let qn = &content().questionnaire;
    let mut checked = 0;
    for step in qn.steps() {
        let Some(show_when) = &step.show_when else {
            continue;
        };
        let signs: BTreeSet<QuestionId> = reads(show_when)
            .into_iter()
            .filter(|&q| matches!(qn.question(q).kind, QuestionKind::YesNo { .. }))
            .collect();
        if signs.is_empty() {
            continue;
        }
        for &r in step.questions.iter().filter(|&&q| is_reassuring(q)) {
            for rule in content().rules.rules() {
                checked += gated_reads(&rule.when, r, &signs, false)
                    .unwrap_or_else(|e| panic!("rule {}: {e}", rule.id));
            }
        }
    }
    checked
}

/// Counts the reads of reassuring question `r` in `condition`; fails on one that is not inside an
/// `All` holding `Yes(s)` for a revealing sign `s` (`guarded` says an enclosing `All` does).
fn gated_reads(
    condition: &Condition,
    r: QuestionId,
    signs: &BTreeSet<QuestionId>,
    guarded: bool,
) -> Result<usize, String> {
    match condition {
        Condition::Not(inner) if matches!(**inner, Condition::Yes(q) if q == r) => {
            if guarded {
                Ok(1)
            } else {
                Err(format!(
                    "reads {} outside an `all` with the sign that reveals it",
                    code(r)
                ))
            }
        }
        Condition::All(parts) => {
            let here = guarded
                || parts
                    .iter()
                    .any(|p| matches!(p, Condition::Yes(q) if signs.contains(q)));
            parts.iter().map(|p| gated_reads(p, r, signs, here)).sum()
        }
        Condition::Any(parts) | Condition::CountAtLeast(_, parts) => {
            parts.iter().map(|p| gated_reads(p, r, signs, false)).sum()
        }
        Condition::Not(inner) => gated_reads(inner, r, signs, false),
        Condition::Yes(q) | Condition::AtLeast(q, _) | Condition::Is(q, _) if *q == r => {
            Err(format!("reads {} without `not`", code(r)))
        }
        _ => Ok(0),
    }
}

fn part_a() -> (u64, u64) {
    let content = content();
    let qn = &content.questionnaire;
    let rules = content.rules.rules();
    let mut nodes = 0;
    for rule in rules {
        assert!(
            rule.when.is_monotone(qn),
            "rule {} is not monotone",
            rule.id
        );
        nodes += allowed_in_rule(&rule.when).unwrap_or_else(|e| panic!("rule {}: {e}", rule.id));
    }
    let mut skip_inputs = BTreeSet::new();
    for step in qn.steps() {
        if let Some(show_when) = &step.show_when {
            assert!(
                show_when.is_monotone(qn),
                "step {} show_when is not monotone",
                step.id
            );
            nodes += allowed_in_rule(show_when)
                .unwrap_or_else(|e| panic!("step {} show_when: {e}", step.id));
            let read = reads(show_when);
            assert!(
                read.iter().all(|&q| !is_reassuring(q)),
                "step {} show_when reads a reassuring question",
                step.id
            );
            assert!(
                read.iter()
                    .all(|&q| qn.question(q).step < qn.step_index(&step.id).unwrap()),
                "step {} show_when reads a later question",
                step.id
            );
            skip_inputs.extend(read);
        }
    }
    let gated = check_gated_reassuring();
    assert!(
        gated > 0,
        "no reassuring question on a step revealed by a warning sign: update the module docs"
    );
    // Numbers are read only through `at_least` (and yes/no and choice questions only through
    // `yes` and `is`), so one value per interval between thresholds is complete; and the values
    // enumerated cover every interval.
    for condition in all_conditions() {
        nodes += check_kinds(condition);
    }
    for (q, question) in qn.questions() {
        if let QuestionKind::Number { min, max, .. } = question.kind {
            let values = number_values(q);
            let mut cuts = vec![min];
            cuts.extend(thresholds(q).into_iter().filter(|t| *t > min && *t <= max));
            for (k, lo) in cuts.iter().enumerate() {
                let hi = cuts.get(k + 1).copied().unwrap_or(f64::INFINITY);
                assert!(
                    values.iter().any(|v| v >= lo && *v < hi),
                    "{}: no value enumerated in [{lo}, {hi})",
                    question.code
                );
            }
            for t in thresholds(q) {
                if t > min && t <= max {
                    assert!(
                        values.contains(&t),
                        "{}: threshold {t} not enumerated",
                        question.code
                    );
                    assert!(
                        values.iter().any(|v| *v < t),
                        "{}: nothing below {t}",
                        question.code
                    );
                }
            }
        }
    }
    // Skip logic: over every combination of the questions that `show_when` reads, with every other
    // question answered (all yes and "not sure" where offered, or all no), adding a warning sign or
    // raising a number only ever reveals steps, and the answers that count only ever grow in the
    // order, except for a revealed reassuring "yes".
    let space = Space::new("skip logic".into(), &skip_inputs, Domain::Full);
    let fills: Vec<Answers> = [Answer::Yes, Answer::No]
        .into_iter()
        .map(|fill| {
            qn.questions()
                .filter(|(q, _)| !skip_inputs.contains(q))
                .map(|(q, question)| {
                    let answer = match &question.kind {
                        QuestionKind::YesNo { not_sure: true, .. } if fill == Answer::Yes => {
                            Answer::NotSure
                        }
                        QuestionKind::YesNo { .. } => fill,
                        QuestionKind::Number { max, .. } => Answer::Number(*max),
                        QuestionKind::Choice { .. } => Answer::Choice(0),
                    };
                    (q, answer)
                })
                .collect()
        })
        .collect();
    let (mut pairs, mut revealed) = (0, 0);
    for i in 0..space.size {
        for fill in &fills {
            let mut x = fill.clone();
            for (q, a) in space.answers(i).iter() {
                x.set(q, a);
            }
            let px = qn.prune(&x);
            assert_eq!(
                px,
                oracle_prune(&x),
                "prune differs from the oracle for {}",
                show(&x)
            );
            for (q, a) in px.iter() {
                assert_eq!(x.get(q), Some(a), "prune changed an answer");
                assert!(qn.is_visible(qn.question(q).step, &px));
            }
            for (d, dim) in space.dims.iter().enumerate() {
                for &(from, to, _) in &dim.flips {
                    if space.digit(i, d) != from {
                        continue;
                    }
                    let mut y = x.clone();
                    match dim.values[to] {
                        Some(a) => y.set(dim.q, a),
                        None => y.remove(dim.q),
                    }
                    let py = qn.prune(&y);
                    for s in 0..qn.steps().len() {
                        assert!(
                            !qn.is_visible(s, &px) || qn.is_visible(s, &py),
                            "step {} is hidden by a more worrying answer: {} -> {}",
                            qn.step(s).id,
                            show(&px),
                            show(&py)
                        );
                    }
                    let mut questions: BTreeSet<QuestionId> = px.iter().map(|(q, _)| q).collect();
                    questions.extend(py.iter().map(|(q, _)| q));
                    for q in questions {
                        if answer_le(q, px.get(q), py.get(q)) {
                            continue;
                        }
                        // The one exception: a reassuring "yes" on a step that has just been revealed.
                        let step = qn.question(q).step;
                        assert!(
                            is_reassuring(q)
                                && py.get(q) == Some(Answer::Yes)
                                && !qn.is_visible(step, &px)
                                && qn.is_visible(step, &py),
                            "answers that count are not monotone at {}: {} -> {}",
                            code(q),
                            show(&px),
                            show(&py)
                        );
                        revealed += 1;
                    }
                    pairs += 1;
                }
            }
        }
    }
    report(&format!(
        "(a) structure: {} rules and {} show_when conditions use only monotone parts ({nodes} condition nodes walked); skip logic checked over all {} combinations of {} ({} single-flip pairs, 2 fillings; {} of them reveal a reassuring yes, the documented exception)",
        rules.len(),
        qn.steps().iter().filter(|s| s.show_when.is_some()).count(),
        space.size,
        space.describe(),
        pairs,
        revealed
    ));
    let all = union_of_inputs(0..rules.len());
    let kind_count = |f: &dyn Fn(&QuestionKind) -> bool| {
        all.iter().filter(|&&q| f(&qn.question(q).kind)).count()
    };
    let product: f64 = all
        .iter()
        .map(|&q| Dim::new(q, Domain::Full).values.len() as f64)
        .product();
    report(&format!(
        "(a) the rules read {} questions ({} yes/no, {} of them offering not sure, {} numbers, {} choice): {product:.1e} combinations in all, hence parts (b) and (c)",
        all.len(),
        kind_count(&|k| matches!(k, QuestionKind::YesNo { .. })),
        kind_count(&|k| matches!(k, QuestionKind::YesNo { not_sure: true, .. })),
        kind_count(&|k| matches!(k, QuestionKind::Number { .. })),
        kind_count(&|k| matches!(k, QuestionKind::Choice { .. })),
    ));
    assert!(
        revealed > 0,
        "the documented exception was never met in the skip-logic check"
    );
    (space.size as u64, pairs)
}

// ---- parts (b), (c), (d) -------------------------------------------------------------------------

#[derive(Default)]
struct Totals {
    combinations: u64,
    assessments: u64,
    pairs: u64,
    same: u64,
    exceptions: u64,
    not_sure: BTreeMap<&'static str, u64>,
    per_flip: BTreeMap<Flip, u64>,
}

impl Totals {
    fn add(&mut self, size: usize, checks: Checks, counts: PairCounts) {
        self.combinations += size as u64;
        self.assessments += match checks {
            Checks::Full => 2,
            Checks::Light => 1,
        } * size as u64;
        self.pairs += counts.flips;
        self.same += counts.same;
        self.exceptions += counts.exceptions;
        for (k, v) in counts.not_sure {
            *self.not_sure.entry(k).or_default() += v;
        }
        for (k, v) in counts.per_flip {
            *self.per_flip.entry(k).or_default() += v;
        }
    }

    fn merge(&mut self, other: Totals) {
        self.combinations += other.combinations;
        self.assessments += other.assessments;
        self.pairs += other.pairs;
        self.same += other.same;
        self.exceptions += other.exceptions;
        for (k, v) in other.not_sure {
            *self.not_sure.entry(k).or_default() += v;
        }
        for (k, v) in other.per_flip {
            *self.per_flip.entry(k).or_default() += v;
        }
    }

    fn not_sure_pairs(&self) -> u64 {
        self.not_sure.values().sum()
    }
}

fn part_b() -> Totals {
    let content = content();
    let mut totals = Totals::default();
    for (r, rule) in content.rules.rules().iter().enumerate() {
        let inputs = with_skip_logic_inputs(&reads(&rule.when));
        let space = Space::new(rule.id.clone(), &inputs, Domain::Full);
        let table = tabulate(&space, Some(r), Checks::Full);
        assert!(
            table.fires.iter().any(|f| *f),
            "rule {} never fires in its own space",
            rule.id
        );
        assert!(
            table.fires.iter().any(|f| !*f),
            "rule {} always fires",
            rule.id
        );
        let counts = check_neighbours(&space, &table);
        totals.add(space.size, Checks::Full, counts);
    }
    totals
}

fn rule_index(id: &str) -> usize {
    content()
        .rules
        .index_of(id)
        .unwrap_or_else(|| panic!("no rule {id}"))
}

/// The questions a rule's firing depends on: what its condition reads, and what decides whether
/// those questions are asked.
fn rule_inputs(rule: usize) -> BTreeSet<QuestionId> {
    with_skip_logic_inputs(&reads(&content().rules.rule(rule).when))
}

fn union_of_inputs(rules: impl IntoIterator<Item = usize>) -> BTreeSet<QuestionId> {
    let mut out = BTreeSet::new();
    for r in rules {
        out.extend(rule_inputs(r));
    }
    out
}

/// The connected components of the "shares an input question" graph of the rules.
fn components() -> Vec<BTreeSet<usize>> {
    let n = content().rules.rules().len();
    let inputs: Vec<BTreeSet<QuestionId>> = (0..n).map(rule_inputs).collect();
    let mut component: Vec<usize> = (0..n).collect();
    // Relabel until every pair of rules sharing an input carries the same (smallest) label.
    loop {
        let mut changed = false;
        for a in 0..n {
            for b in 0..n {
                if !inputs[a].is_disjoint(&inputs[b]) && component[b] < component[a] {
                    component[a] = component[b];
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut out: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (r, c) in component.into_iter().enumerate() {
        out.entry(c).or_default().insert(r);
    }
    out.into_values().collect()
}

/// Pairs of rules that share only a number question are enumerated together in (c.4) only up to
/// this many combinations (see `part_c`).
const PAIR_LIMIT: usize = 50_000;

/// Pairs of rules that share a sign are enumerated together in (c.4) up to this many combinations
/// (answered domain). The few larger ones pair the wide cancer-symptom rule or the infection
/// rules with another rule over pain features; each rule is still enumerated whole in (b) and in
/// a themed group, and they interact only through the maximum, which part (a) proves monotone.
const SIGN_PAIR_LIMIT: usize = 1_000_000;

/// Whether two rules read a common yes/no question (not just a common number).
fn shares_a_sign(a: usize, b: usize) -> bool {
    let qn = &content().questionnaire;
    rule_inputs(a)
        .intersection(&rule_inputs(b))
        .any(|&q| matches!(qn.question(q).kind, QuestionKind::YesNo { .. }))
}

/// Whether a rule fires on any one of a list of warning signs and nothing else (`{ yes = s }`, or
/// an `any` of such tests): a floor. Its firing depends on each sign alone, so with any other rule
/// it interacts only through the maximum, which part (a) covers; its own space in part (b) is
/// every combination of its signs.
fn is_sign_list(rule: usize) -> bool {
    let when = &content().rules.rule(rule).when;
    let plain = |c: &Condition| matches!(c, Condition::Yes(q) if !is_reassuring(*q));
    match when {
        Condition::Any(parts) => parts.iter().all(plain),
        other => plain(other),
    }
}

/// A space of part (c), and which layer of the grouping it belongs to.
struct Group {
    layer: usize,
    space: Space,
    checks: Checks,
}

const LAYERS: [&str; 4] = [
    "(c.1) small components of the sharing graph, whole",
    "(c.2) themed groups of the large component",
    "(c.3) wider groups, answered domain",
    "(c.4) every other pair of rules that share a sign, and small pairs sharing a number, answered domain",
];

/// The groups of part (c), in four layers:
/// 1. every connected component of the "shares an input" graph except the large one, whole;
/// 2. the large component, in the themed [`GROUPS`] (full domain);
/// 3. the [`WIDE_GROUPS`], in the answered domain (see `Dim::new`);
/// 4. every pair of rules that share an input and are not yet in a common group, over the union
///    of their inputs, in the answered domain.
fn group_spaces() -> Vec<Group> {
    let rules = content().rules.rules();
    let comps = components();
    let large = comps.iter().max_by_key(|c| c.len()).unwrap();
    let mut groups = Vec::new();
    for comp in comps.iter().filter(|c| *c != large) {
        let ids: Vec<&str> = comp.iter().map(|&r| rules[r].id.as_str()).collect();
        let space = Space::new(
            ids.join(" + "),
            &union_of_inputs(comp.iter().copied()),
            Domain::Full,
        );
        assert!(
            space.size <= 1_000_000,
            "component {} is too large to enumerate",
            space.name
        );
        groups.push(Group {
            layer: 0,
            space,
            checks: Checks::Full,
        });
    }
    let layered: [(usize, &[Theme], Domain); 2] = [
        (1, &GROUPS, Domain::Full),
        (2, &WIDE_GROUPS, Domain::Answered),
    ];
    for (layer, list, domain) in layered {
        for (name, ids) in list.iter() {
            let inputs = union_of_inputs(ids.iter().map(|id| rule_index(id)));
            groups.push(Group {
                layer,
                space: Space::new(name.to_string(), &inputs, domain),
                checks: if domain == Domain::Full {
                    Checks::Full
                } else {
                    Checks::Light
                },
            });
        }
    }
    for a in 0..rules.len() {
        for b in a + 1..rules.len() {
            if rule_inputs(a).is_disjoint(&rule_inputs(b)) {
                continue;
            }
            let both = union_of_inputs([a, b]);
            if groups.iter().any(|g| g.space.covers(&both)) {
                continue;
            }
            let name = format!("{} + {}", rules[a].id, rules[b].id);
            let space = Space::new(name, &both, Domain::Answered);
            let must = shares_a_sign(a, b) && !is_sign_list(a) && !is_sign_list(b);
            if (must && space.size <= SIGN_PAIR_LIMIT) || space.size <= PAIR_LIMIT {
                groups.push(Group {
                    layer: 3,
                    space,
                    checks: Checks::Light,
                });
            }
        }
    }
    groups
}

fn part_c(groups: &[Group]) -> Totals {
    if groups.is_empty() {
        return Totals::default();
    }
    let content = content();
    let rules = content.rules.rules();
    // Why groups: the components of the sharing graph.
    let comps = components();
    let large = comps.iter().max_by_key(|c| c.len()).unwrap();
    let union = union_of_inputs(large.iter().copied());
    let product: f64 = union
        .iter()
        .map(|&q| Dim::new(q, Domain::Full).values.len() as f64)
        .product();
    report(&format!(
        "(c) the shares-an-input graph of the {} rules has {} components; the large one has {} rules over {} questions, {:.1e} combinations, too many to enumerate, so it is split into groups",
        rules.len(),
        comps.len(),
        large.len(),
        union.len(),
        product,
    ));
    // Every rule is in a full-domain group with all its inputs, and every pair of rules that
    // share an input is in some group together.
    for (r, rule) in rules.iter().enumerate() {
        assert!(
            groups
                .iter()
                .any(|g| g.space.domain == Domain::Full && g.space.covers(&rule_inputs(r))),
            "rule {} is in no full-domain group with all its inputs",
            rule.id
        );
    }
    let (mut sharing, mut together) = (0, 0);
    let (mut apart, mut floors_apart, mut wide_apart) = (Vec::new(), Vec::new(), Vec::new());
    for a in 0..rules.len() {
        for b in a + 1..rules.len() {
            if rule_inputs(a).is_disjoint(&rule_inputs(b)) {
                continue;
            }
            sharing += 1;
            let both = union_of_inputs([a, b]);
            if groups.iter().any(|g| g.space.covers(&both)) {
                together += 1;
            } else if shares_a_sign(a, b) {
                let size = Space::new(String::new(), &both, Domain::Answered).size;
                assert!(
                    is_sign_list(a) || is_sign_list(b) || size > SIGN_PAIR_LIMIT,
                    "{} and {} share a sign but are in no group together",
                    rules[a].id,
                    rules[b].id
                );
                if is_sign_list(a) || is_sign_list(b) {
                    floors_apart.push(format!("{} + {}", rules[a].id, rules[b].id));
                } else {
                    wide_apart.push(format!("{} + {}", rules[a].id, rules[b].id));
                }
            } else {
                apart.push(format!("{} + {}", rules[a].id, rules[b].id));
            }
        }
    }
    report(&format!(
        "(c) every rule is in a full-domain group with all its inputs; {together} of the {sharing} pairs of rules that share an input are enumerated together in some group, including every pair that shares a sign except {} where one of the two is a floor over single signs (`is_sign_list`) and the pair would take over {PAIR_LIMIT} combinations, and {} that would each take over {SIGN_PAIR_LIMIT} ({}); the other {} share only a number and would each take over {PAIR_LIMIT} combinations: {}",
        floors_apart.len(),
        wide_apart.len(),
        wide_apart.join(", "),
        apart.len(),
        apart.join(", ")
    ));
    let mut totals = Totals::default();
    for (layer, title) in LAYERS.iter().enumerate() {
        let started = Instant::now();
        let mut layer_totals = Totals::default();
        let mut spaces = 0;
        for group in groups.iter().filter(|g| g.layer == layer) {
            let t = Instant::now();
            let table = tabulate(&group.space, None, group.checks);
            let counts = check_neighbours(&group.space, &table);
            if layer == 1 || layer == 2 {
                report(&format!(
                    "(c) group \"{}\": {} combinations ({}), {} neighbour pairs, {} documented exceptions, in {}",
                    group.space.name,
                    group.space.size,
                    group.space.describe(),
                    counts.flips,
                    counts.exceptions,
                    secs(t.elapsed())
                ));
            }
            layer_totals.add(group.space.size, group.checks, counts);
            spaces += 1;
        }
        report(&format!(
            "{title}: {spaces} spaces, {} combinations, {} assessments, {} neighbour pairs (and {} same-count pairs), {} documented exceptions, in {}",
            layer_totals.combinations,
            layer_totals.assessments,
            layer_totals.pairs,
            layer_totals.same,
            layer_totals.exceptions,
            secs(started.elapsed())
        ));
        totals.merge(layer_totals);
    }
    totals
}

/// Which parts run: all of them, unless `BACKPAIN_ENUMERATION=rules` (used by
/// `scripts/mutants.sh` to keep a mutation run near an hour) leaves out part (c).
fn with_groups() -> bool {
    match std::env::var("BACKPAIN_ENUMERATION").as_deref() {
        Err(_) | Ok("") | Ok("full") => true,
        Ok("rules") => false,
        Ok(other) => panic!("BACKPAIN_ENUMERATION={other:?}: expected \"full\" or \"rules\""),
    }
}

#[test]
fn exhaustive_evidence() {
    let started = Instant::now();
    let content = content();
    let qn = &content.questionnaire;

    let t = Instant::now();
    let (skip_combinations, skip_pairs) = part_a();
    let time_a = t.elapsed();

    let t = Instant::now();
    let b = part_b();
    let time_b = t.elapsed();
    report(&format!(
        "(b) each of the {} rules over its own inputs: {} combinations, {} assessments, {} neighbour pairs (and {} same-count pairs), {} documented exceptions, in {}",
        content.rules.rules().len(),
        b.combinations,
        b.assessments,
        b.pairs,
        b.same,
        b.exceptions,
        secs(time_b)
    ));

    let t = Instant::now();
    let groups = if with_groups() {
        group_spaces()
    } else {
        report("part (c) left out: BACKPAIN_ENUMERATION=rules");
        Vec::new()
    };
    let c = part_c(&groups);
    let time_c = t.elapsed();
    if with_groups() {
        report(&format!(
            "(c) {} groups: {} combinations, {} assessments, {} neighbour pairs (and {} same-count pairs), {} documented exceptions, in {}",
            groups.len(),
            c.combinations,
            c.assessments,
            c.pairs,
            c.same,
            c.exceptions,
            secs(time_c)
        ));
        let flips: Vec<String> = c
            .per_flip
            .iter()
            .map(|(k, v)| format!("{k:?} {v}"))
            .collect();
        report(&format!(
            "(c) neighbour pairs by flip: {}",
            flips.join(", ")
        ));
    }

    // (d): the not-sure pairs were checked (as neighbour pairs) for exactly the questions that
    // offer "not sure", each in its rules' spaces and in some group.
    let offering: BTreeSet<&str> = qn
        .questions()
        .filter(|(_, q)| q.offers_not_sure())
        .map(|(_, q)| q.code.as_str())
        .collect();
    assert_eq!(
        b.not_sure.keys().copied().collect::<BTreeSet<_>>(),
        offering,
        "(b) checked not-sure pairs for other questions than those offering it"
    );
    if with_groups() {
        assert_eq!(
            c.not_sure.keys().copied().collect::<BTreeSet<_>>(),
            offering,
            "(c) checked not-sure pairs for other questions than those offering it"
        );
    }
    let mut not_sure = b.not_sure.clone();
    for (k, v) in &c.not_sure {
        *not_sure.entry(k).or_default() += v;
    }
    let per_question: Vec<String> = not_sure.iter().map(|(k, v)| format!("{k} {v}")).collect();
    let not_sure_pairs = b.not_sure_pairs() + c.not_sure_pairs();
    report(&format!(
        "(d) \"not sure\" ≥ \"yes\" (and, for reassuring questions, no ≥ yes) for all {} questions offering it: {} pairs, {} in (b) and {} in (c) ({})",
        offering.len(),
        not_sure_pairs,
        b.not_sure_pairs(),
        c.not_sure_pairs(),
        per_question.join(", ")
    ));

    let total = skip_combinations + b.combinations + c.combinations;
    let total_pairs = skip_pairs + b.pairs + b.same + c.pairs + c.same;
    report(&format!(
        "total: {total} combinations ((a) {skip_combinations} in {}, (b) {} in {}, (c) {} in {}), {} assessments, {total_pairs} neighbour pairs, of which {not_sure_pairs} not-sure pairs (d); {} documented exceptions; {}",
        secs(time_a),
        b.combinations,
        secs(time_b),
        c.combinations,
        secs(time_c),
        b.assessments + c.assessments,
        b.exceptions + c.exceptions,
        secs(started.elapsed())
    ));

    assert_eq!(
        skip_combinations, EXPECTED_SKIP_LOGIC_COMBINATIONS,
        "part (a) size changed"
    );
    assert_eq!(
        b.combinations, EXPECTED_RULE_COMBINATIONS,
        "part (b) size changed"
    );
    assert_eq!(
        b.not_sure_pairs(),
        EXPECTED_RULE_NOT_SURE_PAIRS,
        "part (d) size in (b) changed"
    );
    assert!(b.exceptions > 0, "the documented exception was never met in (b): is the duration threshold of long_standing_unchanged still enumerated?");
    if with_groups() {
        assert_eq!(
            c.combinations, EXPECTED_GROUP_COMBINATIONS,
            "part (c) size changed"
        );
        assert_eq!(
            c.not_sure_pairs(),
            EXPECTED_GROUP_NOT_SURE_PAIRS,
            "part (d) size in (c) changed"
        );
        assert!(
            c.exceptions > 0,
            "the documented exception was never met in (c)"
        );
    }
}
