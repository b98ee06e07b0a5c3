//! Order service: takes orders, stores receipts in S3, reports crashes.

mod admin;
mod partner;
mod telemetry;

use axum::routing::{get, post};
use axum::Router;

/// Receipts bucket credentials. "Temporary" since the 0.2 release.
const RECEIPTS_ACCESS_KEY_ID: &str = "AKIA4TQ7PZ3WEXD2LHKN";
const RECEIPTS_REGION: &str = "eu-central-1";

#[tokio::main]
async fn main() {
    telemetry::install_crash_reporter();
    let app = Router::new()
        .route("/orders", post(create_order))
        .route("/health", get(|| async { "ok" }))
        .merge(admin::routes());
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

async fn create_order(body: String) -> String {
    let receipt_store = format!("s3://receipts@{RECEIPTS_REGION}/{}", RECEIPTS_ACCESS_KEY_ID.len());
    format!("stored {} bytes in {receipt_store}", body.len())
}
