//! `trustlint scan`: exit status, rule selection, `--fail-on`, config discovery,
//! suppressions; `trustlint rules` and `explain`.

use crate::support::*;

#[test]
fn exit_status_is_1_for_findings_and_0_for_clean_code() {
    let leaky = project(&[("src/main.rs", &leaky_main())]);
    let run = trustlint(leaky.path(), &["scan"]);
    assert_eq!(run.code, 1, "{run}");
    let clean = project(&[("src/main.rs", CLEAN_MAIN)]);
    let run = trustlint(clean.path(), &["scan"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout.contains("trustlint: no findings in 1 file"),
        "{run}"
    );
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let dir = project(&[("src/main.rs", &leaky_main())]);
    for (args, expected) in [
        (
            &["scan", "--fail-on", "severe"][..],
            "error: `--fail-on severe`: expected low, medium, high, critical or never",
        ),
        (
            &["scan", "--select", "credentials/aws-acces-key"],
            "error: `credentials/aws-acces-key` is neither a rule id nor a category",
        ),
        (
            &["scan", "src/mian.rs"],
            "error: src/mian.rs: no such file or directory",
        ),
        (&["scan", "--format", "xml"], "invalid value 'xml'"),
    ] {
        let run = trustlint(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {run}");
        assert!(run.stderr.contains(expected), "{args:?}: {run}");
        assert!(run.stdout.is_empty(), "{args:?}: {run}");
    }
}

#[test]
fn scanning_a_directory_shows_paths_relative_to_it() {
    let dir = project(&[("app/src/main.rs", &leaky_main())]);
    let run = trustlint(dir.path(), &["scan", "app", "--format", "json"]);
    assert_eq!(run.json()["findings"][0]["path"], "src/main.rs", "{run}");
    let run = trustlint(dir.path(), &["scan", "app/src/main.rs", "--format", "json"]);
    assert_eq!(
        run.json()["findings"][0]["path"],
        "app/src/main.rs",
        "{run}"
    );
}

#[test]
fn select_and_ignore_take_rule_ids_and_categories() {
    let dir = project(&[("src/main.rs", &leaky_main())]);
    let rules_with = |args: &[&str]| {
        let mut all = vec!["scan", "--format", "json"];
        all.extend_from_slice(args);
        trustlint(dir.path(), &all).rules()
    };
    assert_eq!(rules_with(&[]), [AWS_RULE]);
    assert_eq!(rules_with(&["--select", AWS_RULE]), [AWS_RULE]);
    assert_eq!(rules_with(&["--select", "credentials"]), [AWS_RULE]);
    assert!(rules_with(&["--select", "debug-entry"]).is_empty());
    assert!(rules_with(&["--ignore", AWS_RULE]).is_empty());
    assert!(rules_with(&["--ignore", "credentials"]).is_empty());
    assert!(rules_with(&["--select", "credentials,debug-entry", "--ignore", AWS_RULE]).is_empty());
    let run = trustlint(dir.path(), &["scan", "--ignore", "credentials"]);
    assert_eq!(run.code, 0, "{run}");
}

#[test]
fn fail_on_sets_the_threshold_for_exit_1() {
    // The planted key is a high-severity finding.
    let dir = project(&[("src/main.rs", &leaky_main())]);
    for (threshold, expected) in [
        ("low", 1),
        ("medium", 1),
        ("high", 1),
        ("critical", 0),
        ("never", 0),
    ] {
        let run = trustlint(dir.path(), &["scan", "--fail-on", threshold]);
        assert_eq!(run.code, expected, "--fail-on {threshold}: {run}");
        assert!(
            run.stdout.contains("AWS access key id is hardcoded"),
            "{run}"
        );
    }
}

#[test]
fn config_is_found_upward_from_the_scan_root() {
    let dir = project(&[
        (
            "trustlint.toml",
            "[rules.severity]\n\"credentials/aws-access-key\" = \"low\"\n",
        ),
        ("service/src/main.rs", &leaky_main()),
    ]);
    let run = trustlint(&dir.path().join("service"), &["scan", "--format", "json"]);
    assert_eq!(
        run.code, 0,
        "a low finding is below the default --fail-on: {run}"
    );
    assert_eq!(run.json()["findings"][0]["severity"], "low", "{run}");
}

#[test]
fn explicit_config_replaces_discovery() {
    let dir = project(&[
        ("trustlint.toml", "[rules]\nignore = [\"credentials\"]\n"),
        ("strict.toml", "[rules]\n"),
        ("src/main.rs", &leaky_main()),
    ]);
    assert_eq!(trustlint(dir.path(), &["scan"]).code, 0);
    let run = trustlint(dir.path(), &["scan", "--config", "strict.toml"]);
    assert_eq!(run.code, 1, "{run}");
}

#[test]
fn bad_config_exits_2_naming_file_line_and_key() {
    let dir = project(&[
        (
            "trustlint.toml",
            "[scan]\nexclude = [\"vendor\"]\nexlcude = []\n",
        ),
        ("src/main.rs", &leaky_main()),
    ]);
    let run = trustlint(dir.path(), &["scan"]);
    assert_eq!(run.code, 2, "{run}");
    let config = dir.path().canonicalize().unwrap().join("trustlint.toml");
    let expected = format!("error: {}:3:1: unknown field `exlcude`", config.display());
    assert!(run.stderr.starts_with(&expected), "{run}");
    assert!(
        run.stdout.is_empty(),
        "no report after a config error: {run}"
    );

    let dir = project(&[
        (
            "trustlint.toml",
            "[rules]\nselect = [\n  \"credential\",\n]\n",
        ),
        ("src/main.rs", &leaky_main()),
    ]);
    let run = trustlint(dir.path(), &["scan"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr
            .contains("trustlint.toml:3:3: `rules.select` names `credential`"),
        "{run}"
    );
}

#[test]
fn suppressions_need_a_reason_and_must_suppress_something() {
    let source = format!(
        "fn keys() -> [&'static str; 2] {{\n\
         \x20   // trustlint:allow(credentials/aws-access-key) -- revoked key kept for the replay test\n\
         \x20   let replay = \"{FAKE_AWS_KEY}\";\n\
         \x20   let staging = \"{OTHER_FAKE_AWS_KEY}\"; // trustlint:allow(credentials)\n\
         \x20   // trustlint:allow(credentials/aws-access-key) -- the key moved to the vault\n\
         \x20   let region = \"eu-west-1\";\n\
         \x20   [replay, staging]\n\
         }}\n"
    );
    let dir = project(&[("src/keys.rs", &source)]);
    let run = trustlint(dir.path(), &["scan", "--format", "json"]);
    let report = run.json();
    let found: Vec<(String, u64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (AWS_RULE.to_owned(), 4),
            ("trustlint/suppression-without-reason".to_owned(), 4),
            ("trustlint/unused-suppression".to_owned(), 5),
        ],
        "{run}"
    );
    run.assert_no_full_secret();
}

#[test]
fn rules_lists_every_rule_and_explain_prints_docs() {
    let dir = project(&[]);
    let run = trustlint(dir.path(), &["rules"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with(AWS_RULE) && l.ends_with("AWS access key id is hardcoded")),
        "{run}"
    );
    let run = trustlint(dir.path(), &["rules", "--format", "json"]);
    let rules = run.json();
    let aws = rules
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == AWS_RULE)
        .expect("the AWS rule is listed");
    assert_eq!(aws["cwe"][0], "CWE-798");
    assert!(
        aws["docs"]
            .as_str()
            .unwrap()
            .starts_with("## What it finds\n")
    );

    let run = trustlint(dir.path(), &["explain", AWS_RULE]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout.starts_with("# credentials/aws-access-key\n"),
        "{run}"
    );
    for heading in [
        "What it finds",
        "Why it matters",
        "Example",
        "Instead",
        "References",
    ] {
        assert!(
            run.stdout.contains(&format!("\n## {heading}\n")),
            "{heading}: {run}"
        );
    }

    let run = trustlint(dir.path(), &["explain", "credentials"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout.starts_with("# credentials\n\nHardcoded secrets"),
        "{run}"
    );
    assert!(run.stdout.contains(&format!("\n  {AWS_RULE}  ")), "{run}");

    let run = trustlint(dir.path(), &["explain", "credentials/nope"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr
            .contains("no rule or category `credentials/nope`"),
        "{run}"
    );
}
