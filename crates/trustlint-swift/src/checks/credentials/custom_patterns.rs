//! The project's own secret formats from `trustlint.toml` (`[credentials] patterns`)
//! in every string literal, macro bodies included. An invalid pattern is a config
//! error when the settings load (the engine refuses to scan with it), so an
//! analyzer handed one directly only matches nothing.

use crate::Context;
use trustlint_core::rules::credentials;
use trustlint_core::{Diagnostic, RuleMeta};

pub static RULES: &[&RuleMeta] = &[&credentials::custom_pattern::RULE];

pub fn check(cx: &mut Context<'_>) {
    let Ok(patterns) = trustlint_secrets::extra_patterns(cx.config) else {
        return;
    };
    if patterns.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for literal in cx.literals() {
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
            .with_help("revoke it, then load it at run time from the keychain or your backend, never from the app bundle");
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
    use crate::SwiftAnalyzer;
    use trustlint_core::{Analyzer, Config, SourceFile};

    #[test]
    fn configured_patterns_are_found_in_swift_literals() {
        let config = Config::parse(
            "trustlint.toml",
            "[credentials]\npatterns = [{ name = \"Acme deploy token\", regex = \"acmedt_[0-9a-f]{32}\", keywords = [\"acmedt_\"], severity = \"critical\" }]\n",
        )
        .expect("config");
        let text = "enum Deploy {\n    static let token = \"acmedt_4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a\"\n    static let prefix = \"acmedt_\"\n}\n";
        let file = SourceFile {
            path: "Sources/Deploy.swift",
            text,
            is_test_path: false,
        };
        let found = SwiftAnalyzer.analyze(&file, &config).diagnostics;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].rule.id, "credentials/custom-pattern");
        assert_eq!(found[0].message, "Acme deploy token is hardcoded");
        assert_eq!(found[0].severity, Some(trustlint_core::Severity::Critical));
        assert_eq!(
            &text[found[0].range.start..found[0].range.end],
            "acmedt_4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a"
        );
    }
}
