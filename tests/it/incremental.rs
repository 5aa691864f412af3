//! The incremental build behind `lantern serve`, driven through its library
//! API: after any sequence of edits, creations, deletions and renames, the
//! output folder must be byte for byte what a clean build writes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use lantern::pipeline::{self, Options};
use lantern::serve::{Engine, Outcome};

use crate::edits::{Random, documents, mutate, set_key};
use crate::support::SiteTest;

fn options(root: &Path, output: PathBuf) -> Options {
    Options {
        root: root.to_path_buf(),
        output,
        drafts: false,
        base_url: None,
        today: lantern::dates::Date::from_ymd(2026, 11, 26).unwrap(),
    }
}

/// Every file under `dir`: relative path → bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let name = entry
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(name, std::fs::read(entry.path()).unwrap());
        }
    }
    files
}

/// The first difference between two folders' files, if any.
pub fn differences(served: &Path, clean: &Path) -> Option<String> {
    let (a, b) = (snapshot(served), snapshot(clean));
    let only_served: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
    let only_clean: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
    if !only_served.is_empty() || !only_clean.is_empty() {
        return Some(format!(
            "only in served: {only_served:?}\nonly in clean build: {only_clean:?}"
        ));
    }
    a.iter()
        .find(|(path, bytes)| *bytes != &b[*path])
        .map(|(path, bytes)| {
            let (x, y) = (String::from_utf8_lossy(bytes), String::from_utf8_lossy(&b[path]));
            let line = x.lines().zip(y.lines()).find(|(p, q)| p != q);
            format!("{path} differs: {line:?}")
        })
}

/// Panics, naming the first difference, unless both folders hold the same files.
fn assert_same(served: &Path, clean: &Path, log: &[String]) {
    if let Some(difference) = differences(served, clean) {
        panic!("{difference}\nafter:\n{}", log.join("\n"));
    }
}

/// Fixture `name` copied and served: the copy, its root, and the engine,
/// whose first build published.
fn serve(name: &str) -> (SiteTest, PathBuf, Engine) {
    let site = SiteTest::fixture(name);
    let root = site.root.clone();
    let (engine, first) = Engine::start(options(&root, root.join("public"))).unwrap();
    assert!(first.published, "{:?}", first.diagnostics);
    (site, root, engine)
}

/// Writes `text` to `file` under `root` and rebuilds after it.
fn save(engine: &mut Engine, root: &Path, file: &str, text: &str) -> Outcome {
    let path = root.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    engine.rebuild(&[path]).unwrap()
}

/// [`save`], then checks that the rebuild published what a clean build
/// writes.
fn save_as_built(engine: &mut Engine, root: &Path, file: &str, text: &str) {
    let outcome = save(engine, root, file, text);
    assert!(outcome.published, "{:?}", outcome.diagnostics);
    let clean = root.parent().unwrap().join("clean");
    assert!(pipeline::build(&options(root, clean.clone())).unwrap().published);
    assert_same(&root.join("public"), &clean, &[file.to_owned()]);
}

const STEPS: usize = 30;

const CROSS_REFERENCES: &str = r#"
{% if page.review %}<ul>{% for b in page.review.briefings %}<li><a href="{{ b.url }}">{{ b.title }}</a></li>{% endfor %}</ul>{% endif %}
{% if page.from_review %}<p><a href="{{ page.from_review.url }}">{{ page.from_review.title }}</a></p>{% endif %}
<ul>{% for t in page.translations %}<li><a hreflang="{{ t.code }}" href="{{ t.url }}">{{ t.name }}</a></li>{% endfor %}</ul>
<ul>{% for b in page.breadcrumbs %}<li><a href="{{ b.url }}">{{ b.title }}</a></li>{% endfor %}</ul>
"#;

/// A site being edited, rebuilt after each change and compared with a
/// clean build.
struct Walk {
    _site: SiteTest,
    root: PathBuf,
    served: PathBuf,
    clean: PathBuf,
    engine: Engine,
    log: Vec<String>,
    published: usize,
}

impl Walk {
    fn new() -> Walk {
        let site = SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR"));
        // Show what pages read from other pages, so that every such
        // dependency is exercised whatever the theme shows today.
        let theme =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/partials/themes.html");
        let partial = std::fs::read_to_string(theme).unwrap() + CROSS_REFERENCES;
        site.write("templates/partials/themes.html", &partial);
        let root = site.root.clone();
        let served = root.join("public");
        let clean = root.parent().unwrap().join("clean");
        let (engine, first) = Engine::start(options(&root, served.clone())).unwrap();
        assert!(first.published, "{:?}", first.diagnostics);
        Walk {
            _site: site,
            root,
            served,
            clean,
            engine,
            log: Vec::new(),
            published: 0,
        }
    }

    fn write(&mut self, file: &str, text: &str) {
        let path = self.root.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self.log.push(format!("write {file}"));
        self.rebuild(&[file.to_owned()]);
    }

    fn edit(&mut self, file: &str, key: &str, value: &str) {
        let text = std::fs::read_to_string(self.root.join(file)).unwrap();
        self.write(file, &set_key(&text, key, value));
    }

    /// Rebuilds after `touched` changed; compares with a clean build.
    fn rebuild(&mut self, touched: &[String]) -> bool {
        let paths: Vec<PathBuf> = touched.iter().map(|t| self.root.join(t)).collect();
        let outcome = self.engine.rebuild(&paths).unwrap();
        let report = pipeline::build(&options(&self.root, self.clean.clone())).unwrap();
        let log = self.log.join("\n");
        assert_eq!(outcome.diagnostics, report.diagnostics, "after:\n{log}");
        assert_eq!(outcome.published, report.published, "after:\n{log}");
        if report.published {
            self.published += 1;
            assert_same(&self.served, &self.clean, &self.log);
        }
        report.published
    }
}

#[test]
fn edits_that_other_pages_show_reach_them() {
    let mut walk = Walk::new();
    // Breadcrumbs show the titles of the section pages above.
    walk.write(
        "content/reviews/older/_index.md",
        "+++\ntitle = \"Older reviews\"\n+++\n",
    );
    walk.write(
        "content/reviews/older/case-a.md",
        "+++\ntitle = \"Case A\"\ndate = 2020-01-01\n+++\nText.\n",
    );
    walk.edit("content/reviews/older/_index.md", "title", "\"Earlier reviews\"");
    // A briefing shows the title of the review it names.
    walk.edit(
        "content/reviews/family-m.md",
        "title",
        "\"Family M: what we learnt\"",
    );
    // A review lists the briefings that name it, in each language; a new
    // translation of a briefing that names no review leaves that list.
    walk.edit(
        "content/briefings/was-not-brought.md",
        "review",
        "\"reviews/child-t.md\"",
    );
    walk.write(
        "content/briefings/was-not-brought.pl.md",
        "+++\ntitle = \"Nie przyprowadzono\"\ndate = 2026-01-01\n+++\nTekst.\n",
    );
    walk.edit(
        "content/briefings/was-not-brought.md",
        "review",
        "\"reviews/child-d.md\"",
    );
    // A section page lists its members in order.
    walk.edit("content/reviews/child-t.md", "weight", "1");
    assert_eq!(walk.published, 8, "{}", walk.log.join("\n"));
}

#[test]
fn pages_lantern_makes_follow_their_templates_and_messages() {
    let (_site, root, mut engine) = serve("basic");
    let tracker = || std::fs::read_to_string(root.join("public/recommendations/index.html")).unwrap();
    let save = |engine: &mut Engine, file: &str, text: &str| save_as_built(engine, &root, file, text);
    // What only the tracker shows, with nothing it is given changed: its
    // template, then a message only it asks for.
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/recommendations.html");
    let source = std::fs::read_to_string(theme).unwrap();
    let own = source.replace("{% endblock main %}", "<!-- own -->{% endblock main %}");
    save(&mut engine, "templates/recommendations.html", &own);
    assert!(tracker().contains("<!-- own -->"));
    save(
        &mut engine,
        "locales/en-GB/site.ftl",
        "tracker-intro = What each agency has done so far.\n",
    );
    assert!(tracker().contains("What each agency has done so far."));
}

#[test]
fn tracker_items_follow_their_template_their_messages_and_their_review() {
    // A site unlike this repository's: two languages, a translated review,
    // an expired one, and recommendations in several groups.
    let (_site, root, mut engine) = serve("learning");
    let read = |file: &str| std::fs::read_to_string(root.join(file)).unwrap();
    let trackers = [
        "public/recommendations/index.html",
        "public/pl/recommendations/index.html",
    ];
    let items = |marker: &str| trackers.map(|t| read(t).matches(marker).count());
    let recs = items("<li class=\"rec");
    assert!(recs[0] > 3 && recs[1] > 1, "{recs:?}");
    let save = |engine: &mut Engine, file: &str, text: &str| save_as_built(engine, &root, file, text);
    let theme =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/partials/tracker-item.html");
    let partial = std::fs::read_to_string(theme).unwrap();
    let item = "templates/partials/tracker-item.html";
    save(&mut engine, item, &partial.replace("</li>", "<!-- item --></li>"));
    assert_eq!(
        items("<!-- item -->"),
        recs,
        "every recommendation, in both languages"
    );
    save(
        &mut engine,
        "locales/en-GB/site.ftl",
        "tracker-from = Raised in\n",
    );
    assert_eq!(items("Raised in:"), [recs[0], 0]);
    // One review edited: its title, then a recommendation's status, which
    // moves it to another group.
    let review = "content/reviews/child-a.md";
    let text = read(review);
    let retitled = text.replacen("title = \"", "title = \"Renamed: ", 1);
    save(&mut engine, review, &retitled);
    assert!(read(trackers[0]).contains("Renamed: "));
    let moved = retitled.replacen("status = \"in-progress\"", "status = \"complete\"", 1);
    assert_ne!(moved, retitled, "the fixture has a recommendation in progress");
    save(&mut engine, review, &moved);
    // A mistake in the partial stops the rebuild with its place, and
    // nothing is published until it is mended.
    let broken = self::save(
        &mut engine,
        &root,
        item,
        &partial.replace("{{ item.rec.text }}", "{{ item.rec.text | nope }}"),
    );
    assert!(!broken.published);
    let error = broken
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .expect("an error");
    let shown = format!("{error:?}");
    assert!(
        shown.contains("tracker-item.html") && shown.contains("nope"),
        "{shown}"
    );
    save(&mut engine, item, &partial);
    assert_eq!(items("<!-- item -->"), [0, 0]);
}

#[test]
fn links_follow_the_addresses_that_front_matter_gives() {
    let mut walk = Walk::new();
    let (linking, linked) = ("content/reviews/family-m.md", "content/reviews/case-z.md");
    walk.write(linked, "+++\ntitle = \"Case Z\"\ndate = 2020-01-01\n+++\nText.\n");
    let text = std::fs::read_to_string(walk.root.join(linking)).unwrap();
    walk.write(linking, &format!("{text}\nSee [Case Z](/reviews/case-z/).\n"));
    assert_eq!(walk.published, 2);
    // A slug moves the page, and the link leads nowhere; front matter that
    // moves nothing leaves the link broken; a page taken down and put back
    // under its first address breaks it again.
    walk.edit(linked, "slug", "\"case-z-review\"");
    assert_eq!(walk.published, 2, "the link is broken");
    walk.edit(linked, "title", "\"Case Z: the review\"");
    assert_eq!(walk.published, 2, "still broken");
    walk.write(
        linking,
        &format!("{text}\nSee [Case Z](/reviews/case-z-review/).\n"),
    );
    assert_eq!(walk.published, 3, "mended");
    walk.edit(linked, "draft", "true");
    walk.edit(linked, "slug", "\"case-z\"");
    walk.edit(linked, "draft", "false");
    assert_eq!(walk.published, 3, "{}", walk.log.join("\n"));
}

#[test]
fn a_page_at_an_address_lantern_writes_is_found_after_every_edit() {
    let mut walk = Walk::new();
    let page = "content/progress.md";
    walk.write(page, "+++\ntitle = \"Progress\"\n+++\nText.\n");
    assert_eq!(walk.published, 1);
    // Its slug takes the tracker's address; an edit that moves nothing
    // keeps the error; another slug mends it.
    walk.edit(page, "slug", "\"recommendations\"");
    walk.edit(page, "title", "\"Our progress\"");
    assert_eq!(walk.published, 1, "the tracker's address is taken");
    walk.edit(page, "slug", "\"our-progress\"");
    assert_eq!(walk.published, 2, "{}", walk.log.join("\n"));
}

#[test]
fn translations_that_trade_addresses_trade_their_language_versions() {
    let (_site, root, mut engine) = serve("multilingual");
    let page = |title: &str, slug: &str| format!("+++\ntitle = \"{title}\"\n{slug}+++\nText.\n");
    save_as_built(&mut engine, &root, "content/leaflets/one.md", &page("One", ""));
    save_as_built(&mut engine, &root, "content/leaflets/two.md", &page("Two", ""));
    let (one, two) = ("content/leaflets/one.pl.md", "content/leaflets/two.pl.md");
    save_as_built(&mut engine, &root, one, &page("Jeden", "slug = \"pierwszy\"\n"));
    save_as_built(&mut engine, &root, two, &page("Dwa", "slug = \"drugi\"\n"));
    // The Polish pages keep their addresses, titles and dates, but each
    // is now the other's translation: the sitemap's alternates follow.
    std::fs::write(root.join(one), page("Dwa", "slug = \"drugi\"\n")).unwrap();
    std::fs::write(root.join(two), page("Jeden", "slug = \"pierwszy\"\n")).unwrap();
    let outcome = engine.rebuild(&[root.join(one), root.join(two)]).unwrap();
    assert!(outcome.published, "{:?}", outcome.diagnostics);
    let clean = root.parent().unwrap().join("clean");
    assert!(pipeline::build(&options(&root, clean.clone())).unwrap().published);
    assert_same(&root.join("public"), &clean, &[one.to_owned(), two.to_owned()]);
}

#[test]
fn a_word_taken_out_of_a_body_leaves_the_search_index() {
    let mut walk = Walk::new();
    let file = "content/reviews/child-d.md";
    let text = std::fs::read_to_string(walk.root.join(file)).unwrap();
    // A word no other page has: once it is gone, the shard it was in holds
    // no word whose count changed, and must still be written again.
    walk.write(file, &format!("{text}\nA zyzzyva paragraph.\n"));
    walk.write(file, &text);
    assert_eq!(walk.published, 2, "{}", walk.log.join("\n"));
}

#[test]
fn a_link_to_a_heading_follows_edits_to_the_body_that_has_it() {
    let mut walk = Walk::new();
    let (linking, linked) = ("content/reviews/family-m.md", "content/reviews/child-d.md");
    let text = |walk: &Walk, file: &str| std::fs::read_to_string(walk.root.join(file)).unwrap();
    let (linking_text, linked_text) = (text(&walk, linking), text(&walk, linked));
    // Each save below changes one body alone; the diagnostics and the
    // output are compared with a clean build's after each.
    walk.write(
        linking,
        &format!("{linking_text}\nSee [what changed](/reviews/child-d/#what-changed-since).\n"),
    );
    assert_eq!(walk.published, 0, "the link leads nowhere yet");
    walk.write(
        linked,
        &format!("{linked_text}\n## What changed since\n\nText.\n"),
    );
    assert_eq!(walk.published, 1, "the heading is there");
    walk.write(linked, &format!("{linked_text}\nMore text, no heading.\n"));
    assert_eq!(walk.published, 1, "the heading went");
    walk.write(linking, &linking_text);
    assert_eq!(walk.published, 2, "{}", walk.log.join("\n"));
}

#[test]
fn e_mail_editions_follow_their_pages_and_the_pages_they_list() {
    let mut walk = Walk::new();
    let edition =
        |walk: &Walk| std::fs::read_to_string(walk.served.join("newsletters/autumn-2026/email.html")).ok();
    // The newsletter's "In this issue" shows the title of a briefing it
    // links to.
    walk.edit(
        "content/briefings/safer-sleep.md",
        "title",
        "\"Safer sleep: the briefing\"",
    );
    assert!(edition(&walk).unwrap().contains("Safer sleep: the briefing"));
    // Its body changes.
    let file = "content/newsletters/autumn-2026.md";
    let text = std::fs::read_to_string(walk.root.join(file)).unwrap();
    walk.write(file, &format!("{text}\nA new closing line.\n"));
    assert!(edition(&walk).unwrap().contains("A new closing line."));
    // It opts out, and back in.
    walk.edit(file, "email", "false");
    assert_eq!(edition(&walk), None);
    walk.edit(file, "email", "true");
    assert!(edition(&walk).is_some());
    // A translation gets an edition of its own in its language.
    walk.write(
        "content/briefings/safer-sleep.pl.md",
        "+++\ntitle = \"Bezpieczny sen\"\ndate = 2026-01-01\n+++\nTekst.\n",
    );
    assert!(walk.served.join("pl/briefings/safer-sleep/email.eml").exists());
    assert_eq!(walk.published, 5, "{}", walk.log.join("\n"));
}

#[test]
fn e_mail_editions_follow_how_their_language_writes_dates() {
    // Editions share their days written out, by language: a change to the
    // interface text writes them out again, in that language alone.
    let (_site, root, mut engine) = serve("email");
    let read = |file: &str| std::fs::read_to_string(root.join(file)).unwrap();
    let english = "public/newsletters/autumn-2026/email.html";
    let urdu = "public/ur/newsletters/autumn-2026/email.html";
    assert!(read(english).contains("15 October 2026"), "{}", read(english));
    let urdu_before = read(urdu);
    save_as_built(&mut engine, &root, "locales/en-GB/site.ftl", "month-10 = Oct.\n");
    assert!(read(english).contains("15 Oct. 2026"), "{}", read(english));
    assert_eq!(read(urdu), urdu_before, "the Urdu edition writes its own month");
    save_as_built(
        &mut engine,
        &root,
        "locales/en-GB/site.ftl",
        "month-10 = Oct.\ndate-long = { $month } { $day }, { $year }\n",
    );
    assert!(read(english).contains("Oct. 15, 2026"), "{}", read(english));
}

#[test]
fn random_edits_leave_the_same_site_as_a_clean_build() {
    let mut walk = Walk::new();
    let mut random = Random(0x5eed_1a47_e2b0_0001);
    let links = regex::Regex::new(r"\[([^\]]*)\]\(/[^)]*\)").unwrap();
    for step in 0..STEPS {
        let mut touched = Vec::new();
        for _ in 0..=random.below(3) {
            touched.extend(mutate(&walk.root, &mut random, step, &mut walk.log));
        }
        if !walk.rebuild(&touched) {
            // Mend what broke, so that the walk goes on from a good site:
            // broken front matter, and links or `review` keys that name a
            // page the walk deleted or renamed (the link check is right to
            // stop publication; the walk is about what gets rebuilt).
            for file in documents(&walk.root) {
                let text = std::fs::read_to_string(walk.root.join(&file)).unwrap();
                let mended = links
                    .replace_all(&text.replacen("\ntitel = \"broken", "", 1), "$1")
                    .lines()
                    .filter(|line| !line.starts_with("review = "))
                    .map(|line| format!("{line}\n"))
                    .collect::<String>();
                if mended != text {
                    std::fs::write(walk.root.join(&file), mended).unwrap();
                    walk.log.push(format!("mend {file}"));
                    walk.rebuild(&[file]);
                }
            }
        }
    }
    let published = walk.published;
    assert!(
        published > STEPS * 2 / 3,
        "only {published} of {STEPS} steps published: {}",
        walk.log.join("\n")
    );
}

#[test]
fn a_change_renders_only_what_depends_on_it() {
    let site = SiteTest::fixture_from(env!("CARGO_MANIFEST_DIR"));
    let root = site.root.clone();
    let (mut engine, _) = Engine::start(options(&root, root.join("public"))).unwrap();
    let mut save = |file: &str, text: &str| {
        site.write(file, text);
        let outcome = engine.rebuild(&[root.join(file)]).unwrap();
        assert!(outcome.published, "{:?}", outcome.diagnostics);
        outcome
    };
    // A body: that page, in each language it is shown in.
    let review = std::fs::read_to_string(root.join("content/reviews/child-d.md")).unwrap();
    let outcome = save("content/reviews/child-d.md", &(review + "\nOne more sentence.\n"));
    assert_eq!(outcome.rendered, 5);
    // And in the English search index, the shards of the words whose
    // count changed ("one", "more", "sentence"), not the whole index, and
    // the file of its entry if the entry's text (the start of the page)
    // changed: here it did not.
    let (search, pages): (Vec<&String>, Vec<&String>) =
        outcome.written.iter().partition(|p| p.starts_with("search/"));
    let entries = search.iter().filter(|p| p.starts_with("search/pages/")).count();
    let shards = search.iter().filter(|p| p.starts_with("search/words/")).count();
    assert_eq!((entries, search.len() - entries - shards), (0, 0), "{search:?}");
    assert!((1..=3).contains(&shards), "{search:?}");
    let has_sentence = |p: &&&String| {
        std::fs::read_to_string(root.join("public").join(p))
            .unwrap()
            .contains("\"sentence\":")
    };
    assert!(search.iter().any(|p| has_sentence(&p)), "{search:?}");
    assert_eq!(
        pages,
        [
            "ar/reviews/child-d/index.html",
            "cy/reviews/child-d/index.html",
            "pl/reviews/child-d/index.html",
            "reviews/child-d/index.html",
            "ur/reviews/child-d/index.html"
        ]
    );
    // Interface text of one language: that language's pages.
    let outcome = save("locales/pl/site.ftl", "breadcrumb-home = Start\n");
    assert!(outcome.rendered > 10);
    assert!(
        outcome.written.iter().all(|p| p.starts_with("pl/")),
        "{:?}",
        outcome.written
    );
    // A template: the pages that use it.
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/training.html");
    let template = std::fs::read_to_string(theme).unwrap();
    let outcome = save(
        "templates/training.html",
        &template.replace("{% block main %}", "{% block main %}<!-- mine -->"),
    );
    assert!(outcome.rendered > 0);
    assert!(
        outcome.written.iter().all(|p| p.contains("training/")),
        "{:?}",
        outcome.written
    );
    // A partial: the pages whose templates include it, and no others.
    let partial =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/partials/summary.html");
    let partial = std::fs::read_to_string(partial).unwrap();
    let item = "<li>";
    assert!(partial.contains(item));
    let outcome = save(
        "templates/partials/summary.html",
        &partial.replace(item, &format!("{item}<!-- mine -->")),
    );
    assert!(
        outcome.written.iter().any(|p| p == "reviews/index.html"),
        "{:?}",
        outcome.written
    );
    assert!(
        !outcome.written.iter().any(|p| p.contains("reviews/child-d/")),
        "{:?}",
        outcome.written
    );
    // A part: every page of every language, generated pages too.
    let part = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/parts/footer.html");
    let part = std::fs::read_to_string(part).unwrap();
    let footer = "<footer class=\"site-footer\">";
    assert!(part.contains(footer));
    let outcome = save(
        "templates/parts/footer.html",
        &part.replace(footer, &format!("{footer}<!-- mine -->")),
    );
    for page in [
        "reviews/child-d/index.html",
        "pl/reviews/child-d/index.html",
        "reviews/index.html",
        "404.html",
    ] {
        assert!(
            outcome.written.iter().any(|p| p == page),
            "{page}: {:?}",
            outcome.written
        );
        let html = std::fs::read_to_string(root.join("public").join(page)).unwrap();
        assert!(html.contains("<!-- mine -->"), "{page}");
    }
    // A stylesheet: that file alone.
    let outcome = save("static/style.css", "body { color: #0b0c0c; }\n");
    assert_eq!(
        (outcome.rendered, outcome.written.as_slice()),
        (0, ["style.css".to_owned()].as_slice())
    );
    // A save that changes nothing: nothing is rendered, written or
    // deleted; a content file saved unchanged is not even a change.
    let outcome = save("static/style.css", "body { color: #0b0c0c; }\n");
    assert_eq!(
        (outcome.rendered, outcome.written.len(), outcome.deleted.len()),
        (0, 0, 0),
        "{outcome:?}"
    );
    let review = std::fs::read_to_string(root.join("content/reviews/child-d.md")).unwrap();
    let outcome = save("content/reviews/child-d.md", &review);
    assert!(!outcome.changed, "{outcome:?}");
    assert_eq!((outcome.rendered, outcome.written.len()), (0, 0), "{outcome:?}");
    // The settings: everything is looked at again.
    let settings = std::fs::read_to_string(root.join("site.toml")).unwrap();
    let outcome = save(
        "site.toml",
        &settings.replace("emergency_notice = true", "emergency_notice = false"),
    );
    assert_eq!(outcome.rendered, engine_pages(&root));
}

#[test]
fn a_broken_part_stops_the_rebuild_and_its_mend_publishes_every_page() {
    let site = SiteTest::fixture("components");
    let root = site.root.clone();
    let (mut engine, _) = Engine::start(options(&root, root.join("public"))).unwrap();
    // A first rebuild publishes everything; the ones after it only what
    // changed.
    let outcome = engine.rebuild(&[root.join("content")]).unwrap();
    assert!(outcome.published, "{:?}", outcome.diagnostics);
    let page = root.join("public/components/index.html");
    let before = std::fs::read_to_string(&page).unwrap();
    site.write("templates/parts/footer.html", "<footer>{{ page.title }}");
    let outcome = engine
        .rebuild(&[root.join("templates/parts/footer.html")])
        .unwrap();
    assert!(!outcome.published);
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.is_error() && d.file == "templates/parts/footer.html"),
        "{:?}",
        outcome.diagnostics
    );
    assert_eq!(
        std::fs::read_to_string(&page).unwrap(),
        before,
        "nothing was written"
    );
    site.write(
        "templates/parts/footer.html",
        "<footer class=\"site-footer\"><!-- mended -->",
    );
    let outcome = engine
        .rebuild(&[root.join("templates/parts/footer.html")])
        .unwrap();
    assert!(outcome.published, "{:?}", outcome.diagnostics);
    for file in ["components/index.html", "ur/components/index.html", "404.html"] {
        let html = std::fs::read_to_string(root.join("public").join(file)).unwrap();
        assert!(html.contains("<!-- mended -->"), "{file}");
    }
}

#[test]
fn serve_warns_of_a_loop_over_a_maps_entries_until_it_is_mended() {
    let site = SiteTest::fixture("components");
    let root = site.root.clone();
    let (mut engine, first) = Engine::start(options(&root, root.join("public"))).unwrap();
    assert!(first.published, "{:?}", first.diagnostics);
    let warned = |diagnostics: &[lantern::error::Diagnostic]| {
        diagnostics
            .iter()
            .any(|d| d.check == "templates" && d.file == "templates/parts/footer.html" && !d.is_error())
    };
    assert!(!warned(&first.diagnostics));
    let footer = root.join("templates/parts/footer.html");
    site.write(
        "templates/parts/footer.html",
        "<footer class=\"site-footer\">{% for key, value in site.contact %}{% endfor %}",
    );
    let outcome = engine.rebuild(std::slice::from_ref(&footer)).unwrap();
    assert!(outcome.published, "a warning: {:?}", outcome.diagnostics);
    assert!(warned(&outcome.diagnostics), "{:?}", outcome.diagnostics);
    site.write("templates/parts/footer.html", "<footer class=\"site-footer\">");
    let outcome = engine.rebuild(std::slice::from_ref(&footer)).unwrap();
    assert!(outcome.published, "{:?}", outcome.diagnostics);
    assert!(!warned(&outcome.diagnostics), "{:?}", outcome.diagnostics);
}

/// How many content pages a clean build of the site at `root` has.
fn engine_pages(root: &Path) -> usize {
    pipeline::check(&options(root, root.join("unused")))
        .unwrap()
        .pages
}

#[test]
fn serve_refuses_two_outputs_at_one_address_as_a_build_does() {
    let site = SiteTest::fixture("bad/generated-collision");
    let root = site.root.clone();
    let build = pipeline::check(&options(&root, root.join("public"))).unwrap();
    let clashes: Vec<_> = build
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("already the address of"))
        .collect();
    assert!(!clashes.is_empty(), "{:?}", build.diagnostics);
    let (mut engine, outcome) = Engine::start(options(&root, root.join("public"))).unwrap();
    assert!(!outcome.published);
    for clash in &clashes {
        assert!(
            outcome.diagnostics.contains(clash),
            "{clash:?} not in {:?}",
            outcome.diagnostics
        );
    }
    // Renamed away, the page is published on the next rebuild.
    std::fs::remove_file(root.join("content/page-feed-xml.md")).unwrap();
    let outcome = engine.rebuild(&[root.join("content/page-feed-xml.md")]).unwrap();
    let left: Vec<_> = outcome
        .diagnostics
        .iter()
        .filter(|d| d.file.ends_with("page-feed-xml.md"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn an_error_caught_half_way_through_a_save_is_not_shown_but_a_lasting_one_is() {
    use lantern::serve::settle;
    let (_site, root, mut engine) = serve("basic");
    let page = root.join("content/about.md");
    // The editor empties the file, then writes it whole 40 ms later.
    std::fs::write(&page, "").unwrap();
    let writer = {
        let page = page.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(40));
            std::fs::write(&page, "+++\ntitle = \"About us\"\n+++\nSaved in two steps.\n").unwrap();
        })
    };
    let outcome = settle::rebuild(
        &mut engine,
        std::slice::from_ref(&page),
        settle::SETTLE,
        &mut |_| {},
    )
    .unwrap();
    writer.join().unwrap();
    assert_eq!(outcome.errors(), 0, "{:?}", outcome.diagnostics);
    assert!(outcome.published && outcome.changed);
    let html = std::fs::read_to_string(root.join("public/about/index.html")).unwrap();
    assert!(html.contains("Saved in two steps."));
    // Left empty, the error is real: shown, as a change.
    std::fs::write(&page, "").unwrap();
    let outcome = settle::rebuild(
        &mut engine,
        std::slice::from_ref(&page),
        settle::SETTLE,
        &mut |_| {},
    )
    .unwrap();
    assert!(outcome.changed && !outcome.published);
    assert!(outcome.errors() > 0);
}

#[test]
fn a_body_and_a_static_file_saved_together_both_reach_the_disk() {
    let (site, root, mut engine) = serve("basic");
    // After an edit to a body alone, the generated files are left as they
    // are; a static file saved in the same batch must still be copied.
    let about = root.join("content/about.md");
    let text = std::fs::read_to_string(&about).unwrap();
    site.write("content/about.md", &format!("{text}\nOne more line.\n"));
    site.write("static/style.css", "body { color: #0b0c0c; }\n");
    let outcome = engine
        .rebuild(&[about.clone(), root.join("static/style.css")])
        .unwrap();
    assert!(outcome.published, "{:?}", outcome.diagnostics);
    assert!(
        outcome.written.iter().any(|p| p == "style.css"),
        "{:?}",
        outcome.written
    );
    assert_eq!(
        std::fs::read_to_string(root.join("public/style.css")).unwrap(),
        "body { color: #0b0c0c; }\n"
    );
    // And the output is what a clean build writes.
    let clean = pipeline::build(&options(&root, root.join("clean"))).unwrap();
    assert!(clean.published);
    assert_eq!(differences(&root.join("public"), &root.join("clean")), None);
}
