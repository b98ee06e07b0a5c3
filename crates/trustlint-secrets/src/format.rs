//! The data model of a token format and the one-pass matcher over all of them.
//!
//! Every format names the literal text its matches contain (`prefixes`) or, for
//! tokens without a distinctive prefix, the words that must be nearby
//! (`context`). One Aho-Corasick automaton over all those literals picks the
//! candidate formats for a text; only their regexes run.

use crate::placeholder::is_fake_token_body;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;
use trustlint_core::{RuleMeta, Severity};

/// One documented token format of one provider.
#[derive(Debug)]
pub struct TokenFormat {
    /// Stable, kebab-case: `github-pat-classic`.
    pub id: &'static str,
    /// What users read in messages: "GitHub personal access token".
    pub kind: &'static str,
    pub rule: &'static RuleMeta,
    /// Literal text that starts (or is contained in) every match, for the
    /// prefilter. Matched case-sensitively by the regex, case-insensitively by
    /// the prefilter.
    pub prefixes: &'static [&'static str],
    /// For formats without a distinctive prefix: one of these words must occur
    /// in the searched text (not inside a longer word) or in the name the value
    /// is bound to (compared lower-case with `_`, `-`, `.`, `/` and spaces
    /// removed). A format with context words is contextual even when it also
    /// has prefixes (`live_` is Mollie's and GoCardless's); the prefixes then
    /// only mark where the typed-in body starts. Empty for prefixed formats.
    pub context: &'static [&'static str],
    /// The token's shape. A capture group named `secret` narrows the reported
    /// range (e.g. the key inside a connection string).
    pub pattern: &'static str,
    /// Extra checks on the secret text: checksums, JWT decoding, randomness.
    pub validate: Option<fn(&str) -> bool>,
    /// Overrides the rule's default severity (test-mode keys are `Low`).
    pub severity: Option<Severity>,
    /// Values the provider documents as examples; never reported.
    pub examples: &'static [&'static str],
    /// Made-up but format-valid values this format must find, and near misses it
    /// must not. A contextual format is tested with its first context word as the
    /// bound name.
    #[cfg(test)]
    pub samples: Samples,
}

#[cfg(test)]
#[derive(Debug)]
pub struct Samples {
    pub positive: &'static [&'static str],
    pub negative: &'static [&'static str],
}

impl TokenFormat {
    pub fn is_contextual(&self) -> bool {
        !self.context.is_empty()
    }
}

/// A secret found inside a piece of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenMatch {
    pub rule: &'static RuleMeta,
    /// What kind of secret this is, for messages: "AWS access key id".
    pub kind: &'static str,
    /// Byte range of the secret inside the text that was searched.
    pub range: Range<usize>,
    /// The format that matched (`github-pat-classic`), or the finder's name
    /// (`url-credentials`) for secrets found by structure rather than format.
    pub format_id: &'static str,
    /// Set when this match should not get the rule's default severity
    /// (test-mode keys, client keys, credentials for a local host).
    pub severity: Option<Severity>,
}

impl TokenMatch {
    /// The message every analyzer uses: "Stripe live secret key is hardcoded".
    /// Callers may append where ("… in .env").
    pub fn message(&self) -> String {
        format!("{} is hardcoded", capitalized(self.kind))
    }
}

/// `private key` → `Private key`; kinds that start with a name keep it.
pub(crate) fn capitalized(kind: &str) -> String {
    let mut chars = kind.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

struct CompiledFormat {
    format: &'static TokenFormat,
    regex: Regex,
    has_secret_group: bool,
}

struct Matcher {
    formats: Vec<CompiledFormat>,
    /// Over every prefix and context word of every format, in the text.
    literals: AhoCorasick,
    /// For each literal pattern: the formats it makes candidates.
    literal_owners: Vec<Vec<usize>>,
    /// Over every context word, normalised like bound names, to test those names.
    context_words: AhoCorasick,
    /// For each context word: the formats it makes candidates.
    context_word_owners: Vec<Vec<usize>>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut formats = Vec::new();
    let mut literals: Vec<String> = Vec::new();
    let mut literal_owners: Vec<Vec<usize>> = Vec::new();
    let mut context_words: Vec<String> = Vec::new();
    let mut context_word_owners: Vec<Vec<usize>> = Vec::new();
    for (index, format) in crate::formats::all().enumerate() {
        let regex = Regex::new(format.pattern)
            .unwrap_or_else(|e| panic!("format {} has a bad pattern: {e}", format.id));
        let has_secret_group = regex.capture_names().flatten().any(|n| n == "secret");
        formats.push(CompiledFormat {
            format,
            regex,
            has_secret_group,
        });
        // A contextual format's prefix (`live_`) is not enough to run it: only its
        // context words make it a candidate.
        let triggers = if format.is_contextual() {
            format.context
        } else {
            format.prefixes
        };
        for literal in triggers {
            let literal = literal.to_ascii_lowercase();
            match literals.iter().position(|known| *known == literal) {
                Some(at) => literal_owners[at].push(index),
                None => {
                    literals.push(literal);
                    literal_owners.push(vec![index]);
                }
            }
        }
        for word in format.context {
            let word = normalize_name(word);
            match context_words.iter().position(|known| *known == word) {
                Some(at) => context_word_owners[at].push(index),
                None => {
                    context_words.push(word);
                    context_word_owners.push(vec![index]);
                }
            }
        }
    }
    let literals = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&literals)
        .expect("prefilter automaton");
    let context_words = AhoCorasick::new(&context_words).expect("context word automaton");
    Matcher {
        formats,
        literals,
        literal_owners,
        context_words,
        context_word_owners,
    }
});

/// Every format, in registry order.
pub fn token_formats() -> impl Iterator<Item = &'static TokenFormat> {
    MATCHER.formats.iter().map(|compiled| compiled.format)
}

/// Whether `name` (a variable, key, field or header name) mentions a provider
/// whose tokens have no distinctive prefix: only then does binding a value to it
/// change what [`crate::find_tokens_with_context`] finds in the value.
pub fn names_a_provider(name: &str) -> bool {
    MATCHER.context_words.is_match(&normalize_name(name))
}

/// Lower-case with separators removed, so `DD_API_KEY`, `ddApiKey` and
/// `dd-api-key` all read `ddapikey`.
pub(crate) fn normalize_name(name: &str) -> String {
    if name.is_ascii() {
        return name
            .bytes()
            .filter(|b| !matches!(b, b'_' | b'-' | b'.' | b' ' | b'/'))
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    name.chars()
        .filter(|c| !matches!(c, '_' | '-' | '.' | ' ' | '/'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which formats to search for: prefixed formats only, or contextual ones too.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Formats with a distinctive prefix only. For whole files, where a context
    /// word somewhere in the file says nothing about a value elsewhere.
    PrefixedOnly,
    /// Contextual formats too, when their word is in the text or the bound name.
    WithContext,
}

/// Why a format runs on a text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trigger {
    Not,
    /// Its prefix, or for a contextual format its provider's name, is in the text.
    Text,
    /// The name the value is bound to mentions its provider.
    BoundName,
}

pub(crate) fn scan(text: &str, context_name: Option<&str>, scope: Scope) -> Vec<TokenMatch> {
    let matcher = &*MATCHER;
    let mut triggers = vec![Trigger::Not; matcher.formats.len()];
    let mut any = false;
    for hit in matcher.literals.find_overlapping_iter(text) {
        // A provider's name inside a longer word (`cohere` in `coherent`) is no context.
        let inside_word = text
            .as_bytes()
            .get(hit.end())
            .is_some_and(u8::is_ascii_lowercase);
        for &index in &matcher.literal_owners[hit.pattern().as_usize()] {
            let contextual = matcher.formats[index].format.is_contextual();
            let counts = if contextual {
                scope == Scope::WithContext && !inside_word
            } else {
                true
            };
            if counts && triggers[index] == Trigger::Not {
                triggers[index] = Trigger::Text;
                any = true;
            }
        }
    }
    if scope == Scope::WithContext
        && let Some(name) = context_name
    {
        let name = normalize_name(name);
        for hit in matcher.context_words.find_overlapping_iter(&name) {
            for &index in &matcher.context_word_owners[hit.pattern().as_usize()] {
                triggers[index] = Trigger::BoundName;
                any = true;
            }
        }
    }
    if !any {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (compiled, trigger) in matcher.formats.iter().zip(&triggers) {
        if *trigger != Trigger::Not {
            find_format(compiled, text, *trigger, &mut found);
        }
    }
    resolve_overlaps(found)
}

/// Whether `value` is wholly in the shape of a prefixed provider format whose own
/// check turns it down (a GitHub or npm token with a wrong checksum, a JWT with
/// `alg: none`): a made-up look-alike from documentation or tests. The name it is
/// bound to (`GITHUB_TOKEN`) then does not make it a secret either.
pub(crate) fn is_provider_look_alike(value: &str) -> bool {
    let matcher = &*MATCHER;
    matcher.literals.find_overlapping_iter(value).any(|hit| {
        matcher.literal_owners[hit.pattern().as_usize()]
            .iter()
            .map(|&index| &matcher.formats[index])
            .filter(|compiled| !compiled.format.is_contextual())
            .any(|compiled| {
                let whole = compiled
                    .regex
                    .find(value)
                    .is_some_and(|m| m.start() == 0 && m.end() == value.len());
                whole
                    && compiled
                        .format
                        .validate
                        .is_some_and(|validate| !validate(value))
            })
    })
}

fn find_format(
    compiled: &CompiledFormat,
    text: &str,
    trigger: Trigger,
    found: &mut Vec<TokenMatch>,
) {
    let format = compiled.format;
    // A provider named in a URL says nothing about the ids in its path
    // (`app.datadoghq.com/apm/trace/<32 hex>`): keys travel in query strings
    // and headers.
    let path_segments_excluded = format.is_contextual() && trigger == Trigger::Text;
    let mut push = |whole: Range<usize>, secret: Range<usize>| {
        if !is_at_token_boundary(text, whole.clone(), format.is_contextual())
            || (path_segments_excluded && text[..whole.start].ends_with('/'))
        {
            return;
        }
        let secret_text = &text[secret.clone()];
        if format.examples.contains(&secret_text)
            || is_fake_token_body(token_body(format, secret_text))
            || format
                .validate
                .is_some_and(|validate| !validate(secret_text))
        {
            return;
        }
        found.push(TokenMatch {
            rule: format.rule,
            kind: format.kind,
            range: secret,
            format_id: format.id,
            severity: format.severity,
        });
    };
    if compiled.has_secret_group {
        for captures in compiled.regex.captures_iter(text) {
            let whole = captures.get(0).expect("group 0").range();
            let secret = captures.name("secret").map_or(whole.clone(), |m| m.range());
            push(whole, secret);
        }
    } else {
        for m in compiled.regex.find_iter(text) {
            push(m.range(), m.range());
        }
    }
}

/// The part of a token after its literal prefix: what placeholders fill in.
fn token_body<'t>(format: &TokenFormat, token: &'t str) -> &'t str {
    format
        .prefixes
        .iter()
        .filter_map(|prefix| token.strip_prefix(prefix))
        .min_by_key(|rest| rest.len())
        .unwrap_or(token)
}

/// A token must not be glued to more token characters on either side: `ghp_…`
/// inside a longer identifier, or 32 hex digits inside a 40-digit hash, is not
/// a token. Contextual formats are mostly base64 blobs, so `+` and `/` also glue.
fn is_at_token_boundary(text: &str, range: Range<usize>, contextual: bool) -> bool {
    let glues = |c: char| c.is_ascii_alphanumeric() || (contextual && matches!(c, '+' | '/'));
    let first = text[range.clone()].chars().next();
    let last = text[range.clone()].chars().next_back();
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let glued_before = first.is_some_and(glues) && before.is_some_and(glues);
    let glued_after = last.is_some_and(glues) && after.is_some_and(glues);
    !glued_before && !glued_after
}

/// Keeps the longest of overlapping matches; among equal ranges the first format
/// in registry order wins (families list their most specific formats first).
pub(crate) fn resolve_overlaps(mut found: Vec<TokenMatch>) -> Vec<TokenMatch> {
    found.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(b.range.end.cmp(&a.range.end))
    });
    let mut kept: Vec<TokenMatch> = Vec::with_capacity(found.len());
    for candidate in found {
        match kept.last() {
            Some(last) if candidate.range.start < last.range.end => {
                let candidate_longer = candidate.range.len() > last.range.len();
                if candidate_longer {
                    kept.pop();
                    kept.push(candidate);
                }
            }
            _ => kept.push(candidate),
        }
    }
    kept
}
