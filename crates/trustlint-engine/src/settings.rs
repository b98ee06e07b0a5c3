//! Validated settings for a scan: the config file found (or given), merged with
//! command-line selections. A bad config is an error, never a silent fallback.

use crate::analyzers::find_rule;
use std::fmt;
use std::path::{Path, PathBuf};
use trustlint_core::config::CONFIG_FILE_NAME;
use trustlint_core::{Category, Config, ConfigError, LineIndex, RuleMeta, Severity};

/// Which rules run: `select` (empty: all) minus `ignore`; entries are rule ids or categories.
#[derive(Clone, Debug, Default)]
pub struct RuleFilter {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

impl RuleFilter {
    pub fn is_enabled(&self, rule: &RuleMeta) -> bool {
        let matches = |name: &String| name == rule.id || name == rule.category().as_str();
        // trustlint's own checks on suppression comments run whatever is selected.
        let selected = self.select.is_empty()
            || rule.category() == Category::Tool
            || self.select.iter().any(matches);
        selected && !self.ignore.iter().any(matches)
    }

    /// `name` is a rule id or a category; a category is enabled when any of its rules is.
    pub fn is_name_enabled(&self, name: &str) -> bool {
        match find_rule(name) {
            Some(rule) => self.is_enabled(rule),
            None => crate::all_rules()
                .iter()
                .any(|r| r.category().as_str() == name && self.is_enabled(r)),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub config: Config,
    /// The config file applied, if any.
    pub config_path: Option<PathBuf>,
    pub rules: RuleFilter,
    /// Absolute, canonical directories never walked (e.g. cargo's target directory).
    pub skip_dirs: Vec<PathBuf>,
}

impl Settings {
    /// The severity a finding of `rule` gets: a config override by id, else by
    /// category, else what the analyzer chose.
    pub fn severity_of(&self, rule: &RuleMeta, reported: Severity) -> Severity {
        let by = |name: &str| {
            self.config
                .rules
                .severity
                .iter()
                .find(|(key, _)| key.get_ref() == name)
                .map(|(_, severity)| *severity)
        };
        by(rule.id)
            .or_else(|| by(rule.category().as_str()))
            .unwrap_or(reported)
    }
}

#[derive(Debug)]
pub enum SettingsError {
    Config(ConfigError),
    Io { path: PathBuf, message: String },
    UnknownRule(String),
}

impl fmt::Display for SettingsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingsError::Config(err) => write!(f, "{err}"),
            SettingsError::Io { path, message } => write!(f, "{}: {message}", path.display()),
            SettingsError::UnknownRule(name) => write!(
                f,
                "`{name}` is neither a rule id nor a category (see `trustlint rules`)"
            ),
        }
    }
}

impl std::error::Error for SettingsError {}

fn is_known_name(name: &str) -> bool {
    find_rule(name).is_some() || Category::parse(name).is_some()
}

/// Loads `explicit_config`, or else the first `trustlint.toml` found from `root`
/// upward, and merges the command line's `--select`/`--ignore` (a non-empty
/// `select` replaces the config's; `ignore` adds to it).
pub fn load_settings(
    root: &Path,
    explicit_config: Option<&Path>,
    select: &[String],
    ignore: &[String],
) -> Result<Settings, SettingsError> {
    for name in select.iter().chain(ignore) {
        if !is_known_name(name) {
            return Err(SettingsError::UnknownRule(name.clone()));
        }
    }
    let config_path = match explicit_config {
        Some(path) => Some(path.to_path_buf()),
        None => discover_config(root),
    };
    if let (None, Some(discovered)) = (explicit_config, &config_path) {
        refuse_link_out_of_repository(discovered)?;
    }
    let config = match &config_path {
        Some(path) => read_config(path)?,
        None => Config::default(),
    };
    let mut rules = RuleFilter {
        select: config
            .rules
            .select
            .iter()
            .map(|s| s.get_ref().clone())
            .collect(),
        ignore: config
            .rules
            .ignore
            .iter()
            .map(|s| s.get_ref().clone())
            .collect(),
    };
    if !select.is_empty() {
        rules.select = select.to_vec();
    }
    rules.ignore.extend(ignore.iter().cloned());
    Ok(Settings {
        config,
        config_path,
        rules,
        skip_dirs: Vec::new(),
    })
}

fn read_config(path: &Path) -> Result<Config, SettingsError> {
    let text = std::fs::read_to_string(path).map_err(|err| SettingsError::Io {
        path: path.to_path_buf(),
        message: format!("cannot read the config file: {err}"),
    })?;
    let shown = path.display().to_string();
    let config = Config::parse(&shown, &text).map_err(SettingsError::Config)?;
    config
        .check_rule_names(&shown, &text, is_known_name)
        .map_err(SettingsError::Config)?;
    check_secret_patterns(&config, &shown, &text)?;
    Ok(config)
}

/// `[credentials] patterns` must compile: a pattern that cannot be used is one
/// error naming the file, line and pattern, not a scan that quietly looks for less
/// (and not one error per analysed file).
fn check_secret_patterns(config: &Config, shown: &str, text: &str) -> Result<(), SettingsError> {
    let Err(err) = trustlint_secrets::extra_patterns(config) else {
        return Ok(());
    };
    let position = err
        .span
        .as_ref()
        .map(|span| LineIndex::new(text).position(span.start));
    Err(SettingsError::Config(ConfigError {
        path: shown.to_owned(),
        line: position.map(|p| p.line),
        column: position.map(|p| p.column),
        message: err.to_string(),
    }))
}

/// A discovered config that is a symbolic link must resolve inside the repository
/// holding it (the nearest ancestor with `.git`, else the link's own directory):
/// otherwise a cloned repository could make trustlint read, and apply, any file
/// on the machine. A config named with `--config` is the user's choice.
fn refuse_link_out_of_repository(config: &Path) -> Result<(), SettingsError> {
    let is_link = std::fs::symlink_metadata(config).is_ok_and(|m| m.file_type().is_symlink());
    let Some(dir) = config.parent().filter(|_| is_link) else {
        return Ok(());
    };
    let repository = dir
        .ancestors()
        .find(|d| d.join(".git").exists())
        .unwrap_or(dir);
    let target = std::fs::canonicalize(config).map_err(|err| SettingsError::Io {
        path: config.to_path_buf(),
        message: format!("cannot read the config file: {err}"),
    })?;
    if target.starts_with(repository) {
        return Ok(());
    }
    Err(SettingsError::Io {
        path: config.to_path_buf(),
        message: format!(
            "is a symbolic link to {}, outside the repository {}; not read (name it with `--config` to use it)",
            target.display(),
            repository.display()
        ),
    })
}

/// The nearest `trustlint.toml` in `start` or its ancestors.
pub fn discover_config(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    let dir = if start.is_file() {
        start.parent()?
    } else {
        &start
    };
    dir.ancestors()
        .map(|d| d.join(CONFIG_FILE_NAME))
        .find(|candidate| candidate.is_file())
}
