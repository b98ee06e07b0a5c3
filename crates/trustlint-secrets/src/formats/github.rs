//! GitHub. Every `gh?_` token ends with a CRC32 checksum of its random part,
//! which separates real tokens from look-alikes (GitHub blog, "Behind GitHub's
//! new authentication token formats", 2021).

use super::validators::base62_crc32_checksum;
use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;
use trustlint_core::rules::credentials;

const GITHUB: TokenFormat = TokenFormat {
    rule: &credentials::github_token::RULE,
    validate: Some(base62_crc32_checksum),
    ..PROVIDER
};

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "github-pat-classic",
        kind: "GitHub personal access token",
        prefixes: &["ghp_"],
        pattern: r"ghp_[A-Za-z0-9]{36}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
                "https://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@github.com/org/repo.git",
            ],
            negative: &[
                "ghp_6ob2pDHJHFdDySpdf4jArshuop7HQS0Qq97A",
                "ghp_dioCatZIJbDxaCFwdnV5WjQPZVeg4fSf4nn",
                "GHP_OvLjzI4dVRJBNp5z71i4DErP3X1DYF3HVXZO",
            ],
        },
        ..GITHUB
    },
    TokenFormat {
        id: "github-oauth-token",
        kind: "GitHub OAuth access token",
        prefixes: &["gho_"],
        pattern: r"gho_[A-Za-z0-9]{36}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &[
                "gho_dL1lkLSMUBR83X24XYlMZ7yUMw61gv00ZdoA",
                "gho_16C7e42F292c6912E7710c838347Ae178B4a",
            ],
        },
        ..GITHUB
    },
    TokenFormat {
        id: "github-user-to-server-token",
        kind: "GitHub App user access token",
        prefixes: &["ghu_"],
        pattern: r"ghu_[A-Za-z0-9]{36}",
        #[cfg(test)]
        samples: Samples {
            positive: &["ghu_ZFhkr258pTN4JBrZCbsD3OD4bZuGlY4DrUqQ"],
            negative: &["ghu_ShDBHwxiWzNWpySEUuYALnfEZpypc802iJoA"],
        },
        ..GITHUB
    },
    TokenFormat {
        id: "github-server-to-server-token",
        kind: "GitHub App installation token",
        prefixes: &["ghs_"],
        pattern: r"ghs_[A-Za-z0-9]{36,255}",
        #[cfg(test)]
        samples: Samples {
            positive: &["ghs_45MRDrd53Vmdfup7R2RskXf9idPdML43wg0N"],
            negative: &[
                "ghs_qMBCrsIdvW7MgL9MEtbJ0NSmrXwcXm2dBfeA",
                "ghs_1OatnIrRCwQCy350vcKP",
            ],
        },
        ..GITHUB
    },
    TokenFormat {
        id: "github-refresh-token",
        kind: "GitHub refresh token",
        prefixes: &["ghr_"],
        pattern: r"ghr_[A-Za-z0-9]{36,255}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
                "ghr_XTojaA2l55YpagiN5kGMmJzScxx6BnCY3eloBTnJjZ9dOVNCwsGWMIFSBSCxx3Wx7B3AqeKHLeqI",
            ],
            negative: &["ghr_4mfalpJprU1trnAuff7oGjML7DKqOt4ajuMA"],
        },
        ..GITHUB
    },
    TokenFormat {
        id: "github-fine-grained-pat",
        kind: "GitHub fine-grained personal access token",
        prefixes: &["github_pat_"],
        // No public checksum description exists for this format; its length and
        // two-part structure are distinctive enough.
        pattern: r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
        validate: None,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
            ],
            negative: &[
                "github_pat_113ZB83RZFLVIIO4UG8LZV_DgAE2UF9tayaVhJfiCYnkvfofzH6htAa1HNlyhY3",
                "github_pat_",
            ],
        },
        ..GITHUB
    },
    TokenFormat {
        id: "github-oauth-client-secret",
        kind: "GitHub OAuth app client secret",
        rule: &credentials::github_token::RULE,
        // 40 hex digits are also a commit id: only under a name that says secret.
        context: &[
            "github_client_secret",
            "githubclientsecret",
            "github_secret",
            "githubsecret",
            "github_oauth_secret",
        ],
        pattern: r"[0-9a-f]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["9611ba414f8044821a0de487ca1c0c82ae31a95c"],
            negative: &[
                "4431433a9b9dcd49f9ce671a24fa1e18a4e759c",
                "213444D9FBDCF71BB5A9887E9777CA0131E24ECD",
            ],
        },
        ..CONTEXTUAL
    },
];
