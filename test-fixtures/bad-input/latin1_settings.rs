// Settings from the old Windows build server. Café Wi-Fi config follows.
pub const BUCKET: &str = "nightly-builds";
pub const ACCESS_KEY_ID: &str = "AKIA7RXK2MWQ5TJN3BVC";
