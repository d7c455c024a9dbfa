//! Token ends in a JSON text already known to be valid, for the two places
//! that walk the text itself rather than parse it: the JSON path of a load
//! error (`load/json_path.rs`) and the JSON download cut from the loaded file
//! (`export/raw_subset.rs`).

/// Index just past the string that starts at `start` (a `"`), or the end of
/// `bytes` if it is not closed.
pub(crate) fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Index just past the number, `true`, `false` or `null` that starts at `start`.
pub(crate) fn scalar_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() && !b",]} \t\n\r".contains(&bytes[i]) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_ends() {
        let text = br#"{"a\"b": 12.5e3, "c": true}"#;
        let at = |needle: &[u8]| {
            text.windows(needle.len())
                .position(|w| w == needle)
                .unwrap()
        };
        let key = at(br#""a"#);
        assert_eq!(&text[key..string_end(text, key)], br#""a\"b""#);
        let number = at(b"12");
        assert_eq!(&text[number..scalar_end(text, number)], b"12.5e3");
        let flag = at(b"true");
        assert_eq!(&text[flag..scalar_end(text, flag)], b"true");
        assert_eq!(string_end(b"\"open", 0), 5);
    }
}
