//! Fleet agent: checks in with the control plane and applies signed policies.

mod checkin;
mod inventory;
mod legacy;
mod policy;
mod secrets;
mod support;
mod util;

fn main() {
    let policy = policy::decrypt_policy(&[0; 64]);
    let legacy = policy::decrypt_legacy_policy(&[0; 64]);
    checkin::check_in(policy.is_some() || legacy.is_some());
    checkin::enrol_support_access();
    #[cfg(feature = "remote-support")]
    support::serve();
}
