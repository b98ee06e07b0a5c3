//! Where a Swift file's test code is: the whole file when it imports a test
//! framework (XCTest, swift-testing, Quick, Nimble, which only link into test
//! bundles), `XCTestCase`/`QuickSpec` subclasses, and declarations marked `@Test`
//! or `@Suite`. Test paths (`*Tests/`, `*Tests.swift`) are known from the path
//! alone and handled by [`crate::Context::is_test_code`].

use crate::labelled_calls::node_text;
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use trustlint_core::TextRange;

const TEST_FRAMEWORKS: [&str; 4] = ["XCTest", "Testing", "Quick", "Nimble"];
const TEST_ATTRIBUTES: [&str; 2] = ["@Test", "@Suite"];

/// Byte ranges of the test code in the file; may nest.
pub(crate) fn test_regions(index: &SyntaxIndex<'_>) -> Vec<TextRange> {
    let source = index.source;
    let root = index.root();
    let whole_file = TextRange::new(root.start_byte(), root.end_byte());
    let mut regions = Vec::new();
    for (node, kind) in index.nodes() {
        match kind {
            "import_declaration" => {
                let mut cursor = node.walk();
                let imports_test_framework = node
                    .named_children(&mut cursor)
                    .filter(|c| c.kind_name() == "identifier")
                    .any(|module| TEST_FRAMEWORKS.contains(&node_text(module, source)));
                if imports_test_framework {
                    regions.push(whole_file);
                }
            }
            "class_declaration" | "function_declaration" if is_test_declaration(node, source) => {
                regions.push(TextRange::new(node.start_byte(), node.end_byte()));
            }
            _ => {}
        }
    }
    regions
}

fn is_test_declaration(node: tree_sitter::Node<'_>, source: &str) -> bool {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .any(|child| match child.kind_name() {
            "modifiers" => {
                let mut modifiers = child.walk();
                child
                    .named_children(&mut modifiers)
                    .filter(|m| m.kind_name() == "attribute")
                    .any(|attribute| {
                        let text = node_text(attribute, source);
                        TEST_ATTRIBUTES
                            .iter()
                            .any(|a| text == *a || text.starts_with(&format!("{a}(")))
                    })
            }
            "inheritance_specifier" => {
                let superclass = node_text(child, source);
                superclass.ends_with("TestCase") || matches!(superclass, "QuickSpec" | "AsyncSpec")
            }
            _ => false,
        })
}
