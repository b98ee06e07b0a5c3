//! Client for the fulfilment partner's API.

use std::time::Duration;

pub fn partner_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        // The partner's staging certificate expired; "temporarily" trust anything.
        .danger_accept_invalid_certs(true)
        .build()
        .expect("client")
}
