import Foundation

enum Endpoints {
    static let endpoint0 = URL(string: "postgres://admin:OcbTTVFlheNSFOpYd0@orders-db.c7xk2.eu-west-1.rds.amazonaws.com:5432/orders")!
    static let endpoint3 = URL(string: "mongodb+srv://ingest:KABwRdGK4Tf7tw9ctd@cluster0.x8fke.mongodb.net:27017/courier?retryWrites=true")!
    static let endpoint4 = URL(string: "redis://svc_orders:wFbacfiVFYb6dWbRWm@cache.internal.acme.io:6379/0")!
    static let endpoint6 = URL(string: "https://ingest:28lvU7XFbufigwIHw5@nexus.acme.io:443/repository/releases")!
    static let endpoint7 = URL(string: "ftp://svc_orders:4VHfj6c4zgenmdaYX0@files.partner-logistics.com:21/inbound")!
    static let feed = "https://courier:B3QVsy7NgGfclUok9GK34b@feeds.acme.io/v2/orders.json"
    static let sentryDSN = "https://afc0968e0a37e570c51e7bad84f44d1f:3fe5840b9e3c1c2ec40e5bf0e77c5821@o156481.ingest.sentry.io/7302947"

    static let sentryPublicDSN = "https://3ae177487fefddb15fbedf2aa19a7782@o584721.ingest.sentry.io/7740291"
    static let sentryDSN2 = "https://125c0fc81e4ed3670952193eea2ebe25@o469462.ingest.us.sentry.io/9401197"
    static let api = URL(string: "https://api.acme.io/v2")!
    static let support = URL(string: "mailto:support@acme.io")!
    static let template = "https://%@:%@@api.acme.io/v2"
    static let docs = "https://user:password@host:port/path"
    static let git = "git@github.com:acme/courier-ios.git"

    static func authenticated(user: String, password: String) -> URL? {
        URL(string: "https://\(user):\(password)@feeds.acme.io/v2")
    }
}
