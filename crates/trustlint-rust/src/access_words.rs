//! The vocabulary of access control, shared by the debug-entry checks: which
//! names are credentials, which branches grant or deny access, which switches
//! skip a check, and where a switch's value comes from.

use foldhash::HashSet;

use crate::syn_helpers::{call_path, macro_name, path_ends_with, string_literal, strip, words};

fn any_of(words: &[String], vocabulary: &[&str]) -> bool {
    words.iter().any(|w| vocabulary.contains(&w.as_str()))
}

/// Words that name a credential on their own.
const CREDENTIAL: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "passcode",
    "secret",
    "token",
    "pin",
    "otp",
    "totp",
    "udid",
    "imei",
    "bearer",
    "authorization",
    "credential",
    "credentials",
    "apikey",
    "username",
    "login",
    "user",
    "uname",
    "userid",
];

/// Words that make `key` name a credential (`api_key`, `x-auth-key`).
const WITH_KEY: &[&str] = &[
    "api", "auth", "access", "admin", "master", "support", "license", "licence", "header",
    "headers", "secret",
];

/// Word pairs that name a credential together.
const CREDENTIAL_PAIRS: &[(&str, &str)] = &[
    ("device", "id"),
    ("serial", "number"),
    ("access", "code"),
    ("auth", "code"),
];

/// Words that name a credential or an identity a login check compares.
pub fn names_credential(words: &[String]) -> bool {
    // Attributes of an identity that come from storage, not from the caller.
    const STORED_ATTRIBUTES: &[&str] = &[
        "role",
        "roles",
        "kind",
        "type",
        "status",
        "state",
        "plan",
        "tier",
        "group",
        "scope",
        "permission",
        "mode",
        "method",
        "provider",
        "locale",
        "lang",
        "agent",
        "theme",
    ];
    if any_of(words, STORED_ATTRIBUTES) {
        return false;
    }
    any_of(words, CREDENTIAL)
        || (words.iter().any(|w| w == "key") && any_of(words, WITH_KEY))
        || words
            .windows(2)
            .any(|pair| CREDENTIAL_PAIRS.contains(&(pair[0].as_str(), pair[1].as_str())))
}

const GRANT: &[&str] = &[
    "admin",
    "administrator",
    "superuser",
    "sudo",
    "root",
    "session",
    "authenticated",
    "authorized",
    "authorised",
    "grant",
    "granted",
    "allow",
    "allowed",
    "unlock",
    "unlocked",
    "elevated",
    "privileged",
    "principal",
    "identity",
    "claims",
    "impersonate",
    "licensed",
    "premium",
    "pro",
    "entitled",
];

/// Whether a list of words drawn from `words` (a file's
/// [`crate::Context::name_words`]) may make [`names_credential`] true.
pub fn may_name_credential(words: &HashSet<String>) -> bool {
    CREDENTIAL.iter().any(|word| words.contains(*word))
        || (words.contains("key") && WITH_KEY.iter().any(|word| words.contains(*word)))
        || CREDENTIAL_PAIRS
            .iter()
            .any(|(first, second)| words.contains(*first) && words.contains(*second))
}

/// Whether the words of a file's names and literals ([`crate::Context::name_words`])
/// may make [`names_skipped_check`] true for some list drawn from them.
pub fn may_name_skipped_check(words: &HashSet<String>) -> bool {
    let any_of = |vocabulary: &[&str]| vocabulary.iter().any(|word| words.contains(*word));
    (any_of(SKIP) && any_of(CHECKED)) || words.contains("noauth")
}

/// Whether a list of words drawn from `words` may make [`names_debug_switch`] or
/// [`names_blanket_grant`] true.
pub fn may_name_debug_switch_or_blanket_grant(words: &HashSet<String>) -> bool {
    let any_of = |vocabulary: &[&str]| vocabulary.iter().any(|word| words.contains(*word));
    any_of(DEBUG) || ((words.contains("trust") || words.contains("unlock")) && any_of(BLANKET))
}

/// Whether the words of a file's names and literals may make [`names_grant`] or
/// [`names_access_decision`] true for some list drawn from them.
pub fn may_name_grant_or_decision(words: &HashSet<String>) -> bool {
    let any_of = |vocabulary: &[&str]| vocabulary.iter().any(|word| words.contains(*word));
    any_of(GRANT) || (words.contains("next") && words.contains("run")) || any_of(DECISION)
}

/// Words that say a branch lets the caller in.
pub fn names_grant(words: &[String]) -> bool {
    any_of(words, GRANT) || words.windows(2).any(|p| p[0] == "next" && p[1] == "run")
}

/// Words that say a branch turns the caller away.
pub fn names_denial(words: &[String]) -> bool {
    const DENY: &[&str] = &[
        "deny",
        "denied",
        "reject",
        "rejected",
        "forbidden",
        "unauthorized",
        "unauthorised",
        "invalid",
        "err",
        "error",
        "fail",
        "failed",
        "failure",
        "disabled",
        "reserved",
        "locked",
        "blocked",
        "bad",
        "wrong",
        "incorrect",
        "expired",
        "bail",
        "panic",
    ];
    any_of(words, DENY)
}

const DECISION: &[&str] = &[
    "auth",
    "authenticate",
    "authentication",
    "authorize",
    "authorise",
    "authorization",
    "login",
    "signin",
    "verify",
    "check",
    "validate",
    "guard",
    "require",
    "unlock",
    "licensed",
    "license",
    "licence",
    "entitled",
    "jailbroken",
    "admin",
    "permitted",
    "allowed",
    "can",
    "access",
    "middleware",
];

/// A function whose job is to decide access (`verify_password`, `require_auth`, `is_licensed`).
pub fn names_access_decision(words: &[String]) -> bool {
    any_of(words, DECISION)
}

/// A call that checks a credential properly (`argon2::verify`, `bcrypt::verify`,
/// `verify_password`, `constant_time_eq` over stored values, `jwt::decode`).
pub fn names_verifier(words: &[String]) -> bool {
    const VERIFIER: &[&str] = &[
        "verify",
        "verified",
        "argon2",
        "bcrypt",
        "scrypt",
        "pbkdf2",
        "hash",
        "validate",
        "decode",
        "authenticate",
        "ct",
        "digest",
    ];
    any_of(words, VERIFIER) || (any_of(words, &["check"]) && names_credential(words))
}

const SKIP: &[&str] = &[
    "skip",
    "bypass",
    "disable",
    "disabled",
    "no",
    "noauth",
    "without",
    "insecure",
    "ignore",
    "override",
    "fake",
    "off",
    "unchecked",
    "unverified",
    "dangerous",
];

const CHECKED: &[&str] = &[
    "auth",
    "noauth",
    "authentication",
    "authorization",
    "authz",
    "authn",
    "login",
    "license",
    "licence",
    "licensing",
    "paywall",
    "premium",
    "jailbreak",
    "root",
    "signature",
    "signatures",
    "verification",
    "verify",
    "check",
    "checks",
    "2fa",
    "mfa",
    "otp",
    "captcha",
    "permission",
    "permissions",
    "acl",
    "token",
    "security",
    "purchase",
    "subscription",
    "receipt",
    "entitlement",
    "entitlements",
    "password",
];

/// A switch name that says on its own that a check is skipped
/// (`SKIP_AUTH`, `disable_license_check`, `X-Bypass-Auth`, `--no-auth`).
pub fn names_skipped_check(words: &[String]) -> bool {
    (any_of(words, SKIP) && any_of(words, CHECKED)) || words.iter().any(|w| w == "noauth")
}

/// A switch name that says "debug/backdoor" without saying what it skips.
pub fn names_debug_switch(words: &[String]) -> bool {
    any_of(words, DEBUG)
}

const DEBUG: &[&str] = &[
    "debug",
    "dev",
    "develop",
    "development",
    "internal",
    "backdoor",
    "god",
    "master",
    "qa",
    "test",
    "testing",
    "staging",
    "support",
    "magic",
    "cheat",
    "bypass",
    "skip",
    "override",
];

/// A switch name that lets everyone in without naming a check (`TRUST_ALL`,
/// `--trust-me`, `--unlock-all`). `allow all` is left out: it names CORS and
/// firewall settings far more often than a way past a login.
pub fn names_blanket_grant(words: &[String]) -> bool {
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "trust" | "unlock") && BLANKET.contains(&pair[1].as_str())
    })
}

const BLANKET: &[&str] = &["all", "everyone", "everybody", "anyone", "me", "everything"];

/// Where a switch's value comes from, with the name it is read by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SwitchSource {
    EnvVar(String),
    LaunchArgument(String),
    Header(String),
    Cookie(String),
    Flag(String),
}

impl SwitchSource {
    pub fn name(&self) -> &str {
        match self {
            SwitchSource::EnvVar(n)
            | SwitchSource::LaunchArgument(n)
            | SwitchSource::Header(n)
            | SwitchSource::Cookie(n)
            | SwitchSource::Flag(n) => n,
        }
    }

    /// "the environment variable `SKIP_AUTH`".
    pub fn describe(&self) -> String {
        match self {
            SwitchSource::EnvVar(n) => format!("the environment variable `{n}`"),
            SwitchSource::LaunchArgument(n) => format!("the launch argument `{n}`"),
            SwitchSource::Header(n) => format!("the HTTP header `{n}`"),
            SwitchSource::Cookie(n) => format!("the cookie `{n}`"),
            SwitchSource::Flag(n) => format!("the flag `{n}`"),
        }
    }

    /// Who can flip it.
    pub fn controlled_by(&self) -> &'static str {
        match self {
            SwitchSource::EnvVar(_) => "anyone who controls the process environment",
            SwitchSource::LaunchArgument(_) => "anyone who can start the program",
            SwitchSource::Header(_) | SwitchSource::Cookie(_) => "any client that sends it",
            SwitchSource::Flag(_) => "whoever sets that flag",
        }
    }
}

/// The switch an expression reads directly: `env::var("X")`, `option_env!("X")`,
/// `req.headers().get("X")`, `jar.get("X")` on cookies, `args.contains("--x")`.
pub fn switch_source(expr: &syn::Expr, argument_lists: &[String]) -> Option<SwitchSource> {
    match strip(expr) {
        syn::Expr::Call(call) => {
            let callee = call_path(strip(expr))?;
            let reads_env = ["env::var", "env::var_os", "var_os"]
                .iter()
                .any(|p| path_ends_with(&callee, p))
                || callee == "var";
            if reads_env {
                let (name, _) = string_literal(call.args.first()?)?;
                return Some(SwitchSource::EnvVar(name));
            }
            None
        }
        syn::Expr::Macro(m) => {
            let name = macro_name(&m.mac);
            if name == "option_env" || name == "env" {
                let lit: syn::LitStr = syn::parse2(m.mac.tokens.clone()).ok()?;
                return Some(SwitchSource::EnvVar(lit.value()));
            }
            None
        }
        syn::Expr::MethodCall(call) => {
            let method = call.method.to_string();
            let receiver_words = crate::syn_helpers::words_of(&call.receiver);
            let literal = call.args.first().and_then(string_literal);
            if let Some((name, _)) = &literal {
                let on_headers = receiver_words
                    .iter()
                    .any(|w| w == "headers" || w == "header");
                let on_cookies = receiver_words
                    .iter()
                    .any(|w| w == "cookies" || w == "cookie" || w == "jar");
                if method == "header"
                    || (on_headers && matches!(method.as_str(), "get" | "contains_key" | "get_all"))
                {
                    return Some(SwitchSource::Header(name.clone()));
                }
                if method == "cookie" || (on_cookies && method == "get") {
                    return Some(SwitchSource::Cookie(name.clone()));
                }
                let on_args = receiver_words.iter().any(|w| w == "args" || w == "argv")
                    || crate::syn_helpers::root_ident(&call.receiver)
                        .is_some_and(|r| argument_lists.contains(&r));
                if on_args && name.starts_with('-') {
                    return Some(SwitchSource::LaunchArgument(name.clone()));
                }
            }
            // `env::args().any(|a| a == "--no-auth")`
            if matches!(method.as_str(), "any" | "position" | "find")
                && (receiver_words.iter().any(|w| w == "args")
                    || crate::syn_helpers::root_ident(&call.receiver)
                        .is_some_and(|r| argument_lists.contains(&r)))
                && let Some(flag) = first_dash_literal(&call.args)
            {
                return Some(SwitchSource::LaunchArgument(flag));
            }
            None
        }
        syn::Expr::Field(field) => match &field.member {
            syn::Member::Named(name) => Some(SwitchSource::Flag(name.to_string())),
            syn::Member::Unnamed(_) => None,
        },
        syn::Expr::Path(p) if p.path.segments.len() == 1 => {
            Some(SwitchSource::Flag(p.path.segments[0].ident.to_string()))
        }
        _ => None,
    }
}

/// The first string literal starting with `-` inside some tokens (a launch flag).
fn first_dash_literal(tokens: &impl quote::ToTokens) -> Option<String> {
    fn find(stream: proc_macro2::TokenStream) -> Option<String> {
        for tree in stream {
            match tree {
                proc_macro2::TokenTree::Literal(l) => {
                    if let syn::Lit::Str(s) = syn::Lit::new(l)
                        && s.value().starts_with('-')
                    {
                        return Some(s.value());
                    }
                }
                proc_macro2::TokenTree::Group(g) => {
                    if let Some(found) = find(g.stream()) {
                        return Some(found);
                    }
                }
                _ => {}
            }
        }
        None
    }
    find(tokens.to_token_stream())
}

/// The words of a switch name (`X-Debug-Bypass` → x, debug, bypass).
pub fn switch_words(source: &SwitchSource) -> Vec<String> {
    words(source.name())
}
