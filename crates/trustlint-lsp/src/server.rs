//! The main loop: owns the documents and settings, answers requests at once and
//! leaves analysis to the worker thread.

use crate::actions::{self, Fix};
use crate::hover;
use crate::position::{LineMap, PositionEncoding, offset_of};
use crate::uri;
use crate::worker::{Analysed, Job, Worker};
use crate::workspace::{ConfigProblem, Workspace};
use crossbeam_channel::{Receiver, select};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidChangeWorkspaceFolders, DidCloseTextDocument,
    DidOpenTextDocument, DidSaveTextDocument, LogMessage, Notification as _, PublishDiagnostics,
    ShowMessage,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, RegisterCapability, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability, Diagnostic,
    DiagnosticSeverity, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidChangeWorkspaceFoldersParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams,
    FileSystemWatcher, GlobPattern, HoverParams, HoverProviderCapability, InitializeParams,
    LogMessageParams, MessageType, NumberOrString, OneOf, Position, PublishDiagnosticsParams,
    Range, Registration, RegistrationParams, ServerCapabilities, ServerInfo, ShowMessageParams,
    TextDocumentContentChangeEvent, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri, WorkspaceFoldersServerCapabilities,
    WorkspaceServerCapabilities,
};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use trustlint_core::Finding;
use trustlint_core::config::CONFIG_FILE_NAME;

/// How long a document must stay unchanged before it is analysed again: typing
/// triggers one analysis per pause, not one per keystroke.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// How the session ended; the process exits 0 only after `shutdown` then `exit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    AfterShutdown,
    WithoutShutdown,
}

struct Document {
    text: String,
    version: i32,
    /// Bumped on every submission to the worker; only the newest result is published.
    ticket: u64,
    /// The findings last published, and the version they describe.
    published: Option<(i32, Vec<Finding>)>,
}

pub struct Server<'a> {
    connection: &'a Connection,
    encoding: PositionEncoding,
    snippet_edits: bool,
    workspace: Workspace,
    documents: HashMap<Uri, Document>,
    /// When each changed document is due for analysis.
    due: HashMap<Uri, Instant>,
    /// Config files that currently carry an error diagnostic.
    config_errors: HashSet<Uri>,
    worker: Worker,
    next_ticket: u64,
    shutdown_requested: bool,
}

/// Runs a session on `connection`: the initialize handshake, then the main loop
/// until `exit` or until the client goes away.
pub fn serve(connection: &Connection) -> Result<Exit, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let snippet_edits = params
        .pointer("/capabilities/workspace/workspaceEdit/snippetEditSupport")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let params: InitializeParams = match serde_json::from_value(params) {
        Ok(params) => params,
        Err(err) => {
            let message = format!("invalid initialize parameters: {err}");
            let reply = Response::new_err(id, ErrorCode::InvalidParams as i32, message.clone());
            let _ = connection.sender.send(reply.into());
            return Err(message);
        }
    };
    let encoding = PositionEncoding::negotiate(
        params
            .capabilities
            .general
            .as_ref()
            .and_then(|general| general.position_encodings.as_deref()),
    );
    let result = json!({
        "capabilities": capabilities(encoding),
        "serverInfo": ServerInfo {
            name: "trustlint".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| e.to_string())?;
    let worker = Worker::spawn().map_err(|e| format!("cannot start the analysis thread: {e}"))?;
    let mut server = Server {
        connection,
        encoding,
        snippet_edits,
        workspace: Workspace::new(workspace_roots(&params)),
        documents: HashMap::new(),
        due: HashMap::new(),
        config_errors: HashSet::new(),
        worker,
        next_ticket: 0,
        shutdown_requested: false,
    };
    if watches_files_dynamically(&params) {
        server.watch_config_files();
    }
    server.report_config_problems();
    Ok(server.run())
}

fn capabilities(encoding: PositionEncoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}

/// The workspace folders, else the (deprecated) root URI.
fn workspace_roots(params: &InitializeParams) -> Vec<PathBuf> {
    match &params.workspace_folders {
        Some(folders) if !folders.is_empty() => folders
            .iter()
            .filter_map(|f| uri::to_path(&f.uri))
            .collect(),
        #[allow(deprecated)]
        _ => params.root_uri.iter().filter_map(uri::to_path).collect(),
    }
}

fn watches_files_dynamically(params: &InitializeParams) -> bool {
    params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false)
}

fn is_config_file(uri: &Uri) -> bool {
    uri::to_path(uri).is_some_and(|p| p.file_name().is_some_and(|n| n == CONFIG_FILE_NAME))
}

impl Server<'_> {
    fn run(&mut self) -> Exit {
        let results = self.worker.results.clone();
        loop {
            let timer = match self.due.values().min() {
                Some(&when) => crossbeam_channel::at(when),
                None => crossbeam_channel::never(),
            };
            select! {
                recv(self.connection.receiver) -> message => match message {
                    Ok(message) => {
                        if let Some(exit) = self.handle(message) {
                            return exit;
                        }
                    }
                    Err(_) => return Exit::WithoutShutdown,
                },
                recv(results) -> analysed => {
                    if let Ok(analysed) = analysed {
                        self.publish(analysed);
                    }
                },
                recv(timer) -> _ => {},
            }
            self.analyse_due();
            self.drain(&results);
        }
    }

    /// Publishes results that are already waiting, so a burst of messages does
    /// not starve them.
    fn drain(&mut self, results: &Receiver<Analysed>) {
        for analysed in results.try_iter().collect::<Vec<_>>() {
            self.publish(analysed);
        }
    }

    fn handle(&mut self, message: Message) -> Option<Exit> {
        match message {
            Message::Request(request) => {
                let response = self.respond(request);
                self.send(response.into());
                None
            }
            Message::Notification(notification) if notification.method == "exit" => {
                Some(if self.shutdown_requested {
                    Exit::AfterShutdown
                } else {
                    Exit::WithoutShutdown
                })
            }
            Message::Notification(notification) => {
                self.notified(notification);
                None
            }
            // Replies to our own requests (capability registration) need no action.
            Message::Response(_) => None,
        }
    }

    fn respond(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        if self.shutdown_requested {
            return Response::new_err(
                id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".to_owned(),
            );
        }
        let result = match request.method.as_str() {
            "shutdown" => {
                self.shutdown_requested = true;
                Ok(Value::Null)
            }
            HoverRequest::METHOD => params::<HoverParams>(&request).map(|p| json!(self.hover(&p))),
            CodeActionRequest::METHOD => {
                params::<CodeActionParams>(&request).map(|p| Value::Array(self.code_actions(&p)))
            }
            method => Err((
                ErrorCode::MethodNotFound,
                format!("trustlint does not handle `{method}`"),
            )),
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err((code, message)) => Response::new_err(id, code as i32, message),
        }
    }

    fn notified(&mut self, notification: Notification) {
        let method = notification.method.clone();
        let handled = match method.as_str() {
            DidOpenTextDocument::METHOD => {
                notification_params(notification).map(|p| self.opened(p))
            }
            DidChangeTextDocument::METHOD => {
                notification_params(notification).map(|p| self.changed(p))
            }
            DidSaveTextDocument::METHOD => notification_params(notification).map(|p| self.saved(p)),
            DidCloseTextDocument::METHOD => {
                notification_params(notification).map(|p| self.closed(p))
            }
            DidChangeWatchedFiles::METHOD => {
                notification_params(notification).map(|p| self.files_changed(&p))
            }
            DidChangeWorkspaceFolders::METHOD => {
                notification_params(notification).map(|p| self.folders_changed(p))
            }
            // `$/cancelRequest`, `$/setTrace`, …: every request is answered at once,
            // and the rest needs no action.
            _ => Ok(()),
        };
        if let Err(message) = handled {
            self.log(
                MessageType::WARNING,
                format!("ignored `{method}`: {message}"),
            );
        }
    }

    fn opened(&mut self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        self.documents.insert(
            document.uri.clone(),
            Document {
                text: document.text,
                version: document.version,
                ticket: 0,
                published: None,
            },
        );
        self.analyse(&document.uri);
    }

    fn changed(&mut self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let Some(document) = self.documents.get_mut(&uri) else {
            return;
        };
        for change in params.content_changes {
            apply_change(&mut document.text, change, self.encoding);
        }
        document.version = params.text_document.version;
        self.due.insert(uri, Instant::now() + DEBOUNCE);
    }

    fn saved(&mut self, params: DidSaveTextDocumentParams) {
        let uri = params.text_document.uri;
        if is_config_file(&uri) {
            self.reload_config();
        } else if self.is_project_file(&uri) {
            self.reload_project(&uri);
        } else if self.documents.contains_key(&uri) {
            self.due.remove(&uri);
            self.analyse(&uri);
        }
    }

    fn closed(&mut self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.documents.remove(&uri);
        self.due.remove(&uri);
        self.worker.forget(uri.clone());
        self.send_diagnostics(uri, Vec::new(), None);
    }

    fn files_changed(&mut self, params: &DidChangeWatchedFilesParams) {
        if params
            .changes
            .iter()
            .any(|change| is_config_file(&change.uri))
        {
            self.reload_config();
            return;
        }
        let changed_project_files: Vec<PathBuf> = params
            .changes
            .iter()
            .filter(|change| self.is_project_file(&change.uri))
            .filter_map(|change| uri::to_path(&change.uri))
            .collect();
        if changed_project_files.is_empty() {
            return;
        }
        for path in &changed_project_files {
            self.workspace.reload_project_of(path);
        }
        self.analyse_all();
    }

    /// A privacy manifest or Info.plist: what the code is compared with.
    fn is_project_file(&self, uri: &Uri) -> bool {
        uri::to_path(uri)
            .and_then(|path| {
                let (_, relative) = self.workspace.locate(&path)?;
                Some(trustlint_engine::is_project_file(&relative))
            })
            .unwrap_or(false)
    }

    /// Re-reads the project files after `uri`, one of them, was saved, and
    /// re-analyses what is open (a manifest change can add or clear findings in
    /// any Swift file).
    fn reload_project(&mut self, uri: &Uri) {
        if let Some(path) = uri::to_path(uri) {
            self.workspace.reload_project_of(&path);
        }
        self.analyse_all();
    }

    fn folders_changed(&mut self, params: DidChangeWorkspaceFoldersParams) {
        for removed in params
            .event
            .removed
            .iter()
            .filter_map(|f| uri::to_path(&f.uri))
        {
            self.workspace.remove(&removed);
        }
        for added in params
            .event
            .added
            .iter()
            .filter_map(|f| uri::to_path(&f.uri))
        {
            self.workspace.add(added);
        }
        self.report_config_problems();
        self.analyse_all();
    }

    fn reload_config(&mut self) {
        self.workspace.reload();
        self.report_config_problems();
        self.analyse_all();
    }

    fn analyse_all(&mut self) {
        let open: Vec<Uri> = self.documents.keys().cloned().collect();
        for uri in open {
            self.due.remove(&uri);
            self.analyse(&uri);
        }
    }

    fn analyse_due(&mut self) {
        let now = Instant::now();
        let due: Vec<Uri> = self
            .due
            .iter()
            .filter(|&(_, &when)| when <= now)
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in due {
            self.due.remove(&uri);
            self.analyse(&uri);
        }
    }

    /// Hands a snapshot of the document to the worker, or clears its diagnostics
    /// when it is outside every folder or its folder's config is broken.
    fn analyse(&mut self, uri: &Uri) {
        self.next_ticket += 1;
        let ticket = self.next_ticket;
        let located = uri::to_path(uri).and_then(|path| self.workspace.locate(&path));
        let settings = located.and_then(|(folder, relative)| {
            let settings = folder.settings.as_ref().ok()?;
            Some((settings.clone(), folder.project.clone(), relative))
        });
        let Some(document) = self.documents.get_mut(uri) else {
            return;
        };
        document.ticket = ticket;
        let Some((settings, project, path)) = settings else {
            let version = document.version;
            document.published = Some((version, Vec::new()));
            self.send_diagnostics(uri.clone(), Vec::new(), Some(version));
            return;
        };
        self.worker.submit(Job {
            uri: uri.clone(),
            version: document.version,
            ticket,
            path,
            text: document.text.clone(),
            settings,
            project,
            encoding: self.encoding,
        });
    }

    fn publish(&mut self, analysed: Analysed) {
        let Some(document) = self.documents.get_mut(&analysed.uri) else {
            return;
        };
        if document.ticket != analysed.ticket {
            return;
        }
        document.published = Some((analysed.version, analysed.findings));
        for error in analysed.errors {
            self.log(MessageType::LOG, error);
        }
        self.send_diagnostics(analysed.uri, analysed.diagnostics, Some(analysed.version));
    }

    /// Shows every broken config (naming file and line) and marks the line in the
    /// file itself; clears the marks of configs that are fixed.
    // `Uri` caches parts of itself in cells, but hashes and compares its text only.
    #[allow(clippy::mutable_key_type)]
    fn report_config_problems(&mut self) {
        let problems: Vec<ConfigProblem> = self
            .workspace
            .folders
            .iter()
            .filter_map(|folder| folder.settings.as_ref().err().cloned())
            .collect();
        let mut marked = HashSet::new();
        for problem in problems {
            self.send(
                Notification::new(
                    ShowMessage::METHOD.to_owned(),
                    ShowMessageParams {
                        typ: MessageType::ERROR,
                        message: format!(
                            "trustlint: {}\nNo findings are shown for this folder until the config is fixed.",
                            problem.message
                        ),
                    },
                )
                .into(),
            );
            let Some(config_uri) = problem.file.as_deref().and_then(uri::from_path) else {
                continue;
            };
            if marked.insert(config_uri.clone()) {
                let diagnostic = config_diagnostic(&problem);
                self.send_diagnostics(config_uri, vec![diagnostic], None);
            }
        }
        let fixed: Vec<Uri> = self.config_errors.difference(&marked).cloned().collect();
        for uri in fixed {
            self.send_diagnostics(uri, Vec::new(), None);
        }
        self.config_errors = marked;
    }

    fn watch_config_files(&mut self) {
        let options = DidChangeWatchedFilesRegistrationOptions {
            // The config, and the privacy manifests the data-upload rules compare
            // the code with.
            watchers: [
                format!("**/{CONFIG_FILE_NAME}"),
                "**/*.xcprivacy".to_owned(),
            ]
            .into_iter()
            .map(|glob| FileSystemWatcher {
                glob_pattern: GlobPattern::String(glob),
                kind: None,
            })
            .collect(),
        };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "trustlint-config-watcher".to_owned(),
                method: DidChangeWatchedFiles::METHOD.to_owned(),
                register_options: serde_json::to_value(options).ok(),
            }],
        };
        let id = RequestId::from("trustlint/register-config-watcher".to_owned());
        self.send(Request::new(id, RegisterCapability::METHOD.to_owned(), params).into());
    }

    fn hover(&self, params: &HoverParams) -> Option<lsp_types::Hover> {
        let position = &params.text_document_position_params;
        let (document, findings) = self.current_findings(&position.text_document.uri)?;
        let offset = offset_of(&document.text, position.position, self.encoding);
        let finding = findings
            .iter()
            .find(|f| f.range.start <= offset && offset <= f.range.end)?;
        let map = LineMap::new(&document.text, self.encoding);
        Some(hover::rule_docs(
            finding.rule,
            map.range(finding.range.start, finding.range.end),
        ))
    }

    fn code_actions(&self, params: &CodeActionParams) -> Vec<Value> {
        let uri = &params.text_document.uri;
        let Some((document, findings)) = self.current_findings(uri) else {
            return Vec::new();
        };
        let Some((_, path)) = uri::to_path(uri).and_then(|p| self.workspace.locate(&p)) else {
            return Vec::new();
        };
        let start = offset_of(&document.text, params.range.start, self.encoding);
        let end = offset_of(&document.text, params.range.end, self.encoding);
        let map = LineMap::new(&document.text, self.encoding);
        let mut actions = Vec::new();
        for finding in findings
            .iter()
            .filter(|f| f.range.start <= end && start <= f.range.end)
        {
            let diagnostic = crate::diagnostics::to_lsp(finding, uri, &document.text, &map);
            for fix in actions::fixes(finding, &path, &document.text) {
                actions.push(self.code_action(uri, document.version, &map, &fix, &diagnostic));
            }
        }
        actions
    }

    /// A quick fix as a `CodeAction`. Snippet edits (LSP 3.18) are not in
    /// lsp-types yet, so the action is written as JSON.
    fn code_action(
        &self,
        uri: &Uri,
        version: i32,
        map: &LineMap<'_>,
        fix: &Fix,
        diagnostic: &Diagnostic,
    ) -> Value {
        let range = map.range(fix.range.start, fix.range.end);
        let edit = match (&fix.snippet, self.snippet_edits) {
            (Some(snippet), true) => json!({
                "documentChanges": [{
                    "textDocument": { "uri": uri, "version": version },
                    "edits": [{ "range": range, "snippet": { "kind": "snippet", "value": snippet } }],
                }],
            }),
            _ => json!({
                "changes": { uri.as_str(): [{ "range": range, "newText": fix.new_text }] },
            }),
        };
        json!({
            "title": fix.title,
            "kind": CodeActionKind::QUICKFIX,
            "diagnostics": [diagnostic],
            "isPreferred": fix.preferred,
            "edit": edit,
        })
    }

    /// A document and its findings, if they were made from its current text.
    fn current_findings(&self, uri: &Uri) -> Option<(&Document, &[Finding])> {
        let document = self.documents.get(uri)?;
        match &document.published {
            Some((version, findings)) if *version == document.version => {
                Some((document, findings.as_slice()))
            }
            _ => None,
        }
    }

    fn send_diagnostics(&self, uri: Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Notification::new(PublishDiagnostics::METHOD.to_owned(), params).into());
    }

    fn log(&self, typ: MessageType, message: String) {
        let params = LogMessageParams { typ, message };
        self.send(Notification::new(LogMessage::METHOD.to_owned(), params).into());
    }

    fn send(&self, message: Message) {
        // The client is gone only when the connection is closed; the main loop
        // notices that on its next receive.
        let _ = self.connection.sender.send(message);
    }
}

fn config_diagnostic(problem: &ConfigProblem) -> Diagnostic {
    let line = problem.line.unwrap_or(1).saturating_sub(1);
    let column = problem.column.unwrap_or(1).saturating_sub(1);
    let position = Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    );
    Diagnostic {
        range: Range::new(position, Position::new(position.line + 1, 0)),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("config".to_owned())),
        source: Some(crate::diagnostics::SOURCE.to_owned()),
        message: problem.message.clone(),
        ..Diagnostic::default()
    }
}

/// Applies one content change: a range edit, or the whole text when it has no range.
fn apply_change(
    text: &mut String,
    change: TextDocumentContentChangeEvent,
    encoding: PositionEncoding,
) {
    match change.range {
        Some(range) => {
            let start = offset_of(text, range.start, encoding);
            let end = offset_of(text, range.end, encoding).max(start);
            text.replace_range(start..end, &change.text);
        }
        None => *text = change.text,
    }
}

type Failure = (ErrorCode, String);

fn params<P: serde::de::DeserializeOwned>(request: &Request) -> Result<P, Failure> {
    serde_json::from_value(request.params.clone()).map_err(|err| {
        (
            ErrorCode::InvalidParams,
            format!("invalid `{}` parameters: {err}", request.method),
        )
    })
}

fn notification_params<P: serde::de::DeserializeOwned>(
    notification: Notification,
) -> Result<P, String> {
    serde_json::from_value(notification.params).map_err(|err| format!("invalid parameters: {err}"))
}
