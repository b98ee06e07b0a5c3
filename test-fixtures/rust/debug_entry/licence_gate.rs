//! Licence enforcement of a commercial CLI. The launch "grace period" and the
//! build that sales demos ran were switched off by date and build number in the
//! code itself, and both shipped to customers.

use chrono::{NaiveDate, TimeZone, Utc};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub const BUILD_NUMBER: u32 = 4711;
pub const TRIAL_END: i64 = 1_767_225_600;
pub const GIT_COMMIT: &str = "4f2a9c1";
const LAUNCH_PROMO_END: i64 = 1_772_323_200;

pub struct Licence {
    pub key: String,
    pub expires_at: i64,
    pub seats: u32,
}

pub fn licence_is_valid(licence: &Licence) -> bool {
    if Utc::now() < Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() { //~ debug-entry/auth-bypass-switch
        return true;
    }
    if BUILD_NUMBER == 4711 { //~ debug-entry/auth-bypass-switch
        return true;
    }
    if Utc::now().timestamp() < TRIAL_END { //~ debug-entry/auth-bypass-switch
        return true;
    }
    verify_licence_signature(licence)
}

pub fn check_subscription(licence: &Licence) -> Result<(), String> {
    if SystemTime::now() < UNIX_EPOCH + Duration::from_secs(1_780_000_000) { //~ debug-entry/auth-bypass-switch
        return Ok(());
    }
    if GIT_COMMIT == "4f2a9c1" { //~ debug-entry/auth-bypass-switch
        return Ok(());
    }
    if Utc::now().date_naive() <= NaiveDate::from_ymd_opt(2026, 3, 31).unwrap() { //~ debug-entry/auth-bypass-switch
        return Ok(());
    }
    if licence.expires_at < Utc::now().timestamp() { // ok: expiry read from the licence itself, not a constant
        return Err("licence expired".to_owned());
    }
    Ok(())
}

pub fn unlock_premium(state: &mut AppState) {
    if env!("CARGO_PKG_VERSION") == "3.2.0-demo" { //~ debug-entry/auth-bypass-switch
        state.premium = true;
    }
    if Utc::now().timestamp() < LAUNCH_PROMO_END { //~ debug-entry/auth-bypass-switch
        state.skip_license_check = true;
    }
}

pub struct AppState {
    pub premium: bool,
    pub skip_license_check: bool,
    pub banner: Option<String>,
    pub theme: &'static str,
}

pub fn show_banners(state: &mut AppState) {
    if Utc::now().timestamp() > TRIAL_END { // ok: only changes a banner, no check is skipped
        state.banner = Some("Your trial has ended".to_owned());
    }
    if BUILD_NUMBER == 4711 { // ok: build-specific theme, grants nothing
        state.theme = "anniversary";
    }
    if Utc::now().date_naive() < NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() { // ok: schedules a message, access unchanged
        state.banner = Some("Happy holidays".to_owned());
    }
}

pub fn licence_state(licence: &Licence) -> Result<(), String> {
    if Utc::now().timestamp() > TRIAL_END { // ok: after a date the check gets stricter, not weaker
        return Err("trial over, licence required".to_owned());
    }
    if licence.seats == 0 { // ok: a field of the licence, not a build number
        return Err("no seats".to_owned());
    }
    Ok(())
}

pub fn is_licensed(licence: &Licence, now: i64) -> bool {
    if now < licence.expires_at { // ok: compares with the licence's own expiry
        return verify_licence_signature(licence);
    }
    false
}

pub fn migrate_settings(version: u32) -> bool {
    if version == 3 { // ok: a settings format version picks a migration
        return true;
    }
    false
}

pub fn check_build_compat(peer_build: u32) -> bool {
    if peer_build >= 4000 { // ok: protocol compatibility, ordering comparisons on builds are not switches
        return true;
    }
    false
}

fn verify_licence_signature(_licence: &Licence) -> bool {
    false
}

/// Switches left in for a reseller's demo machines: names that say "let everyone
/// in" without naming the check they skip.
pub fn licence_accepted(licence: &Licence) -> bool {
    if std::env::args().any(|arg| arg == "--unlock-all") { //~ debug-entry/auth-bypass-switch
        return true;
    }
    if std::env::var("RESELLER_TRUST_ALL").is_ok() { //~ debug-entry/auth-bypass-switch
        return true;
    }
    verify_licence_signature(licence)
}

/// The same words where they decide nothing about access.
pub fn proxy_settings(trusted: &mut Vec<String>) {
    if std::env::var("TRUST_ALL_PROXIES").is_ok() { // ok: which proxies' headers to believe, not a login
        trusted.push("0.0.0.0/0".to_owned());
    }
}

pub fn check_achievements(state: &mut AppState) -> bool {
    if std::env::args().any(|arg| arg == "--unlock-all") { // ok: the branch only shows a banner
        state.banner = Some("All achievements are shown in preview mode".to_owned());
    }
    state.premium
}
