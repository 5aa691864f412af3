//! Values kept for long (by `serve`, between rebuilds) cut to their
//! length. `shrink_to_fit` is not enough: mimalloc keeps a block that is
//! asked to shrink by less than half, so a string grown by doubling keeps
//! its spare room; these copy into a block of the right size instead.

/// How much spare room is left as it is: an eighth of the length, about
/// the gap between two of mimalloc's block sizes.
fn roomy(len: usize, capacity: usize) -> bool {
    capacity > len + len / 8
}

/// Cuts `text`'s allocation to its length.
pub fn string(text: &mut String) {
    if roomy(text.len(), text.capacity()) {
        *text = text.as_str().to_owned();
    }
}

/// Cuts `items`' allocation to its length (the items are moved, not
/// copied).
pub fn vec<T>(items: &mut Vec<T>) {
    if roomy(items.len(), items.capacity()) {
        let mut exact = Vec::with_capacity(items.len());
        exact.append(items);
        *items = exact;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_roomy_value_is_cut_to_its_length_and_keeps_its_contents() {
        let mut text = String::with_capacity(1000);
        text.push_str("kept");
        string(&mut text);
        assert_eq!((text.as_str(), text.capacity()), ("kept", 4));
        let mut items: Vec<String> = Vec::with_capacity(64);
        items.extend(["a".to_owned(), "b".to_owned()]);
        vec(&mut items);
        assert_eq!(items, ["a", "b"]);
        assert_eq!(items.capacity(), 2);
        let mut empty: Vec<u8> = Vec::with_capacity(8);
        vec(&mut empty);
        assert_eq!(empty.capacity(), 0);
    }
}
