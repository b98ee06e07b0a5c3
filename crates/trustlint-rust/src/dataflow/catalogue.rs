//! The catalogue: which calls read sensitive data (sources), which send data over the
//! network (sinks), which files hold credentials, and which names check consent.
//! Kept as data so adding an API is one line; users extend it in `trustlint.toml`
//! (`[data-upload] sources`, `sinks`, `consent-checks`).

use super::value::{DataType, NetKind, RuleKind};
use trustlint_core::config::{ConfigLanguage, DataUploadConfig};

/// A data type as the catalogue writes it.
#[derive(Clone, Copy, Debug)]
pub struct Data {
    pub rule: RuleKind,
    pub label: &'static str,
    pub plural: bool,
    pub credential: bool,
}

impl Data {
    pub fn data_type(self) -> DataType {
        DataType {
            rule: self.rule,
            label: self.label.to_owned(),
            plural: self.plural,
            credential: self.credential,
        }
    }
}

const fn data(rule: RuleKind, label: &'static str) -> Data {
    Data {
        rule,
        label,
        plural: false,
        credential: false,
    }
}

const fn data_plural(rule: RuleKind, label: &'static str) -> Data {
    Data {
        rule,
        label,
        plural: true,
        credential: false,
    }
}

const fn credential(label: &'static str) -> Data {
    Data {
        rule: RuleKind::Other,
        label,
        plural: false,
        credential: true,
    }
}

pub const ENV_DUMP: Data = data_plural(RuleKind::EnvVars, "environment variables");
pub const HOSTNAME: Data = data(RuleKind::DeviceId, "the device's hostname");
pub const USER_NAME: Data = data(RuleKind::DeviceId, "the user's name");
pub const MAC_ADDRESS: Data = data(RuleKind::DeviceId, "the device's MAC address");
pub const MACHINE_ID: Data = data(RuleKind::DeviceId, "the machine id");
pub const CLIPBOARD: Data = data_plural(RuleKind::Clipboard, "clipboard contents");
pub const LOCATION: Data = data(RuleKind::Location, "the device's location");
pub const USER_ACCOUNTS: Data = data_plural(RuleKind::Other, "the list of local user accounts");
pub const CONTACTS: Data = data_plural(RuleKind::Contacts, "the user's contacts");

/// Functions (matched by the end of their path, after `use` imports are expanded)
/// that return sensitive data.
pub static FUNCTION_SOURCES: &[(&[&str], Data)] = &[
    (&["env", "vars"], ENV_DUMP),
    (&["env", "vars_os"], ENV_DUMP),
    (&["hostname", "get"], HOSTNAME),
    (&["gethostname", "gethostname"], HOSTNAME),
    (&["whoami", "hostname"], HOSTNAME),
    (&["whoami", "devicename"], HOSTNAME),
    (&["whoami", "fallible", "hostname"], HOSTNAME),
    (&["System", "host_name"], HOSTNAME),
    (&["whoami", "username"], USER_NAME),
    (&["whoami", "realname"], USER_NAME),
    (&["users", "get_current_username"], USER_NAME),
    (&["mac_address", "get_mac_address"], MAC_ADDRESS),
    (&["mac_address", "mac_address_by_name"], MAC_ADDRESS),
    (&["machine_uid", "get"], MACHINE_ID),
    (&["cli_clipboard", "get_contents"], CLIPBOARD),
    (&["clipboard_win", "get_clipboard_string"], CLIPBOARD),
    (&["ContactManager", "RequestStoreAsync"], CONTACTS),
    (&["Users", "new_with_refreshed_list"], USER_ACCOUNTS),
];

/// Methods that return sensitive data; when a receiver hint is given, the receiver's
/// source text must contain one of the hints (lower-case), since the name alone is
/// too common.
pub static METHOD_SOURCES: &[(&str, &[&str], Data)] = &[
    ("get_text", &["clip", "board"], CLIPBOARD),
    ("get_contents", &["clip", "ctx", "board"], CLIPBOARD),
    (
        "get_password",
        &[],
        credential("a password from the system keyring"),
    ),
    (
        "get_secret",
        &["entry", "keyring", "keychain"],
        credential("a secret from the system keyring"),
    ),
    ("host_name", &[], HOSTNAME),
    ("users", &["sys"], USER_ACCOUNTS),
    (
        "processes",
        &["sys"],
        data_plural(RuleKind::Other, "the list of running processes"),
    ),
    ("GetGeopositionAsync", &[], LOCATION),
    ("FindContactsAsync", &[], CONTACTS),
];

/// Functions that read a file named by their first argument; reading a sensitive
/// path makes the result that file's contents.
pub static FILE_READERS: &[&[&str]] = &[
    &["fs", "read_to_string"],
    &["fs", "read"],
    &["File", "open"],
    &["Connection", "open"],
    &["Connection", "open_with_flags"],
];

/// `fs::copy(from, to)`: stealers copy locked browser databases before opening them.
pub static FILE_COPIERS: &[&[&str]] = &[&["fs", "copy"]];

/// Credential and key files, matched (lower-case, `/`-separated) against file paths
/// the code builds. `~` stands for the home directory.
pub static KEY_FILES: &[(&str, Data)] = &[
    (".ssh", data_plural(RuleKind::KeyFile, "SSH keys")),
    ("id_rsa", data(RuleKind::KeyFile, "an SSH private key")),
    ("id_ed25519", data(RuleKind::KeyFile, "an SSH private key")),
    ("id_ecdsa", data(RuleKind::KeyFile, "an SSH private key")),
    ("id_dsa", data(RuleKind::KeyFile, "an SSH private key")),
    ("id_*", data_plural(RuleKind::KeyFile, "SSH private keys")),
    ("*.pem", data_plural(RuleKind::KeyFile, "private key files")),
    ("*.key", data_plural(RuleKind::KeyFile, "private key files")),
    (
        "*.kdbx",
        data_plural(RuleKind::KeyFile, "password databases"),
    ),
    (
        ".aws/credentials",
        data_plural(RuleKind::KeyFile, "AWS credentials"),
    ),
    (
        ".git-credentials",
        data_plural(RuleKind::KeyFile, "stored git credentials"),
    ),
    (".npmrc", data_plural(RuleKind::KeyFile, "npm credentials")),
    (
        ".cargo/credentials",
        data(RuleKind::KeyFile, "the cargo registry token"),
    ),
    (
        ".docker/config.json",
        data_plural(RuleKind::KeyFile, "Docker registry credentials"),
    ),
    (
        ".kube/config",
        data_plural(RuleKind::KeyFile, "Kubernetes credentials"),
    ),
    (
        ".netrc",
        data_plural(RuleKind::KeyFile, "netrc credentials"),
    ),
    (
        ".config/gcloud",
        data_plural(RuleKind::KeyFile, "Google Cloud credentials"),
    ),
    (
        ".config/solana",
        data(RuleKind::KeyFile, "a Solana wallet keypair"),
    ),
    (
        ".config/gh/hosts.yml",
        data(RuleKind::KeyFile, "the GitHub CLI token"),
    ),
    (
        "login data",
        data_plural(RuleKind::KeyFile, "a browser's saved passwords"),
    ),
    (
        "cookies",
        data_plural(RuleKind::KeyFile, "a browser's cookies"),
    ),
    (
        "key4.db",
        data_plural(RuleKind::KeyFile, "Firefox's saved passwords"),
    ),
    (
        "logins.json",
        data_plural(RuleKind::KeyFile, "Firefox's saved passwords"),
    ),
    (
        "local state",
        data(RuleKind::KeyFile, "a browser's encryption key"),
    ),
    (
        "local storage/leveldb",
        data_plural(RuleKind::KeyFile, "an Electron app's session tokens"),
    ),
    (
        "wallet.dat",
        data(RuleKind::KeyFile, "a cryptocurrency wallet"),
    ),
    ("exodus", data(RuleKind::KeyFile, "a cryptocurrency wallet")),
    (
        "electrum",
        data(RuleKind::KeyFile, "a cryptocurrency wallet"),
    ),
    (
        "metamask",
        data(RuleKind::KeyFile, "a cryptocurrency wallet"),
    ),
    (
        "nkbihfbeogaeaoehlefnkodbefgpgknn",
        data(RuleKind::KeyFile, "a cryptocurrency wallet"),
    ),
    (
        ".ethereum/keystore",
        data(RuleKind::KeyFile, "a cryptocurrency wallet"),
    ),
    (
        "/etc/passwd",
        data(RuleKind::KeyFile, "the system's account list"),
    ),
    (
        "/etc/shadow",
        data_plural(RuleKind::KeyFile, "the system's password hashes"),
    ),
    ("/etc/machine-id", MACHINE_ID),
    ("/etc/hostname", HOSTNAME),
];

/// The credential or key file a path names, if any. A public key (`id_ed25519.pub`)
/// is not one: uploading it is how keys are registered with a forge.
pub fn key_file(path_text: &str) -> Option<Data> {
    let normalized = path_text.replace('\\', "/").to_lowercase();
    if normalized.ends_with(".pub") {
        return None;
    }
    KEY_FILES
        .iter()
        .find(|(needle, _)| {
            if let Some(extension) = needle.strip_prefix('*') {
                normalized.contains(needle) || normalized.ends_with(extension)
            } else if *needle == ".ssh" {
                normalized.contains("/.ssh") || normalized.starts_with(".ssh")
            } else {
                normalized.contains(needle)
            }
        })
        .map(|(_, data)| *data)
}

/// Whether `piece`, a string a path may be built from, could make [`key_file`]
/// match: it contains one `/`-separated part of some catalogued name, the one
/// starting with a dot if any (`.kube` of `.kube/config`), else the longest
/// (`passwd` of `/etc/passwd`, `.pem` of `*.pem`). Every path naming that file
/// contains the part whole unless it is itself cut across strings.
pub fn may_name_key_file(piece: &str) -> bool {
    let piece = piece.replace('\\', "/").to_lowercase();
    KEY_FILES.iter().any(|(needle, _)| {
        let telling = needle
            .split('/')
            .map(|part| part.strip_prefix('*').unwrap_or(part))
            .max_by_key(|part| (part.starts_with('.'), part.len()))
            .unwrap_or(needle);
        piece.contains(telling)
    })
}

/// Literals in a filter over a directory walk that pick out key files.
pub fn names_key_files(literal: &str) -> bool {
    let literal = literal.to_lowercase();
    [
        "pem",
        ".pem",
        "key",
        ".key",
        "id_rsa",
        "id_ed25519",
        "id_",
        "kdbx",
        "wallet.dat",
        "p12",
        "pfx",
    ]
    .contains(&literal.as_str())
}

/// What reading the environment variable `name` yields, if it is sensitive. Reading
/// one configuration variable (`API_URL`) is not.
pub fn env_var(name: &str) -> Option<Data> {
    let upper = name.to_ascii_uppercase();
    if matches!(
        upper.as_str(),
        "USER" | "USERNAME" | "LOGNAME" | "USERDOMAIN"
    ) {
        return Some(USER_NAME);
    }
    if matches!(upper.as_str(), "HOSTNAME" | "COMPUTERNAME") {
        return Some(HOSTNAME);
    }
    let secret_words = [
        "TOKEN",
        "SECRET",
        "PASSWORD",
        "PASSWD",
        "CREDENTIAL",
        "PRIVATE",
        "COOKIE",
        "SESSION",
        "API_KEY",
        "APIKEY",
        "ACCESS_KEY",
    ];
    let secret = secret_words.iter().any(|w| upper.contains(w))
        || upper.ends_with("_KEY")
        || upper.ends_with("_PASS")
        || upper.ends_with("_PAT");
    secret.then_some(Data {
        rule: RuleKind::EnvVars,
        label: "a secret environment variable",
        plural: false,
        credential: true,
    })
}

/// How many variable names read in one loop make it a harvest of the environment.
pub const ENV_HARVEST_NAMES: usize = 3;

/// Calls that create an HTTP client or a network object, by path suffix.
pub static NET_CONSTRUCTORS: &[(&[&str], NetKind)] = &[
    (&["Client", "new"], NetKind::Client),
    (&["Client", "builder"], NetKind::Client),
    (&["Client", "default"], NetKind::Client),
    (&["ClientBuilder", "new"], NetKind::Client),
    (&["Agent", "new"], NetKind::Client),
    (&["AgentBuilder", "new"], NetKind::Client),
    (&["ureq", "agent"], NetKind::Client),
    (&["HttpClient", "new"], NetKind::Client),
    (&["HttpClient", "builder"], NetKind::Client),
    (&["Request", "builder"], NetKind::Request),
    (&["Message", "builder"], NetKind::Email),
    (&["Easy", "new"], NetKind::Curl),
    (&["Easy2", "new"], NetKind::Curl),
    (&["UdpSocket", "bind"], NetKind::Socket),
];

/// A function call that opens a request or connection to the URL in `url_arg`;
/// `body_arg` is sent as well.
pub struct NetCall {
    pub path: &'static [&'static str],
    pub url_arg: usize,
    pub body_arg: Option<usize>,
    pub kind: NetKind,
}

const fn request(path: &'static [&'static str]) -> NetCall {
    NetCall {
        path,
        url_arg: 0,
        body_arg: None,
        kind: NetKind::Request,
    }
}

const fn request_with_body(path: &'static [&'static str]) -> NetCall {
    NetCall {
        path,
        url_arg: 0,
        body_arg: Some(1),
        kind: NetKind::Request,
    }
}

const fn connection(path: &'static [&'static str]) -> NetCall {
    NetCall {
        path,
        url_arg: 0,
        body_arg: None,
        kind: NetKind::Socket,
    }
}

pub static NET_CALLS: &[NetCall] = &[
    request(&["reqwest", "get"]),
    request(&["blocking", "get"]),
    request(&["ureq", "get"]),
    request(&["ureq", "post"]),
    request(&["ureq", "put"]),
    request(&["ureq", "patch"]),
    request(&["ureq", "delete"]),
    request(&["ureq", "head"]),
    NetCall {
        path: &["ureq", "request"],
        url_arg: 1,
        body_arg: None,
        kind: NetKind::Request,
    },
    request(&["isahc", "get"]),
    request(&["isahc", "get_async"]),
    request_with_body(&["isahc", "post"]),
    request_with_body(&["isahc", "post_async"]),
    request_with_body(&["isahc", "put"]),
    request(&["surf", "get"]),
    request(&["surf", "post"]),
    request(&["surf", "put"]),
    request(&["surf", "patch"]),
    request(&["attohttpc", "get"]),
    request(&["attohttpc", "post"]),
    request(&["attohttpc", "put"]),
    request(&["minreq", "get"]),
    request(&["minreq", "post"]),
    request(&["minreq", "put"]),
    request(&["Request", "get"]),
    request(&["Request", "post"]),
    request(&["Request", "put"]),
    request(&["Request", "patch"]),
    connection(&["TcpStream", "connect"]),
    connection(&["TcpStream", "connect_timeout"]),
    connection(&["tungstenite", "connect"]),
    connection(&["tokio_tungstenite", "connect_async"]),
    connection(&["connect_async"]),
];

/// Methods on an HTTP client that open a request to a URL: (name, URL argument).
pub static CLIENT_METHODS: &[(&str, usize)] = &[
    ("get", 0),
    ("post", 0),
    ("put", 0),
    ("patch", 0),
    ("delete", 0),
    ("head", 0),
    ("request", 1),
    ("get_async", 0),
    ("post_async", 0),
    ("put_async", 0),
];

/// Receiver names that make `x.post(url)` an HTTP call even when `x`'s value is unknown.
pub static CLIENT_NAME_HINTS: &[&str] = &["client", "http", "agent", "session", "reqwest"];

/// Methods that set where a request or handle goes.
pub static DESTINATION_SETTERS: &[&str] = &["uri", "url"];

/// Where in a request a payload goes; credentials in an authorization position are
/// how they are meant to be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Payload,
    Url,
    Authorization,
}

/// Methods on a request, e-mail, curl handle or socket that send their arguments.
pub static PAYLOAD_METHODS: &[&str] = &[
    "body",
    "json",
    "form",
    "query",
    "header",
    "headers",
    "multipart",
    "send_string",
    "send_json",
    "send_form",
    "send_bytes",
    "send",
    "set",
    "body_string",
    "body_json",
    "body_bytes",
    "post_fields_copy",
    "post_fields",
    "singlepart",
    "subject",
    "write_all",
    "write",
    "send_to",
    "write_message",
    "send_text",
    "send_binary",
    "bearer_auth",
    "basic_auth",
    // attohttpc and minreq
    "text",
    "bytes",
    "param",
    "params",
    "with_body",
    "with_json",
    "with_header",
    "with_param",
];

/// Methods that change their receiver to hold their arguments as well.
pub static MUTATORS: &[&str] = &[
    "push",
    "push_str",
    "insert",
    "extend",
    "extend_from_slice",
    "append",
    "push_back",
    "push_front",
    "write_str",
    "write_all",
    "write_fmt",
    "add",
    "set",
];

/// Methods whose result says something about the value without carrying it.
pub static SCALAR_METHODS: &[&str] = &[
    "len",
    "is_empty",
    "contains",
    "contains_key",
    "starts_with",
    "ends_with",
    "eq",
    "ne",
    "cmp",
    "partial_cmp",
    "is_some",
    "is_none",
    "is_ok",
    "is_err",
    "exists",
    "is_file",
    "is_dir",
    "count",
    "status",
    "is_success",
    "capacity",
];

/// Methods that leave a value's text as it is.
pub static TEXT_PRESERVING_METHODS: &[&str] = &[
    "to_string",
    "to_owned",
    "clone",
    "into",
    "as_str",
    "as_ref",
    "as_bytes",
    "borrow",
    "unwrap",
    "expect",
    "unwrap_or_default",
    "unwrap_or",
    "unwrap_or_else",
    "ok",
    "map_err",
    "into_owned",
    "to_string_lossy",
    "to_str",
    "display",
    "trim",
    "to_vec",
    "into_bytes",
    "as_path",
    "to_path_buf",
    "parse",
    "iter",
    "into_iter",
    "chars",
    "bytes",
    "copied",
    "cloned",
];

/// Functions that decode text at run time; destinations built from their output are
/// hidden from readers of the source.
pub static DECODERS: &[&[&str]] = &[
    &["base64", "decode"],
    &["base64", "decode_config"],
    &["hex", "decode"],
    &["general_purpose", "STANDARD", "decode"],
];

/// Names that check the user's consent, before normalisation (`has_consent`,
/// `hasConsent` and `HAS_CONSENT` are the same name).
pub static DEFAULT_CONSENT_CHECKS: &[&str] = &[
    "has_consent",
    "consent_given",
    "user_consented",
    "telemetry_enabled",
    "analytics_enabled",
    "crash_reporting_enabled",
    "crash_reports_enabled",
    "usage_stats_enabled",
    "share_diagnostics",
    "send_diagnostics",
    "allow_telemetry",
    "user_opted_in",
    "opted_in",
    "is_opted_in",
];

/// The catalogue with the project's additions from `trustlint.toml`.
pub struct Catalogue {
    consent_checks: Vec<String>,
    pub extra_sources: Vec<(Vec<String>, DataType)>,
    pub extra_sinks: Vec<Vec<String>>,
}

impl Catalogue {
    pub fn new(config: &DataUploadConfig) -> Catalogue {
        let split = |call: &str| -> Vec<String> {
            call.trim_start_matches('.')
                .split("::")
                .flat_map(|s| s.split('.'))
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Catalogue {
            consent_checks: DEFAULT_CONSENT_CHECKS
                .iter()
                .map(|s| normalize_name(s))
                .chain(config.consent_checks.iter().map(|s| normalize_name(s)))
                .collect(),
            extra_sources: config
                .sources
                .iter()
                .filter(|s| s.language == ConfigLanguage::Rust)
                .map(|s| {
                    let data = DataType {
                        rule: RuleKind::from_config_name(&s.data_type),
                        label: format!("{} data", s.data_type),
                        plural: true,
                        credential: false,
                    };
                    (split(&s.call), data)
                })
                .collect(),
            extra_sinks: config
                .sinks
                .iter()
                .filter(|s| s.language == ConfigLanguage::Rust)
                .map(|s| split(&s.call))
                .collect(),
        }
    }

    /// Whether an identifier in a condition names a consent check.
    pub fn is_consent_check(&self, ident: &str) -> bool {
        let name = normalize_name(ident);
        name.contains("consent") || name.contains("optedin") || self.consent_checks.contains(&name)
    }
}

/// `hasConsent`, `has_consent` and `HAS_CONSENT` all become `hasconsent`.
fn normalize_name(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `path` (a call's path with imports expanded) ends with `suffix`.
pub fn path_ends_with<S: AsRef<str>>(path: &[String], suffix: &[S]) -> bool {
    path.len() >= suffix.len()
        && path[path.len() - suffix.len()..]
            .iter()
            .zip(suffix)
            .all(|(a, b)| a == b.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_files_are_recognised_in_built_paths() {
        assert_eq!(key_file("~/.ssh/id_rsa").unwrap().label, "SSH keys");
        assert_eq!(
            key_file("~/.aws/credentials").unwrap().label,
            "AWS credentials"
        );
        assert!(
            key_file(r"C:\Users\x\AppData\Local\Google\Chrome\User Data\Default\Login Data")
                .is_some()
        );
        assert!(key_file("~/.config/myapp/settings.toml").is_none());
        assert!(key_file("./Cargo.toml").is_none());
    }

    #[test]
    fn only_secret_or_identity_env_vars_are_sensitive() {
        assert!(env_var("GITHUB_TOKEN").is_some());
        assert!(env_var("AWS_SECRET_ACCESS_KEY").is_some());
        assert!(env_var("USER").is_some());
        assert!(env_var("API_URL").is_none());
        assert!(env_var("RUST_LOG").is_none());
        assert!(env_var("AWS_REGION").is_none());
    }

    #[test]
    fn consent_names_are_compared_normalised() {
        let catalogue = Catalogue::new(&DataUploadConfig {
            consent_checks: vec!["crashUploadsAllowed".to_owned()],
            ..DataUploadConfig::default()
        });
        assert!(catalogue.is_consent_check("telemetryEnabled"));
        assert!(catalogue.is_consent_check("crash_uploads_allowed"));
        assert!(catalogue.is_consent_check("user_consent"));
        assert!(!catalogue.is_consent_check("enabled"));
    }
}
