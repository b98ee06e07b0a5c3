//! The secret matcher: provider formats, URL credentials and the name-based
//! classifier. The first line is the name a value is bound to, the rest the value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trustlint_secrets::{classify_generic_secret, find_tokens, find_url_credentials};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (name, value) = text.split_once('\n').unwrap_or(("password", &text));
    for found in find_tokens(value)
        .into_iter()
        .chain(find_url_credentials(value))
    {
        assert!(found.range.start < found.range.end, "{found:?} is empty");
        assert!(
            value.get(found.range.clone()).is_some(),
            "{found:?} is not inside the value"
        );
    }
    classify_generic_secret(name, value);
});
