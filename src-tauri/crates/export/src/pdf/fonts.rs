//! The PDF's type: Inter for the words, then Noto for what Inter lacks (more scripts,
//! symbols, colour emoji). krilla draws each run with one font and does no fallback, so
//! text is split here into runs by the first face that has each character. A character no
//! face has is drawn as a white square (□), visibly missing, yet still itself in the text
//! layer, so it can be searched for and copied.

use krilla::text::Font;

const INTER_REGULAR: &[u8] = include_bytes!("../../../../../assets/fonts/inter/Inter-Regular.otf");
const INTER_ITALIC: &[u8] = include_bytes!("../../../../../assets/fonts/inter/Inter-Italic.otf");
const INTER_SEMIBOLD: &[u8] =
    include_bytes!("../../../../../assets/fonts/inter/Inter-SemiBold.otf");
const INTER_BOLD: &[u8] = include_bytes!("../../../../../assets/fonts/inter/Inter-Bold.otf");
const NOTO_SANS: &[u8] = include_bytes!("../../../../../assets/fonts/noto/NotoSans-Regular.ttf");
const NOTO_SYMBOLS: &[u8] =
    include_bytes!("../../../../../assets/fonts/noto/NotoSansSymbols2-Regular.ttf");
const NOTO_EMOJI: &[u8] = include_bytes!("../../../../../assets/fonts/noto/NotoColorEmoji.ttf");

/// The styles the PDF uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Italic,
    SemiBold,
    Bold,
}

/// One font: krilla's handle to draw with, and its tables to measure with.
struct Face {
    font: Font,
    tables: ttf_parser::Face<'static>,
}

impl Face {
    fn load(data: &'static [u8]) -> Option<Face> {
        Some(Face {
            font: Font::new(data.into(), 0)?,
            tables: ttf_parser::Face::parse(data, 0).ok()?,
        })
    }

    fn has(&self, c: char) -> bool {
        self.tables.glyph_index(c).is_some_and(|g| g.0 != 0)
    }

    /// Width of `c` at size 1.
    fn advance(&self, c: char) -> f32 {
        let glyph = self.tables.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        f32::from(self.tables.glyph_hor_advance(glyph).unwrap_or(0))
            / f32::from(self.tables.units_per_em())
    }
}

/// A stretch of text drawn with one font.
pub struct Run<'a> {
    pub font: Font,
    pub text: &'a str,
    /// Width at size 1.
    pub width: f32,
    /// What to draw instead of each character, when no face has them: a glyph of `font`
    /// and its advance at size 1.
    pub stand_in: Option<(u16, f32)>,
}

/// What stands in for a character no shipped font has.
const MISSING: char = '\u{25A1}';

pub struct Fonts {
    regular: Face,
    italic: Face,
    semibold: Face,
    bold: Face,
    /// Tried in order when the style's face lacks a character.
    fallbacks: [Face; 3],
}

/// Characters that belong with the one before them (joiners, variation selectors, skin
/// tones, combining marks), so an emoji sequence or an accented letter stays in one run.
fn joins_previous(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{0300}'..='\u{036F}' | '\u{E0020}'..='\u{E007F}')
}

impl Fonts {
    /// Loads the shipped fonts; `None` only if a font file in the binary is damaged.
    pub fn load() -> Option<Fonts> {
        Some(Fonts {
            regular: Face::load(INTER_REGULAR)?,
            italic: Face::load(INTER_ITALIC)?,
            semibold: Face::load(INTER_SEMIBOLD)?,
            bold: Face::load(INTER_BOLD)?,
            fallbacks: [
                Face::load(NOTO_SANS)?,
                Face::load(NOTO_SYMBOLS)?,
                Face::load(NOTO_EMOJI)?,
            ],
        })
    }

    fn styled(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Italic => &self.italic,
            Weight::SemiBold => &self.semibold,
            Weight::Bold => &self.bold,
        }
    }

    /// The face to draw `c` with, or `None` if no face has it.
    fn face_for(&self, weight: Weight, c: char) -> Option<&Face> {
        let styled = self.styled(weight);
        if styled.has(c) || c.is_whitespace() {
            return Some(styled);
        }
        self.fallbacks.iter().find(|f| f.has(c))
    }

    /// The face and glyph of the stand-in square.
    fn stand_in(&self, weight: Weight) -> Option<(&Face, u16, f32)> {
        let face = self.face_for(weight, MISSING)?;
        let glyph = face.tables.glyph_index(MISSING)?;
        Some((face, glyph.0, face.advance(MISSING)))
    }

    /// Splits `text` into runs, each drawn with the first face that has its characters.
    pub fn runs<'a>(&self, text: &'a str, weight: Weight) -> Vec<Run<'a>> {
        // (start, end, face, width, stand-in glyph)
        type Pending<'f> = (usize, usize, &'f Face, f32, Option<(u16, f32)>);
        let mut runs: Vec<Pending> = Vec::new();
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            let previous = runs.last().map(|r| (r.2, r.4));
            let (face, stand_in, advance) = match (previous, self.face_for(weight, c)) {
                (Some((face, stand_in)), _) if joins_previous(c) => (face, stand_in, 0.0),
                (_, Some(face)) => (face, None, face.advance(c)),
                (_, None) => match self.stand_in(weight) {
                    Some((face, glyph, advance)) => (face, Some((glyph, advance)), advance),
                    None => (self.styled(weight), None, 0.0),
                },
            };
            match runs.last_mut() {
                Some(last) if std::ptr::eq(last.2, face) && last.4 == stand_in => {
                    last.1 = end;
                    last.3 += advance;
                }
                _ => runs.push((at, end, face, advance, stand_in)),
            }
        }
        runs.into_iter()
            .map(|(start, end, face, width, stand_in)| Run {
                font: face.font.clone(),
                text: &text[start..end],
                width,
                stand_in,
            })
            .collect()
    }

    /// Width of `text` at `size`.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        self.runs(text, weight).iter().map(|r| r.width).sum::<f32>() * size
    }

    /// Breaks `text` into lines no wider than `max`, at spaces where it can and inside a
    /// word only when the word alone is too wide. Line breaks in the text are kept.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, max: f32) -> Vec<String> {
        // Widths add up word by word: measuring each candidate line afresh made a
        // 2,000-card board take seconds.
        let space = self.width(" ", weight, size);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split(' ') {
                let word_width = self.width(word, weight, size);
                let joined = if line.is_empty() {
                    word_width
                } else {
                    line_width + space + word_width
                };
                if joined <= max {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width = joined;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line_width = 0.0;
                for c in word.chars() {
                    let width = self.width(c.encode_utf8(&mut [0; 4]), weight, size);
                    if !line.is_empty() && line_width + width > max {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += width;
                }
            }
            lines.push(line);
        }
        lines
    }
}
