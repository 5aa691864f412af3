//! Search: the index of each language, read back with an independent JSON
//! parser (`serde_json`) and an HTML parser (`scraper`); the pages it is
//! made for; the Content-Security-Policy of every page; the contract that
//! the build and `search.js` read words alike; and `serve` keeping the
//! index current after a save.

use std::collections::BTreeMap;
use std::path::Path;

use lantern::addresses::{SEARCH_ENTRIES_PER_FILE, search_shard_count};
use lantern::generate::search::index::bucket;
use lantern::generate::search::words;
use lantern::pipeline::Options;
use lantern::serve::Engine;
use scraper::{Html, Selector};
use serde_json::Value;

use crate::support::SiteTest;

/// Every language of the fixture, by its address prefix.
const LANGUAGES: [(&str, &str); 4] = [("en-GB", ""), ("pl", "pl/"), ("ar", "ar/"), ("de", "de/")];

/// The policy every page of the default theme has had since before search:
/// search may not loosen it anywhere, its own page included.
const POLICY: &str = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

fn built() -> SiteTest {
    let site = SiteTest::fixture("search").build();
    site.assert_success();
    site
}

fn json(site: &SiteTest, path: &str) -> Value {
    serde_json::from_str(&site.read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The search form's data attributes on the search page at `prefix`.
fn form(site: &SiteTest, prefix: &str) -> BTreeMap<String, String> {
    let html = Html::parse_document(&site.read(&format!("{prefix}search/index.html")));
    let form = html
        .select(&Selector::parse("form#search-form[role=search]").unwrap())
        .next()
        .expect("the search form");
    form.value()
        .attrs()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

/// Entry `n` of the index at `prefix`: (address, title).
fn entries(site: &SiteTest, prefix: &str) -> Vec<(String, String)> {
    let pages: usize = form(site, prefix)["data-pages"].parse().unwrap();
    (0..pages)
        .map(|n| {
            let entry = entry(site, prefix, n);
            (
                entry["u"].as_str().unwrap().to_owned(),
                entry["t"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Entry `n` of the index at `prefix`: in file `n / 8`, at `n % 8`.
fn entry(site: &SiteTest, prefix: &str, n: usize) -> Value {
    let per_file = SEARCH_ENTRIES_PER_FILE;
    let file = json(site, &format!("{prefix}search/pages/{}.json", n / per_file));
    file[n % per_file].clone()
}

#[test]
fn each_language_indexes_its_own_pages_and_no_stand_in() {
    let site = built();
    let urls = |prefix: &str| -> Vec<String> { entries(&site, prefix).into_iter().map(|e| e.0).collect() };
    assert_eq!(
        urls("pl/"),
        [
            "/pl/",
            "/pl/leaflets/",
            "/pl/leaflets/bruising/",
            "/pl/leaflets/review-meeting/"
        ]
    );
    assert_eq!(
        urls("ar/"),
        [
            "/ar/",
            "/ar/leaflets/",
            "/ar/leaflets/bruising/",
            "/ar/leaflets/review-meeting/"
        ]
    );
    assert_eq!(urls("de/"), ["/de/leaflets/review-meeting/"]);
    let english = urls("");
    assert!(
        english.contains(&"/leaflets/safe-sleep/".to_owned()),
        "{english:?}"
    );
    assert!(
        english
            .iter()
            .all(|u| !u.starts_with("/pl/") && !u.starts_with("/ar/"))
    );
    // Eight entries to a file, and no file beyond the last.
    assert_eq!(json(&site, "pl/search/pages/0.json").as_array().unwrap().len(), 4);
    assert!(!site.exists("pl/search/pages/1.json"));
    let english = entries(&site, "").len();
    assert!(english > 8, "{english}");
    assert!(site.exists(&format!("search/pages/{}.json", (english - 1) / 8)));
    assert!(!site.exists(&format!("search/pages/{}.json", english.div_ceil(8))));
}

#[test]
fn shards_are_json_whose_forms_are_folded_and_whose_postings_point_at_entries() {
    let site = built();
    for (lang, prefix) in LANGUAGES {
        let attributes = form(&site, prefix);
        let pages: u64 = attributes["data-pages"].parse().unwrap();
        let shards: usize = attributes["data-shards"].parse().unwrap();
        assert_eq!(shards, search_shard_count(pages as usize), "{lang}");
        let mut forms = 0;
        for n in 0..shards {
            let shard = json(&site, &format!("{prefix}search/words/{n}.json"));
            let groups = shard["g"].as_array().unwrap();
            for (form, refs) in shard["w"].as_object().unwrap() {
                forms += 1;
                assert_eq!(form, &words::fold(form), "{lang}: {form} is not a form");
                assert_eq!(bucket(words::key(form), shards), n, "{lang}: {form} in shard {n}");
                for g in refs.as_array().unwrap() {
                    assert!((g.as_u64().unwrap() as usize) < groups.len(), "{lang}: {form}");
                }
            }
            for postings in groups {
                let postings = postings.as_array().unwrap();
                assert_eq!(postings.len() % 2, 0, "{lang}: pairs");
                let mut page = 0;
                for pair in postings.chunks(2) {
                    page += pair[0].as_u64().unwrap();
                    assert!(page < pages, "{lang}: page {page} of {pages}");
                    assert!(pair[1].as_u64().unwrap() > 0, "{lang}: weight");
                }
            }
        }
        assert!(forms > 10, "{lang}: {forms} forms");
    }
    // Polish words lose their diacritics and join their other forms.
    let shard = |form: &str| {
        let attributes = form_of(&site, "pl/");
        let shards: usize = attributes.parse().unwrap();
        json(
            &site,
            &format!("pl/search/words/{}.json", bucket(words::key(form), shards)),
        )
    };
    let meeting = shard("spotkanie");
    assert_eq!(meeting["w"]["spotkanie"], meeting["w"]["spotkaniu"]);
    assert!(shard("lodzi")["w"].get("lodzi").is_some());
}

fn form_of(site: &SiteTest, prefix: &str) -> String {
    form(site, prefix)["data-shards"].clone()
}

#[test]
fn an_entry_shows_title_kind_date_and_text_in_the_page_s_language() {
    let site = built();
    let pages = entries(&site, "pl/");
    let n = pages
        .iter()
        .position(|p| p.0 == "/pl/leaflets/review-meeting/")
        .unwrap();
    let polish = entry(&site, "pl/", n);
    assert_eq!(polish["t"], "Co dzieje się na spotkaniu w sprawie przeglądu");
    assert_eq!(polish["k"], "Ulotka");
    assert_eq!(polish["d"], "2 marca 2026");
    assert!(
        polish["x"]
            .as_str()
            .unwrap()
            .starts_with("Spotkanie w sprawie przeglądu gromadzi")
    );
    let english = entries(&site, "");
    let n = english.iter().position(|p| p.0 == "/reviews/child-q/").unwrap();
    let review = entry(&site, "", n);
    assert_eq!(
        (review["k"].as_str(), review["r"].as_str()),
        (Some("Review summary"), Some("CSPR 2025/02"))
    );
}

#[test]
fn the_search_page_gives_its_script_the_language_s_plural_forms() {
    let site = built();
    let polish = form(&site, "pl/");
    for category in ["one", "few", "many"] {
        let text = &polish[&format!("data-results-{category}")];
        assert!(text.contains("{query}"), "{category}: {text}");
    }
    assert!(polish["data-results-few"].contains("{count}"));
    assert!(!polish.contains_key("data-results-two"));
    let english = form(&site, "");
    assert_eq!(english["data-results-other"], "{count} pages found for “{query}”");
    assert!(english["data-none"].starts_with("No pages found for"));
    // The field has no name: nothing it holds can reach an address.
    let html = site.read("search/index.html");
    assert!(!html.contains("name=\"q\""));
}

#[test]
fn every_page_keeps_the_strict_policy_and_loads_scripts_from_files_only() {
    let site = built();
    let meta = Selector::parse("meta[http-equiv=Content-Security-Policy]").unwrap();
    let scripts = Selector::parse("script").unwrap();
    let mut pages = 0;
    // E-mail editions are messages, not pages: a mail program ignores a
    // policy, and their own check refuses any script.
    let pages_of = |f: &&String| f.ends_with(".html") && !f.ends_with("email.html");
    for file in site.files().iter().filter(pages_of) {
        let html = Html::parse_document(&site.read(file));
        let policies: Vec<&str> = html
            .select(&meta)
            .filter_map(|m| m.value().attr("content"))
            .collect();
        assert_eq!(policies, [POLICY], "{file}");
        // Structured data (JSON-LD) is not run; every other script is a
        // file of the site's own.
        for script in html
            .select(&scripts)
            .filter(|s| s.value().attr("type") != Some("application/ld+json"))
        {
            assert!(script.value().attr("src").is_some(), "{file}: an inline script");
            assert!(script.inner_html().trim().is_empty(), "{file}: an inline script");
        }
        pages += 1;
    }
    assert!(pages > 30, "{pages} pages");
    // The search script is on the search pages only.
    for file in site.files().iter().filter(pages_of) {
        let loads = site.read(file).contains("src=\"/search.js\"");
        assert_eq!(loads, file.ends_with("search/index.html"), "{file}");
    }
}

#[test]
fn the_a_z_page_lists_every_listed_page_by_letter_stand_ins_in_their_language() {
    let site = built();
    let html = Html::parse_document(&site.read("pl/search/a-z/index.html"));
    let letters: Vec<String> = html
        .select(&Selector::parse(".a-z-letter h2").unwrap())
        .map(|h| h.text().collect())
        .collect();
    let mut sorted = letters.clone();
    sorted.sort();
    assert_eq!(letters, sorted);
    let links: Vec<(String, Option<String>)> = html
        .select(&Selector::parse(".a-z-pages a").unwrap())
        .map(|a| (a.text().collect(), a.value().attr("lang").map(str::to_owned)))
        .collect();
    assert_eq!(links.len(), 9, "{links:?}");
    let titles: Vec<&str> = links.iter().map(|l| l.0.as_str()).collect();
    let folded: Vec<String> = titles.iter().map(|t| words::fold(t)).collect();
    let mut in_order = folded.clone();
    in_order.sort();
    assert_eq!(folded, in_order, "{titles:?}");
    let sleep = links.iter().find(|l| l.0 == "Sleeping safely").unwrap();
    assert_eq!(sleep.1.as_deref(), Some("en-GB"));
    let own = links.iter().find(|l| l.0.starts_with("Siniaki")).unwrap();
    assert_eq!(own.1, None);
    // Every page links to the search page of its language.
    assert!(
        site.read("pl/leaflets/bruising/index.html")
            .contains("href=\"/pl/search/\"")
    );
    assert!(
        site.read("leaflets/bruising/index.html")
            .contains("href=\"/search/\"")
    );
}

#[test]
fn a_page_at_the_search_page_s_address_is_an_error_naming_the_file() {
    let site = SiteTest::fixture("search");
    site.write("content/search.md", "+++\ntitle = \"Search\"\n+++\nOur own.\n");
    let site = site.build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    let stderr = site.stderr();
    assert!(
        stderr.contains("this page would be published at /search/, which is already the address of the search page Lantern makes"),
        "{stderr}"
    );
    assert!(stderr.contains("content/search.md"), "{stderr}");
    assert!(!site.exists("index.html"));
}

/// The words, forms, keys and shards (of 2,048) of texts in every script
/// the shipped languages use. `search.js` is held to the same file by the
/// browser tests (tests/browser/search.mjs), so the two cannot drift.
const WORDS_CONTRACT: &str = "tests/fixtures/search-words.json";

const TEXTS: &[&str] = &[
    "Review meetings: a Parent's guide — CSPR 2025/02",
    "Zaniedbanie ŁÓDŹ spotkaniu żółć",
    "الكدمات إساءة أطفال مُسَاعَدَة علـــى ٱلرحمة مدرسة",
    "کودک یک ۲۰۲۴ می‌خواهم",
    "بچوں کی حفاظت",
    "শিশু সুরক্ষা ২০২৪",
    "ਬੱਚਿਆਂ ਦੀ ਸੁਰੱਖਿਆ",
    "બાળ સુરક્ષા ૨૦૨૪",
    "儿童保护会议 abc儿童",
    "Ymddiheuriadau ŵyr ŷd",
    "Ελληνικά ΟΔΟΣ",
    "Діти захист їжак йод",
    "Straße Øresund Æble İstanbul",
    "café naïve coöperate",
    "Lietuvių ąčęėįšųūž",
    "Bun venit în România: școală",
    "Ilmo ayaa ka maqnaa",
    "Niños educación",
    "Ⓐⓑ x² ½ Ⅻ it's ’quoted’ a''b",
];

fn contract() -> Value {
    let cases: Vec<Value> = TEXTS
        .iter()
        .map(|text| {
            let found = words::words(text);
            let forms: Vec<String> = found.iter().map(|w| words::fold(w)).collect();
            let keys: Vec<&str> = forms.iter().map(|f| words::key(f)).collect();
            let shards: Vec<usize> = keys.iter().map(|k| bucket(k, 2048)).collect();
            serde_json::json!({ "text": text, "words": found, "forms": forms, "keys": keys, "shards": shards })
        })
        .collect();
    Value::Array(cases)
}

#[test]
fn the_build_reads_words_as_the_contract_file_says() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(WORDS_CONTRACT);
    let expected = contract();
    if std::env::var_os("LANTERN_BLESS").is_some() {
        let text = serde_json::to_string_pretty(&expected).unwrap() + "\n";
        std::fs::write(&path, text).unwrap();
    }
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        written, expected,
        "{WORDS_CONTRACT} is not what the build reads: if the change is meant, run with LANTERN_BLESS=1, and make search.js agree"
    );
}

#[test]
fn serve_finds_a_saved_page_by_its_new_words_without_writing_the_whole_index() {
    let site = SiteTest::fixture("search");
    let root = site.root.clone();
    let options = Options {
        root: root.clone(),
        output: root.join("public"),
        drafts: false,
        base_url: None,
        today: lantern::dates::Date::from_ymd(2026, 11, 26).unwrap(),
    };
    let (mut engine, _) = Engine::start(options).unwrap();
    let file = "content/leaflets/bruising.pl.md";
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    site.write(file, &(text + "\nKonsultacja pediatryczna.\n"));
    let outcome = engine.rebuild(&[root.join(file)]).unwrap();
    assert!(outcome.published, "{:?}", outcome.diagnostics);
    let index: Vec<&String> = outcome.written.iter().filter(|p| p.contains("search/")).collect();
    assert!(index.iter().all(|p| p.starts_with("pl/search/")), "{index:?}");
    assert_eq!(
        index.iter().filter(|p| p.contains("/pages/")).count(),
        1,
        "{index:?}"
    );
    let shards: usize = search_shard_count(4);
    assert!(index.len() < shards, "{index:?}");
    let read = |path: &str| std::fs::read_to_string(root.join("public").join(path)).unwrap();
    for form in ["konsultacja", "pediatryczna"] {
        let shard: Value = serde_json::from_str(&read(&format!(
            "pl/search/words/{}.json",
            bucket(words::key(form), shards)
        )))
        .unwrap();
        let groups = shard["w"][form]
            .as_array()
            .unwrap_or_else(|| panic!("{form} not in its shard"));
        let postings = shard["g"][groups[0].as_u64().unwrap() as usize]
            .as_array()
            .unwrap();
        // One page has the word: the bruising leaflet, third in the index.
        assert_eq!(postings[0], 2, "{form}: {postings:?}");
    }
    assert!(read("pl/search/pages/0.json").contains("Konsultacja pediatryczna."));
}

#[test]
fn a_draft_published_with_drafts_stays_out_of_search_and_the_a_z_page() {
    let site = SiteTest::fixture("search");
    site.write(
        "content/leaflets/plans.md",
        "+++\ntitle = \"Unfinished plans\"\ndraft = true\n+++\nQuixotic wording.\n",
    );
    let site = site.run(&["build", "--drafts"]);
    site.assert_success();
    assert!(site.exists("leaflets/plans/index.html"));
    let urls: Vec<String> = entries(&site, "").into_iter().map(|e| e.0).collect();
    assert!(!urls.contains(&"/leaflets/plans/".to_owned()), "{urls:?}");
    assert!(!site.read("search/a-z/index.html").contains("/leaflets/plans/"));
    let shards: usize = form_of(&site, "").parse().unwrap();
    let shard = site.read(&format!(
        "search/words/{}.json",
        bucket(words::key("quixotic"), shards)
    ));
    assert!(!shard.contains("\"quixotic\""), "{shard}");
}

#[test]
fn a_page_is_indexed_by_the_text_it_shows_with_or_without_raw_html() {
    let site = SiteTest::fixture("search");
    site.write(
        "static/giraffe.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write(
        "content/leaflets/plain.md",
        "+++\ntitle = \"Plain\"\ndate = 2026-01-05\n+++\n> [!WARNING]\n> Call **nine** nine nine.\n\n\
         ![a giraffe drawing](/giraffe.svg) Ask for help.[^1]\n\n| Who | When |\n|---|---|\n| Health visitor | Today |\n\n[^1]: Footnotes count.\n",
    );
    site.write(
        "content/leaflets/raw.md",
        "+++\ntitle = \"Raw\"\ndate = 2026-01-06\n+++\nBefore.\n\n<details><summary>Opened tinyword</summary><p>Inside text.</p></details>\n\n\
         <script>scriptword()</script>\n\nAfter.\n",
    );
    let site = site.build();
    site.assert_success();
    let pages = entries(&site, "");
    let text = |url: &str| {
        let n = pages.iter().position(|p| p.0 == url).unwrap();
        entry(&site, "", n)["x"].as_str().unwrap().to_owned()
    };
    // Without raw HTML: the renderer's text, blocks apart, inline elements
    // joined, no alt text, no alert title of its own.
    assert_eq!(
        text("/leaflets/plain/"),
        "Call nine nine nine. Ask for help. Who When Health visitor Today Footnotes count."
    );
    // With raw HTML: the text of the sanitised HTML (the script is gone).
    assert_eq!(
        text("/leaflets/raw/"),
        "Before. Opened tinyword Inside text. After."
    );
    // And the words are in the shards: "tinyword" is found, "scriptword"
    // and "giraffe" are not.
    let shards = search_shard_count(pages.len());
    let has = |form: &str| {
        let shard = json(
            &site,
            &format!("search/words/{}.json", bucket(words::key(form), shards)),
        );
        shard["w"].get(form).is_some()
    };
    assert!(has("tinyword"));
    assert!(has("footnotes"));
    assert!(!has("scriptword"));
    assert!(!has("giraffe"));
}
