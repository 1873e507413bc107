//! Helpers shared by the engine's property-test files (`mod support;` in each).

use proptest::test_runner::Config as ProptestConfig;

/// Cases per property: 2 000, or the number in the environment variable `cases_var` (the fuzz
/// command, `scripts/fuzz.sh`, sets 100 000). No failure files are written into the tree.
pub fn fuzz_config(cases_var: &str) -> ProptestConfig {
    let cases = std::env::var(cases_var)
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2000);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}
