//! Integration tests: build small sites from `tests/fixtures/` with the real
//! `lantern` binary and check what it writes and says.
//!
//! One module per feature; [`support`] holds the harness.

mod architecture;
mod bad_input;
mod boundaries;
mod build;
mod calendars;
mod cards;
mod check;
mod contact_card;
mod drafts;
mod edits;
mod email;
mod errors;
mod feeds;
mod incremental;
mod languages;
mod names;
mod native;
mod publications;
mod reproducible;
mod sample;
mod scaffold;
mod search;
mod serve;
mod serve_http;
mod served;
mod sitemaps;
mod support;
mod theme;
mod tracker;
