//! Property lists the Swift analyzer reads for settings that live outside the code
//! (App Transport Security in `Info.plist`). The XML is parsed with the `plist`
//! crate; findings point back at the `<key>` elements in the text. Binary plists
//! are not text and never reach the analyzer.

use trustlint_core::{AnalysisError, FileAnalysis, SourceFile, TextRange};

/// `Info.plist`, also under a target-specific name (`App-Info.plist`).
pub fn is_info_plist(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or(path);
    file == "Info.plist" || file.ends_with("-Info.plist")
}

pub fn analyze(file: &SourceFile<'_>) -> FileAnalysis {
    match plist::Value::from_reader_xml(file.text.as_bytes()) {
        Ok(root) => FileAnalysis {
            diagnostics: crate::checks::debug_entry::insecure_transport_policy::check_info_plist(
                &root, file.text,
            ),
            errors: Vec::new(),
        },
        Err(err) => FileAnalysis {
            diagnostics: Vec::new(),
            errors: vec![AnalysisError {
                range: None,
                message: format!("not a valid XML property list: {err}"),
            }],
        },
    }
}

/// The `<key>name</key>` element at or after byte `from`, as a range.
pub fn find_key(text: &str, name: &str, from: usize) -> Option<TextRange> {
    let element = format!("<key>{name}</key>");
    let at = from + text.get(from..)?.find(&element)?;
    Some(TextRange::new(at, at + element.len()))
}
