use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use super::*;
use crate::generate::recording::{Recording, Seen};

/// A sink that keeps what it is given, by path.
#[derive(Default)]
struct Memory(Mutex<BTreeMap<String, Vec<u8>>>);

impl Sink for Memory {
    fn put(&self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.0.lock().unwrap().insert(path.to_owned(), bytes.to_vec());
        Ok(())
    }
}

fn options(root: &Path) -> Options {
    Options {
        root: root.to_path_buf(),
        output: root.join("public"),
        drafts: false,
        base_url: None,
        today: Date::from_ymd(2026, 12, 1).unwrap(),
    }
}

/// The multilingual fixture, read, with a recording generator added.
fn prepared_with_recording() -> (Prepared, Arc<Mutex<Seen>>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/multilingual");
    let mut prepared = prepare(&options(&root)).unwrap().unwrap();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let generators = std::mem::take(&mut prepared.analysis.generators);
    prepared.analysis.generators = generators.with(Box::new(Recording(Arc::clone(&seen))));
    (prepared, seen)
}

#[test]
fn a_generator_that_reads_bodies_sees_each_whole_before_it_is_slimmed_and_writes_after() {
    let (mut prepared, seen) = prepared_with_recording();
    let today = Date::from_ymd(2026, 12, 1).unwrap();
    let sink = Memory::default();
    let mut leftovers = Leftovers::default();
    render_and_check(&mut prepared, today, &sink, &mut leftovers).unwrap();
    let seen = seen.lock().unwrap();
    let site = &prepared.analysis.site;
    // Every document once, with the HTML its page prints.
    let mut files: Vec<&str> = seen.bodies.iter().map(|(f, _)| f.as_str()).collect();
    files.sort();
    let mut expected: Vec<&str> = site.documents.iter().map(|d| d.file.as_str()).collect();
    expected.sort();
    assert_eq!(files, expected);
    let titles = render::titles_by_language(site, &prepared.analysis.locales);
    for (file, html) in &seen.bodies {
        let doc = site.documents.iter().find(|d| &d.file == file).unwrap();
        let whole = render::body(doc, &titles[doc.path.lang.as_str()]).html;
        assert_eq!(html, &whole, "{file}");
    }
    assert!(seen.bodies.iter().any(|(_, html)| html.contains("<p>")));
    // Written once, after every body, beside the other generators' files.
    assert_eq!(seen.writes, [site.documents.len()]);
    let written = sink.0.lock().unwrap();
    assert!(written.contains_key("recorded.txt"));
    assert!(written.contains_key("sitemap.xml") && written.contains_key("index.html"));
    // What the build keeps of each body is slimmed.
    assert!(prepared.analysis.bodies.iter().all(|b| b.html.is_empty()));
}

#[test]
fn the_pass_without_writing_shows_every_body_and_keeps_them_to_be_rendered_again() {
    let (prepared, seen) = prepared_with_recording();
    let analysis = &prepared.analysis;
    assert!(analysis.generators.read_bodies());
    // The e-mail editions read bodies.
    assert!(Generators::default().read_bodies());
    // The pass without writing (serve's first reading) still shows every
    // body to the generators that read them, whole; it keeps them slim,
    // with what the site-wide checks read, to be rendered again on request.
    let pass = pass(analysis, analysis.site.today, None, Keep::Again).unwrap();
    let titles = render::titles_by_language(&analysis.site, &analysis.locales);
    let again = Again::new(analysis);
    for (d, (doc, body)) in analysis.site.documents.iter().zip(&pass.bodies).enumerate() {
        let whole = render::body(doc, &titles[doc.path.lang.as_str()]);
        assert!(body.html.is_empty() && body.text.is_empty());
        assert_eq!(
            (&body.headings, &body.links, &body.ids),
            (&whole.headings, &whole.links, &whole.ids)
        );
        assert_eq!(again.body(d).html, whole.html);
    }
    assert!(
        seen.lock()
            .unwrap()
            .bodies
            .iter()
            .any(|(_, html)| html.contains("<p>"))
    );
    assert_eq!(seen.lock().unwrap().bodies.len(), analysis.site.documents.len());
    assert!(seen.lock().unwrap().writes.is_empty());
}
