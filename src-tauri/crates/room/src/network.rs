//! Which address phones can reach the laptop on.

use std::net::{IpAddr, Ipv4Addr, UdpSocket};

/// The laptop's address on the local network: the one its traffic would leave from.
///
/// Asking the system which source address a route would use sends no packet (UDP "connect"
/// only picks the route), so this works offline as long as the laptop is on a network.
/// `None` when it is on none (no Wi-Fi, no cable): then only the laptop itself could join.
pub fn lan_address() -> Option<IpAddr> {
    // TEST-NET-1 (RFC 5737): never a real host, but routed like any other address.
    const ANYWHERE: (Ipv4Addr, u16) = (Ipv4Addr::new(192, 0, 2, 1), 9);
    let socket = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).ok()?;
    socket.connect(ANYWHERE).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}
