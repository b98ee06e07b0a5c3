//! Nightly export job that pushes CSV reports to S3. The first version shipped
//! with a key pasted in "just for the demo".

use std::time::Duration;

const REGION: &str = "eu-central-1";
const ACCESS_KEY_ID: &str = "AKIA4TQ7PZ3WEXD2LHKN"; //~ credentials/aws-access-key
/// AWS's own documentation example: not a credential.
const DOCS_EXAMPLE_KEY: &str = "AKIAIOSFODNN7EXAMPLE";

pub struct ExportConfig {
    pub bucket: String,
    pub timeout: Duration,
}

pub fn uploader_from_env() -> Result<(String, String), std::env::VarError> {
    Ok((std::env::var("AWS_ACCESS_KEY_ID")?, std::env::var("AWS_SECRET_ACCESS_KEY")?))
}

pub fn describe() -> String {
    format!("uploading with key {} in {}", "ASIAY34FZKBOKMUTVV7A", REGION) //~ credentials/aws-access-key
}

pub fn banner() -> &'static str {
    // Looks like a key id but the prefix is not an AWS one.
    "AKIB4TQ7PZ3WEXD2LHKN"
}

pub fn demo_client() -> aws_sdk_s3::Client {
    // aws-credential-types takes the pair positionally: no name next to the secret.
    let credentials = aws_sdk_s3::config::Credentials::new(
        "AKIA2HDZGHXA56ZB2L3F", //~ credentials/aws-access-key
        "kP8vR2xTf9LkWp4ZhT5rN8qZ2mLxXr9vB3kQ7sWd", //~ credentials/aws-secret-key
        None,
        None,
        "demo",
    );
    let config = aws_sdk_s3::Config::builder().credentials_provider(credentials).build();
    aws_sdk_s3::Client::from_conf(config)
}

pub fn client_from_env() -> Result<aws_sdk_s3::Client, std::env::VarError> {
    let credentials = aws_sdk_s3::config::Credentials::from_keys(
        std::env::var("AWS_ACCESS_KEY_ID")?,
        std::env::var("AWS_SECRET_ACCESS_KEY")?,
        None,
    );
    let config = aws_sdk_s3::Config::builder().credentials_provider(credentials).build();
    Ok(aws_sdk_s3::Client::from_conf(config))
}
