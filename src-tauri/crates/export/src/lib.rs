//! Feltboard's exports, for people who were not in the room: the stakeholders' PDF and a
//! board's cards as CSV. Built on the core's types; used by the app and by `feltboard-cli`.

mod content;
pub mod csv;
pub mod pdf;
pub mod raster;

pub use content::WorkshopContent;
pub use pdf::{Include, PageSize, PdfOptions, board_poster, workshop_pdf};

use feltboard_core::Timestamp;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] feltboard_core::Error),
    #[error("The PDF could not be made: {0}")]
    Pdf(String),
}

/// The UTC calendar date (year, month, day) of a timestamp.
pub fn civil_date(at: Timestamp) -> (u16, u8, u8) {
    // Howard Hinnant's days-to-civil algorithm.
    let days = at.0.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        u16::try_from(year).unwrap_or(0),
        u8::try_from(month).unwrap_or(1),
        u8::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_of_known_days() {
        assert_eq!(civil_date(Timestamp(0)), (1970, 1, 1));
        assert_eq!(civil_date(Timestamp(1_795_305_600_000)), (2026, 11, 22));
        assert_eq!(civil_date(Timestamp(951_782_400_000)), (2000, 2, 29));
    }
}
