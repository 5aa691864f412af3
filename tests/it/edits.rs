//! Random edits to a site, as an author makes them: bodies, titles, dates,
//! new pages and translations, deletions, renames, drafts, broken front
//! matter, interface text, templates, static files and settings.

use std::path::Path;

/// A small deterministic random number generator (xorshift64*).
pub struct Random(pub u64);

impl Random {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Content files now on disk, relative to the root.
pub fn documents(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "md") {
            out.push(
                entry
                    .path()
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    out
}

/// Pages in the default language other than section pages.
fn originals(docs: &[String]) -> Vec<String> {
    docs.iter()
        .filter(|d| d.matches('.').count() == 1 && !d.ends_with("_index.md"))
        .cloned()
        .collect()
}

/// Whether `file` is `original` or one of its translations.
fn is_version_of(file: &str, original: &str) -> bool {
    let stem = original.trim_end_matches(".md");
    file == original || (file.starts_with(&format!("{stem}.")) && file.matches('.').count() == 2)
}

/// Replaces or adds the top-level front-matter key `key`.
pub fn set_key(text: &str, key: &str, value: &str) -> String {
    let Some(rest) = text.strip_prefix("+++\n") else {
        return text.to_owned();
    };
    let kept: Vec<&str> = rest
        .split_inclusive('\n')
        .scan(false, |done, line| {
            // Only lines before the closing +++ or the first table are keys.
            if line.starts_with("+++") || line.starts_with('[') {
                *done = true;
            }
            Some((*done, line))
        })
        .filter(|(done, line)| *done || !line.starts_with(&format!("{key} =")))
        .map(|(_, line)| line)
        .collect();
    format!("+++\n{key} = {value}\n{}", kept.concat())
}

const WORDS: [&str; 8] = [
    "neglect", "sleep", "school", "health", "police", "family", "online", "help",
];

/// One random change to the site; returns the paths it touched.
/// How a paragraph [`mutate`] adds to a body starts.
const ADDED: &str = "\nA new paragraph about ";

pub fn mutate(root: &Path, random: &mut Random, step: usize, log: &mut Vec<String>) -> Vec<String> {
    let docs = documents(root);
    let doc = random.pick(&docs).clone();
    let path = root.join(&doc);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let word = random.pick(&WORDS);
    let (what, touched): (String, Vec<String>) = match random.below(16) {
        0 if text.contains(ADDED) => {
            // A paragraph added before is taken out again: its words leave.
            let at = text.rfind(ADDED).unwrap_or_default();
            let end = text[at + 1..].find('\n').map_or(text.len(), |n| at + 2 + n);
            std::fs::write(&path, format!("{}{}", &text[..at], &text[end..])).unwrap();
            (format!("paragraph taken out of {doc}"), vec![doc])
        }
        0..=3 => {
            let extra = if random.below(2) == 0 {
                format!("\n## About {word} {step}\n\nMore about {word}.\n")
            } else {
                format!("{ADDED}{word} ({step}).\n")
            };
            std::fs::write(&path, text + &extra).unwrap();
            (format!("body of {doc}"), vec![doc])
        }
        4 | 5 => {
            // Often a page that others show: a review, or a section page.
            let doc = match random.below(3) {
                0 => doc,
                1 => random
                    .pick(&[
                        "content/reviews/child-d.md",
                        "content/reviews/child-t.md",
                        "content/reviews/family-m.md",
                    ])
                    .to_string(),
                _ => random
                    .pick(&[
                        "content/reviews/older/_index.md",
                        "content/reviews/_index.pl.md",
                        "content/briefings/_index.md",
                    ])
                    .to_string(),
            };
            let text = std::fs::read_to_string(root.join(&doc)).unwrap_or_else(|_| "+++\n+++\n".to_owned());
            std::fs::create_dir_all(root.join(&doc).parent().unwrap()).unwrap();
            std::fs::write(
                root.join(&doc),
                set_key(&text, "title", &format!("\"{word} {step}\"")),
            )
            .unwrap();
            (format!("title of {doc}"), vec![doc])
        }
        6 => {
            let key = if random.below(2) == 0 { "weight" } else { "date" };
            let value = if key == "weight" {
                format!("{}", random.below(5))
            } else {
                format!("2025-0{}-1{}", 1 + random.below(9), random.below(9))
            };
            std::fs::write(&path, set_key(&text, key, &value)).unwrap();
            (format!("{key} of {doc}"), vec![doc])
        }
        7 => {
            // A new page, or a translation of an existing one (a copy of it
            // with a new title, as translators start).
            let (file, text) = if random.below(2) == 0 {
                let section = random.pick(&["", "reviews/", "briefings/", "newsletters/", "reviews/older/"]);
                let date = if section.is_empty() {
                    ""
                } else {
                    "date = 2026-01-02\n"
                };
                let file = format!("content/{section}new-{word}.md");
                (
                    file,
                    format!("+++\ntitle = \"New {word}\"\n{date}+++\n\nAbout {word}.\n"),
                )
            } else {
                let original = random.pick(&originals(&docs)).clone();
                let text = std::fs::read_to_string(root.join(&original)).unwrap();
                let suffix: &&str = random.pick(&[".pl.md", ".ur.md"]);
                let file = original.replace(".md", suffix);
                (file, set_key(&text, "title", &format!("\"Nowy {word}\"")))
            };
            std::fs::create_dir_all(root.join(&file).parent().unwrap()).unwrap();
            std::fs::write(root.join(&file), text).unwrap();
            (format!("create {file}"), vec![file])
        }
        8 => {
            // A page and its translations.
            let original = random.pick(&originals(&docs)).clone();
            let gone: Vec<String> = docs
                .iter()
                .filter(|d| is_version_of(d, &original))
                .cloned()
                .collect();
            for file in &gone {
                std::fs::remove_file(root.join(file)).unwrap();
            }
            (format!("delete {gone:?}"), gone)
        }
        9 => {
            let original = random.pick(&originals(&docs)).clone();
            let stem = original.trim_end_matches(".md");
            let mut touched = Vec::new();
            for file in docs.iter().filter(|d| is_version_of(d, &original)) {
                let to = file.replacen(stem, &format!("{stem}-{step}"), 1);
                std::fs::rename(root.join(file), root.join(&to)).unwrap();
                touched.push(file.clone());
                touched.push(to);
            }
            (format!("rename {touched:?}"), touched)
        }
        10 => {
            let draft = random.below(2) == 0;
            std::fs::write(&path, set_key(&text, "draft", &draft.to_string())).unwrap();
            (format!("draft = {draft} in {doc}"), vec![doc])
        }
        11 => {
            std::fs::write(&path, text.replacen("+++", "+++\ntitel = \"broken", 1)).unwrap();
            (format!("break {doc}"), vec![doc])
        }
        12 => {
            let review = random.pick(&["reviews/child-d.md", "reviews/child-t.md", "reviews/family-m.md"]);
            let briefing = random.pick(&[
                "content/briefings/safer-sleep.md",
                "content/briefings/was-not-brought.md",
            ]);
            let text = std::fs::read_to_string(root.join(briefing)).unwrap_or_default();
            std::fs::write(
                root.join(briefing),
                set_key(&text, "review", &format!("\"{review}\"")),
            )
            .unwrap();
            (format!("{briefing} names {review}"), vec![briefing.to_string()])
        }
        13 => {
            let lang = random.pick(&["en-GB", "pl"]);
            let file = format!("locales/{lang}/site.ftl");
            std::fs::create_dir_all(root.join(&file).parent().unwrap()).unwrap();
            std::fs::write(
                root.join(&file),
                format!("breadcrumb-home = Home {word}\nalert-note = Note {word}\n"),
            )
            .unwrap();
            (format!("messages in {file}"), vec![file])
        }
        14 => {
            let name = random.pick(&["partials/toc.html", "page.html", "review.html"]);
            let theme = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("themes/default/templates")
                .join(name);
            let source = std::fs::read_to_string(theme).unwrap();
            let file = format!("templates/{name}");
            std::fs::create_dir_all(root.join(&file).parent().unwrap()).unwrap();
            std::fs::write(root.join(&file), format!("{source}<!-- {word} {step} -->\n")).unwrap();
            (format!("override {file}"), vec![file])
        }
        _ => {
            if random.below(2) == 0 {
                std::fs::create_dir_all(root.join("static")).unwrap();
                std::fs::write(
                    root.join("static/extra.css"),
                    format!("p {{ color: #{step:03}; }}\n"),
                )
                .unwrap();
                ("static/extra.css".to_owned(), vec!["static/extra.css".to_owned()])
            } else {
                let settings = std::fs::read_to_string(root.join("site.toml")).unwrap();
                let settings = settings.replacen("emergency_notice = true", "emergency_notice = false", 1);
                std::fs::write(root.join("site.toml"), settings).unwrap();
                ("site.toml".to_owned(), vec!["site.toml".to_owned()])
            }
        }
    };
    log.push(what);
    touched
}
