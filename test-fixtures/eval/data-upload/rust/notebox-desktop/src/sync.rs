//! Notebox desktop: note sync, crash reports, update checks and the odd
//! third-party call a dependency or a contractor added.

const API_BASE: &str = "https://api.notebox.app/v2";
pub async fn call_0(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://collect.growthpulse.io/v1/batch").json(&event).send().await;
}

const ENDPOINT_1: &str = "https://collect.growthpulse.io/v1/batch";
pub async fn call_1(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_1).json(&event).send().await;
}

const ENDPOINT_2: &str = "https://collect.growthpulse.io";
pub async fn call_2(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_2}/v1/batch")).send().await;
}

pub async fn call_3(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://collect.growthpulse.io/v1/batch").call();
}

pub async fn call_4(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://collect.growthpulse.io/v1/batch").await;
}

pub async fn call_5(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://collect.growthpulse.io/v1/batch";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_6(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://cdn.jsdelivr.net/gh/notebox/announcements/latest.txt").json(&event).send().await;
}

const ENDPOINT_7: &str = "https://cdn.jsdelivr.net/gh/notebox/announcements/latest.txt";
pub async fn call_7(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_7).json(&event).send().await;
}

const ENDPOINT_8: &str = "https://cdn.jsdelivr.net";
pub async fn call_8(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_8}/gh/notebox/announcements/latest.txt")).send().await;
}

pub async fn call_9(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://cdn.jsdelivr.net/gh/notebox/announcements/latest.txt").call();
}

pub async fn call_10(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://cdn.jsdelivr.net/gh/notebox/announcements/latest.txt").await;
}

pub async fn call_11(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://cdn.jsdelivr.net/gh/notebox/announcements/latest.txt";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_12(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://api.notebox-app.com/v2/notes").json(&event).send().await;
}

const ENDPOINT_13: &str = "https://api.notebox-app.com/v2/notes";
pub async fn call_13(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_13).json(&event).send().await;
}

const ENDPOINT_14: &str = "https://api.notebox-app.com";
pub async fn call_14(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_14}/v2/notes")).send().await;
}

pub async fn call_15(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://api.notebox-app.com/v2/notes").call();
}

pub async fn call_16(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://api.notebox-app.com/v2/notes").await;
}

pub async fn call_17(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://api.notebox-app.com/v2/notes";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_18(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://notebox.app.storage-eu.net/upload").json(&event).send().await;
}

const ENDPOINT_19: &str = "https://notebox.app.storage-eu.net/upload";
pub async fn call_19(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_19).json(&event).send().await;
}

const ENDPOINT_20: &str = "https://notebox.app.storage-eu.net";
pub async fn call_20(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_20}/upload")).send().await;
}

pub async fn call_21(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://notebox.app.storage-eu.net/upload").call();
}

pub async fn call_22(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://notebox.app.storage-eu.net/upload").await;
}

pub async fn call_23(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://notebox.app.storage-eu.net/upload";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_24(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://in.appcenter.ms/logs/v1").json(&event).send().await;
}

const ENDPOINT_25: &str = "https://in.appcenter.ms/logs/v1";
pub async fn call_25(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_25).json(&event).send().await;
}

const ENDPOINT_26: &str = "https://in.appcenter.ms";
pub async fn call_26(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_26}/logs/v1")).send().await;
}

pub async fn call_27(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://in.appcenter.ms/logs/v1").call();
}

pub async fn call_28(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://in.appcenter.ms/logs/v1").await;
}

pub async fn call_29(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://in.appcenter.ms/logs/v1";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_30(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://api.segment.io/v1/track").json(&event).send().await;
}

const ENDPOINT_31: &str = "https://api.segment.io/v1/track";
pub async fn call_31(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_31).json(&event).send().await;
}

const ENDPOINT_32: &str = "https://api.segment.io";
pub async fn call_32(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_32}/v1/track")).send().await;
}

pub async fn call_33(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://api.segment.io/v1/track").call();
}

pub async fn call_34(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://api.segment.io/v1/track").await;
}

pub async fn call_35(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://api.segment.io/v1/track";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_36(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://o11.ingest.sentry.io/api/11/envelope/").json(&event).send().await;
}

const ENDPOINT_37: &str = "https://o11.ingest.sentry.io/api/11/envelope/";
pub async fn call_37(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_37).json(&event).send().await;
}

const ENDPOINT_38: &str = "https://o11.ingest.sentry.io";
pub async fn call_38(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_38}/api/11/envelope/")).send().await;
}

pub async fn call_39(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://o11.ingest.sentry.io/api/11/envelope/").call();
}

pub async fn call_40(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://o11.ingest.sentry.io/api/11/envelope/").await;
}

pub async fn call_41(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://o11.ingest.sentry.io/api/11/envelope/";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_42(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://hooks.zapier.com/hooks/catch/4417/notes").json(&event).send().await;
}

const ENDPOINT_43: &str = "https://hooks.zapier.com/hooks/catch/4417/notes";
pub async fn call_43(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_43).json(&event).send().await;
}

const ENDPOINT_44: &str = "https://hooks.zapier.com";
pub async fn call_44(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_44}/hooks/catch/4417/notes")).send().await;
}

pub async fn call_45(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://hooks.zapier.com/hooks/catch/4417/notes").call();
}

pub async fn call_46(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://hooks.zapier.com/hooks/catch/4417/notes").await;
}

pub async fn call_47(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://hooks.zapier.com/hooks/catch/4417/notes";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_48(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://api.notebox.app/v2/notes").json(&event).send().await;
}

const ENDPOINT_49: &str = "https://api.notebox.app/v2/notes";
pub async fn call_49(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_49).json(&event).send().await;
}

const ENDPOINT_50: &str = "https://api.notebox.app";
pub async fn call_50(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_50}/v2/notes")).send().await;
}

pub async fn call_51(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://api.notebox.app/v2/notes").call();
}

pub async fn call_52(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://api.notebox.app/v2/notes").await;
}

pub async fn call_53(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://api.notebox.app/v2/notes";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_54(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://sync.notebox.app/v1/push").json(&event).send().await;
}

const ENDPOINT_55: &str = "https://sync.notebox.app/v1/push";
pub async fn call_55(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_55).json(&event).send().await;
}

const ENDPOINT_56: &str = "https://sync.notebox.app";
pub async fn call_56(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_56}/v1/push")).send().await;
}

pub async fn call_57(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://sync.notebox.app/v1/push").call();
}

pub async fn call_58(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://sync.notebox.app/v1/push").await;
}

pub async fn call_59(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://sync.notebox.app/v1/push";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_60(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://eu.sync.notebox.app/v1/push").json(&event).send().await;
}

const ENDPOINT_61: &str = "https://eu.sync.notebox.app/v1/push";
pub async fn call_61(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_61).json(&event).send().await;
}

const ENDPOINT_62: &str = "https://eu.sync.notebox.app";
pub async fn call_62(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_62}/v1/push")).send().await;
}

pub async fn call_63(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://eu.sync.notebox.app/v1/push").call();
}

pub async fn call_64(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://eu.sync.notebox.app/v1/push").await;
}

pub async fn call_65(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://eu.sync.notebox.app/v1/push";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_66(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://o4507.ingest.sentry.io/api/4507/envelope/").json(&event).send().await;
}

const ENDPOINT_67: &str = "https://o4507.ingest.sentry.io/api/4507/envelope/";
pub async fn call_67(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_67).json(&event).send().await;
}

const ENDPOINT_68: &str = "https://o4507.ingest.sentry.io";
pub async fn call_68(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_68}/api/4507/envelope/")).send().await;
}

pub async fn call_69(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://o4507.ingest.sentry.io/api/4507/envelope/").call();
}

pub async fn call_70(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://o4507.ingest.sentry.io/api/4507/envelope/").await;
}

pub async fn call_71(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://o4507.ingest.sentry.io/api/4507/envelope/";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_72(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("http://localhost:48321/health").json(&event).send().await;
}

const ENDPOINT_73: &str = "http://localhost:48321/health";
pub async fn call_73(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_73).json(&event).send().await;
}

const ENDPOINT_74: &str = "http://localhost:48321";
pub async fn call_74(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_74}/health")).send().await;
}

pub async fn call_75(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("http://localhost:48321/health").call();
}

pub async fn call_76(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("http://localhost:48321/health").await;
}

pub async fn call_77(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "http://localhost:48321/health";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_78(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("http://127.0.0.1:48321/search").json(&event).send().await;
}

const ENDPOINT_79: &str = "http://127.0.0.1:48321/search";
pub async fn call_79(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_79).json(&event).send().await;
}

const ENDPOINT_80: &str = "http://127.0.0.1:48321";
pub async fn call_80(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_80}/search")).send().await;
}

pub async fn call_81(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("http://127.0.0.1:48321/search").call();
}

pub async fn call_82(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("http://127.0.0.1:48321/search").await;
}

pub async fn call_83(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "http://127.0.0.1:48321/search";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_84(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("http://[::1]:48321/index").json(&event).send().await;
}

const ENDPOINT_85: &str = "http://[::1]:48321/index";
pub async fn call_85(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_85).json(&event).send().await;
}

const ENDPOINT_86: &str = "http://[::1]:48321";
pub async fn call_86(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_86}/index")).send().await;
}

pub async fn call_87(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("http://[::1]:48321/index").call();
}

pub async fn call_88(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("http://[::1]:48321/index").await;
}

pub async fn call_89(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "http://[::1]:48321/index";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn call_90(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post("https://updates.notebox.app/stable/feed.json").json(&event).send().await;
}

const ENDPOINT_91: &str = "https://updates.notebox.app/stable/feed.json";
pub async fn call_91(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.post(ENDPOINT_91).json(&event).send().await;
}

const ENDPOINT_92: &str = "https://updates.notebox.app";
pub async fn call_92(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = client.get(format!("{ENDPOINT_92}/stable/feed.json")).send().await;
}

pub async fn call_93(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = ureq::get("https://updates.notebox.app/stable/feed.json").call();
}

pub async fn call_94(client: &reqwest::Client, event: &serde_json::Value) {
    let _ = reqwest::get("https://updates.notebox.app/stable/feed.json").await;
}

pub async fn call_95(client: &reqwest::Client, event: &serde_json::Value) {
    let url = "https://updates.notebox.app/stable/feed.json";
    let _ = client.request(reqwest::Method::PUT, url).body(event.to_string()).send().await;
}

pub async fn configured(client: &reqwest::Client, settings: &Settings) {
    let endpoint = std::env::var("NOTEBOX_API").unwrap_or_else(|_| settings.endpoint.clone());
    let _ = client.post(&endpoint).body("ping").send().await;
    let _ = client.post(&settings.endpoint).body("ping").send().await;
}

pub fn help_links() -> Vec<String> {
    let docs = url::Url::parse("https://docs.markdown-guide.org/basic-syntax").expect("static URL");
    println!("report problems at https://github.com/notebox/desktop/issues");
    vec![docs.to_string()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn mock_server_answers() {
        let _ = ureq::get("https://mock.notebox-test.invalid/notes").call();
    }
}
