import Vapor
import Fluent

/// Acme Orders API (Vapor 4).
struct AdminController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let admin = routes.grouped("admin")
        admin.post("impersonate", use: impersonate) //~ debug-entry/hidden-debug-route
        admin.get("users", use: listUsers) //~ debug-entry/hidden-debug-route

        let protected = routes.grouped("admin", "reports")
            .grouped(UserToken.authenticator(), User.guardMiddleware())
        protected.get("daily", use: dailyReport)

        let secured = routes.grouped(User.sessionAuthenticator())
        let console = secured.grouped("console")
        console.get("status", use: status)

        routes.get("health") { _ in "ok" }
        routes.get("orders", ":id", use: showOrder)
        routes.get("internal", "metrics") { req async throws -> String in //~ debug-entry/hidden-debug-route
            try await MetricsExporter.shared.render(on: req.db)
        }
        routes.post("internal", "cache", "flush") { req async throws -> HTTPStatus in
            let user = try req.auth.require(User.self)
            guard user.isStaff else { throw Abort(.forbidden) }
            try await req.cache.flush()
            return .ok
        }
    }

    func impersonate(req: Request) async throws -> UserToken {
        let target = try req.content.decode(ImpersonationRequest.self)
        return try await UserToken.issue(for: target.userID, on: req.db)
    }

    func listUsers(req: Request) async throws -> [User] { try await User.query(on: req.db).all() }
    func dailyReport(req: Request) async throws -> Report { try await Report.today(on: req.db) }
    func status(req: Request) async throws -> String { "up" }
    func showOrder(req: Request) async throws -> Order { try await Order.find(req.parameters.get("id"), on: req.db)! }
}

func routes(_ app: Application) throws {
    try app.register(collection: AdminController())
    app.get("__debug", "exec") { req -> String in //~ debug-entry/hidden-debug-route
        "disabled"
    }
    #if DEBUG
    app.get("debug", "seed") { req async throws -> HTTPStatus in
        try await Seed.run(on: req.db)
        return .ok
    }
    #endif
    app.get("docs", "getting-started", use: DocsController().page)
}
