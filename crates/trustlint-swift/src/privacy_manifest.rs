//! Apple privacy manifests (`PrivacyInfo.xcprivacy`): what an app or SDK declares it
//! collects, whether it tracks, the tracking domains it contacts and the reasons it
//! uses required-reason APIs. Manifests are XML or binary property lists.
//!
//! Swift files are analysed one at a time, so the manifests are project context: the
//! engine gathers every manifest under the scan root and each Swift analysis reads the
//! declarations of all of them together (an app bundles its SDKs' manifests, and App
//! Store review reads them as one privacy report).

use std::cell::RefCell;
use std::io::Cursor;
use std::rc::Rc;
use trustlint_core::{AnalysisError, FileAnalysis, ProjectContext, ProjectFile};

pub const MANIFEST_FILE_NAME: &str = "PrivacyInfo.xcprivacy";

/// Whether `path` (relative, `/`-separated) is a privacy manifest.
pub fn is_manifest_path(path: &str) -> bool {
    path.rsplit('/').next() == Some(MANIFEST_FILE_NAME)
}

/// What one manifest declares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PrivacyManifest {
    pub path: String,
    /// `NSPrivacyTracking`.
    pub tracking: bool,
    /// `NSPrivacyTrackingDomains`.
    pub tracking_domains: Vec<String>,
    /// `NSPrivacyCollectedDataType` of every `NSPrivacyCollectedDataTypes` entry.
    pub collected_data_types: Vec<String>,
    /// `NSPrivacyAccessedAPIType` of every `NSPrivacyAccessedAPITypes` entry that
    /// gives at least one reason.
    pub accessed_api_categories: Vec<String>,
}

/// The declarations of every manifest in the project, taken together.
#[derive(Clone, Debug, Default)]
pub struct ProjectManifests {
    pub manifests: Vec<PrivacyManifest>,
}

impl ProjectManifests {
    /// Parses every manifest among the project files; unreadable ones are left out
    /// here (they are reported when the manifest itself is analysed).
    pub fn from_project(project: &ProjectContext) -> ProjectManifests {
        let manifests = project
            .files
            .iter()
            .filter(|file| is_manifest_path(&file.path))
            .filter_map(|file| parse_manifest(&file.path, &file.bytes).ok())
            .collect();
        ProjectManifests { manifests }
    }

    /// [`ProjectManifests::from_project`], parsed once per thread while the project's
    /// manifests stay the same: a scan hands every Swift file the same project.
    pub fn of_project(project: &ProjectContext) -> Rc<ProjectManifests> {
        thread_local! {
            static LAST: RefCell<Option<(Vec<ProjectFile>, Rc<ProjectManifests>)>> =
                const { RefCell::new(None) };
        }
        let manifest_files = || {
            project
                .files
                .iter()
                .filter(|file| is_manifest_path(&file.path))
        };
        LAST.with_borrow_mut(|last| {
            if let Some((files, manifests)) = last.as_ref()
                && files.iter().eq(manifest_files())
            {
                return manifests.clone();
            }
            let manifests = Rc::new(ProjectManifests::from_project(project));
            *last = Some((manifest_files().cloned().collect(), manifests.clone()));
            manifests
        })
    }

    /// Whether the project has any privacy manifest: manifest rules only apply then.
    pub fn exist(&self) -> bool {
        !self.manifests.is_empty()
    }

    pub fn declares_tracking(&self) -> bool {
        self.manifests.iter().any(|m| m.tracking)
    }

    /// Whether any manifest declares one of `data_types` as collected.
    pub fn declares_collected(&self, data_types: &[&str]) -> bool {
        self.manifests.iter().any(|m| {
            m.collected_data_types
                .iter()
                .any(|declared| data_types.contains(&declared.as_str()))
        })
    }

    /// Whether `host` is, or lies under, a declared tracking domain.
    pub fn declares_tracking_domain(&self, host: &str) -> bool {
        self.manifests.iter().any(|m| {
            m.tracking_domains.iter().any(|domain| {
                let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
                host == domain || host.ends_with(&format!(".{domain}"))
            })
        })
    }

    /// Whether any manifest gives a reason for the required-reason API `category`.
    pub fn declares_api_reason(&self, category: &str) -> bool {
        self.manifests
            .iter()
            .any(|m| m.accessed_api_categories.iter().any(|c| c == category))
    }
}

/// Parses a manifest's bytes (XML or binary plist).
pub fn parse_manifest(path: &str, bytes: &[u8]) -> Result<PrivacyManifest, String> {
    let root = plist::Value::from_reader(Cursor::new(bytes))
        .map_err(|err| format!("the privacy manifest is not a valid property list: {err}"))?;
    let root = root
        .as_dictionary()
        .ok_or("the privacy manifest's top level is not a dictionary")?;
    let strings_in = |key: &str, field: &str| -> Vec<String> {
        root.get(key)
            .and_then(plist::Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|entry| entry.as_dictionary()?.get(field)?.as_string())
            .map(str::to_owned)
            .collect()
    };
    let accessed_api_categories = root
        .get("NSPrivacyAccessedAPITypes")
        .and_then(plist::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(plist::Value::as_dictionary)
        .filter(|entry| {
            entry
                .get("NSPrivacyAccessedAPITypeReasons")
                .and_then(plist::Value::as_array)
                .is_some_and(|reasons| !reasons.is_empty())
        })
        .filter_map(|entry| entry.get("NSPrivacyAccessedAPIType")?.as_string())
        .map(str::to_owned)
        .collect();
    Ok(PrivacyManifest {
        path: path.to_owned(),
        tracking: root
            .get("NSPrivacyTracking")
            .and_then(plist::Value::as_boolean)
            .unwrap_or(false),
        tracking_domains: root
            .get("NSPrivacyTrackingDomains")
            .and_then(plist::Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(plist::Value::as_string)
            .map(str::to_owned)
            .collect(),
        collected_data_types: strings_in(
            "NSPrivacyCollectedDataTypes",
            "NSPrivacyCollectedDataType",
        ),
        accessed_api_categories,
    })
}

/// Analyses a manifest file on its own: it must parse, or every Swift file's manifest
/// checks run without its declarations.
pub fn analyze_manifest_file(path: &str, text: &str) -> FileAnalysis {
    let errors = match parse_manifest(path, text.as_bytes()) {
        Ok(_) => Vec::new(),
        Err(message) => vec![AnalysisError {
            range: None,
            message: format!("{message}; its declarations were ignored"),
        }],
    };
    FileAnalysis {
        diagnostics: Vec::new(),
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trustlint_core::ProjectFile;

    const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>NSPrivacyTracking</key>
    <true/>
    <key>NSPrivacyTrackingDomains</key>
    <array><string>ads.example.net</string></array>
    <key>NSPrivacyCollectedDataTypes</key>
    <array>
        <dict>
            <key>NSPrivacyCollectedDataType</key>
            <string>NSPrivacyCollectedDataTypePreciseLocation</string>
            <key>NSPrivacyCollectedDataTypeLinked</key>
            <false/>
        </dict>
    </array>
    <key>NSPrivacyAccessedAPITypes</key>
    <array>
        <dict>
            <key>NSPrivacyAccessedAPIType</key>
            <string>NSPrivacyAccessedAPICategoryUserDefaults</string>
            <key>NSPrivacyAccessedAPITypeReasons</key>
            <array><string>CA92.1</string></array>
        </dict>
        <dict>
            <key>NSPrivacyAccessedAPIType</key>
            <string>NSPrivacyAccessedAPICategoryDiskSpace</string>
            <key>NSPrivacyAccessedAPITypeReasons</key>
            <array/>
        </dict>
    </array>
</dict>
</plist>"#;

    #[test]
    fn reads_every_declaration_of_an_xml_manifest() {
        let manifest = parse_manifest("PrivacyInfo.xcprivacy", MANIFEST.as_bytes()).unwrap();
        assert!(manifest.tracking);
        assert_eq!(manifest.tracking_domains, ["ads.example.net"]);
        assert_eq!(
            manifest.collected_data_types,
            ["NSPrivacyCollectedDataTypePreciseLocation"]
        );
        // A category without any reason does not count as declared.
        assert_eq!(
            manifest.accessed_api_categories,
            ["NSPrivacyAccessedAPICategoryUserDefaults"]
        );
    }

    #[test]
    fn reads_binary_manifests() {
        let value = plist::Value::from_reader(Cursor::new(MANIFEST.as_bytes())).unwrap();
        let mut binary = Vec::new();
        value.to_writer_binary(&mut binary).unwrap();
        let manifest = parse_manifest("PrivacyInfo.xcprivacy", &binary).unwrap();
        assert_eq!(manifest.tracking_domains, ["ads.example.net"]);
    }

    #[test]
    fn project_manifests_answer_for_subdomains_and_ignore_other_files() {
        let project = ProjectContext {
            files: vec![
                ProjectFile {
                    path: "App/PrivacyInfo.xcprivacy".to_owned(),
                    bytes: MANIFEST.as_bytes().to_vec(),
                },
                ProjectFile {
                    path: "App/Info.plist".to_owned(),
                    bytes: b"<plist/>".to_vec(),
                },
            ],
        };
        let manifests = ProjectManifests::from_project(&project);
        assert!(manifests.exist());
        assert!(manifests.declares_tracking_domain("ads.example.net"));
        assert!(manifests.declares_tracking_domain("eu.ads.example.net"));
        assert!(!manifests.declares_tracking_domain("badads.example.net"));
        assert!(manifests.declares_collected(&["NSPrivacyCollectedDataTypePreciseLocation"]));
        assert!(!manifests.declares_api_reason("NSPrivacyAccessedAPICategoryDiskSpace"));
    }

    #[test]
    fn a_broken_manifest_is_an_error_not_a_crash() {
        let analysis = analyze_manifest_file("PrivacyInfo.xcprivacy", "<plist><dict><key>");
        assert_eq!(analysis.errors.len(), 1);
        assert!(
            analysis.errors[0]
                .message
                .contains("not a valid property list")
        );
    }
}
