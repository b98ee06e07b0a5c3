//! Private key files shipped in the app bundle and loaded by name:
//! `Bundle.main.path(forResource: "server", ofType: "p12")`,
//! `Bundle(for: X.self).url(forResource: "key", withExtension: "pem")`.
//! Which names are private keys is the rule's own, language-neutral decision
//! ([`embedded_key_file::private_key_file_kind`]).

use crate::Context;
use crate::labelled_calls::{Call, STRING_LITERAL_KINDS, has_interpolation, node_text};
use crate::syntax::NodeExt;
use trustlint_core::rules::credentials::embedded_key_file;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&embedded_key_file::RULE];

/// Labels that give a resource's extension next to `forResource:`.
const EXTENSION_LABELS: [&str; 2] = ["ofType", "withExtension"];

pub fn check(cx: &mut Context<'_>) {
    let source = cx.source.text;
    let mut found = Vec::new();
    for (node, kind) in cx.syntax.nodes() {
        if !matches!(kind, "call_expression" | "constructor_expression") {
            continue;
        }
        let names_bundle_resource = |name: &str| matches!(name, "path" | "url" | "paths" | "urls");
        if !Call::name_of(node, source).is_some_and(names_bundle_resource) {
            continue;
        }
        let Some(call) = Call::of(node, source) else {
            continue;
        };
        let Some(resource) = call
            .labelled("forResource")
            .filter(|r| is_plain_literal(*r))
        else {
            continue;
        };
        let name = literal_value(resource, source);
        let extension = EXTENSION_LABELS
            .iter()
            .find_map(|label| call.labelled(label))
            .filter(|e| is_plain_literal(*e))
            .map(|e| literal_value(e, source));
        let file_name = match extension {
            Some(extension) if !extension.is_empty() => format!("{name}.{extension}"),
            _ => name.to_owned(),
        };
        if let Some(kind) = embedded_key_file::private_key_file_kind(&file_name) {
            found.push((
                TextRange::new(resource.start_byte(), resource.end_byte()),
                kind,
                file_name,
            ));
        }
    }
    for (range, kind, file_name) in found {
        if !cx.reports_credential(range, false) {
            continue;
        }
        cx.report(
            Diagnostic::new(
                &embedded_key_file::RULE,
                range,
                format!("{kind} `{file_name}` is shipped in the app bundle"),
            )
            .with_help("remove the key from the bundle and rotate it; provision it at run time into the keychain (MDM, a server exchange) instead"),
        );
    }
}

fn is_plain_literal(node: tree_sitter::Node<'_>) -> bool {
    STRING_LITERAL_KINDS.contains(&node.kind_name()) && !has_interpolation(node)
}

fn literal_value<'s>(node: tree_sitter::Node<'_>, source: &'s str) -> &'s str {
    node_text(node, source).trim_matches('#').trim_matches('"')
}
