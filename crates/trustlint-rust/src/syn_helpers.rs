//! Small questions checks ask of syn trees: where a node is, what a call is
//! called, which words an expression is made of, which literal it holds.

use quote::ToTokens;
use syn::spanned::Spanned;
use trustlint_core::TextRange;

/// The byte range a node covers in the analysed text.
pub fn range_of(node: &impl Spanned) -> TextRange {
    crate::span_range(node.span())
}

/// The range of `.method(args)` in a method chain: from the method name to the
/// closing parenthesis, so a finding points at the one link that matters.
pub fn method_call_range(call: &syn::ExprMethodCall) -> TextRange {
    let start = range_of(&call.method).start;
    let end = crate::span_range(call.paren_token.span.close()).end;
    TextRange::new(start, end.max(start))
}

/// `std::env::var` for a path, without generic arguments.
pub fn path_string(path: &syn::Path) -> String {
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// The callee path of `f(..)`, e.g. `Command::new`.
pub fn call_path(expr: &syn::Expr) -> Option<String> {
    match strip(expr) {
        syn::Expr::Call(call) => callee_path(call),
        _ => None,
    }
}

/// The callee path of a call expression.
pub fn callee_path(call: &syn::ExprCall) -> Option<String> {
    match strip(&call.func) {
        syn::Expr::Path(p) => Some(path_string(&p.path)),
        _ => None,
    }
}

/// Whether a `::`-path ends with the given segments (`ends_with(p, "Command::new")`).
pub fn path_ends_with(path: &str, suffix: &str) -> bool {
    path == suffix || path.ends_with(&format!("::{suffix}"))
}

/// Removes parentheses, references, `*`, groups, `?`, `.await` and casts around an expression.
pub fn strip(expr: &syn::Expr) -> &syn::Expr {
    match expr {
        syn::Expr::Paren(e) => strip(&e.expr),
        syn::Expr::Group(e) => strip(&e.expr),
        syn::Expr::Reference(e) => strip(&e.expr),
        syn::Expr::Try(e) => strip(&e.expr),
        syn::Expr::Await(e) => strip(&e.base),
        syn::Expr::Cast(e) => strip(&e.expr),
        syn::Expr::Unary(e) if matches!(e.op, syn::UnOp::Deref(_)) => strip(&e.expr),
        _ => expr,
    }
}

/// A string literal, also when wrapped: `"x"`, `b"x"`, `&"x"`, `Some("x")`,
/// `HeaderValue::from_static("x")`, `"x".to_string()`, `String::from("x")`.
pub fn string_literal(expr: &syn::Expr) -> Option<(String, TextRange)> {
    match strip(expr) {
        syn::Expr::Lit(lit) => match &lit.lit {
            syn::Lit::Str(s) => Some((s.value(), range_of(s))),
            syn::Lit::ByteStr(s) => Some((
                String::from_utf8_lossy(&s.value()).into_owned(),
                range_of(s),
            )),
            _ => None,
        },
        syn::Expr::Call(call) if call.args.len() == 1 => {
            let callee = call_path(strip(expr)).unwrap_or_default();
            let wraps = ["Some", "Ok", "from", "from_static", "new", "from_str"];
            let last = callee.rsplit("::").next().unwrap_or_default();
            if wraps.contains(&last) {
                string_literal(&call.args[0])
            } else {
                None
            }
        }
        syn::Expr::MethodCall(call)
            if matches!(
                call.method.to_string().as_str(),
                "to_string" | "to_owned" | "into" | "as_bytes" | "as_str"
            ) =>
        {
            string_literal(&call.receiver)
        }
        _ => None,
    }
}

/// The identifiers and string-literal contents of a node, split into lower-case
/// words: `req.headers().get("X-Debug-Bypass")` → req, headers, get, x, debug, bypass.
pub fn words_of(node: &impl ToTokens) -> Vec<String> {
    let mut words = Vec::new();
    collect_words(node.to_token_stream(), &mut words);
    words
}

fn collect_words(tokens: proc_macro2::TokenStream, words: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(ident) => split_words(&ident.to_string(), words),
            proc_macro2::TokenTree::Literal(literal) => {
                if let syn::Lit::Str(s) = syn::Lit::new(literal) {
                    split_words(&s.value(), words);
                }
            }
            proc_macro2::TokenTree::Group(group) => collect_words(group.stream(), words),
            proc_macro2::TokenTree::Punct(_) => {}
        }
    }
}

/// Splits `skipAuthCheck`, `SKIP_AUTH`, `x-debug-bypass` and `r#type` into lower-case words.
pub fn split_words(text: &str, words: &mut Vec<String>) {
    for_each_word(text, |word| words.push(word.to_owned()));
}

/// Calls `found` with each lower-case word of `text`, as [`split_words`] splits
/// it, from one reused buffer: callers that keep few of the words allocate only
/// for those.
pub fn for_each_word(text: &str, mut found: impl FnMut(&str)) {
    let text = text.strip_prefix("r#").unwrap_or(text);
    let mut current = String::new();
    let mut previous_lower = false;
    for c in text.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                found(&current);
                current.clear();
            }
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower && !current.is_empty() {
            found(&current);
            current.clear();
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        if c.is_ascii() {
            current.push(c.to_ascii_lowercase());
        } else {
            current.extend(c.to_lowercase());
        }
    }
    if !current.is_empty() {
        found(&current);
    }
}

/// The words of one identifier or string.
pub fn words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    split_words(text, &mut found);
    found
}

/// The method calls of a chain from the outermost inwards, and the chain's root
/// (`Command::new("sh").arg("-c").arg(x)` → [arg(x), arg("-c")], root `Command::new("sh")`).
pub fn method_chain(expr: &syn::Expr) -> (Vec<&syn::ExprMethodCall>, &syn::Expr) {
    let mut calls = Vec::new();
    let mut current = strip(expr);
    while let syn::Expr::MethodCall(call) = current {
        calls.push(call);
        current = strip(&call.receiver);
    }
    (calls, current)
}

/// The local variable an expression names, through references and field accesses
/// (`&mut stream`, `self.stream` → `stream`, `ctx.body.cmd` → `ctx`).
pub fn root_ident(expr: &syn::Expr) -> Option<String> {
    match strip(expr) {
        syn::Expr::Path(p) if p.path.segments.len() == 1 => {
            Some(p.path.segments[0].ident.to_string())
        }
        syn::Expr::Field(f) => root_ident(&f.base),
        syn::Expr::Index(i) => root_ident(&i.expr),
        syn::Expr::MethodCall(m) => root_ident(&m.receiver),
        _ => None,
    }
}

/// Every identifier a pattern binds (`Json(body)`, `(a, b)`, `Some(mut x)`).
pub fn pattern_bindings(pat: &syn::Pat, names: &mut Vec<String>) {
    match pat {
        syn::Pat::Ident(p) => {
            names.push(p.ident.to_string());
            if let Some((_, sub)) = &p.subpat {
                pattern_bindings(sub, names);
            }
        }
        syn::Pat::Type(p) => pattern_bindings(&p.pat, names),
        syn::Pat::Reference(p) => pattern_bindings(&p.pat, names),
        syn::Pat::Tuple(p) => p.elems.iter().for_each(|e| pattern_bindings(e, names)),
        syn::Pat::TupleStruct(p) => p.elems.iter().for_each(|e| pattern_bindings(e, names)),
        syn::Pat::Struct(p) => p
            .fields
            .iter()
            .for_each(|f| pattern_bindings(&f.pat, names)),
        syn::Pat::Slice(p) => p.elems.iter().for_each(|e| pattern_bindings(e, names)),
        syn::Pat::Or(p) => p.cases.iter().for_each(|e| pattern_bindings(e, names)),
        syn::Pat::Paren(p) => pattern_bindings(&p.pat, names),
        _ => {}
    }
}

/// The arguments of a `format!`-like macro, parsed as expressions, plus the names
/// used inline in its format string (`{cmd}`), so data flow through formatting is seen.
pub fn macro_arguments(mac: &syn::Macro) -> (Vec<syn::Expr>, Vec<String>) {
    use syn::parse::Parser;
    let parser = syn::punctuated::Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated;
    let args: Vec<syn::Expr> = parser
        .parse2(mac.tokens.clone())
        .map(|p| p.into_iter().collect())
        .unwrap_or_default();
    let mut inline = Vec::new();
    if let Some(syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(format),
        ..
    })) = args.first()
    {
        for piece in format.value().split('{').skip(1) {
            let name: String = piece
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && !name.chars().all(|c| c.is_ascii_digit()) {
                inline.push(name);
            }
        }
    }
    (args, inline)
}

/// The last segment of a macro's path (`println`, `format`, `path`).
pub fn macro_name(mac: &syn::Macro) -> String {
    mac.path
        .segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

/// A function or method with a body, wherever it is declared.
pub struct FnBody<'ast> {
    pub sig: &'ast syn::Signature,
    pub block: &'ast syn::Block,
}

/// Every function body in the file: free functions, methods, trait default
/// methods and functions nested in other bodies.
pub fn fn_bodies(file: &syn::File) -> Vec<FnBody<'_>> {
    #[derive(Default)]
    struct Collector<'ast> {
        bodies: Vec<FnBody<'ast>>,
    }
    impl<'ast> syn::visit::Visit<'ast> for Collector<'ast> {
        fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
            self.bodies.push(FnBody {
                sig: &item.sig,
                block: &item.block,
            });
            syn::visit::visit_item_fn(self, item);
        }
        fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
            self.bodies.push(FnBody {
                sig: &item.sig,
                block: &item.block,
            });
            syn::visit::visit_impl_item_fn(self, item);
        }
        fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
            if let Some(block) = &item.default {
                self.bodies.push(FnBody {
                    sig: &item.sig,
                    block,
                });
            }
            syn::visit::visit_trait_item_fn(self, item);
        }
    }
    let mut collector = Collector::default();
    syn::visit::Visit::visit_file(&mut collector, file);
    collector.bodies
}

/// The last path segment of a type, looking through references (`&web::Json<T>` → `Json`).
pub fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_name(&r.elem),
        syn::Type::Paren(p) => type_name(&p.elem),
        syn::Type::Group(g) => type_name(&g.elem),
        _ => None,
    }
}
