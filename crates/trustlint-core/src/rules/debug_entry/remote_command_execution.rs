use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// Data from outside the program — a socket, an HTTP request, an environment
    /// variable, a file, a push payload — reaching a command execution: Rust
    /// `std::process::Command::new`/`.arg`/`.args`, `tokio::process::Command`,
    /// `libc::system`, `sh -c`/`cmd /C`; Swift `Process`/`NSTask` (`executableURL`,
    /// `arguments`), `system`/`posix_spawn`, `NSAppleScript`. The value is followed
    /// through `let` bindings, method chains and `format!`/string interpolation
    /// inside one function.
    ///
    /// ## Why it matters
    /// Whoever controls the input runs commands with the program's privileges: it is
    /// a remote shell. This is the shape of most "debug endpoints" left in servers
    /// and of backdoors planted in packages (CWE-506).
    ///
    /// ## Example
    /// ```rust
    /// async fn exec(Json(body): Json<ExecRequest>) -> String {
    ///     let out = Command::new("sh").arg("-c").arg(&body.cmd).output().await.unwrap();
    ///     String::from_utf8_lossy(&out.stdout).into_owned()
    /// }
    /// ```
    /// ```swift
    /// let task = Process()
    /// task.executableURL = URL(fileURLWithPath: "/bin/sh")
    /// task.arguments = ["-c", message["cmd"] as! String]
    /// try task.run()
    /// ```
    ///
    /// ## Instead
    /// Remove the endpoint. If the program must run a tool, run a fixed program with
    /// fixed arguments, pass user data only as validated, allow-listed arguments
    /// (never through `sh -c`), and require an authenticated, authorised caller.
    ///
    /// ## References
    /// - CWE-78: Improper Neutralization of Special Elements used in an OS Command
    /// - CWE-506: Embedded Malicious Code
    pub static RULE = {
        id: "debug-entry/remote-command-execution",
        summary: "Data from a request, socket, environment or file reaches command execution",
        cwe: [78, 506],
        severity: Critical,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
