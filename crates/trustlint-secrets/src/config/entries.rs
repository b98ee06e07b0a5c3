//! Lexical extraction of `name → value` entries from config files. Deliberately
//! not a full parser per format: it must give byte ranges, tolerate broken and
//! templated files (`{{ }}` in YAML, comments in JSON), and never recurse.

use super::kind::FileKind;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A value bound to a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The key itself: `DB_PASSWORD`, `apiKey`.
    pub name: String,
    /// The key with its parents, for contextual formats: `datadog.apiKey`.
    pub path: String,
    /// The value without quotes, as a byte range of the file.
    pub value: Range<usize>,
}

pub(crate) fn extract(kind: FileKind, text: &str) -> Vec<Entry> {
    match kind {
        FileKind::KeyValue => key_value_lines(text, false),
        FileKind::Yaml => key_value_lines(text, true),
        FileKind::Json => json_strings(text),
        FileKind::Plist => plist_entries(text),
        FileKind::Netrc => netrc_passwords(text),
        FileKind::GitCredentials | FileKind::KeyText | FileKind::KeyStore => Vec::new(),
    }
}

/// `KEY=value`, `key = "value"`, `key: value`, `export KEY=value`, `- KEY=value`
/// (compose environment lists). `[section]` headers (INI, TOML) and, in YAML,
/// indentation give the parents in `path`.
fn key_value_lines(text: &str, yaml: bool) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut section = String::new();
    let mut yaml_parents: Vec<(usize, String)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start().len();
        let mut body = content.trim_start();
        let mut body_start = line_start + indent;
        if body.is_empty()
            || body.starts_with(['#', ';', '!'])
            || body.starts_with("//") && !body.starts_with("//registry") && !body.contains(":_")
        {
            continue;
        }
        if !yaml && body.starts_with('[') {
            section = body.trim_matches(['[', ']', ' ']).to_owned();
            continue;
        }
        if let Some(rest) = body.strip_prefix("- ") {
            body_start += 2;
            body = rest;
        }
        // Shell `export`, Dockerfile `ENV`/`ARG`: the binding follows the keyword.
        for keyword in ["export ", "ENV ", "ARG "] {
            if let Some(rest) = body.strip_prefix(keyword) {
                body_start += keyword.len();
                body = rest;
            }
        }
        let Some((key, separator_end)) = split_key(body, yaml) else {
            continue;
        };
        let key = key.trim().trim_matches(['"', '\'']).to_owned();
        if key.is_empty() || key.contains(' ') && !yaml {
            continue;
        }
        let parents = if yaml {
            while yaml_parents
                .last()
                .is_some_and(|(parent_indent, _)| *parent_indent >= indent)
            {
                yaml_parents.pop();
            }
            yaml_parents
                .iter()
                .map(|(_, name)| name.as_str())
                .collect::<Vec<_>>()
                .join(".")
        } else {
            section.clone()
        };
        let raw_value = &body[separator_end..];
        let value_offset = body_start + separator_end;
        match unquoted_value(raw_value, value_offset) {
            Some(value) if !value.is_empty() => entries.push(Entry {
                path: join_path(&parents, &key),
                name: key,
                value,
            }),
            _ if yaml => yaml_parents.push((indent, key)),
            _ => {}
        }
    }
    entries
}

/// The key and where the value starts: at the first `=` (or `:` in YAML and
/// `.properties`-style lines). A YAML key must be followed by `: ` or end the line.
fn split_key(body: &str, yaml: bool) -> Option<(&str, usize)> {
    if yaml {
        if let Some((key, _)) = body.split_once('=')
            && !key.contains(':')
            && !key.contains(' ')
        {
            return Some((key, key.len() + 1));
        }
        let at = body
            .find(": ")
            .or_else(|| body.ends_with(':').then(|| body.len() - 1))?;
        return Some((&body[..at], (at + 2).min(body.len())));
    }
    let equals = body.find('=');
    let colon = body.find(": ").filter(|&c| equals.is_none_or(|e| c < e));
    match (equals, colon) {
        (_, Some(at)) => Some((&body[..at], at + 2)),
        (Some(at), None) => Some((&body[..at], at + 1)),
        (None, None) => None,
    }
}

/// The value without surrounding quotes and trailing comments, as a file range.
fn unquoted_value(raw: &str, raw_offset: usize) -> Option<Range<usize>> {
    let leading = raw.len() - raw.trim_start().len();
    let value = raw.trim_start();
    let start = raw_offset + leading;
    if let Some(quote) = value
        .chars()
        .next()
        .filter(|c| matches!(c, '"' | '\'' | '`'))
    {
        let inner = &value[1..];
        let end = inner.find(quote).unwrap_or(inner.len());
        return Some(start + 1..start + 1 + end);
    }
    let without_comment = value.find(" #").map_or(value, |at| &value[..at]);
    let trimmed = without_comment.trim_end();
    if matches!(trimmed, "|" | ">" | "|-" | ">-" | "{" | "[") {
        return None;
    }
    Some(start..start + trimmed.len())
}

fn join_path(parents: &str, key: &str) -> String {
    if parents.is_empty() {
        key.to_owned()
    } else {
        format!("{parents}.{key}")
    }
}

/// Every string value in a JSON document with the key it is bound to (array
/// elements take the array's key). A small state machine rather than a parser:
/// it tolerates comments (JSONC), trailing commas and truncated files.
fn json_strings(text: &str) -> Vec<Entry> {
    let bytes = text.as_bytes();
    let mut entries = Vec::new();
    let mut containers: Vec<String> = Vec::new();
    let mut pending_key: Option<String> = None;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                let mut end = start;
                while end < bytes.len() && bytes[end] != b'"' {
                    end += if bytes[end] == b'\\' { 2 } else { 1 };
                }
                let end = end.min(bytes.len());
                i = end + 1;
                let next = bytes[i.min(bytes.len())..]
                    .iter()
                    .find(|b| !b.is_ascii_whitespace());
                if next == Some(&b':') {
                    pending_key = Some(text[start..end].to_owned());
                } else {
                    let parents: Vec<&str> = containers
                        .iter()
                        .map(String::as_str)
                        .filter(|c| !c.is_empty())
                        .collect();
                    let parents = parents.join(".");
                    // An array element is bound to the array's key.
                    let (name, path) = match pending_key.take() {
                        Some(key) => (key.clone(), join_path(&parents, &key)),
                        None => (containers.last().cloned().unwrap_or_default(), parents),
                    };
                    entries.push(Entry {
                        name,
                        path,
                        value: start..end,
                    });
                }
                continue;
            }
            b'{' | b'[' => containers.push(
                pending_key
                    .take()
                    .unwrap_or_else(|| containers.last().cloned().unwrap_or_default()),
            ),
            b'}' | b']' => {
                containers.pop();
            }
            b',' => pending_key = None,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    entries
}

static PLIST_STRING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<key>\s*([^<]+?)\s*</key>\s*<string>([^<]*)</string>")
        .expect("plist entry pattern")
});

/// `<key>name</key>` followed by `<string>value</string>`.
fn plist_entries(text: &str) -> Vec<Entry> {
    PLIST_STRING
        .captures_iter(text)
        .map(|captures| {
            let name = captures[1].to_owned();
            let value = captures.get(2).expect("value group").range();
            Entry {
                path: name.clone(),
                name,
                value,
            }
        })
        .collect()
}

/// The `password` (and `account`) tokens of `.netrc` entries.
fn netrc_passwords(text: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut previous: Option<&str> = None;
    let base = text.as_ptr() as usize;
    for token in text.split_whitespace() {
        if let Some(keyword @ ("password" | "account")) = previous {
            let start = token.as_ptr() as usize - base;
            entries.push(Entry {
                name: "password".to_owned(),
                path: format!("netrc.{keyword}"),
                value: start..start + token.len(),
            });
        }
        previous = Some(token);
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(kind: FileKind, text: &str) -> Vec<(String, String)> {
        extract(kind, text)
            .into_iter()
            .map(|entry| (entry.path, text[entry.value].to_owned()))
            .collect()
    }

    fn pair(path: &str, value: &str) -> (String, String) {
        (path.to_owned(), value.to_owned())
    }

    #[test]
    fn env_ini_and_toml_lines() {
        let text = "# comment\nexport API_KEY=\"abc def\"\nDB_PASSWORD=hunter22 # inline\nENV SMTP_USER=relay\n[smtp]\npassword = 'x1y2z3'\n//registry.npmjs.org/:_authToken=tok\n";
        assert_eq!(
            pairs(FileKind::KeyValue, text),
            [
                pair("API_KEY", "abc def"),
                pair("DB_PASSWORD", "hunter22"),
                pair("SMTP_USER", "relay"),
                pair("smtp.password", "x1y2z3"),
                pair("smtp.//registry.npmjs.org/:_authToken", "tok"),
            ]
        );
    }

    #[test]
    fn yaml_nesting_and_compose_environment_lists() {
        let text = "services:\n  api:\n    environment:\n      - STRIPE_KEY=sk\n      DB_PASSWORD: \"pw1\"\ndatadog:\n  apiKey: k1\n";
        assert_eq!(
            pairs(FileKind::Yaml, text),
            [
                pair("services.api.environment.STRIPE_KEY", "sk"),
                pair("services.api.environment.DB_PASSWORD", "pw1"),
                pair("datadog.apiKey", "k1"),
            ]
        );
    }

    #[test]
    fn json_keys_paths_and_arrays() {
        let text = r#"{ "Stripe": { "SecretKey": "sk_1" }, // comment
          "keys": ["a", "b"], "n": 3, "plain": "v" }"#;
        assert_eq!(
            pairs(FileKind::Json, text),
            [
                pair("Stripe.SecretKey", "sk_1"),
                pair("keys", "a"),
                pair("keys", "b"),
                pair("plain", "v"),
            ]
        );
    }

    #[test]
    fn plist_and_netrc() {
        let plist = "<dict>\n\t<key>API_KEY</key>\n\t<string>AIza1</string>\n\t<key>IS_ADS</key>\n\t<false/>\n</dict>";
        assert_eq!(pairs(FileKind::Plist, plist), [pair("API_KEY", "AIza1")]);
        let netrc = "machine api.example.org\n  login deploy\n  password s3cr3t-pw\n";
        assert_eq!(
            pairs(FileKind::Netrc, netrc),
            [pair("netrc.password", "s3cr3t-pw")]
        );
    }
}
