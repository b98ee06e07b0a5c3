//! Amazon Web Services and Amazon developer services.

use super::validators::generated_mixed;
use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;
use trustlint_core::rules::credentials;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "aws-access-key-id",
        kind: "AWS access key id",
        rule: &credentials::aws_access_key::RULE,
        // Long-term (AKIA), temporary (ASIA), bearer (ABIA) and context-specific
        // (ACCA) keys. AIDA/AROA/AGPA… are unique ids of users, roles and
        // groups, not credentials.
        prefixes: &["AKIA", "ASIA", "ABIA", "ACCA"],
        pattern: r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}",
        examples: &["AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE"],
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "AKIA4D79JOBI1O0QMF1W",
                "aws_access_key_id = ASIALCMVDPKV0XOGTSW5",
            ],
            negative: &[
                "AKIAIOSFODNN7EXAMPLE",
                "AIDAW4ZZPWO1PUQRVS8R",
                "AKIARO04US1OIZJJWJL",
                "AKIABOGUOMKXTJBYKF1AW",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "aws-secret-access-key",
        kind: "AWS secret access key",
        rule: &credentials::aws_secret_key::RULE,
        // 40 base64 characters are also a SHA-1 in base64 or a random id: only
        // next to a name that says so, or in a text that holds a key id.
        context: &[
            "aws_secret",
            "awssecret",
            "secret_access_key",
            "secretaccesskey",
            "secret-access-key",
            "aws_secret_key",
            "akia",
        ],
        pattern: r"[A-Za-z0-9/+]{40}",
        validate: Some(generated_mixed),
        examples: &[
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        ],
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "rQvAIfX0BDB7MwNFtaw6tCXLwDv+MlOiZ5qRkpOf",
                "AKIA3JSWEDXYK44YVTST:g3WrpbRmgkeao91HAHySYbIxUGamYAsA8DqAa206",
            ],
            negative: &[
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "daph7TpaPqPVlKfp2rODIi5a1mTYTHEIziBYFj2",
                "5ee969e35e84194dd07a49094702892679c585da",
                "ovKmBzTu3NBMDNMKLKGNkUNnnZNPasqnE9jdtcUqI",
            ],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "aws-session-token",
        kind: "AWS session token",
        // STS session tokens are base64 of a structure that starts the same way.
        prefixes: &["IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE", "FQoGZXIvYXdzE"],
        pattern: r"(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE)[A-Za-z0-9/+]{100,}={0,2}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "IQoJb3JpZ2luX2Vju8MXjrD6ZjJMkBZN0xRXr2pCDVln/iln1OmuoNLCEY5ZInDWhdH11Qpiewys8T2WXZFjt2ZMBs4yluzviWEThWmyG1VlEfEiE3Y0rhqAXcnojsgzh7FNnIEe",
            ],
            negative: &[
                "IQoJb3JpZ2luX2VjT6pR9Xy643QZyqYdVzqc5JcCn74ImNQgPlvqG2vi",
                "iqojb3jpz2lux2vjMlIWwo2gO31GQoFGBxkinYtBrzuPOLkuz7CWmpjFpupUvDq5WjhYVREtl7WrPftuk1HrLJ4dgu4lyg8K5EmPmK8BCIgzhqZ0Xm7lp8GKa9Yh2eNoDJhwCCV6",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "aws-bedrock-api-key",
        kind: "Amazon Bedrock API key",
        // Base64 of "BedrockAPIKey-".
        prefixes: &["ABSKQmVkcm9ja0FQSUtleS"],
        pattern: r"ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,}={0,2}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "ABSKQmVkcm9ja0FQSUtleSIytcq5HYPm406D57155Xlc7AcLvJiodPRDNFYz8Ie0Qf5eZ0BHF1X5g6KPgLMVppE8OkxPf34gJFPN6H",
            ],
            negative: &["ABSKQmVkcm9ja0FQSUtleScGYi3lG2laeBLdhUMqDg"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "amazon-mws-auth-token",
        kind: "Amazon MWS auth token",
        prefixes: &["amzn.mws."],
        pattern: r"amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["amzn.mws.ee285e86-f5ff-b856-a2a7-fd248ba75b70"],
            negative: &["amzn.mws.2bc16181b5131e87dbf7d88fdd56b961"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "amazon-lwa-client-secret",
        kind: "Login with Amazon client secret",
        prefixes: &["amzn1.oa2-cs.v1."],
        pattern: r"amzn1\.oa2-cs\.v1\.[0-9a-f]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "amzn1.oa2-cs.v1.92b1987e742e1c2802a2e86a77f2d213477e0dd77631de45b59820bdef7d4de3",
            ],
            negative: &[
                "amzn1.oa2-cs.v1.272813b7de7993429aed8b17c07a1bb6",
                "amzn1.application-oa2-client.3700f4e2ff5c50df634a75060b1c3c62",
            ],
        },
        ..PROVIDER
    },
];
