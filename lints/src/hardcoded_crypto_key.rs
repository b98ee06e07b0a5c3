//! `credentials/hardcoded-crypto-key`, across modules: a key constructor whose key
//! argument the compiler can trace to constant bytes — a literal, a `const` or
//! `static` in any module, or a helper function that returns one.
//!
//! Like trustlint's syntactic check, the finding points at the bytes (so the two
//! tiers agree on the place and the secret is the range that gets redacted); every
//! constructor that uses them is a note.

use clippy_utils::diagnostics::span_lint_hir_and_then;
use dylint_linting::{declare_lint, impl_lint_pass};
use rustc_ast::LitKind;
use rustc_data_structures::fx::FxIndexMap;
use rustc_hir::def::{DefKind, Res};
use rustc_hir::def_id::DefId;
use rustc_hir::{Expr, ExprKind, HirId};
use rustc_lint::{LateContext, LateLintPass};
use rustc_middle::ty::TypeckResults;
use rustc_span::Span;

declare_lint! {
    /// Maps to trustlint's `credentials/hardcoded-crypto-key`.
    pub HARDCODED_CRYPTO_KEY,
    Warn,
    "an encryption or MAC key is constant bytes compiled into the binary"
}

/// Constant key bytes found so far, by the expression that writes them, with the
/// constructors that use them; reported once per bytes when the crate is done.
#[derive(Default)]
pub struct HardcodedCryptoKey {
    keys: FxIndexMap<HirId, KeyBytes>,
}

struct KeyBytes {
    span: Span,
    /// (constructor path, call span).
    uses: Vec<(String, Span)>,
}

impl_lint_pass!(HardcodedCryptoKey => [HARDCODED_CRYPTO_KEY]);

/// Key constructors by definition path, with the index of the key argument.
const KEY_CONSTRUCTORS: [(&str, usize); 4] = [
    ("ring::aead::UnboundKey::new", 1),
    ("ring::hmac::Key::new", 1),
    ("openssl::pkey::PKey::<T>::hmac", 0),
    ("openssl::symm::Crypter::new", 2),
];

/// RustCrypto's `KeyInit`/`KeyIvInit` constructors, by name: they are trait methods
/// reached through every cipher type.
const RUSTCRYPTO_CONSTRUCTORS: [&str; 2] = ["new_from_slice", "new_from_slices"];

/// Helper functions followed to find where a key comes from.
const MAX_HELPER_DEPTH: usize = 3;

impl<'tcx> LateLintPass<'tcx> for HardcodedCryptoKey {
    fn check_expr(&mut self, cx: &LateContext<'tcx>, expr: &'tcx Expr<'tcx>) {
        let typeck = cx.typeck_results();
        let (def_id, args): (DefId, &[Expr<'_>]) = match expr.kind {
            ExprKind::Call(callee, args) => match &callee.kind {
                ExprKind::Path(qpath) => match typeck.qpath_res(qpath, callee.hir_id).opt_def_id() {
                    Some(def_id) => (def_id, args),
                    None => return,
                },
                _ => return,
            },
            ExprKind::MethodCall(_, _, args, _) => match typeck.type_dependent_def_id(expr.hir_id) {
                Some(def_id) => (def_id, args),
                None => return,
            },
            _ => return,
        };
        if def_id.is_local() {
            return;
        }
        let path = cx.tcx.def_path_str(def_id);
        let name = cx.tcx.item_name(def_id);
        let key_index = if RUSTCRYPTO_CONSTRUCTORS.contains(&name.as_str()) {
            Some(0)
        } else {
            KEY_CONSTRUCTORS.iter().find(|(p, _)| *p == path).map(|(_, index)| *index)
        };
        let Some(key) = key_index.and_then(|index| args.get(index)) else {
            return;
        };
        if let Some(bytes) = constant_bytes(cx, typeck, key, 0) {
            self.keys
                .entry(bytes.hir_id)
                .or_insert_with(|| KeyBytes {
                    span: bytes.span,
                    uses: Vec::new(),
                })
                .uses
                .push((path, expr.span));
        }
    }

    fn check_crate_post(&mut self, cx: &LateContext<'tcx>) {
        for (&hir_id, key) in &self.keys {
            span_lint_hir_and_then(
                cx,
                HARDCODED_CRYPTO_KEY,
                hir_id,
                key.span,
                "constant bytes compiled into the binary are used as a cryptographic key",
                |diag| {
                    for (path, call) in &key.uses {
                        diag.span_note(*call, format!("`{path}` uses them as its key here"));
                    }
                    diag.help("load the key at run time from a key store, the keychain or a secret manager");
                },
            );
        }
    }
}

/// The expression that writes the bytes `expr` evaluates to, when they are fixed at
/// compile time: a literal, an array of literals, or (for a constant of another
/// crate) the path that names it.
fn constant_bytes<'tcx>(
    cx: &LateContext<'tcx>,
    typeck: &'tcx TypeckResults<'tcx>,
    expr: &'tcx Expr<'tcx>,
    depth: usize,
) -> Option<&'tcx Expr<'tcx>> {
    match expr.kind {
        ExprKind::Lit(lit) => matches!(lit.node, LitKind::ByteStr(..) | LitKind::Str(..)).then_some(expr),
        ExprKind::Array(items) => {
            (!items.is_empty() && items.iter().all(|item| matches!(item.kind, ExprKind::Lit(_)))).then_some(expr)
        }
        ExprKind::Repeat(item, _) => matches!(item.kind, ExprKind::Lit(_)).then_some(expr),
        ExprKind::AddrOf(_, _, inner) | ExprKind::Cast(inner, _) | ExprKind::DropTemps(inner) => {
            constant_bytes(cx, typeck, inner, depth)
        }
        ExprKind::Block(block, _) => block.expr.and_then(|value| constant_bytes(cx, typeck, value, depth)),
        // `KEY.as_bytes()`, `SECRET.as_ref()`, `Key::from_slice(KEY)`.
        ExprKind::MethodCall(segment, receiver, [], _)
            if matches!(segment.ident.name.as_str(), "as_bytes" | "as_ref" | "to_vec" | "as_slice" | "into") =>
        {
            constant_bytes(cx, typeck, receiver, depth)
        }
        ExprKind::Path(ref qpath) => match typeck.qpath_res(qpath, expr.hir_id) {
            Res::Def(DefKind::Const | DefKind::Static { .. }, def_id) => match def_id.as_local() {
                Some(local) => {
                    let body = cx.tcx.hir_body_owned_by(local);
                    constant_bytes(cx, cx.tcx.typeck(local), body.value, depth)
                }
                None => Some(expr),
            },
            _ => None,
        },
        ExprKind::Call(callee, args) => {
            let ExprKind::Path(ref qpath) = callee.kind else {
                return None;
            };
            let def_id = typeck.qpath_res(qpath, callee.hir_id).opt_def_id()?;
            let name = cx.tcx.item_name(def_id);
            if name.as_str() == "from_slice" || name.as_str() == "from" {
                return args.first().and_then(|arg| constant_bytes(cx, typeck, arg, depth));
            }
            // A helper in this crate that returns constant bytes.
            match def_id.as_local() {
                Some(local)
                    if args.is_empty()
                        && depth < MAX_HELPER_DEPTH
                        && matches!(cx.tcx.def_kind(local), DefKind::Fn | DefKind::AssocFn) =>
                {
                    let body = cx.tcx.hir_body_owned_by(local);
                    constant_bytes(cx, cx.tcx.typeck(local), body.value, depth + 1)
                }
                _ => None,
            }
        }
        _ => None,
    }
}
