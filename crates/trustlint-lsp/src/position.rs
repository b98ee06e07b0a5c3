//! Byte offsets in a document's text ↔ LSP positions. LSP counts characters in
//! UTF-16 code units unless client and server agree on another `positionEncoding`;
//! trustlint's findings are byte ranges, so every position sent or received goes
//! through here.

use lsp_types::{Position, PositionEncodingKind, Range};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PositionEncoding {
    Utf8,
    Utf16,
}

impl PositionEncoding {
    /// UTF-8 when the client offers it (no conversion needed), else UTF-16, which
    /// every client must support.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> PositionEncoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => PositionEncoding::Utf8,
            _ => PositionEncoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
            PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn width(self, c: char) -> usize {
        match self {
            PositionEncoding::Utf8 => c.len_utf8(),
            PositionEncoding::Utf16 => c.len_utf16(),
        }
    }
}

/// Line starts of one text, for converting many offsets (a file's findings).
/// Lines end at `\n` (a `\r` before it belongs to the line ending); a lone `\r`
/// is not treated as a line break.
pub struct LineMap<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
    encoding: PositionEncoding,
}

impl<'a> LineMap<'a> {
    pub fn new(text: &'a str, encoding: PositionEncoding) -> LineMap<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineMap {
            text,
            line_starts,
            encoding,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let character: usize = self.text[start..offset]
            .chars()
            .map(|c| self.encoding.width(c))
            .sum();
        Position::new(to_u32(line), to_u32(character))
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range::new(self.position(start), self.position(end))
    }
}

/// The byte offset of `position` in `text`, found without building a line map
/// (one edit of a large buffer converts only two positions). A character past
/// the end of its line means the line's end, a line past the end the text's end,
/// as the protocol asks.
pub fn offset_of(text: &str, position: Position, encoding: PositionEncoding) -> usize {
    let mut line_start = 0;
    for _ in 0..position.line {
        match text[line_start..].find('\n') {
            Some(newline) => line_start += newline + 1,
            None => return text.len(),
        }
    }
    let line = &text[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let line = line.strip_suffix('\r').unwrap_or(line);
    let wanted = position.character as usize;
    let mut counted = 0;
    for (at, c) in line.char_indices() {
        if counted >= wanted {
            return line_start + at;
        }
        counted += encoding.width(c);
    }
    line_start + line.len()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    // "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
    const TEXT: &str = "let é = 1;\r\nlet s = \"😀AKIA\";\n";

    #[test]
    fn utf16_positions_count_surrogate_pairs() {
        let map = LineMap::new(TEXT, PositionEncoding::Utf16);
        let akia = TEXT.find("AKIA").unwrap();
        assert_eq!(map.position(akia), Position::new(1, 11));
        assert_eq!(map.position(TEXT.find(" =").unwrap()), Position::new(0, 5));
        assert_eq!(
            offset_of(TEXT, Position::new(1, 11), PositionEncoding::Utf16),
            akia
        );
    }

    #[test]
    fn utf8_positions_count_bytes() {
        let map = LineMap::new(TEXT, PositionEncoding::Utf8);
        let akia = TEXT.find("AKIA").unwrap();
        assert_eq!(map.position(akia), Position::new(1, 13));
        assert_eq!(
            offset_of(TEXT, Position::new(1, 13), PositionEncoding::Utf8),
            akia
        );
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let enc = PositionEncoding::Utf16;
        // Past the end of line 0: its end, before "\r\n".
        assert_eq!(
            offset_of(TEXT, Position::new(0, 99), enc),
            TEXT.find('\r').unwrap()
        );
        assert_eq!(offset_of(TEXT, Position::new(9, 0), enc), TEXT.len());
        // Inside a surrogate pair: the character's start.
        let emoji = TEXT.find('😀').unwrap();
        assert_eq!(offset_of(TEXT, Position::new(1, 10), enc), emoji + 4);
        assert_eq!(offset_of(TEXT, Position::new(1, 9), enc), emoji);
    }
}
