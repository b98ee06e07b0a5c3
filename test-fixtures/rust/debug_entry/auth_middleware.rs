//! Authentication middleware of an internal billing API (axum). Switches like
//! these were added "for load tests" and shipped.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use chrono::Utc;

pub struct Settings {
    pub disable_auth: bool,
    pub skip_signature_verification: bool,
    pub disable_telemetry: bool,
    pub verbose: bool,
    pub log_requests: bool,
}

pub async fn require_auth(req: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("SKIP_AUTH").is_ok() { //~ debug-entry/auth-bypass-switch
        return Ok(next.run(req).await);
    }
    if req.headers().contains_key("x-debug-bypass") { //~ debug-entry/auth-bypass-switch
        return Ok(next.run(req).await);
    }
    if req.headers().get("x-internal-debug").is_some() { //~ debug-entry/auth-bypass-switch
        return Ok(next.run(req).await);
    }
    if req.headers().get("x-request-id").is_none() { // ok: only logs
        tracing::debug!("request without id");
    }
    let token = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .ok_or(StatusCode::UNAUTHORIZED)?;
    verify_jwt(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(req).await)
}

pub fn verify_request(settings: &Settings, body: &[u8], signature: &str) -> Result<(), StatusCode> {
    if settings.skip_signature_verification { //~ debug-entry/auth-bypass-switch
        return Ok(());
    }
    if !settings.disable_auth { //~ debug-entry/auth-bypass-switch
        check_hmac(body, signature)?;
    }
    if settings.disable_telemetry { // ok: a telemetry switch skips no check
        tracing::info!("telemetry off");
    }
    if settings.verbose || settings.log_requests { // ok: logging flags
        tracing::info!(len = body.len(), "request body");
    }
    check_hmac(body, signature)
}

pub fn check_license(key: &str) -> bool {
    if option_env!("ACME_NO_LICENSE_CHECK").is_some() { //~ debug-entry/auth-bypass-switch
        return true;
    }
    let args: Vec<String> = std::env::args().collect();
    if args.contains(&"--skip-license".to_string()) { //~ debug-entry/auth-bypass-switch
        return true;
    }
    if std::env::args().any(|a| a == "--no-auth") { //~ debug-entry/auth-bypass-switch
        return true;
    }
    if std::env::var("ACME_DEBUG").is_ok() { //~ debug-entry/auth-bypass-switch
        return true;
    }
    key.len() == 29 && key.starts_with("ACME-")
}

pub fn is_admin(req: &Request) -> bool {
    if cfg!(debug_assertions) && std::env::var("DEV_ADMIN").is_ok() { //~ debug-entry/auth-bypass-switch
        return true;
    }
    req.extensions().get::<Claims>().is_some_and(|c| c.admin)
}

pub struct Claims {
    pub admin: bool,
}

pub fn log_level() -> tracing::Level {
    // Debug switches that only change logging are fine.
    if std::env::var("ACME_DEBUG").is_ok() { // ok: debug only raises the log level
        return tracing::Level::DEBUG;
    }
    if std::env::args().any(|a| a == "--verbose") { // ok: a verbosity flag
        return tracing::Level::TRACE;
    }
    tracing::Level::INFO
}

pub fn database_url() -> String {
    if let Ok(url) = std::env::var("DATABASE_URL") { // ok: configuration, not a bypass
        return url;
    }
    "postgres://localhost/billing".to_owned()
}

pub fn expiry_banner() -> Option<String> {
    if Utc::now().timestamp() > 1_900_000_000 { // ok: a banner after a date, no check skipped
        return Some("Please renew your plan".to_owned());
    }
    None
}

pub fn cors_origin(req: &Request) -> bool {
    if req.headers().get("origin").is_some() { // ok: CORS, not authentication
        return true;
    }
    false
}

/// The auth scheme an operation asked for; `NO_AUTH_SCHEME` marks operations the API
/// documents as anonymous (health checks, the public price list).
pub const NO_AUTH_SCHEME: &str = "no_auth";

pub fn signing_key_for(scheme: &str, keys: &[(String, Vec<u8>)]) -> Result<Option<Vec<u8>>, StatusCode> {
    if scheme == NO_AUTH_SCHEME { // ok: the operation is anonymous by contract, a constant is no switch
        return Ok(None);
    }
    keys.iter()
        .find(|(name, _)| name == scheme)
        .map(|(_, key)| Some(key.clone()))
        .ok_or(StatusCode::UNAUTHORIZED)
}

pub fn session_auth_mode(disable_session_auth: Option<bool>) -> bool {
    if disable_session_auth.is_none() { // ok: the setting is absent, the branch picks the default
        return std::env::var("BILLING_SESSION_AUTH").map(|v| v != "off").unwrap_or(true);
    }
    !disable_session_auth.unwrap_or(false)
}

fn check_hmac(_body: &[u8], _signature: &str) -> Result<(), StatusCode> {
    Ok(())
}

fn verify_jwt(_token: &str) -> Result<(), ()> {
    Ok(())
}

#[cfg(debug_assertions)]
pub fn dev_bypass(req: Request) -> bool {
    if std::env::var("SKIP_AUTH").is_ok() { // ok: inside #[cfg(debug_assertions)]
        return true;
    }
    req.uri().path().is_empty()
}
