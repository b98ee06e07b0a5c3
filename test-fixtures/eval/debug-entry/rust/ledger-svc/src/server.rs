use poem::{get, handler, post, EndpointExt, Route};
use poem::middleware::AddData;
use axum::{routing::get as axum_get, Router};
use crate::auth::{AdminClaims, BearerAuth};

#[handler]
fn ok() -> &'static str { "ok" }

pub fn poem_routes() -> impl poem::Endpoint {
    let admin = Route::new()
        .at("/admin/ledgers", get(ok))
        .with(BearerAuth::admin());
    Route::new()
        .at("/api/v1/ledgers", get(ok))
        .at("/debug/ledger/replay", post(ok))
        .at("/internal/reconcile", post(ok))
        .nest("/secured", admin)
        .with(AddData::new(42u32))
}

pub fn tide_app() -> tide::Server<()> {
    let mut app = tide::new();
    app.at("/status").get(|_| async { Ok("up") });
    app.at("/__debug/state").get(|_| async { Ok("state") });
    app.at("/admin/purge").post(|_| async { Ok("purged") });
    app
}

async fn purge(_claims: AdminClaims) -> &'static str {
    "purged"
}

async fn stats() -> &'static str {
    "stats"
}

pub fn axum_admin() -> Router {
    Router::new()
        .route("/admin/purge", axum_get(purge))
        .route("/admin/stats", axum_get(stats))
}
