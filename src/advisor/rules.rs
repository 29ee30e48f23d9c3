//! The advisor's rules, in one place: how many points each answer gives the language it leans
//! towards, and what margin decides. Which answers lean which way comes from the dataset's
//! `decision_framework` (the article's own mappings); this file adds the weights, the cases the
//! framework leaves open, and the thresholds. Each item names the part of the article it
//! encodes.
//!
//! The tally: Rust points minus Go points. At [`DECIDES`] or more either way, that language; in
//! between, "Go first, then Rust" — the article's own answer for "you still cannot decide".

/// "What do your target employers use? If they use Go, learn Go. If they use Rust, learn Rust."
/// The article's most direct instruction, so it outweighs any single other answer.
pub const EMPLOYERS: u8 = 5;

/// "What do you want to build?" — web, CLI and DevOps to Go; systems, embedded,
/// performance-critical and WebAssembly to Rust.
pub const BUILD: u8 = 3;

/// "If you need to be job-ready in 1-2 months → Go." Rust's learning curve puts "able to
/// contribute to a team project" at 2–3 months, so a short runway weighs as much as the goal.
pub const SHORT_RUNWAY: u8 = 3;

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
/// If you adopt Rust … hopefully all 10 after six months. That onboarding cost is real."
pub const TEAM_ONBOARDING: u8 = 2;

/// "Both / unsure → Go first (broader applicability, faster payoff)": leans to Go a little and
/// otherwise leaves "Go first, then Rust" standing.
pub const GO_FIRST: u8 = 1;

/// The margin (Rust points minus Go points, or the reverse) at which one language is the
/// answer rather than "Go first, then Rust".
pub const DECIDES: i32 = 2;

/// The learning-curve milestone that counts as "productive": a reader whose runway ends before
/// Rust's low estimate for it is never told "Rust" outright ("Go will get you hired faster").
pub const PRODUCTIVE_MILESTONE: &str = "team-project";

/// Margins from which the confidence is "high" and "medium".
pub const HIGH_CONFIDENCE_MARGIN: i32 = 6;
pub const MEDIUM_CONFIDENCE_MARGIN: i32 = 3;
