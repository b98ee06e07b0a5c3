//! AI model providers. OpenAI keys embed `T3BlbkFJ` (base64 of "OpenAI");
//! Anthropic keys end with `AA`.

use super::{CONTEXTUAL, PROVIDER};
#[cfg(test)]
use crate::format::Samples;
use crate::format::TokenFormat;

pub(crate) static FORMATS: &[TokenFormat] = &[
    TokenFormat {
        id: "openai-project-key",
        kind: "OpenAI project API key",
        prefixes: &["sk-proj-"],
        pattern: r"sk-proj-[A-Za-z0-9_-]{40,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
            ],
            negative: &["sk-proj-P79A78RiFCAxvhp6Gxvt", "sk-proj-..."],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "openai-service-account-key",
        kind: "OpenAI service account key",
        prefixes: &["sk-svcacct-"],
        pattern: r"sk-svcacct-[A-Za-z0-9_-]{40,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
            ],
            negative: &["sk-svcacct-Z4k2Op4kaN6Xu70OWdF8"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "openai-admin-key",
        kind: "OpenAI admin key",
        prefixes: &["sk-admin-"],
        pattern: r"sk-admin-[A-Za-z0-9_-]{40,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
            ],
            negative: &["sk-admin-gVnuupAj37kJgqr7pJP5"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "openai-user-key",
        kind: "OpenAI API key",
        prefixes: &["T3BlbkFJ", "sk-None-"],
        pattern: r"sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|sk-None-[A-Za-z0-9_-]{40,}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
                "sk-None-2utJlvmLQeXATxJRUgoEIn1y5ekD4DHJESW3hNPZVRAZDB9_STstHql34GDn",
            ],
            negative: &[
                "sk-qp4osGMZjV0zgzNLzmUuG5dZtziQsOVNC6cv5XO1EGKtPrkr",
                "sk-elwfWjHsdr2goBAe0fCWT3BlbkFJIxdANiLyue",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "anthropic-api-key",
        kind: "Anthropic API key",
        prefixes: &["sk-ant-api03-"],
        pattern: r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "sk-ant-api03-rQgLaZ_rQfNHaP1twdnEAg3yDf-Z1PsiwEYGXFT3THeQBWCr8nHCJ9v6sfqhosH3JYJufpPZ4_B0-3tLs05NR2MdskoBAAA",
            ],
            negative: &[
                "sk-ant-api03-TBNFS-egHFljCmbHIa-ZOsq5oKBuzQK1BXaPaJlOZFtHoZApiqUEn6sxz1OiwhQFU6tS8hENw2Dze-Sq-oNkdjjqDRC2p",
                "sk-ant-api03-BSfpQYg5-McVREbJ_9sVAA",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "anthropic-admin-key",
        kind: "Anthropic admin API key",
        prefixes: &["sk-ant-admin01-"],
        pattern: r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "sk-ant-admin01-ya3oEJOimpEK8iW4QEbKbCGRksHvX6FK6dvoHkFgC9AUreMD06qJSy19tdC-Q3OtSEdIicMQxnNG-mS-d-tZSE_YBl1YGAA",
            ],
            negative: &["sk-ant-admin01-noIin9ljt-WjzKpdirsVd8X4ND1Rl-Oe6KrHk_9v"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "groq-api-key",
        kind: "Groq API key",
        prefixes: &["gsk_"],
        pattern: r"gsk_[A-Za-z0-9]{52}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["gsk_aEDgkLc9MJv25JErqzErB72qz0ndyT"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "huggingface-token",
        kind: "Hugging Face access token",
        prefixes: &["hf_"],
        pattern: r"hf_[A-Za-z]{34}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &[
                "hf_jpMVUUYdgPEgjoriCUck",
                "hf_transformers_cache_directory_path",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "huggingface-org-token",
        kind: "Hugging Face organization API token",
        prefixes: &["api_org_"],
        pattern: r"api_org_[A-Za-z]{34}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["api_org_eBGHmfvPhGFvhTrDaYju"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "replicate-api-token",
        kind: "Replicate API token",
        prefixes: &["r8_"],
        pattern: r"r8_[A-Za-z0-9]{37}",
        #[cfg(test)]
        samples: Samples {
            positive: &["r8_1cqqmZdwQSsg8KwaqfTJ5mx6QVxAlAzi8zPtb"],
            negative: &["r8_BPnTD4B3qBIyhV16SnB5"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "perplexity-api-key",
        kind: "Perplexity API key",
        prefixes: &["pplx-"],
        pattern: r"pplx-[A-Za-z0-9]{48}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["pplx-tGqkoMh62VJ0ErR8eXJJ"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "xai-api-key",
        kind: "xAI API key",
        prefixes: &["xai-"],
        pattern: r"xai-[A-Za-z0-9]{80}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "xai-Tyb4IZ0z5IkYYTwzDPgDp2rEXRINgAM93cO09BsEAJvdjI7XIbaCR3spRK885QfxZJewXueY1rt8VuPa",
            ],
            negative: &["xai-XKDnG89J6hO2A5COSB2Et0o71EdIJbYCYF05zIWy"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "openrouter-api-key",
        kind: "OpenRouter API key",
        prefixes: &["sk-or-v1-"],
        pattern: r"sk-or-v1-[a-f0-9]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
            ],
            negative: &["sk-or-v1-f3d95e21a32c95aa2b859d94c153fd23"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "nvidia-api-key",
        kind: "NVIDIA API key",
        prefixes: &["nvapi-"],
        pattern: r"nvapi-[A-Za-z0-9_-]{64}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["nvapi-SdwM23a_Gn7nqh6SK5tACKmy9KDKvb"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "langsmith-api-key",
        kind: "LangSmith API key",
        prefixes: &["lsv2_pt_", "lsv2_sk_"],
        pattern: r"lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}",
        #[cfg(test)]
        samples: Samples {
            positive: &["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"],
            negative: &["lsv2_pt_5353a310117cc011fcb192207f66fc44"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "pinecone-api-key",
        kind: "Pinecone API key",
        prefixes: &["pcsk_"],
        pattern: r"pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "pcsk_nmv2x_LiKXI96DL8gBGpCdjlzXdMmm3Yv3dQU28v1WXG9rFaVn3xDU0WKTPvCATOQhaqy",
            ],
            negative: &["pcsk_Evitb_OIYYp56Pa40bPd5ZrfWh"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "langfuse-secret-key",
        kind: "Langfuse secret key",
        // `pk-lf-` public keys ship in clients.
        prefixes: &["sk-lf-"],
        pattern: r"sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sk-lf-53c1da81-9761-2f18-e189-b50ec64f8ae3"],
            negative: &[
                "pk-lf-2f129b18-88c1-f4b9-f2fb-2e28a66cb417",
                // One hex digit short in the last group.
                "sk-lf-53c1da81-9761-2f18-e189-b50ec64f8ae",
            ],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "tavily-api-key",
        kind: "Tavily API key",
        prefixes: &["tvly-"],
        pattern: r"tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &[
                "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",
                "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",
            ],
            negative: &["tvly-Tmd02sNjHO5APKXn"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "fireworks-api-key",
        kind: "Fireworks AI API key",
        prefixes: &["fw_"],
        pattern: r"fw_[A-Za-z0-9]{24,}",
        validate: Some(super::validators::generated),
        #[cfg(test)]
        samples: Samples {
            positive: &["fw_uvxuTJqVbIuHN6BHy4t8T2NI"],
            negative: &["fw_QDiOk7D6vk", "fw_updatePackageVersionBinding"],
        },
        ..PROVIDER
    },
    TokenFormat {
        id: "elevenlabs-api-key",
        kind: "ElevenLabs API key",
        context: &["elevenlabs", "xi-api-key", "xi_api_key"],
        pattern: r"(?:sk_)?[a-f0-9]{48}|[a-f0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sk_124c3ae15b4281ebaf8a5b56ab26dd9960413241b24669ab"],
            negative: &["sk_2eb85fad01b657218aa6"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "cohere-api-key",
        kind: "Cohere API key",
        context: &["cohere", "co_api_key"],
        pattern: r"[A-Za-z0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["lWVI9KeB87OBrTdzXGnwynQOEXWxntoN84qqGo89"],
            negative: &["gkyZ8en04GHPcb3DSI3Cd5B8sac5gM"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "mistral-api-key",
        kind: "Mistral AI API key",
        context: &["mistral"],
        pattern: r"[A-Za-z0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["SORwXrfPlgYq6hAqmHrstV1g20usVXhv"],
            negative: &["ML7OkzzRb9DCfqJTtdToHcyoPMXpCBq"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "deepseek-api-key",
        kind: "DeepSeek API key",
        context: &["deepseek"],
        pattern: r"sk-[a-f0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sk-ea867aa962eb646d09a6bd7feebacb2a"],
            negative: &["sk-0bdd9bccd75a7ba6"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "together-api-key",
        kind: "Together AI API key",
        context: &["togetherai", "together_api", "together_ai", "togetherapi"],
        pattern: r"[a-f0-9]{64}|(?:tgp_v1_)?[A-Za-z0-9_-]{43}",
        #[cfg(test)]
        samples: Samples {
            positive: &["61f64637cdf9c27d45513c6c9d8405d5a7f8b229ddbc38f1b633ca73d151d65c"],
            negative: &["114bf260ad15258c41bee7d356e12a08a4101e30"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "assemblyai-api-key",
        kind: "AssemblyAI API key",
        context: &["assemblyai", "assembly_ai"],
        pattern: r"[a-f0-9]{32}",
        #[cfg(test)]
        samples: Samples {
            positive: &["ee21f66fc1dad1e0aef4e82fde3ff2e5"],
            negative: &["7258e4f116ca43328d1d"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "deepgram-api-key",
        kind: "Deepgram API key",
        context: &["deepgram"],
        pattern: r"[a-f0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["c45a53dda38f80b83b5c2b38e8dbf080412075a0"],
            negative: &["5e982362f3d5dc58fd95f7b75d586dad"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "stability-api-key",
        kind: "Stability AI API key",
        context: &["stability"],
        pattern: r"sk-[A-Za-z0-9]{48}",
        #[cfg(test)]
        samples: Samples {
            positive: &["sk-N8ygS4LqthAuGnX9oZZ7TsVa2WOw1G4wqRUcjDrNLszDjTIq"],
            negative: &["sk-4itv1mR9nKyGVwiJCaYp"],
        },
        ..CONTEXTUAL
    },
    TokenFormat {
        id: "wandb-api-key",
        kind: "Weights & Biases API key",
        context: &["wandb"],
        pattern: r"[a-f0-9]{40}",
        #[cfg(test)]
        samples: Samples {
            positive: &["8aa320846d6e0fe36fbb79eb29d116f8c2521f73"],
            negative: &["15a57b2c664191a50aceb05a3261d8"],
        },
        ..CONTEXTUAL
    },
];
