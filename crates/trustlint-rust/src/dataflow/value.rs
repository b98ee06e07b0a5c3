//! What the evaluator knows about a value: which sensitive data it carries (with the
//! path that data took), its text when that is known (for destinations and file
//! paths), and what kind of network object it is.

use trustlint_core::TextRange;

/// Marks the parts of a text that are only known at run time.
pub const UNKNOWN: char = '\u{fffd}';

/// Which rule reports a data type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleKind {
    EnvVars,
    KeyFile,
    Clipboard,
    DeviceId,
    Location,
    Contacts,
    /// `data-upload/sensitive-data-to-network`: the message names the data type.
    Other,
}

impl RuleKind {
    /// The rule kind for a `data-type` written in `[data-upload] sources`.
    pub fn from_config_name(name: &str) -> RuleKind {
        match name {
            "env-vars" | "environment" => RuleKind::EnvVars,
            "key-file" | "credentials-file" => RuleKind::KeyFile,
            "clipboard" => RuleKind::Clipboard,
            "device-id" | "hostname" | "username" => RuleKind::DeviceId,
            "location" => RuleKind::Location,
            "contacts" => RuleKind::Contacts,
            _ => RuleKind::Other,
        }
    }
}

/// A kind of sensitive data, as messages name it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DataType {
    pub rule: RuleKind,
    /// A noun phrase: "environment variables", "the device's hostname".
    pub label: String,
    pub plural: bool,
    /// A credential meant to authenticate (a secret env var, a keyring password):
    /// sending it as a request's authorization to an ordinary host is its purpose.
    pub credential: bool,
}

/// Where tainted data comes from: a catalogued source, or (inside a function being
/// summarised) one of the function's parameters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    Source(DataType),
    Param(usize),
}

/// Whether a value is the sensitive data itself or a path naming a sensitive file
/// (which becomes data when the file is read).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    Data,
    Path,
}

/// What a flow step says; rendered once the data type is known, because steps inside
/// a summarised function are recorded before the caller's data is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// The source itself, described completely.
    Text(String),
    /// "`name` holds <data>".
    Holds(String),
    /// "passed to `callee` as `param`".
    Passed { callee: String, param: String },
    /// "returned by `callee()`" (holding <data>).
    Returned(String),
}

impl Note {
    pub fn render(&self, data: &DataType) -> String {
        match self {
            Note::Text(text) => text.clone(),
            Note::Holds(name) => format!("`{name}` holds {}", data.label),
            Note::Passed { callee, param } => {
                format!("{} passed to `{callee}` as `{param}`", data.label)
            }
            Note::Returned(callee) => format!("`{callee}()` returns {}", data.label),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub range: TextRange,
    pub note: Note,
}

/// Flows are cut at this many steps; longer paths add nothing a reader can follow.
const MAX_STEPS: usize = 16;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taint {
    pub origin: Origin,
    pub form: Form,
    /// Source first.
    pub steps: Vec<Step>,
}

impl Taint {
    pub fn source(data: DataType, form: Form, range: TextRange, note: String) -> Taint {
        Taint {
            origin: Origin::Source(data),
            form,
            steps: vec![Step {
                range,
                note: Note::Text(note),
            }],
        }
    }

    pub fn with_step(&self, range: TextRange, note: Note) -> Taint {
        let mut taint = self.clone();
        let repeats_last = taint
            .steps
            .last()
            .is_some_and(|s| s.range == range && s.note == note);
        if taint.steps.len() < MAX_STEPS && !repeats_last {
            taint.steps.push(Step { range, note });
        }
        taint
    }

    pub fn data_type(&self) -> Option<&DataType> {
        match &self.origin {
            Origin::Source(data) => Some(data),
            Origin::Param(_) => None,
        }
    }
}

/// What kind of network object a value is; method calls on it are judged by this.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NetKind {
    #[default]
    Plain,
    /// An HTTP client or agent (`reqwest::Client`, `ureq::Agent`).
    Client,
    /// A request being built (`client.post(url)`, `Request::builder()`).
    Request,
    /// A connected socket or WebSocket.
    Socket,
    /// An e-mail being built (lettre's `Message::builder()`).
    Email,
    /// A libcurl handle.
    Curl,
}

/// Where a network object sends its data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Destination {
    /// The URL or address; [`UNKNOWN`] marks parts known only at run time.
    pub text: Option<String>,
    /// The text was decoded or assembled at run time (base64, XOR, reversed, …).
    pub decoded: bool,
    /// Where the destination was given to the network call.
    pub range: TextRange,
}

impl Destination {
    /// The host, when it is fully known.
    pub fn host(&self) -> Option<String> {
        let text = self.text.as_deref()?;
        if text.starts_with(UNKNOWN) {
            return None;
        }
        let host = trustlint_core::hosts::host_of(text)?;
        (!host.contains(UNKNOWN) && !host.is_empty()).then_some(host)
    }
}

/// The abstract value of an expression. Everything defaults to "nothing known".
#[derive(Clone, Debug, Default)]
pub struct Value<'a> {
    pub taints: Vec<Taint>,
    pub text: Option<String>,
    /// For an array of string literals (or a loop variable over one): its elements.
    pub one_of: Vec<String>,
    /// Constant bytes (byte strings, arrays of integer or char literals).
    pub bytes: Option<Vec<u8>>,
    /// Produced by decoding or assembling constants at run time.
    pub decoded: bool,
    pub net: NetKind,
    pub destination: Option<Destination>,
    /// Struct and tuple fields, when the value was built from a literal.
    pub fields: Vec<(String, Value<'a>)>,
    /// A closure value, called later through its variable.
    pub closure: Option<&'a syn::ExprClosure>,
    /// The type whose constructor made the value (`clipboard` for
    /// `arboard::Clipboard::new()`), lower-case: method calls on a handle are judged
    /// by it when the variable's name says nothing (`|mut c| c.get_text()`).
    pub handle: Option<String>,
}

impl<'a> Value<'a> {
    pub fn text(text: impl Into<String>) -> Value<'a> {
        Value {
            text: Some(text.into()),
            ..Value::default()
        }
    }

    pub fn with_taint(mut self, taint: Taint) -> Value<'a> {
        add_taint(&mut self.taints, taint);
        self
    }

    pub fn is_tainted(&self) -> bool {
        !self.taints.is_empty()
    }

    /// The same data seen through a new binding or step.
    pub fn stepped(&self, range: TextRange, note: &Note) -> Value<'a> {
        let mut value = self.clone();
        value.taints = self
            .taints
            .iter()
            .map(|t| t.with_step(range, note.clone()))
            .collect();
        value
    }

    /// Only the data, none of the structure: what a derived value (a hash, a length
    /// turned into text, a serialised struct) carries.
    pub fn taint_only(&self) -> Value<'a> {
        Value {
            taints: self.taints.clone(),
            ..Value::default()
        }
    }

    /// Joins what two values may carry (both branches of an `if`, the parts of a
    /// `format!`). Text is kept only when one side has none.
    pub fn merge(mut self, other: Value<'a>) -> Value<'a> {
        for taint in other.taints {
            add_taint(&mut self.taints, taint);
        }
        if self.text.is_none() && self.bytes.is_none() {
            self.text = other.text;
            self.bytes = other.bytes;
        }
        self.decoded |= other.decoded;
        if self.net == NetKind::Plain {
            self.net = other.net;
        }
        if self.destination.is_none() {
            self.destination = other.destination;
        }
        if self.closure.is_none() {
            self.closure = other.closure;
        }
        if self.handle.is_none() {
            self.handle = other.handle;
        }
        if self.one_of.is_empty() {
            self.one_of = other.one_of;
        }
        if self.fields.is_empty() {
            self.fields = other.fields;
        }
        self
    }

    /// Drops struct fields nested deeper than `depth` (their data stays on the
    /// enclosing value): recursive constructors would otherwise grow values without
    /// bound, one level per summary round.
    pub fn limit_nesting(&mut self, depth: usize) {
        if depth == 0 {
            self.fields.clear();
            return;
        }
        for (_, field) in &mut self.fields {
            field.limit_nesting(depth - 1);
        }
    }

    pub fn field(&self, name: &str) -> Option<&Value<'a>> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The text, or [`UNKNOWN`] when nothing is known: for concatenation.
    pub fn text_or_unknown(&self) -> String {
        match (&self.text, &self.bytes) {
            (Some(text), _) => text.clone(),
            (None, Some(bytes)) => String::from_utf8_lossy(bytes).into_owned(),
            (None, None) => UNKNOWN.to_string(),
        }
    }
}

/// Adds a taint unless one with the same origin and form is there (the first,
/// usually shorter, path is kept).
pub fn add_taint(taints: &mut Vec<Taint>, taint: Taint) {
    if !taints
        .iter()
        .any(|t| t.origin == taint.origin && t.form == taint.form)
    {
        taints.push(taint);
    }
}
