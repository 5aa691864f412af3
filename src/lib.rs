//! Lantern: a static site generator for safeguarding partnerships.
//!
//! A build is a pipeline of plain data, one module per stage:
//!
//! 1. [`config`]: `site.toml` → [`config::Config`]
//! 2. [`content`]: `content/**/*.md` → [`content::Document`]s (front matter
//!    in [`content::front_matter`], checked by [`content::validate`])
//! 3. [`site`]: documents → pages with URLs, translations and sections;
//!    [`addresses`] then lists every output and refuses two at one address
//! 4. [`markdown`]: bodies → HTML, with headings, links and images located
//! 5. [`checks`]: personal data, accessibility, links, readability
//! 6. [`render`]: content pages through Tera templates ([`theme`], [`i18n`])
//! 7. [`generate`]: every other output, each file kind a
//!    [`generate::Generator`] (404, sitemap, feeds, tracker, calendars, …),
//!    written with the serialisers of [`formats`]
//! 8. [`output`]: a staging folder, swapped in only on success
//! 9. [`serve`]: stages 1–8 again after each save, for only what it affects
//!
//! [`pipeline`] runs the stages (stages 4 to 7 in one parallel pass over the
//! documents) for `build`, `check` and `serve` alike; [`report`] prints
//! what they found; [`scaffold`] writes new pages (`lantern new`) and new
//! sites (`lantern init`). [`commands`] carries out a [`Command`], which
//! [`cli`] reads from the command line. [`site_files`] is the one rule for
//! what Lantern reads, and [`urls`] reads addresses as a browser does.
//!
//! Each module imports only modules below it: no two import each other
//! (`tests/it/architecture.rs` checks this on every test run).

pub mod addresses;
pub mod allocator;
pub mod checks;
pub mod cli;
pub mod commands;
pub mod compact;
pub mod config;
pub mod content;
pub mod dates;
pub mod drama_numbers;
pub mod error;
pub mod fingerprint;
pub mod formats;
pub mod fs;
pub mod generate;
pub mod i18n;
pub mod markdown;
pub mod output;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod site;
pub mod site_files;
#[cfg(test)]
mod test_random;
pub mod theme;
pub mod toml_file;
pub mod toml_words;
pub mod urls;

pub use commands::{Command, run};
