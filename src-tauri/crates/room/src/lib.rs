//! The room: customers in the workshop send notes, ratings and dot votes from their phones
//! over the local network, to a small web server that runs only while the facilitator keeps
//! the room open. This crate holds that server, the page phones get, and who may send what
//! and how often; the store's rules (what a note may say, whose dots are left) stay in
//! `feltboard-core`. See `THREAT-MODEL.md` beside this crate.

pub mod access;
mod api;
mod connections;
pub mod invite;
pub mod limits;
pub mod network;
mod phone_page;
pub mod server;
mod shared;

pub use connections::ConnectionLimits;
pub use server::{
    DOT_BUDGET, ListenOn, OpenError, Room, RoomDevice, RoomEvent, RoomLimits, RoomStatus,
    SharedStore, Voting, lock,
};
