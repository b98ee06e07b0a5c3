//! `trustlint.toml`: what users may configure. Unknown keys and bad values are
//! errors that name the file, line and key; a bad config never falls back silently.

use crate::rule::Severity;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use toml::Spanned;

pub const CONFIG_FILE_NAME: &str = "trustlint.toml";

/// Files above this size are skipped with an error entry unless configured otherwise.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 10 * 1024 * 1024;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    #[serde(default)]
    pub rules: RulesConfig,
    #[serde(default)]
    pub scan: ScanConfig,
    #[serde(default)]
    pub credentials: CredentialsConfig,
    #[serde(default)]
    pub debug_entry: DebugEntryConfig,
    #[serde(default)]
    pub data_upload: DataUploadConfig,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RulesConfig {
    /// Rule ids or categories to run; empty means all.
    #[serde(default)]
    pub select: Vec<Spanned<String>>,
    /// Rule ids or categories not to run.
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
    /// Severity overrides by rule id or category.
    #[serde(default)]
    pub severity: BTreeMap<Spanned<String>, Severity>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ScanConfig {
    /// Gitignore-style globs, relative to the directory holding the config.
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default = "default_max_file_size")]
    pub max_file_size: u64,
}

impl Default for ScanConfig {
    fn default() -> ScanConfig {
        ScanConfig {
            exclude: Vec::new(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
        }
    }
}

fn default_max_file_size() -> u64 {
    DEFAULT_MAX_FILE_SIZE
}

/// Which credential findings are made in test code (`#[cfg(test)]`, `tests/`, XCTest).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TestCodePolicy {
    /// Real provider tokens only; generic heuristics are off in tests.
    #[default]
    ProviderOnly,
    All,
    Off,
}

impl TestCodePolicy {
    /// Whether a credential finding in test code is reported. `is_provider_token`
    /// says the value has a provider's format (`ghp_…`, `AKIA…`) rather than being
    /// recognised by a heuristic (its name, its randomness, the call it is passed to).
    pub fn reports_in_test_code(self, is_provider_token: bool) -> bool {
        match self {
            TestCodePolicy::ProviderOnly => is_provider_token,
            TestCodePolicy::All => true,
            TestCodePolicy::Off => false,
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CredentialsConfig {
    #[serde(default)]
    pub test_code: TestCodePolicy,
    /// Extra token formats, e.g. an internal service's key prefix.
    #[serde(default)]
    pub patterns: Vec<ExtraSecretPattern>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExtraSecretPattern {
    /// Shown in messages: "Acme deploy token".
    pub name: String,
    /// A regular expression matched against string literals and config values.
    pub regex: Spanned<String>,
    /// Literal text every match contains, for the fast prefilter (e.g. `acme_`).
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub severity: Option<Severity>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DebugEntryConfig {
    /// Functions, middleware or guards that count as authentication in route checks.
    #[serde(default)]
    pub auth_guards: Vec<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct DataUploadConfig {
    /// Hosts the app declares it talks to; `*.example.com` matches subdomains.
    #[serde(default)]
    pub allowed_hosts: Vec<String>,
    /// Function or property names that check the user's consent.
    #[serde(default)]
    pub consent_checks: Vec<String>,
    #[serde(default)]
    pub sources: Vec<ExtraSource>,
    #[serde(default)]
    pub sinks: Vec<ExtraSink>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExtraSource {
    pub language: ConfigLanguage,
    /// A call path or member chain, e.g. `acme_telemetry::device_serial` or `AcmeSDK.userEmail`.
    pub call: String,
    /// The kind of data, e.g. `device-id`, `contacts`, `location`.
    pub data_type: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExtraSink {
    pub language: ConfigLanguage,
    /// A call path or method name that sends data over the network.
    pub call: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfigLanguage {
    Rust,
    Swift,
}

/// A config problem, located in its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "{}:{line}:{column}: {}", self.path, self.message)
            }
            (Some(line), None) => write!(f, "{}:{line}: {}", self.path, self.message),
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses a config file's text. `path` is only used in errors.
    pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
        toml::from_str::<Config>(text).map_err(|err| {
            let (line, column) = err.span().map(|span| line_column(text, span.start)).unzip();
            ConfigError {
                path: path.to_owned(),
                line,
                column,
                message: err.message().trim().to_owned(),
            }
        })
    }

    /// Checks every rule id or category the config names against `known`; returns
    /// an error naming the line of the first unknown one.
    pub fn check_rule_names(
        &self,
        path: &str,
        text: &str,
        is_known: impl Fn(&str) -> bool,
    ) -> Result<(), ConfigError> {
        let named = self
            .rules
            .select
            .iter()
            .map(|s| ("rules.select", s))
            .chain(self.rules.ignore.iter().map(|s| ("rules.ignore", s)))
            .chain(self.rules.severity.keys().map(|s| ("rules.severity", s)));
        for (key, name) in named {
            if !is_known(name.get_ref()) {
                let (line, column) = line_column(text, name.span().start);
                return Err(ConfigError {
                    path: path.to_owned(),
                    line: Some(line),
                    column: Some(column),
                    message: format!(
                        "`{key}` names `{}`, which is neither a rule id nor a category (see `trustlint rules`)",
                        name.get_ref()
                    ),
                });
            }
        }
        Ok(())
    }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let index = crate::line_index::LineIndex::new(text);
    let position = index.position(offset);
    (position.line, position.column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_section() {
        let config = Config::parse(
            "trustlint.toml",
            r#"
[rules]
select = ["credentials", "debug-entry/tls-verification-disabled"]
ignore = ["credentials/generic-secret"]
severity = { "data-upload" = "critical" }

[scan]
exclude = ["vendor/**"]
max-file-size = 2048

[credentials]
test-code = "all"
patterns = [{ name = "Acme deploy token", regex = "acme_[0-9a-f]{32}", keywords = ["acme_"] }]

[debug-entry]
auth-guards = ["require_admin"]

[data-upload]
allowed-hosts = ["api.example.com", "*.example.org"]
consent-checks = ["analyticsConsentGiven"]
sources = [{ language = "swift", call = "AcmeSDK.userEmail", data-type = "email" }]
sinks = [{ language = "rust", call = "acme::upload" }]
"#,
        )
        .unwrap();
        assert_eq!(config.scan.max_file_size, 2048);
        assert_eq!(config.credentials.test_code, TestCodePolicy::All);
        assert_eq!(config.data_upload.allowed_hosts.len(), 2);
        assert_eq!(
            config.rules.select[1].get_ref(),
            "debug-entry/tls-verification-disabled"
        );
    }

    #[test]
    fn unknown_key_names_file_line_and_key() {
        let err = Config::parse(
            "repo/trustlint.toml",
            "[scan]\nexclude = []\nexlcude = []\n",
        )
        .unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(
            err.to_string().starts_with("repo/trustlint.toml:3:1: "),
            "{err}"
        );
        assert!(err.message.contains("exlcude"), "{err}");
    }

    #[test]
    fn bad_value_is_an_error() {
        let err =
            Config::parse("t.toml", "[credentials]\ntest-code = \"sometimes\"\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("sometimes"), "{err}");
    }

    #[test]
    fn unknown_rule_names_are_errors_with_their_line() {
        let text = "[rules]\nignore = [\n  \"credentials/aws-acces-key\",\n]\n";
        let config = Config::parse("t.toml", text).unwrap();
        let err = config
            .check_rule_names("t.toml", text, |name| name == "credentials/aws-access-key")
            .unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("credentials/aws-acces-key"));
    }
}
