//! Debug, admin, internal, shell, exec or `__`-prefixed routes registered
//! without authentication: axum/poem/tide/actix builder chains (`.route`,
//! `.nest`, `.at`, `web::resource`, `web::scope`), warp `path!` filters,
//! actix/rocket attribute routes (`#[get("/admin/..")]`) and hand-written hyper
//! `match` arms. A route counts as protected when its chain has an auth-named
//! `layer`/`route_layer`/`wrap`/`with`/`and`/`guard`, when it is nested in such
//! a chain, or when its handler takes an auth-named guard parameter.

use crate::Context;
use crate::build_gates::gate;
use crate::syn_helpers::{
    FnBody, callee_path, macro_name, method_call_range, method_chain, path_ends_with, range_of,
    string_literal, strip, words, words_of,
};
use std::collections::HashSet;
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::hidden_debug_route::RULE;
use trustlint_core::{Diagnostic, RuleMeta, TextRange};

pub static RULES: &[&RuleMeta] = &[&RULE];

const HELP: &str = "delete the route, gate it with #[cfg(debug_assertions)], or put it behind the API's authentication layer (`route_layer(from_fn(require_admin))`, actix `wrap`, a rocket guard); project-specific guards go in `[debug-entry] auth-guards`";

const ROUTE_METHODS: &[&str] = &[
    "route",
    "nest",
    "route_service",
    "nest_service",
    "at",
    "resource",
    "scope",
];
const LAYER_METHODS: &[&str] = &[
    "layer",
    "route_layer",
    "wrap",
    "wrap_fn",
    "with",
    "around",
    "and",
    "guard",
    "untuple_one",
];
const ROUTE_ATTRIBUTES: &[&str] = &[
    "get", "post", "put", "delete", "patch", "route", "head", "options",
];

pub fn check(cx: &mut Context<'_>) {
    let Some(file) = cx.syntax() else { return };
    let gates = cx.build_gates();
    let guards: Vec<String> = cx.config.debug_entry.auth_guards.clone();
    let mut finder = Finder {
        guards: &guards,
        guarded_handlers: guarded_handlers(&cx.fn_bodies(), &guards),
        inside_auth: false,
        scope: None,
        binding: None,
        routers: RouterVariables::default(),
        found: Vec::new(),
    };
    finder.visit_file(file);
    let routers = finder.routers;
    let mut found: Vec<Registration> = finder
        .found
        .into_iter()
        .filter(|r| !routers.wrapped_later(r))
        .collect();
    found.sort_by_key(|r| r.range);
    found.dedup_by_key(|r| r.range);
    for Registration { range, path, .. } in found {
        let diagnostic = Diagnostic::new(
            &RULE,
            range,
            format!("the route `{path}` is registered without authentication; anyone who can reach the service can call it"),
        )
        .with_help(HELP);
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

/// Only shipped code is reported. Every finding registers a hidden path written
/// as a string literal or in a `path!` macro; a file with neither has none. The
/// literal's statement ([`crate::statements`]) names how it is registered: the
/// route method or attribute (`.route("/debug", …)`, `#[get("/admin")]`), the
/// root (`web::scope`, `web::resource`, `warp::path`), or, before the `match` whose
/// arm it is, the request's `path` or `uri`. Doc comments are literals too, but
/// never route paths.
pub fn may_report(cx: &Context<'_>) -> bool {
    cx.may_ship() && (cx.mentions().has_macro_call("path") || may_register_hidden_literal(cx))
}

/// Whether some code literal is a hidden path with a word that registers it in
/// its statements; without statements (a file left to proc-macro2), whether some
/// code literal is a hidden path at all.
fn may_register_hidden_literal(cx: &Context<'_>) -> bool {
    let registers = |word: &str| {
        ROUTE_METHODS.contains(&word)
            || ROUTE_ATTRIBUTES.contains(&word)
            || matches!(word, "resource" | "scope" | "path" | "uri")
    };
    let statements = cx.statements();
    cx.indexed_code_literals().any(|(index, literal)| {
        is_hidden_path(&literal.value)
            && statements.is_none_or(|statements| {
                statements
                    .ranges(statements.of(index))
                    .any(|range| cx.words_in(range).into_iter().any(registers))
            })
    })
}

/// Whether a route path names a debug or privileged entry point.
fn is_hidden_path(path: &str) -> bool {
    const HIDDEN: &[&str] = &[
        "debug",
        "admin",
        "internal",
        "shell",
        "exec",
        "eval",
        "console",
        "backdoor",
        "cmd",
        "command",
        "sudo",
        "impersonate",
        "dump",
        "env",
        "pprof",
        "actuator",
        "superuser",
    ];
    const PUBLIC: &[&str] = &[
        "login", "signin", "logout", "register", "callback", "health", "healthz",
    ];
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let path_words = words(path);
    if path_words.iter().any(|w| PUBLIC.contains(&w.as_str())) {
        return false;
    }
    segments.iter().any(|s| s.starts_with("__"))
        || path_words.iter().any(|w| HIDDEN.contains(&w.as_str()))
}

fn names_auth(found: &[String], guards: &[String], tokens: &str) -> bool {
    const AUTH: &[&str] = &[
        "auth",
        "authenticate",
        "authentication",
        "authorize",
        "authorization",
        "authorized",
        "require",
        "login",
        "session",
        "guard",
        "jwt",
        "bearer",
        "token",
        "validate",
        "acl",
        "permission",
        "permissions",
        "identity",
        "basic",
        "oauth",
        "claims",
        "credentials",
        "authn",
        "authz",
        "admin",
        "apikey",
        "signed",
        "signature",
    ];
    found.iter().any(|w| AUTH.contains(&w.as_str()))
        || found
            .windows(2)
            .any(|pair| pair[0] == "api" && pair[1] == "key")
        || guards.iter().any(|g| tokens.contains(g.as_str()))
}

/// Handlers whose parameters are authentication guards (`AdminUser`, `Claims`, `BearerAuth`).
fn guarded_handlers(bodies: &[FnBody<'_>], guards: &[String]) -> HashSet<String> {
    let mut names = HashSet::new();
    for body in bodies {
        let guarded = body.sig.inputs.iter().any(|input| match input {
            syn::FnArg::Typed(param) => {
                // `AdminUser`, `BearerAuth`, `web::ReqData<Claims>`, `ApiKey`.
                let ty_words = words_of(&param.ty);
                let tokens = quote::ToTokens::to_token_stream(&param.ty).to_string();
                names_auth(&ty_words, guards, &tokens) || ty_words.iter().any(|w| w == "user")
            }
            syn::FnArg::Receiver(_) => false,
        });
        if guarded {
            names.insert(body.sig.ident.to_string());
        }
    }
    names
}

/// A hidden route registered without an auth layer in its own chain.
struct Registration {
    range: TextRange,
    path: String,
    /// The function it is registered in and the router variable it is bound to
    /// (`let admin = Router::new().route(..)`), if any.
    scope: Option<TextRange>,
    binding: Option<String>,
}

/// What later statements do with router variables: wrap them in an auth layer
/// (`admin.layer(auth)`, `.merge(admin).route_layer(auth)`) or fold them into
/// another router variable (`let app = Router::new().merge(admin)`).
#[derive(Default)]
struct RouterVariables {
    /// (function, variable, where it is wrapped).
    wrapped: Vec<(Option<TextRange>, String, usize)>,
    /// (function, variable, the variable it is folded into, where).
    folded: Vec<(Option<TextRange>, String, String, usize)>,
}

impl RouterVariables {
    fn wrapped_later(&self, registration: &Registration) -> bool {
        let Some(binding) = &registration.binding else {
            return false;
        };
        self.wrapped_after(registration.scope, binding, registration.range.start, 4)
    }

    /// Whether `variable` is wrapped in an auth layer after `position`, directly or
    /// through the routers it is folded into.
    fn wrapped_after(
        &self,
        scope: Option<TextRange>,
        variable: &str,
        position: usize,
        depth: usize,
    ) -> bool {
        self.wrapped
            .iter()
            .any(|(s, v, at)| *s == scope && v == variable && *at > position)
            || (depth > 0
                && self.folded.iter().any(|(s, from, into, at)| {
                    *s == scope
                        && from == variable
                        && *at > position
                        && self.wrapped_after(scope, into, *at, depth - 1)
                }))
    }
}

struct Finder<'g> {
    guards: &'g [String],
    guarded_handlers: HashSet<String>,
    /// Inside the arguments of a chain that has an auth layer.
    inside_auth: bool,
    /// The function being visited, by the range of its name (cheap to get, and
    /// as unique as the function's own).
    scope: Option<TextRange>,
    /// The router variable the chain being visited is bound to.
    binding: Option<String>,
    routers: RouterVariables,
    found: Vec<Registration>,
}

impl Finder<'_> {
    fn layer_is_auth(&self, call: &syn::ExprMethodCall) -> bool {
        let tokens = quote::ToTokens::to_token_stream(&call.args).to_string();
        LAYER_METHODS.contains(&call.method.to_string().as_str())
            && names_auth(&words_of(&call.args), self.guards, &tokens)
    }

    fn handler_is_guarded(&self, args: &[&syn::Expr]) -> bool {
        args.iter().any(|arg| {
            let tokens = quote::ToTokens::to_token_stream(arg).to_string();
            words_of(arg).iter().any(|w| {
                self.guarded_handlers
                    .iter()
                    .any(|h| words(h).join("_") == *w || h == w)
            }) || self
                .guarded_handlers
                .iter()
                .any(|h| tokens.contains(h.as_str()))
        })
    }

    fn register(&mut self, range: TextRange, path: String) {
        self.found.push(Registration {
            range,
            path,
            scope: self.scope,
            binding: self.binding.clone(),
        });
    }

    /// Records router variables this chain wraps in auth or folds into its binding.
    fn note_router_variables(
        &mut self,
        calls: &[&syn::ExprMethodCall],
        root: &syn::Expr,
        chain_has_auth: bool,
    ) {
        let variable = |expr: &syn::Expr| match strip(expr) {
            syn::Expr::Path(p) if p.path.segments.len() == 1 => {
                Some(p.path.segments[0].ident.to_string())
            }
            _ => None,
        };
        let binding = self.binding.clone();
        let mut noted = Vec::new();
        for (i, link) in calls.iter().enumerate() {
            let wrapped = self.inside_auth || calls[..i].iter().any(|l| self.layer_is_auth(l));
            for arg in &link.args {
                if let Some(name) = variable(arg) {
                    noted.push((name, range_of(*link).start, wrapped));
                }
            }
        }
        if let Some(name) = variable(root) {
            let at = calls.first().map_or(0, |l| range_of(*l).start);
            noted.push((name, at, self.inside_auth || chain_has_auth));
        }
        for (name, at, wrapped) in noted {
            if wrapped {
                self.routers.wrapped.push((self.scope, name, at));
            } else if let Some(into) = binding.as_ref().filter(|into| **into != name) {
                self.routers
                    .folded
                    .push((self.scope, name, into.clone(), at));
            }
        }
    }

    fn chain(&mut self, outer: &syn::ExprMethodCall) {
        let (inner, root) = method_chain(&outer.receiver);
        let calls: Vec<&syn::ExprMethodCall> = std::iter::once(outer).chain(inner).collect();
        // `calls` runs from the outermost link inwards: a layer at index < i wraps link i.
        for (i, link) in calls.iter().enumerate() {
            let registers = ROUTE_METHODS.contains(&link.method.to_string().as_str());
            let Some((path, _)) = link.args.first().and_then(string_literal) else {
                continue;
            };
            if !registers || !is_hidden_path(&path) {
                continue;
            }
            let wrapped = self.inside_auth
                || calls[..i].iter().any(|l| self.layer_is_auth(l))
                || self.handler_is_guarded(&link.args.iter().skip(1).collect::<Vec<_>>());
            if !wrapped {
                self.register(method_call_range(link), path);
            }
        }
        let chain_has_auth = calls.iter().any(|l| self.layer_is_auth(l));
        self.note_router_variables(&calls, root, chain_has_auth);
        // Roots such as `web::scope("/internal")` and `warp::path!("debug" / ..)`.
        if let Some(path) = hidden_root(root)
            && !self.inside_auth
            && !chain_has_auth
        {
            self.register(range_of(root), path);
        }
        let saved = self.inside_auth;
        self.inside_auth |= chain_has_auth;
        for link in &calls {
            for arg in &link.args {
                self.visit_expr(arg);
            }
        }
        self.visit_expr(root);
        self.inside_auth = saved;
    }
}

/// The hidden path a chain starts from, if its root registers one.
fn hidden_root(root: &syn::Expr) -> Option<String> {
    match strip(root) {
        syn::Expr::Call(call) => {
            let callee = callee_path(call)?;
            let registers = ["web::resource", "web::scope", "warp::path"]
                .iter()
                .any(|p| path_ends_with(&callee, p));
            let (path, _) = string_literal(call.args.first()?)?;
            (registers && is_hidden_path(&path)).then_some(path)
        }
        syn::Expr::Macro(m) if macro_name(&m.mac) == "path" => {
            let segments: Vec<String> = words_of(&m.mac.tokens);
            let literal_path = m.mac.tokens.to_string().replace([' ', '"'], "");
            (is_hidden_path(&literal_path) || segments.iter().any(|s| is_hidden_path(s)))
                .then(|| format!("/{literal_path}"))
        }
        _ => None,
    }
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        self.chain(call);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        let saved = self.binding.take();
        let mut names = Vec::new();
        crate::syn_helpers::pattern_bindings(&local.pat, &mut names);
        if let [name] = names.as_slice() {
            self.binding = Some(name.clone());
        }
        syn::visit::visit_local(self, local);
        self.binding = saved;
    }

    fn visit_expr_assign(&mut self, assign: &'ast syn::ExprAssign) {
        // `admin = admin.route(..)`
        let saved = self.binding.take();
        self.binding = crate::syn_helpers::root_ident(&assign.left);
        self.visit_expr(&assign.right);
        self.binding = saved;
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        let saved = self.scope.replace(range_of(&item.sig.ident));
        syn::visit::visit_impl_item_fn(self, item);
        self.scope = saved;
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        // `#[get("/admin/stats")]` on an actix or rocket handler.
        for attr in &item.attrs {
            let is_route = attr
                .path()
                .segments
                .last()
                .is_some_and(|s| ROUTE_ATTRIBUTES.contains(&s.ident.to_string().as_str()));
            let path = attr.meta.require_list().ok().and_then(|list| {
                syn::parse2::<syn::LitStr>(list.tokens.clone().into_iter().take(1).collect()).ok()
            });
            if let (true, Some(path)) = (is_route, path)
                && is_hidden_path(&path.value())
                && !self.guarded_handlers.contains(&item.sig.ident.to_string())
            {
                self.register(range_of(attr), path.value());
            }
        }
        let saved = self.scope.replace(range_of(&item.sig.ident));
        syn::visit::visit_item_fn(self, item);
        self.scope = saved;
    }

    fn visit_expr_match(&mut self, expr: &'ast syn::ExprMatch) {
        // hyper: `match (req.method(), req.uri().path()) { (&Method::POST, "/__debug/exec") => .. }`
        let scrutinee = words_of(&expr.expr);
        if scrutinee.iter().any(|w| w == "path" || w == "uri") {
            for arm in &expr.arms {
                let mut literals = Vec::new();
                pattern_paths(&arm.pat, &mut literals);
                let body = words_of(&arm.body);
                let tokens = quote::ToTokens::to_token_stream(&arm.body).to_string();
                for (path, range) in literals {
                    if is_hidden_path(&path) && !names_auth(&body, self.guards, &tokens) {
                        self.register(range, path);
                    }
                }
            }
        }
        syn::visit::visit_expr_match(self, expr);
    }
}

fn pattern_paths(pat: &syn::Pat, out: &mut Vec<(String, TextRange)>) {
    match pat {
        syn::Pat::Lit(lit) => {
            if let syn::Lit::Str(s) = &lit.lit
                && s.value().starts_with('/')
            {
                out.push((s.value(), range_of(pat)));
            }
        }
        syn::Pat::Tuple(t) => t.elems.iter().for_each(|p| pattern_paths(p, out)),
        syn::Pat::Or(o) => o.cases.iter().for_each(|p| pattern_paths(p, out)),
        _ => {}
    }
}
