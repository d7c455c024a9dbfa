//! Institutions: the names printed in the "Institutions porteuses" lists,
//! spelling variants merged into one entry each.
//!
//! Rules, in order:
//! 1. a printed name is cleaned: list marker and the trailing `;` separator of
//!    lines 1096-1097 removed, whitespace collapsed;
//! 2. a name listed in `corrections.toml` stands for the name given there;
//! 3. a name `X (Y)` where `X` is itself printed as an institution elsewhere
//!    stands for `X`: "Premier ministre (Direction de l'information légale et
//!    administrative)" (line 393) is the Prime Minister's office acting through
//!    one of its directorates, as the annex (lines 1459-1461) lists it;
//! 4. names equal once accents, case and punctuation are ignored are one
//!    institution ("Économie"/"Economie", "État"/"Etat").
//!
//! An entry's `name` is its most printed variant among those that spell the
//! name itself (not rule 2 or 3 forms); ties go to the first printed. `aliases`
//! keeps every distinct printed form, in order of first appearance.

use std::collections::BTreeMap;

use plan_core::Institution;

use crate::corrections::Corrections;
use crate::error::{Error, Result};
use crate::report::Line;
use crate::text;

/// One name as printed in a list, cleaned.
#[derive(Debug, Clone)]
pub struct Printed {
    pub line: usize,
    pub name: String,
}

/// Cleans one line of an "Institutions porteuses" list.
pub fn clean_item(l: &Line<'_>) -> Result<Printed> {
    let t = l.text.trim_start();
    let t = t.strip_prefix("- ").unwrap_or(t);
    let t = text::collapse(t);
    let t = t
        .strip_suffix(';')
        .map(str::trim_end)
        .unwrap_or(&t)
        .to_string();
    if t.is_empty() || t.starts_with('-') {
        return Err(Error::at(l.no, "an institution name", l.text));
    }
    Ok(Printed {
        line: l.no,
        name: t,
    })
}

/// The merged institutions and how to find an entry from a printed name.
#[derive(Debug, Clone)]
pub struct Registry {
    pub institutions: Vec<Institution>,
    /// `text::fold_key` of a name (any printed form or its target) → index.
    by_key: BTreeMap<String, usize>,
}

impl Registry {
    /// Builds the registry from every printed name, in report order.
    pub fn build(printed: &[Printed], corrections: &Corrections) -> Result<Registry> {
        let plain_keys: Vec<String> = printed.iter().map(|p| text::fold_key(&p.name)).collect();
        // Rules 2 and 3: the key each printed name is grouped under, and
        // whether the printed form spells that name itself.
        let mut targets: Vec<(String, bool)> = Vec::with_capacity(printed.len());
        for p in printed {
            if let Some(target) = corrections.institution_alias(p.line, &p.name) {
                let key = text::fold_key(target);
                if !plain_keys.contains(&key) {
                    return Err(Error::Corrections(format!(
                        "institution_alias for line {} points to '{target}', which no list prints",
                        p.line
                    )));
                }
                targets.push((key, false));
                continue;
            }
            if let Some((head, _)) = p.name.strip_suffix(')').and_then(|n| n.split_once(" (")) {
                let key = text::fold_key(head);
                if plain_keys.contains(&key) {
                    targets.push((key, false));
                    continue;
                }
            }
            targets.push((text::fold_key(&p.name), true));
        }

        // Rule 4: group by key, in order of first appearance.
        struct Group {
            key: String,
            /// (printed form, times printed, spells the name itself)
            variants: Vec<(String, usize, bool)>,
        }
        let mut groups: Vec<Group> = Vec::new();
        for (p, (key, direct)) in printed.iter().zip(&targets) {
            let g = match groups.iter_mut().position(|g| &g.key == key) {
                Some(i) => &mut groups[i],
                None => {
                    groups.push(Group {
                        key: key.clone(),
                        variants: Vec::new(),
                    });
                    groups.last_mut().expect("just pushed")
                }
            };
            match g.variants.iter_mut().find(|v| v.0 == p.name) {
                Some(v) => v.1 += 1,
                None => g.variants.push((p.name.clone(), 1, *direct)),
            }
        }

        let mut institutions = Vec::with_capacity(groups.len());
        let mut by_key = BTreeMap::new();
        for (i, g) in groups.iter().enumerate() {
            // Most printed direct variant; `max_by_key` keeps the last maximum,
            // so scan in reverse to keep the first printed on ties.
            let name = g
                .variants
                .iter()
                .rev()
                .filter(|v| v.2)
                .max_by_key(|v| v.1)
                .map(|v| v.0.clone())
                .ok_or_else(|| {
                    Error::Corrections(format!("no list prints the name '{}' itself", g.key))
                })?;
            let id = text::slug(&name);
            if institutions.iter().any(|x: &Institution| x.id == id) {
                return Err(Error::Corrections(format!(
                    "two institutions have the id '{id}'"
                )));
            }
            for v in &g.variants {
                by_key.insert(text::fold_key(&v.0), i);
            }
            by_key.insert(g.key.clone(), i);
            institutions.push(Institution {
                id,
                name,
                aliases: g.variants.iter().map(|v| v.0.clone()).collect(),
            });
        }
        Ok(Registry {
            institutions,
            by_key,
        })
    }

    /// The id of the institution a printed name (or a variant of it) denotes.
    pub fn id_of(&self, name: &str) -> Option<&str> {
        self.by_key
            .get(&text::fold_key(name))
            .map(|&i| self.institutions[i].id.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: usize, name: &str) -> Printed {
        Printed {
            line,
            name: name.into(),
        }
    }

    #[test]
    fn variants_merge_and_majority_names() {
        let r = Registry::build(
            &[
                p(1, "Ministère de l'Economie"),
                p(2, "Ministère de l'Économie"),
                p(3, "Ministère de l'Économie"),
                p(4, "Premier ministre (Direction X)"),
                p(5, "Premier ministre"),
            ],
            &Corrections::none(),
        )
        .unwrap();
        assert_eq!(r.institutions.len(), 2);
        assert_eq!(r.institutions[0].name, "Ministère de l'Économie");
        assert_eq!(r.institutions[0].id, "ministere-de-l-economie");
        assert_eq!(
            r.institutions[0].aliases,
            ["Ministère de l'Economie", "Ministère de l'Économie"]
        );
        assert_eq!(r.institutions[1].name, "Premier ministre");
        assert_eq!(
            r.id_of("Premier ministre (Direction X)"),
            Some("premier-ministre")
        );
    }

    #[test]
    fn ties_go_to_first_printed() {
        let r = Registry::build(&[p(1, "Etat"), p(2, "État")], &Corrections::none()).unwrap();
        assert_eq!(r.institutions[0].name, "Etat");
    }

    #[test]
    fn list_items_are_cleaned() {
        let l = Line {
            no: 1096,
            text: "- Ministère de la Fonction publique ;",
        };
        assert_eq!(
            clean_item(&l).unwrap().name,
            "Ministère de la Fonction publique"
        );
    }
}
