use actix_web::{get, post, web, App, HttpResponse, HttpServer, Responder};
use actix_web_httpauth::middleware::HttpAuthentication;
use hyper::{Body, Method, Request, Response};
use warp::Filter;

#[get("/admin/devices")]
async fn list_devices() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[post("/debug/reboot")]
async fn reboot() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[get("/internal/config")]
async fn dump_config() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[post("/__debug/shell")]
async fn shell() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[get("/api/v1/devices")]
async fn devices() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[get("/healthz")]
async fn health() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[post("/api/v1/checkins")]
async fn checkin() -> impl Responder {
    HttpResponse::Ok().body("ok")
}

#[rocket::get("/internal/cache/stats")]
fn cache_stats() -> &'static str {
    "ok"
}

pub async fn serve() -> std::io::Result<()> {
    HttpServer::new(|| {
        App::new()
            .service(web::resource("/debug/echo").route(web::post().to(echo)))
            .service(
                web::scope("/admin")
                    .wrap(HttpAuthentication::bearer(crate::auth::validate))
                    .route("/users", web::get().to(echo)),
            )
            .service(web::scope("/internal").route("/jobs", web::get().to(echo)))
    })
    .bind(("0.0.0.0", 8080))?
    .run()
    .await
}

async fn echo(body: String) -> String {
    body
}

pub fn warp_routes() -> impl Filter<Extract = (&'static str,), Error = warp::Rejection> + Clone {
    let debug = warp::path!("debug" / "vars").map(|| "vars");
    let status = warp::path!("status").map(|| "up");
    debug.or(status).unify()
}

pub async fn hyper_service(request: Request<Body>) -> Result<Response<Body>, hyper::Error> {
    match (request.method(), request.uri().path()) {
        (&Method::GET, "/status") => Ok(Response::new(Body::from("up"))),
        (&Method::POST, "/__debug/eval") => Ok(Response::new(Body::from(""))),
        _ => Ok(Response::builder().status(404).body(Body::empty()).expect("response")),
    }
}
