//! Front matter and site.toml parsing: any bytes give a document or
//! diagnostics, never a panic.
#![no_main]

use lantern::config::Config;
use lantern::content::{Document, path};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = Config::parse(text);
    let Ok(config) = Config::parse("title = \"T\"\nbase_url = \"https://e.org\"\nlanguages = [\"en-GB\", \"pl\"]\n") else {
        return;
    };
    for file in ["reviews/a.md", "training/b.md", "newsletters/c.pl.md", "_index.md"] {
        let Ok(content_path) = path::parse(file, &config) else { continue };
        if let Err(diagnostics) = Document::parse(file, text.to_owned(), content_path) {
            for d in diagnostics {
                // Every span must lie on character boundaries of the text.
                if let Some(span) = d.span {
                    assert!(text.is_char_boundary(span.start.min(text.len())));
                }
            }
        }
    }
});
