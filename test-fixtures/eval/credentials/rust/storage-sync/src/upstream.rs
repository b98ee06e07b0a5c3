use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};

pub fn headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer 8DTg7lv4wwwsTRwr3x__xV_TiM45QI1A7b3wgwra"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpiNUc3aVVLS3ROWXg0Yg=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer klkJqqjMkv5qhQVEn9pkwdfxNoYYGmBOXHCOTS_k"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzoyeW1nb1JYM05BQmFNRg=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer AF4VsjRsdZU4t_fsQ_w0JgJeu9ptzgl5sjP40mqU"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpTZWN3clI3YnVCY1JYSw=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer V8Vbm-fCusRsDzRapVrMewyMIexTGJswiJAIGOzR"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpCYlpobXhhRE82SldNQQ=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer hhP4yklvP5cJzAyWEbBG68pq6GCvPX5gphj9Ekhv"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpBSjNhd3NFalJOVTFDeQ=="));
    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer 15Bx4vrsqJl-SjPlxEx4iJ7NXLSX65bye6E3vjUs"));
    headers.insert("Authorization", HeaderValue::from_static("Basic c3luYzpNcGs0WTkyUnR0bDg0Zg=="));
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
        .header("Authorization", "Bearer sN6eqgwZsj8e7FiI4DBchNKXv-X9k3w18kvEasCLT2XXmKra")
        .send()
        .await?
        .text()
        .await
}

pub const AUTH_SCHEME: &str = "Bearer";
pub const BEARER_EXAMPLE: &str = "Authorization: Bearer <token>";
pub const BASIC_EXAMPLE: &str = "Authorization: Basic {base64(user:pass)}";
pub const CURL_DOC: &str = "curl -H \"Authorization: Bearer $TOKEN\" https://upstream.acme.io";
