//! The "Contribuer / signaler une erreur" link: a `mailto:` URL to the
//! report's contribution address (`contact.email`), with a subject naming the
//! page and a body holding its address. Nothing is sent by the app: the
//! reader's mail program opens with the message ready.

use super::Section;
use crate::i18n::Lang;

/// A `mailto:` URL (RFC 6068) to `email` with `subject` and `body`. Every
/// byte outside the unreserved set (`A-Z a-z 0-9 - . _ ~`) is
/// percent-encoded as UTF-8 (the address keeps its `@`), and line breaks in
/// the body are written CRLF, as the RFC asks.
pub fn contribution_mailto(email: &str, subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        percent_encode(email, b"@"),
        percent_encode(subject, b""),
        percent_encode(&body, b"")
    )
}

/// The subject of a message about a commitment, in `lang` (the title stays
/// the report's).
pub fn commitment_subject_in(number: u32, title: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Plan ouvert — engagement {number} : {title}"),
        Lang::En => format!("Plan ouvert — commitment {number}: {title}"),
    }
}

/// The subject of a message about a chapter of the report, in `lang` (the
/// heading stays the report's).
pub fn chapter_subject_in(chapter: &Section, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("Plan ouvert — rapport, {}", chapter.heading()),
        Lang::En => format!("Plan ouvert — report, {}", chapter.heading()),
    }
}

/// The body of a message about the page at `url` (its full address), in
/// `lang`: the address, then a short prompt of what to write (what is wrong,
/// where, the source), each followed by room for the answer.
pub fn contribution_body_in(url: &str, lang: Lang) -> String {
    crate::i18n::fill(lang.texts().contribution_body, &[("url", url)])
}

fn percent_encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
