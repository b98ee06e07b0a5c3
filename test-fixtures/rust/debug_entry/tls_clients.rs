//! HTTP clients of a sync service. The "staging" switches and the custom
//! verifier were added to talk to a self-signed test server and shipped.

use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, Error, SignatureScheme};
use std::sync::Arc;

pub struct SyncConfig {
    pub insecure: bool,
    pub ca_bundle: Option<Vec<u8>>,
}

pub fn http_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .danger_accept_invalid_certs(true) //~ debug-entry/tls-verification-disabled
        .danger_accept_invalid_hostnames(true) //~ debug-entry/tls-verification-disabled
        .build()
}

pub fn configured_client(cfg: &SyncConfig) -> reqwest::Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder().danger_accept_invalid_certs(cfg.insecure); //~ debug-entry/tls-verification-disabled
    if let Some(pem) = &cfg.ca_bundle {
        builder = builder.add_root_certificate(reqwest::Certificate::from_pem(pem)?);
    }
    builder.build()
}

pub fn strict_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .danger_accept_invalid_certs(false) // ok: false keeps verification on
        .https_only(true)
        .build()
}

pub fn native_connector() -> native_tls::Result<native_tls::TlsConnector> {
    native_tls::TlsConnector::builder()
        .danger_accept_invalid_certs(true) //~ debug-entry/tls-verification-disabled
        .build()
}

pub fn openssl_connector() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut builder = SslConnector::builder(SslMethod::tls())?;
    builder.set_verify(SslVerifyMode::NONE); //~ debug-entry/tls-verification-disabled
    Ok(builder.build())
}

pub fn openssl_peer_connector() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut builder = SslConnector::builder(SslMethod::tls())?;
    builder.set_verify(SslVerifyMode::PEER);
    Ok(builder.build())
}

pub fn connect_by_ip(connector: &SslConnector) -> Result<(), openssl::error::ErrorStack> {
    let config = connector.configure()?.verify_hostname(false); //~ debug-entry/tls-verification-disabled
    let _ = config;
    Ok(())
}

#[derive(Debug)]
struct AcceptAnything;

impl ServerCertVerifier for AcceptAnything {
    fn verify_server_cert( //~ debug-entry/tls-verification-disabled
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(&self, _m: &[u8], _c: &CertificateDer<'_>, _d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(&self, _m: &[u8], _c: &CertificateDer<'_>, _d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        vec![SignatureScheme::ED25519]
    }
}

/// Pins a certificate, then defers to the real verifier: honest.
#[derive(Debug)]
struct PinnedVerifier {
    inner: Arc<dyn ServerCertVerifier>,
    pin: Vec<u8>,
}

impl PinnedVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, Error> {
        if end_entity.as_ref() != self.pin.as_slice() {
            return Err(Error::General("certificate does not match the pin".into()));
        }
        self.inner.verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
    }
}

pub struct TlsOptions {
    /// Set by the `--insecure` flag of the support CLI; off by default.
    pub disable_verification: bool,
}

pub fn support_connector(options: &TlsOptions) -> native_tls::Result<native_tls::TlsConnector> {
    let mut builder = native_tls::TlsConnector::builder();
    if options.disable_verification { // ok here: the call inside is what gets reported
        builder.danger_accept_invalid_certs(true); //~ debug-entry/tls-verification-disabled
    }
    builder.build()
}

pub fn dev_client() -> reqwest::Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder();
    if cfg!(debug_assertions) {
        builder = builder.danger_accept_invalid_certs(true); //~ debug-entry/tls-verification-disabled
    }
    builder.build()
}

#[cfg(test)]
mod tests {
    #[test]
    fn talks_to_the_local_test_server() {
        let client = reqwest::blocking::Client::builder()
            .danger_accept_invalid_certs(true) // ok: inside #[cfg(test)]
            .build()
            .unwrap();
        let _ = client;
    }
}
