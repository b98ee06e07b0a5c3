//! Package registries, artifact stores and code-quality services.

use super::validators::{base62_crc32_checksum, generated};
use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;
use trustlint_core::Severity;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "npm-access-token",
        kind: "npm access token",
        prefixes: &["npm_"],
        // Same scheme as GitHub's: 30 random base62 characters and a CRC32 checksum.
        pattern: r"npm_[A-Za-z0-9]{36}",
        validate: Some(base62_crc32_checksum),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
                "//registry.npmjs.org/:_authToken=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",
            ],
            negative: &[
                "npm_frCSapXFxsFgG8tSDXMz4Z8ZL73Jst4BzZcA",
                "npm_wrBXhpjbDwo9tngeVEcf",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "npm-legacy-auth-token",
        kind: "npm legacy auth token",
        // `.npmrc`'s `//registry.example/:_authToken=…`; the colon keeps names
        // like `PlayerSessionAuthToken` out.
        context: &[":_authtoken"],
        pattern: r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["//registry.npmjs.org/:_authToken=ac32a946-f347-84e0-ef79-9988bfc47016"],
            negative: &["//registry.npmjs.org/:_authToken=${NPM_TOKEN}"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "pypi-upload-token",
        kind: "PyPI upload token",
        // A macaroon whose base64 starts with the location `pypi.org`.
        prefixes: &["pypi-AgEIcHlwaS5vcmc"],
        pattern: r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "pypi-AgEIcHlwaS5vcmcYgHGfDqdCMiubDDM3_5IWey6OtvIQ-BcH0d0pdFC-O3XYl6EKEuj9Meur6RSFklxINFQSfxKH32nJrS4CLKq6YYgC4FSdlpvQzWt7Bxua45UEm3kpaCvSbQS",
            ],
            negative: &[
                "pypi-AgEIcHlwaS5vcmcMD2uZWiXLo-uBI_x_rPn",
                "pypi-HbXfFaOebUHx4I8dB3ou4Rx-7GyDiggPhUKw5wuXx5GA2GumdQDUh9_wv6ebOYOQ5f29ZcCjGv_IvPB1m0jelaMlhjaw8SgwZsVGnqsero33RRXviieAZpY_",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "testpypi-upload-token",
        kind: "TestPyPI upload token",
        prefixes: &["pypi-AgENdGVzdC5weXBpLm9yZw"],
        pattern: r"pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,}",
        severity: Some(Severity::Low),
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "pypi-AgENdGVzdC5weXBpLm9yZwt4lqfz_NcrXrIskwVOYGGjLZPd2SKBV-fbCpmvXQx5ie0S2IBVt4WuP829M-LvKUdwgsO3dRs0_Wcy-DCf26ddkTQ1W9VSNtnh3KBXX6Ltg92_gK5KXdshB4",
            ],
            negative: &["pypi-AgENdGVzdC5weXBpLm9yZwGsrRX_2tBLZqAK8Aw4cT"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "crates-io-api-token",
        kind: "crates.io API token",
        prefixes: &["cio"],
        // `cio` + 32 alphanumerics also fits identifiers: the body must look generated.
        pattern: r"cio[A-Za-z0-9]{32}",
        validate: Some(generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["cio0a6mYKjMakqVfwhRpVRreFyLEqe8bai3"],
            negative: &[
                "cio0ztJJNGE2050fQKcM929",
                "cioAuthenticationProviderConfigurator",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "docker-hub-pat",
        kind: "Docker Hub personal access token",
        prefixes: &["dckr_pat_"],
        pattern: r"dckr_pat_[A-Za-z0-9_-]{27}",
        #[cfg(test)]
        samples: Samples {
            positive: &["dckr_pat_wQNINPHtI4H6jd4RsOXdXY6nYnI"],
            negative: &["dckr_pat_ITQZ99zNZYkp"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "docker-hub-org-token",
        kind: "Docker Hub organization access token",
        prefixes: &["dckr_oat_"],
        pattern: r"dckr_oat_[A-Za-z0-9_-]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["dckr_oat_V4SMZ5JFM2mcMlwfH-PLihbNOG3En42Z"],
            negative: &["dckr_oat_MnKHaAH5GDte"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "rubygems-api-key",
        kind: "RubyGems API key",
        prefixes: &["rubygems_"],
        pattern: r"rubygems_[a-f0-9]{48}",
        #[cfg(test)]
        samples: Samples {
            positive: &["rubygems_b9574567b03e0c7bc6f065dfab0e53bcf3733e6e3050d9be"],
            negative: &["rubygems_7ed77767587bdbeb827d"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "nuget-api-key",
        kind: "NuGet API key",
        prefixes: &["oy2"],
        pattern: r"oy2[a-z0-9]{43}",
        validate: Some(generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["oy2kmfr5ymymq73avhg2xnnfqvza49jd2beszh2jzhg5do"],
            negative: &["oy2t35lkxjowpswe86c43l3"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "jfrog-api-key",
        kind: "JFrog Artifactory API key",
        prefixes: &["AKCp"],
        pattern: r"AKCp[0-9][A-Za-z0-9]{68}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "AKCp8PbyRdVgJG1ieZ4u0Cwi5f0WbiuqZg4BrJBlTDV0TmT3QU8hpMWpwHjn681hgbyIOmNrT",
            ],
            negative: &["AKCp8ApsciitX1uVVEMlpAkpxpDATSaYEjI"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "jfrog-reference-token",
        kind: "JFrog reference token",
        // Base64 of `reftkn:01:`.
        prefixes: &["cmVmdGtuOjAxOj"],
        pattern: r"cmVmdGtuOjAxOj[A-Za-z0-9]{50,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["cmVmdGtuOjAxOjmnRiRok3jnSqm1Hb1wBTs0r1TEXdIlvwND6VpbqKRNw39nao1o"],
            negative: &["cmVmdGtuOjAxOjbvBWxqDqB6mKPLhQM6DS"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "clojars-deploy-token",
        kind: "Clojars deploy token",
        prefixes: &["CLOJARS_"],
        pattern: r"CLOJARS_[a-z0-9]{60}",
        #[cfg(test)]
        samples: Samples {
            positive: &["CLOJARS_i7ih3alt64xsr1f0gql30eg4tg8t9ulsdadv9evt47t2md0hpxjccvgvdf82"],
            negative: &["CLOJARS_vwl7wgezr1bdl7shyhnt"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "sonarqube-token",
        kind: "SonarQube/SonarCloud token",
        prefixes: &["squ_", "sqp_", "sqa_"],
        pattern: r"sq[upa]_[a-f0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "squ_2a11c934cb369c23ccc656f57221ebf24e52da35",
                "sqp_dfad776e0756ba7c920dfdc95752fe74421f1f40",
            ],
            negative: &["squ_d11b459c73808dae0fda"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "snyk-api-token",
        kind: "Snyk API token",
        context: &["snyk"],
        pattern: r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["5691f53b-e391-705c-9b6b-ddadd3b31640"],
            negative: &["1deda1c2d0834a7ee32ed5a9d5b6a8e0"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "codecov-upload-token",
        kind: "Codecov upload token",
        context: &["codecov"],
        pattern: r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["e3f51444-908e-add9-1b2d-a4d180c3232f"],
            negative: &["fa4f0f7bb370448e415dec0be7359a9cd627"],
        },
        ..CONTEXTUAL
    },
];
