//! The page a phone gets: plain HTML, CSS and script, built into the app, so nothing needs
//! installing or downloading. It holds nothing secret; the API checks every request.

use axum::http::header;
use axum::response::IntoResponse;

pub(crate) async fn page() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        include_str!("../phone/index.html"),
    )
}

pub(crate) async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("../phone/phone.js"),
    )
}

pub(crate) async fn style() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("../phone/phone.css"),
    )
}
