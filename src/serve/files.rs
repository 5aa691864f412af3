//! The output folder as the development server sees it: which file a
//! request path names (`index.html` for folders, and no way out of the
//! folder: `..`, encoded or not, hidden files, links that lead outside),
//! its content type, and what to send for it. HTML gets the live-reload
//! script ([`super::live`]) added; the files on disk are never changed for
//! it.
//!
//! Everything here touches the file system, so [`super::server`] calls
//! [`find`] on a blocking thread, never on its event loop.

use std::path::{Path, PathBuf};

use super::live;

/// What to send for a request path.
#[derive(Debug)]
pub enum Found {
    /// A page with the reload script added, and its content type.
    Page(Vec<u8>, &'static str),
    /// A file to send as it is: the open file, its length and content type.
    File(std::fs::File, u64, &'static str),
    /// A folder asked for without its final `/`: where to send the browser.
    Folder(String),
    /// Nothing: the site's own `404.html` (or a line of text if it has
    /// none), and its content type.
    Missing(Vec<u8>, &'static str),
    /// A file that is there but could not be read just now (the process
    /// is out of file handles, say), and why.
    Unreadable(String),
}

/// What to send for request path `path` (without its query) in `output`.
pub fn find(output: &Path, path: &str) -> Found {
    match resolve(output, path) {
        Target::File(file) => {
            let kind = content_type(&file);
            let found = if kind.starts_with("text/html") {
                std::fs::read(&file).map(|bytes| Found::Page(with_script(&file, bytes), kind))
            } else {
                std::fs::File::open(&file).and_then(|f| f.metadata().map(|m| Found::File(f, m.len(), kind)))
            };
            match found {
                Ok(found) => found,
                // Deleted by a rebuild since it was found.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => not_found(output),
                Err(e) => Found::Unreadable(e.to_string()),
            }
        }
        Target::Folder(location) => Found::Folder(location),
        Target::Missing => not_found(output),
    }
}

/// The site's own 404 page, or a line of text if it has none.
fn not_found(output: &Path) -> Found {
    let page = output.join("404.html");
    match (resolve(output, "/404.html"), std::fs::read(&page)) {
        (Target::File(_), Ok(bytes)) => Found::Missing(with_script(&page, bytes), "text/html; charset=utf-8"),
        _ => Found::Missing(b"Not found\n".to_vec(), "text/plain; charset=utf-8"),
    }
}

/// What a request path leads to.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A file inside the output folder.
    File(PathBuf),
    /// A folder asked for without its final `/`: where to send the browser.
    Folder(String),
    /// Nothing (or nothing that may be served).
    Missing,
}

/// The file that request path `path` names inside `output`.
pub fn resolve(output: &Path, path: &str) -> Target {
    let Some(decoded) = decode(path) else {
        return Target::Missing;
    };
    if !path.starts_with('/') || decoded.contains(['\0', '\\']) {
        return Target::Missing;
    }
    let mut full = output.to_path_buf();
    let mut parts = Vec::new();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            // Hidden files include half-written ones (`.x.lantern-new`).
            ".." => return Target::Missing,
            part if part.starts_with('.') => return Target::Missing,
            part => {
                full.push(part);
                parts.push(part);
            }
        }
    }
    let (Ok(root), Ok(real)) = (output.canonicalize(), full.canonicalize()) else {
        return Target::Missing;
    };
    if !real.starts_with(&root) {
        return Target::Missing;
    }
    if real.is_dir() {
        if !path.ends_with('/') {
            return Target::Folder(format!("/{}/", path.trim_start_matches('/')));
        }
        return match real.join("index.html").canonicalize() {
            Ok(index) if index.starts_with(&root) && index.is_file() => Target::File(index),
            _ => Target::Missing,
        };
    }
    if real.is_file() {
        Target::File(real)
    } else {
        Target::Missing
    }
}

/// Percent-decodes a request path; `None` unless it is UTF-8.
fn decode(path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    Some(decoded.into_owned())
}

/// HTML with the live-reload script added before `</head>` (or `</body>`,
/// or at the end); anything else as it is.
fn with_script(file: &Path, mut bytes: Vec<u8>) -> Vec<u8> {
    if !content_type(file).starts_with("text/html") {
        return bytes;
    }
    let tag = format!("<script src=\"{}\" defer></script>", live::SCRIPT);
    let lower = bytes.to_ascii_lowercase();
    let find = |needle: &[u8]| lower.windows(needle.len()).position(|w| w == needle);
    let at = find(b"</head>")
        .or_else(|| find(b"</body>"))
        .unwrap_or(bytes.len());
    bytes.splice(at..at, tag.bytes());
    bytes
}

/// The `Content-Type` for a file, from its extension.
pub fn content_type(file: &Path) -> &'static str {
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "vcf" => "text/vcard; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "mp3" => "audio/mpeg",
        "csv" => "text/csv; charset=utf-8",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt" => "application/vnd.oasis.opendocument.text",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_inside_the_folder_only() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("a b")).unwrap();
        std::fs::write(out.join("index.html"), "home").unwrap();
        std::fs::write(out.join("a b/index.html"), "a").unwrap();
        std::fs::write(out.join(".hidden.lantern-new"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("link.txt")).unwrap();
        let out_index = out.join("index.html").canonicalize().unwrap();
        assert_eq!(resolve(&out, "/"), Target::File(out_index.clone()));
        assert_eq!(resolve(&out, "/index.html"), Target::File(out_index));
        assert!(matches!(resolve(&out, "/a%20b/"), Target::File(_)));
        assert_eq!(resolve(&out, "/a%20b"), Target::Folder("/a%20b/".to_owned()));
        assert_eq!(resolve(&out, "//evil.example"), Target::Missing);
        for bad in [
            "/../secret.txt",
            "/a%20b/../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E%2Fsecret.txt",
            "/..%5csecret.txt",
            "/link.txt",
            "/.hidden.lantern-new",
            "secret.txt",
            "/%ff",
            "/missing.html",
        ] {
            assert_eq!(resolve(&out, bad), Target::Missing, "{bad}");
        }
    }

    #[test]
    fn the_script_goes_before_the_end_of_head() {
        let page = Path::new("index.html");
        let html = with_script(
            page,
            b"<html><HEAD><title>x</title></HEAD><body></body></html>".to_vec(),
        );
        assert_eq!(
            String::from_utf8(html).unwrap(),
            "<html><HEAD><title>x</title><script src=\"/__lantern/reload.js\" defer></script></HEAD><body></body></html>"
        );
        assert_eq!(with_script(Path::new("a.css"), b"</head>".to_vec()), b"</head>");
        assert!(content_type(Path::new("feed.XML")).starts_with("application/xml"));
    }

    #[test]
    fn pages_get_the_script_other_files_are_opened_and_misses_get_the_404_page() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        std::fs::write(out.join("index.html"), "<head></head>").unwrap();
        std::fs::write(out.join("report.pdf"), "%PDF-1.7").unwrap();
        match find(out, "/") {
            Found::Page(bytes, kind) => {
                assert!(String::from_utf8(bytes).unwrap().contains("reload.js"));
                assert!(kind.starts_with("text/html"));
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            find(out, "/report.pdf"),
            Found::File(_, 8, "application/pdf")
        ));
        assert!(matches!(find(out, "/gone/"), Found::Missing(b, _) if b == b"Not found\n"));
        std::fs::write(out.join("404.html"), "<head></head>Lost").unwrap();
        match find(out, "/gone/") {
            Found::Missing(bytes, kind) => {
                assert!(String::from_utf8(bytes).unwrap().ends_with("</head>Lost"));
                assert!(kind.starts_with("text/html"));
            }
            other => panic!("{other:?}"),
        }
    }
}
