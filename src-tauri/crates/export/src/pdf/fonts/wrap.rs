//! Breaking text into lines that fit a width: at the places Unicode's line breaking rules
//! (UAX #14) allow, so Chinese and Japanese wrap between characters and words stay whole; a
//! word wider than the line alone (a long URL, Thai written without spaces) is cut between
//! grapheme clusters, so an accent, a syllable or an emoji sequence is never split.

use unicode_linebreak::linebreaks;
use unicode_segmentation::UnicodeSegmentation;

use super::{Fonts, Weight};

impl Fonts {
    /// Breaks `text` into lines no wider than `max` at `size`. Line breaks in the text are
    /// kept; spaces at the end of a line are dropped.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            // Widths add up piece by piece: measuring each candidate line afresh made a
            // 2,000-card board take seconds.
            let mut width = 0.0;
            for piece in breakable_pieces(paragraph) {
                let shown = self.width(piece.trim_end(), weight, size);
                if width + shown <= max || line.is_empty() && shown <= max {
                    line.push_str(piece);
                    width += self.width(piece, weight, size);
                    continue;
                }
                if !line.is_empty() {
                    lines.push(line.trim_end().to_owned());
                    line.clear();
                    width = 0.0;
                }
                if shown <= max {
                    line.push_str(piece);
                    width = self.width(piece, weight, size);
                    continue;
                }
                for cluster in piece.graphemes(true) {
                    let wide = self.width(cluster, weight, size);
                    if !line.is_empty() && width + wide > max && !cluster.trim().is_empty() {
                        lines.push(line.trim_end().to_owned());
                        line.clear();
                        width = 0.0;
                    }
                    line.push_str(cluster);
                    width += wide;
                }
            }
            lines.push(line.trim_end().to_owned());
        }
        lines
    }
}

impl Fonts {
    /// `text` on one line no wider than `max` at `size`: as it is when it fits, else cut
    /// between grapheme clusters and ended with "…".
    pub fn shorten(&self, text: &str, weight: Weight, size: f32, max: f32) -> String {
        if self.width(text, weight, size) <= max {
            return text.to_owned();
        }
        let ends: Vec<usize> = text
            .grapheme_indices(true)
            .map(|(at, _)| at)
            .skip(1)
            .collect();
        let fits = |end: usize| self.width(&format!("{}…", &text[..end]), weight, size) <= max;
        // The longest start that fits, found by halving: a title can be long.
        let (mut low, mut high) = (0, ends.len());
        while low < high {
            let middle = (low + high).div_ceil(2);
            if fits(ends[middle - 1]) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        let end = if low == 0 { 0 } else { ends[low - 1] };
        format!("{}…", text[..end].trim_end())
    }
}

/// `paragraph` cut where a line may end, each piece with the spaces that follow it.
fn breakable_pieces(paragraph: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    linebreaks(paragraph).filter_map(move |(at, _)| {
        let piece = &paragraph[start..at];
        start = at;
        (!piece.is_empty()).then_some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::load().expect("fonts")
    }

    #[test]
    fn every_line_fits_and_no_text_is_lost() {
        let fonts = fonts();
        for text in [
            "The parcel slip was in Dutch and the printer at home had no ink",
            "退货标签打印不出来，我只好去了快递点，排队排了半个小时。",
            "ลูกค้าไม่สามารถพิมพ์ฉลากคืนสินค้าได้เพราะเครื่องพิมพ์หมึกหมด",
            "لم أستطع طباعة ملصق الإرجاع لأن الطابعة في البيت بلا حبر",
            "https://example.invalid/a/very/long/address/that/has/no/spaces/at/all",
        ] {
            let lines = fonts.wrap(text, Weight::Regular, 10.0, 120.0);
            for line in &lines {
                assert!(
                    fonts.width(line, Weight::Regular, 10.0) <= 120.0 + 0.01,
                    "{line:?} fits"
                );
            }
            let joined: String = lines.concat().split_whitespace().collect();
            let original: String = text.split_whitespace().collect();
            assert_eq!(joined, original, "nothing lost or reordered");
        }
    }

    #[test]
    fn a_title_too_long_for_its_line_ends_in_an_ellipsis_and_fits() {
        let fonts = fonts();
        let title = "Returning an online order, from the first doubt to the refund ".repeat(4);
        let short = fonts.shorten(&title, Weight::Bold, 16.0, 300.0);
        assert!(short.ends_with('…'));
        assert!(fonts.width(&short, Weight::Bold, 16.0) <= 300.0);
        assert!(title.starts_with(short.trim_end_matches('…')));
        assert_eq!(fonts.shorten("Short", Weight::Bold, 16.0, 300.0), "Short");
    }

    #[test]
    fn an_emoji_sequence_is_never_split_across_lines() {
        let fonts = fonts();
        let text = "👩‍💻".repeat(30);
        for line in fonts.wrap(&text, Weight::Regular, 10.0, 50.0) {
            assert_eq!(
                line.graphemes(true).filter(|g| *g != "👩‍💻").count(),
                0,
                "{line:?} holds whole sequences only"
            );
        }
    }

    #[test]
    fn a_width_is_what_shaping_gives_not_a_sum_of_characters() {
        let fonts = fonts();
        let family = fonts.width("👨‍👩‍👧‍👦", Weight::Regular, 10.0);
        let parts = fonts.width("👨", Weight::Regular, 10.0);
        assert!(
            (family - parts).abs() < 0.5,
            "a family is one emoji wide ({family} vs {parts})"
        );
    }
}
