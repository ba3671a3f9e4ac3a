//! The room on a laptop with several networks, made for the test: a private network namespace
//! of the test's own, holding a Wi-Fi-like, a cable-like and a VPN-like interface (each one end
//! of a virtual cable whose other end has no address; addresses from the ranges kept for
//! documentation and benchmarks), with the default route on the cable. Every packet stays inside
//! that namespace. Where the system lets no test make one (no `ip`, no right to unshare), the
//! test says so on the terminal and checks nothing else.

mod support;

use std::io::Write;
use std::net::IpAddr;
use std::process::Command;

use feltboard_room::RoomLimits;
use feltboard_room::network::{self, NetworkKind};
use support::Lab;

/// Runs `ip` with `args` in the calling thread's network namespace.
fn ip(args: &[&str]) -> Result<(), String> {
    let done = Command::new("ip")
        .args(args)
        .output()
        .map_err(|error| format!("`ip` could not run: {error}"))?;
    if done.status.success() {
        Ok(())
    } else {
        Err(format!(
            "`ip {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&done.stderr).trim()
        ))
    }
}

/// Moves the calling thread (and what it starts from now on) into a network namespace of its
/// own, with three networks in it.
fn a_laptop_on_three_networks() -> Result<(), String> {
    // SAFETY: unshare takes no pointer; it changes the calling thread's namespace alone.
    #[allow(unsafe_code)]
    let unshared = unsafe { libc::unshare(libc::CLONE_NEWNET) };
    if unshared != 0 {
        return Err(format!(
            "no private network namespace: {}",
            std::io::Error::last_os_error()
        ));
    }
    ip(&["link", "set", "lo", "up"])?;
    for (name, other_end, v4) in [
        ("wlp-test", "veth-w", "203.0.113.23/24"),
        ("eth-test", "veth-e", "198.51.100.4/24"),
        // The range kept for benchmarks: the three for documentation are taken above and by
        // the address the route is asked for (192.0.2.1).
        ("tun-test", "veth-t", "198.18.0.5/15"),
    ] {
        ip(&[
            "link", "add", name, "type", "veth", "peer", "name", other_end,
        ])?;
        ip(&["link", "set", other_end, "up"])?;
        ip(&["link", "set", name, "up"])?;
        ip(&["addr", "add", v4, "dev", name])?;
    }
    // At once usable (no duplicate detection), as a settled network's address is.
    ip(&[
        "-6",
        "addr",
        "add",
        "2001:db8::23/64",
        "dev",
        "wlp-test",
        "nodad",
    ])?;
    // The laptop's traffic leaves by the cable, though the Wi-Fi is offered first.
    ip(&[
        "route",
        "add",
        "default",
        "via",
        "198.51.100.1",
        "dev",
        "eth-test",
    ])?;
    Ok(())
}

#[test]
fn the_laptop_s_networks_are_offered_and_the_room_listens_and_moves_where_picked() {
    // A thread of its own: the namespace is the thread's, and leaves with it.
    let checked = std::thread::spawn(|| {
        if let Err(why) = a_laptop_on_three_networks() {
            // Past the test harness's capture, so that a skip is never silent.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED the_laptop_s_networks_are_offered_and_the_room_listens_and_moves_where_picked: {why}"
            );
            return;
        }
        let networks = network::laptop_networks();
        let offered: Vec<(String, NetworkKind, String)> = networks
            .iter()
            .map(|n| (n.interface.clone(), n.kind, n.ip.to_string()))
            .collect();
        let offer = |name: &str, kind, ip: &str| (name.to_owned(), kind, ip.to_owned());
        assert_eq!(
            offered,
            [
                offer("wlp-test", NetworkKind::WiFi, "203.0.113.23"),
                offer("wlp-test", NetworkKind::WiFi, "2001:db8::23"),
                offer("eth-test", NetworkKind::Cable, "198.51.100.4"),
                offer("tun-test", NetworkKind::Vpn, "198.18.0.5"),
            ],
            "loopback and the IPv6 link-local addresses are left out; Wi-Fi first, the VPN last"
        );

        // Taken by itself: the network the traffic leaves by, the cable...
        let taken =
            |networks: &[network::Network]| network::listen_on(None, networks, None).ip.to_string();
        assert_eq!(taken(&networks), "198.51.100.4");
        // ...unless that is the VPN's: then the first network phones can be on.
        ip(&["route", "replace", "default", "dev", "tun-test"]).expect("the VPN takes the route");
        assert_eq!(taken(&networks), "203.0.113.23");

        // Picked before on these networks: the cable.
        let mut lab = Lab::open_on(
            RoomLimits::default(),
            network::listen_on(None, &networks, Some("eth-test")),
        );
        let status = lab.room().status();
        assert!(
            status.url.starts_with("http://198.51.100.4:"),
            "{}",
            status.url
        );
        assert_eq!(
            status.network.map(|n| n.interface),
            Some("eth-test".to_owned()),
            "the panel can say which network the room is on"
        );
        let code = lab.code();
        assert_eq!(
            lab.send("GET", "/", &[], b"").status,
            200,
            "a phone on the cable's network gets the page"
        );
        let on_the_cable = lab.join("Ana");

        // Moved to the Wi-Fi's IPv6 address: the same room, a new address.
        let before = lab.room().address();
        let moved: IpAddr = "2001:db8::23".parse().expect("ip");
        lab.runtime
            .block_on(lab.room.as_mut().expect("room").move_to(moved))
            .expect("the room moves");
        let status = lab.room().status();
        assert!(
            status.url.starts_with("http://[2001:db8::23]:"),
            "{}",
            status.url
        );
        assert_eq!(status.code, code, "phones keep the code they joined with");
        assert_eq!(
            lab.send("GET", "/", &[], b"").status,
            200,
            "phones on the Wi-Fi get the page"
        );
        // Ana's phone joins again at the new address, as the same person.
        let code_header = [
            ("X-Feltboard-Room", code.as_str()),
            ("X-Feltboard-Device", on_the_cable.as_str()),
        ];
        assert_eq!(
            lab.send("GET", "/api/board", &code_header, b"").status,
            401,
            "the token of the old address is let go"
        );
        lab.join("Ana");
        let workshop = lab.board.board.workshop_id;
        let people = lab.with_store(|store| store.list_participants(workshop).expect("people"));
        assert_eq!(
            people.iter().filter(|p| p.draft.name == "Ana").count(),
            1,
            "joining again keeps the participant, their ratings and their dots"
        );
        // The old address lets go as its server hears it should stop: within a second.
        let let_go = (0..50).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(20));
            std::net::TcpStream::connect(before).is_err()
        });
        assert!(let_go, "the room no longer listens on the cable");

        // The Wi-Fi drops: the room's network is gone from what the panel is told.
        ip(&["link", "del", "wlp-test"]).expect("the Wi-Fi goes");
        let status = lab.room().status();
        assert_eq!(
            status.network, None,
            "the panel says the room's network is gone"
        );
        assert!(status.networks.iter().all(|n| n.interface != "wlp-test"));
    });
    checked.join().expect("the checks hold");
}
