//! Crate-wide taint flow on HIR with the compiler's name resolution and types.
//!
//! Inside a function, a value is tainted when it mentions a source call or a
//! tainted local; `let`, assignment, `match`/`for` bindings, closure parameters and
//! mutating calls (`buf.push_str(x)`, `stream.read_to_string(&mut buf)`) carry the
//! taint. Across the crate's functions — in any module — two summaries are computed
//! to a fixpoint: which sources a function returns, and which parameters reach a
//! sink inside it (directly or through further helpers).

use crate::catalogue::{self, def_path};
use rustc_data_structures::fx::{FxHashMap, FxHashSet};
use rustc_hir::def::{DefKind, Res};
use rustc_hir::def_id::{DefId, LocalDefId};
use rustc_hir::intravisit::{self, Visitor};
use rustc_ast::LitKind;
use rustc_hir::{Expr, ExprKind, HirId, LetStmt, Pat, QPath};
use rustc_lint::LateContext;
use rustc_middle::hir::nested_filter;
use rustc_middle::ty::TypeckResults;
use rustc_span::Span;

/// What a tainted value holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    EnvDump,
    KeyFile,
    NetworkInput,
}

/// Where a sink sends its arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SinkKind {
    Network,
    Process,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    Source { kind: SourceKind, span: Span },
    /// The function's parameter with this index (for summaries).
    Param(usize),
}

/// A tainted value reaching a sink.
#[derive(Clone, Debug)]
pub struct SinkHit {
    pub sink: SinkKind,
    /// The call that sends the data (or the helper call that leads to it).
    pub span: Span,
    pub hir_id: HirId,
    pub origins: FxHashSet<Origin>,
    /// When the sink is inside a helper: the helper's name and the sink's span there.
    pub through: Option<(String, Span)>,
}

#[derive(Default)]
pub struct Summaries {
    returns: FxHashMap<LocalDefId, FxHashSet<Origin>>,
    /// (parameter index, sink kind, sink span) reached inside the function.
    param_sinks: FxHashMap<LocalDefId, FxHashSet<(usize, SinkKind, Span)>>,
}

/// Rounds of summary propagation; helper chains deeper than this are not followed.
const MAX_SUMMARY_ROUNDS: usize = 8;

/// Every function and method of the crate that has a body.
pub fn crate_functions(cx: &LateContext<'_>) -> Vec<LocalDefId> {
    cx.tcx
        .hir_body_owners()
        .filter(|&id| matches!(cx.tcx.def_kind(id), DefKind::Fn | DefKind::AssocFn))
        .collect()
}

pub fn summarise(cx: &LateContext<'_>, functions: &[LocalDefId]) -> Summaries {
    let mut summaries = Summaries::default();
    for _ in 0..MAX_SUMMARY_ROUNDS {
        let mut changed = false;
        for &function in functions {
            let flow = analyse(cx, function, &summaries, true);
            let returns: FxHashSet<Origin> = flow.returns.into_iter().filter(|o| matches!(o, Origin::Source { .. })).collect();
            let mut param_sinks = FxHashSet::default();
            for hit in &flow.hits {
                for origin in &hit.origins {
                    if let Origin::Param(index) = origin {
                        let sink_span = hit.through.as_ref().map_or(hit.span, |(_, span)| *span);
                        param_sinks.insert((*index, hit.sink, sink_span));
                    }
                }
            }
            if summaries.returns.get(&function) != Some(&returns) && !returns.is_empty() {
                summaries.returns.insert(function, returns);
                changed = true;
            }
            if summaries.param_sinks.get(&function) != Some(&param_sinks) && !param_sinks.is_empty() {
                summaries.param_sinks.insert(function, param_sinks);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    summaries
}

pub struct BodyFlow {
    pub hits: Vec<SinkHit>,
    returns: FxHashSet<Origin>,
}

/// Analyses one function; with `seed_params`, parameters carry `Origin::Param`.
pub fn analyse(cx: &LateContext<'_>, function: LocalDefId, summaries: &Summaries, seed_params: bool) -> BodyFlow {
    let body = cx.tcx.hir_body_owned_by(function);
    let mut walker = Walker {
        cx,
        typeck: cx.tcx.typeck(function),
        summaries,
        locals: FxHashMap::default(),
        hits: Vec::new(),
        changed: false,
    };
    if seed_params {
        for (index, param) in body.params.iter().enumerate() {
            walker.bind(param.pat, &FxHashSet::from_iter([Origin::Param(index)]));
        }
    }
    // Loops can carry taint backwards; a few passes reach the fixpoint in practice.
    for _ in 0..4 {
        walker.changed = false;
        walker.hits.clear();
        walker.visit_expr(body.value);
        if !walker.changed {
            break;
        }
    }
    let returns = walker.origins(body.value);
    BodyFlow {
        hits: walker.hits,
        returns,
    }
}

struct Walker<'a, 'tcx> {
    cx: &'a LateContext<'tcx>,
    typeck: &'tcx TypeckResults<'tcx>,
    summaries: &'a Summaries,
    locals: FxHashMap<HirId, FxHashSet<Origin>>,
    hits: Vec<SinkHit>,
    changed: bool,
}

impl<'tcx> Walker<'_, 'tcx> {
    fn bind(&mut self, pat: &Pat<'_>, origins: &FxHashSet<Origin>) {
        if origins.is_empty() {
            return;
        }
        pat.each_binding(|_, hir_id, _, _| self.taint_local(hir_id, origins));
    }

    fn taint_local(&mut self, hir_id: HirId, origins: &FxHashSet<Origin>) {
        let entry = self.locals.entry(hir_id).or_default();
        let before = entry.len();
        entry.extend(origins.iter().copied());
        self.changed |= entry.len() != before;
    }

    /// The local a place expression names (`x`, `&mut x`, `x.field`).
    fn local_of(expr: &Expr<'_>) -> Option<HirId> {
        match expr.kind {
            ExprKind::Path(QPath::Resolved(None, path)) => match path.res {
                Res::Local(hir_id) => Some(hir_id),
                _ => None,
            },
            ExprKind::AddrOf(_, _, inner) | ExprKind::Field(inner, _) | ExprKind::Index(inner, _, _) => Self::local_of(inner),
            _ => None,
        }
    }

    fn callee(&self, expr: &Expr<'_>) -> Option<DefId> {
        match expr.kind {
            ExprKind::Call(callee, _) => match &callee.kind {
                ExprKind::Path(qpath) => self.typeck.qpath_res(qpath, callee.hir_id).opt_def_id(),
                _ => None,
            },
            ExprKind::MethodCall(..) => self.typeck.type_dependent_def_id(expr.hir_id),
            _ => None,
        }
    }

    /// Origins of the value of `expr`: every source call and tainted local it mentions.
    fn origins(&self, expr: &'tcx Expr<'tcx>) -> FxHashSet<Origin> {
        let mut collector = Mentions {
            walker: self,
            found: FxHashSet::default(),
        };
        collector.visit_expr(expr);
        collector.found
    }

    fn source_of(&self, expr: &'tcx Expr<'tcx>) -> FxHashSet<Origin> {
        let mut found = FxHashSet::default();
        let Some(def_id) = self.callee(expr) else {
            return found;
        };
        let path = def_path(self.cx, def_id);
        if catalogue::ENV_DUMP_SOURCES.contains(&path.as_str()) {
            found.insert(Origin::Source {
                kind: SourceKind::EnvDump,
                span: expr.span,
            });
        } else if catalogue::FILE_READS.contains(&path.as_str()) && mentions_key_file(expr) {
            found.insert(Origin::Source {
                kind: SourceKind::KeyFile,
                span: expr.span,
            });
        } else if let Some(local) = def_id.as_local() {
            if let Some(returns) = self.summaries.returns.get(&local) {
                found.extend(returns.iter().copied());
            }
        }
        found
    }

    fn arguments<'e>(expr: &'e Expr<'e>) -> Vec<&'e Expr<'e>> {
        match expr.kind {
            ExprKind::Call(_, args) => args.iter().collect(),
            ExprKind::MethodCall(_, receiver, args, _) => std::iter::once(receiver).chain(args.iter()).collect(),
            _ => Vec::new(),
        }
    }

    fn check_call(&mut self, expr: &'tcx Expr<'tcx>) {
        let Some(def_id) = self.callee(expr) else {
            return;
        };
        let path = def_path(self.cx, def_id);
        // Reading a network stream into `&mut buf` taints `buf`.
        if let ExprKind::MethodCall(_, receiver, args, _) = expr.kind {
            let receiver_ty = self.typeck.expr_ty_adjusted(receiver);
            if catalogue::STREAM_READS.contains(&path.as_str()) && catalogue::is_network_stream(self.cx, receiver_ty) {
                if let Some(buffer) = args.first().and_then(|a| Self::local_of(a)) {
                    let origin = FxHashSet::from_iter([Origin::Source {
                        kind: SourceKind::NetworkInput,
                        span: expr.span,
                    }]);
                    self.taint_local(buffer, &origin);
                }
            }
            // Mutating calls carry their arguments' taint into the receiver.
            let method = self.cx.tcx.item_name(def_id);
            if matches!(method.as_str(), "push_str" | "push" | "extend" | "insert" | "append" | "extend_from_slice") {
                if let Some(target) = Self::local_of(receiver) {
                    let origins: FxHashSet<Origin> = args.iter().flat_map(|a| self.origins(a)).collect();
                    if !origins.is_empty() {
                        self.taint_local(target, &origins);
                    }
                }
            }
            // Closures given to a tainted receiver see tainted parameters.
            let receiver_origins = self.origins(receiver);
            if !receiver_origins.is_empty() {
                for arg in args {
                    if let ExprKind::Closure(closure) = arg.kind {
                        let body = self.cx.tcx.hir_body(closure.body);
                        for param in body.params {
                            self.bind(param.pat, &receiver_origins);
                        }
                    }
                }
            }
            let is_network_write = catalogue::STREAM_WRITES.contains(&path.as_str())
                && catalogue::is_network_stream(self.cx, receiver_ty);
            if is_network_write {
                let origins: FxHashSet<Origin> = args.iter().flat_map(|a| self.origins(a)).collect();
                self.record(SinkKind::Network, expr, origins, None);
            }
        }
        if catalogue::is_http_sink(self.cx, def_id) {
            let origins: FxHashSet<Origin> = match expr.kind {
                ExprKind::MethodCall(_, _, args, _) | ExprKind::Call(_, args) => args.iter().flat_map(|a| self.origins(a)).collect(),
                _ => FxHashSet::default(),
            };
            self.record(SinkKind::Network, expr, origins, None);
        }
        if catalogue::PROCESS_SINKS.contains(&path.as_str()) {
            let origins: FxHashSet<Origin> = match expr.kind {
                ExprKind::MethodCall(_, _, args, _) | ExprKind::Call(_, args) => args.iter().flat_map(|a| self.origins(a)).collect(),
                _ => FxHashSet::default(),
            };
            self.record(SinkKind::Process, expr, origins, None);
        }
        // A helper whose parameter reaches a sink: the argument reaches it too.
        if let Some(local) = def_id.as_local() {
            if let Some(param_sinks) = self.summaries.param_sinks.get(&local) {
                let arguments = Self::arguments(expr);
                let helper = self.cx.tcx.item_name(def_id).to_string();
                for &(index, sink, sink_span) in param_sinks {
                    if let Some(argument) = arguments.get(index) {
                        let origins = self.origins(argument);
                        self.record(sink, expr, origins, Some((helper.clone(), sink_span)));
                    }
                }
            }
        }
    }

    fn record(&mut self, sink: SinkKind, expr: &Expr<'_>, origins: FxHashSet<Origin>, through: Option<(String, Span)>) {
        if !origins.is_empty() {
            self.hits.push(SinkHit {
                sink,
                span: expr.span,
                hir_id: expr.hir_id,
                origins,
                through,
            });
        }
    }
}

impl<'tcx> Visitor<'tcx> for Walker<'_, 'tcx> {
    type NestedFilter = nested_filter::OnlyBodies;

    fn maybe_tcx(&mut self) -> Self::MaybeTyCtxt {
        self.cx.tcx
    }

    fn visit_local(&mut self, local: &'tcx LetStmt<'tcx>) {
        if let Some(init) = local.init {
            let origins = self.origins(init);
            self.bind(local.pat, &origins);
        }
        intravisit::walk_local(self, local);
    }

    fn visit_expr(&mut self, expr: &'tcx Expr<'tcx>) {
        match expr.kind {
            ExprKind::Assign(target, value, _) | ExprKind::AssignOp(_, target, value) => {
                if let Some(local) = Self::local_of(target) {
                    let origins = self.origins(value);
                    self.taint_local(local, &origins);
                }
            }
            ExprKind::Match(scrutinee, arms, _) => {
                let origins = self.origins(scrutinee);
                for arm in arms {
                    self.bind(arm.pat, &origins);
                }
            }
            ExprKind::Let(let_expr) => {
                let origins = self.origins(let_expr.init);
                self.bind(let_expr.pat, &origins);
            }
            ExprKind::Call(..) | ExprKind::MethodCall(..) => self.check_call(expr),
            _ => {}
        }
        intravisit::walk_expr(self, expr);
    }
}

/// Collects the origins an expression mentions.
struct Mentions<'a, 'b, 'tcx> {
    walker: &'a Walker<'b, 'tcx>,
    found: FxHashSet<Origin>,
}

impl<'tcx> Visitor<'tcx> for Mentions<'_, '_, 'tcx> {
    fn visit_expr(&mut self, expr: &'tcx Expr<'tcx>) {
        if let Some(local) = Walker::local_of(expr) {
            if let Some(origins) = self.walker.locals.get(&local) {
                self.found.extend(origins.iter().copied());
            }
        }
        if matches!(expr.kind, ExprKind::Call(..) | ExprKind::MethodCall(..)) {
            self.found.extend(self.walker.source_of(expr));
        }
        intravisit::walk_expr(self, expr);
    }
}

/// Whether a call's arguments spell out a credential file's path.
fn mentions_key_file(expr: &Expr<'_>) -> bool {
    struct Literals(bool);
    impl<'tcx> Visitor<'tcx> for Literals {
        fn visit_expr(&mut self, expr: &'tcx Expr<'tcx>) {
            if let ExprKind::Lit(lit) = expr.kind {
                let text = match lit.node {
                    LitKind::Str(text, _) => Some(text.as_str().to_owned()),
                    // `format!` lowers its template to a byte string
                    // (`b"\xc0\x0c/.ssh/id_rsa\x00"`): the literal parts are in it.
                    LitKind::ByteStr(bytes, _) => Some(String::from_utf8_lossy(bytes.as_byte_str()).into_owned()),
                    _ => None,
                };
                if let Some(text) = text {
                    self.0 |= catalogue::KEY_FILE_MARKERS.iter().any(|marker| text.contains(marker));
                }
            }
            intravisit::walk_expr(self, expr);
        }
    }
    let mut literals = Literals(false);
    literals.visit_expr(expr);
    literals.0
}
