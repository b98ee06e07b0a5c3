//! Plugin host of a desktop log viewer: plugins are native libraries loaded
//! with libloading. The "remote plugins" feature fetched libraries from a URL
//! in the user's settings and loaded them unverified; the signed updater below
//! is how it was fixed.

use libloading::{Library, Symbol};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct PluginHost {
    dir: PathBuf,
    loaded: Vec<Library>,
}

type Init = unsafe extern "C" fn() -> i32;

impl PluginHost {
    pub fn install_remote(&mut self, url: &str) -> Result<(), Box<dyn std::error::Error>> {
        let bytes = reqwest::blocking::get(url)?.error_for_status()?.bytes()?;
        let file_name = url.rsplit('/').next().unwrap_or("plugin.so");
        let plugin_path = self.dir.join(file_name);
        fs::write(&plugin_path, &bytes)?;
        let library = unsafe { Library::new(&plugin_path)? }; //~ debug-entry/downloaded-code-execution
        unsafe {
            let init: Symbol<Init> = library.get(b"plugin_init")?;
            init();
        }
        self.loaded.push(library);
        Ok(())
    }

    pub async fn install_async(&mut self, client: &reqwest::Client, url: &str) -> Result<(), Box<dyn std::error::Error>> {
        let response = client.get(url).send().await?;
        let body = response.bytes().await?;
        let path = self.dir.join("remote_plugin.so");
        let mut out = fs::File::create(&path)?;
        out.write_all(&body)?;
        drop(out);
        let library = unsafe { libloading::Library::new(path.as_path())? }; //~ debug-entry/downloaded-code-execution
        self.loaded.push(library);
        Ok(())
    }

    pub fn install_from_store(&mut self, id: &str) -> Result<(), Box<dyn std::error::Error>> {
        let path = download_plugin(id, &self.dir)?;
        let library = unsafe { Library::new(&path)? }; //~ debug-entry/downloaded-code-execution
        self.loaded.push(library);
        Ok(())
    }

    /// Local plugins the user copied into the plugin directory.
    pub fn load_installed(&mut self) -> Result<(), Box<dyn std::error::Error>> {
        for entry in fs::read_dir(&self.dir)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "so") {
                let library = unsafe { Library::new(&path)? }; // ok: a library the user installed, nothing fetched here
                self.loaded.push(library);
            }
        }
        Ok(())
    }

    /// The fixed updater: the download must carry a minisign signature made with
    /// the key compiled into the binary before it is written and loaded.
    pub fn install_signed(&mut self, url: &str, public_key: &minisign_verify::PublicKey) -> Result<(), Box<dyn std::error::Error>> {
        let bytes = reqwest::blocking::get(url)?.bytes()?;
        let sig_text = reqwest::blocking::get(format!("{url}.minisig"))?.text()?;
        let signature = minisign_verify::Signature::decode(&sig_text)?;
        public_key.verify(&bytes, &signature, false)?;
        let plugin_path = self.dir.join("verified_plugin.so");
        fs::write(&plugin_path, &bytes)?;
        let library = unsafe { Library::new(&plugin_path)? }; // ok: the download's signature is verified first
        self.loaded.push(library);
        Ok(())
    }

    pub fn install_pinned_digest(&mut self, url: &str, expected: &[u8; 32]) -> Result<(), Box<dyn std::error::Error>> {
        use sha2::{Digest, Sha256};
        let bytes = reqwest::blocking::get(url)?.bytes()?;
        if Sha256::digest(&bytes).as_slice() != expected {
            return Err("plugin digest mismatch".into());
        }
        let plugin_path = self.dir.join("pinned_plugin.so");
        fs::write(&plugin_path, &bytes)?;
        let library = unsafe { Library::new(&plugin_path)? }; // ok: compared with a digest pinned by the caller
        self.loaded.push(library);
        Ok(())
    }

    /// Fetches the plugin index; the index is JSON and only read.
    pub fn refresh_index(&self, url: &str) -> Result<(), Box<dyn std::error::Error>> {
        let index = reqwest::blocking::get(url)?.text()?;
        let index_path = self.dir.join("index.json");
        fs::write(&index_path, &index)?;
        let listed: serde_json::Value = serde_json::from_str(&fs::read_to_string(&index_path)?)?; // ok: parsing JSON is not running code
        let _ = listed;
        Ok(())
    }

    pub fn load_system_codec(&mut self) -> Result<(), Box<dyn std::error::Error>> {
        let library = unsafe { Library::new("libavcodec.so.60")? }; // ok: a system library found by the loader
        self.loaded.push(library);
        Ok(())
    }
}

fn download_plugin(id: &str, dir: &Path) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let bytes = reqwest::blocking::get(format!("https://plugins.example.org/{id}.so"))?.bytes()?;
    let path = dir.join(format!("{id}.so"));
    fs::write(&path, &bytes)?;
    Ok(path)
}

pub fn downloads_dir() -> PathBuf {
    let download_root = dirs_next_download_dir();
    let _ = Command::new("ls").arg(&download_root).status(); // ok: `download_root` is a directory name, not a downloaded file
    download_root
}

fn dirs_next_download_dir() -> PathBuf {
    PathBuf::from("/home/user/Downloads")
}

use std::process::Command;
