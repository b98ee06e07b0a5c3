//! The abstract evaluator: walks one function body, giving every expression a
//! [`Value`], and records sensitive data reaching sinks and the destinations of
//! network calls.

use super::catalogue::{self as cat, Position, path_ends_with};
use super::index::FileIndex;
use super::value::{DataType, Destination, Form, NetKind, Note, Origin, Taint, Value, add_taint};
use super::{NetworkCall, Upload};
use crate::span_range;
use std::collections::HashMap;
use syn::spanned::Spanned;
use syn::visit::Visit;
use syn::{Expr, Pat, Stmt};
use trustlint_core::{TextRange, encoding};

/// What a function does with data, as its callers see it.
#[derive(Clone, Debug, Default)]
pub struct Summary<'a> {
    /// What it returns: catalogued data (with its path inside the function), and
    /// `Origin::Param` taints for parameters that flow to the result.
    pub returns: Value<'a>,
    /// Sinks inside the function (or its callees) that a parameter reaches.
    pub param_uploads: Vec<Upload>,
    /// Every call site of the function is inside a consent check.
    pub only_called_with_consent: bool,
}

/// The parts of a summary that callers' results depend on.
pub type Shape = (
    Vec<(Origin, Form)>,
    Vec<(usize, usize, bool)>,
    Option<String>,
    bool,
    NetKind,
    bool,
);

impl Summary<'_> {
    /// What decides whether another round is needed (paths aside).
    pub fn shape(&self) -> Shape {
        let mut origins: Vec<(Origin, Form)> = self
            .returns
            .taints
            .iter()
            .map(|t| (t.origin.clone(), t.form))
            .collect();
        origins.sort();
        let mut uploads: Vec<(usize, usize, bool)> = self
            .param_uploads
            .iter()
            .map(|u| (u.range.start, param_of(&u.taint), u.guarded))
            .collect();
        uploads.sort();
        (
            origins,
            uploads,
            self.returns.text.clone(),
            self.returns.decoded,
            self.returns.net,
            self.only_called_with_consent,
        )
    }
}

fn param_of(taint: &Taint) -> usize {
    match taint.origin {
        Origin::Param(i) => i,
        Origin::Source(_) => usize::MAX,
    }
}

/// One evaluation of a function.
#[derive(Default)]
pub struct FnResult<'a> {
    pub returned: Value<'a>,
    pub events: Vec<Upload>,
    pub network_calls: Vec<NetworkCall>,
    /// (callee, whether the call is inside a consent check).
    pub calls: Vec<(usize, bool)>,
}

pub fn evaluate_function<'a>(
    index: &FileIndex<'a>,
    summaries: &[Summary<'a>],
    function: usize,
) -> FnResult<'a> {
    let def = &index.functions[function];
    let mut evaluator = Evaluator {
        index,
        summaries,
        self_ty: def.self_ty.as_deref(),
        scopes: vec![Vec::new()],
        guarded: usize::from(summaries[function].only_called_with_consent),
        branch_depth: 0,
        depth: 0,
        loop_depth: 0,
        closure_calls: 0,
        constants: HashMap::new(),
        result: FnResult::default(),
    };
    for (i, param) in def.params.iter().enumerate() {
        let value = Value::default().with_taint(Taint {
            origin: Origin::Param(i),
            form: Form::Data,
            steps: Vec::new(),
        });
        match param {
            Some(pat) => evaluator.bind(pat, value),
            None => evaluator.declare("self".to_owned(), value),
        }
    }
    let tail = evaluator.block(def.body);
    let returned = std::mem::take(&mut evaluator.result.returned).merge(tail);
    evaluator.result.returned = returned;
    evaluator.result
}

/// Turns one round's results into the summaries the next round uses.
pub fn summarize<'a>(index: &FileIndex<'a>, results: &[FnResult<'a>]) -> Vec<Summary<'a>> {
    let mut call_sites: Vec<(usize, usize)> = vec![(0, 0); index.functions.len()];
    for result in results {
        for &(callee, guarded) in &result.calls {
            call_sites[callee].0 += 1;
            call_sites[callee].1 += usize::from(guarded);
        }
    }
    results
        .iter()
        .zip(call_sites)
        .map(|(result, (calls, guarded_calls))| Summary {
            returns: result.returned.clone(),
            param_uploads: result
                .events
                .iter()
                .filter(|e| matches!(e.taint.origin, Origin::Param(_)))
                .cloned()
                .collect(),
            only_called_with_consent: calls > 0 && calls == guarded_calls,
        })
        .collect()
}

/// Loops nested deeper than this are evaluated once (twice per level would be exponential).
const MAX_REPEATED_LOOP_DEPTH: usize = 3;

/// Closure calls evaluated per function before calls only pass their arguments' data on.
const MAX_CLOSURE_CALLS: usize = 64;

/// Struct and tuple fields are tracked this many levels deep.
const MAX_FIELD_NESTING: usize = 3;

/// Deeper expression nesting is not followed (the analyzer thread has a large stack,
/// but closures evaluated per call could otherwise multiply work).
const MAX_DEPTH: usize = 400;

struct Evaluator<'a, 'i> {
    index: &'i FileIndex<'a>,
    summaries: &'i [Summary<'a>],
    self_ty: Option<&'i str>,
    scopes: Vec<Vec<(String, Value<'a>)>>,
    /// Above zero inside a consent check.
    guarded: usize,
    /// Above zero inside a branch or loop, where assignments may not happen.
    branch_depth: usize,
    depth: usize,
    /// Loops nested inside each other; only the outer ones are evaluated twice.
    loop_depth: usize,
    /// Closure bodies evaluated per call so far: a budget against closures that call
    /// closures (each call re-evaluates the body).
    closure_calls: usize,
    /// Constants already evaluated, and those being evaluated (a constant whose
    /// initializer names a constant of the same name must not be re-entered).
    constants: HashMap<String, Option<Value<'a>>>,
    result: FnResult<'a>,
}

fn range_of(node: &impl Spanned) -> TextRange {
    span_range(node.span())
}

fn method_range(call: &syn::ExprMethodCall) -> TextRange {
    TextRange::new(
        span_range(call.method.span()).start,
        span_range(call.paren_token.span.close()).end,
    )
}

fn call_range(call: &syn::ExprCall) -> TextRange {
    TextRange::new(
        range_of(&call.func).start,
        span_range(call.paren_token.span.close()).end,
    )
}

fn path_segments(path: &syn::Path) -> Vec<String> {
    path.segments.iter().map(|s| s.ident.to_string()).collect()
}

/// The names in an expression, lower-cased and joined (`self.http_client` →
/// `self.http_client`), to judge receivers by their names.
fn expr_names(expr: &Expr) -> String {
    match expr {
        Expr::Path(p) => path_segments(&p.path).join(".").to_lowercase(),
        Expr::Field(f) => {
            let member = match &f.member {
                syn::Member::Named(name) => name.to_string().to_lowercase(),
                syn::Member::Unnamed(i) => i.index.to_string(),
            };
            format!("{}.{member}", expr_names(&f.base))
        }
        Expr::MethodCall(m) => format!("{}.{}", expr_names(&m.receiver), m.method).to_lowercase(),
        Expr::Call(c) => expr_names(&c.func),
        Expr::Reference(r) => expr_names(&r.expr),
        Expr::Paren(p) => expr_names(&p.expr),
        Expr::Try(t) => expr_names(&t.expr),
        Expr::Await(a) => expr_names(&a.base),
        Expr::Unary(u) => expr_names(&u.expr),
        _ => String::new(),
    }
}

fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Paren(p) => strip(&p.expr),
        Expr::Group(g) => strip(&g.expr),
        Expr::Reference(r) => strip(&r.expr),
        Expr::Block(b) if b.block.stmts.len() == 1 => match &b.block.stmts[0] {
            Stmt::Expr(e, None) => strip(e),
            _ => expr,
        },
        _ => expr,
    }
}

/// The variable a place expression changes (`report.items[0]` → `report`).
fn root_variable(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Path(p) if p.path.segments.len() == 1 => Some(p.path.segments[0].ident.to_string()),
        Expr::Field(f) => root_variable(&f.base),
        Expr::Index(i) => root_variable(&i.expr),
        Expr::Unary(u) => root_variable(&u.expr),
        Expr::Reference(r) => root_variable(&r.expr),
        Expr::Paren(p) => root_variable(&p.expr),
        Expr::MethodCall(m) => root_variable(&m.receiver),
        _ => None,
    }
}

fn string_literal(expr: &Expr) -> Option<String> {
    match strip(expr) {
        Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

#[derive(Default)]
struct IdentCollector {
    idents: Vec<String>,
    literals: Vec<String>,
}

impl<'ast> Visit<'ast> for IdentCollector {
    fn visit_ident(&mut self, ident: &'ast proc_macro2::Ident) {
        self.idents.push(ident.to_string());
    }

    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        self.literals.push(lit.value());
    }
}

fn collect_names(visit: impl FnOnce(&mut IdentCollector)) -> IdentCollector {
    let mut collector = IdentCollector::default();
    visit(&mut collector);
    collector
}

/// Whether a block always leaves the enclosing code (`return`, `continue`, `break`).
fn diverges(block: &syn::Block) -> bool {
    block.stmts.iter().any(|stmt| match stmt {
        Stmt::Expr(Expr::Return(_) | Expr::Continue(_) | Expr::Break(_), _) => true,
        Stmt::Macro(m) => m.mac.path.is_ident("panic") || m.mac.path.is_ident("unreachable"),
        _ => false,
    })
}

fn is_negated(cond: &Expr) -> bool {
    match strip(cond) {
        Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Not(_),
            ..
        }) => true,
        Expr::Binary(b) => {
            matches!(b.op, syn::BinOp::Eq(_))
                && matches!(strip(&b.right), Expr::Lit(syn::ExprLit { lit: syn::Lit::Bool(v), .. }) if !v.value)
        }
        _ => false,
    }
}

impl<'a> Evaluator<'a, '_> {
    // ----- scopes -----

    fn declare(&mut self, name: String, value: Value<'a>) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name, value));
        }
    }

    fn lookup(&self, name: &str) -> Option<&Value<'a>> {
        self.scopes
            .iter()
            .rev()
            .flat_map(|scope| scope.iter().rev())
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    fn lookup_mut(&mut self, name: &str) -> Option<&mut Value<'a>> {
        self.scopes
            .iter_mut()
            .rev()
            .flat_map(|scope| scope.iter_mut().rev())
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    /// Sets a variable: replaces its value in straight-line code, joins it inside
    /// branches and loops (the assignment may not happen).
    fn assign(&mut self, name: &str, value: Value<'a>) {
        let weak = self.branch_depth > 0;
        if let Some(slot) = self.lookup_mut(name) {
            *slot = if weak {
                std::mem::take(slot).merge(value)
            } else {
                value
            };
        } else {
            self.declare(name.to_owned(), value);
        }
    }

    /// Adds data to what a variable holds (`buffer.push(x)`, `s += &x`).
    fn mix_into(&mut self, name: &str, added: &Value<'a>, range: TextRange) {
        if !added.is_tainted() {
            return;
        }
        let note = Note::Holds(name.to_owned());
        let stepped = added.taint_only().stepped(range, &note);
        if let Some(slot) = self.lookup_mut(name) {
            for taint in stepped.taints {
                add_taint(&mut slot.taints, taint);
            }
        }
    }

    // ----- patterns -----

    fn bind(&mut self, pat: &'a Pat, value: Value<'a>) {
        match pat {
            Pat::Ident(p) => {
                let name = p.ident.to_string();
                if let Some((_, sub)) = &p.subpat {
                    self.bind(sub, value.clone());
                }
                let value = value.stepped(span_range(p.ident.span()), &Note::Holds(name.clone()));
                self.declare(name, value);
            }
            Pat::Type(p) => self.bind(&p.pat, value),
            Pat::Reference(p) => self.bind(&p.pat, value),
            Pat::Paren(p) => self.bind(&p.pat, value),
            Pat::Guard(p) => self.bind(&p.pat, value),
            Pat::Or(p) => {
                if let Some(first) = p.cases.first() {
                    self.bind(first, value);
                }
            }
            Pat::Tuple(p) => {
                for (i, elem) in p.elems.iter().enumerate() {
                    let part = value
                        .field(&i.to_string())
                        .cloned()
                        .unwrap_or_else(|| value.clone());
                    self.bind(elem, part);
                }
            }
            Pat::TupleStruct(p) => {
                let single = p.elems.len() == 1;
                for (i, elem) in p.elems.iter().enumerate() {
                    let part = match value.field(&i.to_string()) {
                        Some(field) if !single => field.clone(),
                        _ => value.clone(),
                    };
                    self.bind(elem, part);
                }
            }
            Pat::Struct(p) => {
                for field in &p.fields {
                    let name = member_name(&field.member);
                    let part = value.field(&name).cloned().unwrap_or_else(|| value.clone());
                    self.bind(&field.pat, part);
                }
            }
            Pat::Slice(p) => {
                for elem in &p.elems {
                    self.bind(elem, element_of(&value));
                }
            }
            _ => {}
        }
    }

    // ----- statements -----

    fn block(&mut self, block: &'a syn::Block) -> Value<'a> {
        self.scopes.push(Vec::new());
        let guarded_before = self.guarded;
        let mut last = Value::default();
        for stmt in &block.stmts {
            last = Value::default();
            match stmt {
                Stmt::Local(local) => self.local(local),
                Stmt::Item(syn::Item::Const(c)) => {
                    let value = self.expr(&c.expr);
                    self.declare(c.ident.to_string(), value);
                }
                Stmt::Item(_) => {}
                Stmt::Expr(expr, semi) => {
                    let value = self.expr(expr);
                    if semi.is_none() {
                        last = value;
                    }
                    if self.is_consent_early_exit(expr) {
                        self.guarded += 1;
                    }
                }
                Stmt::Macro(m) => {
                    self.macro_value(&m.mac, range_of(&m.mac));
                }
            }
        }
        self.guarded = guarded_before;
        self.scopes.pop();
        last
    }

    fn local(&mut self, local: &'a syn::Local) {
        let Some(init) = &local.init else {
            return;
        };
        let value = self.expr(&init.expr);
        if let Some((_, diverge)) = &init.diverge {
            self.expr(diverge);
        }
        self.bind(&local.pat, value);
    }

    /// `if !has_consent() { return; }`: the rest of the block is guarded.
    fn is_consent_early_exit(&self, expr: &Expr) -> bool {
        match expr {
            Expr::If(e) => {
                e.else_branch.is_none()
                    && is_negated(&e.cond)
                    && self.mentions_consent(&e.cond)
                    && diverges(&e.then_branch)
            }
            _ => false,
        }
    }

    fn mentions_consent(&self, cond: &Expr) -> bool {
        let names = collect_names(|c| c.visit_expr(cond));
        names
            .idents
            .iter()
            .any(|n| self.index.catalogue.is_consent_check(n))
    }

    // ----- expressions -----

    fn expr(&mut self, expr: &'a Expr) -> Value<'a> {
        if self.depth > MAX_DEPTH {
            return Value::default();
        }
        self.depth += 1;
        let value = self.expr_inner(expr);
        self.depth -= 1;
        value
    }

    fn expr_inner(&mut self, expr: &'a Expr) -> Value<'a> {
        match expr {
            Expr::Lit(lit) => literal(&lit.lit),
            Expr::Path(p) => self.path_value(&p.path),
            Expr::Reference(r) => self.expr(&r.expr),
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::Group(g) => self.expr(&g.expr),
            Expr::Await(a) => self.expr(&a.base),
            Expr::Try(t) => self.expr(&t.expr),
            Expr::Cast(c) => {
                let mut value = self.expr(&c.expr);
                if is_char_type(&c.ty) && value.bytes.is_some() {
                    value.decoded = true;
                }
                value
            }
            Expr::Unary(u) => {
                let value = self.expr(&u.expr);
                match u.op {
                    syn::UnOp::Not(_) => Value::default(),
                    _ => value,
                }
            }
            Expr::Binary(b) => self.binary(b),
            Expr::Assign(a) => {
                let value = self.expr(&a.right);
                self.assign_place(&a.left, value);
                Value::default()
            }
            Expr::Block(b) => self.block(&b.block),
            Expr::Unsafe(u) => self.block(&u.block),
            Expr::Const(c) => self.block(&c.block),
            Expr::TryBlock(t) => self.block(&t.block),
            Expr::Async(a) => {
                self.block(&a.block);
                Value::default()
            }
            Expr::Closure(c) => {
                // The body runs some time later (a spawned task, a hook): evaluate it
                // now for its sinks, and keep it for calls through its variable.
                for input in &c.inputs {
                    self.scopes.push(Vec::new());
                    self.bind(input, Value::default());
                }
                self.branch_depth += 1;
                self.expr(&c.body);
                self.branch_depth -= 1;
                for _ in &c.inputs {
                    self.scopes.pop();
                }
                Value {
                    closure: Some(c),
                    ..Value::default()
                }
            }
            Expr::Call(c) => self.call(c),
            Expr::MethodCall(m) => self.method_call(m),
            Expr::Macro(m) => self.macro_value(&m.mac, range_of(&m.mac)),
            Expr::If(e) => self.if_expr(e),
            Expr::Match(m) => {
                let scrutinee = self.expr(&m.expr);
                let mut joined = Value::default();
                self.branch_depth += 1;
                for arm in &m.arms {
                    self.scopes.push(Vec::new());
                    self.bind(&arm.pat, scrutinee.clone());
                    if let Pat::Guard(g) = &arm.pat {
                        self.expr(&g.guard);
                    }
                    let value = self.expr(&arm.body);
                    self.scopes.pop();
                    joined = joined.merge(value);
                }
                self.branch_depth -= 1;
                joined
            }
            Expr::ForLoop(f) => {
                let iterated = self.expr(&f.expr);
                self.branch_depth += 1;
                // Twice, so that data a pass adds to a variable reaches the next pass.
                for _ in 0..self.loop_passes() {
                    self.scopes.push(Vec::new());
                    self.bind(&f.pat, element_of(&iterated));
                    self.block(&f.body);
                    self.scopes.pop();
                }
                self.loop_depth -= 1;
                self.branch_depth -= 1;
                Value::default()
            }
            Expr::While(w) => {
                self.branch_depth += 1;
                for _ in 0..self.loop_passes() {
                    self.scopes.push(Vec::new());
                    self.condition(&w.cond);
                    self.block(&w.body);
                    self.scopes.pop();
                }
                self.loop_depth -= 1;
                self.branch_depth -= 1;
                Value::default()
            }
            Expr::Loop(l) => {
                self.branch_depth += 1;
                let mut value = Value::default();
                for _ in 0..self.loop_passes() {
                    value = value.merge(self.block(&l.body));
                }
                self.loop_depth -= 1;
                self.branch_depth -= 1;
                value
            }
            Expr::Let(l) => {
                let value = self.expr(&l.expr);
                self.bind(&l.pat, value);
                Value::default()
            }
            Expr::Struct(s) => {
                let mut value = Value::default();
                for field in &s.fields {
                    let field_value = self.expr(&field.expr);
                    let name = member_name(&field.member);
                    let stepped =
                        field_value.stepped(range_of(&field.member), &Note::Holds(name.clone()));
                    for taint in &stepped.taints {
                        add_taint(&mut value.taints, taint.clone());
                    }
                    value.fields.push((name, stepped));
                }
                if let Some(rest) = &s.rest {
                    let base = self.expr(rest);
                    for taint in base.taints {
                        add_taint(&mut value.taints, taint);
                    }
                }
                value.limit_nesting(MAX_FIELD_NESTING);
                value
            }
            Expr::Tuple(t) => {
                let mut value = Value::default();
                for (i, elem) in t.elems.iter().enumerate() {
                    let elem_value = self.expr(elem);
                    for taint in &elem_value.taints {
                        add_taint(&mut value.taints, taint.clone());
                    }
                    value.fields.push((i.to_string(), elem_value));
                }
                value.limit_nesting(MAX_FIELD_NESTING);
                value
            }
            Expr::Array(a) => {
                let elements: Vec<Value<'a>> = a.elems.iter().map(|e| self.expr(e)).collect();
                array_value(&a.elems.iter().collect::<Vec<_>>(), elements)
            }
            Expr::Repeat(r) => {
                self.expr(&r.len);
                self.expr(&r.expr).taint_only()
            }
            Expr::Index(i) => {
                let base = self.expr(&i.expr);
                self.expr(&i.index);
                element_of(&base)
            }
            Expr::Field(f) => {
                let base = self.expr(&f.base);
                let name = member_name(&f.member);
                match base.field(&name) {
                    Some(field) => field.clone(),
                    None if base.fields.is_empty() => base,
                    None => Value::default(),
                }
            }
            Expr::Return(r) => {
                if let Some(value) = &r.expr {
                    let value = self.expr(value);
                    self.result.returned = std::mem::take(&mut self.result.returned).merge(value);
                }
                Value::default()
            }
            Expr::Break(b) => b.expr.as_ref().map(|e| self.expr(e)).unwrap_or_default(),
            Expr::Range(r) => {
                for end in [&r.start, &r.end].into_iter().flatten() {
                    self.expr(end);
                }
                Value::default()
            }
            _ => Value::default(),
        }
    }

    /// How often to evaluate the body of a loop being entered (and enters it).
    fn loop_passes(&mut self) -> usize {
        self.loop_depth += 1;
        if self.loop_depth <= MAX_REPEATED_LOOP_DEPTH {
            2
        } else {
            1
        }
    }

    fn path_value(&mut self, path: &'a syn::Path) -> Value<'a> {
        let segments = path_segments(path);
        if let [name] = segments.as_slice()
            && let Some(value) = self.lookup(name)
        {
            return value.clone();
        }
        segments
            .last()
            .and_then(|last| self.constant(last))
            .unwrap_or_default()
    }

    /// The value of the file's constant `name` (an upper-case name), evaluated once.
    fn constant(&mut self, name: &str) -> Option<Value<'a>> {
        let is_const_name = name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        let init = *self.index.consts.get(name).filter(|_| is_const_name)?;
        match self.constants.get(name) {
            Some(Some(value)) => return Some(value.clone()),
            Some(None) => return None,
            None => {}
        }
        self.constants.insert(name.to_owned(), None);
        // A constant's value, without the data of the function evaluating it.
        let saved_scopes = std::mem::replace(&mut self.scopes, vec![Vec::new()]);
        let value = self.expr(init);
        self.scopes = saved_scopes;
        self.constants.insert(name.to_owned(), Some(value.clone()));
        Some(value)
    }

    fn condition(&mut self, cond: &'a Expr) {
        match cond {
            Expr::Let(l) => {
                let value = self.expr(&l.expr);
                self.bind(&l.pat, value);
            }
            Expr::Binary(b) if matches!(b.op, syn::BinOp::And(_)) => {
                self.condition(&b.left);
                self.condition(&b.right);
            }
            _ => {
                self.expr(cond);
            }
        }
    }

    fn if_expr(&mut self, e: &'a syn::ExprIf) -> Value<'a> {
        let consent = self.mentions_consent(&e.cond);
        let negated = is_negated(&e.cond);
        self.scopes.push(Vec::new());
        self.condition(&e.cond);
        self.branch_depth += 1;
        let guard_then = usize::from(consent && !negated);
        self.guarded += guard_then;
        let then_value = self.block(&e.then_branch);
        self.guarded -= guard_then;
        self.scopes.pop();
        let else_value = match &e.else_branch {
            Some((_, else_expr)) => {
                let guard_else = usize::from(consent && negated);
                self.guarded += guard_else;
                let value = self.expr(else_expr);
                self.guarded -= guard_else;
                value
            }
            None => Value::default(),
        };
        self.branch_depth -= 1;
        then_value.merge(else_value)
    }

    fn binary(&mut self, b: &'a syn::ExprBinary) -> Value<'a> {
        use syn::BinOp;
        let left = self.expr(&b.left);
        let right = self.expr(&b.right);
        match b.op {
            BinOp::Add(_) => {
                let text = format!("{}{}", left.text_or_unknown(), right.text_or_unknown());
                let decoded = left.decoded || right.decoded;
                let mut value = left.taint_only().merge(right.taint_only());
                value.text = Some(text);
                value.decoded = decoded;
                value
            }
            BinOp::BitXor(_) => {
                let mut value = left.merge(right);
                value.decoded = true;
                value
            }
            BinOp::AddAssign(_) => {
                if let Some(root) = root_variable(&b.left) {
                    let range = range_of(&b.right);
                    self.mix_into(&root, &right, range);
                    if let (Some(slot), Some(added)) = (self.lookup_mut(&root), &right.text)
                        && let Some(text) = &mut slot.text
                    {
                        text.push_str(added);
                    }
                }
                Value::default()
            }
            BinOp::BitXorAssign(_) => {
                if let Some(root) = root_variable(&b.left)
                    && let Some(slot) = self.lookup_mut(&root)
                {
                    slot.decoded = true;
                }
                Value::default()
            }
            BinOp::Sub(_)
            | BinOp::Mul(_)
            | BinOp::Div(_)
            | BinOp::Rem(_)
            | BinOp::BitAnd(_)
            | BinOp::BitOr(_)
            | BinOp::Shl(_)
            | BinOp::Shr(_) => left.taint_only().merge(right.taint_only()),
            _ => Value::default(),
        }
    }

    fn assign_place(&mut self, place: &'a Expr, value: Value<'a>) {
        match strip(place) {
            Expr::Path(p) if p.path.segments.len() == 1 => {
                let name = p.path.segments[0].ident.to_string();
                let value = value.stepped(range_of(place), &Note::Holds(name.clone()));
                self.assign(&name, value);
            }
            Expr::Field(f) => {
                let Some(root) = root_variable(&f.base) else {
                    return;
                };
                let field = member_name(&f.member);
                let range = range_of(place);
                let stepped = value.stepped(
                    range,
                    &Note::Holds(format!("{}.{field}", expr_text(&f.base))),
                );
                if let Some(slot) = self.lookup_mut(&root) {
                    for taint in &stepped.taints {
                        add_taint(&mut slot.taints, taint.clone());
                    }
                    if matches!(&*f.base, Expr::Path(_)) {
                        slot.fields.retain(|(n, _)| *n != field);
                        slot.fields.push((field, stepped));
                    }
                }
            }
            other => {
                if let Some(root) = root_variable(other) {
                    self.mix_into(&root, &value, range_of(place));
                }
            }
        }
    }

    // ----- calls -----

    fn call(&mut self, c: &'a syn::ExprCall) -> Value<'a> {
        let range = call_range(c);
        let Expr::Path(func) = &*c.func else {
            let callee = self.expr(&c.func);
            let args: Vec<Value<'a>> = c.args.iter().map(|a| self.expr(a)).collect();
            return args
                .into_iter()
                .fold(callee.taint_only(), |acc, v| acc.merge(v.taint_only()));
        };
        let written = path_segments(&func.path);
        if let [name] = written.as_slice()
            && let Some(closure) = self.lookup(name).and_then(|v| v.closure)
        {
            let params: Vec<Value<'a>> = c.args.iter().map(|a| self.expr(a)).collect();
            if self.closure_calls >= MAX_CLOSURE_CALLS {
                return params
                    .into_iter()
                    .fold(Value::default(), |acc, v| acc.merge(v.taint_only()));
            }
            self.closure_calls += 1;
            return self.run_closure(closure, params);
        }
        let path = self.index.expand_path(written.clone());
        if let Some(function) = self.index.resolve_function(&written, self.self_ty) {
            let args: Vec<(Value<'a>, TextRange)> =
                c.args.iter().map(|a| (self.expr(a), range_of(a))).collect();
            let name = written.join("::");
            return self.apply_summary(function, args, range, &name);
        }
        let args: Vec<Value<'a>> = c
            .args
            .iter()
            .map(|a| self.expr_or_closure(a, None))
            .collect();
        let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
        let shown = written.join("::");

        if let Some((_, data)) = cat::FUNCTION_SOURCES
            .iter()
            .find(|(p, _)| path_ends_with(&path, p))
        {
            return source_value(
                data.data_type(),
                range,
                format!("`{shown}()` returns {}", data.label),
            );
        }
        if let Some((_, data)) = self
            .index
            .catalogue
            .extra_sources
            .iter()
            .find(|(p, _)| p.len() > 1 && path_ends_with(&path, p))
        {
            return source_value(
                data.clone(),
                range,
                format!("`{shown}()` returns {}", data.label),
            );
        }
        if path_ends_with(&path, &["env", "var"]) || path_ends_with(&path, &["env", "var_os"]) {
            return self.env_var(&arg(0), range, &shown);
        }
        if let Some(home) = home_directory(&path) {
            return Value::text(home);
        }
        if cat::FILE_READERS.iter().any(|p| path_ends_with(&path, p)) {
            let read = self.read_file(&arg(0), range);
            return arg(0).taint_only().merge(read);
        }
        if cat::FILE_COPIERS.iter().any(|p| path_ends_with(&path, p)) {
            let from = self.path_taints(&arg(0), range_of(&c.args[0]));
            if let Some(root) = c.args.iter().nth(1).and_then(root_variable)
                && let Some(slot) = self.lookup_mut(&root)
            {
                for taint in from {
                    add_taint(&mut slot.taints, taint);
                }
            }
            return Value::default();
        }
        if let Some((_, net)) = cat::NET_CONSTRUCTORS
            .iter()
            .find(|(p, _)| path_ends_with(&path, p))
        {
            return Value {
                net: *net,
                ..Value::default()
            };
        }
        if let Some(net_call) = cat::NET_CALLS
            .iter()
            .find(|n| path_ends_with(&path, n.path))
        {
            let url = arg(net_call.url_arg);
            let url_range = c.args.iter().nth(net_call.url_arg).map_or(range, range_of);
            let mut value = self.open_request(url, range, url_range, &format!("{shown}()"));
            value.net = net_call.kind;
            if let Some(body) = net_call.body_arg {
                self.upload(
                    &arg(body),
                    range,
                    &format!("{shown}()"),
                    value.destination.clone(),
                    Position::Payload,
                );
            }
            return value;
        }
        if self
            .index
            .catalogue
            .extra_sinks
            .iter()
            .any(|p| p.len() > 1 && path_ends_with(&path, p))
        {
            for value in &args {
                self.upload(value, range, &format!("{shown}()"), None, Position::Payload);
            }
            return Value::default();
        }
        if cat::DECODERS.iter().any(|p| path_ends_with(&path, p)) {
            return decoded_value(&path, &arg(0));
        }
        if path_ends_with(&path, &["from_utf8"])
            || path_ends_with(&path, &["from_utf8_lossy"])
            || path_ends_with(&path, &["from_iter"])
        {
            let mut value = arg(0);
            if value.bytes.is_some() {
                value.decoded = true;
            }
            return value;
        }
        let mut value = self.unknown_call(args, &c.args.iter().collect::<Vec<_>>());
        if value.handle.is_none() {
            value.handle = constructed_type(&path);
        }
        value
    }

    /// An argument's value; a closure's body is evaluated with its parameters bound
    /// to `element` (the items an iterator adapter hands it).
    fn expr_or_closure(&mut self, arg: &'a Expr, element: Option<&Value<'a>>) -> Value<'a> {
        match strip(arg) {
            Expr::Closure(c) => {
                let element = element.cloned().unwrap_or_default();
                let params = vec![element; c.inputs.len()];
                let mut result = self.run_closure(c, params);
                result.closure = Some(c);
                result
            }
            _ => self.expr(arg),
        }
    }

    fn run_closure(&mut self, closure: &'a syn::ExprClosure, params: Vec<Value<'a>>) -> Value<'a> {
        self.scopes.push(Vec::new());
        for (input, value) in closure.inputs.iter().zip(params) {
            self.bind(input, value);
        }
        self.branch_depth += 1;
        let value = self.expr(&closure.body);
        self.branch_depth -= 1;
        self.scopes.pop();
        value
    }

    /// A call the catalogue does not know: its result may carry its arguments' data,
    /// and a path to a key file stays one (`WalkDir::new(ssh_dir)`, `glob(pattern)`).
    fn unknown_call(&mut self, args: Vec<Value<'a>>, exprs: &[&'a Expr]) -> Value<'a> {
        let single = args.len() == 1;
        let mut result = Value::default();
        for (value, expr) in args.into_iter().zip(exprs) {
            // Spans of large expressions are costly to compute: only when needed.
            let names_key_file = value
                .text
                .as_deref()
                .is_some_and(|t| cat::key_file(t).is_some());
            let range = if names_key_file {
                range_of(*expr)
            } else {
                TextRange::default()
            };
            let path_taints = self.path_taints(&value, range);
            let mut part = if single {
                Value {
                    closure: None,
                    ..value
                }
            } else {
                value.taint_only()
            };
            for taint in path_taints {
                add_taint(&mut part.taints, taint);
            }
            result = result.merge(part);
        }
        result
    }

    fn apply_summary(
        &mut self,
        function: usize,
        args: Vec<(Value<'a>, TextRange)>,
        range: TextRange,
        shown: &str,
    ) -> Value<'a> {
        self.result.calls.push((function, self.guarded > 0));
        let def = &self.index.functions[function];
        let summary = &self.summaries[function];
        let guarded = self.guarded > 0;
        for upload in &summary.param_uploads {
            let Origin::Param(param) = upload.taint.origin else {
                continue;
            };
            let Some((arg, arg_range)) = args.get(param) else {
                continue;
            };
            let passed = Note::Passed {
                callee: def.name.clone(),
                param: def.param_name(param),
            };
            for taint in arg.taints.iter().filter(|t| t.form == Form::Data) {
                let mut combined = taint.with_step(*arg_range, passed.clone());
                for step in &upload.taint.steps {
                    combined = combined.with_step(step.range, step.note.clone());
                }
                self.result.events.push(Upload {
                    taint: combined,
                    guarded: upload.guarded || guarded,
                    ..upload.clone()
                });
            }
        }
        let returned = summary.returns.clone();
        self.substitute(&returned, &args, range, &Note::Returned(shown.to_owned()))
    }

    /// A callee's returned value as the caller sees it: its parameters' data replaced
    /// by the arguments' data, field by field.
    fn substitute(
        &self,
        returned: &Value<'a>,
        args: &[(Value<'a>, TextRange)],
        range: TextRange,
        note: &Note,
    ) -> Value<'a> {
        let mut value = Value {
            taints: Vec::new(),
            fields: Vec::new(),
            ..returned.clone()
        };
        for taint in &returned.taints {
            match taint.origin {
                Origin::Source(_) => {
                    add_taint(&mut value.taints, taint.with_step(range, note.clone()))
                }
                Origin::Param(param) => {
                    let Some((arg, arg_range)) = args.get(param) else {
                        continue;
                    };
                    let carried: Vec<Taint> = match taint.form {
                        Form::Data => arg.taints.clone(),
                        // The function reads the file its parameter names.
                        Form::Path => self
                            .path_taints(arg, *arg_range)
                            .into_iter()
                            .map(|t| as_file_contents(&t, range))
                            .collect(),
                    };
                    for carried in carried {
                        add_taint(&mut value.taints, carried.with_step(range, note.clone()));
                    }
                }
            }
        }
        value.fields = returned
            .fields
            .iter()
            .map(|(name, field)| (name.clone(), self.substitute(field, args, range, note)))
            .collect();
        value
    }

    fn method_call(&mut self, m: &'a syn::ExprMethodCall) -> Value<'a> {
        let method = m.method.to_string();
        let range = method_range(m);
        let receiver = self.expr(&m.receiver);
        let element = element_of(&receiver);
        let args: Vec<Value<'a>> = m
            .args
            .iter()
            .map(|a| self.expr_or_closure(a, Some(&element)))
            .collect();
        let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
        let receiver_names = expr_names(&m.receiver);
        let on_self = receiver_names == "self" || receiver_names.starts_with("self.");

        let local = self.index.resolve_method(&method, on_self, self.self_ty);
        let catalogued = cat::PAYLOAD_METHODS.contains(&method.as_str())
            || cat::CLIENT_METHODS.iter().any(|(n, _)| *n == method);
        if let Some(function) = local.filter(|_| on_self || !catalogued) {
            let mut passed = vec![(receiver.clone(), range_of(&m.receiver))];
            passed.extend(args.iter().cloned().zip(m.args.iter().map(range_of)));
            return self.apply_summary(function, passed, range, &method);
        }

        if let Some((_, _, data)) = cat::METHOD_SOURCES.iter().find(|(name, hints, _)| {
            *name == method
                && (hints.is_empty()
                    || hints.iter().any(|h| {
                        receiver_names.contains(h)
                            || receiver.handle.as_ref().is_some_and(|t| t.contains(h))
                    }))
        }) {
            return source_value(
                data.data_type(),
                range,
                format!("`.{method}()` returns {}", data.label),
            );
        }
        if let Some((_, data)) = self
            .index
            .catalogue
            .extra_sources
            .iter()
            .find(|(p, _)| p.len() == 1 && p[0] == method)
        {
            return source_value(
                data.clone(),
                range,
                format!("`.{method}()` returns {}", data.label),
            );
        }
        if matches!(
            method.as_str(),
            "read_to_string" | "read_to_end" | "read_line" | "read_exact"
        ) {
            if let Some(root) = m.args.first().and_then(root_variable) {
                let read = receiver.taint_only();
                self.mix_into(&root, &read, range_of(&m.args[0]));
            }
            return Value::default();
        }
        if method == "decode" {
            let engine = receiver_names.to_lowercase();
            let path: Vec<String> = if engine.contains("hex") {
                vec!["hex".into(), "decode".into()]
            } else {
                vec!["base64".into(), "decode".into()]
            };
            return decoded_value(&path, &arg(0));
        }

        // Network: opening requests, setting destinations, sending payloads.
        if let Some((_, url_arg)) = cat::CLIENT_METHODS.iter().find(|(n, _)| *n == method) {
            let url = arg(*url_arg);
            let url_looks_like_url = url.text.as_deref().is_some_and(|t| t.contains("://"));
            let named_like_client = cat::CLIENT_NAME_HINTS
                .iter()
                .any(|h| receiver_names.contains(h));
            let is_client = receiver.net == NetKind::Client
                || (receiver.net == NetKind::Plain && (named_like_client || url_looks_like_url));
            if is_client {
                let url_range = m.args.iter().nth(*url_arg).map_or(range, range_of);
                return self.open_request(url, range, url_range, &format!(".{method}()"));
            }
        }
        let sends = matches!(
            receiver.net,
            NetKind::Request | NetKind::Email | NetKind::Curl | NetKind::Socket
        );
        if sends && cat::DESTINATION_SETTERS.contains(&method.as_str()) {
            let url_range = m.args.first().map_or(range, range_of);
            let mut request = self.open_request(arg(0), range, url_range, &format!(".{method}()"));
            request.net = receiver.net;
            if let Some(root) = root_variable(&m.receiver)
                && let Some(slot) = self.lookup_mut(&root)
                && slot.net == receiver.net
            {
                slot.destination = request.destination.clone();
            }
            return request;
        }
        let websocket_message = m.args.first().is_some_and(is_websocket_message);
        if (sends || websocket_message) && cat::PAYLOAD_METHODS.contains(&method.as_str()) {
            let mut destination = receiver.destination.clone();
            if method == "send_to"
                && let Some(addr) = m.args.iter().nth(1)
            {
                let addr_value = arg(1);
                destination = Some(self.network_call(&addr_value, range, range_of(addr)));
            }
            let shown = format!(".{method}()");
            for (i, value) in args.iter().enumerate() {
                if method == "send_to" && i == 1 {
                    continue;
                }
                let position = self.payload_position(&method, m, i);
                self.upload(value, range, &shown, destination.clone(), position);
            }
            return Value {
                destination,
                ..receiver
            };
        }
        if self
            .index
            .catalogue
            .extra_sinks
            .iter()
            .any(|p| p.len() == 1 && p[0] == method)
        {
            for value in &args {
                self.upload(
                    value,
                    range,
                    &format!(".{method}()"),
                    receiver.destination.clone(),
                    Position::Payload,
                );
            }
            return Value::default();
        }

        if cat::MUTATORS.contains(&method.as_str()) && receiver.net == NetKind::Plain {
            if let Some(root) = root_variable(&m.receiver) {
                let added = args
                    .iter()
                    .fold(Value::default(), |acc, v| acc.merge(v.taint_only()));
                self.mix_into(&root, &added, range);
                if let Some(text) = args.first().and_then(|a| a.text.clone())
                    && let Some(slot) = self.lookup_mut(&root)
                    && let Some(existing) = &mut slot.text
                {
                    // `String::push` takes a char; `PathBuf::push` a path component.
                    let path_component = method == "push" && text.chars().nth(1).is_some();
                    if path_component {
                        existing.push('/');
                    }
                    if path_component || method == "push_str" {
                        existing.push_str(&text);
                    }
                }
            }
            return Value::default();
        }
        if cat::SCALAR_METHODS.contains(&method.as_str()) {
            return Value::default();
        }

        let mut result = match method.as_str() {
            "join" if receiver.text.is_some() || arg(0).text.is_some() => {
                // `Path::join`: path text for key-file detection, also on a directory
                // known only at run time (a helper's `home` parameter).
                let mut joined = receiver.clone();
                joined.text = Some(format!(
                    "{}/{}",
                    receiver.text_or_unknown(),
                    arg(0).text_or_unknown()
                ));
                joined.merge(arg(0).taint_only())
            }
            "rev" => {
                let mut reversed = receiver.clone();
                reversed.text = receiver.text.as_ref().map(|t| t.chars().rev().collect());
                reversed.bytes = receiver
                    .bytes
                    .as_ref()
                    .map(|b| b.iter().rev().copied().collect());
                reversed.decoded = reversed.text.is_some() || reversed.bytes.is_some();
                reversed
            }
            "map" | "flat_map" | "filter_map" => self.mapped(m, &receiver, args.first()),
            "collect" | "concat" if receiver.bytes.is_some() && receiver.text.is_none() => {
                let mut collected = receiver.clone();
                collected.decoded = true;
                collected
            }
            name if cat::TEXT_PRESERVING_METHODS.contains(&name) || name == "collect" => {
                receiver.clone()
            }
            _ if matches!(
                receiver.net,
                NetKind::Client
                    | NetKind::Request
                    | NetKind::Socket
                    | NetKind::Email
                    | NetKind::Curl
            ) =>
            {
                receiver.clone()
            }
            _ => receiver.taint_only(),
        };
        if !matches!(method.as_str(), "map" | "flat_map" | "filter_map") {
            for value in &args {
                result = result.merge(value.taint_only());
            }
        }
        // A walk over the file system filtered for key files yields key files.
        if matches!(
            method.as_str(),
            "filter" | "filter_map" | "find" | "find_map" | "any"
        ) {
            for arg in &m.args {
                let names = collect_names(|c| c.visit_expr(arg));
                if names.literals.iter().any(|l| cat::names_key_files(l)) {
                    let data = cat::key_file("*.pem").map(|d| d.data_type());
                    if let Some(data) = data {
                        add_taint(
                            &mut result.taints,
                            Taint::source(
                                data,
                                Form::Path,
                                range_of(arg),
                                "the filter picks out key files".to_owned(),
                            ),
                        );
                    }
                }
            }
        }
        result
    }

    /// `bytes.iter().map(|b| b ^ KEY)`: applies constant XOR keys so that the
    /// decoded destination can be named.
    fn mapped(
        &mut self,
        m: &'a syn::ExprMethodCall,
        receiver: &Value<'a>,
        mapped: Option<&Value<'a>>,
    ) -> Value<'a> {
        let mut value = receiver.taint_only();
        if let Some(mapped) = mapped {
            value = value.merge(mapped.taint_only());
            value.decoded |= mapped.decoded;
        }
        let Some(Expr::Closure(closure)) = m.args.first().map(strip) else {
            return value;
        };
        let mut body = strip(&closure.body);
        let mut casts_to_char = false;
        if let Expr::Cast(cast) = body {
            casts_to_char = is_char_type(&cast.ty);
            body = strip(&cast.expr);
        }
        if let Some(bytes) = &receiver.bytes {
            let key = match body {
                Expr::Binary(b) if matches!(b.op, syn::BinOp::BitXor(_)) => [&b.left, &b.right]
                    .into_iter()
                    .find_map(|side| self.expr(side).text.and_then(|t| parse_int(&t))),
                _ => None,
            };
            if let Some(key) = key {
                value.bytes = Some(bytes.iter().map(|b| b ^ key).collect());
                value.decoded = true;
            } else if casts_to_char {
                value.bytes = Some(bytes.clone());
                value.decoded = true;
            }
        }
        value
    }

    fn payload_position(
        &self,
        method: &str,
        m: &syn::ExprMethodCall,
        arg_index: usize,
    ) -> Position {
        match method {
            "bearer_auth" | "basic_auth" => Position::Authorization,
            "header" | "set" | "with_header" if arg_index > 0 => {
                let name = m
                    .args
                    .first()
                    .and_then(|k| string_literal(k).or_else(|| Some(expr_names(k))))
                    .unwrap_or_default();
                if trustlint_core::hosts::is_authorization_header(
                    name.rsplit('.').next().unwrap_or_default(),
                ) {
                    Position::Authorization
                } else {
                    Position::Payload
                }
            }
            "header" | "set" => Position::Payload,
            _ => Position::Payload,
        }
    }

    // ----- sources and sinks -----

    fn env_var(&mut self, name: &Value<'a>, range: TextRange, shown: &str) -> Value<'a> {
        let names: Vec<String> = match &name.text {
            Some(text) => vec![text.clone()],
            None => name.one_of.clone(),
        };
        if names.iter().any(|n| n == "HOME" || n == "USERPROFILE") {
            return Value::text("~");
        }
        if names.len() >= cat::ENV_HARVEST_NAMES {
            return source_value(
                cat::ENV_DUMP.data_type(),
                range,
                format!(
                    "`{shown}` reads {} environment variables by name",
                    names.len()
                ),
            );
        }
        match names.iter().find_map(|n| cat::env_var(n).map(|d| (n, d))) {
            Some((var, data)) => {
                let mut data_type = data.data_type();
                if data_type.credential {
                    data_type.label = format!("the secret environment variable `{var}`");
                }
                source_value(
                    data_type,
                    range,
                    format!("`{shown}(\"{var}\")` reads {}", data.label),
                )
            }
            None => Value::default(),
        }
    }

    /// Path-form taints for a value naming a key file: carried ones, and one from its
    /// text (`~/.ssh/id_rsa`).
    fn path_taints(&self, value: &Value<'a>, range: TextRange) -> Vec<Taint> {
        let mut taints: Vec<Taint> = value
            .taints
            .iter()
            .filter(|t| t.form == Form::Path)
            .cloned()
            .collect();
        if let Some(text) = &value.text
            && let Some(data) = cat::key_file(text)
        {
            add_taint(
                &mut taints,
                Taint::source(
                    data.data_type(),
                    Form::Path,
                    range,
                    format!("names {}", data.label),
                ),
            );
        }
        taints
    }

    /// Reading a file: its contents are sensitive when its path names a key file.
    fn read_file(&self, path: &Value<'a>, range: TextRange) -> Value<'a> {
        let mut value = Value::default();
        for taint in self.path_taints(path, range) {
            add_taint(&mut value.taints, as_file_contents(&taint, range));
        }
        // Inside a summarised function: reading the file a parameter names.
        for taint in &path.taints {
            if let Origin::Param(i) = taint.origin {
                add_taint(
                    &mut value.taints,
                    Taint {
                        origin: Origin::Param(i),
                        form: Form::Path,
                        steps: Vec::new(),
                    },
                );
            }
        }
        value
    }

    fn network_call(
        &mut self,
        url: &Value<'a>,
        range: TextRange,
        url_range: TextRange,
    ) -> Destination {
        let destination = Destination {
            text: url.text.clone().or_else(|| {
                url.bytes
                    .as_ref()
                    .map(|b| String::from_utf8_lossy(b).into_owned())
            }),
            decoded: url.decoded,
            range: url_range,
        };
        if destination.host().is_some() || destination.decoded {
            self.result.network_calls.push(NetworkCall {
                range,
                destination: destination.clone(),
            });
        }
        destination
    }

    /// A request or connection to `url`: a network call, a sink for data in the URL,
    /// and (for geo-IP services) a source of the user's location.
    fn open_request(
        &mut self,
        url: Value<'a>,
        range: TextRange,
        url_range: TextRange,
        shown: &str,
    ) -> Value<'a> {
        let destination = self.network_call(&url, range, url_range);
        self.upload(&url, range, shown, Some(destination.clone()), Position::Url);
        let mut value = Value {
            net: NetKind::Request,
            destination: Some(destination.clone()),
            ..Value::default()
        };
        if destination
            .text
            .as_deref()
            .is_some_and(trustlint_core::hosts::is_geo_ip_lookup)
        {
            value = value.with_taint(Taint::source(
                cat::LOCATION.data_type(),
                Form::Data,
                range,
                "a geo-IP lookup returns the device's location".to_owned(),
            ));
        }
        value
    }

    fn upload(
        &mut self,
        value: &Value<'a>,
        range: TextRange,
        call: &str,
        destination: Option<Destination>,
        position: Position,
    ) {
        for taint in value.taints.iter().filter(|t| t.form == Form::Data) {
            self.result.events.push(Upload {
                range,
                call: call.to_owned(),
                taint: taint.clone(),
                destination: destination.clone(),
                position,
                guarded: self.guarded > 0,
            });
        }
    }

    // ----- macros -----

    fn macro_value(&mut self, mac: &'a syn::Macro, range: TextRange) -> Value<'a> {
        let Some(name) = mac.path.segments.last().map(|s| s.ident.to_string()) else {
            return Value::default();
        };
        let Some(body) = self.index.macros.get(mac) else {
            return Value::default();
        };
        let exprs: Vec<&'a Expr> = body.exprs.iter().collect();
        match name.as_str() {
            "format" | "format_args" | "concat" | "anyhow" => self.format(&exprs),
            "write" | "writeln" => {
                let Some((target, rest)) = exprs.split_first() else {
                    return Value::default();
                };
                let destination = self.expr(target);
                let written = self.format(rest);
                if destination.net == NetKind::Socket {
                    self.upload(
                        &written,
                        range,
                        &format!("{name}!()"),
                        destination.destination.clone(),
                        Position::Payload,
                    );
                } else if let Some(root) = root_variable(target) {
                    self.mix_into(&root, &written, range);
                }
                Value::default()
            }
            "vec" => {
                let values: Vec<Value<'a>> = exprs.iter().map(|e| self.expr(e)).collect();
                if body.repeat {
                    return values.into_iter().next().unwrap_or_default().taint_only();
                }
                array_value(&exprs, values)
            }
            "println" | "eprintln" | "print" | "eprint" | "panic" | "assert" | "assert_eq"
            | "debug_assert" | "trace" | "debug" | "info" | "warn" | "error" | "log" => {
                for expr in exprs {
                    self.expr(expr);
                }
                Value::default()
            }
            _ => exprs.iter().fold(Value::default(), |acc, e| {
                let value = self.expr(e);
                acc.merge(value.taint_only())
            }),
        }
    }

    /// `format!`-like macros: the text with known arguments filled in, carrying every
    /// argument's data (inline `{name}` arguments included).
    fn format(&mut self, exprs: &[&'a Expr]) -> Value<'a> {
        let Some((first, rest)) = exprs.split_first() else {
            return Value::default();
        };
        let template = string_literal(first);
        let mut positional = Vec::new();
        let mut named: Vec<(String, Value<'a>)> = Vec::new();
        for expr in rest {
            match expr {
                Expr::Assign(a) if matches!(&*a.left, Expr::Path(_)) => {
                    let name = expr_names(&a.left);
                    let value = self.expr(&a.right);
                    named.push((name, value));
                }
                _ => positional.push(self.expr(expr)),
            }
        }
        let Some(template) = template else {
            // `concat!` and friends: every argument is a piece.
            let first_value = self.expr(first);
            let mut value =
                std::iter::once(first_value)
                    .chain(positional)
                    .fold(Value::text(""), |acc, v| {
                        let text = format!("{}{}", acc.text_or_unknown(), v.text_or_unknown());
                        let mut joined = acc.taint_only().merge(v.taint_only());
                        joined.text = Some(text);
                        joined
                    });
            value.decoded = false;
            return value;
        };
        let mut text = String::new();
        let mut value = Value::default();
        let mut next_positional = 0;
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text.push('}');
                }
                '{' => {
                    let mut spec = String::new();
                    for c in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                        spec.push(c);
                    }
                    let argument = spec.split(':').next().unwrap_or_default().trim().to_owned();
                    let filled = if argument.is_empty() {
                        next_positional += 1;
                        positional.get(next_positional - 1).cloned()
                    } else if let Ok(i) = argument.parse::<usize>() {
                        positional.get(i).cloned()
                    } else {
                        named
                            .iter()
                            .find(|(n, _)| *n == argument.to_lowercase())
                            .map(|(_, v)| v.clone())
                            .or_else(|| self.lookup(&argument).cloned())
                            .or_else(|| self.constant(&argument))
                    };
                    let filled = filled.unwrap_or_default();
                    text.push_str(&filled.text_or_unknown());
                    value.decoded |= filled.decoded;
                    value = value.merge(filled.taint_only());
                }
                other => text.push(other),
            }
        }
        for extra in positional.iter().chain(named.iter().map(|(_, v)| v)) {
            value = value.merge(extra.taint_only());
        }
        value.text = Some(text);
        value
    }
}

fn member_name(member: &syn::Member) -> String {
    match member {
        syn::Member::Named(name) => name.to_string(),
        syn::Member::Unnamed(i) => i.index.to_string(),
    }
}

fn expr_text(expr: &Expr) -> String {
    expr_names(expr)
}

fn literal<'a>(lit: &syn::Lit) -> Value<'a> {
    match lit {
        syn::Lit::Str(s) => Value::text(s.value()),
        syn::Lit::ByteStr(b) => Value {
            text: Some(String::from_utf8_lossy(&b.value()).into_owned()),
            bytes: Some(b.value()),
            ..Value::default()
        },
        syn::Lit::Char(c) => Value::text(c.value().to_string()),
        syn::Lit::Int(i) => Value::text(i.base10_digits().to_owned()),
        _ => Value::default(),
    }
}

fn parse_int(text: &str) -> Option<u8> {
    let text = text.trim();
    match text.strip_prefix("0x") {
        Some(hex) => u8::from_str_radix(hex, 16).ok(),
        None => text.parse().ok(),
    }
}

fn is_char_type(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.path.is_ident("char"))
}

/// An array or `vec!` value: its data, its string elements (for loops over names),
/// and its bytes when every element is an integer or char literal.
fn array_value<'a>(exprs: &[&Expr], elements: Vec<Value<'a>>) -> Value<'a> {
    let mut value = Value::default();
    let mut bytes = Vec::new();
    let mut all_bytes = !exprs.is_empty();
    let mut strings = Vec::new();
    for (expr, element) in exprs.iter().zip(&elements) {
        match strip(expr) {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Int(i),
                ..
            }) => match i.base10_parse::<u8>() {
                Ok(b) => bytes.push(b),
                Err(_) => all_bytes = false,
            },
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Char(c),
                ..
            }) => {
                let mut buffer = [0; 4];
                bytes.extend_from_slice(c.value().encode_utf8(&mut buffer).as_bytes());
            }
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => {
                strings.push(s.value());
                all_bytes = false;
            }
            _ => {
                all_bytes = false;
                if let Some(text) = &element.text {
                    strings.push(text.clone());
                }
            }
        }
    }
    for element in elements {
        for taint in element.taints {
            add_taint(&mut value.taints, taint);
        }
    }
    if all_bytes {
        value.bytes = Some(bytes);
    }
    value.one_of = strings;
    value
}

/// What iterating over a value yields (or what `Result::and_then` hands its closure,
/// which keeps a constructed handle's type).
fn element_of<'a>(value: &Value<'a>) -> Value<'a> {
    Value {
        taints: value.taints.clone(),
        one_of: value.one_of.clone(),
        handle: value.handle.clone(),
        ..Value::default()
    }
}

/// The type a constructor-like call names (`arboard::Clipboard::new` → `clipboard`):
/// a path whose next-to-last segment is a type.
fn constructed_type(path: &[String]) -> Option<String> {
    let [.., ty, _] = path else {
        return None;
    };
    ty.starts_with(|c: char| c.is_ascii_uppercase())
        .then(|| ty.to_lowercase())
}

fn source_value<'a>(data: DataType, range: TextRange, note: String) -> Value<'a> {
    Value::default().with_taint(Taint::source(data, Form::Data, range, note))
}

/// A path-form taint turned into the contents of the file, the read being the source.
fn as_file_contents(path_taint: &Taint, read: TextRange) -> Taint {
    match &path_taint.origin {
        Origin::Source(data) => Taint::source(
            data.clone(),
            Form::Data,
            read,
            format!("{} read here", data.label),
        ),
        Origin::Param(i) => Taint {
            origin: Origin::Param(*i),
            form: Form::Path,
            steps: Vec::new(),
        },
    }
}

fn decoded_value<'a>(path: &[String], input: &Value<'a>) -> Value<'a> {
    let text = input.text.as_deref().unwrap_or_default();
    let text = text.trim();
    let bytes = if path.iter().any(|s| s == "hex") {
        encoding::decode_hex(text)
    } else {
        encoding::decode_base64(text)
    };
    Value {
        taints: input.taints.clone(),
        text: bytes
            .as_ref()
            .map(|b| String::from_utf8_lossy(b).into_owned()),
        bytes,
        decoded: true,
        ..Value::default()
    }
}

/// `dirs::home_dir()` and friends, as path text (`~` is the home directory).
fn home_directory(path: &[String]) -> Option<&'static str> {
    let last_two = |a: &str, b: &str| path_ends_with(path, &[a, b]);
    if last_two("dirs", "home_dir")
        || last_two("home", "home_dir")
        || last_two("env", "home_dir")
        || last_two("dirs_next", "home_dir")
    {
        Some("~")
    } else if last_two("dirs", "config_dir") {
        Some("~/.config")
    } else if last_two("dirs", "data_dir") {
        Some("~/.local/share")
    } else if last_two("dirs", "data_local_dir") {
        Some("~/AppData/Local")
    } else {
        None
    }
}

fn is_websocket_message(arg: &Expr) -> bool {
    match strip(arg) {
        Expr::Call(c) => matches!(&*c.func, Expr::Path(p) if {
            let segments = path_segments(&p.path);
            path_ends_with(&segments, &["Message", "Text"]) || path_ends_with(&segments, &["Message", "Binary"])
        }),
        Expr::MethodCall(m) if m.method == "into" => is_websocket_message(&m.receiver),
        _ => false,
    }
}
