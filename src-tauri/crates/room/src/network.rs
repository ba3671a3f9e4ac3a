//! Which address the room listens on, so that phones can reach the laptop.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, UdpSocket};

use feltboard_core::command_line;

use crate::server::{ListenOn, PREFERRED_PORT};

/// The command-line flag that says where the room listens: for a laptop on two networks or
/// on a VPN, where the address found by itself is not the one the phones are on, and for
/// tests, which keep the room on loopback. It wins over [`ADDRESS_ENV_VAR`].
pub const ADDRESS_FLAG: &str = "--room-address";
/// The environment variable that says where the room listens.
pub const ADDRESS_ENV_VAR: &str = "FELTBOARD_ROOM_ADDRESS";

/// The address the room was told to listen on when Feltboard started (`--room-address`, else
/// `FELTBOARD_ROOM_ADDRESS`); `None` when neither was given.
///
/// Fails when the value is not one address a phone could open: not an IP address, or
/// "every address" (`0.0.0.0`, `::`), or a multicast group.
pub fn chosen_address(
    args: &[String],
    env_value: Option<String>,
) -> Result<Option<IpAddr>, BadRoomAddress> {
    let Some(given) = command_line::setting(args, ADDRESS_FLAG, env_value) else {
        return Ok(None);
    };
    let bad = |reason| BadRoomAddress {
        given: given.clone(),
        reason,
    };
    let ip: IpAddr = given
        .trim()
        .parse()
        .map_err(|_| bad("it is not an IP address"))?;
    if ip.is_unspecified() {
        return Err(bad(
            "it means every address at once, and phones need the one they can reach",
        ));
    }
    if ip.is_multicast() {
        return Err(bad("it is a multicast group, not this laptop's address"));
    }
    Ok(Some(ip))
}

/// Where the room listens: on `chosen` when Feltboard was told, else on the laptop's
/// network address, else (on no network) on the laptop alone.
pub fn listen_on(chosen: Option<IpAddr>) -> ListenOn {
    ListenOn {
        ip: chosen
            .or_else(lan_address)
            .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        port: PREFERRED_PORT,
        chosen: chosen.is_some(),
    }
}

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

/// A `--room-address` (or `FELTBOARD_ROOM_ADDRESS`) the room cannot listen on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRoomAddress {
    pub given: String,
    pub reason: &'static str,
}

impl fmt::Display for BadRoomAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the room cannot listen on {ADDRESS_FLAG} \"{}\": {}. Give one of this laptop's \
             addresses, such as 192.168.1.23, or 127.0.0.1 for this laptop alone.",
            self.given, self.reason
        )
    }
}

impl std::error::Error for BadRoomAddress {}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_flag_or_the_environment_chooses_the_address_and_the_flag_wins() {
        let env = Some("192.0.2.7".to_owned());
        assert_eq!(
            chosen_address(&args(&["app", "--room-address", "127.0.0.1"]), env.clone()),
            Ok(Some(IpAddr::V4(Ipv4Addr::LOCALHOST)))
        );
        assert_eq!(
            chosen_address(&args(&["app"]), env),
            Ok(Some("192.0.2.7".parse().expect("ip")))
        );
        assert_eq!(
            chosen_address(&args(&["app", "--room-address=2001:db8::1"]), None),
            Ok(Some("2001:db8::1".parse().expect("ip"))),
            "IPv6 addresses are addresses too"
        );
        assert_eq!(chosen_address(&args(&["app"]), None), Ok(None));
    }

    #[test]
    fn an_address_no_phone_could_open_is_refused_with_the_reason() {
        for (given, why) in [
            ("wifi", "not an IP address"),
            ("0.0.0.0", "every address"),
            ("::", "every address"),
            ("224.0.0.1", "multicast"),
        ] {
            let error = chosen_address(&args(&["app", ADDRESS_FLAG, given]), None)
                .expect_err("no room can be opened there");
            let sentence = error.to_string();
            assert!(
                sentence.contains(given) && sentence.contains(why),
                "the facilitator is told what was wrong with {given}: {sentence}"
            );
        }
    }

    #[test]
    fn a_chosen_address_is_used_as_it_is_and_never_looked_up() {
        let loopback = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let on = listen_on(Some(loopback));
        assert_eq!(on.ip, loopback);
        assert_eq!(on.port, PREFERRED_PORT);
        assert!(
            on.chosen,
            "the panel can say the address was given, not found"
        );
    }
}
