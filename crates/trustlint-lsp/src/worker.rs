//! The analysis thread. The main loop hands it snapshots of documents and keeps
//! answering the client while it works; results carry the document version they
//! were made from, so the main loop can drop the ones an edit has made stale.
//! The thread keeps each open document's [`DocumentCache`] (its Swift syntax
//! tree), so that re-analysing after an edit re-parses only the edited part.

use crate::diagnostics;
use crate::position::{LineMap, PositionEncoding};
use crossbeam_channel::{Receiver, Sender};
use lsp_types::{Diagnostic, Uri};
use std::collections::HashMap;
use std::sync::Arc;
use std::thread::JoinHandle;
use trustlint_core::Finding;
use trustlint_core::ProjectContext;
use trustlint_engine::{ANALYZER_STACK_SIZE, DocumentCache, Settings, analyze_document};

/// A snapshot of one document to analyse.
pub struct Job {
    pub uri: Uri,
    pub version: i32,
    /// Tells this snapshot's result from those of earlier snapshots of the same
    /// version (analysed before a config change).
    pub ticket: u64,
    /// Relative to the workspace folder, `/`-separated: decides the analyzer and
    /// whether this is test code.
    pub path: String,
    pub text: String,
    pub settings: Arc<Settings>,
    pub project: Arc<ProjectContext>,
    pub encoding: PositionEncoding,
}

pub struct Analysed {
    pub uri: Uri,
    pub version: i32,
    pub ticket: u64,
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
    /// Why (part of) the document was not analysed: syntax errors, size.
    pub errors: Vec<String>,
}

/// What the main loop asks of the worker.
enum Task {
    Analyse(Job),
    /// The document was closed: drop what was kept for it.
    Forget(Uri),
}

pub struct Worker {
    jobs: Option<Sender<Task>>,
    pub results: Receiver<Analysed>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    pub fn spawn() -> std::io::Result<Worker> {
        let (jobs, queue) = crossbeam_channel::unbounded::<Task>();
        let (done, results) = crossbeam_channel::unbounded();
        let thread = std::thread::Builder::new()
            .name("trustlint-analysis".to_owned())
            .stack_size(ANALYZER_STACK_SIZE)
            .spawn(move || run(&queue, &done))?;
        Ok(Worker {
            jobs: Some(jobs),
            results,
            thread: Some(thread),
        })
    }

    pub fn submit(&self, job: Job) {
        self.send(Task::Analyse(job));
    }

    /// Releases what the worker keeps for a document that was closed.
    pub fn forget(&self, uri: Uri) {
        self.send(Task::Forget(uri));
    }

    fn send(&self, task: Task) {
        if let Some(jobs) = &self.jobs {
            // The thread only stops when `jobs` is dropped, so sending cannot fail.
            let _ = jobs.send(task);
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

// `Uri` caches parts of itself in cells, but hashes and compares its text only.
#[allow(clippy::mutable_key_type)]
fn run(queue: &Receiver<Task>, done: &Sender<Analysed>) {
    let mut caches: HashMap<Uri, DocumentCache> = HashMap::new();
    while let Ok(first) = queue.recv() {
        // Of several snapshots of one document waiting, only the newest matters.
        let mut batch: Vec<Job> = Vec::new();
        for task in std::iter::once(first).chain(queue.try_iter()) {
            match task {
                Task::Analyse(job) => {
                    batch.retain(|queued| queued.uri != job.uri);
                    batch.push(job);
                }
                Task::Forget(uri) => {
                    batch.retain(|queued| queued.uri != uri);
                    caches.remove(&uri);
                }
            }
        }
        for job in batch {
            let cache = caches.entry(job.uri.clone()).or_default();
            if done.send(analyse_document(job, cache)).is_err() {
                return;
            }
        }
    }
}

/// Analyses a snapshot from scratch.
pub fn analyse(job: Job) -> Analysed {
    analyse_document(job, &mut DocumentCache::default())
}

/// Analyses a snapshot re-using what `cache` kept from the previous snapshot of
/// the same document; the result is the same as [`analyse`]'s.
pub fn analyse_document(job: Job, cache: &mut DocumentCache) -> Analysed {
    let limit = job.settings.config.scan.max_file_size;
    if job.text.len() as u64 > limit {
        return Analysed {
            uri: job.uri,
            version: job.version,
            ticket: job.ticket,
            findings: Vec::new(),
            diagnostics: Vec::new(),
            errors: vec![format!(
                "{}: not analysed: {} bytes is more than `scan.max-file-size` ({limit} bytes)",
                job.path,
                job.text.len()
            )],
        };
    }
    let outcome = analyze_document(&job.path, &job.text, &job.settings, &job.project, cache);
    let map = LineMap::new(&job.text, job.encoding);
    let diagnostics = outcome
        .findings
        .iter()
        .map(|finding| diagnostics::to_lsp(finding, &job.uri, &job.text, &map))
        .collect();
    let errors = outcome
        .errors
        .into_iter()
        .map(|(line, message)| match line {
            Some(line) => format!("{}:{line}: {message}", job.path),
            None => format!("{}: {message}", job.path),
        })
        .collect();
    Analysed {
        uri: job.uri,
        version: job.version,
        ticket: job.ticket,
        findings: outcome.findings,
        diagnostics,
        errors,
    }
}
