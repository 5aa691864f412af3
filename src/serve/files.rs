//! The output folder as the development server sees it: which file a
//! request path names (`index.html` for folders, and no way out of the
//! folder: `..`, encoded or not, hidden files, links that lead outside),
//! and its content type.

use std::path::{Path, PathBuf};

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
}
