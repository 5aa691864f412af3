//! A site's own template, whatever its text: the build gives a site or a
//! list of diagnostics, never a panic, and a failed build publishes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod built;

fuzz_target!(|template: &str| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let root = dir.path().join("site");
    let (content, templates) = (root.join("content/reviews"), root.join("templates"));
    if std::fs::create_dir_all(&content).is_err() || std::fs::create_dir_all(&templates).is_err() {
        return;
    }
    let config = "title = \"Fuzz\"\nbase_url = \"https://fuzz.example.org\"\nlanguages = [\"en-GB\", \"pl\"]\n";
    std::fs::write(root.join("site.toml"), config).ok();
    let page = "+++\ntitle = \"A review\"\ndate = 2026-01-02\nthemes = [\"neglect\"]\nreference = \"R-1\"\n\n[[recommendations]]\nid = \"R1\"\ntext = \"Share.\"\n+++\nText with a [link](/).\n";
    std::fs::write(content.join("a.md"), page).ok();
    std::fs::write(templates.join("review.html"), template).ok();
    built::build_publishes_nothing_broken(&root);
});
