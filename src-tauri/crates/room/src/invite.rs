//! What the projector shows so phones can join: the page's address with the join code, as a
//! QR code and as text to type.

use std::net::SocketAddr;

use qrcode::QrCode;
use qrcode::render::svg;

use crate::access::JoinCode;

/// The address a phone opens. The code rides in the fragment (after `#`), which browsers
/// never send over the network or in a `Referer`: the page reads it and sends it with
/// each request, in a header.
pub fn join_url(address: SocketAddr, code: &JoinCode) -> String {
    format!("http://{address}/#{}", code.display())
}

/// The QR code of `url` as an SVG picture, dark on white with the quiet zone scanners need.
pub fn qr_svg(url: &str) -> String {
    match QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .dark_color(svg::Color("#1d2433"))
            .light_color(svg::Color("#ffffff"))
            .build(),
        // A URL of a few dozen characters always fits a QR code; should it not, the
        // projector still shows the address and the code as text.
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_invitation_carries_the_code_outside_what_is_sent_over_the_network() {
        let code = JoinCode::new();
        let url = join_url("192.168.1.20:47474".parse().expect("address"), &code);
        let (sent, fragment) = url.split_once('#').expect("a fragment");
        assert_eq!(sent, "http://192.168.1.20:47474/");
        assert!(code.matches(fragment));
        let svg = qr_svg(&url);
        assert!(
            svg.starts_with("<?xml") && svg.contains("<svg"),
            "{svg:.60}"
        );
        assert!(svg.contains("#1d2433"));
    }
}
