//! How figures are written for people: `$160,000`, `83%`, `+45%`, `1–2 days`.
//!
//! One place for it, so a table, a chart label and an accessible description never print the
//! same figure two ways.

use crate::data::{Citation, DurationRange, Percent, Range, TimeUnit, Usd, source};

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

/// The names of a citation's sources with the figures' year:
/// `Stack Overflow Developer Survey 2024, 2024`.
pub fn citation(cite: &Citation) -> String {
    let names: Vec<&str> = cite
        .sources
        .iter()
        .map(|id| source(id).map_or(id.as_ref(), |s| s.name.as_ref()))
        .collect();
    format!("{} ({})", names.join("; "), cite.year)
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
