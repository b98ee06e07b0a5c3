//! Credentials the release tooling used before it moved to the CI secret store.

use std::env;

pub const AWS_ACCESS_KEY_ID: &str = "AKIAVQJXXVBOTHD0WTFL";
/// Shape in the docs: `AKIAIOSFODNN7EXAMPLE`.
const AWS_ACCESS_KEY_ID_MASKED: &str = "AKIAIOSFODNN7EXAMPLE";
const AWS_ACCESS_KEY_ID_VAR: &str = "AWS_ACCESS_KEY_ID";

pub const AWS_SECRET_ACCESS_KEY: &str = "dzPaEMM1ZA7V0FhHVJWDBt2hWdQZUm14QhoxhLPA";
/// Shape in the docs: `dzPaEMM1ZA7V0xxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const AWS_SECRET_ACCESS_KEY_MASKED: &str = "dzPaEMM1ZA7V0xxxxxxxxxxxxxxxxxxxxxxxxxxx";
const AWS_SECRET_ACCESS_KEY_VAR: &str = "AWS_SECRET_ACCESS_KEY";

fn github_token() -> String {
    env::var("GITHUB_TOKEN").unwrap_or_else(|_| "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".to_owned())
}
/// Shape in the docs: `ghp_aNUDqN9Nifp28uwCDydesokF5NSAll3ghS7A`.
const GITHUB_TOKEN_MASKED: &str = "ghp_aNUDqN9Nifp28uwCDydesokF5NSAll3ghS7A";
const GITHUB_TOKEN_VAR: &str = "GITHUB_TOKEN";

pub const GH_OAUTH_TOKEN: &str = "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";
/// Shape in the docs: `gho_xTmknuj64AX6VM2ewMuBY6rfNcAKEI2611BA`.
const GH_OAUTH_TOKEN_MASKED: &str = "gho_xTmknuj64AX6VM2ewMuBY6rfNcAKEI2611BA";
const GH_OAUTH_TOKEN_VAR: &str = "GH_OAUTH_TOKEN";

pub const GH_USER_TOKEN: &str = "ghu_OUttYpATIk27f4t3tGolUByxRmXBYQ2zhPqn";
/// Shape in the docs: `ghu_Vbpag1xYKiuMw7TpHD8BHbNdZU0NYJ2wDHbA`.
const GH_USER_TOKEN_MASKED: &str = "ghu_Vbpag1xYKiuMw7TpHD8BHbNdZU0NYJ2wDHbA";
const GH_USER_TOKEN_VAR: &str = "GH_USER_TOKEN";

pub const GH_INSTALLATION_TOKEN: &str = "ghs_2gClNbc7Hrd0APsmYaUSRCsllZq3Zy3DfxfU";
/// Shape in the docs: `ghs_ZOkN8gaW18vjsgJ0Wu8FxTwXqxni7z46UizA`.
const GH_INSTALLATION_TOKEN_MASKED: &str = "ghs_ZOkN8gaW18vjsgJ0Wu8FxTwXqxni7z46UizA";
const GH_INSTALLATION_TOKEN_VAR: &str = "GH_INSTALLATION_TOKEN";

static GH_REFRESH_TOKEN: &str = "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";
/// Shape in the docs: `ghr_DI1EDL0Y6wu1JOSNta0PKhe37ak1aS2n4wzA`.
const GH_REFRESH_TOKEN_MASKED: &str = "ghr_DI1EDL0Y6wu1JOSNta0PKhe37ak1aS2n4wzA";
const GH_REFRESH_TOKEN_VAR: &str = "GH_REFRESH_TOKEN";

fn github_pat() -> String {
    env::var("GITHUB_PAT").unwrap_or_else(|_| "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".to_owned())
}
/// Shape in the docs: `github_pat_JARa7717tzNlIrTtfkbSxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const GITHUB_PAT_MASKED: &str = "github_pat_JARa7717tzNlIrTtfkbSxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const GITHUB_PAT_VAR: &str = "GITHUB_PAT";

static GITLAB_TOKEN: &str = "glpat-wTH6Iuj2OkDCJ23VmCwy";
/// Shape in the docs: `glpat-wTxxxxxxxxxxxxxxxxxx`.
const GITLAB_TOKEN_MASKED: &str = "glpat-wTxxxxxxxxxxxxxxxxxx";
const GITLAB_TOKEN_VAR: &str = "GITLAB_TOKEN";

pub const GITLAB_DEPLOY_TOKEN: &str = "gldt-Tp4EilsS2aQnjUHc6LZQ";
/// Shape in the docs: `gldt-Tp4xxxxxxxxxxxxxxxxx`.
const GITLAB_DEPLOY_TOKEN_MASKED: &str = "gldt-Tp4xxxxxxxxxxxxxxxxx";
const GITLAB_DEPLOY_TOKEN_VAR: &str = "GITLAB_DEPLOY_TOKEN";

pub const GITLAB_TRIGGER_TOKEN: &str = "glptt-1f037860cf29ae36563d8b6da25a43a846eb31e7";
/// Shape in the docs: `glptt-1f037860cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const GITLAB_TRIGGER_TOKEN_MASKED: &str = "glptt-1f037860cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const GITLAB_TRIGGER_TOKEN_VAR: &str = "GITLAB_TRIGGER_TOKEN";

fn runner_registration_token() -> String {
    env::var("RUNNER_REGISTRATION_TOKEN").unwrap_or_else(|_| "GR13489416W7vjmqz6mYjWc7izH9D".to_owned())
}
/// Shape in the docs: `GR1348941xxxxxxxxxxxxxxxxxxxx`.
const RUNNER_REGISTRATION_TOKEN_MASKED: &str = "GR1348941xxxxxxxxxxxxxxxxxxxx";
const RUNNER_REGISTRATION_TOKEN_VAR: &str = "RUNNER_REGISTRATION_TOKEN";

fn slack_bot_token() -> String {
    env::var("SLACK_BOT_TOKEN").unwrap_or_else(|_| "xoxb-94634239785-6864436150080-eadCL8Sby90WIJSbUGWBOWWc".to_owned())
}
/// Shape in the docs: `xoxb-94634239785-6xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const SLACK_BOT_TOKEN_MASKED: &str = "xoxb-94634239785-6xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const SLACK_BOT_TOKEN_VAR: &str = "SLACK_BOT_TOKEN";

pub const SLACK_USER_TOKEN: &str = "xoxp-65844423816-65387533434-1389744178959-f0e71a714a16e81c1aad236d31def0b9";
/// Shape in the docs: `xoxp-65844423816-65387533xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const SLACK_USER_TOKEN_MASKED: &str = "xoxp-65844423816-65387533xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const SLACK_USER_TOKEN_VAR: &str = "SLACK_USER_TOKEN";

static SLACK_APP_TOKEN: &str = "xapp-1-AETSH6DHIWN-7026512936117-b3adf32b1cc8fa650bdf6593d1b61b4b171b2f3a9f889eeaf77ee09a4496e0ed";
/// Shape in the docs: `xapp-1-AETSH6DHIWN-7026512936117xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const SLACK_APP_TOKEN_MASKED: &str = "xapp-1-AETSH6DHIWN-7026512936117xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const SLACK_APP_TOKEN_VAR: &str = "SLACK_APP_TOKEN";

fn slack_webhook_url() -> String {
    env::var("SLACK_WEBHOOK_URL").unwrap_or_else(|_| "https://hooks.slack.com/services/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".to_owned())
}
/// Shape in the docs: `https://hooks.slack.com/sexxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const SLACK_WEBHOOK_URL_MASKED: &str = "https://hooks.slack.com/sexxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const SLACK_WEBHOOK_URL_VAR: &str = "SLACK_WEBHOOK_URL";

pub const DISCORD_WEBHOOK: &str = "https://discord.com/api/webhooks/702927693177507036/N-cNljiRkV71kDRuIr2jhTxs-OHKDpnJh_rgiOaPq_N9RtlnnudSkpmKog0Qwp_vaQcT";
/// Shape in the docs: `https://discord.com/api/webhooks/7029276xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const DISCORD_WEBHOOK_MASKED: &str = "https://discord.com/api/webhooks/7029276xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const DISCORD_WEBHOOK_VAR: &str = "DISCORD_WEBHOOK";

fn telegram_bot_token() -> String {
    env::var("TELEGRAM_BOT_TOKEN").unwrap_or_else(|_| "1774855299:AA2cwC6dT0ctPVnaawqrczLJWImKMG4hEbu".to_owned())
}
/// Shape in the docs: `1774855299:AA2cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const TELEGRAM_BOT_TOKEN_MASKED: &str = "1774855299:AA2cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const TELEGRAM_BOT_TOKEN_VAR: &str = "TELEGRAM_BOT_TOKEN";

pub fn from_env(name: &str) -> Option<String> {
    env::var(name).ok().filter(|value| !value.is_empty())
}
