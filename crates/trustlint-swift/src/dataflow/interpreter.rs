//! The abstract interpreter: walks each function, closure, computed property and
//! top-level statement list of a file in order, computing a [`Value`] for every
//! expression and recording every network sink it reaches.
//!
//! Across functions of the file it works with summaries (what a function returns, and
//! which of its parameters reach which sink), recomputed until they stop changing.
//! Stored properties are keyed by name across the file: `self.lastLocation = loc` in
//! one method flows to `lastLocation` read in another.

use super::catalogue::{
    Catalogue, DataType, FILE_READERS, SinkDestination, Source, SourceMatch, key_file_kind,
    names_key_files,
};
use super::destination::Destination;
use super::syntax::{Call, bound_names, chain_root, member_name, normalized, text};
use super::value::{
    Assembly, Origin, Taint, UNKNOWN_TEXT, Value, has_parameter_text, is_fully_known,
    parameter_text, substitute_parameter_texts, without_parameter_texts,
};
use super::{FileFlows, SinkEvent, SinkKind, SourceUse};
use crate::fast_hash::{FastMap, FastSet};
use crate::syntax::NodeExt;
use crate::syntax_index::SyntaxIndex;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use tree_sitter::Node;
use trustlint_core::TextRange;
use trustlint_core::encoding::decode_base64;

/// Rounds of summary computation; call chains deeper than this are followed partly.
const MAX_ROUNDS: usize = 5;

/// Nesting followed in expressions and statements; deeper code is not followed
/// (files can nest thousands of levels deep).
const MAX_DEPTH: usize = 400;

/// Members whose value says nothing about the data they are read from.
const OPAQUE_MEMBERS: &[&str] = &[
    "count",
    "isEmpty",
    "horizontalAccuracy",
    "verticalAccuracy",
    "authorizationStatus",
    "startIndex",
    "endIndex",
    "timestamp",
];

/// Calls whose result says nothing about their receiver or arguments.
const OPAQUE_CALLS: &[&str] = &[
    "contains",
    "hasPrefix",
    "hasSuffix",
    "starts",
    "isEqual",
    "print",
    "debugPrint",
    "NSLog",
    "os_log",
    "resume",
    "cancel",
    "requestAccess",
    "requestAuthorization",
];

/// Methods that put their arguments into their receiver.
const MUTATING_METHODS: &[&str] = &[
    "append",
    "appendContentsOf",
    "insert",
    "merge",
    "updateValue",
    "add",
    "addEntries",
    "setValue",
    "setObject",
    "formUnion",
];

/// Collection operations whose closure receives the receiver's elements.
const ELEMENT_CLOSURES: &[&str] = &[
    "map",
    "compactMap",
    "flatMap",
    "filter",
    "forEach",
    "reduce",
    "sorted",
    "first",
    "last",
    "contains",
    "allSatisfy",
    "min",
    "max",
    "reverseGeocodeLocation",
];

/// The alias of a value that is a public key (`SecKeyCopyPublicKey(…)`).
const PUBLIC_KEY_ALIAS: &str = "SecKeyCopyPublicKey()";

/// Request properties whose value is sent with the request.
const BODY_PROPERTIES: &[&str] = &["httpBody", "httpBodyStream"];

/// What a function does with its parameters, as seen from a call.
#[derive(Clone, Debug, Default)]
struct Summary {
    /// What it returns; `Parameter(i)` origins stand for the i-th argument.
    returns: Value,
    /// Sinks its parameters reach; the payload holds `Parameter(i)` origins.
    parameter_sinks: Vec<SinkEvent>,
}

#[derive(Clone, Copy)]
enum UnitKind {
    Function,
    /// A computed property's getter: its result is the property's value.
    ComputedProperty,
    /// A stored property's (or global's) initial value.
    FieldInitializer,
    TopLevel,
}

/// What a round read of the state that rounds carry over (summaries, properties),
/// to tell when the next round cannot see anything new.
#[derive(Default)]
struct RoundReads<'t> {
    /// Functions whose summary a call looked up.
    summaries: FastSet<&'t str>,
    /// Properties looked up, found or not.
    fields: FastSet<&'t str>,
    /// A property was stored after it had been looked up.
    field_changed_after_read: bool,
}

/// One piece of code analysed on its own.
struct Unit<'t> {
    name: String,
    kind: UnitKind,
    /// Parameters (name node, type text) of functions.
    parameters: Vec<(Node<'t>, String)>,
    /// The body, the initial value, or the top-level statements' parent.
    body: Node<'t>,
}

pub struct Interpreter<'t, 'c> {
    syntax: &'t SyntaxIndex<'t>,
    source: &'t str,
    catalogue: &'c Catalogue,
    units: Vec<Unit<'t>>,
    functions: FastSet<String>,
    local_types: FastSet<String>,
    summaries: FastMap<String, Summary>,
    next_summaries: FastMap<String, Summary>,
    fields: BTreeMap<String, Value>,
    // The unit being analysed.
    scopes: Vec<FastMap<String, Value>>,
    returns: Value,
    parameter_sinks: Vec<SinkEvent>,
    consent: usize,
    /// Inside a branch that picks out key files (`name.hasSuffix(".pem")`): files read
    /// here are key files whatever their path's text.
    key_file_filter: usize,
    depth: usize,
    // What the current round found.
    reads: RefCell<RoundReads<'t>>,
    sinks: Vec<SinkEvent>,
    source_uses: Vec<SourceUse>,
}

impl<'t, 'c> Interpreter<'t, 'c> {
    pub fn new(syntax: &'t SyntaxIndex<'t>, catalogue: &'c Catalogue) -> Self {
        let mut interpreter = Interpreter {
            syntax,
            source: syntax.source,
            catalogue,
            units: Vec::new(),
            functions: FastSet::default(),
            local_types: FastSet::default(),
            summaries: FastMap::default(),
            next_summaries: FastMap::default(),
            fields: BTreeMap::new(),
            scopes: Vec::new(),
            returns: Value::default(),
            parameter_sinks: Vec::new(),
            consent: 0,
            key_file_filter: 0,
            depth: 0,
            reads: RefCell::default(),
            sinks: Vec::new(),
            source_uses: Vec::new(),
        };
        interpreter.collect_units();
        interpreter
    }

    /// Analyses every unit until summaries and properties settle; returns the sinks
    /// reached and the sources read in the last round.
    pub fn run(mut self) -> FileFlows {
        let mut previous = String::new();
        for round in 0..MAX_ROUNDS {
            self.sinks.clear();
            self.source_uses.clear();
            self.next_summaries.clear();
            self.reads = RefCell::default();
            for index in 0..self.units.len() {
                self.analyze_unit(index);
            }
            self.summaries = std::mem::take(&mut self.next_summaries);
            if round == 0 && self.first_round_is_final() {
                break;
            }
            let state = self.fingerprint();
            if state == previous {
                break;
            }
            previous = state;
        }
        let sinks = resolve_parameter_destinations(std::mem::take(&mut self.sinks));
        let mut sinks = sinks;
        sinks.sort_by(|a, b| {
            (a.range, &a.api, &a.destination.url).cmp(&(b.range, &b.api, &b.destination.url))
        });
        sinks.dedup_by(|a, b| {
            a.range == b.range && a.api == b.api && a.destination.url == b.destination.url && {
                b.payload.absorb(&a.payload);
                b.consented &= a.consented;
                true
            }
        });
        let mut source_uses = std::mem::take(&mut self.source_uses);
        source_uses.sort_by_key(|u| u.range);
        source_uses.dedup_by(|a, b| a.range == b.range && a.data == b.data);
        FileFlows { sinks, source_uses }
    }

    /// Whether every later round would repeat the first one exactly, so that its
    /// result is final: each property the first round read had all its values
    /// stored before it was first read (storing a value again changes nothing), and
    /// each function whose summary a call looked up (there were none yet) still has
    /// a summary that adds nothing to a call.
    fn first_round_is_final(&self) -> bool {
        let reads = self.reads.borrow();
        !reads.field_changed_after_read
            && reads.summaries.iter().all(|name| {
                self.summaries.get(*name).is_none_or(|summary| {
                    summary.returns == Value::default() && summary.parameter_sinks.is_empty()
                })
            })
    }

    /// A cheap description of what rounds change, to detect the fixpoint.
    fn fingerprint(&self) -> String {
        let describe = |value: &Value| {
            value
                .taint
                .origins
                .iter()
                .map(|o| format!("{:?}@{}", o.data, o.source_range().start))
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut state = String::new();
        let mut names: Vec<&String> = self.summaries.keys().collect();
        names.sort();
        for name in names {
            let summary = &self.summaries[name];
            state.push_str(&format!("{name}:{};", describe(&summary.returns)));
            for sink in &summary.parameter_sinks {
                state.push_str(&format!(
                    "{}>{}@{:?};",
                    sink.range.start,
                    describe(&Value::tainted(sink.payload.clone())),
                    sink.destination.url
                ));
            }
        }
        for (name, value) in &self.fields {
            state.push_str(&format!("{name}={};", describe(value)));
        }
        state
    }

    fn collect_units(&mut self) {
        let mut top_level = false;
        let root = self.syntax.root();
        for (node, kind, parent_kind) in self.syntax.named_nodes_in_context() {
            match kind {
                "function_declaration" | "init_declaration" => {
                    let name = node
                        .field("name")
                        .map_or("init", |n| text(n, self.source))
                        .to_owned();
                    if let Some(body) = node.field("body") {
                        let parameters = self.parameters(node);
                        self.functions.insert(name.clone());
                        self.units.push(Unit {
                            name,
                            kind: UnitKind::Function,
                            parameters,
                            body,
                        });
                    }
                }
                "class_declaration" | "protocol_declaration" => {
                    if let Some(name) = node.field("name") {
                        self.local_types.insert(text(name, self.source).to_owned());
                    }
                }
                "property_declaration" if matches!(parent_kind, "class_body" | "source_file") => {
                    self.collect_property(node);
                }
                kind => {
                    top_level |= parent_kind == "source_file"
                        && !kind.ends_with("_declaration")
                        && kind != "comment";
                }
            }
        }
        if top_level {
            self.units.push(Unit {
                name: String::new(),
                kind: UnitKind::TopLevel,
                parameters: Vec::new(),
                body: root,
            });
        }
        // Property initialisers and getters first: methods read what they store.
        self.units.sort_by_key(|u| match u.kind {
            UnitKind::FieldInitializer | UnitKind::ComputedProperty => 0,
            _ => 1,
        });
    }

    fn collect_property(&mut self, declaration: Node<'t>) {
        let Some(name) = declaration.field("name").and_then(|pattern| {
            bound_names(pattern, self.syntax)
                .first()
                .map(|(n, _)| (*n).to_owned())
        }) else {
            return;
        };
        if let Some(getter) = declaration.field("computed_value") {
            self.units.push(Unit {
                name,
                kind: UnitKind::ComputedProperty,
                parameters: Vec::new(),
                body: getter,
            });
        } else if let Some(value) = declaration.field("value") {
            self.units.push(Unit {
                name,
                kind: UnitKind::FieldInitializer,
                parameters: Vec::new(),
                body: value,
            });
        }
    }

    /// (name node, type text) of each parameter of a function declaration.
    fn parameters(&self, function: Node<'t>) -> Vec<(Node<'t>, String)> {
        self.syntax
            .named_children(function)
            .filter(|c| c.kind_name() == "parameter")
            .filter_map(|parameter| {
                let children: Vec<(Option<&str>, Node<'t>)> =
                    self.syntax.children_with_fields(parameter).collect();
                let name = children
                    .iter()
                    .find(|(field, c)| {
                        *field == Some("name") && c.kind_name() == "simple_identifier"
                    })?
                    .1;
                let type_text = children
                    .iter()
                    .rfind(|(field, c)| {
                        *field == Some("name") && c.kind_name() != "simple_identifier"
                    })
                    .map(|(_, c)| normalized(*c, self.source).into_owned())
                    .unwrap_or_default();
                Some((name, type_text))
            })
            .collect()
    }

    fn analyze_unit(&mut self, index: usize) {
        let (name, kind, body) = {
            let unit = &self.units[index];
            (unit.name.clone(), unit.kind, unit.body)
        };
        self.scopes = vec![FastMap::default()];
        self.returns = Value::default();
        self.parameter_sinks.clear();
        self.consent = 0;
        self.key_file_filter = 0;
        self.depth = 0;
        match kind {
            UnitKind::Function => {
                let parameters = self.units[index].parameters.clone();
                for (position, (parameter, type_text)) in parameters.iter().enumerate() {
                    let value = self.parameter_value(position, *parameter, type_text);
                    self.declare(text(*parameter, self.source), value);
                }
                self.walk_body(body);
                let summary = self.next_summaries.entry(name).or_default();
                summary.returns.join(&self.returns);
                summary.parameter_sinks.append(&mut self.parameter_sinks);
            }
            UnitKind::ComputedProperty => {
                self.walk_body(body);
                let value = self.returns.clone();
                self.store_field(&name, value, None);
            }
            UnitKind::FieldInitializer => {
                let value = self.eval(body);
                let declared_at = self.syntax.parent(body).and_then(|d| d.field("name"));
                self.store_field(&name, value, declared_at.map(range));
            }
            UnitKind::TopLevel => {
                for statement in self.syntax.named_children(body) {
                    let is_declaration = statement.kind_name().ends_with("_declaration")
                        || statement.kind_name() == "comment";
                    if !is_declaration {
                        self.walk_statement(statement);
                    }
                }
            }
        }
    }

    fn parameter_value(&mut self, position: usize, parameter: Node<'t>, type_text: &str) -> Value {
        let name = text(parameter, self.source);
        let mut taint = Taint::from_origin(Origin::new(
            DataType::Parameter(position),
            "",
            range(parameter),
            format!("parameter `{name}`"),
        ));
        if let Some(source) = self.catalogue.parameter_type_source(type_text) {
            taint.absorb(&Taint::from_origin(Origin::new(
                source.data.clone(),
                source.api.clone(),
                range(parameter),
                format!("`{name}` is {} ({})", source.api, source.data.describe()),
            )));
        }
        Value {
            taint,
            // Followed into URLs the helper builds, resolved at each call.
            text: parameter_text(position).map(String::from),
            ..Value::default()
        }
    }

    // ---- statements ----

    /// A function or closure body: its statements, where a single expression is
    /// also the result (`var name: String { UIDevice.current.name }`).
    fn walk_body(&mut self, body: Node<'t>) {
        let statements = if body.kind_name() == "statements" {
            Some(body)
        } else {
            self.syntax
                .named_children(body)
                .find(|c| c.kind_name() == "statements")
        };
        let Some(statements) = statements else {
            return;
        };
        let mut children = self
            .syntax
            .named_children(statements)
            .filter(|c| !matches!(c.kind_name(), "comment" | "multiline_comment"));
        if let (Some(single), None) = (children.next(), children.next())
            && is_expression(single.kind_name())
        {
            let value = self.eval(single);
            self.returns.join(&value);
            return;
        }
        self.walk_block(statements);
    }

    fn walk_block(&mut self, statements: Node<'t>) {
        let (consent, key_file_filter) = (self.consent, self.key_file_filter);
        self.scopes.push(FastMap::default());
        for statement in self.syntax.named_children(statements) {
            self.walk_statement(statement);
        }
        self.scopes.pop();
        self.consent = consent;
        self.key_file_filter = key_file_filter;
    }

    fn walk_statement(&mut self, node: Node<'t>) {
        if self.depth > MAX_DEPTH {
            return;
        }
        self.depth += 1;
        match node.kind_name() {
            "statements" => self.walk_block(node),
            "property_declaration" => self.walk_declaration(node),
            "assignment" => self.walk_assignment(node),
            "if_statement" => self.walk_if(node),
            "guard_statement" => self.walk_guard(node),
            "for_statement" => self.walk_for(node),
            "while_statement" | "repeat_while_statement" => {
                self.walk_conditions(node);
                self.walk_child_blocks(node);
            }
            "switch_statement" => self.walk_switch(node),
            "do_statement" | "catch_block" | "defer_statement" => self.walk_child_blocks(node),
            "control_transfer_statement" => {
                if let Some(result) = node.field("result") {
                    let value = self.eval(result);
                    if text(node, self.source).starts_with("return") {
                        self.returns.join(&value);
                    }
                }
            }
            "comment" | "multiline_comment" => {}
            kind if kind.ends_with("_declaration") => {}
            _ => {
                self.eval(node);
            }
        }
        self.depth -= 1;
    }

    fn walk_child_blocks(&mut self, node: Node<'t>) {
        for child in self.syntax.named_children(node) {
            if matches!(child.kind_name(), "statements" | "catch_block") {
                self.walk_statement(child);
            }
        }
    }

    fn walk_declaration(&mut self, node: Node<'t>) {
        let mut pending: Vec<(&'t str, Node<'t>)> = Vec::new();
        for (field, child) in self.syntax.children_with_fields(node) {
            match field {
                Some("name") if child.kind_name() == "pattern" => {
                    for (name, _) in pending.drain(..) {
                        self.declare(name, Value::default());
                    }
                    pending = bound_names(child, self.syntax);
                }
                Some("value") => {
                    let value = self.eval(child);
                    let tuple = (child.kind_name() == "tuple_expression")
                        .then(|| self.syntax.named_children(child).collect::<Vec<_>>())
                        .filter(|elements| elements.len() == pending.len() && pending.len() > 1);
                    for (index, (name, at)) in pending.drain(..).enumerate() {
                        let value = match &tuple {
                            Some(elements) => self.eval(elements[index]),
                            None => value.clone(),
                        };
                        self.bind(name, at, value);
                    }
                }
                _ => {}
            }
        }
        for (name, _) in pending {
            self.declare(name, Value::default());
        }
    }

    fn walk_assignment(&mut self, node: Node<'t>) {
        let (Some(target), Some(result)) = (node.field("target"), node.field("result")) else {
            return;
        };
        let value = self.eval(result);
        let Some(target) = target.named_child(0) else {
            return;
        };
        match target.kind_name() {
            "simple_identifier" => {
                let name = text(target, self.source);
                self.assign(name, target, value);
            }
            "navigation_expression" => {
                let member = member_name(target, self.source);
                let object = target.field("target");
                if BODY_PROPERTIES.contains(&member) {
                    let request = object.map(|o| self.eval(o)).unwrap_or_default();
                    self.emit(SinkEvent {
                        range: range(node),
                        api: format!("URLRequest.{member}"),
                        kind: SinkKind::RequestPart,
                        payload: value.taint,
                        destination: destination_of(&request),
                        consented: self.consent > 0,
                    });
                    return;
                }
                if object.is_some_and(|o| o.kind_name() == "self_expression") {
                    self.store_field(member, value, Some(range(target)));
                    return;
                }
                let root = chain_root(target);
                if root.kind_name() == "simple_identifier" {
                    let name = text(root, self.source);
                    let mut value = value;
                    // `request.url = …` sets where the request goes.
                    if member != "url" {
                        value.text = None;
                        value.assembly = None;
                    }
                    self.assign(name, root, value);
                }
            }
            _ => {
                let root = chain_root(target);
                if root.kind_name() == "simple_identifier" {
                    let name = text(root, self.source);
                    self.assign(name, root, Value::tainted(value.taint));
                }
            }
        }
    }

    fn walk_if(&mut self, node: Node<'t>) {
        let conditions = self.condition_text(node);
        let negated = conditions.trim_start().starts_with('!');
        let consented = self.catalogue.is_consent_condition(&conditions);
        let picks_key_files = picks_out_key_files(&conditions);
        self.scopes.push(FastMap::default());
        self.walk_conditions(node);
        let mut blocks = self
            .syntax
            .named_children(node)
            .filter(|c| matches!(c.kind_name(), "statements" | "if_statement"));
        let (consent, key_file_filter) = (self.consent, self.key_file_filter);
        if let Some(then) = blocks.next() {
            if consented {
                self.consent += 1;
            }
            if picks_key_files && !negated {
                self.key_file_filter += 1;
            }
            self.walk_statement(then);
            self.consent = consent;
            self.key_file_filter = key_file_filter;
            self.scopes.pop();
            // `if !name.hasSuffix(".pem") { continue }` picks key files for the rest.
            if picks_key_files && negated && ends_in_exit(then, self.syntax) {
                self.key_file_filter += 1;
            }
            // `if !consent { return }` guards the rest of the block.
            let checks_negated_consent = negated
                && self
                    .catalogue
                    .is_consent_condition(conditions.trim_start().trim_start_matches('!'));
            if checks_negated_consent && ends_in_exit(then, self.syntax) {
                self.consent += 1;
            }
        } else {
            self.scopes.pop();
        }
        for other in blocks {
            self.walk_statement(other);
        }
    }

    fn walk_guard(&mut self, node: Node<'t>) {
        let conditions = self.condition_text(node);
        // Bindings of `guard let` stay in scope after the guard.
        self.walk_conditions(node);
        self.walk_child_blocks(node);
        if self.catalogue.is_consent_condition(&conditions) {
            self.consent += 1;
        }
        if picks_out_key_files(&conditions) && !conditions.trim_start().starts_with('!') {
            self.key_file_filter += 1;
        }
    }

    fn condition_text(&self, node: Node<'t>) -> String {
        self.syntax
            .children_with_fields(node)
            .filter(|(field, _)| *field == Some("condition"))
            .map(|(_, c)| text(c, self.source))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Evaluates the conditions of an `if`/`guard`/`while`, binding `let x = …`.
    fn walk_conditions(&mut self, node: Node<'t>) {
        let mut pending: Vec<(&'t str, Node<'t>)> = Vec::new();
        for (field, child) in self.syntax.children_with_fields(node) {
            match field {
                Some("bound_identifier") => pending.push((text(child, self.source), child)),
                Some("condition")
                    if child.is_named() && child.kind_name() != "value_binding_pattern" =>
                {
                    let value = self.eval(child);
                    for (name, at) in pending.drain(..) {
                        self.bind(name, at, value.clone());
                    }
                }
                _ => {}
            }
        }
    }

    fn walk_for(&mut self, node: Node<'t>) {
        let collection = node
            .field("collection")
            .map(|c| self.eval(c))
            .unwrap_or_default();
        self.scopes.push(FastMap::default());
        if let Some(item) = node.field("item") {
            for (name, at) in bound_names(item, self.syntax) {
                self.bind(name, at, collection.clone());
            }
        }
        // `for name in files where name.hasSuffix(".pem")`
        let key_file_filter = self.key_file_filter;
        let filtered = self
            .syntax
            .named_children(node)
            .any(|c| c.kind_name() == "where_clause" && picks_out_key_files(text(c, self.source)));
        if filtered {
            self.key_file_filter += 1;
        }
        self.walk_child_blocks(node);
        self.key_file_filter = key_file_filter;
        self.scopes.pop();
    }

    fn walk_switch(&mut self, node: Node<'t>) {
        let subject = node.field("expr").map(|e| self.eval(e)).unwrap_or_default();
        for entry in self
            .syntax
            .named_children(node)
            .filter(|c| c.kind_name() == "switch_entry")
        {
            self.scopes.push(FastMap::default());
            for part in self.syntax.named_children(entry) {
                match part.kind_name() {
                    "switch_pattern" => {
                        for (name, at) in bound_names(part, self.syntax) {
                            self.bind(name, at, subject.clone());
                        }
                    }
                    "statements" => self.walk_statement(part),
                    _ => {}
                }
            }
            self.scopes.pop();
        }
    }

    // ---- bindings ----

    /// Binds a new name in the innermost scope, adding a step to its flows.
    fn bind(&mut self, name: &str, at: Node<'t>, value: Value) {
        let mut value = value;
        value.taint = value.taint.through(range(at), |o| {
            format!("`{name}` holds {}", o.data.describe())
        });
        self.declare(name, value);
    }

    fn declare(&mut self, name: &str, value: Value) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.insert(name.to_owned(), value);
        }
    }

    /// Assigns to a variable in scope, or else to a property of the file.
    fn assign(&mut self, name: &str, at: Node<'t>, value: Value) {
        let mut value = value;
        value.taint = value.taint.through(range(at), |o| {
            format!("`{name}` holds {}", o.data.describe())
        });
        let local = self
            .scopes
            .iter_mut()
            .rev()
            .find_map(|scope| scope.get_mut(name));
        match local {
            Some(existing) => existing.join(&value),
            None => self.store_field(name, value, None),
        }
    }

    fn store_field(&mut self, name: &str, value: Value, at: Option<TextRange>) {
        let reads = self.reads.get_mut();
        reads.field_changed_after_read |= reads.fields.contains(name);
        let mut value = value;
        // A property outlives the call: it holds data, not the caller's arguments.
        value.taint = value.taint.real();
        value.text = value.text.as_deref().map(without_parameter_texts);
        if let Some(at) = at {
            value.taint = value
                .taint
                .through(at, |o| format!("stored in `{name}`: {}", o.data.describe()));
        }
        match self.fields.get_mut(name) {
            Some(field) => field.join(&value),
            None => {
                self.fields.insert(name.to_owned(), value);
            }
        }
    }

    fn lookup(&self, name: &'t str) -> Option<&Value> {
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.get(name))
            .or_else(|| self.field(name))
    }

    /// A property's value, noting the read.
    fn field(&self, name: &'t str) -> Option<&Value> {
        self.reads.borrow_mut().fields.insert(name);
        self.fields.get(name)
    }

    fn is_local(&self, name: &str) -> bool {
        self.scopes.iter().any(|scope| scope.contains_key(name))
    }

    // ---- expressions ----

    fn eval(&mut self, node: Node<'t>) -> Value {
        if self.depth > MAX_DEPTH {
            return Value::default();
        }
        self.depth += 1;
        let value = self.eval_inner(node);
        self.depth -= 1;
        value
    }

    fn eval_inner(&mut self, node: Node<'t>) -> Value {
        match node.kind_name() {
            "simple_identifier" => self
                .lookup(text(node, self.source))
                .cloned()
                .unwrap_or_default(),
            "line_string_literal" | "multi_line_string_literal" | "raw_string_literal" => {
                self.eval_string(node)
            }
            "integer_literal" | "real_literal" | "boolean_literal" | "nil_literal"
            | "self_expression" | "comment" => Value::default(),
            "navigation_expression" => self.eval_navigation(node),
            // `x!`, `x?`: the value itself.
            "postfix_expression" => node
                .field("target")
                .map(|target| self.eval(target))
                .unwrap_or_default(),
            "call_expression" => self.eval_call(node),
            "lambda_literal" => {
                self.walk_closure(node, &[]);
                Value::default()
            }
            "prefix_expression" => {
                let operator = node.field("operation").map_or("", |o| text(o, self.source));
                let operand = node.field("target");
                match (operator, operand) {
                    ("!", Some(operand)) => {
                        self.eval(operand);
                        Value::default()
                    }
                    (".", _) => Value::default(),
                    (_, Some(operand)) => self.eval(operand),
                    _ => Value::default(),
                }
            }
            "additive_expression" => {
                let lhs = node.field("lhs").map(|n| self.eval(n)).unwrap_or_default();
                let rhs = node.field("rhs").map(|n| self.eval(n)).unwrap_or_default();
                let mut value = Value::tainted(lhs.taint.clone());
                value.taint.absorb(&rhs.taint);
                if let (Some(left), Some(right)) = (&lhs.text, &rhs.text) {
                    value.text = Some(format!("{left}{right}"));
                } else if let Some(left) = &lhs.text {
                    value.text = Some(format!("{left}{UNKNOWN_TEXT}"));
                } else if let Some(right) = &rhs.text {
                    // `NSHomeDirectory() + "/.ssh/id_rsa"`: the known tail names the file.
                    value.text = Some(format!("{UNKNOWN_TEXT}{right}"));
                }
                value.assembly = lhs.assembly.or(rhs.assembly);
                value
            }
            "equality_expression"
            | "comparison_expression"
            | "conjunction_expression"
            | "disjunction_expression"
            | "check_expression" => {
                for child in self.syntax.named_children(node) {
                    self.eval(child);
                }
                Value::default()
            }
            "array_literal" => {
                let elements = self.syntax.named_children(node);
                let mut value = Value::default();
                let mut pieces = Some(Vec::new());
                for element in elements {
                    let element_value = self.eval(element);
                    value.taint.absorb(&element_value.taint);
                    let piece = match element.kind_name() {
                        "integer_literal" => parse_integer(text(element, self.source))
                            .and_then(|b| u8::try_from(b).ok())
                            .map(|b| char::from(b).to_string()),
                        _ => element_value.text.filter(|t| is_fully_known(t)),
                    };
                    match (&mut pieces, piece) {
                        (Some(pieces), Some(piece)) => pieces.push(piece),
                        _ => pieces = None,
                    }
                }
                value.pieces = pieces.filter(|p| !p.is_empty());
                value
            }
            _ => {
                // Dictionaries, tuples, try/await/casts, ternaries, `??`, parentheses…:
                // the value carries whatever its parts carry.
                let children = self.syntax.named_children(node);
                let mut value = Value::default();
                let passes_text = children.clone().count() == 1
                    || matches!(
                        node.kind_name(),
                        "try_expression" | "await_expression" | "as_expression"
                    );
                for child in children {
                    if matches!(
                        child.kind_name(),
                        "try_operator" | "as_operator" | "type_identifier" | "user_type"
                    ) {
                        continue;
                    }
                    let child_value = self.eval(child);
                    if passes_text && value.text.is_none() {
                        value.text = child_value.text.clone();
                        value.assembly = child_value.assembly;
                        value.alias = child_value.alias.clone();
                        value.pieces = child_value.pieces.clone();
                    }
                    value.taint.absorb(&child_value.taint);
                }
                value
            }
        }
    }

    fn eval_string(&mut self, node: Node<'t>) -> Value {
        let mut value = Value::text(String::new());
        let mut known = String::new();
        for part in self.syntax.named_children(node) {
            match part.kind_name() {
                "interpolated_expression" | "raw_str_interpolation" => {
                    let inner = part.field("value").or_else(|| part.named_child(0));
                    let inner = inner.map(|n| self.eval(n)).unwrap_or_default();
                    value.taint.absorb(&inner.taint);
                    match inner.text {
                        Some(text) => known.push_str(&text),
                        None => known.push(UNKNOWN_TEXT),
                    }
                }
                "str_escaped_char" => known.push_str(&unescape(text(part, self.source))),
                _ => known.push_str(&without_parameter_texts(
                    text(part, self.source).trim_end_matches(['"', '#']),
                )),
            }
        }
        value.text = Some(known);
        value
    }

    /// The member chain `node` reads, with its root variable's alias substituted.
    fn resolved_path(&self, node: Node<'t>) -> Cow<'t, str> {
        let path = normalized(node, self.source);
        let root = chain_root(node);
        if root.kind_name() == "simple_identifier" {
            let name = text(root, self.source);
            if let Some(alias) = self.lookup(name).and_then(|v| v.alias.as_ref())
                && let Some(rest) = path.strip_prefix(name)
            {
                return Cow::Owned(format!("{alias}{rest}"));
            }
        }
        path
    }

    fn source_value(&mut self, source: &Source, at: Node<'t>) -> Value {
        self.source_uses.push(SourceUse {
            range: range(at),
            data: source.data.clone(),
            api: source.api.clone(),
        });
        Value::tainted(Taint::from_origin(Origin::new(
            source.data.clone(),
            source.api.clone(),
            range(at),
            format!("{} is read here ({})", source.data.describe(), source.api),
        )))
    }

    fn eval_navigation(&mut self, node: Node<'t>) -> Value {
        let path = self.resolved_path(node);
        if let Some(source) = self.catalogue.member_source(&path) {
            return self.source_value(source, node);
        }
        let member = member_name(node, self.source);
        let Some(object) = node.field("target") else {
            return Value::default();
        };
        let object_is_self = object.kind_name() == "self_expression";
        let object_value = if object_is_self {
            Value::default()
        } else {
            self.eval(object)
        };
        if OPAQUE_MEMBERS.contains(&member) {
            return Value::default();
        }
        let mut value = Value::tainted(object_value.taint.clone());
        // `self.x`, and `other.x` for a property `x` of a type in this file.
        let reads_field = object_is_self
            || (object.kind_name() == "simple_identifier" && {
                let name = text(object, self.source);
                !self.is_local(name) && !name.starts_with(char::is_uppercase)
            });
        if reads_field && let Some(field) = self.field(member) {
            value.join(&field.clone());
        }
        if matches!(
            member,
            "url" | "absoluteString" | "absoluteURL" | "string" | "description"
        ) {
            value.text = value.text.or(object_value.text);
            value.assembly = value.assembly.or(object_value.assembly);
        }
        if value.taint.is_clean() && value.alias.is_none() {
            value.alias = Some(path.into_owned());
        }
        value
    }

    fn eval_call(&mut self, node: Node<'t>) -> Value {
        let Some(call) = Call::of(node, self.syntax) else {
            return Value::default();
        };
        if call.is_subscript {
            let object = self.eval(call.callee);
            for argument in &call.arguments {
                self.eval(argument.value);
            }
            // One environment variable is configuration, not a dump of the environment.
            return Value::tainted(object.taint.without(&DataType::Environment));
        }
        let receiver = call.receiver.map(|r| self.eval(r)).unwrap_or_default();
        let callee_path = self.resolved_path(call.callee);
        let arguments: Vec<Value> = call.arguments.iter().map(|a| self.eval(a.value)).collect();
        let consented = self.consent > 0;

        if let Some((position, source)) = self.catalogue.out_argument_source(&callee_path)
            && let Some(argument) = call.arguments.get(position)
        {
            let written = chain_root(argument.value);
            if written.kind_name() == "simple_identifier" {
                let value = self.source_value(source, node);
                let name = text(written, self.source);
                self.assign(name, written, value);
            }
        }
        if let Some(value) = self.eval_key_read(&call, node, &callee_path, &arguments) {
            self.walk_closures(&call, &[]);
            return value;
        }
        if let Some(source) = self.catalogue.call_source(&callee_path) {
            let value = self.source_value(source, node);
            self.walk_closures(&call, &[]);
            return value;
        }
        if self.is_local_function(&call) {
            let value = self.apply_summary(&call, node, &arguments);
            self.walk_closures(&call, &[]);
            return value;
        }
        // Only sinks that name their receivers need its path, which can be long.
        let receiver_path = call
            .receiver
            .filter(|_| self.catalogue.sink_receivers_matter(call.method))
            .map(|r| self.resolved_path(r));
        if let Some(sink) =
            self.catalogue
                .sink(call.method, receiver_path.as_deref(), call.first_label())
        {
            let mut payload = Taint::default();
            for argument in &arguments {
                payload.absorb(&argument.taint);
            }
            for (result, parameters) in self.walk_closures(&call, &[]) {
                payload.absorb(&result.taint);
                for parameter in parameters {
                    payload.absorb(&parameter.taint);
                }
            }
            let destination = match sink.destination {
                SinkDestination::Argument(label) => {
                    let position = label
                        .and_then(|label| {
                            call.arguments.iter().position(|a| a.label == Some(label))
                        })
                        .unwrap_or(0);
                    // `downloadTask(withResumeData:)` resumes an earlier download:
                    // its argument is that download's opaque (often base64-decoded)
                    // state, not a URL or request naming where it goes.
                    let resumes = call
                        .arguments
                        .get(position)
                        .is_some_and(|a| a.label == Some("withResumeData"));
                    if resumes {
                        Destination::default()
                    } else {
                        arguments
                            .get(position)
                            .map(destination_of)
                            .unwrap_or_default()
                    }
                }
                SinkDestination::Receiver => destination_of(&receiver),
                SinkDestination::Service(hosts) => Destination {
                    service_hosts: hosts,
                    ..Destination::default()
                },
                SinkDestination::Unknown => Destination::default(),
            };
            self.emit(SinkEvent {
                range: range(node),
                api: sink.api.clone(),
                kind: SinkKind::Transmit,
                payload,
                destination,
                consented,
            });
            return Value::default();
        }
        if matches!(call.method, "setValue" | "addValue")
            && call.argument("forHTTPHeaderField").is_some()
        {
            let mut payload = Taint::default();
            for argument in &arguments {
                payload.absorb(&argument.taint);
            }
            self.emit(SinkEvent {
                range: range(node),
                api: format!("URLRequest.{}(_:forHTTPHeaderField:)", call.method),
                kind: SinkKind::RequestPart,
                payload,
                destination: destination_of(&receiver),
                consented,
            });
            return Value::default();
        }
        if let Some(value) = self.eval_known_constructor(&call, &arguments, &receiver) {
            self.walk_closures(&call, &[]);
            return value;
        }

        let mut argument_taint = Taint::default();
        for argument in &arguments {
            argument_taint.absorb(&argument.taint);
        }
        let closure_parameters: Vec<Value> = if let Some((position, source)) =
            self.catalogue.closure_parameter_source(&callee_path)
        {
            let source = source.clone();
            let mut parameters = vec![Value::default(); position + 1];
            parameters[position] = self.source_value(&source, node);
            parameters
        } else if ELEMENT_CLOSURES.contains(&call.method) {
            let mut element = receiver.taint.clone();
            element.absorb(&argument_taint);
            vec![Value::tainted(element); 4]
        } else {
            Vec::new()
        };
        let closures = self.walk_closures(&call, &closure_parameters);

        if OPAQUE_CALLS.contains(&call.method) {
            return Value::default();
        }
        if MUTATING_METHODS.contains(&call.method)
            && let Some(object) = call.receiver
        {
            let root = chain_root(object);
            if root.kind_name() == "simple_identifier" {
                let name = text(root, self.source);
                self.assign(name, root, Value::tainted(argument_taint));
            } else if root.kind_name() == "self_expression"
                && object.kind_name() == "navigation_expression"
            {
                let member = member_name(object, self.source);
                self.store_field(member, Value::tainted(argument_taint), Some(range(object)));
            }
            return Value::default();
        }
        let mut value = Value::tainted(receiver.taint.clone());
        value.taint.absorb(&argument_taint);
        for (result, _) in &closures {
            value.taint.absorb(&result.taint);
        }
        if value.taint.is_clean() && call.arguments.is_empty() && call.closures.is_empty() {
            value.alias = Some(format!("{callee_path}()"));
        }
        if callee_path == "SecKeyCopyPublicKey" {
            value.alias = Some(PUBLIC_KEY_ALIAS.to_owned());
        }
        value
    }

    /// A read of a credential or key file (by its path's text, or inside a branch that
    /// picks out key files), or a private key's export from the keychain.
    fn eval_key_read(
        &mut self,
        call: &Call<'t>,
        node: Node<'t>,
        callee_path: &str,
        arguments: &[Value],
    ) -> Option<Value> {
        if callee_path.ends_with("SecKeyCopyExternalRepresentation") {
            // The public half is meant to be sent (device registration, attestation).
            let key = arguments.first()?;
            let key_text = call.arguments.first().map(|a| text(a.value, self.source))?;
            let is_public = key.alias.as_deref() == Some(PUBLIC_KEY_ALIAS)
                || key_text.to_lowercase().contains("public");
            if is_public {
                return None;
            }
            let source = Source {
                matcher: SourceMatch::Call(callee_path.to_owned()),
                data: DataType::KeyFile,
                api: "SecKeyCopyExternalRepresentation of a private key".to_owned(),
            };
            return Some(self.source_value(&source, node));
        }
        let is_reader = FILE_READERS.iter().any(|(callee, label)| {
            call.first_label() == Some(label)
                && (callee_path == *callee || call.method == *callee && call.receiver.is_some())
        });
        if !is_reader {
            return None;
        }
        let path = arguments.first()?.text.as_deref().unwrap_or_default();
        let shown_path: String = without_parameter_texts(path).replace(UNKNOWN_TEXT, "…");
        let kind = key_file_kind(&shown_path)
            .or_else(|| (self.key_file_filter > 0).then_some("a file picked out as a key file"))?;
        let api = match shown_path.trim_matches('…') {
            "" => format!(
                "{callee_path}({}:), {kind}",
                call.first_label().unwrap_or("")
            ),
            _ => format!(
                "{callee_path}({}:) of `{shown_path}`, {kind}",
                call.first_label().unwrap_or("")
            ),
        };
        let source = Source {
            matcher: SourceMatch::Call(callee_path.to_owned()),
            data: DataType::KeyFile,
            api,
        };
        Some(self.source_value(&source, node))
    }

    /// Strings and URLs whose text the engine follows: `URL(string:)`,
    /// `URLRequest(url:)`, `Data(base64Encoded:)`, `String(bytes:encoding:)`, …
    fn eval_known_constructor(
        &mut self,
        call: &Call<'t>,
        arguments: &[Value],
        receiver: &Value,
    ) -> Option<Value> {
        let first = arguments.first().cloned().unwrap_or_default();
        let taint_of_all = || {
            let mut taint = receiver.taint.clone();
            for argument in arguments {
                taint.absorb(&argument.taint);
            }
            taint
        };
        let with_text = |text: Option<String>, assembly: Option<Assembly>| Value {
            taint: taint_of_all(),
            text,
            assembly,
            ..Value::default()
        };
        let label = call.first_label();
        let value = match (call.receiver.is_some(), call.method, label) {
            (false, "URL" | "URLComponents", Some("string" | "url"))
            | (false, "URLRequest", Some("url"))
            | (false, "URL", Some("fileURLWithPath" | "filePath")) => {
                with_text(first.text.clone(), first.assembly)
            }
            // Connections and sockets remember where they go, and their type, so that
            // `connection.send(content:)` is recognised whatever the variable's name.
            (false, "NWConnection", Some("host")) => Value {
                alias: Some("NWConnection()".to_owned()),
                ..with_text(
                    first.text.clone().map(|host| format!("tcp://{host}")),
                    first.assembly,
                )
            },
            // `NWEndpoint.Host("…")` names the host a connection is built for.
            (true, "Host", None) => with_text(first.text.clone(), first.assembly),
            (true, "webSocketTask", _) => Value {
                alias: Some("URLSessionWebSocketTask()".to_owned()),
                ..with_text(first.text.clone(), first.assembly)
            },
            (false, "Data", Some("base64Encoded")) => {
                let decoded = first
                    .text
                    .as_deref()
                    .and_then(decode_base64)
                    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
                with_text(decoded, Some(Assembly::Base64Decoded))
            }
            (
                false,
                "String",
                Some("data" | "decoding" | "bytes" | "utf8String" | "describing"),
            )
            | (false, "String", None) => {
                let (text, assembly) = match (&first.pieces, label) {
                    (Some(pieces), Some("bytes" | "decoding")) => {
                        (Some(pieces.concat()), Some(Assembly::FromBytes))
                    }
                    (Some(pieces), None) => (Some(pieces.concat()), Some(Assembly::FromCharacters)),
                    _ => (first.text.clone(), first.assembly),
                };
                with_text(text, assembly)
            }
            (true, "reversed", _) => with_text(
                receiver.text.as_ref().map(|t| t.chars().rev().collect()),
                Some(Assembly::Reversed),
            ),
            (true, "joined", _) => match &receiver.pieces {
                Some(pieces) => with_text(Some(pieces.concat()), Some(Assembly::JoinedFragments)),
                None => with_text(None, None),
            },
            (true, "appendingPathComponent" | "appending", _) => {
                let base = receiver
                    .text
                    .clone()
                    .unwrap_or_else(|| UNKNOWN_TEXT.to_string());
                let component = first
                    .text
                    .clone()
                    .unwrap_or_else(|| UNKNOWN_TEXT.to_string());
                with_text(Some(format!("{base}/{component}")), receiver.assembly)
            }
            _ => return None,
        };
        Some(value)
    }

    /// Whether a call goes to a function of this file: a bare name, or a method on
    /// anything but a type declared elsewhere (`Analytics.logEvent` is Firebase's).
    fn is_local_function(&self, call: &Call<'t>) -> bool {
        if !self.functions.contains(call.method) {
            return false;
        }
        match call.receiver {
            None => true,
            Some(receiver) => {
                let root = chain_root(receiver);
                let root_text = text(root, self.source);
                root.kind_name() != "simple_identifier"
                    || !root_text.starts_with(char::is_uppercase)
                    || self.local_types.contains(root_text)
            }
        }
    }

    fn apply_summary(&mut self, call: &Call<'t>, node: Node<'t>, arguments: &[Value]) -> Value {
        self.reads.get_mut().summaries.insert(call.method);
        let Some(summary) = self.summaries.get(call.method).cloned() else {
            return Value::default();
        };
        let callee = call.method;
        let passed = |position: usize, origin: &Origin| -> Vec<Origin> {
            let Some(argument) = arguments.get(position) else {
                return Vec::new();
            };
            let at = range(call.arguments[position].value);
            argument
                .taint
                .origins
                .iter()
                .map(|source| {
                    let mut through = source.through(at, || format!("passed to `{callee}`"));
                    for step in origin.steps().iter().skip(1) {
                        through = through.through(step.range, || step.note.clone());
                    }
                    through
                })
                .collect()
        };
        let substitute = |taint: &Taint| -> Taint {
            let mut result = Taint::default();
            for origin in &taint.origins {
                match origin.data {
                    DataType::Parameter(position) => {
                        result.absorb(&Taint {
                            origins: passed(position, origin),
                        });
                    }
                    _ => result.absorb(&Taint::from_origin(origin.clone())),
                }
            }
            result
        };
        // A text or destination built from parameters, with this call's arguments.
        let resolve_text = |text: &str| {
            substitute_parameter_texts(text, |position| {
                arguments.get(position).and_then(|a| a.text.clone())
            })
        };
        let argument_assembly = |text: &str| {
            text.chars()
                .filter_map(|c| (0..arguments.len()).find(|&p| parameter_text(p) == Some(c)))
                .find_map(|position| arguments[position].assembly)
        };
        for sink in &summary.parameter_sinks {
            let payload = substitute(&sink.payload);
            let destination = match sink.destination.url.as_deref() {
                Some(url) if has_parameter_text(url) => Destination {
                    url: Some(resolve_text(url)),
                    assembly: sink.destination.assembly.or_else(|| argument_assembly(url)),
                    ..sink.destination.clone()
                },
                _ => sink.destination.clone(),
            };
            if !payload.is_clean() || destination != sink.destination {
                self.emit(SinkEvent {
                    payload,
                    destination,
                    consented: sink.consented || self.consent > 0,
                    ..sink.clone()
                });
            }
        }
        let returned = substitute(&summary.returns.taint)
            .through(range(node), |_| format!("returned by `{callee}`"));
        let returned_text = summary.returns.text.as_deref();
        Value {
            taint: returned,
            text: returned_text.map(resolve_text),
            assembly: summary
                .returns
                .assembly
                .or_else(|| returned_text.and_then(argument_assembly)),
            ..Value::default()
        }
    }

    /// Walks the call's closures with `parameters` bound to their parameters; returns
    /// each closure's result and its parameters' final values.
    fn walk_closures(&mut self, call: &Call<'t>, parameters: &[Value]) -> Vec<(Value, Vec<Value>)> {
        call.closures
            .iter()
            .map(|closure| self.walk_closure(*closure, parameters))
            .collect()
    }

    fn walk_closure(&mut self, closure: Node<'t>, parameters: &[Value]) -> (Value, Vec<Value>) {
        let names: Vec<(&'t str, Node<'t>)> = closure
            .field("type")
            .map(|signature| {
                let mut stack = vec![signature];
                let mut found = Vec::new();
                while let Some(node) = stack.pop() {
                    if node.kind_name() == "lambda_parameter" {
                        if let Some(name) = node.field("name") {
                            found.push((text(name, self.source), name));
                        }
                        continue;
                    }
                    let children: Vec<Node<'t>> = self.syntax.named_children(node).collect();
                    stack.extend(children.into_iter().rev());
                }
                found
            })
            .unwrap_or_default();
        let outer_returns = std::mem::take(&mut self.returns);
        self.scopes.push(FastMap::default());
        for (position, value) in parameters.iter().enumerate() {
            self.declare(&format!("${position}"), value.clone());
        }
        for (position, (name, at)) in names.iter().enumerate() {
            let value = parameters.get(position).cloned().unwrap_or_default();
            if *name != "_" {
                self.bind(name, *at, value);
            }
        }
        self.walk_body(closure);
        let final_parameters = names
            .iter()
            .filter_map(|(name, _)| self.scopes.last().and_then(|s| s.get(*name)).cloned())
            .collect();
        self.scopes.pop();
        let result = std::mem::replace(&mut self.returns, outer_returns);
        (result, final_parameters)
    }

    /// Records a sink; flows of parameters go into the function's summary.
    fn emit(&mut self, event: SinkEvent) {
        let parameters = Taint {
            origins: event
                .payload
                .origins
                .iter()
                .filter(|o| matches!(o.data, DataType::Parameter(_)))
                .cloned()
                .collect(),
        };
        let destination_from_parameters = event
            .destination
            .url
            .as_deref()
            .is_some_and(has_parameter_text);
        if destination_from_parameters {
            // Each call resolves where it goes; the data read inside goes along.
            self.parameter_sinks.push(event.clone());
        } else if !parameters.is_clean() {
            self.parameter_sinks.push(SinkEvent {
                payload: parameters,
                ..event.clone()
            });
        }
        self.sinks.push(SinkEvent {
            payload: event.payload.real(),
            ..event
        });
    }
}

/// Sinks whose destination was built from a helper's parameters: where some call
/// resolved it, the unresolved one inside the helper is dropped; otherwise the
/// parameters' text becomes unknown text.
fn resolve_parameter_destinations(sinks: Vec<SinkEvent>) -> Vec<SinkEvent> {
    let unresolved = |sink: &SinkEvent| {
        sink.destination
            .url
            .as_deref()
            .is_some_and(has_parameter_text)
    };
    let resolved_at: HashSet<(TextRange, String)> = sinks
        .iter()
        .filter(|sink| !unresolved(sink))
        .map(|sink| (sink.range, sink.api.clone()))
        .collect();
    sinks
        .into_iter()
        .filter(|sink| !unresolved(sink) || !resolved_at.contains(&(sink.range, sink.api.clone())))
        .map(|mut sink| {
            sink.destination.url = sink.destination.url.as_deref().map(without_parameter_texts);
            sink
        })
        .collect()
}

fn range(node: Node<'_>) -> TextRange {
    TextRange::new(node.start_byte(), node.end_byte())
}

fn destination_of(value: &Value) -> Destination {
    Destination {
        url: value.text.clone(),
        assembly: value.assembly,
        service_hosts: &[],
    }
}

fn is_expression(kind: &str) -> bool {
    !matches!(
        kind,
        "property_declaration"
            | "assignment"
            | "if_statement"
            | "guard_statement"
            | "for_statement"
            | "while_statement"
            | "repeat_while_statement"
            | "switch_statement"
            | "do_statement"
            | "control_transfer_statement"
            | "comment"
    ) && !kind.ends_with("_declaration")
}

/// Whether a block's last statement leaves the enclosing scope (`return`, `throw`).
fn ends_in_exit(block: Node<'_>, syntax: &SyntaxIndex<'_>) -> bool {
    let source = syntax.source;
    syntax.named_children(block).last().is_some_and(|last| {
        last.kind_name() == "control_transfer_statement"
            && matches!(
                text(last, source).split_whitespace().next(),
                Some("return" | "throw")
            )
    })
}

/// Whether a condition's string literals pick out key files (`hasSuffix(".pem")`).
fn picks_out_key_files(condition: &str) -> bool {
    condition.split('"').skip(1).step_by(2).any(names_key_files)
}

fn parse_integer(literal: &str) -> Option<u32> {
    let digits = literal.replace('_', "");
    match digits.strip_prefix("0x") {
        Some(hex) => u32::from_str_radix(hex, 16).ok(),
        None => digits.parse().ok(),
    }
}

fn unescape(escape: &str) -> String {
    match escape {
        "\\n" => "\n".to_owned(),
        "\\t" => "\t".to_owned(),
        "\\\\" => "\\".to_owned(),
        "\\\"" => "\"".to_owned(),
        _ => escape.trim_start_matches('\\').to_owned(),
    }
}
