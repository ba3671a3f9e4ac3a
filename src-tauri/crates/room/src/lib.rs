//! The room: customers in the workshop send notes, ratings and dot votes from their phones
//! over the local network. This crate decides who may do that and how often; the store's
//! rules (what a note may say, whose dots are left) stay in `feltboard-core`.
//! See `THREAT-MODEL.md` beside this crate.

pub mod access;
pub mod limits;
