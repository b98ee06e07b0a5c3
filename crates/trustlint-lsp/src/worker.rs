//! The analysis thread. The main loop hands it snapshots of documents and keeps
//! answering the client while it works; results carry the document version they
//! were made from, so the main loop can drop the ones an edit has made stale.

use crate::diagnostics;
use crate::position::{LineMap, PositionEncoding};
use crossbeam_channel::{Receiver, Sender};
use lsp_types::{Diagnostic, Uri};
use std::sync::Arc;
use std::thread::JoinHandle;
use trustlint_core::Finding;
use trustlint_core::ProjectContext;
use trustlint_engine::{ANALYZER_STACK_SIZE, Settings, analyze_text_in_project};

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

pub struct Worker {
    jobs: Option<Sender<Job>>,
    pub results: Receiver<Analysed>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    pub fn spawn() -> std::io::Result<Worker> {
        let (jobs, queue) = crossbeam_channel::unbounded::<Job>();
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
        if let Some(jobs) = &self.jobs {
            // The thread only stops when `jobs` is dropped, so sending cannot fail.
            let _ = jobs.send(job);
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

fn run(queue: &Receiver<Job>, done: &Sender<Analysed>) {
    while let Ok(first) = queue.recv() {
        // Of several snapshots of one document waiting, only the newest matters.
        let mut batch = vec![first];
        for job in queue.try_iter() {
            batch.retain(|queued| queued.uri != job.uri);
            batch.push(job);
        }
        for job in batch {
            if done.send(analyse(job)).is_err() {
                return;
            }
        }
    }
}

pub fn analyse(job: Job) -> Analysed {
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
    let outcome = analyze_text_in_project(&job.path, &job.text, &job.settings, &job.project);
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
