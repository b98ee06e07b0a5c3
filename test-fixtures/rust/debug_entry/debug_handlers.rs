//! Support tooling of a payments gateway (axum). The `debug_*` handlers were
//! added during an incident and never removed; one of them returned the whole
//! process environment, including the database password and the Stripe key.

use axum::extract::{Json, Path, State};
use axum::http::StatusCode;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::env;
use std::fmt;
use std::sync::Arc;

pub struct AppState {
    pub db_url: String,
    pub stripe_secret_key: String,
    pub jwt_secret: String,
    pub webhook_token: String,
    pub region: String,
    pub build_sha: &'static str,
}

pub struct Session {
    pub user_id: u64,
    pub is_admin: bool,
    pub role: Role,
    pub mfa_verified: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    Customer,
    Admin,
}

pub async fn debug_env() -> Json<BTreeMap<String, String>> { //~ debug-entry/debug-code-in-release
    Json(env::vars().collect())
}

pub async fn dump_config(State(state): State<Arc<AppState>>) -> Json<Value> { //~ debug-entry/debug-code-in-release
    Json(json!({
        "db_url": state.db_url,
        "stripe_secret_key": state.stripe_secret_key,
        "jwt_secret": state.jwt_secret,
    }))
}

pub fn __debug_login_as(session: &mut Session, user_id: u64) { //~ debug-entry/debug-code-in-release
    session.user_id = user_id;
    session.is_admin = true;
}

pub fn debug_switch_user(session: &mut Session, user_id: u64) { //~ debug-entry/debug-code-in-release
    session.user_id = user_id;
}

pub fn debug_sign_out(session: &mut Session) { // ok: clearing the session user logs out
    session.user_id = 0;
}

pub fn dev_only_promote(session: &mut Session) { //~ debug-entry/debug-code-in-release
    session.role = Role::Admin;
}

pub fn backdoor_reset_mfa(session: &mut Session) { //~ debug-entry/debug-code-in-release
    session.mfa_verified = true;
}

pub fn debug_print_tokens(state: &AppState) { //~ debug-entry/debug-code-in-release
    eprintln!("webhook={} jwt={}", state.webhook_token, state.jwt_secret);
}

pub async fn dump_env_vars() -> String { //~ debug-entry/debug-code-in-release
    env::vars_os()
        .map(|(k, v)| format!("{}={}\n", k.to_string_lossy(), v.to_string_lossy()))
        .collect()
}

pub fn debug_skip_auth(settings: &mut Settings) { //~ debug-entry/debug-code-in-release
    settings.disable_auth_checks();
}

pub fn debug_impersonate(admin: &AdminApi, customer: u64) -> Result<(), StatusCode> { //~ debug-entry/debug-code-in-release
    admin.impersonate(customer).map_err(|_| StatusCode::FORBIDDEN)
}

pub struct AdminApi;
impl AdminApi {
    pub fn impersonate(&self, _customer: u64) -> Result<(), ()> {
        Ok(())
    }
}

pub struct Settings {
    auth: bool,
}
impl Settings {
    pub fn disable_auth_checks(&mut self) {
        self.auth = false;
    }
}

pub struct SupportTools {
    pub api_key: String,
}

impl SupportTools {
    pub fn dump_credentials(&self) -> String { //~ debug-entry/debug-code-in-release
        format!("api_key={}", self.api_key)
    }

    #[cfg(debug_assertions)]
    pub fn dump_credentials_dev(&self) -> String { // ok: method compiled only with debug assertions
        format!("api_key={}", self.api_key)
    }

    pub fn debug_summary(&self) -> String { // ok: only says whether a key is set
        format!("api key set: {}", !self.api_key.is_empty())
    }
}

pub fn handle_admin_action(session: &mut Session) {
    if cfg!(debug_assertions) { //~ debug-entry/debug-code-in-release
        session.is_admin = true;
    }
}

pub fn log_startup(state: &AppState) {
    if cfg!(debug_assertions) { //~ debug-entry/debug-code-in-release
        println!("starting with env: {:?}", env::vars().collect::<Vec<_>>());
    }
    if cfg!(debug_assertions) { // ok: debug-only branch prints nothing secret
        println!("region={} build={}", state.region, state.build_sha);
    }
}

#[cfg(debug_assertions)]
pub async fn debug_env_dev() -> Json<BTreeMap<String, String>> { // ok: gated by #[cfg(debug_assertions)]
    Json(env::vars().collect())
}

#[cfg(test)]
pub fn debug_login_as_test(session: &mut Session) { // ok: test-only helper
    session.is_admin = true;
}

#[cfg(feature = "support-tools")]
pub fn dump_config_support(state: &AppState) -> String { // ok: behind an opt-in feature
    format!("{} {}", state.db_url, state.jwt_secret)
}

#[cfg(any(test, debug_assertions))]
pub fn backdoor_for_fixtures(session: &mut Session) { // ok: any(test, debug_assertions) is off in release
    session.is_admin = true;
}

#[cfg(not(debug_assertions))]
pub fn debug_release_probe() -> usize { // ok: counting variables shows no values
    env::vars().count()
}

pub fn debug_env_names() -> Vec<String> { // ok: names only, the values are dropped
    env::vars().map(|(name, _)| name).collect()
}

pub fn debug_log_level() -> String { // ok: reads one named, non-secret variable
    env::var("RUST_LOG").unwrap_or_else(|_| "info".to_owned())
}

pub fn debug_config(state: &AppState) -> String { // ok: region and build only
    format!("region={} build={}", state.region, state.build_sha)
}

pub fn debug_token_fingerprint(state: &AppState) -> String { // ok: a hash of the token, not the token
    sha256_hex(&state.webhook_token)
}

pub fn debug_token_length(state: &AppState) -> usize { // ok: only the length
    state.webhook_token.len()
}

pub fn debug_redacted(state: &AppState) -> String { // ok: the secret goes through redact
    format!("stripe={}", redact(&state.stripe_secret_key))
}

pub fn dump_metrics(counters: &BTreeMap<String, u64>) -> String { // ok: a dump of counters
    counters.iter().map(|(k, v)| format!("{k} {v}\n")).collect()
}

pub fn debug_assert_invariants(session: &Session) { // ok: checks state, grants nothing
    assert!(session.user_id != 0 || !session.is_admin);
}

pub fn dump_role(session: &Session) -> Role { // ok: reads the role, does not set it
    session.role
}

pub fn require_admin(session: &Session) -> Result<(), StatusCode> {
    if session.role != Role::Admin { // ok: the normal admin check, not a debug helper
        return Err(StatusCode::FORBIDDEN);
    }
    Ok(())
}

pub fn detect_backdoor_binary(path: &std::path::Path) -> bool { // ok: scans for backdoors, reveals nothing
    path.file_name().is_some_and(|n| n == ".sysd")
}

pub fn rotate_tokens(state: &mut AppState, fresh: String) {
    state.webhook_token = fresh; // ok: not a debug helper
}

pub async fn show_user(Path(id): Path<u64>) -> Json<Value> {
    if cfg!(debug_assertions) { // ok: debug-only log line without secrets
        tracing::debug!(id, "show_user");
    }
    Json(json!({ "id": id }))
}

impl fmt::Debug for AppState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { // ok: Debug impl that redacts
        f.debug_struct("AppState")
            .field("region", &self.region)
            .field("jwt_secret", &"<redacted>")
            .finish()
    }
}

fn sha256_hex(_value: &str) -> String {
    String::new()
}

fn redact(_value: &str) -> String {
    "****".to_owned()
}

/// A webhook delivery as the retry queue holds it; `token` is the queue's slot id.
pub struct Delivery {
    pub token: u64,
    pub attempts: u32,
}

/// Shared by the `Debug` impls of the queue types, which print deliveries in one style.
pub fn debug_delivery(f: &mut fmt::Formatter<'_>, delivery: &Delivery) -> fmt::Result { // ok: Debug formatting, not a debug tool
    f.debug_struct("Delivery")
        .field("token", &delivery.token)
        .field("attempts", &delivery.attempts)
        .finish()
}
