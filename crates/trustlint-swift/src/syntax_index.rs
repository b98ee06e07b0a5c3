//! One walk over a file's tree, shared by every check: all nodes in document order
//! with their kinds, parents and subtree extents. A check that looks at every call,
//! an ancestor lookup or the nodes under a statement then reads slices of this index
//! instead of walking the tree again with a cursor, and `Node::parent` (which
//! tree-sitter answers by descending from the root) is a table lookup.

use crate::fast_hash::FastMap;
use crate::syntax::{Call, NodeExt, field_name, last_name_node};
use std::sync::OnceLock;
use tree_sitter::{Node, Tree};

/// Marks the root's parent.
const NO_PARENT: u32 = u32::MAX;

pub struct SyntaxIndex<'t> {
    pub source: &'t str,
    /// Every node, anonymous ones included, in document order (parents before
    /// children): the order of a depth-first walk.
    nodes: Vec<Node<'t>>,
    kinds: Vec<&'static str>,
    named: Vec<bool>,
    /// The field each node fills in its parent, as the cursor reports it (0: none).
    fields: Vec<u16>,
    /// Position one past the last node of each node's subtree.
    ends: Vec<u32>,
    parents: Vec<u32>,
    /// Start byte of each node: non-decreasing in document order, so a node is
    /// found by binary search among the few that start where it does.
    starts: Vec<u32>,
    /// The byte range of the name [`Call::name_of`] finds for each call that has
    /// one, by node id: several checks on two threads ask it of every call. (Byte
    /// ranges rather than `&'t str`: a cell would make the index invariant in `'t`.)
    call_names: OnceLock<FastMap<usize, (u32, u32)>>,
}

impl<'t> SyntaxIndex<'t> {
    /// Walks `tree` once, without recursion (files can nest deeply).
    pub fn new(tree: &'t Tree, source: &'t str) -> SyntaxIndex<'t> {
        let count = tree.root_node().descendant_count();
        let mut index = SyntaxIndex {
            source,
            nodes: Vec::with_capacity(count),
            kinds: Vec::with_capacity(count),
            named: Vec::with_capacity(count),
            fields: Vec::with_capacity(count),
            ends: Vec::with_capacity(count),
            parents: Vec::with_capacity(count),
            starts: Vec::with_capacity(count),
            call_names: OnceLock::new(),
        };
        let mut open: Vec<u32> = Vec::new();
        let mut cursor = tree.walk();
        'walk: loop {
            let node = cursor.node();
            let position = index.nodes.len() as u32;
            index.nodes.push(node);
            index.kinds.push(node.kind_name());
            index.named.push(node.is_named());
            index
                .fields
                .push(cursor.field_id().map_or(0, std::num::NonZeroU16::get));
            index.ends.push(position + 1);
            index
                .parents
                .push(open.last().copied().unwrap_or(NO_PARENT));
            index.starts.push(node.start_byte() as u32);
            if cursor.goto_first_child() {
                open.push(position);
                continue;
            }
            while !cursor.goto_next_sibling() {
                if !cursor.goto_parent() {
                    break 'walk;
                }
                if let Some(closed) = open.pop() {
                    index.ends[closed as usize] = index.nodes.len() as u32;
                }
            }
        }
        index
    }

    /// [`Call::name_of`] of a node of this tree, worked out once per call.
    pub fn call_name(&self, node: Node<'_>) -> Option<&'t str> {
        self.call_names
            .get_or_init(|| {
                self.nodes()
                    // The indexed kind rules out most nodes without asking tree-sitter.
                    .filter(|&(_, kind)| kind == "call_expression")
                    .filter_map(|(call, _)| {
                        let callee = Call::callee_of(call)?;
                        // A callee without a name is named "" (an empty range).
                        let range = last_name_node(callee).map_or((0, 0), |name| {
                            (name.start_byte() as u32, name.end_byte() as u32)
                        });
                        Some((call.id(), range))
                    })
                    .collect()
            })
            .get(&node.id())
            .map(|&(start, end)| {
                self.source
                    .get(start as usize..end as usize)
                    .unwrap_or_default()
            })
    }

    pub fn root(&self) -> Node<'t> {
        self.nodes[0]
    }

    /// The source text of a node.
    pub fn text(&self, node: Node<'_>) -> &'t str {
        self.source
            .get(node.start_byte()..node.end_byte())
            .unwrap_or_default()
    }

    fn position(&self, node: Node<'_>) -> usize {
        let start = node.start_byte() as u32;
        let first = self.starts.partition_point(|s| *s < start);
        (first..self.nodes.len())
            .take_while(|at| self.starts[*at] == start)
            .find(|at| self.nodes[*at].id() == node.id())
            .expect("nodes come from the indexed tree")
    }

    /// Every node of the file, in document order.
    pub fn nodes(&self) -> impl Iterator<Item = (Node<'t>, &'static str)> + '_ {
        self.nodes.iter().copied().zip(self.kinds.iter().copied())
    }

    /// The named nodes of the file in document order, each with its kind and its
    /// parent's kind ("" for the root).
    pub fn named_nodes_in_context(
        &self,
    ) -> impl Iterator<Item = (Node<'t>, &'static str, &'static str)> + '_ {
        (0..self.nodes.len())
            .filter(|at| self.named[*at])
            .map(|at| {
                let parent_kind = match self.parents[at] {
                    NO_PARENT => "",
                    parent => self.kinds[parent as usize],
                };
                (self.nodes[at], self.kinds[at], parent_kind)
            })
    }

    /// `node` and every node under it, in document order.
    pub fn descendants(&self, node: Node<'_>) -> &[Node<'t>] {
        let at = self.position(node);
        &self.nodes[at..self.ends[at] as usize]
    }

    /// `node` and every node under it with their kinds, in document order.
    pub fn descendants_with_kinds(
        &self,
        node: Node<'_>,
    ) -> impl DoubleEndedIterator<Item = (Node<'t>, &'static str)> + '_ {
        let at = self.position(node);
        let end = self.ends[at] as usize;
        self.nodes[at..end]
            .iter()
            .copied()
            .zip(self.kinds[at..end].iter().copied())
    }

    /// The nodes of one kind under `node` (itself included), in document order.
    pub fn descendants_of_kind(
        &self,
        node: Node<'_>,
        kind: &'static str,
    ) -> impl DoubleEndedIterator<Item = Node<'t>> + '_ {
        self.descendants_with_kinds(node)
            .filter(move |(_, k)| *k == kind)
            .map(|(n, _)| n)
    }

    /// Positions of the children of the node at `at`, in order.
    fn child_positions(&self, at: usize) -> impl Iterator<Item = usize> + Clone + '_ {
        let end = self.ends[at] as usize;
        let mut next = at + 1;
        std::iter::from_fn(move || {
            let child = next;
            (child < end).then(|| {
                next = self.ends[child] as usize;
                child
            })
        })
    }

    /// The named children of `node` (what `Node::named_children` yields), in order.
    pub fn named_children(&self, node: Node<'_>) -> impl Iterator<Item = Node<'t>> + Clone + '_ {
        self.child_positions(self.position(node))
            .filter(|child| self.named[*child])
            .map(|child| self.nodes[child])
    }

    /// The children of `node`, anonymous ones included, each with the name of the
    /// field it fills (what `Node::field_name_for_child` says).
    pub fn children_with_fields(
        &self,
        node: Node<'_>,
    ) -> impl Iterator<Item = (Option<&'static str>, Node<'t>)> + '_ {
        self.child_positions(self.position(node))
            .map(|child| (field_name(self.fields[child]), self.nodes[child]))
    }

    /// The field `node` fills in its parent (what `Node::children_by_field_name`
    /// on the parent finds it under).
    pub fn field_of(&self, node: Node<'_>) -> Option<&'static str> {
        field_name(self.fields[self.position(node)])
    }

    /// The named sibling before `node`, if any (`Node::prev_named_sibling`).
    pub fn prev_named_sibling(&self, node: Node<'_>) -> Option<Node<'t>> {
        let at = self.position(node);
        let parent = self.parents[at];
        if parent == NO_PARENT {
            return None;
        }
        self.child_positions(parent as usize)
            .take_while(|child| *child < at)
            .filter(|child| self.named[*child])
            .last()
            .map(|child| self.nodes[child])
    }

    pub fn parent(&self, node: Node<'_>) -> Option<Node<'t>> {
        match self.parents[self.position(node)] {
            NO_PARENT => None,
            parent => Some(self.nodes[parent as usize]),
        }
    }

    /// The ancestors of `node` (not itself), nearest first, with their kinds.
    pub fn ancestors(&self, node: Node<'_>) -> impl Iterator<Item = (Node<'t>, &'static str)> + '_ {
        let mut at = self.parents[self.position(node)];
        std::iter::from_fn(move || {
            if at == NO_PARENT {
                return None;
            }
            let found = (self.nodes[at as usize], self.kinds[at as usize]);
            at = self.parents[at as usize];
            Some(found)
        })
    }

    /// The nearest ancestor (not `node` itself) of one of `kinds`.
    pub fn ancestor(&self, node: Node<'_>, kinds: &[&str]) -> Option<Node<'t>> {
        self.ancestors(node)
            .find(|(_, kind)| kinds.contains(kind))
            .map(|(n, _)| n)
    }

    /// The named function around `node` (closures are skipped), if any.
    pub fn enclosing_function(&self, node: Node<'_>) -> Option<Node<'t>> {
        self.ancestor(node, &["function_declaration", "init_declaration"])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(source: &str) -> Tree {
        let mut parser = tree_sitter::Parser::new();
        parser
            .set_language(&tree_sitter_swift::LANGUAGE.into())
            .expect("grammar");
        parser.parse(source, None).expect("tree")
    }

    /// The subtree at `root` as tree-sitter's own cursor walks it.
    fn walked(root: Node<'_>) -> Vec<Node<'_>> {
        let mut found = Vec::new();
        let mut cursor = root.walk();
        'walk: loop {
            found.push(cursor.node());
            if cursor.goto_first_child() {
                continue;
            }
            loop {
                if cursor.node() == root {
                    break 'walk;
                }
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    break 'walk;
                }
            }
        }
        found
    }

    const SOURCE: &str = "func f(a: Int) {\n    if a == 1 { g(a, label: \"x\") } else { h() }\n}\nlet top = [1, 2]\nlet (x, y) = (1, 2); // done\n";

    #[test]
    fn the_index_answers_as_tree_sitter_does() {
        let tree = parse(SOURCE);
        let index = SyntaxIndex::new(&tree, SOURCE);
        let indexed: Vec<Node<'_>> = index.nodes().map(|(n, _)| n).collect();
        assert_eq!(indexed, walked(tree.root_node()));
        for (node, kind) in index.nodes() {
            assert_eq!(kind, node.kind());
            assert_eq!(index.parent(node), node.parent());
            assert_eq!(index.prev_named_sibling(node), node.prev_named_sibling());
            if let Some(parent) = node.parent() {
                let mut cursor = parent.walk();
                let fields: Vec<&str> = (1..=u16::MAX)
                    .map_while(field_name)
                    .filter(|field| {
                        parent
                            .children_by_field_name(field, &mut cursor)
                            .any(|child| child == node)
                    })
                    .collect();
                assert_eq!(index.field_of(node).into_iter().collect::<Vec<_>>(), fields);
            }
            assert_eq!(index.descendants(node), walked(node));
            let mut cursor = node.walk();
            let named: Vec<Node<'_>> = node.named_children(&mut cursor).collect();
            assert_eq!(index.named_children(node).collect::<Vec<_>>(), named);
            let fielded: Vec<(Option<&str>, Node<'_>)> = node
                .children(&mut cursor)
                .enumerate()
                .map(|(i, child)| (node.field_name_for_child(i as u32), child))
                .collect();
            assert_eq!(
                index.children_with_fields(node).collect::<Vec<_>>(),
                fielded
            );
        }
    }

    #[test]
    fn ancestors_run_from_the_parent_to_the_root() {
        let tree = parse(SOURCE);
        let index = SyntaxIndex::new(&tree, SOURCE);
        let call = index
            .descendants_of_kind(index.root(), "call_expression")
            .next()
            .expect("a call");
        assert_eq!(index.text(call), "g(a, label: \"x\")");
        let function = index.enclosing_function(call).expect("inside f");
        assert!(index.text(function).starts_with("func f"));
        let last = index.ancestors(call).last().map(|(n, _)| n);
        assert_eq!(last, Some(index.root()));
        assert_eq!(index.ancestor(call, &["class_declaration"]), None);
    }

    #[test]
    fn call_names_are_those_of_each_node() {
        // A closure called in place has a call without a name ("").
        let source = format!("{SOURCE}let y = {{ 1 }}()\n");
        let tree = parse(&source);
        let index = SyntaxIndex::new(&tree, &source);
        let mut names = Vec::new();
        for (node, _) in index.nodes() {
            assert_eq!(index.call_name(node), Call::name_of(node, &source));
            names.extend(index.call_name(node));
        }
        assert_eq!(names, ["g", "h", ""]);
    }
}
