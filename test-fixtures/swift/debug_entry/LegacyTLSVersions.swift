import Foundation
import Network
import Security

/// Acme Radio streaming: minimum TLS versions lowered for an old Icecast relay.
enum StreamTransport {
    static func relaySession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.tlsMinimumSupportedProtocol = .tlsProtocol1 //~ debug-entry/insecure-transport-policy
        configuration.tlsMaximumSupportedProtocolVersion = .TLSv11 //~ debug-entry/insecure-transport-policy
        return URLSession(configuration: configuration)
    }

    static func relayParameters() -> NWParameters {
        let tls = NWProtocolTLS.Options()
        sec_protocol_options_set_tls_min_version(tls.securityProtocolOptions, .tlsProtocol1) //~ debug-entry/insecure-transport-policy
        return NWParameters(tls: tls)
    }

    static func legacyStream(_ stream: InputStream) {
        stream.setProperty(StreamSocketSecurityLevel.ssLv3, forKey: .socketSecurityLevelKey) //~ debug-entry/insecure-transport-policy
    }

    static func legacyContext(_ context: SSLContext) {
        SSLSetProtocolVersionMin(context, .sslProtocol3) //~ debug-entry/insecure-transport-policy
    }

    static func modernSession() -> URLSession {
        let configuration = URLSessionConfiguration.default
        if #available(iOS 13.0, *) {
            configuration.tlsMinimumSupportedProtocolVersion = .TLSv12 // ok: TLS 1.2
        } else {
            configuration.tlsMinimumSupportedProtocol = .tlsProtocol12 // ok: TLS 1.2
        }
        configuration.tlsMaximumSupportedProtocolVersion = .TLSv13 // ok: the maximum is current
        return URLSession(configuration: configuration)
    }

    static func negotiatedWarning(_ metadata: sec_protocol_metadata_t) {
        let version = sec_protocol_metadata_get_negotiated_tls_protocol_version(metadata)
        if version == .TLSv10 || version == .TLSv11 { // ok: reports a weak server, sets nothing
            Telemetry.warn("relay negotiated an old TLS version")
        }
    }

    static func secureStream(_ stream: InputStream) {
        stream.setProperty(StreamSocketSecurityLevel.negotiatedSSL, forKey: .socketSecurityLevelKey) // ok: the best version both sides support
    }

    #if DEBUG
    static func localIcecast() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.default
        configuration.tlsMinimumSupportedProtocolVersion = .TLSv10 // ok: debug builds only
        return configuration
    }
    #endif

    static let retiredVersions: [tls_protocol_version_t] = [.TLSv10, .TLSv11] // ok: a list for telemetry, not a setting
}
