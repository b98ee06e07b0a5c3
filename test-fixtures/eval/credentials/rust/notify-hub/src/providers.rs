//! Provider credentials for the notification hub.

use std::env;

pub const STRIPE_SECRET_KEY: &str = "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";
/// Shape in the docs: `sk_live_xo3GI0uoV6vGTFN4g3AfCK9eVGVxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const STRIPE_SECRET_KEY_MASKED: &str = "sk_live_xo3GI0uoV6vGTFN4g3AfCK9eVGVxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const STRIPE_SECRET_KEY_VAR: &str = "STRIPE_SECRET_KEY";

pub const STRIPE_RESTRICTED_KEY: &str = "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";
/// Shape in the docs: `rk_live_frpx8IH5vbljomsx29WujczU9YGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const STRIPE_RESTRICTED_KEY_MASKED: &str = "rk_live_frpx8IH5vbljomsx29WujczU9YGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const STRIPE_RESTRICTED_KEY_VAR: &str = "STRIPE_RESTRICTED_KEY";

fn stripe_webhook_secret() -> String {
    env::var("STRIPE_WEBHOOK_SECRET").unwrap_or_else(|_| "whsec_YhOTduCDuaOHZgO3IwAwufmcTZv6Alsa".to_owned())
}
/// Shape in the docs: `whsec_YhOTduxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const STRIPE_WEBHOOK_SECRET_MASKED: &str = "whsec_YhOTduxxxxxxxxxxxxxxxxxxxxxxxxxx";
const STRIPE_WEBHOOK_SECRET_VAR: &str = "STRIPE_WEBHOOK_SECRET";

fn square_application_secret() -> String {
    env::var("SQUARE_APPLICATION_SECRET").unwrap_or_else(|_| "sq0csp-XTXx8TTx4XUMGmTtfc6y-xI25MTL3xzfMg5lJYj-loH".to_owned())
}
/// Shape in the docs: `sq0csp-XTXx8TTx4xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const SQUARE_APPLICATION_SECRET_MASKED: &str = "sq0csp-XTXx8TTx4xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const SQUARE_APPLICATION_SECRET_VAR: &str = "SQUARE_APPLICATION_SECRET";

fn shopify_admin_token() -> String {
    env::var("SHOPIFY_ADMIN_TOKEN").unwrap_or_else(|_| "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".to_owned())
}
/// Shape in the docs: `shpat_dc10daxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const SHOPIFY_ADMIN_TOKEN_MASKED: &str = "shpat_dc10daxxxxxxxxxxxxxxxxxxxxxxxxxx";
const SHOPIFY_ADMIN_TOKEN_VAR: &str = "SHOPIFY_ADMIN_TOKEN";

fn braintree_access_token() -> String {
    env::var("BRAINTREE_ACCESS_TOKEN").unwrap_or_else(|_| "access_token$production$02zdaqwbqyhz3alf$e96819b8ac3e6dfeb63cc17fd04d5014".to_owned())
}
/// Shape in the docs: `access_token$production$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const BRAINTREE_ACCESS_TOKEN_MASKED: &str = "access_token$production$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const BRAINTREE_ACCESS_TOKEN_VAR: &str = "BRAINTREE_ACCESS_TOKEN";

pub const MAPS_SERVER_API_KEY: &str = "AIzaMvFuz4zf3ATNeY2Pseh093Fj9fOptqCWCsu";
/// Shape in the docs: `AIzaMvFuz4zf3xxxxxxxxxxxxxxxxxxxxxxxxxx`.
const MAPS_SERVER_API_KEY_MASKED: &str = "AIzaMvFuz4zf3xxxxxxxxxxxxxxxxxxxxxxxxxx";
const MAPS_SERVER_API_KEY_VAR: &str = "MAPS_SERVER_API_KEY";

pub const GOOGLE_CLIENT_SECRET: &str = "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";
/// Shape in the docs: `GOCSPX-rJZaxxxxxxxxxxxxxxxxxxxxxxxx`.
const GOOGLE_CLIENT_SECRET_MASKED: &str = "GOCSPX-rJZaxxxxxxxxxxxxxxxxxxxxxxxx";
const GOOGLE_CLIENT_SECRET_VAR: &str = "GOOGLE_CLIENT_SECRET";

pub const GOOGLE_REFRESH_TOKEN: &str = "1//0wDDOOAZvw6d3eK3pxFkhJA5uFyeUhwksU8dSaNrFWv5SRclfFhhqCmzhp59y";
/// Shape in the docs: `1//0wDDOOAZvw6d3eK3pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const GOOGLE_REFRESH_TOKEN_MASKED: &str = "1//0wDDOOAZvw6d3eK3pxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const GOOGLE_REFRESH_TOKEN_VAR: &str = "GOOGLE_REFRESH_TOKEN";

static GOOGLE_ACCESS_TOKEN: &str = "ya29.k4d6_GlThw-ZqyC85Nn7Jf30xIOdZh-NRwhUTv3L-Smo927U2aT1yVPMm5nYtffRcvy0Dxo5pCJFz2B30M8KVM-w8MDaD3vSS1Mmn7qOiqh1yudML66Ybgqa";
/// Shape in the docs: `ya29.k4d6_GlThw-ZqyC85Nn7Jf30xIOdZh-NRwhUxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const GOOGLE_ACCESS_TOKEN_MASKED: &str = "ya29.k4d6_GlThw-ZqyC85Nn7Jf30xIOdZh-NRwhUxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const GOOGLE_ACCESS_TOKEN_VAR: &str = "GOOGLE_ACCESS_TOKEN";

fn openai_api_key() -> String {
    env::var("OPENAI_API_KEY").unwrap_or_else(|_| "sk-proj-7XBPgUbqr2RbwXOq43IedbtWe27WH77hBlyqz_9PNldsWhXK64VtGHZA2PQLUD_W1nW4kGeJ_ky88BV8_luteLKWMFmkkBTDijysfSa5Jhl7LiECB7lavfWX".to_owned())
}
/// Shape in the docs: `sk-proj-7XBPgUbqr2RbwXOq43IedbtWe27WH77hBlxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const OPENAI_API_KEY_MASKED: &str = "sk-proj-7XBPgUbqr2RbwXOq43IedbtWe27WH77hBlxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const OPENAI_API_KEY_VAR: &str = "OPENAI_API_KEY";

fn anthropic_api_key() -> String {
    env::var("ANTHROPIC_API_KEY").unwrap_or_else(|_| "sk-ant-api03-KTiVQ47qsxG72VnY6wGD4tylc_Y3oLOr0GlsP5S-KXv5Zzjhe3p1g1aKfux6fX1L3dd4u2dDGqt1NvVeIWmQmcVFzbjcoAA".to_owned())
}
/// Shape in the docs: `sk-ant-api03-KTiVQ47qsxG72VnY6wGD4tyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const ANTHROPIC_API_KEY_MASKED: &str = "sk-ant-api03-KTiVQ47qsxG72VnY6wGD4tyxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const ANTHROPIC_API_KEY_VAR: &str = "ANTHROPIC_API_KEY";

pub const GROQ_API_KEY: &str = "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";
/// Shape in the docs: `gsk_G3LE37L6ClNsHAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const GROQ_API_KEY_MASKED: &str = "gsk_G3LE37L6ClNsHAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const GROQ_API_KEY_VAR: &str = "GROQ_API_KEY";

static HF_TOKEN: &str = "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";
/// Shape in the docs: `hf_VBgrsVJytxxxxxxxxxxxxxxxxxxxxxxxxx`.
const HF_TOKEN_MASKED: &str = "hf_VBgrsVJytxxxxxxxxxxxxxxxxxxxxxxxxx";
const HF_TOKEN_VAR: &str = "HF_TOKEN";

fn replicate_api_token() -> String {
    env::var("REPLICATE_API_TOKEN").unwrap_or_else(|_| "r8_ZCvt4Gh3YJREWEI0QmsxI3k5flIphdRSgvSDC".to_owned())
}
/// Shape in the docs: `r8_ZCvt4Gh3YJxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const REPLICATE_API_TOKEN_MASKED: &str = "r8_ZCvt4Gh3YJxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const REPLICATE_API_TOKEN_VAR: &str = "REPLICATE_API_TOKEN";

static PERPLEXITY_API_KEY: &str = "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";
/// Shape in the docs: `pplx-0suUQAAKmzBoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const PERPLEXITY_API_KEY_MASKED: &str = "pplx-0suUQAAKmzBoxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const PERPLEXITY_API_KEY_VAR: &str = "PERPLEXITY_API_KEY";

static OPENROUTER_API_KEY: &str = "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";
/// Shape in the docs: `sk-or-v1-cae578485090fb2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
const OPENROUTER_API_KEY_MASKED: &str = "sk-or-v1-cae578485090fb2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
const OPENROUTER_API_KEY_VAR: &str = "OPENROUTER_API_KEY";

static DEEPSEEK_API_KEY: &str = "sk-4f3f0468e068a29301ffdb8016783327";
/// Shape in the docs: `sk-4f3f0468xxxxxxxxxxxxxxxxxxxxxxxx`.
const DEEPSEEK_API_KEY_MASKED: &str = "sk-4f3f0468xxxxxxxxxxxxxxxxxxxxxxxx";
const DEEPSEEK_API_KEY_VAR: &str = "DEEPSEEK_API_KEY";

pub fn from_env(name: &str) -> Option<String> {
    env::var(name).ok().filter(|value| !value.is_empty())
}
