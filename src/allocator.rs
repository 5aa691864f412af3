//! The process's memory allocator: mimalloc, entered where it is fastest.
//!
//! Rendering thousands of pages in parallel makes many small, short-lived
//! allocations, which mimalloc serves faster and with less fragmentation
//! (lower peak memory) than the system allocator.
//!
//! The `mimalloc` crate's adapter passes every request to
//! `mi_malloc_aligned`, whose checks cost more than the allocation itself
//! for the word-aligned requests that nearly all of Rust's are. Every block
//! mimalloc hands out is a whole number of machine words from a page start
//! aligned to 16 bytes, so a request aligned to a word or less is served by
//! plain `mi_malloc`; only larger alignments take the aligned entry points.
//!
//! A process that stays up after its work ([`crate::serve`]) asks for
//! freed memory to be returned to the system at once ([`purge_at_once`])
//! and calls [`give_back`] when a build is done, so that what the build
//! freed is not kept in the heaps of threads that now sleep.

#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The largest alignment every block from plain `mi_malloc` has: one
/// machine word (mimalloc's block sizes are whole words).
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc as the global allocator (`#[global_allocator]` in the binary).
pub struct Allocator;

// SAFETY: each method forwards to the mimalloc function with the same
// contract, and asks for the layout's alignment whenever it exceeds the
// alignment plain `mi_malloc` guarantees (`WORD`). mimalloc frees and
// reallocates blocks from either kind of entry point.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (GlobalAlloc's contract).
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl; `ptr` came from this allocator.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

unsafe extern "C" {
    /// Frees what the calling thread's heap holds unused and, with
    /// `force`, purges the memory freed since (mimalloc.h).
    fn mi_collect(force: bool);
    /// Sets one of mimalloc's options (mimalloc.h).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_e`.
const PURGE_DELAY: std::ffi::c_int = 15;

/// Returns memory to the system as soon as a whole page of it is free,
/// rather than up to a second later (mimalloc's default, which saves a
/// build some system calls but keeps what it frees counted in the
/// process's memory meanwhile, so that it adds to the peak): for a
/// process that keeps a large site in memory between builds
/// ([`crate::serve`]). Its first build takes a few percent longer.
pub fn purge_at_once() {
    // SAFETY: setting an option is allowed at any time, from any thread.
    unsafe { mi_option_set(PURGE_DELAY, 0) }
}

/// Returns to the system the memory the heaps of this thread and of every
/// rayon worker hold free. mimalloc purges freed memory lazily, on a later
/// allocation or free in the same heap; a worker that sleeps after a build
/// would otherwise keep what the build freed in its heap for as long as it
/// sleeps.
pub fn give_back() {
    rayon::broadcast(|_| collect());
    collect();
}

/// Collects the calling thread's heap.
fn collect() {
    // SAFETY: `mi_collect` only frees memory that no block is using.
    unsafe { mi_collect(true) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Allocates, grows and frees blocks of many sizes and alignments, and
    /// checks that each is aligned as asked and keeps its contents.
    #[test]
    fn every_block_is_aligned_as_asked_and_keeps_its_bytes() {
        let a = Allocator;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 12, 24, 40, 100, 1000, 5000, 70_000] {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: the layouts have non-zero sizes; each block is
                // used within its size and freed once with its layout.
                unsafe {
                    let zeroed = a.alloc_zeroed(layout);
                    assert!(!zeroed.is_null());
                    assert_eq!(zeroed as usize % align, 0, "zeroed {size}/{align}");
                    assert!((0..size).all(|i| *zeroed.add(i) == 0));
                    a.dealloc(zeroed, layout);

                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "{size}/{align}");
                    for i in 0..size {
                        *p.add(i) = (i % 251) as u8;
                    }
                    let grown = a.realloc(p, layout, size * 3);
                    assert!(!grown.is_null());
                    assert_eq!(grown as usize % align, 0, "grown {size}/{align}");
                    assert!((0..size).all(|i| *grown.add(i) == (i % 251) as u8));
                    a.dealloc(grown, Layout::from_size_align(size * 3, align).unwrap());
                }
            }
        }
    }
}
