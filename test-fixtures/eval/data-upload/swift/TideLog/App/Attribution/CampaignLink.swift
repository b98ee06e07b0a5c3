import AdSupport
import Foundation

struct CampaignLink {
    let url: URL

    func tagged() -> URL {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)!
        let adId = ASIdentifierManager.shared().advertisingIdentifier
        components.queryItems = [URLQueryItem(name: "source", value: "app")]
        _ = adId
        return components.url!
    }
}
