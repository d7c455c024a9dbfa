//! Reading [`Block`] and [`Inline`] (`{"type": "paragraph", "content": […]}`)
//! without serde's buffering of internally tagged enums.
//!
//! serde's derive for `#[serde(tag = "type")]` first copies each object into
//! an in-memory `Content` tree, then reads the variant from that copy. Most of
//! the snapshot's text sits in these objects, so that copy made loading a
//! large snapshot markedly slower, added the whole `Content` machinery to the
//! wasm, and made errors inside a block lose their position (so their JSON
//! path, see `load/json_path.rs`). Here each field is read straight from the
//! JSON: a field's type depends only on its name (`content` is always a list
//! of inlines, `items` a list of list items, `text` a string), so the tag may
//! come anywhere in the object, as with the derive.
//!
//! Same format and same errors as the derive: `missing field`, `duplicate
//! field`, `unknown variant … expected one of …`, unknown fields ignored.
//! `Serialize` stays derived, and so does the JSON Schema.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use super::{Block, Inline, ListItem};

/// The fields a block or an inline may have; `tag` indexes the enum's tags.
#[derive(Default)]
struct Fields {
    tag: Option<usize>,
    content: Option<Vec<Inline>>,
    items: Option<Vec<ListItem>>,
    text: Option<String>,
}

const BLOCK_TAGS: &[&str] = &["paragraph", "list"];
const INLINE_TAGS: &[&str] = &["text", "strong", "link"];

/// Reads the `type` code as the derive reads a variant name: a string among
/// `tags` (or the variant's index).
struct TagSeed(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for TagSeed {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for TagSeed {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|t| *t == v)
            .ok_or_else(|| E::unknown_variant(v, self.0))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<usize, E> {
        match usize::try_from(v) {
            Ok(i) if i < self.0.len() => Ok(i),
            _ => Err(E::invalid_value(
                de::Unexpected::Unsigned(v),
                &"variant index",
            )),
        }
    }
}

/// Reads one object's fields, then builds the value inside `visit_map`, so
/// that a missing field is reported at the object's position. `name` is the
/// enum's, for the messages; `build` returns the name of a missing field.
struct FieldsVisitor<T> {
    name: &'static str,
    tags: &'static [&'static str],
    build: fn(Fields) -> Result<T, &'static str>,
}

impl<'de, T> Visitor<'de> for FieldsVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "internally tagged enum {}", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        fn set<T, E: de::Error>(slot: &mut Option<T>, name: &'static str, v: T) -> Result<(), E> {
            if slot.is_some() {
                return Err(E::duplicate_field(name));
            }
            *slot = Some(v);
            Ok(())
        }
        let mut f = Fields::default();
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "type" => set(&mut f.tag, "type", map.next_value_seed(TagSeed(self.tags))?)?,
                "content" => set(&mut f.content, "content", map.next_value()?)?,
                "items" => set(&mut f.items, "items", map.next_value()?)?,
                "text" => set(&mut f.text, "text", map.next_value()?)?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        (self.build)(f).map_err(de::Error::missing_field)
    }
}

fn need<T>(v: Option<T>, name: &'static str) -> Result<T, &'static str> {
    v.ok_or(name)
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FieldsVisitor {
            name: "Block",
            tags: BLOCK_TAGS,
            build: |f| match need(f.tag, "type")? {
                0 => Ok(Block::Paragraph {
                    content: need(f.content, "content")?,
                }),
                _ => Ok(Block::List {
                    items: need(f.items, "items")?,
                }),
            },
        })
    }
}

impl<'de> Deserialize<'de> for Inline {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FieldsVisitor {
            name: "Inline",
            tags: INLINE_TAGS,
            build: |f| match need(f.tag, "type")? {
                0 => Ok(Inline::Text {
                    text: need(f.text, "text")?,
                }),
                1 => Ok(Inline::Strong {
                    content: need(f.content, "content")?,
                }),
                _ => Ok(Inline::Link {
                    content: need(f.content, "content")?,
                }),
            },
        })
    }
}
