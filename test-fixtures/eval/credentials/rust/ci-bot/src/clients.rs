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
        .header("Authorization", "Bearer sk-proj-nXpnQMOEQli_KRVn-abvYWwcJkBmoQtdKVvgnSuhnRJM0f-Z1-tqkD-Y8BKKKfiKxaPxqRu6Yo8lohE6w2wxqP_oiFQmhFM0rFF_")
        .send()
        .await?;
    Ok(())
}

pub fn s3_client() -> aws_sdk_s3::Client {
    let credentials = aws_sdk_s3::config::Credentials::new(
        "AKIA2HDZGHXA56ZB2L3E",
        "dRIbASDazNML9mE9h9JTbvL+X75uZ7psA501FEG7",
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
