//! Proxy settings for the sync client, with rustdoc examples the way hyper-util,
//! ureq and url document theirs: credentials in a doc example are sample values of
//! a doctest, not a deployment's secret.

use std::time::Duration;

/// Where outbound requests go.
///
/// # Examples
///
/// ```
/// # use sync_client::ProxySettings;
/// let proxy = ProxySettings::parse("http://Aladdin:opensesame@localhost:8887")?;
/// assert_eq!(proxy.basic_auth(), Some("Basic QWxhZGRpbjpvcGVuc2VzYW1l"));
/// # Ok::<(), sync_client::Error>(())
/// ```
///
/// Accepted formats:
///
/// * `socks5://john:smith@socks.example.com`
/// * `john:smith@socks.example.com:8000`
pub struct ProxySettings {
    pub url: String,
    pub timeout: Duration,
}

impl ProxySettings {
    /*! Inner block docs may carry examples too: `https://user1:secret1@example.com` */

    /** Block doc comment example: `ftp://admin:hunter2x@files.example.com` */
    pub fn parse(url: &str) -> Result<ProxySettings, String> {
        if url.is_empty() {
            return Err("empty proxy url".to_owned());
        }
        Ok(ProxySettings {
            url: url.to_owned(),
            timeout: Duration::from_secs(30),
        })
    }
}

/// The proxy the release build ships with. The doc comment is fine; the literal
/// below is a real deployment credential.
pub fn default_proxy() -> ProxySettings {
    ProxySettings {
        url: "http://sync-bot:Qm7vX2pLr9Tz@proxy.corp.example.net:3128".to_owned(), //~ credentials/url-credentials
        timeout: Duration::from_secs(10),
    }
}
