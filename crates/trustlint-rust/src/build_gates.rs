//! Which code ships in a release build. Debug entry points matter only when they
//! are compiled into what users run: code under `#[cfg(test)]`, `#[test]` and
//! `#[cfg(debug_assertions)]` is left out of release builds, `#[cfg(feature = ..)]`
//! code only ships when someone enables the feature, while an
//! `if cfg!(debug_assertions)` branch is compiled in (just never taken).

use crate::syn_helpers::range_of;
use syn::visit::Visit;
use trustlint_core::{Severity, TextRange};

/// How code at some place reaches a release build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReleaseExposure {
    /// Compiled into every build.
    Shipped,
    /// Compiled in, but only taken when `cfg!(debug_assertions)` holds.
    RuntimeDebugCheck,
    /// Not compiled into a default release build (test code, `debug_assertions`,
    /// an opt-in feature).
    Excluded,
}

impl ReleaseExposure {
    /// The severity a finding at this place gets, or `None` when it must not be reported.
    pub fn severity(&self, default: Severity) -> Option<Severity> {
        match self {
            ReleaseExposure::Shipped => Some(default),
            ReleaseExposure::RuntimeDebugCheck => Some(Severity::Low),
            ReleaseExposure::Excluded => None,
        }
    }

    /// A sentence for the message when the code is only guarded at run time.
    pub fn note(&self) -> &'static str {
        match self {
            ReleaseExposure::RuntimeDebugCheck => {
                " It sits behind `cfg!(debug_assertions)`, which is still compiled into release builds; gate it with #[cfg(debug_assertions)] or remove it."
            }
            ReleaseExposure::Shipped | ReleaseExposure::Excluded => "",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gate {
    Excluded,
    RuntimeDebugCheck,
}

/// The gated regions of one file.
#[derive(Debug, Default)]
pub struct BuildGates {
    regions: Vec<(TextRange, Gate)>,
    test_path: bool,
}

impl BuildGates {
    pub fn collect(file: &syn::File, test_path: bool) -> BuildGates {
        let mut collector = GateCollector::default();
        collector.visit_file(file);
        BuildGates {
            regions: collector.regions,
            test_path,
        }
    }

    pub fn exposure(&self, range: TextRange) -> ReleaseExposure {
        if self.test_path {
            return ReleaseExposure::Excluded;
        }
        let mut exposure = ReleaseExposure::Shipped;
        for (region, gate) in &self.regions {
            if region.contains_range(range) {
                match gate {
                    Gate::Excluded => return ReleaseExposure::Excluded,
                    Gate::RuntimeDebugCheck => exposure = ReleaseExposure::RuntimeDebugCheck,
                }
            }
        }
        exposure
    }
}

/// Whether `#[cfg(..)]`-style attributes leave the item out of default release builds.
pub fn attrs_exclude_from_release(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        let path = attr.path();
        if path.is_ident("test") || path.is_ident("bench") {
            return true;
        }
        // `#[tokio::test]`, `#[actix_rt::test]`, `#[rstest::rstest]`-style test attributes.
        let last_is_test = path
            .segments
            .last()
            .is_some_and(|s| s.ident == "test" || s.ident == "rstest");
        if path.segments.len() > 1 && last_is_test {
            return true;
        }
        path.is_ident("cfg")
            && attr
                .meta
                .require_list()
                .is_ok_and(|list| cfg_excludes_release(&list.tokens.to_string()))
    })
}

/// `cfg` predicates that are false in a default release build: `test`,
/// `debug_assertions`, any `feature = ".."`, `all(..)` containing one of them and
/// `any(..)` made only of them. `not(..)` is treated as shipping.
fn cfg_excludes_release(predicate: &str) -> bool {
    let predicate = predicate.replace(' ', "");
    if predicate.starts_with("not(") {
        return false;
    }
    let excluded =
        |part: &str| part == "test" || part == "debug_assertions" || part.starts_with("feature=");
    if let Some(inner) = predicate
        .strip_prefix("any(")
        .and_then(|p| p.strip_suffix(')'))
    {
        return inner.split(',').filter(|p| !p.is_empty()).all(excluded);
    }
    let inner = predicate
        .strip_prefix("all(")
        .and_then(|p| p.strip_suffix(')'))
        .unwrap_or(&predicate);
    inner.split(',').any(excluded)
}

/// Whether an expression is (or starts with `&&`) a `cfg!(debug_assertions)` check.
pub fn is_cfg_debug_check(expr: &syn::Expr) -> bool {
    match expr {
        syn::Expr::Macro(m) => {
            m.mac.path.is_ident("cfg")
                && m.mac.tokens.to_string().replace(' ', "") == "debug_assertions"
        }
        syn::Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
            is_cfg_debug_check(&b.left) || is_cfg_debug_check(&b.right)
        }
        syn::Expr::Paren(p) => is_cfg_debug_check(&p.expr),
        _ => false,
    }
}

#[derive(Default)]
struct GateCollector {
    regions: Vec<(TextRange, Gate)>,
}

impl GateCollector {
    /// Marks `node` as not shipping when its attributes exclude it from release,
    /// and says whether it did. The range is computed only then: a syn span is
    /// rebuilt from the node's tokens, which would make every visited expression
    /// cost its whole subtree.
    fn excludes(&mut self, attrs: &[syn::Attribute], node: &impl syn::spanned::Spanned) -> bool {
        let excluded = attrs_exclude_from_release(attrs);
        if excluded {
            self.regions.push((range_of(node), Gate::Excluded));
        }
        excluded
    }
}

// Nothing inside an excluded node is looked at: whatever it holds, a range
// inside it is excluded already (see `BuildGates::exposure`).
impl<'ast> Visit<'ast> for GateCollector {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs: &[syn::Attribute] = match item {
            syn::Item::Fn(i) => &i.attrs,
            syn::Item::Mod(i) => &i.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Const(i) => &i.attrs,
            syn::Item::Static(i) => &i.attrs,
            syn::Item::Struct(i) => &i.attrs,
            syn::Item::Enum(i) => &i.attrs,
            syn::Item::Trait(i) => &i.attrs,
            syn::Item::Use(i) => &i.attrs,
            syn::Item::Macro(i) => &i.attrs,
            _ => &[],
        };
        if !self.excludes(attrs, item) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        if !self.excludes(&item.attrs, item) {
            syn::visit::visit_impl_item_fn(self, item);
        }
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        if !self.excludes(&item.attrs, item) {
            syn::visit::visit_trait_item_fn(self, item);
        }
    }

    fn visit_local(&mut self, local: &'ast syn::Local) {
        if !self.excludes(&local.attrs, local) {
            syn::visit::visit_local(self, local);
        }
    }

    fn visit_expr(&mut self, expr: &'ast syn::Expr) {
        let attrs: &[syn::Attribute] = match expr {
            syn::Expr::Block(e) => &e.attrs,
            syn::Expr::Call(e) => &e.attrs,
            syn::Expr::MethodCall(e) => &e.attrs,
            syn::Expr::If(e) => &e.attrs,
            syn::Expr::Macro(e) => &e.attrs,
            _ => &[],
        };
        if self.excludes(attrs, expr) {
            return;
        }
        if let syn::Expr::If(branch) = expr
            && is_cfg_debug_check(&branch.cond)
        {
            self.regions
                .push((range_of(&branch.then_branch), Gate::RuntimeDebugCheck));
        }
        syn::visit::visit_expr(self, expr);
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        if !self.excludes(&arm.attrs, arm) {
            syn::visit::visit_arm(self, arm);
        }
    }
}

/// Applies where the finding sits to a diagnostic: dropped when the code does not
/// ship, lowered (and explained) when only a `cfg!(debug_assertions)` check guards it.
pub fn gate(
    gates: &BuildGates,
    diagnostic: trustlint_core::Diagnostic,
) -> Option<trustlint_core::Diagnostic> {
    let exposure = gates.exposure(diagnostic.range);
    let severity = exposure.severity(diagnostic.severity.unwrap_or(diagnostic.rule.severity))?;
    let mut diagnostic = diagnostic.with_severity(severity);
    diagnostic.message.push_str(exposure.note());
    Some(diagnostic)
}
