//! The JSON path (`commitments[3].actions[1].status`) of a byte position in a
//! JSON text, for the messages of shape errors.
//!
//! serde reports where a data error happened only as a line and column. The
//! snapshot is parsed directly by serde_json (fast, and the smallest code in
//! the wasm); only when that fails does [`path_at`] walk the text once more, up
//! to the error's position, keeping the stack of open objects and arrays. The
//! text has already passed a syntax check, so the walk can be simple.
//!
//! The path is written as serde_path_to_error writes it (a dev-dependency
//! checks that, see the tests): keys joined by `.`, indices in brackets, and
//! the empty string for the top level. Where serde_json stops matters:
//! - after a wrong value (a type, an unknown code): inside the object, with the
//!   key of that value still current, so the path ends with the key;
//! - after the `}` of an object that misses a field: the object is closed, so
//!   the path is the object's own, and the caller appends the field.

use crate::json_text::{scalar_end, string_end};

/// One open container while walking.
enum Frame {
    /// An object, with the last key read (until the `,` that ends its value).
    Object(Option<String>),
    /// An array, with the index of the current element, `None` before the first.
    Array(Option<usize>),
}

/// Byte offset of serde_json's (line, column): lines count from 1, columns are
/// bytes after the line's start.
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column).min(text.len())
}

/// The path of the value being read at byte `offset` of `text`.
pub(crate) fn path_at(text: &str, offset: usize) -> String {
    let bytes = &text.as_bytes()[..offset.min(text.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    // Whether the next string in an object is a key (after `{` or `,`).
    let mut expect_key = false;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let end = string_end(bytes, i);
                if expect_key {
                    let raw = text.get(i..end).unwrap_or_default();
                    let key = serde_json::from_str::<String>(raw)
                        .unwrap_or_else(|_| raw.trim_matches('"').to_owned());
                    if let Some(Frame::Object(k)) = stack.last_mut() {
                        *k = Some(key);
                    }
                    expect_key = false;
                } else {
                    start_value(&mut stack);
                }
                i = end;
                continue;
            }
            b'{' => {
                start_value(&mut stack);
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            b'[' => {
                start_value(&mut stack);
                stack.push(Frame::Array(None));
            }
            b'}' | b']' => {
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(k)) => {
                    *k = None;
                    expect_key = true;
                }
                Some(Frame::Array(_)) | None => {}
            },
            b' ' | b'\t' | b'\n' | b'\r' | b':' => {}
            // The first byte of a number, `true`, `false` or `null`.
            _ => {
                start_value(&mut stack);
                i = scalar_end(bytes, i) - 1;
            }
        }
        i += 1;
    }
    render(&stack)
}

/// A value starts: in an array, it is the next element.
fn start_value(stack: &mut [Frame]) {
    if let Some(Frame::Array(index)) = stack.last_mut() {
        *index = Some(index.map_or(0, |n| n + 1));
    }
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array(Some(index)) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            Frame::Object(None) | Frame::Array(None) => {}
        }
    }
    path
}
