//! Table-driven tests over every format's samples, with a precision/recall table
//! per family (`cargo test -p trustlint-secrets -- --nocapture` shows it).

use crate::format::TokenFormat;
use crate::formats::FAMILIES;
use crate::{find_tokens, find_tokens_with_context, names_a_provider, token_formats};
use std::collections::BTreeSet;
use trustlint_core::redact_secret;

fn finds(format: &TokenFormat, text: &str, context: Option<&str>) -> bool {
    find_tokens_with_context(text, context)
        .iter()
        .any(|m| m.format_id == format.id)
}

#[test]
fn only_names_that_mention_a_provider_change_what_is_found() {
    let unrelated = [
        "password",
        "api_key",
        "AUTH_TOKEN",
        ".header()",
        "clientSecret",
    ];
    for name in unrelated {
        assert!(!names_a_provider(name), "{name}");
    }
    for format in token_formats() {
        for word in format.context {
            assert!(names_a_provider(word), "{}: {word}", format.id);
            let bound = format!("MY_{}_KEY", word.to_uppercase());
            assert!(names_a_provider(&bound), "{}: {bound}", format.id);
        }
        let samples = format
            .samples
            .positive
            .iter()
            .chain(format.samples.negative);
        for sample in samples {
            for name in unrelated {
                assert_eq!(
                    find_tokens_with_context(sample, Some(name)),
                    find_tokens_with_context(sample, None),
                    "{}: {} bound to {name}",
                    format.id,
                    redact_secret(sample)
                );
            }
        }
    }
}

#[derive(Default)]
struct Tally {
    formats: usize,
    true_positives: usize,
    false_negatives: usize,
    true_negatives: usize,
    false_positives: usize,
}

#[test]
fn every_format_finds_its_positives_and_rejects_its_near_misses() {
    let mut problems = Vec::new();
    let mut rows = Vec::new();
    for (family, formats) in FAMILIES {
        let mut tally = Tally::default();
        for format in formats.iter() {
            tally.formats += 1;
            let samples = &format.samples;
            if samples.positive.is_empty() || samples.negative.is_empty() {
                problems.push(format!(
                    "{}: needs at least one positive and one negative sample",
                    format.id
                ));
            }
            let context = format.context.first().copied();
            for sample in samples.positive {
                if finds(format, sample, context) {
                    tally.true_positives += 1;
                } else {
                    tally.false_negatives += 1;
                    problems.push(format!(
                        "{}: missed positive {}",
                        format.id,
                        redact_secret(sample)
                    ));
                }
                let names_provider = format
                    .context
                    .iter()
                    .any(|word| sample.to_lowercase().contains(word));
                if format.is_contextual() && !names_provider && finds(format, sample, None) {
                    problems.push(format!(
                        "{}: found {} without its context",
                        format.id,
                        redact_secret(sample)
                    ));
                }
                if !format.is_contextual() && !format.prefixes.iter().any(|p| sample.contains(p)) {
                    problems.push(format!(
                        "{}: positive {} lacks every prefix",
                        format.id,
                        redact_secret(sample)
                    ));
                }
            }
            for sample in samples.negative {
                if finds(format, sample, context) {
                    tally.false_positives += 1;
                    problems.push(format!(
                        "{}: matched negative {}",
                        format.id,
                        redact_secret(sample)
                    ));
                } else {
                    tally.true_negatives += 1;
                }
            }
        }
        rows.push((family, tally));
    }
    print_table(&rows);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A negative only shows that a format tells its tokens from look-alikes when
/// the prefilter hands it to the format's regex and checks: it must carry one of
/// the format's prefixes (compared case-insensitively, as the prefilter does) —
/// the same prefix with a wrong length, alphabet or checksum, an example or a
/// placeholder. A public key under another prefix (`pk_live_` for `sk_live_`)
/// is a fine negative but never reaches the format. Contextual formats get their
/// context word as the bound name in every sample, so all their negatives do.
#[test]
fn every_prefixed_format_has_a_near_miss_its_prefilter_hands_over() {
    let lacking: Vec<&str> = token_formats()
        .filter(|format| !format.is_contextual())
        .filter(|format| {
            !format.samples.negative.iter().any(|sample| {
                let sample = sample.to_ascii_lowercase();
                format
                    .prefixes
                    .iter()
                    .any(|prefix| sample.contains(&prefix.to_ascii_lowercase()))
            })
        })
        .map(|format| format.id)
        .collect();
    assert!(
        lacking.is_empty(),
        "{} formats have no negative sample with their prefix: {}",
        lacking.len(),
        lacking.join(", ")
    );
}

fn print_table(rows: &[(&&str, Tally)]) {
    println!(
        "{:<10} {:>7} {:>5} {:>5} {:>5} {:>5} {:>9} {:>7}",
        "family", "formats", "TP", "FN", "TN", "FP", "precision", "recall"
    );
    let ratio = |a: usize, b: usize| {
        if a + b == 0 {
            1.0
        } else {
            a as f64 / (a + b) as f64
        }
    };
    let mut total = Tally::default();
    for (family, t) in rows {
        println!(
            "{:<10} {:>7} {:>5} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}",
            family,
            t.formats,
            t.true_positives,
            t.false_negatives,
            t.true_negatives,
            t.false_positives,
            ratio(t.true_positives, t.false_positives),
            ratio(t.true_positives, t.false_negatives)
        );
        total.formats += t.formats;
        total.true_positives += t.true_positives;
        total.false_negatives += t.false_negatives;
        total.true_negatives += t.true_negatives;
        total.false_positives += t.false_positives;
    }
    println!(
        "{:<10} {:>7} {:>5} {:>5} {:>5} {:>5} {:>9.3} {:>7.3}",
        "all",
        total.formats,
        total.true_positives,
        total.false_negatives,
        total.true_negatives,
        total.false_positives,
        ratio(total.true_positives, total.false_positives),
        ratio(total.true_positives, total.false_negatives)
    );
}

#[test]
fn there_are_at_least_150_formats_with_unique_ids_and_kinds() {
    let ids: Vec<&str> = token_formats().map(|f| f.id).collect();
    assert!(ids.len() >= 150, "only {} formats", ids.len());
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate format ids");
    // The kind is all a finding's message says about its format, so two formats
    // of one provider (a current and a legacy key) must not share it.
    let mut kinds = BTreeSet::new();
    for format in token_formats() {
        assert!(
            kinds.insert(format.kind),
            "{}: kind `{}` is taken",
            format.id,
            format.kind
        );
    }
    for format in token_formats() {
        let kebab = format.id.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        });
        assert!(kebab, "{} is not kebab-case", format.id);
        assert!(!format.kind.is_empty(), "{} has no kind", format.id);
        assert!(
            format.is_contextual() || !format.prefixes.is_empty(),
            "{} has neither prefixes nor context",
            format.id
        );
    }
}

#[test]
fn finds_the_skeleton_example_but_not_the_aws_documentation_key() {
    let found = find_tokens("id=AKIA2E0A8F3B244C9986 example=AKIAIOSFODNN7EXAMPLE");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, "AWS access key id");
    assert_eq!(found[0].range, 3..23);
    assert_eq!(found[0].message(), "AWS access key id is hardcoded");
}

#[test]
fn contextual_formats_need_their_provider_named() {
    let key = "3f9a0c2e7b14d58a96c0e1f2a3b4c5d6";
    assert!(find_tokens(key).is_empty());
    let found = find_tokens_with_context(key, Some("DD_API_KEY"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, "Datadog API key");
    let in_text = format!("https://api.datadoghq.com/api/v1/validate?api_key={key}");
    assert_eq!(find_tokens(&in_text)[0].format_id, "datadog-api-key");
}

#[test]
fn overlapping_matches_keep_the_longest() {
    // A GitHub token as the password of a clone URL: one token, not two findings.
    let found = find_tokens(
        "https://x-access-token:ghp_8A3VzJt2WmQ9pLkE5rYcN1bXo7FhUd4GsT6i0OaZ@github.com/o/r.git",
    );
    assert!(found.len() <= 1);
}

#[test]
fn provider_names_inside_longer_words_are_no_context() {
    assert!(find_tokens("a coherent D9kQ2mLx7vRt4Wp8Zn3Bc6Hf1Js5Ya0Eu4GiXw3K design").is_empty());
    assert_eq!(
        find_tokens("COHERE_API_KEY=D9kQ2mLx7vRt4Wp8Zn3Bc6Hf1Js5Ya0Eu4GiXw3K").len(),
        1
    );
}

#[test]
fn ids_in_url_paths_are_not_contextual_keys() {
    let trace = "https://app.datadoghq.com/apm/trace/3f9a0c2e7b14d58a96c0e1f2a3b4c5d6";
    assert!(find_tokens(trace).is_empty());
}

#[test]
fn honest_text_is_quiet() {
    let honest = [
        // Lock-file integrity hashes, commit ids, UUIDs.
        "\"integrity\": \"sha512-9Qm7vR2xTf9LkWp4ZhT5rN8qZ2mLxXr9vB3kT7qLpNq2wX8vR5tLzWm3vQ9xL2rTz+Lp5qW9zR2vX==\"",
        "revision = \"4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a3b4c5d6e\"",
        "let id = UUID(uuidString: \"550E8400-E29B-41D4-A716-446655440000\")",
        // Base64 image data, CSS colours, versions and paths.
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        "color: #4f1c0e; version = \"1.24.3-beta.1\"; path = \"/usr/local/share/acme/keys\"",
        // Identifiers and localization keys near provider names.
        "NSLocalizedString(\"settings.stripe.secretKeyDescription\", comment: \"\")",
        "let stripeSecretKeyName = \"STRIPE_SECRET_KEY\"",
        "github.com/org/repo/commit/4f1c0e9b7a2d5c8e3f6a1b4d7c0e9f2a3b4c5d6e",
        "https://sentry.io/api/0/projects/acme/ios/events/3f9a0c2e7b14d58a96c0e1f2a3b4c5d6/",
        // Documentation examples.
        "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX pk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ3k8b1zYx0Wq2pRt5uVvNn7mLk4Hg6Fd2Sa9Qe1Tc0o dev@laptop",
    ];
    for text in honest {
        let found = find_tokens(text);
        assert!(
            found.is_empty(),
            "{} found {:?}",
            redact_secret(text),
            found.iter().map(|m| m.format_id).collect::<Vec<_>>()
        );
    }
}

#[test]
fn no_format_matches_fewer_characters_than_the_config_analyzer_skips() {
    for format in token_formats() {
        for sample in format.samples.positive {
            let shortest = find_tokens_with_context(sample, format.context.first().copied())
                .iter()
                .map(|m| m.range.len())
                .min()
                .unwrap_or(usize::MAX);
            assert!(
                shortest >= 8,
                "{} matched only {shortest} characters",
                format.id
            );
        }
    }
}

#[test]
fn aws_secret_keys_need_a_name_or_a_key_id_nearby() {
    let secret = "k3Vb9QzR7mXwT2pLc8NfY5hJ0sDg4aE6uWq1iKoZ";
    assert!(find_tokens(secret).is_empty());
    let named = find_tokens_with_context(secret, Some("awsSecretAccessKey"));
    assert_eq!(named.len(), 1);
    assert_eq!(named[0].rule.id, "credentials/aws-secret-key");
    let paired = find_tokens(&format!("AKIA2E0A8F3B244C9986:{secret}"));
    assert_eq!(
        paired.iter().map(|m| m.format_id).collect::<Vec<_>>(),
        ["aws-access-key-id", "aws-secret-access-key"]
    );
}

#[test]
fn private_keys_written_with_rust_line_continuations_are_found() {
    let source = "-----BEGIN PRIVATE KEY-----\\n\\\n    MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg9b3Kx7Lq2Wm4Zt8Rv1Nc5Hd0Js6Ya2Eb\\n\\\n    hRANCAAR3kQ9fZp2LmW8xYt7RvN0cB4eC39HqLyjWDarjtT1zdp7dcQm7vR2xTf9LkWp4ZhT5rN8qZ2m\\n\\\n    -----END PRIVATE KEY-----";
    let found = find_tokens(source);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule.id, "credentials/private-key");
    assert_eq!(found[0].range, 0..source.len());
}

#[test]
fn test_mode_and_client_keys_are_low_severity_or_absent() {
    use trustlint_core::Severity;
    let test_key = find_tokens("sk_test_4eC39HqLyjWDarjtT1zdp7dc");
    assert_eq!(test_key[0].severity, Some(Severity::Low));
    assert!(find_tokens("pk_live_51Hq8vR2xTf9LkWp4ZhT5rN8qZ2mLxXr9vB3k").is_empty());
    let maps_key = find_tokens("AIzaSyB3x9Qm2Lp7Rt4Vw8Zk1Nc5Hd0Js6Ya2Eb");
    assert_eq!(maps_key[0].severity, Some(Severity::Medium));
}

/// The evaluation set (`test-fixtures/eval/gen_credentials.py`) embeds every
/// format's declared samples in realistic code, so this file's samples stay the
/// single source of format-valid values. `TRUSTLINT_BLESS=1` rewrites the export;
/// otherwise it must match the formats as they are.
#[test]
fn the_evaluation_set_reads_the_current_samples() {
    let formats: Vec<serde_json::Value> = token_formats()
        .map(|format| {
            serde_json::json!({
                "id": format.id,
                "kind": format.kind,
                "rule": format.rule.id,
                "prefixes": format.prefixes,
                "context": format.context,
                "positive": format.samples.positive,
                "negative": format.samples.negative,
            })
        })
        .collect();
    let export = serde_json::to_string_pretty(&formats).expect("samples serialise") + "\n";
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../test-fixtures/eval/format_samples.json");
    if std::env::var_os("TRUSTLINT_BLESS").is_some() {
        std::fs::write(&path, &export).expect("write format_samples.json");
    } else {
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == export,
            "{} is stale; run `TRUSTLINT_BLESS=1 cargo test -p trustlint-secrets` \
             and regenerate the credentials evaluation set",
            path.display()
        );
    }
}
