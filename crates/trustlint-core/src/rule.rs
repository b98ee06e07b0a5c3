//! The rule model: every rule is a `static RuleMeta` declared with [`declare_rule!`]
//! in its own file, next to its logic. Registries are generated from the rule files
//! (see `trustlint-devtools`), never kept by hand.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The three ways software betrays its users; the first segment of every rule id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Credentials,
    DebugEntry,
    DataUpload,
    /// trustlint's own checks on its inputs (suppression comments); not a detection category.
    #[serde(rename = "trustlint")]
    Tool,
}

impl Category {
    pub const ALL: [Category; 3] = [
        Category::Credentials,
        Category::DebugEntry,
        Category::DataUpload,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Credentials => "credentials",
            Category::DebugEntry => "debug-entry",
            Category::DataUpload => "data-upload",
            Category::Tool => "trustlint",
        }
    }

    /// What the category's rules find, in one sentence.
    pub fn summary(self) -> &'static str {
        match self {
            Category::Credentials => {
                "Hardcoded secrets: provider tokens, passwords, API keys, private keys, crypto keys and credentials in URLs or headers"
            }
            Category::DebugEntry => {
                "Hidden debug entry points and backdoors: magic-value logins, auth bypasses behind flags or headers, hidden debug routes, remote command execution, disabled TLS verification"
            }
            Category::DataUpload => {
                "Unauthorized data uploads: sensitive data reaching network sinks, uploads to hosts outside the allow-list, collection the privacy manifest does not declare"
            }
            Category::Tool => {
                "trustlint's own checks of its suppression comments: a reason is required, and a suppression must suppress something"
            }
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        [Category::Tool]
            .into_iter()
            .chain(Category::ALL)
            .find(|c| c.as_str() == s)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Low,
        Severity::Medium,
        Severity::High,
        Severity::Critical,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// GitHub code scanning reads this number from `properties.security-severity`:
    /// at least 9.0 is critical, at least 7.0 high, at least 4.0 medium.
    pub fn security_severity(self) -> &'static str {
        match self {
            Severity::Low => "3.0",
            Severity::Medium => "5.5",
            Severity::High => "8.0",
            Severity::Critical => "9.5",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure a rule is that what it reports is real.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Rust,
    Swift,
    /// Configuration and text files: `.env`, plists, JSON, YAML, TOML, key files.
    Config,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::Rust => "rust",
            Language::Swift => "swift",
            Language::Config => "config",
        }
    }
}

/// Everything users and tools know about a rule. Ids are stable forever once released.
#[derive(Debug, Serialize)]
pub struct RuleMeta {
    /// `<category>/<rule-name>`, kebab-case.
    pub id: &'static str,
    pub summary: &'static str,
    pub cwe: &'static [u32],
    pub severity: Severity,
    pub confidence: Confidence,
    pub languages: &'static [Language],
    /// Markdown with the headings *What it finds*, *Why it matters*, *Example*,
    /// *Instead*, *References*; taken from the rule's doc comment.
    #[serde(skip)]
    pub docs: &'static str,
}

impl RuleMeta {
    pub fn category(&self) -> Category {
        let prefix = self.id.split('/').next().unwrap_or_default();
        Category::parse(prefix)
            .unwrap_or_else(|| panic!("rule id {} has no known category", self.id))
    }

    /// The part after the category: reads as "allow <name>".
    pub fn name(&self) -> &'static str {
        self.id.split_once('/').map_or(self.id, |(_, name)| name)
    }

    /// The docs as Markdown, without the space that `/// ` leaves before every line.
    pub fn markdown_docs(&self) -> String {
        self.docs
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn applies_to(&self, language: Language) -> bool {
        self.languages.contains(&language)
    }
}

impl PartialEq for RuleMeta {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for RuleMeta {}

/// Declares a rule's metadata; the doc comment above it becomes the rule's docs.
///
/// ```
/// trustlint_core::declare_rule! {
///     /// ## What it finds
///     /// Example text.
///     pub static RULE = {
///         id: "credentials/example-token",
///         summary: "An example token is hardcoded",
///         cwe: [798],
///         severity: High,
///         confidence: High,
///         languages: [Rust, Swift],
///     }
/// }
/// assert_eq!(RULE.name(), "example-token");
/// assert!(RULE.docs.contains("What it finds"));
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis static $name:ident = {
            id: $id:literal,
            summary: $summary:literal,
            cwe: [$($cwe:literal),* $(,)?],
            severity: $severity:ident,
            confidence: $confidence:ident,
            languages: [$($language:ident),* $(,)?] $(,)?
        }
    ) => {
        $vis static $name: $crate::RuleMeta = $crate::RuleMeta {
            id: $id,
            summary: $summary,
            cwe: &[$($cwe),*],
            severity: $crate::Severity::$severity,
            confidence: $crate::Confidence::$confidence,
            languages: &[$($crate::Language::$language),*],
            docs: concat!($($doc, "\n"),*),
        };
    };
}
