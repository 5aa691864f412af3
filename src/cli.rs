//! The command line: `lantern build | serve | check | new | init`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::report::Format;

/// Lantern builds an accessible, multilingual, private website for a
/// safeguarding partnership from Markdown.
#[derive(Debug, Parser)]
#[command(name = "lantern", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Lantern's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (only if it has no errors).
    Build {
        /// The site's folder, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public].
        #[arg(long, visible_alias = "out")]
        output: Option<PathBuf>,
        /// Publish pages marked `draft = true` too.
        #[arg(long)]
        drafts: bool,
        /// The public address of the site, instead of base_url in site.toml.
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Build, serve the site on this computer, and rebuild on every save.
    Serve {
        /// The site's folder, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public].
        #[arg(long, visible_alias = "out")]
        output: Option<PathBuf>,
        /// The address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Publish pages marked `draft = true` too.
        #[arg(long)]
        drafts: bool,
    },
    /// Run every check (personal data, accessibility, links, translations,
    /// readability) without writing anything.
    Check {
        /// The site's folder, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// How to print findings.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Check pages marked `draft = true` too.
        #[arg(long)]
        drafts: bool,
    },
    /// Write a new page, ready to edit, marked as a draft.
    New {
        /// What to create.
        #[arg(value_enum)]
        kind: NewKind,
        /// The file name (and address) of the page, such as child-e.
        slug: String,
        /// The language of the page (a code from site.toml's languages).
        #[arg(long)]
        lang: Option<String>,
        /// The site's folder, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Create a new, working site in an empty folder.
    Init {
        /// The folder to create the site in.
        dir: PathBuf,
    },
}

/// The kinds of page `lantern new` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NewKind {
    /// A review summary, in content/reviews/.
    Review,
    /// A 7-minute briefing, in content/briefings/.
    Briefing,
    /// A newsletter, in content/newsletters/.
    Newsletter,
    /// A training session, in content/training/.
    Training,
    /// A page, in content/.
    Page,
}
