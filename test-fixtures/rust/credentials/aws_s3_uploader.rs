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
