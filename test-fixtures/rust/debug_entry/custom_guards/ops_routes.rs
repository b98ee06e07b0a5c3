//! Ops endpoints of a service that protects routes with an in-house middleware
//! (`acme_gatekeeper`), declared in this directory's `trustlint.toml`.

use axum::middleware::from_fn;
use axum::routing::get;
use axum::Router;

pub fn ops() -> Router {
    Router::new()
        .route("/debug/traces", get(traces)) // ok: wrapped by acme_gatekeeper, a configured auth guard
        .route("/internal/flags", get(traces)) // ok: same chain, same configured guard
        .layer(from_fn(acme_gatekeeper))
}

pub fn unguarded() -> Router {
    Router::new()
        .route("/debug/heap", get(traces)) //~ debug-entry/hidden-debug-route
        .layer(from_fn(acme_metrics))
}

async fn traces() -> &'static str { "" }
async fn acme_gatekeeper(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
async fn acme_metrics(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
