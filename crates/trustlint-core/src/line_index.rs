//! Byte offsets to 1-based lines and columns (columns count Unicode scalar values).

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
}

pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, line_starts }
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 1-based line holding `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.line_starts.partition_point(|&start| start <= offset)
    }

    pub fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1];
        Position {
            line,
            column: self.text[start..offset].chars().count() + 1,
        }
    }

    /// Byte offset of a 1-based line's first character.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts[line.clamp(1, self.line_starts.len()) - 1]
    }

    /// Byte offset just past a 1-based line's last character, excluding the newline.
    pub fn line_end(&self, line: usize) -> usize {
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        if end > 0 && self.text.as_bytes().get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        }
    }

    pub fn line_text(&self, line: usize) -> &'a str {
        &self.text[self.line_start(line)..self.line_end(line).max(self.line_start(line))]
    }

    /// Byte offset of a 1-based line and 1-based character column.
    pub fn offset(&self, position: Position) -> usize {
        let start = self.line_start(position.line);
        let line = &self.text[start..self.line_end(position.line).max(start)];
        start
            + line
                .char_indices()
                .nth(position.column.saturating_sub(1))
                .map_or(line.len(), |(i, _)| i)
    }
}

pub(crate) fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_in_characters() {
        let index = LineIndex::new("ab\nçd\r\nef");
        assert_eq!(index.position(0), Position { line: 1, column: 1 });
        assert_eq!(index.position(5), Position { line: 2, column: 2 });
        assert_eq!(index.line_text(2), "çd");
        assert_eq!(index.line_text(3), "ef");
        assert_eq!(index.offset(Position { line: 2, column: 2 }), 5);
    }
}
