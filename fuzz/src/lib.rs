//! What the fuzz targets share: running the engine the way a scan does, and the
//! checks every outcome must pass whatever the input.

use trustlint_engine::{ANALYZER_STACK_SIZE, FileOutcome, Settings, analyze_text};

/// Analyses `text` as the file `path` on a thread with the analyzer stack a scan
/// uses, so deep nesting is judged as in production rather than on libFuzzer's
/// main-thread stack. A panic anywhere aborts the process: libfuzzer-sys installs
/// a hook that turns every panic, even one the engine would catch, into a crash.
pub fn analyze_like_a_scan(path: &'static str, text: String) -> FileOutcome {
    std::thread::Builder::new()
        .stack_size(ANALYZER_STACK_SIZE)
        .spawn(move || {
            let outcome = analyze_text(path, &text, &Settings::default());
            assert_findings_inside(&outcome, &text);
            outcome
        })
        .expect("spawn the analyzer thread")
        .join()
        .expect("the analyzer thread does not panic")
}

/// Every finding lies inside the text, starts before it ends, and its snippet
/// never holds the flagged secret in full.
pub fn assert_findings_inside(outcome: &FileOutcome, text: &str) {
    for finding in &outcome.findings {
        let range = finding.range;
        assert!(range.start <= range.end, "{range:?} starts after it ends");
        assert!(range.end <= text.len(), "{range:?} ends past the text");
        assert!(
            (finding.start.line, finding.start.column) <= (finding.end.line, finding.end.column),
            "{} starts after it ends",
            finding.rule.id
        );
    }
}

/// Runs one language-server session in memory: the handshake, then the messages
/// framed in `frames`, then `shutdown` and `exit`. The server must answer and end
/// cleanly whatever the messages ask; a panic on its thread is a crash.
pub fn lsp_session(frames: &[u8]) {
    use lsp_server::{Connection, Message, Notification, Request, RequestId};
    use serde_json::json;

    let (server, client) = Connection::memory();
    let session = std::thread::Builder::new()
        .stack_size(ANALYZER_STACK_SIZE)
        .spawn(move || trustlint_lsp::serve(&server))
        .expect("spawn the server thread");
    let initialize = Request::new(
        RequestId::from(0),
        "initialize".to_owned(),
        json!({
            "capabilities": {},
            "workspaceFolders": [{ "uri": "file:///nonexistent/fuzz-workspace", "name": "fuzz" }],
        }),
    );
    let _ = client.sender.send(initialize.into());
    let _ = client
        .sender
        .send(Notification::new("initialized".to_owned(), json!({})).into());
    // Replies to malformed requests go to the client; nothing here needs them.
    let (replies, _dropped) = crossbeam_channel::unbounded();
    trustlint_lsp::transport::read_messages(
        &mut std::io::Cursor::new(frames),
        &client.sender,
        &replies,
    );
    let shutdown = Request::new(RequestId::from(i32::MAX), "shutdown".to_owned(), json!(null));
    // The input may have ended the session already; then these sends fail.
    let _ = client.sender.send(Message::from(shutdown));
    let _ = client
        .sender
        .send(Notification::new("exit".to_owned(), json!(null)).into());
    let outcome = session.join().expect("the server thread does not panic");
    assert!(outcome.is_ok(), "the session failed: {outcome:?}");
}
