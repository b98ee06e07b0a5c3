//! Quick fixes for findings: a suppression comment for any finding, and for
//! hardcoded credentials a rewrite that reads the value at run time instead.
//! Fixes are computed as byte edits here; the server turns them into LSP edits.

use proc_macro2::Literal;
use regex::Regex;
use std::sync::LazyLock;
use trustlint_core::{Category, Finding, LineIndex};

/// One quick fix: replace `range` (bytes) with `new_text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub range: std::ops::Range<usize>,
    pub new_text: String,
    /// The same edit as an LSP snippet (`$0` marks where the cursor goes), for
    /// clients that accept snippet edits.
    pub snippet: Option<String>,
    pub preferred: bool,
}

/// Every fix for `finding` in the document `path` whose text is `text`.
pub fn fixes(finding: &Finding, path: &str, text: &str) -> Vec<Fix> {
    let mut fixes = Vec::new();
    if finding.rule.category() == Category::Credentials {
        if path.ends_with(".rs") {
            fixes.extend(rust_environment_variable(finding, text));
        } else if path.ends_with(".swift") {
            fixes.extend(swift_info_plist(finding, text));
        }
    }
    fixes.extend(allow(finding, path, text));
    fixes
}

/// The comment syntax a suppression can use in `path`; `None` for formats
/// without comments (JSON), or whose comments cannot hold ` -- ` (XML plists).
fn comment_leader(path: &str) -> Option<&'static str> {
    let file = path.rsplit('/').next().unwrap_or(path);
    let extension = file.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "rs" | "swift" => Some("//"),
        "toml" | "yaml" | "yml" | "properties" | "ini" | "cfg" | "conf" | "sh" => Some("#"),
        _ if file.starts_with(".env") => Some("#"),
        _ => None,
    }
}

/// "Allow this finding": a `trustlint:allow` comment alone on the line above,
/// indented like the line it covers. The reason is left for the user to write
/// (a suppression without one is itself reported).
fn allow(finding: &Finding, path: &str, text: &str) -> Option<Fix> {
    if finding.rule.category() == Category::Tool {
        return None;
    }
    let leader = comment_leader(path)?;
    let index = LineIndex::new(text);
    let line_start = index.line_start(finding.start.line);
    let line = index.line_text(finding.start.line);
    let indent = &line[..line.len() - line.trim_start().len()];
    let comment = format!("{indent}{leader} trustlint:allow({}) -- ", finding.rule.id);
    Some(Fix {
        title: format!("Allow this finding ({})", finding.rule.id),
        range: line_start..line_start,
        new_text: format!("{comment}\n"),
        snippet: Some(format!("{}$0\n", escape_snippet(&comment))),
        preferred: false,
    })
}

fn escape_snippet(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '$' | '}' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// A string literal whose whole value is the finding's secret.
struct SecretLiteral {
    /// The literal token, quotes, prefix and `#`s included.
    range: std::ops::Range<usize>,
    /// The source line before the literal.
    before: String,
    /// The source line after the literal.
    after: String,
}

fn secret_literal(finding: &Finding, text: &str, raw_strings: bool) -> Option<SecretLiteral> {
    let bytes = text.as_bytes();
    let (start, end) = (finding.range.start, finding.range.end);
    if start == 0 || bytes.get(start - 1) != Some(&b'"') || bytes.get(end) != Some(&b'"') {
        return None;
    }
    let open = start - 1;
    let hashes = bytes[..open]
        .iter()
        .rev()
        .take_while(|&&b| b == b'#')
        .count();
    let mut literal_start = open - hashes;
    let prefix = bytes[..literal_start].last().copied();
    if hashes > 0 || prefix == Some(b'r') {
        // Raw strings: `r"…"`, `r#"…"#`; byte and C strings do not hold a `String`.
        if !raw_strings || prefix != Some(b'r') {
            return None;
        }
        literal_start -= 1;
        if !bytes[end + 1..].starts_with(&vec![b'#'; hashes]) {
            return None;
        }
    }
    let before_literal = bytes[..literal_start].last().copied();
    if before_literal.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'"') {
        return None;
    }
    let literal_end = end + 1 + hashes;
    if bytes.get(literal_end) == Some(&b'"') {
        return None;
    }
    let line_start = text[..literal_start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[literal_end..]
        .find('\n')
        .map_or(text.len(), |i| literal_end + i);
    Some(SecretLiteral {
        range: literal_start..literal_end,
        before: text[line_start..literal_start].to_owned(),
        after: text[literal_end..line_end].to_owned(),
    })
}

static RUST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*(?:pub(?:\([^)]*\))?\s+)?)(?:const|static)\s+(?:mut\s+)?([A-Za-z_]\w*)\s*:[^=]+=\s*$")
        .expect("valid regex")
});
static LET_BINDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:let|var)\s+(?:mut\s+)?([A-Za-z_]\w*)\s*(:[^=]+)?=\s*$").expect("valid regex")
});
static NAMED_VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([A-Za-z_]\w*)\s*(?::|=)\s*$").expect("valid regex"));

/// Rust: replace the literal with `std::env::var("NAME").expect(…)`, `NAME` from
/// the binding (`stripe_secret_key` → `STRIPE_SECRET_KEY`) or else the rule.
/// A `const`/`static` item cannot call `env::var`, so it becomes a `LazyLock<String>`.
fn rust_environment_variable(finding: &Finding, text: &str) -> Option<Fix> {
    let literal = secret_literal(finding, text, true)?;
    let env_read = |name: &str| {
        format!(
            "std::env::var({}).expect({})",
            Literal::string(name),
            Literal::string(&format!("set {name} in the environment"))
        )
    };
    if let Some(item) = RUST_ITEM.captures(&literal.before) {
        let semicolon = literal.after.find(';')?;
        if !literal.after[..semicolon].trim().is_empty() {
            return None;
        }
        let binding = &item[2];
        let name = screaming_snake_case(binding);
        let item_start = literal.range.start - literal.before.len();
        let new_text = format!(
            "{}static {binding}: std::sync::LazyLock<String> =\n{}    std::sync::LazyLock::new(|| {});",
            &item[1],
            leading_whitespace(&literal.before),
            env_read(&name)
        );
        return Some(Fix {
            title: format!(
                "Move to the environment variable {name} (`{binding}` becomes a `LazyLock<String>`)"
            ),
            range: item_start..literal.range.end + semicolon + 1,
            new_text,
            snippet: None,
            preferred: true,
        });
    }
    let (binding, borrow) = match LET_BINDING.captures(&literal.before) {
        // `let key: &str = &…;` borrows a temporary that lives as long as `key`.
        Some(let_binding) => (
            let_binding[1].to_owned(),
            let_binding
                .get(2)
                .is_some_and(|ty| ty.as_str().contains('&')),
        ),
        None => match NAMED_VALUE.captures(&literal.before) {
            Some(named) => (named[1].to_owned(), false),
            // An argument: borrowing the `String` fits parameters taking `&str`,
            // `impl AsRef<str>` or `impl Into<String>`.
            None => (finding.rule.name().to_owned(), true),
        },
    };
    let name = screaming_snake_case(&binding);
    let borrow = if borrow { "&" } else { "" };
    Some(Fix {
        title: format!("Move to the environment variable {name}"),
        range: literal.range,
        new_text: format!("{borrow}{}", env_read(&name)),
        snippet: None,
        preferred: true,
    })
}

/// Swift: read the value from Info.plist, where an `.xcconfig` (kept out of the
/// repository) sets it at build time.
fn swift_info_plist(finding: &Finding, text: &str) -> Option<Fix> {
    let literal = secret_literal(finding, text, false)?;
    let binding = LET_BINDING
        .captures(&literal.before)
        .or_else(|| NAMED_VALUE.captures(&literal.before))
        .map_or_else(|| finding.rule.name().to_owned(), |c| c[1].to_owned());
    let name = screaming_snake_case(&binding);
    let read = format!("Bundle.main.object(forInfoDictionaryKey: \"{name}\") as? String ?? \"\"");
    // `as?` and `??` bind looser than most operators: only a whole initialiser
    // can go without parentheses.
    let after = literal.after.trim();
    let whole_initialiser = literal.before.trim_end().ends_with('=')
        && (after.is_empty() || after.starts_with("//") || after == ";");
    let new_text = if whole_initialiser {
        read
    } else {
        format!("({read})")
    };
    Some(Fix {
        title: format!("Read {name} from Info.plist (set it in an .xcconfig kept out of git)"),
        range: literal.range,
        new_text,
        snippet: None,
        preferred: true,
    })
}

fn leading_whitespace(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// `stripeSecretKey`, `stripe_secret_key`, `APIKey`, `aws-access-key` →
/// `STRIPE_SECRET_KEY`, `STRIPE_SECRET_KEY`, `API_KEY`, `AWS_ACCESS_KEY`.
fn screaming_snake_case(name: &str) -> String {
    let name = name.trim_start_matches("r#");
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c == '-' || c == '_' {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let starts_word = c.is_uppercase()
            && prev.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if starts_word && !out.ends_with('_') {
            out.push('_');
        }
        out.extend(c.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::screaming_snake_case;

    #[test]
    fn environment_names_are_screaming_snake_case() {
        assert_eq!(screaming_snake_case("stripeSecretKey"), "STRIPE_SECRET_KEY");
        assert_eq!(
            screaming_snake_case("stripe_secret_key"),
            "STRIPE_SECRET_KEY"
        );
        assert_eq!(screaming_snake_case("ACCESS_KEY_ID"), "ACCESS_KEY_ID");
        assert_eq!(screaming_snake_case("APIKey"), "API_KEY");
        assert_eq!(screaming_snake_case("aws-access-key"), "AWS_ACCESS_KEY");
        assert_eq!(screaming_snake_case("_s3Key2"), "S3_KEY2");
    }
}
