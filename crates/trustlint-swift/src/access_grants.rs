//! What "the branch grants access" means in Swift code, shared by the magic-value and
//! bypass-switch checks: returning `true` or an authorised result, setting an
//! authenticated/admin/premium flag, calling back with success, or calling something
//! that logs in, unlocks or shows an admin screen. Also: which names hold credentials.

use crate::syntax;
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use tree_sitter::Node;

/// Words in a flag, result or call that mean access was granted.
const GRANT_WORDS: [&str; 20] = [
    "authenticated",
    "authorized",
    "authorised",
    "loggedin",
    "signedin",
    "admin",
    "unlock",
    "premium",
    "ispro",
    "granted",
    "grant",
    "verified",
    "superuser",
    "privileged",
    "elevate",
    "impersonat",
    "loginas",
    "entitled",
    "subscribed",
    "bypass",
];

/// Calls that start a session or open protected screens.
const GRANT_CALLS: [&str; 8] = [
    "login",
    "signin",
    "authenticate",
    "authorize",
    "startsession",
    "createsession",
    "showhome",
    "enabledebug",
];

/// Callback names whose success argument grants access.
const CALLBACK_WORDS: [&str; 5] = ["completion", "handler", "callback", "resolve", "onresult"];

/// Words in a result that mean success.
const SUCCESS_WORDS: [&str; 7] = [
    "true",
    "success",
    "granted",
    "authorized",
    "admin",
    "valid",
    "allow",
];

fn lowered(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first statement under `statements` (nested closures included) that grants access.
pub fn grant_in<'t>(statements: &[Node<'t>], syntax: &SyntaxIndex<'t>) -> Option<Node<'t>> {
    statements
        .iter()
        .flat_map(|s| syntax.descendants_with_kinds(*s))
        .find(|(node, kind)| {
            matches!(
                *kind,
                "control_transfer_statement" | "assignment" | "call_expression"
            ) && is_grant(*node, syntax.source)
        })
        .map(|(node, _)| node)
}

pub fn is_grant(node: Node<'_>, source: &str) -> bool {
    match node.kind_name() {
        "control_transfer_statement" => {
            let Some(result) = node.field("result") else {
                return false;
            };
            let shown = lowered(syntax::text(result, source));
            shown == "true"
                || (result.kind_name() != "boolean_literal"
                    && SUCCESS_WORDS
                        .iter()
                        .chain(GRANT_WORDS.iter())
                        .any(|w| shown.contains(w))
                    && !shown.contains("invalid")
                    && !shown.contains("failure"))
        }
        "assignment" => {
            let (Some(target), Some(value)) = (node.field("target"), node.field("result")) else {
                return false;
            };
            let target = lowered(syntax::text(target, source));
            let value = lowered(syntax::text(value, source));
            let grants_flag = GRANT_WORDS.iter().any(|w| target.contains(w)) && value == "true";
            let grants_role = (target.ends_with("role") || target.ends_with("user"))
                && ["admin", "root", "superuser", "staff"]
                    .iter()
                    .any(|w| value.contains(w));
            grants_flag || grants_role
        }
        "call_expression" => {
            let Some(name) = syntax::Call::name_of(node, source).map(lowered) else {
                return false;
            };
            if CALLBACK_WORDS.iter().any(|w| name.contains(w)) {
                // Only callbacks need their arguments read.
                let Some(call) = syntax::Call::new(node) else {
                    return false;
                };
                return call.arguments.iter().any(|a| {
                    let argument = lowered(syntax::text(a.value, source));
                    SUCCESS_WORDS.iter().any(|w| argument.contains(w))
                        && !argument.contains("failure")
                        && !argument.contains("invalid")
                });
            }
            (GRANT_CALLS.iter().any(|w| name.starts_with(w))
                || GRANT_WORDS.iter().any(|w| name.contains(w)))
                && !name.contains("fail")
                && !name.contains("error")
        }
        _ => false,
    }
}

/// Name endings of values that are credentials or identify who is asking.
const CREDENTIAL_ENDINGS: [&str; 23] = [
    "password",
    "passwd",
    "pwd",
    "passcode",
    "passphrase",
    "pin",
    "token",
    "secret",
    "apikey",
    "username",
    "user",
    "login",
    "email",
    "deviceid",
    "udid",
    "identifierforvendor",
    "serial",
    "serialnumber",
    "otp",
    "accesscode",
    "unlockcode",
    "licensekey",
    "securityanswer",
];

/// Reads of request headers, cookies and URL query items.
const REQUEST_VALUE_READS: [&str; 6] = [
    "headers[",
    "headers.first(",
    "forHTTPHeaderField",
    "queryItems",
    "query[",
    "cookies[",
];

/// What kind of credential `subject` is, for messages: `password`, `a request header`.
pub fn credential_subject(subject: Node<'_>, source: &str) -> Option<String> {
    let shown = syntax::text(subject, source);
    if REQUEST_VALUE_READS.iter().any(|r| shown.contains(r)) {
        return Some(if shown.contains("quer") {
            "a URL query value".to_owned()
        } else if shown.contains("cookie") {
            "a cookie".to_owned()
        } else {
            "a request header".to_owned()
        });
    }
    let mut name = syntax::last_name(subject, source);
    // `device.identifierForVendor?.uuidString`: the interesting name is one step up.
    if matches!(
        name,
        "uuidString" | "value" | "text" | "rawValue" | "string"
    ) && let Some(target) = syntax::unwrap_expression(subject).field("target")
    {
        name = syntax::last_name(syntax::unwrap_expression(target), source);
    }
    let key = lowered(name);
    CREDENTIAL_ENDINGS
        .iter()
        .any(|ending| key.ends_with(ending))
        .then(|| format!("`{name}`"))
}

/// Request values that only switch a mode on (`debug=1`), not secrets.
pub fn is_flag_value(value: &str) -> bool {
    matches!(
        value.to_ascii_lowercase().as_str(),
        "1" | "0" | "true" | "false" | "yes" | "no" | "on" | "off" | "debug" | "enabled"
    )
}
