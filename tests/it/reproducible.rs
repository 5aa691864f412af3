//! Two builds of the same content on the same day are byte-identical,
//! generated files (tracker, feeds, calendars, vCard, sitemap) included.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::SiteTest;

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn building_twice_gives_the_same_bytes() {
    for fixture in ["learning", "basic"] {
        let site = SiteTest::fixture(fixture);
        let (a, b) = (site.root.join("first"), site.root.join("second"));
        let site = site.run(&["build", "--output", a.to_str().unwrap()]);
        site.assert_success();
        let site = site.run(&["build", "--output", b.to_str().unwrap()]);
        site.assert_success();
        let first = snapshot(&a);
        let second = snapshot(&b);
        assert!(first.len() > 10, "{fixture}: {} files", first.len());
        assert_eq!(
            first.keys().collect::<Vec<_>>(),
            second.keys().collect::<Vec<_>>(),
            "{fixture}"
        );
        for (name, bytes) in &first {
            assert!(second[name] == *bytes, "{fixture}: {name} differs between builds");
        }
    }
}

/// FNV-1a: a small hash that is the same on every machine and Rust version.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Every output file of a rich fixture, with its size and a hash, against a
/// stored snapshot: a change that alters any byte of the output (such as a
/// speed-up that was meant to change nothing) shows up here.
#[test]
fn the_output_matches_the_stored_snapshot_byte_for_byte() {
    let site = SiteTest::fixture("learning").build();
    site.assert_success();
    let manifest: String = snapshot(&site.root.join("public"))
        .iter()
        .map(|(path, bytes)| format!("{path}  {}  {:016x}\n", bytes.len(), fnv1a(bytes)))
        .collect();
    insta::assert_snapshot!(manifest);
}
