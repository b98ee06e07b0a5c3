//! Baselines: the findings a project has accepted for now, so that a scan reports
//! only what is new. The file is merge-friendly text: a header comment, then one
//! `<rule-id> <path> <fingerprint>` line per finding, sorted. It holds no secrets
//! (fingerprints are one-way hashes) and no line numbers (fingerprints survive
//! moved lines), so unrelated edits never touch it.

use crate::finding::Finding;
use std::collections::BTreeSet;
use std::fmt;

const HEADER: &str = "# trustlint baseline: one `<rule-id> <path> <fingerprint>` per line, sorted; written by `trustlint baseline`";

/// One accepted finding. Ordered as its line reads (rule, path, fingerprint), so
/// the file is sorted the way `sort` would sort it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BaselineEntry {
    pub rule: String,
    pub path: String,
    pub fingerprint: String,
}

impl BaselineEntry {
    pub fn of(finding: &Finding) -> BaselineEntry {
        BaselineEntry {
            rule: finding.rule.id.to_owned(),
            path: finding.path.clone(),
            fingerprint: finding.fingerprint.clone(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Baseline {
    entries: BTreeSet<BaselineEntry>,
}

/// A line of a baseline file that is not an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaselineError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for BaselineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path, self.line, self.message)
    }
}

impl std::error::Error for BaselineError {}

impl Baseline {
    pub fn from_findings(findings: &[Finding]) -> Baseline {
        Baseline {
            entries: findings.iter().map(BaselineEntry::of).collect(),
        }
    }

    /// Parses a baseline file's text; `path` is only used in errors. Blank lines
    /// and `#` comments are skipped.
    pub fn parse(path: &str, text: &str) -> Result<Baseline, BaselineError> {
        let mut entries = BTreeSet::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // Paths may hold spaces; rule ids and fingerprints never do.
            let entry = line.split_once(' ').and_then(|(rule, rest)| {
                let (file, fingerprint) = rest.rsplit_once(' ')?;
                Some(BaselineEntry {
                    rule: rule.to_owned(),
                    path: decode_path(file),
                    fingerprint: fingerprint.to_owned(),
                })
            });
            match entry {
                Some(entry) if entry.rule.contains('/') && !entry.path.is_empty() => {
                    entries.insert(entry);
                }
                _ => {
                    return Err(BaselineError {
                        path: path.to_owned(),
                        line: number + 1,
                        message: "expected `<rule-id> <path> <fingerprint>`".to_owned(),
                    });
                }
            }
        }
        Ok(Baseline { entries })
    }

    /// The file's text: the header, then the entries in order.
    pub fn render(&self) -> String {
        let mut out = format!("{HEADER}\n");
        for entry in &self.entries {
            out.push_str(&format!(
                "{} {} {}\n",
                entry.rule,
                encode_path(&entry.path),
                entry.fingerprint
            ));
        }
        out
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entries(&self) -> impl Iterator<Item = &BaselineEntry> {
        self.entries.iter()
    }

    pub fn contains(&self, finding: &Finding) -> bool {
        self.entries.contains(&BaselineEntry::of(finding))
    }

    /// Splits `findings` into the new ones (kept) and the number the baseline lists.
    pub fn remove_known(&self, findings: Vec<Finding>) -> (Vec<Finding>, usize) {
        let before = findings.len();
        let new: Vec<Finding> = findings.into_iter().filter(|f| !self.contains(f)).collect();
        let known = before - new.len();
        (new, known)
    }

    /// The baseline without entries that no finding matches any more. Entries the
    /// scan could not have matched (`was_checked` is false: the rule did not run or
    /// the file was not scanned) are kept.
    pub fn prune(
        &self,
        findings: &[Finding],
        was_checked: impl Fn(&BaselineEntry) -> bool,
    ) -> Baseline {
        let current: BTreeSet<BaselineEntry> = findings.iter().map(BaselineEntry::of).collect();
        Baseline {
            entries: self
                .entries
                .iter()
                .filter(|entry| current.contains(entry) || !was_checked(entry))
                .cloned()
                .collect(),
        }
    }
}

/// Line breaks and `%` in a path are percent-encoded so every entry stays one line.
fn encode_path(path: &str) -> String {
    path.replace('%', "%25")
        .replace('\n', "%0A")
        .replace('\r', "%0D")
}

fn decode_path(encoded: &str) -> String {
    encoded
        .replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%25", "%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_paths_with_spaces_and_line_breaks() {
        let text = "# header\n\
                    credentials/aws-access-key src/my file.rs 0a1b:0\n\
                    \n\
                    credentials/aws-access-key odd%0Aname%25.rs ffee:1\n";
        let baseline = Baseline::parse("b.txt", text).unwrap();
        let paths: Vec<&str> = baseline.entries().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["odd\nname%.rs", "src/my file.rs"]);
        let again = Baseline::parse("b.txt", &baseline.render()).unwrap();
        assert_eq!(again, baseline);
    }

    #[test]
    fn rendering_is_sorted_with_the_header_first() {
        let text = "credentials/b a.rs f:0\ncredentials/a z.rs f:0\ncredentials/a a.rs f:0\n";
        let rendered = Baseline::parse("b.txt", text).unwrap().render();
        let lines: Vec<&str> = rendered.lines().collect();
        assert!(lines[0].starts_with("# trustlint baseline"));
        assert_eq!(
            lines[1..],
            [
                "credentials/a a.rs f:0",
                "credentials/a z.rs f:0",
                "credentials/b a.rs f:0"
            ]
        );
    }

    #[test]
    fn malformed_line_is_an_error_with_its_line() {
        let err = Baseline::parse("base.txt", "# ok\n\nnot-an-entry\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "base.txt:3: expected `<rule-id> <path> <fingerprint>`"
        );
    }
}
