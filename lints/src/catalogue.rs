//! Sources and sinks, by the definition path the compiler resolves a call to —
//! whatever alias, re-export or `use … as …` the code used to reach it.

use rustc_hir::def_id::DefId;
use rustc_lint::LateContext;
use rustc_middle::ty::{self, Ty};

/// Calls whose result is every environment variable of the process.
pub const ENV_DUMP_SOURCES: [&str; 2] = ["std::env::vars", "std::env::vars_os"];

/// File reads; they are sources when their path names a credential file.
pub const FILE_READS: [&str; 4] = ["std::fs::read_to_string", "std::fs::read", "std::fs::File::open", "std::fs::OpenOptions::open"];

/// Path fragments of files that hold credentials or keys.
pub const KEY_FILE_MARKERS: [&str; 9] = [
    ".ssh/",
    "id_rsa",
    "id_ed25519",
    ".aws/credentials",
    ".git-credentials",
    "wallet.dat",
    ".docker/config.json",
    ".npmrc",
    "/etc/shadow",
];

/// Methods that read from a stream into a `&mut` buffer argument.
pub const STREAM_READS: [&str; 4] = [
    "std::io::Read::read_to_string",
    "std::io::Read::read_to_end",
    "std::io::Read::read",
    "std::io::BufRead::read_line",
];

/// Types whose reads are network input.
pub const NETWORK_STREAM_TYPES: [&str; 3] = ["std::net::TcpStream", "std::net::UdpSocket", "std::os::unix::net::UnixStream"];

/// Methods that send their argument over a network stream (the receiver's type
/// must be a network stream type).
pub const STREAM_WRITES: [&str; 5] = [
    "std::io::Write::write_all",
    "std::io::Write::write",
    "std::net::UdpSocket::send_to",
    "std::net::UdpSocket::send",
    "std::net::TcpStream::write",
];

/// HTTP client methods whose arguments are sent, by crate and method name.
pub const HTTP_SINKS: [(&str, &str); 14] = [
    ("reqwest", "post"),
    ("reqwest", "put"),
    ("reqwest", "body"),
    ("reqwest", "json"),
    ("reqwest", "form"),
    ("reqwest", "query"),
    ("reqwest", "header"),
    ("ureq", "post"),
    ("ureq", "send_string"),
    ("ureq", "send_json"),
    ("ureq", "send_form"),
    ("ureq", "send_bytes"),
    ("ureq", "query"),
    ("ureq", "send"),
];

/// Calls that start or configure a process.
pub const PROCESS_SINKS: [&str; 7] = [
    "std::process::Command::new",
    "std::process::Command::arg",
    "std::process::Command::args",
    "tokio::process::Command::new",
    "tokio::process::Command::arg",
    "tokio::process::Command::args",
    "libc::system",
];

pub fn def_path(cx: &LateContext<'_>, def_id: DefId) -> String {
    cx.tcx.def_path_str(def_id)
}

/// Whether `ty` is, or wraps (`BufReader<TcpStream>`, `&mut TcpStream`), a network stream.
pub fn is_network_stream(cx: &LateContext<'_>, ty: Ty<'_>) -> bool {
    ty.walk().any(|arg| {
        arg.as_type().is_some_and(|inner| match inner.kind() {
            ty::Adt(adt, _) => NETWORK_STREAM_TYPES.contains(&def_path(cx, adt.did()).as_str()),
            _ => false,
        })
    })
}

pub fn is_http_sink(cx: &LateContext<'_>, def_id: DefId) -> bool {
    let krate = cx.tcx.crate_name(def_id.krate);
    let name = cx.tcx.item_name(def_id);
    HTTP_SINKS
        .iter()
        .any(|(sink_crate, method)| krate.as_str() == *sink_crate && name.as_str() == *method)
}
