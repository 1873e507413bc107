//! From answers to advice: the urgency level, the rules that fired (with the answers that made
//! each fire), and the explanations to show.

use crate::answers::Answers;
use crate::condition::Facts;
use crate::content::Content;
use crate::questionnaire::QuestionId;
use crate::urgency::Urgency;

/// A rule that fired, and the answers that made it fire (in questionnaire order).
#[derive(Clone, Debug, PartialEq)]
pub struct FiredRule {
    /// Index into the rule set.
    pub rule: usize,
    pub because: Vec<QuestionId>,
}

/// The advice for one set of answers. Built only by [`assess`], so it always matches the
/// answers it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub urgency: Urgency,
    /// Fired rules, most urgent first, then in rule-file order.
    pub fired: Vec<FiredRule>,
    /// Cancer explanation ids to show, in `explanations.toml` order.
    pub cancers: Vec<String>,
    /// Topic explanation ids to show (treatment side effects, survivors).
    pub topics: Vec<String>,
}

/// Assesses the answers that count: answers to steps the person would not be asked (given
/// their other answers) are set aside first, so the result is the same whether or not a
/// skipped question happens to carry an answer.
pub fn assess(content: &Content, answers: &Answers) -> Assessment {
    let questionnaire = &content.questionnaire;
    let answers = questionnaire.prune(answers);
    let facts = Facts::answers_only(questionnaire, &answers);
    let rules = content.rules.rules();
    let fired_flags: Vec<bool> = rules.iter().map(|rule| rule.when.holds(&facts)).collect();

    let mut fired: Vec<FiredRule> = (0..rules.len())
        .filter(|&i| fired_flags[i])
        .map(|i| FiredRule {
            rule: i,
            because: rules[i].when.because(&facts),
        })
        .collect();
    fired.sort_by_key(|f| std::cmp::Reverse(rules[f.rule].urgency));
    let urgency = fired
        .first()
        .map_or(Urgency::SelfCare, |f| rules[f.rule].urgency);

    let with_fired = Facts {
        questionnaire,
        answers: &answers,
        fired: &fired_flags,
    };
    let shown = |list: &[crate::explanations::Explanation]| -> Vec<String> {
        list.iter()
            .filter(|e| e.show_when.holds(&with_fired))
            .map(|e| e.id.clone())
            .collect()
    };
    Assessment {
        urgency,
        fired,
        cancers: shown(&content.explanations.cancers),
        topics: shown(&content.explanations.topics),
    }
}

impl Assessment {
    /// The ids of the fired rules, in the order of `fired`.
    pub fn rule_ids<'a>(&'a self, content: &'a Content) -> impl Iterator<Item = &'a str> + 'a {
        self.fired
            .iter()
            .map(|f| content.rules.rule(f.rule).id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Answer;

    fn answers(content: &Content, yes: &[&str], numbers: &[(&str, f64)]) -> Answers {
        let qn = &content.questionnaire;
        let mut a = Answers::new();
        for code in yes {
            a.set(qn.id(code).unwrap(), Answer::Yes);
        }
        for (code, n) in numbers {
            a.set(qn.id(code).unwrap(), Answer::Number(*n));
        }
        a
    }

    #[test]
    fn no_answers_gives_self_care_with_nothing_fired() {
        let content = Content::embedded();
        let result = assess(&content, &Answers::new());
        assert_eq!(result.urgency, Urgency::SelfCare);
        assert!(result.fired.is_empty());
        assert!(result.cancers.is_empty());
    }

    #[test]
    fn the_most_urgent_fired_rule_decides_and_comes_first() {
        let content = Content::embedded();
        let a = answers(
            &content,
            &["history_of_cancer", "leg_weakness"],
            &[("age", 62.0)],
        );
        let result = assess(&content, &a);
        assert_eq!(result.urgency, Urgency::Emergency);
        let ids: Vec<&str> = result.rule_ids(&content).collect();
        assert!(
            ids.contains(&"RF-EM-03") && ids.contains(&"RF-EM-05") && ids.contains(&"RF-CA-01"),
            "{ids:?}"
        );
        assert_eq!(
            content.rules.rule(result.fired[0].rule).urgency,
            Urgency::Emergency
        );
        assert_eq!(result.cancers, vec!["spinal"]);
        assert_eq!(result.topics, vec!["survivors", "easing-pain"]);
    }

    #[test]
    fn because_lists_exactly_the_answers_that_made_the_rule_fire() {
        let content = Content::embedded();
        let qn = &content.questionnaire;
        let a = answers(
            &content,
            &["history_of_cancer", "leg_weakness", "fever"],
            &[("age", 62.0)],
        );
        let result = assess(&content, &a);
        let em03 = content.rules.index_of("RF-EM-03").unwrap();
        let fired = result.fired.iter().find(|f| f.rule == em03).unwrap();
        let codes: Vec<&str> = fired
            .because
            .iter()
            .map(|q| qn.question(*q).code.as_str())
            .collect();
        assert_eq!(codes, vec!["leg_weakness", "history_of_cancer"]);
    }

    #[test]
    fn answers_to_skipped_questions_do_not_count() {
        let content = Content::embedded();
        let qn = &content.questionnaire;
        let mut a = answers(&content, &["testicular_swelling"], &[("age", 30.0)]);
        let female = qn
            .question(qn.id("sex").unwrap())
            .option_index("female")
            .unwrap();
        a.set(qn.id("sex").unwrap(), Answer::Choice(female));
        assert_eq!(assess(&content, &a).urgency, Urgency::SelfCare);
        let male = qn
            .question(qn.id("sex").unwrap())
            .option_index("male")
            .unwrap();
        a.set(qn.id("sex").unwrap(), Answer::Choice(male));
        assert_eq!(assess(&content, &a).urgency, Urgency::Within2Weeks);
    }
}
