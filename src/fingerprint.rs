//! Hashes that tell `serve` whether something changed: of a file's bytes,
//! of serialisable values, and of template values, whose maps hash alike
//! in whatever order they were built. They are stable within one process,
//! which is as long as `serve` keeps them.

use std::hash::{Hash, Hasher};

/// A hasher for fingerprints: aHash with keys fixed for the process, fast
/// and of good quality (it passes the SMHasher tests).
pub fn hasher() -> ahash::AHasher {
    ahash::AHasher::default()
}

/// A 64-bit hash of some bytes (stable within one process).
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = hasher();
    hasher.write(bytes);
    hasher.finish()
}

/// Feeds `value`, serialised as JSON, into `hasher`, in one piece. For
/// values whose maps keep their order (Rust structs, vectors): a template
/// value's maps do not, so those go through [`hash_value`].
pub fn hash_serialised<H: Hasher>(hasher: &mut H, value: &impl serde::Serialize) {
    // Serialising into memory cannot fail for these values, whose keys
    // are strings; if it did, what was written so far is hashed.
    let mut text = Vec::with_capacity(1024);
    let _ = serde_json::to_writer(&mut text, value);
    hasher.write(&text);
}

/// Feeds a template value into `hasher`, so that equal values hash alike
/// whatever order their maps were built in (Tera's maps are hash maps:
/// two built alike can hold their entries in different orders). A map's
/// entries are hashed one by one and added up, so nothing is sorted and
/// nothing is copied.
pub fn hash_value<H: Hasher>(hasher: &mut H, value: &tera::Value) {
    if let Some(map) = value.as_map() {
        let sum = map.iter().fold(0u64, |sum, (key, value)| {
            let mut entry = self::hasher();
            key.hash(&mut entry);
            hash_value(&mut entry, value);
            sum.wrapping_add(entry.finish())
        });
        hasher.write_u8(b'{');
        hasher.write_usize(map.len());
        hasher.write_u64(sum);
    } else if let Some(items) = value.as_array() {
        hasher.write_u8(b'[');
        hasher.write_usize(items.len());
        for item in items {
            hash_value(hasher, item);
        }
    } else if let Some(text) = value.as_str() {
        // A safe string is printed as it is, another escaped.
        hasher.write_u8(if value.is_safe() { b'!' } else { b'"' });
        text.hash(hasher);
    } else if let Some(number) = value.as_number() {
        match number {
            tera::Number::Integer(n) => {
                hasher.write_u8(b'i');
                hasher.write_i128(n);
            }
            tera::Number::Float(x) => {
                hasher.write_u8(b'f');
                hasher.write_u64(x.to_bits());
            }
            other => {
                hasher.write_u8(b'=');
                hash_serialised(hasher, &other.to_string());
            }
        }
    } else if let Some(yes) = value.as_bool() {
        hasher.write_u8(if yes { b't' } else { b'n' });
    } else if value.is_none() || value.is_undefined() {
        hasher.write_u8(if value.is_none() { b'0' } else { b'?' });
    } else {
        // Bytes, and whatever else a later Tera may add.
        hasher.write_u8(b'=');
        hash_serialised(hasher, value);
    }
}

/// A template map's entries, sorted by key.
pub fn in_key_order(map: &tera::Map) -> impl Iterator<Item = (&tera::value::Key<'static>, &tera::Value)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    entries.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(value: &tera::Value) -> u64 {
        let mut hasher = hasher();
        hash_value(&mut hasher, value);
        hasher.finish()
    }

    fn map(entries: &[(&str, tera::Value)]) -> tera::Value {
        let mut map = tera::Map::default();
        for (key, value) in entries {
            map.insert(key.to_string().into(), value.clone());
        }
        tera::Value::from(map)
    }

    #[test]
    fn equal_values_built_in_another_order_hash_alike() {
        let names: Vec<String> = (0..24).map(|n| format!("k{n}")).collect();
        let build = |order: &mut dyn Iterator<Item = &String>| {
            let mut map = tera::Map::default();
            for name in order {
                map.insert(name.clone().into(), tera::Value::from(name.len() as u64));
            }
            let inner = tera::Value::from(map);
            tera::Value::from(vec![inner.clone(), tera::Value::from(vec![inner])])
        };
        assert_eq!(
            hash(&build(&mut names.iter())),
            hash(&build(&mut names.iter().rev()))
        );
    }

    #[test]
    fn values_that_render_differently_hash_differently() {
        let text = |s: &str| tera::Value::from(s);
        let different = [
            text("a"),
            tera::Value::safe_string("a"),
            text("1"),
            tera::Value::from(1u64),
            tera::Value::from(true),
            tera::Value::none(),
            tera::Value::from(2u64),
            tera::Value::from(1.5f64),
            tera::Value::from(vec![text("a"), text("b")]),
            tera::Value::from(vec![text("b"), text("a")]),
            tera::Value::from(vec![text("ab")]),
            map(&[("a", text("b"))]),
            map(&[("b", text("a"))]),
            map(&[("a", text("b")), ("c", text("d"))]),
            map(&[("a", text("d")), ("c", text("b"))]),
            map(&[("a", map(&[("b", text("c"))]))]),
        ];
        let hashes: std::collections::HashSet<u64> = different.iter().map(hash).collect();
        assert_eq!(hashes.len(), different.len());
    }
}
