//! The project's own secret formats from `trustlint.toml` (`[credentials] patterns`).

use aho_corasick::AhoCorasick;
use regex::Regex;
use std::fmt;
use std::ops::Range;
use trustlint_core::config::ExtraSecretPattern;
use trustlint_core::rules::credentials;
use trustlint_core::{Config, RuleMeta, Severity};

/// The configured patterns, compiled once per config.
#[derive(Debug, Default)]
pub struct ExtraPatterns {
    patterns: Vec<CompiledPattern>,
}

#[derive(Debug)]
struct CompiledPattern {
    name: String,
    regex: Regex,
    /// Case-insensitive prefilter over the pattern's keywords; `None` runs the regex always.
    keywords: Option<AhoCorasick>,
    severity: Option<Severity>,
}

/// A secret matching a configured pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraMatch<'p> {
    pub rule: &'static RuleMeta,
    /// The pattern's configured name: "Acme deploy token".
    pub name: &'p str,
    pub range: Range<usize>,
    pub severity: Option<Severity>,
}

/// A configured pattern that is not a valid regular expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraPatternError {
    pub name: String,
    /// Byte range of the regex string in the config file, when known.
    pub span: Option<Range<usize>>,
    pub message: String,
}

impl fmt::Display for ExtraPatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`credentials.patterns`: the regex of `{}` is invalid: {}",
            self.name, self.message
        )
    }
}

impl std::error::Error for ExtraPatternError {}

/// Compiles `config.credentials.patterns`; the first invalid regex is an error
/// naming the pattern, for the engine to report as a config error.
pub fn compile_extra_patterns(config: &Config) -> Result<ExtraPatterns, ExtraPatternError> {
    let patterns = config
        .credentials
        .patterns
        .iter()
        .map(compile_pattern)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ExtraPatterns { patterns })
}

fn compile_pattern(pattern: &ExtraSecretPattern) -> Result<CompiledPattern, ExtraPatternError> {
    let error = |message: String| ExtraPatternError {
        name: pattern.name.clone(),
        span: Some(pattern.regex.span()),
        message,
    };
    let regex = Regex::new(pattern.regex.get_ref()).map_err(|e| error(e.to_string()))?;
    if regex.is_match("") {
        return Err(error(
            "it matches the empty string, so it would match everywhere".to_owned(),
        ));
    }
    let keywords = if pattern.keywords.is_empty() {
        None
    } else {
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&pattern.keywords)
            .map_err(|e| error(format!("bad keywords: {e}")))?;
        Some(automaton)
    };
    Ok(CompiledPattern {
        name: pattern.name.clone(),
        regex,
        keywords,
        severity: pattern.severity,
    })
}

impl ExtraPatterns {
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every match of every configured pattern in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<ExtraMatch<'_>> {
        let mut found: Vec<ExtraMatch<'_>> = self
            .patterns
            .iter()
            .filter(|pattern| pattern.keywords.as_ref().is_none_or(|k| k.is_match(text)))
            .flat_map(|pattern| {
                pattern.regex.find_iter(text).map(|m| ExtraMatch {
                    rule: &credentials::custom_pattern::RULE,
                    name: &pattern.name,
                    range: m.range(),
                    severity: pattern.severity,
                })
            })
            .collect();
        found.sort_by_key(|m| m.range.start);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(patterns: &str) -> Config {
        Config::parse(
            "trustlint.toml",
            &format!("[credentials]\npatterns = [{patterns}]\n"),
        )
        .expect("test config")
    }

    #[test]
    fn finds_configured_patterns_behind_their_keywords() {
        let config = config(
            r#"{ name = "Acme deploy token", regex = "acme_[0-9a-f]{32}", keywords = ["acme_"], severity = "critical" }"#,
        );
        let patterns = compile_extra_patterns(&config).unwrap();
        let text = "token = \"acme_4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a\"";
        let found = patterns.find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Acme deploy token");
        assert_eq!(found[0].severity, Some(Severity::Critical));
        assert_eq!(
            &text[found[0].range.clone()],
            "acme_4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a"
        );
        assert!(patterns.find("no token here").is_empty());
    }

    #[test]
    fn invalid_regex_names_the_pattern() {
        let config = config(r#"{ name = "Broken", regex = "acme_[0-9" }"#);
        let err = compile_extra_patterns(&config).unwrap_err();
        assert_eq!(err.name, "Broken");
        assert!(err.to_string().contains("`Broken`"), "{err}");
        assert!(err.span.is_some());
    }

    #[test]
    fn a_pattern_matching_nothing_in_particular_is_rejected() {
        let err = compile_extra_patterns(&config(r#"{ name = "Everything", regex = "x*" }"#))
            .unwrap_err();
        assert!(err.message.contains("empty string"));
    }
}
