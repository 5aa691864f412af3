//! A whole site built from generated files: any set of content files gives
//! a site or a list of diagnostics, never a panic, and a failed build
//! publishes nothing.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

mod built;

#[derive(Debug, Arbitrary)]
struct Page {
    section: u8,
    name: String,
    lang: u8,
    title: String,
    extra: String,
    body: String,
}

const SECTIONS: [&str; 6] = ["", "reviews/", "briefings/", "newsletters/", "training/", "leaflets/"];
const LANGS: [&str; 4] = ["", ".pl", ".ur", ".fr"];

fuzz_target!(|pages: Vec<Page>| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let root = dir.path().join("site");
    let content = root.join("content");
    if std::fs::create_dir_all(&content).is_err() {
        return;
    }
    let config = "title = \"Fuzz\"\nbase_url = \"https://fuzz.example.org\"\nlanguages = [\"en-GB\", \"pl\", \"ur\"]\n";
    std::fs::write(root.join("site.toml"), config).ok();
    for page in pages.iter().take(12) {
        let name: String = page.name.chars().filter(|c| !matches!(c, '/' | '\0' | '\\')).take(40).collect();
        if name.is_empty() || name.starts_with('.') {
            continue;
        }
        let section = SECTIONS[usize::from(page.section) % SECTIONS.len()];
        let lang = LANGS[usize::from(page.lang) % LANGS.len()];
        let folder = content.join(section);
        std::fs::create_dir_all(&folder).ok();
        let text = format!(
            "+++\ntitle = {:?}\n{}\n+++\n{}",
            page.title, page.extra, page.body
        );
        std::fs::write(folder.join(format!("{name}{lang}.md")), text).ok();
    }
    built::build_publishes_nothing_broken(&root);
});
