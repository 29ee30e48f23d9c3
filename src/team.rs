//! Team onboarding: how many developers of a team are productive after a number of months.
//!
//! The article reports a few points for a team of ten; between and after them the last reported
//! figure carries forward (a developer who became productive stays productive).

use crate::data::{Language, Range, TeamOnboarding};

/// Productive developers after `month` months, as reported: the latest point at or before
/// `month`, or `None` before the first point.
pub fn reported_at(t: &TeamOnboarding, language: Language, month: u8) -> Option<Range<u16>> {
    t.get(language)
        .iter()
        .take_while(|point| point.month <= month)
        .last()
        .map(|point| point.productive)
}

/// Every month that either language reports, in order.
pub fn reported_months(t: &TeamOnboarding) -> Vec<u8> {
    let mut months: Vec<u8> = Language::BOTH
        .iter()
        .flat_map(|&language| t.get(language).iter().map(|point| point.month))
        .collect();
    months.sort_unstable();
    months.dedup();
    months
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    #[test]
    fn reported_points_carry_forward() {
        let t = &dataset().team_onboarding;
        assert_eq!(reported_months(t), vec![1, 3, 6]);
        assert_eq!(
            reported_at(t, Language::Go, 3),
            Some(Range { low: 10, high: 10 })
        );
        assert_eq!(
            reported_at(t, Language::Rust, 1),
            Some(Range { low: 3, high: 4 })
        );
        assert_eq!(
            reported_at(t, Language::Rust, 4),
            Some(Range { low: 6, high: 7 })
        );
        assert_eq!(reported_at(t, Language::Rust, 0), None);
    }
}
