import Vapor

struct AdminController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let admin = routes.grouped("admin")
        admin.post("impersonate", use: impersonate)
        admin.get("export", use: export)
        let secured = routes.grouped("manage").grouped(Staff.authenticator(), Staff.guardMiddleware())
        secured.post("impersonate", use: impersonate)
        secured.get("export", use: export)
        routes.get("admin-guide", use: export)
    }

    func impersonate(req: Request) async throws -> HTTPStatus { .ok }
    func export(req: Request) async throws -> String { "" }
}
