#!/usr/bin/env python3
"""Generates the credentials evaluation set: `credentials/` and its `labels.tsv`.

Run from anywhere: `python3 test-fixtures/eval/gen_credentials.py`. The output
is deterministic; commit it together with this script.

Families: one per provider family for provider tokens, then `generic`
(secrets recognised by the name they are bound to), `private-key`,
`crypto-key`, `url-credentials`, `auth-header` and `custom-pattern`.

`format-coverage` holds one positive and one near-miss line for every token
format id of `trustlint-secrets`. Its values are not made up here: they are the
samples each format declares next to its pattern (the secrets crate's own tests
check them), exported to `format_samples.json` by
`TRUSTLINT_BLESS=1 cargo test -p trustlint-secrets` (that test fails when the
export is stale). So the format definitions stay the single source of
format-valid values; regenerate this set after blessing a new export.
"""

import base64
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalgen import (  # noqa: E402
    ALNUM, B64, B64URL, BECH32, HEX, LOWER_ALNUM, UPPER_ALNUM, Writer, bad_checksum, body,
    b64url, checksummed, hexs, jwt, pem_lines, rng, uuid4, write_manifest,
)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "credentials")
# Written by `TRUSTLINT_BLESS=1 cargo test -p trustlint-secrets`: every token
# format's id, rule, prefixes, context words and declared samples.
SAMPLES_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "format_samples.json")

AWS_ID = "credentials/aws-access-key"
AWS_SECRET = "credentials/aws-secret-key"
GITHUB = "credentials/github-token"
PROVIDER = "credentials/provider-token"
JWT = "credentials/jwt"
PRIVATE_KEY = "credentials/private-key"
GENERIC = "credentials/generic-secret"
CRYPTO = "credentials/hardcoded-crypto-key"
URL = "credentials/url-credentials"
AUTH = "credentials/auth-header-value"
EMBEDDED = "credentials/embedded-key-file"
CUSTOM = "credentials/custom-pattern"


# ---------------------------------------------------------------------------
# Provider tokens: (family, rule, format, SCREAMING_NAME, camelName, factory).
# The names are what real code binds such a token to; contextual formats
# (no distinctive prefix) need their provider in the name.
# ---------------------------------------------------------------------------

def slack_webhook():
    return (f"https://hooks.slack.com/services/T{body(UPPER_ALNUM, 8)}/"
            f"B{body(UPPER_ALNUM, 10)}/{body(ALNUM, 24)}")


def discord_webhook():
    return (f"https://discord.com/api/webhooks/{rng.randrange(10**17, 10**18)}/"
            f"{body(B64URL, 68)}")


PROVIDERS = [
    ("aws", AWS_ID, "aws-access-key-id", "AWS_ACCESS_KEY_ID", "awsAccessKeyId",
     lambda: "AKIA" + body(UPPER_ALNUM, 16)),
    ("aws", AWS_SECRET, "aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", "awsSecretAccessKey",
     lambda: body(B64, 40)),
    ("github", GITHUB, "github-pat-classic", "GITHUB_TOKEN", "githubToken",
     lambda: checksummed("ghp_")),
    ("github", GITHUB, "github-oauth-token", "GH_OAUTH_TOKEN", "githubOAuthToken",
     lambda: checksummed("gho_")),
    ("github", GITHUB, "github-user-to-server-token", "GH_USER_TOKEN", "githubUserToken",
     lambda: checksummed("ghu_")),
    ("github", GITHUB, "github-server-to-server-token", "GH_INSTALLATION_TOKEN",
     "installationToken", lambda: checksummed("ghs_")),
    ("github", GITHUB, "github-refresh-token", "GH_REFRESH_TOKEN", "githubRefreshToken",
     lambda: checksummed("ghr_")),
    ("github", GITHUB, "github-fine-grained-pat", "GITHUB_PAT", "githubPat",
     lambda: f"github_pat_{body(ALNUM, 22)}_{body(ALNUM, 59)}"),
    ("gitlab", PROVIDER, "gitlab-pat", "GITLAB_TOKEN", "gitlabToken",
     lambda: "glpat-" + body(ALNUM, 20)),
    ("gitlab", PROVIDER, "gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN", "gitlabDeployToken",
     lambda: "gldt-" + body(ALNUM, 20)),
    ("gitlab", PROVIDER, "gitlab-pipeline-trigger-token", "GITLAB_TRIGGER_TOKEN",
     "pipelineTriggerToken", lambda: "glptt-" + hexs(40)),
    ("gitlab", PROVIDER, "gitlab-runner-registration-token", "RUNNER_REGISTRATION_TOKEN",
     "runnerRegistrationToken", lambda: "GR1348941" + body(ALNUM, 20)),
    ("chat", PROVIDER, "slack-bot-token", "SLACK_BOT_TOKEN", "slackBotToken",
     lambda: f"xoxb-{rng.randrange(10**10, 10**11)}-{rng.randrange(10**12, 10**13)}-{body(ALNUM, 24)}"),
    ("chat", PROVIDER, "slack-user-token", "SLACK_USER_TOKEN", "slackUserToken",
     lambda: (f"xoxp-{rng.randrange(10**10, 10**11)}-{rng.randrange(10**10, 10**11)}-"
              f"{rng.randrange(10**12, 10**13)}-{hexs(32)}")),
    ("chat", PROVIDER, "slack-app-token", "SLACK_APP_TOKEN", "slackAppToken",
     lambda: f"xapp-1-A{body(UPPER_ALNUM, 10)}-{rng.randrange(10**12, 10**13)}-{hexs(64)}"),
    ("chat", PROVIDER, "slack-webhook-url", "SLACK_WEBHOOK_URL", "slackWebhookURL",
     slack_webhook),
    ("chat", PROVIDER, "discord-webhook-url", "DISCORD_WEBHOOK", "discordWebhook",
     discord_webhook),
    ("chat", PROVIDER, "telegram-bot-token", "TELEGRAM_BOT_TOKEN", "telegramBotToken",
     lambda: f"{rng.randrange(10**9, 10**10)}:AA{body(B64URL, 33)}"),
    ("payments", PROVIDER, "stripe-live-secret-key", "STRIPE_SECRET_KEY", "stripeSecretKey",
     lambda: "sk_live_" + body(ALNUM, 99)),
    ("payments", PROVIDER, "stripe-live-restricted-key", "STRIPE_RESTRICTED_KEY",
     "stripeRestrictedKey", lambda: "rk_live_" + body(ALNUM, 99)),
    ("payments", PROVIDER, "stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET",
     "stripeWebhookSecret", lambda: "whsec_" + body(ALNUM, 32)),
    ("payments", PROVIDER, "square-oauth-secret", "SQUARE_APPLICATION_SECRET",
     "squareApplicationSecret", lambda: "sq0csp-" + body(B64URL, 43)),
    ("payments", PROVIDER, "shopify-access-token", "SHOPIFY_ADMIN_TOKEN", "shopifyAdminToken",
     lambda: "shpat_" + hexs(32)),
    ("payments", PROVIDER, "braintree-production-access-token", "BRAINTREE_ACCESS_TOKEN",
     "braintreeAccessToken",
     lambda: f"access_token$production${body(LOWER_ALNUM, 16)}${hexs(32)}"),
    ("google", PROVIDER, "google-api-key", "MAPS_SERVER_API_KEY", "mapsServerApiKey",
     lambda: "AIza" + body(B64URL, 35)),
    ("google", PROVIDER, "google-oauth-client-secret", "GOOGLE_CLIENT_SECRET",
     "googleClientSecret", lambda: "GOCSPX-" + body(B64URL, 28)),
    ("google", PROVIDER, "google-oauth-refresh-token", "GOOGLE_REFRESH_TOKEN",
     "googleRefreshToken", lambda: "1//0" + body(B64URL, 60)),
    ("google", PROVIDER, "google-oauth-access-token", "GOOGLE_ACCESS_TOKEN",
     "googleAccessToken", lambda: "ya29." + body(B64URL, 120)),
    ("ai", PROVIDER, "openai-project-key", "OPENAI_API_KEY", "openAIKey",
     lambda: "sk-proj-" + body(B64URL, 120)),
    ("ai", PROVIDER, "anthropic-api-key", "ANTHROPIC_API_KEY", "anthropicKey",
     lambda: "sk-ant-api03-" + body(B64URL, 93) + "AA"),
    ("ai", PROVIDER, "groq-api-key", "GROQ_API_KEY", "groqKey",
     lambda: "gsk_" + body(ALNUM, 52)),
    ("ai", PROVIDER, "huggingface-token", "HF_TOKEN", "huggingFaceToken",
     lambda: "hf_" + body("ABCDEFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz", 34)),
    ("ai", PROVIDER, "replicate-api-token", "REPLICATE_API_TOKEN", "replicateToken",
     lambda: "r8_" + body(ALNUM, 37)),
    ("ai", PROVIDER, "perplexity-api-key", "PERPLEXITY_API_KEY", "perplexityKey",
     lambda: "pplx-" + body(ALNUM, 48)),
    ("ai", PROVIDER, "openrouter-api-key", "OPENROUTER_API_KEY", "openRouterKey",
     lambda: "sk-or-v1-" + hexs(64)),
    ("ai", PROVIDER, "deepseek-api-key", "DEEPSEEK_API_KEY", "deepseekApiKey",
     lambda: "sk-" + hexs(32)),
    ("messaging", PROVIDER, "sendgrid-api-key", "SENDGRID_API_KEY", "sendGridKey",
     lambda: f"SG.{body(B64URL, 22)}.{body(B64URL, 43)}"),
    ("messaging", PROVIDER, "mailgun-api-key", "MAILGUN_API_KEY", "mailgunKey",
     lambda: "key-" + hexs(32)),
    ("messaging", PROVIDER, "twilio-auth-token", "TWILIO_AUTH_TOKEN", "twilioAuthToken",
     lambda: hexs(32)),
    ("messaging", PROVIDER, "brevo-api-key", "BREVO_API_KEY", "brevoKey",
     lambda: f"xkeysib-{hexs(64)}-{body(ALNUM, 16)}"),
    ("messaging", PROVIDER, "mailchimp-api-key", "MAILCHIMP_API_KEY", "mailchimpKey",
     lambda: f"{hexs(32)}-us{rng.randrange(1, 21)}"),
    ("packages", PROVIDER, "npm-access-token", "NPM_TOKEN", "npmToken",
     lambda: checksummed("npm_")),
    ("packages", PROVIDER, "pypi-upload-token", "PYPI_TOKEN", "pypiToken",
     lambda: "pypi-AgEIcHlwaS5vcmc" + body(B64URL, 140)),
    ("packages", PROVIDER, "crates-io-api-token", "CARGO_REGISTRY_TOKEN", "cratesToken",
     lambda: "cio" + body(ALNUM, 32)),
    ("packages", PROVIDER, "docker-hub-pat", "DOCKERHUB_TOKEN", "dockerHubToken",
     lambda: "dckr_pat_" + body(B64URL, 27)),
    ("packages", PROVIDER, "rubygems-api-key", "GEM_HOST_API_KEY", "rubygemsKey",
     lambda: "rubygems_" + hexs(48)),
    ("packages", PROVIDER, "nuget-api-key", "NUGET_API_KEY", "nugetKey",
     lambda: "oy2" + body(LOWER_ALNUM, 43)),
    ("cloud", PROVIDER, "heroku-api-key", "HEROKU_API_KEY", "herokuKey",
     lambda: "HRKU-" + body(B64URL, 60)),
    ("cloud", PROVIDER, "digitalocean-pat", "DIGITALOCEAN_TOKEN", "digitalOceanToken",
     lambda: "dop_v1_" + hexs(64)),
    ("cloud", PROVIDER, "netlify-pat", "NETLIFY_AUTH_TOKEN", "netlifyToken",
     lambda: "nfp_" + body(ALNUM, 36)),
    ("cloud", PROVIDER, "supabase-secret-key", "SUPABASE_SECRET_KEY", "supabaseSecretKey",
     lambda: "sb_secret_" + body(B64URL, 31)),
    ("cloud", PROVIDER, "alibaba-access-key-id", "ALIBABA_ACCESS_KEY_ID", "aliyunAccessKeyId",
     lambda: "LTAI" + body(ALNUM, 20)),
    ("cloud", PROVIDER, "tencent-cloud-secret-id", "TENCENTCLOUD_SECRET_ID", "tencentSecretId",
     lambda: "AKID" + body(ALNUM, 32)),
    ("cloud", PROVIDER, "databricks-token", "DATABRICKS_TOKEN", "databricksToken",
     lambda: "dapi" + hexs(32)),
    ("cloud", PROVIDER, "neon-api-key", "NEON_API_KEY", "neonKey",
     lambda: "napi_" + body(LOWER_ALNUM, 64)),
    ("devops", PROVIDER, "vault-service-token", "VAULT_TOKEN", "vaultToken",
     lambda: "hvs." + body(B64URL, 90)),
    ("devops", PROVIDER, "pulumi-access-token", "PULUMI_ACCESS_TOKEN", "pulumiToken",
     lambda: "pul-" + hexs(40)),
    ("devops", PROVIDER, "tailscale-key", "TS_AUTHKEY", "tailscaleAuthKey",
     lambda: f"tskey-auth-{body(ALNUM, 12)}-{body(ALNUM, 33)}"),
    ("devops", PROVIDER, "doppler-service-token", "DOPPLER_TOKEN", "dopplerToken",
     lambda: "dp.st.prd." + body(ALNUM, 43)),
    ("devops", PROVIDER, "sentry-user-token", "SENTRY_AUTH_TOKEN", "sentryAuthToken",
     lambda: "sntryu_" + hexs(64)),
    ("devops", PROVIDER, "new-relic-user-key", "NEW_RELIC_API_KEY", "newRelicKey",
     lambda: "NRAK-" + body(UPPER_ALNUM, 27)),
    ("devops", PROVIDER, "datadog-api-key", "DD_API_KEY", "datadogApiKey",
     lambda: hexs(32)),
    ("devops", PROVIDER, "grafana-service-account-token", "GRAFANA_TOKEN", "grafanaToken",
     lambda: f"glsa_{body(ALNUM, 32)}_{hexs(8)}"),
    ("devops", PROVIDER, "atlassian-api-token", "JIRA_API_TOKEN", "jiraToken",
     lambda: "ATATT3" + body(B64URL, 186)),
    ("saas", PROVIDER, "linear-api-key", "LINEAR_API_KEY", "linearKey",
     lambda: "lin_api_" + body(ALNUM, 40)),
    ("saas", PROVIDER, "figma-pat", "FIGMA_TOKEN", "figmaToken",
     lambda: "figd_" + body(B64URL, 40)),
    ("saas", PROVIDER, "postman-api-key", "POSTMAN_API_KEY", "postmanKey",
     lambda: f"PMAK-{hexs(24)}-{hexs(34)}"),
    ("saas", PROVIDER, "notion-integration-token", "NOTION_TOKEN", "notionToken",
     lambda: f"ntn_{rng.randrange(10**10, 10**11)}{body(ALNUM, 35)}"),
    ("saas", PROVIDER, "contentful-pat", "CONTENTFUL_MANAGEMENT_TOKEN", "contentfulToken",
     lambda: "CFPAT-" + body(B64URL, 43)),
    ("saas", PROVIDER, "hubspot-private-app-token", "HUBSPOT_TOKEN", "hubspotToken",
     lambda: f"pat-na1-{uuid4()}"),
    ("saas", PROVIDER, "mapbox-secret-token", "MAPBOX_SECRET_TOKEN", "mapboxSecretToken",
     lambda: mapbox_token("sk")),
]


def mapbox_token(kind):
    """Mapbox tokens carry base64url JSON naming the account and the token id."""
    claims = json.dumps({"u": "acme-maps", "a": body(LOWER_ALNUM, 25)}, separators=(",", ":"))
    return f"{kind}.{b64url(claims.encode())}.{body(B64URL, 22)}"


def jwt_token():
    return jwt({"sub": str(rng.randrange(10**5, 10**6)), "role": "service_role",
                "iss": "https://auth.acme-logistics.io", "iat": 1717000000 + rng.randrange(10**6)})


PROVIDERS.append(("jwt", JWT, "jwt", "SERVICE_JWT", "serviceJWT", jwt_token))


def near_miss(fmt, token):
    """A look-alike of `token` that is not one: wrong checksum, too short, or masked."""
    if fmt.startswith("github-") and fmt != "github-fine-grained-pat":
        return bad_checksum(token[:4]), "checksum does not match"
    if fmt == "npm-access-token":
        return bad_checksum("npm_"), "checksum does not match"
    if fmt == "aws-access-key-id":
        return "AKIAIOSFODNN7EXAMPLE", "AWS documentation example key"
    if fmt in ("jwt",):
        header = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0"
        return header + ".eyJzdWIiOiJndWVzdCJ9.", "unsigned JWT (alg none)"
    if len(token) > 12:
        cut = max(4, len(token) // 3)
        return token[:cut] + "x" * (len(token) - cut), "masked with x"
    return token[:-4] + "****", "masked"


# ---------------------------------------------------------------------------
# Rust files
# ---------------------------------------------------------------------------

files = []


def new(path):
    w = Writer(ROOT, path)
    files.append(w)
    return w


def provider_chunks(count):
    entries = list(PROVIDERS)
    size = (len(entries) + count - 1) // count
    return [entries[i:i + size] for i in range(0, len(entries), size)]


def rust_provider_consts(path, chunk, crate_doc):
    """A crate's `secrets.rs`: compiled-in provider credentials with honest
    neighbours (env lookups, masked look-alikes, documentation examples)."""
    w = new(path)
    w(f"//! {crate_doc}")
    w("")
    w("use std::env;")
    w("")
    for family, rule, fmt, screaming, camel, make in chunk:
        token = make()
        style = rng.randrange(4)
        if style == 0:
            w.pos(rule, family, f'pub const {screaming}: &str = "{token}";', fmt)
        elif style == 1:
            w.pos(rule, family, f'static {screaming}: &str = "{token}";', fmt)
        elif style == 2:
            w(f"fn {screaming.lower()}() -> String {{")
            w.pos(rule, family,
                  f'    env::var("{screaming}").unwrap_or_else(|_| "{token}".to_owned())',
                  f"{fmt} as an env fallback")
            w("}")
        else:
            w.pos(rule, family, f'pub const {screaming}: &str = "{token}";', fmt)
        miss, why = near_miss(fmt, token)
        w.neg(family, f'/// Shape in the docs: `{miss}`.', f"{fmt} near miss in a doc comment: {why}")
        w.neg(family, f'const {screaming}_MASKED: &str = "{miss}";', f"{fmt} near miss: {why}")
        w.neg(family, f'const {screaming}_VAR: &str = "{screaming}";', "the variable's name, not its value")
        w("")
    w("pub fn from_env(name: &str) -> Option<String> {")
    w.neg("generic", '    env::var(name).ok().filter(|value| !value.is_empty())', "env lookup")
    w("}")
    return w


def swift_provider_enum(path, chunk):
    w = new(path)
    w("import Foundation")
    w("")
    w("/// Keys the app was shipped with before the backend proxy existed.")
    w("enum ShippedKeys {")
    for family, rule, fmt, screaming, camel, make in chunk:
        token = make()
        style = rng.randrange(3)
        if style == 0:
            w.pos(rule, family, f'    static let {camel} = "{token}"', fmt)
        elif style == 1:
            w.pos(rule, family, f'    static let {camel}: String = "{token}"', fmt)
        else:
            w(f"    static var {camel}: String {{")
            w.pos(rule, family, f'        return "{token}"', f"{fmt} from a computed property")
            w("    }")
        miss, why = near_miss(fmt, token)
        w.neg(family, f'    static let {camel}Hint = "{miss}"', f"{fmt} near miss: {why}")
        w.neg(family,
              f'    static let {camel}FromPlist = Bundle.main.object(forInfoDictionaryKey: "{screaming}") as? String',
              "Info.plist lookup")
    w("}")
    return w


chunks = provider_chunks(4)
rust_provider_consts("rust/release-tooling/src/secrets.rs", chunks[0],
                     "Credentials the release tooling used before it moved to the CI secret store.")
rust_provider_consts("rust/notify-hub/src/providers.rs", chunks[1],
                     "Provider credentials for the notification hub.")
swift_provider_enum("swift/AcmeCourier/Sources/Config/ShippedKeys.swift", chunks[2])
swift_provider_enum("swift/AcmeCourier/Sources/Config/PartnerKeys.swift", chunks[3])


def rust_provider_registry():
    """A service's provider registry: every provider's key in a struct literal,
    each next to the key id or account name that is public."""
    w = new("rust/notify-hub/src/registry.rs")
    w("use crate::provider::{Provider, ProviderConfig};")
    w("")
    w("pub fn registry() -> Vec<ProviderConfig> {")
    w("    vec![")
    for family, rule, fmt, screaming, camel, make in PROVIDERS:
        field = screaming.lower()
        w("        ProviderConfig {")
        w(f'            provider: Provider::from_env_name("{screaming}"),')
        w.pos(rule, family, f'            {field}: "{make()}".into(),', f"{fmt} in a struct literal")
        w.neg(family, f'            account: "{rng.choice(["acme-notify", "notify-prod", "ops@acme.io"])}".into(),', "account name")
        w("        },")
    w("    ]")
    w("}")


rust_provider_registry()


def swift_sdk_setup():
    """An app delegate that configures every partner SDK with a literal key."""
    w = new("swift/AcmeCourier/Sources/App/PartnerSetup.swift")
    w("import Foundation")
    w("")
    w("enum PartnerSetup {")
    w("    static func configureAll(registry: PartnerRegistry) {")
    for family, rule, fmt, screaming, camel, make in PROVIDERS:
        w.pos(rule, family, f'        registry.configure(.{camel.removesuffix("Key").removesuffix("Token") or camel}, {camel}: "{make()}")', f"{fmt} as a labelled argument")
    w.neg("generic", '        registry.configure(.logging, level: "debug")', "not a secret")
    w("    }")
    w("}")


swift_sdk_setup()


# Provider tokens used inline at call sites, in both languages.
def rust_call_sites():
    w = new("rust/ci-bot/src/clients.rs")
    w("use octocrab::Octocrab;")
    w("use reqwest::Client;")
    w("use serde_json::json;")
    w("")
    w("pub async fn github() -> octocrab::Result<Octocrab> {")
    w("    Octocrab::builder()")
    w.pos(GITHUB, "github", f'        .personal_token("{checksummed("ghp_")}".to_string())', "builder call")
    w("        .build()")
    w("}")
    w("")
    w("pub async fn notify_release(client: &Client, version: &str) -> reqwest::Result<()> {")
    w("    client")
    w.pos(PROVIDER, "chat", f'        .post("{slack_webhook()}")', "slack webhook at the call")
    w('        .json(&json!({ "text": format!("released {version}") }))')
    w("        .send()")
    w("        .await?;")
    w("    client")
    w('        .post("https://api.sendgrid.com/v3/mail/send")')
    w.pos(PROVIDER, "messaging",
          f'        .bearer_auth("SG.{body(B64URL, 22)}.{body(B64URL, 43)}")', "bearer_auth with a SendGrid key")
    w('        .json(&json!({ "subject": version }))')
    w("        .send()")
    w("        .await?;")
    w("    client")
    w('        .post("https://api.openai.com/v1/chat/completions")')
    w.pos(PROVIDER, "ai",
          f'        .header("Authorization", "Bearer sk-proj-{body(B64URL, 100)}")', "OpenAI key in a header")
    w("        .send()")
    w("        .await?;")
    w("    Ok(())")
    w("}")
    w("")
    w("pub fn s3_client() -> aws_sdk_s3::Client {")
    w("    let credentials = aws_sdk_s3::config::Credentials::new(")
    w.pos(AWS_ID, "aws", f'        "AKIA{body(UPPER_ALNUM, 16)}",', "positional Credentials::new")
    w.pos(AWS_SECRET, "aws", f'        "{body(B64, 40)}",', "secret key after the key id")
    w("        None,")
    w("        None,")
    w('        "static",')
    w("    );")
    w("    let config = aws_sdk_s3::Config::builder()")
    w("        .credentials_provider(credentials)")
    w.neg("aws", '        .region(aws_sdk_s3::config::Region::new("eu-west-1"))', "region")
    w("        .build();")
    w("    aws_sdk_s3::Client::from_conf(config)")
    w("}")
    w("")
    w("pub fn docs_link() -> &'static str {")
    w.neg("github", '    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"', "docs URL mentioning tokens")
    w("}")
    return w


rust_call_sites()


def swift_call_sites():
    w = new("swift/AcmeCourier/Sources/Networking/PartnerClients.swift")
    w("import Foundation")
    w("")
    w("final class PartnerClients {")
    w("    private let session = URLSession(configuration: .default)")
    w("")
    w("    func postToSlack(_ text: String) async throws {")
    w.pos(PROVIDER, "chat", f'        var request = URLRequest(url: URL(string: "{slack_webhook()}")!)', "webhook in URL(string:)")
    w('        request.httpMethod = "POST"')
    w('        request.httpBody = try JSONSerialization.data(withJSONObject: ["text": text])')
    w("        _ = try await session.data(for: request)")
    w("    }")
    w("")
    w("    func summarize(_ text: String) async throws -> Data {")
    w('        var request = URLRequest(url: URL(string: "https://api.anthropic.com/v1/messages")!)')
    w.pos(PROVIDER, "ai", f'        request.setValue("sk-ant-api03-{body(B64URL, 93)}AA", forHTTPHeaderField: "x-api-key")', "Anthropic key in a header")
    w.neg("ai", '        request.setValue("2023-06-01", forHTTPHeaderField: "anthropic-version")', "API version header")
    w('        request.setValue("application/json", forHTTPHeaderField: "Content-Type")')
    w("        return try await session.data(for: request).0")
    w("    }")
    w("")
    w("    func charge(amountCents: Int) async throws {")
    w('        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/charges")!)')
    w.pos(PROVIDER, "payments", f'        request.setValue("Bearer sk_live_{body(ALNUM, 99)}", forHTTPHeaderField: "Authorization")', "Stripe key as bearer")
    w("        _ = try await session.data(for: request)")
    w("    }")
    w("")
    w("    func uploadDiagnostics(_ payload: Data) async throws {")
    w('        var request = URLRequest(url: URL(string: "https://api.github.com/repos/acme/courier/issues")!)')
    w.pos(GITHUB, "github", f'        request.setValue("token {checksummed("ghp_")}", forHTTPHeaderField: "Authorization")', "GitHub token header")
    w("        request.httpBody = payload")
    w("        _ = try await session.data(for: request)")
    w("    }")
    w("}")
    return w


swift_call_sites()


# ---------------------------------------------------------------------------
# Generic secrets: values recognised by the name they are bound to.
# ---------------------------------------------------------------------------

def strong_password():
    return body(ALNUM + "!#%&*@^", rng.randrange(12, 20))


def human_password():
    words = ["Winter", "Harbor", "Falcon", "Marble", "Cobalt", "Juniper", "Saffron", "Velvet"]
    return f"{rng.choice(words)}{rng.randrange(10, 99)}{rng.choice('!#$%')}{rng.choice(words).lower()}"


def random_key(n=32):
    return body(ALNUM, n)


GENERIC_NAMES_RUST = [
    ("DB_PASSWORD", human_password), ("ADMIN_PASSWORD", strong_password),
    ("SMTP_PASSWORD", human_password), ("API_KEY", random_key), ("API_SECRET", random_key),
    ("CLIENT_SECRET", lambda: random_key(40)), ("SIGNING_SECRET", lambda: hexs(64)),
    ("WEBHOOK_SECRET", random_key), ("SESSION_SECRET", lambda: random_key(48)),
    ("ACCESS_TOKEN", lambda: random_key(40)), ("AUTH_TOKEN", random_key),
    ("PRIVATE_TOKEN", random_key), ("ENCRYPTION_PASSPHRASE", lambda: "velvet-harbor-cobalt-" + str(rng.randrange(1000, 9999))),
    ("MASTER_KEY", lambda: hexs(32)), ("REDIS_PASSWORD", strong_password),
    ("LDAP_BIND_PASSWORD", human_password), ("PARTNER_API_KEY", random_key),
    ("INTERNAL_API_TOKEN", lambda: random_key(36)), ("HMAC_SECRET", lambda: hexs(40)),
    ("JWT_SECRET", lambda: random_key(64)),
]

GENERIC_NAMES_SWIFT = [
    ("apiKey", random_key), ("apiSecret", random_key), ("clientSecret", lambda: random_key(40)),
    ("password", human_password), ("adminPassword", strong_password), ("accessToken", lambda: random_key(40)),
    ("authToken", random_key), ("refreshToken", lambda: random_key(48)), ("secretKey", lambda: hexs(64)),
    ("sharedSecret", random_key), ("privateToken", random_key), ("appSecret", lambda: hexs(32)),
    ("partnerApiKey", random_key), ("basicAuthPassword", human_password), ("signingSecret", lambda: random_key(44)),
    ("ftpPassword", strong_password), ("serviceToken", lambda: random_key(36)), ("encryptionPassphrase", lambda: "juniper marble falcon " + str(rng.randrange(1000, 9999))),
]


def rust_generic():
    w = new("rust/fleet-api/src/settings.rs")
    w("//! Settings for the fleet API: the production values were compiled in.")
    w("")
    w("use std::collections::HashMap;")
    w("use std::time::Duration;")
    w("")
    for name, make in GENERIC_NAMES_RUST:
        w.pos(GENERIC, "generic", f'pub const {name}: &str = "{make()}";', f"const {name}")
    w("")
    w("pub struct SmtpSettings {")
    w("    pub host: String,")
    w("    pub username: String,")
    w("    pub password: String,")
    w("    pub api_key: String,")
    w("}")
    w("")
    w("pub fn smtp() -> SmtpSettings {")
    w("    SmtpSettings {")
    w.neg("generic", '        host: "smtp.mailroute.acme-fleet.io".into(),', "host name")
    w.neg("generic", '        username: "fleet-notifier".into(),', "user name")
    w.pos(GENERIC, "generic", f'        password: "{human_password()}".into(),', "struct literal field")
    w.pos(GENERIC, "generic", f'        api_key: "{random_key()}".into(),', "struct literal field")
    w("    }")
    w("}")
    w("")
    w("pub fn partner_headers() -> HashMap<&'static str, String> {")
    w("    let mut headers = HashMap::new();")
    w.pos(GENERIC, "generic", f'    headers.insert("X-Api-Key", "{random_key()}".to_string());', "HashMap insert")
    w.pos(GENERIC, "generic", f'    headers.insert("client_secret", "{random_key(40)}".to_string());', "HashMap insert")
    w.neg("generic", '    headers.insert("X-Request-Timeout", "30".to_string());', "numeric header")
    w.neg("generic", '    headers.insert("Accept", "application/json".to_string());', "accept header")
    w("    headers")
    w("}")
    w("")
    w("pub fn database() -> sqlx::postgres::PgConnectOptions {")
    w("    sqlx::postgres::PgConnectOptions::new()")
    w.neg("generic", '        .host("db.internal.acme-fleet.io")', "host")
    w.neg("generic", '        .username("fleet")', "username")
    w.pos(GENERIC, "generic", f'        .password("{human_password()}")', "builder .password()")
    w.neg("generic", '        .database("fleet")', "database name")
    w("}")
    w("")
    w("pub async fn fetch_manifest(client: &reqwest::Client) -> reqwest::Result<String> {")
    w("    client")
    w('        .get("https://registry.acme-fleet.io/manifest.json")')
    w.pos(GENERIC, "generic", f'        .basic_auth("deploy", Some("{strong_password()}"))', "basic_auth password")
    w("        .timeout(Duration::from_secs(10))")
    w("        .send()")
    w("        .await?")
    w("        .text()")
    w("        .await")
    w("}")
    w("")
    w("pub fn login_form() -> [(&'static str, &'static str); 2] {")
    w.pos(GENERIC, "generic", f'    [("username", "ops"), ("password", "{human_password()}")]', "form pair")
    w("}")
    w("")
    w("pub struct Labels;")
    w("impl Labels {")
    w.neg("generic", '    pub const PASSWORD: &\'static str = "Password";', "UI label")
    w.neg("generic", '    pub const PASSWORD_HINT: &\'static str = "Enter your password";', "UI text")
    w.neg("generic", '    pub const PASSWORD_KEY: &\'static str = "settings.account.password";', "localization key")
    w.neg("generic", '    pub const TOKEN_EXPIRED: &\'static str = "Your session token has expired, please sign in again.";', "UI text")
    w.neg("generic", '    pub const API_KEY_HEADER: &\'static str = "X-Api-Key";', "header name")
    w.neg("generic", '    pub const TOKEN_URL: &\'static str = "https://auth.acme-fleet.io/oauth/token";', "token endpoint URL")
    w.neg("generic", '    pub const SECRET_PATH: &\'static str = "/var/run/secrets/fleet/api-key";', "path to a secret")
    w("}")
    w("")
    for name in ("DB_PASSWORD", "API_KEY", "CLIENT_SECRET", "SESSION_SECRET", "WEBHOOK_SECRET"):
        w.neg("generic", f'pub const {name}_ENV: &str = "FLEET_{name}";', "env variable name")
    w("")
    for name, value, why in [
        ("DEFAULT_PASSWORD", "changeme", "placeholder"),
        ("API_KEY_PLACEHOLDER", "YOUR_API_KEY", "placeholder"),
        ("TOKEN_TEMPLATE", "${FLEET_TOKEN}", "template"),
        ("CLIENT_SECRET_DEFAULT", "<client-secret>", "placeholder"),
        ("SECRET_MASK", "********", "mask"),
        ("API_TOKEN_SAMPLE", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
        ("PASSWORD_UNSET", "", "empty"),
        ("AUTH_TOKEN_TODO", "TODO", "TODO"),
        ("PASSWORD_MIN_LEN", "12", "number"),
        ("TOKEN_TTL", "01:00:00", "duration"),
        ("SECRET_NAME", "fleet/prod/api-key", "secret manager reference"),
        ("API_KEY_VERSION", "2024-06-01", "date"),
    ]:
        w.neg("generic", f'pub const {name}: &str = "{value}";', why)
    w("")
    w("pub fn token_from_env() -> Option<String> {")
    w.neg("generic", '    std::env::var("FLEET_API_TOKEN").ok()', "env lookup")
    w("}")
    w("")
    w("pub fn password_from_file() -> std::io::Result<String> {")
    w.neg("generic", '    std::fs::read_to_string("/run/secrets/db_password")', "file lookup")
    w("}")
    return w


rust_generic()


def swift_generic():
    w = new("swift/AcmeCourier/Sources/Services/BackendConfig.swift")
    w("import Foundation")
    w("")
    w("struct BackendConfig {")
    for name, make in GENERIC_NAMES_SWIFT[:9]:
        w.pos(GENERIC, "generic", f'    static let {name} = "{make()}"', f"static let {name}")
    w("")
    for name, make in GENERIC_NAMES_SWIFT[9:]:
        w.pos(GENERIC, "generic", f'    let {name}: String = "{make()}"', f"property {name}")
    w("")
    w("    var partnerHeaders: [String: String] {")
    w("        [")
    w.pos(GENERIC, "generic", f'            "X-Api-Key": "{random_key()}",', "dictionary literal")
    w.neg("generic", '            "X-Client-Version": Bundle.main.shortVersion,', "version")
    w.neg("generic", '            "Accept-Language": Locale.current.identifier,', "locale")
    w("        ]")
    w("    }")
    w("")
    w("    func credential() -> URLCredential {")
    w.pos(GENERIC, "generic", f'        URLCredential(user: "courier-sync", password: "{human_password()}", persistence: .forSession)', "URLCredential password")
    w("    }")
    w("")
    w("    func credential(from keychain: KeychainStore) -> URLCredential? {")
    w.neg("generic", '        guard let password = keychain.string(forKey: "courier.sync.password") else { return nil }', "keychain lookup")
    w('        return URLCredential(user: "courier-sync", password: password, persistence: .forSession)')
    w("    }")
    w("")
    w("    func authorize(_ request: inout URLRequest) {")
    w.pos(GENERIC, "generic", f'        request.setValue("{random_key(40)}", forHTTPHeaderField: "X-Auth-Token")', "header value")
    w.neg("generic", '        request.setValue(UIDevice.current.identifierForVendor?.uuidString, forHTTPHeaderField: "X-Device-Id")', "device id header")
    w("    }")
    w("}")
    w("")
    w("enum LoginStrings {")
    w.neg("generic", '    static let password = NSLocalizedString("login.password", comment: "Password field label")', "localized label")
    w.neg("generic", '    static let passwordPlaceholder = "Password"', "placeholder text")
    w.neg("generic", '    static let forgotPassword = "Forgot your password?"', "UI text")
    w.neg("generic", '    static let tokenExpired = "Your session has expired. Please sign in again."', "UI text")
    w.neg("generic", '    static let apiKeyHeaderName = "X-Api-Key"', "header name")
    w.neg("generic", '    static let passwordResetURL = "https://courier.acme.io/account/password/reset"', "URL")
    w.neg("generic", '    static let secretKeychainKey = "com.acme.courier.secret"', "keychain key")
    w.neg("generic", '    static let tokenStorageKey = "auth.token"', "storage key")
    w("}")
    w("")
    w("enum Placeholders {")
    for name, value in [("apiKey", "YOUR_API_KEY"), ("clientSecret", "<CLIENT_SECRET>"),
                        ("password", "changeme"), ("authToken", "xxxxxxxxxxxxxxxxxxxx"),
                        ("secretKey", "$(COURIER_SECRET_KEY)"), ("accessToken", "%@"),
                        ("apiSecret", "REPLACE_ME"), ("refreshToken", "")]:
        w.neg("generic", f'    static let {name} = "{value}"', "placeholder")
    w("}")
    w("")
    w("enum Environment {")
    w.neg("generic", '    static let apiKey = ProcessInfo.processInfo.environment["COURIER_API_KEY"] ?? ""', "env lookup")
    w.neg("generic", '    static let clientSecret = Bundle.main.infoDictionary?["CLIENT_SECRET"] as? String', "Info.plist lookup")
    w.neg("generic", '    static let token = UserDefaults.standard.string(forKey: "token")', "defaults lookup")
    w("}")
    return w


swift_generic()


# Test code: heuristic findings are off there by default, provider tokens are not.
def rust_tests():
    w = new("rust/fleet-api/tests/auth_flow.rs")
    w("use fleet_api::auth::{login, LoginRequest};")
    w("")
    w("#[tokio::test]")
    w("async fn login_with_valid_password_succeeds() {")
    w("    let request = LoginRequest {")
    w('        username: "driver@acme-fleet.io".into(),')
    w.neg("generic", f'        password: "{human_password()}".into(),', "test password in tests/")
    w("    };")
    w("    assert!(login(request).await.is_ok());")
    w("}")
    w("")
    for i in range(8):
        w("#[test]")
        w(f"fn signs_webhook_payload_{i}() {{")
        w.neg("generic", f'    let webhook_secret = "{random_key()}";', "test secret in tests/")
        w.neg("generic", f'    let api_key = "{random_key()}";', "test key in tests/")
        w(f'    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-{i}");')
        w("    assert_eq!(signature.len(), 64);")
        w("}")
        w("")
    w("#[test]")
    w("fn leaked_ci_token_is_still_a_leak() {")
    w.pos(GITHUB, "github", f'    let token = "{checksummed("ghp_")}";', "real-format token in tests/")
    w("    assert!(fleet_api::github::is_token(token));")
    w("}")
    w = new("rust/fleet-api/src/auth.rs")
    w("pub struct LoginRequest {")
    w("    pub username: String,")
    w("    pub password: String,")
    w("}")
    w("")
    w("pub async fn login(request: LoginRequest) -> Result<(), String> {")
    w.neg("generic", '    let expected = std::env::var("FLEET_DRIVER_PASSWORD").map_err(|e| e.to_string())?;', "env lookup")
    w("    if request.password == expected { Ok(()) } else { Err(\"denied\".into()) }")
    w("}")
    w("")
    w("#[cfg(test)]")
    w("mod tests {")
    w("    use super::*;")
    w("")
    for i in range(6):
        w("    #[tokio::test]")
        w(f"    async fn rejects_wrong_password_{i}() {{")
        w.neg("generic", f'        let password = "{human_password()}";', "test password in #[cfg(test)]")
        w.neg("generic", f'        let client_secret = "{random_key(40)}";', "test secret in #[cfg(test)]")
        w('        let request = LoginRequest { username: "x".into(), password: password.into() };')
        w("        assert!(login(request).await.is_err());")
        w("        drop(client_secret);")
        w("    }")
    w("}")


rust_tests()


def swift_tests():
    w = new("swift/AcmeCourier/Tests/AcmeCourierTests/LoginViewModelTests.swift")
    w("import XCTest")
    w("@testable import AcmeCourier")
    w("")
    w("final class LoginViewModelTests: XCTestCase {")
    for i in range(10):
        w(f"    func testLoginVariant{i}() async throws {{")
        w.neg("generic", f'        let password = "{human_password()}"', "test password in XCTest")
        w.neg("generic", f'        let apiKey = "{random_key()}"', "test key in XCTest")
        w("        let model = LoginViewModel(client: MockClient(apiKey: apiKey))")
        w('        try await model.login(user: "qa@acme.io", password: password)')
        w("        XCTAssertTrue(model.isSignedIn)")
        w("    }")
        w("")
    w("    func testStripeKeyIsStillALeak() {")
    w.pos(PROVIDER, "payments", f'        let key = "sk_live_{body(ALNUM, 99)}"', "real-format key in tests")
    w("        XCTAssertTrue(StripeKeys.isSecret(key))")
    w("    }")
    w("}")


swift_tests()


# ---------------------------------------------------------------------------
# Private keys and public look-alikes.
# ---------------------------------------------------------------------------

PRIVATE_KINDS = [
    ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA"), ("EC PRIVATE KEY", "MHcCAQEEI"),
    ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"), ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA"),
    ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTAp"),
]


def rust_keys():
    w = new("rust/release-tooling/src/signing.rs")
    w("//! Signing keys for release artefacts and the update feed.")
    w("")
    for i, (kind, lead) in enumerate(PRIVATE_KINDS * 2):
        lines = pem_lines(kind, lines=6, lead=lead)
        if i % 2 == 0:
            joined = "\\n".join(lines)
            w.pos(PRIVATE_KEY, "private-key", f'const SIGNING_KEY_{i}: &str = "{joined}";', f"{kind} in one escaped literal")
        else:
            w(f'const SIGNING_KEY_{i}: &str = r#"')
            w.pos(PRIVATE_KEY, "private-key", lines[0], f"{kind} in a raw string")
            for line in lines[1:]:
                w(line)
            w('"#;')
        w("")
    w.pos(PRIVATE_KEY, "private-key", f'const AGE_IDENTITY: &str = "AGE-SECRET-KEY-1{body(BECH32, 58)}";', "age identity")
    w("")
    w("// Public halves ship on purpose.")
    pub = pem_lines("PUBLIC KEY", lines=5, lead="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A")
    joined = "\\n".join(pub)
    w.neg("private-key", f'const UPDATE_FEED_PUBLIC_KEY: &str = "{joined}";', "public key")
    cert = pem_lines("CERTIFICATE", lines=8, lead="MIIDdzCCAl+gAwIBAgIE")
    w("const PINNED_CERT: &str = r#\"")
    w.neg("private-key", cert[0], "certificate")
    for line in cert[1:]:
        w(line)
    w('"#;')
    for i in range(4):
        w.neg("private-key", f'const DEPLOY_KEY_{i}_PUB: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{body(B64, 43)} deploy@acme";', "SSH public key")
    w.neg("private-key", f'const RELEASE_PUBKEY: &str = "age1{body(BECH32.lower(), 58)}";', "age recipient (public)")
    w.neg("private-key", 'const KEY_HEADER: &str = "-----BEGIN PRIVATE KEY-----";', "armour line alone")
    w.neg("private-key", 'const DOC: &str = "-----BEGIN RSA PRIVATE KEY-----\\n...\\n-----END RSA PRIVATE KEY-----";', "elided key in docs")
    w.neg("private-key", f'const MINISIGN_PUBLIC_KEY: &str = "RWQ{body(B64, 53)}";', "minisign public key")
    w("")
    w("pub fn load_key(path: &std::path::Path) -> std::io::Result<String> {")
    w.neg("private-key", "    std::fs::read_to_string(path)", "key read at run time")
    w("}")
    w("")
    w.pos(EMBEDDED, "private-key", 'static EMBEDDED_ID_RSA: &str = include_str!("../keys/id_rsa");', "include_str! of a key file")
    w.pos(EMBEDDED, "private-key", 'static EMBEDDED_P12: &[u8] = include_bytes!("../keys/release.p12");', "include_bytes! of a key store")
    w.neg("private-key", 'static EMBEDDED_CA: &[u8] = include_bytes!("../certs/ca.crt");', "certificate file")
    w.neg("private-key", 'static EMBEDDED_PUB: &str = include_str!("../keys/id_rsa.pub");', "public key file")


rust_keys()


def swift_keys():
    w = new("swift/AcmeCourier/Sources/Security/SigningKeys.swift")
    w("import Foundation")
    w("import Security")
    w("")
    w("enum SigningKeys {")
    for i, (kind, lead) in enumerate(PRIVATE_KINDS + PRIVATE_KINDS[:3]):
        lines = pem_lines(kind, lines=6, lead=lead)
        if i % 2 == 0:
            w(f'    static let key{i} = """')
            w.pos(PRIVATE_KEY, "private-key", "    " + lines[0], f"{kind} in a multi-line string")
            for line in lines[1:]:
                w("    " + line)
            w('    """')
        else:
            joined = "\\n".join(lines)
            w.pos(PRIVATE_KEY, "private-key", f'    static let key{i} = "{joined}"', f"{kind} in one literal")
    w("")
    pub = pem_lines("PUBLIC KEY", lines=5, lead="MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")
    w('    static let serverPublicKey = """')
    w.neg("private-key", "    " + pub[0], "public key")
    for line in pub[1:]:
        w("    " + line)
    w('    """')
    for i in range(4):
        w.neg("private-key", f'    static let pin{i} = "sha256/{body(B64, 43)}="', "certificate pin (public key hash)")
    w.neg("private-key", f'    static let publicKeyBase64 = "BP{body(B64, 85)}="', "raw EC public key")
    w("}")


swift_keys()


# ---------------------------------------------------------------------------
# Crypto keys, IVs, salts passed to crypto APIs.
# ---------------------------------------------------------------------------

def byte_array(n):
    return ", ".join(f"0x{rng.randrange(256):02x}" for _ in range(n))


def rust_crypto():
    w = new("rust/fleet-api/src/crypto.rs")
    w("use aes_gcm::{aead::{Aead, KeyInit, OsRng}, Aes256Gcm, Key, Nonce};")
    w("use chacha20poly1305::ChaCha20Poly1305;")
    w("use hmac::{Hmac, Mac};")
    w("use sha2::Sha256;")
    w("")
    w.pos(CRYPTO, "crypto-key", f"const TOKEN_KEY: [u8; 32] = [{byte_array(32)}];", "const byte-array key")
    w.pos(CRYPTO, "crypto-key", f"static COOKIE_KEY: [u8; 32] = [{byte_array(32)}];", "static byte-array key")
    w.pos(CRYPTO, "crypto-key", f'const HMAC_KEY: &[u8] = b"{body(ALNUM, 32)}";', "byte-string key")
    w.pos(CRYPTO, "crypto-key", f"const IV: [u8; 16] = [{byte_array(16)}];", "fixed IV")
    w.pos(CRYPTO, "crypto-key", f'const PBKDF2_SALT: &[u8] = b"{body(ALNUM, 16)}";', "fixed salt")
    w("")
    w("pub fn token_cipher() -> Aes256Gcm {")
    w("    Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&TOKEN_KEY))")
    w("}")
    w("")
    w("pub fn cookie_cipher() -> ChaCha20Poly1305 {")
    w("    ChaCha20Poly1305::new_from_slice(&COOKIE_KEY).expect(\"32-byte key\")")
    w("}")
    w("")
    w("pub fn webhook_mac() -> Hmac<Sha256> {")
    w("    Hmac::<Sha256>::new_from_slice(HMAC_KEY).expect(\"any key length\")")
    w("}")
    w("")
    w("pub fn legacy_cbc(data: &mut [u8]) {")
    w("    let cipher = cbc::Encryptor::<aes::Aes256>::new(&TOKEN_KEY.into(), &IV.into());")
    w("    cipher.encrypt_padded_mut::<block_padding::Pkcs7>(data, data.len()).ok();")
    w("}")
    w("")
    w("pub fn derive_with_fixed_salt(password: &[u8]) -> [u8; 32] {")
    w("    let mut out = [0u8; 32];")
    w("    pbkdf2::pbkdf2_hmac::<Sha256>(password, PBKDF2_SALT, 100_000, &mut out);")
    w("    out")
    w("}")
    w("")
    w("pub fn seal(plain: &[u8]) -> Vec<u8> {")
    w.pos(CRYPTO, "crypto-key", f'    let cipher = Aes256Gcm::new_from_slice(b"{body(ALNUM, 32)}").unwrap();', "new_from_slice literal")
    w.neg("crypto-key", '    let nonce = Nonce::from_slice(&plain[..12]);', "nonce from data")
    w("    cipher.encrypt(nonce, plain).unwrap()")
    w("}")
    w("")
    w("pub fn seal_with_hex_key(plain: &[u8]) -> Vec<u8> {")
    w.pos(CRYPTO, "crypto-key", f'    let key = hex::decode("{hexs(64)}").unwrap();', "hex::decode key")
    w("    let cipher = ChaCha20Poly1305::new_from_slice(&key).unwrap();")
    w.pos(CRYPTO, "crypto-key", '    cipher.encrypt(Nonce::from_slice(&[0u8; 12]), plain).unwrap()', "fixed all-zero nonce")
    w("}")
    w("")
    w("pub fn sign(body: &[u8]) -> Vec<u8> {")
    w.pos(CRYPTO, "crypto-key", f'    let mut mac = Hmac::<Sha256>::new_from_slice(b"{body(ALNUM, 40)}").unwrap();', "HMAC key literal")
    w("    mac.update(body);")
    w("    mac.finalize().into_bytes().to_vec()")
    w("}")
    w("")
    w("pub fn ring_key() -> ring::hmac::Key {")
    w.pos(CRYPTO, "crypto-key", f'    ring::hmac::Key::new(ring::hmac::HMAC_SHA256, b"{body(ALNUM, 32)}")', "ring hmac key")
    w("}")
    w("")
    w("pub fn aes_key() -> Key<Aes256Gcm> {")
    w.pos(CRYPTO, "crypto-key", f'    *Key::<Aes256Gcm>::from_slice(&hex_literal::hex!("{hexs(64)}"))', "hex! key")
    w("}")
    w("")
    w("pub fn derive(password: &[u8]) -> [u8; 32] {")
    w("    let mut out = [0u8; 32];")
    w.pos(CRYPTO, "crypto-key", f'    pbkdf2::pbkdf2_hmac::<Sha256>(password, b"{body(ALNUM, 16)}", 600_000, &mut out);', "pbkdf2 fixed salt")
    w("    out")
    w("}")
    w("")
    w("// Honest key handling.")
    w("pub fn fresh_key() -> Key<Aes256Gcm> {")
    w.neg("crypto-key", "    Aes256Gcm::generate_key(OsRng)", "random key")
    w("}")
    w("")
    w("pub fn key_from_env() -> Aes256Gcm {")
    w.neg("crypto-key", '    let key = hex::decode(std::env::var("FLEET_AES_KEY").unwrap()).unwrap();', "key from env")
    w.neg("crypto-key", "    Aes256Gcm::new_from_slice(&key).unwrap()", "key from variable")
    w("}")
    w("")
    w.neg("crypto-key", "const ZERO_NONCE: [u8; 12] = [0; 12];", "zero nonce constant (all zero)")
    w.neg("crypto-key", f'const SHA256_OF_EMPTY: &str = "{"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}";', "well-known digest")
    w.neg("crypto-key", 'const HKDF_INFO: &[u8] = b"fleet-api session key v1";', "HKDF context string")
    w.neg("crypto-key", "const KEY_LEN: usize = 32;", "key length")
    w.neg("crypto-key", f"const CRC_TABLE_SEED: [u8; 8] = [{byte_array(8)}];", "non-crypto table")


rust_crypto()


def swift_crypto():
    w = new("swift/AcmeCourier/Sources/Security/LocalVault.swift")
    w("import CommonCrypto")
    w("import CryptoKit")
    w("import CryptoSwift")
    w("import Foundation")
    w("import RealmSwift")
    w("")
    w("final class LocalVault {")
    w.pos(CRYPTO, "crypto-key", f'    private let key = SymmetricKey(data: Data("{body(ALNUM, 32)}".utf8))', "SymmetricKey from literal")
    w.pos(CRYPTO, "crypto-key", f'    private let hmacKey = SymmetricKey(data: Data(hexString: "{hexs(64)}")!)', "SymmetricKey from hex literal")
    w.pos(CRYPTO, "crypto-key", f"    private let rawKey: [UInt8] = [{byte_array(32)}]", "byte-array key")
    w.pos(CRYPTO, "crypto-key", f'    private let iv = "{body(ALNUM, 16)}"', "fixed IV")
    w("")
    w("    func legacyEncrypt(_ data: Data) throws -> [UInt8] {")
    w("        try AES(key: rawKey, blockMode: CBC(iv: Array(iv.utf8)), padding: .pkcs7).encrypt(Array(data))")
    w("    }")
    w("")
    w("    func legacyDecrypt(_ data: Data) throws -> [UInt8] {")
    w.pos(CRYPTO, "crypto-key", f'        let aes = try AES(key: "{body(ALNUM, 32)}", iv: "{body(ALNUM, 16)}")', "CryptoSwift AES(key:iv:)")
    w("        return try aes.decrypt(Array(data))")
    w("    }")
    w("")
    w("    func legacySign(_ data: Data) throws -> [UInt8] {")
    w.pos(CRYPTO, "crypto-key", f'        try HMAC(key: "{body(ALNUM, 40)}", variant: .sha2(.sha256)).authenticate(Array(data))', "CryptoSwift HMAC")
    w("    }")
    w("")
    w("    func derive(_ password: String) throws -> [UInt8] {")
    w.pos(CRYPTO, "crypto-key", f'        try PKCS5.PBKDF2(password: Array(password.utf8), salt: Array("{body(ALNUM, 16)}".utf8), iterations: 4096, keyLength: 32, variant: .sha2(.sha256)).calculate()', "PBKDF2 fixed salt")
    w("    }")
    w("")
    w("    func realm() throws -> Realm {")
    w("        var config = Realm.Configuration.defaultConfiguration")
    w.pos(CRYPTO, "crypto-key", f'        config.encryptionKey = Data("{body(ALNUM, 64)}".utf8)', "Realm encryptionKey")
    w("        return try Realm(configuration: config)")
    w("    }")
    w("")
    w("    func openDatabase(_ db: OpaquePointer) {")
    w.pos(CRYPTO, "crypto-key", f'        sqlite3_key(db, "{body(ALNUM, 24)}", 24)', "SQLCipher key")
    w("    }")
    w("")
    w("    // Honest key handling.")
    w.neg("crypto-key", "    private let sessionKey = SymmetricKey(size: .bits256)", "random key")
    w("    func realmKey(from keychain: KeychainStore) -> Data? {")
    w.neg("crypto-key", '        keychain.data(forKey: "realm.encryption.key")', "key from keychain")
    w("    }")
    w("    func seal(_ data: Data, with key: SymmetricKey) throws -> Data {")
    w.neg("crypto-key", "        try AES.GCM.seal(data, using: key).combined!", "key from parameter")
    w("    }")
    w.neg("crypto-key", '    private let keyIdentifier = "com.acme.courier.vault.key"', "keychain identifier")
    w.neg("crypto-key", "    private let keySize = kCCKeySizeAES256", "key size constant")
    w.neg("crypto-key", f'    private let emptyDigest = "{"da39a3ee5e6b4b0d3255bfef95601890afd80709"}"', "SHA-1 of empty input")
    w("}")


swift_crypto()


# ---------------------------------------------------------------------------
# URL credentials and Authorization values.
# ---------------------------------------------------------------------------

def url_with_password(scheme, host, port, path):
    user = rng.choice(["app", "svc_orders", "reporting", "admin", "deploy", "ingest"])
    return f"{scheme}://{user}:{body(ALNUM, 18)}@{host}:{port}/{path}"


URL_CASES = [
    ("postgres", "orders-db.c7xk2.eu-west-1.rds.amazonaws.com", 5432, "orders"),
    ("postgresql", "10.20.4.17", 5432, "analytics"),
    ("mysql", "legacy-mysql.internal.acme.io", 3306, "shop"),
    ("mongodb+srv", "cluster0.x8fke.mongodb.net", 27017, "courier?retryWrites=true"),
    ("redis", "cache.internal.acme.io", 6379, "0"),
    ("amqp", "rabbit.internal.acme.io", 5672, "orders"),
    ("https", "nexus.acme.io", 443, "repository/releases"),
    ("ftp", "files.partner-logistics.com", 21, "inbound"),
]


def rust_urls():
    w = new("rust/storage-sync/src/connections.rs")
    w("//! Connection strings for the storage sync worker.")
    w("")
    for i, (scheme, host, port, path) in enumerate(URL_CASES * 2):
        w.pos(URL, "url-credentials", f'pub const CONN_{i}: &str = "{url_with_password(scheme, host, port, path)}";', scheme)
    w("")
    w("pub fn pool() -> sqlx::PgPool {")
    w.pos(URL, "url-credentials", f'    sqlx::PgPool::connect_lazy("postgres://sync:{body(ALNUM, 20)}@pg.internal.acme.io/sync").unwrap()', "connect literal")
    w("}")
    w("")
    w("pub fn redis() -> redis::Client {")
    w.pos(URL, "url-credentials", f'    redis::Client::open(format!("redis://:{body(ALNUM, 24)}@cache.internal.acme.io:6379/{{}}", 2)).unwrap()', "format! string")
    w("}")
    w("")
    for i, (url, why) in enumerate([
        ("postgres://localhost/sync", "no credentials"),
        ("postgres://sync@pg.internal.acme.io/sync", "user only"),
        ("postgres://sync:${PGPASSWORD}@pg.internal.acme.io/sync", "password from env template"),
        ("postgres://user:password@localhost:5432/dbname", "documentation placeholder"),
        ("mysql://root:<password>@127.0.0.1/shop", "placeholder"),
        ("https://github.com/acme/storage-sync.git", "plain URL"),
        ("git@github.com:acme/storage-sync.git", "SSH remote"),
        ("https://user@example.com/path", "user only"),
        ("mongodb+srv://<username>:<password>@cluster0.mongodb.net", "placeholder"),
        ("redis://cache.internal.acme.io:6379/0", "no credentials"),
        ("https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html", "docs URL"),
        ("amqp://guest:guest@localhost:5672", "RabbitMQ default guest account"),
        ("mailto:ops@acme.io", "mailto"),
        ("https://api.acme.io/v1/users/{id}:activate", "colon in path"),
    ]):
        w.neg("url-credentials", f'pub const DOCUMENTED_{i}: &str = "{url}";', why)
    w("")
    w("pub fn from_env() -> String {")
    w.neg("url-credentials", '    std::env::var("DATABASE_URL").expect("DATABASE_URL")', "env lookup")
    w("}")
    w("")
    w("pub fn build(user: &str, password: &str, host: &str) -> String {")
    w.neg("url-credentials", '    format!("postgres://{user}:{password}@{host}/sync")', "assembled from parameters")
    w("}")


rust_urls()


def swift_urls():
    w = new("swift/AcmeCourier/Sources/Networking/Endpoints.swift")
    w("import Foundation")
    w("")
    w("enum Endpoints {")
    for i, (scheme, host, port, path) in enumerate(URL_CASES):
        if scheme in ("https", "ftp", "redis", "mongodb+srv", "postgres"):
            w.pos(URL, "url-credentials", f'    static let endpoint{i} = URL(string: "{url_with_password(scheme, host, port, path)}")!', scheme)
    w.pos(URL, "url-credentials", f'    static let feed = "https://courier:{body(ALNUM, 22)}@feeds.acme.io/v2/orders.json"', "basic credentials in feed URL")
    w.pos(PROVIDER, "devops", f'    static let sentryDSN = "https://{hexs(32)}:{hexs(32)}@o{rng.randrange(10**5, 10**6)}.ingest.sentry.io/{rng.randrange(10**6, 10**7)}"', "legacy Sentry DSN with secret")
    w("")
    w.neg("devops", f'    static let sentryPublicDSN = "https://{hexs(32)}@o{rng.randrange(10**5, 10**6)}.ingest.sentry.io/{rng.randrange(10**6, 10**7)}"', "Sentry DSN without secret")
    w.neg("devops", f'    static let sentryDSN2 = "https://{hexs(32)}@o{rng.randrange(10**5, 10**6)}.ingest.us.sentry.io/{rng.randrange(10**6, 10**7)}"', "Sentry DSN without secret")
    w.neg("url-credentials", '    static let api = URL(string: "https://api.acme.io/v2")!', "plain URL")
    w.neg("url-credentials", '    static let support = URL(string: "mailto:support@acme.io")!', "mailto")
    w.neg("url-credentials", '    static let template = "https://%@:%@@api.acme.io/v2"', "format template")
    w.neg("url-credentials", '    static let docs = "https://user:password@host:port/path"', "documentation shape")
    w.neg("url-credentials", '    static let git = "git@github.com:acme/courier-ios.git"', "SSH remote")
    w("")
    w("    static func authenticated(user: String, password: String) -> URL? {")
    w.neg("url-credentials", '        URL(string: "https://\\(user):\\(password)@feeds.acme.io/v2")', "interpolated")
    w("    }")
    w("}")


swift_urls()


def basic(user, password):
    return base64.b64encode(f"{user}:{password}".encode()).decode()


def rust_headers():
    w = new("rust/storage-sync/src/upstream.rs")
    w("use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};")
    w("")
    w("pub fn headers() -> HeaderMap {")
    w("    let mut headers = HeaderMap::new();")
    for i in range(6):
        w.pos(AUTH, "auth-header", f'    headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer {body(B64URL, 40)}"));', "HeaderValue bearer")
        w.pos(AUTH, "auth-header", f'    headers.insert("Authorization", HeaderValue::from_static("Basic {basic("sync", body(ALNUM, 14))}"));', "HeaderValue basic")
    w.neg("auth-header", '    headers.insert("Accept", HeaderValue::from_static("application/json"));', "other header")
    w("    headers")
    w("}")
    w("")
    w("pub async fn pull(client: &reqwest::Client, token: &str) -> reqwest::Result<String> {")
    w("    client")
    w('        .get("https://upstream.acme.io/v1/objects")')
    w.neg("auth-header", '        .header("Authorization", format!("Bearer {token}"))', "bearer from parameter")
    w.neg("auth-header", '        .header(AUTHORIZATION, "Bearer ")', "empty bearer prefix")
    w("        .send()")
    w("        .await?")
    w("        .text()")
    w("        .await")
    w("}")
    w("")
    w("pub async fn pull_legacy(client: &reqwest::Client) -> reqwest::Result<String> {")
    w("    client")
    w('        .get("https://legacy.acme.io/v1/objects")')
    w.pos(AUTH, "auth-header", f'        .header("Authorization", "Bearer {body(B64URL, 48)}")', "header call with bearer literal")
    w("        .send()")
    w("        .await?")
    w("        .text()")
    w("        .await")
    w("}")
    w("")
    w.neg("auth-header", 'pub const AUTH_SCHEME: &str = "Bearer";', "scheme name")
    w.neg("auth-header", 'pub const BEARER_EXAMPLE: &str = "Authorization: Bearer <token>";', "placeholder")
    w.neg("auth-header", 'pub const BASIC_EXAMPLE: &str = "Authorization: Basic {base64(user:pass)}";', "placeholder")
    w.neg("auth-header", 'pub const CURL_DOC: &str = "curl -H \\"Authorization: Bearer $TOKEN\\" https://upstream.acme.io";', "env template")


rust_headers()


def swift_headers():
    w = new("swift/AcmeCourier/Sources/Networking/LegacyUpstream.swift")
    w("import Alamofire")
    w("import Foundation")
    w("")
    w("final class LegacyUpstream {")
    for i in range(5):
        w(f"    func request{i}() -> URLRequest {{")
        w(f'        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v{i}/orders")!)')
        if i % 2 == 0:
            w.pos(AUTH, "auth-header", f'        request.setValue("Bearer {body(B64URL, 40)}", forHTTPHeaderField: "Authorization")', "setValue bearer")
        else:
            w.pos(AUTH, "auth-header", f'        request.addValue("Basic {basic("courier", body(ALNUM, 12))}", forHTTPHeaderField: "Authorization")', "addValue basic")
        w("        return request")
        w("    }")
    w.pos(AUTH, "auth-header", f'    let headers: HTTPHeaders = ["Authorization": "Bearer {body(B64URL, 44)}"]', "Alamofire headers literal")
    w.pos(AUTH, "auth-header", f'    let sessionHeaders = ["Authorization": "Basic {basic("ops", body(ALNUM, 16))}"]', "dictionary basic")
    w("")
    w("    func request(token: String) -> URLRequest {")
    w('        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v2/orders")!)')
    w.neg("auth-header", '        request.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")', "interpolated token")
    w.neg("auth-header", '        request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")', "concatenated token")
    w.neg("auth-header", '        request.setValue("gzip", forHTTPHeaderField: "Accept-Encoding")', "other header")
    w("        return request")
    w("    }")
    w.neg("auth-header", '    let bearerPrefix = "Bearer "', "scheme prefix")
    w.neg("auth-header", '    let authHeaderName = "Authorization"', "header name")
    w("}")


swift_headers()


# ---------------------------------------------------------------------------
# Negatives that look random: UUIDs, hashes, git SHAs, base64 of non-secrets.
# ---------------------------------------------------------------------------

def rust_lookalikes():
    w = new("rust/storage-sync/src/known_ids.rs")
    w("//! Identifiers, digests and encoded assets the sync worker pins.")
    w("")
    for i in range(12):
        w.neg("uuid", f'pub const TENANT_{i}: &str = "{uuid4()}";', "tenant UUID")
    for i in range(6):
        w.neg("uuid", f'pub const IDEMPOTENCY_KEY_{i}: &str = "{uuid4()}";', "idempotency key (UUID)")
    for i in range(10):
        w.neg("hash", f'pub const ARTIFACT_{i}_SHA256: &str = "{hexs(64)}";', "artefact checksum")
    for i in range(6):
        w.neg("hash", f'pub const BLOB_{i}_MD5: &str = "{hexs(32)}";', "MD5 checksum")
    for i in range(8):
        w.neg("git-sha", f'pub const UPSTREAM_REV_{i}: &str = "{hexs(40)}";', "git revision")
    for i in range(4):
        w.neg("hash", f'pub const CACHE_KEY_{i}: &str = "{hexs(40)}";', "cache key digest")
    w.neg("hash", f'pub const INTEGRITY: &str = "sha512-{body(B64, 86)}==";', "SRI hash")
    w.neg("hash", f'pub const CONTENT_DIGEST: &str = "sha256:{hexs(64)}";', "OCI digest")
    w.neg("hash", f'pub const ETAG: &str = "W/\\"{hexs(32)}\\"";', "ETag")
    for i in range(4):
        text = rng.choice(["Welcome to Acme Courier", "Order shipped", "{\"version\":2,\"features\":[\"sync\"]}", "Terms of service v3"])
        w.neg("base64", f'pub const BANNER_{i}_B64: &str = "{base64.b64encode(text.encode()).decode()}";', "base64 of text")
    w.neg("base64", f'pub const PIXEL_PNG: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk{body(B64, 20)}AAAAASUVORK5CYII=";', "base64 image")
    w.neg("uuid", 'pub const NIL: &str = "00000000-0000-0000-0000-000000000000";', "nil UUID")
    w.neg("ids", f'pub const BUILD_ID: &str = "{body(UPPER_ALNUM, 10)}";', "build id")
    w.neg("ids", f'pub const TRACE_ID: &str = "{hexs(32)}";', "trace id")
    w.neg("ids", 'pub const CONTENT_TYPE: &str = "application/vnd.acme.courier.v2+json";', "mime type")
    w.neg("ids", f'pub const DEVICE_MODEL_IDS: [&str; 3] = ["iPhone15,2", "iPhone16,1", "iPad14,3"];', "model ids")
    w.neg("ids", f'pub const STRIPE_PRICE_ID: &str = "price_{body(ALNUM, 24)}";', "Stripe price id (public)")
    w.neg("ids", f'pub const STRIPE_CUSTOMER: &str = "cus_{body(ALNUM, 14)}";', "Stripe customer id")
    w.neg("ids", f'pub const STRIPE_PUBLISHABLE_KEY: &str = "pk_live_{body(ALNUM, 99)}";', "publishable key")
    w.neg("ids", f'pub const GOOGLE_CLIENT_ID: &str = "{rng.randrange(10**11, 10**12)}-{body(LOWER_ALNUM, 32)}.apps.googleusercontent.com";', "OAuth client id")


rust_lookalikes()


def swift_lookalikes():
    w = new("swift/AcmeCourier/Sources/Support/KnownValues.swift")
    w("import Foundation")
    w("")
    w("enum KnownValues {")
    for i in range(10):
        w.neg("uuid", f'    static let channel{i} = UUID(uuidString: "{uuid4().upper()}")!', "UUID")
    for i in range(6):
        w.neg("uuid", f'    static let serviceUUID{i} = "{uuid4().upper()}"', "BLE service UUID")
    for i in range(8):
        w.neg("hash", f'    static let bundleChecksum{i} = "{hexs(64)}"', "checksum")
    for i in range(6):
        w.neg("git-sha", f'    static let sdkRevision{i} = "{hexs(40)}"', "git revision")
    w.neg("ids", f'    static let appStoreID = "{rng.randrange(10**9, 10**10)}"', "App Store id")
    w.neg("ids", f'    static let teamID = "{body(UPPER_ALNUM, 10)}"', "team id")
    w.neg("ids", '    static let bundleID = "com.acme.courier"', "bundle id")
    w.neg("ids", f'    static let stripePublishableKey = "pk_live_{body(ALNUM, 99)}"', "publishable key")
    w.neg("ids", f'    static let revenueCatKey = "appl_{body(ALNUM, 27)}"', "RevenueCat public key")
    w.neg("ids", f'    static let mixpanelProjectToken = "{hexs(32)}"', "Mixpanel project token (public)")
    w.neg("ids", f'    static let segmentWriteKey = "{body(ALNUM, 32)}"', "Segment write key (client)")
    w.neg("ids", f'    static let supabaseAnonKey = "{jwt({"iss": "supabase", "role": "anon", "iat": 1717000000})}"', "Supabase anon key")
    w.neg("ids", f'    static let mapboxPublicToken = "{mapbox_token("pk")}"', "Mapbox public token")
    w.neg("ids", f'    static let googleClientID = "{rng.randrange(10**11, 10**12)}-{body(LOWER_ALNUM, 32)}.apps.googleusercontent.com"', "OAuth client id")
    onboarding = base64.b64encode(b'{"steps":["welcome","permissions","done"]}').decode()
    w.neg("base64", f'    static let onboardingJSON = "{onboarding}"', "base64 JSON")
    w.neg("hash", f'    static let fontSHA1 = "{hexs(40)}"', "digest")
    w("}")


swift_lookalikes()


# ---------------------------------------------------------------------------
# Config and text files.
# ---------------------------------------------------------------------------

def env_file():
    w = new("config/courier-backend/.env")
    w("# Courier backend — production values (should have stayed in the vault)")
    w("APP_ENV=production")
    w.neg("generic", "APP_URL=https://courier.acme.io", "URL")
    w.pos(URL, "url-credentials", f"DATABASE_URL=postgres://courier:{body(ALNUM, 20)}@db.internal.acme.io:5432/courier", "DATABASE_URL")
    w.pos(URL, "url-credentials", f"REDIS_URL=redis://default:{body(ALNUM, 24)}@cache.internal.acme.io:6379", "REDIS_URL")
    for family, rule, fmt, screaming, camel, make in PROVIDERS[::3]:
        w.pos(rule, family, f"{screaming}={make()}", fmt)
    w.pos(GENERIC, "generic", f"SESSION_SECRET={body(ALNUM, 48)}", "SESSION_SECRET")
    w.pos(GENERIC, "generic", f"ADMIN_PASSWORD={human_password()}", "ADMIN_PASSWORD")
    w.pos(GENERIC, "generic", f'SMTP_PASSWORD="{strong_password()}"', "quoted")
    w.pos(GENERIC, "generic", f"export API_SECRET={body(ALNUM, 32)}", "export")
    w.neg("generic", "LOG_LEVEL=info", "setting")
    w.neg("generic", "PORT=8080", "setting")
    w.neg("generic", f"BUILD_SHA={hexs(40)}", "git sha")
    w.neg("generic", f"INSTANCE_ID={uuid4()}", "uuid")
    w.neg("generic", "PASSWORD_MIN_LENGTH=12", "number")
    w.neg("generic", "TOKEN_TTL_SECONDS=3600", "number")
    w.neg("generic", "SECRET_BACKEND=vault", "setting word")
    w.neg("generic", "API_KEY_HEADER=X-Api-Key", "header name")

    w = new("config/courier-backend/.env.example")
    w("# Copy to .env and fill in")
    for family, rule, fmt, screaming, camel, make in PROVIDERS[::4]:
        w.neg(family, f"{screaming}=", "empty template value")
    for name, value in [("DATABASE_URL", "postgres://user:password@localhost:5432/courier"),
                        ("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
                        ("GITHUB_TOKEN", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
                        ("SESSION_SECRET", "change-me"), ("ADMIN_PASSWORD", "changeme"),
                        ("OPENAI_API_KEY", "<your-openai-key>"), ("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/XXX/YYY/ZZZ"),
                        ("AWS_ACCESS_KEY_ID", "AKIAXXXXXXXXXXXXXXXX"), ("AWS_SECRET_ACCESS_KEY", "your-secret-access-key"),
                        ("API_SECRET", "${API_SECRET}")]:
        w.neg("placeholder", f"{name}={value}", "template placeholder")


env_file()


def yaml_file():
    w = new("config/courier-backend/deploy/values.yaml")
    w("replicaCount: 3")
    w("image:")
    w("  repository: ghcr.io/acme/courier-backend")
    w.neg("git-sha", f'  tag: "{hexs(40)}"', "image tag git sha")
    w.neg("hash", f"  digest: sha256:{hexs(64)}", "image digest")
    w("env:")
    for family, rule, fmt, screaming, camel, make in PROVIDERS[1::4]:
        w.pos(rule, family, f"  {screaming}: \"{make()}\"", fmt)
    w.pos(GENERIC, "generic", f"  JWT_SIGNING_SECRET: {body(ALNUM, 64)}", "jwt secret")
    w.pos(URL, "url-credentials", f"  AMQP_URL: amqp://courier:{body(ALNUM, 18)}@rabbit.internal.acme.io:5672/courier", "amqp url")
    w.neg("generic", "  API_KEY: ${COURIER_API_KEY}", "env template")
    w.neg("generic", "  DB_PASSWORD: {{ .Values.db.password }}", "helm template")
    w.neg("generic", "  CLIENT_SECRET: <set-in-vault>", "placeholder")
    w.neg("generic", f"  REQUEST_ID_SALT_VERSION: \"{rng.randrange(1, 9)}\"", "number")
    w("secrets:")
    w("  existingSecret: courier-backend-secrets")
    w.neg("generic", "  passwordKey: db-password", "secret key name")
    w.neg("generic", "  tokenKey: api-token", "secret key name")
    w("probe:")
    w("  path: /healthz")


yaml_file()


def json_file():
    w = new("config/courier-backend/appsettings.Production.json")
    w("{")
    w('  "Logging": { "LogLevel": { "Default": "Information" } },')
    w('  "ConnectionStrings": {')
    w.pos(URL, "url-credentials", f'    "Orders": "postgres://orders:{body(ALNUM, 18)}@orders.internal.acme.io:5432/orders",', "json url")
    w.neg("url-credentials", '    "Cache": "redis://cache.internal.acme.io:6379"', "no credentials")
    w("  },")
    w('  "Partners": {')
    for family, rule, fmt, screaming, camel, make in PROVIDERS[2::5]:
        w.pos(rule, family, f'    "{camel}": "{make()}",', fmt)
    w.pos(GENERIC, "generic", f'    "clientSecret": "{body(ALNUM, 40)}",', "client secret")
    w.neg("ids", f'    "clientId": "{uuid4()}",', "client id")
    w.neg("ids", f'    "tenantId": "{uuid4()}"', "tenant id")
    w("  },")
    w.neg("hash", f'  "BuildChecksum": "{hexs(64)}"', "checksum")
    w("}")

    w = new("config/courier-backend/firebase-adminsdk.json")
    key = pem_lines("PRIVATE KEY", lines=10, lead="MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")
    w("{")
    w('  "type": "service_account",')
    w('  "project_id": "acme-courier-prod",')
    w.neg("hash", f'  "private_key_id": "{hexs(40)}",', "key id")
    joined = "\\n".join(key)
    w.pos(PRIVATE_KEY, "google", f'  "private_key": "{joined}\\n",', "service account private key")
    w('  "client_email": "firebase-adminsdk-x1y2z@acme-courier-prod.iam.gserviceaccount.com",')
    w.neg("ids", f'  "client_id": "{rng.randrange(10**20, 10**21)}",', "client id")
    w('  "auth_uri": "https://accounts.google.com/o/oauth2/auth",')
    w('  "token_uri": "https://oauth2.googleapis.com/token"')
    w("}")


json_file()


def plist_files():
    w = new("config/AcmeCourier/GoogleService-Info.plist")
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">')
    w('<plist version="1.0">')
    w("<dict>")
    w("\t<key>API_KEY</key>")
    w.neg("google", f"\t<string>AIza{body(B64URL, 35)}</string>", "Firebase client API key")
    w("\t<key>GCM_SENDER_ID</key>")
    w.neg("ids", f"\t<string>{rng.randrange(10**11, 10**12)}</string>", "sender id")
    w("\t<key>BUNDLE_ID</key>")
    w("\t<string>com.acme.courier</string>")
    w("\t<key>PROJECT_ID</key>")
    w("\t<string>acme-courier-prod</string>")
    w("\t<key>GOOGLE_APP_ID</key>")
    w.neg("ids", f"\t<string>1:{rng.randrange(10**11, 10**12)}:ios:{hexs(22)}</string>", "app id")
    w("\t<key>CLIENT_ID</key>")
    w.neg("ids", f"\t<string>{rng.randrange(10**11, 10**12)}-{body(LOWER_ALNUM, 32)}.apps.googleusercontent.com</string>", "client id")
    w("</dict>")
    w("</plist>")

    w = new("config/AcmeCourier/Info.plist")
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">')
    w('<plist version="1.0">')
    w("<dict>")
    w("\t<key>CFBundleIdentifier</key>")
    w("\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>")
    w("\t<key>CourierAPISecret</key>")
    w.pos(GENERIC, "generic", f"\t<string>{body(ALNUM, 40)}</string>", "secret in Info.plist")
    w("\t<key>AlgoliaAdminKey</key>")
    w.pos(PROVIDER, "saas", f"\t<string>{hexs(32)}</string>", "Algolia admin key")
    w("\t<key>MapsAPIKey</key>")
    w.neg("generic", "\t<string>$(MAPS_API_KEY)</string>", "build setting reference")
    w("\t<key>StripePublishableKey</key>")
    w.neg("ids", f"\t<string>pk_live_{body(ALNUM, 99)}</string>", "publishable key")
    w("\t<key>NSLocationWhenInUseUsageDescription</key>")
    w.neg("generic", "\t<string>Courier uses your location to show nearby drop-off points.</string>", "usage text")
    w("\t<key>SentryDSN</key>")
    w.neg("devops", f"\t<string>https://{hexs(32)}@o{rng.randrange(10**5, 10**6)}.ingest.sentry.io/{rng.randrange(10**6, 10**7)}</string>", "Sentry DSN without secret")
    w("</dict>")
    w("</plist>")

    w = new("config/AcmeCourier/Release.xcconfig")
    w("// Release build settings")
    w("PRODUCT_BUNDLE_IDENTIFIER = com.acme.courier")
    w.neg("generic", "MAPS_API_KEY = $(inherited)", "inherited")
    w.pos(PROVIDER, "google", f"SERVER_MAPS_API_KEY = AIza{body(B64URL, 35)}", "server API key in xcconfig")
    w.pos(GENERIC, "generic", f"COURIER_API_SECRET = {body(ALNUM, 36)}", "secret in xcconfig")
    w.pos(PROVIDER, "ai", f"OPENAI_API_KEY = sk-proj-{body(B64URL, 100)}", "OpenAI in xcconfig")
    w.neg("generic", "CODE_SIGN_IDENTITY = Apple Distribution", "signing identity")
    w.neg("ids", f"DEVELOPMENT_TEAM = {body(UPPER_ALNUM, 10)}", "team id")
    w.neg("generic", '#include? "Secrets.xcconfig"', "include")


plist_files()


def dotfiles():
    w = new("config/ci-home/.npmrc")
    w("registry=https://registry.npmjs.org/")
    w.pos(PROVIDER, "packages", f"//registry.npmjs.org/:_authToken={checksummed('npm_')}", "npmrc token")
    w.pos(GITHUB, "github", f"//npm.pkg.github.com/:_authToken={checksummed('ghp_')}", "GitHub packages token")
    w.neg("packages", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "env template")
    w.neg("packages", "always-auth=true", "setting")

    w = new("config/ci-home/.netrc")
    w.pos(GENERIC, "generic", f"machine api.heroku.com login ops@acme.io password {body(ALNUM, 32)}", "netrc password")
    w.pos(GENERIC, "generic", f"machine nexus.acme.io login deploy password {strong_password()}", "netrc password")

    w = new("config/ci-home/.git-credentials")
    w.pos(GITHUB, "github", f"https://acme-bot:{checksummed('ghp_')}@github.com", "git credentials (a GitHub token as the password)")
    w.pos(URL, "url-credentials", f"https://deploy:{body(ALNUM, 20)}@gitlab.acme.io", "git credentials")

    w = new("config/ci-home/.pypirc")
    w("[distutils]")
    w("index-servers = pypi")
    w("")
    w("[pypi]")
    w("username = __token__")
    w.pos(PROVIDER, "packages", f"password = pypi-AgEIcHlwaS5vcmc{body(B64URL, 120)}", "pypirc token")

    w = new("config/ci-home/.cargo/credentials.toml")
    w("[registry]")
    w.pos(PROVIDER, "packages", f'token = "cio{body(ALNUM, 32)}"', "crates.io token")
    w("")
    w("[registries.acme]")
    w.pos(AUTH, "auth-header", f'token = "Bearer {body(B64URL, 40)}"', "private registry token (an Authorization value)")

    w = new("config/courier-backend/docker-compose.yml")
    w("services:")
    w("  db:")
    w("    image: postgres:16")
    w("    environment:")
    w.pos(GENERIC, "generic", f"      POSTGRES_PASSWORD: {human_password()}", "compose password")
    w.neg("generic", "      POSTGRES_USER: courier", "user")
    w("  api:")
    w("    image: ghcr.io/acme/courier-backend:latest")
    w("    environment:")
    w.neg("generic", "      DATABASE_PASSWORD: ${POSTGRES_PASSWORD}", "env template")
    w.neg("generic", "      API_TOKEN_FILE: /run/secrets/api_token", "file reference")
    w.pos(PROVIDER, "payments", f"      STRIPE_SECRET_KEY: sk_live_{body(ALNUM, 99)}", "compose stripe key")

    w = new("config/courier-backend/keys/deploy_ed25519")
    lines = pem_lines("OPENSSH PRIVATE KEY", lines=6, lead="b3BlbnNzaC1rZXktdjEAAAAA")
    w.pos(PRIVATE_KEY, "private-key", lines[0], "key file")
    for line in lines[1:]:
        w(line)

    w = new("config/courier-backend/keys/tls.pem")
    lines = pem_lines("EC PRIVATE KEY", lines=3, lead="MHcCAQEEI")
    w.pos(PRIVATE_KEY, "private-key", lines[0], "pem file with a private key")
    for line in lines[1:]:
        w(line)
    cert = pem_lines("CERTIFICATE", lines=8, lead="MIIDdzCCAl+gAwIBAgIE")
    w.neg("private-key", cert[0], "certificate in the same file")
    for line in cert[1:]:
        w(line)

    w = new("config/courier-backend/keys/server.pub.pem")
    pub = pem_lines("PUBLIC KEY", lines=5, lead="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A")
    w.neg("private-key", pub[0], "public key file")
    for line in pub[1:]:
        w(line)


dotfiles()


# ---------------------------------------------------------------------------
# A project's own token format from trustlint.toml, in code and config.
# ---------------------------------------------------------------------------

def custom_patterns():
    w = new("custom/trustlint.toml")
    w("[credentials]")
    w('patterns = [{ name = "Acme deploy token", regex = "acmedt_[0-9a-f]{32}", keywords = ["acmedt_"] }]')
    files.remove(w)
    w.save()

    w = new("custom/deployer.rs")
    w("//! Deploy hook client.")
    w("")
    for i in range(4):
        w.pos(CUSTOM, "custom-pattern", f'const DEPLOY_TOKEN_{i}: &str = "acmedt_{hexs(32)}";', "custom pattern in Rust")
    w.neg("custom-pattern", 'const DEPLOY_TOKEN_PREFIX: &str = "acmedt_";', "prefix alone")
    w.neg("custom-pattern", 'const DEPLOY_TOKEN_SHAPE: &str = "acmedt_<32 hex>";', "documented shape")

    w = new("custom/DeployHook.swift")
    w("import Foundation")
    w("")
    w("enum DeployHook {")
    for i in range(4):
        w.pos(CUSTOM, "custom-pattern", f'    static let token{i} = "acmedt_{hexs(32)}"', "custom pattern in Swift")
    w.neg("custom-pattern", '    static let prefix = "acmedt_"', "prefix alone")
    w("}")

    w = new("custom/deploy.env")
    w.pos(CUSTOM, "custom-pattern", f"ACME_DEPLOY_TOKEN=acmedt_{hexs(32)}", "custom pattern in config")
    w.neg("custom-pattern", "ACME_DEPLOY_TOKEN_PREFIX=acmedt_", "prefix alone")


custom_patterns()


# ---------------------------------------------------------------------------
# Every token format: one positive and one near miss per format id, from the
# samples each format declares in `trustlint-secrets` (exported to
# `format_samples.json`, see the module docstring). The positives rotate over
# the places real code keeps a key (Rust consts and struct literals, a Swift
# enum and SDK setup, `.env`, YAML, TOML, JSON, plists); the near misses sit
# where look-alikes live: the key-shape tests of a secrets-rotation tool,
# bound to the provider's own name so contextual formats get their chance.
# ---------------------------------------------------------------------------

with open(SAMPLES_PATH, encoding="utf-8") as samples_file:
    FORMAT_SAMPLES = json.load(samples_file)

# Every format's positive is labelled in this set: the eval test checks it.
FORMAT_FAMILY = "format-coverage"


def normalized(name):
    return re.sub(r"[_\-./ ]", "", name.lower())


def binding_words(fmt):
    """The words of the name a developer binds this format's key to:
    `Linear API key` → [linear, api, key]. A contextual format's name must
    mention its provider the way its context words do."""
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"\(.*?\)", "", fmt["kind"]).replace("&", ""))
    words = [w.lower() for w in words]
    if fmt["context"] and not any(normalized(c) in "".join(words) for c in fmt["context"]):
        provider = re.findall(r"[a-z0-9]+", fmt["context"][0].lower())
        words = provider + [w for w in words[-2:] if w not in provider]
    if words[0][0].isdigit():
        # No identifier starts with a digit: 1Password's own tools say `OP_`.
        words[0] = "op"
    return words


def screaming(fmt):
    return "_".join(w.upper() for w in binding_words(fmt))


def camel(fmt):
    words = binding_words(fmt)
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


def single_line(value):
    return not any(c in value for c in "\n\"\\# ")


def near_miss_of(fmt):
    """The first declared negative the format itself gets to judge: one with its
    prefix (a contextual format judges every value bound to its name)."""
    candidates = [
        n for n in fmt["negative"]
        if fmt["context"] or any(p.lower() in n.lower() for p in fmt["prefixes"])
    ]
    quoted_last = sorted(candidates, key=lambda n: '"' in n)
    return quoted_last[0]


def rust_literal(value):
    if single_line(value) or ("\n" not in value and "\\" not in value and '"' not in value):
        return f'"{value}"'
    return f'r#"{value}"#'


def format_coverage():
    rust_consts = new("rust/vault-migrate/src/legacy_keys.rs")
    rust_consts("//! Keys the services were deployed with before the move to Vault; the")
    rust_consts("//! migration reads them from here once and uploads them.")
    rust_consts("")
    rust_clients = new("rust/vault-migrate/src/clients.rs")
    rust_clients("//! One client per provider, configured with the key it was issued.")
    rust_clients("")
    rust_clients("use crate::provider::ProviderClient;")
    rust_clients("")
    rust_clients("pub fn clients() -> Vec<ProviderClient> {")
    rust_clients("    vec![")
    swift_enum = new("swift/FieldOps/Sources/Config/IssuedKeys.swift")
    swift_enum("import Foundation")
    swift_enum("")
    swift_enum("/// Keys issued to the field app, kept here until the keychain migration ships.")
    swift_enum("enum IssuedKeys {")
    swift_setup = new("swift/FieldOps/Sources/App/SDKSetup.swift")
    swift_setup("import Foundation")
    swift_setup("")
    swift_setup("extension AppDelegate {")
    swift_setup("    func configureSDKs() {")
    env = new("config/field-ops/.env.production")
    env("# Production settings for the field-ops backend.")
    yaml = new("config/field-ops/deploy/secrets.yaml")
    yaml("# Rendered into the pod environment by the deploy job.")
    yaml("secrets:")
    toml = new("config/field-ops/Secrets.toml")
    toml("# Keys the importer uses; the release build embeds this file.")
    toml("[keys]")
    npmrc_lines = []
    npm_misses = []
    json_settings = []
    json_vectors = []
    plist = new("config/FieldOps/Keys.plist")
    plist('<?xml version="1.0" encoding="UTF-8"?>')
    plist('<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">')
    plist('<plist version="1.0">')
    plist("<dict>")
    rust_tests = new("rust/vault-migrate/tests/key_shapes.rs")
    rust_tests("//! The migration refuses to upload a value that is not in its provider's")
    rust_tests("//! key format: truncated copies, masked values, public keys, examples.")
    rust_tests("")
    rust_tests("use vault_migrate::shapes::KeyShape;")
    swift_tests = new("swift/FieldOps/Tests/FieldOpsTests/KeyShapeTests.swift")
    swift_tests("import XCTest")
    swift_tests("@testable import FieldOps")
    swift_tests("")
    swift_tests("final class KeyShapeTests: XCTestCase {")

    for index, fmt in enumerate(FORMAT_SAMPLES):
        positive = fmt["positive"][0]
        note = f"{fmt['id']} positive"
        rule = fmt["rule"]
        style = index % 9
        if not single_line(positive):
            style = 0
        if fmt["id"] == "npm-legacy-auth-token":
            style = 9
        if style == 0:
            rust_consts.pos(rule, FORMAT_FAMILY,
                            f"pub const {screaming(fmt)}: &str = {rust_literal(positive)};", note)
        elif style == 1:
            rust_clients(f'        ProviderClient::new("{binding_words(fmt)[0]}")')
            rust_clients.pos(rule, FORMAT_FAMILY,
                             f'            .{"_".join(binding_words(fmt))}("{positive}"),', note)
        elif style == 2:
            swift_enum.pos(rule, FORMAT_FAMILY, f'    static let {camel(fmt)} = "{positive}"', note)
        elif style == 3:
            swift_setup.pos(rule, FORMAT_FAMILY,
                            f'        let {camel(fmt)} = "{positive}"', note)
            swift_setup(f'        PartnerSDK.register("{binding_words(fmt)[0]}", key: {camel(fmt)})')
        elif style == 4:
            env.pos(rule, FORMAT_FAMILY, f"{screaming(fmt)}={positive}", note)
        elif style == 5:
            yaml.pos(rule, FORMAT_FAMILY, f'  {screaming(fmt).lower()}: "{positive}"', note)
        elif style == 6:
            toml.pos(rule, FORMAT_FAMILY, f'{screaming(fmt).lower()} = "{positive}"', note)
        elif style == 7:
            plist(f"\t<key>{screaming(fmt)}</key>")
            plist.pos(rule, FORMAT_FAMILY, f"\t<string>{positive}</string>", note)
        elif style == 8:
            json_settings.append((fmt, f'"{camel(fmt)}": "{positive}"', note))
        else:
            npmrc_lines.append((fmt, positive))

        miss = near_miss_of(fmt)
        miss_note = f"{fmt['id']} near miss"
        if fmt["id"] == "npm-legacy-auth-token":
            npm_misses.append((fmt, miss))
        elif index % 3 == 2 and not fmt["context"] and single_line(miss):
            # Test vectors of the key-shape check: bound to no name at all,
            # so only the format itself judges them.
            json_vectors.append((fmt, miss, miss_note))
        elif index % 2 == 0 or not single_line(miss):
            name = "_".join(binding_words(fmt))
            rust_tests("")
            rust_tests("#[test]")
            rust_tests(f"fn rejects_a_malformed_{name}() {{")
            rust_tests.neg(FORMAT_FAMILY, f"    let {name} = {rust_literal(miss)};", miss_note)
            rust_tests(f'    assert!(KeyShape::of("{fmt["id"]}").check({name}).is_err());')
            rust_tests("}")
        else:
            name = camel(fmt)
            swift_tests("")
            swift_tests(f"    func testRejectsMalformed{name[:1].upper() + name[1:]}() {{")
            swift_tests.neg(FORMAT_FAMILY, f'        let {name} = "{miss}"', miss_note)
            swift_tests(f'        XCTAssertFalse(KeyShape(id: "{fmt["id"]}").matches({name}))')
            swift_tests("    }")

    rust_clients("    ]")
    rust_clients("}")
    swift_enum("}")
    swift_setup("    }")
    swift_setup("}")
    plist("</dict>")
    plist("</plist>")
    swift_tests("}")
    npmrc = new("config/field-ops/.npmrc")
    npmrc("registry=https://registry.npmjs.org/")
    json_file(new("config/field-ops/appsettings.Production.json"),
              "settings", json_settings, lambda fmt: fmt["rule"])
    json_file(new("config/field-ops/testdata/malformed_keys.json"),
              "malformed", [(fmt, f'{{"format": "{fmt["id"]}", "value": "{miss}"}}', note)
                            for fmt, miss, note in json_vectors],
              lambda fmt: "-")
    for fmt, positive in npmrc_lines:
        npmrc.pos(fmt["rule"], FORMAT_FAMILY, positive if positive.startswith("//")
                  else f"//registry.npmjs.org/:_authToken={positive}", f"{fmt['id']} positive")
    ci_npmrc = new("config/field-ops/ci/.npmrc")
    ci_npmrc("# CI reads the token from its secret store.")
    for fmt, miss in npm_misses:
        ci_npmrc.neg(FORMAT_FAMILY, miss, f"{fmt['id']} near miss")


def json_file(w, key, entries, label_of):
    """A JSON object holding `key`: an object (settings) or a list (vectors) of
    `entries`, one labelled line each."""
    is_list = key == "malformed"
    w("{")
    w(f'  "{key}": ' + ("[" if is_list else "{"))
    for position, (fmt, entry, note) in enumerate(entries):
        comma = "," if position + 1 < len(entries) else ""
        w(f"    {entry}{comma}", label_of(fmt), FORMAT_FAMILY, note)
    w("  ]" if is_list else "  }")
    w("}")


format_coverage()

HEADER = """# Labelled lines of the credentials evaluation set, generated by
# ../gen_credentials.py (do not edit by hand; regenerate). A line labelled with a
# rule id must get a finding of that rule starting on it; a line labelled `-`
# must stay silent, as must every line without a row.
"""

if __name__ == "__main__":
    write_manifest(ROOT, files, HEADER)
