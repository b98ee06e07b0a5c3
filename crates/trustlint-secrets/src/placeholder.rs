//! Values that stand in for a secret: templates, instructions, masks and demo values.

/// Words that, anywhere in a value, mark it as a stand-in ("your-api-key-here",
/// "sk_live_EXAMPLE…"). Kept to long words so random tokens do not hit them by chance.
const PLACEHOLDER_WORDS: &[&str] = &[
    "changeme",
    "change_me",
    "change-me",
    "replaceme",
    "replace_me",
    "replace-me",
    "placeholder",
    "example",
    "sample",
    "dummy",
    "redacted",
    "notreal",
    "not_real",
    "not-a-real",
    "insert",
    "your_",
    "your-",
    "yourapi",
    "yourkey",
    "yoursecret",
    "yourtoken",
    "yourpass",
    "_here",
    "-here",
    "goeshere",
    "fixme",
    "todo",
    "xxxx",
    "*****",
    "•••",
    // Elided documentation values: `eyJ2IjoiMSIs...`, `MIIE…`.
    "...",
    "…",
];

/// Whole values that are defaults or names, not secrets: `password: password`,
/// `POSTGRES_PASSWORD=postgres`. Dev containers ship these; they protect nothing.
const STAND_IN_VALUES: &[&str] = &[
    "password",
    "passwd",
    "pass",
    "secret",
    "token",
    "apikey",
    "api_key",
    "key",
    "test",
    "testing",
    "none",
    "null",
    "nil",
    "undefined",
    "true",
    "false",
    "default",
    "admin",
    "root",
    "guest",
    "user",
    "username",
    "postgres",
    "mysql",
    "redis",
    "demo",
    "dev",
    "local",
    "tbd",
    "n/a",
    "na",
    "empty",
    "blank",
    "unset",
    "required",
    "optional",
    "string",
    "value",
    "foo",
    "bar",
    "foobar",
    "baz",
    "qux",
    "abc",
    "abc123",
    "secret123",
    "password123",
    "password1",
    "pass123",
];

/// Whether `value` is a stand-in for a secret rather than a secret: a template
/// (`${VAR}`, `$(VAR)`, `{{ var }}`, `%s`, `<YOUR_API_KEY>`), an instruction
/// (`your-api-key-here`, `changeme`, `TODO`), a mask (`****`, `xxxx…`), a demo
/// value (`example`, `dummy`, `redacted`), a reference to a secret store
/// (`op://…`, `vault:…`, `arn:aws:secretsmanager:…`), repeated characters or
/// a sequential run (`123456`, `abcdef`).
pub fn is_placeholder(value: &str) -> bool {
    let trimmed = value.trim().trim_matches(|c| c == '"' || c == '\'');
    if trimmed.is_empty() {
        return true;
    }
    let lower = trimmed.to_lowercase();
    is_template(&lower)
        || is_secret_reference(&lower)
        || STAND_IN_VALUES.contains(&lower.as_str())
        || PLACEHOLDER_WORDS.iter().any(|word| lower.contains(word))
        || is_repetitive(&lower)
        || is_sequential_run(&lower)
        || lower.starts_with("test")
        || lower.starts_with("fake")
        || lower.starts_with("mock")
}

/// A token body (what follows a provider prefix) that someone typed rather than
/// generated: `sk_live_XXXXXXXX…`, `ghp_000000…`, `AKIA…EXAMPLE`. Looser than
/// [`is_placeholder`] on words, since a random body may contain `test` by chance.
pub(crate) fn is_fake_token_body(body: &str) -> bool {
    let lower = body.to_lowercase();
    [
        "example",
        "placeholder",
        "xxxxx",
        "*****",
        "redacted",
        "your",
        "dummy",
        "<",
        "${",
        "{{",
    ]
    .iter()
    .any(|word| lower.contains(word))
        || is_repetitive(&lower)
        || is_sequential_run(&lower)
}

fn is_template(lower: &str) -> bool {
    lower.contains("${")
        || lower.contains("$(")
        || lower.contains("{{")
        || has_format_directive(lower)
        || lower.contains("%(")
        || lower.contains("#{")
        || lower.contains("\\(")
        || (lower.starts_with('$')
            && lower[1..]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_'))
        || (lower.starts_with('{') && lower.ends_with('}'))
        || (lower.starts_with('<') && lower.ends_with('>'))
        || (lower.starts_with('%') && lower.ends_with('%'))
}

/// A printf or `String(format:)` directive (`%s`, `%@`) that stands as one: no
/// letter or digit glued to either side. `Bearer %s`, `key=%s&sig=%s` and
/// `%@:%@` are templates; `Winter56%saffron` is a password that happens to hold
/// `%s`.
fn has_format_directive(lower: &str) -> bool {
    ["%s", "%@"].iter().any(|directive| {
        lower.match_indices(directive).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + directive.len()..].chars().next();
            ![before, after]
                .into_iter()
                .flatten()
                .any(|c| c.is_ascii_alphanumeric())
        })
    })
}

fn is_secret_reference(lower: &str) -> bool {
    [
        "op://",
        "vault:",
        "env:",
        "secret:",
        "ssm:",
        "keychain:",
        "arn:aws:secretsmanager:",
        "arn:aws:ssm:",
        "@microsoft.keyvault(",
        "projects/",
        "sm://",
        "awssm:",
    ]
    .iter()
    .any(|prefix| lower.starts_with(prefix))
}

/// One character over and over, or a long value of at most four distinct
/// characters (`abababab…`, `0x00000000…`): typed, not generated.
fn is_repetitive(lower: &str) -> bool {
    let chars: Vec<char> = lower.chars().collect();
    if chars.len() < 3 {
        return false;
    }
    let mut distinct = chars.clone();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() == 1 || (chars.len() >= 12 && distinct.len() <= 4)
}

/// `123456`, `abcdef`, `0123456789abcdef`: a run where each character follows the
/// previous one, covering the whole value (case-insensitive).
fn is_sequential_run(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    if bytes.len() < 6 {
        return false;
    }
    let is_run = |step: i16| {
        bytes.windows(2).all(|pair| {
            let (a, b) = (pair[0] as i16, pair[1] as i16);
            b - a == step || (step == 1 && a == b'9' as i16 && b == b'a' as i16)
        })
    };
    is_run(1) || is_run(-1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_instructions_and_masks_are_placeholders() {
        for value in [
            "${API_KEY}",
            "$(STRIPE_KEY)",
            "{{ secrets.token }}",
            "%s",
            "Bearer %s",
            "%s:%s",
            "%@:%@",
            "https://api.acme.io/v1/login?token=%s&sig=%s",
            "<YOUR_API_KEY>",
            "your-api-key-here",
            "changeme",
            "CHANGE_ME",
            "TODO",
            "xxxxxxxxxxxxxxxx",
            "sk-xxxx",
            "********",
            "REDACTED",
            "dummy-secret",
            "example-token",
            "123456",
            "abcdef",
            "aaaaaaaa",
            "$DB_PASSWORD",
            "op://vault/item/password",
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
            "password",
            "postgres",
            "\\(token)",
            "",
        ] {
            assert!(is_placeholder(value), "{value:?} should be a placeholder");
        }
    }

    #[test]
    fn real_looking_values_are_not_placeholders() {
        for value in [
            "hunter2",
            "Tr0ub4dor&3",
            "q8Zr2vLw9xPp4Kd",
            "correct horse battery staple",
            "8f3a1c",
            // A directive's characters inside a word are part of the password.
            "Winter56%saffron",
            "q8Zr%@2vLw9xPp4Kd",
            "Harbor41!k9Zq7%s",
        ] {
            assert!(
                !is_placeholder(value),
                "{value:?} should not be a placeholder"
            );
        }
    }

    #[test]
    fn typed_token_bodies_are_fake() {
        assert!(is_fake_token_body("XXXXXXXXXXXXXXXXXXXXXXXX"));
        assert!(is_fake_token_body("0000000000000000000000000000000000"));
        assert!(is_fake_token_body("IOSFODNN7EXAMPLE"));
        assert!(is_fake_token_body("0123456789abcdef0123"[..16].as_ref()));
        assert!(!is_fake_token_body("4eC39HqLyjWDarjtT1zdp7dc"));
    }
}
