//! The Rust analyzer (lexer, syn, every check) on arbitrary text as a `.rs` file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trustlint_fuzz::analyze_like_a_scan;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    analyze_like_a_scan("src/lib.rs", text);
});
