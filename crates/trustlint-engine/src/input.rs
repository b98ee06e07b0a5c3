//! Turning raw bytes (from disk or from git) into an analysed file: size limit,
//! binary detection and UTF-8 decoding are decided here, once for every input.

use crate::analyzers::judged_by_path;
use crate::{FileOutcome, Settings, analyze_text_in_project, is_project_file};
use trustlint_core::ProjectContext;

/// Bytes looked at to decide whether a file is binary.
const BINARY_SNIFF_LEN: usize = 8000;

/// Analyses `bytes` as the file `shown` within `project`; never fails: problems
/// become error entries.
pub fn analyze_bytes(
    shown: &str,
    bytes: &[u8],
    settings: &Settings,
    project: &ProjectContext,
) -> FileOutcome {
    let error = |message: String| FileOutcome {
        findings: Vec::new(),
        errors: vec![(None, message)],
    };
    let limit = settings.config.scan.max_file_size;
    if bytes.len() as u64 > limit {
        return error(format!(
            "file is {} bytes, above the {limit}-byte limit (`scan.max-file-size`); not analysed",
            bytes.len()
        ));
    }
    if judged_by_path(shown) {
        return analyze_text_in_project(shown, "", settings, project);
    }
    if bytes[..bytes.len().min(BINARY_SNIFF_LEN)].contains(&0) {
        // A binary privacy manifest was already read as project context.
        if is_project_file(shown) {
            return FileOutcome::default();
        }
        return error("binary file (it contains NUL bytes); not analysed".to_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => analyze_text_in_project(shown, text, settings, project),
        Err(err) => {
            let text = String::from_utf8_lossy(bytes);
            let mut outcome = analyze_text_in_project(shown, &text, settings, project);
            let line = bytes[..err.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            outcome.errors.push((
                Some(line),
                "file is not valid UTF-8; invalid bytes were replaced before analysis".to_owned(),
            ));
            outcome
        }
    }
}
