//! Pictures of pages: the PDF's own pages rasterised (hayro), so a PNG or a preview shows
//! exactly what the PDF holds.

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings, render};

use crate::ExportError;

/// PNG images of the first `limit` pages of `pdf`, at `scale` pixels per point.
pub fn pages_as_png(pdf: &[u8], scale: f32, limit: usize) -> Result<Vec<Vec<u8>>, ExportError> {
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
    document
        .pages()
        .iter()
        .take(limit)
        .map(|page| {
            render(page, &cache, &interpreter, &settings, &pixmap)
                .into_png()
                .map_err(|e| ExportError::Pdf(format!("a page could not be drawn as PNG: {e:?}")))
        })
        .collect()
}
