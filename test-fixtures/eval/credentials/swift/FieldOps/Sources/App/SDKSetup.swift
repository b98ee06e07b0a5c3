import Foundation

extension AppDelegate {
    func configureSDKs() {
        let amazonBedrockApiKey = "ABSKQmVkcm9ja0FQSUtleSIytcq5HYPm406D57155Xlc7AcLvJiodPRDNFYz8Ie0Qf5eZ0BHF1X5g6KPgLMVppE8OkxPf34gJFPN6H"
        PartnerSDK.register("amazon", key: amazonBedrockApiKey)
        let githubFineGrainedPersonalAccessToken = "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"
        PartnerSDK.register("github", key: githubFineGrainedPersonalAccessToken)
        let gitlabScimToken = "glsoat-nJ3mf7KTDj0fvEBgoeZ0"
        PartnerSDK.register("gitlab", key: gitlabScimToken)
        let slackConfigurationAccessToken = "xoxe.xoxp-1-mwIySZfn4kB6tKfVgaxtrZw4DmOAEdOYaMziqxBSLaDF1rCTlOjAfa4ofXZqqL3H4b6KbCo5DYwyNAiajpyboUSK21XV452SK5jWvE0TImyoCsQbuTFMQJa4YcqfZvVmEwIdhaqz02701TS1jtJK0w"
        PartnerSDK.register("slack", key: slackConfigurationAccessToken)
        let zapierWebhookUrl = "https://hooks.zapier.com/hooks/catch/10378296/90uu4gq/"
        PartnerSDK.register("zapier", key: zapierWebhookUrl)
        let squareOauthApplicationSecret = "sq0csp-9ldiwvaIh1TGjRmF9ArY6kuJdUd-FbbQ3CG4rW80G5B"
        PartnerSDK.register("square", key: squareOauthApplicationSecret)
        let revenuecatSecretApiKey = "sk_AKru13n8RHWC0kszT07RfVMUhS7awjtG"
        PartnerSDK.register("revenuecat", key: revenuecatSecretApiKey)
        let shippoLiveApiToken = "shippo_live_8af7ac80391c095a70cdbd6fd0b6dabcbc475b47"
        PartnerSDK.register("shippo", key: shippoLiveApiToken)
        let googleOauthClientSecret = "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"
        PartnerSDK.register("google", key: googleOauthClientSecret)
        let microsoftEntraIdClientSecret = "Ek88Q~jUOY2VjyJYXstqyXLGKVZB5a8pDgxB8VAd"
        PartnerSDK.register("microsoft", key: microsoftEntraIdClientSecret)
        let openaiAdminKey = "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"
        PartnerSDK.register("openai", key: openaiAdminKey)
        let perplexityApiKey = "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"
        PartnerSDK.register("perplexity", key: perplexityApiKey)
        let fireworksAiApiKey = "fw_uvxuTJqVbIuHN6BHy4t8T2NI"
        PartnerSDK.register("fireworks", key: fireworksAiApiKey)
        let stabilityAiApiKey = "sk-N8ygS4LqthAuGnX9oZZ7TsVa2WOw1G4wqRUcjDrNLszDjTIq"
        PartnerSDK.register("stability", key: stabilityAiApiKey)
        let mandrillApiKey = "md-9nA3Rv1XCWbl11WVX8Wtpc"
        PartnerSDK.register("mandrill", key: mandrillApiKey)
        let onesignalRestApiKey = "os_v2_app_k2fepveb4ki2h87hwhkl28hau6fh1l2lcnw3hdianc37qf4qefjyirppdw3idqwufqewt11eyrz0e1w79e9kzhucsvffiox2ws5vua66t8gh9kwzy"
        PartnerSDK.register("onesignal", key: onesignalRestApiKey)
        let dockerHubPersonalAccessToken = "dckr_pat_wQNINPHtI4H6jd4RsOXdXY6nYnI"
        PartnerSDK.register("docker", key: dockerHubPersonalAccessToken)
        let snykApiToken = "5691f53b-e391-705c-9b6b-ddadd3b31640"
        PartnerSDK.register("snyk", key: snykApiToken)
        let cloudflareGlobalApiKey = "644698974cf577d2b3f9b46e5876ab5a658f8"
        PartnerSDK.register("cloudflare", key: cloudflareGlobalApiKey)
        let planetscaleServiceToken = "pscale_tkn_oXrZQRJLGvyl2CVGvYGWK02Xx8CHtMJIcA1mGmif5P3"
        PartnerSDK.register("planetscale", key: planetscaleServiceToken)
        let ociAuthTokenAuthToken = "e4uqFiwoa64xLIkJDCc3"
        PartnerSDK.register("oci", key: ociAuthTokenAuthToken)
        let scalewaySecretKey = "d09651b1-50f0-403f-cc35-940874fcdfe0"
        PartnerSDK.register("scaleway", key: scalewaySecretKey)
        let dopplerServiceToken = "dp.st.prd.AtV1Dle3tGojhL7EbcYda96G9Q86QHXWY5tKwCjAgeS"
        PartnerSDK.register("doppler", key: dopplerServiceToken)
        let pulumiAccessToken = "pul-ec36da28d7544c4b9304f5c17215342e25e59240"
        PartnerSDK.register("pulumi", key: pulumiAccessToken)
        let grafanaServiceAccountToken = "glsa_H7tr7avTIl4As0lmJFYLDjn1DE1SdZQc_f7d25318"
        PartnerSDK.register("grafana", key: grafanaServiceAccountToken)
        let honeycombApiKey = "hcaik_flos4hize5vicr144fgay5en7jekpzkkbti6twdxn28k035nn5na5yw07r"
        PartnerSDK.register("honeycomb", key: honeycombApiKey)
        let posthogPersonalApiKey = "phx_Y5WCJnd83t40CCgXHX4hbQj4EJ2La1iAduDkftjKgls"
        PartnerSDK.register("posthog", key: posthogPersonalApiKey)
        let circleciProjectApiToken = "CCIPRJ_zxQ80DMxjHcu6uanSD8OVG_9c22bc5eba421a99fe4710d9e2cfcebc0e5ba31c"
        PartnerSDK.register("circleci", key: circleciProjectApiToken)
        let notionIntegrationToken = "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"
        PartnerSDK.register("notion", key: notionIntegrationToken)
        let auth0ClientSecret = "L2492C6viiSPE1LUxWCGXbGGz1qlEq_dy3JFTjl0XNhkDBJ0fcRkFmGKHsExg84-"
        PartnerSDK.register("auth0", key: auth0ClientSecret)
        let zendeskApiToken = "iurvtSHtVIEg62va0zfUp6WCl09SY5Wyjm5RhgaG"
        PartnerSDK.register("zendesk", key: zendeskApiToken)
        let mapboxSecretAccessToken = "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDBkZW1vMDAwMSJ9.3CMXb4_lBSX5-KiQrgtcEn"
        PartnerSDK.register("mapbox", key: mapboxSecretAccessToken)
    }
}
