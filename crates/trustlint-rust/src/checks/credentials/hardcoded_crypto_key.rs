//! Constant keys, IVs, nonces, salts and passwords handed to crypto APIs
//! (RustCrypto, ring, openssl, pbkdf2, scrypt, argon2, bcrypt). The value may be
//! written at the call or bound to a name elsewhere in the file; the finding points
//! at the literal.

use crate::{Context, FileConstants};
use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use std::cell::OnceCell;
use std::collections::HashSet;
use syn::spanned::Spanned;
use syn::visit::Visit;
use trustlint_core::rules::credentials::hardcoded_crypto_key;
use trustlint_core::{Diagnostic, RuleMeta, Severity, TextRange};

pub static RULES: &[&RuleMeta] = &[&hardcoded_crypto_key::RULE];

/// How deep a chain of names and wrappers is followed back to its literal.
const MAX_RESOLUTION_DEPTH: usize = 8;

/// Integer arrays shorter than this are lengths, flags or versions, not keys.
const MIN_ARRAY_KEY_LEN: usize = 8;

/// Every finding is an argument of a call that [`sink_roles`] or
/// [`method_roles`] knows, made in code whose heuristic credential findings are
/// reported: the call's function or method is one of [`SINK_FUNCTIONS`], or its
/// owner (`Key` in `Key::from_slice`, `Key::<Aes256>::from`,
/// `<Key<Aes256>>::from_slice`, `<Aes256Gcm as KeyInit>::new`) is one of
/// [`SINK_OWNERS`] or a cipher type ([`is_cipher_type`]).
pub fn may_report(cx: &Context<'_>) -> bool {
    if !cx.may_report_heuristic_credentials() {
        return false;
    }
    let mentions = cx.mentions();
    mentions.has_any(SINK_FUNCTIONS)
        || SINK_OWNERS
            .iter()
            .any(|owner| mentions.has_path_owner(owner))
        || mentions
            .words()
            .any(|word| is_cipher_type(word) && mentions.has_path_owner(word))
}

/// Functions and methods that are sinks whatever their owner ([`sink_roles`],
/// [`method_roles`]).
const SINK_FUNCTIONS: &[&str] = &[
    "new_from_slice",
    "new_varkey",
    "new_from_slices",
    "pbkdf2",
    "pbkdf2_hmac",
    "pbkdf2_hmac_array",
    "pbkdf2_array",
    "scrypt",
    "hash_password",
    "hash_password_into",
];

/// Owners whose functions [`sink_roles`] knows, besides the cipher types. `Cipher`
/// is there for `encrypt(Cipher::aes_128_cbc(), …)`.
const SINK_OWNERS: &[&str] = &[
    "Key",
    "Nonce",
    "XNonce",
    "Iv",
    "IV",
    "UnboundKey",
    "Salt",
    "SaltString",
    "Crypter",
    "PKey",
    "symm",
    "Cipher",
    "bcrypt",
    "pbkdf2",
];

pub fn check(cx: &mut Context<'_>) {
    let Some(syntax) = cx.syntax() else { return };
    let mut finder = SinkFinder {
        file: syntax,
        constants: OnceCell::new(),
        found: Vec::new(),
    };
    finder.visit_file(syntax);
    let mut reported = HashSet::new();
    for hit in finder.found {
        let in_test = cx.is_test_code(hit.material.range) || cx.is_test_code(hit.call);
        // All-zero keys in tests are test vectors, whatever the policy says.
        if in_test && (hit.material.all_zero || !cx.reports_credential(hit.call, false)) {
            continue;
        }
        if !cx.reports_credential(hit.material.range, false) || !reported.insert(hit.material.range)
        {
            continue;
        }
        cx.report(diagnostic(&hit));
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Key,
    Iv,
    Nonce,
    Salt,
    Password,
}

impl Role {
    fn noun(self) -> &'static str {
        match self {
            Role::Key => "key",
            Role::Iv => "IV",
            Role::Nonce => "nonce",
            Role::Salt => "salt",
            Role::Password => "password",
        }
    }

    fn help(self) -> &'static str {
        match self {
            Role::Key => {
                "generate the key at run time (`KeyInit::generate_key(&mut OsRng)`) or load it from the OS keychain or a key management service, and rotate the committed one"
            }
            Role::Iv | Role::Nonce => {
                "draw a fresh random nonce/IV for every message (`generate_nonce(&mut OsRng)`) and send it along with the ciphertext"
            }
            Role::Salt => {
                "generate a random salt for every password (`SaltString::generate(&mut OsRng)`) and store it next to the hash"
            }
            Role::Password => {
                "take the password from the user, the environment or a secret manager at run time, never from the source"
            }
        }
    }

    fn severity(self) -> Severity {
        match self {
            Role::Key | Role::Password => Severity::High,
            Role::Iv | Role::Nonce | Role::Salt => Severity::Medium,
        }
    }
}

/// A constant value, found where it is written.
#[derive(Clone, Debug)]
struct Material {
    /// The literal (or `hex!(…)`, array, …) that holds the value.
    range: TextRange,
    all_zero: bool,
    /// The constant the value was reached through, when not written at the call.
    through: Option<String>,
}

struct Hit {
    material: Material,
    role: Role,
    algorithm: Option<String>,
    callee: String,
    call: TextRange,
}

fn diagnostic(hit: &Hit) -> Diagnostic {
    let what = match &hit.algorithm {
        Some(algorithm) => format!("{algorithm} {}", hit.role.noun()),
        None => hit.role.noun().to_owned(),
    };
    let message = match &hit.material.through {
        Some(name) => format!("hardcoded {what} in `{name}`, passed to `{}`", hit.callee),
        None => format!("hardcoded {what} passed to `{}`", hit.callee),
    };
    Diagnostic::new(&hardcoded_crypto_key::RULE, hit.material.range, message)
        .with_secret(hit.material.range)
        .with_help(hit.role.help())
        .with_severity(hit.role.severity())
}

struct SinkFinder<'ast> {
    file: &'ast syn::File,
    /// Collected the first time a sink's argument is a name, which few files have.
    constants: OnceCell<FileConstants<'ast>>,
    found: Vec<Hit>,
}

/// A call's path with generic arguments set apart: `Hmac::<Sha256>::new_from_slice`
/// is `["Hmac", "new_from_slice"]` with `Sha256` as the type's argument;
/// `<Aes256Gcm as KeyInit>::new` is `["Aes256Gcm", "new"]`.
struct CallPath {
    segments: Vec<String>,
    type_argument: Option<String>,
}

impl CallPath {
    fn of(path: &syn::ExprPath) -> CallPath {
        let mut segments: Vec<String> = path
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        if let Some(qself) = &path.qself
            && let syn::Type::Path(self_type) = &*qself.ty
            && let Some(last) = self_type.path.segments.last()
        {
            // `<T as Trait>::f`: the type says more than the trait.
            segments.truncate(segments.len().saturating_sub(1));
            segments.retain(|s| !matches!(s.as_str(), "KeyInit" | "KeyIvInit" | "Mac" | "NewAead"));
            segments.push(last.ident.to_string());
            if let Some(f) = path.path.segments.last() {
                segments.push(f.ident.to_string());
            }
        }
        let owner = path.path.segments.iter().rev().nth(1);
        let type_argument = owner.and_then(|s| match &s.arguments {
            syn::PathArguments::AngleBracketed(args) => args.args.iter().find_map(|a| match a {
                syn::GenericArgument::Type(syn::Type::Path(t)) => {
                    t.path.segments.last().map(|s| s.ident.to_string())
                }
                _ => None,
            }),
            _ => None,
        });
        CallPath {
            segments,
            type_argument,
        }
    }

    fn function(&self) -> &str {
        self.segments.last().map_or("", String::as_str)
    }

    /// The segment before the function: a type or a module.
    fn owner(&self) -> &str {
        self.segments.iter().rev().nth(1).map_or("", String::as_str)
    }

    fn has(&self, segment: &str) -> bool {
        self.segments.iter().any(|s| s == segment)
    }

    fn display(&self) -> String {
        let start = self.segments.len().saturating_sub(2);
        self.segments[start..].join("::")
    }
}

/// Which arguments (by index) are key material, and the algorithm when known.
type SinkRoles = (Vec<(usize, Role)>, Option<String>);

/// Which arguments of a call are key material, and what algorithm it is for.
fn sink_roles(path: &CallPath, args: &[&syn::Expr]) -> Option<SinkRoles> {
    let owner = path.owner();
    let algorithm = algorithm_of(owner, path.type_argument.as_deref(), &path.segments);
    let roles = match path.function() {
        "new_from_slice" | "new_varkey" => vec![(0, Role::Key)],
        "new_from_slices" => vec![(0, Role::Key), (1, Role::Iv)],
        "from_slice" | "from" | "clone_from_slice" | "from_exact_iter" => match owner {
            "Key" => vec![(0, Role::Key)],
            "Nonce" | "XNonce" => vec![(0, Role::Nonce)],
            "Iv" | "IV" => vec![(0, Role::Iv)],
            _ => return None,
        },
        "assume_unique_for_key" | "try_assume_unique_for_key" if owner == "Nonce" => {
            vec![(0, Role::Nonce)]
        }
        "new" => match owner {
            "UnboundKey" => {
                let algorithm = args.first().and_then(|a| ring_algorithm(a));
                return Some((vec![(1, Role::Key)], algorithm));
            }
            // ring's `hmac::Key::new(hmac::HMAC_SHA256, key)`, whatever the import is called.
            "Key" if args.len() == 2 => {
                let algorithm = args
                    .first()
                    .and_then(|a| ring_algorithm(a))
                    .filter(|a| a.starts_with("HMAC"))?;
                return Some((vec![(1, Role::Key)], Some(algorithm)));
            }
            "Salt" if path.has("hkdf") => vec![(1, Role::Salt)],
            "SaltString" => vec![(0, Role::Salt)],
            "Crypter" => vec![(2, Role::Key), (3, Role::Iv)],
            _ if is_cipher_type(owner) => match args.len() {
                1 => vec![(0, Role::Key)],
                2 => vec![(0, Role::Key), (1, Role::Iv)],
                _ => return None,
            },
            _ => return None,
        },
        "hmac" if owner == "PKey" => vec![(0, Role::Key)],
        "cmac" if owner == "PKey" => vec![(1, Role::Key)],
        "encrypt" | "decrypt" | "encrypt_aead" | "decrypt_aead"
            if owner == "symm"
                || (owner.is_empty() && args.first().is_some_and(|a| is_openssl_cipher(a))) =>
        {
            vec![(1, Role::Key), (2, Role::Iv)]
        }
        "pbkdf2" | "pbkdf2_hmac" | "pbkdf2_hmac_array" | "pbkdf2_array" | "scrypt" => {
            vec![(0, Role::Password), (1, Role::Salt)]
        }
        "derive" | "verify" if owner == "pbkdf2" => vec![(2, Role::Salt), (3, Role::Password)],
        "from_b64" | "encode_b64" if owner == "SaltString" || owner == "Salt" => {
            vec![(0, Role::Salt)]
        }
        "hash" | "hash_with_result" if owner == "bcrypt" => vec![(0, Role::Password)],
        "hash_with_salt" if owner == "bcrypt" => vec![(0, Role::Password), (2, Role::Salt)],
        _ => return None,
    };
    Some((roles, algorithm))
}

/// Methods whose arguments are key material whatever the receiver.
fn method_roles(method: &str) -> Option<Vec<(usize, Role)>> {
    match method {
        // argon2 / password-hash `PasswordHasher`.
        "hash_password" | "hash_password_into" => Some(vec![(0, Role::Password), (1, Role::Salt)]),
        "new_from_slice" => Some(vec![(0, Role::Key)]),
        _ => None,
    }
}

const CIPHER_TYPE_PREFIXES: [&str; 21] = [
    "Aes",
    "ChaCha",
    "XChaCha",
    "Salsa",
    "XSalsa",
    "Des",
    "TdesEde",
    "Blowfish",
    "Camellia",
    "Twofish",
    "Cast5",
    "Sm4",
    "Hmac",
    "SimpleHmac",
    "Cmac",
    "Pmac",
    "Poly1305",
    "Ccm",
    "Eax",
    "Siv",
    "Ocb3",
];

/// RustCrypto cipher and MAC types (`Aes256Gcm`, `Aes128CbcEnc`, `HmacSha256`),
/// their block-mode wrappers (`cbc::Encryptor`) and the traits that construct them.
/// A cipher or MAC type: one of [`CIPHER_TYPE_PREFIXES`] followed by nothing, a
/// digit or a new word (`Aes256Gcm`, `Hmac`, `Des`, `TdesEde3`), not by more of
/// the same word (`Deserializer`, `Description`, `Aesthetic`).
fn is_cipher_type(name: &str) -> bool {
    CIPHER_TYPE_PREFIXES.iter().any(|prefix| {
        name.strip_prefix(prefix)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_lowercase()))
    }) || matches!(
        name,
        "Encryptor" | "Decryptor" | "KeyInit" | "KeyIvInit" | "Mac"
    )
}

fn is_openssl_cipher(expr: &syn::Expr) -> bool {
    matches!(expr, syn::Expr::Call(call) if matches!(&*call.func, syn::Expr::Path(p) if p.path.segments.iter().any(|s| s.ident == "Cipher")))
}

/// A readable algorithm from type names: `Aes256Gcm` → `AES-256-GCM`,
/// `Hmac<Sha256>` → `HMAC-SHA256`, `cbc::Encryptor<Aes128>` → `AES-128-CBC`.
fn algorithm_of(owner: &str, type_argument: Option<&str>, segments: &[String]) -> Option<String> {
    if matches!(owner, "Encryptor" | "Decryptor") {
        let mode = segments
            .iter()
            .find(|s| matches!(s.as_str(), "cbc" | "ctr" | "cfb_mode" | "ofb" | "ecb"))?;
        let mode = mode.trim_end_matches("_mode").to_uppercase();
        return Some(format!(
            "{}-{mode}",
            algorithm_of(type_argument?, None, segments)?
        ));
    }
    if let Some(rest) = owner.strip_prefix("Hmac") {
        let hash = if rest.is_empty() {
            type_argument?
        } else {
            rest
        };
        return Some(format!("HMAC-{}", hash.to_uppercase()));
    }
    if let Some(rest) = owner.strip_prefix("Aes") {
        let bits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if bits.is_empty() {
            return None;
        }
        let mut label = format!("AES-{bits}");
        for word in camel_words(&rest[bits.len()..]) {
            if !matches!(word.as_str(), "Enc" | "Dec") {
                label.push('-');
                label.push_str(&word.to_uppercase());
            }
        }
        return Some(label);
    }
    if owner.contains("ChaCha20Poly1305") {
        return Some(owner.replace("Poly1305", "-Poly1305"));
    }
    owner.starts_with("ChaCha").then(|| owner.to_owned())
}

fn camel_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in text.chars() {
        match words.last_mut() {
            Some(word) if !c.is_uppercase() => word.push(c),
            _ => words.push(c.to_string()),
        }
    }
    words
}

/// `&aead::AES_256_GCM` → `AES-256-GCM`; `hmac::HMAC_SHA256` → `HMAC-SHA256`.
fn ring_algorithm(expr: &syn::Expr) -> Option<String> {
    let expr = match expr {
        syn::Expr::Reference(r) => &*r.expr,
        other => other,
    };
    let syn::Expr::Path(path) = expr else {
        return None;
    };
    let name = path.path.segments.last()?.ident.to_string();
    Some(match name.as_str() {
        "CHACHA20_POLY1305" => "ChaCha20-Poly1305".to_owned(),
        other => other.replace('_', "-"),
    })
}

impl<'ast> SinkFinder<'ast> {
    fn record(
        &mut self,
        roles: &[(usize, Role)],
        args: &[&'ast syn::Expr],
        algorithm: Option<String>,
        callee: String,
        call: TextRange,
    ) {
        for &(index, role) in roles {
            let Some(arg) = args.get(index) else { continue };
            if let Some(material) = self.material(arg, 0) {
                self.found.push(Hit {
                    material,
                    role,
                    algorithm: algorithm.clone(),
                    callee: callee.clone(),
                    call,
                });
            }
        }
    }

    /// Follows `expr` through wrappers and constants to a constant value.
    fn material(&self, expr: &'ast syn::Expr, depth: usize) -> Option<Material> {
        if depth > MAX_RESOLUTION_DEPTH {
            return None;
        }
        let here = |all_zero| {
            Some(Material {
                range: crate::span_range(expr.span()),
                all_zero,
                through: None,
            })
        };
        match expr {
            syn::Expr::Lit(lit) => {
                let bytes = match &lit.lit {
                    syn::Lit::Str(s) => s.value().into_bytes(),
                    syn::Lit::ByteStr(s) => s.value(),
                    syn::Lit::CStr(s) => s.value().into_bytes(),
                    _ => return None,
                };
                if bytes.is_empty() {
                    return None;
                }
                here(bytes.iter().all(|b| *b == 0))
            }
            syn::Expr::Array(array) => {
                let values: Option<Vec<u128>> = array.elems.iter().map(integer_value).collect();
                let values = values?;
                (values.len() >= MIN_ARRAY_KEY_LEN).then_some(())?;
                here(values.iter().all(|v| *v == 0))
            }
            syn::Expr::Repeat(repeat) => here(integer_value(&repeat.expr)? == 0),
            syn::Expr::Reference(inner) => self.material(&inner.expr, depth + 1),
            syn::Expr::Paren(inner) => self.material(&inner.expr, depth + 1),
            syn::Expr::Group(inner) => self.material(&inner.expr, depth + 1),
            syn::Expr::Cast(inner) => self.material(&inner.expr, depth + 1),
            syn::Expr::Index(inner) => self.material(&inner.expr, depth + 1),
            syn::Expr::Try(inner) => self.material(&inner.expr, depth + 1),
            syn::Expr::MethodCall(call) => {
                let method = call.method.to_string();
                if matches!(
                    method.as_str(),
                    "as_bytes"
                        | "as_ref"
                        | "as_slice"
                        | "to_vec"
                        | "into"
                        | "try_into"
                        | "unwrap"
                        | "expect"
                        | "clone"
                        | "to_owned"
                        | "as_str"
                        | "to_string"
                        | "into_bytes"
                        | "into_boxed_slice"
                ) {
                    return self.material(&call.receiver, depth + 1);
                }
                // `STANDARD.decode("…")`, `engine.decode_vec("…")`.
                if method.starts_with("decode") {
                    return self.material(call.args.first()?, depth + 1);
                }
                None
            }
            syn::Expr::Call(call) => {
                let syn::Expr::Path(func) = &*call.func else {
                    return None;
                };
                let path = CallPath::of(func);
                let transparent = match path.function() {
                    "from_slice" | "from" | "clone_from_slice" | "try_from" | "from_hex"
                    | "Some" | "Ok" => true,
                    "new" => matches!(
                        path.owner(),
                        "GenericArray"
                            | "Secret"
                            | "SecretBox"
                            | "SecretVec"
                            | "SecretSlice"
                            | "Zeroizing"
                            | "Box"
                            | "Cow"
                    ),
                    function => function.starts_with("decode"),
                };
                if transparent {
                    self.material(call.args.first()?, depth + 1)
                } else {
                    None
                }
            }
            syn::Expr::Macro(mac) => macro_material(&mac.mac, expr),
            syn::Expr::Path(path) if path.qself.is_none() => {
                let name = path.path.segments.last()?.ident.to_string();
                let value = self
                    .constants
                    .get_or_init(|| FileConstants::collect(self.file))
                    .value_at(&name, crate::span_range(expr.span()).start)?;
                let mut material = self.material(value, depth + 1)?;
                material.through.get_or_insert(name);
                Some(material)
            }
            _ => None,
        }
    }
}

/// `hex!("…")`, `hex_literal::hex!`, `base64!`, and `vec![…]` of constant bytes.
fn macro_material(mac: &syn::Macro, expr: &syn::Expr) -> Option<Material> {
    let name = mac.path.segments.last()?.ident.to_string();
    let range = crate::span_range(expr.span());
    match name.as_str() {
        "hex" | "base64" | "b64" => {
            let all_zero = mac.tokens.clone().into_iter().all(|t| match t {
                TokenTree::Literal(l) => l
                    .to_string()
                    .trim_matches('"')
                    .chars()
                    .all(|c| c == '0' || c.is_whitespace()),
                _ => true,
            });
            mac.tokens
                .clone()
                .into_iter()
                .any(|t| matches!(t, TokenTree::Literal(_)))
                .then_some(Material {
                    range,
                    all_zero,
                    through: None,
                })
        }
        "vec" => {
            let bracketed = TokenStream::from(TokenTree::Group(Group::new(
                Delimiter::Bracket,
                mac.tokens.clone(),
            )));
            let array: syn::Expr = syn::parse2(bracketed).ok()?;
            let all_zero = match &array {
                syn::Expr::Array(a) => {
                    let values: Option<Vec<u128>> = a.elems.iter().map(integer_value).collect();
                    let values = values?;
                    (values.len() >= MIN_ARRAY_KEY_LEN).then_some(())?;
                    values.iter().all(|v| *v == 0)
                }
                syn::Expr::Repeat(r) => integer_value(&r.expr)? == 0,
                _ => return None,
            };
            Some(Material {
                range,
                all_zero,
                through: None,
            })
        }
        _ => None,
    }
}

fn integer_value(expr: &syn::Expr) -> Option<u128> {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => int.base10_parse().ok(),
        _ => None,
    }
}

impl<'ast> Visit<'ast> for SinkFinder<'ast> {
    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(func) = &*call.func {
            let path = CallPath::of(func);
            let args: Vec<&syn::Expr> = call.args.iter().collect();
            if let Some((roles, algorithm)) = sink_roles(&path, &args) {
                self.record(
                    &roles,
                    &args,
                    algorithm,
                    path.display(),
                    crate::span_range(call.span()),
                );
            }
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if let Some(roles) = method_roles(&call.method.to_string()) {
            let args: Vec<&syn::Expr> = call.args.iter().collect();
            self.record(
                &roles,
                &args,
                None,
                call.method.to_string(),
                crate::span_range(call.span()),
            );
        }
        syn::visit::visit_expr_method_call(self, call);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cipher_types_are_told_from_words_that_start_alike() {
        for cipher in [
            "Aes256Gcm",
            "Des",
            "TdesEde3",
            "Hmac",
            "ChaCha20",
            "Sm4",
            "KeyInit",
        ] {
            assert!(is_cipher_type(cipher), "{cipher}");
        }
        for other in [
            "Deserializer",
            "Description",
            "Destination",
            "Aesthetic",
            "Eaxample",
        ] {
            assert!(!is_cipher_type(other), "{other}");
        }
    }

    #[test]
    fn names_algorithms_the_way_their_docs_do() {
        let no_segments: &[String] = &[];
        assert_eq!(
            algorithm_of("Aes256Gcm", None, no_segments).as_deref(),
            Some("AES-256-GCM")
        );
        assert_eq!(
            algorithm_of("Aes128GcmSiv", None, no_segments).as_deref(),
            Some("AES-128-GCM-SIV")
        );
        assert_eq!(
            algorithm_of("Aes128CbcEnc", None, no_segments).as_deref(),
            Some("AES-128-CBC")
        );
        assert_eq!(
            algorithm_of("Hmac", Some("Sha256"), no_segments).as_deref(),
            Some("HMAC-SHA256")
        );
        assert_eq!(
            algorithm_of("XChaCha20Poly1305", None, no_segments).as_deref(),
            Some("XChaCha20-Poly1305")
        );
        let cbc = ["cbc".to_owned(), "Encryptor".to_owned(), "new".to_owned()];
        assert_eq!(
            algorithm_of("Encryptor", Some("Aes128"), &cbc).as_deref(),
            Some("AES-128-CBC")
        );
    }
}
