//! Workspace folders and the settings each one runs with.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use trustlint_core::ProjectContext;
use trustlint_engine::{Settings, SettingsError, gather_project_context, load_settings};

/// Why a folder has no settings: its `trustlint.toml` is broken. The folder
/// gets no diagnostics until it is fixed — analysing with defaults or with the
/// last good settings would silently report something the user did not configure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    /// `file:line:column: message`, as the command line prints it.
    pub message: String,
    pub file: Option<PathBuf>,
    /// 1-based.
    pub line: Option<usize>,
    /// 1-based, in characters.
    pub column: Option<usize>,
}

impl ConfigProblem {
    fn from_error(error: &SettingsError) -> ConfigProblem {
        let (file, line, column) = match error {
            SettingsError::Config(err) => (Some(PathBuf::from(&err.path)), err.line, err.column),
            SettingsError::Io { path, .. } => (Some(path.clone()), None, None),
            SettingsError::UnknownRule(_) => (None, None, None),
        };
        ConfigProblem {
            message: error.to_string(),
            file,
            line,
            column,
        }
    }
}

pub struct Folder {
    pub root: PathBuf,
    pub settings: Result<Arc<Settings>, ConfigProblem>,
    /// The folder's privacy manifests and Info.plists, read from disk as the
    /// command line reads them: the rules that compare code with what the app
    /// declares need them in the editor too.
    pub project: Arc<ProjectContext>,
}

impl Folder {
    pub fn load(root: PathBuf) -> Folder {
        let settings = load_settings(&root, None, &[], &[])
            .map(Arc::new)
            .map_err(|err| ConfigProblem::from_error(&err));
        let project = Arc::new(gather_project_context(&root));
        Folder {
            root,
            settings,
            project,
        }
    }

    /// Re-reads the project files after one of them changed on disk.
    pub fn reload_project(&mut self) {
        self.project = Arc::new(gather_project_context(&self.root));
    }
}

#[derive(Default)]
pub struct Workspace {
    pub folders: Vec<Folder>,
}

impl Workspace {
    pub fn new(roots: impl IntoIterator<Item = PathBuf>) -> Workspace {
        Workspace {
            folders: roots.into_iter().map(Folder::load).collect(),
        }
    }

    pub fn add(&mut self, root: PathBuf) {
        self.remove(&root);
        self.folders.push(Folder::load(root));
    }

    pub fn remove(&mut self, root: &Path) {
        self.folders.retain(|folder| folder.root != root);
    }

    /// Re-reads every folder's config (a `trustlint.toml` may apply to several
    /// folders, since configs are found upward from each root).
    pub fn reload(&mut self) {
        for folder in &mut self.folders {
            *folder = Folder::load(std::mem::take(&mut folder.root));
        }
    }

    /// Re-reads the project files of every folder holding `path`.
    pub fn reload_project_of(&mut self, path: &Path) {
        for folder in &mut self.folders {
            if path.starts_with(&folder.root) {
                folder.reload_project();
            }
        }
    }

    /// The innermost folder holding `path`, and `path` relative to it, `/`-separated.
    pub fn locate(&self, path: &Path) -> Option<(&Folder, String)> {
        self.folders
            .iter()
            .filter_map(|folder| {
                let relative = path.strip_prefix(&folder.root).ok()?;
                let parts: Option<Vec<&str>> = relative
                    .components()
                    .map(|c| c.as_os_str().to_str())
                    .collect();
                Some((folder, parts?.join("/")))
            })
            .max_by_key(|(folder, _)| folder.root.components().count())
    }
}
