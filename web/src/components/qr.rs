//! QR codes drawn as SVG: a join code's link on the staff's pages, a certificate's wallet link
//! on the learner's. One `<svg>` with one path, scaled by CSS, announced by its title.

use dala_wire::QrModules;
use yew::prelude::*;

/// The modules around a QR code that must stay light for a reader to find it (ISO/IEC 18004).
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: its side in modules (quiet zone included) and its SVG path in
/// module units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    pub side: usize,
    pub path: String,
}

/// A QR code drawn as one SVG path in module units (quiet zone included), one rectangle per run
/// of dark modules in a row: `dark` holds `width × width` modules, row by row. One path keeps
/// the markup small and leaves no seams between modules.
pub fn drawing(dark: &[bool], width: usize) -> Drawing {
    let mut path = String::new();
    for (row, modules) in dark.chunks(width.max(1)).enumerate() {
        let mut column = 0;
        while column < modules.len() {
            if !modules[column] {
                column += 1;
                continue;
            }
            let start = column;
            while column < modules.len() && modules[column] {
                column += 1;
            }
            let (x, y, run) = (start + QUIET_ZONE, row + QUIET_ZONE, column - start);
            path.push_str(&format!("M{x} {y}h{run}v1h-{run}z"));
        }
    }
    Drawing { side: width + 2 * QUIET_ZONE, path }
}

/// The QR code the server made (the wallet link's): the learner's app carries no QR encoder.
pub fn from_modules(qr: &QrModules) -> Option<Drawing> {
    qr.modules().map(|dark| drawing(&dark, usize::from(qr.width)))
}

/// A QR code of `text` at level M; `None` if the text is too long for any QR code. Only the
/// staff's app calls it: the encoder costs 11 KB (Brotli) of wasm.
pub fn encode(text: &str) -> Option<Drawing> {
    let (dark, width) = dala_wire::qr_code(text)?;
    Some(drawing(&dark, width))
}

#[derive(Properties, PartialEq)]
pub struct QrProps {
    /// The `<svg>`'s id; its title's is `{id}-title`.
    pub id: AttrValue,
    /// What the code holds, in words, for screen readers.
    pub title: String,
    pub drawing: Drawing,
}

/// Dark modules on white whatever the theme, so every reader finds them.
#[function_component(Qr)]
pub fn qr(props: &QrProps) -> Html {
    let side = props.drawing.side.to_string();
    let title_id = format!("{}-title", props.id);
    html! {
        <svg class="qr" id={props.id.clone()} role="img" aria-labelledby={title_id.clone()}
            viewBox={format!("0 0 {side} {side}")} xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <title id={title_id}>{ &props.title }</title>
            <rect width={side.clone()} height={side} fill="#ffffff" />
            <path d={props.drawing.path.clone()} fill="#000000" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_drawing_has_each_run_of_dark_modules_once() {
        // Row 0: dark, dark, light; row 1: light, dark, dark; row 2: dark, light, dark.
        let dark = [true, true, false, false, true, true, true, false, true];
        let drawn = drawing(&dark, 3);
        assert_eq!(drawn.path, "M4 4h2v1h-2zM5 5h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z");
        assert_eq!(drawn.side, 3 + 2 * QUIET_ZONE);
        assert_eq!(drawing(&[false; 4], 2).path, "");
    }

    #[test]
    fn a_join_link_makes_a_qr_code_with_its_quiet_zone() {
        let drawn = encode("https://dala.example.org/join?code=K7QX-M2PD-9HTR").expect("a QR code");
        // 49 bytes need version 4 (33 modules) at level M; plus four modules each side.
        assert_eq!(drawn.side, 33 + 2 * QUIET_ZONE);
        // The finder pattern's top row: seven dark modules from the corner of the quiet zone.
        assert!(drawn.path.starts_with("M4 4h7v1h-7z"), "{}", drawn.path);
        assert!(encode(&"x".repeat(5_000)).is_none(), "too long for any QR code");
    }

    #[test]
    fn the_servers_modules_draw_the_same_code_as_the_encoder() {
        let text = "https://dala.example.org/api/v1/certificates/0b6d2f4e-5c1a-4e7b-9f3d-8a2c6e1b7d40/wallet?key=q3PZ0cWkzN1f8rA2bT5yXg";
        let sent = QrModules::encode(text).expect("a code");
        assert_eq!(from_modules(&sent), encode(text));
        assert_eq!(from_modules(&QrModules { width: 200, ..sent }), None, "too few modules for the width");
    }
}
