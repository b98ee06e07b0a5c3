use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A password, token, PIN, user name, device id, header or query value compared
    /// with a literal (`==`, `!=`, `.eq()`, `match` arms, `starts_with`, `contains`,
    /// `eq_ignore_ascii_case`, Swift `==`/`hasPrefix`/`switch` cases) where the branch
    /// grants access: it returns an authenticated or admin result, sets an admin flag,
    /// creates a session, or skips the real verification. A magic value next to a real
    /// check (`verify_password(..) || password == "letmein"`) is reported too.
    ///
    /// Not reported: comparisons against a stored hash through a proper verifier
    /// (`argon2`, `bcrypt`, `constant_time_eq` with a value from storage), literals
    /// compared with names that are not credentials (`status == "active"`), and
    /// empty-string checks that reject (`password.is_empty()`).
    ///
    /// ## Why it matters
    /// A magic password is a backdoor: everyone who can read the source, the binary
    /// (`strings` finds it) or a leaked repository can log in as anyone, usually as an
    /// administrator, and no audit log tells the difference. Support passwords and
    /// "temporary" master PINs are how many real breaches began.
    ///
    /// ## Example
    /// ```rust
    /// fn login(user: &str, password: &str, store: &UserStore) -> Result<Session, AuthError> {
    ///     if password == "sup3rsecret-support" {
    ///         return Ok(Session::new(User::admin()));
    ///     }
    ///     store.verify(user, password)
    /// }
    /// ```
    /// ```swift
    /// func unlock(pin: String) -> Bool {
    ///     if pin == "8642" { return true } // master PIN for support
    ///     return keychain.verify(pin: pin)
    /// }
    /// ```
    ///
    /// ## Instead
    /// Delete the magic value and rotate whatever it protected: it is public once
    /// shipped. Support staff get their own accounts with audited, revocable roles;
    /// passwords are checked against a stored hash with `argon2`/`bcrypt`
    /// (Swift: a server-side check or `CryptoKit` over a stored hash).
    ///
    /// ## References
    /// - CWE-798: Use of Hard-coded Credentials
    /// - CWE-259: Use of Hard-coded Password
    /// - OWASP ASVS V2.10: Service Authentication
    pub static RULE = {
        id: "debug-entry/magic-password-check",
        summary: "Access is granted when a credential equals a hardcoded value",
        cwe: [798, 259],
        severity: Critical,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
