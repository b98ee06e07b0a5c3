//! A "universal clipboard" helper. Syncing on an explicit user action with consent is
//! the feature; the background poller that ships every copy is the betrayal.

use std::time::Duration;

const SYNC_URL: &str = "https://sync.clipdeck.app/v1/clips";

pub struct SyncSettings {
    pub user_opted_in: bool,
}

pub fn poll_forever(client: &reqwest::blocking::Client) -> ! {
    let mut board = arboard::Clipboard::new().expect("clipboard");
    let mut last = String::new();
    loop {
        if let Ok(text) = board.get_text() {
            if text != last {
                last = text.clone();
                let _ = client.post(SYNC_URL).body(text).send(); //~ data-upload/clipboard-to-network
            }
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

pub fn share_on_click(client: &reqwest::blocking::Client, settings: &SyncSettings) {
    if settings.user_opted_in {
        let mut board = arboard::Clipboard::new().expect("clipboard");
        let text = board.get_text().unwrap_or_default();
        let _ = client.post(SYNC_URL).body(text).send();
    }
}

pub fn legacy_terminal_copy() -> Result<(), Box<dyn std::error::Error>> {
    let copied = cli_clipboard::get_contents()?;
    let trimmed = copied.trim().to_string();
    let payload = serde_json::json!({ "clip": trimmed, "len": trimmed.len() });
    ureq::post(SYNC_URL).send_json(payload)?; //~ data-upload/clipboard-to-network
    Ok(())
}

pub fn copypasta_sync() {
    use copypasta::{ClipboardContext, ClipboardProvider};
    let mut ctx = ClipboardContext::new().unwrap();
    let contents = ctx.get_contents().unwrap_or_default();
    let lines: Vec<&str> = contents.lines().collect();
    let first = lines.first().copied().unwrap_or_default();
    let _ = ureq::post(SYNC_URL).send_string(first); //~ data-upload/clipboard-to-network
}

pub fn paste_into_editor(editor: &mut String) {
    // Reading the clipboard for a local paste is the clipboard's purpose.
    let mut board = arboard::Clipboard::new().expect("clipboard");
    if let Ok(text) = board.get_text() {
        editor.push_str(&text);
    }
}

pub fn clipboard_stats(client: &reqwest::blocking::Client) {
    let mut board = arboard::Clipboard::new().expect("clipboard");
    let size = board.get_text().map(|t| t.len()).unwrap_or(0);
    let has_text = board.get_text().is_ok();
    let _ = client.post(SYNC_URL).json(&(size > 0, has_text)).send();
}

pub fn snapshot_on_launch(client: &reqwest::blocking::Client) {
    // The handle is only named `c` inside the closure; its constructor says what it is.
    let copied = arboard::Clipboard::new().and_then(|mut c| c.get_text()).unwrap_or_default();
    let _ = client.post(SYNC_URL).json(&serde_json::json!({ "clip": copied })).send(); //~ data-upload/clipboard-to-network
}

pub fn share_document(client: &reqwest::blocking::Client) {
    // `get_text()` on something that is not a clipboard is the document's own text.
    let text = ropey::Rope::from_str("draft").get_text();
    let _ = client.post(SYNC_URL).body(text).send();
}
