import Vapor

func routes(_ app: Application) throws {
    app.get("api", "jobs") { req async throws -> String in "ok" }
    app.get("api", "jobs", ":id") { req async throws -> String in "ok" }
    app.get("health") { req async throws -> String in "ok" }
    app.get("api", "technicians") { req async throws -> String in "ok" }
    app.get("api", "reports") { req async throws -> String in "ok" }
    app.get("login") { req async throws -> String in "ok" }
    app.post("debug", "env") { req async throws -> HTTPStatus in .ok }
    app.post("internal", "users", "export") { req async throws -> HTTPStatus in .ok }
    app.post("admin", "impersonate") { req async throws -> HTTPStatus in .ok }
    app.post("__debug", "sql") { req async throws -> HTTPStatus in .ok }
    app.post("debug", "cache", "flush") { req async throws -> HTTPStatus in .ok }
    app.post("internal", "flags") { req async throws -> HTTPStatus in .ok }

    let protected = app.grouped(User.authenticator(), User.guardMiddleware())
    protected.get("admin", "stats") { req async throws -> String in "ok" }
    protected.get("admin", "users") { req async throws -> String in "ok" }
    protected.get("internal", "jobs") { req async throws -> String in "ok" }
}
