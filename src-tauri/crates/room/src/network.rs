//! Which address the room listens on, so that phones can reach the laptop: the laptop's
//! networks, as the facilitator would name them, in the order to offer them; the one the room
//! takes by itself; and the one Feltboard was told to use.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, UdpSocket};

use feltboard_core::command_line;
use serde::{Deserialize, Serialize};

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

/// Where the room listens: on `chosen` when Feltboard was told, else on the one of the
/// laptop's `networks` that [`take`] takes (the facilitator's pick, `remembered`, first),
/// else (on no network) on the laptop alone.
pub fn listen_on(
    chosen: Option<IpAddr>,
    networks: &[Network],
    remembered: Option<&str>,
) -> ListenOn {
    ListenOn {
        ip: chosen
            .or_else(|| take(networks, remembered, lan_address()).map(|n| n.ip))
            .unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        port: PREFERRED_PORT,
        chosen: chosen.is_some(),
    }
}

/// What kind of network an interface is on, as the facilitator would name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    // In the order they are offered: where the phones usually are first.
    #[serde(rename = "wifi")]
    WiFi,
    Cable,
    Other,
    /// A tunnel to somewhere else (a company VPN): phones in the room cannot reach it.
    Vpn,
    /// Made by software on the laptop (containers, virtual machines): no phone is on it.
    Virtual,
}

impl NetworkKind {
    /// Whether phones in the room could be on it: the room takes one of these by itself.
    pub fn reaches_the_room(self) -> bool {
        !matches!(self, NetworkKind::Vpn | NetworkKind::Virtual)
    }
}

/// One of the laptop's addresses the room could listen on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Network {
    /// The interface's name, as the system has it (`wlp2s0`, `en0`, `Wi-Fi`).
    pub interface: String,
    pub kind: NetworkKind,
    pub ip: IpAddr,
}

/// One address of one of the laptop's interfaces, as the system lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub interface: String,
    pub ip: IpAddr,
    /// Whether the interface is up and running.
    pub up: bool,
    /// Whether it is a link to one other end, as a VPN's tunnel is, whatever its name.
    pub point_to_point: bool,
}

/// Names of interfaces made by software on the laptop: containers, virtual machines, Apple's
/// peer-to-peer links.
const VIRTUAL: &[&str] = &[
    "docker",
    "br-",
    "virbr",
    "veth",
    "vmnet",
    "vboxnet",
    "lxc",
    "lxd",
    "podman",
    "cni",
    "flannel",
    "kube",
    "vethernet",
    "awdl",
    "llw",
    "anpi",
    "bridge",
    "vmware",
    "virtualbox",
    "hyper-v",
];
/// Names of VPNs' interfaces.
const TUNNELS: &[&str] = &[
    "tun",
    "tap",
    "wg",
    "ppp",
    "utun",
    "ipsec",
    "gpd",
    "zt",
    "tailscale",
    "nordlynx",
];

/// The kind of the interface named `name`, from the names systems give them.
pub fn kind_of(name: &str) -> NetworkKind {
    let name = name.to_lowercase();
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| name.starts_with(p));
    // A Mac shares its connection (the laptop's own hotspot, for phones to join) on
    // `bridge100` and up; its other bridges belong to virtual machines.
    let shared_by_a_mac = name.starts_with("bridge1");
    if starts(VIRTUAL) && !shared_by_a_mac {
        NetworkKind::Virtual
    } else if starts(TUNNELS) || name.contains("vpn") {
        NetworkKind::Vpn
    } else if starts(&["wl", "wifi", "wi-fi", "ath"]) || name.contains("wireless") {
        NetworkKind::WiFi
    } else if cfg!(target_os = "macos") && name == "en0" {
        // A Mac laptop's first interface is its Wi-Fi.
        NetworkKind::WiFi
    } else if starts(&["eth", "en", "ethernet", "usb"]) {
        NetworkKind::Cable
    } else {
        NetworkKind::Other
    }
}

/// Whether a phone on the same network could open `ip`: not the laptop's own loopback, not
/// a link-local address (it needs the interface named in the address, which no browser
/// takes), and one host's address.
fn phones_can_open(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            !(v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_multicast()
                || v4.is_broadcast())
        }
        IpAddr::V6(v6) => {
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || v6.is_unicast_link_local())
        }
    }
}

/// The networks among the addresses `seen` that phones could open, on interfaces that are
/// up, in the order to offer them: Wi-Fi, then cable, other, VPN and virtual networks; IPv4
/// before IPv6 on each, as IPv4 addresses are the shorter to type. A point-to-point link is a
/// VPN's tunnel whatever its name (Windows calls VPN adapters "Ethernet 2").
pub fn networks(seen: impl IntoIterator<Item = Seen>) -> Vec<Network> {
    let mut found: Vec<Network> = seen
        .into_iter()
        .filter(|s| s.up && phones_can_open(s.ip))
        .map(|s| {
            let named = kind_of(&s.interface);
            let tunnel = s.point_to_point && named != NetworkKind::Virtual;
            Network {
                kind: if tunnel { NetworkKind::Vpn } else { named },
                interface: s.interface,
                ip: s.ip,
            }
        })
        .collect();
    found.sort_by_key(|n| (n.kind, n.ip.is_ipv6()));
    found.dedup();
    found
}

/// The laptop's networks now, as [`networks`] orders them; none when the system would not
/// say.
pub fn laptop_networks() -> Vec<Network> {
    if_addrs::get_if_addrs()
        .map(|list| {
            networks(list.into_iter().map(|i| Seen {
                ip: i.ip(),
                up: i.is_oper_up(),
                point_to_point: i.is_p2p(),
                interface: i.name,
            }))
        })
        .unwrap_or_default()
}

/// What the laptop's networks are, as a key to remember the facilitator's pick under: the
/// same Wi-Fi and cable give the same key, another venue's another. Each network phones could
/// be on counts, as its interface and its IPv4 address's network part (/24). VPNs and virtual
/// networks come and go with their own addresses, and IPv6 prefixes change by themselves:
/// they would make the key forget.
pub fn situation(networks: &[Network]) -> String {
    let mut parts: Vec<String> = networks
        .iter()
        .filter(|n| n.kind.reaches_the_room())
        .map(|n| match n.ip {
            IpAddr::V4(v4) => {
                let [a, b, c, _] = v4.octets();
                format!("{}={a}.{b}.{c}.0/24", n.interface)
            }
            IpAddr::V6(_) => format!("{}=ipv6", n.interface),
        })
        .collect();
    parts.sort();
    parts.dedup();
    parts.join(" ")
}

impl Network {
    /// How the facilitator's pick of this network is remembered: its interface, and whether
    /// it was the IPv6 address.
    pub fn pick(&self) -> String {
        match self.ip {
            IpAddr::V4(_) => self.interface.clone(),
            IpAddr::V6(_) => format!("{}{IPV6}", self.interface),
        }
    }
}

/// What [`Network::pick`] adds to the interface for its IPv6 address.
const IPV6: &str = " (IPv6)";

/// The network the room takes by itself among `networks`: the one the facilitator picked
/// last (`remembered`, as [`Network::pick`] gave it) while the laptop is on it; else the one
/// the laptop's traffic leaves from (`route`) when phones could be on it (not a VPN's); else
/// the first phones could be on; else, when there is only a VPN or a virtual network, none:
/// the room stays on the laptop until the facilitator picks one.
pub fn take<'a>(
    networks: &'a [Network],
    remembered: Option<&str>,
    route: Option<IpAddr>,
) -> Option<&'a Network> {
    let usable = || networks.iter().filter(|n| n.kind.reaches_the_room());
    let picked = remembered.and_then(|pick| {
        let (name, v6) = pick
            .strip_suffix(IPV6)
            .map_or((pick, false), |name| (name, true));
        let on = || networks.iter().filter(|n| n.interface == name);
        on().find(|n| n.ip.is_ipv6() == v6).or_else(|| on().next())
    });
    picked
        .or_else(|| usable().find(|n| Some(n.ip) == route))
        .or_else(|| usable().next())
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
        let on = listen_on(
            Some(loopback),
            &laptop(&[("wlan0", "192.0.2.23")]),
            Some("wlan0"),
        );
        assert_eq!(on.ip, loopback);
        assert_eq!(on.port, PREFERRED_PORT);
        assert!(
            on.chosen,
            "the panel can say the address was given, not found"
        );
    }

    fn seen(name: &str, ip: &str) -> Seen {
        Seen {
            interface: name.to_owned(),
            ip: ip.parse().expect("ip"),
            up: true,
            point_to_point: false,
        }
    }

    fn laptop(list: &[(&str, &str)]) -> Vec<Network> {
        networks(list.iter().map(|(name, ip)| seen(name, ip)))
    }

    fn taken(
        networks: &[Network],
        remembered: Option<&str>,
        route: Option<&str>,
    ) -> Option<String> {
        take(networks, remembered, route.map(|r| r.parse().expect("ip")))
            .map(|n| format!("{} {}", n.interface, n.ip))
    }

    #[test]
    fn on_a_vpn_the_room_stays_on_the_wi_fi_the_phones_are_on() {
        let list = laptop(&[
            ("lo", "127.0.0.1"),
            ("wlp2s0", "192.168.1.23"),
            ("tun0", "10.8.0.5"),
            ("docker0", "172.17.0.1"),
        ]);
        assert_eq!(
            list.iter()
                .map(|n| (n.interface.as_str(), n.kind))
                .collect::<Vec<_>>(),
            [
                ("wlp2s0", NetworkKind::WiFi),
                ("tun0", NetworkKind::Vpn),
                ("docker0", NetworkKind::Virtual)
            ],
            "loopback is left out, and the VPN and the containers' network come last, saying what they are"
        );
        assert_eq!(
            taken(&list, None, Some("10.8.0.5")),
            Some("wlp2s0 192.168.1.23".to_owned()),
            "the VPN's route is not where the phones are"
        );
        assert_eq!(
            taken(&list, Some("tun0"), Some("10.8.0.5")),
            Some("tun0 10.8.0.5".to_owned()),
            "unless the facilitator picked it"
        );
    }

    #[test]
    fn on_two_networks_the_route_decides_until_the_facilitator_picks_the_other() {
        let list = laptop(&[("enp3s0", "10.0.0.4"), ("wlan0", "192.168.1.23")]);
        assert_eq!(list[0].kind, NetworkKind::WiFi, "Wi-Fi is offered first");
        assert_eq!(
            taken(&list, None, Some("10.0.0.4")),
            Some("enp3s0 10.0.0.4".to_owned())
        );
        assert_eq!(
            taken(&list, Some("wlan0"), Some("10.0.0.4")),
            Some("wlan0 192.168.1.23".to_owned())
        );
        assert_eq!(
            taken(&list, Some("wlx-gone"), Some("10.0.0.4")),
            Some("enp3s0 10.0.0.4".to_owned()),
            "a network picked once, and left since, is not waited for"
        );
    }

    #[test]
    fn an_ipv6_only_network_is_a_network() {
        let list = laptop(&[
            ("lo", "::1"),
            ("wlan0", "fe80::1"),
            ("wlan0", "2001:db8::23"),
        ]);
        assert_eq!(
            taken(&list, None, None),
            Some("wlan0 2001:db8::23".to_owned()),
            "link-local addresses are left out"
        );
        assert_eq!(
            listen_on(None, &list, None).ip,
            "2001:db8::23".parse::<IpAddr>().expect("ip")
        );
    }

    #[test]
    fn with_no_network_or_only_a_vpn_the_room_takes_none() {
        assert_eq!(
            taken(
                &laptop(&[("lo", "127.0.0.1"), ("eth0", "169.254.7.1")]),
                None,
                None
            ),
            None
        );
        let vpn = laptop(&[("wg0", "10.2.0.2")]);
        assert_eq!(vpn.len(), 1, "the VPN is still offered, to pick by hand");
        assert_eq!(taken(&vpn, None, Some("10.2.0.2")), None);
    }

    #[test]
    fn interfaces_are_named_as_their_systems_name_them() {
        for (name, kind) in [
            ("wlp0s20f3", NetworkKind::WiFi),
            ("Wi-Fi", NetworkKind::WiFi),
            ("Wireless Network Connection", NetworkKind::WiFi),
            ("eno1", NetworkKind::Cable),
            ("Ethernet 2", NetworkKind::Cable),
            ("utun3", NetworkKind::Vpn),
            ("NordLynx", NetworkKind::Vpn),
            ("Cisco AnyConnect VPN", NetworkKind::Vpn),
            ("vEthernet (WSL)", NetworkKind::Virtual),
            ("virbr0", NetworkKind::Virtual),
            ("bond0", NetworkKind::Other),
        ] {
            assert_eq!(kind_of(name), kind, "{name}");
        }
    }

    #[test]
    fn a_pick_is_remembered_for_the_networks_it_was_made_on() {
        let office = laptop(&[
            ("wlan0", "192.168.1.23"),
            ("wlan0", "2001:db8:0:7::23"),
            ("tun0", "10.8.0.5"),
        ]);
        let office_later = laptop(&[
            ("tun0", "10.9.4.9"),
            ("wlan0", "192.168.1.40"),
            ("wlan0", "2001:db8:0:9::40"),
        ]);
        let venue = laptop(&[("wlan0", "172.20.4.7")]);
        assert_eq!(
            situation(&office),
            situation(&office_later),
            "the same networks, other addresses on them, another subnet for the VPN, another IPv6 prefix"
        );
        assert_ne!(situation(&office), situation(&venue));
        assert_eq!(
            situation(&laptop(&[("wlan0", "2001:db8:0:7::23")])),
            "wlan0=ipv6"
        );
    }

    #[test]
    fn a_tunnel_is_a_vpn_whatever_its_name_and_an_interface_down_is_no_network() {
        let list = networks([
            Seen {
                point_to_point: true,
                ..seen("Ethernet 2", "10.8.0.5")
            },
            Seen {
                up: false,
                ..seen("wlan0", "192.168.1.23")
            },
            seen("bridge100", "192.168.2.1"),
            seen("VMware Network Adapter VMnet8", "192.168.80.1"),
        ]);
        assert_eq!(
            list.iter()
                .map(|n| (n.interface.as_str(), n.kind))
                .collect::<Vec<_>>(),
            [
                ("bridge100", NetworkKind::Other),
                ("Ethernet 2", NetworkKind::Vpn),
                ("VMware Network Adapter VMnet8", NetworkKind::Virtual),
            ],
            "a Mac's shared connection is a network phones join; the VPN is known by its link"
        );
        assert_eq!(
            taken(&list, None, Some("10.8.0.5")),
            Some("bridge100 192.168.2.1".to_owned())
        );
    }

    #[test]
    fn a_pick_of_the_ipv6_address_comes_back_as_it() {
        let list = laptop(&[("wlan0", "192.168.1.23"), ("wlan0", "2001:db8::23")]);
        let v6 = &list[1];
        assert_eq!(v6.pick(), "wlan0 (IPv6)");
        assert_eq!(
            taken(&list, Some(&v6.pick()), None),
            Some("wlan0 2001:db8::23".to_owned())
        );
        assert_eq!(
            taken(&list, Some(&list[0].pick()), None),
            Some("wlan0 192.168.1.23".to_owned())
        );
    }
}
