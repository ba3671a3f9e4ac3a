//! Pictures of pages: the PDF's own pages rasterised (hayro), so a PNG or a preview shows
//! exactly what the PDF holds.

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings, render};

use crate::{ExportError, WorkshopContent, board_poster};

/// A board's PNG: pixels per point of the PDF's drawing, sharp on a slide.
const BOARD_SCALE: f32 = 2.0;

/// The largest picture drawn, in pixels: on a side, and in all. A page that would be larger
/// is drawn smaller, never cut, so that image viewers and slide tools open it and it is made
/// in bounded memory (4 bytes a pixel while drawn: 160 MB at most).
pub const MAX_SIDE_PX: f32 = 16_384.0;
pub const MAX_PIXELS: f32 = 40_000_000.0;

/// `wanted` pixels per point, or less for a page of `width` × `height` points that would
/// pass the limits.
pub fn bounded_scale(wanted: f32, width: f32, height: f32) -> f32 {
    let (width, height) = (width.max(1.0), height.max(1.0));
    wanted
        .min(MAX_SIDE_PX / width)
        .min(MAX_SIDE_PX / height)
        .min((MAX_PIXELS / (width * height)).sqrt())
}

/// The whole board `index` of the workshop as one PNG, drawn as the PDF draws it.
pub fn board_png(content: &WorkshopContent, index: usize) -> Result<Vec<u8>, ExportError> {
    let pictures = pages_as_png(&board_poster(content, index)?, BOARD_SCALE, 1)?;
    pictures
        .pages
        .into_iter()
        .next()
        .ok_or_else(|| ExportError::Pdf("the board could not be drawn".into()))
}

/// Pictures of a PDF's first pages.
#[derive(Debug)]
pub struct Pictures {
    /// How many pages the PDF has, drawn or not.
    pub page_count: usize,
    /// PNG files, one per drawn page.
    pub pages: Vec<Vec<u8>>,
}

/// PNG images of the first `limit` pages of `pdf`, at `scale` pixels per point (less for a
/// page past the limits above).
pub fn pages_as_png(pdf: &[u8], scale: f32, limit: usize) -> Result<Pictures, ExportError> {
    let document = Pdf::new(pdf.to_vec())
        .map_err(|e| ExportError::Pdf(format!("the PDF could not be read back: {e:?}")))?;
    let cache = RenderCache::new();
    let interpreter = InterpreterSettings::default();
    let settings = RenderSettings::default();
    let pages = document
        .pages()
        .iter()
        .take(limit)
        .map(|page| {
            let (width, height) = page.render_dimensions();
            let scale = bounded_scale(scale, width, height);
            let pixmap = PixmapSettings {
                x_scale: scale,
                y_scale: scale,
                bg_color: WHITE,
            };
            render(page, &cache, &interpreter, &settings, &pixmap)
                .into_png()
                .map_err(|e| ExportError::Pdf(format!("a page could not be drawn as PNG: {e:?}")))
        })
        .collect::<Result<_, _>>()?;
    Ok(Pictures {
        page_count: document.pages().len(),
        pages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_drawn_at_the_scale_asked_until_it_would_pass_a_limit() {
        assert_eq!(
            bounded_scale(2.0, 842.0, 595.0),
            2.0,
            "an A4 page is as asked"
        );
        let tall = bounded_scale(2.0, 900.0, 40_000.0);
        assert!(
            40_000.0 * tall <= MAX_SIDE_PX,
            "a side stays within the limit"
        );
        let big = bounded_scale(2.0, 6_000.0, 8_000.0);
        assert!(6_000.0 * 8_000.0 * big * big <= MAX_PIXELS * 1.001);
        assert!(big > 0.0);
    }
}
