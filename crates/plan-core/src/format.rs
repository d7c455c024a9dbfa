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
    // An integer: `-0.4 %` rounds to 0, not `-0`.
    let n = (share * 100.0).round() as i64;
    format!("{n}{NNBSP}%")
}

/// `value` written with at most `places` decimals, trailing zeros dropped
/// (`dec(16.0, 2)` → "16", `dec(45.678, 2)` → "45.68"), for SVG coordinates
/// and CSS. Integer arithmetic only: Rust's float formatting is ~12 KB of
/// wasm that nothing else needs. Not-a-number is written 0.
pub fn dec(value: f64, places: u8) -> Decimal {
    Decimal { value, places }
}

/// See [`dec`].
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    value: f64,
    places: u8,
}

impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let places = u32::from(self.places.min(9));
        let scale = 10i64.pow(places);
        let scaled = self.value * scale as f64;
        // `as` saturates; non-finite values become 0.
        let n = if scaled.is_finite() {
            scaled.round() as i64
        } else {
            0
        };
        let sign = if n < 0 { "-" } else { "" };
        let n = n.unsigned_abs();
        let scale = scale.unsigned_abs();
        let (int, mut frac) = (n / scale, n % scale);
        write!(f, "{sign}{int}")?;
        if frac != 0 {
            let mut digits = places as usize;
            while frac % 10 == 0 {
                frac /= 10;
                digits -= 1;
            }
            write!(f, ".{frac:0digits$}")?;
        }
        Ok(())
    }
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
    match iso_date(iso) {
        Some((y, m, Some(d))) => {
            let day = if d == 1 {
                "1er".to_string()
            } else {
                d.to_string()
            };
            format!("{day} {} {y}", FRENCH_MONTHS[m])
        }
        Some((y, m, None)) => format!("{} {y}", FRENCH_MONTHS[m]),
        None => iso.to_string(),
    }
}

/// An ISO date `YYYY-MM-DD` or `YYYY-MM` as (year, month index from 0, day):
/// what [`french_date`] and `i18n::format_date` write; `None` for anything
/// else.
pub(crate) fn iso_date(iso: &str) -> Option<(&str, usize, Option<u32>)> {
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .filter(|m| (1..=12).contains(m))
            .map(|m| m - 1)
    };
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (month(m), d.parse::<u32>()) {
            (Some(m), Ok(d @ 1..=31)) => Some((y, m, Some(d))),
            _ => None,
        },
        [y, m] if y.len() == 4 => month(m).map(|m| (*y, m, None)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_without_float_formatting() {
        for (v, places, want) in [
            (16.0, 2, "16"),
            (45.678, 2, "45.68"),
            (45.6, 2, "45.6"),
            (0.05, 2, "0.05"),
            (98.00000000000001, 2, "98"),
            (-3.25, 1, "-3.3"),
            (-0.001, 2, "0"),
            (33.3333, 3, "33.333"),
            (100.0, 3, "100"),
            (0.5, 0, "1"),
            (f64::NAN, 2, "0"),
            (f64::INFINITY, 2, "0"),
        ] {
            assert_eq!(dec(v, places).to_string(), want, "{v} with {places}");
        }
        // Agrees with Rust's own formatting away from exact ties.
        for i in 0..2000 {
            let v = f64::from(i) * 0.731 - 300.0;
            if ((v * 100.0).fract().abs() - 0.5).abs() < 1e-6 {
                continue; // a tie: Rust rounds the exact binary value
            }
            let rust = format!("{v:.2}");
            let rust = rust.trim_end_matches('0').trim_end_matches('.');
            let rust = if rust == "-0" { "0" } else { rust };
            assert_eq!(dec(v, 2).to_string(), rust, "{v}");
        }
    }

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
