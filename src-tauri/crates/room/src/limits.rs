//! How often a device may send: a token bucket per device, so a burst of a few notes is
//! fine and a flood is refused. The clock is passed in, so tests need no sleeping.

use std::collections::HashMap;
use std::hash::Hash;

/// Every this many checks, the buckets that have filled up again are dropped: a full bucket
/// is the same as none, and addresses and devices that are gone keep no memory.
const TIDY_EVERY: u32 = 1_024;

/// Allows `burst` requests at once per key, refilled at `per_minute`.
#[derive(Debug)]
pub struct RateLimit<K> {
    burst: f64,
    per_ms: f64,
    buckets: HashMap<K, (f64, u64)>,
    checks: u32,
}

impl<K: Hash + Eq> RateLimit<K> {
    pub fn new(burst: u32, per_minute: u32) -> RateLimit<K> {
        RateLimit {
            burst: f64::from(burst),
            per_ms: f64::from(per_minute) / 60_000.0,
            buckets: HashMap::new(),
            checks: 0,
        }
    }

    /// How many keys have a bucket that is not full.
    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }

    /// Whether `key` may send now (`now_ms` from any steady clock); counts it if so.
    pub fn allow(&mut self, key: K, now_ms: u64) -> bool {
        self.checks = self.checks.wrapping_add(1);
        if self.checks.is_multiple_of(TIDY_EVERY) {
            let (burst, per_ms) = (self.burst, self.per_ms);
            self.buckets.retain(|_, (tokens, last)| {
                *tokens + now_ms.saturating_sub(*last) as f64 * per_ms < burst
            });
        }
        let (tokens, last) = self.buckets.entry(key).or_insert((self.burst, now_ms));
        let elapsed = now_ms.saturating_sub(*last) as f64;
        *tokens = (*tokens + elapsed * self.per_ms).min(self.burst);
        *last = now_ms;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_a_flood_does_not_and_patience_is_rewarded() {
        let mut limit = RateLimit::new(5, 60);
        let allowed = (0..20).filter(|_| limit.allow("phone-a", 1_000)).count();
        assert_eq!(allowed, 5, "the burst, then nothing");
        assert!(
            limit.allow("phone-b", 1_000),
            "another phone has its own bucket"
        );
        assert!(
            !limit.allow("phone-a", 1_500),
            "half a second later: still empty"
        );
        assert!(
            limit.allow("phone-a", 2_000),
            "a second later: one more (60 a minute)"
        );
        assert!(!limit.allow("phone-a", 2_000));
        let after_a_while = (0..20).filter(|_| limit.allow("phone-a", 600_000)).count();
        assert_eq!(after_a_while, 5, "a long pause refills the burst, not more");
    }

    #[test]
    fn addresses_that_are_gone_are_forgotten() {
        let mut limit = RateLimit::new(10, 10);
        for address in 0..5_000u32 {
            limit.allow(address, 0);
        }
        assert!(
            limit.len() >= 4_000,
            "each guesser has a bucket while it counts"
        );
        // Ten minutes later their buckets are full again: the same as having none.
        for _ in 0..TIDY_EVERY {
            limit.allow(u32::MAX, 600_000);
        }
        assert!(limit.len() <= 1, "{} buckets kept", limit.len());
    }
}
