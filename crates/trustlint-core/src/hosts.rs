//! Where network calls go: host extraction from URLs and socket addresses, the
//! `[data-upload] allowed-hosts` matching, the catalogue of destinations that
//! exfiltration favours, and which request headers carry credentials. Shared by the
//! Rust and Swift analyzers so both languages judge a request the same way.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The host of a URL (`https://user@host:443/path`), a socket address (`1.2.3.4:4444`,
/// `[::1]:80`) or a bare host name, lower-cased. `None` when there is no host text.
pub fn host_of(destination: &str) -> Option<String> {
    let trimmed = destination.trim();
    let after_scheme = match trimmed.find("://") {
        Some(at) => &trimmed[at + 3..],
        None => trimmed,
    };
    let authority = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = if let Some(bracketed) = host_port.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or_default()
    } else if host_port.matches(':').count() > 1 {
        // A bare IPv6 address has several colons and no port.
        host_port
    } else {
        host_port.split(':').next().unwrap_or_default()
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Whether `host` is in the allow-list: an exact entry, or `*.domain` for any
/// subdomain of `domain`. Comparison ignores case and a trailing dot.
pub fn is_allowed_host(host: &str, allowed_hosts: &[String]) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    allowed_hosts.iter().any(|entry| {
        let entry = entry.trim().trim_end_matches('.').to_ascii_lowercase();
        match entry.strip_prefix("*.") {
            Some(domain) => host.ends_with(&format!(".{domain}")),
            None => host == entry,
        }
    })
}

/// Whether `host` is this machine (`localhost`, `127.0.0.1`, `::1`): a local
/// service, never a destination an allow-list needs to name.
pub fn is_loopback_host(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost") || ip_address(host).is_some_and(|ip| ip.is_loopback())
}

/// Whether a request header carries credentials (`Authorization`, `X-Api-Key`,
/// `X-Auth-Token`, `Cookie`): a stored token sent there is used, not leaked.
pub fn is_authorization_header(name: &str) -> bool {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    lower.contains("authorization")
        || lower == "x-api-key"
        || lower == "api-key"
        || lower.ends_with("-token")
        || lower == "cookie"
}

/// The host as an IP address, when it is written as one.
pub fn ip_address(host: &str) -> Option<IpAddr> {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.parse::<IpAddr>().ok()
}

/// A raw IP address that routes on the public internet (not loopback, private,
/// link-local, documentation or unspecified).
pub fn is_public_ip(host: &str) -> bool {
    match ip_address(host) {
        Some(IpAddr::V4(v4)) => is_public_v4(v4),
        Some(IpAddr::V6(v6)) => is_public_v6(v6),
        None => false,
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    let shared_cgnat = a == 100 && (64..128).contains(&b);
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || shared_cgnat)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    let unique_local = (first & 0xfe00) == 0xfc00;
    let link_local = (first & 0xffc0) == 0xfe80;
    let documentation = first == 0x2001 && ip.segments()[1] == 0x0db8;
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || unique_local
        || link_local
        || documentation)
}

/// Why a destination is suspicious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SuspiciousKind {
    RawIp,
    DiscordWebhook,
    SlackWebhook,
    TelegramBot,
    PasteSite,
    RequestCatcher,
    Tunnel,
}

impl SuspiciousKind {
    /// A noun phrase for messages: "a Discord webhook".
    pub fn describe(self) -> &'static str {
        match self {
            SuspiciousKind::RawIp => "a raw public IP address",
            SuspiciousKind::DiscordWebhook => "a Discord webhook",
            SuspiciousKind::SlackWebhook => "a Slack webhook",
            SuspiciousKind::TelegramBot => "the Telegram bot API",
            SuspiciousKind::PasteSite => "a paste or file-drop site",
            SuspiciousKind::RequestCatcher => "a request-catching service",
            SuspiciousKind::Tunnel => "a tunnel endpoint",
        }
    }
}

/// A catalogued endpoint: a host suffix (matches the host and its subdomains) and,
/// where the host also serves honest traffic, a path prefix that makes it suspicious.
struct Endpoint {
    host_suffix: &'static str,
    path_prefix: Option<&'static str>,
    kind: SuspiciousKind,
}

const fn endpoint(host_suffix: &'static str, kind: SuspiciousKind) -> Endpoint {
    Endpoint {
        host_suffix,
        path_prefix: None,
        kind,
    }
}

const fn endpoint_path(
    host_suffix: &'static str,
    path_prefix: &'static str,
    kind: SuspiciousKind,
) -> Endpoint {
    Endpoint {
        host_suffix,
        path_prefix: Some(path_prefix),
        kind,
    }
}

use SuspiciousKind::{
    DiscordWebhook, PasteSite, RequestCatcher, SlackWebhook, TelegramBot, Tunnel,
};

static ENDPOINTS: &[Endpoint] = &[
    endpoint_path("discord.com", "/api/webhooks", DiscordWebhook),
    endpoint_path("discordapp.com", "/api/webhooks", DiscordWebhook),
    endpoint_path("canary.discord.com", "/api/webhooks", DiscordWebhook),
    endpoint_path("ptb.discord.com", "/api/webhooks", DiscordWebhook),
    endpoint("hooks.slack.com", SlackWebhook),
    endpoint("api.telegram.org", TelegramBot),
    endpoint("pastebin.com", PasteSite),
    endpoint("paste.ee", PasteSite),
    endpoint("hastebin.com", PasteSite),
    endpoint("ghostbin.com", PasteSite),
    endpoint("rentry.co", PasteSite),
    endpoint("transfer.sh", PasteSite),
    endpoint("file.io", PasteSite),
    endpoint("0x0.st", PasteSite),
    endpoint("termbin.com", PasteSite),
    endpoint("anonfiles.com", PasteSite),
    endpoint("gofile.io", PasteSite),
    endpoint("webhook.site", RequestCatcher),
    endpoint("requestbin.com", RequestCatcher),
    endpoint("requestbin.net", RequestCatcher),
    endpoint("requestcatcher.com", RequestCatcher),
    endpoint("pipedream.net", RequestCatcher),
    endpoint("m.pipedream.net", RequestCatcher),
    endpoint("interact.sh", RequestCatcher),
    endpoint("oast.fun", RequestCatcher),
    endpoint("oast.pro", RequestCatcher),
    endpoint("oast.live", RequestCatcher),
    endpoint("oast.site", RequestCatcher),
    endpoint("oast.online", RequestCatcher),
    endpoint("oast.me", RequestCatcher),
    endpoint("oastify.com", RequestCatcher),
    endpoint("burpcollaborator.net", RequestCatcher),
    endpoint("canarytokens.com", RequestCatcher),
    endpoint("beeceptor.com", RequestCatcher),
    endpoint("ngrok.io", Tunnel),
    endpoint("ngrok-free.app", Tunnel),
    endpoint("ngrok.app", Tunnel),
    endpoint("ngrok.dev", Tunnel),
    endpoint("loca.lt", Tunnel),
    endpoint("localtunnel.me", Tunnel),
    endpoint("trycloudflare.com", Tunnel),
    endpoint("serveo.net", Tunnel),
    endpoint("localhost.run", Tunnel),
    endpoint("lhr.life", Tunnel),
];

/// Why `destination` (a URL, socket address or host) is a suspicious place to send
/// data, if it is one.
pub fn suspicious_destination(destination: &str) -> Option<SuspiciousKind> {
    let host = host_of(destination)?;
    if is_public_ip(&host) {
        return Some(SuspiciousKind::RawIp);
    }
    let path = path_of(destination);
    ENDPOINTS
        .iter()
        .find(|e| {
            let host_matches =
                host == e.host_suffix || host.ends_with(&format!(".{}", e.host_suffix));
            host_matches && e.path_prefix.is_none_or(|prefix| path.starts_with(prefix))
        })
        .map(|e| e.kind)
}

/// Services that answer with the caller's location (geo-IP lookups): what they
/// return is location data.
static GEO_IP_HOSTS: &[&str] = &[
    "ipinfo.io",
    "ip-api.com",
    "ipapi.co",
    "ipwho.is",
    "ipgeolocation.io",
    "freegeoip.app",
    "geolocation-db.com",
    "ipapi.com",
    "geojs.io",
];

/// Whether a request to `destination` returns the caller's location.
pub fn is_geo_ip_lookup(destination: &str) -> bool {
    host_of(destination).is_some_and(|host| {
        GEO_IP_HOSTS
            .iter()
            .any(|geo| host == *geo || host.ends_with(&format!(".{geo}")))
    })
}

/// Whether `piece`, a string a destination may be built from, could make it one that
/// [`suspicious_destination`] or [`is_geo_ip_lookup`] flags: it names a catalogued
/// host, or holds what looks like most of an IP address — a run of digits and
/// format placeholders with two dots or more (`"45.61.139.17"`, `"{}.{}.{}.{}"`), or
/// a word of hex digits with two colons or more (`"2a03:2880::1"`). Analyzers use
/// it to skip a data-flow pass that could flag nothing, so it errs towards yes:
/// every version number `1.2.3` passes. An address cut into pieces of one dot
/// each is missed.
pub fn may_build_flagged_destination(piece: &str) -> bool {
    let ipv4_like = piece
        .split(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '{' | '}')))
        .any(|run| run.matches('.').count() >= 2 && run.contains(|c: char| c != '.'));
    let ipv6_like = piece
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == ':'))
        .any(|word| {
            word.matches(':').count() >= 2
                && word.contains(|c: char| c != ':')
                && word.chars().all(|c| c == ':' || c.is_ascii_hexdigit())
        });
    ipv4_like || ipv6_like || {
        let lower = piece.to_ascii_lowercase();
        ENDPOINTS
            .iter()
            .map(|endpoint| endpoint.host_suffix)
            .chain(GEO_IP_HOSTS.iter().copied())
            .any(|host| lower.contains(host))
    }
}

/// The path of a URL (`/api/webhooks/1`), or `""` for socket addresses and bare hosts.
fn path_of(destination: &str) -> &str {
    let Some(at) = destination.find("://") else {
        return "";
    };
    let rest = &destination[at + 3..];
    rest.find('/').map_or("", |slash| &rest[slash..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_of_flagged_destinations_are_recognised() {
        let flagged = [
            "45.61.139.17:4444",
            "[2a03:2880:f00c::1]:443",
            "https://discord.com/api/webhooks/1/x",
            "HTTPS://API.TELEGRAM.ORG/bot1/sendMessage",
            "https://abc.ngrok-free.app/drop",
            "http://ip-api.com/json",
        ];
        for destination in flagged {
            assert!(
                suspicious_destination(destination).is_some() || is_geo_ip_lookup(destination),
                "{destination}"
            );
        }
        // Pieces a destination is built from: `format!("http://{}.{}…", …)`.
        let pieces = ["45.61.139.", "{}.{}.{}.{}", "2a03:2880:", "paste.ee"];
        for piece in flagged.into_iter().chain(pieces) {
            assert!(may_build_flagged_destination(piece), "{piece}");
        }
        for piece in [
            "https://api.example.com/v1/upload",
            "Content-Type",
            "user agent: x",
            "Option::is_none",
            "std::io::Error",
            "HTTP/1.1",
            "localhost:8080",
            "",
        ] {
            assert!(!may_build_flagged_destination(piece), "{piece}");
        }
    }

    #[test]
    fn extracts_hosts_from_urls_and_addresses() {
        assert_eq!(
            host_of("https://user:pw@API.Example.com:8443/v1?q=1").as_deref(),
            Some("api.example.com")
        );
        assert_eq!(
            host_of("45.61.139.17:4444").as_deref(),
            Some("45.61.139.17")
        );
        assert_eq!(
            host_of("http://[2a01:4f8::1]:80/x").as_deref(),
            Some("2a01:4f8::1")
        );
        assert_eq!(host_of("example.org").as_deref(), Some("example.org"));
        assert_eq!(host_of("https:///nothing"), None);
    }

    #[test]
    fn allow_list_wildcards_match_subdomains_only() {
        let allowed = vec!["api.example.com".to_owned(), "*.example.org".to_owned()];
        assert!(is_allowed_host("API.example.com", &allowed));
        assert!(is_allowed_host("eu.telemetry.example.org", &allowed));
        assert!(!is_allowed_host("example.org", &allowed));
        assert!(!is_allowed_host("evil-example.org", &allowed));
        assert!(!is_allowed_host("api.example.com.evil.net", &allowed));
    }

    #[test]
    fn loopback_hosts_and_credential_headers() {
        assert!(is_loopback_host("localhost"));
        assert!(is_loopback_host("127.0.0.1"));
        assert!(is_loopback_host("::1"));
        assert!(!is_loopback_host("localhost.example.com"));
        assert!(!is_loopback_host("10.0.0.1"));
        assert!(is_authorization_header("Authorization"));
        assert!(is_authorization_header("X-Refresh-Token"));
        assert!(is_authorization_header("x_api_key"));
        assert!(!is_authorization_header("X-Request-Id"));
        assert!(!is_authorization_header("Content-Type"));
    }

    #[test]
    fn raw_ips_are_suspicious_only_when_public() {
        assert_eq!(
            suspicious_destination("http://45.61.139.17/upload"),
            Some(SuspiciousKind::RawIp)
        );
        assert_eq!(suspicious_destination("127.0.0.1:8080"), None);
        assert_eq!(suspicious_destination("http://192.168.1.20/api"), None);
        assert_eq!(suspicious_destination("http://[::1]:3000"), None);
        assert_eq!(suspicious_destination("http://100.64.0.1"), None);
    }

    #[test]
    fn catalogued_endpoints_are_recognised() {
        let cases = [
            (
                "https://discord.com/api/webhooks/118/abc",
                SuspiciousKind::DiscordWebhook,
            ),
            (
                "https://hooks.slack.com/services/T0/B0/x",
                SuspiciousKind::SlackWebhook,
            ),
            (
                "https://api.telegram.org/bot123:AA/sendMessage",
                SuspiciousKind::TelegramBot,
            ),
            (
                "https://pastebin.com/api/api_post.php",
                SuspiciousKind::PasteSite,
            ),
            ("https://webhook.site/0c1d", SuspiciousKind::RequestCatcher),
            (
                "https://eo3x.m.pipedream.net",
                SuspiciousKind::RequestCatcher,
            ),
            ("https://x.oastify.com", SuspiciousKind::RequestCatcher),
            ("https://a1b2.ngrok-free.app/c", SuspiciousKind::Tunnel),
            ("https://calm-sun.trycloudflare.com", SuspiciousKind::Tunnel),
        ];
        for (url, kind) in cases {
            assert_eq!(suspicious_destination(url), Some(kind), "{url}");
        }
    }

    #[test]
    fn honest_uses_of_shared_hosts_are_not_suspicious() {
        assert_eq!(
            suspicious_destination("https://discord.com/api/v10/users/@me"),
            None
        );
        assert_eq!(
            suspicious_destination("https://notdiscord.com/api/webhooks/1"),
            None
        );
        assert_eq!(suspicious_destination("https://api.github.com/repos"), None);
    }

    #[test]
    fn geo_ip_lookups_are_recognised() {
        assert!(is_geo_ip_lookup("http://ip-api.com/json"));
        assert!(is_geo_ip_lookup("https://ipinfo.io/json"));
        assert!(!is_geo_ip_lookup("https://api.ipify.org"));
    }
}
