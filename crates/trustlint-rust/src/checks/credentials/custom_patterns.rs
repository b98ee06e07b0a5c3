//! The project's own secret formats from `trustlint.toml` (`[credentials] patterns`)
//! in every string literal, macro bodies included. An invalid pattern is a config
//! error when the settings load (the engine refuses to scan with it), so an
//! analyzer handed one directly only matches nothing.

use crate::Context;
use trustlint_core::rules::credentials;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&credentials::custom_pattern::RULE];

/// Every finding is inside a string literal.
pub fn may_report(cx: &Context<'_>) -> bool {
    !cx.literals.is_empty()
}

pub fn check(cx: &mut Context<'_>) {
    let Ok(patterns) = trustlint_secrets::extra_patterns(cx.config) else {
        return;
    };
    if patterns.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for literal in &cx.literals {
        for secret in patterns.find(&literal.value) {
            let range = literal.source_range(secret.range.clone());
            if !cx.reports_credential(range, true) {
                continue;
            }
            let mut diagnostic = Diagnostic::new(
                secret.rule,
                range,
                format!("{} is hardcoded", secret.name),
            )
            .with_secret(range)
            .with_help(
                "revoke it, then load it at run time from the environment or a secret manager",
            );
            if let Some(severity) = secret.severity {
                diagnostic = diagnostic.with_severity(severity);
            }
            found.push(diagnostic);
        }
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::RustAnalyzer;
    use trustlint_core::{Analyzer, Config, SourceFile};

    fn findings(config: &Config, text: &str) -> Vec<(String, String)> {
        let file = SourceFile {
            path: "src/deploy.rs",
            text,
            is_test_path: false,
        };
        RustAnalyzer
            .analyze(&file, config)
            .diagnostics
            .into_iter()
            .map(|d| (d.rule.id.to_owned(), d.message))
            .collect()
    }

    #[test]
    fn configured_patterns_are_found_in_rust_literals() {
        let config = Config::parse(
            "trustlint.toml",
            "[credentials]\npatterns = [{ name = \"Acme deploy token\", regex = \"acmedt_[0-9a-f]{32}\", keywords = [\"acmedt_\"] }]\n",
        )
        .expect("config");
        let text = "const DEPLOY_TOKEN: &str = \"acmedt_4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a\";\n\
                    fn hook() -> String { format!(\"acmedt_9b7a2d5c8e3f6a1b4d7c0e9f2a4f1c0e{}\", 1) }\n";
        let found = findings(&config, text);
        assert_eq!(
            found,
            [
                (
                    "credentials/custom-pattern".to_owned(),
                    "Acme deploy token is hardcoded".to_owned()
                ),
                (
                    "credentials/custom-pattern".to_owned(),
                    "Acme deploy token is hardcoded".to_owned()
                ),
            ],
            "the custom pattern, not also a generic token: {found:?}"
        );
        assert!(
            findings(&Config::default(), text)
                .iter()
                .all(|(rule, _)| rule != "credentials/custom-pattern")
        );
    }
}
