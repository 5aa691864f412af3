//! The `lantern` command: parse arguments, run, print errors, exit.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc (see [`lantern::allocator`]).
#[global_allocator]
static ALLOCATOR: lantern::allocator::Allocator = lantern::allocator::Allocator;

fn main() -> ExitCode {
    let cli = lantern::cli::Cli::parse();
    match lantern::run(cli.command.into()) {
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
