//! GitLab (gitlab.com and self-managed): every token type has its own prefix.

use super::PROVIDER;
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "gitlab-pat",
        kind: "GitLab personal access token",
        prefixes: &["glpat-"],
        // 20 characters before GitLab 17.x; newer tokens are longer and carry
        // a version and a check part after dots.
        pattern: r"glpat-[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{2}\.[0-9a-z]{9})?",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "glpat-YkKv94fYXhmQWJFAXDqe",
                "GITLAB_TOKEN=glpat-6fCThSSgeLZ_4y4ZjlKenekOV_ZFy85lRosF.01.ljnxd6i0s",
            ],
            negative: &["glpat-ASqxJmfmWtsj", "glpat_IH7WOxdnFwJeBebWJ7Mc"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-deploy-token",
        kind: "GitLab deploy token",
        prefixes: &["gldt-"],
        pattern: r"gldt-[A-Za-z0-9_-]{20,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["gldt-L8fDPY_TC3dccrCaKkq2"],
            negative: &["gldt-L1Fxd61j57"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-runner-token",
        kind: "GitLab runner authentication token",
        prefixes: &["glrt-"],
        pattern: r"glrt-(?:t\d_)?[A-Za-z0-9_-]{20,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "glrt-34zXLjQFxdC55MQoZNAy",
                "glrt-t1_YdCaWavI7qnk5d4yESUW_3rtI1t",
            ],
            negative: &["glrt-KdGcqycd"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-runner-registration-token",
        kind: "GitLab runner registration token",
        prefixes: &["GR1348941"],
        pattern: r"GR1348941[A-Za-z0-9_-]{20}",
        #[cfg(test)]
        samples: Samples {
            positive: &["GR1348941ntYc4K9KLzM9rJ7TDRlx"],
            negative: &["GR1348941SsAWNRE937"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-pipeline-trigger-token",
        kind: "GitLab pipeline trigger token",
        prefixes: &["glptt-"],
        pattern: r"glptt-[0-9a-f]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["glptt-2f6f75aeadb7a01fa6fb85e3a322afb88f604d54"],
            negative: &["glptt-5abf56ef11cef77d057c"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-feed-token",
        kind: "GitLab feed token",
        prefixes: &["glft-"],
        pattern: r"glft-[A-Za-z0-9_-]{20,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["glft-HeTdklrTl4pWMZuTRfuj"],
            negative: &["glft-H3B4PkpSEO"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-scim-token",
        kind: "GitLab SCIM token",
        prefixes: &["glsoat-"],
        pattern: r"glsoat-[A-Za-z0-9_-]{20,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["glsoat-nJ3mf7KTDj0fvEBgoeZ0"],
            negative: &["glsoat-lELgm5V6L9"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-ci-job-token",
        kind: "GitLab CI/CD job token",
        prefixes: &["glcbt-"],
        pattern: r"glcbt-(?:[0-9a-fA-F]{1,5}_)?[A-Za-z0-9_-]{20,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["glcbt-64_S__1pqJUKCj3XopCDbgI"],
            negative: &["glcbt-CtD9ZcL64Y"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-agent-token",
        kind: "GitLab agent for Kubernetes token",
        prefixes: &["glagent-"],
        pattern: r"glagent-[A-Za-z0-9_-]{50,}",
        #[cfg(test)]
        samples: Samples {
            positive: &["glagent-YK1aaOEx-uOfl_P__dv77EvAg3szviPOmVFy6XIr8nji6__7fI"],
            negative: &["glagent-F4CM5Ev22Uad9mSGzyo6"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-oauth-app-secret",
        kind: "GitLab OAuth application secret",
        prefixes: &["gloas-"],
        pattern: r"gloas-[A-Za-z0-9_-]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["gloas-6EGqNXQzZWY4kwqNB5VSY0gokQIpP3ubapnXk35laGM4ZZRdC0003Qeuh9WfMi2q"],
            negative: &["gloas-dt83agnHGSCnOeHR6clrPQqfZ7RjYqNK"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "gitlab-incoming-mail-token",
        kind: "GitLab incoming mail token",
        prefixes: &["glimt-"],
        pattern: r"glimt-[A-Za-z0-9_-]{25}",
        #[cfg(test)]
        samples: Samples {
            positive: &["glimt-O8EbvGIsrV4fOaQ1BWbDGgaIk"],
            negative: &["glimt-CtJiV1HRzK"],
        },
        ..PROVIDER
    },
];
