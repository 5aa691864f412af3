//! Seeded pseudo-random numbers for the randomized tests (xorshift64):
//! the same numbers on every run, so that a failure can be reproduced.

/// A xorshift64 generator. Its seed must not be 0.
pub struct Xorshift(u64);

impl Xorshift {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Xorshift {
        Xorshift(seed)
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// The next number, below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A text of `length` characters, each picked from `alphabet`.
    pub fn text(&mut self, alphabet: &[char], length: usize) -> String {
        (0..length)
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }
}
