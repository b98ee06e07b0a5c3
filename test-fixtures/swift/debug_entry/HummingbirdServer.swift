import Hummingbird
import HummingbirdAuth
import Foundation

/// Acme Ledger API on Hummingbird 2. The debug endpoints came from a hackathon
/// branch and were merged with the release.
func buildRouter(store: LedgerStore) -> Router<BasicAuthRequestContext<User>> {
    let router = Router(context: BasicAuthRequestContext<User>.self)
    router.addMiddleware {
        LogRequestsMiddleware(.info)
        CORSMiddleware(allowOrigin: .originBased)
    }

    router.get("/health") { _, _ in HTTPResponse.Status.ok } // ok: a public health check
    router.get("/api/v1/accounts/:id") { request, context in // ok: an ordinary API route
        try await store.account(id: context.parameters.require("id"))
    }
    router.get("/debug/env") { _, _ in //~ debug-entry/hidden-debug-route
        ProcessInfo.processInfo.environment.description
    }
    router.post("/internal/ledger/rebuild") { _, _ in //~ debug-entry/hidden-debug-route
        try await store.rebuildIndexes()
        return HTTPResponse.Status.accepted
    }
    router.on("/__admin/flags", method: .put) { request, _ in //~ debug-entry/hidden-debug-route
        try await FeatureFlags.shared.apply(request.body.collect(upTo: 1 << 16))
        return HTTPResponse.Status.noContent
    }
    router.group("admin") //~ debug-entry/hidden-debug-route
        .delete("users/:id") { _, context in
            try await store.deleteUser(id: context.parameters.require("id"))
            return HTTPResponse.Status.noContent
        }

    let maintenance = router.group("maintenance")
    maintenance.post("vacuum") { _, _ in //~ debug-entry/hidden-debug-route
        try await store.vacuum()
        return HTTPResponse.Status.ok
    }

    // Admin routes behind HTTP basic auth and an identity check.
    let admin = router.group("admin/reports")
        .add(middleware: BasicAuthenticator(users: store.users))
        .add(middleware: IsAuthenticatedMiddleware())
    admin.get("daily") { _, context in // ok: the group requires an authenticated user
        try await store.dailyReport(for: context.requireIdentity())
    }

    router.get("/internal/whoami") { _, context in // ok: the handler requires an identity
        let user = try context.requireIdentity()
        return user.name
    }
    router.get("/developers/docs") { _, _ in // ok: public developer documentation
        try await Docs.render("index")
    }
    router.get("/dumplings/menu") { _, _ in // ok: a menu, not a dump
        try await Menu.today()
    }
    router.get("/admin-guide") { _, _ in // ok: a public help page about administration
        try await Docs.render("admin-guide")
    }
    #if DEBUG
    router.get("/debug/seed") { _, _ in // ok: compiled into debug builds only
        try await store.seedFixtures()
        return HTTPResponse.Status.ok
    }
    #endif
    return router
}

/// Hummingbird 1 routes of the older Acme Ledger importer.
func configureImporter(_ app: HBApplication) {
    app.router.get("import/status") { _ in "idle" } // ok: no hidden segment
    app.router.post("import/console/exec") { request -> HTTPResponseStatus in //~ debug-entry/hidden-debug-route
        try await Importer.run(request.body.buffer)
        return .ok
    }
    app.router.get("import/dump") { request -> String in // ok: the handler requires an authenticated user
        let user = try request.authRequire(User.self)
        return try Importer.dump(for: user)
    }
}
