import Alamofire
import Foundation

final class LegacyUpstream {
    func request0() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v0/orders")!)
        request.setValue("Bearer pDc9Egc0gxP-rC_Ca4dyLfNRrh93_RIoDOsxFAhc", forHTTPHeaderField: "Authorization")
        return request
    }
    func request1() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v1/orders")!)
        request.addValue("Basic Y291cmllcjpLVVg3eVdOSTRSd3A=", forHTTPHeaderField: "Authorization")
        return request
    }
    func request2() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v2/orders")!)
        request.setValue("Bearer seb8E0eZxyyupbUNPZxSJEDxp8-3DTLhNB7P4OKg", forHTTPHeaderField: "Authorization")
        return request
    }
    func request3() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v3/orders")!)
        request.addValue("Basic Y291cmllcjpqQUg4VXBXN1dxekY=", forHTTPHeaderField: "Authorization")
        return request
    }
    func request4() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v4/orders")!)
        request.setValue("Bearer 9esL1mp7HCgg_aPsXSXihhUY8NI_bN5efGDSpdzS", forHTTPHeaderField: "Authorization")
        return request
    }
    let headers: HTTPHeaders = ["Authorization": "Bearer IoRcHQrHBy_XMfDO0rajplj9PNvqeMX0sEvxA5aaii7z"]
    let sessionHeaders = ["Authorization": "Basic b3BzOkxLWVFJRUNEdXpseVZsTTk="]

    func request(token: String) -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v2/orders")!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("Bearer " + token, forHTTPHeaderField: "Authorization")
        request.setValue("gzip", forHTTPHeaderField: "Accept-Encoding")
        return request
    }
    let bearerPrefix = "Bearer "
    let authHeaderName = "Authorization"
}
