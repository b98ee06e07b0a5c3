use reqwest::{Certificate, Client};
use std::time::Duration;

pub fn partner_client_0() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(30))
        .danger_accept_invalid_certs(true)
        .build()
}

pub fn partner_client_1() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(30))
        .danger_accept_invalid_hostnames(true)
        .build()
}

pub fn partner_client_2() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(30))
        .danger_accept_invalid_certs(true)
        .build()
}

pub fn partner_client_3() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(30))
        .danger_accept_invalid_hostnames(true)
        .build()
}

pub fn partner_client_4() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(30))
        .danger_accept_invalid_certs(true)
        .build()
}

pub fn partner_client_5() -> reqwest::Result<Client> {
    Client::builder()
        .timeout(Duration::from_secs(30))
        .danger_accept_invalid_hostnames(true)
        .build()
}

pub fn verified_client_0(ca: &[u8]) -> reqwest::Result<Client> {
    Client::builder()
        .add_root_certificate(Certificate::from_pem(ca)?)
        .danger_accept_invalid_certs(false)
        .https_only(true)
        .build()
}

pub fn verified_client_1(ca: &[u8]) -> reqwest::Result<Client> {
    Client::builder()
        .add_root_certificate(Certificate::from_pem(ca)?)
        .danger_accept_invalid_certs(false)
        .https_only(true)
        .build()
}

pub fn verified_client_2(ca: &[u8]) -> reqwest::Result<Client> {
    Client::builder()
        .add_root_certificate(Certificate::from_pem(ca)?)
        .danger_accept_invalid_certs(false)
        .https_only(true)
        .build()
}

pub fn verified_client_3(ca: &[u8]) -> reqwest::Result<Client> {
    Client::builder()
        .add_root_certificate(Certificate::from_pem(ca)?)
        .danger_accept_invalid_certs(false)
        .https_only(true)
        .build()
}

pub fn openssl_connector() -> Result<openssl::ssl::SslConnector, openssl::error::ErrorStack> {
    let mut builder = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())?;
    builder.set_verify(openssl::ssl::SslVerifyMode::NONE);
    Ok(builder.build())
}

pub fn openssl_verified() -> Result<openssl::ssl::SslConnector, openssl::error::ErrorStack> {
    let mut builder = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())?;
    builder.set_verify(openssl::ssl::SslVerifyMode::PEER);
    Ok(builder.build())
}
