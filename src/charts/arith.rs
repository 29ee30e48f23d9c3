//! Float arithmetic the charts need, without the standard library's panicking or heavy paths:
//! `f64::clamp`'s panic message formats floats, and `%` on floats calls `fmod` with 128-bit
//! division; both would bring that code into the wasm.

/// `value` limited to `min..=max`, as `f64::clamp` computes it, but without its panic when
/// `min > max` (then `max`): the panic's message formats floats with `Debug`, which would bring
/// that code into the wasm.
pub fn clamp(value: f64, min: f64, max: f64) -> f64 {
    let mut value = value;
    if value < min {
        value = min;
    }
    if value > max {
        value = max;
    }
    value
}

/// `x % y` for floats, exactly as the `%` operator computes it, by subtracting `y` times powers
/// of two: each subtraction is exact (the larger operand is at most twice the smaller), so the
/// result is the exact remainder, which is what `%` returns. The `%` operator itself calls
/// `fmod` from compiler-builtins, which brings 128-bit division into the wasm.
pub fn remainder(x: f64, y: f64) -> f64 {
    if !x.is_finite() || y.is_nan() || y == 0.0 {
        return f64::NAN;
    }
    let y = y.abs();
    let mut r = x.abs();
    while r >= y {
        let mut multiple = y;
        while multiple * 2.0 <= r {
            multiple *= 2.0;
        }
        r -= multiple;
    }
    if x.is_sign_negative() { -r } else { r }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamp_matches_the_standard_one() {
        for (value, min, max) in [(5.0, 0.0, 10.0), (-1.0, 0.0, 10.0), (11.0, 0.0, 10.0)] {
            assert_eq!(clamp(value, min, max), f64::clamp(value, min, max));
        }
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
        // Where the standard one would panic, the upper bound wins.
        assert_eq!(clamp(5.0, 10.0, 0.0), 0.0);
    }

    #[test]
    fn remainder_is_the_operator_s() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..100_000 {
            let x = (next() % 1_000_000) as f64 / 7.0 + (next() % 1000) as f64 * 0.1;
            let y = (next() % 5000 + 1) as f64 / 64.0 * 1.1;
            assert_eq!(remainder(x, y).to_bits(), (x % y).to_bits(), "{x} % {y}");
        }
        for (x, y) in [
            (9.0, 9.0),
            (0.0, 9.0),
            (-0.0, 9.0),
            (-7.5, 2.0),
            (7.5, -2.0),
            (1e300, 3.0),
            (5e-324, 1e-320),
        ] {
            assert_eq!(remainder(x, y).to_bits(), (x % y).to_bits(), "{x} % {y}");
        }
        for (x, y) in [
            (f64::INFINITY, 1.0),
            (1.0, 0.0),
            (f64::NAN, 1.0),
            (1.0, f64::NAN),
        ] {
            assert!(remainder(x, y).is_nan() && (x % y).is_nan());
        }
        assert_eq!(remainder(3.0, f64::INFINITY), 3.0 % f64::INFINITY);
    }
}
