//! Required-reason APIs (UserDefaults, file timestamps, boot time, disk space, active
//! keyboards) used while no privacy manifest of the project gives a reason for their
//! category. The first use of each category in a file is reported; nothing is
//! reported when the project has no manifest (see the rule's docs).

use crate::Context;
use trustlint_core::rules::data_upload;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&data_upload::missing_required_reason::RULE];

/// An `NSPrivacyAccessedAPIType` category and how messages name it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Category {
    manifest_key: &'static str,
    what: &'static str,
}

const USER_DEFAULTS: Category = Category {
    manifest_key: "NSPrivacyAccessedAPICategoryUserDefaults",
    what: "user defaults",
};
const FILE_TIMESTAMP: Category = Category {
    manifest_key: "NSPrivacyAccessedAPICategoryFileTimestamp",
    what: "file timestamps",
};
const BOOT_TIME: Category = Category {
    manifest_key: "NSPrivacyAccessedAPICategorySystemBootTime",
    what: "system boot time",
};
const DISK_SPACE: Category = Category {
    manifest_key: "NSPrivacyAccessedAPICategoryDiskSpace",
    what: "disk space",
};
const ACTIVE_KEYBOARDS: Category = Category {
    manifest_key: "NSPrivacyAccessedAPICategoryActiveKeyboards",
    what: "active keyboards",
};

/// How an identifier must be used to count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Usage {
    Anywhere,
    /// `.name` with no receiver (a key), or `Qualifier.name`.
    ImplicitMemberOr(&'static str),
    /// `name(…)` as a free function (the C APIs).
    FreeCall,
}

const APIS: &[(&str, Usage, Category)] = &[
    ("UserDefaults", Usage::Anywhere, USER_DEFAULTS),
    ("AppStorage", Usage::Anywhere, USER_DEFAULTS),
    (
        "creationDate",
        Usage::ImplicitMemberOr("FileAttributeKey"),
        FILE_TIMESTAMP,
    ),
    (
        "modificationDate",
        Usage::ImplicitMemberOr("FileAttributeKey"),
        FILE_TIMESTAMP,
    ),
    ("creationDateKey", Usage::Anywhere, FILE_TIMESTAMP),
    (
        "contentModificationDateKey",
        Usage::Anywhere,
        FILE_TIMESTAMP,
    ),
    ("contentAccessDateKey", Usage::Anywhere, FILE_TIMESTAMP),
    (
        "attributeModificationDateKey",
        Usage::Anywhere,
        FILE_TIMESTAMP,
    ),
    ("fileModificationDate", Usage::Anywhere, FILE_TIMESTAMP),
    ("fileCreationDate", Usage::Anywhere, FILE_TIMESTAMP),
    ("stat", Usage::FreeCall, FILE_TIMESTAMP),
    ("lstat", Usage::FreeCall, FILE_TIMESTAMP),
    ("fstat", Usage::FreeCall, FILE_TIMESTAMP),
    ("fstatat", Usage::FreeCall, FILE_TIMESTAMP),
    ("getattrlist", Usage::FreeCall, FILE_TIMESTAMP),
    ("systemUptime", Usage::Anywhere, BOOT_TIME),
    ("mach_absolute_time", Usage::FreeCall, BOOT_TIME),
    ("volumeAvailableCapacityKey", Usage::Anywhere, DISK_SPACE),
    (
        "volumeAvailableCapacityForImportantUsageKey",
        Usage::Anywhere,
        DISK_SPACE,
    ),
    (
        "volumeAvailableCapacityForOpportunisticUsageKey",
        Usage::Anywhere,
        DISK_SPACE,
    ),
    ("volumeTotalCapacityKey", Usage::Anywhere, DISK_SPACE),
    (
        "systemFreeSize",
        Usage::ImplicitMemberOr("FileAttributeKey"),
        DISK_SPACE,
    ),
    (
        "systemSize",
        Usage::ImplicitMemberOr("FileAttributeKey"),
        DISK_SPACE,
    ),
    ("statfs", Usage::FreeCall, DISK_SPACE),
    ("statvfs", Usage::FreeCall, DISK_SPACE),
    ("activeInputModes", Usage::Anywhere, ACTIVE_KEYBOARDS),
];

pub fn check(cx: &mut Context<'_>) {
    let manifests = cx.privacy_manifests();
    if !manifests.exist() {
        return;
    }
    let text = cx.source.text;
    let mut reported: Vec<Category> = Vec::new();
    let mut found = Vec::new();
    for (node, kind) in cx.syntax.nodes() {
        if !matches!(kind, "simple_identifier" | "type_identifier") {
            continue;
        }
        let name = &text[node.byte_range()];
        let Some((api, _, category)) = APIS.iter().find(|(api, usage, _)| {
            *api == name
                && usage_matches(*usage, &text[..node.start_byte()], &text[node.end_byte()..])
        }) else {
            continue;
        };
        if reported.contains(category) || manifests.declares_api_reason(category.manifest_key) {
            continue;
        }
        reported.push(*category);
        found.push(
            Diagnostic::new(
                &data_upload::missing_required_reason::RULE,
                TextRange::new(node.start_byte(), node.end_byte()),
                format!(
                    "`{api}` reads {}, a required-reason API, but no privacy manifest gives a reason for `{}`",
                    category.what, category.manifest_key
                ),
            )
            .with_help("add an `NSPrivacyAccessedAPITypes` entry with this category and the approved reason for this use"),
        );
    }
    for diagnostic in found {
        cx.report(diagnostic);
    }
}

fn usage_matches(usage: Usage, before: &str, after: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    match usage {
        Usage::Anywhere => true,
        Usage::ImplicitMemberOr(qualifier) => before.strip_suffix('.').is_some_and(|receiver| {
            receiver.ends_with(qualifier)
                || !receiver
                    .chars()
                    .next_back()
                    .is_some_and(|c| is_ident(c) || c == ')' || c == ']' || c == '?' || c == '!')
        }),
        Usage::FreeCall => {
            after.trim_start().starts_with('(')
                && !before.ends_with('.')
                && !before.trim_end().ends_with("func")
        }
    }
}
