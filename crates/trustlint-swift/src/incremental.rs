//! Re-parsing an edited document. tree-sitter re-parses only around the bytes an
//! edit touched when it is handed the previous tree marked with that edit
//! (`Tree::edit`). The edit is found by comparing the previous text with the new
//! one rather than taken from the caller: the common prefix and suffix bound the
//! change, so the tree can never be marked with an edit that did not happen, and
//! a whole-buffer replacement that changed one line still re-parses one line.

use tree_sitter::{InputEdit, Point, Tree};

/// One document's last parse: its text and the tree it was parsed into.
pub struct PreviousParse {
    text: String,
    tree: Tree,
}

impl PreviousParse {
    pub fn new(text: &str, tree: Tree) -> PreviousParse {
        PreviousParse {
            text: text.to_owned(),
            tree,
        }
    }

    /// The previous tree marked with the one edit that turns the previous text
    /// into `text` (the span between their common prefix and common suffix), for
    /// `Parser::parse` to re-use.
    pub fn edited_to(self, text: &str) -> Tree {
        let PreviousParse {
            text: old,
            mut tree,
        } = self;
        if let Some(edit) = edit_between(&old, text) {
            tree.edit(&edit);
        }
        tree
    }
}

/// The smallest single edit that turns `old` into `new`, or `None` when they are equal.
fn edit_between(old: &str, new: &str) -> Option<InputEdit> {
    if old == new {
        return None;
    }
    let (old_bytes, new_bytes) = (old.as_bytes(), new.as_bytes());
    let mut prefix = old_bytes
        .iter()
        .zip(new_bytes)
        .take_while(|(a, b)| a == b)
        .count();
    // Both texts share these bytes, so a boundary in one is a boundary in the other.
    while !old.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let room = old.len().min(new.len()) - prefix;
    let mut suffix = old_bytes
        .iter()
        .rev()
        .zip(new_bytes.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - suffix) {
        suffix -= 1;
    }
    let old_end = old.len() - suffix;
    let new_end = new.len() - suffix;
    Some(InputEdit {
        start_byte: prefix,
        old_end_byte: old_end,
        new_end_byte: new_end,
        start_position: point_at(old, prefix),
        old_end_position: point_at(old, old_end),
        new_end_position: point_at(new, new_end),
    })
}

/// tree-sitter's position of a byte offset: the row and the byte column.
fn point_at(text: &str, offset: usize) -> Point {
    let before = &text.as_bytes()[..offset];
    let row = before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    Point::new(row, offset - line_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edit_spans_only_what_changed() {
        let old = "let a = 1\nlet key = \"old\"\nlet b = 2\n";
        let new = "let a = 1\nlet key = \"newer\"\nlet b = 2\n";
        let edit = edit_between(old, new).unwrap();
        assert_eq!(&old[edit.start_byte..edit.old_end_byte], "old");
        assert_eq!(&new[edit.start_byte..edit.new_end_byte], "newer");
        assert_eq!(edit.start_position, Point::new(1, 11));
        assert_eq!(edit.old_end_position, Point::new(1, 14));
        assert_eq!(edit.new_end_position, Point::new(1, 16));
    }

    #[test]
    fn insertions_deletions_and_repeated_text() {
        // The common prefix and suffix may overlap in repeated text; the edit must not.
        let edit = edit_between("aaaa", "aaaaaa").unwrap();
        assert_eq!(
            (edit.start_byte, edit.old_end_byte, edit.new_end_byte),
            (4, 4, 6)
        );
        let edit = edit_between("x\ny\nz", "x\nz").unwrap();
        assert_eq!(
            (edit.start_byte, edit.old_end_byte, edit.new_end_byte),
            (2, 4, 2)
        );
        assert_eq!(edit.old_end_position, Point::new(2, 0));
        assert_eq!(edit.new_end_position, Point::new(1, 0));
        assert!(edit_between("same", "same").is_none());
    }

    #[test]
    fn edits_never_split_a_character() {
        // "é" (c3 a9) and "è" (c3 a8) share their first byte.
        let edit = edit_between("let s = \"é\"", "let s = \"è\"").unwrap();
        assert_eq!(
            (edit.start_byte, edit.old_end_byte, edit.new_end_byte),
            (9, 11, 11)
        );
    }
}
