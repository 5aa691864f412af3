//! The `lantern` command: parse arguments, run, print errors, exit.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: rendering thousands of pages in parallel makes many small,
/// short-lived allocations, which it serves faster and with less
/// fragmentation (lower peak memory) than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = lantern::cli::Cli::parse();
    match lantern::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::from(e.exit_code())
        }
    }
}
