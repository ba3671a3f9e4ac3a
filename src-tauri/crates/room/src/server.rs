//! Opening and closing the room: a web server bound to one address, for one board, that
//! stops listening the moment the room closes.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use feltboard_core::ids::{BoardId, ParticipantId, WorkshopId};
use feltboard_core::language::{Language, Words};
use feltboard_core::say;
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::access::{Devices, JoinCode};
use crate::connections;
use crate::invite;
use crate::limits::RateLimit;
use crate::network::{self, Network};
use crate::shared::Shared;
pub use crate::shared::{DOT_BUDGET, RoomEvent, RoomLimits, SharedStore, Voting, lock};

/// The port tried first, so a phone that joined before finds the room at the same address;
/// any free port when it is taken.
pub const PREFERRED_PORT: u16 = 47474;

/// What the facilitator's screen shows of an open room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RoomStatus {
    pub workshop_id: WorkshopId,
    pub board_id: BoardId,
    /// The address phones open, join code included.
    pub url: String,
    /// The join code as shown, `ABCD-EFGH`.
    pub code: String,
    /// The QR code of `url`, as SVG.
    pub qr_svg: String,
    /// False when the room listens on the laptop alone (on no network, or told to): then
    /// only the laptop itself can join.
    pub on_network: bool,
    /// True when Feltboard was told where the room listens (`--room-address`), rather than
    /// finding the laptop's network itself.
    pub address_chosen: bool,
    /// The laptop's network the room listens on; none on the laptop alone, or when the laptop
    /// has left that network (the Wi-Fi dropped, the cable was pulled).
    pub network: Option<Network>,
    /// The laptop's networks now, to pick another from.
    pub networks: Vec<Network>,
    pub phones: u32,
    /// Who the phones in the room speak for, by name, for the facilitator to see (and send
    /// one away).
    pub devices: Vec<RoomDevice>,
    pub voting: Voting,
}

/// A participant some phone in the room speaks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct RoomDevice {
    pub participant_id: ParticipantId,
    pub name: String,
    /// How many phones speak for them (usually one).
    pub phones: u32,
}

/// An open room. Dropping it without [`Room::close`] stops the server too.
pub struct Room {
    shared: Arc<Shared>,
    address: SocketAddr,
    address_chosen: bool,
    /// The address phones open, and its QR code: fixed for the room's life.
    url: String,
    qr_svg: String,
    stop: Option<oneshot::Sender<()>>,
    serving: JoinHandle<()>,
}

impl std::fmt::Debug for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Room")
            .field("board", &self.shared.board)
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl Room {
    /// Opens the room for `board`, listening `on` one address, calling `listener` for each
    /// thing a phone does. Must run inside a Tokio runtime.
    pub async fn open(
        store: SharedStore,
        board: BoardId,
        on: ListenOn,
        limits: RoomLimits,
        listener: impl Fn(RoomEvent) + Send + Sync + 'static,
    ) -> Result<Room, OpenError> {
        let (workshop, language) = {
            let store = lock(&store);
            let workshop = store.journey_board(board)?.workshop_id;
            (workshop, store.workshop(workshop)?.draft.language)
        };
        let ListenOn { ip, port, chosen } = on;
        let socket = bind(ip, port).await?;
        let address = socket.local_addr()?;
        let shared = Arc::new(Shared {
            store,
            board,
            workshop,
            language,
            code: JoinCode::new(),
            devices: Mutex::new(Devices::new(limits.devices)),
            writes: Mutex::new(RateLimit::new(limits.writes.0, limits.writes.1)),
            reads: Mutex::new(RateLimit::new(limits.reads.0, limits.reads.1)),
            joins: Mutex::new(RateLimit::new(limits.joins.0, limits.joins.1)),
            admissions: Mutex::new(RateLimit::new(limits.admissions.0, limits.admissions.1)),
            voting: Mutex::new(Voting::default()),
            open: std::sync::atomic::AtomicBool::new(true),
            opened: Instant::now(),
            listener: Box::new(listener),
            limits,
        });
        let (stop, serving) = serve(socket, &shared);
        let url = invite::join_url(address, &shared.code);
        Ok(Room {
            qr_svg: invite::qr_svg(&url),
            url,
            shared,
            address,
            address_chosen: chosen,
            stop: Some(stop),
            serving,
        })
    }

    /// Listens on `ip` from now on (the facilitator picked another network), on the same port
    /// when it is free there: the same room and join code at a new address. Where nothing can
    /// listen on `ip`, the room stays where it was.
    ///
    /// A phone keeps its device token for the address it joined at, so at the new one each
    /// phone joins again: the devices of before are let go, and each person joining again
    /// under their name is the same participant, with their ratings and dots.
    pub async fn move_to(&mut self, ip: IpAddr) -> Result<(), OpenError> {
        let socket = bind(ip, self.address.port()).await?;
        self.address = socket.local_addr()?;
        lock(&self.shared.devices).clear();
        let (stop, serving) = serve(socket, &self.shared);
        if let Some(before) = self.stop.replace(stop) {
            let _ = before.send(());
        }
        // The old address's server stops at once, and the phones still connected there with
        // it: they join again at the new one.
        drop(std::mem::replace(&mut self.serving, serving));
        self.url = invite::join_url(self.address, &self.shared.code);
        self.qr_svg = invite::qr_svg(&self.url);
        self.address_chosen = false;
        Ok(())
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn status(&self) -> RoomStatus {
        // Apart from the literal below: a lock taken inside it would be held to its end.
        let devices = self.devices();
        let phones = u32::try_from(lock(&self.shared.devices).len()).unwrap_or(u32::MAX);
        let networks = network::laptop_networks();
        RoomStatus {
            network: networks.iter().find(|n| n.ip == self.address.ip()).cloned(),
            networks,
            workshop_id: self.shared.workshop,
            board_id: self.shared.board,
            qr_svg: self.qr_svg.clone(),
            url: self.url.clone(),
            code: self.shared.code.display(),
            // Other devices can reach any address but the laptop's own loopback.
            on_network: !self.address.ip().is_loopback(),
            address_chosen: self.address_chosen,
            phones,
            devices,
            voting: *lock(&self.shared.voting),
        }
    }

    /// Who the phones in the room speak for, in the order of their names.
    fn devices(&self) -> Vec<RoomDevice> {
        let present = lock(&self.shared.devices).present();
        if present.is_empty() {
            return Vec::new();
        }
        // One read of the workshop's people, not one per phone: the status is read on every
        // catch-up.
        let people = lock(&self.shared.store)
            .list_participants(self.shared.workshop)
            .unwrap_or_default();
        let mut devices: Vec<RoomDevice> = Vec::new();
        for id in present {
            match devices.iter_mut().find(|d| d.participant_id == id) {
                Some(device) => device.phones += 1,
                None => devices.push(RoomDevice {
                    participant_id: id,
                    // Someone removed from the workshop meanwhile still holds a phone.
                    name: people
                        .iter()
                        .find(|p| p.id == id)
                        .map_or_else(|| "Someone removed".to_owned(), |p| p.draft.name.clone()),
                    phones: 1,
                }),
            }
        }
        devices.sort_by_key(|d| d.name.to_lowercase());
        devices
    }

    /// Sends away the phones that speak for `participant`: they must join again. Whether
    /// there were any.
    pub fn remove_device(&self, participant: ParticipantId) -> bool {
        lock(&self.shared.devices).remove(&participant) > 0
    }

    /// Opens or closes voting, with `budget` dots per phone, kept within [`DOT_BUDGET`].
    pub fn set_voting(&self, voting: Voting) {
        *lock(&self.shared.voting) = Voting {
            budget: voting.budget.clamp(*DOT_BUDGET.start(), *DOT_BUDGET.end()),
            ..voting
        };
    }

    /// Stops listening at once; requests already inside get a second to finish.
    pub async fn close(mut self) {
        self.shared
            .open
            .store(false, std::sync::atomic::Ordering::SeqCst);
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if tokio::time::timeout(Duration::from_secs(1), &mut self.serving)
            .await
            .is_err()
        {
            self.serving.abort();
        }
    }
}

/// A socket on `ip`, on `port` when it is free, else on any.
async fn bind(ip: IpAddr, port: u16) -> std::io::Result<TcpListener> {
    match TcpListener::bind((ip, port)).await {
        Err(_) if port != 0 => TcpListener::bind((ip, 0)).await,
        bound => bound,
    }
}

/// Serves the room's phones on `socket` until told to stop.
fn serve(socket: TcpListener, shared: &Arc<Shared>) -> (oneshot::Sender<()>, JoinHandle<()>) {
    let (stop, stopped) = oneshot::channel::<()>();
    let serving = tokio::spawn(connections::serve(
        socket,
        crate::api::router(Arc::clone(shared)),
        shared.limits.connections,
        stopped,
    ));
    (stop, serving)
}

impl Drop for Room {
    fn drop(&mut self) {
        self.serving.abort();
    }
}

/// Where the room listens.
#[derive(Debug, Clone, Copy)]
pub struct ListenOn {
    pub ip: IpAddr,
    /// Tried first; when it is taken, any free port. 0 asks for any at once.
    pub port: u16,
    /// Whether `ip` was given when Feltboard started (`--room-address`), not found.
    pub chosen: bool,
}

/// Why the room did not open.
#[derive(Debug)]
pub enum OpenError {
    /// The board is gone, or the store failed.
    Store(feltboard_core::Error),
    /// No port could be listened on.
    Listen(std::io::Error),
}

impl OpenError {
    /// Its sentence in `words`' language: the window's.
    pub fn said(&self, words: &Words) -> String {
        match self {
            OpenError::Store(error) => error.said(words),
            OpenError::Listen(error) => say!(
                words,
                "error-room-not-listening",
                problem = error.to_string()
            ),
        }
    }
}

/// In English: logs, tests, and whatever has no reader's language to hand.
impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Words::of(Language::En)))
    }
}

impl std::error::Error for OpenError {}

impl From<feltboard_core::Error> for OpenError {
    fn from(error: feltboard_core::Error) -> Self {
        OpenError::Store(error)
    }
}

impl From<std::io::Error> for OpenError {
    fn from(error: std::io::Error) -> Self {
        OpenError::Listen(error)
    }
}
