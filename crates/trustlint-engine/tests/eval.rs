//! The evaluation sets under `test-fixtures/eval/<category>/`: realistic files
//! with a `labels.tsv` manifest (`file`, `line`, `label`, `family`, `note`)
//! written by the generator scripts beside them. A line labelled with a rule id
//! must get a finding of that rule starting on it (a true positive, or a miss);
//! every other finding of the set's category is a false alarm, counted against
//! the family of the line it starts on (`unlabelled` for ordinary code).
//!
//! Prints precision, recall and F1 per family and overall
//! (`cargo test -p trustlint-engine --test eval -- --nocapture`), checks that
//! `docs/evaluation.md` shows the current numbers (`TRUSTLINT_BLESS=1` rewrites
//! it) and asserts floors, so a regression fails.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use trustlint_core::ProjectContext;
use trustlint_engine::{
    ANALYZER_STACK_SIZE, Settings, analyze_text_in_project, find_rule, gather_project_context,
    load_settings,
};
use trustlint_secrets::{TokenFormat, token_formats};

const CONFIG_FILE_NAME: &str = "trustlint.toml";
const UNLABELLED: &str = "unlabelled";

/// One evaluation set and the accuracy it must keep.
struct EvalSet {
    /// Directory under `test-fixtures/eval/` and the category whose findings count.
    category: &'static str,
    min_precision: f64,
    min_recall: f64,
    min_positives: usize,
    min_negatives: usize,
}

/// Floors just under what the detectors achieve today: a change that loses a
/// finding or adds a false alarm fails here. Raise them as the detectors improve.
const SETS: [EvalSet; 3] = [
    EvalSet {
        category: "credentials",
        min_precision: 0.99,
        min_recall: 0.99,
        min_positives: 400,
        min_negatives: 400,
    },
    EvalSet {
        category: "debug-entry",
        min_precision: 0.99,
        min_recall: 0.99,
        min_positives: 200,
        min_negatives: 250,
    },
    EvalSet {
        category: "data-upload",
        min_precision: 0.99,
        min_recall: 0.99,
        min_positives: 250,
        min_negatives: 250,
    },
];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn set_root(set: &EvalSet) -> PathBuf {
    repo_root().join("test-fixtures/eval").join(set.category)
}

/// A labelled line of the manifest.
struct Label {
    /// `None` for a hard negative (`-`).
    rule: Option<String>,
    family: String,
    note: String,
}

type Labels = BTreeMap<String, BTreeMap<usize, Label>>;

fn read_labels(dir: &Path) -> Labels {
    let manifest = dir.join("labels.tsv");
    let text = std::fs::read_to_string(&manifest)
        .unwrap_or_else(|e| panic!("{}: {e}", manifest.display()));
    let mut labels: Labels = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, number, rule, family, note] = fields[..] else {
            panic!(
                "{}:{}: expected 5 tab-separated fields",
                manifest.display(),
                index + 1
            );
        };
        let rule = (rule != "-").then(|| {
            assert!(
                find_rule(rule).is_some(),
                "{}:{}: unknown rule `{rule}`",
                manifest.display(),
                index + 1
            );
            rule.to_owned()
        });
        let number: usize = number.parse().expect("line number");
        let previous = labels.entry(file.to_owned()).or_default().insert(
            number,
            Label {
                rule,
                family: family.to_owned(),
                note: note.to_owned(),
            },
        );
        assert!(previous.is_none(), "{file}:{number} is labelled twice");
    }
    labels
}

fn collect_files(dir: &Path, root: &Path, files: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("eval directory") {
        let path = entry.expect("eval entry").path();
        if path.is_dir() {
            collect_files(&path, root, files);
        } else {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if name != CONFIG_FILE_NAME && name != "labels.tsv" {
                let relative = path.strip_prefix(root).expect("under the set");
                files.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

#[derive(Clone, Copy, Default)]
struct Counts {
    positives: usize,
    negatives: usize,
    true_positives: usize,
    false_negatives: usize,
    false_positives: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.positives += other.positives;
        self.negatives += other.negatives;
        self.true_positives += other.true_positives;
        self.false_negatives += other.false_negatives;
        self.false_positives += other.false_positives;
    }

    /// 1 when nothing was reported: no false alarm was made.
    fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

struct Outcome {
    families: BTreeMap<String, Counts>,
    /// Misses and false alarms, one line each, for the printed report.
    errors: Vec<String>,
    files: usize,
    /// The messages of the findings on positive lines that were found.
    found_messages: Vec<String>,
    /// The text of every negative line that stayed silent.
    silent_negatives: Vec<String>,
}

impl Outcome {
    fn total(&self) -> Counts {
        let mut total = Counts::default();
        for counts in self.families.values() {
            total.add(*counts);
        }
        total
    }
}

/// The project a file belongs to: the nearest directory above it (up to the set's
/// root) holding a `trustlint.toml`, as a scan started at that project's root would
/// see it; without one, the file's own directory. The project's settings come from
/// that config and its context (privacy manifests) from everything under it.
fn project_root(file_dir: &Path, set_root: &Path) -> PathBuf {
    file_dir
        .ancestors()
        .take_while(|dir| dir.starts_with(set_root))
        .find(|dir| dir.join(CONFIG_FILE_NAME).is_file())
        .unwrap_or(file_dir)
        .to_path_buf()
}

fn project_setup(dir: &Path) -> (Settings, ProjectContext) {
    let config = dir.join(CONFIG_FILE_NAME);
    let settings = if config.is_file() {
        load_settings(dir, Some(&config), &[], &[])
            .unwrap_or_else(|err| panic!("eval config {}: {err}", config.display()))
    } else {
        Settings::default()
    };
    (settings, gather_project_context(dir))
}

fn evaluate(set: &EvalSet) -> Outcome {
    let root = set_root(set);
    let labels = read_labels(&root);
    let mut files = Vec::new();
    collect_files(&root, &root, &mut files);
    files.sort();
    for labelled in labels.keys() {
        assert!(
            files.contains(labelled),
            "labels.tsv names `{labelled}`, which is not in the set"
        );
    }
    let no_labels = BTreeMap::new();
    let mut setups: BTreeMap<PathBuf, (Settings, ProjectContext)> = BTreeMap::new();
    let mut families: BTreeMap<String, Counts> = BTreeMap::new();
    let mut errors = Vec::new();
    let mut found_messages = Vec::new();
    let mut silent_negatives = Vec::new();
    for file in &files {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).expect("eval file is UTF-8");
        let dir = project_root(path.parent().expect("file has a directory"), &root);
        let (settings, project) = setups
            .entry(dir.clone())
            .or_insert_with(|| project_setup(&dir));
        let outcome = analyze_text_in_project(file, &text, settings, project);
        let file_labels = labels.get(file).unwrap_or(&no_labels);
        let mut found: BTreeMap<(usize, &str), Vec<&str>> = BTreeMap::new();
        let lines: Vec<&str> = text.lines().collect();
        for finding in &outcome.findings {
            if finding.rule.category().as_str() == set.category {
                found
                    .entry((finding.start.line, finding.rule.id))
                    .or_default()
                    .push(&finding.message);
            }
        }
        for (line, label) in file_labels {
            let counts = families.entry(label.family.clone()).or_default();
            match &label.rule {
                Some(rule) => {
                    counts.positives += 1;
                    if let Some(messages) = found.remove(&(*line, rule.as_str())) {
                        counts.true_positives += 1;
                        found_messages.extend(messages.iter().map(|m| (*m).to_owned()));
                    } else {
                        counts.false_negatives += 1;
                        errors.push(format!(
                            "missed      {file}:{line} {rule} [{}] {}",
                            label.family, label.note
                        ));
                    }
                }
                None => {
                    counts.negatives += 1;
                    if !found.keys().any(|(found_line, _)| found_line == line) {
                        silent_negatives.push(lines[line - 1].to_owned());
                    }
                }
            }
        }
        for ((line, rule), messages) in found {
            let (family, note) = file_labels
                .get(&line)
                .map_or((UNLABELLED, ""), |l| (l.family.as_str(), l.note.as_str()));
            families
                .entry(family.to_owned())
                .or_default()
                .false_positives += messages.len();
            errors.push(format!(
                "false alarm {file}:{line} {rule} [{family}] {note}: {}",
                messages.join("; ")
            ));
        }
    }
    Outcome {
        families,
        errors,
        files: files.len(),
        found_messages,
        silent_negatives,
    }
}

/// What `trustlint-secrets` reports a format's tokens as: "Linear API key is hardcoded".
fn hardcoded_message(format: &TokenFormat) -> String {
    let mut kind = format.kind.chars();
    let first = kind.next().map(|c| c.to_uppercase().collect::<String>());
    format!(
        "{}{} is hardcoded",
        first.unwrap_or_default(),
        kind.as_str()
    )
}

/// Lower-case with the separators names use removed, as the secrets matcher
/// compares context words with the names values are bound to.
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '_' | '-' | '.' | ' ' | '/'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a silent negative line is a near miss of `format`: what the format's
/// prefilter hands to its checks, so the format itself turned it down. For a
/// prefixed format the line holds one of its prefixes; for a contextual format
/// it names the provider (a value bound to `DATADOG_API_KEY`).
fn is_near_miss_of(format: &TokenFormat, line: &str) -> bool {
    if format.is_contextual() {
        let line = normalized(line);
        format
            .context
            .iter()
            .any(|word| line.contains(&normalized(word)))
    } else {
        let line = line.to_ascii_lowercase();
        format
            .prefixes
            .iter()
            .any(|prefix| line.contains(&prefix.to_ascii_lowercase()))
    }
}

/// Every token format of `trustlint-secrets` must be in the credentials set with
/// a positive line it was found on (told by the finding's message, which names
/// the format's kind) and a near-miss negative line that stayed silent.
fn uncovered_formats(outcome: &Outcome) -> Vec<String> {
    let mut without_positive = Vec::new();
    let mut without_near_miss = Vec::new();
    for format in token_formats() {
        let message = hardcoded_message(format);
        if !outcome
            .found_messages
            .iter()
            .any(|m| m.starts_with(&message))
        {
            without_positive.push(format.id);
        }
        if !outcome
            .silent_negatives
            .iter()
            .any(|line| is_near_miss_of(format, line))
        {
            without_near_miss.push(format.id);
        }
    }
    let mut failures = Vec::new();
    if !without_positive.is_empty() {
        failures.push(format!(
            "credentials: {} token formats have no found positive line: {}",
            without_positive.len(),
            without_positive.join(", ")
        ));
    }
    if !without_near_miss.is_empty() {
        failures.push(format!(
            "credentials: {} token formats have no silent near-miss negative line: {}",
            without_near_miss.len(),
            without_near_miss.join(", ")
        ));
    }
    failures
}

fn table(title: &str, outcome: &Outcome) -> String {
    let mut out = String::new();
    let total = outcome.total();
    writeln!(
        out,
        "### {title}\n\n{} files, {} positive and {} negative labelled lines.\n",
        outcome.files, total.positives, total.negatives
    )
    .unwrap();
    writeln!(
        out,
        "| family | positives | negatives | found | missed | false alarms | precision | recall | F1 |"
    )
    .unwrap();
    writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|").unwrap();
    let mut row = |name: &str, c: &Counts| {
        writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {:.3} | {:.3} | {:.3} |",
            c.positives,
            c.negatives,
            c.true_positives,
            c.false_negatives,
            c.false_positives,
            c.precision(),
            c.recall(),
            c.f1()
        )
        .unwrap();
    };
    for (family, counts) in &outcome.families {
        row(family, counts);
    }
    row("**overall**", &total);
    out
}

const DOC_PATH: &str = "docs/evaluation.md";

fn document(sections: &[String]) -> String {
    let mut doc = String::from(
        "# Evaluation\n\n\
         <!-- Generated by `crates/trustlint-engine/tests/eval.rs`; do not edit.\n\
         Regenerate with `TRUSTLINT_BLESS=1 cargo test -p trustlint-engine --test eval`. -->\n\n\
         Accuracy of trustlint's rules on the labelled evaluation sets in\n\
         `test-fixtures/eval/`: realistic Rust, Swift and config files written by the\n\
         generator scripts there, with a `labels.tsv` per set. A labelled line must get a\n\
         finding of its rule starting on it; a finding of the set's category anywhere else\n\
         is a false alarm, counted against the family of the line it is on (`unlabelled`\n\
         for ordinary code). Secrets are fake but format-valid; negatives are the values\n\
         that look like secrets and are not (UUIDs, digests, git revisions, placeholders,\n\
         test data, environment lookups, public keys, client keys).\n\n\
         The credentials set covers every token format of `trustlint-secrets` (the\n\
         `format-coverage` family, built from the samples each format declares): the\n\
         test fails, naming the formats, when one has no positive line it is found on\n\
         or no near miss its prefilter hands over that stays silent.\n\n\
         Reproduce with\n\n\
         ```sh\n\
         cargo test -p trustlint-engine --test eval -- --nocapture\n\
         ```\n\n\
         which prints these tables and every miss and false alarm, and fails when\n\
         precision or recall falls below the floors in the test.\n\n",
    );
    for section in sections {
        doc.push_str(section);
        doc.push('\n');
    }
    doc
}

fn run() -> Vec<String> {
    let mut failures = Vec::new();
    let mut sections = Vec::new();
    for set in &SETS {
        if !set_root(set).is_dir() {
            failures.push(format!("no evaluation set at {}", set_root(set).display()));
            continue;
        }
        let outcome = evaluate(set);
        let total = outcome.total();
        let section = table(set.category, &outcome);
        println!("{section}");
        for error in &outcome.errors {
            println!("  {error}");
        }
        println!();
        if total.positives < set.min_positives || total.negatives < set.min_negatives {
            failures.push(format!(
                "{}: {} positive and {} negative lines, need {} and {}",
                set.category,
                total.positives,
                total.negatives,
                set.min_positives,
                set.min_negatives
            ));
        }
        if total.precision() < set.min_precision || total.recall() < set.min_recall {
            failures.push(format!(
                "{}: precision {:.3} (floor {}), recall {:.3} (floor {})",
                set.category,
                total.precision(),
                set.min_precision,
                total.recall(),
                set.min_recall
            ));
        }
        if set.category == "credentials" {
            failures.extend(uncovered_formats(&outcome));
        }
        sections.push(section);
    }
    let doc = document(&sections);
    let doc_path = repo_root().join(DOC_PATH);
    if std::env::var_os("TRUSTLINT_BLESS").is_some() {
        std::fs::create_dir_all(doc_path.parent().expect("docs dir")).expect("docs dir");
        std::fs::write(&doc_path, &doc).expect("write docs/evaluation.md");
    } else if std::fs::read_to_string(&doc_path).ok().as_deref() != Some(doc.as_str()) {
        failures.push(format!(
            "{DOC_PATH} does not show the current numbers; \
             run `TRUSTLINT_BLESS=1 cargo test -p trustlint-engine --test eval`"
        ));
    }
    failures
}

#[test]
fn evaluation_sets_keep_their_accuracy() {
    let failures = std::thread::Builder::new()
        .stack_size(ANALYZER_STACK_SIZE)
        .spawn(run)
        .expect("eval thread")
        .join()
        .expect("eval run");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
