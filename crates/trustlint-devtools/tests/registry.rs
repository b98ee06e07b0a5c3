//! Every generated registry is current. This test does not depend on the crates it
//! checks, so it can regenerate a registry that keeps its crate from compiling:
//! `TRUSTLINT_BLESS=1 cargo test -p trustlint-devtools --test registry`.

use std::path::{Path, PathBuf};

/// (crate, directory under `src/`, registry macro)
const REGISTRIES: [(&str, &str, &str); 3] = [
    ("trustlint-core", "rules", "crate::rule_registry"),
    ("trustlint-rust", "checks", "crate::check_registry"),
    ("trustlint-swift", "checks", "crate::check_registry"),
];

fn crates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crates/")
        .to_path_buf()
}

#[test]
fn registries_are_generated_from_the_rule_and_check_files() {
    for (crate_name, dir, registry_macro) in REGISTRIES {
        let crate_dir = crates_dir().join(crate_name);
        if crate_dir.join("src").join(dir).is_dir() {
            trustlint_devtools::check_rule_registry(
                &crate_dir,
                dir,
                "trustlint-devtools",
                registry_macro,
            );
        }
    }
}
