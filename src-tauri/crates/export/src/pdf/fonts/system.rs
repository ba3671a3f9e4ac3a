//! Chinese, Japanese and Korean from the system's fonts. A CJK face is 20 MB or more, too
//! much to ship in every installer, and every desktop has one: Noto Sans CJK or Source Han
//! Sans on Linux (Debian's `fonts-noto-cjk`), PingFang and Hiragino on macOS, Microsoft YaHei,
//! Yu Gothic and Malgun Gothic on Windows. Where none is found, CJK text is drawn as squares
//! and stays in the text layer, as any character no font has.

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

/// Looks the faces up once per process: reading the system's font folders takes a moment.
pub fn cjk() -> Cjk {
    static FOUND: OnceLock<Cjk> = OnceLock::new();
    *FOUND.get_or_init(|| {
        let mut fonts = fontdb::Database::new();
        fonts.load_system_fonts();
        let families: Vec<fontdb::Family> =
            FAMILIES.iter().map(|f| fontdb::Family::Name(f)).collect();
        let find = |weight| {
            fonts.query(&fontdb::Query {
                families: &families,
                weight,
                ..fontdb::Query::default()
            })
        };
        let load = |id| {
            let (data, index) = fonts.with_face_data(id, |data, index| (data.to_vec(), index))?;
            // Kept for the process's life, like the shipped fonts, so faces can borrow it.
            Some((&*Box::leak(data.into_boxed_slice()), index))
        };
        let regular_id = find(fontdb::Weight::NORMAL);
        let bold_id = find(fontdb::Weight::BOLD).filter(|&bold| Some(bold) != regular_id);
        let regular = regular_id.and_then(load);
        let bold = bold_id.and_then(load);
        Cjk { regular, bold }
    })
}
