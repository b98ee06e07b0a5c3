//! Microsoft Azure and Azure DevOps.

use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "azure-storage-account-key",
        kind: "Azure storage account key",
        prefixes: &["AccountKey="],
        // In connection strings: `DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…`.
        pattern: r"AccountKey=(?P<secret>[A-Za-z0-9+/]{86}==)",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "DefaultEndpointsProtocol=https;AccountName=contosoprod;AccountKey=Tmvp7YfUfJYkLX8nrZb5j0DYTc8GF9BVnJSD1FAp+3mJgMGNTVgdoWI5NTu2vwl2kaRZxafZHCWNdaW0BBx1Hd==;EndpointSuffix=core.windows.net",
            ],
            negative: &[
                "AccountKey=9shV2mGXSy9f8bnrG6tX10jxCgt2qB/TfzLU4ohz==",
                "UseDevelopmentStorage=true",
            ],
        },
        // Azurite's well-known development key is public.
        examples: &[
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        ],
        ..PROVIDER
    },
    TokenFormat {
        id: "azure-sas-token",
        kind: "Azure shared access signature",
        prefixes: &["sig="],
        pattern: r"sv=\d{4}-\d{2}-\d{2}&[^\s\x22'<>]*?(?-u:\b)sig=(?P<secret>[A-Za-z0-9%+/]{40,}(?:%3D|=){0,2})",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "https://contoso.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=UQNsYfmUZEseUzjGHPbcFrSsCMor0WsUQv6sVNFS52A%3D",
            ],
            negative: &[
                "https://contoso.blob.core.windows.net/c?sv=2022-11-02&sig=",
                "sig=dvchGG6pYSIVXIaaVRpwoglFfCvwf8p74IJB0NLHsCM",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "azure-shared-access-key",
        kind: "Azure Service Bus/Event Hubs/IoT Hub shared access key",
        prefixes: &["SharedAccessKey="],
        pattern: r"SharedAccessKey=(?P<secret>[A-Za-z0-9+/]{43}=)",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=1oU0lP+iYPeosdjMznF6T72qIvQ1mfsWeED5jTm53VA=",
            ],
            negative: &[
                "SharedAccessKeyName=RootManageSharedAccessKey",
                "SharedAccessKey=MomyXbFj5clEMWQt0Reg=",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "azure-ad-client-secret",
        kind: "Microsoft Entra ID (Azure AD) client secret",
        // Secrets created since 2021 carry `Q~` after a three-character id.
        prefixes: &["Q~"],
        pattern: r"[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["Ek88Q~jUOY2VjyJYXstqyXLGKVZB5a8pDgxB8VAd"],
            negative: &[
                "Cki8Q~mxagmOj4SI",
                "mwx8q~IqVzwpxv7A4gOU1qoPl4S6ivquGYaWuxbP",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "azure-devops-pat",
        kind: "Azure DevOps personal access token",
        // Since 2024: 84 characters with the `AZDO` signature at offset 76.
        prefixes: &["AZDO"],
        pattern: r"[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "46ywfMvWHW85ZGVUR5XZuKkcCGZ1tVzBQxAgq6QD3FIykiUX8nPXJQQJ99S2CfyW3KyyI8cN5dszAZDORE6S",
            ],
            negative: &[
                "ET0qm14nu2w90YmLhUsTycFmfuY42kfBcPs0OaGhKnQwwudNwI7QJQQJ99lVmQiXyEVJWxMys46GAZDX4NIn",
                "EaAKtI3Gpbkr8uyJ1N2emPFUVtfAxRQSZPKJejonzdTAMHeEPYmEU4Rt4MXNAZDOdG3T",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "azure-devops-legacy-pat",
        kind: "Azure DevOps legacy personal access token",
        context: &[
            "azure_devops",
            "azuredevops",
            "ado_pat",
            "vsts",
            "system_accesstoken",
        ],
        pattern: r"[a-z2-7]{52}",
        #[cfg(test)]
        samples: Samples {
            positive: &["256lhcpsashvhvrulomgz5yihgnprkeelkz4wxg47hpssddxnfqb"],
            negative: &[
                "6eu66h4baxnztdklgnn5s6vwuyascaw3asir2k45",
                "lo5soot622x26tuyuhsrcalwnrdphn",
            ],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "azure-app-configuration-connection-string",
        kind: "Azure App Configuration access key",
        prefixes: &[".azconfig.io;"],
        pattern: r"Endpoint=https://[a-z0-9-]+\.azconfig\.io;Id=[^;\s]+;Secret=(?P<secret>[A-Za-z0-9+/]{43}=)",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "Endpoint=https://contoso.azconfig.io;Id=5gVCVIYCe4zOx83UN-0_;Secret=Inqmttv3lv9CqFGCN0eXP6TdTXW0FvvGIYKGaMChsp8=",
            ],
            negative: &["Endpoint=https://contoso.azconfig.io;Id=iTwUDH8LbmO0yaq1WFAR;Secret="],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "azure-openai-api-key",
        kind: "Azure OpenAI API key",
        context: &["azure_openai", "azureopenai", "aoai"],
        pattern: r"[A-Za-z0-9]{84}|[0-9a-f]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["93347433c7ecf09b99124c765c022a25"],
            negative: &["c34a678b05c88d7145ec116d0538854"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "azure-cognitive-services-key",
        kind: "Azure AI services subscription key",
        context: &[
            "ocp-apim-subscription-key",
            "cognitive_services",
            "cognitiveservices",
            "azure_speech",
            "azurespeech",
            "azure_translator",
        ],
        pattern: r"[0-9a-f]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["119d3c4451d1cd352c1d093b97095e01"],
            negative: &["6ad16a394b075d5ef87f72549abd0ab18"],
        },
        ..CONTEXTUAL
    },
];
