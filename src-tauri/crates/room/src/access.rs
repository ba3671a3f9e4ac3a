//! The room's secret and the devices let in with it.
//!
//! The secret is a join code short enough to type from the projector (8 characters from an
//! alphabet without look-alikes: 40 random bits) and is also carried by the QR code. A phone
//! that shows it once gets a device token of its own (122 random bits) for everything after.
//! Both die with the room.

use std::collections::HashMap;

/// Crockford's base 32: no I, L, O or U to misread.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH: usize = 8;

/// The join code of an open room.
#[derive(Clone, PartialEq, Eq)]
pub struct JoinCode(String);

impl std::fmt::Debug for JoinCode {
    // Never in a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JoinCode(…)")
    }
}

impl JoinCode {
    /// A fresh code from the system's random source: each character five whole random bits
    /// (the low five of a random byte), 40 in all.
    pub fn new() -> JoinCode {
        let mut bytes = [0u8; CODE_LENGTH];
        // Without the system's random source there is no secret to give: every supported
        // system has one.
        getrandom::fill(&mut bytes).expect("the system's random source");
        JoinCode(
            bytes
                .iter()
                .map(|b| char::from(ALPHABET[usize::from(b & 31)]))
                .collect(),
        )
    }

    /// As shown on the projector: `ABCD-EFGH`.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }

    /// Whether `typed` is this code, forgiving case, spaces, dashes and look-alikes
    /// (O for 0, I and L for 1). Compares in constant time.
    pub fn matches(&self, typed: &str) -> bool {
        let normal: Vec<u8> = typed
            .chars()
            .filter(|c| !matches!(c, '-' | ' '))
            .map(|c| match c.to_ascii_uppercase() {
                'O' => b'0',
                'I' | 'L' => b'1',
                other => u8::try_from(other).unwrap_or(0),
            })
            .collect();
        normal.len() == self.0.len()
            && normal
                .iter()
                .zip(self.0.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

impl Default for JoinCode {
    fn default() -> Self {
        JoinCode::new()
    }
}

/// The devices let into the open room, by token, with what they stand for (a participant).
#[derive(Debug)]
pub struct Devices<P> {
    by_token: HashMap<String, P>,
    /// How many devices the room lets in at most: a room, not a stadium.
    capacity: usize,
}

impl<P: Clone> Devices<P> {
    pub fn new(capacity: usize) -> Devices<P> {
        Devices {
            by_token: HashMap::new(),
            capacity,
        }
    }

    /// Lets a device in for `who`; its new token, or `None` when the room is full.
    pub fn admit(&mut self, who: P) -> Option<String> {
        if self.is_full() {
            return None;
        }
        let token = uuid::Uuid::new_v4().simple().to_string();
        self.by_token.insert(token.clone(), who);
        Some(token)
    }

    /// How many devices are in.
    pub fn len(&self) -> usize {
        self.by_token.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_token.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.by_token.len() >= self.capacity
    }

    /// Who a token stands for, if it was issued by this room.
    pub fn who(&self, token: &str) -> Option<P> {
        self.by_token.get(token).cloned()
    }

    /// Everyone some phone speaks for.
    pub fn present(&self) -> Vec<P> {
        self.by_token.values().cloned().collect()
    }

    /// Lets every device go: their tokens stop working, and each person may join again.
    pub fn clear(&mut self) {
        self.by_token.clear();
    }
}

impl<P: Clone + PartialEq> Devices<P> {
    /// Sends away every device that speaks for `who`: their tokens stop working at once.
    /// How many there were.
    pub fn remove(&mut self, who: &P) -> usize {
        let before = self.by_token.len();
        self.by_token.retain(|_, p| p != who);
        before - self.by_token.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_typed_forgivingly_but_never_guessed_by_a_near_miss() {
        let code = JoinCode("0A1B2C3D".to_owned());
        assert_eq!(code.display(), "0A1B-2C3D");
        for typed in [
            "0A1B2C3D",
            "0a1b-2c3d",
            "oa1b 2c3d",
            "0AlB-2C3D",
            "0AIB2C3D",
        ] {
            assert!(code.matches(typed), "{typed}");
        }
        for typed in [
            "",
            "0A1B2C3",
            "0A1B2C3DE",
            "0A1B2C3E",
            "1A1B2C3D",
            "0A1B2C3Ð",
        ] {
            assert!(!code.matches(typed), "{typed}");
        }
        assert_eq!(
            format!("{code:?}"),
            "JoinCode(…)",
            "the code stays out of logs"
        );
    }

    #[test]
    fn every_character_of_a_code_takes_every_value_so_the_code_has_40_bits() {
        // With 3,000 codes, each of the 32 characters turns up at every place (a fixed bit,
        // as a UUID's version nibble once made the seventh, would halve one place's choices).
        let codes: Vec<JoinCode> = (0..3_000).map(|_| JoinCode::new()).collect();
        for place in 0..CODE_LENGTH {
            let seen: std::collections::HashSet<u8> =
                codes.iter().map(|c| c.0.as_bytes()[place]).collect();
            assert_eq!(seen.len(), 32, "place {place} takes all 32 characters");
        }
    }

    #[test]
    fn fresh_codes_use_the_whole_alphabet_and_differ() {
        let codes: Vec<JoinCode> = (0..200).map(|_| JoinCode::new()).collect();
        assert!(
            codes
                .iter()
                .all(|c| c.0.len() == 8 && c.0.bytes().all(|b| ALPHABET.contains(&b)))
        );
        let distinct: std::collections::HashSet<&str> =
            codes.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(distinct.len(), codes.len());
    }

    #[test]
    fn devices_get_their_own_tokens_until_the_room_is_full() {
        let mut devices = Devices::new(2);
        let maya = devices.admit("Maya").expect("room");
        let tomas = devices.admit("Tomás").expect("room");
        assert_ne!(maya, tomas);
        assert_eq!(devices.admit("June"), None, "full");
        assert_eq!(devices.who(&maya), Some("Maya"));
        assert_eq!(devices.who("not-a-token"), None);
        assert_eq!(devices.remove(&"Maya"), 1);
        assert_eq!(devices.who(&maya), None, "a device sent away is out");
        assert!(devices.admit("June").is_some(), "and its seat is free");
    }
}
