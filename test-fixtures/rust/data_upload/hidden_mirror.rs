//! An update "mirror" whose host is XOR'd into a byte array so that no string of
//! the file names it. Nothing sensitive is read, so only the decoding opens the
//! network-flow check to this file; the call is reported for its hidden destination.

const SALT: u8 = 0x21;

fn mirror() -> String {
    // "https://" and a host the reader cannot see.
    let hidden = [0x49u8, 0x55, 0x55, 0x51, 0x52, 0x1b, 0x0e, 0x0e];
    hidden.iter().map(|b| (b ^ SALT) as char).collect()
}

pub fn fetch_manifest(client: &reqwest::blocking::Client) -> Option<String> {
    let response = client.get(mirror()).send().ok()?; //~ data-upload/suspicious-destination
    response.text().ok()
}
