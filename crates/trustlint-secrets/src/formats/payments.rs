//! Payments and commerce. Publishable keys (Stripe `pk_`, Square `sq0idp-`,
//! Braintree tokenization keys, RevenueCat `appl_`/`goog_`) ship in clients by
//! design and are not formats here; test-mode secret keys are low severity.

use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;
use trustlint_core::Severity;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "stripe-live-secret-key",
        kind: "Stripe live secret key",
        prefixes: &["sk_live_"],
        pattern: r"sk_live_[A-Za-z0-9]{24,247}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "sk_live_OyXxVuQN2mozf6eONLK0oAut",
                "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",
            ],
            negative: &[
                "pk_live_v9kAuSyoP4thpCM5a9Lxt682",
                "sk_live_vm0fK82TlA",
                "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "stripe-test-secret-key",
        kind: "Stripe test-mode secret key",
        prefixes: &["sk_test_"],
        pattern: r"sk_test_[A-Za-z0-9]{24,247}",
        severity: Some(Severity::Low),
        #[cfg(test)]
        samples: Samples {
            positive: &["sk_test_y4T82ALIpubRnI5tOJqQz6it"],
            negative: &[
                "pk_test_8XOAABtgKKDX535puoeCqIwS",
                // One character short.
                "sk_test_y4T82ALIpubRnI5tOJqQz6i",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "stripe-live-restricted-key",
        kind: "Stripe live restricted key",
        prefixes: &["rk_live_"],
        pattern: r"rk_live_[A-Za-z0-9]{24,247}",
        #[cfg(test)]
        samples: Samples {
            positive: &["rk_live_UU6sp1hKhsYOfeFnNFqsIbLF"],
            negative: &["rk_live_THVASdkt2Pkb"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "stripe-test-restricted-key",
        kind: "Stripe test-mode restricted key",
        prefixes: &["rk_test_"],
        pattern: r"rk_test_[A-Za-z0-9]{24,247}",
        severity: Some(Severity::Low),
        #[cfg(test)]
        samples: Samples {
            positive: &["rk_test_d8yoLFSW4Cnfcp3ObYPQtFWk"],
            negative: &["rk_test_6tGtLuXyAkBA"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "stripe-webhook-secret",
        kind: "Stripe webhook signing secret",
        prefixes: &["whsec_"],
        pattern: r"whsec_[A-Za-z0-9+/=]{32,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["whsec_pkIH0EdzbXz3K4GarwxrvlDVYdP4yH7e"],
            negative: &["whsec_Mmc6oBcnsC1kHtPz"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "square-access-token",
        kind: "Square access token",
        prefixes: &["EAAA", "sq0atp-"],
        // Exactly 64 characters: longer EAA… tokens are Facebook's.
        pattern: r"EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "EAAAJPoOVwYRyYcY-mCpuZSCLUtfh7Mr8PUT7ZFEtNfYNLTtelo88DCn0obF8tE6",
                "sq0atp-Ul-xiTZFWyYUuB8kVb50lu",
            ],
            negative: &[
                "EAAAaIrI3i45f5EDJX4qrcn2ll-xGQZjNLb0dZ6QG7cT",
                "sq0idp-g_PTP0EgksAs7acokNoZsZ",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "square-oauth-secret",
        kind: "Square OAuth application secret",
        prefixes: &["sq0csp-"],
        pattern: r"sq0csp-[A-Za-z0-9_-]{43}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sq0csp-9ldiwvaIh1TGjRmF9ArY6kuJdUd-FbbQ3CG4rW80G5B"],
            negative: &["sq0csp-v_LDCVu5BjmZXKgvuELs"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "braintree-production-access-token",
        kind: "Braintree production access token",
        prefixes: &["access_token$production$"],
        pattern: r"access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "access_token$production$xnghmn1fqy9xaf9j$54d8bf09b8339610bfce20f8e9a8521e",
            ],
            negative: &[
                "production_a19wsrjn_yrsr9krs3lc8aafx",
                "access_token$production$361zzc9jiz9fir1a",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "braintree-sandbox-access-token",
        kind: "Braintree sandbox access token",
        prefixes: &["access_token$sandbox$"],
        pattern: r"access_token\$sandbox\$[0-9a-z]{16}\$[0-9a-f]{32}",
        severity: Some(Severity::Low),
        #[cfg(test)]
        samples: Samples {
            positive: &["access_token$sandbox$ecdvlf1l2rfagrwm$5c040074ddc901bc73b393da140df854"],
            negative: &[
                "sandbox_tqw58zxy_aq36ropcrtyj6mzj",
                // One hex digit short.
                "access_token$sandbox$ecdvlf1l2rfagrwm$5c040074ddc901bc73b393da140df85",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "paypal-client-secret",
        kind: "PayPal REST client secret",
        context: &["paypal"],
        pattern: r"E[A-Za-z0-9_-]{79}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "EYf68ZiQt4erhL2SoysFm38kxlq23tHPNJEbBWW3zIhCk5TuzgCNc0Z968lV8OHKKk3IA2jHRqwDc27m",
            ],
            negative: &[
                "AiOm5lpAMcjd_Pbz4k_zmNZeEyRCzPgh6bDNUg__AYW67xeAXuFbWnGqgnPHst0X6b2iZ5poZsKC3Jq6",
                "ESjim6EmHs9lj95siYdkaJPGtNnOn8FS9jhxO0BpE",
            ],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "shopify-access-token",
        kind: "Shopify Admin API access token",
        prefixes: &["shpat_"],
        pattern: r"shpat_[a-fA-F0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["shpat_qvfJk9cq6S4r6lcQX0KOTIzoIe7xzDtC"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "shopify-custom-app-token",
        kind: "Shopify custom app access token",
        prefixes: &["shpca_"],
        pattern: r"shpca_[a-fA-F0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["shpca_cd82ec07feb45758"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "shopify-private-app-token",
        kind: "Shopify private app access token",
        prefixes: &["shppa_"],
        pattern: r"shppa_[a-fA-F0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["shppa_4d9bcebb9b86816f"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "shopify-shared-secret",
        kind: "Shopify app shared secret",
        prefixes: &["shpss_"],
        pattern: r"shpss_[a-fA-F0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["shpss_aa6daf804e164341"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "revenuecat-secret-key",
        kind: "RevenueCat secret API key",
        // `sk_` + 32 is RevenueCat's secret key; its public SDK keys (`appl_`,
        // `goog_`, `amzn_`) ship in apps. Only next to the name RevenueCat,
        // since `sk_` alone is shared by many providers.
        context: &["revenuecat"],
        pattern: r"sk_[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sk_AKru13n8RHWC0kszT07RfVMUhS7awjtG"],
            negative: &[
                "appl_DXqwYxwvdiWJoSX8yW5C8BnPxRd",
                "goog_GqBVBxDPwLjluhLTJoEdib0DGJ9",
            ],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "adyen-api-key",
        kind: "Adyen API key",
        prefixes: &["AQE"],
        pattern: r"AQE[A-Za-z0-9]{2,4}[A-Za-z0-9+/=._-]{80,}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "AQEyhmfxKIeGzju6pkUSwK8fCuJpk.ltwHehXqdYs2oUgzlrYHVXPsu9ncH7irK8sJutkhuXWhVk2vdEOkCgR_SMPzrXfa84rXUT5odK2HiDnW",
            ],
            negative: &["AQEQ3V9ewzV8m2rDtDCRw7k", "AQEPLAYER"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "razorpay-key-secret",
        kind: "Razorpay key secret",
        context: &["razorpay"],
        pattern: r"[A-Za-z0-9]{24}",
        #[cfg(test)]
        samples: Samples {
            positive: &["enpjmniM6blIwT0dpqxZobYh"],
            negative: &["rzp_live_69XeP84fDrKwea", "fjJbkPmiFfFd4iFPjXAG"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "plaid-access-token",
        kind: "Plaid access token",
        prefixes: &[
            "access-production-",
            "access-development-",
            "access-sandbox-",
        ],
        pattern: r"access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["access-production-5a94d861-2b9f-a983-aea3-5f0cbe24f590"],
            negative: &[
                "access-production-fbf263b83eced11cc775c0b77c40434e",
                "public-sandbox-96d3095b-0e3f-c969-4570-f0b91866e5de",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "plaid-secret",
        kind: "Plaid API secret",
        context: &["plaid"],
        pattern: r"[0-9a-f]{30}",
        #[cfg(test)]
        samples: Samples {
            positive: &["1909ebb1c6929a366cc99c6320bfe8"],
            negative: &["6f2f475266f35b85e92addfdc4bdf6f0", "65c216d35a46ffc7e032"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "flutterwave-secret-key",
        kind: "Flutterwave secret key",
        prefixes: &["FLWSECK-", "FLWSECK_TEST-"],
        pattern: r"FLWSECK(?:_TEST)?-[0-9a-f]{32}-X",
        #[cfg(test)]
        samples: Samples {
            positive: &["FLWSECK-463fc1d791d0ad7ee3b7ba3ab6afb5be-X"],
            negative: &[
                "FLWPUBK-70ba1a45c399e473603455043f5a8ed9-X",
                "FLWSECK-5ddc90e9466f742a55058aecee1a25a9",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gocardless-access-token",
        kind: "GoCardless access token",
        prefixes: &["live_"],
        context: &["gocardless"],
        pattern: r"live_[A-Za-z0-9_=-]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["live_KWKvdSPHWTv2mjut1ufoAu1VzgzrotUEp1bT25tK"],
            negative: &["live_sWQaaK2USrABjlqLL7YK"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "mollie-api-key",
        kind: "Mollie API key",
        context: &["mollie"],
        pattern: r"live_[A-Za-z0-9]{30}",
        #[cfg(test)]
        samples: Samples {
            positive: &["live_VB9qSiAIS6AntSCjYe4MU2FX8OwiV1"],
            negative: &[
                "test_qUs5JMrzwIBTFzcMp4TuWeeoakhmf1",
                "live_16mqRfDHtf6WdtoSCtmI",
            ],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "shippo-live-token",
        kind: "Shippo live API token",
        prefixes: &["shippo_live_"],
        pattern: r"shippo_live_[a-f0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["shippo_live_8af7ac80391c095a70cdbd6fd0b6dabcbc475b47"],
            negative: &["shippo_live_b12ceb49270626e2e0f8"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "shippo-test-token",
        kind: "Shippo test API token",
        prefixes: &["shippo_test_"],
        pattern: r"shippo_test_[a-f0-9]{40}",
        severity: Some(Severity::Low),
        #[cfg(test)]
        samples: Samples {
            positive: &["shippo_test_530720be7b25e3faaac2d90668fab85f16acf88f"],
            negative: &["shippo_test_6610cda96952c0e4d876"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "easypost-api-key",
        kind: "EasyPost production API key",
        prefixes: &["EZAK"],
        pattern: r"EZAK[a-f0-9]{54}",
        #[cfg(test)]
        samples: Samples {
            positive: &["EZAK95f3eadd67046515af7c8d60cda441470b2a6e46b152edc2d09c91"],
            negative: &["EZAK718f1ec6bbc0c750f8a0e68ac77707"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "easypost-test-api-key",
        kind: "EasyPost test API key",
        prefixes: &["EZTK"],
        pattern: r"EZTK[a-f0-9]{54}",
        severity: Some(Severity::Low),
        #[cfg(test)]
        samples: Samples {
            positive: &["EZTK6c3390736a7b1636da79de36ea8b2a02f9a1d344f02b98085e1f05"],
            negative: &["EZTK5a6981b75f4ec24b96b7f9b96e32f1"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "duffel-live-token",
        kind: "Duffel live access token",
        prefixes: &["duffel_live_"],
        pattern: r"duffel_live_[A-Za-z0-9_-]{43}",
        #[cfg(test)]
        samples: Samples {
            positive: &["duffel_live_jKyIUrrYtlN7F06unmQsyLzTqAndThl8S30ZFV94Fx5"],
            negative: &["duffel_live_zs7yVNI1C4u0olr9ezCo"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "coinbase-api-private-key",
        kind: "Coinbase CDP API key secret",
        context: &["coinbase"],
        // CDP keys' secrets are EC private keys (caught as private keys); the
        // older HMAC API secret is 32 base64 characters.
        pattern: r"[A-Za-z0-9+/]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["Rb11XqfLyUhatPvq3FCCYHQDW1yE2Rzo"],
            negative: &["wHU7zqH7z8oOu9H4lWwo"],
        },
        ..CONTEXTUAL
    },
];
