//! Private keys and signed tokens that are not tied to one provider.
//!
//! PEM bodies may be written across lines, with `\n` escapes inside a string
//! literal, or as concatenated literals (`"…\n" +` in Swift, `\` line
//! continuations in Rust): the body alphabet allows whitespace, backslashes and
//! quotes. Documentation elisions (`MIIE...`) break the body and do not match.

use super::PROVIDER;
use super::validators::{armoured_body, signed_jwt};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;
use trustlint_core::Severity;
use trustlint_core::rules::credentials;

const PRIVATE_KEY: TokenFormat = TokenFormat {
    rule: &credentials::private_key::RULE,
    validate: Some(armoured_body),
    ..PROVIDER
};

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "pem-rsa-private-key",
        kind: "RSA private key",
        prefixes: &["-----BEGIN RSA PRIVATE KEY-----"],
        pattern: r#"-----BEGIN RSA PRIVATE KEY-----[A-Za-z0-9+/=\s\\",:-]{64,}?-----END RSA PRIVATE KEY-----"#,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAh5ZuKcG38hTjNpR8LeypPIikgKhs0QSf3nwdIVZRQQp9Zqb2rJxHtNpyvs4BLItA\nrEOqmJN1rjWSTLtqyx4T3kkSuubbw7NYeYriDXNDLkpAny6lZEpWLKzSF+o+BWyX\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEAhVcQWhy10aJI7JGyKTyBg8cKZghNEfSaC2vkGgZpBjopaVylXVOYN3SRwIIn\\nYWDuiv/XurRomMzaJuyxD5F2K6Nhy/CdQuRKim+yIV6Ey4IV4CeDsc+O05wGjdL3\\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,5573E10C343F936C4601A1BA5F03A223\n\nlLo4AWTTl6e73PF5gB2ql8X5TKhYGvYPz/b5aQ0W4R2e7H4c3KHKfCS4wHvuJTq4\nIs30UKHojyphOCOiL35rhIAKbo+g+RPeEtByP6OXAYW+K3X72Mtl6cd2I6vuAllh\n-----END RSA PRIVATE KEY-----",
            ],
            negative: &[
                "-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEAIKKwy2DhV2cLOGpbVHsgvELwzg7v5CxABQ67ktpXoOdbXz8IOAw1GrPO/h83Gn6Q\nhm+TNiy1HHvfDUTpwqjt+Qsb1Wj+AgYVb9W9FcwRr0NaSh2OG0WoF+UfqcRldkTx\n-----END RSA PUBLIC KEY-----",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "pem-ec-private-key",
        kind: "EC private key",
        prefixes: &["-----BEGIN EC PRIVATE KEY-----"],
        pattern: r#"-----BEGIN EC PRIVATE KEY-----[A-Za-z0-9+/=\s\\",:-]{64,}?-----END EC PRIVATE KEY-----"#,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIvZnlByz2mvQbE1b3bAxMiO/jF189iAnmdz4GJnaai6jvHXLJKto2Yq8\nC69aSzDspM5cphV1hXPpLxyyUe3RVUGpEA5ry/iOregHAUjjlvkYzzUmwlSqnlVz\n-----END EC PRIVATE KEY-----",
            ],
            negative: &[
                "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----",
                // An elided key from documentation.
                "-----BEGIN EC PRIVATE KEY-----\n...\n-----END EC PRIVATE KEY-----",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "pem-dsa-private-key",
        kind: "DSA private key",
        prefixes: &["-----BEGIN DSA PRIVATE KEY-----"],
        pattern: r#"-----BEGIN DSA PRIVATE KEY-----[A-Za-z0-9+/=\s\\",:-]{64,}?-----END DSA PRIVATE KEY-----"#,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "-----BEGIN DSA PRIVATE KEY-----\nMIIBuwIBAAKBgQAVBuQ3qYqR70mGrOKcWL8JMdykE+7Pqd777+erTDIhIapp6ZMe\nLP9V5PiI4H9uzh0p2PF79wb9ujMBKRi6sqqM2kDb/od5xTe+wGvG7ZwWthEoyxu2\n-----END DSA PRIVATE KEY-----",
            ],
            negative: &["-----BEGIN DSA PRIVATE KEY-----\n-----END DSA PRIVATE KEY-----"],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "pem-pkcs8-private-key",
        kind: "private key",
        prefixes: &["-----BEGIN PRIVATE KEY-----"],
        pattern: r#"-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\s\\",:-]{64,}?-----END PRIVATE KEY-----"#,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC5yHt01BMdPUSReM8nKV8yAfkWk9HJGNp\nk/sK0nWkw4z18V19TshDALsEC9XzAQnZcBydylWBAW0uziQMaR8KnUqlq7SDNPCA\n-----END PRIVATE KEY-----",
                "\"-----BEGIN PRIVATE KEY-----\\n\" +\n    \"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49oAH5+HD8gIbx47cY2uhkwLV3LsAy641w\\n\" +\n    \"bMtKLv0E616cfdOZXCDppo9MOVZwRYvHZoDq0T5w8r9NcxVJd/fP5p0WAEZ0ORDA\\n\" +\n    \"-----END PRIVATE KEY-----\"",
            ],
            negative: &[
                "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCEAMaOvlyVnAy9oQdi4Bf6mzPOuuxIvQjAvlK\n910i6AAMzJinXehGrgtKgFKVCx6dItLFwg0rE2F41077lRpp2q3Ii2/uN3phC0eW\n-----END PUBLIC KEY-----",
                "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAFHRWNl14peiWo+ZAd9mnfhi34YrVMsq5vnsgzX8j5Qg\ntjbdX9wlWqpLHLbZI2A+2F8GaQdvT4l8+EQtQvNOedA9IlHcLxOXPxx8Z09s6a+P\n-----END CERTIFICATE-----",
                "let header = \"-----BEGIN PRIVATE KEY-----\"",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "pem-encrypted-private-key",
        kind: "encrypted private key",
        prefixes: &["-----BEGIN ENCRYPTED PRIVATE KEY-----"],
        pattern: r#"-----BEGIN ENCRYPTED PRIVATE KEY-----[A-Za-z0-9+/=\s\\",:-]{64,}?-----END ENCRYPTED PRIVATE KEY-----"#,
        // Useless without its passphrase, which is often committed next to it.
        severity: Some(Severity::Medium),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApU/dBUFDTzLOpNBoNQO3KD+zeG4FaVA1+y/gX\nq7VQk6uIGhsYOJsNM3+slWHxlo3l9leTLOtVB+yMScGBWXtZ6V12XvmMjbv1f77J\n-----END ENCRYPTED PRIVATE KEY-----",
            ],
            negative: &[
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\n<redacted>\n-----END ENCRYPTED PRIVATE KEY-----",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "openssh-private-key",
        kind: "OpenSSH private key",
        prefixes: &["-----BEGIN OPENSSH PRIVATE KEY-----"],
        pattern: r#"-----BEGIN OPENSSH PRIVATE KEY-----[A-Za-z0-9+/=\s\\",:-]{64,}?-----END OPENSSH PRIVATE KEY-----"#,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nvndgixCrHkNZuNZqHwLjisna82QvaHa1NlNTTjNlkeNuY2VYGHdAFPp5SYrmU3hXtMtbCh\npwbxgk03pprE16A7N6utjvXUeBUhnZKCy0E6KIAYnC5Nlo/3XIyQBpu71cIGUCXMi+OrJr\n-----END OPENSSH PRIVATE KEY-----",
            ],
            negative: &[
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRQZeeeJ6Anvg8rGG5Q9MHSrB2uqXhIz8/6QYNQho1Dp dev@laptop",
                // A template with the key left out.
                "-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key here>\n-----END OPENSSH PRIVATE KEY-----",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "pgp-private-key-block",
        kind: "PGP private key block",
        prefixes: &["-----BEGIN PGP PRIVATE KEY BLOCK-----"],
        pattern: r"-----BEGIN PGP PRIVATE KEY BLOCK-----(?s:.){64,}?-----END PGP PRIVATE KEY BLOCK-----",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nlQOYBFXFtaxEyUNwQpUI3v3yMyimXXpGdE8tfMb1AYZlTzgr4iTDI3zHvjg/gBmZ\nyD/34smBuU59skGveXwdb0Di84KUsJuDphQoXo1/1Jfny9bGhLXBhenE3AdxgWEN\n=mmKg\n-----END PGP PRIVATE KEY BLOCK-----",
            ],
            negative: &[
                "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBFgxF/K1+4greQhYGw4TjAmf2DqIMBMyFGxcnfuyMY5xfEtzm5AtIxdt1mZ5\nWqv8b0XjlVBynpjCzM1R1SMSuyHZzcLCGf92wptOf1sfC4xxUXt1GcSMXR0+JzCR\n-----END PGP PUBLIC KEY BLOCK-----",
                // An elided key from documentation.
                "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n...\n-----END PGP PRIVATE KEY BLOCK-----",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "putty-private-key",
        kind: "PuTTY private key",
        prefixes: &["PuTTY-User-Key-File-"],
        pattern: r"PuTTY-User-Key-File-[23]: [a-z0-9-]+(?s:.){0,2000}?Private-Lines: \d+(?:\\[rn]|\s)+[A-Za-z0-9+/=\s\\]{64,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nEd/6Lp6rY2rfr8VdsItaXSdK/kvwDKFEA71j6T+E3ms4hJDSbCLp1/Gxj0HtXiy5\njQKj\nPrivate-Lines: 1\nRq/hr/qPmTWL0vYYg7mOnHy7rCqtNN/IpcsQbR5gLcJyW2AXJRE7xQIMd4ijeL4U\nPrivate-MAC: 369cf00511b3d95e350ccb1c5f2b0a33da2b5b767c312b70a0db2662e8cb9a99",
            ],
            negative: &[
                "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\nyYBLA/9G6iloX8UiwXJK3gz7FgGUrelxxpzAEaLPG6Y9JcKCI+F6XBZKEE2jNvq4",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "age-secret-key",
        kind: "age secret key",
        prefixes: &["AGE-SECRET-KEY-1"],
        pattern: r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        validate: None,
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "AGE-SECRET-KEY-1Y6L8ND5VKRSNG9ZLEJAUEVQUSV3E3EVUHSAZFZAWAD3W0UFYRPPA60HPU6",
            ],
            negative: &[
                "age1nnajpkpa5t5fl6gtkektjwk68s5z5j7hg76nqhsaf5302ysvd6sj3dvtwy",
                "AGE-SECRET-KEY-13LHLM3636H29E6MSGXJ37NSSMVYVD3",
            ],
        },
        ..PRIVATE_KEY
    },
    TokenFormat {
        id: "jwt",
        kind: "signed JSON Web Token",
        rule: &credentials::jwt::RULE,
        prefixes: &["eyJ"],
        pattern: r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{16,}",
        validate: Some(signed_jwt),
        #[cfg(test)]
        samples: Samples {
            // {"alg":"HS256","typ":"JWT"} . {"sub":"svc-billing","role":"service_role"} . signature
            positive: &[
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.vtWqtdzfbVT0t4qHncsCMedloxCclrF6e_rmz2PD4xv",
            ],
            negative: &[
                // {"alg":"none"} with a fake signature part
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.cD3H9vTvHe1p_rDkjeciDnMRLQ3YSjf1GPweprRk_mb",
                // {"alg":"HS256","typ":"JWT"} . {"role":"anon"} : Supabase's public anon key
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiJ9.u4B6hsJYFNjSwkUKGjjlkIHIpNkZcq5vHuuR_8BD0uO",
            ],
        },
        ..PROVIDER
    },
];
