//! The values a file binds to names and never changes: `const`, `static` (not
//! `static mut`) and `let` without `mut`. Checks use it to follow a name back to
//! the literal it stands for (`const KEY: [u8; 32] = […]; Aes256Gcm::new(&KEY)`).
//!
//! Scopes are approximated by blocks: a use sees the bindings of the blocks that
//! contain it, the innermost and latest first, so a `let key` in one function never
//! resolves a `key` in another. When the binding that wins is not a constant (a
//! parameter, a `let mut`, a destructuring pattern), the name is not resolved.

use syn::spanned::Spanned;
use syn::visit::Visit;
use trustlint_core::TextRange;

struct Binding<'ast> {
    name: String,
    /// The block (or function, for parameters) the binding is visible in.
    scope: TextRange,
    /// Where the binding is made; items are visible before it, `let`s after.
    at: usize,
    is_item: bool,
    /// The initializer of a constant binding; `None` for every other binding.
    value: Option<&'ast syn::Expr>,
}

pub struct FileConstants<'ast> {
    bindings: Vec<Binding<'ast>>,
}

impl<'ast> FileConstants<'ast> {
    pub fn collect(file: &'ast syn::File) -> FileConstants<'ast> {
        let mut collector = Collector {
            scopes: vec![TextRange::new(0, usize::MAX)],
            bindings: Vec::new(),
        };
        collector.visit_file(file);
        FileConstants {
            bindings: collector.bindings,
        }
    }

    /// The constant value `name` has at byte offset `at`, if the binding in scope
    /// there is a constant.
    pub fn value_at(&self, name: &str, at: usize) -> Option<&'ast syn::Expr> {
        self.bindings
            .iter()
            .filter(|b| {
                b.name == name
                    && b.scope.start <= at
                    && at <= b.scope.end
                    && (b.is_item || b.at <= at)
            })
            .max_by_key(|b| (b.scope.start, b.at))?
            .value
    }
}

struct Collector<'ast> {
    /// Enclosing blocks, innermost last.
    scopes: Vec<TextRange>,
    bindings: Vec<Binding<'ast>>,
}

impl<'ast> Collector<'ast> {
    fn bind(&mut self, name: &syn::Ident, value: Option<&'ast syn::Expr>, is_item: bool) {
        let scope = *self.scopes.last().expect("the file scope is never popped");
        self.bindings.push(Binding {
            name: name.to_string(),
            scope,
            at: crate::span_range(name.span()).start,
            is_item,
            value,
        });
    }

    fn in_scope(&mut self, scope: TextRange, visit: impl FnOnce(&mut Self)) {
        self.scopes.push(scope);
        visit(self);
        self.scopes.pop();
    }
}

/// From `fn` to the closing brace: where a function's parameters are visible.
fn function_scope(signature: &syn::Signature, body: &syn::Block) -> TextRange {
    let start = crate::span_range(signature.fn_token.span).start;
    let end = crate::span_range(body.brace_token.span.close()).end;
    TextRange::new(start, end.max(start))
}

fn simple_immutable_name(pattern: &syn::Pat) -> Option<&syn::Ident> {
    match pattern {
        syn::Pat::Ident(ident) if ident.mutability.is_none() && ident.subpat.is_none() => {
            Some(&ident.ident)
        }
        syn::Pat::Type(typed) => simple_immutable_name(&typed.pat),
        _ => None,
    }
}

impl<'ast> Visit<'ast> for Collector<'ast> {
    fn visit_block(&mut self, block: &'ast syn::Block) {
        // The brace span is O(1); `Spanned::span` would re-tokenise the whole block
        // at every nesting level.
        self.in_scope(crate::span_range(block.brace_token.span.join()), |this| {
            syn::visit::visit_block(this, block)
        });
    }

    fn visit_item_fn(&mut self, function: &'ast syn::ItemFn) {
        // Parameters are visible in the whole function.
        self.in_scope(function_scope(&function.sig, &function.block), |this| {
            syn::visit::visit_item_fn(this, function)
        });
    }

    fn visit_impl_item_fn(&mut self, function: &'ast syn::ImplItemFn) {
        self.in_scope(function_scope(&function.sig, &function.block), |this| {
            syn::visit::visit_impl_item_fn(this, function)
        });
    }

    fn visit_expr_closure(&mut self, closure: &'ast syn::ExprClosure) {
        self.in_scope(crate::span_range(closure.span()), |this| {
            syn::visit::visit_expr_closure(this, closure)
        });
    }

    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        self.bind(&item.ident, Some(&item.expr), true);
        syn::visit::visit_item_const(self, item);
    }

    fn visit_impl_item_const(&mut self, item: &'ast syn::ImplItemConst) {
        self.bind(&item.ident, Some(&item.expr), true);
        syn::visit::visit_impl_item_const(self, item);
    }

    fn visit_item_static(&mut self, item: &'ast syn::ItemStatic) {
        let immutable = matches!(item.mutability, syn::StaticMutability::None);
        self.bind(&item.ident, immutable.then_some(&*item.expr), true);
        syn::visit::visit_item_static(self, item);
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        match (simple_immutable_name(&local.pat), &local.init) {
            (Some(name), Some(init)) if init.diverge.is_none() => {
                self.visit_expr(&init.expr);
                self.bind(name, Some(&init.expr), false);
            }
            _ => syn::visit::visit_local(self, local),
        }
    }

    fn visit_pat_ident(&mut self, pattern: &'ast syn::PatIdent) {
        self.bind(&pattern.ident, None, false);
        syn::visit::visit_pat_ident(self, pattern);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    /// The value of the `name` used at the first occurrence of `use_marker`.
    fn value(source: &str, name: &str, use_marker: &str) -> Option<String> {
        let file: syn::File = syn::parse_str(source).expect("test source parses");
        let constants = FileConstants::collect(&file);
        let at = source.find(use_marker).expect("marker in source");
        constants
            .value_at(name, at)
            .map(|e| e.to_token_stream().to_string())
    }

    #[test]
    fn resolves_constants_and_immutable_lets_in_scope() {
        let source = "fn f() { use_it(KEY); let salt = b\"na\"; use_it(salt); }\nconst KEY: [u8; 2] = [1, 2];";
        assert_eq!(
            value(source, "KEY", "use_it(KEY)").as_deref(),
            Some("[1 , 2]")
        );
        assert_eq!(
            value(source, "salt", "use_it(salt)").as_deref(),
            Some("b\"na\"")
        );
    }

    #[test]
    fn parameters_mut_and_other_functions_do_not_resolve() {
        let source = "fn f() { let key = b\"0123\"; }\nfn g(key: &[u8]) { use_it(key); }\nfn h() { let mut buf = [0u8; 4]; use_it(buf); }";
        assert_eq!(value(source, "key", "use_it(key)"), None);
        assert_eq!(value(source, "buf", "use_it(buf)"), None);
    }
}
