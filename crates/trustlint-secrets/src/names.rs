//! Whether a variable, key, field or header name says its value is a credential.

/// Splits `apiKey`, `API_KEY`, `api-key`, `HTTPServerToken`, `db.password` into
/// lower-case words: `["api", "key"]`, `["http", "server", "token"]`.
pub(crate) fn split_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = name.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let previous = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let starts_word = c.is_uppercase()
            && previous.is_some_and(|p| {
                p.is_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_uppercase() && next.is_some_and(char::is_lowercase))
            });
        if starts_word && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Words that alone make a name a credential's name.
const CREDENTIAL_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "passcode",
    "secret",
    "secrets",
    "token",
    "apikey",
    "credential",
    "credentials",
    "creds",
    "authorization",
    "privatekey",
    "accesskey",
    "secretkey",
    "signingkey",
    "encryptionkey",
    "masterkey",
    "sharedkey",
    "accountkey",
    "licensekey",
    "pat",
];

/// Every credential word, and `key`, `pass` and `auth`, contains one of these.
const CREDENTIAL_PARTS: [&str; 8] = [
    "pass", "pwd", "secret", "token", "key", "cred", "auth", "pat",
];

/// Whether an ASCII name contains a credential part in any letter case: names
/// without one (most identifiers of a file) need not be split into words.
fn has_credential_part(name: &str) -> bool {
    let bytes = name.as_bytes();
    (0..bytes.len()).any(|at| {
        let rest = &bytes[at..];
        let first = rest[0].to_ascii_lowercase();
        // Comparing the first letter rules out most positions for most parts.
        CREDENTIAL_PARTS.iter().any(|part| {
            part.as_bytes()[0] == first
                && rest
                    .get(..part.len())
                    .is_some_and(|window| window.eq_ignore_ascii_case(part.as_bytes()))
        })
    })
}

/// Words that make `key` (or `pass`, `auth`) a credential when they come just before it:
/// `api_key`, `private_key`, `client_secret`, `access_key`.
const KEY_QUALIFIERS: &[&str] = &[
    "api",
    "access",
    "secret",
    "private",
    "signing",
    "encryption",
    "master",
    "shared",
    "account",
    "app",
    "auth",
    "client",
    "consumer",
    "license",
    "hmac",
    "jwt",
    "session",
    "service",
    "admin",
    "server",
    "subscription",
    "write",
    "deploy",
];

/// When the last word is one of these, the name holds something about a credential,
/// not the credential: `token_url`, `password_field`, `passwordHint`, `keyPath`.
const DESCRIPTIVE_SUFFIXES: &[&str] = &[
    "url",
    "uri",
    "endpoint",
    "host",
    "field",
    "fields",
    "hint",
    "label",
    "name",
    "names",
    "path",
    "file",
    "filename",
    "dir",
    "directory",
    "id",
    "ids",
    "type",
    "types",
    "length",
    "len",
    "count",
    "size",
    "prompt",
    "placeholder",
    "title",
    "text",
    "message",
    "msg",
    "regex",
    "pattern",
    "validator",
    "validation",
    "policy",
    "policies",
    "expiry",
    "expires",
    "expiration",
    "expire",
    "at",
    "ttl",
    "timeout",
    "format",
    "mode",
    "kind",
    "store",
    "manager",
    "provider",
    "service",
    "helper",
    "view",
    "button",
    "screen",
    "controller",
    "input",
    "box",
    "error",
    "errors",
    "header",
    "param",
    "parameter",
    "prefix",
    "suffix",
    "env",
    "var",
    "variable",
    "location",
    "version",
    "request",
    "response",
    "option",
    "options",
    "visible",
    "visibility",
    "enabled",
    "required",
    "changed",
    "reset",
    "strength",
    "rule",
    "rules",
    "icon",
    "image",
    "color",
    "style",
    "key",
    "keys",
    "ref",
    "reference",
    "arn",
    "source",
    "config",
    "setting",
    "settings",
    "index",
    "hash",
    "hashed",
    "digest",
    "salt",
    "cache",
    "storage",
    "method",
    "scheme",
    "flow",
    "scope",
    "scopes",
    "audience",
    "issuer",
    "lifetime",
    "duration",
    "limit",
    "limits",
    "class",
    "level",
    "status",
    "state",
    "date",
    "time",
    "encoding",
    "algorithm",
    "alg",
    "lifespan",
    "period",
    "interval",
    "seconds",
    "minutes",
    "hours",
    "days",
    "ms",
    "delay",
    "retries",
    "attempts",
    "minimum",
    "maximum",
    "min",
    "max",
    "history",
    "complexity",
];

/// First words that make a name a question or a count, not a value: `isPasswordSet`,
/// `showPassword`, `maxTokens`.
const NON_VALUE_LEADS: &[&str] = &[
    "is",
    "has",
    "show",
    "hide",
    "enable",
    "disable",
    "use",
    "should",
    "can",
    "allow",
    "needs",
    "require",
    "requires",
    "validate",
    "verify",
    "check",
    "max",
    "min",
    "num",
    "total",
    "forgot",
    "reset",
    "new",
    "confirm",
    "generate",
    "get",
    "set",
    "fetch",
    "load",
    "save",
    "store",
    "read",
    "write",
    "update",
    "delete",
    "remove",
    "clear",
    "on",
    "did",
    "will",
    "handle",
    "public",
    "publishable",
    "primary",
    "foreign",
    "sort",
    "partition",
];

/// Whether a name says its value is a credential: `password`, `db_passwd`, `pwd`,
/// `clientSecret`, `api_key`/`apiKey`/`ApiKey`/`API_KEY`, `authToken`, `auth`,
/// `Authorization`, `private_key`, `access_key`, `credentials`, `passphrase`.
/// Names that describe a credential rather than hold one are not: `token_url`,
/// `password_field`, `passwordHint`, `keyPath`, `maxTokens`, `isPasswordSet`,
/// and neither are names where the word is part of another word:
/// `secretary`, `author`, `authorName`, `tokenizer`, `primaryKey`.
pub fn is_credential_name(name: &str) -> bool {
    // Lower-casing a non-ASCII letter can give an ASCII one (the Kelvin sign), so
    // only ASCII names are ruled out by their letters alone.
    if name.is_ascii() && !has_credential_part(name) {
        return false;
    }
    let words = split_words(name);
    let Some(last) = words.last() else {
        return false;
    };
    if words
        .first()
        .is_some_and(|first| NON_VALUE_LEADS.contains(&first.as_str()) && words.len() > 1)
    {
        return false;
    }
    // `secret_key`, `api_key`, `private_key`: the qualifier makes `key` a credential.
    let qualified =
        |position: usize| position > 0 && KEY_QUALIFIERS.contains(&words[position - 1].as_str());
    let last_index = words.len() - 1;
    let holds_credential_at = |position: usize| {
        let word = words[position].as_str();
        CREDENTIAL_WORDS.contains(&word)
            || (matches!(word, "key" | "keys") && qualified(position))
            || (word == "pass" && position == last_index)
            || (word == "auth" && position == last_index)
            || (word == "pass" && words.get(position + 1).is_some_and(|w| w == "phrase"))
    };
    if DESCRIPTIVE_SUFFIXES.contains(&last.as_str())
        && !(matches!(last.as_str(), "key" | "keys") && qualified(last_index))
    {
        // `client_secret_id`, `password_field`: the credential word is not last.
        // Vault's AppRole `secret_id` is the exception: it is a secret.
        return words == ["secret", "id"];
    }
    (0..words.len()).any(holds_credential_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_snake_camel_kebab_and_acronyms() {
        assert_eq!(split_words("apiKey"), ["api", "key"]);
        assert_eq!(split_words("API_KEY"), ["api", "key"]);
        assert_eq!(split_words("x-api-key"), ["x", "api", "key"]);
        assert_eq!(split_words("HTTPServerToken"), ["http", "server", "token"]);
        assert_eq!(split_words("db.password"), ["db", "password"]);
    }

    #[test]
    fn every_credential_word_has_a_credential_part() {
        for word in CREDENTIAL_WORDS
            .iter()
            .chain(&["key", "keys", "pass", "auth"])
        {
            assert!(has_credential_part(word), "{word}");
        }
        assert!(has_credential_part("DB_PassWord"));
        assert!(!has_credential_part("DeserializeOwned"));
    }

    #[test]
    fn credential_names() {
        for name in [
            "password",
            "passwd",
            "pwd",
            "DB_PASSWORD",
            "secret",
            "api_key",
            "apiKey",
            "ApiKey",
            "API_KEY",
            "x-api-key",
            "apikey",
            "token",
            "authToken",
            "auth",
            "Authorization",
            "private_key",
            "privateKey",
            "client_secret",
            "clientSecret",
            "aws_access_key",
            "credentials",
            "passphrase",
            "SMTP_PASS",
            "stripeSecretKey",
            "GITHUB_TOKEN",
            "secret_id",
        ] {
            assert!(
                is_credential_name(name),
                "{name} should be a credential name"
            );
        }
    }

    #[test]
    fn names_that_only_mention_credentials() {
        for name in [
            "token_url",
            "tokenURL",
            "password_field",
            "passwordHint",
            "secretary",
            "author",
            "authorName",
            "authUrl",
            "tokenizer",
            "keyPath",
            "primaryKey",
            "publicKey",
            "public_key",
            "maxTokens",
            "max_tokens",
            "isPasswordSet",
            "showPassword",
            "passwordLength",
            "key",
            "monkey",
            "keyboardType",
            "passThrough",
            "access_token_expires_at",
            "tokenType",
            "client_secret_id",
        ] {
            assert!(
                !is_credential_name(name),
                "{name} should not be a credential name"
            );
        }
    }
}
