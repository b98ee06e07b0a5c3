//! The migration refuses to upload a value that is not in its provider's
//! key format: truncated copies, masked values, public keys, examples.

use vault_migrate::shapes::KeyShape;

#[test]
fn rejects_a_malformed_aws_access_key_id() {
    let aws_access_key_id = "AKIAIOSFODNN7EXAMPLE";
    assert!(KeyShape::of("aws-access-key-id").check(aws_access_key_id).is_err());
}

#[test]
fn rejects_a_malformed_amazon_mws_auth_token() {
    let amazon_mws_auth_token = "amzn.mws.2bc16181b5131e87dbf7d88fdd56b961";
    assert!(KeyShape::of("amazon-mws-auth-token").check(amazon_mws_auth_token).is_err());
}

#[test]
fn rejects_a_malformed_github_personal_access_token() {
    let github_personal_access_token = "ghp_6ob2pDHJHFdDySpdf4jArshuop7HQS0Qq97A";
    assert!(KeyShape::of("github-pat-classic").check(github_personal_access_token).is_err());
}

#[test]
fn rejects_a_malformed_github_refresh_token() {
    let github_refresh_token = "ghr_4mfalpJprU1trnAuff7oGjML7DKqOt4ajuMA";
    assert!(KeyShape::of("github-refresh-token").check(github_refresh_token).is_err());
}

#[test]
fn rejects_a_malformed_github_client_secret() {
    let github_client_secret = "4431433a9b9dcd49f9ce671a24fa1e18a4e759c";
    assert!(KeyShape::of("github-oauth-client-secret").check(github_client_secret).is_err());
}

#[test]
fn rejects_a_malformed_gitlab_runner_registration_token() {
    let gitlab_runner_registration_token = "GR1348941SsAWNRE937";
    assert!(KeyShape::of("gitlab-runner-registration-token").check(gitlab_runner_registration_token).is_err());
}

#[test]
fn rejects_a_malformed_gitlab_feed_token() {
    let gitlab_feed_token = "glft-H3B4PkpSEO";
    assert!(KeyShape::of("gitlab-feed-token").check(gitlab_feed_token).is_err());
}

#[test]
fn rejects_a_malformed_gitlab_oauth_application_secret() {
    let gitlab_oauth_application_secret = "gloas-dt83agnHGSCnOeHR6clrPQqfZ7RjYqNK";
    assert!(KeyShape::of("gitlab-oauth-app-secret").check(gitlab_oauth_application_secret).is_err());
}

#[test]
fn rejects_a_malformed_slack_bot_token() {
    let slack_bot_token = "xoxb-608367365420-j0qnW1QiU4yXzpPR5Fcj2gyL";
    assert!(KeyShape::of("slack-bot-token").check(slack_bot_token).is_err());
}

#[test]
fn rejects_a_malformed_slack_configuration_refresh_token() {
    let slack_configuration_refresh_token = "xoxe-1-6S4m8gUeN5a05ZZyCbuY2Vwfr4svqv";
    assert!(KeyShape::of("slack-config-refresh-token").check(slack_configuration_refresh_token).is_err());
}

#[test]
fn rejects_a_malformed_slack_incoming_webhook_url() {
    let slack_incoming_webhook_url = "https://hooks.slack.com/services/TFR35J021S6/BH5C8B63BID";
    assert!(KeyShape::of("slack-webhook-url").check(slack_incoming_webhook_url).is_err());
}

#[test]
fn rejects_a_malformed_discord_bot_token() {
    let discord_bot_token = "MTRBjtxzF3JSP_heMFbFlfU9Fb.PMMxQO";
    assert!(KeyShape::of("discord-bot-token").check(discord_bot_token).is_err());
}

#[test]
fn rejects_a_malformed_microsoft_teams_incoming_webhook_url() {
    let microsoft_teams_incoming_webhook_url = "https://contoso.webhook.office.com/webhookb2/03dbc9ac-ca5f-a542-35be-7f1305ca34fa";
    assert!(KeyShape::of("microsoft-teams-webhook-url").check(microsoft_teams_incoming_webhook_url).is_err());
}

#[test]
fn rejects_a_malformed_mattermost_access_token() {
    let mattermost_access_token = "4mqvkm11d8boqb98a3o2";
    assert!(KeyShape::of("mattermost-access-token").check(mattermost_access_token).is_err());
}

#[test]
fn rejects_a_malformed_stripe_test_mode_restricted_key() {
    let stripe_test_mode_restricted_key = "rk_test_6tGtLuXyAkBA";
    assert!(KeyShape::of("stripe-test-restricted-key").check(stripe_test_mode_restricted_key).is_err());
}

#[test]
fn rejects_a_malformed_square_access_token() {
    let square_access_token = "EAAAaIrI3i45f5EDJX4qrcn2ll-xGQZjNLb0dZ6QG7cT";
    assert!(KeyShape::of("square-access-token").check(square_access_token).is_err());
}

#[test]
fn rejects_a_malformed_paypal_rest_client_secret() {
    let paypal_rest_client_secret = "AiOm5lpAMcjd_Pbz4k_zmNZeEyRCzPgh6bDNUg__AYW67xeAXuFbWnGqgnPHst0X6b2iZ5poZsKC3Jq6";
    assert!(KeyShape::of("paypal-client-secret").check(paypal_rest_client_secret).is_err());
}

#[test]
fn rejects_a_malformed_shopify_custom_app_access_token() {
    let shopify_custom_app_access_token = "shpca_cd82ec07feb45758";
    assert!(KeyShape::of("shopify-custom-app-token").check(shopify_custom_app_access_token).is_err());
}

#[test]
fn rejects_a_malformed_adyen_api_key() {
    let adyen_api_key = "AQEQ3V9ewzV8m2rDtDCRw7k";
    assert!(KeyShape::of("adyen-api-key").check(adyen_api_key).is_err());
}

#[test]
fn rejects_a_malformed_plaid_access_token() {
    let plaid_access_token = "access-production-fbf263b83eced11cc775c0b77c40434e";
    assert!(KeyShape::of("plaid-access-token").check(plaid_access_token).is_err());
}

#[test]
fn rejects_a_malformed_mollie_api_key() {
    let mollie_api_key = "test_qUs5JMrzwIBTFzcMp4TuWeeoakhmf1";
    assert!(KeyShape::of("mollie-api-key").check(mollie_api_key).is_err());
}

#[test]
fn rejects_a_malformed_shippo_test_api_token() {
    let shippo_test_api_token = "shippo_test_6610cda96952c0e4d876";
    assert!(KeyShape::of("shippo-test-token").check(shippo_test_api_token).is_err());
}

#[test]
fn rejects_a_malformed_coinbase_cdp_api_key_secret() {
    let coinbase_cdp_api_key_secret = "wHU7zqH7z8oOu9H4lWwo";
    assert!(KeyShape::of("coinbase-api-private-key").check(coinbase_cdp_api_key_secret).is_err());
}

#[test]
fn rejects_a_malformed_google_service_account_private_key() {
    let google_service_account_private_key = r#"{"private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}"#;
    assert!(KeyShape::of("gcp-service-account-private-key").check(google_service_account_private_key).is_err());
}

#[test]
fn rejects_a_malformed_google_api_key() {
    let google_api_key = "AIzaHbQrdQfk1dZ8ZBQNDzjN";
    assert!(KeyShape::of("google-api-key").check(google_api_key).is_err());
}

#[test]
fn rejects_a_malformed_firebase_cloud_messaging_legacy_server_key() {
    let firebase_cloud_messaging_legacy_server_key = "AAAAE9m-KqV:APA91brfJWVR2dCoVaPW91eabl";
    assert!(KeyShape::of("firebase-cloud-messaging-server-key").check(firebase_cloud_messaging_legacy_server_key).is_err());
}

#[test]
fn rejects_a_malformed_azure_storage_account_key() {
    let azure_storage_account_key = "AccountKey=9shV2mGXSy9f8bnrG6tX10jxCgt2qB/TfzLU4ohz==";
    assert!(KeyShape::of("azure-storage-account-key").check(azure_storage_account_key).is_err());
}

#[test]
fn rejects_a_malformed_azure_devops_personal_access_token() {
    let azure_devops_personal_access_token = "EaAKtI3Gpbkr8uyJ1N2emPFUVtfAxRQSZPKJejonzdTAMHeEPYmEU4Rt4MXNAZDOdG3T";
    assert!(KeyShape::of("azure-devops-pat").check(azure_devops_personal_access_token).is_err());
}

#[test]
fn rejects_a_malformed_azure_app_configuration_access_key() {
    let azure_app_configuration_access_key = "Endpoint=https://contoso.azconfig.io;Id=iTwUDH8LbmO0yaq1WFAR;Secret=";
    assert!(KeyShape::of("azure-app-configuration-connection-string").check(azure_app_configuration_access_key).is_err());
}

#[test]
fn rejects_a_malformed_ocp_apim_subscription_key() {
    let ocp_apim_subscription_key = "6ad16a394b075d5ef87f72549abd0ab18";
    assert!(KeyShape::of("azure-cognitive-services-key").check(ocp_apim_subscription_key).is_err());
}

#[test]
fn rejects_a_malformed_openai_service_account_key() {
    let openai_service_account_key = "sk-svcacct-Z4k2Op4kaN6Xu70OWdF8";
    assert!(KeyShape::of("openai-service-account-key").check(openai_service_account_key).is_err());
}

#[test]
fn rejects_a_malformed_openai_api_key() {
    let openai_api_key = "sk-elwfWjHsdr2goBAe0fCWT3BlbkFJIxdANiLyue";
    assert!(KeyShape::of("openai-user-key").check(openai_api_key).is_err());
}

#[test]
fn rejects_a_malformed_hugging_face_access_token() {
    let hugging_face_access_token = "hf_jpMVUUYdgPEgjoriCUck";
    assert!(KeyShape::of("huggingface-token").check(hugging_face_access_token).is_err());
}

#[test]
fn rejects_a_malformed_replicate_api_token() {
    let replicate_api_token = "r8_BPnTD4B3qBIyhV16SnB5";
    assert!(KeyShape::of("replicate-api-token").check(replicate_api_token).is_err());
}

#[test]
fn rejects_a_malformed_nvidia_api_key() {
    let nvidia_api_key = "nvapi-SdwM23a_Gn7nqh6SK5tACKmy9KDKvb";
    assert!(KeyShape::of("nvidia-api-key").check(nvidia_api_key).is_err());
}

#[test]
fn rejects_a_malformed_pinecone_api_key() {
    let pinecone_api_key = "pcsk_Evitb_OIYYp56Pa40bPd5ZrfWh";
    assert!(KeyShape::of("pinecone-api-key").check(pinecone_api_key).is_err());
}

#[test]
fn rejects_a_malformed_elevenlabs_api_key() {
    let elevenlabs_api_key = "sk_2eb85fad01b657218aa6";
    assert!(KeyShape::of("elevenlabs-api-key").check(elevenlabs_api_key).is_err());
}

#[test]
fn rejects_a_malformed_mistral_ai_api_key() {
    let mistral_ai_api_key = "ML7OkzzRb9DCfqJTtdToHcyoPMXpCBq";
    assert!(KeyShape::of("mistral-api-key").check(mistral_ai_api_key).is_err());
}

#[test]
fn rejects_a_malformed_together_ai_api_key() {
    let together_ai_api_key = "114bf260ad15258c41bee7d356e12a08a4101e30";
    assert!(KeyShape::of("together-api-key").check(together_ai_api_key).is_err());
}

#[test]
fn rejects_a_malformed_deepgram_api_key() {
    let deepgram_api_key = "5e982362f3d5dc58fd95f7b75d586dad";
    assert!(KeyShape::of("deepgram-api-key").check(deepgram_api_key).is_err());
}

#[test]
fn rejects_a_malformed_wandb_api_key() {
    let wandb_api_key = "15a57b2c664191a50aceb05a3261d8";
    assert!(KeyShape::of("wandb-api-key").check(wandb_api_key).is_err());
}

#[test]
fn rejects_a_malformed_twilio_api_secret_key() {
    let twilio_api_secret_key = "tAvQNgCJgju61XR2La36";
    assert!(KeyShape::of("twilio-api-key-secret").check(twilio_api_secret_key).is_err());
}

#[test]
fn rejects_a_malformed_mailgun_api_key() {
    let mailgun_api_key = "key-4bede1bf8aa03f8600ea";
    assert!(KeyShape::of("mailgun-api-key").check(mailgun_api_key).is_err());
}

#[test]
fn rejects_a_malformed_mailchimp_api_key() {
    let mailchimp_api_key = "1c2ab0ce81d08d54b140-us21";
    assert!(KeyShape::of("mailchimp-api-key").check(mailchimp_api_key).is_err());
}

#[test]
fn rejects_a_malformed_postmark_server_token() {
    let postmark_server_token = "3d2d438348bdfd92b7dbd2135fc22a6e";
    assert!(KeyShape::of("postmark-server-token").check(postmark_server_token).is_err());
}

#[test]
fn rejects_a_malformed_sparkpost_api_key() {
    let sparkpost_api_key = "a192b2b089feebc1adca04e0b074b565";
    assert!(KeyShape::of("sparkpost-api-key").check(sparkpost_api_key).is_err());
}

#[test]
fn rejects_a_malformed_messagebird_access_key() {
    let messagebird_access_key = "eh2l4XXcCOH4W5SxUW9o";
    assert!(KeyShape::of("messagebird-access-key").check(messagebird_access_key).is_err());
}

#[test]
fn rejects_a_malformed_pusher_channels_app_secret() {
    let pusher_channels_app_secret = "9f492567bdd878ac";
    assert!(KeyShape::of("pusher-secret").check(pusher_channels_app_secret).is_err());
}

#[test]
fn rejects_a_malformed_intercom_access_token() {
    let intercom_access_token = "dG9rOjr4nRnAdu2bB6VMdAIcmp";
    assert!(KeyShape::of("intercom-access-token").check(intercom_access_token).is_err());
}

#[test]
fn rejects_a_malformed_npm_access_token() {
    let npm_access_token = "npm_frCSapXFxsFgG8tSDXMz4Z8ZL73Jst4BzZcA";
    assert!(KeyShape::of("npm-access-token").check(npm_access_token).is_err());
}

#[test]
fn rejects_a_malformed_crates_io_api_token() {
    let crates_io_api_token = "cio0ztJJNGE2050fQKcM929";
    assert!(KeyShape::of("crates-io-api-token").check(crates_io_api_token).is_err());
}

#[test]
fn rejects_a_malformed_docker_hub_organization_access_token() {
    let docker_hub_organization_access_token = "dckr_oat_MnKHaAH5GDte";
    assert!(KeyShape::of("docker-hub-org-token").check(docker_hub_organization_access_token).is_err());
}

#[test]
fn rejects_a_malformed_jfrog_reference_token() {
    let jfrog_reference_token = "cmVmdGtuOjAxOjbvBWxqDqB6mKPLhQM6DS";
    assert!(KeyShape::of("jfrog-reference-token").check(jfrog_reference_token).is_err());
}

#[test]
fn rejects_a_malformed_sonarqube_sonarcloud_token() {
    let sonarqube_sonarcloud_token = "squ_d11b459c73808dae0fda";
    assert!(KeyShape::of("sonarqube-token").check(sonarqube_sonarcloud_token).is_err());
}

#[test]
fn rejects_a_malformed_codecov_upload_token() {
    let codecov_upload_token = "fa4f0f7bb370448e415dec0be7359a9cd627";
    assert!(KeyShape::of("codecov-upload-token").check(codecov_upload_token).is_err());
}

#[test]
fn rejects_a_malformed_heroku_legacy_api_key() {
    let heroku_legacy_api_key = "22ca3b23f00cae9b14cc597bff1981de";
    assert!(KeyShape::of("heroku-legacy-api-key").check(heroku_legacy_api_key).is_err());
}

#[test]
fn rejects_a_malformed_digitalocean_oauth_token() {
    let digitalocean_oauth_token = "doo_v1_d1ab05f7afc27840869323d9f5540b8d";
    assert!(KeyShape::of("digitalocean-oauth-token").check(digitalocean_oauth_token).is_err());
}

#[test]
fn rejects_a_malformed_cloudflare_api_token() {
    let cloudflare_api_token = "uqB6Rlb3rma1Y-9AzNNQimXPVZvcay";
    assert!(KeyShape::of("cloudflare-api-token").check(cloudflare_api_token).is_err());
}

#[test]
fn rejects_a_malformed_cloudflare_origin_ca_key() {
    let cloudflare_origin_ca_key = "v1.0-387c4b1dc9548233910031c6";
    assert!(KeyShape::of("cloudflare-origin-ca-key").check(cloudflare_origin_ca_key).is_err());
}

#[test]
fn rejects_a_malformed_netlify_personal_access_token() {
    let netlify_personal_access_token = "nfp_4OUSH9ABl7JAggvco58a";
    assert!(KeyShape::of("netlify-pat").check(netlify_personal_access_token).is_err());
}

#[test]
fn rejects_a_malformed_vercel_access_token() {
    let vercel_access_token = "nO8hXVbKjHlAymE7QJ0v";
    assert!(KeyShape::of("vercel-token").check(vercel_access_token).is_err());
}

#[test]
fn rejects_a_malformed_supabase_secret_api_key() {
    let supabase_secret_api_key = "sb_secret_qInhBpiOyNCkx";
    assert!(KeyShape::of("supabase-secret-key").check(supabase_secret_api_key).is_err());
}

#[test]
fn rejects_a_malformed_planetscale_database_password() {
    let planetscale_database_password = "pscale_pw_Vv8xRCKptfZub5b6KDMY";
    assert!(KeyShape::of("planetscale-password").check(planetscale_database_password).is_err());
}

#[test]
fn rejects_a_malformed_tencent_cloud_secretid() {
    let tencent_cloud_secretid = "AKIDEOlWYprlxA6RhJVi";
    assert!(KeyShape::of("tencent-cloud-secret-id").check(tencent_cloud_secretid).is_err());
}

#[test]
fn rejects_a_malformed_ibm_cloud_api_key() {
    let ibm_cloud_api_key = "bhGJrIW_AWza9eQ01nZ_YIj1YDu5iA";
    assert!(KeyShape::of("ibm-cloud-api-key").check(ibm_cloud_api_key).is_err());
}

#[test]
fn rejects_a_malformed_mongodb_atlas_api_private_key() {
    let mongodb_atlas_api_private_key = "14672a12d6acdc6ebc7353e801c1cd0d";
    assert!(KeyShape::of("mongodb-atlas-api-private-key").check(mongodb_atlas_api_private_key).is_err());
}

#[test]
fn rejects_a_malformed_snowflake_password() {
    let snowflake_password = "abc";
    assert!(KeyShape::of("snowflake-password").check(snowflake_password).is_err());
}

#[test]
fn rejects_a_malformed_vultr_api_key() {
    let vultr_api_key = "5CT4SAQDGGXDXWMR4SM7";
    assert!(KeyShape::of("vultr-api-key").check(vultr_api_key).is_err());
}

#[test]
fn rejects_a_malformed_fly_io_access_token() {
    let fly_io_access_token = "fo1_x43Dv-zGnLFwUHoZc6kf";
    assert!(KeyShape::of("flyio-token").check(fly_io_access_token).is_err());
}

#[test]
fn rejects_a_malformed_doppler_personal_token() {
    let doppler_personal_token = "dp.pt.yPpcrCkX14Aw2bM0onl9";
    assert!(KeyShape::of("doppler-personal-token").check(doppler_personal_token).is_err());
}

#[test]
fn rejects_a_malformed_doppler_service_account_token() {
    let doppler_service_account_token = "dp.sa.5SEFazpnTTw659F38TOW";
    assert!(KeyShape::of("doppler-service-account-token").check(doppler_service_account_token).is_err());
}

#[test]
fn rejects_a_malformed_hashicorp_vault_recovery_token() {
    let hashicorp_vault_recovery_token = "hvr.SsL7nudOuh";
    assert!(KeyShape::of("vault-recovery-token").check(hashicorp_vault_recovery_token).is_err());
}

#[test]
fn rejects_a_malformed_terraform_cloud_enterprise_api_token() {
    let terraform_cloud_enterprise_api_token = "bDAxrk1wiix45T.atlasv1.q6oo-NyW8-2QEV1Sb7BY";
    assert!(KeyShape::of("terraform-cloud-token").check(terraform_cloud_enterprise_api_token).is_err());
}

#[test]
fn rejects_a_malformed_ngrok_authtoken() {
    let ngrok_authtoken = "isX4CO5fVOMfMPkBTc5H8zTFYw";
    assert!(KeyShape::of("ngrok-authtoken").check(ngrok_authtoken).is_err());
}

#[test]
fn rejects_a_malformed_sentry_organization_auth_token() {
    let sentry_organization_auth_token = "sntrys_eyJgZ7r0jPqNY6UHXjiGs27";
    assert!(KeyShape::of("sentry-org-token").check(sentry_organization_auth_token).is_err());
}

#[test]
fn rejects_a_malformed_grafana_api_key() {
    let grafana_api_key = "eyJrIjoi4sJz6pS70dDsfhTiEpgC";
    assert!(KeyShape::of("grafana-api-key").check(grafana_api_key).is_err());
}

#[test]
fn rejects_a_malformed_new_relic_insights_insert_key() {
    let new_relic_insights_insert_key = "NRII-dxH5fYEl1ObpQv3p6wLn";
    assert!(KeyShape::of("new-relic-insights-insert-key").check(new_relic_insights_insert_key).is_err());
}

#[test]
fn rejects_a_malformed_datadog_application_key() {
    let datadog_application_key = "9c41d07be25a8f3306d1ce4b7a92f05e18d3";
    assert!(KeyShape::of("datadog-application-key").check(datadog_application_key).is_err());
}

#[test]
fn rejects_a_malformed_honeycomb_legacy_api_key() {
    let honeycomb_legacy_api_key = "3Mg3XmcUpILqYqoW92";
    assert!(KeyShape::of("honeycomb-legacy-key").check(honeycomb_legacy_api_key).is_err());
}

#[test]
fn rejects_a_malformed_splunk_http_event_collector_token() {
    let splunk_http_event_collector_token = "c98c36856b8ca5265f0df76851736b4f";
    assert!(KeyShape::of("splunk-hec-token").check(splunk_http_event_collector_token).is_err());
}

#[test]
fn rejects_a_malformed_launchdarkly_server_side_sdk_key() {
    let launchdarkly_server_side_sdk_key = "sdk-e81de7d8fd9cd5a64f309e86f9732a59";
    assert!(KeyShape::of("launchdarkly-sdk-key").check(launchdarkly_server_side_sdk_key).is_err());
}

#[test]
fn rejects_a_malformed_statsig_server_secret_key() {
    let statsig_server_secret_key = "secret-ehLraggEerXcteUY11pV";
    assert!(KeyShape::of("statsig-server-secret").check(statsig_server_secret_key).is_err());
}

#[test]
fn rejects_a_malformed_amplitude_secret_key() {
    let amplitude_secret_key = "52a5d1e06268df35d800";
    assert!(KeyShape::of("amplitude-secret-key").check(amplitude_secret_key).is_err());
}

#[test]
fn rejects_a_malformed_buildkite_api_access_token() {
    let buildkite_api_access_token = "bkua_c07749644ba6ac43d014";
    assert!(KeyShape::of("buildkite-user-token").check(buildkite_api_access_token).is_err());
}

#[test]
fn rejects_a_malformed_atlassian_api_token() {
    let atlassian_api_token = "ATATT3-zFG-FH3AmtlyX5kqcErJfj6uhN3DSfIPTb5kBRY";
    assert!(KeyShape::of("atlassian-api-token").check(atlassian_api_token).is_err());
}

#[test]
fn rejects_a_malformed_bitbucket_app_password() {
    let bitbucket_app_password = "ATBB0d0NOHbUa0";
    assert!(KeyShape::of("bitbucket-app-password").check(bitbucket_app_password).is_err());
}

#[test]
fn rejects_a_malformed_linear_oauth_access_token() {
    let linear_oauth_access_token = "lin_oauth_8aed46230726d1682d4cfce220e9ded8";
    assert!(KeyShape::of("linear-oauth-token").check(linear_oauth_access_token).is_err());
}

#[test]
fn rejects_a_malformed_figma_personal_access_token() {
    let figma_personal_access_token = "figd_bkfQepjVVW0irICP6Mtr";
    assert!(KeyShape::of("figma-pat").check(figma_personal_access_token).is_err());
}

#[test]
fn rejects_a_malformed_asana_personal_access_token() {
    let asana_personal_access_token = "2/1377657430710749/2130323844726145";
    assert!(KeyShape::of("asana-pat").check(asana_personal_access_token).is_err());
}

#[test]
fn rejects_a_malformed_okta_api_token() {
    let okta_api_token = "00v2wy_xwuHTGfJO8jJgSp";
    assert!(KeyShape::of("okta-api-token").check(okta_api_token).is_err());
}

#[test]
fn rejects_a_malformed_facebook_app_secret() {
    let facebook_app_secret = "637ed694e6222a069c92";
    assert!(KeyShape::of("facebook-app-secret").check(facebook_app_secret).is_err());
}

#[test]
fn rejects_a_malformed_x_app_bearer_token() {
    let x_app_bearer_token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    assert!(KeyShape::of("twitter-bearer-token").check(x_app_bearer_token).is_err());
}

#[test]
fn rejects_a_malformed_linkedin_client_secret() {
    let linkedin_client_secret = "loaZg8gZht";
    assert!(KeyShape::of("linkedin-client-secret").check(linkedin_client_secret).is_err());
}

#[test]
fn rejects_a_malformed_hubspot_private_app_access_token() {
    let hubspot_private_app_access_token = "pat-na1-dd32b447796457b64d0f3e38dfa454bd";
    assert!(KeyShape::of("hubspot-private-app-token").check(hubspot_private_app_access_token).is_err());
}

#[test]
fn rejects_a_malformed_adafruit_io_key() {
    let adafruit_io_key = "aio_AVjmKzXShuuQ";
    assert!(KeyShape::of("adafruit-io-key").check(adafruit_io_key).is_err());
}

#[test]
fn rejects_a_malformed_zoom_client_secret() {
    let zoom_client_secret = "r9h9c4lwWJ9KCfKTPkKv";
    assert!(KeyShape::of("zoom-client-secret").check(zoom_client_secret).is_err());
}

#[test]
fn rejects_a_malformed_typeform_personal_access_token() {
    let typeform_personal_access_token = "tfp_3oGH8AU1HsJLloYkF-LF";
    assert!(KeyShape::of("typeform-pat").check(typeform_personal_access_token).is_err());
}

#[test]
fn rejects_a_malformed_rsa_private_key() {
    let rsa_private_key = r#"-----BEGIN RSA PRIVATE KEY-----
MIIE...
-----END RSA PRIVATE KEY-----"#;
    assert!(KeyShape::of("pem-rsa-private-key").check(rsa_private_key).is_err());
}

#[test]
fn rejects_a_malformed_ec_private_key() {
    let ec_private_key = r#"-----BEGIN EC PRIVATE KEY-----
...
-----END EC PRIVATE KEY-----"#;
    assert!(KeyShape::of("pem-ec-private-key").check(ec_private_key).is_err());
}

#[test]
fn rejects_a_malformed_dsa_private_key() {
    let dsa_private_key = r#"-----BEGIN DSA PRIVATE KEY-----
-----END DSA PRIVATE KEY-----"#;
    assert!(KeyShape::of("pem-dsa-private-key").check(dsa_private_key).is_err());
}

#[test]
fn rejects_a_malformed_private_key() {
    let private_key = r#"let header = "-----BEGIN PRIVATE KEY-----""#;
    assert!(KeyShape::of("pem-pkcs8-private-key").check(private_key).is_err());
}

#[test]
fn rejects_a_malformed_encrypted_private_key() {
    let encrypted_private_key = r#"-----BEGIN ENCRYPTED PRIVATE KEY-----
<redacted>
-----END ENCRYPTED PRIVATE KEY-----"#;
    assert!(KeyShape::of("pem-encrypted-private-key").check(encrypted_private_key).is_err());
}

#[test]
fn rejects_a_malformed_openssh_private_key() {
    let openssh_private_key = r#"-----BEGIN OPENSSH PRIVATE KEY-----
<paste your key here>
-----END OPENSSH PRIVATE KEY-----"#;
    assert!(KeyShape::of("openssh-private-key").check(openssh_private_key).is_err());
}

#[test]
fn rejects_a_malformed_pgp_private_key_block() {
    let pgp_private_key_block = r#"-----BEGIN PGP PRIVATE KEY BLOCK-----

...
-----END PGP PRIVATE KEY BLOCK-----"#;
    assert!(KeyShape::of("pgp-private-key-block").check(pgp_private_key_block).is_err());
}

#[test]
fn rejects_a_malformed_putty_private_key() {
    let putty_private_key = r#"PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Public-Lines: 2
yYBLA/9G6iloX8UiwXJK3gz7FgGUrelxxpzAEaLPG6Y9JcKCI+F6XBZKEE2jNvq4"#;
    assert!(KeyShape::of("putty-private-key").check(putty_private_key).is_err());
}

#[test]
fn rejects_a_malformed_age_secret_key() {
    let age_secret_key = "AGE-SECRET-KEY-13LHLM3636H29E6MSGXJ37NSSMVYVD3";
    assert!(KeyShape::of("age-secret-key").check(age_secret_key).is_err());
}
