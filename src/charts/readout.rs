//! Readouts: every figure of a chart, one point at a time. Each chart lists its points of
//! interest in reading order ([`Point`]: the figure, what it is, and where it comes from); its
//! drawing records where each one sits ([`Spot`], through `Painter::spot`). The page shows the
//! readout of the point nearest a pointer ([`hit`]), steps through them with the keyboard
//! ([`step`]), and places the readout beside its point ([`place`]). All of it is plain Rust,
//! tested natively; the page only moves DOM elements.
//!
//! ```
//! use rust_or_go::charts::readout::{Spot, hit};
//! let spots = [Spot::at(10.0, 10.0), Spot::at(100.0, 10.0)];
//! assert_eq!(hit(&spots, (90.0, 14.0), 24.0), Some(1));
//! assert_eq!(hit(&spots, (55.0, 80.0), 24.0), None);
//! ```

/// One figure of a chart, as its readout says it.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The figure with its unit: `$210,000 a year`, `about 25,200 postings`.
    pub value: String,
    /// What it is: `Go, US: 90th percentile of base salary`.
    pub what: String,
    /// Where it comes from: the source's name and year, or `computed from …`.
    pub source: String,
}

impl Point {
    pub fn new(value: String, what: String, source: String) -> Point {
        Point {
            value,
            what,
            source,
        }
    }

    /// The readout as one sentence, for a screen reader.
    pub fn sentence(&self) -> String {
        format!("{}: {}. {}.", self.what, self.value, self.source)
    }
}

/// Where a point sits in a drawing: its anchor (where the highlight goes) and the area a
/// pointer may touch to reach it, in the drawing's pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    pub x: f64,
    pub y: f64,
    /// `(left, top, right, bottom)`.
    pub area: (f64, f64, f64, f64),
}

impl Spot {
    /// A spot that is only its anchor.
    pub fn at(x: f64, y: f64) -> Spot {
        Spot {
            x,
            y,
            area: (x, y, x, y),
        }
    }

    /// A spot anchored at `(x, y)` whose area is the rectangle between two corners (a bar).
    pub fn over(x: f64, y: f64, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> Spot {
        Spot {
            x,
            y,
            area: (x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)),
        }
    }

    /// The same spot with every length divided by `factor` (device to CSS pixels).
    pub fn scaled(self, factor: f64) -> Spot {
        let (l, t, r, b) = self.area;
        Spot {
            x: self.x / factor,
            y: self.y / factor,
            area: (l / factor, t / factor, r / factor, b / factor),
        }
    }

    /// How far `(x, y)` is from the spot's area (0 inside it).
    fn distance(&self, (x, y): (f64, f64)) -> f64 {
        let (l, t, r, b) = self.area;
        let dx = (l - x).max(0.0).max(x - r);
        let dy = (t - y).max(0.0).max(y - b);
        (dx * dx + dy * dy).sqrt()
    }
}

/// The spot a pointer at `at` reaches: the one whose area is nearest, within `tolerance`;
/// among areas equally near (a pointer inside two), the one whose anchor is nearest.
pub fn hit(spots: &[Spot], at: (f64, f64), tolerance: f64) -> Option<usize> {
    // Squared: only compared (and `hypot` would bring kilobytes of maths into the wasm).
    let anchor_distance = |s: &Spot| (s.x - at.0).powi(2) + (s.y - at.1).powi(2);
    let mut best: Option<(usize, f64, f64)> = None;
    for (i, spot) in spots.iter().enumerate() {
        let distance = spot.distance(at);
        if distance > tolerance {
            continue;
        }
        let anchor = anchor_distance(spot);
        let better = best.is_none_or(|(_, d, a)| distance < d || (distance == d && anchor < a));
        if better {
            best = Some((i, distance, anchor));
        }
    }
    best.map(|(i, ..)| i)
}

/// The points drawn at the same place as point `i` (within half a pixel), `i` first: lines that
/// meet, such as two teams fully productive in the same month. A pointer reaches the first of
/// them, and its readout shows them all.
pub fn coincident(spots: &[Spot], i: usize) -> Vec<usize> {
    let Some(here) = spots.get(i) else {
        return Vec::new();
    };
    let mut together = vec![i];
    together.extend((0..spots.len()).filter(|&j| {
        j != i && (spots[j].x - here.x).abs() <= 0.5 && (spots[j].y - here.y).abs() <= 0.5
    }));
    together
}

/// A key that moves through a chart's points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The next point in reading order (Right).
    Next,
    /// The previous one (Left).
    Previous,
    /// The first one (Home).
    First,
    /// The last one (End).
    Last,
    /// The nearest point above, in the other series (Up).
    Up,
    /// The nearest point below (Down).
    Down,
}

impl Key {
    /// The key for a `KeyboardEvent.key` value.
    pub fn from_name(name: &str) -> Option<Key> {
        Some(match name {
            "ArrowRight" => Key::Next,
            "ArrowLeft" => Key::Previous,
            "Home" => Key::First,
            "End" => Key::Last,
            "ArrowUp" => Key::Up,
            "ArrowDown" => Key::Down,
            _ => return None,
        })
    }
}

/// The point a key moves to from `current` (`None`: nothing shown yet). Right and Left stop at
/// the ends; Up and Down go to the nearest point above or below, favouring the same column, and
/// stay put when there is none.
pub fn step(spots: &[Spot], current: Option<usize>, key: Key) -> Option<usize> {
    let last = spots.len().checked_sub(1)?;
    let Some(now) = current.filter(|&i| i <= last) else {
        return Some(match key {
            Key::Previous | Key::Last => last,
            _ => 0,
        });
    };
    Some(match key {
        Key::Next => (now + 1).min(last),
        Key::Previous => now.saturating_sub(1),
        Key::First => 0,
        Key::Last => last,
        Key::Up | Key::Down => {
            let from = spots[now];
            let below = key == Key::Down;
            spots
                .iter()
                .enumerate()
                .filter(|(_, s)| {
                    if below {
                        s.y > from.y + 0.5
                    } else {
                        s.y < from.y - 0.5
                    }
                })
                .map(|(i, s)| (i, (s.x - from.x).abs() * 3.0 + (s.y - from.y).abs()))
                .fold(None, |best: Option<(usize, f64)>, (i, cost)| match best {
                    Some((_, b)) if b <= cost => best,
                    _ => Some((i, cost)),
                })
                .map_or(now, |(i, _)| i)
        }
    })
}

/// Where a readout of `size` goes, as its top-left corner, inside a box of `bounds` (from
/// `(0, 0)`), beside the point at `anchor` without covering it: above it if there is room,
/// else below, right or left; always inside the box, horizontally centred on the point where
/// it can be. `clearance` is how far from the point it keeps.
pub fn place(
    bounds: (f64, f64),
    anchor: (f64, f64),
    size: (f64, f64),
    clearance: f64,
) -> (f64, f64) {
    let (bw, bh) = bounds;
    let (ax, ay) = anchor;
    let (w, h) = size;
    let clamp_x = |x: f64| super::arith::clamp(x, 0.0, (bw - w).max(0.0));
    let clamp_y = |y: f64| super::arith::clamp(y, 0.0, (bh - h).max(0.0));
    let centred = clamp_x(ax - w / 2.0);
    if ay - clearance - h >= 0.0 {
        return (centred, ay - clearance - h);
    }
    if ay + clearance + h <= bh {
        return (centred, ay + clearance);
    }
    let middle = clamp_y(ay - h / 2.0);
    if ax + clearance + w <= bw {
        return (ax + clearance, middle);
    }
    if ax - clearance - w >= 0.0 {
        return (ax - clearance - w, middle);
    }
    // Too big for any side: the side with more room, which covers the point least.
    if ay > bh - ay {
        (centred, clamp_y(ay - clearance - h))
    } else {
        (centred, clamp_y(ay + clearance))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pointer_reaches_the_nearest_area_within_the_tolerance() {
        let bars = [
            Spot::over(80.0, 10.0, (0.0, 5.0), (80.0, 15.0)),
            Spot::over(60.0, 30.0, (0.0, 25.0), (60.0, 35.0)),
        ];
        // Inside a bar, far from its anchor: still that bar.
        assert_eq!(hit(&bars, (5.0, 10.0), 12.0), Some(0));
        assert_eq!(hit(&bars, (5.0, 31.0), 12.0), Some(1));
        // Between the two, nearer the second.
        assert_eq!(hit(&bars, (10.0, 22.0), 12.0), Some(1));
        // Beyond the tolerance of both.
        assert_eq!(hit(&bars, (200.0, 20.0), 12.0), None);
        assert_eq!(hit(&[], (0.0, 0.0), 12.0), None);
        // Overlapping areas: the nearer anchor wins.
        let overlapping = [
            Spot::over(10.0, 0.0, (0.0, -5.0), (100.0, 5.0)),
            Spot::over(90.0, 0.0, (0.0, -5.0), (100.0, 5.0)),
        ];
        assert_eq!(hit(&overlapping, (70.0, 0.0), 12.0), Some(1));
    }

    #[test]
    fn points_drawn_at_one_place_are_found_together() {
        let spots = [Spot::at(5.0, 5.0), Spot::at(50.0, 5.0), Spot::at(50.2, 5.3)];
        assert_eq!(coincident(&spots, 1), [1, 2]);
        assert_eq!(coincident(&spots, 2), [2, 1]);
        assert_eq!(coincident(&spots, 0), [0]);
        assert!(coincident(&spots, 9).is_empty());
    }

    #[test]
    fn keys_walk_in_reading_order_and_across_series() {
        // Two lines of three points: 0 1 2 above 3 4 5.
        let spots: Vec<Spot> = (0..6)
            .map(|i| Spot::at(f64::from(i % 3) * 50.0, if i < 3 { 10.0 } else { 60.0 }))
            .collect();
        assert_eq!(step(&spots, None, Key::Next), Some(0));
        assert_eq!(step(&spots, None, Key::Previous), Some(5));
        assert_eq!(step(&spots, Some(0), Key::Next), Some(1));
        assert_eq!(step(&spots, Some(5), Key::Next), Some(5));
        assert_eq!(step(&spots, Some(0), Key::Previous), Some(0));
        assert_eq!(step(&spots, Some(4), Key::First), Some(0));
        assert_eq!(step(&spots, Some(1), Key::Last), Some(5));
        assert_eq!(step(&spots, Some(1), Key::Down), Some(4));
        assert_eq!(step(&spots, Some(4), Key::Up), Some(1));
        // Nothing below the lower line: stay.
        assert_eq!(step(&spots, Some(4), Key::Down), Some(4));
        assert_eq!(step(&[], None, Key::Next), None);
        assert_eq!(Key::from_name("End"), Some(Key::Last));
        assert_eq!(Key::from_name("a"), None);
    }

    #[test]
    fn a_readout_stays_inside_its_box_and_off_its_point() {
        let bounds = (300.0, 200.0);
        let size = (120.0, 40.0);
        let covers = |(left, top): (f64, f64), (x, y): (f64, f64)| {
            x >= left && x <= left + size.0 && y >= top && y <= top + size.1
        };
        for ax in [0.0, 5.0, 60.0, 150.0, 250.0, 299.0, 300.0] {
            for ay in [0.0, 10.0, 45.0, 100.0, 170.0, 199.0, 200.0] {
                let (left, top) = place(bounds, (ax, ay), size, 8.0);
                assert!(
                    left >= 0.0 && left + size.0 <= bounds.0,
                    "{ax},{ay}: x {left}"
                );
                assert!(top >= 0.0 && top + size.1 <= bounds.1, "{ax},{ay}: y {top}");
                assert!(!covers((left, top), (ax, ay)), "{ax},{ay} covered");
            }
        }
        // Above the point where it fits, centred on it.
        assert_eq!(place(bounds, (150.0, 100.0), size, 8.0), (90.0, 52.0));
        // Below a point near the top.
        assert_eq!(place(bounds, (150.0, 10.0), size, 8.0), (90.0, 18.0));
    }
}
