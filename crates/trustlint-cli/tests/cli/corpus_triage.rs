//! The audit on real code: every finding trustlint makes on the downloaded corpora
//! (test-fixtures/corpora, ~130 MB fetched by `fetch.py`, git-ignored) has a row in
//! `triage.tsv` with a reason, none is marked `false`, and no row is left over from a
//! finding that went away. Without the corpora (as in CI) the test says SKIPPED.

use crate::support::trustlint;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// `true`: the rule found what it exists for. `false`: the rule is wrong there.
/// `accepted`: a correct reading that is a problem only in some uses, with the reason.
const VERDICTS: [&str; 3] = ["true", "false", "accepted"];

/// A finding as the triage names it: rule, path under `downloads/`, line.
type Key = (String, String, u64);

#[test]
fn every_corpus_finding_is_triaged_and_none_is_false() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-fixtures/corpora");
    let downloads = corpora.join("downloads");
    if !downloads.join("rust").is_dir() || !downloads.join("swift").is_dir() {
        // Written to stderr directly: libtest would swallow println! of a passing test.
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED: corpus triage: the corpora are not downloaded; run `python3 test-fixtures/corpora/fetch.py` to check the triage"
        );
        return;
    }
    let triage = read_triage(&corpora.join("triage.tsv"));
    let mut reported = BTreeSet::new();
    for corpus in ["rust", "swift"] {
        // Scanned from inside the corpus: the repository's .gitignore lists downloads/.
        let run = trustlint(
            &downloads.join(corpus),
            &["scan", "--format", "json", "--fail-on", "never", "."],
        );
        assert_eq!(run.code, 0, "scanning the {corpus} corpus failed: {run}");
        for finding in run.json()["findings"].as_array().expect("findings") {
            reported.insert((
                finding["rule"].as_str().expect("rule").to_owned(),
                format!("{corpus}/{}", finding["path"].as_str().expect("path")),
                finding["line"].as_u64().expect("line"),
            ));
        }
    }
    let show = |(rule, path, line): &Key| format!("  {rule} {path}:{line}");
    let untriaged: Vec<String> = reported
        .iter()
        .filter(|key| !triage.contains_key(*key))
        .map(show)
        .collect();
    let false_positives: Vec<String> = reported
        .iter()
        .filter(|key| triage.get(*key).is_some_and(|verdict| verdict == "false"))
        .map(show)
        .collect();
    let stale: Vec<String> = triage
        .keys()
        .filter(|key| !reported.contains(*key))
        .map(show)
        .collect();
    assert!(
        untriaged.is_empty() && false_positives.is_empty() && stale.is_empty(),
        "the corpus findings do not match test-fixtures/corpora/triage.tsv \
         (`python3 test-fixtures/corpora/audit.py <trustlint> --pending` prints rows to fill in)\n\
         not triaged:\n{}\nmarked false (fix the rule):\n{}\ntriaged but no longer reported (delete the row):\n{}",
        untriaged.join("\n"),
        false_positives.join("\n"),
        stale.join("\n"),
    );
}

/// The verdict of each triaged finding. A malformed row fails the test, naming its line.
fn read_triage(path: &Path) -> BTreeMap<Key, String> {
    let text = std::fs::read_to_string(path).expect("triage.tsv");
    let mut rows = BTreeMap::new();
    for (index, row) in text.lines().enumerate().skip(1) {
        let at = format!("{}:{}", path.display(), index + 1);
        let fields: Vec<&str> = row.split('\t').collect();
        let [rule, file, line, verdict, reason] = fields[..] else {
            panic!(
                "{at}: expected 5 tab-separated fields, found {}",
                fields.len()
            );
        };
        assert!(
            VERDICTS.contains(&verdict),
            "{at}: verdict `{verdict}` is not one of {VERDICTS:?}"
        );
        assert!(!reason.trim().is_empty(), "{at}: the reason is empty");
        let line = line
            .parse()
            .unwrap_or_else(|_| panic!("{at}: line `{line}` is not a number"));
        let key = (rule.to_owned(), file.to_owned(), line);
        assert!(
            rows.insert(key, verdict.to_owned()).is_none(),
            "{at}: the finding is triaged twice"
        );
    }
    rows
}
