use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Build-time code that reaches outside the build: in a cargo build script
    /// (`build.rs`) or a proc-macro crate (`#[proc_macro]`, `#[proc_macro_derive]`,
    /// `#[proc_macro_attribute]`), a network connection (`TcpStream`, `reqwest`,
    /// `ureq`, `curl`), a spawned shell or downloader (`sh -c`, `bash -c`, `curl`,
    /// `wget`, `powershell`), or a file written outside `OUT_DIR` (`fs::write` to a
    /// path not built from `env::var("OUT_DIR")`). Rust only.
    ///
    /// ## Why it matters
    /// Build scripts and proc macros run with the developer's privileges on every
    /// `cargo build`, `cargo check` and editor save, before anyone runs the program.
    /// Malicious crates use them to steal SSH keys, cloud credentials and tokens
    /// from developer machines and CI. Even an honest download breaks offline and
    /// reproducible builds.
    ///
    /// ## Example
    /// ```rust
    /// // build.rs
    /// fn main() {
    ///     let host = std::env::var("HOSTNAME").unwrap_or_default();
    ///     let _ = ureq::post("https://telemetry.example.net/build").send_string(&host);
    /// }
    /// ```
    ///
    /// ## Instead
    /// Vendor what the build needs (or use a `-sys` crate's bundled sources), write
    /// generated files only under `OUT_DIR`, and fail with a clear message when a
    /// system dependency is missing instead of fetching it.
    ///
    /// ## References
    /// - CWE-506: Embedded Malicious Code
    /// - The Cargo Book: "Build Scripts" (outputs belong in `OUT_DIR`)
    pub static RULE = {
        id: "debug-entry/build-script-network",
        summary: "Build script or proc macro opens a network connection, spawns a shell or writes outside OUT_DIR",
        cwe: [506],
        severity: High,
        confidence: Medium,
        languages: [Rust],
    }
}
