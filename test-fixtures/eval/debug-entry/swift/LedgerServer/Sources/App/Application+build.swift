import Hummingbird
import HummingbirdAuth

func buildRouter() -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.get("/health") { _, _ in HTTPResponse.Status.ok }
    router.get("/api/v1/accounts/:id") { _, _ in HTTPResponse.Status.ok }
    router.get("/developers/docs") { _, _ in HTTPResponse.Status.ok }
    router.get("/debug/env") { _, _ in HTTPResponse.Status.ok }
    router.post("/internal/ledger/rebuild") { _, _ in HTTPResponse.Status.ok }
    router.on("/__admin/flags", method: .put) { _, _ in HTTPResponse.Status.ok }
    router.delete("/admin/accounts/:id") { _, _ in HTTPResponse.Status.ok }
    return router
}
