import Vapor
import Fluent

/// Acme Courier dispatch server (Vapor 4): the ops endpoints.
struct OpsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("ops", "debug", "sql") { req async throws -> String in //~ debug-entry/hidden-debug-route
            let sql = try req.query.get(String.self, at: "q")
            return try await (req.db as! SQLDatabase).raw(SQLQueryString(sql)).all().description
        }
        routes.post("shell") { req async throws -> String in //~ debug-entry/hidden-debug-route
            try await OpsShell.run(req.body.string ?? "")
        }
        routes.webSocket("console") { req, socket in //~ debug-entry/hidden-debug-route
            socket.onText { socket, text in socket.send(OpsConsole.evaluate(text)) }
        }
        routes.get("dev_tools", "reset") { req async throws -> HTTPStatus in //~ debug-entry/hidden-debug-route
            try await Courier.query(on: req.db).delete()
            return .ok
        }
        let godMode = routes.grouped("godmode")
        godMode.put("couriers", ":id", "balance", use: setBalance) //~ debug-entry/hidden-debug-route

        let staff = routes.grouped("admin")
            .grouped(Staff.sessionAuthenticator(), Staff.redirectMiddleware(path: "/login"))
        staff.get("couriers", use: listCouriers) // ok: session authenticator plus redirect guard
        let tokenProtected = routes.grouped(StaffToken.authenticator(), Staff.guardMiddleware())
        let internalAPI = tokenProtected.grouped("internal")
        internalAPI.post("reindex", use: reindex) // ok: the group requires a staff token
        routes.get("internal", "audit", use: audit) // ok: the handler calls req.auth.require

        routes.get("couriers", ":id", "debugging-tips") { _ in "Check the tracker battery" } // ok: a help text route
        routes.get("api", "v2", "deliveries", use: listDeliveries) // ok: an ordinary API route
        routes.get("metrics") { _ in Metrics.render() } // ok: Prometheus metrics carry no hidden word
    }

    func setBalance(req: Request) async throws -> HTTPStatus { .ok }
    func listCouriers(req: Request) async throws -> [Courier] { try await Courier.query(on: req.db).all() }
    func reindex(req: Request) async throws -> HTTPStatus { .accepted }
    func listDeliveries(req: Request) async throws -> [Delivery] { [] }

    func audit(req: Request) async throws -> [AuditEntry] {
        let staff = try req.auth.require(Staff.self)
        return try await AuditEntry.query(on: req.db).filter(\.$staff.$id == staff.requireID()).all()
    }
}
