//! Where a Rust file's test code is, by its attributes: items under `#[cfg(test)]`
//! (or `#[cfg(all(test, …))]`), and functions marked as tests or benchmarks by the
//! test harness or a test framework (`#[test]`, `#[tokio::test]`, `#[rstest]`,
//! `#[bench]`, …). Test paths (`tests/`, `benches/`) are known from the path alone
//! and handled by [`crate::Context::is_test_code`].

use syn::spanned::Spanned;
use syn::visit::Visit;
use trustlint_core::TextRange;

/// The last path segment of attributes that make a function a test or benchmark.
const TEST_ATTRIBUTES: [&str; 6] = [
    "test",
    "bench",
    "rstest",
    "test_case",
    "quickcheck",
    "proptest",
];

/// Byte ranges of the items of `file` that only exist in test builds, outermost only.
pub(crate) fn test_regions(file: &syn::File) -> Vec<TextRange> {
    let mut finder = TestRegionFinder::default();
    finder.visit_file(file);
    finder.regions
}

#[derive(Default)]
struct TestRegionFinder {
    regions: Vec<TextRange>,
}

impl<'ast> Visit<'ast> for TestRegionFinder {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if is_test_only(item_attributes(item)) {
            self.regions.push(crate::span_range(item.span()));
        } else {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_impl_item_fn(&mut self, function: &'ast syn::ImplItemFn) {
        if is_test_only(&function.attrs) {
            self.regions.push(crate::span_range(function.span()));
        } else {
            syn::visit::visit_impl_item_fn(self, function);
        }
    }
}

fn is_test_only(attributes: &[syn::Attribute]) -> bool {
    attributes.iter().any(|attribute| {
        let path = attribute.path();
        if path.is_ident("cfg") {
            return match &attribute.meta {
                syn::Meta::List(list) => cfg_requires_test(&list.tokens.to_string()),
                _ => false,
            };
        }
        path.segments
            .last()
            .is_some_and(|last| TEST_ATTRIBUTES.iter().any(|name| last.ident == name))
    })
}

/// Whether a `cfg(…)` predicate holds only when compiling tests: `test` itself, or
/// an `all(…)` that requires `test`. `any(test, …)` and `not(test)` also hold in
/// normal builds.
fn cfg_requires_test(predicate: &str) -> bool {
    let compact: String = predicate.chars().filter(|c| !c.is_whitespace()).collect();
    if compact == "test" {
        return true;
    }
    let Some(inner) = compact
        .strip_prefix("all(")
        .and_then(|rest| rest.strip_suffix(')'))
    else {
        return false;
    };
    // Only top-level conjuncts count; `all(not(test), …)` does not require tests.
    let mut depth = 0usize;
    let mut conjunct = String::new();
    let mut conjuncts = Vec::new();
    for c in inner.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                conjuncts.push(std::mem::take(&mut conjunct));
                continue;
            }
            _ => {}
        }
        conjunct.push(c);
    }
    conjuncts.push(conjunct);
    conjuncts.iter().any(|c| cfg_requires_test(c))
}

fn item_attributes(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::ExternCrate(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::ForeignMod(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::TraitAlias(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Union(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions_of(source: &str) -> Vec<&str> {
        let file: syn::File = syn::parse_str(source).expect("test source parses");
        test_regions(&file)
            .into_iter()
            .map(|r| &source[r.as_range()])
            .collect()
    }

    #[test]
    fn cfg_test_modules_and_test_functions_are_test_code() {
        let source = "fn main() {}\n#[cfg(test)]\nmod tests { fn helper() {} }\n#[tokio::test]\nasync fn fetches() {}\n#[test]\nfn works() {}";
        assert_eq!(
            regions_of(source),
            [
                "#[cfg(test)]\nmod tests { fn helper() {} }",
                "#[tokio::test]\nasync fn fetches() {}",
                "#[test]\nfn works() {}",
            ]
        );
    }

    #[test]
    fn only_predicates_that_require_test_count() {
        assert!(cfg_requires_test("all(test, feature = \"slow\")"));
        assert!(!cfg_requires_test("any(test, feature = \"mock\")"));
        assert!(!cfg_requires_test("not(test)"));
        assert!(!cfg_requires_test("all(not(test), unix)"));
        assert!(regions_of("#[cfg(not(test))]\nfn real() {}").is_empty());
    }
}
