//! An in-process LSP client for the server's tests, over `Connection::memory()`.

#![allow(dead_code)] // Each test file uses part of the client.

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::{Diagnostic, PublishDiagnosticsParams, Uri};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use trustlint_lsp::Exit;

/// Long enough for a debug build's analysis on a loaded two-core machine.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub struct Client {
    pub connection: Connection,
    server: Option<JoinHandle<Result<Exit, String>>>,
    next_id: i32,
    /// Notifications received while waiting for something else.
    pub backlog: Vec<Notification>,
    pub root: PathBuf,
}

pub fn file_uri(path: &Path) -> Uri {
    trustlint_lsp::uri::from_path(path).expect("test paths are UTF-8")
}

impl Client {
    /// Starts a server on `root` and completes the handshake with `capabilities`.
    pub fn start(root: &Path, capabilities: Value) -> (Client, Value) {
        let (server_side, client_side) = Connection::memory();
        let server = std::thread::spawn(move || trustlint_lsp::serve(&server_side));
        let mut client = Client {
            connection: client_side,
            server: Some(server),
            next_id: 0,
            backlog: Vec::new(),
            root: root.to_path_buf(),
        };
        let initialized = client.request(
            "initialize",
            json!({
                "processId": null,
                "capabilities": capabilities,
                "workspaceFolders": [{ "uri": file_uri(root), "name": "project" }],
            }),
        );
        let result = initialized.response_result.expect("initialize succeeds");
        client.notify("initialized", json!({}));
        (client, result)
    }

    pub fn uri(&self, relative: &str) -> Uri {
        file_uri(&self.root.join(relative))
    }

    pub fn notify(&self, method: &str, params: Value) {
        let notification = Notification::new(method.to_owned(), params);
        self.connection.sender.send(notification.into()).unwrap();
    }

    pub fn request(&mut self, method: &str, params: Value) -> Response {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        let request = Request::new(id.clone(), method.to_owned(), params);
        self.connection.sender.send(request.into()).unwrap();
        let deadline = Instant::now() + PATIENCE;
        loop {
            match self.receive(deadline) {
                Message::Response(response) if response.id == id => return response,
                Message::Notification(n) => self.backlog.push(n),
                _ => {}
            }
        }
    }

    fn receive(&self, deadline: Instant) -> Message {
        let left = deadline.saturating_duration_since(Instant::now());
        self.connection
            .receiver
            .recv_timeout(left)
            .expect("the server answers in time")
    }

    pub fn open(&self, relative: &str, language: &str, text: &str) -> Uri {
        let uri = self.uri(relative);
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": language, "version": 1, "text": text } }),
        );
        uri
    }

    /// Sends one incremental change replacing `range` (`[[line, char], [line, char]]`).
    pub fn edit(&self, uri: &Uri, version: i32, range: [[u32; 2]; 2], text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{
                    "range": {
                        "start": { "line": range[0][0], "character": range[0][1] },
                        "end": { "line": range[1][0], "character": range[1][1] },
                    },
                    "text": text,
                }],
            }),
        );
    }

    pub fn replace_all(&self, uri: &Uri, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
    }

    /// The next diagnostics published for `uri`, with the time they took.
    pub fn diagnostics(&mut self, uri: &Uri) -> (PublishDiagnosticsParams, Duration) {
        let started = Instant::now();
        let params = self.wait_for_notification(
            "textDocument/publishDiagnostics",
            |params: &PublishDiagnosticsParams| &params.uri == uri,
        );
        (params, started.elapsed())
    }

    pub fn wait_for_notification<P: serde::de::DeserializeOwned>(
        &mut self,
        method: &str,
        wanted: impl Fn(&P) -> bool,
    ) -> P {
        let take = |n: &Notification| {
            (n.method == method)
                .then(|| serde_json::from_value::<P>(n.params.clone()).ok())
                .flatten()
                .filter(|p| wanted(p))
        };
        if let Some(at) = self.backlog.iter().position(|n| take(n).is_some()) {
            let n = self.backlog.remove(at);
            return take(&n).unwrap();
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Message::Notification(n) = self.receive(deadline) {
                match take(&n) {
                    Some(params) => return params,
                    None => self.backlog.push(n),
                }
            }
        }
    }

    /// Whether anything is published for `uri` within `wait`.
    pub fn quiet_for(&mut self, uri: &Uri, wait: Duration) -> bool {
        let deadline = Instant::now() + wait;
        while let Ok(message) = self
            .connection
            .receiver
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            if let Message::Notification(n) = message {
                let for_uri = n.method == "textDocument/publishDiagnostics"
                    && n.params["uri"].as_str() == Some(uri.as_str());
                if for_uri {
                    return false;
                }
                self.backlog.push(n);
            }
        }
        true
    }

    /// Sends `shutdown` (if asked) and `exit`; returns how the server ended.
    pub fn stop(mut self, shutdown: bool) -> Exit {
        if shutdown {
            let response = self.request("shutdown", Value::Null);
            assert_eq!(response.response_result.unwrap(), Value::Null);
        }
        self.exit()
    }

    /// Sends `exit` and returns how the server ended.
    pub fn exit(mut self) -> Exit {
        self.notify("exit", Value::Null);
        self.server.take().unwrap().join().unwrap().unwrap()
    }
}

pub fn codes(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| match &d.code {
            Some(lsp_types::NumberOrString::String(code)) => code.clone(),
            other => panic!("unexpected code {other:?}"),
        })
        .collect()
}

pub fn uri_of(text: &str) -> Uri {
    Uri::from_str(text).unwrap()
}
