//! Team chat: Slack, Discord, Telegram, Microsoft Teams, and webhook relays.

use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "slack-bot-token",
        kind: "Slack bot token",
        prefixes: &["xoxb-"],
        pattern: r"xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}",
        #[cfg(test)]
        samples: Samples {
            positive: &["xoxb-337626272097-0122087892642-W62wDOijzmv1toJKJ9vOe074"],
            negative: &[
                "xoxb-608367365420-j0qnW1QiU4yXzpPR5Fcj2gyL",
                "xoxb-your-token-here",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "slack-user-token",
        kind: "Slack user token",
        prefixes: &["xoxp-"],
        pattern: r"xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "xoxp-091361118903-076482844589-1912523153004-5f97f4e68db7bd33bc5223e8a12742b3",
            ],
            negative: &["xoxp-374958246388-036586668274-8902c5f8c46a66a9042850fcce22180c"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "slack-app-token",
        kind: "Slack app-level token",
        prefixes: &["xapp-"],
        pattern: r"xapp-\d-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "xapp-1-AD9GD1YEMKE-5773415247557-ffe56ca5c3d413ca6ebd8067af2e6149e05029a4424d4d02d912c6422832a1ae",
            ],
            negative: &["xapp-1-AIIH9OVVKLK-0089077447750-c6798cd86b01a1304bb83aa26a2d5178"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "slack-config-access-token",
        kind: "Slack configuration access token",
        prefixes: &["xoxe.xox"],
        pattern: r"xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "xoxe.xoxp-1-mwIySZfn4kB6tKfVgaxtrZw4DmOAEdOYaMziqxBSLaDF1rCTlOjAfa4ofXZqqL3H4b6KbCo5DYwyNAiajpyboUSK21XV452SK5jWvE0TImyoCsQbuTFMQJa4YcqfZvVmEwIdhaqz02701TS1jtJK0w",
            ],
            negative: &["xoxe.xoxp-1-NuWoW62WlfQ1WvMrkNJXSLK6uUGV2RHw5trCWRFP"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "slack-config-refresh-token",
        kind: "Slack configuration refresh token",
        prefixes: &["xoxe-"],
        pattern: r"xoxe-\d-[A-Za-z0-9]{100,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "xoxe-1-fxX5SnXxDnuYHL0U5gfdYgCrXR5geD3J45cZMKDtAYsave7SOThvMATUnJMvGLhTbSalxsMitztNVUApMBkvdNMLF3MKZTZuUTJVAJaRuOIT5QNtTsgOnfjvN2q8KJh8TUgIossk4yzw",
            ],
            negative: &["xoxe-1-6S4m8gUeN5a05ZZyCbuY2Vwfr4svqv"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "slack-workspace-token",
        kind: "Slack workspace access token",
        prefixes: &["xoxa-", "xoxr-", "xoxs-"],
        pattern: r"xox[ars]-(?:\d-)?[0-9]{10,13}-[0-9A-Za-z-]{20,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "xoxa-2-855656533840-142680975254-018433490595-b2390ae60fbf3a55ded8544977479c45",
                "xoxs-225538209365-589995308204-sdUaarOHhqduA8fk0h9HVqcIL2BGUwyu0MkbNp8k",
            ],
            negative: &["xoxa-W0jpn9dWWU"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "slack-webhook-url",
        kind: "Slack incoming webhook URL",
        prefixes: &["hooks.slack.com/"],
        pattern: r"https://hooks\.slack\.com/(?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{15,20}/[a-f0-9]{32})",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "https://hooks.slack.com/services/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",
                "https://hooks.slack.com/triggers/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",
            ],
            negative: &[
                "https://hooks.slack.com/services/TFR35J021S6/BH5C8B63BID",
                "https://api.slack.com/apps/ALAK3CWNTN4",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "discord-webhook-url",
        kind: "Discord webhook URL",
        prefixes: &["/api/webhooks/"],
        pattern: r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,70}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "https://discord.com/api/webhooks/544714818917777775/ewh2TGmVjlc_-J-6YZccz0rkurjYAzdhow4w6N61YxxfkoDcH6DpEHysn9-hlAhi9Q9p",
            ],
            negative: &[
                "https://discord.com/api/webhooks/632158966512627845",
                "https://example.com/api/webhooks/518762377710986031/sp5KK1TZcipxKGMjKAc_d0XRsdrM_dKSPfm_l5VHPH9XLY1Pe4GrMEvN03CzAgzOQ8c8",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "discord-bot-token",
        kind: "Discord bot token",
        // base64(snowflake id).timestamp.HMAC — no literal prefix, so only next
        // to the word Discord.
        context: &["discord"],
        pattern: r"[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}",
        validate: None,
        #[cfg(test)]
        samples: Samples {
            positive: &["MTjZ3UT2KiHEFgMbU0MOjpEjie.FSah7R.iyfNunZEXhJcQA4lijGc8IR196QGcQGEyMgv_Q"],
            negative: &[
                "MTRBjtxzF3JSP_heMFbFlfU9Fb.PMMxQO",
                "ZTFVL62_kkKWcpkm5gPZGSBEoF.64-UNA.SpokJkOpwTOy_VsXGw5wDorG6Pq95fncuEqRWN",
            ],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "telegram-bot-token",
        kind: "Telegram bot token",
        prefixes: &[":AA"],
        // In Bot API URLs the token follows `bot` directly.
        pattern: r"(?:bot)?(?P<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "3608848613:AAoU4bp4XeH82wMEVRLYyzIS_CrGIfYaRbz",
                "https://api.telegram.org/bot940161871:AAotIfdk3Np-4s7VSV3KNsu_OWxN5EVhg1S/sendMessage",
            ],
            negative: &[
                "9916675579:ABs92Fq6-hkHzzWf7EQ0HI1psBliiVKuvra",
                "6906824554:AAExqwzkGJTr2EjdU94vI4",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "microsoft-teams-webhook-url",
        kind: "Microsoft Teams incoming webhook URL",
        prefixes: &[".webhook.office.com/"],
        pattern: r"https://[a-z0-9-]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}(?:/[A-Za-z0-9_-]+)?",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "https://contoso.webhook.office.com/webhookb2/3d52a90a-27a9-6da4-dba1-7467c3d7a235@362bf106-7ad9-1f0f-8473-702819a4505c/IncomingWebhook/eafd83ace6d0ca3f0a69a5d668120f98/d03524e7-f423-b6b0-9e0e-6b5e28ad63dd",
            ],
            negative: &[
                "https://contoso.webhook.office.com/webhookb2/03dbc9ac-ca5f-a542-35be-7f1305ca34fa",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "zapier-webhook-url",
        kind: "Zapier webhook URL",
        prefixes: &["hooks.zapier.com/"],
        pattern: r"https://hooks\.zapier\.com/hooks/catch/[0-9]{5,10}/[a-z0-9]{6,8}/?",
        #[cfg(test)]
        samples: Samples {
            positive: &["https://hooks.zapier.com/hooks/catch/10378296/90uu4gq/"],
            negative: &["https://hooks.zapier.com/hooks/catch/"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "mattermost-access-token",
        kind: "Mattermost access token",
        context: &["mattermost"],
        pattern: r"[a-z0-9]{26}",
        #[cfg(test)]
        samples: Samples {
            positive: &["wspwxwzy45eor4kk9khre9bok9"],
            negative: &["4mqvkm11d8boqb98a3o2"],
        },
        ..CONTEXTUAL
    },
];
