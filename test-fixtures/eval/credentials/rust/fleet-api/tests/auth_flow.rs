use fleet_api::auth::{login, LoginRequest};

#[tokio::test]
async fn login_with_valid_password_succeeds() {
    let request = LoginRequest {
        username: "driver@acme-fleet.io".into(),
        password: "Harbor95$juniper".into(),
    };
    assert!(login(request).await.is_ok());
}

#[test]
fn signs_webhook_payload_0() {
    let webhook_secret = "7PO8SA8N1SQMT3xmLxWzsxV8KCHnfqCB";
    let api_key = "FMiRSwVLcqHbY41Bi4GXxZAQ36Z1WYhx";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-0");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_1() {
    let webhook_secret = "cVpXajwrTNCFveC1pN1udxQW831rXJ6t";
    let api_key = "VJKcVI8KveQ5RL5skx0A19z52EqmJSMc";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-1");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_2() {
    let webhook_secret = "YirXdS6dkuwty6pSOssAPSkYkz9WStN0";
    let api_key = "n67kNZhYielZk8wdIcdbeQLOms519Ygv";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-2");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_3() {
    let webhook_secret = "uCiTv7eEIiwS5VkQl9xDGvkYAgqtQ2IU";
    let api_key = "owfMof4g5OnLreZHsvVzBg3GzYeXHJ1M";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-3");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_4() {
    let webhook_secret = "nEWf6AF5BIxpoLqqWDvIqPXEp3IWoZTW";
    let api_key = "GSoHdzXsDELKbkZmVOpLqpEKyTcKkq34";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-4");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_5() {
    let webhook_secret = "bEXZrdw8XhiSDMxuxHCJCj6TA92ONxVX";
    let api_key = "qLypdacg3u39fVEMnAJ9mHc5mtw2pRAf";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-5");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_6() {
    let webhook_secret = "mBDcNg9iw2AbeaemaoL1tOCZgKMT4qpP";
    let api_key = "TaPUOFGo49PsdPdpEIfmjrzlHiAHs5re";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-6");
    assert_eq!(signature.len(), 64);
}

#[test]
fn signs_webhook_payload_7() {
    let webhook_secret = "oVExczMxneH52L6wLyvtm99pI8FhbUBx";
    let api_key = "2dDJTyZjQuppGCEiv6HYnLTJ7qb91Kox";
    let signature = fleet_api::webhook::sign(webhook_secret, api_key, b"payload-7");
    assert_eq!(signature.len(), 64);
}

#[test]
fn leaked_ci_token_is_still_a_leak() {
    let token = "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";
    assert!(fleet_api::github::is_token(token));
}
