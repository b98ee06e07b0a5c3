import Foundation

extension AppDelegate {
    func configureSDKs() {
        let amazonBedrockApiKey = "ABSKQmVkcm9ja0FQSUtleSIytcq5HYPm406D57155Xlc7AcLvJiodPRDNFYz8Ie0Qf5eZ0BHF1X5g6KPgLMVppE8OkxPf34gJFPN6H"
        PartnerSDK.register("amazon", key: amazonBedrockApiKey)
        let githubClientSecret = "9611ba414f8044821a0de487ca1c0c82ae31a95c"
        PartnerSDK.register("github", key: githubClientSecret)
        let gitlabAgentForKubernetesToken = "glagent-YK1aaOEx-uOfl_P__dv77EvAg3szviPOmVFy6XIr8nji6__7fI"
        PartnerSDK.register("gitlab", key: gitlabAgentForKubernetesToken)
        let slackIncomingWebhookUrl = "https://hooks.slack.com/services/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"
        PartnerSDK.register("slack", key: slackIncomingWebhookUrl)
        let stripeLiveRestrictedKey = "rk_live_UU6sp1hKhsYOfeFnNFqsIbLF"
        PartnerSDK.register("stripe", key: stripeLiveRestrictedKey)
        let shopifyCustomAppAccessToken = "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"
        PartnerSDK.register("shopify", key: shopifyCustomAppAccessToken)
        let gocardlessAccessToken = "live_KWKvdSPHWTv2mjut1ufoAu1VzgzrotUEp1bT25tK"
        PartnerSDK.register("gocardless", key: gocardlessAccessToken)
        let googleApiKey = "AIzawH3k7KxgCBHRzHjdzQ6bvO13DLdqaWVahdx"
        PartnerSDK.register("google", key: googleApiKey)
        let microsoftEntraIdClientSecret = "Ek88Q~jUOY2VjyJYXstqyXLGKVZB5a8pDgxB8VAd"
        PartnerSDK.register("microsoft", key: microsoftEntraIdClientSecret)
        let openaiApiKey = "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"
        PartnerSDK.register("openai", key: openaiApiKey)
        let openrouterApiKey = "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"
        PartnerSDK.register("openrouter", key: openrouterApiKey)
        let mistralAiApiKey = "SORwXrfPlgYq6hAqmHrstV1g20usVXhv"
        PartnerSDK.register("mistral", key: mistralAiApiKey)
        let sendgridApiKey = "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"
        PartnerSDK.register("sendgrid", key: sendgridApiKey)
        let messagebirdAccessKey = "k3XYeUn9ArFXICZO1DeI2xoHM"
        PartnerSDK.register("messagebird", key: messagebirdAccessKey)
        let testpypiUploadToken = "pypi-AgENdGVzdC5weXBpLm9yZwt4lqfz_NcrXrIskwVOYGGjLZPd2SKBV-fbCpmvXQx5ie0S2IBVt4WuP829M-LvKUdwgsO3dRs0_Wcy-DCf26ddkTQ1W9VSNtnh3KBXX6Ltg92_gK5KXdshB4"
        PartnerSDK.register("testpypi", key: testpypiUploadToken)
        let sonarqubeSonarcloudToken = "squ_2a11c934cb369c23ccc656f57221ebf24e52da35"
        PartnerSDK.register("sonarqube", key: sonarqubeSonarcloudToken)
        let cloudflareGlobalApiKey = "644698974cf577d2b3f9b46e5876ab5a658f8"
        PartnerSDK.register("cloudflare", key: cloudflareGlobalApiKey)
        let planetscaleDatabasePassword = "pscale_pw_rd3IRDjMlUDPsI0pLmHGmDF22gtN04oonaOu1qnzi4Z"
        PartnerSDK.register("planetscale", key: planetscaleDatabasePassword)
        let mongodbAtlasServiceAccountSecret = "mdb_sa_sk__Xr57skyX1fXRPzuL7XQNv_ZEPjw06NfqayViZcz"
        PartnerSDK.register("mongodb", key: mongodbAtlasServiceAccountSecret)
        let hashicorpVaultBatchToken = "hvb.AAAAAQZ1kpkCFa2LZDOfhmF7Fm_NfFbcjgklElt0XDUaOsaQkvlovSW1cJVNHCY5FDWgrdw0j59TKO0C5qiXY9jEcZT1HKQh_648LRz7MundVLREolxoeDrOekC08Kdc56pjGHNe"
        PartnerSDK.register("hashicorp", key: hashicorpVaultBatchToken)
        let sentryOrganizationAuthToken = "sntrys_eyJswtsyqmkDwUzW5xCbFdAbkS8uR0diMiyxCj9gDMTu2Y-3f-8tMhxIcyeDxFnZEJ7jvzFJf_-TNRFToQLPEUP-rlNQ4Mm_ISpuxlyKPbtdcBP1AHATf5H2LHq_giLx28TbPeMmcLvNrvWYrS1rQGTqxII1x1Ja3YAlxx3"
        PartnerSDK.register("sentry", key: sentryOrganizationAuthToken)
        let datadogApiKey = "1c0aaa311a2f56a3b766bea6aa36b704"
        PartnerSDK.register("datadog", key: datadogApiKey)
        let statsigServerSecretKey = "secret-FEXVzgpHuhWqvjnYiN6N9ddLZ8K1q0NpCc8uTk74h5r"
        PartnerSDK.register("statsig", key: statsigServerSecretKey)
        let circleciProjectApiToken = "CCIPRJ_zxQ80DMxjHcu6uanSD8OVG_9c22bc5eba421a99fe4710d9e2cfcebc0e5ba31c"
        PartnerSDK.register("circleci", key: circleciProjectApiToken)
        let figmaPersonalAccessToken = "figd_SRz9qEJhHoEsVafb9WLtxZ6Crgb2tSnbxSmCT0XS"
        PartnerSDK.register("figma", key: figmaPersonalAccessToken)
        let facebookMetaAccessToken = "EAAGuLTGrHVuzGPCHFIUlwxexWAwn9Vv6yXGe4QgXTdIUoan8yieli8GHhRAojMhMamhsBIl40ShbtsKtJQJVbvdB7YygTtjGrdbWTpBFprn5AbX5juvndU1Q3Qp8OBYH37ueY5XP3vCdqyK9vDm1Kxifb"
        PartnerSDK.register("facebook", key: facebookMetaAccessToken)
        let adafruitIoKey = "aio_rwcEqpTYW6PkJPM7NWiKvu7GqIwy"
        PartnerSDK.register("adafruit", key: adafruitIoKey)
        let trelloApiToken = "6f80fc37583090a4629b399ae267fdcad977926f35b6fe37d394477625eb9295"
        PartnerSDK.register("trello", key: trelloApiToken)
        let ageSecretKey = "AGE-SECRET-KEY-1Y6L8ND5VKRSNG9ZLEJAUEVQUSV3E3EVUHSAZFZAWAD3W0UFYRPPA60HPU6"
        PartnerSDK.register("age", key: ageSecretKey)
    }
}
