//! Keys the services were deployed with before the move to Vault; the
//! migration reads them from here once and uploads them.

pub const AWS_ACCESS_KEY_ID: &str = "AKIA4D79JOBI1O0QMF1W";
pub const GITHUB_APP_INSTALLATION_TOKEN: &str = "ghs_45MRDrd53Vmdfup7R2RskXf9idPdML43wg0N";
pub const GITLAB_FEED_TOKEN: &str = "glft-HeTdklrTl4pWMZuTRfuj";
pub const SLACK_CONFIGURATION_ACCESS_TOKEN: &str = "xoxe.xoxp-1-mwIySZfn4kB6tKfVgaxtrZw4DmOAEdOYaMziqxBSLaDF1rCTlOjAfa4ofXZqqL3H4b6KbCo5DYwyNAiajpyboUSK21XV452SK5jWvE0TImyoCsQbuTFMQJa4YcqfZvVmEwIdhaqz02701TS1jtJK0w";
pub const MATTERMOST_ACCESS_TOKEN: &str = "wspwxwzy45eor4kk9khre9bok9";
pub const BRAINTREE_SANDBOX_ACCESS_TOKEN: &str = "access_token$sandbox$ecdvlf1l2rfagrwm$5c040074ddc901bc73b393da140df854";
pub const PLAID_ACCESS_TOKEN: &str = "access-production-5a94d861-2b9f-a983-aea3-5f0cbe24f590";
pub const DUFFEL_LIVE_ACCESS_TOKEN: &str = "duffel_live_jKyIUrrYtlN7F06unmQsyLzTqAndThl8S30ZFV94Fx5";
pub const GOOGLE_SERVICE_ACCOUNT_PRIVATE_KEY: &str = r#"{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCzgTQ6ozrWKl+xa4SaPlGeY9jmCXU0AITwTzc17Cr+mqfga0wgD5EPxeOLAcMLYMA\nVbEuqWriO3ivpHeM16F5nOZrIJemf8Q7g0Sm+1tHOe315+v2izviAFBNV23W/+i4\n-----END PRIVATE KEY-----\n"}"#;
pub const AZURE_STORAGE_ACCOUNT_KEY: &str = "DefaultEndpointsProtocol=https;AccountName=contosoprod;AccountKey=Tmvp7YfUfJYkLX8nrZb5j0DYTc8GF9BVnJSD1FAp+3mJgMGNTVgdoWI5NTu2vwl2kaRZxafZHCWNdaW0BBx1Hd==;EndpointSuffix=core.windows.net";
pub const OPENAI_PROJECT_API_KEY: &str = "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";
pub const REPLICATE_API_TOKEN: &str = "r8_1cqqmZdwQSsg8KwaqfTJ5mx6QVxAlAzi8zPtb";
pub const FIREWORKS_AI_API_KEY: &str = "fw_uvxuTJqVbIuHN6BHy4t8T2NI";
pub const WANDB_API_KEY: &str = "8aa320846d6e0fe36fbb79eb29d116f8c2521f73";
pub const BREVO_API_KEY: &str = "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";
pub const NPM_ACCESS_TOKEN: &str = "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";
pub const JFROG_ARTIFACTORY_API_KEY: &str = "AKCp8PbyRdVgJG1ieZ4u0Cwi5f0WbiuqZg4BrJBlTDV0TmT3QU8hpMWpwHjn681hgbyIOmNrT";
pub const DIGITALOCEAN_OAUTH_TOKEN: &str = "doo_v1_2ca8398509912d779c4fece230824d304839985f6c35850611860cf9b257d354";
pub const SUPABASE_PERSONAL_ACCESS_TOKEN: &str = "sbp_b8110cb2e67a69eba00707c472c17b047479f40d";
pub const IBM_CLOUD_API_KEY: &str = "OaKzcUHU3__ORAbCaodFT4IeAGFmJTrgOQKayxLz9l7R";
pub const SCALEWAY_SECRET_KEY: &str = "d09651b1-50f0-403f-cc35-940874fcdfe0";
pub const FLY_IO_ACCESS_TOKEN: &str = "FlyV1 fm2_+gb6SRlxcI6PdSNPOt7vT1EAkNWEuKqCn1wCmWMVMFHbZavpDrAs36q4EWbpzSelOOAFpMUbqjIKebNipnIKOQ0E9gfksJFZ1/7Vv0J2+Y1684Z6Iri5Pk+xA3rkaJPW6keU6YJIaro8MH12mvqIHV5JH3/hHWlZE5XMqIQPqH6hwnZsvWfxWHBlDg5ErDERy6sS2U7B";
pub const DOPPLER_SERVICE_ACCOUNT_TOKEN: &str = "dp.sa.PGHWymgURt9C7EyrmmA5sAuCFKJKShq68fJh3U6vZro";
pub const OP_SERVICE_ACCOUNT_TOKEN: &str = "ops_eyJlxbzCYHJv0o6hv8YcTZeHD6uhTHjBvEjD7BXBs4BZoXxvuIqegF58Xq3S9lJw1DyId6HDiTxMSE5zWYbl0Cl3L2vuvTmGS1huzFpKTwKoX5Oaz8ihYADUCtG5tONRERxVbSv4QPlWDY7wRTvrVORb9RYF3LyTx1jrmmV5sz2Qwa_EV8TlGp9zh5CQkR2R5QiXBOd57jm";
pub const NEW_RELIC_INSIGHTS_INSERT_KEY: &str = "NRII-gapsDyp2ULdI8lzSIOlgEk1zGZPProFo";
pub const PAGERDUTY_API_KEY: &str = "u+jOfNuzq_FP2tFTuvdQ";
pub const BUILDKITE_API_ACCESS_TOKEN: &str = "bkua_a1621d2432b4e28093f2072311f43f8a90366625";
pub const LINEAR_API_KEY: &str = "lin_api_zw2vsf6J7jhKLLNYdphHpuiDBdwJfNDCqqi9gXv7";
pub const OKTA_API_TOKEN: &str = "00TPECiJdyfbgAmwDA05-XxYT2rDd_Kq_N5PkcxZz3";
pub const ZENDESK_API_TOKEN: &str = "iurvtSHtVIEg62va0zfUp6WCl09SY5Wyjm5RhgaG";
pub const TYPEFORM_PERSONAL_ACCESS_TOKEN: &str = "tfp_3SvaGSJMWFoxWtecgVA0Ea7bPdlter3wPmoQSkUOPC_e_DD8Odw_vKyTQX6";
pub const RSA_PRIVATE_KEY: &str = r#"-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAh5ZuKcG38hTjNpR8LeypPIikgKhs0QSf3nwdIVZRQQp9Zqb2rJxHtNpyvs4BLItA
rEOqmJN1rjWSTLtqyx4T3kkSuubbw7NYeYriDXNDLkpAny6lZEpWLKzSF+o+BWyX
-----END RSA PRIVATE KEY-----"#;
pub const EC_PRIVATE_KEY: &str = r#"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIvZnlByz2mvQbE1b3bAxMiO/jF189iAnmdz4GJnaai6jvHXLJKto2Yq8
C69aSzDspM5cphV1hXPpLxyyUe3RVUGpEA5ry/iOregHAUjjlvkYzzUmwlSqnlVz
-----END EC PRIVATE KEY-----"#;
pub const DSA_PRIVATE_KEY: &str = r#"-----BEGIN DSA PRIVATE KEY-----
MIIBuwIBAAKBgQAVBuQ3qYqR70mGrOKcWL8JMdykE+7Pqd777+erTDIhIapp6ZMe
LP9V5PiI4H9uzh0p2PF79wb9ujMBKRi6sqqM2kDb/od5xTe+wGvG7ZwWthEoyxu2
-----END DSA PRIVATE KEY-----"#;
pub const PRIVATE_KEY: &str = r#"-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASC5yHt01BMdPUSReM8nKV8yAfkWk9HJGNp
k/sK0nWkw4z18V19TshDALsEC9XzAQnZcBydylWBAW0uziQMaR8KnUqlq7SDNPCA
-----END PRIVATE KEY-----"#;
pub const ENCRYPTED_PRIVATE_KEY: &str = r#"-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFHDBOBgkqhkiG9w0BBQ0wQTApU/dBUFDTzLOpNBoNQO3KD+zeG4FaVA1+y/gX
q7VQk6uIGhsYOJsNM3+slWHxlo3l9leTLOtVB+yMScGBWXtZ6V12XvmMjbv1f77J
-----END ENCRYPTED PRIVATE KEY-----"#;
pub const OPENSSH_PRIVATE_KEY: &str = r#"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
vndgixCrHkNZuNZqHwLjisna82QvaHa1NlNTTjNlkeNuY2VYGHdAFPp5SYrmU3hXtMtbCh
pwbxgk03pprE16A7N6utjvXUeBUhnZKCy0E6KIAYnC5Nlo/3XIyQBpu71cIGUCXMi+OrJr
-----END OPENSSH PRIVATE KEY-----"#;
pub const PGP_PRIVATE_KEY_BLOCK: &str = r#"-----BEGIN PGP PRIVATE KEY BLOCK-----
Version: GnuPG v2

lQOYBFXFtaxEyUNwQpUI3v3yMyimXXpGdE8tfMb1AYZlTzgr4iTDI3zHvjg/gBmZ
yD/34smBuU59skGveXwdb0Di84KUsJuDphQoXo1/1Jfny9bGhLXBhenE3AdxgWEN
=mmKg
-----END PGP PRIVATE KEY BLOCK-----"#;
pub const PUTTY_PRIVATE_KEY: &str = r#"PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: deploy
Public-Lines: 2
Ed/6Lp6rY2rfr8VdsItaXSdK/kvwDKFEA71j6T+E3ms4hJDSbCLp1/Gxj0HtXiy5
jQKj
Private-Lines: 1
Rq/hr/qPmTWL0vYYg7mOnHy7rCqtNN/IpcsQbR5gLcJyW2AXJRE7xQIMd4ijeL4U
Private-MAC: 369cf00511b3d95e350ccb1c5f2b0a33da2b5b767c312b70a0db2662e8cb9a99"#;
