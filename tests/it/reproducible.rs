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
