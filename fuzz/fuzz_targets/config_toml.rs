//! `trustlint.toml` parsing: any text is a config or a located error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trustlint_core::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Config::parse("trustlint.toml", text) {
        Ok(config) => {
            let checked = config.check_rule_names("trustlint.toml", text, |name| {
                trustlint_engine::find_rule(name).is_some()
                    || trustlint_core::Category::parse(name).is_some()
            });
            if let Err(err) = checked {
                assert!(err.line.is_some(), "an unknown rule name is located: {err}");
            }
        }
        Err(err) => assert!(!err.message.is_empty(), "a config error says what is wrong"),
    }
});
