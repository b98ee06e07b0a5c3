//! Property lists and privacy manifests: every analyzer that reads `Info.plist`
//! (secrets, App Transport Security) or `PrivacyInfo.xcprivacy`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trustlint_fuzz::analyze_like_a_scan;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    analyze_like_a_scan("App/Info.plist", text.clone());
    analyze_like_a_scan("App/PrivacyInfo.xcprivacy", text);
});
