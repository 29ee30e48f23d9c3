//! The app icon, drawn from one definition: the SVG favicon and the PNG icons of the web app
//! manifest (192 and 512 px, and a maskable 512 px) all come from [`draw`], rendered by the
//! post-build helper. No hand-made image files.
//!
//! Two bars on a dark square: Go's (blue) and Rust's (orange), on a baseline. The maskable
//! icon keeps them inside the central 80% safe zone, since launchers may crop to a circle.

use crate::charts::draw::{DrawResult, Surface};
use plotters_backend::BackendColor;

/// Icon sizes the manifest lists, in pixels: `(file, size, maskable)`.
pub const PNG_ICONS: [(&str, u32, bool); 3] = [
    ("icon-192.png", 192, false),
    ("icon-512.png", 512, false),
    ("icon-maskable-512.png", 512, true),
];

const BACKGROUND: (u8, u8, u8) = (0x1b, 0x1d, 0x21);
const GO: (u8, u8, u8) = (0x56, 0xb4, 0xe9);
const RUST: (u8, u8, u8) = (0xf0, 0xa4, 0x5d);
const BASELINE: (u8, u8, u8) = (0xe8, 0xea, 0xed);

/// Draws the icon on a `size` × `size` surface.
pub fn draw(surface: &dyn Surface, size: u32, maskable: bool) -> DrawResult {
    let s = f64::from(size);
    let color = |rgb| BackendColor { alpha: 1.0, rgb };
    // Everything is laid out on a 100-unit grid; the maskable icon shrinks the art to the
    // safe zone (a circle of 80% of the width) around the centre.
    let scale = if maskable { 0.72 } else { 1.0 };
    let at = |x: f64, y: f64| {
        let u = |v: f64| ((50.0 + (v - 50.0) * scale) / 100.0 * s).round() as i32;
        (u(x), u(y))
    };
    surface.rect([(0, 0), (size as i32, size as i32)], color(BACKGROUND))?;
    surface.rect([at(20.0, 40.0), at(44.0, 80.0)], color(GO))?;
    surface.rect([at(56.0, 24.0), at(80.0, 80.0)], color(RUST))?;
    surface.rect([at(18.0, 80.0), at(82.0, 84.0)], color(BASELINE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::draw::Backend;
    use plotters::prelude::SVGBackend;

    #[test]
    fn the_maskable_art_stays_in_the_safe_zone() {
        let mut svg = String::new();
        {
            let surface = Backend::new(SVGBackend::with_string(&mut svg, (512, 512)));
            draw(&surface, 512, true).unwrap();
            surface.present().unwrap();
        }
        // Every rectangle but the background lies within the central circle of radius 40%.
        let radius = 0.4 * 512.0;
        for rect in svg.split("<rect").skip(2) {
            let number = |name: &str| -> f64 {
                let start = rect.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                rect[start..].split('"').next().unwrap().parse().unwrap()
            };
            let (x, y, w, h) = (number("x"), number("y"), number("width"), number("height"));
            for (cx, cy) in [(x, y), (x + w, y), (x, y + h), (x + w, y + h)] {
                let distance = ((cx - 256.0).powi(2) + (cy - 256.0).powi(2)).sqrt();
                assert!(
                    distance <= radius,
                    "corner ({cx}, {cy}) is {distance} from the centre"
                );
            }
        }
    }
}
