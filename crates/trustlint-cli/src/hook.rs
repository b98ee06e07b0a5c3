//! `trustlint hook install`: a plain git `pre-commit` hook for teams without the
//! pre-commit framework. The hook judges what is staged, so it runs
//! `trustlint scan --staged`; git runs hooks at the top of the working tree.

use crate::EXIT_CLEAN;
use std::path::Path;
use trustlint_engine::git;

/// The line that marks a hook as trustlint's own: such a hook is rewritten freely,
/// any other is left alone unless `--force` is given.
const MARKER: &str = "# trustlint pre-commit hook, written by `trustlint hook install`.";

/// Writes the `pre-commit` hook of the repository around the current directory.
pub fn install(force: bool) -> Result<u8, String> {
    let hooks = git::hooks_dir(Path::new("."))?;
    let hook = hooks.join("pre-commit");
    let existing = std::fs::read_to_string(&hook).ok();
    let ours = existing
        .as_deref()
        .is_some_and(|text| text.contains(MARKER));
    let present = std::fs::symlink_metadata(&hook).is_ok();
    if present && !ours && !force {
        return Err(format!(
            "{} already exists and was not written by trustlint; \
             rerun with `--force` to replace it, or add `trustlint scan --staged` to it",
            hook.display()
        ));
    }
    std::fs::create_dir_all(&hooks).map_err(|err| {
        format!(
            "{}: cannot create the hooks directory: {err}",
            hooks.display()
        )
    })?;
    let script = script();
    if existing.as_deref() == Some(script.as_str()) {
        eprintln!("trustlint: {} is already installed", hook.display());
        return Ok(EXIT_CLEAN);
    }
    std::fs::write(&hook, &script)
        .map_err(|err| format!("{}: cannot write the hook: {err}", hook.display()))?;
    make_executable(&hook)?;
    let verb = match (ours, present) {
        (true, _) => "updated",
        (false, true) => "replaced",
        (false, false) => "installed",
    };
    eprintln!(
        "trustlint: {verb} {}; commits now run `trustlint scan --staged`",
        hook.display()
    );
    Ok(EXIT_CLEAN)
}

/// The hook runs the `trustlint` that installed it, or the one on `PATH` when that
/// binary has moved away (GUI git clients often run hooks with a minimal `PATH`,
/// which is why the absolute path comes first).
fn script() -> String {
    let installed_by = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.to_str().map(shell_quote))
        .unwrap_or_else(|| "trustlint".to_owned());
    format!(
        "#!/bin/sh\n\
         {MARKER}\n\
         # It scans what is staged (the git index), not the working tree, and blocks the\n\
         # commit on findings at or above `--fail-on` (default: medium).\n\
         # Skip it once with `git commit --no-verify`.\n\
         trustlint={installed_by}\n\
         if [ ! -x \"$trustlint\" ]; then\n\
         \x20   trustlint=trustlint\n\
         fi\n\
         exec \"$trustlint\" scan --staged\n"
    )
}

/// `text` as one single-quoted shell word.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(unix)]
fn make_executable(hook: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(hook, std::fs::Permissions::from_mode(0o755))
        .map_err(|err| format!("{}: cannot make the hook executable: {err}", hook.display()))
}

/// Git for Windows runs hooks through its own shell; no mode bits to set.
#[cfg(not(unix))]
fn make_executable(_hook: &Path) -> Result<(), String> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::shell_quote;

    #[test]
    fn quoted_paths_survive_spaces_and_quotes() {
        assert_eq!(
            shell_quote("/opt/my tools/trustlint"),
            "'/opt/my tools/trustlint'"
        );
        assert_eq!(shell_quote("/it's/trustlint"), r"'/it'\''s/trustlint'");
    }
}
