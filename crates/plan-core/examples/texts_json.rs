//! Prints both interface dictionaries as JSON (`{"fr": {key: text}, "en": …}`),
//! for the browser tests that look for French interface text left in the
//! English pages (tests/e2e/english.spec.mjs). Not part of the site.

use plan_core::i18n::Lang;
use serde_json::{Map, Value};

fn main() {
    let mut out = Map::new();
    for lang in Lang::ALL {
        // The dictionary and the invitation to this language, in one map.
        let texts: Map<String, Value> = lang
            .texts()
            .entries()
            .into_iter()
            .chain(lang.invitation().entries())
            .map(|(k, v)| (k.to_owned(), Value::String(v.to_owned())))
            .collect();
        out.insert(lang.code().to_owned(), Value::Object(texts));
    }
    println!("{}", Value::Object(out));
}
