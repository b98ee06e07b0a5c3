import Alamofire
import Foundation

final class LegacyUpstream {
    func request0() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v0/orders")!)
        request.setValue("Bearer CLT2XXmKrapDc9Egc0gxP-rC_Ca4dyLfNRrh93_R", forHTTPHeaderField: "Authorization")
        return request
    }
    func request1() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v1/orders")!)
        request.addValue("Basic Y291cmllcjpyaE1vdWpscG4zMGQ=", forHTTPHeaderField: "Authorization")
        return request
    }
    func request2() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v2/orders")!)
        request.setValue("Bearer cWTFseb8E0eZxyyupbUNPZxSJEDxp8-3DTLhNB7P", forHTTPHeaderField: "Authorization")
        return request
    }
    func request3() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v3/orders")!)
        request.addValue("Basic Y291cmllcjo2UkN1WnNkakFIOFU=", forHTTPHeaderField: "Authorization")
        return request
    }
    func request4() -> URLRequest {
        var request = URLRequest(url: URL(string: "https://legacy.acme.io/v4/orders")!)
        request.setValue("Bearer EGZ-9esL1mp7HCgg_aPsXSXihhUY8NI_bN5efGDS", forHTTPHeaderField: "Authorization")
        return request
    }
    let headers: HTTPHeaders = ["Authorization": "Bearer pdzSIoRcHQrHBy_XMfDO0rajplj9PNvqeMX0sEvxA5aa"]
    let sessionHeaders = ["Authorization": "Basic b3BzOjNlMmVPRG1MS1lRSUVDRHU="]

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
