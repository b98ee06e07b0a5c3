//! What the evaluator needs to know about the whole file: its functions and methods,
//! constants, `use` imports, and the parsed bodies of its macros.

use super::catalogue::Catalogue;
use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use std::collections::{HashMap, HashSet};
use syn::punctuated::Punctuated;
use syn::visit::Visit;
use syn::{Expr, Token};

/// A function or method of the file.
pub struct FnDef<'a> {
    pub name: String,
    /// The `impl` type for methods and associated functions.
    pub self_ty: Option<String>,
    pub takes_self: bool,
    /// Parameter patterns in order; `None` stands for `self`.
    pub params: Vec<Option<&'a syn::Pat>>,
    pub body: &'a syn::Block,
    /// A `#[test]` function or one inside `#[cfg(test)]`: its uploads go to mock
    /// servers and are not reported.
    pub is_test: bool,
}

impl FnDef<'_> {
    pub fn param_name(&self, index: usize) -> String {
        match self.params.get(index) {
            Some(Some(syn::Pat::Ident(p))) => p.ident.to_string(),
            Some(Some(syn::Pat::Type(t))) => match &*t.pat {
                syn::Pat::Ident(p) => p.ident.to_string(),
                _ => format!("argument {}", index + 1),
            },
            Some(None) => "self".to_owned(),
            _ => format!("argument {}", index + 1),
        }
    }
}

/// A macro's arguments parsed as expressions (`format!`, `vec!`, `json!` values…).
pub struct MacroBody {
    pub exprs: Vec<Expr>,
    /// `vec![x; n]`: the first expression is repeated.
    pub repeat: bool,
}

/// Macro bodies keyed by the position of their `!`, parsed once before evaluation so
/// that values can borrow from them for the whole analysis.
pub struct MacroBodies {
    bodies: HashMap<usize, MacroBody>,
}

impl MacroBodies {
    pub fn collect(file: &syn::File) -> MacroBodies {
        let mut collector = MacroCollector {
            bodies: HashMap::new(),
        };
        collector.visit_file(file);
        MacroBodies {
            bodies: collector.bodies,
        }
    }

    pub fn get(&self, mac: &syn::Macro) -> Option<&MacroBody> {
        self.bodies.get(&macro_key(mac))
    }
}

fn macro_key(mac: &syn::Macro) -> usize {
    mac.bang_token.span.byte_range().start
}

struct MacroCollector {
    bodies: HashMap<usize, MacroBody>,
}

impl<'ast> Visit<'ast> for MacroCollector {
    // Macros in item position (`macro_rules!` definitions, `lazy_static!`,
    // `thread_local!`) are never evaluated, and parsing their bodies as
    // expressions is slow and fails.
    fn visit_item_macro(&mut self, _: &'ast syn::ItemMacro) {}
    fn visit_impl_item_macro(&mut self, _: &'ast syn::ImplItemMacro) {}
    fn visit_trait_item_macro(&mut self, _: &'ast syn::TraitItemMacro) {}
    fn visit_foreign_item_macro(&mut self, _: &'ast syn::ForeignItemMacro) {}

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let parsed = mac.parse_body_with(Punctuated::<Expr, Token![,]>::parse_terminated);
        let body = match parsed {
            Ok(exprs) => MacroBody {
                exprs: exprs.into_iter().collect(),
                repeat: false,
            },
            Err(_) => {
                let mut exprs = Vec::new();
                let repeat = split_token_values(mac.tokens.clone(), &mut exprs);
                MacroBody { exprs, repeat }
            }
        };
        // Macros nested in the parsed arguments (`json!({ "a": format!(..) })`).
        for expr in &body.exprs {
            self.visit_expr(expr);
        }
        self.bodies.insert(macro_key(mac), body);
    }
}

/// Recovers the value expressions of a macro whose body is not a list of expressions
/// (`json!({ "k": v, .. })`, `vec![x; n]`): splits at `,`, `;` and lone `:`,
/// descends into braces and brackets, and keeps what parses. Returns whether a `;`
/// separated the first expression from the rest.
fn split_token_values(tokens: TokenStream, out: &mut Vec<Expr>) -> bool {
    let mut run: Vec<TokenTree> = Vec::new();
    let mut saw_semicolon = false;
    let flush = |run: &mut Vec<TokenTree>, out: &mut Vec<Expr>| {
        if run.is_empty() {
            return;
        }
        let taken = std::mem::take(run);
        if let [TokenTree::Group(group)] = taken.as_slice()
            && matches!(group.delimiter(), Delimiter::Brace | Delimiter::Bracket)
        {
            split_token_values(group.stream(), out);
            return;
        }
        // Groups are kept aside (a cheap handle) so the run itself is moved, not
        // copied, into the parser.
        let groups: Vec<proc_macro2::Group> = taken
            .iter()
            .filter_map(|tree| match tree {
                TokenTree::Group(group) => Some(group.clone()),
                _ => None,
            })
            .collect();
        match syn::parse2::<Expr>(taken.into_iter().collect()) {
            Ok(expr) => out.push(expr),
            Err(_) => {
                for group in groups {
                    split_token_values(group.stream(), out);
                }
            }
        }
    };
    let mut after_joint_colon = false;
    for tree in tokens {
        if let TokenTree::Punct(punct) = &tree {
            let ch = punct.as_char();
            let lone_colon = ch == ':' && punct.spacing() == Spacing::Alone && !after_joint_colon;
            after_joint_colon = ch == ':' && punct.spacing() == Spacing::Joint;
            if ch == ',' || ch == ';' || lone_colon {
                if ch == ';' && out.is_empty() {
                    saw_semicolon = true;
                }
                flush(&mut run, out);
                continue;
            }
        } else {
            after_joint_colon = false;
        }
        run.push(tree);
    }
    flush(&mut run, out);
    saw_semicolon
}

/// The file's functions, constants and imports.
pub struct FileIndex<'a> {
    pub functions: Vec<FnDef<'a>>,
    /// Constants and statics by name (last segment), with `impl` constants too.
    pub consts: HashMap<String, &'a Expr>,
    /// `use` imports: local name → full path.
    pub uses: HashMap<String, Vec<String>>,
    /// Names of the file's types and modules, for resolving `Type::function` paths.
    pub local_types: HashSet<String>,
    pub macros: &'a MacroBodies,
    pub catalogue: Catalogue,
}

impl<'a> FileIndex<'a> {
    pub fn new(file: &'a syn::File, macros: &'a MacroBodies, catalogue: Catalogue) -> Self {
        let mut index = FileIndex {
            functions: Vec::new(),
            consts: HashMap::new(),
            uses: HashMap::new(),
            local_types: HashSet::new(),
            macros,
            catalogue,
        };
        index.add_items(&file.items, false);
        index
    }

    fn add_items(&mut self, items: &'a [syn::Item], in_test: bool) {
        for item in items {
            match item {
                syn::Item::Fn(f) => {
                    let is_test = in_test || is_test_attr(&f.attrs);
                    self.add_function(&f.sig, &f.block, None, is_test)
                }
                syn::Item::Impl(imp) => {
                    let self_ty = type_name(&imp.self_ty);
                    if let Some(name) = &self_ty {
                        self.local_types.insert(name.clone());
                    }
                    let in_test = in_test || is_test_attr(&imp.attrs);
                    for impl_item in &imp.items {
                        match impl_item {
                            syn::ImplItem::Fn(f) => self.add_function(
                                &f.sig,
                                &f.block,
                                self_ty.clone(),
                                in_test || is_test_attr(&f.attrs),
                            ),
                            syn::ImplItem::Const(c) => {
                                self.consts.insert(c.ident.to_string(), &c.expr);
                            }
                            _ => {}
                        }
                    }
                }
                syn::Item::Trait(t) => {
                    for trait_item in &t.items {
                        if let syn::TraitItem::Fn(f) = trait_item
                            && let Some(block) = &f.default
                        {
                            self.add_function(&f.sig, block, Some(t.ident.to_string()), in_test);
                        }
                    }
                }
                syn::Item::Const(c) => {
                    self.consts.insert(c.ident.to_string(), &c.expr);
                }
                syn::Item::Static(s) => {
                    self.consts.insert(s.ident.to_string(), &s.expr);
                }
                syn::Item::Mod(m) => {
                    self.local_types.insert(m.ident.to_string());
                    if let Some((_, items)) = &m.content {
                        self.add_items(items, in_test || is_test_attr(&m.attrs));
                    }
                }
                syn::Item::Struct(s) => {
                    self.local_types.insert(s.ident.to_string());
                }
                syn::Item::Enum(e) => {
                    self.local_types.insert(e.ident.to_string());
                }
                syn::Item::Use(u) => add_use(&u.tree, &mut Vec::new(), &mut self.uses),
                _ => {}
            }
        }
    }

    fn add_function(
        &mut self,
        sig: &'a syn::Signature,
        body: &'a syn::Block,
        self_ty: Option<String>,
        is_test: bool,
    ) {
        let params: Vec<Option<&'a syn::Pat>> = sig
            .inputs
            .iter()
            .map(|input| match input {
                syn::FnArg::Receiver(_) => None,
                syn::FnArg::Typed(typed) => Some(&*typed.pat),
            })
            .collect();
        let takes_self = matches!(sig.inputs.first(), Some(syn::FnArg::Receiver(_)));
        self.functions.push(FnDef {
            name: sig.ident.to_string(),
            self_ty,
            takes_self,
            params,
            body,
            is_test,
        });
        // Functions nested in bodies are functions of the file too.
        let mut nested = NestedItems::default();
        nested.visit_block(body);
        for (sig, block) in nested.functions {
            self.add_function(sig, block, None, is_test);
        }
    }

    /// A call path with its first segment expanded through `use` imports.
    pub fn expand_path(&self, segments: Vec<String>) -> Vec<String> {
        match segments.first().and_then(|first| self.uses.get(first)) {
            Some(full) => full
                .iter()
                .cloned()
                .chain(segments.into_iter().skip(1))
                .collect(),
            None => segments,
        }
    }

    /// The file's function a path call names, if any.
    pub fn resolve_function(
        &self,
        segments: &[String],
        current_self_ty: Option<&str>,
    ) -> Option<usize> {
        let (name, prefix) = segments.split_last()?;
        let by_name = |self_ty: Option<&str>| {
            self.functions
                .iter()
                .position(|f| f.name == *name && f.self_ty.as_deref() == self_ty)
        };
        match prefix {
            [] => by_name(None).or_else(|| {
                (!self.uses.contains_key(name.as_str()))
                    .then(|| {
                        self.functions
                            .iter()
                            .position(|f| f.name == *name && f.self_ty.is_none())
                    })
                    .flatten()
            }),
            [.., owner] if owner == "Self" => by_name(current_self_ty),
            [.., owner] if self.local_types.contains(owner) => {
                by_name(Some(owner)).or_else(|| by_name(None))
            }
            [first, ..] if matches!(first.as_str(), "self" | "super" | "crate") => by_name(None),
            _ => None,
        }
    }

    /// The file's methods a method call may reach: on `self`, the current type's
    /// method first, else any method of that name.
    pub fn resolve_method(
        &self,
        name: &str,
        on_self: bool,
        current_self_ty: Option<&str>,
    ) -> Option<usize> {
        let methods = || {
            self.functions
                .iter()
                .enumerate()
                .filter(move |(_, f)| f.name == name && f.takes_self)
        };
        if on_self
            && let Some((i, _)) = methods().find(|(_, f)| f.self_ty.as_deref() == current_self_ty)
        {
            return Some(i);
        }
        methods().map(|(i, _)| i).next()
    }
}

#[derive(Default)]
struct NestedItems<'a> {
    functions: Vec<(&'a syn::Signature, &'a syn::Block)>,
}

impl<'a> Visit<'a> for NestedItems<'a> {
    fn visit_item_fn(&mut self, f: &'a syn::ItemFn) {
        self.functions.push((&f.sig, &f.block));
    }

    fn visit_item_impl(&mut self, _: &'a syn::ItemImpl) {}
}

/// `#[test]`, `#[tokio::test]`, `#[cfg(test)]`.
fn is_test_attr(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        let path = attr.path();
        if path.segments.last().is_some_and(|s| s.ident == "test") {
            return true;
        }
        path.is_ident("cfg")
            && attr
                .parse_args::<syn::Ident>()
                .is_ok_and(|ident| ident == "test")
    })
}

fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn add_use(tree: &syn::UseTree, prefix: &mut Vec<String>, uses: &mut HashMap<String, Vec<String>>) {
    match tree {
        syn::UseTree::Path(p) => {
            prefix.push(p.ident.to_string());
            add_use(&p.tree, prefix, uses);
            prefix.pop();
        }
        syn::UseTree::Name(n) => {
            let name = n.ident.to_string();
            if name == "self" {
                if let Some(last) = prefix.last() {
                    uses.insert(last.clone(), prefix.clone());
                }
            } else {
                let mut full = prefix.clone();
                full.push(name.clone());
                uses.insert(name, full);
            }
        }
        syn::UseTree::Rename(r) => {
            let mut full = prefix.clone();
            if r.ident != "self" {
                full.push(r.ident.to_string());
            }
            uses.insert(r.rename.to_string(), full);
        }
        syn::UseTree::Group(g) => {
            for tree in &g.items {
                add_use(tree, prefix, uses);
            }
        }
        syn::UseTree::Glob(_) => {}
    }
}
