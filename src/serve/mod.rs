//! `lantern serve`: build, serve the output folder on this computer, watch
//! the sources, rebuild only what each save affects, and reload the pages
//! open in the browser.
//!
//! - [`engine`] the incremental build ([`state`] what is kept in memory,
//!   [`affected`] which pages a change reaches, [`outputs`] the output
//!   folder's files and their hashes);

pub mod affected;
pub mod engine;
pub mod outputs;
pub mod publish;
pub mod reread;
pub mod state;

pub use engine::{Engine, Outcome};
