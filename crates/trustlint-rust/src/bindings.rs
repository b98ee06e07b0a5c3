//! Which name a string literal is bound to: the variable, constant, static, struct
//! field, map key, HTTP header, builder method or function it is given to. Checks
//! judge a literal by that name (`DB_PASSWORD = "…"`, `.header("X-Api-Key", "…")`,
//! `json!({"password": "…"})`).
//!
//! Values are read through the wrappers that do not change them (`"…".to_string()`,
//! `String::from("…")`, `.into()`, `Some("…")`, `concat!("…", "…")`). Attributes
//! (`#[serde(rename = "password")]`, `#[arg(long = "token")]`) are never bindings.

use crate::statements::Surroundings;
use proc_macro2::{TokenStream, TokenTree};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::visit::Visit;
use trustlint_core::TextRange;

/// How a value is bound to its name; says how messages name the place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindingSite {
    /// `let`, `const`, `static`, an assignment, or a function returning the value.
    Variable,
    /// A struct literal field or an assigned field.
    Field,
    /// The argument of a method or function named after it (`.password("…")`).
    Argument,
    /// A map key, tuple pair or JSON key (`("client_secret", "…")`).
    MapKey,
    /// An HTTP header value (`.header("X-Api-Key", "…")`).
    Header,
    /// A positional argument of a known credential constructor, named after its
    /// parameter (`Credentials::new("AKIA…", "…", …)` → `secret_access_key`).
    Parameter,
}

impl BindingSite {
    /// Where the value is, for messages: "in `DB_PASSWORD`", "passed to `.token()`".
    pub fn describe(self, name: &str) -> String {
        match self {
            BindingSite::Variable | BindingSite::Field | BindingSite::MapKey => {
                format!("in `{name}`")
            }
            BindingSite::Argument => format!("passed to `{name}`"),
            BindingSite::Header => format!("in the `{name}` header"),
            BindingSite::Parameter => format!("passed as `{name}`"),
        }
    }
}

/// A string value and the name it is bound to.
#[derive(Clone, Debug)]
pub struct BoundValue {
    pub name: String,
    pub site: BindingSite,
    /// The decoded value (concatenated for `concat!`).
    pub value: String,
    /// The literal, or all literals of a `concat!`.
    pub range: TextRange,
}

/// Every string value of `file` bound to a name, in source order.
pub fn bound_values(file: &syn::File) -> Vec<BoundValue> {
    let mut finder = BindingFinder::default();
    finder.visit_file(file);
    finder.found.sort_by_key(|b| b.range.start);
    finder.found
}

/// Every name a value of the file may be bound to, listed from its words and
/// literals without walking its syntax, for checks that judge values by their
/// name. A bound name is an identifier (a word of the text, see
/// [`crate::mentions`]), a string literal's value ([`crate::Context::code_literals`]), either possibly with `.` and
/// `()` around it (which word splitting and name normalisation ignore), or the
/// fixed name `basic_auth` and `bearer_auth` give their argument. `None` when the
/// names cannot be listed so: a `concat!` of literals may be a name, and the
/// words may show an identifier only in pieces.
pub(crate) fn name_candidates<'c>(cx: &'c crate::Context<'_>) -> Option<Vec<&'c str>> {
    let mentions = cx.mentions();
    if mentions.has_macro_call("concat") || mentions.has_non_ascii_identifier() {
        return None;
    }
    let mut names: Vec<&'c str> = fixed_names(mentions).collect();
    names.extend(mentions.words());
    names.extend(cx.code_literals());
    Some(names)
}

/// For each code literal `wanted` accepts, the names its syntax may bind it to
/// that `keep` accepts, listed from its statement ([`crate::statements`])
/// without walking any syntax. Every binding puts the name before the value in
/// the value's statement (`let`, `const`, a field, a method or function named
/// after it, the key literal just before it in a map, tuple or header pair), or,
/// for a function's result, in the signature before the body's brace; the names
/// `basic_auth`, `bearer_auth` and the credential constructors give are fixed.
/// `None` when the names cannot be listed so: the hand lexer left the file to
/// proc-macro2 (no statements), or a `concat!` value is no single literal.
pub(crate) fn names_by_literal<'c>(
    cx: &'c crate::Context<'_>,
    keep: fn(&str) -> bool,
    wanted: impl Fn(&str) -> bool,
) -> Option<Vec<(&'c str, Vec<&'c str>)>> {
    let statements = cx.statements()?;
    let mentions = cx.mentions();
    if mentions.has_macro_call("concat") {
        return None;
    }
    let fixed: Vec<&'c str> = fixed_names(mentions)
        .chain(positional_credential_names(mentions))
        .filter(|name| keep(name))
        .collect();
    let mut names_around: std::collections::HashMap<Surroundings, Vec<&'c str>> =
        std::collections::HashMap::new();
    let mut previous: Option<(Surroundings, &'c str)> = None;
    let mut named = Vec::new();
    for (index, literal) in cx.indexed_code_literals() {
        let surroundings = statements.of(index);
        let key_before = previous
            .filter(|(before, _)| before.own == surroundings.own)
            .map(|(_, value)| value)
            .filter(|name| keep(name));
        previous = Some((surroundings, literal.value.as_str()));
        if !wanted(&literal.value) {
            continue;
        }
        let around = names_around.entry(surroundings).or_insert_with(|| {
            let mut names: Vec<&str> = statements
                .ranges(surroundings)
                .flat_map(|range| cx.words_in(range))
                .filter(|word| keep(word))
                .collect();
            names.sort_unstable();
            names.dedup();
            names
        });
        let names = around
            .iter()
            .copied()
            .chain(key_before)
            .chain(fixed.iter().copied())
            .collect();
        named.push((literal.value.as_str(), names));
    }
    Some(named)
}

/// The names `basic_auth` and `bearer_auth` bind their argument to, when the
/// file calls them.
pub(crate) fn fixed_names<'m>(
    mentions: &'m crate::mentions::Mentions<'_>,
) -> impl Iterator<Item = &'static str> + 'm {
    [("basic_auth", "password"), ("bearer_auth", "bearer_token")]
        .into_iter()
        .filter(|(method, _)| mentions.has(method))
        .map(|(_, name)| name)
}

#[derive(Default)]
struct BindingFinder {
    found: Vec<BoundValue>,
}

/// Methods that keep a string's value: `"…".to_string()`, `.into()`.
const VALUE_PRESERVING_METHODS: [&str; 9] = [
    "to_string",
    "to_owned",
    "into",
    "as_str",
    "as_bytes",
    "to_vec",
    "as_ref",
    "clone",
    "into_bytes",
];

/// Constructors that wrap a value without changing it: `String::from`, `Some`,
/// `SecretString::new`, `Cow::Borrowed`.
fn is_value_preserving_call(path: &syn::Path) -> bool {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    let function = segments.last().map_or("", String::as_str);
    let owner = segments.iter().rev().nth(1).map_or("", String::as_str);
    match function {
        "from" | "Some" | "Borrowed" | "Owned" | "from_static" => true,
        "new" => matches!(
            owner,
            "String" | "Secret" | "SecretString" | "SecretBox" | "Box" | "Arc" | "Rc" | "Cow"
        ),
        _ => false,
    }
}

/// The string value of `expr` when it is a literal behind value-preserving wrappers.
pub fn string_value(expr: &syn::Expr) -> Option<(String, TextRange)> {
    match expr {
        syn::Expr::Lit(lit) => {
            let value = match &lit.lit {
                syn::Lit::Str(s) => s.value(),
                syn::Lit::ByteStr(s) => String::from_utf8_lossy(&s.value()).into_owned(),
                syn::Lit::CStr(s) => s.value().to_string_lossy().into_owned(),
                _ => return None,
            };
            Some((value, crate::span_range(lit.span())))
        }
        syn::Expr::Reference(inner) => string_value(&inner.expr),
        syn::Expr::Paren(inner) => string_value(&inner.expr),
        syn::Expr::Group(inner) => string_value(&inner.expr),
        syn::Expr::MethodCall(call)
            if VALUE_PRESERVING_METHODS.contains(&call.method.to_string().as_str()) =>
        {
            string_value(&call.receiver)
        }
        syn::Expr::Call(call) if call.args.len() == 1 => match &*call.func {
            syn::Expr::Path(path) if is_value_preserving_call(&path.path) => {
                string_value(&call.args[0])
            }
            _ => None,
        },
        syn::Expr::Macro(mac) if mac.mac.path.is_ident("concat") => concatenated(&mac.mac.tokens),
        _ => None,
    }
}

/// `concat!("sk_live_", "abc…")` when every argument is a string literal.
fn concatenated(tokens: &TokenStream) -> Option<(String, TextRange)> {
    let parts = syn::parse::Parser::parse2(
        Punctuated::<syn::LitStr, syn::Token![,]>::parse_terminated,
        tokens.clone(),
    )
    .ok()?;
    let first = parts.first()?;
    let last = parts.last()?;
    let value: String = parts.iter().map(syn::LitStr::value).collect();
    let range = TextRange::new(
        crate::span_range(first.span()).start,
        crate::span_range(last.span()).end,
    );
    Some((value, range))
}

/// Constructors that take credentials as positional arguments, by the end of their
/// path and their number of arguments (so that a same-named constructor of another
/// crate, like lettre's two-argument `Credentials::new`, is not taken for one), with
/// the names of their leading parameters.
const POSITIONAL_CREDENTIALS: &[(&[&str], usize, &[&str])] = &[
    // aws-credential-types (re-exported by every aws-sdk-* crate) and rust-s3.
    (
        &["Credentials", "new"],
        5,
        &["access_key_id", "secret_access_key", "session_token"],
    ),
    (
        &["Credentials", "from_keys"],
        3,
        &["access_key_id", "secret_access_key", "session_token"],
    ),
    // rusoto_credential.
    (
        &["StaticProvider", "new"],
        4,
        &["access_key_id", "secret_access_key", "session_token"],
    ),
    (
        &["StaticProvider", "new_minimal"],
        2,
        &["access_key_id", "secret_access_key"],
    ),
    (
        &["AwsCredentials", "new"],
        4,
        &["access_key_id", "secret_access_key", "session_token"],
    ),
];

/// The parameter names of the credential constructors the file may call (it
/// mentions every segment of their path ending).
pub(crate) fn positional_credential_names<'m>(
    mentions: &'m crate::mentions::Mentions<'_>,
) -> impl Iterator<Item = &'static str> + 'm {
    POSITIONAL_CREDENTIALS
        .iter()
        .filter(|(suffix, _, _)| mentions.has_all(suffix))
        .flat_map(|(_, _, names)| names.iter().copied())
}

/// The parameter names of a call to a known credential constructor.
fn credential_parameters(path: &syn::Path, arity: usize) -> Option<&'static [&'static str]> {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    POSITIONAL_CREDENTIALS
        .iter()
        .find(|(suffix, expected_arity, _)| {
            *expected_arity == arity
                && segments.len() >= suffix.len()
                && segments[segments.len() - suffix.len()..]
                    .iter()
                    .zip(suffix.iter())
                    .all(|(a, b)| a == b)
        })
        .map(|(_, _, names)| *names)
}

impl BindingFinder {
    fn bind(&mut self, name: impl Into<String>, site: BindingSite, expr: &syn::Expr) {
        if let Some((value, range)) = string_value(expr) {
            self.found.push(BoundValue {
                name: name.into(),
                site,
                value,
                range,
            });
        }
    }

    fn bind_function_result(&mut self, name: &syn::Ident, body: &syn::Block) {
        if let Some(syn::Stmt::Expr(tail, None)) = body.stmts.last() {
            self.bind(name.to_string(), BindingSite::Variable, tail);
        }
    }

    /// `"key": "value"` and `"key" => "value"` pairs in a macro body that is not a
    /// list of expressions (`json!`, `hashmap!`, custom macros).
    fn scan_pairs(&mut self, tokens: &TokenStream) {
        let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
        for (i, tree) in trees.iter().enumerate() {
            if let TokenTree::Group(group) = tree {
                self.scan_pairs(&group.stream());
                continue;
            }
            let Some(key) = pair_key(tree) else { continue };
            let (value_at, separator_ok) = match (trees.get(i + 1), trees.get(i + 2)) {
                (Some(TokenTree::Punct(colon)), _)
                    if colon.as_char() == ':' && colon.spacing() == proc_macro2::Spacing::Alone =>
                {
                    (i + 2, true)
                }
                (Some(TokenTree::Punct(eq)), Some(TokenTree::Punct(gt)))
                    if eq.as_char() == '=' && gt.as_char() == '>' =>
                {
                    (i + 3, true)
                }
                _ => (0, false),
            };
            let Some(TokenTree::Literal(value)) = trees.get(value_at).filter(|_| separator_ok)
            else {
                continue;
            };
            if let Ok(expr) = syn::parse2::<syn::Expr>(TokenTree::Literal(value.clone()).into()) {
                self.bind(key, BindingSite::MapKey, &expr);
            }
        }
    }
}

/// A key in a macro body: a string literal or an identifier.
fn pair_key(tree: &TokenTree) -> Option<String> {
    match tree {
        TokenTree::Literal(literal) => match syn::Lit::new(literal.clone()) {
            syn::Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        TokenTree::Ident(ident) => Some(ident.to_string()),
        _ => None,
    }
}

/// The name a map key or header expression stands for: the literal's value, or
/// the constant's name (`header::AUTHORIZATION`).
fn key_name(expr: &syn::Expr) -> Option<String> {
    if let Some((value, _)) = string_value(expr) {
        return Some(value);
    }
    match expr {
        syn::Expr::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        syn::Expr::Reference(inner) => key_name(&inner.expr),
        _ => None,
    }
}

fn pattern_name(pattern: &syn::Pat) -> Option<String> {
    match pattern {
        syn::Pat::Ident(ident) => Some(ident.ident.to_string()),
        syn::Pat::Type(typed) => pattern_name(&typed.pat),
        _ => None,
    }
}

impl<'ast> Visit<'ast> for BindingFinder {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let (Some(name), Some(init)) = (pattern_name(&local.pat), &local.init) {
            self.bind(name, BindingSite::Variable, &init.expr);
        }
        syn::visit::visit_local(self, local);
    }

    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        self.bind(item.ident.to_string(), BindingSite::Variable, &item.expr);
        syn::visit::visit_item_const(self, item);
    }

    fn visit_impl_item_const(&mut self, item: &'ast syn::ImplItemConst) {
        self.bind(item.ident.to_string(), BindingSite::Variable, &item.expr);
        syn::visit::visit_impl_item_const(self, item);
    }

    fn visit_item_static(&mut self, item: &'ast syn::ItemStatic) {
        self.bind(item.ident.to_string(), BindingSite::Variable, &item.expr);
        syn::visit::visit_item_static(self, item);
    }

    fn visit_item_fn(&mut self, function: &'ast syn::ItemFn) {
        self.bind_function_result(&function.sig.ident, &function.block);
        syn::visit::visit_item_fn(self, function);
    }

    fn visit_impl_item_fn(&mut self, function: &'ast syn::ImplItemFn) {
        self.bind_function_result(&function.sig.ident, &function.block);
        syn::visit::visit_impl_item_fn(self, function);
    }

    fn visit_field_value(&mut self, field: &'ast syn::FieldValue) {
        if let syn::Member::Named(name) = &field.member {
            self.bind(name.to_string(), BindingSite::Field, &field.expr);
        }
        syn::visit::visit_field_value(self, field);
    }

    fn visit_expr_assign(&mut self, assign: &'ast syn::ExprAssign) {
        match &*assign.left {
            syn::Expr::Field(field) => {
                if let syn::Member::Named(name) = &field.member {
                    self.bind(name.to_string(), BindingSite::Field, &assign.right);
                }
            }
            syn::Expr::Path(path) => {
                if let Some(last) = path.path.segments.last() {
                    self.bind(last.ident.to_string(), BindingSite::Variable, &assign.right);
                }
            }
            _ => {}
        }
        syn::visit::visit_expr_assign(self, assign);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let method = call.method.to_string();
        let args: Vec<&syn::Expr> = call.args.iter().collect();
        match (method.as_str(), args.as_slice()) {
            ("basic_auth", [_user, password]) => {
                self.bind("password", BindingSite::Argument, password)
            }
            ("bearer_auth", [token]) => self.bind("bearer_token", BindingSite::Argument, token),
            (m, [key, value]) if m.contains("header") => {
                if let Some(name) = key_name(key) {
                    self.bind(name, BindingSite::Header, value);
                }
            }
            (
                "insert" | "set" | "append" | "add" | "entry" | "param" | "query_param"
                | "form_param",
                [key, value],
            ) => {
                if let Some(name) = string_value(key).map(|(v, _)| v) {
                    self.bind(name, BindingSite::MapKey, value);
                }
            }
            (m, [value]) => self.bind(format!(".{m}()"), BindingSite::Argument, value),
            _ => {}
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(path) = &*call.func
            && let Some(names) = credential_parameters(&path.path, call.args.len())
        {
            for (name, value) in names.iter().zip(&call.args) {
                self.bind(*name, BindingSite::Parameter, value);
            }
        }
        if let (syn::Expr::Path(path), [value]) =
            (&*call.func, call.args.iter().collect::<Vec<_>>().as_slice())
            && !is_value_preserving_call(&path.path)
            && let Some(last) = path.path.segments.last()
        {
            self.bind(format!("{}()", last.ident), BindingSite::Argument, value);
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_tuple(&mut self, tuple: &'ast syn::ExprTuple) {
        let elements: Vec<&syn::Expr> = tuple.elems.iter().collect();
        if let [key, value] = elements.as_slice()
            && let Some((name, _)) = string_value(key)
        {
            self.bind(name, BindingSite::MapKey, value);
        }
        syn::visit::visit_expr_tuple(self, tuple);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        match mac.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated) {
            Ok(arguments) => {
                for argument in &arguments {
                    self.visit_expr(argument);
                }
            }
            Err(_) => self.scan_pairs(&mac.tokens),
        }
    }

    fn visit_attribute(&mut self, _attribute: &'ast syn::Attribute) {
        // `#[serde(rename = "password")]`, `#[arg(long = "token")]`: names, not values.
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bindings(source: &str) -> Vec<(String, BindingSite, String)> {
        let file: syn::File = syn::parse_str(source).expect("test source parses");
        bound_values(&file)
            .into_iter()
            .map(|b| (b.name, b.site, b.value))
            .collect()
    }

    #[test]
    fn names_from_declarations_fields_and_calls() {
        let found = bindings(
            r#"
const DB_PASSWORD: &str = "hunter22";
fn f() {
    let cfg = Config { api_key: "k1".to_string() };
    cfg.secret = String::from("s1").into();
    client.get(url).header(AUTHORIZATION, "Bearer t1").basic_auth("me", Some("p1")).token("t2");
    let body = json!({"client_secret": "c1"});
    let pairs = [("password", "p2")];
    let aws = aws_sdk_s3::config::Credentials::new("AKIA1", "s2", None, None, "static");
    let mail = lettre::transport::smtp::authentication::Credentials::new("me".into(), "p3".into());
}
"#,
        );
        assert!(
            !found.iter().any(|(_, _, v)| v == "p3"),
            "a two-argument Credentials::new is not AWS's: {found:?}"
        );
        let expected = [
            ("DB_PASSWORD", BindingSite::Variable, "hunter22"),
            ("api_key", BindingSite::Field, "k1"),
            ("secret", BindingSite::Field, "s1"),
            ("AUTHORIZATION", BindingSite::Header, "Bearer t1"),
            ("password", BindingSite::Argument, "p1"),
            (".token()", BindingSite::Argument, "t2"),
            ("client_secret", BindingSite::MapKey, "c1"),
            ("password", BindingSite::MapKey, "p2"),
            ("access_key_id", BindingSite::Parameter, "AKIA1"),
            ("secret_access_key", BindingSite::Parameter, "s2"),
        ];
        for (name, site, value) in expected {
            assert!(
                found
                    .iter()
                    .any(|(n, s, v)| n == name && *s == site && v == value),
                "{name} {site:?} {value} not in {found:?}"
            );
        }
    }

    #[test]
    fn attributes_are_not_bindings() {
        let found = bindings(
            "#[derive(Deserialize)]\nstruct Login { #[serde(rename = \"password\")] pw: String }",
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
