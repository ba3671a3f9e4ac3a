//! Persona portraits: checked, downscaled and kept inside the store, so a workshop stays one
//! portable file.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, ImageReader, Limits};
use rusqlite::{OptionalExtension, params};

use crate::error::{Error, Result};
use crate::ids::PersonaId;
use crate::store::Store;
use crate::time::Timestamp;

/// The largest image file a facilitator may pick: a phone photo fits with room to spare.
pub const MAX_PORTRAIT_BYTES: usize = 15 * 1024 * 1024;
/// Portraits are scaled down to fit within this many pixels a side.
pub const PORTRAIT_SIZE: u32 = 512;
/// Images wider or taller than this are refused before decoding: they would take more
/// memory than a portrait deserves, and a tiny file can claim to be enormous.
const MAX_SOURCE_SIDE: u32 = 12_000;
const JPEG_QUALITY: u8 = 86;

/// A portrait as stored: an encoded image and its media type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Portrait {
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
}

fn refused(reason: impl Into<String>) -> Error {
    Error::Invalid {
        field: "The portrait",
        reason: reason.into(),
    }
}

impl Portrait {
    /// Checks that `file` is a PNG, JPEG or WebP image within the limits, and scales it down
    /// to fit [`PORTRAIT_SIZE`]. Photos are kept as JPEG; images with transparency as PNG.
    pub fn from_file(file: &[u8]) -> Result<Portrait> {
        if file.len() > MAX_PORTRAIT_BYTES {
            return Err(refused(format!(
                "the file is {:.1} MB; pick an image of at most {} MB.",
                file.len() as f64 / 1_048_576.0,
                MAX_PORTRAIT_BYTES / 1_048_576
            )));
        }
        let format = match image::guess_format(file) {
            Ok(f @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)) => f,
            _ => return Err(refused("the file is not a PNG, JPEG or WebP image.")),
        };
        let mut reader = ImageReader::with_format(Cursor::new(file), format);
        let mut limits = Limits::default();
        limits.max_image_width = Some(MAX_SOURCE_SIDE);
        limits.max_image_height = Some(MAX_SOURCE_SIDE);
        reader.limits(limits);
        let image = reader
            .decode()
            .map_err(|e| refused(format!("the image could not be read ({e}).")))?;
        let image = if image.width() > PORTRAIT_SIZE || image.height() > PORTRAIT_SIZE {
            image.resize(
                PORTRAIT_SIZE,
                PORTRAIT_SIZE,
                image::imageops::FilterType::Lanczos3,
            )
        } else {
            image
        };
        encode(&image)
    }
}

fn encode(image: &DynamicImage) -> Result<Portrait> {
    let mut bytes = Vec::new();
    let media_type = if image.color().has_alpha() {
        image
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .map_err(|e| refused(format!("it could not be saved ({e}).")))?;
        "image/png"
    } else {
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
        image
            .to_rgb8()
            .write_with_encoder(encoder)
            .map_err(|e| refused(format!("it could not be saved ({e}).")))?;
        "image/jpeg"
    };
    Ok(Portrait { media_type, bytes })
}

fn media_type(stored: &str) -> &'static str {
    match stored {
        "image/png" => "image/png",
        "image/webp" => "image/webp",
        _ => "image/jpeg",
    }
}

impl Store {
    /// The persona's portrait, if it has one.
    pub fn persona_portrait(&self, id: PersonaId) -> Result<Option<Portrait>> {
        let row: Option<(Option<Vec<u8>>, Option<String>)> = self
            .read()
            .query_row(
                "SELECT portrait, portrait_type FROM personas WHERE id = ?1 AND deleted_at IS NULL",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (bytes, kind) = row.ok_or(Error::NotFound { entity: "persona" })?;
        Ok(bytes.map(|bytes| Portrait {
            media_type: media_type(kind.as_deref().unwrap_or_default()),
            bytes,
        }))
    }

    /// Gives the persona `portrait`, or takes its portrait away (`None`).
    pub fn set_persona_portrait(
        &mut self,
        id: PersonaId,
        portrait: Option<&Portrait>,
        now: Timestamp,
    ) -> Result<()> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE personas SET portrait = ?2, portrait_type = ?3, updated_at = ?4
                 WHERE id = ?1 AND deleted_at IS NULL",
                params![
                    id,
                    portrait.map(|p| p.bytes.as_slice()),
                    portrait.map(|p| p.media_type),
                    now.0
                ],
            )?;
            if changed == 0 {
                return Err(Error::NotFound { entity: "persona" });
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    fn encoded(image: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .expect("encode");
        bytes
    }

    #[test]
    fn a_large_photo_is_scaled_to_fit_and_kept_as_jpeg() {
        let photo = DynamicImage::ImageRgb8(RgbImage::from_pixel(2000, 1000, Rgb([200, 120, 40])));
        let portrait = Portrait::from_file(&encoded(photo, ImageFormat::Png)).expect("accepted");
        assert_eq!(portrait.media_type, "image/jpeg");
        let back = image::load_from_memory(&portrait.bytes).expect("readable");
        assert_eq!(
            (back.width(), back.height()),
            (512, 256),
            "fits 512 px and keeps its shape"
        );
    }

    #[test]
    fn transparency_is_kept_as_png_and_small_images_keep_their_size() {
        let logo = DynamicImage::ImageRgba8(RgbaImage::from_pixel(100, 80, Rgba([0, 0, 0, 0])));
        let portrait = Portrait::from_file(&encoded(logo, ImageFormat::Png)).expect("accepted");
        assert_eq!(portrait.media_type, "image/png");
        let back = image::load_from_memory(&portrait.bytes).expect("readable");
        assert_eq!((back.width(), back.height()), (100, 80));
    }

    #[test]
    fn webp_and_jpeg_are_accepted() {
        let picture = DynamicImage::ImageRgb8(RgbImage::from_pixel(40, 40, Rgb([10, 20, 30])));
        for format in [ImageFormat::WebP, ImageFormat::Jpeg] {
            assert!(
                Portrait::from_file(&encoded(picture.clone(), format)).is_ok(),
                "{format:?}"
            );
        }
    }

    #[test]
    fn files_that_are_not_images_or_too_big_are_refused_with_a_reason() {
        let not_image = Portrait::from_file(b"%PDF-1.7 a report").expect_err("refused");
        assert!(
            not_image
                .to_string()
                .contains("not a PNG, JPEG or WebP image"),
            "{not_image}"
        );
        let gif = Portrait::from_file(b"GIF89a\x01\x00\x01\x00").expect_err("refused");
        assert!(gif.to_string().contains("not a PNG, JPEG or WebP"), "{gif}");
        let mut truncated = encoded(
            DynamicImage::ImageRgb8(RgbImage::from_pixel(64, 64, Rgb([1, 2, 3]))),
            ImageFormat::Png,
        );
        truncated.truncate(truncated.len() / 2);
        let broken = Portrait::from_file(&truncated).expect_err("refused");
        assert!(broken.to_string().contains("could not be read"), "{broken}");
        let huge = vec![0u8; MAX_PORTRAIT_BYTES + 1];
        let too_big = Portrait::from_file(&huge).expect_err("refused");
        assert!(too_big.to_string().contains("at most 15 MB"), "{too_big}");
    }

    #[test]
    fn an_image_claiming_to_be_enormous_is_refused_before_it_is_decoded() {
        // A valid PNG header that claims 60,000 × 60,000 pixels: a decompression bomb.
        let mut header = encoded(
            DynamicImage::ImageRgb8(RgbImage::from_pixel(1, 1, Rgb([0, 0, 0]))),
            ImageFormat::Png,
        );
        header[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        header[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        assert!(Portrait::from_file(&header).is_err());
    }
}
