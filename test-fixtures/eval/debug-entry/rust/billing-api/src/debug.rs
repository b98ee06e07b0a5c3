use axum::{extract::State, Json};
use std::collections::BTreeMap;
use std::sync::Arc;

pub struct AppState {
    pub stripe_secret: String,
    pub webhook_token: String,
    pub region: String,
}

pub struct Session {
    pub user_id: u64,
    pub is_admin: bool,
}

pub async fn debug_env() -> Json<BTreeMap<String, String>> {
    Json(std::env::vars().collect())
}

pub fn debug_print_tokens(state: &AppState) {
    println!("stripe={} webhook={}", state.stripe_secret, state.webhook_token);
}

pub fn __debug_login_as(session: &mut Session, user_id: u64) {
    session.user_id = user_id;
}

pub fn debug_make_admin(session: &mut Session) {
    session.is_admin = true;
}

pub fn dump_secrets(state: &AppState) -> String {
    format!("{} {}", state.stripe_secret, state.webhook_token)
}

pub async fn dump_env_vars() -> String {
    std::env::vars().map(|(k, v)| format!("{k}={v}\n")).collect()
}

pub fn charge_logged(state: &AppState, amount: u64) {
    if cfg!(debug_assertions) {
        println!("charging {amount} with {}", state.stripe_secret);
    }
}

#[cfg(debug_assertions)]
pub async fn debug_env_dev() -> Json<BTreeMap<String, String>> {
    Json(std::env::vars().collect())
}

#[cfg(test)]
pub fn debug_make_admin_for_tests(session: &mut Session) {
    session.is_admin = true;
}

#[cfg(any(test, debug_assertions))]
pub fn dump_secrets_dev(state: &AppState) -> String {
    format!("{} {}", state.stripe_secret, state.webhook_token)
}

pub fn debug_region(state: &AppState) -> String {
    state.region.clone()
}

pub fn debug_token_length(state: &AppState) -> usize {
    state.webhook_token.len()
}

pub fn dump_metrics(counters: &BTreeMap<String, u64>) -> String {
    counters.iter().map(|(k, v)| format!("{k} {v}\n")).collect()
}

pub fn debug_assert_invariants(session: &Session) {
    debug_assert!(session.user_id != 0);
}

pub fn reconcile(state: &AppState) {
    if cfg!(debug_assertions) {
        println!("reconciling region {}", state.region);
    }
}

pub async fn config(State(state): State<Arc<AppState>>) -> String {
    state.region.clone()
}
