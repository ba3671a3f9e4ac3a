//! One line of text laid out as it is drawn: put in visual order by the Unicode bidi
//! algorithm (Arabic and Hebrew right to left, mixed with Latin), cut into runs of one face
//! by grapheme cluster, each run shaped by rustybuzz (joining, ligatures, marks, kerning), so
//! what is measured is exactly what is drawn. Each glyph carries the text it stands for, so
//! the PDF's text layer holds every word as written; glyphs go in visual order, as PDF
//! readers expect when they put right-to-left words back in reading order.

use std::ops::Range;

use krilla::text::{GlyphId, KrillaGlyph};
use unicode_bidi::ParagraphBidiInfo;
use unicode_segmentation::UnicodeSegmentation;

use super::{Choice, Face, Fonts, MISSING, Weight};

/// A line laid out, at size 1.
#[derive(Debug)]
pub struct Line {
    /// The text as drawn: control characters (a tab, say) become spaces.
    pub text: String,
    pub width: f32,
    /// Whether the line reads right to left as a whole (its first strong letter is).
    pub rtl: bool,
    /// Its runs, in logical order.
    pub runs: Vec<Run>,
}

/// A stretch of a line drawn with one face in one direction.
#[derive(Debug)]
pub struct Run {
    pub face: usize,
    /// Where it is in the line's text.
    pub range: Range<usize>,
    /// Its left edge from the line's start, and its width.
    pub x: f32,
    pub width: f32,
    /// In visual order, each with its text's range within the run; drawn from `x`.
    pub glyphs: Vec<KrillaGlyph>,
}

impl Fonts {
    /// Lays out one line of `text` (no line breaks in it) in `weight`.
    pub fn line(&self, text: &str, weight: Weight) -> Line {
        let text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let bidi = ParagraphBidiInfo::new(&text, None);
        let rtl = bidi.paragraph_level.is_rtl();
        let directional: Vec<(Range<usize>, bool)> = if bidi.has_rtl() {
            let (levels, runs) = bidi.visual_runs(0..text.len());
            runs.into_iter()
                .map(|run| {
                    let rtl = levels[run.start].is_rtl();
                    (run, rtl)
                })
                .collect()
        } else {
            vec![(0..text.len(), false)]
        };
        let mut runs = Vec::new();
        let mut x = 0.0;
        for (range, run_rtl) in directional {
            let mut pieces = self.by_face(&text, range, weight);
            if run_rtl {
                pieces.reverse();
            }
            for (face, range) in pieces {
                let run = self.shape(&text, face, range, run_rtl, x);
                x += run.width;
                runs.push(run);
            }
        }
        runs.sort_by_key(|run| run.range.start);
        Line {
            text,
            width: x,
            rtl,
            runs,
        }
    }

    /// Cuts `range` of `text` into runs of one face, by grapheme cluster, in logical order.
    fn by_face(
        &self,
        text: &str,
        range: Range<usize>,
        weight: Weight,
    ) -> Vec<(Choice, Range<usize>)> {
        let mut pieces: Vec<(Choice, Range<usize>)> = Vec::new();
        for (at, cluster) in text[range.clone()].grapheme_indices(true) {
            let start = range.start + at;
            let end = start + cluster.len();
            let choice = self.choose(weight, cluster, pieces.last().map(|p| p.0));
            match pieces.last_mut() {
                // Missing clusters each get their own square.
                Some((last, span)) if *last == choice && matches!(choice, Choice::Face(_)) => {
                    span.end = end;
                }
                _ => pieces.push((choice, start..end)),
            }
        }
        pieces
    }

    fn shape(&self, text: &str, choice: Choice, range: Range<usize>, rtl: bool, x: f32) -> Run {
        let piece = &text[range.clone()];
        let (face, glyphs) = match choice {
            Choice::Face(face) => (face, shaped(&self.faces[face], piece, rtl)),
            Choice::Missing(face) => (face, stand_in(&self.faces[face], piece)),
        };
        let width: f32 = glyphs.iter().map(|g| g.x_advance).sum();
        let glyphs = glyphs.into_iter().map(Placed::into_glyph).collect();
        Run {
            face,
            range,
            x,
            width,
            glyphs,
        }
    }
}

/// A glyph as rustybuzz placed it, at size 1.
struct Placed {
    id: u32,
    x_advance: f32,
    x_offset: f32,
    y_offset: f32,
    text: Range<usize>,
}

impl Placed {
    fn into_glyph(self) -> KrillaGlyph {
        KrillaGlyph::new(
            GlyphId::new(self.id),
            self.x_advance,
            self.x_offset,
            self.y_offset,
            0.0,
            self.text,
            None,
        )
    }
}

/// `text` shaped with `face`, glyphs in visual order.
fn shaped(face: &Face, text: &str, rtl: bool) -> Vec<Placed> {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let output = rustybuzz::shape(&face.shaper, &[], buffer);
    let em = face.em();
    // A cluster's text runs to the next cluster's start, whichever way the glyphs go.
    let mut starts: Vec<usize> = output
        .glyph_infos()
        .iter()
        .map(|i| i.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| {
        starts
            .iter()
            .find(|&&s| s > start)
            .copied()
            .unwrap_or(text.len())
    };
    output
        .glyph_infos()
        .iter()
        .zip(output.glyph_positions())
        .map(|(info, position)| {
            let start = info.cluster as usize;
            Placed {
                id: info.glyph_id,
                x_advance: position.x_advance as f32 / em,
                x_offset: position.x_offset as f32 / em,
                y_offset: position.y_offset as f32 / em,
                text: start..end_of(start),
            }
        })
        .collect()
}

/// One square from `face` for each cluster of `text`, each carrying its cluster.
fn stand_in(face: &Face, text: &str) -> Vec<Placed> {
    let glyph = face
        .shaper
        .glyph_index(MISSING)
        .map_or(0, |g| u32::from(g.0));
    let advance = face
        .shaper
        .glyph_index(MISSING)
        .and_then(|g| face.shaper.glyph_hor_advance(g))
        .map_or(0.5, |a| f32::from(a) / face.em());
    text.grapheme_indices(true)
        .map(|(at, cluster)| Placed {
            id: glyph,
            x_advance: advance,
            x_offset: 0.0,
            y_offset: 0.0,
            text: at..at + cluster.len(),
        })
        .collect()
}
