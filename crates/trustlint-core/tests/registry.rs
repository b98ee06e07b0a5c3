use std::path::Path;

#[test]
fn rule_registry_is_generated_from_the_rule_files() {
    trustlint_devtools::check_rule_registry(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        "rules",
        "trustlint-core",
        "crate::rule_registry",
    );
}

#[test]
fn every_rule_follows_the_rule_policy() {
    let problems = trustlint_devtools::rule_policy_problems(trustlint_core::rules::RULES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
