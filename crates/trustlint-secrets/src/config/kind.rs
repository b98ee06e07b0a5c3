//! Which config or key file a path names, by its file name.

/// How a file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    /// `KEY=value` lines: `.env`, `.env.*`, `*.properties`, `*.ini`, `*.cfg`,
    /// `*.conf`, `.npmrc`, `.pypirc`, `*.xcconfig`, `*.toml`.
    KeyValue,
    /// `key: value` with nesting by indentation.
    Yaml,
    Json,
    /// XML property lists: `<key>k</key><string>v</string>`.
    Plist,
    /// `machine host login user password secret`.
    Netrc,
    /// `https://user:token@host` per line.
    GitCredentials,
    /// `*.pem`, `*.key`, `id_rsa`, `*.p8`, `*.ppk`, `*.asc`: read for private keys.
    KeyText,
    /// `*.p12`, `*.pfx`, `*.jks`, `*.keystore`, `*.bks`: binary, reported by name.
    KeyStore,
}

/// What a file may be reported for, beyond its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FileRole {
    pub kind: FileKind,
    /// Only provider tokens: templates (`.env.example`) hold placeholders by
    /// design, and manifests (`Cargo.toml`) hold names like `token` for other reasons.
    pub provider_tokens_only: bool,
    /// Firebase client config (`GoogleService-Info.plist`, `google-services.json`):
    /// its `AIza…` key is a client key that ships in every app build by design.
    pub firebase_client_config: bool,
}

const KEY_STORE_EXTENSIONS: &[&str] = &["p12", "pfx", "jks", "keystore", "bks"];
const KEY_TEXT_EXTENSIONS: &[&str] = &["pem", "key", "p8", "ppk", "asc", "gpg"];
const SSH_KEY_NAMES: &[&str] = &[
    "id_rsa",
    "id_dsa",
    "id_ecdsa",
    "id_ed25519",
    "id_ecdsa_sk",
    "id_ed25519_sk",
];
/// Lock files and resolved dependency lists: hashes and URLs, never secrets.
const LOCK_FILES: &[&str] = &[
    "Cargo.lock",
    "package-lock.json",
    "npm-shrinkwrap.json",
    "yarn.lock",
    "pnpm-lock.yaml",
    "Podfile.lock",
    "Package.resolved",
    "Gemfile.lock",
    "composer.lock",
    "poetry.lock",
    "flake.lock",
];
const TEMPLATE_SUFFIXES: &[&str] = &[
    ".example",
    ".sample",
    ".template",
    ".dist",
    ".tmpl",
    ".defaults",
];

pub(crate) fn classify(path: &str) -> Option<FileRole> {
    let file_name = path.rsplit('/').next().unwrap_or(path);
    if LOCK_FILES.contains(&file_name) {
        return None;
    }
    // `.env.example`, `config.sample.json`, botocore's `examples-1.json`: documentation.
    let lower_name = file_name.to_ascii_lowercase();
    let is_template = TEMPLATE_SUFFIXES
        .iter()
        .any(|suffix| file_name.ends_with(suffix))
        || lower_name.contains("example")
        || lower_name.contains(".sample.");
    // `.env.example` is read as an env file, `config.json.sample` as JSON.
    let base_name = TEMPLATE_SUFFIXES
        .iter()
        .find_map(|suffix| file_name.strip_suffix(suffix))
        .unwrap_or(file_name);
    let extension = base_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    let extension = extension.as_deref();
    let is_dockerfile = base_name == "Dockerfile"
        || base_name.starts_with("Dockerfile.")
        || base_name == "Containerfile";
    let kind = if base_name == ".env"
        || base_name.starts_with(".env.")
        || base_name == ".envrc"
        || extension == Some("env")
        || is_dockerfile
    {
        FileKind::KeyValue
    } else if matches!(base_name, ".netrc" | "_netrc") {
        FileKind::Netrc
    } else if base_name == ".git-credentials" {
        FileKind::GitCredentials
    } else if matches!(base_name, ".npmrc" | ".pypirc" | ".yarnrc" | ".gemrc") {
        FileKind::KeyValue
    } else if SSH_KEY_NAMES.contains(&base_name)
        || extension.is_some_and(|e| KEY_TEXT_EXTENSIONS.contains(&e))
    {
        FileKind::KeyText
    } else if extension.is_some_and(|e| KEY_STORE_EXTENSIONS.contains(&e)) {
        FileKind::KeyStore
    } else {
        match extension? {
            "properties" | "ini" | "cfg" | "conf" | "xcconfig" | "toml" | "tfvars"
            | "dockerfile" => FileKind::KeyValue,
            "yaml" | "yml" => FileKind::Yaml,
            "json" => FileKind::Json,
            "plist" => FileKind::Plist,
            _ => return None,
        }
    };
    Some(FileRole {
        kind,
        provider_tokens_only: is_template || base_name == "Cargo.toml",
        firebase_client_config: matches!(
            base_name,
            "GoogleService-Info.plist" | "google-services.json"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_config_and_key_files() {
        let kind = |path| classify(path).map(|role| role.kind);
        assert_eq!(kind(".env"), Some(FileKind::KeyValue));
        assert_eq!(kind("deploy/.env.production"), Some(FileKind::KeyValue));
        assert_eq!(kind("App/Info.plist"), Some(FileKind::Plist));
        assert_eq!(kind("Config/Release.xcconfig"), Some(FileKind::KeyValue));
        assert_eq!(kind("docker-compose.yml"), Some(FileKind::Yaml));
        assert_eq!(kind("appsettings.json"), Some(FileKind::Json));
        assert_eq!(kind(".npmrc"), Some(FileKind::KeyValue));
        assert_eq!(kind(".envrc"), Some(FileKind::KeyValue));
        assert_eq!(kind("infra/prod.tfvars"), Some(FileKind::KeyValue));
        assert_eq!(kind("Dockerfile"), Some(FileKind::KeyValue));
        assert_eq!(kind("home/.netrc"), Some(FileKind::Netrc));
        assert_eq!(kind("keys/id_ed25519"), Some(FileKind::KeyText));
        assert_eq!(kind("AuthKey_ABC123DEFG.p8"), Some(FileKind::KeyText));
        assert_eq!(kind("certs/dist.p12"), Some(FileKind::KeyStore));
        assert_eq!(kind("keys/id_ed25519.pub"), None);
        assert_eq!(kind("Cargo.lock"), None);
        assert_eq!(kind("package-lock.json"), None);
        assert_eq!(kind("src/main.rs"), None);
    }

    #[test]
    fn templates_and_manifests_are_provider_only() {
        assert!(classify(".env.example").unwrap().provider_tokens_only);
        assert!(classify("config.json.sample").unwrap().provider_tokens_only);
        assert!(
            classify("data/ec2/2016-11-15/examples-1.json")
                .unwrap()
                .provider_tokens_only
        );
        assert!(classify("Cargo.toml").unwrap().provider_tokens_only);
        assert!(!classify(".env").unwrap().provider_tokens_only);
        assert!(
            classify("App/GoogleService-Info.plist")
                .unwrap()
                .firebase_client_config
        );
    }
}
