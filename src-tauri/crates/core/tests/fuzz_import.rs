//! The workshop-file reader under fuzzing: files made by mutating the committed fixtures
//! (version-1 files and the malformed corpus), byte by byte and value by value, with a fixed
//! seed. Whatever the file, the import must not panic; a refusal must be a sentence about the
//! file and change nothing; an accepted file must give a workshop that goes out and comes back
//! unchanged; and the store must pass SQLite's integrity check.
//!
//! `make test` runs a small budget (`FELTBOARD_FUZZ_CASES`, 3,000 by default); `make bench`
//! runs for ten minutes (`FELTBOARD_FUZZ_SECONDS`) and prints what it found.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use feltboard_core::portable::ImportAs;
use feltboard_core::{Error, Store, Timestamp};
use serde_json::Value;

const NOW: Timestamp = Timestamp(1_795_305_600_000);

/// xorshift64*: small, fast, and the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }
}

/// The fixtures, good files first, and how many of them are good.
fn seeds() -> (Vec<Vec<u8>>, usize) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures");
    let mut seeds = Vec::new();
    let mut good = 0;
    for folder in ["workshop-files", "malformed"] {
        let mut paths: Vec<_> = std::fs::read_dir(fixtures.join(folder))
            .expect("fixtures")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        seeds.extend(paths.iter().map(|p| std::fs::read(p).expect("read")));
        if good == 0 {
            good = seeds.len();
        }
    }
    (seeds, good)
}

/// Every place in a JSON value, as a JSON pointer.
fn places(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                places(inner, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                places(inner, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn odd_value(rng: &mut Rng, borrowed: Value) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => Value::Bool(true),
        2 => (-1).into(),
        3 => (1u64 << 40).into(),
        4 => "".into(),
        5 => "x".repeat(2_001 + rng.below(30_000)).into(),
        6 => "\u{1b}[31m\n\u{0}\u{202e}مرحبا 👩🏽‍💻".into(),
        7 => Value::Array(vec![]),
        8 => Value::Object(serde_json::Map::new()),
        9 => 2.5.into(),
        _ => borrowed,
    }
}

/// One mutation of the JSON tree: a value swapped for another (often one from elsewhere in
/// the file, such as an id), a key taken away, or a list item doubled.
fn mutate_value(rng: &mut Rng, value: &mut Value) {
    let mut all = Vec::new();
    places(value, String::new(), &mut all);
    let target = all[rng.below(all.len())].clone();
    let borrowed = value
        .pointer(&all[rng.below(all.len())])
        .cloned()
        .unwrap_or(Value::Null);
    let choice = rng.below(4);
    let Some((parent, key)) = target.rsplit_once('/') else {
        return;
    };
    let Some(parent) = value.pointer_mut(parent) else {
        return;
    };
    match (parent, choice) {
        (Value::Object(map), 0) => {
            map.remove(key);
        }
        (Value::Array(items), 1) => {
            if let Ok(i) = key.parse::<usize>()
                && i < items.len()
            {
                let copy = items[i].clone();
                items.insert(i, copy);
            }
        }
        (parent, _) => {
            let odd = odd_value(rng, borrowed);
            match parent {
                Value::Object(map) => {
                    map.insert(key.to_owned(), odd);
                }
                Value::Array(items) => {
                    if let Some(slot) = key.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                        *slot = odd;
                    }
                }
                _ => {}
            }
        }
    }
}

/// One mutation of the bytes: flipped, cut, removed, inserted or repeated.
fn mutate_bytes(rng: &mut Rng, bytes: &mut Vec<u8>) {
    if bytes.is_empty() {
        bytes.push(b'{');
        return;
    }
    let at = rng.below(bytes.len());
    match rng.below(5) {
        0 => bytes[at] ^= 1 << rng.below(8),
        1 => bytes.truncate(at),
        2 => {
            let end = (at + 1 + rng.below(64)).min(bytes.len());
            bytes.drain(at..end);
        }
        3 => {
            let junk = [
                b'"', b'{', b'}', b'[', b']', b',', b':', b'\\', 0xFF, 0xC3, b'0',
            ];
            bytes.insert(at, junk[rng.below(junk.len())]);
        }
        _ => {
            let end = (at + 1 + rng.below(256)).min(bytes.len());
            let chunk = bytes[at..end].to_vec();
            bytes.splice(at..at, chunk);
        }
    }
}

/// `seeds` holds the good files first: half the cases start from one, so that many mutations
/// still import and the writing side is fuzzed too.
fn case(rng: &mut Rng, seeds: &[Vec<u8>], good: usize) -> Vec<u8> {
    let pick = if rng.below(2) == 0 {
        rng.below(good)
    } else {
        rng.below(seeds.len())
    };
    let mut bytes = seeds[pick].clone();
    let rounds = 1 + rng.below(2);
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(mut value) if rng.below(3) > 0 => {
            for _ in 0..rounds {
                mutate_value(rng, &mut value);
            }
            serde_json::to_vec(&value).unwrap_or(bytes)
        }
        _ => {
            for _ in 0..rounds {
                mutate_bytes(rng, &mut bytes);
            }
            bytes
        }
    }
}

#[test]
fn no_file_makes_the_import_panic_half_write_or_lie() {
    let cases: u64 = std::env::var("FELTBOARD_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    let budget = std::env::var("FELTBOARD_FUZZ_SECONDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .map(Duration::from_secs);
    let (seeds, good) = seeds();
    assert!(seeds.len() > 40, "seeded with the committed fixtures");
    let mut rng = Rng(0x5EED_F00D_CAFE_D00D);
    let started = Instant::now();
    let (mut run, mut accepted) = (0u64, 0u64);
    let mut reasons: BTreeMap<String, u64> = BTreeMap::new();
    let mut store = Store::open_in_memory().expect("store");
    loop {
        let done = match budget {
            Some(budget) => started.elapsed() >= budget,
            None => run >= cases,
        };
        if done {
            break;
        }
        run += 1;
        if run % 200 == 0 {
            assert!(store.integrity_problems().expect("check").is_empty());
            store = Store::open_in_memory().expect("a fresh store");
        }
        let bytes = case(&mut rng, &seeds, good);
        let before = store.list_workshops("").expect("list");
        match store.import_workshop(&bytes, ImportAs::Copy, NOW) {
            Ok(id) => {
                accepted += 1;
                let file = store
                    .workshop_file(id, NOW)
                    .expect("what was imported reads back");
                let again = store
                    .import_workshop(
                        &serde_json::to_vec(&file).expect("json"),
                        ImportAs::Copy,
                        NOW,
                    )
                    .unwrap_or_else(|e| {
                        panic!("case {run}: an accepted file did not come back: {e}")
                    });
                let back = store.workshop_file(again, NOW).expect("reads back");
                assert_eq!(back.boards.len(), file.boards.len(), "case {run}");
                assert_eq!(
                    back.participants.len(),
                    file.participants.len(),
                    "case {run}"
                );
                for (a, b) in back.boards.iter().zip(&file.boards) {
                    assert_eq!(
                        (a.cards.len(), a.ratings.len(), a.votes.len()),
                        (b.cards.len(), b.ratings.len(), b.votes.len()),
                        "case {run}"
                    );
                }
            }
            Err(error) => {
                assert!(
                    matches!(error, Error::FileRefused { .. }),
                    "case {run}: a refusal about the file, not {error:?}"
                );
                assert_eq!(
                    store.list_workshops("").expect("list"),
                    before,
                    "case {run}: nothing written"
                );
                let message = error.to_string();
                if std::env::var_os("FELTBOARD_FUZZ_SHOW").is_some() {
                    eprintln!("{message}");
                }
                let reason = message
                    .split_once(": ")
                    .map_or(message.as_str(), |(_, r)| r)
                    .split([' ', '“', '"'])
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ");
                *reasons.entry(reason).or_default() += 1;
            }
        }
    }
    assert!(store.integrity_problems().expect("check").is_empty());
    println!(
        "fuzz: {run} files in {:.0} s, {accepted} accepted and round-tripped, {} refused for {} kinds of reason, 0 panics",
        started.elapsed().as_secs_f64(),
        run - accepted,
        reasons.len()
    );
    for (reason, count) in reasons.iter().rev().take(12) {
        println!("  {count:>6}  {reason} …");
    }
    assert!(
        accepted > 0 && run > accepted,
        "the mutations reach both sides"
    );
}
