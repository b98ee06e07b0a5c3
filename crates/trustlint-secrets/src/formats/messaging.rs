//! Email, SMS, push and customer messaging.

use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "twilio-auth-token",
        kind: "Twilio auth token",
        // Account SIDs (`AC…`) and API key SIDs (`SK…`) are identifiers; the
        // secret is the 32-hex auth token or API key secret next to them.
        context: &["twilio"],
        pattern: r"[0-9a-f]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["f5d32066dd4d7db5139d6e8a832942bf"],
            negative: &[
                "AC8165151cc673955ffbfca0fe3dac7e59",
                "SKe353aa1be1df4f0453af10b02f596202",
            ],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "twilio-api-key-secret",
        kind: "Twilio API key secret",
        context: &[
            "twilio_api_secret",
            "twilioapisecret",
            "twilio_secret",
            "twiliosecret",
        ],
        pattern: r"[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["PyGq4Q7xCqQf40ohaUH95f1EV6aEi1Jz"],
            negative: &["tAvQNgCJgju61XR2La36"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "sendgrid-api-key",
        kind: "SendGrid API key",
        prefixes: &["SG."],
        pattern: r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &[
                "SG.RlbLCn65mk3i5ztDDzbgOJ",
                "SG.nm2MuhtMNBohYjHw1IWro9.PqOijK_TWVZwnxuGl07F",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "mailgun-api-key",
        kind: "Mailgun API key",
        prefixes: &["key-"],
        pattern: r"key-[0-9a-f]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["key-66dc79f939ab83acbfba68a6edf3c22a"],
            negative: &[
                "key-4bede1bf8aa03f8600ea",
                "key-6gUey4hnkf8wYUsLG2mVpGWHmzJJUPl0",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "mailgun-private-key",
        kind: "Mailgun private API key",
        context: &["mailgun"],
        pattern: r"[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}",
        #[cfg(test)]
        samples: Samples {
            positive: &["8829c444165525bfc29b3fff44a40218-37caf7e8-b7b4d4dd"],
            negative: &["18290b9a7cb638b2d41dd12ccff1dd75-2bbbd16c"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "mailchimp-api-key",
        kind: "Mailchimp API key",
        prefixes: &["-us"],
        pattern: r"[0-9a-f]{32}-us[0-9]{1,2}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["488c9dffae8abbc2d24caa3ac4b8a7ce-us21"],
            negative: &["1c2ab0ce81d08d54b140-us21"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "mandrill-api-key",
        kind: "Mandrill API key",
        context: &["mandrill"],
        pattern: r"md-[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{22}",
        #[cfg(test)]
        samples: Samples {
            positive: &["md-9nA3Rv1XCWbl11WVX8Wtpc"],
            negative: &["md-MLbM-UNwH5"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "postmark-server-token",
        kind: "Postmark server token",
        context: &["postmark"],
        pattern: r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["eea289f6-cb06-8edc-5b4d-930961cdc6d6"],
            negative: &["3d2d438348bdfd92b7dbd2135fc22a6e"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "brevo-api-key",
        kind: "Brevo (Sendinblue) API key",
        prefixes: &["xkeysib-", "xsmtpsib-"],
        pattern: r"x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
                "xsmtpsib-43684f55b732f29259ca1de8789a7fb77bcc2779a6b20a95824bc682c63b3f83-m3UKvooYHCSKjTSV",
            ],
            negative: &["xkeysib-1b6ead3c46fcf1889cdc27a0bde5dd6958f3a8480b352ef1dc4bfed5ebd1cfb6"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "sparkpost-api-key",
        kind: "SparkPost API key",
        context: &["sparkpost"],
        pattern: r"[a-f0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["c02e223fdd75f824c767d1a0dd2470740b0bc26a"],
            negative: &["a192b2b089feebc1adca04e0b074b565"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "vonage-api-secret",
        kind: "Vonage (Nexmo) API secret",
        context: &["vonage", "nexmo"],
        pattern: r"[A-Za-z0-9]{16}",
        #[cfg(test)]
        samples: Samples {
            positive: &["xrU3wkkexNGhW8l3"],
            negative: &["ALsUUyzQljby"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "messagebird-access-key",
        kind: "MessageBird access key",
        context: &["messagebird", "message_bird"],
        pattern: r"[A-Za-z0-9]{25}",
        #[cfg(test)]
        samples: Samples {
            positive: &["k3XYeUn9ArFXICZO1DeI2xoHM"],
            negative: &["eh2l4XXcCOH4W5SxUW9o"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "plivo-auth-token",
        kind: "Plivo auth token",
        context: &["plivo"],
        pattern: r"[A-Za-z0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["cAh0cfKm5SYx8cPBrc6fapFXZxZJbe0jHzSrdZrT"],
            negative: &["PCo9deNEHIOsbHV8knROXOowmbHZyF"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "pusher-secret",
        kind: "Pusher Channels app secret",
        context: &["pusher"],
        pattern: r"[a-f0-9]{20}",
        #[cfg(test)]
        samples: Samples {
            positive: &["1354df643ca5b9ab4eab"],
            negative: &["9f492567bdd878ac"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "onesignal-rest-api-key",
        kind: "OneSignal REST API key",
        prefixes: &["os_v2_app_", "os_v2_org_"],
        pattern: r"os_v2_(?:app|org)_[a-z0-9]{100,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "os_v2_app_k2fepveb4ki2h87hwhkl28hau6fh1l2lcnw3hdianc37qf4qefjyirppdw3idqwufqewt11eyrz0e1w79e9kzhucsvffiox2ws5vua66t8gh9kwzy",
            ],
            negative: &["os_v2_app_2kj1luy4fbyntzmcnazk8gmmmj2pxvafs170dv8g"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "intercom-access-token",
        kind: "Intercom access token",
        // Base64 of `tok:…`.
        prefixes: &["dG9rO"],
        pattern: r"dG9rO[A-Za-z0-9+/]{50,}={0,2}",
        #[cfg(test)]
        samples: Samples {
            positive: &["dG9rOjPXvXN3ZcRl6tq0PB+H316C7umF8CGFJ54Qs2sdy0ALlp/J7ckqqF0b="],
            negative: &["dG9rOjr4nRnAdu2bB6VMdAIcmp"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "customerio-api-key",
        kind: "Customer.io API key",
        context: &["customerio", "customer_io"],
        pattern: r"[a-f0-9]{32}|[a-f0-9]{20}",
        #[cfg(test)]
        samples: Samples {
            positive: &["ba9b2c82f564f19f87e95f70dfbe57e6"],
            negative: &["243a5f01be8bb5e7f22486f0"],
        },
        ..CONTEXTUAL
    },
];
