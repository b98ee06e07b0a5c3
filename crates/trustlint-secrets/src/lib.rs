//! Language-neutral secret detection. Analyzers hand over the text of a string
//! literal (or a config value); this crate says which provider tokens it holds.

use std::ops::Range;
use std::sync::LazyLock;
use trustlint_core::RuleMeta;
use trustlint_core::rules::credentials;

/// A provider token found inside a piece of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenMatch {
    pub rule: &'static RuleMeta,
    /// What kind of secret this is, for messages: "AWS access key id".
    pub kind: &'static str,
    /// Byte range of the token inside the text that was searched.
    pub range: Range<usize>,
}

struct TokenFormat {
    rule: &'static RuleMeta,
    kind: &'static str,
    regex: regex::Regex,
    /// Documented example values that are not secrets.
    examples: &'static [&'static str],
}

static FORMATS: LazyLock<Vec<TokenFormat>> = LazyLock::new(|| {
    vec![TokenFormat {
        rule: &credentials::aws_access_key::RULE,
        kind: "AWS access key id",
        regex: regex::Regex::new(
            r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[A-Z0-9]{16}\b",
        )
        .expect("AWS key id pattern"),
        examples: &["AKIAIOSFODNN7EXAMPLE"],
    }]
});

/// Every provider token in `text`, in order.
pub fn find_tokens(text: &str) -> Vec<TokenMatch> {
    let mut found: Vec<TokenMatch> = FORMATS
        .iter()
        .flat_map(|format| {
            format
                .regex
                .find_iter(text)
                .filter(|m| !format.examples.contains(&m.as_str()))
                .map(|m| TokenMatch {
                    rule: format.rule,
                    kind: format.kind,
                    range: m.range(),
                })
        })
        .collect();
    found.sort_by_key(|m| m.range.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_aws_key_ids_but_not_the_documentation_example() {
        let found = find_tokens("id=AKIA2E0A8F3B244C9986 example=AKIAIOSFODNN7EXAMPLE");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, "AWS access key id");
        assert_eq!(found[0].range, 3..23);
    }
}
