//! Which of a file's functions the evaluator must run. Everything it reports starts
//! at a seed: a source of sensitive data, or a destination that is decoded or may
//! be flagged. Most functions of a file that has one are far from it, and their
//! results could never carry it.
//!
//! Values move between functions only through calls ([`super::Summary`]): a
//! caller gets what its callee returns, a callee's sinks act on what its callers
//! pass, and constants are read where they are named. So a function can hold a
//! seed's value only when it is a seed, or calls (at any depth) a function that
//! can, or names a constant that may hold one (in its value, or by naming such a
//! constant). Those functions are evaluated, with every function they call (at
//! any depth) for its summary; no other function's result can reach them. A call is
//! found by its written name, which is how the evaluator resolves one
//! ([`super::index::FileIndex::resolve_function`]); a name merely mentioned counts
//! too, which only evaluates more.
//!
//! Consent flags (`only_called_with_consent`) of the evaluated functions are
//! computed from evaluated callers only. A skipped caller can only make a
//! callee's flag true where it would be false, and only when every evaluated
//! call to it is itself inside a consent check, whose uploads are guarded anyway.

use super::index::FileIndex;
use crate::mentions::Mentions;
use foldhash::{HashMap, HashMapExt, HashSet};
use std::ops::Range;

/// Where the seeds of a file are: `may_seed` tells whether the code in a byte
/// range of `text` (a function's body, a constant's value), whose words are given,
/// may hold one.
pub struct Seeds<'t> {
    pub text: &'t str,
    pub may_seed: &'t dyn Fn(Range<usize>, &Mentions<'t>) -> bool,
}

/// For each function of `index`, whether it must be evaluated.
pub fn needed(index: &FileIndex<'_>, seeds: &Seeds<'_>) -> Vec<bool> {
    // Calls are found among the words of the text, which are ASCII runs: a
    // function whose name is not one could be called unseen, so all are needed.
    let word_names = index.functions.iter().all(|def| {
        let name = def.name.strip_prefix("r#").unwrap_or(&def.name);
        name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    });
    if !word_names {
        return vec![true; index.functions.len()];
    }
    let seeded_constants = seeded_constants(index, seeds);
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (function, def) in index.functions.iter().enumerate() {
        let name = def.name.strip_prefix("r#").unwrap_or(&def.name);
        by_name.entry(name).or_default().push(function);
    }
    let count = index.functions.len();
    let mut is_seed = vec![false; count];
    let mut callees: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut callers: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (function, def) in index.functions.iter().enumerate() {
        let body = seeds.range(crate::span_range(def.body.brace_token.span.join()));
        let mentions = Mentions::new(&seeds.text[body.clone()]);
        is_seed[function] = (seeds.may_seed)(body, &mentions)
            || mentions.words().any(|word| seeded_constants.contains(word));
        for word in mentions.words() {
            for &callee in by_name.get(word).into_iter().flatten() {
                callees[function].push(callee);
                callers[callee].push(function);
            }
        }
    }
    // Seeds and their callers at any depth, then everything those call.
    let mut needed = is_seed.clone();
    let holds_seed = reach(&mut needed, &callers, seeds_of(&is_seed));
    reach(&mut needed, &callees, holds_seed);
    needed
}

impl Seeds<'_> {
    /// The byte range of `range` in the text (spans may end past a last newline).
    fn range(&self, range: trustlint_core::TextRange) -> Range<usize> {
        range.start.min(self.text.len())..range.end.min(self.text.len())
    }
}

/// The names of the constants (and statics) whose value may hold a seed, or
/// names such a constant.
fn seeded_constants<'a>(index: &'a FileIndex<'_>, seeds: &Seeds<'_>) -> HashSet<&'a str> {
    let mut seeded: HashSet<&str> = HashSet::default();
    let mut others: Vec<(&str, Mentions<'_>)> = Vec::new();
    for (name, value) in &index.consts {
        let range = seeds.range(crate::syn_helpers::range_of(*value));
        let mentions = Mentions::new(&seeds.text[range.clone()]);
        if (seeds.may_seed)(range, &mentions) {
            seeded.insert(name.as_str());
        } else {
            others.push((name.as_str(), mentions));
        }
    }
    loop {
        let before = seeded.len();
        others.retain(|(name, mentions)| {
            let names_seeded = mentions.words().any(|word| seeded.contains(word));
            if names_seeded {
                seeded.insert(name);
            }
            !names_seeded
        });
        if seeded.len() == before {
            return seeded;
        }
    }
}

fn seeds_of(is_seed: &[bool]) -> Vec<usize> {
    (0..is_seed.len()).filter(|&f| is_seed[f]).collect()
}

/// Marks in `marked` every function reachable from `start` along `edges`, and
/// returns all the marked functions reached (`start` included).
fn reach(marked: &mut [bool], edges: &[Vec<usize>], start: Vec<usize>) -> Vec<usize> {
    let mut reached = start.clone();
    let mut queue = start;
    while let Some(function) = queue.pop() {
        for &next in &edges[function] {
            if !marked[next] {
                marked[next] = true;
                reached.push(next);
                queue.push(next);
            }
        }
    }
    reached
}
