//! The words a file's text contains, gathered in one pass over its bytes before
//! any syntax tree is walked, so that a check whose findings all need some API
//! (`Command::new`, `include_bytes!`, `danger_accept_invalid_certs`) can tell in
//! a hash lookup that the file does not call it, and skip its walks.
//!
//! Why a check may trust an absent word: every identifier and keyword token of a
//! Rust file is a maximal run of identifier characters in the text (the lexer
//! takes identifiers greedily, and `r#` sets a raw identifier apart with a `#`),
//! and syn trees, macro bodies included, hold only identifiers that are tokens of
//! the file. Runs here are ASCII (`[A-Za-z0-9_]`), so an identifier with other
//! characters is split into several runs; none of them equals an ASCII name, so
//! a check looking for an ASCII name is never misled. A check that judges names
//! by their words (`is_credential_name`) must also assume the worst when
//! [`Mentions::has_non_ascii_identifier`] says a name may have been split. The
//! converse does not hold: words in comments and strings are runs too, which
//! only makes a check run when it did not need to.

use foldhash::{HashSet, HashSetExt};

pub struct Mentions<'t> {
    text: &'t str,
    words: HashSet<&'t str>,
    non_ascii_identifier: bool,
}

impl<'t> Mentions<'t> {
    pub fn new(text: &'t str) -> Mentions<'t> {
        let bytes = text.as_bytes();
        // About one distinct word per hundred bytes of code; growing is the cost.
        let mut words = HashSet::with_capacity(text.len() / 64);
        let mut start = None;
        for (at, &byte) in bytes.iter().enumerate() {
            let in_word = byte.is_ascii_alphanumeric() || byte == b'_';
            match (in_word, start) {
                (true, None) => start = Some(at),
                (false, Some(from)) => {
                    insert_run(text, from, at, &mut words);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(from) = start {
            insert_run(text, from, text.len(), &mut words);
        }
        let non_ascii_identifier = !text.is_ascii()
            && text
                .chars()
                .any(|c| !c.is_ascii() && unicode_ident::is_xid_continue(c));
        Mentions {
            text,
            words,
            non_ascii_identifier,
        }
    }

    /// Whether the text has a non-ASCII character that may belong to an
    /// identifier, which the runs then show only in pieces.
    pub fn has_non_ascii_identifier(&self) -> bool {
        self.non_ascii_identifier
    }

    /// Whether `word` is a whole run of the text, as an identifier naming it would be.
    pub fn has(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    pub fn has_any(&self, words: &[&str]) -> bool {
        words.iter().any(|word| self.has(word))
    }

    /// Whether every one of `words` is a run, as every segment of a catalogued
    /// path (`["whoami", "hostname"]`) is in a file that calls it.
    pub fn has_all(&self, words: &[&str]) -> bool {
        words.iter().all(|word| self.has(word))
    }

    /// Every distinct run, in no particular order; a raw identifier (`r#type`)
    /// appears both as written and without `r#`.
    pub fn words(&self) -> impl Iterator<Item = &'t str> + '_ {
        self.words.iter().copied()
    }

    /// Whether some run contains `needle` (ASCII), in any letter case: a word of a
    /// name (`download` in `fetchDownload`) is always inside one run.
    pub fn has_part_ignoring_case(&self, needle: &str) -> bool {
        self.words
            .iter()
            .any(|word| contains_ignoring_case(word, needle))
    }

    /// Whether every segment of a `::` path (`TcpStream::connect`) is a run, as it
    /// is when code calls that path or one ending with it.
    pub fn has_path(&self, path: &str) -> bool {
        path.split("::").all(|segment| self.has(segment))
    }

    /// Whether `owner` may start a path to one of its functions: it is a run
    /// followed, after any whitespace, by `::`, by `<` (`Key<Aes256>` in
    /// `<Key<Aes256>>::from_slice`) or by `as` (`<Aes256Gcm as KeyInit>::new`).
    pub fn has_path_owner(&self, owner: &str) -> bool {
        self.has_written(owner, |_, after| {
            after.starts_with("::") || after.starts_with('<') || starts_with_as(after)
        })
    }

    /// Whether `name!` may be invoked: `name` is followed by `!`, or by a `/` that
    /// may open a comment between the two, after any whitespace.
    pub fn has_macro_call(&self, name: &str) -> bool {
        self.has_written(name, |_, after| after.starts_with(['!', '/']))
    }

    /// Whether `word` may be imported under another name (`use base64::decode as
    /// unpack;`): it is a run followed by the word `as`.
    pub fn has_renamed_import(&self, word: &str) -> bool {
        self.has_written(word, |_, after| starts_with_as(after))
    }

    /// Whether `.name(…)` may be called: `name` is preceded by `.` and followed
    /// by `(` or a turbofish (`::<`), after any whitespace, or by a `/` that may
    /// open or close a comment between them.
    pub fn has_method_call(&self, name: &str) -> bool {
        self.has_written(name, |before, after| {
            before.ends_with(['.', '/']) && after.starts_with(['(', ':', '/'])
        })
    }

    /// Whether `word` occurs as a whole run whose text before and after, without
    /// the whitespace next to it, `accepts`.
    fn has_written(&self, word: &str, accepts: impl Fn(&str, &str) -> bool) -> bool {
        self.has(word)
            && self.text.match_indices(word).any(|(at, _)| {
                let bytes = self.text.as_bytes();
                let end = at + word.len();
                let glued_before = at > 0 && is_word_byte(bytes[at - 1]);
                let glued_after = bytes.get(end).is_some_and(|b| is_word_byte(*b));
                !glued_before
                    && !glued_after
                    && accepts(self.text[..at].trim_end(), self.text[end..].trim_start())
            })
    }
}

/// Whether `text` starts with the word `as`.
fn starts_with_as(text: &str) -> bool {
    text.strip_prefix("as")
        .is_some_and(|rest| !rest.starts_with(|c: char| is_word_byte(c as u8)))
}

/// Whether `haystack` contains the ASCII `needle` in any letter case.
pub fn contains_ignoring_case(haystack: &str, needle: &str) -> bool {
    haystack
        .as_bytes()
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Adds the run `text[from..to]`, and with its `r#` when it is a raw identifier,
/// since checks see raw identifiers as written (`r#type`). Runs starting with a
/// digit (numbers) are left out: no identifier starts with one.
fn insert_run<'t>(text: &'t str, from: usize, to: usize, words: &mut HashSet<&'t str>) {
    let bytes = text.as_bytes();
    if bytes[from].is_ascii_digit() {
        return;
    }
    words.insert(&text[from..to]);
    let raw = from >= 2
        && bytes[from - 2] == b'r'
        && bytes[from - 1] == b'#'
        && (from == 2 || !is_word_byte(bytes[from - 3]));
    if raw {
        words.insert(&text[from - 2..to]);
    }
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_whole_runs_and_parts_are_not() {
        let text = "let out = std::process::Command::new(r#type); // sendmail\nfn café() {}";
        let mentions = Mentions::new(text);
        for word in [
            "Command", "new", "process", "type", "r#type", "sendmail", "caf",
        ] {
            assert!(mentions.has(word), "{word}");
        }
        for word in ["Comman", "send", "café", "r#new", ""] {
            assert!(!mentions.has(word), "{word}");
        }
        assert!(mentions.has_any(&["nothing", "std"]));
        assert!(mentions.has_path("process::Command::new"));
        assert!(!mentions.has_path("Command::spawn"));
        assert!(mentions.has_part_ignoring_case("MAIL"));
        assert!(!mentions.has_part_ignoring_case("mails"));
        assert!(mentions.has_non_ascii_identifier());
        assert!(!Mentions::new("let quote = \"…\"; // — ").has_non_ascii_identifier());
    }

    #[test]
    fn macro_calls_allow_whitespace_and_comments_before_the_bang() {
        for text in [
            "cfg!(debug_assertions)",
            "if cfg ! (x) {}",
            "cfg /* why */ !(x)",
            "x\ncfg\n\t!(y)",
        ] {
            assert!(Mentions::new(text).has_macro_call("cfg"), "{text}");
        }
        for text in ["#[cfg(test)]", "mycfg!(x)", "cfg_if!(x)", "cfg", "a != cfg"] {
            assert!(!Mentions::new(text).has_macro_call("cfg"), "{text}");
        }
    }

    /// A method call is `.name(`, `.name::<T>(`, with whitespace or a comment
    /// around the name; a definition, a field or a path is not.
    #[test]
    fn method_calls_need_the_dot_and_the_arguments() {
        for (text, method) in [
            ("sys.users()", "users"),
            ("System::new_all()\n    .users ()", "users"),
            ("sys.processes::<Vec<_>>()", "processes"),
            ("sys./* all */users()", "users"),
        ] {
            assert!(Mentions::new(text).has_method_call(method), "{text}");
        }
        for text in [
            "fn users(&self) -> &Users",
            "self.users.len()",
            "Users::users(&sys)",
            "let users = 3;",
        ] {
            assert!(!Mentions::new(text).has_method_call("users"), "{text}");
        }
    }
}
