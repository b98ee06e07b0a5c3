//! Magic-value logins: a credential compared with a literal where a match grants
//! access (`if password == "letmein" { return Ok(User::admin()) }`), next to a real
//! check (`verify(..) || pin == "0000"`), in a `match` arm, or as the answer of an
//! access-deciding function. The literal is a secret: it is redacted everywhere.

use crate::Context;
use crate::access_words::{
    SwitchSource, may_name_credential, names_access_decision, names_credential, names_debug_switch,
    names_denial, names_grant, names_verifier, switch_source, switch_words,
};
use crate::build_gates::gate;
use crate::statements::{Statements, Surroundings};
use crate::syn_helpers::{range_of, split_words, string_literal, strip, words, words_of};
use std::collections::HashSet;
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::magic_password_check::RULE;
use trustlint_core::{Diagnostic, RuleMeta, TextRange, redact_secret};

pub static RULES: &[&RuleMeta] = &[&RULE];

const HELP: &str = "delete the magic value and rotate what it protected; verify credentials against a stored hash (argon2, bcrypt) and give support staff their own audited accounts";

/// Only shipped code is reported, and every finding compares a value named as a
/// credential with a non-blank string literal. The comparison (`==`, `!=`, a
/// comparing method, a constant-time call, a `match` arm's `=>`) and the words
/// naming the credential are written in the literal's statement or before the
/// brace of its level (a `match` scrutinee, the receiver of a closure's method)
/// ([`crate::statements`]).
pub fn may_report(cx: &Context<'_>) -> bool {
    if !cx.may_ship() || !may_name_credential(cx.name_words()) {
        return false;
    }
    let mut non_blank = cx
        .indexed_code_literals()
        .filter(|(_, literal)| !literal.value.trim().is_empty());
    let Some(statements) = cx.statements() else {
        return non_blank.next().is_some();
    };
    let mut judged = HashSet::new();
    non_blank.any(|(index, _)| {
        let surroundings = statements.of(index);
        judged.insert(surroundings) && may_compare_credential(cx, statements, surroundings)
    })
}

/// Methods [`Finder::comparisons`] reads as comparing their receiver with their argument.
const COMPARING_METHODS: &[&str] = &[
    "eq",
    "ne",
    "eq_ignore_ascii_case",
    "starts_with",
    "ends_with",
    "contains",
    "ct_eq",
];

/// Whether the statements around a literal may compare a credential with it.
fn may_compare_credential(
    cx: &Context<'_>,
    statements: &Statements,
    surroundings: Surroundings,
) -> bool {
    let ranges: Vec<std::ops::Range<usize>> = statements.ranges(surroundings).collect();
    let names: Vec<&str> = ranges.iter().flat_map(|r| cx.words_in(r.clone())).collect();
    let mut name_words = Vec::new();
    for name in &names {
        split_words(name, &mut name_words);
    }
    let compares = ranges.iter().any(|range| {
        let text = &cx.source.text[range.clone()];
        ["==", "!=", "=>"]
            .iter()
            .any(|operator| text.contains(operator))
    }) || names.iter().any(|name| COMPARING_METHODS.contains(name))
        || name_words
            .iter()
            .any(|word| word == "constant" || word == "eq");
    if !compares {
        return false;
    }
    for range in &ranges {
        for literal in cx.literals_in(range.clone()) {
            split_words(&literal.value, &mut name_words);
        }
    }
    may_name_credential(&name_words.into_iter().collect())
}

pub fn check(cx: &mut Context<'_>) {
    if cx.syntax().is_none() {
        return;
    }
    let gates = cx.build_gates();
    let mut found = Vec::new();
    for body in cx.fn_bodies().iter() {
        let mut finder = Finder {
            fn_decides_access: decides_access(&words(&body.sig.ident.to_string())),
            found: &mut found,
        };
        finder.visit_block(body.block);
        if finder.fn_decides_access
            && let Some(syn::Stmt::Expr(tail, None)) = body.block.stmts.last()
        {
            finder.answer(tail);
        }
    }
    found.sort_by_key(|c: &Comparison| c.range);
    found.dedup_by_key(|c| c.range);
    for comparison in found {
        let diagnostic = Diagnostic::new(
            &RULE,
            comparison.range,
            format!(
                "the {} is compared with the hardcoded value `{}` and a match grants access; anyone who reads the code or the binary can use it",
                comparison.credential,
                redact_secret(&comparison.value)
            ),
        )
        .with_secret(comparison.literal)
        .with_help(HELP);
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

/// A credential compared with a literal.
struct Comparison {
    range: TextRange,
    literal: TextRange,
    value: String,
    /// The credential word shown in the message (`password`, `token`, …).
    credential: String,
    /// True for `!=`: the access-granting path is the one where it does *not* differ.
    negated: bool,
}

struct Finder<'f> {
    fn_decides_access: bool,
    found: &'f mut Vec<Comparison>,
}

impl Finder<'_> {
    /// Comparisons anywhere in a condition, looking through `||`, `&&`, `!`,
    /// parentheses and closures (`headers.get("x-key").map_or(false, |v| v == "..")`).
    fn comparisons(expr: &syn::Expr, context: &[String], out: &mut Vec<Comparison>) {
        match strip(expr) {
            syn::Expr::Binary(b) => match b.op {
                syn::BinOp::Eq(_) | syn::BinOp::Ne(_) => {
                    let negated = matches!(b.op, syn::BinOp::Ne(_));
                    let pair = match (string_literal(&b.left), string_literal(&b.right)) {
                        (None, Some(lit)) => Some((lit, &*b.left)),
                        (Some(lit), None) => Some((lit, &*b.right)),
                        _ => None,
                    };
                    if let Some((literal, subject)) = pair {
                        Self::consider(range_of(b), literal, subject, context, negated, out);
                    }
                }
                _ => {
                    Self::comparisons(&b.left, context, out);
                    Self::comparisons(&b.right, context, out);
                }
            },
            syn::Expr::Unary(u) => Self::comparisons(&u.expr, context, out),
            syn::Expr::MethodCall(call) => {
                let method = call.method.to_string();
                let compares = matches!(
                    method.as_str(),
                    "eq" | "ne"
                        | "eq_ignore_ascii_case"
                        | "starts_with"
                        | "ends_with"
                        | "contains"
                        | "ct_eq"
                );
                if compares
                    && call.args.len() == 1
                    && let Some(literal) = string_literal(&call.args[0])
                {
                    Self::consider(
                        range_of(call),
                        literal,
                        &call.receiver,
                        context,
                        method == "ne",
                        out,
                    );
                }
                let mut inner_context = context.to_vec();
                inner_context.extend(words_of(&call.receiver));
                // `credential.source.as_ref().is_some_and(|s| s != "$external")`: the
                // closure compares a field that is not the secret.
                let closure_reads_other_field = read_field(&call.receiver)
                    .is_some_and(|field| !names_credential(&words(&field)));
                for arg in &call.args {
                    if let syn::Expr::Closure(closure) = strip(arg)
                        && !closure_reads_other_field
                    {
                        Self::comparisons(&closure.body, &inner_context, out);
                    }
                }
                Self::comparisons(&call.receiver, context, out);
            }
            syn::Expr::Call(call) => {
                let callee = words_of(&call.func);
                let constant_time = callee.iter().any(|w| w == "constant" || w == "eq");
                if constant_time && call.args.len() == 2 {
                    let pair = match (string_literal(&call.args[0]), string_literal(&call.args[1]))
                    {
                        (None, Some(lit)) => Some((lit, &call.args[0])),
                        (Some(lit), None) => Some((lit, &call.args[1])),
                        _ => None,
                    };
                    if let Some((literal, subject)) = pair {
                        Self::consider(range_of(call), literal, subject, context, false, out);
                    }
                }
            }
            _ => {}
        }
    }

    fn consider(
        range: TextRange,
        (value, literal): (String, TextRange),
        subject: &syn::Expr,
        context: &[String],
        negated: bool,
        out: &mut Vec<Comparison>,
    ) {
        if value.trim().is_empty() {
            return;
        }
        let mut subject_words = words_of(subject);
        // A named literal inside the subject (a header name) describes it; the
        // compared literal does not.
        subject_words.extend(context.iter().cloned());
        let reads_other_field =
            read_field(subject).is_some_and(|field| !names_credential(&words(&field)));
        if !names_credential(&subject_words) || reads_other_field || leaves_to_bypass_check(subject)
        {
            return;
        }
        let credential = subject_words
            .iter()
            .find(|w| names_credential(std::slice::from_ref(w)))
            .cloned()
            .unwrap_or_else(|| "credential".to_owned());
        out.push(Comparison {
            range,
            literal,
            value,
            credential,
            negated,
        });
    }

    /// A condition's comparisons are reported when the branch grants access, or when
    /// they sit next to a real verifier with `||`.
    fn condition(&mut self, cond: &syn::Expr, granted: &syn::Block, otherwise: Option<&syn::Expr>) {
        let mut comparisons = Vec::new();
        Self::comparisons(cond, &[], &mut comparisons);
        if comparisons.is_empty() || conjoined_with_verifier(cond) {
            return;
        }
        let alongside_verifier = has_verifier_alternative(cond);
        for comparison in comparisons {
            let report = alongside_verifier
                || if comparison.negated {
                    // `if pin != "0000" { return verify(pin) } true`: only a
                    // mismatch reaches the real check or the refusal.
                    denies(&granted.stmts)
                        || names_verifier(
                            &granted.stmts.iter().flat_map(words_of).collect::<Vec<_>>(),
                        )
                        || otherwise.is_some_and(|e| grants_expr(e, self.fn_decides_access))
                } else {
                    grants(&granted.stmts, self.fn_decides_access)
                };
            if report {
                self.found.push(comparison);
            }
        }
    }

    /// The answer of an access-deciding function (`fn check_pin(pin) -> bool { pin == ".." }`).
    fn answer(&mut self, expr: &syn::Expr) {
        let mut comparisons = Vec::new();
        Self::comparisons(expr, &[], &mut comparisons);
        if conjoined_with_verifier(expr) {
            return;
        }
        self.found
            .extend(comparisons.into_iter().filter(|c| !c.negated));
    }
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_expr_if(&mut self, expr: &'ast syn::ExprIf) {
        self.condition(
            &expr.cond,
            &expr.then_branch,
            expr.else_branch.as_ref().map(|(_, e)| &**e),
        );
        syn::visit::visit_expr_if(self, expr);
    }

    fn visit_expr_match(&mut self, expr: &'ast syn::ExprMatch) {
        let scrutinee = words_of(&expr.expr);
        if names_credential(&scrutinee) && !leaves_to_bypass_check(&expr.expr) {
            for arm in &expr.arms {
                let mut literals = Vec::new();
                arm_literals(&arm.pat, &mut literals);
                if !literals.is_empty() && grants_expr(&arm.body, self.fn_decides_access) {
                    for (value, literal) in literals {
                        self.found.push(Comparison {
                            range: literal,
                            literal,
                            value,
                            credential: scrutinee
                                .iter()
                                .find(|w| names_credential(std::slice::from_ref(w)))
                                .cloned()
                                .unwrap_or_default(),
                            negated: false,
                        });
                    }
                }
            }
        }
        syn::visit::visit_expr_match(self, expr);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        // `let is_admin = user == "support";`
        if let Some(init) = &local.init {
            let binding = words_of(&local.pat);
            if names_grant(&binding) || binding.iter().any(|w| w == "valid" || w == "ok") {
                let mut comparisons = Vec::new();
                Self::comparisons(&init.expr, &[], &mut comparisons);
                if !conjoined_with_verifier(&init.expr) {
                    self.found
                        .extend(comparisons.into_iter().filter(|c| !c.negated));
                }
            }
        }
        syn::visit::visit_local(self, local);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}

/// The field a compared value is read from, through calls that only adapt the value
/// (`credential.source.as_deref().unwrap_or("$external")` reads `source`). A field of
/// a credential object (its source, kind or scheme) is not the secret itself.
fn read_field(subject: &syn::Expr) -> Option<String> {
    const ADAPTERS: &[&str] = &[
        "as_deref",
        "as_ref",
        "as_str",
        "as_bytes",
        "unwrap",
        "unwrap_or",
        "unwrap_or_default",
        "trim",
        "to_string",
        "to_owned",
        "to_lowercase",
        "to_ascii_lowercase",
        "clone",
    ];
    let mut current = strip(subject);
    loop {
        match current {
            syn::Expr::MethodCall(call) if ADAPTERS.contains(&call.method.to_string().as_str()) => {
                current = strip(&call.receiver);
            }
            syn::Expr::Field(field) => {
                return match &field.member {
                    syn::Member::Named(name) => Some(name.to_string()),
                    syn::Member::Unnamed(_) => None,
                };
            }
            _ => return None,
        }
    }
}

fn arm_literals(pat: &syn::Pat, out: &mut Vec<(String, TextRange)>) {
    match pat {
        syn::Pat::Lit(lit) => {
            if let syn::Lit::Str(s) = &lit.lit
                && !s.value().is_empty()
            {
                out.push((s.value(), range_of(s)));
            }
        }
        syn::Pat::Or(or) => or.cases.iter().for_each(|c| arm_literals(c, out)),
        syn::Pat::TupleStruct(t) => t.elems.iter().for_each(|c| arm_literals(c, out)),
        syn::Pat::Reference(r) => arm_literals(&r.pat, out),
        _ => {}
    }
}

/// Magic values read from env vars, launch arguments or debug headers are
/// bypass switches; `debug-entry/auth-bypass-switch` reports those.
fn leaves_to_bypass_check(subject: &syn::Expr) -> bool {
    let mut current = strip(subject);
    loop {
        if let Some(source) = switch_source(current, &[]) {
            let debug_header = matches!(source, SwitchSource::Header(_) | SwitchSource::Cookie(_))
                && names_debug_switch(&switch_words(&source));
            if matches!(
                source,
                SwitchSource::EnvVar(_) | SwitchSource::LaunchArgument(_)
            ) || debug_header
            {
                return true;
            }
        }
        match current {
            syn::Expr::MethodCall(call) => current = strip(&call.receiver),
            _ => return false,
        }
    }
}

/// `verify(..) && user == "admin"`: the literal narrows a real check, it does not replace it.
fn conjoined_with_verifier(cond: &syn::Expr) -> bool {
    match strip(cond) {
        syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            is_verifier_call(&b.left)
                || is_verifier_call(&b.right)
                || conjoined_with_verifier(&b.left)
                || conjoined_with_verifier(&b.right)
        }
        _ => false,
    }
}

/// `verify_password(..) || password == "letmein"`.
fn has_verifier_alternative(cond: &syn::Expr) -> bool {
    match strip(cond) {
        syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::Or(_)) => {
            is_verifier_call(&b.left)
                || is_verifier_call(&b.right)
                || has_verifier_alternative(&b.left)
                || has_verifier_alternative(&b.right)
        }
        _ => false,
    }
}

fn is_verifier_call(expr: &syn::Expr) -> bool {
    match strip(expr) {
        syn::Expr::Call(call) => names_verifier(&words_of(&call.func)),
        syn::Expr::MethodCall(call) => {
            names_verifier(&crate::syn_helpers::words(&call.method.to_string()))
                || is_verifier_call(&call.receiver)
        }
        syn::Expr::Unary(u) => is_verifier_call(&u.expr),
        _ => false,
    }
}

/// Whether statements run when the magic value matches let the caller in.
fn grants(stmts: &[syn::Stmt], fn_decides_access: bool) -> bool {
    let words: Vec<String> = stmts.iter().flat_map(words_of).collect();
    if names_denial(&words) {
        return false;
    }
    let returns_true = stmts.iter().any(|s| {
        let text = quote::ToTokens::to_token_stream(s)
            .to_string()
            .replace(' ', "");
        text.starts_with("returntrue") || text == "true" || text.starts_with("returnOk(")
    });
    names_grant(&words) || (fn_decides_access && returns_true)
}

fn grants_expr(expr: &syn::Expr, fn_decides_access: bool) -> bool {
    match strip(expr) {
        syn::Expr::Block(b) => grants(&b.block.stmts, fn_decides_access),
        other => grants(&[syn::Stmt::Expr(other.clone(), None)], fn_decides_access),
    }
}

/// A branch that turns the caller away (`return Err(..)`, `return false`).
fn denies(stmts: &[syn::Stmt]) -> bool {
    let words: Vec<String> = stmts.iter().flat_map(words_of).collect();
    let returns_false = stmts.iter().any(|s| {
        let text = quote::ToTokens::to_token_stream(s)
            .to_string()
            .replace(' ', "");
        text.starts_with("returnfalse") || text == "false"
    });
    names_denial(&words) || returns_false
}

/// `verify_login`, `require_auth`, or a predicate like `is_support_user`/`can_impersonate`.
fn decides_access(name: &[String]) -> bool {
    let predicate = name
        .first()
        .is_some_and(|w| matches!(w.as_str(), "is" | "has" | "can"));
    names_access_decision(name) || (predicate && (names_grant(name) || names_debug_switch(name)))
}
