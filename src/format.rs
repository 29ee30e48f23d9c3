//! How figures are written for people: `$160,000`, `83%`, `+45%`, `1–2 days`.
//!
//! One place for it, so a table, a chart label and an accessible description never print the
//! same figure two ways.

use crate::data::{Citation, DurationRange, Percent, Range, Text, TimeUnit, Usd, source};

/// `38000` as `38,000`.
pub fn thousands(value: u32) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `$160,000`.
pub fn usd(value: Usd) -> String {
    format!("${}", thousands(value.0))
}

/// `$160k`, for chart labels; exact thousands print without decimals.
pub fn usd_k(value: Usd) -> String {
    let k = f64::from(value.0) / 1000.0;
    format!("${}k", decimal(k))
}

/// `$120,000–$210,000`.
pub fn usd_range(range: Range<Usd>) -> String {
    format!("{}–{}", usd(range.low), usd(range.high))
}

/// A number with at most one decimal, without a trailing `.0`: `13.5`, `62`.
pub fn decimal(value: f64) -> String {
    // Integer arithmetic: float formatting would add kilobytes of code to the wasm.
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    if tenth == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// `83%`, `13.5%`.
pub fn percent(value: Percent) -> String {
    format!("{}%", decimal(value.0))
}

/// `+45%`, for growth.
pub fn growth(value: Percent) -> String {
    if value.0 >= 0.0 {
        format!("+{}", percent(value))
    } else {
        percent(value)
    }
}

/// `+18%`, `-5%`: a growth rate in percent per year.
pub fn rate_text(rate: f64) -> String {
    growth(Percent(rate))
}

/// `493k`, `1.2M`: a count shortened for an axis or end label.
pub fn short(count: f64) -> String {
    if count >= 1_000_000.0 {
        format!("{}M", decimal(count / 1_000_000.0))
    } else if count >= 100_000.0 {
        format!("{}k", decimal((count / 1000.0).round()))
    } else {
        format!("{}k", decimal(count / 1000.0))
    }
}

/// `3–4`, or `10` when both ends are equal.
pub fn span<T: PartialEq + std::fmt::Display>(range: Range<T>) -> String {
    if range.low == range.high {
        range.low.to_string()
    } else {
        format!("{}–{}", range.low, range.high)
    }
}

/// The unit's name, singular or plural.
pub fn unit_name(unit: TimeUnit, plural: bool) -> &'static str {
    match (unit, plural) {
        (TimeUnit::Seconds, false) => "second",
        (TimeUnit::Seconds, true) => "seconds",
        (TimeUnit::Minutes, false) => "minute",
        (TimeUnit::Minutes, true) => "minutes",
        (TimeUnit::Days, false) => "day",
        (TimeUnit::Days, true) => "days",
        (TimeUnit::Weeks, false) => "week",
        (TimeUnit::Weeks, true) => "weeks",
        (TimeUnit::Months, false) => "month",
        (TimeUnit::Months, true) => "months",
    }
}

/// `2 minutes`, `1 day`.
pub fn duration(value: u32, unit: TimeUnit) -> String {
    format!("{value} {}", unit_name(unit, value != 1))
}

/// `1–2 days`, `3–4 weeks`.
pub fn duration_range(range: DurationRange) -> String {
    let span = span(Range {
        low: range.low,
        high: range.high,
    });
    format!("{span} {}", unit_name(range.unit, range.high != 1))
}

/// `10`, `3–4`, `2.1–2.8`: a count of developers or developer-months, or any range of
/// fractional figures.
pub fn range_text(range: Range<f64>) -> String {
    let (low, high) = (decimal(range.low), decimal(range.high));
    if low == high {
        low
    } else {
        format!("{low}–{high}")
    }
}

/// `1 developer-month`, `21.5–25.5 developer-months`.
pub fn developer_months(range: Range<f64>) -> String {
    let text = range_text(range);
    if text == "1" {
        "1 developer-month".to_string()
    } else {
        format!("{text} developer-months")
    }
}

/// `1 developer`, `10 developers`: a count with its noun, singular or plural.
pub fn count(n: u32, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// A figure's year, or `n.d.` (no date) where its source gives none.
pub fn year(year: Option<u16>) -> String {
    year.map_or_else(|| "n.d.".to_string(), |year| year.to_string())
}

/// The display name of a cited source (its id if it is unknown, which the build rules out).
pub fn source_name(id: &str) -> &str {
    source(id).map_or(id, |s| s.name.as_ref())
}

/// What follows a citation's source names: ` (2025)`, ` (n.d.)`, or nothing when every name
/// already carries the year (`Stack Overflow Developer Survey 2024`).
pub fn citation_year(cite: &Citation) -> String {
    match cite.year {
        Some(year) => {
            let year = year.to_string();
            let names_it = |id: &Text| holds(source_name(id), &year);
            if cite.sources.iter().all(names_it) {
                String::new()
            } else {
                format!(" ({year})")
            }
        }
        None => " (n.d.)".to_string(),
    }
}

/// Whether `text` holds `part`: a plain byte search, for short texts. (`str::contains` brings a
/// whole string-search algorithm into the wasm.)
pub fn holds(text: &str, part: &str) -> bool {
    part.is_empty()
        || text
            .as_bytes()
            .windows(part.len())
            .any(|window| window == part.as_bytes())
}

/// The names of a citation's sources with the figures' year:
/// `Indeed job postings; LinkedIn Jobs postings (2025)`.
pub fn citation(cite: &Citation) -> String {
    let names: Vec<&str> = cite.sources.iter().map(|id| source_name(id)).collect();
    format!("{}{}", names.join("; "), citation_year(cite))
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(38000), "38,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn money_and_percentages_read_as_in_the_article() {
        assert_eq!(usd(Usd(160_000)), "$160,000");
        assert_eq!(usd_k(Usd(175_000)), "$175k");
        assert_eq!(usd_k(Usd(12_500)), "$12.5k");
        assert_eq!(decimal(-0.04), "0");
        assert_eq!(decimal(-2.25), "-2.3");
        assert_eq!(decimal(21.5), "21.5");
        assert_eq!(percent(Percent(13.5)), "13.5%");
        assert_eq!(percent(Percent(83.0)), "83%");
        assert_eq!(growth(Percent(45.0)), "+45%");
        assert_eq!(growth(Percent(-3.0)), "-3%");
    }

    #[test]
    fn citations_carry_a_year_once_or_say_there_is_none() {
        let cite = |sources: &[&'static str], year| Citation {
            sources: sources
                .iter()
                .map(|s| std::borrow::Cow::Borrowed(*s))
                .collect(),
            year,
        };
        assert_eq!(
            citation(&cite(&["so-2024"], Some(2024))),
            "Stack Overflow Developer Survey 2024"
        );
        assert_eq!(
            citation(&cite(&["indeed", "hired"], Some(2025))),
            "Indeed job postings; Hired.com State of Software Engineers Report (2025)"
        );
        assert_eq!(
            citation(&cite(&["discord-blog"], None)),
            "Discord Blog: Why Discord Is Switching from Go to Rust (n.d.)"
        );
        assert_eq!(
            range_text(Range {
                low: 5.0,
                high: 5.0
            }),
            "5"
        );
        assert_eq!(
            range_text(Range {
                low: 21.5,
                high: 25.5
            }),
            "21.5–25.5"
        );
    }

    #[test]
    fn rates_and_counts_shorten_for_labels() {
        assert_eq!(rate_text(18.0), "+18%");
        assert_eq!(rate_text(-5.0), "-5%");
        assert_eq!(short(73_674.0), "73.7k");
        assert_eq!(short(493_000.0), "493k");
        assert_eq!(short(1_234_000.0), "1.2M");
    }

    #[test]
    fn durations_carry_their_unit() {
        let range = DurationRange {
            low: 1,
            high: 2,
            unit: TimeUnit::Days,
        };
        assert_eq!(duration_range(range), "1–2 days");
        assert_eq!(duration(1, TimeUnit::Minutes), "1 minute");
        assert_eq!(duration(90, TimeUnit::Seconds), "90 seconds");
    }
}
