//! Suppression comments: every parsed suppression points into the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trustlint_core::suppress::parse_suppressions;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = text.split('\n').count();
    for suppression in parse_suppressions(&text) {
        assert!(
            suppression.range.end <= text.len(),
            "{suppression:?} ends past the text"
        );
        assert!(
            suppression.line <= lines,
            "{suppression:?} is past the last line"
        );
        assert!(
            suppression.target_line >= suppression.line,
            "{suppression:?} targets an earlier line"
        );
    }
});
