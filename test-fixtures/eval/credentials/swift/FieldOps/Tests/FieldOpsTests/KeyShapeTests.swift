import XCTest
@testable import FieldOps

final class KeyShapeTests: XCTestCase {

    func testRejectsMalformedAwsSecretAccessKey() {
        let awsSecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        XCTAssertFalse(KeyShape(id: "aws-secret-access-key").matches(awsSecretAccessKey))
    }

    func testRejectsMalformedAmazonBedrockApiKey() {
        let amazonBedrockApiKey = "ABSKQmVkcm9ja0FQSUtleScGYi3lG2laeBLdhUMqDg"
        XCTAssertFalse(KeyShape(id: "aws-bedrock-api-key").matches(amazonBedrockApiKey))
    }

    func testRejectsMalformedGithubOauthAccessToken() {
        let githubOauthAccessToken = "gho_dL1lkLSMUBR83X24XYlMZ7yUMw61gv00ZdoA"
        XCTAssertFalse(KeyShape(id: "github-oauth-token").matches(githubOauthAccessToken))
    }

    func testRejectsMalformedGithubAppInstallationToken() {
        let githubAppInstallationToken = "ghs_qMBCrsIdvW7MgL9MEtbJ0NSmrXwcXm2dBfeA"
        XCTAssertFalse(KeyShape(id: "github-server-to-server-token").matches(githubAppInstallationToken))
    }

    func testRejectsMalformedGitlabPersonalAccessToken() {
        let gitlabPersonalAccessToken = "glpat-ASqxJmfmWtsj"
        XCTAssertFalse(KeyShape(id: "gitlab-pat").matches(gitlabPersonalAccessToken))
    }

    func testRejectsMalformedGitlabRunnerAuthenticationToken() {
        let gitlabRunnerAuthenticationToken = "glrt-KdGcqycd"
        XCTAssertFalse(KeyShape(id: "gitlab-runner-token").matches(gitlabRunnerAuthenticationToken))
    }

    func testRejectsMalformedGitlabScimToken() {
        let gitlabScimToken = "glsoat-lELgm5V6L9"
        XCTAssertFalse(KeyShape(id: "gitlab-scim-token").matches(gitlabScimToken))
    }

    func testRejectsMalformedGitlabAgentForKubernetesToken() {
        let gitlabAgentForKubernetesToken = "glagent-F4CM5Ev22Uad9mSGzyo6"
        XCTAssertFalse(KeyShape(id: "gitlab-agent-token").matches(gitlabAgentForKubernetesToken))
    }

    func testRejectsMalformedSlackUserToken() {
        let slackUserToken = "xoxp-374958246388-036586668274-8902c5f8c46a66a9042850fcce22180c"
        XCTAssertFalse(KeyShape(id: "slack-user-token").matches(slackUserToken))
    }

    func testRejectsMalformedSlackConfigurationAccessToken() {
        let slackConfigurationAccessToken = "xoxe.xoxp-1-NuWoW62WlfQ1WvMrkNJXSLK6uUGV2RHw5trCWRFP"
        XCTAssertFalse(KeyShape(id: "slack-config-access-token").matches(slackConfigurationAccessToken))
    }

    func testRejectsMalformedDiscordWebhookUrl() {
        let discordWebhookUrl = "https://discord.com/api/webhooks/632158966512627845"
        XCTAssertFalse(KeyShape(id: "discord-webhook-url").matches(discordWebhookUrl))
    }

    func testRejectsMalformedTelegramBotToken() {
        let telegramBotToken = "6906824554:AAExqwzkGJTr2EjdU94vI4"
        XCTAssertFalse(KeyShape(id: "telegram-bot-token").matches(telegramBotToken))
    }

    func testRejectsMalformedStripeLiveSecretKey() {
        let stripeLiveSecretKey = "sk_live_vm0fK82TlA"
        XCTAssertFalse(KeyShape(id: "stripe-live-secret-key").matches(stripeLiveSecretKey))
    }

    func testRejectsMalformedStripeLiveRestrictedKey() {
        let stripeLiveRestrictedKey = "rk_live_THVASdkt2Pkb"
        XCTAssertFalse(KeyShape(id: "stripe-live-restricted-key").matches(stripeLiveRestrictedKey))
    }

    func testRejectsMalformedSquareOauthApplicationSecret() {
        let squareOauthApplicationSecret = "sq0csp-v_LDCVu5BjmZXKgvuELs"
        XCTAssertFalse(KeyShape(id: "square-oauth-secret").matches(squareOauthApplicationSecret))
    }

    func testRejectsMalformedBraintreeSandboxAccessToken() {
        let braintreeSandboxAccessToken = "access_token$sandbox$ecdvlf1l2rfagrwm$5c040074ddc901bc73b393da140df85"
        XCTAssertFalse(KeyShape(id: "braintree-sandbox-access-token").matches(braintreeSandboxAccessToken))
    }

    func testRejectsMalformedShopifyPrivateAppAccessToken() {
        let shopifyPrivateAppAccessToken = "shppa_4d9bcebb9b86816f"
        XCTAssertFalse(KeyShape(id: "shopify-private-app-token").matches(shopifyPrivateAppAccessToken))
    }

    func testRejectsMalformedRevenuecatSecretApiKey() {
        let revenuecatSecretApiKey = "appl_DXqwYxwvdiWJoSX8yW5C8BnPxRd"
        XCTAssertFalse(KeyShape(id: "revenuecat-secret-key").matches(revenuecatSecretApiKey))
    }

    func testRejectsMalformedRazorpayKeySecret() {
        let razorpayKeySecret = "rzp_live_69XeP84fDrKwea"
        XCTAssertFalse(KeyShape(id: "razorpay-key-secret").matches(razorpayKeySecret))
    }

    func testRejectsMalformedPlaidApiSecret() {
        let plaidApiSecret = "6f2f475266f35b85e92addfdc4bdf6f0"
        XCTAssertFalse(KeyShape(id: "plaid-secret").matches(plaidApiSecret))
    }

    func testRejectsMalformedGocardlessAccessToken() {
        let gocardlessAccessToken = "live_sWQaaK2USrABjlqLL7YK"
        XCTAssertFalse(KeyShape(id: "gocardless-access-token").matches(gocardlessAccessToken))
    }

    func testRejectsMalformedEasypostProductionApiKey() {
        let easypostProductionApiKey = "EZAK718f1ec6bbc0c750f8a0e68ac77707"
        XCTAssertFalse(KeyShape(id: "easypost-api-key").matches(easypostProductionApiKey))
    }

    func testRejectsMalformedDuffelLiveAccessToken() {
        let duffelLiveAccessToken = "duffel_live_zs7yVNI1C4u0olr9ezCo"
        XCTAssertFalse(KeyShape(id: "duffel-live-token").matches(duffelLiveAccessToken))
    }

    func testRejectsMalformedGoogleOauthClientSecret() {
        let googleOauthClientSecret = "GOCSPX-oGBsF4_nQVc1"
        XCTAssertFalse(KeyShape(id: "google-oauth-client-secret").matches(googleOauthClientSecret))
    }

    func testRejectsMalformedGoogleOauthAccessToken() {
        let googleOauthAccessToken = "ya29.oOa1bD7OrQ"
        XCTAssertFalse(KeyShape(id: "google-oauth-access-token").matches(googleOauthAccessToken))
    }

    func testRejectsMalformedGoogleRecaptchaSecretKey() {
        let googleRecaptchaSecretKey = "6LPbtnX5BNadZbpCZ9qR8X"
        XCTAssertFalse(KeyShape(id: "google-recaptcha-secret-key").matches(googleRecaptchaSecretKey))
    }

    func testRejectsMalformedAzureSharedAccessSignature() {
        let azureSharedAccessSignature = "https://contoso.blob.core.windows.net/c?sv=2022-11-02&sig="
        XCTAssertFalse(KeyShape(id: "azure-sas-token").matches(azureSharedAccessSignature))
    }

    func testRejectsMalformedMicrosoftEntraIdClientSecret() {
        let microsoftEntraIdClientSecret = "Cki8Q~mxagmOj4SI"
        XCTAssertFalse(KeyShape(id: "azure-ad-client-secret").matches(microsoftEntraIdClientSecret))
    }

    func testRejectsMalformedAzureDevopsLegacyPersonalAccessToken() {
        let azureDevopsLegacyPersonalAccessToken = "6eu66h4baxnztdklgnn5s6vwuyascaw3asir2k45"
        XCTAssertFalse(KeyShape(id: "azure-devops-legacy-pat").matches(azureDevopsLegacyPersonalAccessToken))
    }

    func testRejectsMalformedAzureOpenaiApiKey() {
        let azureOpenaiApiKey = "c34a678b05c88d7145ec116d0538854"
        XCTAssertFalse(KeyShape(id: "azure-openai-api-key").matches(azureOpenaiApiKey))
    }

    func testRejectsMalformedOpenaiProjectApiKey() {
        let openaiProjectApiKey = "sk-proj-P79A78RiFCAxvhp6Gxvt"
        XCTAssertFalse(KeyShape(id: "openai-project-key").matches(openaiProjectApiKey))
    }

    func testRejectsMalformedAnthropicApiKey() {
        let anthropicApiKey = "sk-ant-api03-TBNFS-egHFljCmbHIa-ZOsq5oKBuzQK1BXaPaJlOZFtHoZApiqUEn6sxz1OiwhQFU6tS8hENw2Dze-Sq-oNkdjjqDRC2p"
        XCTAssertFalse(KeyShape(id: "anthropic-api-key").matches(anthropicApiKey))
    }

    func testRejectsMalformedGroqApiKey() {
        let groqApiKey = "gsk_aEDgkLc9MJv25JErqzErB72qz0ndyT"
        XCTAssertFalse(KeyShape(id: "groq-api-key").matches(groqApiKey))
    }

    func testRejectsMalformedPerplexityApiKey() {
        let perplexityApiKey = "pplx-tGqkoMh62VJ0ErR8eXJJ"
        XCTAssertFalse(KeyShape(id: "perplexity-api-key").matches(perplexityApiKey))
    }

    func testRejectsMalformedOpenrouterApiKey() {
        let openrouterApiKey = "sk-or-v1-f3d95e21a32c95aa2b859d94c153fd23"
        XCTAssertFalse(KeyShape(id: "openrouter-api-key").matches(openrouterApiKey))
    }

    func testRejectsMalformedLangfuseSecretKey() {
        let langfuseSecretKey = "sk-lf-53c1da81-9761-2f18-e189-b50ec64f8ae"
        XCTAssertFalse(KeyShape(id: "langfuse-secret-key").matches(langfuseSecretKey))
    }

    func testRejectsMalformedFireworksAiApiKey() {
        let fireworksAiApiKey = "fw_QDiOk7D6vk"
        XCTAssertFalse(KeyShape(id: "fireworks-api-key").matches(fireworksAiApiKey))
    }

    func testRejectsMalformedCohereApiKey() {
        let cohereApiKey = "gkyZ8en04GHPcb3DSI3Cd5B8sac5gM"
        XCTAssertFalse(KeyShape(id: "cohere-api-key").matches(cohereApiKey))
    }

    func testRejectsMalformedDeepseekApiKey() {
        let deepseekApiKey = "sk-0bdd9bccd75a7ba6"
        XCTAssertFalse(KeyShape(id: "deepseek-api-key").matches(deepseekApiKey))
    }

    func testRejectsMalformedAssemblyaiApiKey() {
        let assemblyaiApiKey = "7258e4f116ca43328d1d"
        XCTAssertFalse(KeyShape(id: "assemblyai-api-key").matches(assemblyaiApiKey))
    }

    func testRejectsMalformedStabilityAiApiKey() {
        let stabilityAiApiKey = "sk-4itv1mR9nKyGVwiJCaYp"
        XCTAssertFalse(KeyShape(id: "stability-api-key").matches(stabilityAiApiKey))
    }

    func testRejectsMalformedTwilioAuthToken() {
        let twilioAuthToken = "AC8165151cc673955ffbfca0fe3dac7e59"
        XCTAssertFalse(KeyShape(id: "twilio-auth-token").matches(twilioAuthToken))
    }

    func testRejectsMalformedSendgridApiKey() {
        let sendgridApiKey = "SG.RlbLCn65mk3i5ztDDzbgOJ"
        XCTAssertFalse(KeyShape(id: "sendgrid-api-key").matches(sendgridApiKey))
    }

    func testRejectsMalformedMailgunPrivateApiKey() {
        let mailgunPrivateApiKey = "18290b9a7cb638b2d41dd12ccff1dd75-2bbbd16c"
        XCTAssertFalse(KeyShape(id: "mailgun-private-key").matches(mailgunPrivateApiKey))
    }

    func testRejectsMalformedMandrillApiKey() {
        let mandrillApiKey = "md-MLbM-UNwH5"
        XCTAssertFalse(KeyShape(id: "mandrill-api-key").matches(mandrillApiKey))
    }

    func testRejectsMalformedBrevoApiKey() {
        let brevoApiKey = "xkeysib-1b6ead3c46fcf1889cdc27a0bde5dd6958f3a8480b352ef1dc4bfed5ebd1cfb6"
        XCTAssertFalse(KeyShape(id: "brevo-api-key").matches(brevoApiKey))
    }

    func testRejectsMalformedVonageApiSecret() {
        let vonageApiSecret = "ALsUUyzQljby"
        XCTAssertFalse(KeyShape(id: "vonage-api-secret").matches(vonageApiSecret))
    }

    func testRejectsMalformedPlivoAuthToken() {
        let plivoAuthToken = "PCo9deNEHIOsbHV8knROXOowmbHZyF"
        XCTAssertFalse(KeyShape(id: "plivo-auth-token").matches(plivoAuthToken))
    }

    func testRejectsMalformedOnesignalRestApiKey() {
        let onesignalRestApiKey = "os_v2_app_2kj1luy4fbyntzmcnazk8gmmmj2pxvafs170dv8g"
        XCTAssertFalse(KeyShape(id: "onesignal-rest-api-key").matches(onesignalRestApiKey))
    }

    func testRejectsMalformedCustomerIoApiKey() {
        let customerIoApiKey = "243a5f01be8bb5e7f22486f0"
        XCTAssertFalse(KeyShape(id: "customerio-api-key").matches(customerIoApiKey))
    }

    func testRejectsMalformedTestpypiUploadToken() {
        let testpypiUploadToken = "pypi-AgENdGVzdC5weXBpLm9yZwGsrRX_2tBLZqAK8Aw4cT"
        XCTAssertFalse(KeyShape(id: "testpypi-upload-token").matches(testpypiUploadToken))
    }

    func testRejectsMalformedRubygemsApiKey() {
        let rubygemsApiKey = "rubygems_7ed77767587bdbeb827d"
        XCTAssertFalse(KeyShape(id: "rubygems-api-key").matches(rubygemsApiKey))
    }

    func testRejectsMalformedJfrogArtifactoryApiKey() {
        let jfrogArtifactoryApiKey = "AKCp8ApsciitX1uVVEMlpAkpxpDATSaYEjI"
        XCTAssertFalse(KeyShape(id: "jfrog-api-key").matches(jfrogArtifactoryApiKey))
    }

    func testRejectsMalformedSnykApiToken() {
        let snykApiToken = "1deda1c2d0834a7ee32ed5a9d5b6a8e0"
        XCTAssertFalse(KeyShape(id: "snyk-api-token").matches(snykApiToken))
    }

    func testRejectsMalformedHerokuApiKey() {
        let herokuApiKey = "HRKU-rpiO-Upc7rC0uaL5vmbR"
        XCTAssertFalse(KeyShape(id: "heroku-api-key").matches(herokuApiKey))
    }

    func testRejectsMalformedDigitaloceanRefreshToken() {
        let digitaloceanRefreshToken = "dor_v1_e0e08e43fa3238e252a38ed41ab31692"
        XCTAssertFalse(KeyShape(id: "digitalocean-refresh-token").matches(digitaloceanRefreshToken))
    }

    func testRejectsMalformedCloudflareGlobalApiKey() {
        let cloudflareGlobalApiKey = "3771fcafd9729a4750f314ef5178f5e7"
        XCTAssertFalse(KeyShape(id: "cloudflare-global-api-key").matches(cloudflareGlobalApiKey))
    }

    func testRejectsMalformedFastlyApiToken() {
        let fastlyApiToken = "rihf7yCLnv6hmnVVaedE"
        XCTAssertFalse(KeyShape(id: "fastly-api-token").matches(fastlyApiToken))
    }

    func testRejectsMalformedNetlifyAccessToken() {
        let netlifyAccessToken = "CcHRx6c-pd1NhVKmcJmh030jjXbHm1"
        XCTAssertFalse(KeyShape(id: "netlify-legacy-token").matches(netlifyAccessToken))
    }

    func testRejectsMalformedSupabasePersonalAccessToken() {
        let supabasePersonalAccessToken = "sbp_33f153646178d7639ea8"
        XCTAssertFalse(KeyShape(id: "supabase-access-token").matches(supabasePersonalAccessToken))
    }

    func testRejectsMalformedPlanetscaleOauthToken() {
        let planetscaleOauthToken = "pscale_oauth_nBTN-0D0l82xh51j9FzL"
        XCTAssertFalse(KeyShape(id: "planetscale-oauth-token").matches(planetscaleOauthToken))
    }

    func testRejectsMalformedAlibabaCloudAccesskeySecret() {
        let alibabaCloudAccesskeySecret = "sy08EGBxavowAHLDOMaAqVpD"
        XCTAssertFalse(KeyShape(id: "alibaba-access-key-secret").matches(alibabaCloudAccesskeySecret))
    }

    func testRejectsMalformedTencentCloudSecretkey() {
        let tencentCloudSecretkey = "kj7qAFzcHS7WhwSjJkAKpLUi"
        XCTAssertFalse(KeyShape(id: "tencent-cloud-secret-key").matches(tencentCloudSecretkey))
    }

    func testRejectsMalformedOciAuthToken() {
        let ociAuthToken = "QT4Oc6iYH1kH"
        XCTAssertFalse(KeyShape(id: "oracle-cloud-auth-token").matches(ociAuthToken))
    }

    func testRejectsMalformedMongodbAtlasServiceAccountSecret() {
        let mongodbAtlasServiceAccountSecret = "mdb_sa_sk__Xr57skyX1fXRPzuL7XQNv_ZEPjw06NfqayViZc"
        XCTAssertFalse(KeyShape(id: "mongodb-atlas-service-account-secret").matches(mongodbAtlasServiceAccountSecret))
    }

    func testRejectsMalformedRedisCloudApiKey() {
        let redisCloudApiKey = "d9tR91S3E49K6FpLQ69KcLpPYiG5Js"
        XCTAssertFalse(KeyShape(id: "redis-cloud-api-key").matches(redisCloudApiKey))
    }

    func testRejectsMalformedLinodeApiToken() {
        let linodeApiToken = "3b00a617d3f2443bd4778c49cfb11f9661541c58"
        XCTAssertFalse(KeyShape(id: "linode-token").matches(linodeApiToken))
    }

    func testRejectsMalformedScalewaySecretKey() {
        let scalewaySecretKey = "362d9b1d4b8f2198a839b0e82788f4b4"
        XCTAssertFalse(KeyShape(id: "scaleway-secret-key").matches(scalewaySecretKey))
    }

    func testRejectsMalformedHetznerCloudApiToken() {
        let hetznerCloudApiToken = "n6wo6vj6Pot4uLj4EopbyJV9fH0P4z2wavOoulMc"
        XCTAssertFalse(KeyShape(id: "hetzner-cloud-token").matches(hetznerCloudApiToken))
    }

    func testRejectsMalformedRenderApiKey() {
        let renderApiKey = "rnd_pwCPIEU2yG3W50YM"
        XCTAssertFalse(KeyShape(id: "render-api-key").matches(renderApiKey))
    }

    func testRejectsMalformedCockroachdbCloudApiKey() {
        let cockroachdbCloudApiKey = "CCDB1_nmhisKcEaSc7Tw9euArGmR"
        XCTAssertFalse(KeyShape(id: "cockroachdb-cloud-api-key").matches(cockroachdbCloudApiKey))
    }

    func testRejectsMalformedDopplerCliToken() {
        let dopplerCliToken = "dp.ct.mDrHKnlqJk79nYwfLCf1"
        XCTAssertFalse(KeyShape(id: "doppler-cli-token").matches(dopplerCliToken))
    }

    func testRejectsMalformedHashicorpVaultBatchToken() {
        let hashicorpVaultBatchToken = "hvb.h1p8hasquY8gxZRRIwma"
        XCTAssertFalse(KeyShape(id: "vault-batch-token").matches(hashicorpVaultBatchToken))
    }

    func testRejectsMalformedHashicorpVaultToken() {
        let hashicorpVaultToken = "s.7uKnnftVsD"
        XCTAssertFalse(KeyShape(id: "vault-legacy-token").matches(hashicorpVaultToken))
    }

    func testRejectsMalformedPulumiAccessToken() {
        let pulumiAccessToken = "pul-2c6f9688728e3ea14cfd"
        XCTAssertFalse(KeyShape(id: "pulumi-access-token").matches(pulumiAccessToken))
    }

    func testRejectsMalformedOpServiceAccountToken() {
        let opServiceAccountToken = "ops_eyJboJvs1rc5D1K4IaF1hNH"
        XCTAssertFalse(KeyShape(id: "onepassword-service-account-token").matches(opServiceAccountToken))
    }

    func testRejectsMalformedSentryDsnSecretKey() {
        let sentryDsnSecretKey = "https://b76fdae268e4a1e02d62dd75184a5a4d@o123456.ingest.sentry.io/4505"
        XCTAssertFalse(KeyShape(id: "sentry-dsn-secret").matches(sentryDsnSecretKey))
    }

    func testRejectsMalformedGrafanaServiceAccountToken() {
        let grafanaServiceAccountToken = "glsa_K9aUCE5Ph1Z0W5RQULaDLDn0ouxoJlAa"
        XCTAssertFalse(KeyShape(id: "grafana-service-account-token").matches(grafanaServiceAccountToken))
    }

    func testRejectsMalformedNewRelicInsightsQueryKey() {
        let newRelicInsightsQueryKey = "NRIQ-7aHfpyM74qYrZZ1xQfAv"
        XCTAssertFalse(KeyShape(id: "new-relic-insights-query-key").matches(newRelicInsightsQueryKey))
    }

    func testRejectsMalformedDatadogApiKey() {
        let datadogApiKey = "pub506591d0e778763b562080fcd0174d13"
        XCTAssertFalse(KeyShape(id: "datadog-api-key").matches(datadogApiKey))
    }

    func testRejectsMalformedRollbarAccessToken() {
        let rollbarAccessToken = "34114cf1756d14baf4cead66"
        XCTAssertFalse(KeyShape(id: "rollbar-access-token").matches(rollbarAccessToken))
    }

    func testRejectsMalformedPagerdutyApiKey() {
        let pagerdutyApiKey = "aKXiZExTHC2q"
        XCTAssertFalse(KeyShape(id: "pagerduty-api-key").matches(pagerdutyApiKey))
    }

    func testRejectsMalformedLaunchdarklyApiAccessToken() {
        let launchdarklyApiAccessToken = "api-e4df9522c1f00027fa82ee8262199f65"
        XCTAssertFalse(KeyShape(id: "launchdarkly-api-token").matches(launchdarklyApiAccessToken))
    }

    func testRejectsMalformedPosthogPersonalApiKey() {
        let posthogPersonalApiKey = "phx_Y5WCJnd83t40CCgXHX4hbQj4EJ2La1iAduDkftjKgl"
        XCTAssertFalse(KeyShape(id: "posthog-personal-api-key").matches(posthogPersonalApiKey))
    }

    func testRejectsMalformedMixpanelApiSecret() {
        let mixpanelApiSecret = "c249345534e359e6b926"
        XCTAssertFalse(KeyShape(id: "mixpanel-api-secret").matches(mixpanelApiSecret))
    }

    func testRejectsMalformedAlgoliaAdminApiKey() {
        let algoliaAdminApiKey = "bdb47c008dbfa0e5584c"
        XCTAssertFalse(KeyShape(id: "algolia-admin-key").matches(algoliaAdminApiKey))
    }

    func testRejectsMalformedBuildkiteAgentToken() {
        let buildkiteAgentToken = "bkct_RJVp4tfMRNd9HdDl1kij"
        XCTAssertFalse(KeyShape(id: "buildkite-agent-token").matches(buildkiteAgentToken))
    }

    func testRejectsMalformedCircleciProjectApiToken() {
        let circleciProjectApiToken = "CCIPRJ_Y6QN97z5PDvm39rctXiHSd"
        XCTAssertFalse(KeyShape(id: "circleci-project-token").matches(circleciProjectApiToken))
    }

    func testRejectsMalformedAtlassianLegacyApiToken() {
        let atlassianLegacyApiToken = "9EWmAglBOyCLESJS"
        XCTAssertFalse(KeyShape(id: "atlassian-legacy-api-token").matches(atlassianLegacyApiToken))
    }

    func testRejectsMalformedDynatraceApiToken() {
        let dynatraceApiToken = "dt0c01.4DX90C3GSI6GG1Q1ZHZWI3QS"
        XCTAssertFalse(KeyShape(id: "dynatrace-api-token").matches(dynatraceApiToken))
    }

    func testRejectsMalformedLinearApiKey() {
        let linearApiKey = "lin_api_meH2o9N24SxvOhCfThQh"
        XCTAssertFalse(KeyShape(id: "linear-api-key").matches(linearApiKey))
    }

    func testRejectsMalformedPostmanApiKey() {
        let postmanApiKey = "PMAK-ebb72f0f41409c9bff956387"
        XCTAssertFalse(KeyShape(id: "postman-api-key").matches(postmanApiKey))
    }

    func testRejectsMalformedAirtableApiKey() {
        let airtableApiKey = "keyMENxaCMC"
        XCTAssertFalse(KeyShape(id: "airtable-legacy-api-key").matches(airtableApiKey))
    }

    func testRejectsMalformedAuth0ClientSecret() {
        let auth0ClientSecret = "3_nqQhAHrEl7BZs4AH9N3u-fYP8Ftj6W"
        XCTAssertFalse(KeyShape(id: "auth0-client-secret").matches(auth0ClientSecret))
    }

    func testRejectsMalformedFacebookMetaAccessToken() {
        let facebookMetaAccessToken = "EAAGC7Mswualtp7I6qSnbMi5Oz5No3nk8o6jKO7Xh9yy"
        XCTAssertFalse(KeyShape(id: "facebook-access-token").matches(facebookMetaAccessToken))
    }

    func testRejectsMalformedTwitterApiSecret() {
        let twitterApiSecret = "QhQ6Td7yFmvFjc6eTuNWJQBbQBEw1QIFAZ7zcjdx"
        XCTAssertFalse(KeyShape(id: "twitter-api-secret").matches(twitterApiSecret))
    }

    func testRejectsMalformedZendeskApiToken() {
        let zendeskApiToken = "oJUV31XHl7u4XVMBNy4FjgScywAP45"
        XCTAssertFalse(KeyShape(id: "zendesk-api-token").matches(zendeskApiToken))
    }

    func testRejectsMalformedHubspotApiKey() {
        let hubspotApiKey = "c991cb5c1bea0d42ec4ed77c726eea63"
        XCTAssertFalse(KeyShape(id: "hubspot-legacy-api-key").matches(hubspotApiKey))
    }

    func testRejectsMalformedTwitchOauthToken() {
        let twitchOauthToken = "oauth:6s4bq5nhmcyg90wl49nc"
        XCTAssertFalse(KeyShape(id: "twitch-oauth-token").matches(twitchOauthToken))
    }

    func testRejectsMalformedYandexCloudApiKey() {
        let yandexCloudApiKey = "AQVNcc2T8oLtNQSmtauM-HEn"
        XCTAssertFalse(KeyShape(id: "yandex-cloud-api-key").matches(yandexCloudApiKey))
    }

    func testRejectsMalformedFrameIoDeveloperToken() {
        let frameIoDeveloperToken = "fio-u-OmKncqxQjreDAT2r9TRp"
        XCTAssertFalse(KeyShape(id: "frameio-token").matches(frameIoDeveloperToken))
    }

    func testRejectsMalformedTrelloApiToken() {
        let trelloApiToken = "73d784c533483be36b4621b3b22d8f22"
        XCTAssertFalse(KeyShape(id: "trello-api-token").matches(trelloApiToken))
    }

    func testRejectsMalformedSignedJsonWebToken() {
        let signedJsonWebToken = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.cD3H9vTvHe1p_rDkjeciDnMRLQ3YSjf1GPweprRk_mb"
        XCTAssertFalse(KeyShape(id: "jwt").matches(signedJsonWebToken))
    }
}
