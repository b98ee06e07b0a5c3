//! Cloud platforms, hosting and managed databases.

use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;

const UUID: &str = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "heroku-api-key",
        kind: "Heroku API key",
        prefixes: &["HRKU-"],
        pattern: r"HRKU-[A-Za-z0-9_-]{60}",
        #[cfg(test)]
        samples: Samples {
            positive: &["HRKU-AA5XHR33rikhU22NgDIixwm5JbmJE38RxERWUlb65CMCaI328JjtJjywYqcz"],
            negative: &["HRKU-rpiO-Upc7rC0uaL5vmbR"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "heroku-legacy-api-key",
        kind: "Heroku legacy API key",
        context: &["heroku"],
        pattern: UUID,
        #[cfg(test)]
        samples: Samples {
            positive: &["b338e758-29ff-a219-3328-8c8d7e563e76"],
            negative: &["22ca3b23f00cae9b14cc597bff1981de"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "digitalocean-pat",
        kind: "DigitalOcean personal access token",
        prefixes: &["dop_v1_"],
        pattern: r"dop_v1_[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["dop_v1_a9806dab1d819d10530e4e817c010b8e91a0e76f59c2a392270b491998d98f66"],
            negative: &["dop_v1_297b423b0832f883dd63e4dde849547a"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "digitalocean-oauth-token",
        kind: "DigitalOcean OAuth token",
        prefixes: &["doo_v1_"],
        pattern: r"doo_v1_[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["doo_v1_2ca8398509912d779c4fece230824d304839985f6c35850611860cf9b257d354"],
            negative: &["doo_v1_d1ab05f7afc27840869323d9f5540b8d"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "digitalocean-refresh-token",
        kind: "DigitalOcean refresh token",
        prefixes: &["dor_v1_"],
        pattern: r"dor_v1_[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["dor_v1_9e004cc355e86105df84a806c3c53e67154cf51cf732c19124a1816d8283bd3c"],
            negative: &["dor_v1_e0e08e43fa3238e252a38ed41ab31692"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "cloudflare-api-token",
        kind: "Cloudflare API token",
        context: &["cloudflare", "cf_api_token", "cfapitoken"],
        pattern: r"[A-Za-z0-9_-]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["wU3nw6pjgvqJbjtdIiWpfcBTNIWY-uFeogAK4zAM"],
            negative: &["uqB6Rlb3rma1Y-9AzNNQimXPVZvcay"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "cloudflare-global-api-key",
        kind: "Cloudflare global API key",
        context: &["cloudflare", "cf_api_key", "cfapikey", "x-auth-key"],
        pattern: r"[a-f0-9]{37}",
        #[cfg(test)]
        samples: Samples {
            positive: &["644698974cf577d2b3f9b46e5876ab5a658f8"],
            negative: &["3771fcafd9729a4750f314ef5178f5e7"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "cloudflare-origin-ca-key",
        kind: "Cloudflare Origin CA key",
        prefixes: &["v1.0-"],
        pattern: r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "v1.0-00f3a6f444d22363486e0045-d137a2c21232ebbac2778930fe6ba32d322ec0227a65c4e612bcccf9e46c2b2b653151565f72f087df239d195a030038c61b0311179e1601ec13f5b6627fe261589ad7900cc2f30da1",
            ],
            negative: &["v1.0-387c4b1dc9548233910031c6"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "fastly-api-token",
        kind: "Fastly API token",
        context: &["fastly"],
        pattern: r"[A-Za-z0-9_-]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["W5bZr8zxUU-8vggSD9e9IEaZiDbIVhF4"],
            negative: &["rihf7yCLnv6hmnVVaedE"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "netlify-pat",
        kind: "Netlify personal access token",
        prefixes: &["nfp_"],
        pattern: r"nfp_[A-Za-z0-9]{36}",
        #[cfg(test)]
        samples: Samples {
            positive: &["nfp_fcVlhJyhPErt6dSoshhjVlMAllkJzFZsuqdu"],
            negative: &["nfp_4OUSH9ABl7JAggvco58a"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "netlify-legacy-token",
        kind: "Netlify access token",
        context: &["netlify"],
        pattern: r"[A-Za-z0-9_-]{43}",
        #[cfg(test)]
        samples: Samples {
            positive: &["EiTf4htKrZBLqVojx4MjbNmZnVjz4lhVdmGACHU065M"],
            negative: &["CcHRx6c-pd1NhVKmcJmh030jjXbHm1"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "vercel-token",
        kind: "Vercel access token",
        context: &["vercel"],
        pattern: r"[A-Za-z0-9]{24}",
        #[cfg(test)]
        samples: Samples {
            positive: &["qyx5KJiBvNsfVJi5ZwneHpv7"],
            negative: &["nO8hXVbKjHlAymE7QJ0v"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "supabase-access-token",
        kind: "Supabase personal access token",
        prefixes: &["sbp_"],
        pattern: r"sbp_(?:oauth_)?[a-f0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sbp_b8110cb2e67a69eba00707c472c17b047479f40d"],
            negative: &["sbp_33f153646178d7639ea8"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "supabase-secret-key",
        kind: "Supabase secret API key",
        // `sb_publishable_` keys ship in clients.
        prefixes: &["sb_secret_"],
        pattern: r"sb_secret_[A-Za-z0-9_-]{20,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sb_secret_qInhBpiOyNCkxugjRYtfIhNq5RY2V0I"],
            negative: &[
                "sb_publishable_y23SO5ASDwxaGks0hH5G4OLxq1WskVu",
                // Too short.
                "sb_secret_qInhBpiOyNCkx",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "planetscale-service-token",
        kind: "PlanetScale service token",
        prefixes: &["pscale_tkn_"],
        pattern: r"pscale_tkn_[A-Za-z0-9_.-]{32,64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["pscale_tkn_oXrZQRJLGvyl2CVGvYGWK02Xx8CHtMJIcA1mGmif5P3"],
            negative: &["pscale_tkn_xK8ZZhi7UKlqCHIH1JxY"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "planetscale-password",
        kind: "PlanetScale database password",
        prefixes: &["pscale_pw_"],
        pattern: r"pscale_pw_[A-Za-z0-9_.-]{32,64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["pscale_pw_rd3IRDjMlUDPsI0pLmHGmDF22gtN04oonaOu1qnzi4Z"],
            negative: &["pscale_pw_Vv8xRCKptfZub5b6KDMY"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "planetscale-oauth-token",
        kind: "PlanetScale OAuth token",
        prefixes: &["pscale_oauth_"],
        pattern: r"pscale_oauth_[A-Za-z0-9_.-]{32,64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["pscale_oauth_slFnJFfKBbqoP6WRo1YmPAuMNtHhRNjQaUnafNrY-AD"],
            negative: &["pscale_oauth_nBTN-0D0l82xh51j9FzL"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "alibaba-access-key-id",
        kind: "Alibaba Cloud AccessKey id",
        prefixes: &["LTAI"],
        pattern: r"LTAI[A-Za-z0-9]{12,20}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["LTAIK2GiO3iNQxr8B1JDCHys"],
            negative: &["LTAIXVbfrcCp"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "alibaba-access-key-secret",
        kind: "Alibaba Cloud AccessKey secret",
        context: &["alibaba", "aliyun", "ltai"],
        pattern: r"[A-Za-z0-9]{30}",
        #[cfg(test)]
        samples: Samples {
            positive: &["u4nuEQKsFlQEWWGv0G9ME19dpDeNOS"],
            negative: &["sy08EGBxavowAHLDOMaAqVpD"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "tencent-cloud-secret-id",
        kind: "Tencent Cloud SecretId",
        prefixes: &["AKID"],
        pattern: r"AKID[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["AKID3FqIQPoPiuR4B7UGvg7wJ9O9FQDsSgM4"],
            negative: &["AKIDEOlWYprlxA6RhJVi"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "tencent-cloud-secret-key",
        kind: "Tencent Cloud SecretKey",
        context: &["tencent", "qcloud", "akid"],
        pattern: r"[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["eb4ZD1mTDdu1yZKCpP5LW88yBEodgxDS"],
            negative: &["kj7qAFzcHS7WhwSjJkAKpLUi"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "ibm-cloud-api-key",
        kind: "IBM Cloud API key",
        context: &["ibm_cloud", "ibmcloud", "ibm_api", "ibmapikey", "ibm-api"],
        pattern: r"[A-Za-z0-9_-]{44}",
        #[cfg(test)]
        samples: Samples {
            positive: &["OaKzcUHU3__ORAbCaodFT4IeAGFmJTrgOQKayxLz9l7R"],
            negative: &["bhGJrIW_AWza9eQ01nZ_YIj1YDu5iA"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "oracle-cloud-auth-token",
        kind: "Oracle Cloud auth token",
        // The word "oracle" alone is everywhere (docs.oracle.com); only names
        // that say auth token count.
        context: &[
            "oci_auth_token",
            "ociauthtoken",
            "oracle_auth_token",
            "oracleauthtoken",
        ],
        pattern: r"[A-Za-z0-9+/()<>:;.\[\]{}#_-]{20}",
        validate: Some(super::validators::generated_mixed),
        #[cfg(test)]
        samples: Samples {
            positive: &["e4uqFiwoa64xLIkJDCc3"],
            negative: &["QT4Oc6iYH1kH"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "databricks-token",
        kind: "Databricks personal access token",
        prefixes: &["dapi"],
        pattern: r"dapi[a-f0-9]{32}(?:-\d)?",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "dapi52bb1637d3ad897b88f24fabf8a53a74",
                "dapi806e7afb0b5ce9c820462e628b22d2d2-2",
            ],
            negative: &["dapidccb1338f6996035b838"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "mongodb-atlas-service-account-secret",
        kind: "MongoDB Atlas service account secret",
        prefixes: &["mdb_sa_sk_"],
        pattern: r"mdb_sa_sk_[A-Za-z0-9_-]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["mdb_sa_sk__Xr57skyX1fXRPzuL7XQNv_ZEPjw06NfqayViZcz"],
            negative: &[
                "mdb_sa_id_791c7acecbc03f018567d404",
                // One character short.
                "mdb_sa_sk__Xr57skyX1fXRPzuL7XQNv_ZEPjw06NfqayViZc",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "mongodb-atlas-api-private-key",
        kind: "MongoDB Atlas API private key",
        context: &[
            "atlas_private",
            "atlasprivate",
            "mongodb_atlas",
            "mongodbatlas",
        ],
        pattern: UUID,
        #[cfg(test)]
        samples: Samples {
            positive: &["610e44b2-e2c3-a569-3213-996b29447000"],
            negative: &["14672a12d6acdc6ebc7353e801c1cd0d"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "redis-cloud-api-key",
        kind: "Redis Cloud API key",
        context: &["redis_cloud", "rediscloud", "redislabs"],
        pattern: r"[A-Za-z0-9]{50,60}",
        #[cfg(test)]
        samples: Samples {
            positive: &["T2o9cBsaMtOzQuqXIKrg8O6CyVLgMYOmtElHurD9cVNZi1bCIJIkvB"],
            negative: &["d9tR91S3E49K6FpLQ69KcLpPYiG5Js"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "snowflake-password",
        kind: "Snowflake password",
        // Snowflake has no key format (its programmatic access tokens are JWTs,
        // caught as such): a password under a Snowflake name.
        context: &[
            "snowflake_password",
            "snowflakepassword",
            "snowsql_pwd",
            "snowsqlpwd",
        ],
        pattern: r"[^\s\x22']{8,64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["tmMB4eFm!byg6Sa"],
            negative: &["abc"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "linode-token",
        kind: "Linode (Akamai) API token",
        context: &["linode"],
        pattern: r"[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["2297d5f0c9d9f29d0511216de3e3243e725e5bb7e7b37c6579ddc79546aea440"],
            negative: &["3b00a617d3f2443bd4778c49cfb11f9661541c58"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "scaleway-access-key",
        kind: "Scaleway access key",
        prefixes: &["SCW"],
        pattern: r"SCW[A-Z0-9]{17}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["SCWEPP5M82FGAXDEEQHM"],
            negative: &["SCW443HTEQ94Q", "SCWINDOWSCONTROLLER"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "scaleway-secret-key",
        kind: "Scaleway secret key",
        context: &["scaleway", "scw_secret"],
        pattern: UUID,
        #[cfg(test)]
        samples: Samples {
            positive: &["d09651b1-50f0-403f-cc35-940874fcdfe0"],
            negative: &["362d9b1d4b8f2198a839b0e82788f4b4"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "vultr-api-key",
        kind: "Vultr API key",
        context: &["vultr"],
        pattern: r"[A-Z0-9]{36}",
        #[cfg(test)]
        samples: Samples {
            positive: &["SOMW7MO38N8DA0CLSOIIP2SDONLZGA423H7H"],
            negative: &["5CT4SAQDGGXDXWMR4SM7"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "hetzner-cloud-token",
        kind: "Hetzner Cloud API token",
        context: &["hcloud", "hetzner"],
        pattern: r"[A-Za-z0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["rkHcbs0jtgdbBu8SsqI66by8G1XWedLzkbwWskyZbyFgBwviadpI3mGLxxW7FMpj"],
            negative: &["n6wo6vj6Pot4uLj4EopbyJV9fH0P4z2wavOoulMc"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "flyio-token",
        kind: "Fly.io access token",
        prefixes: &["FlyV1 fm", "fo1_"],
        pattern: r"FlyV1 fm\d_[A-Za-z0-9+/=,_-]{100,}|fo1_[A-Za-z0-9_-]{43}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "FlyV1 fm2_+gb6SRlxcI6PdSNPOt7vT1EAkNWEuKqCn1wCmWMVMFHbZavpDrAs36q4EWbpzSelOOAFpMUbqjIKebNipnIKOQ0E9gfksJFZ1/7Vv0J2+Y1684Z6Iri5Pk+xA3rkaJPW6keU6YJIaro8MH12mvqIHV5JH3/hHWlZE5XMqIQPqH6hwnZsvWfxWHBlDg5ErDERy6sS2U7B",
                "fo1_u6GKmCfKYqzUeQi3mCAMaW-UzIV9tleoHlVkKG76bPT",
            ],
            negative: &["fo1_x43Dv-zGnLFwUHoZc6kf"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "render-api-key",
        kind: "Render API key",
        prefixes: &["rnd_"],
        pattern: r"rnd_[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["rnd_KHjScrOihQdOWFNG3mBme0dncnLT837G"],
            negative: &["rnd_pwCPIEU2yG3W50YM"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "neon-api-key",
        kind: "Neon API key",
        prefixes: &["napi_"],
        pattern: r"napi_[a-z0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["napi_y0qvjqdedplw404kflcxwb0ghmpkz4pd332f49ia9c7twj3k3liyroen77q691pp"],
            negative: &["napi_6sj35i1fm8o7of3aeugxbuvt5971gb"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "cockroachdb-cloud-api-key",
        kind: "CockroachDB Cloud API key",
        prefixes: &["CCDB1_"],
        pattern: r"CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{39}",
        #[cfg(test)]
        samples: Samples {
            positive: &["CCDB1_xwIRNu2abmTXy0ao4rGc0S_hlJmClDRrC6kQJeRuTrE72Z4UTNjJ36bPnheSCe"],
            negative: &["CCDB1_nmhisKcEaSc7Tw9euArGmR"],
        },
        ..PROVIDER
    },
];
