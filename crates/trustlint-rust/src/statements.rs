//! Which statement each string literal is written in, found by the hand lexer
//! ([`crate::lexer`]) without any syntax, so a check's gate can ask whether a
//! literal's own statement names what a finding needs (`password == "…"`,
//! `let api_key = "…"`) rather than whether the whole file does.
//!
//! A statement is the text between the separators of one brace-delimited level
//! (a block, an item list, a struct literal, a `match` body) or of the file: a `;`
//! at that level, a `{` opening a group at that level, or the `}` closing one.
//! Brackets and parentheses are not levels, so `[u8; 32]` or a struct literal
//! passed as an argument leaves its statement whole. Besides its own statement,
//! a literal is given the statement that ends where its level opens: the
//! signature of the function whose tail it is, the scrutinee of the `match`
//! whose arm it is, the `let` of the struct literal it is in. When that brace
//! opens inside brackets or parentheses after other such groups (the elements
//! of `&[Anchor { … }, Anchor { … }]`), the statement before it is given as two
//! pieces: its head, up to the first group (`const ROOTS: &[Anchor] = &[Anchor`),
//! and the text since the last group closed (`, Anchor`). Each literal then sees
//! a bounded text, not every element before its own.
//!
//! A `{` at a level starts a new one even inside a type (`Foo<{ N }>`), which
//! would cut a statement early; no binding or comparison of a string is written so.

use std::ops::Range;

/// The statements of a file and the literals in each, as the lexer found them.
#[derive(Debug, Default)]
pub(crate) struct Statements {
    /// Byte ranges of the statements, in the order they ended.
    ranges: Vec<Range<usize>>,
    /// For each literal of the file (by its index in the lexer's literal list):
    /// its own statement, and the statement before the brace that opened its level.
    of_literal: Vec<(u32, Outer)>,
}

impl Statements {
    /// Where literal `index` is written: its own statement, and the statement
    /// before the brace that opened its level (none at the file's level).
    pub(crate) fn of(&self, index: usize) -> Surroundings {
        let (own, outer) = self.of_literal[index];
        Surroundings { own, outer }
    }

    /// The text ranges of `surroundings`, its own statement first.
    pub(crate) fn ranges(
        &self,
        surroundings: Surroundings,
    ) -> impl Iterator<Item = Range<usize>> + '_ {
        std::iter::once(surroundings.own)
            .chain(surroundings.outer.piece)
            .chain(surroundings.outer.head)
            .map(|statement| self.ranges[statement as usize].clone())
    }
}

/// The statements around a literal, as indices into [`Statements`]; literals
/// with equal surroundings see the same names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Surroundings {
    pub own: u32,
    pub outer: Outer,
}

/// The statement before the brace that opened a level, as indices of ranges:
/// the text since the last group of its statement closed (or since it started),
/// and its head when that text begins after an earlier group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Outer {
    pub piece: Option<u32>,
    pub head: Option<u32>,
}

/// Builds [`Statements`] while the lexer walks the text.
#[derive(Debug)]
pub(crate) struct StatementBuilder {
    statements: Statements,
    /// The open levels, innermost last; the first is the file.
    levels: Vec<Level>,
}

#[derive(Debug)]
struct Level {
    /// Where the current statement of this level starts.
    start: usize,
    /// Literals (by index) in the current statement.
    literals: Vec<u32>,
    /// The statement before the brace that opened this level.
    outer: Outer,
    /// The range from the current statement's start to its first group (a
    /// brace inside brackets or parentheses), once one has opened.
    head: Option<u32>,
    /// Where the current statement's last group closed.
    after_group: usize,
    /// Whether the brace opening this level was written at a level (not inside
    /// brackets or parentheses); its closing brace then ends a statement there.
    at_level: bool,
}

impl Default for StatementBuilder {
    fn default() -> Self {
        StatementBuilder {
            statements: Statements::default(),
            levels: vec![Level {
                start: 0,
                literals: Vec::new(),
                outer: Outer::default(),
                head: None,
                after_group: 0,
                at_level: true,
            }],
        }
    }
}

impl StatementBuilder {
    fn level(&mut self) -> &mut Level {
        self.levels
            .last_mut()
            .expect("the file level is never closed")
    }

    /// Ends the current statement of the innermost level at `end`, and returns
    /// its index.
    fn end_statement(&mut self, end: usize) -> u32 {
        let index = self.statements.ranges.len() as u32;
        let level = self
            .levels
            .last_mut()
            .expect("the file level is never closed");
        self.statements.ranges.push(level.start..end);
        for literal in level.literals.drain(..) {
            self.statements.of_literal[literal as usize] = (index, level.outer);
        }
        level.head = None;
        index
    }

    /// Literal `index` (the next in the lexer's list) was read.
    pub(crate) fn literal(&mut self, index: usize) {
        debug_assert_eq!(index, self.statements.of_literal.len());
        self.statements.of_literal.push((0, Outer::default()));
        self.level().literals.push(index as u32);
    }

    /// A `;` at `at`; it separates statements only when written at a level.
    pub(crate) fn semicolon(&mut self, at: usize, at_level: bool) {
        if at_level {
            self.end_statement(at);
            self.level().start = at + 1;
        }
    }

    /// A `{` at `at`: written at a level, it ends that level's statement; either
    /// way the statement so far is the new level's outer statement.
    pub(crate) fn open_brace(&mut self, at: usize, at_level: bool) {
        let outer = if at_level {
            let ended = self.end_statement(at);
            self.level().start = at + 1;
            Outer {
                piece: Some(ended),
                head: None,
            }
        } else {
            // The statement goes on past this group: record the text before it
            // (see the module's comment) for the new level to point at.
            let index = self.statements.ranges.len() as u32;
            let level = self
                .levels
                .last_mut()
                .expect("the file level is never closed");
            match level.head {
                None => {
                    self.statements.ranges.push(level.start..at);
                    level.head = Some(index);
                    Outer {
                        piece: Some(index),
                        head: None,
                    }
                }
                Some(head) => {
                    self.statements.ranges.push(level.after_group..at);
                    Outer {
                        piece: Some(index),
                        head: Some(head),
                    }
                }
            }
        };
        self.levels.push(Level {
            start: at + 1,
            literals: Vec::new(),
            outer,
            head: None,
            after_group: 0,
            at_level,
        });
    }

    /// The `}` at `at` closing the innermost level.
    pub(crate) fn close_brace(&mut self, at: usize) {
        self.end_statement(at);
        let closed = self.levels.pop().expect("a brace was opened");
        if closed.at_level {
            self.level().start = at + 1;
        } else {
            self.level().after_group = at + 1;
        }
    }

    /// The end of the text, with every level closed.
    pub(crate) fn finish(mut self, end: usize) -> Statements {
        while self.levels.len() > 1 {
            self.close_brace(end);
        }
        self.end_statement(end);
        self.statements
    }
}

#[cfg(test)]
mod tests {
    /// The text of each code literal's statements, own first, as the gates see it.
    fn surroundings(text: &str) -> Vec<(String, Vec<String>)> {
        let scanned = crate::lexer::scan(text).expect("the hand lexer reads the test text");
        let statements = scanned.statements.expect("the hand lexer finds statements");
        scanned
            .literals
            .iter()
            .enumerate()
            .map(|(index, literal)| {
                let around = statements
                    .ranges(statements.of(index))
                    .map(|range| text[range].trim().to_owned())
                    .collect();
                (literal.value.clone(), around)
            })
            .collect()
    }

    #[test]
    fn a_literal_sees_its_statement_and_what_opens_its_level() {
        let text = r#"
const SALT: [u8; 4] = *b"salt";
fn admin_password() -> &'static str { let unused = 1; "hunter2" }
fn login(password: &str) -> bool {
    let config = Config { user: "root", password: "swordfish" };
    client.post(url).json(&Body { token: "t0k" }).header("X-Api-Key", "k3y");
    match password { "letmein" => true, _ => false }
}
const ROOTS: &[Anchor] = &[Anchor { name: "first" }, /* next */ Anchor { name: "second" }];
"#;
        let shown = |own: &str, outer: &[&str]| {
            std::iter::once(own)
                .chain(outer.iter().copied())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let fn_login = "fn login(password: &str) -> bool";
        assert_eq!(
            surroundings(text),
            [
                (
                    "salt".to_owned(),
                    shown(r#"const SALT: [u8; 4] = *b"salt""#, &[])
                ),
                (
                    "hunter2".to_owned(),
                    shown(r#""hunter2""#, &[r#"fn admin_password() -> &'static str"#])
                ),
                (
                    "root".to_owned(),
                    shown(
                        r#"user: "root", password: "swordfish""#,
                        &["let config = Config"]
                    )
                ),
                (
                    "swordfish".to_owned(),
                    shown(
                        r#"user: "root", password: "swordfish""#,
                        &["let config = Config"]
                    )
                ),
                (
                    "t0k".to_owned(),
                    shown(r#"token: "t0k""#, &["client.post(url).json(&Body"])
                ),
                (
                    "X-Api-Key".to_owned(),
                    shown(
                        r#"client.post(url).json(&Body { token: "t0k" }).header("X-Api-Key", "k3y")"#,
                        &[fn_login]
                    )
                ),
                (
                    "k3y".to_owned(),
                    shown(
                        r#"client.post(url).json(&Body { token: "t0k" }).header("X-Api-Key", "k3y")"#,
                        &[fn_login]
                    )
                ),
                (
                    "letmein".to_owned(),
                    shown(r#""letmein" => true, _ => false"#, &["match password"])
                ),
                (
                    "first".to_owned(),
                    shown(r#"name: "first""#, &["const ROOTS: &[Anchor] = &[Anchor"])
                ),
                (
                    // Not the first element's text: only the head and what follows it.
                    "second".to_owned(),
                    shown(
                        r#"name: "second""#,
                        &[", /* next */ Anchor", "const ROOTS: &[Anchor] = &[Anchor"]
                    )
                ),
            ]
        );
    }
}
