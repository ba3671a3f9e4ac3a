//! The PDF's type: Inter for the words; Noto for what Inter lacks (more Latin, Greek and
//! Cyrillic, Arabic, Hebrew, Devanagari, Thai, symbols, colour emoji), shipped with Feltboard;
//! and for Chinese, Japanese and Korean the system's own font (`system`), too large to ship;
//! on Linux, whose packages depend on the system's Noto Color Emoji, emoji from there too.
//!
//! krilla draws each run with one font and does no fallback, so text is cut here into
//! grapheme clusters, each drawn with the first face that has all of it: an emoji sequence
//! always from the emoji font, whole. A cluster no face has is drawn as a white square (□),
//! visibly missing, yet still itself in the text layer, so it can be searched for and copied.
//! `shape` lays a line out (bidi, shaping); `wrap` breaks text into lines.

mod shape;
mod system;
mod wrap;

use std::cell::RefCell;
use std::collections::HashMap;

use krilla::text::Font;

pub use shape::Line;

macro_rules! shipped {
    ($path:literal) => {
        include_bytes!(concat!("../../../../../../assets/fonts/", $path))
    };
}

const INTER_REGULAR: &[u8] = shipped!("inter/Inter-Regular.otf");
const INTER_ITALIC: &[u8] = shipped!("inter/Inter-Italic.otf");
const INTER_SEMIBOLD: &[u8] = shipped!("inter/Inter-SemiBold.otf");
const INTER_BOLD: &[u8] = shipped!("inter/Inter-Bold.otf");
const NOTO_SANS: &[u8] = shipped!("noto/NotoSans-Regular.ttf");
/// The scripts Inter lacks, regular and bold: (regular, bold).
const NOTO_SCRIPTS: [(&[u8], &[u8]); 4] = [
    (
        shipped!("noto/NotoSansArabic-Regular.ttf"),
        shipped!("noto/NotoSansArabic-Bold.ttf"),
    ),
    (
        shipped!("noto/NotoSansHebrew-Regular.ttf"),
        shipped!("noto/NotoSansHebrew-Bold.ttf"),
    ),
    (
        shipped!("noto/NotoSansDevanagari-Regular.ttf"),
        shipped!("noto/NotoSansDevanagari-Bold.ttf"),
    ),
    (
        shipped!("noto/NotoSansThai-Regular.ttf"),
        shipped!("noto/NotoSansThai-Bold.ttf"),
    ),
];
const NOTO_SYMBOLS: &[u8] = shipped!("noto/NotoSansSymbols2-Regular.ttf");
/// Colour emoji: 11 MB of pictures, shipped where the system's emoji font may be one krilla
/// can't draw (macOS's), and read from the system on Linux (`system::emoji`).
#[cfg(not(target_os = "linux"))]
fn emoji_face_data() -> Option<system::FaceData> {
    Some((shipped!("noto/NotoColorEmoji.ttf"), 0))
}
#[cfg(target_os = "linux")]
fn emoji_face_data() -> Option<system::FaceData> {
    system::emoji()
}

/// The styles the PDF uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    Regular,
    Italic,
    SemiBold,
    Bold,
}

impl Weight {
    fn is_bold(self) -> bool {
        matches!(self, Weight::SemiBold | Weight::Bold)
    }
}

/// One font: krilla's handle to draw with, and its tables to shape and measure with.
pub struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8], index: u32) -> Option<Face> {
        Some(Face {
            font: Font::new(data.into(), index)?,
            shaper: rustybuzz::Face::from_slice(data, index)?,
        })
    }

    /// Font units per em: what glyph positions are divided by for size 1.
    fn em(&self) -> f32 {
        self.shaper.units_per_em() as f32
    }

    /// krilla's handle to draw with.
    pub fn font(&self) -> Font {
        self.font.clone()
    }

    fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    /// Whether the face draws every character of `cluster` that shows.
    fn has_all(&self, cluster: &str) -> bool {
        cluster
            .chars()
            .all(|c| is_invisible_in_cluster(c) || self.has(c))
    }
}

/// Joiners and selectors: part of a cluster, but not glyphs a face must have.
fn is_invisible_in_cluster(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Whether `cluster` should be drawn as a colour emoji: an emoji sequence (with a joiner, an
/// emoji variation selector, a skin tone, a keycap or a flag's letters), or one character
/// that is an emoji by default. Symbols that are text by default (☺, ❤) stay text unless
/// asked for as emoji (❤️).
fn is_emoji(cluster: &str) -> bool {
    let mut chars = cluster.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let sequence = cluster.chars().any(|c| {
        matches!(c, '\u{200D}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{1F1E6}'..='\u{1F1FF}' | '\u{E0020}'..='\u{E007F}')
    });
    let text_style = cluster.contains('\u{FE0E}');
    !text_style
        && (sequence
            || matches!(first, '\u{1F000}'..='\u{1FAFF}' | '\u{231A}' | '\u{231B}' | '\u{23E9}'..='\u{23EC}' | '\u{23F0}' | '\u{23F3}' | '\u{25FD}' | '\u{25FE}' | '\u{2614}' | '\u{2615}' | '\u{2648}'..='\u{2653}' | '\u{267F}' | '\u{2693}' | '\u{26A1}' | '\u{26AA}' | '\u{26AB}' | '\u{26BD}' | '\u{26BE}' | '\u{26C4}' | '\u{26C5}' | '\u{26CE}' | '\u{26D4}' | '\u{26EA}' | '\u{26F2}' | '\u{26F3}' | '\u{26F5}' | '\u{26FA}' | '\u{26FD}' | '\u{2705}' | '\u{270A}' | '\u{270B}' | '\u{2728}' | '\u{274C}' | '\u{274E}' | '\u{2753}'..='\u{2755}' | '\u{2757}' | '\u{2795}'..='\u{2797}' | '\u{27B0}' | '\u{27BF}' | '\u{2B1B}' | '\u{2B1C}' | '\u{2B50}' | '\u{2B55}'))
}

/// What stands in for a cluster no face has.
const MISSING: char = '\u{25A1}';

/// Which face draws a cluster: an index into [`Fonts`]' faces, or none at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    Face(usize),
    /// No face has it: drawn as [`MISSING`] from the face given.
    Missing(usize),
}

/// Every face the PDF may draw with, and what was measured with them.
pub struct Fonts {
    /// Inter's four styles first (in [`Weight`]'s order), then the fallbacks.
    faces: Vec<Face>,
    /// The fallbacks for regular and for bold text, in the order they are tried: indexes into
    /// `faces`.
    regular_fallbacks: Vec<usize>,
    bold_fallbacks: Vec<usize>,
    /// None where the system has no emoji font: emoji are then drawn as squares.
    emoji: Option<usize>,
    /// Widths of words already measured, at size 1: a big board repeats its words.
    widths: RefCell<HashMap<Weight, HashMap<String, f32>>>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("faces", &self.faces.len())
            .finish_non_exhaustive()
    }
}

impl Fonts {
    /// Loads the shipped fonts, and the system's CJK fonts where it has them; `None` only if
    /// a font file in the binary is damaged.
    pub fn load() -> Option<Fonts> {
        let mut faces = Vec::new();
        let mut add = |face: Face| {
            faces.push(face);
            faces.len() - 1
        };
        for data in [INTER_REGULAR, INTER_ITALIC, INTER_SEMIBOLD, INTER_BOLD] {
            add(Face::load(data, 0)?);
        }
        let noto = add(Face::load(NOTO_SANS, 0)?);
        let (mut regular_fallbacks, mut bold_fallbacks) = (vec![noto], vec![noto]);
        for (regular, bold) in NOTO_SCRIPTS {
            regular_fallbacks.push(add(Face::load(regular, 0)?));
            bold_fallbacks.push(add(Face::load(bold, 0)?));
        }
        let cjk = system::cjk();
        if let Some((data, index)) = cjk.regular {
            regular_fallbacks.extend(Face::load(data, index).map(&mut add));
        }
        if let Some((data, index)) = cjk.bold.or(cjk.regular) {
            bold_fallbacks.extend(Face::load(data, index).map(&mut add));
        }
        let symbols = add(Face::load(NOTO_SYMBOLS, 0)?);
        let emoji =
            emoji_face_data().and_then(|(data, index)| Face::load(data, index).map(&mut add));
        for fallbacks in [&mut regular_fallbacks, &mut bold_fallbacks] {
            fallbacks.extend(std::iter::once(symbols).chain(emoji));
        }
        Some(Fonts {
            faces,
            regular_fallbacks,
            bold_fallbacks,
            emoji,
            widths: RefCell::default(),
        })
    }

    fn styled(weight: Weight) -> usize {
        match weight {
            Weight::Regular => 0,
            Weight::Italic => 1,
            Weight::SemiBold => 2,
            Weight::Bold => 3,
        }
    }

    pub fn face(&self, index: usize) -> &Face {
        &self.faces[index]
    }

    /// The face that draws `cluster` in `weight`; `previous` keeps spaces and joiners in
    /// the run they stand in, so a run of Arabic words is shaped as one.
    pub fn choose(&self, weight: Weight, cluster: &str, previous: Option<Choice>) -> Choice {
        let styled = Fonts::styled(weight);
        if cluster.chars().all(char::is_whitespace) {
            return match previous {
                // The emoji font's spaces are an emoji wide.
                Some(Choice::Face(face))
                    if Some(face) != self.emoji && self.faces[face].has_all(cluster) =>
                {
                    Choice::Face(face)
                }
                _ => Choice::Face(styled),
            };
        }
        if let Some(emoji) = self.emoji
            && is_emoji(cluster)
            && self.faces[emoji].has_all(cluster)
        {
            return Choice::Face(emoji);
        }
        let fallbacks = if weight.is_bold() {
            &self.bold_fallbacks
        } else {
            &self.regular_fallbacks
        };
        std::iter::once(styled)
            .chain(fallbacks.iter().copied())
            .find(|&face| self.faces[face].has_all(cluster))
            .map_or_else(|| self.missing(weight), Choice::Face)
    }

    /// How a missing cluster is drawn: the square from the first face that has one.
    fn missing(&self, weight: Weight) -> Choice {
        let styled = Fonts::styled(weight);
        let face = std::iter::once(styled)
            .chain(self.regular_fallbacks.iter().copied())
            .find(|&face| self.faces[face].has(MISSING))
            .unwrap_or(styled);
        Choice::Missing(face)
    }

    /// Width of one line of `text` at `size`, as it is drawn.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        // Looked up by the text itself: no copy of it for a word already measured.
        let cached = self
            .widths
            .borrow()
            .get(&weight)
            .and_then(|words| words.get(text))
            .copied();
        let at_one = cached.unwrap_or_else(|| {
            let width = self.line(text, weight).width;
            // A cache of words, not of whole paragraphs.
            if text.len() <= 64 {
                self.widths
                    .borrow_mut()
                    .entry(weight)
                    .or_default()
                    .insert(text.to_owned(), width);
            }
            width
        });
        at_one * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().expect("the shipped fonts load")
    }

    #[test]
    fn each_script_finds_a_face_that_has_it() {
        let fonts = fonts();
        for sample in ["é", "Ω", "Ж", "ب", "ש", "क्षि", "ที่", "✓"] {
            assert!(
                matches!(fonts.choose(Weight::Regular, sample, None), Choice::Face(_)),
                "{sample} is drawn with real glyphs"
            );
        }
    }

    #[test]
    fn emoji_sequences_come_whole_from_the_emoji_font_and_text_symbols_stay_text() {
        let fonts = fonts();
        let emoji = fonts.emoji.expect(
            "an emoji font: on Linux, the system's Noto Color Emoji (fonts-noto-color-emoji)",
        );
        for sequence in ["👩‍💻", "❤️‍🔥", "🏳️‍🌈", "👍🏽", "🇫🇷", "❤️", "😄"]
        {
            assert_eq!(
                fonts.choose(Weight::Regular, sequence, None),
                Choice::Face(emoji),
                "{sequence} is one colour emoji"
            );
        }
        assert_ne!(
            fonts.choose(Weight::Regular, "★", None),
            Choice::Face(emoji),
            "a star without the emoji selector is a text symbol"
        );
    }

    #[test]
    fn a_character_no_face_has_is_missing_but_chosen() {
        let fonts = fonts();
        assert!(matches!(
            fonts.choose(Weight::Regular, "\u{10FFFD}", None),
            Choice::Missing(_)
        ));
    }
}
