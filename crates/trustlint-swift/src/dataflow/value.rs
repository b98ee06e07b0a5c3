//! The abstract values the engine computes for expressions: which sensitive data they
//! carry (with the path it took) and, for strings and URLs, their known text.

use super::catalogue::DataType;
use std::rc::Rc;
use trustlint_core::{FlowStep, TextRange};

/// Stands for a part of a string the engine does not know (an interpolation of an
/// unknown value), as in `StringLiteral::value`.
pub const UNKNOWN_TEXT: char = crate::literals::INTERPOLATION;

/// First of the characters that stand for the text of a function's parameters while
/// its summary is computed (Supplementary Private Use Area-A, which string literals
/// are cleared of): a URL built from a parameter inside a helper is resolved to the
/// caller's argument at each call.
const PARAMETER_TEXT_BASE: u32 = 0xF_0000;

/// Parameters whose text is followed into a helper; later ones are unknown text.
const MAX_PARAMETER_TEXTS: usize = 256;

/// The stand-in for the text of the parameter at `position`.
pub fn parameter_text(position: usize) -> Option<char> {
    (position < MAX_PARAMETER_TEXTS)
        .then(|| char::from_u32(PARAMETER_TEXT_BASE + position as u32))
        .flatten()
}

/// The parameter a character stands in for, if it is a stand-in.
fn parameter_position(c: char) -> Option<usize> {
    let offset = (c as u32).checked_sub(PARAMETER_TEXT_BASE)? as usize;
    (offset < MAX_PARAMETER_TEXTS).then_some(offset)
}

/// Whether `text` contains a stand-in for a parameter's text.
pub fn has_parameter_text(text: &str) -> bool {
    text.chars().any(|c| parameter_position(c).is_some())
}

/// Whether every part of `text` is known: no unknown part, no parameter stand-in.
pub fn is_fully_known(text: &str) -> bool {
    !text.contains(UNKNOWN_TEXT) && !has_parameter_text(text)
}

/// `text` with each parameter stand-in replaced by what `argument_text` gives for
/// that parameter, or by [`UNKNOWN_TEXT`] when the argument's text is unknown.
pub fn substitute_parameter_texts(
    text: &str,
    argument_text: impl Fn(usize) -> Option<String>,
) -> String {
    let mut substituted = String::with_capacity(text.len());
    for c in text.chars() {
        match parameter_position(c) {
            Some(position) => match argument_text(position) {
                Some(argument) => substituted.push_str(&argument),
                None => substituted.push(UNKNOWN_TEXT),
            },
            None => substituted.push(c),
        }
    }
    substituted
}

/// `text` with every parameter stand-in made unknown text: what the code outside the
/// helper's summary sees.
pub fn without_parameter_texts(text: &str) -> String {
    substitute_parameter_texts(text, |_| None)
}

/// Origins kept per value: enough to report every kind of data, bounded so that
/// values built from many sources stay cheap.
const MAX_ORIGINS: usize = 8;

/// Steps kept per flow: the source, then the first bindings it went through.
const MAX_STEPS: usize = 16;

/// Sensitive data of one kind read at one place, and the bindings it went through.
/// Values are copied at every binding, so an origin shares its steps with the
/// origins it was made from instead of owning a copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub data: DataType,
    /// The API read, as messages name it.
    pub api: Rc<str>,
    /// Where the data was read: the first step.
    source: TextRange,
    /// The latest step, which links back to the source.
    last: Rc<Step>,
}

/// One step of a flow and the steps before it.
#[derive(Debug, PartialEq, Eq)]
struct Step {
    step: FlowStep,
    before: Option<Rc<Step>>,
    /// Steps up to this one, the source included.
    count: usize,
}

impl Origin {
    pub fn new(data: DataType, api: impl Into<Rc<str>>, range: TextRange, note: String) -> Origin {
        Origin {
            data,
            api: api.into(),
            source: range,
            last: Rc::new(Step {
                step: FlowStep { range, note },
                before: None,
                count: 1,
            }),
        }
    }

    pub fn source_range(&self) -> TextRange {
        self.source
    }

    /// The source first, then each binding on the way.
    pub fn steps(&self) -> Vec<FlowStep> {
        let mut steps = Vec::with_capacity(self.last.count);
        let mut step = Some(&self.last);
        while let Some(current) = step {
            steps.push(current.step.clone());
            step = current.before.as_ref();
        }
        steps.reverse();
        steps
    }

    /// This origin with one more step, unless the flow is already long or the step
    /// repeats the last one.
    pub fn through(&self, range: TextRange, note: impl FnOnce() -> String) -> Origin {
        let mut next = self.clone();
        let repeats = self.last.step.range == range;
        if !repeats && self.last.count < MAX_STEPS {
            next.last = Rc::new(Step {
                step: FlowStep {
                    range,
                    note: note(),
                },
                before: Some(self.last.clone()),
                count: self.last.count + 1,
            });
        }
        next
    }
}

/// The sensitive data a value may carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Taint {
    pub origins: Vec<Origin>,
}

impl Taint {
    pub fn from_origin(origin: Origin) -> Taint {
        Taint {
            origins: vec![origin],
        }
    }

    pub fn is_clean(&self) -> bool {
        self.origins.is_empty()
    }

    /// Adds `other`'s origins; an origin already present (same data, same source)
    /// keeps its first path.
    pub fn absorb(&mut self, other: &Taint) {
        for origin in &other.origins {
            let known = self
                .origins
                .iter()
                .any(|o| o.data == origin.data && o.source_range() == origin.source_range());
            if !known && self.origins.len() < MAX_ORIGINS {
                self.origins.push(origin.clone());
            }
        }
    }

    /// Every origin with one more step.
    pub fn through(&self, range: TextRange, note: impl Fn(&Origin) -> String) -> Taint {
        Taint {
            origins: self
                .origins
                .iter()
                .map(|o| o.through(range, || note(o)))
                .collect(),
        }
    }

    /// Without the stand-ins for parameters.
    pub fn real(&self) -> Taint {
        Taint {
            origins: self
                .origins
                .iter()
                .filter(|o| !matches!(o.data, DataType::Parameter(_)))
                .cloned()
                .collect(),
        }
    }

    /// Without data of `data` kind.
    pub fn without(&self, data: &DataType) -> Taint {
        Taint {
            origins: self
                .origins
                .iter()
                .filter(|o| &o.data != data)
                .cloned()
                .collect(),
        }
    }
}

/// How a string was made at run time instead of being written out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assembly {
    Base64Decoded,
    Reversed,
    FromBytes,
    FromCharacters,
    JoinedFragments,
}

impl Assembly {
    pub fn describe(self) -> &'static str {
        match self {
            Assembly::Base64Decoded => "decoded from base64 at run time",
            Assembly::Reversed => "reversed at run time",
            Assembly::FromBytes => "built from a byte array at run time",
            Assembly::FromCharacters => "built from a character array at run time",
            Assembly::JoinedFragments => "joined from fragments at run time",
        }
    }
}

/// What the engine knows about an expression's value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Value {
    pub taint: Taint,
    /// The string (or URL, or request's URL) text, unknown parts as [`UNKNOWN_TEXT`].
    pub text: Option<String>,
    /// How `text` was assembled at run time, when it was.
    pub assembly: Option<Assembly>,
    /// Constant pieces of an array literal (strings, or bytes as characters), for
    /// strings assembled from them.
    pub pieces: Option<Vec<String>>,
    /// The member chain the value was bound from (`UIPasteboard.general`), so that
    /// `pasteboard.string` is recognised like `UIPasteboard.general.string`.
    pub alias: Option<String>,
}

impl Value {
    pub fn tainted(taint: Taint) -> Value {
        Value {
            taint,
            ..Value::default()
        }
    }

    pub fn text(text: String) -> Value {
        Value {
            text: Some(text),
            ..Value::default()
        }
    }

    /// The union of two values: taint adds up, known text survives only if both agree.
    pub fn join(&mut self, other: &Value) {
        self.taint.absorb(&other.taint);
        if self.text != other.text {
            self.text = self.text.take().or_else(|| other.text.clone());
        }
        self.assembly = self.assembly.or(other.assembly);
        if self.alias != other.alias {
            self.alias = None;
        }
    }
}
