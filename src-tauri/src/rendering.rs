//! How the window paints. WebKitGTK composites pages on the GPU; on a machine without one
//! (no render node in `/dev/dri`: a virtual display, some thin clients and VMs) it emulates
//! the GPU on the CPU, and a big board then takes most of a second to repaint after each
//! typed card. Painting directly is several times faster there (see `make bench`), so
//! Feltboard turns compositing off when there is no GPU and leaves WebKit's choice alone
//! when there is one. (WebKit's own setting for this, changed once the window is open,
//! leaves the page unable to take snapshots; the variable is read at start-up instead.)

/// The variable WebKitGTK reads when its first web view starts.
#[cfg(target_os = "linux")]
const NO_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Chooses how to paint. Call first thing in `main`, before any thread is started.
#[cfg(target_os = "linux")]
pub fn choose_before_threads() {
    if has_gpu() || std::env::var_os(NO_COMPOSITING).is_some() {
        return;
    }
    // SAFETY: `main` calls this before it starts any thread, so nothing reads the
    // environment while it changes.
    #[allow(unsafe_code)]
    unsafe {
        std::env::set_var(NO_COMPOSITING, "1");
    }
}

#[cfg(not(target_os = "linux"))]
pub fn choose_before_threads() {}

/// Whether a GPU render node is there to composite on.
#[cfg(target_os = "linux")]
fn has_gpu() -> bool {
    std::fs::read_dir("/dev/dri").is_ok_and(|mut nodes| {
        nodes.any(|node| node.is_ok_and(|n| n.file_name().to_string_lossy().starts_with("renderD")))
    })
}
