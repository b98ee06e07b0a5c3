// A build script's compiler probe (the pattern of anyhow's and thiserror's build.rs):
// it compiles a test file with the compiler, wrappers and output directory that cargo
// hands to build scripts. Running them is what a build script is for.

use std::env;
use std::ffi::OsString;
use std::iter;
use std::path::Path;
use std::process::{Command, Stdio};

fn compile_probe(probe: &Path) -> Option<bool> {
    let rustc = env::var_os("RUSTC")?;
    let out_dir = env::var_os("OUT_DIR")?;
    let target = env::var("TARGET").ok()?;
    let rustc_wrapper = env::var_os("RUSTC_WRAPPER").filter(|wrapper| !wrapper.is_empty());
    let rustc_workspace_wrapper =
        env::var_os("RUSTC_WORKSPACE_WRAPPER").filter(|wrapper| !wrapper.is_empty());
    let mut rustc = rustc_wrapper
        .into_iter()
        .chain(rustc_workspace_wrapper)
        .chain(iter::once(rustc));
    let mut cmd = Command::new(rustc.next().unwrap());
    cmd.args(rustc);
    cmd.stderr(Stdio::null())
        .arg("--edition=2021")
        .arg("--crate-type=lib")
        .arg("--emit=dep-info,metadata")
        .arg("--target")
        .arg(&target)
        .arg("--out-dir")
        .arg(Path::new(&out_dir).join("probe"))
        .arg(probe);
    if let Some(flags) = env::var_os("CARGO_ENCODED_RUSTFLAGS") {
        for flag in flags.to_string_lossy().split('\x1f') {
            cmd.arg(OsString::from(flag));
        }
    }
    cmd.status().ok().map(|status| status.success())
}

// A post-build hook taken from a variable cargo does not set: whoever sets it in the
// build environment runs a command with the builder's privileges.
fn run_post_build_hook() {
    if let Ok(hook) = env::var("POST_BUILD_HOOK") {
        let _ = Command::new("sh").arg("-c").arg(hook).status(); //~ debug-entry/remote-command-execution
    }
}

fn main() {
    let nightly = compile_probe(Path::new("src/nightly.rs")).unwrap_or(false);
    if nightly {
        println!("cargo:rustc-cfg=nightly_backtrace");
    }
    run_post_build_hook();
}
