//! Constant keys, IVs, nonces, salts and passwords handed to crypto APIs: CryptoKit,
//! CommonCrypto, CryptoSwift, RNCryptor, Realm, SQLCipher and GRDB. The value may be
//! written at the call or bound with `let` elsewhere in the file; the finding points
//! at the literal.

use crate::labelled_calls::{Call, STRING_LITERAL_KINDS, has_interpolation, node_text};
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use crate::{Context, FileConstants};
use std::cell::OnceCell;
use std::collections::HashSet;
use tree_sitter::Node;
use trustlint_core::rules::credentials::hardcoded_crypto_key;
use trustlint_core::{Diagnostic, RuleMeta, Severity, TextRange};

pub static RULES: &[&RuleMeta] = &[&hardcoded_crypto_key::RULE];

/// How deep a chain of names and wrappers is followed back to its literal.
const MAX_RESOLUTION_DEPTH: usize = 8;

/// Integer arrays shorter than this are not keys.
const MIN_ARRAY_KEY_LEN: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Key,
    DatabaseKey,
    Iv,
    Nonce,
    Salt,
    Password,
}

impl Role {
    fn noun(self) -> &'static str {
        match self {
            Role::Key => "key",
            Role::DatabaseKey => "database encryption key",
            Role::Iv => "IV",
            Role::Nonce => "nonce",
            Role::Salt => "salt",
            Role::Password => "password",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Role::Key => {
                "generate the key at run time (`SymmetricKey(size: .bits256)`, `SecRandomCopyBytes`) and keep it in the keychain; rotate the committed one"
            }
            Role::DatabaseKey => {
                "generate a random database key on first launch and keep it in the keychain (`kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly`)"
            }
            Role::Iv | Role::Nonce => {
                "use a fresh random nonce/IV for every message (`AES.GCM.Nonce()`, `SecRandomCopyBytes`) and send it along with the ciphertext"
            }
            Role::Salt => {
                "generate a random salt for every password with `SecRandomCopyBytes` and store it next to the derived key"
            }
            Role::Password => {
                "take the password from the user or the keychain at run time, never from the source"
            }
        }
    }

    fn severity(self) -> Severity {
        match self {
            Role::Key | Role::DatabaseKey | Role::Password => Severity::High,
            Role::Iv | Role::Nonce | Role::Salt => Severity::Medium,
        }
    }
}

/// Where an argument sits: by label, or by position for C APIs without labels.
#[derive(Clone, Copy)]
enum Slot {
    Label(&'static str),
    Position(usize),
}

/// (callee name, argument, role) for every crypto API this check knows.
const SINKS: &[(&str, Slot, Role)] = &[
    // CryptoKit
    ("SymmetricKey", Slot::Label("data"), Role::Key),
    ("Nonce", Slot::Label("data"), Role::Nonce),
    ("deriveKey", Slot::Label("salt"), Role::Salt),
    // CommonCrypto
    ("CCCrypt", Slot::Position(3), Role::Key),
    ("CCCrypt", Slot::Position(5), Role::Iv),
    ("CCCryptorCreate", Slot::Position(3), Role::Key),
    ("CCCryptorCreate", Slot::Position(5), Role::Iv),
    ("CCHmac", Slot::Position(1), Role::Key),
    ("CCHmacInit", Slot::Position(2), Role::Key),
    ("CCKeyDerivationPBKDF", Slot::Position(1), Role::Password),
    ("CCKeyDerivationPBKDF", Slot::Position(3), Role::Salt),
    // CryptoSwift
    ("AES", Slot::Label("key"), Role::Key),
    ("AES", Slot::Label("iv"), Role::Iv),
    ("Blowfish", Slot::Label("key"), Role::Key),
    ("Blowfish", Slot::Label("iv"), Role::Iv),
    ("ChaCha20", Slot::Label("key"), Role::Key),
    ("ChaCha20", Slot::Label("iv"), Role::Iv),
    ("Rabbit", Slot::Label("key"), Role::Key),
    ("Rabbit", Slot::Label("iv"), Role::Iv),
    ("HMAC", Slot::Label("key"), Role::Key),
    ("CMAC", Slot::Label("key"), Role::Key),
    ("Poly1305", Slot::Label("key"), Role::Key),
    ("CBC", Slot::Label("iv"), Role::Iv),
    ("CTR", Slot::Label("iv"), Role::Iv),
    ("CFB", Slot::Label("iv"), Role::Iv),
    ("OFB", Slot::Label("iv"), Role::Iv),
    ("PCBC", Slot::Label("iv"), Role::Iv),
    ("GCM", Slot::Label("iv"), Role::Iv),
    ("CCM", Slot::Label("iv"), Role::Iv),
    ("PBKDF2", Slot::Label("password"), Role::Password),
    ("PBKDF2", Slot::Label("salt"), Role::Salt),
    ("PBKDF1", Slot::Label("password"), Role::Password),
    ("PBKDF1", Slot::Label("salt"), Role::Salt),
    ("Scrypt", Slot::Label("password"), Role::Password),
    ("Scrypt", Slot::Label("salt"), Role::Salt),
    ("HKDF", Slot::Label("salt"), Role::Salt),
    // RNCryptor
    ("encrypt", Slot::Label("withPassword"), Role::Password),
    ("decrypt", Slot::Label("withPassword"), Role::Password),
    ("Encryptor", Slot::Label("password"), Role::Password),
    ("Decryptor", Slot::Label("password"), Role::Password),
    ("EncryptorV3", Slot::Label("password"), Role::Password),
    ("DecryptorV3", Slot::Label("password"), Role::Password),
    // Realm
    (
        "Configuration",
        Slot::Label("encryptionKey"),
        Role::DatabaseKey,
    ),
    // SQLCipher and GRDB
    ("sqlite3_key", Slot::Position(1), Role::DatabaseKey),
    ("sqlite3_rekey", Slot::Position(1), Role::DatabaseKey),
    ("sqlite3_key_v2", Slot::Position(2), Role::DatabaseKey),
    ("sqlite3_rekey_v2", Slot::Position(2), Role::DatabaseKey),
    ("usePassphrase", Slot::Position(0), Role::DatabaseKey),
    ("changePassphrase", Slot::Position(0), Role::DatabaseKey),
];

/// Properties whose assigned value is key material (`config.encryptionKey = …`).
const KEY_PROPERTIES: [(&str, Role); 1] = [("encryptionKey", Role::DatabaseKey)];

/// A constant value, found where it is written.
struct Material {
    range: TextRange,
    all_zero: bool,
    /// The `let` the value was reached through, when not written at the call.
    through: Option<String>,
}

struct Hit {
    material: Material,
    role: Role,
    callee: String,
    call: TextRange,
}

pub fn check(cx: &mut Context<'_>) {
    let syntax = cx.syntax;
    let source = syntax.source;
    let resolver = Resolver {
        syntax,
        constants: OnceCell::new(),
        source,
    };
    let mut hits = Vec::new();
    for (node, kind) in syntax.nodes() {
        let call_range = || TextRange::new(node.start_byte(), node.end_byte());
        match kind {
            "call_expression" | "constructor_expression" => {
                let is_sink = |name: &str| SINKS.iter().any(|(sink, _, _)| *sink == name);
                if !Call::name_of(node, source).is_some_and(is_sink) {
                    continue;
                }
                let Some(call) = Call::of(node, source) else {
                    continue;
                };
                for (name, slot, role) in SINKS {
                    if call.name != *name {
                        continue;
                    }
                    let argument = match slot {
                        Slot::Label(label) => call.labelled(label),
                        Slot::Position(index) => call.positional(*index),
                    };
                    if let Some(material) = argument.and_then(|a| resolver.material(a, 0)) {
                        hits.push(Hit {
                            material,
                            role: *role,
                            callee: call.callee.to_owned(),
                            call: call_range(),
                        });
                    }
                }
            }
            "assignment" => {
                let (Some(target), Some(value)) = (node.field("target"), node.field("result"))
                else {
                    continue;
                };
                let target = node_text(target, source);
                for (property, role) in KEY_PROPERTIES {
                    if target.rsplit('.').next() != Some(property) {
                        continue;
                    }
                    if let Some(material) = resolver.material(value, 0) {
                        hits.push(Hit {
                            material,
                            role,
                            callee: target.to_owned(),
                            call: call_range(),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    let mut reported = HashSet::new();
    for hit in hits {
        let in_test = cx.is_test_code(hit.material.range) || cx.is_test_code(hit.call);
        // All-zero keys in tests are test vectors, whatever the policy says.
        if in_test && (hit.material.all_zero || !cx.reports_credential(hit.call, false)) {
            continue;
        }
        if !cx.reports_credential(hit.material.range, false) || !reported.insert(hit.material.range)
        {
            continue;
        }
        let what = hit.role.noun();
        let message = match &hit.material.through {
            Some(name) => format!("hardcoded {what} in `{name}`, passed to `{}`", hit.callee),
            None => format!("hardcoded {what} passed to `{}`", hit.callee),
        };
        cx.report(
            Diagnostic::new(&hardcoded_crypto_key::RULE, hit.material.range, message)
                .with_secret(hit.material.range)
                .with_help(hit.role.help())
                .with_severity(hit.role.severity()),
        );
    }
}

struct Resolver<'a, 't> {
    syntax: &'a SyntaxIndex<'t>,
    /// Collected when a crypto call's argument is a name: most files have none.
    constants: OnceCell<FileConstants<'t>>,
    source: &'t str,
}

impl<'t> Resolver<'_, 't> {
    fn constants(&self) -> &FileConstants<'t> {
        self.constants
            .get_or_init(|| FileConstants::collect(self.syntax))
    }

    /// Follows `node` through conversions (`Data(…)`, `.utf8`, `!`, `try`) and
    /// `let` constants to a constant value.
    fn material(&self, node: Node<'t>, depth: usize) -> Option<Material> {
        if depth > MAX_RESOLUTION_DEPTH {
            return None;
        }
        let here = |all_zero| {
            Some(Material {
                range: TextRange::new(node.start_byte(), node.end_byte()),
                all_zero,
                through: None,
            })
        };
        let kind = node.kind_name();
        if STRING_LITERAL_KINDS.contains(&kind) {
            let text = node_text(node, self.source).trim_matches(['#', '"']);
            return if has_interpolation(node) || text.trim().is_empty() {
                None
            } else {
                here(false)
            };
        }
        match kind {
            "array_literal" => {
                let mut cursor = node.walk();
                let values: Option<Vec<u64>> = node
                    .named_children(&mut cursor)
                    .map(|element| integer_value(node_text(element, self.source)))
                    .collect();
                let values = values?;
                (values.len() >= MIN_ARRAY_KEY_LEN).then_some(())?;
                here(values.iter().all(|v| *v == 0))
            }
            "call_expression" | "constructor_expression" => {
                let call = Call::of(node, self.source)?;
                if call.name == "data" || call.name == "cString" {
                    // `"…".data(using: .utf8)`
                    let target = node.named_child(0)?.field("target")?;
                    return self.material(target, depth + 1);
                }
                let converts = matches!(call.name, "Data" | "Array" | "NSData" | "ContiguousArray")
                    || call.callee == "[UInt8]"
                    || call.callee == "[Int8]";
                if !converts {
                    return None;
                }
                if let Some(repeated) = call.labelled("repeating") {
                    return here(integer_value(node_text(repeated, self.source))? == 0);
                }
                let first = call.arguments.first()?;
                match first.label {
                    None | Some("base64Encoded" | "hex" | "bytes" | "hexString") => {
                        self.material(first.value, depth + 1)
                    }
                    Some(_) => None,
                }
            }
            "navigation_expression" => {
                let suffix = node.field("suffix")?.field("suffix")?;
                let member = node_text(suffix, self.source);
                if matches!(member, "utf8" | "bytes" | "utf8CString") {
                    return self.material(node.field("target")?, depth + 1);
                }
                // `LegacyKeys.statementKey`: a constant reached through its type.
                let value = self.constants().member_value(member)?;
                let mut material = self.material(value, depth + 1)?;
                material.through.get_or_insert_with(|| member.to_owned());
                Some(material)
            }
            "postfix_expression" => self.material(node.field("target")?, depth + 1),
            "try_expression" => self.material(node.field("expr")?, depth + 1),
            "nil_coalescing_expression" => self.material(node.field("value")?, depth + 1),
            "tuple_expression" | "parenthesized_expression" if node.named_child_count() == 1 => {
                self.material(node.named_child(0)?, depth + 1)
            }
            "simple_identifier" => {
                let name = node_text(node, self.source);
                let value = self.constants().value_at(name, node.start_byte())?;
                let mut material = self.material(value, depth + 1)?;
                material.through.get_or_insert_with(|| name.to_owned());
                Some(material)
            }
            _ => None,
        }
    }
}

fn integer_value(text: &str) -> Option<u64> {
    let text = text.replace('_', "");
    match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}
