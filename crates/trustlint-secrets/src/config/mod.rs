//! Config and text files.

/// Scans configuration and key files for secrets.
#[derive(Debug, Default)]
pub struct ConfigAnalyzer;
