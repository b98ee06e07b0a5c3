use octocrab::Octocrab;
use reqwest::Client;
use serde_json::json;

pub async fn github() -> octocrab::Result<Octocrab> {
    Octocrab::builder()
        .personal_token("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".to_string())
        .build()
}

pub async fn notify_release(client: &Client, version: &str) -> reqwest::Result<()> {
    client
        .post("https://hooks.slack.com/services/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")
        .json(&json!({ "text": format!("released {version}") }))
        .send()
        .await?;
    client
        .post("https://api.sendgrid.com/v3/mail/send")
        .bearer_auth("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")
        .json(&json!({ "subject": version }))
        .send()
        .await?;
    client
        .post("https://api.openai.com/v1/chat/completions")
        .header("Authorization", "Bearer sk-proj-sV2e_QxxcyhJJOmL6ONWo-WMBrOXFgUgcEANX2qJ46otGixVaHpyIketanXpnQMOEQli_KRVn-abvYWwcJkBmoQtdKVvgnSuhnRJ")
        .send()
        .await?;
    Ok(())
}

pub fn s3_client() -> aws_sdk_s3::Client {
    let credentials = aws_sdk_s3::config::Credentials::new(
        "AKIAT0C5Z05JIFO5Z4NS",
        "KKfiKxaPxqRu6Yo8lohE6w2wxqP/oiFQmhFM0rFF",
        None,
        None,
        "static",
    );
    let config = aws_sdk_s3::Config::builder()
        .credentials_provider(credentials)
        .region(aws_sdk_s3::config::Region::new("eu-west-1"))
        .build();
    aws_sdk_s3::Client::from_conf(config)
}

pub fn docs_link() -> &'static str {
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"
}
