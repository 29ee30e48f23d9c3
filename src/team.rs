//! Team onboarding: how many developers of a team are productive after a number of months.
//!
//! The article reports a few points for a team of ten. Two readings of them are used:
//! - as reported ([`reported_at`]): the last reported figure carries forward, since a developer
//!   who became productive stays productive;
//! - as a ramp ([`Ramp`]) for a team of any size: nobody is productive at month 0, productivity
//!   grows linearly between the reported points, scaled by `size / 10`. The area above the ramp
//!   is the onboarding cost in developer-months.

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

/// The smallest and largest team the ramp is computed for (the advisor's `team` key).
pub const MIN_TEAM: u16 = *crate::data::questions::TEAM.start();
pub const MAX_TEAM: u16 = *crate::data::questions::TEAM.end();

/// `1 developer`, `10 developers`: the team size as the slider shows it.
pub fn size_text(size: u16) -> String {
    crate::format::count(u32::from(size), "developer", "developers")
}

/// Productive developers over time for a team of `size`: `(month, low, high)` points, starting
/// at `(0, 0, 0)`, linear in between, flat after the last.
#[derive(Debug, Clone, PartialEq)]
pub struct Ramp {
    pub size: u16,
    pub points: Vec<(f64, f64, f64)>,
}

impl Ramp {
    /// The article's points for `language`, scaled from its team size to `size`.
    pub fn new(t: &TeamOnboarding, language: Language, size: u16) -> Ramp {
        let scale = f64::from(size) / f64::from(t.team_size.max(1));
        let mut points = vec![(0.0, 0.0, 0.0)];
        points.extend(t.get(language).iter().map(|point| {
            (
                f64::from(point.month),
                f64::from(point.productive.low) * scale,
                f64::from(point.productive.high) * scale,
            )
        }));
        Ramp { size, points }
    }

    /// Productive developers after `month` months, `(low, high)`.
    pub fn at(&self, month: f64) -> (f64, f64) {
        let last = self.points[self.points.len() - 1];
        if month >= last.0 {
            return (last.1, last.2);
        }
        for pair in self.points.windows(2) {
            let ((m0, l0, h0), (m1, l1, h1)) = (pair[0], pair[1]);
            if month <= m1 {
                let f = if m1 > m0 {
                    (month - m0) / (m1 - m0)
                } else {
                    1.0
                };
                return (l0 + (l1 - l0) * f, h0 + (h1 - h0) * f);
            }
        }
        (last.1, last.2)
    }

    /// The month of the last reported point: when the ramp is complete.
    pub fn complete_at(&self) -> f64 {
        self.points[self.points.len() - 1].0
    }

    /// Developer-months not yet productive from month 0 until `until`: the area between the
    /// team size and the ramp. `low` comes from the high end of the productive range.
    pub fn lost_developer_months(&self, until: f64) -> Range<f64> {
        let size = f64::from(self.size);
        let mut lost = Range {
            low: 0.0,
            high: 0.0,
        };
        let mut month = 0.0;
        // Trapezoids: the ramp is linear between the points and flat after the last.
        let mut knots: Vec<f64> = self
            .points
            .iter()
            .map(|p| p.0)
            .filter(|&m| m < until)
            .collect();
        knots.push(until);
        for &next in knots.iter().skip(1) {
            let (l0, h0) = self.at(month);
            let (l1, h1) = self.at(next);
            lost.low += (next - month) * (size - (h0 + h1) / 2.0);
            lost.high += (next - month) * (size - (l0 + l1) / 2.0);
            month = next;
        }
        lost
    }
}

/// Onboarding cost for both languages over the same span, until both ramps are complete:
/// `(go, rust)`.
pub fn lost_developer_months(t: &TeamOnboarding, size: u16) -> (Range<f64>, Range<f64>) {
    let go = Ramp::new(t, Language::Go, size);
    let rust = Ramp::new(t, Language::Rust, size);
    let until = go.complete_at().max(rust.complete_at());
    (
        go.lost_developer_months(until),
        rust.lost_developer_months(until),
    )
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

    #[test]
    fn the_ramp_for_ten_reproduces_the_articles_points() {
        let t = &dataset().team_onboarding;
        let rust = Ramp::new(t, Language::Rust, 10);
        assert_eq!(rust.at(1.0), (3.0, 4.0));
        assert_eq!(rust.at(3.0), (6.0, 7.0));
        assert_eq!(rust.at(6.0), (10.0, 10.0));
        assert_eq!(rust.at(9.0), (10.0, 10.0));
        assert_eq!(rust.at(2.0), (4.5, 5.5));
        let go = Ramp::new(t, Language::Go, 10);
        assert_eq!(go.at(1.0), (10.0, 10.0));
        assert_eq!(go.at(0.5), (5.0, 5.0));
    }

    #[test]
    fn the_ramp_scales_with_the_team() {
        let t = &dataset().team_onboarding;
        let rust = Ramp::new(t, Language::Rust, 50);
        assert_eq!(rust.at(1.0), (15.0, 20.0));
        assert_eq!(rust.at(6.0), (50.0, 50.0));
    }

    #[test]
    fn lost_developer_months_are_the_area_above_the_ramp() {
        let t = &dataset().team_onboarding;
        let (go, rust) = lost_developer_months(t, 10);
        // Go: a triangle, 10 developers ramping up over one month.
        assert_eq!(
            go,
            Range {
                low: 5.0,
                high: 5.0
            }
        );
        // Rust, trapezoids over months 0-1, 1-3 and 3-6. High end of the productive range
        // (4, 7, 10): 8 + 9 + 4.5; low end (3, 6, 10): 8.5 + 11 + 6.
        assert_eq!(
            rust,
            Range {
                low: 21.5,
                high: 25.5
            }
        );
        let (go, rust) = lost_developer_months(t, 20);
        assert_eq!((go.low, rust.low, rust.high), (10.0, 43.0, 51.0));
    }
}
