//! The advisor's rules, in one place, each quoting the part of the article it encodes.
//!
//! The order is the contract with the article (PRODUCT.md, "How the advisor may decide"):
//!
//! 1. **The article's explicit instructions come first**, and no weighting overturns them:
//!    - target employers that use Go or Rust decide the verdict ([`Rule::Employers`]);
//!    - a runway of 1–2 months decides Go, so it never gets "Rust" ([`Rule::ShortRunway`]),
//!      unless target employers that use Rust decided first;
//!    - someone who already knows one of the two is never told to learn it (the headline,
//!      [`super::headline`], speaks to what they know).
//! 2. **Then the other answers add points**: each answered question leans the way the article's
//!    decision framework maps it (the mappings are in the dataset, `decision_framework`) and
//!    adds the weight below. Rust points minus Go points at [`DECIDES`] or more either way
//!    gives that language; anything closer gives "Go first, then Rust", the article's own
//!    answer for "you still cannot decide".

use crate::data::Language;
use std::ops::RangeInclusive;

/// An explicit instruction of the article, applied before any points are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// "What do your target employers use? … If they use Go, learn Go. If they use Rust,
    /// learn Rust. Do not learn Rust because it is 'cooler' if every company you want to work
    /// at uses Go." The article's most direct instruction: when the employers use one of the
    /// two, that is the verdict, whatever the other answers add up to. Answers that point the
    /// other way are shown as outweighed, and a runway too short for Rust as a warning.
    Employers(Language),
    /// "If you need to be job-ready in 1-2 months → Go." Rust's learning curve puts "able to
    /// contribute to a team project" at 2–3 months ([`PRODUCTIVE_MILESTONE`]), so a runway of
    /// [`SHORT_RUNWAY_MONTHS`] decides Go, whatever the other answers add up to; Rust can come
    /// after ("learn both, eventually"). Only employers that use Rust come before it: then the
    /// runway shows as a warning.
    ShortRunway,
}

/// The runway of [`Rule::ShortRunway`], in months.
pub const SHORT_RUNWAY_MONTHS: RangeInclusive<u8> = 1..=2;

/// The learning-curve milestone that counts as productive, quoted beside the runway rule.
pub const PRODUCTIVE_MILESTONE: &str = "team-project";

/// "What do you want to build?" — web, CLI and DevOps to Go; systems, embedded,
/// performance-critical and WebAssembly to Rust.
pub const BUILD: u8 = 3;

/// "Both / unsure → Go first (broader applicability, faster payoff)": leans to Go a little and
/// otherwise leaves "Go first, then Rust" standing.
pub const GO_FIRST: u8 = 1;

/// "If you can invest 6+ months of serious learning → Rust is viable." Viable, not preferred:
/// a small push only.
pub const LONG_RUNWAY: u8 = 1;

/// "Maximum job postings → Go (3x more listings); maximum salary → Rust ($15k higher median,
/// but fewer positions)."
pub const OPTIMIZE: u8 = 2;

/// "Coming from Python, JavaScript, Ruby → Go (smallest conceptual jump); coming from C/C++ →
/// Rust (familiar territory)." Java and C#: "Either".
pub const BACKGROUND: u8 = 2;

/// Someone who already knows one of the two: "Learn both, eventually" — the other one next.
/// Not in the framework's questions, so it only nudges.
pub const KNOWS_THE_OTHER: u8 = 1;

/// "In emerging markets … Go has far more market presence than Rust", with remote Go roles
/// "approximately 4-5x more plentiful" and Rust salary data in India "scarce".
pub const EMERGING_MARKET: u8 = 2;

/// "If your team has 10 developers and you adopt Go, all 10 will be productive within a month.
/// If you adopt Rust … hopefully all 10 after six months. That onboarding cost is real and
/// should factor into language choice for team projects." A team is two or more people.
pub const TEAM_ONBOARDING: u8 = 2;

/// The smallest team that team mode applies to: one person is not a team.
pub const MIN_TEAM_SIZE: u16 = 2;

/// The margin (Rust points minus Go points, or the reverse) at which one language is the
/// answer rather than "Go first, then Rust".
pub const DECIDES: i32 = 2;

/// Margins from which the confidence is "high" and "medium".
pub const HIGH_CONFIDENCE_MARGIN: i32 = 6;
pub const MEDIUM_CONFIDENCE_MARGIN: i32 = 3;
