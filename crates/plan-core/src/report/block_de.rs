//! Reading the report's [`Block`] (`{"type": "table", "header": […], …}`)
//! without serde's buffering of internally tagged enums, for the reasons given
//! in `model/rich_text_de.rs`: no `Content` copy (nor its code in the wasm),
//! and errors that keep their position, hence their JSON path.
//!
//! A field's type depends only on its name, so the tag may come anywhere in
//! the object. Same format and errors as the derive would give: `missing
//! field`, `duplicate field`, `unknown variant … expected one of …`, unknown
//! fields ignored, `commitments` optional.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;

use super::{Block, Cell, ListItem, Row};
use crate::model::Inline;

const TAGS: &[&str] = &["paragraph", "list", "table"];

/// Reads the `type` code as the derive reads a variant name.
struct Tag;

impl<'de> DeserializeSeed<'de> for Tag {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Tag {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        TAGS.iter()
            .position(|t| *t == v)
            .ok_or_else(|| E::unknown_variant(v, TAGS))
    }
}

#[derive(Default)]
struct Fields {
    tag: Option<usize>,
    content: Option<Vec<Inline>>,
    commitments: Option<Vec<u32>>,
    items: Option<Vec<ListItem>>,
    header: Option<Vec<Cell>>,
    rows: Option<Vec<Row>>,
}

struct BlockVisitor;

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = Block;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("internally tagged enum Block")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Block, A::Error> {
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
                "type" => set(&mut f.tag, "type", map.next_value_seed(Tag)?)?,
                "content" => set(&mut f.content, "content", map.next_value()?)?,
                "commitments" => set(&mut f.commitments, "commitments", map.next_value()?)?,
                "items" => set(&mut f.items, "items", map.next_value()?)?,
                "header" => set(&mut f.header, "header", map.next_value()?)?,
                "rows" => set(&mut f.rows, "rows", map.next_value()?)?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        // Built here, inside the object, so a missing field is reported at
        // the object's position.
        match need(f.tag, "type")? {
            0 => Ok(Block::Paragraph {
                content: need(f.content, "content")?,
                commitments: f.commitments.unwrap_or_default(),
            }),
            1 => Ok(Block::List {
                items: need(f.items, "items")?,
            }),
            _ => Ok(Block::Table {
                header: need(f.header, "header")?,
                rows: need(f.rows, "rows")?,
            }),
        }
    }
}

fn need<T, E: de::Error>(v: Option<T>, name: &'static str) -> Result<T, E> {
    v.ok_or_else(|| E::missing_field(name))
}

impl<'de> Deserialize<'de> for Block {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(BlockVisitor)
    }
}
