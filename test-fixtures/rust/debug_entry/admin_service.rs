//! Router of an axum order service with an admin area, plus the debug routes a
//! previous team left behind.

use axum::extract::{Json, State};
use axum::middleware::from_fn;
use axum::routing::{get, post};
use axum::Router;
use tower_http::validate_request::ValidateRequestHeaderLayer;

#[derive(Clone)]
pub struct AppState;

pub struct AdminUser;

pub fn app(state: AppState) -> Router {
    let admin = Router::new()
        .route("/admin/users", get(list_users)) // ok: router wrapped by route_layer(require_admin)
        .route("/admin/refunds", post(refund)) // ok: router wrapped by route_layer(require_admin)
        .route_layer(from_fn(require_admin));

    Router::new()
        .route("/api/orders", get(list_orders).post(create_order))
        .route("/api/orders/{id}", get(show_order))
        .route("/__debug/exec", post(run_command)) //~ debug-entry/hidden-debug-route
        .route("/internal/env", get(dump_env)) //~ debug-entry/hidden-debug-route
        .route("/admin/impersonate", post(impersonate_with_guard)) // ok: handler takes an AdminUser guard
        .route("/admin/login", get(login_page)) // ok: a login page is public by design
        .route("/healthz", get(|| async { "ok" }))
        .merge(admin)
        .with_state(state)
}

pub fn ops_router() -> Router {
    Router::new()
        .route("/debug/pprof", get(profile)) //~ debug-entry/hidden-debug-route
        .nest("/internal", internal_routes()) //~ debug-entry/hidden-debug-route
}

pub fn protected_ops_router() -> Router {
    Router::new()
        .route("/debug/pprof", get(profile)) // ok: chain has a bearer auth layer
        .route("/internal/metrics", get(profile)) // ok: chain has a bearer auth layer
        .layer(ValidateRequestHeaderLayer::bearer("from-env-at-startup"))
}

pub fn layer_before_route() -> Router {
    // axum layers wrap only the routes added before them.
    Router::new()
        .route("/api/me", get(show_order))
        .layer(from_fn(require_auth))
        .route("/admin/flags", post(refund)) //~ debug-entry/hidden-debug-route
}

#[cfg(debug_assertions)]
pub fn dev_router() -> Router {
    Router::new().route("/__debug/reset-db", post(refund)) // ok: inside #[cfg(debug_assertions)]
}

pub fn maybe_debug(router: Router) -> Router {
    if cfg!(debug_assertions) {
        return router.route("/debug/state", get(profile)); //~ debug-entry/hidden-debug-route
    }
    router
}

fn internal_routes() -> Router {
    Router::new()
}

async fn list_users() -> &'static str { "" }
async fn refund() -> &'static str { "" }
async fn list_orders() -> &'static str { "" }
async fn create_order() -> &'static str { "" }
async fn show_order() -> &'static str { "" }
async fn run_command(Json(_body): Json<String>) -> &'static str { "" }
async fn dump_env(State(_s): State<AppState>) -> &'static str { "" }
async fn impersonate_with_guard(_admin: AdminUser) -> &'static str { "" }
async fn login_page() -> &'static str { "" }
async fn profile() -> &'static str { "" }
async fn require_admin(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
async fn require_auth(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
