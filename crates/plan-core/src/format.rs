//! French number formatting: "46 %", "5 000", "1 engagement", "3 engagements".
//!
//! French typography puts a narrow no-break space (U+202F) before `%` and between
//! thousands groups, so a figure never breaks across lines.

/// Narrow no-break space.
pub const NNBSP: char = '\u{202F}';

/// A share (0.4615) as a whole percentage: "46 %". Rounds half away from zero;
/// "–" for a share that is not a number.
pub fn format_percent(share: f64) -> String {
    if !share.is_finite() {
        return "–".into();
    }
    let n = (share * 100.0).round();
    // `-0.4 %` rounds to `-0`; write it as 0.
    let n = if n == 0.0 { 0.0 } else { n };
    format!("{n:.0}{NNBSP}%")
}

/// An integer with thousands groups: 5000 → "5 000", -1234567 → "-1 234 567".
pub fn format_number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(NNBSP);
        }
        out.push(d);
    }
    out
}

/// A count with its noun, French plural rule (0 and 1 take the singular):
/// `count_label(2, "engagement", "engagements")` → "2 engagements". The space is
/// no-break, so the number stays with its noun.
pub fn count_label(n: usize, singular: &str, plural: &str) -> String {
    let noun = if n <= 1 { singular } else { plural };
    format!("{}\u{A0}{noun}", format_number(n as i64))
}

/// French month names, January first.
pub const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// An ISO date as French readers write it: `2016-06-03` → `3 juin 2016`,
/// `2016-07` → `juillet 2016`. Anything else is returned unchanged.
pub fn french_date(iso: &str) -> String {
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .map(|m| FRENCH_MONTHS[m - 1])
    };
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (month(m), d.parse::<u32>()) {
            (Some(m), Ok(d @ 1..=31)) => {
                let day = if d == 1 {
                    "1er".to_string()
                } else {
                    d.to_string()
                };
                format!("{day} {m} {y}")
            }
            _ => iso.to_string(),
        },
        [y, m] if y.len() == 4 => month(m).map_or_else(|| iso.to_string(), |m| format!("{m} {y}")),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_dates() {
        for (iso, want) in [
            ("2016-06-03", "3 juin 2016"),
            ("2016-07", "juillet 2016"),
            ("2016-08-01", "1er août 2016"),
            ("2016-13-01", "2016-13-01"),
            ("2016-06-00", "2016-06-00"),
            ("juin", "juin"),
            ("", ""),
        ] {
            assert_eq!(french_date(iso), want, "{iso}");
        }
    }

    #[test]
    fn percents() {
        let check = |share: f64, expected: &str| {
            assert_eq!(
                format_percent(share),
                expected.replace(' ', "\u{202F}"),
                "{share}"
            )
        };
        check(0.4615, "46 %");
        check(0.0, "0 %");
        check(1.0, "100 %");
        check(0.005, "1 %");
        check(0.004, "0 %");
        check(-0.004, "0 %");
        check(0.125, "13 %");
        check(2.5, "250 %");
        check(f64::NAN, "–");
        check(f64::INFINITY, "–");
    }

    #[test]
    fn numbers() {
        let check = |n: i64, expected: &str| {
            assert_eq!(format_number(n), expected.replace(' ', "\u{202F}"), "{n}")
        };
        check(0, "0");
        check(26, "26");
        check(999, "999");
        check(1000, "1 000");
        check(5000, "5 000");
        check(123456, "123 456");
        check(1234567, "1 234 567");
        check(-1234, "-1 234");
        check(i64::MIN, "-9 223 372 036 854 775 808");
    }

    #[test]
    fn counts() {
        let check = |n: usize, expected: &str| {
            assert_eq!(
                count_label(n, "engagement", "engagements"),
                expected.replace('_', "\u{A0}").replace(' ', "\u{202F}")
            )
        };
        check(0, "0_engagement");
        check(1, "1_engagement");
        check(2, "2_engagements");
        check(1500, "1 500_engagements");
    }
}
