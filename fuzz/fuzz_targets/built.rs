//! What every whole-site fuzz target asserts once its files are written.

use std::path::Path;

use lantern::pipeline::{Options, build};

/// Builds the site at `root` into `root/public`: it may fail, but never
/// panic, and a build with errors publishes nothing.
pub fn build_publishes_nothing_broken(root: &Path) {
    let options = Options {
        root: root.to_path_buf(),
        output: root.join("public"),
        drafts: false,
        base_url: None,
        today: lantern::dates::Date::from_ymd(2026, 11, 26).expect("a real date"),
    };
    if let Ok(report) = build(&options) {
        if report.errors() > 0 {
            assert!(!root.join("public").exists(), "a broken site was published");
        }
    }
}
