//! LSP over stdin/stdout. lsp-server's own stdio transport ends the session on
//! the first payload that is not valid JSON-RPC; this one answers such a request
//! with an error (or drops such a notification) and reads on. Only a broken
//! frame (bad header, end of input) ends the session.

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{Connection, ErrorCode, Message, RequestId, Response};
use std::io::{self, BufRead, Write};
use std::thread::JoinHandle;

pub struct StdioThreads {
    reader: JoinHandle<()>,
    writer: JoinHandle<io::Result<()>>,
}

impl StdioThreads {
    /// Waits for every queued message to be written. That needs the reader to
    /// have ended (it holds a sender for its error replies), which it has after
    /// `exit` or the end of input; if the session ended otherwise, the reader is
    /// blocked on stdin and ends with the process, and queued messages are dropped.
    pub fn finish(self) -> io::Result<()> {
        if !self.reader.is_finished() {
            return Ok(());
        }
        self.writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the stdout writer panicked")))
    }
}

pub fn stdio() -> io::Result<(Connection, StdioThreads)> {
    let (to_client, outgoing) = crossbeam_channel::unbounded::<Message>();
    let (incoming, from_client) = crossbeam_channel::unbounded::<Message>();
    let writer = std::thread::Builder::new()
        .name("trustlint-lsp-writer".to_owned())
        .spawn(move || write_messages(&outgoing, &mut io::stdout().lock()))?;
    let replies = to_client.clone();
    let reader = std::thread::Builder::new()
        .name("trustlint-lsp-reader".to_owned())
        .spawn(move || read_messages(&mut io::stdin().lock(), &incoming, &replies))?;
    let connection = Connection {
        sender: to_client,
        receiver: from_client,
    };
    Ok((connection, StdioThreads { reader, writer }))
}

fn write_messages(outgoing: &Receiver<Message>, out: &mut impl Write) -> io::Result<()> {
    for message in outgoing {
        message.write(out)?;
    }
    Ok(())
}

/// Reads frames until the input ends or a frame is broken; sends `exit` on
/// through like any message, and stops after it.
pub fn read_messages(
    input: &mut impl BufRead,
    incoming: &Sender<Message>,
    replies: &Sender<Message>,
) {
    while let Ok(Some(payload)) = read_frame(input) {
        match serde_json::from_slice::<Message>(&payload) {
            Ok(message) => {
                let is_exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                if incoming.send(message).is_err() || is_exit {
                    return;
                }
            }
            Err(err) => {
                eprintln!("trustlint lsp: ignoring a malformed message: {err}");
                if let Some(id) = request_id(&payload) {
                    let reply = Response::new_err(
                        id,
                        ErrorCode::InvalidRequest as i32,
                        format!("malformed message: {err}"),
                    );
                    let _ = replies.send(reply.into());
                }
            }
        }
    }
}

/// The id of a payload that is JSON with an `id` but not a valid message.
fn request_id(payload: &[u8]) -> Option<RequestId> {
    let value: serde_json::Value = serde_json::from_slice(payload).ok()?;
    serde_json::from_value(value.get("id")?.clone()).ok()
}

/// One `Content-Length`-framed payload; `None` at the end of input.
fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut length = None;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            break;
        }
        let (name, value) = header
            .split_once(':')
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "malformed header"))?;
        if name.trim().eq_ignore_ascii_case("content-length") {
            length = Some(
                value
                    .trim()
                    .parse::<usize>()
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?,
            );
        }
    }
    let length =
        length.ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no Content-Length"))?;
    let mut payload = vec![0; length];
    input.read_exact(&mut payload)?;
    Ok(Some(payload))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn malformed_payloads_are_answered_or_dropped_and_reading_goes_on() {
        let input = [
            frame("{not json"),
            frame(r#"{"jsonrpc":"2.0","id":7,"method":42}"#),
            frame(r#"{"jsonrpc":"2.0","method":"exit"}"#),
            frame(r#"{"jsonrpc":"2.0","method":"never-read"}"#),
        ]
        .concat();
        let (incoming, received) = crossbeam_channel::unbounded();
        let (replies, replied) = crossbeam_channel::unbounded();
        read_messages(&mut input.as_bytes(), &incoming, &replies);
        let received: Vec<Message> = received.try_iter().collect();
        assert!(matches!(&received[..], [Message::Notification(n)] if n.method == "exit"));
        let replied: Vec<Message> = replied.try_iter().collect();
        assert!(matches!(&replied[..], [Message::Response(r)]
            if r.id == RequestId::from(7)
                && matches!(&r.response_result, Err(e) if e.code == ErrorCode::InvalidRequest as i32)));
    }
}
