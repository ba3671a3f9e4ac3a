//! Pictures of pages: the PDF's own pages rasterised (hayro), so a PNG or a preview shows
//! exactly what the PDF holds.

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings, render};

use crate::{ExportError, WorkshopContent, board_poster};

/// A board's PNG: pixels per point of the PDF's drawing, sharp on a slide.
const BOARD_SCALE: f32 = 2.0;

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

/// PNG images of the first `limit` pages of `pdf`, at `scale` pixels per point.
pub fn pages_as_png(pdf: &[u8], scale: f32, limit: usize) -> Result<Pictures, ExportError> {
    let document = Pdf::new(pdf.to_vec())
        .map_err(|e| ExportError::Pdf(format!("the PDF could not be read back: {e:?}")))?;
    let cache = RenderCache::new();
    let interpreter = InterpreterSettings::default();
    let settings = RenderSettings::default();
    let pixmap = PixmapSettings {
        x_scale: scale,
        y_scale: scale,
        bg_color: WHITE,
    };
    let pages = document
        .pages()
        .iter()
        .take(limit)
        .map(|page| {
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
