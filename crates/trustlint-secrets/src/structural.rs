//! Secrets found by where they sit rather than by their format: the password of a
//! URL or connection string, and the credential of an `Authorization` header value.

use crate::format::TokenMatch;
use crate::placeholder::is_placeholder;
use crate::randomness::looks_random;
use regex::Regex;
use std::sync::LazyLock;
use trustlint_core::Severity;
use trustlint_core::encoding::decode_base64;
use trustlint_core::rules::credentials;

static URL_USERINFO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)([a-z][a-z0-9+.-]{1,20})://([^\s:@/?#\x22'<>]*):([^\s@/?#\x22'<>]+)@([^\s/?#\x22'<>]+)")
        .expect("URL credentials pattern")
});

/// Hosts that only exist on a developer's machine or a compose network.
const LOCAL_HOSTS: &[&str] = &[
    "localhost",
    "127.0.0.1",
    "0.0.0.0",
    "[::1]",
    "host.docker.internal",
    "db",
    "database",
    "postgres",
    "postgresql",
    "mysql",
    "mariadb",
    "redis",
    "mongo",
    "mongodb",
    "rabbitmq",
    "broker",
];

/// Passwords in URLs and connection strings: `postgres://user:pass@host/db`,
/// `https://user:token@git.example.com`, `mongodb+srv://…`, `redis://:pass@host`,
/// `amqp://…`, and `Server=…;Password=…` (ADO.NET/ODBC). The range is the password.
///
/// Dev-container defaults are noise, not leaks: a placeholder password, or a
/// password equal to the user name (`postgres://postgres:postgres@localhost`),
/// is not reported; any other password for a local host (`localhost`, `db`,
/// `redis`, …, `*.local`, `*.test`, `*.example`) is reported at low severity.
pub fn find_url_credentials(text: &str) -> Vec<TokenMatch> {
    let mut found = Vec::new();
    for captures in URL_USERINFO.captures_iter(text) {
        let (user, password, host) = (
            &captures[2],
            captures.get(3).expect("password group"),
            &captures[4],
        );
        let secret = password.as_str();
        if is_placeholder(secret)
            || secret.eq_ignore_ascii_case(user)
            || is_placeholder_user_info(user, secret)
        {
            continue;
        }
        let host = host.rsplit('@').next().unwrap_or(host);
        let host_name = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
        let local = LOCAL_HOSTS.contains(&host_name.as_str())
            || [".local", ".test", ".example", ".invalid", ".localhost"]
                .iter()
                .any(|suffix| host_name.ends_with(suffix))
            || host_name == "example.com"
            || host_name.ends_with(".example.com");
        found.push(TokenMatch {
            rule: &credentials::url_credentials::RULE,
            kind: "password in a URL",
            range: password.range(),
            format_id: "url-credentials",
            severity: local.then_some(Severity::Low),
        });
    }
    find_connection_string_passwords(text, &mut found);
    found
}

static CONNECTION_STRING_PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[;\x22'])\s*(?:server|data source|host|address|addr|network address)\s*=[^;]*;(?:[^;]*;)*?\s*(?:password|pwd)\s*=\s*(?P<secret>[^;\x22'\s][^;\x22']*)")
        .expect("connection string pattern")
});

/// Passwords in ADO.NET/ODBC-style connection strings:
/// `Server=db.prod;Database=app;User Id=svc;Password=…;`.
fn find_connection_string_passwords(text: &str, found: &mut Vec<TokenMatch>) {
    for captures in CONNECTION_STRING_PASSWORD.captures_iter(text) {
        let password = captures.name("secret").expect("secret group");
        let value = password.as_str().trim_end();
        if is_placeholder(value) {
            continue;
        }
        found.push(TokenMatch {
            rule: &credentials::url_credentials::RULE,
            kind: "password in a connection string",
            range: password.start()..password.start() + value.len(),
            format_id: "url-credentials",
            severity: None,
        });
    }
}

/// `user:password`, `username:secret`: documentation, not credentials.
fn is_placeholder_user_info(user: &str, password: &str) -> bool {
    let user = user.to_ascii_lowercase();
    matches!(user.as_str(), "user" | "username" | "usr" | "login")
        && password.len() <= 12
        && !looks_random(password)
        && password.chars().all(|c| c.is_ascii_alphabetic())
}

static AUTH_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)(?:(?-u:\b)(?:proxy-)?authorization(?-u:\b)["']?\s*[:=,]\s*["']?|^\s*|["'])(basic|bearer|token|digest)\s+([A-Za-z0-9._~+/=-]{8,})"#,
    )
    .expect("Authorization header pattern")
});

/// Literal credentials in `Authorization` header values: `Authorization: Bearer …`,
/// `"Basic dXNlcjpwYXNz"`, `Token …`. The range is the credential after the
/// scheme. Templates (`Bearer ${TOKEN}`, `Bearer \(token)`), placeholders and
/// Basic values whose password is a placeholder are not reported; a bearer
/// token must be long and look generated, a Basic value must decode to
/// `user:password`.
pub fn find_auth_header_values(text: &str) -> Vec<TokenMatch> {
    let mut found = Vec::new();
    for captures in AUTH_HEADER.captures_iter(text) {
        let scheme = captures[1].to_ascii_lowercase();
        let credential = captures.get(2).expect("credential group");
        let value = credential.as_str();
        let followed_by_template = text[credential.end()..].starts_with(['$', '{', '\\', '%', '<']);
        if is_placeholder(value) || followed_by_template {
            continue;
        }
        let real = match scheme.as_str() {
            "basic" => decode_base64(value)
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .and_then(|decoded| {
                    decoded
                        .split_once(':')
                        .map(|(_, password)| password.to_owned())
                })
                .is_some_and(|password| !password.is_empty() && !is_placeholder(&password)),
            _ => value.len() >= 16 && (looks_random(value) || value.matches('.').count() == 2),
        };
        if real {
            found.push(TokenMatch {
                rule: &credentials::auth_header_value::RULE,
                kind: if scheme == "basic" {
                    "Basic authorization credential"
                } else {
                    "bearer token in an Authorization header"
                },
                range: credential.range(),
                format_id: "auth-header-value",
                severity: None,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found_texts(text: &str, finder: fn(&str) -> Vec<TokenMatch>) -> Vec<String> {
        finder(text)
            .into_iter()
            .map(|m| text[m.range].to_owned())
            .collect()
    }

    #[test]
    fn finds_passwords_in_connection_strings() {
        let text = "DATABASE_URL=postgres://app:Vq3xR8wLp2Nz@db.prod.internal:5432/app";
        assert_eq!(found_texts(text, find_url_credentials), ["Vq3xR8wLp2Nz"]);
        let redis = find_url_credentials("redis://:s9Kd02LmQx@cache.example.net:6379");
        assert_eq!(redis.len(), 1);
        assert_eq!(redis[0].severity, None);
        let mongo =
            find_url_credentials("mongodb+srv://svc:Zt8q%21Lw3@cluster0.ab1cd.mongodb.net/db");
        assert_eq!(mongo.len(), 1);
    }

    #[test]
    fn dev_defaults_are_quiet_and_local_hosts_are_low() {
        assert!(find_url_credentials("postgres://postgres:postgres@localhost/app").is_empty());
        assert!(find_url_credentials("https://user:password@example.com").is_empty());
        assert!(find_url_credentials("amqp://guest:guest@rabbitmq:5672").is_empty());
        assert!(find_url_credentials("postgres://app:${DB_PASSWORD}@db/app").is_empty());
        let local = find_url_credentials("mysql://app:Vq3xR8wLp2Nz@localhost:3306/app");
        assert_eq!(local[0].severity, Some(Severity::Low));
        assert!(find_url_credentials("https://github.com/org/repo.git").is_empty());
    }

    #[test]
    fn finds_literal_authorization_values() {
        let bearer = "Authorization: Bearer 7fQ2xLp9Wm4Zk8Rt3Vb6Nc1Hd5Js0Ya";
        assert_eq!(find_auth_header_values(bearer).len(), 1);
        // "api:Wq8Lm2Zx9Pv4" in base64.
        assert_eq!(
            find_auth_header_values("Basic YXBpOldxOExtMlp4OVB2NA==").len(),
            1
        );
        assert!(find_auth_header_values("Authorization: Bearer ${TOKEN}").is_empty());
        assert!(find_auth_header_values("\"Bearer \\(token)\"").is_empty());
        // "user:password"
        assert!(find_auth_header_values("Basic dXNlcjpwYXNzd29yZA==").is_empty());
        assert!(find_auth_header_values("Authorization: Bearer abcdefgh").is_empty());
    }
}
