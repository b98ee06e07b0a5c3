use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};

pub struct Settings {
    pub insecure: bool,
}

pub fn native_client() -> Result<native_tls::TlsConnector, native_tls::Error> {
    native_tls::TlsConnector::builder()
        .danger_accept_invalid_certs(true)
        .danger_accept_invalid_hostnames(true)
        .build()
}

pub fn configured_client(settings: &Settings) -> reqwest::Result<reqwest::Client> {
    let builder = reqwest::Client::builder().danger_accept_invalid_certs(settings.insecure);
    builder.build()
}

pub fn mqtt_connector() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut builder = SslConnector::builder(SslMethod::tls())?;
    builder.set_verify(SslVerifyMode::NONE);
    Ok(builder.build())
}

pub fn broker_config(connector: &SslConnector) -> Result<openssl::ssl::ConnectConfiguration, openssl::error::ErrorStack> {
    let config = connector.configure()?.verify_hostname(false);
    Ok(config)
}

#[derive(Debug)]
struct AcceptAnything;

impl ServerCertVerifier for AcceptAnything {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn verify_tls13_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        Ok(HandshakeSignatureValid::assertion())
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        vec![SignatureScheme::ED25519]
    }
}

pub fn verified_native() -> Result<native_tls::TlsConnector, native_tls::Error> {
    native_tls::TlsConnector::builder()
        .danger_accept_invalid_certs(false)
        .min_protocol_version(Some(native_tls::Protocol::Tlsv12))
        .build()
}

pub fn verified_broker(connector: &SslConnector) -> Result<openssl::ssl::ConnectConfiguration, openssl::error::ErrorStack> {
    connector.configure()?.verify_hostname(true);
    connector.configure()
}

pub fn peer_verified() -> Result<SslConnector, openssl::error::ErrorStack> {
    let mut builder = SslConnector::builder(SslMethod::tls())?;
    builder.set_verify(SslVerifyMode::PEER | SslVerifyMode::FAIL_IF_NO_PEER_CERT);
    Ok(builder.build())
}

#[cfg(test)]
mod tests {
    #[test]
    fn talks_to_the_local_test_server() {
        let client = reqwest::Client::builder()
            .danger_accept_invalid_certs(true)
            .build();
        assert!(client.is_ok());
    }
}
