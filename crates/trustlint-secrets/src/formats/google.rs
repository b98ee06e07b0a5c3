//! Google Cloud, Firebase and Google APIs.

use super::validators::{armoured_body, generated};
use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;
use trustlint_core::Severity;
use trustlint_core::rules::credentials;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "gcp-service-account-private-key",
        kind: "Google service account private key",
        rule: &credentials::private_key::RULE,
        prefixes: &["\"private_key\""],
        // The PEM key inside a service-account JSON file, with `\n` escapes.
        pattern: r#""private_key"\s*:\s*"(?P<secret>-----BEGIN PRIVATE KEY-----(?:\\n|[A-Za-z0-9+/=])+?-----END PRIVATE KEY-----)"#,
        validate: Some(armoured_body),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                r#"{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCzgTQ6ozrWKl+xa4SaPlGeY9jmCXU0AITwTzc17Cr+mqfga0wgD5EPxeOLAcMLYMA\nVbEuqWriO3ivpHeM16F5nOZrIJemf8Q7g0Sm+1tHOe315+v2izviAFBNV23W/+i4\n-----END PRIVATE KEY-----\n"}"#,
            ],
            negative: &[
                r#"{"private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}"#,
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "google-api-key",
        kind: "Google API key",
        prefixes: &["AIza"],
        // Maps, Firebase and Gemini keys share this format. Client keys are meant
        // to be restricted rather than secret, but Gemini and server keys are
        // secret: medium severity, and the config analyzer skips Firebase's
        // client config files.
        pattern: r"AIza[0-9A-Za-z_-]{35}",
        severity: Some(Severity::Medium),
        #[cfg(test)]
        samples: Samples {
            positive: &["AIzawH3k7KxgCBHRzHjdzQ6bvO13DLdqaWVahdx"],
            negative: &[
                "AIzaHbQrdQfk1dZ8ZBQNDzjN",
                "AIZAyemNV09WX7a4akakopRJWlwKDg7GhAR0rIr",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "google-oauth-client-secret",
        kind: "Google OAuth client secret",
        prefixes: &["GOCSPX-"],
        pattern: r"GOCSPX-[A-Za-z0-9_-]{28}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["GOCSPX-oGBsF4_nQVc1"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "google-oauth-refresh-token",
        kind: "Google OAuth refresh token",
        prefixes: &["1//0"],
        pattern: r"1//0[A-Za-z0-9_-]{40,}",
        validate: Some(generated),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "1//0FUSfjINULgMrl28UdJ86iHzVxVRUMN0uZhjXBWtdka3LLp6cY1YT4Vv4DGFl_UlvcC8JgMKbp_udkvp4GUhDRnKC4lHBkHTS2mW7",
            ],
            negative: &["1//0kuEosNpVGnzeZAMjBk3y"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "google-oauth-access-token",
        kind: "Google OAuth access token",
        prefixes: &["ya29."],
        pattern: r"ya29\.[0-9A-Za-z_-]{30,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "ya29.a01frGbJMqZh2b3FnW9KR7jTQVLx9IzR2iGWJQPabcePRE8uXJEK7lB03LLnDepql2mbH6gNJxktdFdYwuILu2ba6cTplEAMMRw7qOikTMc82I6hATk8IVlLSo2cr_l0K47tbEkUEihVV4uzqNbMMJQB",
            ],
            negative: &["ya29.oOa1bD7OrQ"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "firebase-cloud-messaging-server-key",
        kind: "Firebase Cloud Messaging legacy server key",
        prefixes: &[":APA91b"],
        pattern: r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{100,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "AAAAiNuPz4d:APA91b0dcEGe9aHp4gJZtMuBOAOD1msqr0_h9FVp2rjYyE0pHDmuKwxXePNaWWJQyb7t5-0DyaCIUMWnJumNc3j9Ah08LEsKfa-MQ8rvcYH74-HauNwTuwuYG0D7HuWa3mCMCIc5CL_6",
            ],
            negative: &["AAAAE9m-KqV:APA91brfJWVR2dCoVaPW91eabl"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "google-recaptcha-secret-key",
        kind: "Google reCAPTCHA secret key",
        // Site keys (public) and secret keys share the `6L` shape: only under a
        // name that says secret.
        context: &[
            "recaptcha_secret",
            "recaptchasecret",
            "captcha_secret",
            "captchasecret",
        ],
        pattern: r"6L[0-9A-Za-z_-]{38}",
        #[cfg(test)]
        samples: Samples {
            positive: &["6LnB_9rtUKCW2GPO8mxNDzc1xnBdUNMFtoXEXOWS"],
            negative: &["6LPbtnX5BNadZbpCZ9qR8X"],
        },
        ..CONTEXTUAL
    },
];
