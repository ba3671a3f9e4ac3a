//! Order keys that let a list be reordered without renumbering its other items.
//!
//! A key is a base-62 string: a head letter saying how many integer digits follow, the
//! integer digits, then an optional fraction (David Greenspan's "fractional indexing").
//! Keys compare as plain strings, appending at the end grows them only logarithmically, and
//! there is always room between two distinct keys.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Field, Result};

const DIGITS: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const SMALLEST_INTEGER: &str = "A00000000000000000000000000";

/// A position among siblings; siblings sort by comparing keys as strings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[cfg_attr(feature = "specta", specta(type = String))]
#[serde(try_from = "String", into = "String")]
pub struct OrderKey(String);

impl OrderKey {
    /// The key of the first item of an empty list.
    pub fn first() -> Self {
        OrderKey("a0".to_owned())
    }

    /// A key after this one, and before any key that was made after this one.
    pub fn after(&self) -> Self {
        Self::between(Some(self), None).unwrap_or_else(|_| unreachable_key())
    }

    /// A key strictly between `before` and `after` (either end may be open).
    ///
    /// Fails with [`Error::Invalid`] when `before` is not smaller than `after`.
    pub fn between(before: Option<&OrderKey>, after: Option<&OrderKey>) -> Result<Self> {
        let key = match (before, after) {
            (None, None) => return Ok(Self::first()),
            (None, Some(b)) => key_before(&b.0),
            (Some(a), None) => Some(key_after(&a.0)),
            (Some(a), Some(b)) if a >= b => None,
            (Some(a), Some(b)) => key_between(&a.0, &b.0),
        };
        key.map(OrderKey).ok_or_else(|| Error::Invalid {
            field: Field::Position,
            reason: crate::phrase!("reason-neighbours-out-of-order"),
        })
    }

    /// The key as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// Integer parts run out only after 62^26 appends; reaching it means a bug, not a big board.
fn unreachable_key() -> OrderKey {
    panic!("order keys exhausted")
}

impl TryFrom<String> for OrderKey {
    type Error = Error;

    fn try_from(key: String) -> Result<Self> {
        let valid = integer_length(key.as_bytes().first().copied())
            .is_some_and(|n| key.len() == n || (key.len() > n && !key.ends_with('0')))
            && key.bytes().all(|b| DIGITS.contains(&b))
            && key != SMALLEST_INTEGER;
        if valid {
            Ok(OrderKey(key))
        } else {
            Err(Error::Invalid {
                field: Field::Position,
                reason: crate::phrase!("reason-not-an-order-key", key = format!("{key:?}")),
            })
        }
    }
}

impl From<OrderKey> for String {
    fn from(key: OrderKey) -> Self {
        key.0
    }
}

impl rusqlite::ToSql for OrderKey {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.0.as_str().into())
    }
}

impl rusqlite::types::FromSql for OrderKey {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        OrderKey::try_from(value.as_str()?.to_owned())
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

fn digit_value(d: u8) -> usize {
    DIGITS.iter().position(|&x| x == d).unwrap_or(0)
}

fn integer_length(head: Option<u8>) -> Option<usize> {
    match head? {
        h @ b'a'..=b'z' => Some(usize::from(h - b'a') + 2),
        h @ b'A'..=b'Z' => Some(usize::from(b'Z' - h) + 2),
        _ => None,
    }
}

fn split(key: &str) -> (&str, &str) {
    let n = integer_length(key.as_bytes().first().copied()).unwrap_or(key.len());
    key.split_at(n.min(key.len()))
}

fn key_after(a: &str) -> String {
    let (integer, fraction) = split(a);
    match increment_integer(integer) {
        Some(next) => next,
        None => format!("{integer}{}", midpoint(fraction, None)),
    }
}

fn key_before(b: &str) -> Option<String> {
    let (integer, fraction) = split(b);
    if integer == SMALLEST_INTEGER {
        return Some(format!("{integer}{}", midpoint("", Some(fraction))));
    }
    if !fraction.is_empty() {
        return Some(integer.to_owned());
    }
    decrement_integer(integer)
}

fn key_between(a: &str, b: &str) -> Option<String> {
    let (ia, fa) = split(a);
    let (ib, fb) = split(b);
    if ia == ib {
        return Some(format!("{ia}{}", midpoint(fa, Some(fb))));
    }
    let next = increment_integer(ia)?;
    if next.as_str() < b {
        Some(next)
    } else {
        Some(format!("{ia}{}", midpoint(fa, None)))
    }
}

/// A fraction strictly between `a` and `b` (`None` meaning 1); neither ends in '0'.
fn midpoint(a: &str, b: Option<&str>) -> String {
    if let Some(b) = b {
        let shared = b
            .bytes()
            .zip(a.bytes().chain(std::iter::repeat(b'0')))
            .take_while(|(x, y)| x == y)
            .count();
        if shared > 0 {
            let rest_a = a.get(shared..).unwrap_or("");
            return format!("{}{}", &b[..shared], midpoint(rest_a, Some(&b[shared..])));
        }
    }
    let digit_a = a.bytes().next().map_or(0, digit_value);
    let digit_b = b
        .and_then(|b| b.bytes().next())
        .map_or(DIGITS.len(), digit_value);
    if digit_b - digit_a > 1 {
        let mid = (digit_a + digit_b).div_ceil(2);
        return char::from(DIGITS[mid]).to_string();
    }
    match b {
        Some(b) if b.len() > 1 => b[..1].to_owned(),
        _ => format!(
            "{}{}",
            char::from(DIGITS[digit_a]),
            midpoint(a.get(1..).unwrap_or(""), None)
        ),
    }
}

fn increment_integer(integer: &str) -> Option<String> {
    let (head, digits) = (integer.as_bytes()[0], &integer.as_bytes()[1..]);
    let mut digits = digits.to_vec();
    for d in digits.iter_mut().rev() {
        let next = digit_value(*d) + 1;
        if next < DIGITS.len() {
            *d = DIGITS[next];
            return Some(assemble(head, &digits));
        }
        *d = DIGITS[0];
    }
    // Every digit carried: move to the next integer length.
    match head {
        b'Z' => Some("a0".to_owned()),
        b'z' => None,
        _ => {
            let head = head + 1;
            if head > b'a' {
                digits.push(DIGITS[0]);
            } else {
                digits.pop();
            }
            Some(assemble(head, &digits))
        }
    }
}

fn decrement_integer(integer: &str) -> Option<String> {
    let (head, digits) = (integer.as_bytes()[0], &integer.as_bytes()[1..]);
    let mut digits = digits.to_vec();
    let largest = DIGITS[DIGITS.len() - 1];
    for d in digits.iter_mut().rev() {
        let value = digit_value(*d);
        if value > 0 {
            *d = DIGITS[value - 1];
            return Some(assemble(head, &digits));
        }
        *d = largest;
    }
    match head {
        b'a' => Some(format!("Z{}", char::from(largest))),
        b'A' => None,
        _ => {
            let head = head - 1;
            if head < b'Z' {
                digits.push(largest);
            } else {
                digits.pop();
            }
            Some(assemble(head, &digits))
        }
    }
}

fn assemble(head: u8, digits: &[u8]) -> String {
    let mut key = String::with_capacity(digits.len() + 1);
    key.push(char::from(head));
    key.extend(digits.iter().map(|&d| char::from(d)));
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> OrderKey {
        OrderKey::try_from(s.to_owned()).expect("a valid key")
    }

    #[test]
    fn appending_many_keeps_order_and_short_keys() {
        let mut keys = vec![OrderKey::first()];
        for _ in 0..5_000 {
            let next = keys.last().map(OrderKey::after).expect("a last key");
            keys.push(next);
        }
        assert!(
            keys.windows(2).all(|w| w[0] < w[1]),
            "each appended key sorts after the previous"
        );
        let longest = keys.iter().map(|k| k.as_str().len()).max().unwrap_or(0);
        assert!(
            longest <= 4,
            "5,000 appends should need no more than 4 characters, got {longest}"
        );
    }

    #[test]
    fn prepending_many_keeps_order() {
        let mut keys = vec![OrderKey::first()];
        for _ in 0..5_000 {
            let next = OrderKey::between(None, keys.last()).expect("room before");
            keys.push(next);
        }
        assert!(
            keys.windows(2).all(|w| w[0] > w[1]),
            "each prepended key sorts before the previous"
        );
    }

    #[test]
    fn inserting_repeatedly_between_two_neighbours_always_finds_room() {
        let low = OrderKey::first();
        let mut high = low.after();
        for _ in 0..500 {
            let mid = OrderKey::between(Some(&low), Some(&high)).expect("room between");
            assert!(low < mid && mid < high, "{low:?} < {mid:?} < {high:?}");
            high = mid;
        }
    }

    #[test]
    fn moving_items_around_never_breaks_the_order() {
        // A deterministic shuffle: move the item at a pseudo-random index to another place.
        let mut list: Vec<OrderKey> = Vec::new();
        for _ in 0..50 {
            let next = list.last().map_or_else(OrderKey::first, OrderKey::after);
            list.push(next);
        }
        let mut seed: u64 = 42;
        let mut random = |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            usize::try_from(seed >> 33).unwrap_or(0) % n
        };
        for _ in 0..2_000 {
            let from = random(list.len());
            list.remove(from);
            let to = random(list.len() + 1);
            let before = to.checked_sub(1).and_then(|i| list.get(i));
            let moved = OrderKey::between(before, list.get(to)).expect("room at any position");
            list.insert(to, moved);
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "the list stays sorted after every move"
            );
        }
    }

    #[test]
    fn refuses_neighbours_out_of_order_and_malformed_keys() {
        let a = key("a1");
        let b = key("a2");
        assert!(OrderKey::between(Some(&b), Some(&a)).is_err());
        assert!(OrderKey::between(Some(&a), Some(&a)).is_err());
        for bad in ["", "a", "a10", "!x", "b1"] {
            assert!(
                OrderKey::try_from(bad.to_owned()).is_err(),
                "{bad:?} must be refused"
            );
        }
    }
}
