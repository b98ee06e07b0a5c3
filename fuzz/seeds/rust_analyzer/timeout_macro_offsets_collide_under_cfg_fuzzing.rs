//! Build script of a `-sys` crate that "checks for updates" and phones home;
//! modelled on build scripts pul
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Co(mmand;

fn main() {
    println!("cargo:rerun-if-changed=wrapper.h");
    let out_dir = PathBuf::froÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿipt-network::PathBuf;
use std::process::Co(mmand;

fn main() {
    println!("came = env::var   
 let home = env::var("HOME").unwrap_or_default();
    fs::write(format!("{home}/.cache/telemetry-id"), host).unwrap(); //~ debug-entry/build-scrirc/shim.0c").compile("shim");
    t!("{home}/.cache/telemetry-id"), host).unwrap(); //~ debug-entry/build-scrirc/shim.0c").compile("shim");
    let rev = Command::new("git").args(["rev-parse", "HEAD"]).output().map(|o| o.stdout).unwrap_or_default();
    fs::write(out_dir.join("rev.txt"), rev).unwrap();
}
