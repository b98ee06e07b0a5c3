use axum::{middleware, routing::{get, post}, Router};
use crate::handlers::*;

pub fn public() -> Router {
    Router::new()
        .route("/healthz", get(health))
        .route("/api/v1/orders", get(list_orders))
        .route("/api/v1/orders/:id", get(get_order))
        .route("/login", get(login_page))
        .route("/api/v1/tickets", get(list_tickets))
        .route("/static/*path", get(assets))
        .route("/api/v1/tickets/:id/replies", get(replies))
        .route("/robots.txt", get(robots))
}

pub fn exposed() -> Router {
    Router::new()
        .route("/debug/env", get(dump_env))
        .route("/__debug/exec", post(run_command))
        .route("/internal/users/export", get(export_users))
        .route("/debug/pprof/heap", get(heap_profile))
        .route("/admin/impersonate", get(impersonate))
        .route("/internal/flags", get(set_flags))
        .route("/debug/sql", post(raw_sql))
        .route("/admin/reset-mfa", post(reset_mfa))
        .route("/__internal/cache/flush", get(flush_cache))
        .route("/debug/config", get(dump_config))
}

pub fn protected() -> Router {
    Router::new()
        .route("/admin/stats", get(stats))
        .route("/admin/users", get(list_users))
        .route("/internal/jobs", get(jobs))
        .route_layer(middleware::from_fn(crate::auth::require_admin))
}

#[cfg(debug_assertions)]
pub fn dev_tools() -> Router {
    Router::new().route("/debug/reload", post(reload_templates))
}
