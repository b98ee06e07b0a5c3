//! Authentication, licence and signature checks skipped by a switch from outside
//! the code: an environment variable, a launch argument, a hidden header or
//! cookie, or a config flag named like `skip_auth`. The finding points at the
//! condition that reads the switch.

use crate::access_words::{
    SwitchSource, may_name_debug_switch_or_blanket_grant, may_name_grant_or_decision,
    may_name_skipped_check, names_access_decision, names_blanket_grant, names_debug_switch,
    names_denial, names_grant, names_skipped_check, switch_source, switch_words,
};
use crate::build_gates::{gate, is_cfg_debug_check};
use crate::syn_helpers::{
    pattern_bindings, range_of, strip, words, words as words_of_text, words_of,
};
use crate::{Context, StringLiteral};
use syn::visit::Visit;
use trustlint_core::rules::debug_entry::auth_bypass_switch::RULE;
use trustlint_core::{Diagnostic, RuleMeta, Severity};

pub static RULES: &[&RuleMeta] = &[&RULE];

/// Words naming the clock (a date trigger compares it with a fixed date) and a build
/// (a build trigger compares it with a literal), in [`hardcoded_trigger`] and the gate.
const DATE_WORDS: &[&str] = &["now", "today"];
const BUILD_WORDS: &[&str] = &["build", "revision", "commit", "version"];

const HELP: &str = "remove the switch; tests authenticate with test credentials behind #[cfg(test)], and local development uses a real local account";

/// Only shipped code is reported, and every finding is the condition of an `if`
/// ([`if_conditions`]) that holds what it reports: a hard-coded date or build
/// ([`hardcoded_trigger`]), whose branch grants access or says it skips a check,
/// or a switch whose name, written in the condition, says it skips a check, or,
/// where the branch grants access, is debug-like and read from outside (the
/// literal naming an env var, header, cookie or launch argument) or also names a
/// bypass or backdoor (a flag, field or method), or is a blanket grant read from
/// outside. Whether branches may grant is judged from the file's words.
pub fn may_report(cx: &Context<'_>) -> bool {
    if !cx.may_ship() {
        return false;
    }
    let words = cx.name_words();
    let has_any = |vocabulary: &[&str]| vocabulary.iter().any(|word| words.contains(*word));
    let grants = may_name_grant_or_decision(words);
    let names_skip = may_name_skipped_check(words);
    let branch_may_skip = grants || names_skip;
    // Most files rule every kind of finding out by their words alone.
    let may_trigger = branch_may_skip && (has_any(DATE_WORDS) || has_any(BUILD_WORDS));
    if !(may_trigger || names_skip || (grants && may_name_debug_switch_or_blanket_grant(words))) {
        return false;
    }
    let text = cx.source.text;
    if_conditions(text).any(|condition| {
        let flags = cx.words_in(condition.clone());
        let literals = cx.literals_in(condition.clone());
        let flag_says = |name: &&str| {
            let name_words = words_of_text(name);
            names_skipped_check(&name_words)
                || (grants
                    && names_debug_switch(&name_words)
                    && name_words.iter().any(|w| w == "bypass" || w == "backdoor"))
        };
        let outside_says = |literal: &StringLiteral| {
            let name_words = words_of_text(&literal.value);
            names_skipped_check(&name_words)
                || (grants && (names_debug_switch(&name_words) || names_blanket_grant(&name_words)))
        };
        (may_trigger && may_hold_trigger(&text[condition.clone()], &flags, literals))
            || flags.iter().any(flag_says)
            || literals.iter().any(outside_says)
    })
}

/// The text of every `if` condition, from the keyword to the `{` of its branch,
/// and of a few more runs of text, since a comment's "if" counts too (a window
/// too many only costs a look). A condition's braces are inside parentheses or
/// brackets (closures passed to calls); a `;` or `}` outside them ends the text,
/// as no condition holds one.
fn if_conditions(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let is_word_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    text.match_indices("if").filter_map(move |(at, _)| {
        let glued =
            (at > 0 && is_word_byte(&bytes[at - 1])) || bytes.get(at + 2).is_some_and(is_word_byte);
        if glued {
            return None;
        }
        let mut depth = 0i32;
        let end = bytes[at + 2..]
            .iter()
            .position(|byte| {
                match byte {
                    b'(' | b'[' => depth += 1,
                    b')' | b']' => depth -= 1,
                    b'{' | b';' | b'}' => return depth <= 0,
                    _ => {}
                }
                false
            })
            .map_or(text.len(), |offset| at + 2 + offset);
        Some(at + 2..end)
    })
}

/// Whether a condition may hold a hard-coded trigger ([`hardcoded_trigger`]): a
/// comparison with a date or build word among its names, and for a build, an
/// `==` or `!=` and something a literal starts with (a digit, a quote, `true` or
/// `false`). Builder calls (`.build()`) and version fields rarely sit in one.
fn may_hold_trigger(condition: &str, names: &[&str], literals: &[StringLiteral]) -> bool {
    let has_word = |vocabulary: &[&str]| {
        names
            .iter()
            .copied()
            .chain(literals.iter().map(|literal| literal.value.as_str()))
            .any(|name| {
                words_of_text(name)
                    .iter()
                    .any(|w| vocabulary.contains(&w.as_str()))
            })
    };
    let equality = condition.contains("==") || condition.contains("!=");
    let dated = has_word(DATE_WORDS) && (equality || condition.contains(['<', '>']));
    let built = has_word(BUILD_WORDS)
        && equality
        && (condition.contains(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
            || condition.contains("true")
            || condition.contains("false"));
    dated || built
}

pub fn check(cx: &mut Context<'_>) {
    if cx.syntax().is_none() {
        return;
    }
    let gates = cx.build_gates();
    let reads_launch_arguments = may_read_launch_arguments(cx);
    let mut found = Vec::new();
    for body in cx.fn_bodies().iter() {
        let mut finder = Finder {
            fn_decides_access: names_access_decision(&words(&body.sig.ident.to_string())),
            reads_launch_arguments,
            argument_lists: Vec::new(),
            found: &mut found,
        };
        finder.visit_block(body.block);
    }
    found.sort_by_key(|d: &Diagnostic| d.range);
    found.dedup_by_key(|d| d.range);
    for diagnostic in found {
        if let Some(diagnostic) = gate(&gates, diagnostic) {
            cx.report(diagnostic);
        }
    }
}

/// Whether the words `env` and `args` both occur in the file, as they do in any
/// expression reading the launch arguments (`env::args()`, `std::env::args_os()`
/// has them as words too); the words of an expression come from its identifiers
/// and its string literals.
fn may_read_launch_arguments(cx: &Context<'_>) -> bool {
    let mentions = cx.mentions();
    let in_text = |word| mentions.has_part_ignoring_case(word);
    let in_literals = |word| {
        cx.literals
            .iter()
            .any(|literal| literal.value.to_lowercase().contains(word))
    };
    mentions.has_non_ascii_identifier()
        || ((in_text("env") || in_literals("env")) && (in_text("args") || in_literals("args")))
}

struct Finder<'f> {
    fn_decides_access: bool,
    /// Whether the file may read launch arguments into locals at all; finding the
    /// locals that do reads every initializer's words.
    reads_launch_arguments: bool,
    /// Locals holding the launch arguments (`let args: Vec<String> = env::args().collect()`).
    argument_lists: Vec<String>,
    found: &'f mut Vec<Diagnostic>,
}

impl Finder<'_> {
    /// Every switch a condition reads, through `||`, `&&`, `!`, comparisons and method chains.
    fn switches(&self, expr: &syn::Expr, out: &mut Vec<SwitchSource>) {
        let expr = strip(expr);
        if let Some(source) = switch_source(expr, &self.argument_lists) {
            out.push(source);
            return;
        }
        match expr {
            syn::Expr::Binary(b) => {
                // `scheme_id == &NO_AUTH_SCHEME_ID`: a constant is what a value is
                // compared with, not a switch anyone sets.
                let compares = matches!(b.op, syn::BinOp::Eq(_) | syn::BinOp::Ne(_));
                for side in [&b.left, &b.right] {
                    if !(compares && is_constant(side)) {
                        self.switches(side, out);
                    }
                }
            }
            syn::Expr::Unary(u) => self.switches(&u.expr, out),
            // `if disable_session_auth.is_none() { read the default }`: the branch runs
            // when the setting is absent, so it supplies a default rather than
            // honouring a switch. Outside switches (`env::var(..).is_none()`) still count.
            syn::Expr::MethodCall(call)
                if call.method == "is_none"
                    && matches!(
                        switch_source(&call.receiver, &self.argument_lists),
                        Some(SwitchSource::Flag(_))
                    ) => {}
            syn::Expr::MethodCall(call) => {
                self.switches(&call.receiver, out);
                // `config.skip_auth()` names the flag in the method.
                if call.args.is_empty() && names_skipped_check(&words(&call.method.to_string())) {
                    out.push(SwitchSource::Flag(call.method.to_string()));
                }
            }
            syn::Expr::Let(l) => self.switches(&l.expr, out),
            _ => {}
        }
    }

    fn condition(&mut self, cond: &syn::Expr, then_branch: &syn::Block, negated: bool) {
        let mut sources = Vec::new();
        self.switches(cond, &mut sources);
        let trigger = if negated {
            None
        } else {
            hardcoded_trigger(cond)
        };
        // The branch's words cost a walk of its tokens; only a hard-coded trigger, a
        // debug-named switch or an outside switch naming a blanket grant
        // (`TRUST_ALL`, `--unlock-all`) asks what the branch does.
        let switch_needs_branch = !negated
            && sources.iter().any(|source| {
                let name_words = switch_words(source);
                names_debug_switch(&name_words)
                    || (!matches!(source, SwitchSource::Flag(_))
                        && names_blanket_grant(&name_words))
            });
        let branch = (trigger.is_some() || switch_needs_branch).then(|| {
            let words: Vec<String> = then_branch.stmts.iter().flat_map(words_of).collect();
            let skips = !names_denial(&words)
                && (names_grant(&words)
                    || (self.fn_decides_access && returns_early_ok(then_branch)));
            (words, skips)
        });
        let branch_skips = branch.as_ref().is_some_and(|(_, skips)| *skips);
        if let (Some(trigger), Some((branch_words, _))) = (&trigger, &branch)
            && !names_denial(branch_words)
            && (branch_skips || names_skipped_check(branch_words))
        {
            self.found
                .push(Diagnostic::new(&RULE, range_of(cond), trigger.message()).with_help(HELP));
            return;
        }
        // `if tls_config.disable_verification { builder.danger_accept_invalid_certs(true) }`
        // skips certificate checks, which tls-verification-disabled reports at the call.
        let mut configures_tls = None;
        for source in sources {
            let name_words = switch_words(&source);
            if names_tls_check(&name_words)
                && *configures_tls.get_or_insert_with(|| configures_tls_verification(then_branch))
            {
                continue;
            }
            let from_outside = !matches!(source, SwitchSource::Flag(_));
            let reported = names_skipped_check(&name_words)
                || (!negated
                    && branch_skips
                    && ((names_debug_switch(&name_words)
                        && (from_outside
                            || names_skipped_check(&name_words)
                            || name_words.iter().any(|w| w == "bypass" || w == "backdoor")))
                        || (from_outside && names_blanket_grant(&name_words))));
            if reported {
                let mut diagnostic = Diagnostic::new(
                    &RULE,
                    range_of(cond),
                    format!(
                        "access checks are skipped when {} says so; {} gets in without credentials",
                        source.describe(),
                        source.controlled_by()
                    ),
                )
                .with_help(HELP);
                if is_cfg_debug_check(cond) {
                    diagnostic = diagnostic.with_severity(Severity::Low);
                    diagnostic.message.push_str("; `cfg!(debug_assertions)` is still compiled into release builds, gate it with #[cfg(debug_assertions)] or remove it");
                }
                self.found.push(diagnostic);
                return;
            }
        }
    }
}

/// `NO_AUTH_SCHEME_ID`, `auth::ANONYMOUS`: a path to an upper-case constant.
fn is_constant(expr: &syn::Expr) -> bool {
    matches!(strip(expr), syn::Expr::Path(p)
        if p.path.segments.last().is_some_and(|s| is_constant_name(&s.ident.to_string())))
}

/// `TRIAL_END`, `NO_AUTH_SCHEME_ID`: Rust's naming for constants and statics.
fn is_constant_name(name: &str) -> bool {
    name.chars().any(|c| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// A switch name about certificate or TLS verification (`disable_verification`,
/// `insecure_tls`, `accept_invalid_certs`).
fn names_tls_check(name_words: &[String]) -> bool {
    name_words.iter().any(|w| {
        matches!(
            w.as_str(),
            "verification"
                | "verify"
                | "insecure"
                | "tls"
                | "ssl"
                | "cert"
                | "certs"
                | "certificate"
                | "certificates"
        )
    })
}

/// Whether a branch sets up TLS verification: it names certificates, hostnames or
/// a certificate verifier (`danger_accept_invalid_certs`, `with_custom_certificate_verifier`).
fn configures_tls_verification(branch: &syn::Block) -> bool {
    branch.stmts.iter().flat_map(words_of).any(|w| {
        matches!(
            w.as_str(),
            "cert"
                | "certs"
                | "certificate"
                | "certificates"
                | "hostname"
                | "hostnames"
                | "verifier"
        )
    })
}

/// A switch built into the code instead of read from outside.
enum HardcodedTrigger {
    /// `Utc::now() < DEADLINE`, `SystemTime::now() < UNIX_EPOCH + Duration::from_secs(..)`.
    Date,
    /// `BUILD_NUMBER == 1234`, `build_info::COMMIT == "4f2a9c1"`.
    Build,
}

impl HardcodedTrigger {
    fn message(&self) -> String {
        match self {
            HardcodedTrigger::Date => "access checks are skipped depending on a hard-coded date; until (or after) then everyone gets in without credentials, and whoever sets the machine's clock chooses".to_owned(),
            HardcodedTrigger::Build => "access checks are skipped for a hard-coded build number or version; every copy of that build lets anyone in without credentials".to_owned(),
        }
    }
}

/// A comparison of the clock with a literal date, or of a build number with a literal.
fn hardcoded_trigger(cond: &syn::Expr) -> Option<HardcodedTrigger> {
    match strip(cond) {
        syn::Expr::Binary(b) => {
            use syn::BinOp::{And, Eq, Ge, Gt, Le, Lt, Ne, Or};
            match b.op {
                And(_) | Or(_) => {
                    hardcoded_trigger(&b.left).or_else(|| hardcoded_trigger(&b.right))
                }
                Lt(_) | Le(_) | Gt(_) | Ge(_) | Eq(_) | Ne(_) => {
                    let ordering = !matches!(b.op, Eq(_) | Ne(_));
                    [(&b.left, &b.right), (&b.right, &b.left)]
                        .into_iter()
                        .find_map(|(subject, value)| {
                            let subject_words = words_of(subject);
                            if !is_literal_value(value) {
                                return None;
                            }
                            if subject_words
                                .iter()
                                .any(|w| DATE_WORDS.contains(&w.as_str()))
                            {
                                return Some(HardcodedTrigger::Date);
                            }
                            let names_build = subject_words
                                .iter()
                                .any(|w| BUILD_WORDS.contains(&w.as_str()));
                            let plain_literal = matches!(strip(value), syn::Expr::Lit(_));
                            (names_build && plain_literal && !ordering)
                                .then_some(HardcodedTrigger::Build)
                        })
                }
                _ => None,
            }
        }
        syn::Expr::Paren(p) => hardcoded_trigger(&p.expr),
        _ => None,
    }
}

/// A value fixed in the source: a literal, a constant (`TRIAL_END`), or a call or
/// method chain on literals (`NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()`,
/// `UNIX_EPOCH + Duration::from_secs(1_767_225_600)`).
fn is_literal_value(expr: &syn::Expr) -> bool {
    fn fixed(expr: &syn::Expr, has_literal: &mut bool) -> bool {
        match strip(expr) {
            syn::Expr::Lit(_) => {
                *has_literal = true;
                true
            }
            syn::Expr::Path(p) => p.path.segments.last().is_some_and(|s| {
                let name = s.ident.to_string();
                if is_constant_name(&name) {
                    *has_literal = true;
                    true
                } else {
                    // A type the chain starts from (`Utc` in `Utc.with_ymd_and_hms(..)`).
                    name.starts_with(|c: char| c.is_ascii_uppercase())
                }
            }),
            syn::Expr::Call(call) => {
                !call.args.is_empty() && call.args.iter().all(|a| fixed(a, has_literal))
            }
            syn::Expr::MethodCall(call) => {
                fixed(&call.receiver, has_literal)
                    && call.args.iter().all(|a| fixed(a, has_literal))
            }
            syn::Expr::Binary(b) => fixed(&b.left, has_literal) && fixed(&b.right, has_literal),
            _ => false,
        }
    }
    let mut has_literal = false;
    fixed(expr, &mut has_literal) && has_literal
}

/// `return Ok(..)`, `return true` or `return next.run(req).await` before the real check.
fn returns_early_ok(block: &syn::Block) -> bool {
    block.stmts.iter().any(|s| {
        let text = quote::ToTokens::to_token_stream(s)
            .to_string()
            .replace(' ', "");
        text.starts_with("returnOk(")
            || text.starts_with("returntrue")
            || text.starts_with("returnnext")
    })
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_local(&mut self, local: &'ast syn::Local) {
        if let Some(init) = &local.init
            && self.reads_launch_arguments
            && words_of(&init.expr)
                .windows(2)
                .any(|w| w[0] == "env" && w[1] == "args")
        {
            pattern_bindings(&local.pat, &mut self.argument_lists);
        }
        syn::visit::visit_local(self, local);
    }

    fn visit_expr_if(&mut self, expr: &'ast syn::ExprIf) {
        let negated =
            matches!(strip(&expr.cond), syn::Expr::Unary(u) if matches!(u.op, syn::UnOp::Not(_)));
        self.condition(&expr.cond, &expr.then_branch, negated);
        syn::visit::visit_expr_if(self, expr);
    }

    fn visit_item(&mut self, _item: &'ast syn::Item) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_conditions_run_from_the_keyword_to_the_branch() {
        let text = "fn verify(req: &Request) -> bool {\n\
            if req.headers().iter().any(|(name, _)| { name == \"x-skip-auth\" }) { return true; }\n\
            if cfg.build == 42 { x } else if !signed(req) { false } else { diff(); true }\n\
            let rows: [u8; 4] = [0; 4];\n\
            }\n";
        let conditions: Vec<&str> = if_conditions(text)
            .map(|range| text[range].trim())
            .collect();
        assert_eq!(
            conditions,
            [
                "req.headers().iter().any(|(name, _)| { name == \"x-skip-auth\" })",
                "cfg.build == 42",
                "!signed(req)",
            ]
        );
    }
}
