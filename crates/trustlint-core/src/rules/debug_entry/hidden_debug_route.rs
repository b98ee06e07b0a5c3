use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A debug, admin, internal, shell, exec or eval route, or one whose path starts
    /// with `__`, registered without an authentication layer: axum
    /// (`Router::route` without an auth `layer`/`route_layer`), actix-web
    /// (`web::resource`, `.route`, `#[get("/admin/..")]` without an auth `wrap`),
    /// warp (`warp::path!("debug" / ..)`), rocket (a route whose handler takes no
    /// guard type such as `AdminUser`), poem, tide, and hand-written hyper services
    /// (`match (req.method(), req.uri().path())` arms); in Swift, Vapor routes and
    /// hidden URL-scheme or deep-link handlers (`myapp://debug/...`). Middleware or
    /// guards with project-specific names are listed in `trustlint.toml` under
    /// `[debug-entry] auth-guards`.
    ///
    /// ## Why it matters
    /// Hidden routes are not hidden: path lists from the binary, the client app or
    /// a scanner find `/__debug/exec` or `/internal/users` in minutes. Without an
    /// authentication layer they hand anyone on the network whatever they do —
    /// often dumping state, flipping flags or running commands.
    ///
    /// ## Example
    /// ```rust
    /// let app = Router::new()
    ///     .route("/api/orders", get(list_orders))
    ///     .route("/__debug/exec", post(run_command));
    /// ```
    /// ```swift
    /// app.get("internal", "users") { req in try await User.query(on: req.db).all() }
    /// ```
    ///
    /// ## Instead
    /// Delete routes that production does not need, or gate them at compile time
    /// (`#[cfg(debug_assertions)]`, Swift `#if DEBUG`). Routes that must exist go
    /// behind the same authentication and authorization layer as the rest of the
    /// API (`route_layer(from_fn(require_admin))`, actix `wrap(Auth)`, a rocket
    /// guard, a Vapor `grouped(User.guardMiddleware())`).
    ///
    /// ## References
    /// - CWE-489: Active Debug Code
    /// - CWE-912: Hidden Functionality
    /// - OWASP API Security Top 10: API9 Improper Inventory Management
    pub static RULE = {
        id: "debug-entry/hidden-debug-route",
        summary: "Debug, admin or internal route is registered without authentication",
        cwe: [489, 912],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
