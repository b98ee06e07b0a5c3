//! Edit-to-diagnostics latency: what the worker does after the debounce, i.e.
//! `analyze_document` on the buffer plus the conversion of findings to LSP
//! diagnostics, on generated 5,000-line Rust and Swift files. Target: < 50 ms median.
//!
//! Two cases per file: `*_full` analyses the file from scratch (a document just
//! opened), `*_edit` re-analyses an open document after a one-line edit, with the
//! worker's cache holding the previous version (what happens while typing).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use std::fmt::Write;
use std::str::FromStr;
use std::sync::Arc;
use trustlint_engine::{DocumentCache, Settings};
use trustlint_lsp::position::PositionEncoding;
use trustlint_lsp::worker::{Job, analyse, analyse_document};

/// The allocator of the `trustlint` binary, whose `trustlint lsp` editors run, so
/// the figures are what an editor waits for.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LINES: usize = 5_000;

/// A service module repeated with distinct names: structs, trait impls, error
/// handling, iterator chains, macros and string literals, with a planted key
/// every few hundred lines so the conversion path is exercised too.
fn rust_source() -> String {
    let mut out =
        String::from("use std::collections::HashMap;\nuse std::fmt;\nuse std::time::Duration;\n\n");
    let mut unit = 0;
    while out.lines().count() < LINES {
        let key = if unit % 8 == 0 {
            "    const FALLBACK_KEY: &str = \"AKIA4TQ7PZ3WEXD2LHKN\";\n".to_owned()
        } else {
            String::new()
        };
        write!(
            out,
            r#"/// Orders of region {unit}, cached between refreshes.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderBook{unit} {{
    orders: HashMap<u64, Order{unit}>,
    refreshed_after: Duration,
    endpoint: String,
}}

#[derive(Debug, Clone, PartialEq)]
pub struct Order{unit} {{
    pub id: u64,
    pub customer: String,
    pub total_cents: i64,
    pub items: Vec<(String, u32)>,
}}

#[derive(Debug)]
pub enum BookError{unit} {{
    Missing(u64),
    Invalid {{ id: u64, reason: String }},
}}

impl fmt::Display for BookError{unit} {{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{
        match self {{
            BookError{unit}::Missing(id) => write!(f, "order {{id}} is missing"),
            BookError{unit}::Invalid {{ id, reason }} => write!(f, "order {{id}} is invalid: {{reason}}"),
        }}
    }}
}}

impl OrderBook{unit} {{
{key}    pub fn new(endpoint: impl Into<String>) -> Self {{
        Self {{ orders: HashMap::new(), refreshed_after: Duration::from_secs(30), endpoint: endpoint.into() }}
    }}

    pub fn insert(&mut self, order: Order{unit}) -> Result<(), BookError{unit}> {{
        if order.items.is_empty() {{
            return Err(BookError{unit}::Invalid {{ id: order.id, reason: "no items".to_owned() }});
        }}
        self.orders.insert(order.id, order);
        Ok(())
    }}

    pub fn total(&self, id: u64) -> Result<i64, BookError{unit}> {{
        let order = self.orders.get(&id).ok_or(BookError{unit}::Missing(id))?;
        Ok(order.items.iter().map(|(_, quantity)| i64::from(*quantity)).sum::<i64>() * order.total_cents)
    }}

    pub fn largest_customers(&self, limit: usize) -> Vec<(&str, i64)> {{
        let mut totals: HashMap<&str, i64> = HashMap::new();
        for order in self.orders.values() {{
            *totals.entry(order.customer.as_str()).or_default() += order.total_cents;
        }}
        let mut sorted: Vec<_> = totals.into_iter().collect();
        sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        sorted.truncate(limit);
        sorted
    }}

    pub fn describe(&self) -> String {{
        format!("{{}} orders from {{}} (refresh every {{:?}})", self.orders.len(), self.endpoint, self.refreshed_after)
    }}
}}

"#
        )
        .unwrap();
        unit += 1;
    }
    out
}

fn swift_source() -> String {
    let mut out = String::from("import Foundation\nimport Combine\n\n");
    let mut unit = 0;
    while out.lines().count() < LINES {
        let key = if unit % 8 == 0 {
            "    private let fallbackKey = \"AKIA4TQ7PZ3WEXD2LHKN\"\n".to_owned()
        } else {
            String::new()
        };
        write!(
            out,
            r#"/// Orders of region {unit}, cached between refreshes.
struct Order{unit}: Codable, Identifiable, Hashable {{
    let id: UUID
    var customer: String
    var totalCents: Int
    var items: [String: Int]
}}

enum OrderError{unit}: Error, CustomStringConvertible {{
    case missing(UUID)
    case invalid(id: UUID, reason: String)

    var description: String {{
        switch self {{
        case .missing(let id): return "order \(id) is missing"
        case let .invalid(id, reason): return "order \(id) is invalid: \(reason)"
        }}
    }}
}}

@MainActor
final class OrderStore{unit}: ObservableObject {{
{key}    @Published private(set) var orders: [UUID: Order{unit}] = [:]
    private let endpoint: URL
    private var cancellables = Set<AnyCancellable>()

    init(endpoint: URL) {{
        self.endpoint = endpoint
    }}

    func insert(_ order: Order{unit}) throws {{
        guard !order.items.isEmpty else {{
            throw OrderError{unit}.invalid(id: order.id, reason: "no items")
        }}
        orders[order.id] = order
    }}

    func total(of id: UUID) throws -> Int {{
        guard let order = orders[id] else {{ throw OrderError{unit}.missing(id) }}
        return order.items.values.reduce(0, +) * order.totalCents
    }}

    func largestCustomers(limit: Int) -> [(String, Int)] {{
        let totals = Dictionary(grouping: orders.values, by: \.customer)
            .mapValues {{ $0.reduce(0) {{ $0 + $1.totalCents }} }}
        return totals.sorted {{ $0.value > $1.value }}.prefix(limit).map {{ ($0.key, $0.value) }}
    }}

    func refresh() async throws {{
        let (data, _) = try await URLSession.shared.data(from: endpoint)
        let decoded = try JSONDecoder().decode([Order{unit}].self, from: data)
        orders = Dictionary(uniqueKeysWithValues: decoded.map {{ ($0.id, $0) }})
    }}
}}

"#
        )
        .unwrap();
        unit += 1;
    }
    out
}

fn job(path: &str, text: &str, settings: &Arc<Settings>) -> Job {
    Job {
        uri: lsp_types::Uri::from_str(&format!("file:///bench/{path}")).unwrap(),
        version: 1,
        ticket: 1,
        path: path.to_owned(),
        text: text.to_owned(),
        settings: settings.clone(),
        project: Arc::default(),
        encoding: PositionEncoding::Utf16,
    }
}

/// `text` with one line edited: a string literal near the middle grows by a word.
fn edited(text: &str) -> String {
    let middle = text.len() / 2;
    let literal = "\"no items\"";
    let at = text[middle..]
        .find(literal)
        .map(|found| middle + found)
        .expect("the generated file repeats its unit");
    let mut edited = text.to_owned();
    edited.replace_range(at..at + literal.len(), "\"no items yet\"");
    edited
}

fn latency(c: &mut Criterion) {
    let settings = Arc::new(Settings::default());
    for (name, path, text) in [
        ("rust_5000_lines", "src/orders.rs", rust_source()),
        (
            "swift_5000_lines",
            "Sources/App/Orders.swift",
            swift_source(),
        ),
    ] {
        let found = analyse(job(path, &text, &settings));
        assert!(
            found.errors.is_empty(),
            "{name} must parse: {:?}",
            found.errors
        );
        assert!(!found.diagnostics.is_empty(), "{name} has planted keys");
        c.bench_function(&format!("{name}_full"), |b| {
            b.iter_batched(
                || job(path, &text, &settings),
                analyse,
                BatchSize::SmallInput,
            )
        });

        // Each iteration types the edit or takes it back, so the cache always
        // holds the version before a one-line edit.
        let versions = [edited(&text), text];
        let mut cache = DocumentCache::default();
        let primed = analyse_document(job(path, &versions[1], &settings), &mut cache);
        assert_eq!(primed.diagnostics, found.diagnostics);
        let mut next = 0;
        c.bench_function(&format!("{name}_edit"), |b| {
            b.iter_batched(
                || {
                    next = 1 - next;
                    job(path, &versions[1 - next], &settings)
                },
                |job| analyse_document(job, &mut cache),
                BatchSize::SmallInput,
            )
        });
    }
}

criterion_group!(benches, latency);
criterion_main!(benches);
