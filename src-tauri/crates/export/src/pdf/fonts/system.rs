//! Faces from the system's fonts. Chinese, Japanese and Korean: a CJK face is 20 MB or more,
//! too much to ship in every installer, and every desktop has one: Noto Sans CJK or Source Han
//! Sans on Linux (Debian's `fonts-noto-cjk`), PingFang and Hiragino on macOS, Microsoft YaHei,
//! Yu Gothic and Malgun Gothic on Windows. On Linux, colour emoji too: Noto Color Emoji (11 MB,
//! Debian's `fonts-noto-color-emoji`, which the package depends on). Where none is found, the
//! text is drawn as squares and stays in the text layer, as any character no font has.

use std::sync::OnceLock;

/// A font file's bytes (kept for the process's life) and the face's index in it.
pub type FaceData = (&'static [u8], u32);

/// The system's CJK faces, regular and bold, where it has them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cjk {
    pub regular: Option<FaceData>,
    pub bold: Option<FaceData>,
}

/// The families tried, in order: one face of each covers Han, kana and Hangul.
const FAMILIES: [&str; 10] = [
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Source Han Sans SC",
    "Source Han Sans",
    "PingFang SC",
    "Hiragino Sans",
    "Microsoft YaHei",
    "Yu Gothic",
    "Malgun Gothic",
    "WenQuanYi Zen Hei",
];

/// The families tried for colour emoji, in order.
#[cfg(target_os = "linux")]
const EMOJI_FAMILIES: [&str; 2] = ["Noto Color Emoji", "Twemoji"];

/// The system's fonts, read once per process: reading its font folders takes a moment.
fn system_fonts() -> &'static fontdb::Database {
    static FONTS: OnceLock<fontdb::Database> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut fonts = fontdb::Database::new();
        fonts.load_system_fonts();
        fonts
    })
}

/// The first of `families` the system has, at `weight` or the nearest to it.
fn find(families: &[&str], weight: fontdb::Weight) -> Option<fontdb::ID> {
    let families: Vec<fontdb::Family> = families.iter().map(|f| fontdb::Family::Name(f)).collect();
    system_fonts().query(&fontdb::Query {
        families: &families,
        weight,
        ..fontdb::Query::default()
    })
}

fn load(id: fontdb::ID) -> Option<FaceData> {
    let (data, index) = system_fonts().with_face_data(id, |data, index| (data.to_vec(), index))?;
    // Kept for the process's life, like the shipped fonts, so faces can borrow it.
    Some((&*Box::leak(data.into_boxed_slice()), index))
}

/// The system's CJK faces, looked up once per process.
pub fn cjk() -> Cjk {
    static FOUND: OnceLock<Cjk> = OnceLock::new();
    *FOUND.get_or_init(|| {
        let regular_id = find(&FAMILIES, fontdb::Weight::NORMAL);
        let bold_id =
            find(&FAMILIES, fontdb::Weight::BOLD).filter(|&bold| Some(bold) != regular_id);
        Cjk {
            regular: regular_id.and_then(load),
            bold: bold_id.and_then(load),
        }
    })
}

/// The system's colour emoji face, looked up once per process.
#[cfg(target_os = "linux")]
pub fn emoji() -> Option<FaceData> {
    static FOUND: OnceLock<Option<FaceData>> = OnceLock::new();
    *FOUND.get_or_init(|| find(&EMOJI_FAMILIES, fontdb::Weight::NORMAL).and_then(load))
}
