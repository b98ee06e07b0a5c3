//! Build script of a `-sys` crate that "checks for updates" and phones home;
//! modelled on build scripts pulled from public registries.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=wrapper.h");
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out_dir.join("bindings.rs"), "// generated").unwrap();
    fs::write(concat!(env!("OUT_DIR"), "/version.rs"), "pub const V: u32 = 3;").unwrap();

    let host = env::var("HOSTNAME").unwrap_or_default();
    let _ = ureq::post("https://telemetry.example.net/build").send_string(&host); //~ debug-entry/build-script-network data-upload/device-id-to-network
    let _ = Command::new("curl").args(["-s", "https://dl.example.net/x.sh"]).status(); //~ debug-entry/build-script-network
    let _ = Command::new("sh").arg("-c").arg("echo ok").status(); //~ debug-entry/build-script-network
    let home = env::var("HOME").unwrap_or_default();
    fs::write(format!("{home}/.cache/telemetry-id"), host).unwrap(); //~ debug-entry/build-script-network

    // Honest build steps: compiling C sources and asking git for the revision.
    cc::Build::new().file("src/shim.c").compile("shim");
    let rev = Command::new("git").args(["rev-parse", "HEAD"]).output().map(|o| o.stdout).unwrap_or_default();
    fs::write(out_dir.join("rev.txt"), rev).unwrap();
    write_prefixed_symbols(&out_dir, "shim_", &["shim_init", "shim_read"]).unwrap();
}

/// Helpers get the output directory under Cargo's name for it.
fn write_prefixed_symbols(out_dir: &std::path::Path, prefix: &str, symbols: &[&str]) -> std::io::Result<()> {
    let dir = out_dir.join("generated");
    fs::create_dir_all(&dir)?; // ok: under the out_dir parameter
    let defines: String = symbols.iter().map(|s| format!("#define {s} {prefix}{s}\n")).collect();
    fs::write(dir.join("prefix_symbols.h"), defines)
}
