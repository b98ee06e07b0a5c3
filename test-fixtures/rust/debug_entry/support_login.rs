//! Login service of a B2B dashboard. Modelled on real incidents where a
//! "support" password and a master PIN were left in the authentication path.

use argon2::{Argon2, PasswordHash, PasswordVerifier};
use axum::http::{HeaderMap, StatusCode};
use subtle::ConstantTimeEq;

pub struct User {
    pub name: String,
    pub role: Role,
    pub status: String,
}

pub enum Role {
    Admin,
    Member,
}

pub struct Session {
    pub user: String,
}

impl Session {
    pub fn new(user: &str) -> Session {
        Session { user: user.to_owned() }
    }
}

pub enum AuthError {
    InvalidCredentials,
    ReservedUsername,
    Locked,
}

pub struct Store;

impl Store {
    pub fn password_hash(&self, _user: &str) -> Option<String> {
        None
    }
    pub fn api_key_for(&self, _tenant: &str) -> Vec<u8> {
        Vec::new()
    }
}

impl User {
    pub fn admin() -> User {
        User { name: "admin".into(), role: Role::Admin, status: "active".into() }
    }
}

pub fn login(store: &Store, username: &str, password: &str) -> Result<Session, AuthError> {
    if password == "Sup3rS3cret!support" { //~ debug-entry/magic-password-check
        return Ok(Session::new(username));
    }
    if username == "root" { // ok: reserved name: rejecting it is not a backdoor
        return Err(AuthError::ReservedUsername);
    }
    if password.is_empty() || password == "" { // ok: an empty password is refused, not granted
        return Err(AuthError::InvalidCredentials);
    }
    let hash = store.password_hash(username).ok_or(AuthError::InvalidCredentials)?;
    let parsed = PasswordHash::new(&hash).map_err(|_| AuthError::InvalidCredentials)?;
    if Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() { // ok: a real argon2 verification
        return Ok(Session::new(username));
    }
    Err(AuthError::InvalidCredentials)
}

pub fn login_with_fallback(hash: &str, username: &str, password: &str) -> Option<User> {
    if bcrypt::verify(password, hash).unwrap_or(false) || password == "letmein2019" { //~ debug-entry/magic-password-check
        return Some(User::admin());
    }
    None
}

pub fn is_support_user(user: &str) -> bool {
    user == "support" || user.eq_ignore_ascii_case("helpdesk") //~ debug-entry/magic-password-check debug-entry/magic-password-check
}

pub fn check_pin(pin: &str, stored: &str) -> bool {
    if pin.eq("0000-9999") { //~ debug-entry/magic-password-check
        return true;
    }
    pin.as_bytes().ct_eq(stored.as_bytes()).into()
}

pub fn authenticate_token(headers: &HeaderMap, store: &Store, tenant: &str) -> Result<Role, StatusCode> {
    let token = headers.get("x-api-key").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if token.starts_with("sk_master_") { //~ debug-entry/magic-password-check
        return Ok(Role::Admin);
    }
    let expected = store.api_key_for(tenant);
    if token.as_bytes().ct_eq(&expected).into() { // ok: constant-time comparison with a stored value
        return Ok(Role::Member);
    }
    Err(StatusCode::UNAUTHORIZED)
}

pub fn role_for(user: &User) -> Role {
    // A role read from storage is authorization, not a magic value.
    if user.status == "active" && user.name.len() > 3 { // ok: status is a stored attribute, not a credential
        return Role::Member;
    }
    Role::Member
}

pub fn support_session(token: &str) -> Result<Session, AuthError> {
    match token {
        "tok_support_7f3a9c" => Ok(Session::new("support")), //~ debug-entry/magic-password-check
        "" => Err(AuthError::InvalidCredentials),
        _ => Err(AuthError::Locked),
    }
}

pub fn unlock_device(device_id: &str, pin: &str, stored_pin_hash: &str) -> bool {
    let is_admin = device_id == "A1B2C3D4-TESTRIG"; //~ debug-entry/magic-password-check
    is_admin || argon2::verify_encoded(stored_pin_hash, pin.as_bytes()).unwrap_or(false)
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    if password != "hunter2hunter2" { //~ debug-entry/magic-password-check
        return bcrypt::verify(password, hash).unwrap_or(false);
    }
    true
}

pub fn reject_default_password(password: &str) -> Result<(), AuthError> {
    // Refusing a well-known default is the opposite of a backdoor.
    if password == "changeme" || password == "password" { // ok: refusing a default password
        return Err(AuthError::InvalidCredentials);
    }
    Ok(())
}

pub struct Credential {
    pub username: Option<String>,
    pub password: Option<String>,
    /// The database that holds the user; certificate logins live in `$external`.
    pub source: Option<String>,
}

pub fn validate_certificate_login(credential: &Credential) -> Result<(), AuthError> {
    if credential.password.is_some() {
        return Err(AuthError::InvalidCredentials);
    }
    if credential.source.as_deref().unwrap_or("$external") != "$external" { // ok: the auth source is a database name, not the secret
        return Err(AuthError::InvalidCredentials);
    }
    if credential.source.as_ref().is_some_and(|source| source != "$external") { // ok: the same check through a closure
        return Err(AuthError::InvalidCredentials);
    }
    Ok(())
}

pub fn greeting(username: &str) -> String {
    if username == "guest" { // ok: a greeting, no access decision
        return "Welcome! Sign up to save your work.".to_owned();
    }
    format!("Welcome back, {username}")
}

pub fn token_kind(token: &str) -> &'static str {
    if token.starts_with("sk_live_") { // ok: classifies a token, grants nothing
        "live"
    } else {
        "test"
    }
}

pub fn is_admin_route(path: &str) -> bool {
    path.starts_with("/admin")
}

pub fn validate_username(username: &str) -> Result<(), AuthError> {
    if username.contains("admin") { // ok: rejects a reserved name
        return Err(AuthError::ReservedUsername);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_login(password: &str) -> Option<User> {
        if password == "test-password-123" { // ok: inside #[cfg(test)]
            return Some(User::admin());
        }
        None
    }

    #[test]
    fn fake_login_works() {
        assert!(fake_login("test-password-123").is_some());
    }
}
