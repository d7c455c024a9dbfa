//! A reason shown to the reader, in both interface languages at once.
//!
//! The notices about a URL (`url_state::Ignored`) are built while the query
//! string is read, before anyone knows which page shows them; building one
//! needs both sentences, so a reason cannot lack its English. A module of its
//! own so that `url_state`, `embed_flags` and `paging` share it without
//! importing each other.

/// A French and an English sentence saying the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Why {
    pub(crate) fr: String,
    pub(crate) en: String,
}

/// A [`Why`] from its two sentences.
pub(crate) fn why(fr: impl Into<String>, en: impl Into<String>) -> Why {
    Why {
        fr: fr.into(),
        en: en.into(),
    }
}
