//! The server as a process on stdin/stdout: framing, malformed input, and the
//! exit status the protocol asks for.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdout, Command, Stdio};

fn spawn() -> Child {
    Command::new(env!("CARGO_BIN_EXE_trustlint-lsp"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

fn send(child: &mut Child, message: &Value) {
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(&frame(&message.to_string())).unwrap();
    stdin.flush().unwrap();
}

fn read_message(out: &mut BufReader<ChildStdout>) -> Value {
    let mut length = 0;
    loop {
        let mut line = String::new();
        assert!(
            out.read_line(&mut line).unwrap() > 0,
            "server closed stdout"
        );
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse().unwrap();
        }
    }
    let mut body = vec![0; length];
    out.read_exact(&mut body).unwrap();
    serde_json::from_slice(&body).unwrap()
}

/// The response with `id`, skipping notifications.
fn response(out: &mut BufReader<ChildStdout>, id: i64) -> Value {
    loop {
        let message = read_message(out);
        if message["id"] == id {
            return message;
        }
    }
}

fn initialize(child: &mut Child, out: &mut BufReader<ChildStdout>) {
    send(
        child,
        &json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": { "capabilities": {} } }),
    );
    assert!(response(out, 1)["result"]["capabilities"].is_object());
    send(
        child,
        &json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }),
    );
}

#[test]
fn malformed_messages_are_answered_and_the_session_goes_on_to_exit_0() {
    let mut child = spawn();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    initialize(&mut child, &mut out);
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(&frame("{ this is not json")).unwrap();
    stdin
        .write_all(&frame(r#"{"jsonrpc":"2.0","id":2,"method":17}"#))
        .unwrap();
    let malformed = response(&mut out, 2);
    assert_eq!(malformed["error"]["code"], -32600);
    send(
        &mut child,
        &json!({ "jsonrpc": "2.0", "id": 3, "method": "workspace/symbol", "params": { "query": "" } }),
    );
    assert_eq!(response(&mut out, 3)["error"]["code"], -32601);
    send(
        &mut child,
        &json!({ "jsonrpc": "2.0", "id": 4, "method": "shutdown" }),
    );
    assert_eq!(response(&mut out, 4)["result"], Value::Null);
    send(&mut child, &json!({ "jsonrpc": "2.0", "method": "exit" }));
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn exit_without_shutdown_is_status_1() {
    let mut child = spawn();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    initialize(&mut child, &mut out);
    send(&mut child, &json!({ "jsonrpc": "2.0", "method": "exit" }));
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

#[test]
fn end_of_input_is_status_1() {
    let mut child = spawn();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    initialize(&mut child, &mut out);
    drop(child.stdin.take());
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

fn resident_kib(child: &Child) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Waits for the diagnostics of `version`.
fn published(out: &mut BufReader<ChildStdout>, version: i64) -> Value {
    loop {
        let message = read_message(out);
        if message["method"] == "textDocument/publishDiagnostics"
            && message["params"]["version"] == version
        {
            return message["params"].clone();
        }
    }
}

/// Thousands of edits, a few hundred of them analysed: the server's memory must
/// not grow with them (the syn analyzer's span map is released per file, edits
/// replace text in place, stale results are dropped).
#[test]
#[cfg(target_os = "linux")]
fn memory_stays_flat_over_thousands_of_edits() {
    let mut child = spawn();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let root = tempfile::tempdir().unwrap();
    let root_uri = trustlint_lsp::uri::from_path(root.path()).unwrap();
    send(
        &mut child,
        &json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize",
                 "params": { "capabilities": {}, "workspaceFolders": [{ "uri": root_uri, "name": "p" }] } }),
    );
    response(&mut out, 1);
    send(
        &mut child,
        &json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }),
    );
    let mut text = String::from("fn main() {\n    let key = \"AKIA4TQ7PZ3WEXD2LHKN\";\n}\n");
    for i in 0..2_000 {
        text.push_str(&format!(
            "pub fn handler_{i}(request: &Request) -> Response {{ Response::ok(format!(\"{{}}\", request.path())) }}\n"
        ));
    }
    let uri = format!("{}/src/main.rs", root_uri.as_str());
    send(
        &mut child,
        &json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": { "textDocument": { "uri": uri, "languageId": "rust", "version": 0, "text": text } } }),
    );
    let mut measured_after_warm_up = 0;
    for version in 1..=2_000_i64 {
        // Type a character at the start of line 3, then delete it again.
        let (range_end, inserted) = if version % 2 == 1 { (0, "x") } else { (1, "") };
        send(
            &mut child,
            &json!({ "jsonrpc": "2.0", "method": "textDocument/didChange",
                     "params": { "textDocument": { "uri": uri, "version": version },
                                 "contentChanges": [{ "range": { "start": { "line": 3, "character": 0 },
                                                                 "end": { "line": 3, "character": range_end } },
                                                      "text": inserted }] } }),
        );
        if version % 20 == 0 {
            send(
                &mut child,
                &json!({ "jsonrpc": "2.0", "method": "textDocument/didSave",
                         "params": { "textDocument": { "uri": uri } } }),
            );
            let diagnostics = published(&mut out, version);
            assert_eq!(diagnostics["diagnostics"].as_array().unwrap().len(), 1);
        }
        if version == 400 {
            measured_after_warm_up = resident_kib(&child);
        }
    }
    let grown = resident_kib(&child).saturating_sub(measured_after_warm_up);
    // 80 more analyses of a 200 KB file: a per-analysis leak of its text alone
    // would be 16 MB.
    assert!(grown < 8 * 1024, "resident memory grew by {grown} KiB");
    send(
        &mut child,
        &json!({ "jsonrpc": "2.0", "id": 2, "method": "shutdown" }),
    );
    response(&mut out, 2);
    send(&mut child, &json!({ "jsonrpc": "2.0", "method": "exit" }));
    assert_eq!(child.wait().unwrap().code(), Some(0));
}
