//! The README's rules reference is generated from the rules' metadata.

use std::path::Path;
use trustlint_core::{Category, rules::RULES};

fn rules_reference() -> String {
    let mut out = String::new();
    for category in [
        Category::Credentials,
        Category::DebugEntry,
        Category::DataUpload,
        Category::Tool,
    ] {
        let mut rules: Vec<_> = RULES.iter().filter(|r| r.category() == category).collect();
        if rules.is_empty() {
            continue;
        }
        rules.sort_by_key(|r| r.id);
        out.push_str(&format!("\n### `{category}`\n\n| rule | severity | languages | CWE | finds |\n|---|---|---|---|---|\n"));
        for rule in rules {
            let languages: Vec<&str> = rule.languages.iter().map(|l| l.as_str()).collect();
            let cwe: Vec<String> = rule.cwe.iter().map(|c| format!("CWE-{c}")).collect();
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} |\n",
                rule.id,
                rule.severity,
                languages.join(", "),
                cwe.join(", "),
                rule.summary
            ));
        }
    }
    out.push_str("\n`trustlint explain <rule>` prints a rule's full documentation.\n\n");
    out
}

#[test]
fn readme_rules_reference_is_current() {
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../README.md");
    trustlint_devtools::check_generated_section(
        &readme,
        "rules",
        &rules_reference(),
        "TRUSTLINT_BLESS=1 cargo test -p trustlint-core --test readme_rules",
    );
}
