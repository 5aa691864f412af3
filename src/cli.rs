//! The command line: `lantern build | serve | check | new | init`, read
//! with clap into a [`crate::Command`]. The only module that knows clap
//! (besides `main.rs`, which calls it).

use std::path::PathBuf;

use clap::builder::PossibleValue;
use clap::{Parser, Subcommand, ValueEnum};

use crate::report::Format;
use crate::scaffold::new::NewKind;

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

impl From<Command> for crate::Command {
    fn from(command: Command) -> crate::Command {
        match command {
            Command::Build {
                root,
                output,
                drafts,
                base_url,
            } => crate::Command::Build {
                root,
                output,
                drafts,
                base_url,
            },
            Command::Serve {
                root,
                output,
                bind,
                port,
                drafts,
            } => crate::Command::Serve {
                root,
                output,
                bind,
                port,
                drafts,
            },
            Command::Check { root, format, drafts } => crate::Command::Check { root, format, drafts },
            Command::New {
                kind,
                slug,
                lang,
                root,
            } => crate::Command::New {
                kind,
                slug,
                lang,
                root,
            },
            Command::Init { dir } => crate::Command::Init { dir },
        }
    }
}

impl ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        &[Format::Human, Format::Json]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            Format::Human => PossibleValue::new("human").help("messages with the source line and a caret"),
            Format::Json => PossibleValue::new("json").help("a JSON array on standard output, for CI"),
        })
    }
}

impl ValueEnum for NewKind {
    fn value_variants<'a>() -> &'a [Self] {
        &NewKind::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.name()).help(self.describe()))
    }
}
