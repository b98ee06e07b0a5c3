import Foundation

enum Endpoints {
    static let endpoint0 = URL(string: "postgres://svc_orders:VFYb6dWbRWmO28lvU7@orders-db.c7xk2.eu-west-1.rds.amazonaws.com:5432/orders")!
    static let endpoint3 = URL(string: "mongodb+srv://admin:bufigwIHw5m4VHfj6c@cluster0.x8fke.mongodb.net:27017/courier?retryWrites=true")!
    static let endpoint4 = URL(string: "redis://admin:genmdaYX0B3QVsy7Ng@cache.internal.acme.io:6379/0")!
    static let endpoint6 = URL(string: "https://deploy:fclUok9GK34buFya41@nexus.acme.io:443/repository/releases")!
    static let endpoint7 = URL(string: "ftp://deploy:sUIZmPrJSDb9JvYVh9@files.partner-logistics.com:21/inbound")!
    static let feed = "https://courier:pN8QCOkpbylPd930DpxvSA@feeds.acme.io/v2/orders.json"
    static let sentryDSN = "https://84f44d1f3fe5840b9e3c1c2ec40e5bf0:e77c58211c3ae177487fefddb15fbedf@o721228.ingest.sentry.io/2126009"

    static let sentryPublicDSN = "https://aa19a7782ec125c0fc81e4ed36709521@o408219.ingest.sentry.io/2995417"
    static let sentryDSN2 = "https://eea2ebe25bc2bbe08fb97a0276855955@o227615.ingest.us.sentry.io/1524777"
    static let api = URL(string: "https://api.acme.io/v2")!
    static let support = URL(string: "mailto:support@acme.io")!
    static let template = "https://%@:%@@api.acme.io/v2"
    static let docs = "https://user:password@host:port/path"
    static let git = "git@github.com:acme/courier-ios.git"

    static func authenticated(user: String, password: String) -> URL? {
        URL(string: "https://\(user):\(password)@feeds.acme.io/v2")
    }
}
