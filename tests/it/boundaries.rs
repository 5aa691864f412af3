//! Trust boundaries on a hostile or careless file system: Lantern reads
//! nothing from outside the site (links that lead out, nowhere or round in
//! a loop are refused, in every folder it reads), writes only into a
//! folder that is new, empty or its own, never writes through a link, and
//! cleans up after a full disk.

use std::collections::BTreeMap;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::SiteTest;

/// What a file outside the site holds: it must never reach the output.
const SECRET: &str = "root:x:0:0:SECRET-PASSWORD-LINE";

/// A folder beside the site, holding files an attacker would like
/// published: a password file, a page, a template and interface text.
fn outside(site: &SiteTest) -> PathBuf {
    let outside = site.root.parent().unwrap().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("passwd"), SECRET).unwrap();
    std::fs::write(
        outside.join("secret.md"),
        format!("+++\ntitle = \"Secret\"\n+++\n{SECRET}\n"),
    )
    .unwrap();
    std::fs::write(outside.join("page.html"), SECRET).unwrap();
    std::fs::write(outside.join("extra.ftl"), format!("skip-link = {SECRET}\n")).unwrap();
    outside
}

/// The report with the temporary folder's path replaced by `TMP`.
fn report(site: &SiteTest) -> String {
    let tmp = site.root.parent().unwrap().display().to_string();
    site.stderr().replace(&tmp, "TMP")
}

/// Every file under `dir` (links not followed) with its bytes.
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let bytes = if e.path_is_symlink() {
                std::fs::read_link(e.path())
                    .unwrap()
                    .into_os_string()
                    .into_encoded_bytes()
            } else {
                std::fs::read(e.path()).unwrap()
            };
            (e.path().to_path_buf(), bytes)
        })
        .collect()
}

/// Whether any file under `dir` holds [`SECRET`].
fn leaked(dir: &Path) -> bool {
    contents(dir)
        .values()
        .any(|bytes| String::from_utf8_lossy(bytes).contains("SECRET-PASSWORD-LINE"))
}

#[test]
fn links_out_of_every_folder_lantern_reads_are_refused_and_named() {
    for folder in [
        "content",
        "static",
        "templates",
        "locales/en-GB",
        "themes/mine/static",
    ] {
        let site = SiteTest::fixture("bad/links-out");
        let outside = outside(&site);
        if folder.starts_with("themes/") {
            // A theme of the site's own: a copy of the default one.
            let default = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
            crate::support::copy_dir(&default, &site.root.join("themes/mine"));
            let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
            site.write("site.toml", &format!("theme = \"mine\"\n{toml}"));
        }
        let dir = site.root.join(folder);
        std::fs::create_dir_all(&dir).unwrap();
        symlink(&outside, dir.join("out-folder")).unwrap();
        symlink(outside.join("passwd"), dir.join("out-file.md")).unwrap();
        symlink(site.root.join("missing"), dir.join("dangling")).unwrap();
        symlink(&dir, dir.join("loop")).unwrap();
        let site = site.build();
        assert_eq!(site.status(), 1, "{folder}: {}", site.stderr());
        let err = report(&site);
        for (link, says) in [
            (
                "out-folder",
                "is a link to TMP/outside, outside the site's folder",
            ),
            (
                "out-file.md",
                "is a link to TMP/outside/passwd, outside the site's folder",
            ),
            ("dangling", "this link leads nowhere"),
            ("loop", "leads back into a folder that holds it"),
        ] {
            let named = format!(
                "error[files]: {}\n  --> {folder}/{link}\n",
                err_line(&err, &format!("{folder}/{link}"))
            );
            assert!(
                err.contains(&named) && named.contains(says),
                "{folder}/{link}: {err}"
            );
        }
        assert!(!site.root.join("public").exists(), "{folder}: published");
        assert!(!err.contains("SECRET"), "{err}");
    }
}

/// The message of the finding about `file` in a human report.
fn err_line(report: &str, file: &str) -> String {
    let lines: Vec<&str> = report.lines().collect();
    lines
        .windows(2)
        .find(|w| w[1] == format!("  --> {file}"))
        .map(|w| w[0].trim_start_matches("error[files]: ").to_owned())
        .unwrap_or_default()
}

#[test]
fn a_folder_that_is_itself_a_link_out_of_the_site_is_refused() {
    for folder in ["content", "static", "templates", "locales", "themes/mine"] {
        let site = SiteTest::fixture("bad/links-out");
        let outside = outside(&site);
        // A copy of the site's content outside, so that a followed
        // content/ would build.
        crate::support::copy_dir(&site.root.join("content"), &outside.join("content"));
        std::fs::copy(outside.join("passwd"), outside.join("content/passwd.md")).ok();
        let path = site.root.join(folder);
        if path.exists() {
            std::fs::remove_dir_all(&path).unwrap();
        }
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let target = if folder == "content" {
            outside.join("content")
        } else {
            outside.clone()
        };
        symlink(&target, &path).unwrap();
        if folder == "themes/mine" {
            let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
            site.write("site.toml", &format!("theme = \"mine\"\n{toml}"));
        }
        let site = site.build();
        assert_eq!(site.status(), 1, "{folder}: {}", site.stderr());
        let err = report(&site);
        assert!(
            err.contains(&format!(
                "error[files]: this is a link to {}, outside the site's folder",
                target
                    .display()
                    .to_string()
                    .replace(&site.root.parent().unwrap().display().to_string(), "TMP")
            )) && err.contains(&format!("  --> {folder}\n")),
            "{folder}: {err}"
        );
        assert!(!site.root.join("public").exists(), "{folder}: published");
    }
}

#[test]
fn the_report_of_refused_links_is_exact() {
    let site = SiteTest::fixture("bad/links-out");
    let outside = outside(&site);
    symlink(outside.join("secret.md"), site.root.join("content/secret.md")).unwrap();
    std::fs::remove_dir_all(site.root.join("static")).unwrap();
    symlink(&outside, site.root.join("static")).unwrap();
    std::fs::create_dir_all(site.root.join(".git")).unwrap();
    std::fs::write(site.root.join(".git/config"), SECRET).unwrap();
    std::fs::create_dir_all(site.root.join("templates")).unwrap();
    symlink(
        site.root.join(".git/config"),
        site.root.join("templates/page.html"),
    )
    .unwrap();
    let site = site.build();
    insta::assert_snapshot!(report(&site));
}

#[test]
fn links_that_stay_inside_the_site_are_followed() {
    let site = SiteTest::fixture("bad/links-out");
    site.write("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    site.write(
        "drafts/shared/notes.md",
        "+++\ntitle = \"Notes\"\n+++\nShared notes.\n",
    );
    site.write("docs/leaflet.md", "+++\ntitle = \"Leaflet\"\n+++\nA leaflet.\n");
    symlink(site.root.join("assets"), site.root.join("static/assets")).unwrap();
    symlink(site.root.join("drafts/shared"), site.root.join("content/shared")).unwrap();
    symlink(
        site.root.join("docs/leaflet.md"),
        site.root.join("content/leaflet.md"),
    )
    .unwrap();
    let site = site.build();
    site.assert_success();
    assert!(site.exists("assets/logo.svg"));
    assert!(site.read("shared/notes/index.html").contains("Shared notes."));
    assert!(site.read("leaflet/index.html").contains("A leaflet."));
}

#[test]
fn site_toml_linked_from_outside_is_refused() {
    let site = SiteTest::fixture("bad/links-out");
    let outside = outside(&site);
    std::fs::rename(site.root.join("site.toml"), outside.join("site.toml")).unwrap();
    symlink(outside.join("site.toml"), site.root.join("site.toml")).unwrap();
    let site = site.build();
    assert_eq!(site.status(), 1, "{}", site.stderr());
    assert!(report(&site).contains("  --> site.toml\n"), "{}", report(&site));
}

#[test]
fn serve_does_not_send_a_file_behind_a_link_out_of_the_site() {
    let site = SiteTest::fixture("bad/links-out");
    let outside = outside(&site);
    symlink(outside.join("passwd"), site.root.join("static/passwd")).unwrap();
    let served = crate::served::Served::start(&site.root);
    let response = served.get("/passwd");
    assert_ne!(response.status, 200);
    assert!(!response.body.contains("SECRET"), "{}", response.body);
    assert_ne!(
        served.get("/about/").status,
        200,
        "a site with a refused link was published"
    );
    // Removing the link lets the site be published.
    std::fs::remove_file(site.root.join("static/passwd")).unwrap();
    site.write("static/site.css", "body { margin: 0; }\n");
    served.wait_for("/about/", "published", |r| r.status == 200);
    assert_ne!(served.get("/passwd").status, 200);
    assert!(!leaked(&site.root.join("public")));
}

/// Runs `lantern build` on `site` into `output`.
fn build_into(site: &SiteTest, output: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lantern"))
        .args(["build", "--root"])
        .arg(&site.root)
        .arg("--output")
        .arg(output)
        .env("SOURCE_DATE_EPOCH", "1795651200")
        .output()
        .unwrap()
}

#[test]
fn a_folder_of_someone_elses_files_survives_two_builds_byte_for_byte() {
    let site = SiteTest::fixture("basic");
    let home = site.root.parent().unwrap().join("home");
    for (path, text) in [
        ("notes.txt", "my notes"),
        ("index.html", "<p>my own web page</p>"),
        ("photos/holiday.jpg", "\u{ff}\u{d8} not really a photo"),
        ("photos/.hidden", "hidden"),
        (".bashrc", "export PATH"),
        ("deep/er/still/file.md", "+++\ntitle = \"mine\"\n+++\n"),
    ] {
        std::fs::create_dir_all(home.join(path).parent().unwrap()).unwrap();
        std::fs::write(home.join(path), text).unwrap();
    }
    let before = contents(&home);
    let siblings = |dir: &Path| -> Vec<_> {
        std::fs::read_dir(dir.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    };
    let around = siblings(&home);
    for _ in 0..2 {
        let out = build_into(&site, &home);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains("it holds files that Lantern did not write")
                && err.contains("choose a new or empty folder with --output"),
            "{err}"
        );
    }
    assert_eq!(contents(&home), before, "a file in the folder changed");
    assert_eq!(siblings(&home), around, "something was written beside it");
}

#[test]
fn an_empty_or_new_folder_is_used_and_then_known_as_lanterns_own() {
    let site = SiteTest::fixture("basic");
    let empty = site.root.parent().unwrap().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let new = site.root.parent().unwrap().join("new/site");
    for out in [&empty, &new] {
        for _ in 0..2 {
            let result = build_into(&site, out);
            assert_eq!(
                result.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&result.stderr)
            );
        }
        assert!(out.join(".lantern-output").is_file());
        assert!(out.join("about/index.html").is_file());
    }
}

#[test]
fn an_output_that_is_a_file_or_a_link_is_refused() {
    let site = SiteTest::fixture("basic");
    let toml = site.root.join("site.toml");
    let before = std::fs::read(&toml).unwrap();
    let result = build_into(&site, &toml);
    let err = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(2), "{err}");
    assert!(err.contains("it is a file, not a folder"), "{err}");
    assert_eq!(std::fs::read(&toml).unwrap(), before);
    assert!(!site.root.join(".site.toml.lantern-staging").exists());
    // A link to a folder, even an empty one, is not written through.
    let web = site.root.parent().unwrap().join("web");
    std::fs::create_dir_all(&web).unwrap();
    let link = site.root.parent().unwrap().join("public-link");
    symlink(&web, &link).unwrap();
    let result = build_into(&site, &link);
    let err = String::from_utf8_lossy(&result.stderr);
    assert_eq!(result.status.code(), Some(2), "{err}");
    assert!(
        err.contains("Lantern never writes through a link; use --output"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&web).unwrap().count(), 0);
}

#[test]
fn links_planted_in_the_output_and_staging_folders_are_never_written_through() {
    let site = SiteTest::fixture("basic").build();
    site.assert_success();
    let site = site.build();
    site.assert_success();
    let outside = outside(&site);
    let before = contents(&outside);
    let public = site.root.join("public");
    let staging = site.root.join(".public.lantern-staging");
    assert!(staging.is_dir(), "the second build left no staging folder");
    for dir in [&public, &staging] {
        std::fs::remove_file(dir.join("index.html")).unwrap();
        symlink(outside.join("passwd"), dir.join("index.html")).unwrap();
        std::fs::remove_dir_all(dir.join("about")).unwrap();
        symlink(&outside, dir.join("about")).unwrap();
        symlink(outside.join("page.html"), dir.join("robots.txt.tmp")).unwrap();
    }
    site.write(
        "content/about.md",
        "+++\ntitle = \"About us\"\n+++\nChanged words.\n",
    );
    let site = site.build();
    site.assert_success();
    let site = site.build();
    site.assert_success();
    assert_eq!(contents(&outside), before, "a file outside the output changed");
    assert!(site.read("about/index.html").contains("Changed words."));
    assert!(
        !std::fs::symlink_metadata(site.public("index.html"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(!leaked(&public));
}

#[test]
fn serve_never_writes_through_a_link_planted_in_the_output() {
    let site = SiteTest::fixture("basic");
    let outside = outside(&site);
    let before = contents(&outside);
    let served = crate::served::Served::start(&site.root);
    let public = site.root.join("public");
    std::fs::remove_dir_all(public.join("about")).unwrap();
    symlink(&outside, public.join("about")).unwrap();
    site.write(
        "content/about.md",
        "+++\ntitle = \"About us\"\n+++\nSaved while served.\n",
    );
    served.wait_for("/about/", "updated", |r| r.body.contains("Saved while served."));
    assert_eq!(contents(&outside), before, "a file outside the output changed");
    assert!(
        !std::fs::symlink_metadata(public.join("about"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_full_disk_fails_the_build_and_leaves_no_partial_files() {
    let site = SiteTest::fixture("basic");
    let words = "Parents and carers can ask the board about the review at any time. ".repeat(40);
    for i in 0..40 {
        site.write(
            &format!("content/many/p{i}.md"),
            &format!("+++\ntitle = \"Page {i}\"\n+++\n{words}\n"),
        );
    }
    let disk = site.root.parent().unwrap().join("disk");
    std::fs::create_dir_all(&disk).unwrap();
    // A small file system of its own: a tmpfs in a mount namespace (as
    // root, or as a user with user namespaces), holding 256 KiB.
    let script = format!(
        "mount -t tmpfs -o size=256k tmpfs '{disk}' && \
         '{bin}' build --root '{root}' --output '{disk}/public'; echo \"status=$?\"; \
         echo \"left=$(ls -A '{disk}' | tr '\\n' ' ')\"; echo \"used=$(du -sk '{disk}' | cut -f1)\"",
        disk = disk.display(),
        bin = env!("CARGO_BIN_EXE_lantern"),
        root = site.root.display(),
    );
    let as_root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let mut command = Command::new("unshare");
    if !as_root {
        command.arg("--map-root-user");
    }
    let out = command
        .args(["--mount", "sh", "-c", &script])
        .env("SOURCE_DATE_EPOCH", "1795651200")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("status=2"), "{text}\n{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(
        text.contains("left=\n") || text.contains("left= \n"),
        "partial files stayed: {text}"
    );
}

#[test]
fn serve_deletes_a_planted_link_not_what_it_points_to() {
    let site = SiteTest::fixture("basic");
    site.write(
        "content/extra.md",
        "+++\ntitle = \"Extra\"\n+++\nNobody links here.\n",
    );
    let outside = outside(&site);
    std::fs::write(outside.join("index.html"), SECRET).unwrap();
    let before = contents(&outside);
    let served = crate::served::Served::start(&site.root);
    let public = site.root.join("public");
    assert!(public.join("extra/index.html").is_file());
    std::fs::remove_dir_all(public.join("extra")).unwrap();
    symlink(&outside, public.join("extra")).unwrap();
    std::fs::remove_file(site.root.join("content/extra.md")).unwrap();
    let started = std::time::Instant::now();
    let rebuilt = loop {
        let lines = served.stderr.lock().unwrap().clone();
        if let Some(line) = lines
            .iter()
            .find(|l| l.starts_with("rebuilt") || l.starts_with("not published"))
        {
            break line.clone();
        }
        assert!(
            started.elapsed() < crate::served::DEADLINE,
            "no rebuild: {lines:?}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(rebuilt.contains("1 deleted"), "{rebuilt}");
    assert_eq!(
        contents(&outside),
        before,
        "a file outside the output was deleted"
    );
    assert!(
        std::fs::symlink_metadata(public.join("extra")).is_err(),
        "the link stayed"
    );
}
