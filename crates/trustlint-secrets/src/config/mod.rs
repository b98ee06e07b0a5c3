//! Secrets in config, text and key files: `.env`, plists, JSON, YAML, TOML, INI,
//! `.npmrc`, `.netrc`, `.git-credentials`, PEM files and binary key stores.
//!
//! Every file gets the whole-text passes (provider tokens with a prefix, URL
//! credentials, Authorization values, configured patterns); entries
//! (`name = value`) additionally get the contextual formats of the provider
//! their name mentions and, when nothing else matched, the name-based
//! [`classify_generic_secret`].
//!
//! Decisions, documented for users:
//! - `.env.example`, `*.sample`, `*.template` and `Cargo.toml` get provider
//!   tokens only: templates hold placeholders by design, and a real-format
//!   token in them is still a leak.
//! - `GoogleService-Info.plist` and `google-services.json` are Firebase client
//!   config; their `AIza…` key ships in every app build and is protected by API
//!   restrictions and App Check, not secrecy, so it is not reported there.
//! - Binary key stores (`.p12`, `.pfx`, `.jks`, `.keystore`, `.bks`) are reported
//!   by name (`credentials/key-file`) at the start of the file, whatever text the
//!   engine could decode.
//! - Lock files are not read.

mod entries;
mod kind;

use crate::extra::{ExtraPatterns, compile_extra_patterns};
use crate::format::{TokenMatch, capitalized};
use crate::generic::classify_generic_secret;
use crate::{
    find_auth_header_values, find_prefixed_tokens, find_tokens_with_context, find_url_credentials,
};
use kind::{FileKind, FileRole, classify};
use std::ops::Range;
use std::sync::{Arc, Mutex};
use trustlint_core::config::TestCodePolicy;
use trustlint_core::rules::credentials;
use trustlint_core::{
    AnalysisError, Analyzer, Config, Diagnostic, FileAnalysis, Language, RuleMeta, SourceFile,
    TextRange,
};

/// Every rule the config analyzer reports.
static RULES: &[&RuleMeta] = &[
    &credentials::aws_access_key::RULE,
    &credentials::aws_secret_key::RULE,
    &credentials::github_token::RULE,
    &credentials::private_key::RULE,
    &credentials::jwt::RULE,
    &credentials::provider_token::RULE,
    &credentials::url_credentials::RULE,
    &credentials::auth_header_value::RULE,
    &credentials::generic_secret::RULE,
    &credentials::key_file::RULE,
    &credentials::custom_pattern::RULE,
];

/// Scans configuration and key files for secrets (language `Config`).
#[derive(Debug, Default)]
pub struct ConfigAnalyzer {
    /// The configured extra patterns, compiled for the last config seen: the
    /// engine passes the same config for every file of a scan.
    extra_patterns: Mutex<Option<(String, Arc<ExtraPatterns>)>>,
}

impl ConfigAnalyzer {
    pub fn new() -> ConfigAnalyzer {
        ConfigAnalyzer::default()
    }

    fn extra_patterns(&self, config: &Config) -> Result<Arc<ExtraPatterns>, String> {
        let key = format!("{:?}", config.credentials.patterns);
        let mut cache = self
            .extra_patterns
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((cached_key, patterns)) = cache.as_ref()
            && *cached_key == key
        {
            return Ok(Arc::clone(patterns));
        }
        let patterns = Arc::new(compile_extra_patterns(config).map_err(|e| e.to_string())?);
        *cache = Some((key, Arc::clone(&patterns)));
        Ok(patterns)
    }
}

impl Analyzer for ConfigAnalyzer {
    fn language(&self) -> Language {
        Language::Config
    }

    fn rules(&self) -> &'static [&'static RuleMeta] {
        RULES
    }

    fn handles(&self, path: &str) -> bool {
        classify(path).is_some()
    }

    fn judges_by_path(&self, path: &str) -> bool {
        classify(path).is_some_and(|role| role.kind == FileKind::KeyStore)
    }

    fn analyze(&self, file: &SourceFile<'_>, config: &Config) -> FileAnalysis {
        let mut analysis = FileAnalysis::default();
        let Some(role) = classify(file.path) else {
            return analysis;
        };
        let policy = config.credentials.test_code;
        if file.is_test_path && policy == TestCodePolicy::Off {
            return analysis;
        }
        let file_name = file.path.rsplit('/').next().unwrap_or(file.path);
        if role.kind == FileKind::KeyStore {
            analysis.diagnostics.push(
                Diagnostic::new(
                    &credentials::key_file::RULE,
                    TextRange::new(0, 0),
                    format!("Key store `{file_name}` is committed"),
                )
                .with_help(help_for(role.kind)),
            );
            return analysis;
        }
        let provider_only = role.provider_tokens_only
            || (file.is_test_path && policy == TestCodePolicy::ProviderOnly);
        let secrets = find_secrets(file.text, role, provider_only);
        for secret in secrets {
            analysis
                .diagnostics
                .push(diagnostic(secret, file_name, role.kind));
        }
        match self.extra_patterns(config) {
            Ok(patterns) => {
                for found in patterns.find(file.text) {
                    let range = TextRange::from(found.range);
                    let mut diagnostic = Diagnostic::new(
                        found.rule,
                        range,
                        format!("{} is hardcoded in {file_name}", found.name),
                    )
                    .with_help(help_for(role.kind))
                    .with_secret(range);
                    if let Some(severity) = found.severity {
                        diagnostic = diagnostic.with_severity(severity);
                    }
                    analysis.diagnostics.push(diagnostic);
                }
            }
            Err(message) => analysis.errors.push(AnalysisError {
                range: None,
                message,
            }),
        }
        analysis
    }
}

/// A secret found in a file, before it becomes a diagnostic.
struct FoundSecret {
    token: TokenMatch,
    /// For name-based findings: the name the value is bound to.
    bound_name: Option<String>,
}

/// No token format matches fewer characters; shorter values (most of a JSON
/// file's) skip the per-entry token search.
const SHORTEST_TOKEN: usize = 8;

fn find_secrets(text: &str, role: FileRole, provider_only: bool) -> Vec<FoundSecret> {
    let mut found: Vec<FoundSecret> = find_prefixed_tokens(text)
        .into_iter()
        .map(|token| FoundSecret {
            token,
            bound_name: None,
        })
        .collect();
    let entries = entries::extract(role.kind, text);
    for entry in &entries {
        let value = &text[entry.value.clone()];
        if value.len() < SHORTEST_TOKEN {
            continue;
        }
        for mut token in find_tokens_with_context(value, Some(&entry.path)) {
            token.range = shift(token.range, entry.value.start);
            found.push(FoundSecret {
                token,
                bound_name: None,
            });
        }
    }
    // Firebase's client key, and whatever else would flag its value (`API_KEY`
    // is a credential name), is expected in Firebase client config.
    let firebase_client_keys: Vec<Range<usize>> = if role.firebase_client_config {
        found
            .iter()
            .filter(|secret| secret.token.format_id == "google-api-key")
            .map(|secret| secret.token.range.clone())
            .collect()
    } else {
        Vec::new()
    };
    if !provider_only {
        let structural = find_url_credentials(text)
            .into_iter()
            .chain(find_auth_header_values(text));
        found.extend(structural.map(|token| FoundSecret {
            token,
            bound_name: None,
        }));
        for entry in &entries {
            let value = &text[entry.value.clone()];
            if let Some((generic, bound_name)) = classify_entry(entry, value) {
                found.push(FoundSecret {
                    token: TokenMatch {
                        rule: &credentials::generic_secret::RULE,
                        kind: generic.kind,
                        range: entry.value.clone(),
                        format_id: "generic-secret",
                        severity: None,
                    },
                    bound_name: Some(bound_name),
                });
            }
        }
    }
    found.retain(|secret| {
        !firebase_client_keys
            .iter()
            .any(|key| overlaps(key, &secret.token.range))
    });
    keep_most_specific(found)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The entry's own name decides; a bare `Key`, `Secret` or `Value` borrows its
/// parent's name (`Jwt.Key`, `Stripe.Secret`) to say what it is. Returns the
/// name to show.
fn classify_entry(entry: &entries::Entry, value: &str) -> Option<(crate::GenericSecret, String)> {
    if let Some(secret) = classify_generic_secret(&entry.name, value) {
        return Some((secret, entry.name.clone()));
    }
    let bare = ["key", "secret", "value"]
        .iter()
        .any(|word| entry.name.eq_ignore_ascii_case(word));
    if !bare {
        return None;
    }
    let parent = entry
        .path
        .strip_suffix(entry.name.as_str())?
        .trim_end_matches('.');
    let parent_name = parent.rsplit('.').next().filter(|p| !p.is_empty())?;
    let secret = classify_generic_secret(&format!("{parent_name}_{}", entry.name), value)?;
    Some((secret, format!("{parent_name}.{}", entry.name)))
}

fn shift(range: Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}

/// One finding per secret: where ranges overlap, a provider format beats a URL
/// or header finding, which beats a name-based one; among equals the longest wins.
fn keep_most_specific(mut found: Vec<FoundSecret>) -> Vec<FoundSecret> {
    let specificity = |secret: &FoundSecret| match secret.token.format_id {
        "generic-secret" => 0,
        "url-credentials" | "auth-header-value" => 1,
        _ => 2,
    };
    found.sort_by(|a, b| {
        specificity(b)
            .cmp(&specificity(a))
            .then(b.token.range.len().cmp(&a.token.range.len()))
            .then(a.token.range.start.cmp(&b.token.range.start))
    });
    let mut kept: Vec<FoundSecret> = Vec::new();
    for secret in found {
        if !kept
            .iter()
            .any(|other| overlaps(&other.token.range, &secret.token.range))
        {
            kept.push(secret);
        }
    }
    kept.sort_by_key(|secret| secret.token.range.start);
    kept
}

fn diagnostic(secret: FoundSecret, file_name: &str, kind: FileKind) -> Diagnostic {
    let token = secret.token;
    let range = TextRange::from(token.range);
    let what = match &secret.bound_name {
        Some(name) => format!("{} `{name}`", capitalized(token.kind)),
        None => capitalized(token.kind),
    };
    let local_note = if token.format_id == "url-credentials" && token.severity.is_some() {
        " (for a local host)"
    } else {
        ""
    };
    let mut diagnostic = Diagnostic::new(
        token.rule,
        range,
        format!("{what} is hardcoded in {file_name}{local_note}"),
    )
    .with_help(help_for(kind))
    .with_secret(range);
    if let Some(severity) = token.severity {
        diagnostic = diagnostic.with_severity(severity);
    }
    diagnostic
}

fn help_for(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Plist => {
            "anything in an app bundle can be extracted: revoke the secret, keep it on your server, or inject a client key at build time from an untracked .xcconfig or CI secret"
        }
        FileKind::KeyText | FileKind::KeyStore => {
            "remove the key from the repository and its history, replace it, and keep it in a secret manager, CI secrets or the keychain"
        }
        FileKind::Netrc | FileKind::GitCredentials => {
            "revoke the credential and keep this file out of the repository; use a credential helper or CI secrets instead"
        }
        FileKind::KeyValue | FileKind::Yaml | FileKind::Json => {
            "revoke the secret, then reference it (`${VAR}`) and supply the value at deploy time from the environment or a secret manager; keep real .env files out of version control"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analyze(path: &str, text: &str) -> Vec<(String, String, String)> {
        let file = SourceFile {
            path,
            text,
            is_test_path: trustlint_core::is_test_path(path),
        };
        ConfigAnalyzer::new()
            .analyze(&file, &Config::default())
            .diagnostics
            .into_iter()
            .map(|d| {
                (
                    d.rule.id.to_owned(),
                    text[d.range.as_range()].to_owned(),
                    d.message,
                )
            })
            .collect()
    }

    #[test]
    fn env_file_provider_and_generic_findings_name_the_kind() {
        let text = "SLACK_BOT_TOKEN=xoxb-210987654321-1098765432109-q8Zr2vLw9xPp4KdM3nTeYbA7\nDB_PASSWORD=Vq3xR8wLp2Nz\nLOG_LEVEL=debug\n";
        let found = analyze("deploy/.env", text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "credentials/provider-token");
        assert_eq!(found[0].2, "Slack bot token is hardcoded in .env");
        assert_eq!(found[1].0, "credentials/generic-secret");
        assert_eq!(found[1].1, "Vq3xR8wLp2Nz");
        assert_eq!(found[1].2, "Password `DB_PASSWORD` is hardcoded in .env");
    }

    #[test]
    fn templates_and_test_paths_report_provider_tokens_only() {
        let text = "DB_PASSWORD=Vq3xR8wLp2Nz\n";
        assert!(analyze(".env.example", text).is_empty());
        assert!(analyze("tests/fixtures/.env", text).is_empty());
        assert_eq!(analyze(".env", text).len(), 1);
    }

    #[test]
    fn test_code_policy_all_and_off() {
        let text = "DB_PASSWORD=Vq3xR8wLp2Nz\n";
        let run = |policy: &str| {
            let config = Config::parse(
                "trustlint.toml",
                &format!("[credentials]\ntest-code = \"{policy}\"\n"),
            )
            .unwrap();
            let file = SourceFile {
                path: "tests/fixtures/.env",
                text,
                is_test_path: true,
            };
            ConfigAnalyzer::new()
                .analyze(&file, &config)
                .diagnostics
                .len()
        };
        assert_eq!(run("all"), 1);
        assert_eq!(run("provider-only"), 0);
        assert_eq!(run("off"), 0);
    }

    #[test]
    fn firebase_client_config_key_is_not_a_secret() {
        let plist = "<dict><key>API_KEY</key><string>AIzaSyB3x9Qm2Lp7Rt4Vw8Zk1Nc5Hd0Js6Ya2Eb</string></dict>";
        assert!(analyze("App/GoogleService-Info.plist", plist).is_empty());
        assert_eq!(analyze("App/Info.plist", plist).len(), 1);
    }

    #[test]
    fn key_stores_are_reported_by_name() {
        let found = analyze("fastlane/certs/dist.p12", "\u{fffd}\u{fffd}binary");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "credentials/key-file");
        assert_eq!(found[0].2, "Key store `dist.p12` is committed");
    }

    #[test]
    fn invalid_extra_pattern_is_an_error_not_a_panic() {
        let config = Config::parse(
            "trustlint.toml",
            "[credentials]\npatterns = [{ name = \"Bad\", regex = \"(\" }]\n",
        )
        .unwrap();
        let file = SourceFile {
            path: ".env",
            text: "A=1\n",
            is_test_path: false,
        };
        let analysis = ConfigAnalyzer::new().analyze(&file, &config);
        assert_eq!(analysis.errors.len(), 1);
        assert!(analysis.errors[0].message.contains("`Bad`"));
    }
}
