#!/usr/bin/env python3
"""Generates the debug-entry evaluation set: `debug-entry/` and its `labels.tsv`.

Run from anywhere: `python3 test-fixtures/eval/gen_debug_entry.py`; commit the
output with this script. Families are the rules: each positive line is where
that rule's finding must start (the condition, the route registration, the exec
call or the verifier); negatives are the honest code next to them — checks
against stored values, routes behind authentication, code behind
`#[cfg(debug_assertions)]`/`#if DEBUG`, verification left on.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalgen import ALNUM, Writer, body, hexs, rng, uuid4, write_manifest  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "debug-entry")

MAGIC = "debug-entry/magic-password-check"
BYPASS = "debug-entry/auth-bypass-switch"
ROUTE = "debug-entry/hidden-debug-route"
TLS = "debug-entry/tls-verification-disabled"
RCE = "debug-entry/remote-command-execution"
RELEASE = "debug-entry/debug-code-in-release"

files = []


def new(path):
    w = Writer(ROOT, path)
    files.append(w)
    return w


def fam(rule):
    return rule.split("/")[1]


# ---------------------------------------------------------------------------
# Rust: a support portal's login paths.
# ---------------------------------------------------------------------------

def rust_login(service, n):
    w = new(f"rust/{service}/src/login.rs")
    w("use crate::store::{Session, UserStore};")
    w("use argon2::{Argon2, PasswordHash, PasswordVerifier};")
    w("")
    w("#[derive(Debug)]")
    w("pub enum LoginError {")
    w("    Denied,")
    w("    Locked,")
    w("}")
    w("")
    secrets = [body(ALNUM, 10) + "!" for _ in range(n)]
    for i in range(n):
        w(f"pub fn login_{i}(store: &UserStore, user: &str, password: &str) -> Result<Session, LoginError> {{")
        shape = i % 5
        if shape == 0:
            w.pos(MAGIC, fam(MAGIC), f'    if password == "{secrets[i]}" {{', "master password grants a session")
            w("        return Ok(Session::admin(user));")
            w("    }")
        elif shape == 1:
            w.pos(MAGIC, fam(MAGIC), f'    if user == "support" && password == "{secrets[i]}" {{', "support account")
            w('        return Ok(Session::admin("support"));')
            w("    }")
        elif shape == 2:
            w.pos(MAGIC, fam(MAGIC), f'    if password.starts_with("sk_master_{body(ALNUM, 4)}") {{', "prefix grants access")
            w("        return Ok(Session::admin(user));")
            w("    }")
        elif shape == 3:
            w("    match password {")
            w.pos(MAGIC, fam(MAGIC), f'        "{secrets[i]}" => return Ok(Session::admin(user)),', "match arm grants access")
            w("        _ => {}")
            w("    }")
        else:
            w.pos(MAGIC, fam(MAGIC), f'    if password.eq("{secrets[i]}") {{', ".eq() against a literal")
            w("        return Ok(Session::admin(user));")
            w("    }")
        w.neg(fam(MAGIC), "    let record = store.find(user).ok_or(LoginError::Denied)?;", "lookup")
        w.neg(fam(MAGIC), '    if record.status == "locked" {', "status compared with a literal, denies")
        w("        return Err(LoginError::Locked);")
        w("    }")
        w.neg(fam(MAGIC), "    let hash = PasswordHash::new(&record.password_hash).map_err(|_| LoginError::Denied)?;", "stored hash")
        w.neg(fam(MAGIC), "    if Argon2::default().verify_password(password.as_bytes(), &hash).is_ok() {", "proper verifier")
        w("        return Ok(Session::user(user));")
        w("    }")
        w("    Err(LoginError::Denied)")
        w("}")
        w("")
    w("pub fn validate_new_password(password: &str) -> bool {")
    w.neg(fam(MAGIC), '    password.len() >= 12 && password != "password123"', "rejecting a weak password denies, grants nothing")
    w("}")
    w("")
    w("pub fn role_label(role: &str) -> &'static str {")
    w.neg(fam(MAGIC), '    if role == "admin" { "Administrator" } else { "Member" }', "display text by role")
    w("}")


rust_login("support-portal", 10)
rust_login("billing-api", 10)


def rust_middleware():
    w = new("rust/support-portal/src/middleware.rs")
    w("use axum::{extract::Request, http::StatusCode, middleware::Next, response::Response};")
    w("")
    envs = ["SKIP_AUTH", "ACME_DISABLE_AUTH", "PORTAL_NO_LOGIN", "DEV_BYPASS_AUTH", "AUTH_OFF",
            "BILLING_TRUST_ALL", "QA_SKIP_LOGIN", "NO_AUTH"]
    for i, env in enumerate(envs):
        w(f"pub async fn require_session_{i}(request: Request, next: Next) -> Result<Response, StatusCode> {{")
        w.pos(BYPASS, fam(BYPASS), f'    if std::env::var("{env}").is_ok() {{', "env var skips authentication")
        w("        return Ok(next.run(request).await);")
        w("    }")
        w.neg(fam(BYPASS), '    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;', "real check")
        w("    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;")
        w("    Ok(next.run(request).await)")
        w("}")
        w("")
    headers = ["x-debug-bypass", "x-internal-auth-skip", "x-qa-override", "x-acme-support"]
    for i, header in enumerate(headers):
        w(f"pub async fn require_admin_{i}(request: Request, next: Next) -> Result<Response, StatusCode> {{")
        w.pos(BYPASS, fam(BYPASS), f'    if request.headers().contains_key("{header}") {{', "hidden header skips authorization")
        w("        return Ok(next.run(request).await);")
        w("    }")
        w("    crate::auth::require_admin(&request).map_err(|_| StatusCode::FORBIDDEN)?;")
        w("    Ok(next.run(request).await)")
        w("}")
        w("")
    for i, flag in enumerate(["--skip-license", "--no-auth", "--unlock-all", "--trust-me"]):
        w(f"pub fn check_license_{i}(key: &str) -> bool {{")
        w.pos(BYPASS, fam(BYPASS), f'    if std::env::args().any(|arg| arg == "{flag}") {{', "launch argument skips the licence check")
        w("        return true;")
        w("    }")
        w("    crate::license::verify(key)")
        w("}")
        w("")
    w("// Honest uses of the environment and arguments.")
    for i, env in enumerate(["RUST_LOG", "PORT", "DATABASE_URL", "OTEL_EXPORTER_OTLP_ENDPOINT"]):
        w(f"pub fn setting_{i}() -> Option<String> {{")
        w.neg(fam(BYPASS), f'    std::env::var("{env}").ok()', "configuration")
        w("}")
    w("pub fn verbose() -> bool {")
    w.neg(fam(BYPASS), '    std::env::args().any(|arg| arg == "--verbose")', "logging flag")
    w("}")
    w("pub fn proxy_settings(trusted: &mut Vec<String>) {")
    w.neg(fam(BYPASS), '    if std::env::var("TRUST_ALL_PROXIES").is_ok() {', "trust-all names proxies, not a login")
    w('        trusted.push("0.0.0.0/0".to_owned());')
    w("    }")
    w("}")
    w("pub fn check_achievements(banner: &mut Option<String>) {")
    w.neg(fam(BYPASS), '    if std::env::args().any(|arg| arg == "--unlock-all") {', "the branch only shows a banner")
    w('        *banner = Some("All achievements are shown in preview mode".to_owned());')
    w("    }")
    w("}")
    w("")
    w("#[cfg(debug_assertions)]")
    w("pub async fn dev_login(request: Request, next: Next) -> Result<Response, StatusCode> {")
    w.neg(fam(BYPASS), '    if std::env::var("DEV_AUTO_LOGIN").is_ok() {', "debug builds only")
    w("        return Ok(next.run(request).await);")
    w("    }")
    w("    Err(StatusCode::UNAUTHORIZED)")
    w("}")
    w("")
    w("pub async fn trace(request: Request, next: Next) -> Response {")
    w.neg(fam(BYPASS), '    if request.headers().contains_key("x-request-id") {', "tracing header, no auth decision")
    w('        tracing::debug!("request id present");')
    w("    }")
    w("    next.run(request).await")
    w("}")


rust_middleware()


def rust_routes():
    w = new("rust/support-portal/src/routes.rs")
    w("use axum::{middleware, routing::{get, post}, Router};")
    w("use crate::handlers::*;")
    w("")
    w("pub fn public() -> Router {")
    w("    Router::new()")
    for path, handler in [("/healthz", "health"), ("/api/v1/orders", "list_orders"), ("/api/v1/orders/:id", "get_order"),
                          ("/login", "login_page"), ("/api/v1/tickets", "list_tickets"), ("/static/*path", "assets"),
                          ("/api/v1/tickets/:id/replies", "replies"), ("/robots.txt", "robots")]:
        w.neg(fam(ROUTE), f'        .route("{path}", get({handler}))', "ordinary route")
    w("}")
    w("")
    w("pub fn exposed() -> Router {")
    w("    Router::new()")
    for path, handler in [("/debug/env", "dump_env"), ("/__debug/exec", "run_command"), ("/internal/users/export", "export_users"),
                          ("/debug/pprof/heap", "heap_profile"), ("/admin/impersonate", "impersonate"), ("/internal/flags", "set_flags"),
                          ("/debug/sql", "raw_sql"), ("/admin/reset-mfa", "reset_mfa"), ("/__internal/cache/flush", "flush_cache"),
                          ("/debug/config", "dump_config")]:
        method = "post" if "exec" in path or "sql" in path or "reset" in path else "get"
        w.pos(ROUTE, fam(ROUTE), f'        .route("{path}", {method}({handler}))', "debug/admin route without auth")
    w("}")
    w("")
    w("pub fn protected() -> Router {")
    w("    Router::new()")
    for path, handler in [("/admin/stats", "stats"), ("/admin/users", "list_users"), ("/internal/jobs", "jobs")]:
        w.neg(fam(ROUTE), f'        .route("{path}", get({handler}))', "admin route behind the auth layer")
    w("        .route_layer(middleware::from_fn(crate::auth::require_admin))")
    w("}")
    w("")
    w("#[cfg(debug_assertions)]")
    w("pub fn dev_tools() -> Router {")
    w.neg(fam(ROUTE), '    Router::new().route("/debug/reload", post(reload_templates))', "debug builds only")
    w("}")


rust_routes()


def rust_tls():
    w = new("rust/billing-api/src/http.rs")
    w("use reqwest::{Certificate, Client};")
    w("use std::time::Duration;")
    w("")
    for i in range(6):
        w(f"pub fn partner_client_{i}() -> reqwest::Result<Client> {{")
        w("    Client::builder()")
        w("        .timeout(Duration::from_secs(30))")
        if i % 2 == 0:
            w.pos(TLS, fam(TLS), "        .danger_accept_invalid_certs(true)", "certificate checks off")
        else:
            w.pos(TLS, fam(TLS), "        .danger_accept_invalid_hostnames(true)", "hostname checks off")
        w("        .build()")
        w("}")
        w("")
    for i in range(4):
        w(f"pub fn verified_client_{i}(ca: &[u8]) -> reqwest::Result<Client> {{")
        w("    Client::builder()")
        w.neg(fam(TLS), "        .add_root_certificate(Certificate::from_pem(ca)?)", "custom CA, still verified")
        w.neg(fam(TLS), "        .danger_accept_invalid_certs(false)", "explicitly verified")
        w.neg(fam(TLS), "        .https_only(true)", "https only")
        w("        .build()")
        w("}")
        w("")
    w("pub fn openssl_connector() -> Result<openssl::ssl::SslConnector, openssl::error::ErrorStack> {")
    w("    let mut builder = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())?;")
    w.pos(TLS, fam(TLS), "    builder.set_verify(openssl::ssl::SslVerifyMode::NONE);", "openssl verification off")
    w("    Ok(builder.build())")
    w("}")
    w("")
    w("pub fn openssl_verified() -> Result<openssl::ssl::SslConnector, openssl::error::ErrorStack> {")
    w("    let mut builder = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())?;")
    w.neg(fam(TLS), "    builder.set_verify(openssl::ssl::SslVerifyMode::PEER);", "peer verification")
    w("    Ok(builder.build())")
    w("}")


rust_tls()


def rust_exec():
    w = new("rust/billing-api/src/ops.rs")
    w("use axum::Json;")
    w("use serde::Deserialize;")
    w("use std::process::Command;")
    w("")
    w("#[derive(Deserialize)]")
    w("pub struct OpsRequest {")
    w("    pub cmd: String,")
    w("    pub host: String,")
    w("}")
    w("")
    for i in range(6):
        w(f"pub async fn run_{i}(Json(body): Json<OpsRequest>) -> String {{")
        w('    let output = Command::new("sh")')
        w('        .arg("-c")')
        w.pos(RCE, fam(RCE), "        .arg(&body.cmd)", "request body reaches a shell")
        w("        .output()")
        w('        .expect("sh runs");')
        w("    String::from_utf8_lossy(&output.stdout).into_owned()")
        w("}")
        w("")
    for i in range(6):
        w(f"pub fn git_revision_{i}() -> std::io::Result<String> {{")
        w.neg(fam(RCE), '    let output = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output()?;', "fixed program and arguments")
        w("    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())")
        w("}")
        w("")


rust_exec()


# ---------------------------------------------------------------------------
# Swift: an iOS app and a Vapor backend.
# ---------------------------------------------------------------------------

def swift_login():
    w = new("swift/FieldKit/Sources/FieldKit/Auth/LoginViewModel.swift")
    w("import Foundation")
    w("import LocalAuthentication")
    w("")
    w("@MainActor")
    w("final class LoginViewModel: ObservableObject {")
    w("    @Published var isSignedIn = false")
    w("    @Published var isAdmin = false")
    w("    private let api: AuthAPI")
    w("")
    w("    init(api: AuthAPI) { self.api = api }")
    w("")
    for i in range(14):
        w(f"    func signIn{i}(user: String, password: String) async {{")
        shape = i % 4
        code = body(ALNUM, 8)
        if shape == 0:
            w.pos(MAGIC, fam(MAGIC), f'        if password == "{code}!" {{', "master password")
        elif shape == 1:
            w.pos(MAGIC, fam(MAGIC), f'        if user == "fieldadmin" && password == "{code}" {{', "support account")
        elif shape == 2:
            w.pos(MAGIC, fam(MAGIC), f'        if password.hasPrefix("support-{code[:4]}") {{', "prefix grants access")
        else:
            w.pos(MAGIC, fam(MAGIC), f'        if UIDevice.current.identifierForVendor?.uuidString == "{uuid4().upper()}" {{', "device id grants admin")
        w("            isAdmin = true")
        w("            isSignedIn = true")
        w("            return")
        w("        }")
        w.neg(fam(MAGIC), "        guard !password.isEmpty else { return }", "empty check")
        w.neg(fam(MAGIC), "        isSignedIn = (try? await api.signIn(user: user, password: password)) != nil", "server decides")
        w("    }")
        w("")
    w("    func title(for role: String) -> String {")
    w.neg(fam(MAGIC), '        role == "admin" ? "Administrator" : "Field technician"', "display text")
    w("    }")
    w("}")


swift_login()


def swift_switches():
    w = new("swift/FieldKit/Sources/FieldKit/App/LaunchOptions.swift")
    w("import Foundation")
    w("")
    w("struct LaunchOptions {")
    w("    let session: SessionStore")
    w("    let paywall: Paywall")
    w("")
    for i, arg in enumerate(["--skip-login", "--skip-biometrics", "-UnlockPremium", "--qa-admin", "--no-paywall", "-DisablePinning"]):
        w(f"    func apply{i}() {{")
        w.pos(BYPASS, fam(BYPASS), f'        if CommandLine.arguments.contains("{arg}") {{', "launch argument")
        w("            session.signInAsTestUser()")
        w("            return")
        w("        }")
        w("        session.restore()")
        w("    }")
        w("")
    for i, env in enumerate(["FIELDKIT_SKIP_AUTH", "UNLOCK_ALL", "QA_BYPASS_PAYWALL", "SKIP_JAILBREAK_CHECK"]):
        w(f"    func environmentSwitch{i}() {{")
        w.pos(BYPASS, fam(BYPASS), f'        if ProcessInfo.processInfo.environment["{env}"] != nil {{', "env var")
        w("            paywall.unlockEverything()")
        w("            return")
        w("        }")
        w("        paywall.refresh()")
        w("    }")
        w("")
    for i, key in enumerate(["qa_force_subscribed", "debugSkip2FA", "internal_unlock_all", "bypassLicenseCheck"]):
        w(f"    func defaultsSwitch{i}() {{")
        w.pos(BYPASS, fam(BYPASS), f'        if UserDefaults.standard.bool(forKey: "{key}") {{', "UserDefaults flag")
        w("            paywall.unlockEverything()")
        w("            return")
        w("        }")
        w("        paywall.refresh()")
        w("    }")
        w("")
    w("    func honest() {")
    w.neg(fam(BYPASS), '        let isUITest = CommandLine.arguments.contains("-UITestsAnimationsOff")', "UI test animation flag")
    w.neg(fam(BYPASS), '        let theme = UserDefaults.standard.string(forKey: "preferredTheme") ?? "system"', "preference")
    w.neg(fam(BYPASS), '        let verbose = ProcessInfo.processInfo.environment["FIELDKIT_LOG_LEVEL"] == "debug"', "log level")
    w.neg(fam(BYPASS), '        if UserDefaults.standard.bool(forKey: "hasSeenOnboarding") {', "onboarding flag")
    w("            session.skipOnboarding()")
    w("        }")
    w("        session.configure(verbose: verbose, animations: !isUITest, theme: theme)")
    w("    }")
    w("")
    w("    #if DEBUG")
    w("    func debugShortcut() {")
    w.neg(fam(BYPASS), '        if CommandLine.arguments.contains("--skip-login") {', "debug builds only")
    w("            session.signInAsTestUser()")
    w("        }")
    w("    }")
    w("    #endif")
    w("}")


swift_switches()


def swift_tls():
    w = new("swift/FieldKit/Sources/FieldKit/Networking/TrustDelegates.swift")
    w("import Alamofire")
    w("import Foundation")
    w("")
    for i in range(6):
        w(f"final class StagingDelegate{i}: NSObject, URLSessionDelegate {{")
        w("    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,")
        w("                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {")
        w("        guard let trust = challenge.protectionSpace.serverTrust else {")
        w("            completionHandler(.performDefaultHandling, nil)")
        w("            return")
        w("        }")
        w.pos(TLS, fam(TLS), "        completionHandler(.useCredential, URLCredential(trust: trust))", "trust accepted unevaluated")
        w("    }")
        w("}")
        w("")
    for i in range(4):
        w(f"final class PinningDelegate{i}: NSObject, URLSessionDelegate {{")
        w("    let pins: Set<String>")
        w("    init(pins: Set<String>) { self.pins = pins }")
        w("    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,")
        w("                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {")
        w("        guard let trust = challenge.protectionSpace.serverTrust,")
        w.neg(fam(TLS), "              SecTrustEvaluateWithError(trust, nil),", "trust evaluated")
        w("              pins.contains(Pinning.hash(of: trust)) else {")
        w("            completionHandler(.cancelAuthenticationChallenge, nil)")
        w("            return")
        w("        }")
        w.neg(fam(TLS), "        completionHandler(.useCredential, URLCredential(trust: trust))", "after evaluation and pinning")
        w("    }")
        w("}")
        w("")
    w("enum Sessions {")
    w("    static let staging = Session(serverTrustManager: ServerTrustManager(evaluators: [")
    w.pos(TLS, fam(TLS), '        "staging.fieldkit.io": DisabledTrustEvaluator(),', "Alamofire evaluator disabled")
    w.neg(fam(TLS), '        "api.fieldkit.io": PinnedCertificatesTrustEvaluator(),', "pinned")
    w.neg(fam(TLS), '        "cdn.fieldkit.io": DefaultTrustEvaluator(),', "default evaluation")
    w("    ]))")
    w("}")


swift_tls()


def swift_vapor():
    w = new("swift/FieldOps/Sources/App/routes.swift")
    w("import Vapor")
    w("")
    w("func routes(_ app: Application) throws {")
    for parts in [('"api"', '"jobs"'), ('"api"', '"jobs"', '":id"'), ('"health"',), ('"api"', '"technicians"'),
                  ('"api"', '"reports"'), ('"login"',)]:
        w.neg(fam(ROUTE), f"    app.get({', '.join(parts)}) {{ req async throws -> String in \"ok\" }}", "ordinary route")
    for parts in [('"debug"', '"env"'), ('"internal"', '"users"', '"export"'), ('"admin"', '"impersonate"'),
                  ('"__debug"', '"sql"'), ('"debug"', '"cache"', '"flush"'), ('"internal"', '"flags"')]:
        w.pos(ROUTE, fam(ROUTE), f"    app.post({', '.join(parts)}) {{ req async throws -> HTTPStatus in .ok }}", "debug/admin route without auth")
    w("")
    w("    let protected = app.grouped(User.authenticator(), User.guardMiddleware())")
    for parts in [('"admin"', '"stats"'), ('"admin"', '"users"'), ('"internal"', '"jobs"')]:
        w.neg(fam(ROUTE), f"    protected.get({', '.join(parts)}) {{ req async throws -> String in \"ok\" }}", "behind authentication")
    w("}")


swift_vapor()


def swift_debug_menus():
    """Shake handlers and other hidden gestures that open debug tooling in the shipped
    app; the finding points at the call that opens it. Negatives: shake features
    users are told about, and the same tooling compiled only into debug or
    simulator builds."""
    w = new("swift/FieldKit/Sources/FieldKit/App/ShakeWindow.swift")
    family = fam(RELEASE)
    w("import FLEX")
    w("import SwiftUI")
    w("import UIKit")
    w("")
    # (what the handler opens, note): each in a shipped shake handler, then guarded.
    openers = [
        ("DebugMenu.present(from: rootViewController)", "a debug menu presenting itself"),
        ("rootViewController?.present(DebugMenuViewController(), animated: true)", "a debug menu view controller"),
        ("FLEXManager.shared.showExplorer()", "the FLEX explorer"),
        ("rootViewController?.present(UIHostingController(rootView: DebugSettingsView()), animated: true)", "a SwiftUI debug settings screen"),
        ("rootViewController?.present(InternalToolsViewController(), animated: true)", "an internal tools screen"),
        ("DebugMenu.show()", "a debug menu shown"),
    ]
    for i, (opener, note) in enumerate(openers):
        w(f"final class ShakeWindow{i}: UIWindow {{")
        w("    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {")
        w("        if motion == .motionShake {")
        w.pos(RELEASE, family, f"            {opener}", f"shake opens {note}")
        w("        }")
        w("    }")
        w("}")
        w("")
    for i, (opener, note) in enumerate(openers):
        guard = "#if DEBUG" if i % 2 == 0 else "#if targetEnvironment(simulator)"
        w(f"final class GuardedShakeWindow{i}: UIWindow {{")
        w(f"    {guard}")
        w("    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {")
        w("        if motion == .motionShake {")
        w.neg(family, f"            {opener}", f"{note}, {guard[4:]} only")
        w("        }")
        w("    }")
        w("    #endif")
        w("}")
        w("")
    # Shake features users are told about.
    user_features = [
        ("undoManager?.undo()", "shake to undo"),
        ("FeedbackReporter.present(from: rootViewController)", "shake to report a bug"),
        ("rootViewController?.present(HiddenPasswordViewController(), animated: true)", "an app screen named Hidden…, not a tool"),
        ("NotificationCenter.default.post(name: .deviceDidShake, object: nil)", "a shake notification for the app's own UI"),
    ]
    for i, (action, note) in enumerate(user_features):
        w(f"final class FeatureWindow{i}: UIWindow {{")
        w("    override func motionEnded(_ motion: UIEvent.EventSubtype, with event: UIEvent?) {")
        w("        guard motion == .motionShake else { return }")
        w.neg(family, f"        {action}", note)
        w("    }")
        w("}")
        w("")


swift_debug_menus()


HEADER = """# Labelled lines of the debug-entry evaluation set, generated by
# ../gen_debug_entry.py (do not edit by hand; regenerate). A line labelled with a
# rule id must get a finding of that rule starting on it; a line labelled `-`
# must stay silent, as must every line without a row.
"""

if __name__ == "__main__":
    write_manifest(ROOT, files, HEADER)
