use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub fn headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer WjUV6bJ_SMCPaiEAJvxLuupe8DTg7lv4wwwsTRwr"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpJQlQwbDhGRmxaUXgzMg=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer _TiM45QI1A7b3wgwracqMVdklkJqqjMkv5qhQVEn"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpFaFhLZmxSU0xTSU1iNA=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer fxNoYYGmBOXHCOTS_kWymD02b-AF4VsjRsdZU4t_"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzo3ckxja0U5U2hqSThUbQ=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer gl5sjP40mqUieSJdP2eV8Vbm-fCusRsDzRapVrMe"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzowbG10cktjbDR3cTZHVg=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer JswiJAIGOzR2dozUb61hhP4yklvP5cJzAyWEbBG6"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpPVUVoTGkwVjVRS1lURA=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer GCvPX5gphj9Ekhv0aSL8t4W15Bx4vrsqJl-SjPlx"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzo0Q2FtUVI1Y0RwVVNLQg=="));
    headers.insert("Accept", HeaderValue::from_static("application/json"));
    headers
}

pub async fn pull(client: &reqwest::Client, token: &str) -> reqwest::Result<String> {
    client
        .get("https://upstream.acme.io/v1/objects")
        .header("Authorization", format!("Bearer {token}"))
        .header(AUTHORIZATION, "Bearer ")
        .send()
        .await?
        .text()
        .await
}

pub async fn pull_legacy(client: &reqwest::Client) -> reqwest::Result<String> {
    client
        .get("https://legacy.acme.io/v1/objects")
        .header("Authorization", "Bearer vjUsEvMNwlsN6eqgwZsj8e7FiI4DBchNKXv-X9k3w18kvEas")
        .send()
        .await?
        .text()
        .await
}

pub const AUTH_SCHEME: &str = "Bearer";
pub const BEARER_EXAMPLE: &str = "Authorization: Bearer <token>";
pub const BASIC_EXAMPLE: &str = "Authorization: Basic {base64(user:pass)}";
pub const CURL_DOC: &str = "curl -H \"Authorization: Bearer $TOKEN\" https://upstream.acme.io";
