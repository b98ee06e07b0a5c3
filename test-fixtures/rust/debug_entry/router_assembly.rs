//! Router assembly of a multi-tenant SaaS backend (axum). Routers are built in
//! variables and wrapped in auth layers in later statements, the way most real
//! services compose them; only the ones that never get a layer are findings.

use axum::middleware::from_fn;
use axum::routing::{get, post};
use axum::Router;
use tower_http::auth::AsyncRequireAuthorizationLayer;

pub fn build_router() -> Router {
    let admin = Router::new()
        .route("/admin/tenants", get(list_tenants)) // ok: `admin` is wrapped with require_admin below
        .route("/admin/tenants/{id}/suspend", post(suspend_tenant)); // ok: same router, wrapped below
    let admin = admin.route_layer(from_fn(require_admin));

    let mut internal = Router::new();
    internal = internal.route("/internal/reindex", post(reindex)); // ok: reassigned router, layered on the next line
    internal = internal.layer(AsyncRequireAuthorizationLayer::new(ServiceTokenAuth));

    let debug = Router::new().route("/debug/cache", get(cache_stats)); // ok: merged into `ops`, which gets an auth layer
    let ops = Router::new().merge(debug).route("/debug/queues", get(queue_depth)); // ok: `ops` is wrapped below
    let ops = ops.layer(from_fn(require_ops_token));

    let support = Router::new().route("/admin/support/notes", get(list_tenants)); // ok: nested inside an auth-wrapped chain
    let exposed = Router::new().route("/debug/heap", get(heap_dump)); //~ debug-entry/hidden-debug-route
    let late = Router::new().route("/api/me", get(me));
    let late = late.layer(from_fn(require_auth));
    let late = late.route("/admin/export", get(export_all)); //~ debug-entry/hidden-debug-route

    Router::new()
        .route("/api/projects", get(list_projects))
        .nest("/ops", ops)
        .merge(admin)
        .merge(internal)
        .merge(exposed)
        .merge(late)
        .merge(Router::new().nest("/support", support).route_layer(from_fn(require_admin)))
}

pub fn metrics_router() -> Router {
    let metrics = Router::new().route("/internal/metrics", get(queue_depth)); //~ debug-entry/hidden-debug-route
    let public = Router::new().route("/api/status", get(me));
    let public = public.layer(from_fn(require_auth));
    metrics.merge(public)
}

pub fn tenant_router() -> Router {
    // A different function's `admin` variable; the layer in `build_router` does not cover it.
    let admin = Router::new().route("/admin/billing", get(list_tenants)); //~ debug-entry/hidden-debug-route
    admin
}

pub fn layered_by_helper() -> Router {
    let debug_routes: Router = Router::new()
        .route("/debug/flags", get(cache_stats)) // ok: typed binding, wrapped on the next statement
        .route("/debug/config", get(cache_stats)); // ok: same router
    debug_routes.route_layer(from_fn(require_admin))
}

pub fn wrapped_then_extended() -> Router {
    let mut app = Router::new().route("/admin/audit", get(export_all)); // ok: the layer added after it covers it
    app = app.layer(from_fn(require_admin));
    app = app.route("/admin/raw-sql", post(reindex)); //~ debug-entry/hidden-debug-route
    app
}

#[derive(Clone)]
struct ServiceTokenAuth;

async fn list_tenants() -> &'static str { "" }
async fn suspend_tenant() -> &'static str { "" }
async fn reindex() -> &'static str { "" }
async fn cache_stats() -> &'static str { "" }
async fn queue_depth() -> &'static str { "" }
async fn heap_dump() -> &'static str { "" }
async fn me() -> &'static str { "" }
async fn export_all() -> &'static str { "" }
async fn list_projects() -> &'static str { "" }
async fn require_admin(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
async fn require_auth(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
async fn require_ops_token(req: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response { next.run(req).await }
