//! Customer API on actix-web and a rocket side service, with hyper for the
//! metrics port.

use actix_web::{get, post, web, App, HttpResponse, HttpServer, Responder};
use actix_web_httpauth::middleware::HttpAuthentication;
use hyper::{Body, Method, Request, Response};

pub struct ApiKey(pub String);
pub struct Claims;

#[get("/admin/stats")] //~ debug-entry/hidden-debug-route
async fn admin_stats() -> impl Responder {
    HttpResponse::Ok().body("stats")
}

#[post("/admin/reindex")] // ok: the handler takes ReqData<Claims>, an auth guard
async fn admin_reindex(_claims: web::ReqData<Claims>) -> impl Responder {
    HttpResponse::Ok().finish()
}

#[get("/api/products")]
async fn products() -> impl Responder {
    HttpResponse::Ok().body("[]")
}

#[rocket::get("/internal/cache/flush")] //~ debug-entry/hidden-debug-route
fn flush_cache() -> &'static str {
    "flushed"
}

#[rocket::get("/internal/cache/stats")]
fn cache_stats(_key: ApiKey) -> &'static str {
    "{}"
}

pub async fn serve() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .service(products)
            .service(admin_stats)
            .service(admin_reindex)
            .service(web::resource("/debug/echo").route(web::post().to(echo))) //~ debug-entry/hidden-debug-route
            .service(
                web::scope("/admin")
                    .wrap(HttpAuthentication::bearer(validator))
                    .route("/users", web::get().to(echo)), // ok: the /admin scope wraps HttpAuthentication
            )
            .service(web::scope("/internal").route("/jobs", web::get().to(echo))) //~ debug-entry/hidden-debug-route
    })
    .bind(("127.0.0.1", 8080))?
    .run()
    .await
}

pub fn warp_routes() {
    let debug = warp::path!("debug" / "vars").map(|| "vars"); //~ debug-entry/hidden-debug-route
    let guarded = warp::path!("admin" / "users").and(with_auth()).map(|_| "users");
    let public = warp::path!("api" / "status").map(|| "ok");
    let _ = (debug, guarded, public);
}

pub async fn metrics_service(req: Request<Body>) -> Result<Response<Body>, hyper::Error> {
    match (req.method(), req.uri().path()) {
        (&Method::GET, "/metrics") => Ok(Response::new(Body::from("up 1"))),
        (&Method::POST, "/__debug/exec") => Ok(Response::new(Body::from(""))), //~ debug-entry/hidden-debug-route
        (&Method::GET, "/admin/dump") => { //~ debug-entry/hidden-debug-route
            Ok(Response::new(Body::from("dump")))
        }
        (&Method::GET, "/admin/config") => {
            authorize(&req)?;
            Ok(Response::new(Body::from("config")))
        }
        _ => Ok(Response::new(Body::empty())),
    }
}

async fn echo(body: String) -> impl Responder {
    body
}

async fn validator(req: actix_web::dev::ServiceRequest, _c: actix_web_httpauth::extractors::bearer::BearerAuth) -> Result<actix_web::dev::ServiceRequest, (actix_web::Error, actix_web::dev::ServiceRequest)> {
    Ok(req)
}

fn with_auth() -> warp::filters::BoxedFilter<((),)> {
    unimplemented!()
}

fn authorize(_req: &Request<Body>) -> Result<(), hyper::Error> {
    Ok(())
}
