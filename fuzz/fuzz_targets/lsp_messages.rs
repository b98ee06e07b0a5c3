//! The language server's message handling: the input is what an editor writes to
//! `trustlint lsp`'s stdin after the handshake — `Content-Length` frames holding
//! JSON-RPC, valid or not — read by the same frame reader as stdio and handled by
//! the real server loop and analysis thread.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|frames: &[u8]| {
    trustlint_fuzz::lsp_session(frames);
});
