//! Project context: files that describe the whole project (Apple privacy manifests)
//! rather than one source file. They are gathered once per scan, before the files are
//! analysed, and handed to every analysis (see `ProjectContext` in trustlint-core).

use crate::analyzers::ANALYZERS;
use crate::walk::display_path;
use std::path::Path;
use trustlint_core::{ProjectContext, ProjectFile};

/// Project files are small declarations; anything larger is not one.
const MAX_PROJECT_FILE_SIZE: u64 = 1024 * 1024;

/// Whether some analyzer wants `path` (relative, `/`-separated) as project context.
pub fn is_project_file(path: &str) -> bool {
    ANALYZERS.iter().any(|a| a.wants_project_file(path))
}

/// Every project file under `root` (gitignore-aware, like the scan itself), sorted by
/// path. Unreadable or oversized files are left out: they are reported when the scan
/// reads them as ordinary files.
pub fn gather_project_context(root: &Path) -> ProjectContext {
    let mut files = Vec::new();
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .follow_links(false)
        .require_git(false)
        .filter_entry(|entry| entry.file_name() != ".git")
        .build();
    for entry in walker.flatten() {
        let is_file = entry.file_type().is_some_and(|t| t.is_file());
        let shown = display_path(root, entry.path());
        if !is_file || !is_project_file(&shown) {
            continue;
        }
        let small_enough = entry
            .metadata()
            .is_ok_and(|meta| meta.len() <= MAX_PROJECT_FILE_SIZE);
        if let (true, Ok(bytes)) = (small_enough, std::fs::read(entry.path())) {
            files.push(ProjectFile { path: shown, bytes });
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    ProjectContext { files }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gathers_privacy_manifests_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("App/Resources")).unwrap();
        std::fs::write(
            dir.path().join("App/Resources/PrivacyInfo.xcprivacy"),
            "<plist/>",
        )
        .unwrap();
        std::fs::write(dir.path().join("App/Main.swift"), "let x = 1").unwrap();
        let project = gather_project_context(dir.path());
        let paths: Vec<&str> = project.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["App/Resources/PrivacyInfo.xcprivacy"]);
        assert_eq!(project.files[0].bytes, b"<plist/>");
    }
}
