#[test]
fn every_rule_follows_the_rule_policy() {
    let problems = trustlint_devtools::rule_policy_problems(trustlint_core::rules::RULES);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
