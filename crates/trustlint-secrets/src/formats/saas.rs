//! Productivity, identity, social and content SaaS. Public ids (Facebook app
//! ids, Mapbox `pk.` tokens, Contentful delivery tokens) are not formats.

use super::validators::{generated, mapbox_secret};
use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "linear-api-key",
        kind: "Linear API key",
        prefixes: &["lin_api_"],
        pattern: r"lin_api_[A-Za-z0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["lin_api_zw2vsf6J7jhKLLNYdphHpuiDBdwJfNDCqqi9gXv7"],
            negative: &["lin_api_meH2o9N24SxvOhCfThQh"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "linear-oauth-token",
        kind: "Linear OAuth access token",
        prefixes: &["lin_oauth_"],
        pattern: r"lin_oauth_[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "lin_oauth_697be29a1441a3ba13c4d5d2213f6c375d72e297e80c0d5b9a5cda9e5086de49",
            ],
            negative: &["lin_oauth_8aed46230726d1682d4cfce220e9ded8"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "notion-integration-token",
        kind: "Notion integration token",
        prefixes: &["ntn_", "secret_"],
        // `ntn_` since 2024; `secret_` + 43 before, which also fits long
        // identifiers, so the body must look generated.
        pattern: r"ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}",
        validate: Some(generated),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
                "secret_NRFzmgzh7OHa6Vl9kXbdQfMDwyLcR7wVKw41XEhPSQt",
            ],
            negative: &[
                "secret_brQh3X0njrXf7wHnV4FV",
                "secret_keyForTheUploadServiceConfigurationXY",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "figma-pat",
        kind: "Figma personal access token",
        prefixes: &["figd_"],
        pattern: r"figd_[A-Za-z0-9_-]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["figd_SRz9qEJhHoEsVafb9WLtxZ6Crgb2tSnbxSmCT0XS"],
            negative: &["figd_bkfQepjVVW0irICP6Mtr"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "postman-api-key",
        kind: "Postman API key",
        prefixes: &["PMAK-"],
        pattern: r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
        #[cfg(test)]
        samples: Samples {
            positive: &["PMAK-e0e250a392bc9023188da047-d76123a80bd0c4cc4f7f1c0693ccd501b1"],
            negative: &["PMAK-ebb72f0f41409c9bff956387"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "airtable-pat",
        kind: "Airtable personal access token",
        prefixes: &["pat"],
        pattern: r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "patwwlKw2FgdMxESZ.5e581e04a3674f6dbff609fe3121c7456a2ac05888d9d79bfe6e37f0b855835e",
            ],
            negative: &["patQz7aGiYSSY7zaK.b7653f1023357ee401d113a71fa58ebe"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "airtable-legacy-api-key",
        kind: "Airtable API key",
        context: &["airtable"],
        pattern: r"key[A-Za-z0-9]{14}",
        #[cfg(test)]
        samples: Samples {
            positive: &["keyAgywRe3Tb2ntsD"],
            negative: &["keyMENxaCMC"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "asana-pat",
        kind: "Asana personal access token",
        context: &["asana"],
        pattern: r"[12]/[0-9]{13,19}(?:/[0-9]{13,19})?:[A-Za-z0-9]{32}",
        validate: None,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "2/8358128405070532/1920013629125747:e0c22be67b0e19a929298ddd1f93aa8d",
                "1/6462048278702903:2Sara7DBDVzt1PFTUioKxcQ9Vu5X2eW9",
            ],
            negative: &["2/1377657430710749/2130323844726145"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "dropbox-access-token",
        kind: "Dropbox access token",
        prefixes: &["sl."],
        pattern: r"sl\.(?:u\.)?[A-Za-z0-9_=-]{130,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "sl.Dy3NNecuQubYi8XlJ74WmhOU4-HuYqeuxo2ErYxANxTMholUTt7hAfmLyapSW3vvLCK7yP5WdCcoH9TzRU6f3lzDJIpdUwokEYI4kjWunVjclMA56P4CIcZigcO2UeIkaSVV8QlXq5",
                "sl.u.jMlIb4W7AY-A1c8ooTFLB-lqJkSHBfGJFZU2yfAWx7v5_sBXzZiuIX98y7o1Qx4_WAwryAzKCfleHccAFdZw018v3gwUxhQ0igOhmDbwhPT9Ze67ui2NyKzKQUH6jcQOkOks4PFjsGYIosXmRo6Sty8dtWRFIEZFPamA5ihCKbPyX24nn-OysT-hZ8OyNVNYdmewu5si",
            ],
            negative: &["sl.9MJ5dtCPhhNZ0kMeeZ7dTBbsx0V47DwMXJsuqWD6"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "okta-api-token",
        kind: "Okta API token",
        context: &["okta"],
        pattern: r"00[A-Za-z0-9_-]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["00TPECiJdyfbgAmwDA05-XxYT2rDd_Kq_N5PkcxZz3"],
            negative: &["00v2wy_xwuHTGfJO8jJgSp"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "auth0-client-secret",
        kind: "Auth0 client secret",
        context: &["auth0"],
        pattern: r"[A-Za-z0-9_-]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["L2492C6viiSPE1LUxWCGXbGGz1qlEq_dy3JFTjl0XNhkDBJ0fcRkFmGKHsExg84-"],
            negative: &["3_nqQhAHrEl7BZs4AH9N3u-fYP8Ftj6W"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "contentful-pat",
        kind: "Contentful personal access token",
        prefixes: &["CFPAT-"],
        pattern: r"CFPAT-[A-Za-z0-9_-]{43}",
        #[cfg(test)]
        samples: Samples {
            positive: &["CFPAT-P9z8K3gz9IH8hwGD8d7SYsYsN0rW6hZl80ADTLIlTiw"],
            negative: &["CFPAT-aGl3-T6Pf1jgTMPUs5VX"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "facebook-access-token",
        kind: "Facebook/Meta access token",
        prefixes: &["EAA"],
        // Longer than Square's 64-character `EAAA…` tokens.
        pattern: r"EAA[A-Za-z0-9]{90,}",
        validate: Some(generated),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "EAAGuLTGrHVuzGPCHFIUlwxexWAwn9Vv6yXGe4QgXTdIUoan8yieli8GHhRAojMhMamhsBIl40ShbtsKtJQJVbvdB7YygTtjGrdbWTpBFprn5AbX5juvndU1Q3Qp8OBYH37ueY5XP3vCdqyK9vDm1Kxifb",
            ],
            negative: &["EAAGC7Mswualtp7I6qSnbMi5Oz5No3nk8o6jKO7Xh9yy"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "facebook-app-secret",
        kind: "Facebook app secret",
        context: &[
            "facebook_secret",
            "facebooksecret",
            "fb_secret",
            "fbsecret",
            "facebook_app_secret",
            "fb_app_secret",
        ],
        pattern: r"[a-f0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["97f8a75845eee311ad479f71aa9f1bbb"],
            negative: &["637ed694e6222a069c92"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "instagram-access-token",
        kind: "Instagram access token",
        prefixes: &["IGQV", "IGAA"],
        pattern: r"IG(?:QV|AA)[A-Za-z0-9_-]{100,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "IGQVJcKTFztF5j_oEAzjiO6wR6Uxhbapxn1iTdHW-IrVjzMRWSH1dfR32i8VVzcbK5CCZgIVH9SD0AYPX5DtgshLVbVV5CtCiD26dDrM7d-FG1JNuB2c9OzRHk48UJesnHblftXROpYV7yceqcvB2bwpSfKhHUmUJVsXY",
            ],
            negative: &["IGQVJVju2lsAWNOgrwDKzlsFM"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "twitter-bearer-token",
        kind: "X (Twitter) app bearer token",
        prefixes: &["AAAAAAAAAAAAAAAAAAAAA"],
        pattern: r"AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "AAAAAAAAAAAAAAAAAAAAAH%2B7j6iFQd0bdaxOiDlZXFZ%3DlYANL2PtXfjRvqHqyeOrNi5ifvyqTz4XqHNYUh5ZwLQqqxvTZE",
            ],
            negative: &["AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "twitter-api-secret",
        kind: "X (Twitter) API secret",
        context: &["twitter", "consumer_secret", "consumersecret"],
        pattern: r"[A-Za-z0-9]{50}",
        #[cfg(test)]
        samples: Samples {
            positive: &["S3fzjQmYrlI8DnG2Haeqje9Yb83g0xOJRceJLkr792gjOYmaHD"],
            negative: &["QhQ6Td7yFmvFjc6eTuNWJQBbQBEw1QIFAZ7zcjdx"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "linkedin-client-secret",
        kind: "LinkedIn client secret",
        context: &["linkedin"],
        pattern: r"(?:WPL_AP1\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/=]{8,})|[A-Za-z0-9]{16}",
        #[cfg(test)]
        samples: Samples {
            positive: &["WPL_AP1.Qcs7uzcaQ5KP3PXV.M6KtDj52=="],
            negative: &["loaZg8gZht"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "zendesk-api-token",
        kind: "Zendesk API token",
        context: &["zendesk"],
        pattern: r"[A-Za-z0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["iurvtSHtVIEg62va0zfUp6WCl09SY5Wyjm5RhgaG"],
            negative: &["oJUV31XHl7u4XVMBNy4FjgScywAP45"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "hubspot-private-app-token",
        kind: "HubSpot private app access token",
        prefixes: &["pat-na1-", "pat-eu1-", "pat-na2-", "pat-ap1-"],
        pattern: r"pat-(?:na|eu|ap)\d-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["pat-na1-76e7ba67-00db-0a03-aa83-6a0fd92596b0"],
            negative: &["pat-na1-dd32b447796457b64d0f3e38dfa454bd"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "hubspot-legacy-api-key",
        kind: "HubSpot API key",
        context: &["hubspot", "hapikey"],
        pattern: r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["c2a5cd05-07b1-84c4-70ec-0af32e231219"],
            negative: &["c991cb5c1bea0d42ec4ed77c726eea63"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "adafruit-io-key",
        kind: "Adafruit IO key",
        prefixes: &["aio_"],
        pattern: r"aio_[A-Za-z0-9]{28}",
        #[cfg(test)]
        samples: Samples {
            positive: &["aio_rwcEqpTYW6PkJPM7NWiKvu7GqIwy"],
            negative: &["aio_AVjmKzXShuuQ"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "twitch-oauth-token",
        kind: "Twitch OAuth token",
        prefixes: &["oauth:"],
        context: &["twitch"],
        pattern: r"(?:oauth:)?[a-z0-9]{30}",
        #[cfg(test)]
        samples: Samples {
            positive: &["oauth:e5z6wo3qut5eu2w3qsh3if2l9pxdtm"],
            negative: &["oauth:6s4bq5nhmcyg90wl49nc"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "yandex-oauth-token",
        kind: "Yandex OAuth token",
        prefixes: &["y0_", "y1_", "y2_", "y3_"],
        pattern: r"y[0-3]_[A-Za-z0-9_-]{55}",
        validate: Some(generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["y0_AgPXu03JtWnHS-S3MvwXtqabScj13jq2PdbDRN_950DqKN5aHDq9eSG"],
            negative: &["y0_0RwvIl-BABdsWL-coHJC"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "yandex-cloud-api-key",
        kind: "Yandex Cloud API key",
        prefixes: &["AQVN"],
        pattern: r"AQVN[A-Za-z0-9_-]{35,38}",
        #[cfg(test)]
        samples: Samples {
            positive: &["AQVNcTZWnuTuneUY2Ayu4qbYSCKXwMe14wv61R4U"],
            negative: &["AQVNcc2T8oLtNQSmtauM-HEn"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "zoom-client-secret",
        kind: "Zoom client secret",
        context: &[
            "zoom_client_secret",
            "zoomclientsecret",
            "zoom_api_secret",
            "zoomapisecret",
            "zoom_secret",
        ],
        pattern: r"[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["WnT8b4yDL5GI0MtkoOMRpjjhL8dBtat8"],
            negative: &["r9h9c4lwWJ9KCfKTPkKv"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "mapbox-secret-token",
        kind: "Mapbox secret access token",
        // `pk.` tokens are public by design.
        prefixes: &["sk.eyJ"],
        pattern: r"sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}",
        validate: Some(mapbox_secret),
        #[cfg(test)]
        samples: Samples {
            // {"u":"acme-maps","a":"clx0demo0001"} base64url
            positive: &[
                "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDBkZW1vMDAwMSJ9.3CMXb4_lBSX5-KiQrgtcEn",
            ],
            negative: &[
                "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDBkZW1vMDAwMSJ9.DHYn1TO6BHCc5xNOd7peES",
                // The signature cut short.
                "sk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImNseDBkZW1vMDAwMSJ9.3CMXb4_lBSX5",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "typeform-pat",
        kind: "Typeform personal access token",
        prefixes: &["tfp_"],
        pattern: r"tfp_[A-Za-z0-9_.=-]{40,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["tfp_3SvaGSJMWFoxWtecgVA0Ea7bPdlter3wPmoQSkUOPC_e_DD8Odw_vKyTQX6"],
            negative: &["tfp_3oGH8AU1HsJLloYkF-LF"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "frameio-token",
        kind: "Frame.io developer token",
        prefixes: &["fio-u-"],
        pattern: r"fio-u-[A-Za-z0-9_=-]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["fio-u-QL8FHfSs7DrqbKUA_jv96iftA_v5cbuoxLghYc3no2TYZmzk9ddmKYqPfy86BI4s"],
            negative: &["fio-u-OmKncqxQjreDAT2r9TRp"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "readme-api-key",
        kind: "ReadMe API key",
        prefixes: &["rdme_"],
        pattern: r"rdme_[a-z0-9]{70}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "rdme_49vuw4pmp1qji1u6aizdgl1jztshwts85szn112en8knhwtcqm8oq8i6mx2ldm5gfwkzg4",
            ],
            negative: &["rdme_ovvkmlhql2ut4nwkcykpkiprc9xn8k"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "trello-api-token",
        kind: "Trello API token",
        context: &["trello"],
        pattern: r"ATTA[A-Za-z0-9_=-]{60,}|[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "6f80fc37583090a4629b399ae267fdcad977926f35b6fe37d394477625eb9295",
                "ATTAxrlWMQlXMLpJVg80AxCPwMM_5lqOy9v2iNS8XIDar6bW28-7vYs-ZNLWyK7zt-qT9MScqn",
            ],
            negative: &["73d784c533483be36b4621b3b22d8f22"],
        },
        ..CONTEXTUAL
    },
];
