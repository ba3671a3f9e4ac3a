//! Persona portraits: checked, downscaled and kept inside the store, so a workshop stays one
//! portable file.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use rusqlite::{OptionalExtension, params};

use crate::error::{Error, Field, Phrase, Result};
use crate::ids::PersonaId;
use crate::store::Store;
use crate::time::Timestamp;

/// The largest image file a facilitator may pick: a phone photo fits with room to spare.
pub const MAX_PORTRAIT_BYTES: usize = 15 * 1024 * 1024;
/// Portraits are scaled down to fit within this many pixels a side.
pub const PORTRAIT_SIZE: u32 = 512;
/// Images of more pixels than this are refused before decoding: they would take more time
/// and memory than a portrait deserves, and a tiny file can claim to be enormous. A phone's
/// photo is 12 to 48 million.
const MAX_SOURCE_PIXELS: u64 = 50_000_000;
/// What decoding may allocate in all: a 50-million-pixel photo with an alpha channel.
const MAX_DECODE_BYTES: u64 = 4 * MAX_SOURCE_PIXELS;
const JPEG_QUALITY: u8 = 86;

/// A portrait as stored: an encoded image and its media type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Portrait {
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
}

fn refused(reason: Phrase) -> Error {
    Error::Invalid {
        field: Field::Portrait,
        reason,
    }
}

impl Portrait {
    /// Checks that `file` is a PNG, JPEG or WebP image within the limits, and scales it down
    /// to fit [`PORTRAIT_SIZE`]. Photos are kept as JPEG; images with transparency as PNG.
    pub fn from_file(file: &[u8]) -> Result<Portrait> {
        if file.len() > MAX_PORTRAIT_BYTES {
            return Err(refused(crate::phrase!(
                "reason-portrait-too-large",
                size = Phrase::Decimal(format!("{:.1}", file.len() as f64 / 1_048_576.0)),
                max = MAX_PORTRAIT_BYTES / 1_048_576,
            )));
        }
        let format = match image::guess_format(file) {
            Ok(f @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)) => f,
            _ => return Err(refused(crate::phrase!("reason-portrait-not-an-image"))),
        };
        let unreadable = |e: image::ImageError| {
            refused(crate::phrase!(
                "reason-portrait-unreadable",
                problem = e.to_string()
            ))
        };
        let mut reader = ImageReader::with_format(Cursor::new(file), format);
        let mut limits = Limits::default();
        limits.max_alloc = Some(MAX_DECODE_BYTES);
        reader.limits(limits);
        let mut decoder = reader.into_decoder().map_err(unreadable)?;
        let (width, height) = decoder.dimensions();
        if u64::from(width) * u64::from(height) > MAX_SOURCE_PIXELS {
            return Err(refused(crate::phrase!(
                "reason-portrait-too-many-pixels",
                width = width,
                height = height,
                max = MAX_SOURCE_PIXELS / 1_000_000,
            )));
        }
        // A phone keeps its photos as the sensor saw them, with a note of which way is up.
        let orientation = decoder.orientation().map_err(unreadable)?;
        let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
        image.apply_orientation(orientation);
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
            .map_err(|e| {
                refused(crate::phrase!(
                    "reason-portrait-not-saved",
                    problem = e.to_string()
                ))
            })?;
        "image/png"
    } else {
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY);
        image.to_rgb8().write_with_encoder(encoder).map_err(|e| {
            refused(crate::phrase!(
                "reason-portrait-not-saved",
                problem = e.to_string()
            ))
        })?;
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

    /// A one-pixel PNG whose header (with its checksum made right) claims `width` × `height`.
    fn png_claiming(width: u32, height: u32) -> Vec<u8> {
        let mut png = encoded(
            DynamicImage::ImageRgb8(RgbImage::from_pixel(1, 1, Rgb([0, 0, 0]))),
            ImageFormat::Png,
        );
        png[16..20].copy_from_slice(&width.to_be_bytes());
        png[20..24].copy_from_slice(&height.to_be_bytes());
        // The header chunk's CRC-32 covers its type and data (bytes 12 to 29).
        let crc = !png[12..29].iter().fold(!0u32, |mut crc, &byte| {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
            crc
        });
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        png
    }

    #[test]
    fn an_image_claiming_to_be_enormous_is_refused_before_it_is_decoded() {
        // A valid PNG header that claims 60,000 × 60,000 pixels: a decompression bomb.
        let error = Portrait::from_file(&png_claiming(60_000, 60_000)).expect_err("refused");
        assert!(
            error
                .to_string()
                .contains("60000 × 60000 pixels; pick one of at most 50 million"),
            "{error}"
        );
    }

    #[test]
    fn a_large_square_image_is_refused_by_its_pixel_count_before_decoding() {
        // 12,000 × 12,000: each side plausible, 144 million pixels in all.
        let started = std::time::Instant::now();
        let error = Portrait::from_file(&png_claiming(12_000, 12_000)).expect_err("refused");
        assert!(
            error.to_string().contains("12000 × 12000 pixels"),
            "{error}"
        );
        assert!(started.elapsed().as_secs() < 2, "refused unread");
    }

    /// `jpeg` with an EXIF block saying which way is up (1 as taken, 6 turned a quarter).
    fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
        let mut tiff = b"II*\0\x08\0\0\0\x01\0".to_vec();
        tiff.extend(0x0112u16.to_le_bytes()); // the orientation tag
        tiff.extend(3u16.to_le_bytes()); // a 16-bit number
        tiff.extend(1u32.to_le_bytes()); // one of them
        tiff.extend(u32::from(orientation).to_le_bytes());
        tiff.extend(0u32.to_le_bytes()); // no further directory
        let mut segment = b"Exif\0\0".to_vec();
        segment.extend(tiff);
        let length = u16::try_from(segment.len() + 2).expect("small");
        let mut out = jpeg[..2].to_vec();
        out.extend([0xFF, 0xE1]);
        out.extend(length.to_be_bytes());
        out.extend(segment);
        out.extend(&jpeg[2..]);
        out
    }

    #[test]
    fn a_phone_photo_taken_upright_stays_upright() {
        let sideways = encoded(
            DynamicImage::ImageRgb8(RgbImage::from_pixel(80, 40, Rgb([90, 60, 30]))),
            ImageFormat::Jpeg,
        );
        let upright = Portrait::from_file(&with_exif_orientation(&sideways, 6)).expect("accepted");
        let back = image::load_from_memory(&upright.bytes).expect("readable");
        assert_eq!(
            (back.width(), back.height()),
            (40, 80),
            "turned as the phone said"
        );
        let as_taken = Portrait::from_file(&with_exif_orientation(&sideways, 1)).expect("accepted");
        let back = image::load_from_memory(&as_taken.bytes).expect("readable");
        assert_eq!((back.width(), back.height()), (80, 40));
    }
}
