//! Points in time, as the store keeps them.

use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch, UTC.
///
/// Functions that stamp records take it as an argument (`now`) instead of reading the
/// clock, so tests and imports control time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// A plain `number` in TypeScript, which holds a count of milliseconds exactly: specta writes a
// float as `number | null` (JSON's NaN) and refuses 64-bit integers, so it is declared to
// specta as an integer it writes as `number`.
#[cfg_attr(feature = "specta", specta(type = u32))]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current time from the system clock.
    pub fn now() -> Self {
        let since_epoch = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Timestamp(i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX))
    }
}
