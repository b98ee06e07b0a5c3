//! Integration tests under `tests/`: the default `test-code = "provider-only"`
//! policy keeps name-based and crypto findings quiet here, but a real provider
//! key pasted into a test is still reported.

use aes_gcm::{Aes256Gcm, KeyInit};

const TEST_DB_PASSWORD: &str = "integration-pass-42";
const TEST_API_KEY: &str = "lk_test_4Hd8Qw2Zr7Xt1Vb4Nm9Lc3Kp6Js0Fa";
const FIXTURE_KEY: &[u8; 32] = b"0123456789abcdef0123456789abcdef";
const LEAKED_DEPLOY_KEY_ID: &str = "AKIA4TQ7PZ3WEXD2LHKN"; //~ credentials/aws-access-key
static CLIENT_IDENTITY: &[u8] = include_bytes!("fixtures/client.p12");

#[test]
fn charges_with_the_sandbox_account() {
    let cipher = Aes256Gcm::new_from_slice(FIXTURE_KEY).unwrap();
    let config = gateway::Config {
        api_key: TEST_API_KEY.into(),
        password: "sandbox-Pass-2024".into(),
        client_secret: "cs_sandbox_9Xq2Wz7Rn4Tb1Vm8Lp5Kd3Hj6Gf0".into(),
    };
    assert!(gateway::charge(&config, &cipher, 100).is_ok());
    assert_eq!(TEST_DB_PASSWORD.len(), 19);
    assert!(!CLIENT_IDENTITY.is_empty());
}
