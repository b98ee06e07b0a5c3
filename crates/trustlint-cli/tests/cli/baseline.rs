//! `trustlint baseline` and `scan --baseline`: only new findings are reported.

use crate::support::*;

const BASELINE: &str = "trustlint-baseline.txt";

fn baseline_entries(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(dir.join(BASELINE))
        .expect("baseline file")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn baseline_round_trip_reports_only_new_findings() {
    let dir = project(&[("src/main.rs", &leaky_main())]);
    let run = trustlint(dir.path(), &["baseline"]);
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stderr
            .contains("wrote 1 baseline entries to trustlint-baseline.txt"),
        "{run}"
    );
    run.assert_no_full_secret();

    let text = std::fs::read_to_string(dir.path().join(BASELINE)).unwrap();
    assert!(text.starts_with("# trustlint baseline"), "{text}");
    assert!(
        !text.contains("AKIA"),
        "the baseline holds no secret text: {text}"
    );
    let entries = baseline_entries(dir.path());
    assert_eq!(entries.len(), 1, "{text}");
    let fields: Vec<&str> = entries[0].split(' ').collect();
    assert_eq!(fields[..2], [AWS_RULE, "src/main.rs"], "{text}");
    assert!(!fields[2].contains("2:"), "no line numbers: {text}");

    let scan = |dir: &std::path::Path| trustlint(dir, &["scan", "--baseline", BASELINE]);
    let run = scan(dir.path());
    assert_eq!(run.code, 0, "{run}");
    assert!(
        run.stdout.contains("no findings in 1 file, 1 baselined"),
        "{run}"
    );

    // Lines inserted above the key do not make it new.
    let moved = format!(
        "// Build settings.\nconst RETRIES: u32 = 3;\n\n{}",
        leaky_main()
    );
    write(dir.path(), "src/main.rs", moved.as_bytes());
    assert_eq!(scan(dir.path()).code, 0);

    // A different key on the same line is new.
    write(
        dir.path(),
        "src/main.rs",
        moved.replace(FAKE_AWS_KEY, OTHER_FAKE_AWS_KEY).as_bytes(),
    );
    let run = scan(dir.path());
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains(" --> src/main.rs:5:26"), "{run}");
    run.assert_no_full_secret();
}

#[test]
fn update_baseline_drops_entries_that_no_longer_match() {
    let dir = project(&[
        ("src/main.rs", &leaky_main()),
        (
            "src/legacy.rs",
            &format!("pub const KEY: &str = \"{OTHER_FAKE_AWS_KEY}\";\n"),
        ),
    ]);
    assert_eq!(trustlint(dir.path(), &["baseline"]).code, 0);
    assert_eq!(baseline_entries(dir.path()).len(), 2);

    write(
        dir.path(),
        "src/legacy.rs",
        b"pub const KEY: &str = \"\";\n",
    );
    // A scan of main.rs alone could not have seen legacy.rs: nothing is dropped.
    let run = trustlint(
        dir.path(),
        &[
            "scan",
            "src/main.rs",
            "--baseline",
            BASELINE,
            "--update-baseline",
        ],
    );
    assert_eq!(run.code, 0, "{run}");
    assert_eq!(baseline_entries(dir.path()).len(), 2);

    let run = trustlint(
        dir.path(),
        &["scan", "--baseline", BASELINE, "--update-baseline"],
    );
    assert_eq!(run.code, 0, "{run}");
    let entries = baseline_entries(dir.path());
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert!(entries[0].starts_with(&format!("{AWS_RULE} src/main.rs ")));
}

#[test]
fn unreadable_or_malformed_baseline_exits_2() {
    let dir = project(&[
        ("src/main.rs", &leaky_main()),
        (
            "broken-baseline.txt",
            "# header\ncredentials/aws-access-key\n",
        ),
    ]);
    let run = trustlint(dir.path(), &["scan", "--baseline", "missing.txt"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr
            .starts_with("error: missing.txt: cannot read the baseline: "),
        "{run}"
    );
    let run = trustlint(dir.path(), &["scan", "--baseline", "broken-baseline.txt"]);
    assert_eq!(run.code, 2, "{run}");
    assert_eq!(
        run.stderr.trim(),
        "error: broken-baseline.txt:2: expected `<rule-id> <path> <fingerprint>`"
    );
}
