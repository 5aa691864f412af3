//! Integration tests: build small sites from `tests/fixtures/` with the real
//! `lantern` binary and check what it writes and says.
//!
//! One module per feature; [`support`] holds the harness.

mod build;
mod edits;
mod errors;
mod incremental;
mod serve;
mod served;
mod support;
