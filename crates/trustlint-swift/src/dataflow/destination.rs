//! Where a request goes: the host of a URL the engine could resolve to text, how that
//! text was made (written out, or assembled/decoded at run time), and what kind of
//! endpoint the host is.

use super::value::{Assembly, UNKNOWN_TEXT};
use trustlint_core::hosts::{SuspiciousKind, suspicious_destination};

/// A sink's destination as far as the engine resolved it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Destination {
    /// The URL (or host) text with unknown parts as [`UNKNOWN_TEXT`].
    pub url: Option<String>,
    /// How the URL text was produced when it was not written out.
    pub assembly: Option<Assembly>,
    /// Hosts of a third-party service whose SDK sends the data.
    pub service_hosts: &'static [&'static str],
}

impl Destination {
    /// The host, when the URL's scheme and host are known text.
    pub fn host(&self) -> Option<String> {
        self.url.as_deref().and_then(host_of)
    }

    /// Why the resolved URL is a place exfiltration favours, if it is one.
    pub fn suspicious_kind(&self) -> Option<SuspiciousKind> {
        self.host()?;
        suspicious_destination(self.url.as_deref()?)
    }

    /// Every host the data goes to: the URL's, or the service's.
    pub fn hosts(&self) -> Vec<String> {
        match self.host() {
            Some(host) => vec![host],
            None => self.service_hosts.iter().map(|h| (*h).to_owned()).collect(),
        }
    }
}

/// The lower-cased host of `url` (`https://host:port/path`, or a bare host), when
/// the scheme and host contain no unknown part.
pub fn host_of(url: &str) -> Option<String> {
    let authority_start = url.find("://").map_or(0, |at| at + 3);
    let authority_end = url[authority_start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |at| authority_start + at);
    let scheme_and_authority = &url[..authority_end];
    if scheme_and_authority.contains(UNKNOWN_TEXT) {
        return None;
    }
    trustlint_core::hosts::host_of(scheme_and_authority)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_urls_with_unknown_parts() {
        assert_eq!(
            host_of("https://API.Example.com:8443/v1?x=\u{FFFC}").as_deref(),
            Some("api.example.com")
        );
        assert_eq!(host_of("https://\u{FFFC}/v1"), None);
        assert_eq!(host_of("\u{FFFC}/v1"), None);
        assert_eq!(
            host_of("tcp://45.61.139.17").as_deref(),
            Some("45.61.139.17")
        );
    }

    #[test]
    fn suspicious_destinations_come_from_the_shared_catalogue() {
        let webhook = Destination {
            url: Some("https://discord.com/api/webhooks/1/\u{FFFC}".to_owned()),
            ..Destination::default()
        };
        assert_eq!(
            webhook.suspicious_kind(),
            Some(SuspiciousKind::DiscordWebhook)
        );
        let unknown_host = Destination {
            url: Some("https://\u{FFFC}.ngrok.io/x".to_owned()),
            ..Destination::default()
        };
        assert_eq!(unknown_host.suspicious_kind(), None);
    }
}
