#![allow(dead_code)]
use axum::{routing::get, Router};

pub fn router() -> Router {
    Router::new()
        .route("/health", get(|| async { "ok" }))
        .route("/__debug/dump_users", get(dump_users))
}

pub fn insecure_client() -> reqwest::Client {
    reqwest::Client::builder()
        .danger_accept_invalid_certs(true)
        .build()
        .expect("client")
}

async fn dump_users() -> String { String::new() }

#[cfg(test)]
mod tests {
    const PASSWORD: &str = "correct horse battery staple";
}
