//! Renders a certificate of course completion as a small one-page PDF (A4 landscape).
//!
//! Learners pay for every byte they download, so the file carries only what it draws: a subset of
//! DejaVu Sans with just the glyphs used, Flate-compressed streams and a QR code drawn as vector
//! rectangles rather than an image. DejaVu Sans covers the scripts of every interface language:
//! Latin, Cyrillic (Kazakh's ә ғ қ ң ө ұ ү һ і, Tajik's ӣ ӯ ҳ ҷ) and Arabic for Dari.
//!
//! Text is laid out paragraph by paragraph with the Unicode bidi algorithm (UAX #9,
//! `unicode-bidi`) and shaped with rustybuzz, run by run (one bidi level, one script): Arabic
//! letters join, marks sit on their letters, kerning is the font's. A paragraph runs in the
//! direction of the certificate's language (labels, course title), in its own direction from its
//! first strong letter (the learner's and the issuer's names, the date), or left to right
//! (identifier, address). Lines break at spaces on the shaped glyphs, in logical order, and each
//! line is then put into visual order; every line is centred or aligned as before, right-to-left
//! lines too. Every string is shrunk, wrapped or cut so that it stays on the page whatever its
//! length.
//!
//! Extraction (copy, search, `pdftotext`) has to give the text back as typed. Each glyph's CID maps
//! in the ToUnicode table to the characters of its cluster (a ligature to all of them), and a
//! glyph drawn for two different texts gets one CID per text. A line with no right-to-left text
//! also carries its logical text as `/ActualText`. A right-to-left line does not: poppler, like
//! most extractors, reads the glyphs in visual order and reverses right-to-left runs itself, and
//! it does that to an ActualText too, giving Dari back reversed. So its ToUnicode strings are in
//! visual order (a right-to-left cluster's characters reversed) and poppler's reordering makes the
//! logical text of them. Its reordering is simpler than UAX #9: around a change of direction
//! inside a line (a Latin word or a number in Dari) it adds embedding marks and can move a space.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::ops::Range;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Settings, Str, TextStr};
use rustybuzz::UnicodeBuffer;
use subsetter::GlyphRemapper;
use ttf_parser::GlyphId;
use unicode_bidi::{BidiInfo, Level};
use unicode_script::UnicodeScript as _;

/// The words printed on a certificate, already in the learner's language.
#[derive(Debug, Clone)]
pub struct Labels {
    /// The title of the page, e.g. "Certificate of completion".
    pub heading: String,
    /// The line above the learner's name, e.g. "This certifies that".
    pub awarded_to: String,
    /// The line between the name and the course title, e.g. "has completed the course".
    pub completed: String,
    /// The caption of the completion date, e.g. "Completed on".
    pub date: String,
    /// The caption of the issuing organization, e.g. "Issued by".
    pub issuer: String,
    /// The caption of the certificate's identifier, e.g. "Certificate ID".
    pub certificate_id: String,
    /// The hint beside the QR code, e.g. "Scan the code or open this address to verify".
    pub verify: String,
}

/// Everything printed on one learner's certificate.
#[derive(Debug, Clone)]
pub struct Certificate<'a> {
    /// The learner's name as they want it printed.
    pub display_name: &'a str,
    /// The course's title in the language it was published in.
    pub course_title: &'a str,
    /// The completion date, already formatted for the learner's language, e.g. "23 November 2026".
    pub completed_on: &'a str,
    /// The organization that issues the certificate.
    pub issuer_name: &'a str,
    /// The certificate's identifier, e.g. "urn:uuid:0b6d…".
    pub certificate_id: &'a str,
    /// The address where anyone can check the certificate; it goes into the QR code and is
    /// printed below it.
    pub verify_url: &'a str,
    /// The captions, in the learner's language.
    pub labels: &'a Labels,
    /// Whether the certificate's language (the course's) is written right to left, as Dari is:
    /// its lines then run right to left (still centred), and so do the course title's.
    pub right_to_left: bool,
}

/// Renders the certificate as a PDF file (A4 landscape, 842 x 595 pt).
pub fn render(certificate: &Certificate) -> Vec<u8> {
    let mut page = Page::new(certificate.right_to_left);
    page.draw_border();
    layout(&mut page, certificate);
    let title = format!("{} – {}", clean(&certificate.labels.heading), clean(certificate.display_name));
    page.finish(&title)
}

// Sizes are in PDF points (1/72 inch); A4 landscape is 842 x 595.
const PAGE_WIDTH: f32 = 842.0;
const PAGE_HEIGHT: f32 = 595.0;
const MM: f32 = 72.0 / 25.4;
/// The distance from the left and right page edges to the text.
const MARGIN: f32 = 56.0;
/// The lowest point any text reaches, well inside the border.
const BOTTOM: f32 = 42.0;
/// The side of the QR code including its quiet zone. A 200-character address needs a version 10
/// code (57 modules plus 8 of quiet zone), which makes each module about 1.8 pt: still easy for a
/// phone camera, and a scan at 150 dpi reads it.
const QR_SIZE: f32 = 42.0 * MM;
/// ISO/IEC 18004 asks for four light modules around the symbol.
const QUIET_ZONE: f32 = 4.0;
/// Text longer than this cannot fit anyway; cutting it first keeps the layout loops short.
const MAX_CHARS: usize = 400;
const LINE_HEIGHT: f32 = 1.2;
/// No indentation or line breaks for people reading the raw file: they would cost bytes.
const COMPACT: Settings = Settings { pretty: false };

type Rgb = [f32; 3];
const INK: Rgb = [0.13, 0.15, 0.18];
const MUTED: Rgb = [0.38, 0.41, 0.45];
const ACCENT: Rgb = [0.04, 0.32, 0.44];

/// Lays out every element of the page, from the bottom row up, so that long strings push the
/// middle together instead of pushing anything off the page.
fn layout(page: &mut Page, certificate: &Certificate) {
    let labels = certificate.labels;
    let centre = PAGE_WIDTH / 2.0;
    let style = |weight, size, min_size, max_lines, color| Style { weight, size, min_size, max_lines, color };

    // The QR code sits in the bottom right corner with its address below it. An address too long
    // for any QR code (thousands of characters) still gets printed, only the code is left out.
    let code = dala_wire::qr_code(certificate.verify_url);
    let modules = code.as_ref().map_or(41, |(_, width)| *width) as f32 + 2.0 * QUIET_ZONE;
    let quiet = QR_SIZE / modules * QUIET_ZONE;
    let qr_right = PAGE_WIDTH - MARGIN + quiet;
    let qr_left = qr_right - QR_SIZE;
    let left_width = 300.0;
    let url_width = PAGE_WIDTH - 2.0 * MARGIN - left_width - 24.0;
    let url = page.fit(
        certificate.verify_url,
        Direction::LeftToRight,
        style(Weight::Regular, 7.0, 6.0, 3, MUTED),
        url_width,
    );
    let qr_bottom = BOTTOM + url.height() + 2.0;
    page.draw(&url, PAGE_WIDTH - MARGIN, BOTTOM + url.height(), Align::Right);
    if let Some((dark, width)) = &code {
        page.draw_qr(dark, *width, qr_left, qr_bottom, QR_SIZE);
    }

    // Both text columns end level with the lowest dark modules of the code.
    let columns_bottom = qr_bottom + quiet;
    let left = [
        page.fit(&labels.date, Direction::Language, style(Weight::Regular, 9.0, 7.0, 1, MUTED), left_width),
        page.fit(
            certificate.completed_on,
            Direction::Own,
            style(Weight::Regular, 13.0, 9.0, 1, INK),
            left_width,
        ),
        page.fit(&labels.issuer, Direction::Language, style(Weight::Regular, 9.0, 7.0, 1, MUTED), left_width),
        page.fit(
            certificate.issuer_name,
            Direction::Own,
            style(Weight::Regular, 13.0, 9.0, 2, INK),
            left_width,
        ),
    ];
    let left_top = page.draw_stack(&left, &[3.0, 12.0, 3.0], MARGIN, columns_bottom, Align::Left);

    let right_edge = qr_left;
    let right_width = right_edge - (MARGIN + left_width + 24.0);
    let right = [
        page.fit(
            &labels.certificate_id,
            Direction::Language,
            style(Weight::Regular, 9.0, 7.0, 1, MUTED),
            right_width,
        ),
        page.fit(
            certificate.certificate_id,
            Direction::LeftToRight,
            style(Weight::Regular, 10.0, 7.0, 2, INK),
            right_width,
        ),
        page.fit(
            &labels.verify,
            Direction::Language,
            style(Weight::Regular, 8.0, 6.0, 3, MUTED),
            right_width,
        ),
    ];
    let right_top = page.draw_stack(&right, &[3.0, 12.0], right_edge, columns_bottom, Align::Right);
    let bottom_row_top = left_top.max(right_top).max(qr_bottom + QR_SIZE - quiet);

    // The heading at the top, underlined by a short rule.
    let heading = page.fit(
        &labels.heading,
        Direction::Language,
        style(Weight::Bold, 30.0, 16.0, 2, ACCENT),
        PAGE_WIDTH - 200.0,
    );
    let heading_top = PAGE_HEIGHT - 62.0;
    page.draw(&heading, centre, heading_top, Align::Center);
    let rule_y = heading_top - heading.height() - 14.0;
    page.draw_rule(centre - 36.0, centre + 36.0, rule_y, 1.0);

    // The middle: who completed what, centred in the space left between the top and the bottom
    // row. Long translations and titles first shrink within their own limits; if all of them
    // together are still too tall, everything shrinks a step at a time until it fits.
    let space_top = rule_y - 22.0;
    let space_bottom = bottom_row_top + 22.0;
    let space = space_top - space_bottom;
    let width = PAGE_WIDTH - 2.0 * MARGIN - 40.0;
    let mut scale = 1.0;
    let (middle, gaps) = loop {
        let s = scale;
        let middle = [
            page.fit(
                &labels.awarded_to,
                Direction::Language,
                style(Weight::Regular, 16.0 * s, 9.0, 2, MUTED),
                width,
            ),
            page.fit(
                certificate.display_name,
                Direction::Own,
                style(Weight::Bold, 40.0 * s, 7.0, 1, ACCENT),
                width,
            ),
            page.fit(
                &labels.completed,
                Direction::Language,
                style(Weight::Regular, 16.0 * s, 9.0, 2, MUTED),
                width,
            ),
            page.fit(
                certificate.course_title,
                Direction::Language,
                style(Weight::Bold, 24.0 * s, 9.0, 3, INK),
                width,
            ),
        ];
        let gaps = [14.0 * s, 24.0 * s, 12.0 * s];
        // The minimum sizes alone always fit, so the scale need not go far.
        if stack_height(&middle, &gaps) <= space || scale < 0.5 {
            break (middle, gaps);
        }
        scale *= 0.9;
    };
    let top = space_top - ((space - stack_height(&middle, &gaps)) / 2.0).max(0.0);
    page.draw_stack_down(&middle, &gaps, centre, top, Align::Center);
}

/// Removes what would print as boxes or break the layout: line breaks and other white space
/// become single spaces, control and invisible formatting characters go, and overlong text is cut.
fn clean(text: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        if c.is_control() || is_invisible(c) {
            continue;
        }
        if count == MAX_CHARS {
            out.push('…');
            break;
        }
        out.push(c);
        count += 1;
    }
    out.truncate(out.trim_end().len());
    out
}

/// Format characters that have no look of their own (soft hyphen, zero-width and direction marks,
/// variation selectors, byte order mark): they turn up in names pasted from elsewhere.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}'
            | '\u{34F}'
            | '\u{61C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
    )
}

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Regular = 0,
    Bold = 1,
}

/// One of the two bundled fonts, and the glyphs of it this document has drawn so far.
struct Font {
    /// The font as the shaper reads it; it dereferences to ttf-parser's `Face`.
    face: rustybuzz::Face<'static>,
    data: &'static [u8],
    postscript_name: &'static str,
    resource: Name<'static>,
    units_per_em: f32,
    /// The glyphs drawn so far, renumbered for the subset.
    subset: GlyphRemapper,
    /// What each CID draws and stands for, indexed by CID. A glyph drawn for two different texts
    /// (a ligature and the letters it joins, a letter two scripts share) gets a CID for each, so
    /// that the ToUnicode map can give each its own text. CID 0 is .notdef standing for nothing.
    cids: Vec<Cid>,
    /// The CID already given to a glyph id and text.
    cid_of: BTreeMap<(u16, String), u16>,
}

struct Cid {
    /// The glyph's id in the bundled font.
    glyph: GlyphId,
    /// Its id in the subset, which the CIDToGIDMap points to.
    subset_glyph: u16,
    /// The characters it stands for in the ToUnicode map; empty for a glyph that is the second
    /// or later glyph of its cluster (a mark drawn apart from its letter).
    text: String,
}

impl Font {
    fn load(data: &'static [u8], postscript_name: &'static str, resource: Name<'static>) -> Font {
        // The fonts are compiled in and exercised by the tests: failing to parse is a build bug.
        let face = rustybuzz::Face::from_slice(data, 0).expect("the bundled DejaVu font parses");
        let units_per_em = face.units_per_em() as f32;
        let subset = GlyphRemapper::new();
        let notdef = Cid { glyph: GlyphId(0), subset_glyph: 0, text: String::new() };
        let cid_of = BTreeMap::from([((0, String::new()), 0)]);
        Font { face, data, postscript_name, resource, units_per_em, subset, cids: vec![notdef], cid_of }
    }

    /// Converts font units to thousandths of an em, the unit of PDF glyph widths. Layout uses the
    /// same rounded numbers as the /W array so that what is measured is what viewers draw.
    fn to_pdf_units(&self, value: f32) -> i32 {
        (value * 1000.0 / self.units_per_em).round() as i32
    }

    fn ascent(&self) -> f32 {
        f32::from(self.face.ascender()) / self.units_per_em
    }

    fn descent(&self) -> f32 {
        -f32::from(self.face.descender()) / self.units_per_em
    }

    /// A glyph's own advance, the width the /W array gives its CIDs.
    fn default_advance(&self, id: GlyphId) -> i32 {
        self.to_pdf_units(f32::from(self.face.glyph_hor_advance(id).unwrap_or(0)))
    }

    /// Shapes one paragraph laid out with base level `base`: resolves its bidi levels (UAX #9),
    /// splits it into runs of one level and one script, and shapes each run in its direction
    /// with rustybuzz, which joins Arabic letters, places marks and applies kerning. Characters
    /// the font lacks become .notdef.
    fn shape(&self, text: &str, base: Level) -> Shaped {
        let levels = BidiInfo::new(text, Some(base)).levels;
        let mut glyphs: Vec<Glyph> = Vec::with_capacity(text.len());
        for (run, script) in runs(text, &levels) {
            let level = levels[run.start];
            let mut buffer = UnicodeBuffer::new();
            buffer.push_str(&text[run.clone()]);
            buffer.set_direction(if level.is_rtl() {
                rustybuzz::Direction::RightToLeft
            } else {
                rustybuzz::Direction::LeftToRight
            });
            if let Some(script) = script {
                buffer.set_script(script);
            }
            buffer.guess_segment_properties();
            let shaped = rustybuzz::shape(&self.face, &[], buffer);
            let start = glyphs.len();
            for (info, position) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                let cluster = run.start + info.cluster as usize;
                glyphs.push(Glyph {
                    id: GlyphId(u16::try_from(info.glyph_id).unwrap_or(0)),
                    cluster,
                    text: cluster..cluster,
                    level,
                    advance: self.to_pdf_units(position.x_advance as f32),
                    x_offset: self.to_pdf_units(position.x_offset as f32),
                    y_offset: self.to_pdf_units(position.y_offset as f32),
                });
            }
            // The shaper gives a right-to-left run in visual order; lines are broken in logical
            // order and put back into visual order afterwards.
            if level.is_rtl() {
                glyphs[start..].reverse();
            }
        }
        // The first glyph of each cluster stands for the cluster's characters.
        for i in 0..glyphs.len() {
            if i > 0 && glyphs[i - 1].cluster == glyphs[i].cluster {
                continue;
            }
            let end =
                glyphs[i..].iter().map(|g| g.cluster).find(|&c| c > glyphs[i].cluster).unwrap_or(text.len());
            glyphs[i].text = glyphs[i].cluster..end;
        }
        Shaped { text: text.to_owned(), base, glyphs }
    }

    /// Adds a glyph to the subset and returns the CID that draws it standing for `text`.
    fn use_glyph(&mut self, id: GlyphId, text: &str) -> u16 {
        let key = (id.0, text.to_owned());
        if let Some(&cid) = self.cid_of.get(&key) {
            return cid;
        }
        let subset_glyph = self.subset.remap(id.0);
        // A page draws a few thousand glyphs at most (every string is cut at MAX_CHARS), far
        // below the 65,536 CIDs two bytes can name.
        let cid = u16::try_from(self.cids.len()).unwrap_or(u16::MAX);
        self.cids.push(Cid { glyph: id, subset_glyph, text: key.1.clone() });
        self.cid_of.insert(key, cid);
        cid
    }
}

/// Splits text into runs of one bidi level and one script, the units a shaper takes. Characters
/// of no script of their own (spaces, digits, punctuation, combining marks) stay in the run they
/// are in.
fn runs(text: &str, levels: &[Level]) -> Vec<(Range<usize>, Option<rustybuzz::Script>)> {
    let mut runs: Vec<(Range<usize>, Option<unicode_script::Script>)> = Vec::new();
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let script = Some(c.script()).filter(|s| {
            !matches!(
                s,
                unicode_script::Script::Common
                    | unicode_script::Script::Inherited
                    | unicode_script::Script::Unknown
            )
        });
        match runs.last_mut() {
            Some((run, run_script))
                if levels[run.start] == levels[i]
                    && (script.is_none() || run_script.is_none() || *run_script == script) =>
            {
                run.end = end;
                *run_script = run_script.or(script);
            }
            _ => runs.push((i..end, script)),
        }
    }
    runs.into_iter()
        .map(|(run, script)| {
            let tag = script.map(|s| ttf_parser::Tag::from_bytes_lossy(s.short_name().as_bytes()));
            (run, tag.and_then(rustybuzz::Script::from_iso15924_tag))
        })
        .collect()
}

/// Which way a paragraph runs: its base level in the Unicode bidi algorithm (UAX #9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// Left to right whatever the text: identifiers and addresses.
    LeftToRight,
    /// The certificate's language's direction: the labels, the date and the course title, which
    /// are written in that language.
    Language,
    /// The text's own, from its first strong letter (UAX #9, P2 and P3), or else the language's:
    /// names of people and organizations, written in any script.
    Own,
}

/// A paragraph shaped into glyphs.
struct Shaped {
    text: String,
    /// The paragraph's base level: 0 left to right, 1 right to left.
    base: Level,
    /// In logical order: cluster by cluster as the text runs, whatever the direction.
    glyphs: Vec<Glyph>,
}

impl Shaped {
    fn is_space(&self, i: usize) -> bool {
        &self.text[self.glyphs[i].text.clone()] == " "
    }

    /// Where glyph `i`'s cluster begins in the text, or the text's end past the last glyph.
    fn offset(&self, i: usize) -> usize {
        self.glyphs.get(i).map_or(self.text.len(), |glyph| glyph.cluster)
    }

    /// The line of glyphs `range` (whole clusters), in visual order (UAX #9, L2).
    fn line(&self, range: Range<usize>) -> Line {
        let bytes = self.offset(range.start)..self.offset(range.end);
        let glyphs = &self.glyphs[range];
        let levels: Vec<Level> = glyphs.iter().map(|glyph| glyph.level).collect();
        let glyphs = BidiInfo::reorder_visual(&levels)
            .into_iter()
            .map(|i| {
                let glyph = &glyphs[i];
                let text = glyph.text.start - bytes.start..glyph.text.end - bytes.start;
                Glyph { text, ..glyph.clone() }
            })
            .collect();
        Line { text: self.text[bytes].to_owned(), glyphs }
    }
}

#[derive(Debug, Clone)]
struct Glyph {
    id: GlyphId,
    /// Where its cluster begins in the text.
    cluster: usize,
    /// The characters it stands for, for the ToUnicode map: the whole cluster for its first
    /// glyph, nothing for the others.
    text: Range<usize>,
    /// Its bidi embedding level: odd is right to left.
    level: Level,
    /// The shaped advance in thousandths of an em (kerning included).
    advance: i32,
    /// How far the shaper moves it from where the advances put it (a mark over its letter).
    x_offset: i32,
    y_offset: i32,
}

/// One line of a block, ready to draw.
struct Line {
    /// The line's text in logical order: what copying and searching give (ActualText).
    text: String,
    /// Left to right as drawn; each glyph's `text` is a range of the line's `text`.
    glyphs: Vec<Glyph>,
}

impl Line {
    fn width(&self) -> i32 {
        width(&self.glyphs)
    }
}

/// The width of glyphs set on one line, in thousandths of an em.
fn width(glyphs: &[Glyph]) -> i32 {
    glyphs.iter().map(|glyph| glyph.advance).sum()
}

#[derive(Debug, Clone, Copy)]
struct Style {
    weight: Weight,
    /// The preferred size; text shrinks from it in half points down to `min_size`.
    size: f32,
    min_size: f32,
    max_lines: usize,
    color: Rgb,
}

/// Text fitted into a width: its size and lines.
struct Block {
    weight: Weight,
    size: f32,
    color: Rgb,
    ascent: f32,
    descent: f32,
    lines: Vec<Line>,
}

impl Block {
    /// From the top of the tallest letters of the first line to the bottom of the last line's
    /// descenders.
    fn height(&self) -> f32 {
        match self.lines.len() {
            0 => 0.0,
            n => self.size * (self.ascent + self.descent + LINE_HEIGHT * (n - 1) as f32),
        }
    }
}

/// Greedily breaks a shaped paragraph into lines no wider than `max` (thousandths of an em) at
/// spaces, in logical order. A word wider than `max` is split between clusters if
/// `split_words`, or else there is no answer. Returns ranges of glyphs.
fn wrap(shaped: &Shaped, max: i32, split_words: bool) -> Option<Vec<Range<usize>>> {
    let glyphs = &shaped.glyphs;
    // Where each glyph starts if the whole text sat on one line: a run from `s` to `e` on a line
    // of its own is as wide as `left[e] - left[s]`.
    let mut left = Vec::with_capacity(glyphs.len() + 1);
    let mut x = 0;
    left.push(x);
    for glyph in glyphs {
        x += glyph.advance;
        left.push(x);
    }
    let span = |s: usize, e: usize| left[e] - left[s];

    let mut lines = Vec::new();
    let mut line: Option<Range<usize>> = None;
    let mut i = 0;
    while i < glyphs.len() {
        if shaped.is_space(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < glyphs.len() && !shaped.is_space(i) {
            i += 1;
        }
        if let Some(current) = line.take() {
            if span(current.start, i) <= max {
                line = Some(current.start..i);
                continue;
            }
            lines.push(current);
        }
        if span(start, i) <= max {
            line = Some(start..i);
            continue;
        }
        if !split_words {
            return None;
        }
        let mut s = start;
        for e in start + 1..i {
            if glyphs[e].cluster == glyphs[e - 1].cluster {
                continue;
            }
            // The cluster that starts at `e`.
            let end = (e + 1..i).find(|&j| glyphs[j].cluster != glyphs[e].cluster).unwrap_or(i);
            if span(s, end) > max {
                lines.push(s..e);
                s = e;
            }
        }
        line = Some(s..i);
    }
    lines.extend(line);
    Some(lines)
}

fn stack_height(blocks: &[Block], gaps: &[f32]) -> f32 {
    blocks.iter().map(Block::height).sum::<f32>() + gaps.iter().sum::<f32>()
}

#[derive(Debug, Clone, Copy)]
enum Align {
    Left,
    Center,
    Right,
}

/// The page being drawn, and the fonts it uses.
struct Page {
    content: Content,
    fonts: [Font; 2],
    /// Whether the certificate's language is written right to left.
    right_to_left: bool,
}

impl Page {
    fn new(right_to_left: bool) -> Page {
        Page {
            content: Content::with_settings(COMPACT),
            fonts: [
                Font::load(REGULAR, "DejaVuSans", Name(b"R")),
                Font::load(BOLD, "DejaVuSans-Bold", Name(b"B")),
            ],
            right_to_left,
        }
    }

    /// The base level of a paragraph of `text` running in `direction`.
    fn base_level(&self, text: &str, direction: Direction) -> Level {
        let language = if self.right_to_left { Level::rtl() } else { Level::ltr() };
        match direction {
            Direction::LeftToRight => Level::ltr(),
            Direction::Language => language,
            Direction::Own => match unicode_bidi::get_base_direction(text) {
                unicode_bidi::Direction::Ltr => Level::ltr(),
                unicode_bidi::Direction::Rtl => Level::rtl(),
                unicode_bidi::Direction::Mixed => language,
            },
        }
    }

    /// Fits text into `max_width` points: the largest size from `style.size` down to
    /// `style.min_size` at which it takes at most `style.max_lines` lines. Text that does not
    /// fit even at the smallest size has its words split and its end replaced by an ellipsis.
    fn fit(&self, text: &str, direction: Direction, style: Style, max_width: f32) -> Block {
        let font = &self.fonts[style.weight as usize];
        let text = clean(text);
        let shaped = font.shape(&text, self.base_level(&text, direction));
        let min_size = style.min_size.min(style.size);
        let max_lines = style.max_lines.max(1);
        let block = |size: f32, lines: Vec<Line>| Block {
            weight: style.weight,
            size,
            color: style.color,
            ascent: font.ascent(),
            descent: font.descent(),
            lines,
        };
        let units = |size: f32| (max_width * 1000.0 / size).floor() as i32;

        let mut size = style.size;
        loop {
            let lines = wrap(&shaped, units(size), false);
            if let Some(lines) = lines.filter(|lines| lines.len() <= max_lines) {
                return block(size, lines.into_iter().map(|line| shaped.line(line)).collect());
            }
            if size <= min_size {
                break;
            }
            size = (size - 0.5).max(min_size);
        }

        let max = units(min_size);
        let ranges = wrap(&shaped, max, true).unwrap_or_default();
        let mut lines: Vec<Line> =
            ranges.iter().take(max_lines).map(|line| shaped.line(line.clone())).collect();
        if ranges.len() > max_lines {
            lines[max_lines - 1] = self.cut(font, &shaped, ranges[max_lines - 1].start, max);
        }
        block(min_size, lines)
    }

    /// The last line of text that goes on past it: the text from glyph `start` cut back at a
    /// cluster until an ellipsis fits after it, shaped again with the ellipsis in the paragraph's
    /// direction (so that it ends a right-to-left line on the left).
    fn cut(&self, font: &Font, shaped: &Shaped, start: usize, max: i32) -> Line {
        let ellipsis = width(&font.shape("…", Level::ltr()).glyphs);
        let glyphs = &shaped.glyphs;
        let mut end = glyphs.len();
        loop {
            while end > start && (shaped.is_space(end - 1) || width(&glyphs[start..end]) + ellipsis > max) {
                end -= 1;
            }
            while end > start && end < glyphs.len() && glyphs[end].cluster == glyphs[end - 1].cluster {
                end -= 1;
            }
            let text = format!("{}…", &shaped.text[shaped.offset(start)..shaped.offset(end)]);
            let again = font.shape(&text, shaped.base);
            let line = again.line(0..again.glyphs.len());
            // Shaping the shorter text can change the forms at its end, and so its width.
            if line.width() <= max || end == start {
                return line;
            }
            end -= 1;
        }
    }

    /// Draws a block with the top of its first line at `top`, aligned on `x`.
    fn draw(&mut self, block: &Block, x: f32, top: f32, align: Align) {
        if block.lines.is_empty() {
            return;
        }
        let font = &mut self.fonts[block.weight as usize];
        let content = &mut self.content;
        let [r, g, b] = block.color;
        content.begin_text();
        content.set_font(font.resource, block.size);
        content.set_fill_rgb(r, g, b);
        for (i, line) in block.lines.iter().enumerate() {
            let line_width = line.width() as f32 * block.size / 1000.0;
            let x = match align {
                Align::Left => x,
                Align::Center => x - line_width / 2.0,
                Align::Right => x - line_width,
            };
            let y = top - block.size * (block.ascent + LINE_HEIGHT * i as f32);
            content.set_text_matrix([1.0, 0.0, 0.0, 1.0, round(x), round(y)]);
            // The glyphs are in visual order and a joined or ligated glyph stands for several
            // letters, so the line carries its text in logical order for text extraction,
            // copying and search (PDF 32000-1:2008, 14.9.4).
            let right_to_left = line.glyphs.iter().any(|glyph| glyph.level.is_rtl());
            if !right_to_left {
                content
                    .begin_marked_content_with_properties(Name(b"Span"))
                    .properties()
                    .actual_text(TextStr(&line.text));
            }
            draw_line(content, font, line, block.size);
            if !right_to_left {
                content.end_marked_content();
            }
        }
        content.end_text();
    }

    /// Draws blocks one below the other from `top` down, with `gaps` between them.
    fn draw_stack_down(&mut self, blocks: &[Block], gaps: &[f32], x: f32, top: f32, align: Align) {
        let mut y = top;
        for (i, block) in blocks.iter().enumerate() {
            self.draw(block, x, y, align);
            y -= block.height() + gaps.get(i).copied().unwrap_or(0.0);
        }
    }

    /// Draws blocks one below the other so that the last one ends at `bottom`; returns the top.
    fn draw_stack(&mut self, blocks: &[Block], gaps: &[f32], x: f32, bottom: f32, align: Align) -> f32 {
        let top = bottom + stack_height(blocks, gaps);
        self.draw_stack_down(blocks, gaps, x, top, align);
        top
    }

    /// A double frame: a firm outer line and a hairline just inside it.
    fn draw_border(&mut self) {
        let [r, g, b] = ACCENT;
        let content = &mut self.content;
        content.set_stroke_rgb(r, g, b);
        content.set_line_width(1.6);
        content.rect(18.0, 18.0, PAGE_WIDTH - 36.0, PAGE_HEIGHT - 36.0);
        content.stroke();
        content.set_line_width(0.5);
        content.rect(24.0, 24.0, PAGE_WIDTH - 48.0, PAGE_HEIGHT - 48.0);
        content.stroke();
    }

    fn draw_rule(&mut self, x1: f32, x2: f32, y: f32, line_width: f32) {
        let [r, g, b] = ACCENT;
        let content = &mut self.content;
        content.set_stroke_rgb(r, g, b);
        content.set_line_width(line_width);
        content.move_to(round(x1), round(y));
        content.line_to(round(x2), round(y));
        content.stroke();
    }

    /// Draws the code as one rectangle per horizontal run of dark modules, in a coordinate system
    /// scaled to one unit per module so that the numbers in the stream stay short.
    fn draw_qr(&mut self, colors: &[bool], n: usize, x: f32, y: f32, size: f32) {
        let module = size / (n as f32 + 2.0 * QUIET_ZONE);
        let content = &mut self.content;
        content.save_state();
        content.transform([module, 0.0, 0.0, module, x + QUIET_ZONE * module, y + QUIET_ZONE * module]);
        content.set_fill_gray(0.0);
        for (row, modules) in colors.chunks(n).enumerate() {
            // Rows count from the top in the code and from the bottom in PDF.
            let y = (n - 1 - row) as f32;
            let mut column = 0;
            while column < n {
                if !modules[column] {
                    column += 1;
                    continue;
                }
                let start = column;
                while column < n && modules[column] {
                    column += 1;
                }
                content.rect(start as f32, y, (column - start) as f32, 1.0);
            }
        }
        // One fill for the whole path, so that touching rectangles leave no seams.
        content.fill_nonzero();
        content.restore_state();
    }

    /// Writes the document: the page, its content and the font subsets it uses.
    fn finish(self, title: &str) -> Vec<u8> {
        let mut next = Ref::new(1);
        let catalog = next.bump();
        let pages = next.bump();
        let page = next.bump();
        let content = next.bump();
        let info = next.bump();
        let mut pdf = Pdf::with_settings(COMPACT);
        pdf.catalog(catalog).pages(pages);
        pdf.pages(pages).kids([page]).count(1);
        pdf.document_info(info).title(TextStr(title)).producer(TextStr("Dala"));

        let fonts: Vec<(Name, Ref)> = self
            .fonts
            .iter()
            .filter(|font| font.cids.len() > 1)
            .map(|font| (font.resource, write_font(&mut pdf, &mut next, font)))
            .collect();

        let mut page_writer = pdf.page(page);
        page_writer.parent(pages).media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT)).contents(content);
        let mut resources = page_writer.resources();
        let mut font_dict = resources.fonts();
        for (name, font) in fonts {
            font_dict.pair(name, font);
        }
        font_dict.finish();
        resources.finish();
        page_writer.finish();

        pdf.stream(content, &deflate(&self.content.finish())).filter(Filter::FlateDecode);
        let xref = next.bump();
        pdf.finish_with_xref_stream(xref)
    }
}

/// Shows a line's glyphs where the shaper put them. Each glyph moves the pen on by its CID's width
/// in the /W array: the difference from its shaped advance, and the shaper's horizontal offsets,
/// go between the strings of a TJ array; vertical offsets (a mark raised over its letter) go into
/// the text rise.
fn draw_line(content: &mut Content, font: &mut Font, line: &Line, size: f32) {
    let glyphs = &line.glyphs;
    // How far right the pen still has to move before the next glyph, in thousandths of an em.
    let mut pending = 0;
    let mut rise = 0;
    let mut i = 0;
    while i < glyphs.len() {
        if glyphs[i].y_offset != rise {
            rise = glyphs[i].y_offset;
            content.set_rise(rise as f32 * size / 1000.0);
        }
        let mut shown = content.show_positioned();
        let mut items = shown.items();
        let mut run = Vec::with_capacity(2 * glyphs.len());
        while let Some(glyph) = glyphs.get(i).filter(|glyph| glyph.y_offset == rise) {
            pending += glyph.x_offset;
            if pending != 0 {
                if !run.is_empty() {
                    items.show(Str(&run));
                    run.clear();
                }
                items.adjust(-pending as f32);
            }
            let text = &line.text[glyph.text.clone()];
            let text: String =
                if glyph.level.is_rtl() { text.chars().rev().collect() } else { text.to_owned() };
            run.extend(font.use_glyph(glyph.id, &text).to_be_bytes());
            pending = glyph.advance - glyph.x_offset - font.default_advance(glyph.id);
            i += 1;
        }
        if !run.is_empty() {
            items.show(Str(&run));
        }
    }
    if rise != 0 {
        content.set_rise(0.0);
    }
}

/// Embeds a font subset as a Type 0 font with Identity-H encoding, the PDF way to use more than
/// 256 glyphs of a TrueType font (PDF 32000-1:2008, 9.7). Returns the Type 0 font's reference.
fn write_font(pdf: &mut Pdf, next: &mut Ref, font: &Font) -> Ref {
    let type0 = next.bump();
    let cid_font = next.bump();
    let descriptor = next.bump();
    let to_unicode = next.bump();
    let file = next.bump();

    // Subset fonts are named with a tag unique to the subset (9.6.4): derived from the glyphs,
    // so that the same certificate always renders to the same bytes.
    let name = format!("{}+{}", subset_tag(font.subset.remapped_gids()), font.postscript_name);
    let name = Name(name.as_bytes());
    let system_info = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };

    pdf.type0_font(type0)
        .base_font(name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);

    let mut cid = pdf.cid_font(cid_font);
    cid.subtype(CidFontType::Type2).base_font(name).system_info(system_info).font_descriptor(descriptor);
    // While no glyph has needed a second CID, each CID is its glyph's id in the subset.
    let identity = font.cids.iter().enumerate().all(|(i, cid)| usize::from(cid.subset_glyph) == i);
    let cid_to_gid = (!identity).then(|| next.bump());
    match cid_to_gid {
        Some(map) => cid.cid_to_gid_map_stream(map),
        None => cid.cid_to_gid_map_predefined(Name(b"Identity")),
    };
    cid.widths().consecutive(0, font.cids.iter().map(|cid| font.default_advance(cid.glyph) as f32));
    cid.finish();
    if let Some(map) = cid_to_gid {
        let map_data: Vec<u8> = font.cids.iter().flat_map(|cid| cid.subset_glyph.to_be_bytes()).collect();
        pdf.stream(map, &deflate(&map_data)).filter(Filter::FlateDecode);
    }
    let face = &font.face;

    let units = |value: i16| font.to_pdf_units(f32::from(value)) as f32;
    let bbox = face.global_bounding_box();
    let bold = face.is_bold();
    pdf.font_descriptor(descriptor)
        .name(name)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(units(bbox.x_min), units(bbox.y_min), units(bbox.x_max), units(bbox.y_max)))
        .italic_angle(0.0)
        .ascent(units(face.ascender()))
        .descent(units(face.descender()))
        .cap_height(units(face.capital_height().unwrap_or(face.ascender())))
        // Only used to pick a substitute if a viewer cannot load the font, so an estimate will do.
        .stem_v(if bold { 140.0 } else { 80.0 })
        .font_file2(file);

    let mut cmap = UnicodeCmap::new(Name(b"Dala-UTF16"), system_info);
    for (cid, mapping) in font.cids.iter().enumerate().filter(|(_, mapping)| !mapping.text.is_empty()) {
        cmap.pair_with_multiple(cid as u16, mapping.text.chars());
    }
    pdf.cmap(to_unicode, &deflate(&cmap.finish())).filter(Filter::FlateDecode);

    // The subset is taken from the bundled font with glyph ids read from that same font; the
    // tests subset every glyph of both fonts, so an error here is a bug, not bad input.
    let subset = subsetter::subset(font.data, 0, &font.subset).expect("the bundled DejaVu font subsets");
    let subset = strip_hinting(&subset).unwrap_or(subset);
    pdf.stream(file, &deflate(&subset))
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);
    type0
}

/// Removes the TrueType hinting from a font: the instructions in each glyph and the `cvt `,
/// `fpgm` and `prep` tables they use. Hinting only snaps outlines to a screen's pixel grid for
/// rasterisers that run it; PDF viewers and printers draw the outlines as they are. DejaVu's Latin
/// and Cyrillic letters carry more instructions than outline, so this about halves each subset.
/// Returns `None` if the font is not laid out as expected, and the caller keeps it as it was.
///
/// The table layout is in the OpenType specification: "glyf", "loca" and "head".
fn strip_hinting(font: &[u8]) -> Option<Vec<u8>> {
    let count = usize::from(read_u16(font, 4)?);
    let mut tables = Vec::with_capacity(count);
    for record in (0..count).map(|i| 12 + 16 * i) {
        let tag: [u8; 4] = font.get(record..record + 4)?.try_into().ok()?;
        let offset = usize::try_from(read_u32(font, record + 8)?).ok()?;
        let length = usize::try_from(read_u32(font, record + 12)?).ok()?;
        tables.push((tag, font.get(offset..offset.checked_add(length)?)?.to_vec()));
    }
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, data)| data.as_slice());
    let long_offsets = read_u16(table(b"head")?, 50)? != 0;
    let (loca, glyf) = (table(b"loca")?, table(b"glyf")?);
    let offsets: Vec<usize> = if long_offsets {
        loca.chunks_exact(4).map(|o| u32::from_be_bytes([o[0], o[1], o[2], o[3]]) as usize).collect()
    } else {
        loca.chunks_exact(2).map(|o| 2 * usize::from(u16::from_be_bytes([o[0], o[1]]))).collect()
    };

    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut new_loca = Vec::with_capacity(loca.len());
    let push_offset = |loca: &mut Vec<u8>, offset: usize| {
        if long_offsets {
            loca.extend(u32::try_from(offset).ok()?.to_be_bytes());
        } else {
            loca.extend(u16::try_from(offset / 2).ok()?.to_be_bytes());
        }
        Some(())
    };
    push_offset(&mut new_loca, 0)?;
    for pair in offsets.windows(2) {
        let glyph = glyf.get(pair[0]..pair[1])?;
        strip_glyph_instructions(glyph, &mut new_glyf)?;
        // Short offsets count 2-byte words; 4-byte alignment suits both formats.
        new_glyf.resize(new_glyf.len().next_multiple_of(4), 0);
        push_offset(&mut new_loca, new_glyf.len())?;
    }

    tables.retain(|(tag, _)| !matches!(tag, b"cvt " | b"fpgm" | b"prep"));
    for (tag, data) in &mut tables {
        match &*tag {
            b"glyf" => *data = std::mem::take(&mut new_glyf),
            b"loca" => *data = std::mem::take(&mut new_loca),
            // The checksum adjustment is recomputed below over the finished font.
            b"head" => data.get_mut(8..12)?.fill(0),
            _ => {}
        }
    }
    Some(write_sfnt(font.get(0..4)?, &tables))
}

/// Appends one glyph's data to `out` without its instructions.
fn strip_glyph_instructions(glyph: &[u8], out: &mut Vec<u8>) -> Option<()> {
    if glyph.is_empty() {
        return Some(());
    }
    let contours = i16::from_be_bytes([*glyph.first()?, *glyph.get(1)?]);
    if contours >= 0 {
        // A simple glyph: header, contour end points, instruction length, instructions, outline.
        let at = 10 + 2 * usize::try_from(contours).ok()?;
        let length = usize::from(read_u16(glyph, at)?);
        out.extend(glyph.get(..at)?);
        out.extend([0, 0]);
        out.extend(glyph.get(at + 2 + length..)?);
    } else {
        // A composite glyph: components, then instructions if any component says so.
        const ARGS_ARE_WORDS: u16 = 0x0001;
        const HAS_SCALE: u16 = 0x0008;
        const MORE_COMPONENTS: u16 = 0x0020;
        const HAS_X_AND_Y_SCALE: u16 = 0x0040;
        const HAS_TWO_BY_TWO: u16 = 0x0080;
        const HAS_INSTRUCTIONS: u16 = 0x0100;
        let start = out.len();
        let mut at = 10;
        let mut flag_positions = Vec::new();
        loop {
            let flags = read_u16(glyph, at)?;
            flag_positions.push(at);
            at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
            at += if flags & HAS_SCALE != 0 {
                2
            } else if flags & HAS_X_AND_Y_SCALE != 0 {
                4
            } else if flags & HAS_TWO_BY_TWO != 0 {
                8
            } else {
                0
            };
            if flags & MORE_COMPONENTS == 0 {
                break;
            }
        }
        out.extend(glyph.get(..at)?);
        for position in flag_positions {
            out[start + position] &= !(HAS_INSTRUCTIONS >> 8) as u8;
        }
    }
    Some(())
}

/// Assembles an OpenType file from its tables, with the checksums the format asks for.
fn write_sfnt(version: &[u8], tables: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let count = tables.len() as u16;
    let selector = count.checked_ilog2().unwrap_or(0) as u16;
    let search_range = 16 * (1 << selector);
    let mut out = Vec::new();
    out.extend(version);
    for field in [count, search_range, selector, 16 * count - search_range] {
        out.extend(field.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in tables {
        if tag == b"head" {
            head_at = Some(offset);
        }
        out.extend(tag);
        out.extend(checksum(data).to_be_bytes());
        out.extend((offset as u32).to_be_bytes());
        out.extend((data.len() as u32).to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in tables {
        out.extend(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(head) = head_at {
        let adjustment = 0xB1B0_AFBA_u32.wrapping_sub(checksum(&out));
        out[head + 8..head + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

/// The OpenType table checksum: the sum of the data as big-endian 32-bit words, zero-padded.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, word| {
        let mut padded = [0; 4];
        padded[..word.len()].copy_from_slice(word);
        sum.wrapping_add(u32::from_be_bytes(padded))
    })
}

fn read_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// Six capital letters from an FNV-1a hash of the subset's glyphs.
fn subset_tag(glyphs: impl Iterator<Item = u16>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in glyphs.flat_map(u16::to_be_bytes) {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    (0..6).map(|i| char::from(b'A' + ((hash >> (8 * i)) % 26) as u8)).collect()
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(data.len() / 2), Compression::best());
    // Writing into a Vec cannot fail.
    encoder.write_all(data).expect("deflating into memory");
    encoder.finish().expect("deflating into memory")
}

/// Rounds a coordinate to 1/100 pt, far below what anyone can see, to keep the stream short.
fn round(value: f32) -> f32 {
    (value * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    use proptest::prelude::*;
    use ttf_parser::Face;

    use super::*;

    fn labels() -> Labels {
        Labels {
            heading: "Certificate of completion".into(),
            awarded_to: "This certifies that".into(),
            completed: "has completed the course".into(),
            date: "Completed on".into(),
            issuer: "Issued by".into(),
            certificate_id: "Certificate ID".into(),
            verify: "Scan the code or open this address to verify".into(),
        }
    }

    fn certificate(labels: &Labels) -> Certificate<'_> {
        Certificate {
            display_name: "Әсел Қасымова-Oʻrinboyeva",
            course_title: "Коммуникации и социальные сети для НКО",
            completed_on: "23 November 2026",
            issuer_name: "Dala — Ağ Şəbəkə Ýüz",
            certificate_id: "urn:uuid:0b6d2f4e-5c1a-4e7b-9f3d-8a2c6e1b7d40",
            verify_url: "https://dala.example.org/verify/0b6d2f4e-5c1a-4e7b-9f3d-8a2c6e1b7d40",
            labels,
            right_to_left: false,
        }
    }

    /// Runs one of the command-line tools these tests check the PDF with. A missing tool fails
    /// the test rather than skipping it, so that CI cannot pass without looking at the output.
    fn run(program: &str, args: &[&str], package: &str) -> String {
        let output = Command::new(program).args(args).output().unwrap_or_else(|error| {
            panic!("could not run `{program}` ({error}); install the Debian package {package}")
        });
        assert!(
            output.status.success(),
            "`{program} {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("the tool prints UTF-8")
    }

    fn write_pdf(dir: &Path, pdf: &[u8]) -> String {
        let path = dir.join("certificate.pdf");
        std::fs::write(&path, pdf).expect("writing the PDF");
        path.to_str().expect("the temporary path is UTF-8").to_owned()
    }

    fn pdftotext(pdf: &[u8]) -> String {
        let dir = tempfile::tempdir().expect("a temporary directory");
        run("pdftotext", &["-layout", &write_pdf(dir.path(), pdf), "-"], "poppler-utils")
    }

    fn without_whitespace(text: &str) -> String {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    }

    #[test]
    fn text_extracts_exactly_as_given() {
        let labels = labels();
        let certificate = certificate(&labels);
        let text = pdftotext(&render(&certificate));
        for expected in [
            certificate.display_name,
            certificate.course_title,
            certificate.issuer_name,
            certificate.certificate_id,
            certificate.completed_on,
            certificate.verify_url,
            &labels.heading,
            &labels.verify,
        ] {
            assert!(text.contains(expected), "{expected:?} is missing from the extracted text:\n{text}");
        }
    }

    #[test]
    fn qr_code_scans_to_the_verify_address() {
        let labels = labels();
        // 200 characters, the longest address expected, make the densest code (version 10).
        let long = format!("https://dala.example.org/verify?id={}", "0123456789abcdef".repeat(11));
        let long = &long[..200];
        for url in [certificate(&labels).verify_url, long] {
            let pdf = render(&Certificate { verify_url: url, ..certificate(&labels) });
            let dir = tempfile::tempdir().expect("a temporary directory");
            let file = write_pdf(dir.path(), &pdf);
            let png = dir.path().join("page");
            let png = png.to_str().expect("the temporary path is UTF-8");
            run("pdftoppm", &["-r", "150", "-png", "-singlefile", &file, png], "poppler-utils");
            let scanned = run("zbarimg", &["--quiet", "--raw", &format!("{png}.png")], "zbar-tools");
            assert_eq!(scanned.strip_suffix('\n').unwrap_or(&scanned), url);
        }
    }

    /// The wallet link's QR code on the certificate page is drawn by the device from the
    /// modules the server sends; drawn here the same way (a module a 4 px square, the quiet zone
    /// around), it scans to the address.
    #[test]
    fn the_wallet_links_modules_scan_to_the_wallet_link() {
        const SCALE: u32 = 4;
        let key = "q3PZ0cWkzN1f8rA2bT5yXg";
        let uuid = "0b6d2f4e-5c1a-4e7b-9f3d-8a2c6e1b7d40";
        for base in ["https://dala.example.org", "https://ngo.example.kz/learning/dala-academy-shymkent"] {
            let url = format!("{base}/api/v1/certificates/{uuid}/wallet?key={key}");
            let qr = dala_wire::QrModules::encode(&url).expect("a QR code");
            let modules = qr.modules().expect("the modules unpack");
            let side = (u32::from(qr.width) + 8) * SCALE;
            let image = image::GrayImage::from_fn(side, side, |x, y| {
                let (column, row) = ((x / SCALE).wrapping_sub(4), (y / SCALE).wrapping_sub(4));
                let width = u32::from(qr.width);
                let dark = column < width && row < width && modules[(row * width + column) as usize];
                image::Luma([if dark { 0 } else { 255 }])
            });
            let dir = tempfile::tempdir().expect("a temporary directory");
            let png = dir.path().join("qr.png");
            image.save(&png).expect("writing the PNG");
            let scanned = run("zbarimg", &["--quiet", "--raw", png.to_str().expect("UTF-8")], "zbar-tools");
            assert_eq!(scanned.strip_suffix('\n').unwrap_or(&scanned), url);
        }
        assert!(dala_wire::QrModules::encode(&"x".repeat(5_000)).is_none(), "too long for any QR code");
    }

    #[test]
    fn pdf_is_small() {
        let labels = labels();
        let pdf = render(&certificate(&labels));
        println!("certificate PDF: {} bytes", pdf.len());
        // About 16.3 KB when written: two font subsets of about 5 KB each (2 KB of which is the
        // DejaVu licence that each font's name table carries), 2 KB of drawing, mostly the code.
        assert!(pdf.len() < 20_000, "the certificate takes {} bytes", pdf.len());
    }

    #[test]
    fn rendering_is_deterministic() {
        let labels = labels();
        assert_eq!(render(&certificate(&labels)), render(&certificate(&labels)));
    }

    /// Every word `pdftotext -bbox` finds, with its box (x_min, y_min, x_max, y_max) in points
    /// from the top left corner.
    fn word_boxes(pdf: &[u8]) -> Vec<(String, [f32; 4])> {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let html = run("pdftotext", &["-bbox", &write_pdf(dir.path(), pdf), "-"], "poppler-utils");
        html.lines()
            .filter_map(|line| line.trim().strip_prefix("<word "))
            .map(|word| {
                let (attributes, text) = word.split_once('>').expect("a word element");
                let number = |name: &str| -> f32 {
                    let start =
                        attributes.find(&format!("{name}=\"")).expect("a coordinate") + name.len() + 2;
                    let end = start + attributes[start..].find('"').expect("a closing quote");
                    attributes[start..end].parse().expect("a number")
                };
                let text = text.trim_end_matches("</word>").to_owned();
                (text, [number("xMin"), number("yMin"), number("xMax"), number("yMax")])
            })
            .collect()
    }

    /// Asserts that every word lies inside the border and that no two words overlap.
    fn assert_laid_out(words: &[(String, [f32; 4])]) {
        let inner = 26.0;
        for (word, [x_min, y_min, x_max, y_max]) in words {
            assert!(
                *x_min >= inner
                    && *y_min >= inner
                    && *x_max <= PAGE_WIDTH - inner
                    && *y_max <= PAGE_HEIGHT - inner,
                "{word:?} at {x_min}, {y_min} – {x_max}, {y_max} crosses the border"
            );
        }
        for (i, (a, [ax0, ay0, ax1, ay1])) in words.iter().enumerate() {
            for (b, [bx0, by0, bx1, by1]) in &words[i + 1..] {
                let apart = ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0;
                assert!(apart, "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn long_names_and_titles_stay_on_the_page() {
        let labels = labels();
        let name = "Ш".repeat(64);
        let title = "Коммуникации и социальные сети для некоммерческих организаций: ".repeat(4);
        let title = title.chars().take(200).collect::<String>();
        let pdf = render(&Certificate { display_name: &name, course_title: &title, ..certificate(&labels) });
        let text = without_whitespace(&pdftotext(&pdf));
        assert!(text.contains(&name), "the name is missing from:\n{text}");
        assert!(text.contains(&without_whitespace(&title)), "the title is missing from:\n{text}");
        assert_laid_out(&word_boxes(&pdf));
    }

    #[test]
    fn overlong_text_everywhere_is_cut_inside_the_border() {
        let long = "Сертификат ".repeat(60);
        let labels = Labels {
            heading: long.clone(),
            awarded_to: long.clone(),
            completed: long.clone(),
            date: long.clone(),
            issuer: long.clone(),
            certificate_id: long.clone(),
            verify: long.clone(),
        };
        let url = format!("https://dala.example.org/{}", "x".repeat(3000));
        let word = "Щ".repeat(2000);
        let pdf = render(&Certificate {
            display_name: &word,
            course_title: &word,
            completed_on: &long,
            issuer_name: &long,
            certificate_id: &word,
            verify_url: &url,
            labels: &labels,
            right_to_left: false,
        });
        let words = word_boxes(&pdf);
        assert!(words.iter().any(|(word, _)| word.ends_with('…')), "nothing was cut: {words:?}");
        assert_laid_out(&words);
    }

    #[test]
    fn control_characters_and_missing_glyphs_do_not_break_the_text() {
        let labels = labels();
        let name = "Anna\u{0}\u{7}\r\n\tMüller\u{200B}\u{FEFF} 漢字 🎓";
        let pdf = render(&Certificate { display_name: name, ..certificate(&labels) });
        // Three texts for .notdef: CIDs no longer equal glyph ids, and a CIDToGIDMap says which.
        save_artifacts("certificate-missing-glyphs", &pdf);
        let text = pdftotext(&pdf);
        // DejaVu has no Han characters or emoji: they print as boxes, but the line's ActualText
        // and the ToUnicode map still give the characters as typed.
        assert!(text.contains("Anna Müller 漢字 🎓"), "{text}");
        assert_eq!(clean(" \u{1B}[31m a\u{AD}b \n "), "[31m ab");
        assert_eq!(clean(""), "");
    }

    #[test]
    fn central_asian_letters_have_glyphs_in_both_weights() {
        let letters = "ӘәҒғҚқҢңӨөҰұҮүҺһІі Oʻoʻ Gʻgʻ ÄäÇçŽžŇňÖöŞşÜüÝý ƏəĞğİı ЁёЙйЩщЪъЫыЭэЮюЯя ЎўҲҳҶҷ";
        let page = Page::new(false);
        for font in &page.fonts {
            let shaped = font.shape(letters, Level::ltr());
            for glyph in &shaped.glyphs {
                assert_ne!(
                    glyph.id.0,
                    0,
                    "{} has no {:?}",
                    font.postscript_name,
                    &shaped.text[glyph.text.clone()]
                );
            }
        }
    }

    #[test]
    fn every_glyph_of_the_bundled_fonts_subsets() {
        for data in [REGULAR, BOLD] {
            let face = Face::parse(data, 0).expect("the bundled font parses");
            let glyphs: Vec<u16> = (0..face.number_of_glyphs()).collect();
            let remapper = GlyphRemapper::new_from_glyphs(&glyphs);
            assert!(subsetter::subset(data, 0, &remapper).is_ok());
        }
    }

    /// Records a glyph's outline so that two fonts' glyphs can be compared.
    #[derive(Default, PartialEq, Debug)]
    struct Outline(Vec<(char, [f32; 6])>);

    impl ttf_parser::OutlineBuilder for Outline {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.push(('M', [x, y, 0.0, 0.0, 0.0, 0.0]));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.push(('L', [x, y, 0.0, 0.0, 0.0, 0.0]));
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0.push(('Q', [x1, y1, x, y, 0.0, 0.0]));
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0.push(('C', [x1, y1, x2, y2, x, y]));
        }
        fn close(&mut self) {
            self.0.push(('Z', [0.0; 6]));
        }
    }

    /// The total length of the instructions in a font's simple glyphs.
    fn instruction_bytes(face: &Face) -> usize {
        let table = |tag| face.raw_face().table(ttf_parser::Tag::from_bytes(tag)).unwrap();
        let (loca, glyf) = (table(b"loca"), table(b"glyf"));
        let offsets: Vec<usize> = if read_u16(table(b"head"), 50) == Some(1) {
            (0..loca.len() / 4).map(|i| read_u32(loca, 4 * i).unwrap() as usize).collect()
        } else {
            (0..loca.len() / 2).map(|i| 2 * usize::from(read_u16(loca, 2 * i).unwrap())).collect()
        };
        let simple = |&(start, end): &(usize, usize)| {
            let contours = read_u16(glyf, start).map(|c| c as i16).filter(|&c| end > start && c >= 0)?;
            read_u16(glyf, start + 10 + 2 * contours as usize)
        };
        let glyphs: Vec<(usize, usize)> = offsets.windows(2).map(|pair| (pair[0], pair[1])).collect();
        glyphs.iter().filter_map(simple).map(usize::from).sum()
    }

    #[test]
    fn stripping_hinting_keeps_every_outline_and_removes_the_instructions() {
        for data in [REGULAR, BOLD] {
            let stripped = strip_hinting(data).expect("the bundled font strips");
            let (original, stripped) = (Face::parse(data, 0).unwrap(), Face::parse(&stripped, 0).unwrap());
            let table =
                |face: &Face, tag| face.raw_face().table(ttf_parser::Tag::from_bytes(tag)).map(<[u8]>::len);
            assert_eq!((table(&stripped, b"fpgm"), table(&stripped, b"prep")), (None, None));
            let before = instruction_bytes(&original);
            assert!(before > 30_000, "{before}");
            assert_eq!(instruction_bytes(&stripped), 0);
            assert_eq!(original.number_of_glyphs(), stripped.number_of_glyphs());
            for id in (0..original.number_of_glyphs()).map(GlyphId) {
                let (mut before, mut after) = (Outline::default(), Outline::default());
                let bbox = (original.outline_glyph(id, &mut before), stripped.outline_glyph(id, &mut after));
                assert_eq!(bbox.0, bbox.1, "glyph {}", id.0);
                assert_eq!(before, after, "glyph {}", id.0);
                assert_eq!(original.glyph_hor_advance(id), stripped.glyph_hor_advance(id));
            }
        }
    }

    #[test]
    fn fit_shrinks_then_splits_words_then_cuts() {
        let page = Page::new(false);
        let style = Style { weight: Weight::Regular, size: 20.0, min_size: 10.0, max_lines: 2, color: INK };
        let text =
            |block: &Block| -> Vec<String> { block.lines.iter().map(|line| line.text.clone()).collect() };
        // The width of an "m" at a size, in points.
        let m = |size: f32| page.fonts[0].shape("m", Level::ltr()).glyphs[0].advance as f32 * size / 1000.0;
        let fit = |text: &str, style, width| page.fit(text, Direction::LeftToRight, style, width);

        let block = fit("ab", style, 100.0);
        assert_eq!((block.size, text(&block)), (20.0, vec!["ab".to_owned()]));

        // Six letters that fit at 20 pt only on three lines shrink onto two.
        let block = fit("mm mm mm", style, 3.0 * m(20.0));
        assert!(block.size < 20.0 && block.size >= 10.0, "{}", block.size);
        assert_eq!(text(&block).len(), 2);

        // One long word is split, with no ellipsis when the pieces fit on the lines.
        let word = "m".repeat(10);
        let block = fit(&word, style, 5.0 * m(10.0) + 0.1);
        assert_eq!((block.size, text(&block)), (10.0, vec!["m".repeat(5), "m".repeat(5)]));

        // More than fits is cut, and the cut is marked.
        let block = fit(&"m".repeat(30), style, 100.0);
        let lines = text(&block);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(block.lines.iter().all(|line| line.width() as f32 * 10.0 / 1000.0 <= 100.0));
    }

    #[test]
    fn wrap_breaks_at_spaces_and_splits_only_when_asked() {
        let page = Page::new(false);
        let shaped = page.fonts[0].shape("aa aa aa", Level::ltr());
        let pair = width(&shaped.glyphs[..2]);
        let space = width(&shaped.glyphs[2..3]);
        assert_eq!(wrap(&shaped, 2 * pair + space, false), Some(vec![0..5, 6..8]));
        assert_eq!(wrap(&shaped, pair, false), Some(vec![0..2, 3..5, 6..8]));
        assert_eq!(wrap(&shaped, pair - 1, false), None);
        assert_eq!(wrap(&shaped, pair - 1, true), Some(vec![0..1, 1..2, 3..4, 4..5, 6..7, 7..8]));
        assert_eq!(wrap(&page.fonts[0].shape("", Level::ltr()), 1000, false), Some(vec![]));
    }

    /// The captions in one of the interface languages, from its server messages.
    fn labels_in(language: &str) -> Labels {
        let messages = crate::i18n::Messages::for_language(language);
        let text = |id: &str| messages.text(id, &[]);
        Labels {
            heading: text("certificate-heading"),
            awarded_to: text("certificate-awarded-to"),
            completed: text("certificate-completed"),
            date: text("certificate-date"),
            issuer: text("certificate-issuer"),
            certificate_id: text("certificate-id"),
            verify: text("certificate-verify"),
        }
    }

    /// Keeps a rendered certificate and a picture of it in `target/test-artifacts/` for a person
    /// to look at.
    fn save_artifacts(name: &str, pdf: &[u8]) {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/test-artifacts");
        std::fs::create_dir_all(&dir).expect("creating target/test-artifacts");
        let file = dir.join(format!("{name}.pdf"));
        std::fs::write(&file, pdf).expect("writing the PDF");
        let png = dir.join(name);
        let (file, png) = (file.to_str().expect("a UTF-8 path"), png.to_str().expect("a UTF-8 path"));
        run("pdftoppm", &["-r", "100", "-png", "-singlefile", file, png], "poppler-utils");
    }

    /// The plain `pdftotext` output, as the API test and most people read it.
    fn pdftotext_plain(pdf: &[u8]) -> String {
        let dir = tempfile::tempdir().expect("a temporary directory");
        run("pdftotext", &[&write_pdf(dir.path(), pdf), "-"], "poppler-utils")
    }

    #[test]
    fn a_dari_certificate_extracts_name_and_title_exactly() {
        let labels = labels_in("fa-AF");
        let certificate = Certificate {
            display_name: "زهرا احمدی",
            course_title: "مدیریت مؤسسات جامعهٔ مدنی",
            completed_on: "23 نومبر 2026",
            // "سلامت" draws lam and alef as one ligature glyph.
            issuer_name: "انجمن سلامت جامعهٔ مدنی کابل",
            labels: &labels,
            right_to_left: true,
            ..certificate(&labels)
        };
        let pdf = render(&certificate);
        save_artifacts("certificate-fa-AF", &pdf);
        for text in [pdftotext(&pdf), pdftotext_plain(&pdf)] {
            println!("{text}");
            // Poppler reads right-to-left glyphs in visual order and puts each line back into
            // logical order itself, between an RLE and a PDF control character.
            for expected in [
                certificate.display_name,
                certificate.course_title,
                certificate.issuer_name,
                certificate.certificate_id,
                &labels.heading,
                &labels.awarded_to,
            ] {
                let line = format!("\u{202B}{expected}\u{202C}");
                let expected = if expected.is_ascii() { expected } else { &line };
                assert!(text.contains(expected), "{expected:?} is missing from the extracted text:\n{text}");
            }
            // Its own reordering moves the spaces beside numbers in a right-to-left line, so the
            // date comes back as its words only.
            for word in certificate.completed_on.split(' ') {
                assert!(text.contains(word), "{word:?} is missing from the extracted text:\n{text}");
            }
        }
    }

    #[test]
    fn a_kazakh_certificate_extracts_name_and_title_exactly() {
        let labels = labels_in("kk");
        let certificate = Certificate {
            display_name: "Әсел Қайратқызы",
            course_title: "Азаматтық қоғам ұйымдарын басқару",
            completed_on: "23 қараша 2026",
            issuer_name: "Шаңырақ һәм Өркен қоғамдық бірлестігі",
            labels: &labels,
            ..certificate(&labels)
        };
        let pdf = render(&certificate);
        save_artifacts("certificate-kk", &pdf);
        for text in [pdftotext(&pdf), pdftotext_plain(&pdf)] {
            for expected in [certificate.display_name, certificate.course_title, certificate.issuer_name] {
                assert!(text.contains(expected), "{expected:?} is missing from the extracted text:\n{text}");
            }
            // The heading takes two lines.
            assert!(without_whitespace(&text).contains(&without_whitespace(&labels.heading)), "{text}");
            assert!(!text.contains('\u{202B}'), "no right-to-left text: {text}");
        }
    }

    #[test]
    fn dari_letters_are_drawn_joined_and_right_to_left() {
        let mut page = Page::new(true);
        let word = "محمد";
        let style = Style { weight: Weight::Bold, size: 20.0, min_size: 10.0, max_lines: 1, color: INK };
        let block = page.fit(word, Direction::Language, style, 400.0);
        let font = &page.fonts[Weight::Bold as usize];
        // Each letter of the word joins its neighbours: none is drawn in its isolated form, the
        // glyph the font's character map gives it.
        let isolated: Vec<u16> = word.chars().map(|c| font.face.glyph_index(c).expect("a glyph").0).collect();
        let logical: Vec<u16> =
            font.shape(word, Level::rtl()).glyphs.iter().map(|glyph| glyph.id.0).collect();
        assert_eq!(logical.len(), isolated.len());
        for (joined, isolated) in logical.iter().zip(&isolated) {
            assert_ne!(joined, isolated, "{logical:?} has an isolated form of {isolated:?}");
        }
        // The same glyphs as rustybuzz itself gives the word, drawn with the first letter on the
        // right.
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(word);
        buffer.guess_segment_properties();
        let reference = rustybuzz::shape(&font.face, &[], buffer);
        let visual: Vec<u16> = reference.glyph_infos().iter().map(|info| info.glyph_id as u16).collect();
        let drawn: Vec<u16> = block.lines[0].glyphs.iter().map(|glyph| glyph.id.0).collect();
        assert_eq!(drawn, visual);
        assert_eq!(drawn, logical.iter().rev().copied().collect::<Vec<_>>());
        // Those are the glyphs that go into the subset.
        page.draw(&block, 421.0, 300.0, Align::Center);
        let font = &page.fonts[Weight::Bold as usize];
        let used: Vec<u16> = font.cids.iter().skip(1).map(|cid| cid.glyph.0).collect();
        assert_eq!(used, drawn);
        assert_eq!(font.cids.last().map(|cid| cid.text.as_str()), Some("م"), "the first letter, drawn last");

        // Lam and alef make one glyph, which stands for both letters (in visual order, as the
        // rest of a right-to-left line).
        let shaped = font.shape("سلام", Level::rtl());
        assert_eq!(shaped.glyphs.len(), 3, "{:?}", shaped.glyphs);
        assert_eq!(&shaped.text[shaped.glyphs[1].text.clone()], "لا");
        let block = page.fit("سلام", Direction::Language, style, 400.0);
        page.draw(&block, 421.0, 200.0, Align::Center);
        let font = &page.fonts[Weight::Bold as usize];
        assert!(font.cids.iter().any(|cid| cid.text == "ال"), "the ligature's ToUnicode text");
    }

    #[test]
    fn a_latin_word_in_a_dari_line_keeps_its_own_direction() {
        let page = Page::new(true);
        let title = "آموزش Excel برای مدیران";
        let style = Style { weight: Weight::Regular, size: 20.0, min_size: 10.0, max_lines: 1, color: INK };
        let block = page.fit(title, Direction::Language, style, 700.0);
        let line = &block.lines[0];
        assert_eq!(line.text, title);
        // Left to right as drawn: the last Dari word first, the Latin word in its own order.
        let drawn: String = line.glyphs.iter().map(|glyph| &line.text[glyph.text.clone()]).collect();
        let reversed = |word: &str| word.chars().rev().collect::<String>();
        assert_eq!(drawn, format!("{} {} Excel {}", reversed("مدیران"), reversed("برای"), reversed("آموزش")));

        // A learner's Latin name on a Dari certificate runs left to right, a mixed title right to
        // left, and both extract as typed.
        let labels = labels_in("fa-AF");
        let name = "Anna Müller-Rahimi";
        let pdf = render(&Certificate {
            display_name: name,
            course_title: title,
            labels: &labels,
            right_to_left: true,
            ..certificate(&labels)
        });
        save_artifacts("certificate-fa-AF-mixed", &pdf);
        for text in [pdftotext(&pdf), pdftotext_plain(&pdf)] {
            assert!(text.contains(name), "{text}");
            // Poppler's own reordering of a mixed line marks the Latin word with an LRE and moves
            // the spaces at the change of direction; every word still comes back whole.
            let words: Vec<String> = text
                .split(|c: char| c.is_whitespace() || ('\u{202A}'..='\u{202E}').contains(&c))
                .map(str::to_owned)
                .collect();
            for word in title.split(' ') {
                assert!(
                    words.iter().any(|w| w == word),
                    "{word:?} is missing from the extracted text:\n{text}"
                );
            }
        }
    }

    #[test]
    fn a_dari_name_on_an_english_certificate_extracts_as_given() {
        let labels = labels();
        let name = "زهرا احمدی";
        let pdf = render(&Certificate { display_name: name, ..certificate(&labels) });
        for text in [pdftotext(&pdf), pdftotext_plain(&pdf)] {
            assert!(text.contains(&format!("\u{202B}{name}\u{202C}")), "{text}");
            assert!(text.contains(certificate(&labels).course_title), "{text}");
        }
    }

    #[test]
    fn a_glyph_drawn_for_two_texts_gets_a_cid_for_each() {
        let mut font = Font::load(REGULAR, "DejaVuSans", Name(b"R"));
        let a = font.use_glyph(GlyphId(40), "x");
        let b = font.use_glyph(GlyphId(40), "y");
        assert_ne!(a, b);
        assert_eq!(font.use_glyph(GlyphId(40), "x"), a);
        assert_eq!(font.cids[usize::from(a)].subset_glyph, font.cids[usize::from(b)].subset_glyph);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn any_text_renders(name in any::<String>(), title in any::<String>(), url in any::<String>()) {
            let labels = labels();
            let pdf = render(&Certificate {
                display_name: &name,
                course_title: &title,
                verify_url: &url,
                ..certificate(&labels)
            });
            prop_assert!(pdf.starts_with(b"%PDF-") && pdf.ends_with(b"%%EOF"));
        }
    }
}
