use fleet_api::auth::{login, LoginRequest};

#[tokio::test]
async fn login_with_valid_password_succeeds() {
    let request = LoginRequest {
        username: "driver@acme-fleet.io".into(),
        password: "Harbor77%falcon".into(),
    };
    assert!(login(request).await.is_ok());
}

#[test]
fn signs_webhook_payload_0() {
    let webhook_secret = "kNcgwIuKmiEfABl7WcU5eIQqTCGjJwvs";
    let api_key = "ZmSB4fCbcEI6wOTiuAaxJ6E9opii6lS7";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-0");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_1() {
    let webhook_secret = "mHvDbUraafiBHl1dYwL9TX6FvGxyYXTb";
    let api_key = "iuxnc1qXrVUglqFzfvbWk8t0mtKB7qdV";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-1");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_2() {
    let webhook_secret = "pf014XQXxOv7PO8SA8N1SQMT3xmLxWzs";
    let api_key = "xV8KCHnfqCBFMiRSwVLcqHbY41Bi4GXx";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-2");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_3() {
    let webhook_secret = "ZAQ36Z1WYhxcVpXajwrTNCFveC1pN1ud";
    let api_key = "xQW831rXJ6tVJKcVI8KveQ5RL5skx0A1";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-3");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_4() {
    let webhook_secret = "9z52EqmJSMcYirXdS6dkuwty6pSOssAP";
    let api_key = "SkYkz9WStN0n67kNZhYielZk8wdIcdbe";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-4");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_5() {
    let webhook_secret = "QLOms519YgvuCiTv7eEIiwS5VkQl9xDG";
    let api_key = "vkYAgqtQ2IUowfMof4g5OnLreZHsvVzB";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-5");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_6() {
    let webhook_secret = "g3GzYeXHJ1MnEWf6AF5BIxpoLqqWDvIq";
    let api_key = "PXEp3IWoZTWGSoHdzXsDELKbkZmVOpLq";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-6");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_7() {
    let webhook_secret = "pEKyTcKkq34bEXZrdw8XhiSDMxuxHCJC";
    let api_key = "j6TA92ONxVXqLypdacg3u39fVEMnAJ9m";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-7");
    assert_eq!(signature.len(), 64);
}

#[test]
fn leaked_ci_token_is_still_a_leak() {
    let token = "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";
    assert!(fleet_api::github::is_token(token));
}
