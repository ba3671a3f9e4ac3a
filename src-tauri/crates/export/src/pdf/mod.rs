//! The stakeholders' PDF: a cover, a page per persona, each board on landscape pages
//! (scaled to fit, or tiled with its headers repeated) with each to-be journey compared to
//! its as-is one, a summary of what hurts and what to do about it, and what was decided.
//! Drawn from the data as vectors; fonts are embedded and subset, text stays selectable.

mod board;
mod comparison;
mod cover;
mod decided;
mod draw;
mod flow;
mod fonts;
mod persona;
mod structure;
mod summary;
mod table;

use krilla::Document;
use krilla::destination::XyzDestination;
use krilla::geom::Point;
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;

use crate::ExportError;
use crate::content::WorkshopContent;
use draw::{INK_FAINT, Pen, Type};
use feltboard_core::language::Words;
use feltboard_core::{Timestamp, say, text};
use fonts::{Fonts, Weight};
use structure::{Role, Structure};

pub use board::MIN_TEXT_PT;

/// The paper the PDF is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum PageSize {
    #[default]
    A4,
    A3,
    Letter,
}

impl PageSize {
    /// Width and height in points, upright.
    fn portrait(self) -> (f32, f32) {
        match self {
            PageSize::A4 => (595.0, 842.0),
            PageSize::A3 => (842.0, 1191.0),
            PageSize::Letter => (612.0, 792.0),
        }
    }

    pub fn parse(text: &str) -> Option<PageSize> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(PageSize::A4),
            "a3" => Some(PageSize::A3),
            "letter" => Some(PageSize::Letter),
            _ => None,
        }
    }
}

/// What goes into the PDF.
#[derive(Debug, Clone, Copy)]
pub struct PdfOptions {
    pub page_size: PageSize,
    /// When it is made: printed on the cover and in the file's properties.
    pub now: Timestamp,
    pub include: Include,
}

/// The parts of the document besides the cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Include {
    pub personas: bool,
    pub boards: bool,
    pub summary: bool,
}

impl Include {
    pub const ALL: Include = Include {
        personas: true,
        boards: true,
        summary: true,
    };
}

const MARGIN: f32 = 40.0;

/// A page's size and the part of it content may use.
#[derive(Debug, Clone, Copy)]
struct Sheet {
    width: f32,
    height: f32,
}

impl Sheet {
    fn inner_width(self) -> f32 {
        self.width - 2.0 * MARGIN
    }
    fn bottom(self) -> f32 {
        self.height - MARGIN - 14.0
    }
}

/// One page of the document, planned before any is drawn so each knows the total.
enum Plan {
    Cover {
        page: usize,
    },
    Persona {
        index: usize,
        page: usize,
    },
    Board {
        board: usize,
        tile: board::Tile,
        number: usize,
        of: usize,
    },
    /// A to-be board against its as-is board, by its place among the comparisons.
    Comparison {
        index: usize,
        page: usize,
    },
    Summary {
        page: usize,
    },
    Decided {
        page: usize,
    },
}

impl Plan {
    /// Boards and tables are wide: they go on landscape pages.
    fn is_landscape(&self) -> bool {
        matches!(
            self,
            Plan::Board { .. } | Plan::Comparison { .. } | Plan::Decided { .. }
        )
    }
}

/// Lays out and writes the whole PDF.
pub fn workshop_pdf(
    content: &WorkshopContent,
    options: &PdfOptions,
) -> Result<Vec<u8>, ExportError> {
    let fonts = load_fonts()?;
    let (w, h) = options.page_size.portrait();
    let upright = Sheet {
        width: w,
        height: h,
    };
    let landscape = Sheet {
        width: h,
        height: w,
    };

    // The facilitator's own date, not UTC's.
    let date = feltboard_core::dates::local_day(options.now);
    let cover = cover::flow(&fonts, upright, content, &date);
    let mut plan: Vec<Plan> = (0..cover.flowing.pages.len())
        .map(|page| Plan::Cover { page })
        .collect();
    // Each persona's pages, by the persona's index (laid out only when personas are included).
    let mut personas = Vec::new();
    if options.include.personas {
        for index in 0..content.personas.len() {
            let flowing = persona::flow(&fonts, upright, content, index);
            plan.extend((0..flowing.pages.len()).map(|page| Plan::Persona { index, page }));
            personas.push(flowing);
        }
    }
    // Each board's layout, by the board's index (measured only when boards are included),
    // and each to-be board's comparison right after its pages.
    let mut layouts = Vec::new();
    let comparisons = if options.include.boards {
        comparison::flow(&fonts, landscape, content)
    } else {
        Vec::new()
    };
    for (i, b) in content
        .boards
        .iter()
        .enumerate()
        .filter(|_| options.include.boards)
    {
        let (layout, tiles) = board::pages(b, &fonts, content, landscape);
        layouts.push(layout);
        let of = tiles.len();
        plan.extend(tiles.into_iter().enumerate().map(|(n, tile)| Plan::Board {
            board: i,
            tile,
            number: n + 1,
            of,
        }));
        if let Some(index) = comparisons.iter().position(|c| c.to_be == i) {
            let pages = comparisons[index].flowing.pages.len();
            plan.extend((0..pages).map(|page| Plan::Comparison { index, page }));
        }
    }
    let summary = options
        .include
        .summary
        .then(|| summary::flow(&fonts, upright, content));
    if let Some(flowing) = &summary {
        plan.extend((0..flowing.pages.len()).map(|page| Plan::Summary { page }));
    }
    let decided = options
        .include
        .summary
        .then(|| decided::flow(&fonts, landscape, content));
    if let Some(decided) = &decided {
        plan.extend((0..decided.flowing.pages.len()).map(|page| Plan::Decided { page }));
    }

    let title = content.workshop.draft.title.clone();
    let mut document = Document::new();
    let mut structure = Structure::default();
    let total = plan.len();
    for (index, page) in plan.iter().enumerate() {
        let sheet = if page.is_landscape() {
            landscape
        } else {
            upright
        };
        let settings = PageSettings::from_wh(sheet.width, sheet.height)
            .ok_or_else(|| ExportError::Pdf("the page size is not valid".into()))?;
        let mut page_handle = document.start_page_with(settings);
        let mut surface = page_handle.surface();
        // The pen borrows the surface until the page is drawn.
        {
            let mut pen = Pen {
                surface: &mut surface,
                fonts: &fonts,
                structure: &mut structure,
            };
            match page {
                Plan::Cover { page } => cover::draw(&mut pen, upright, content, &cover, *page),
                Plan::Persona { index, page } => {
                    persona::draw(&mut pen, upright, content, *index, &personas[*index], *page)
                }
                Plan::Board {
                    board,
                    tile,
                    number,
                    of,
                } => board::draw(
                    &mut pen,
                    sheet,
                    content,
                    &content.boards[*board],
                    &layouts[*board],
                    tile,
                    *number,
                    *of,
                ),
                Plan::Comparison { index, page } => {
                    comparison::draw(&mut pen, sheet, content, &comparisons[*index], *page)
                }
                Plan::Summary { page } => {
                    if let Some(flowing) = &summary {
                        summary::draw(&mut pen, upright, content.words(), flowing, *page);
                    }
                }
                Plan::Decided { page } => {
                    if let Some(decided) = &decided {
                        decided::draw(&mut pen, sheet, content.words(), decided, *page);
                    }
                }
            }
            pen.as_role(Role::Footer, |pen| {
                footer(pen, sheet, content.words(), &title, index + 1, total)
            });
        }
        surface.finish();
        page_handle.finish();
    }

    document.set_outline(outline(&plan, content, &comparisons));
    document.set_tag_tree(structure.into_tree());
    let mut metadata = Metadata::new()
        .title(title)
        .language(structure::language(content).to_owned())
        .creator("Feltboard".to_owned())
        .creation_date(DateTime::new(date.0).month(date.1).day(date.2));
    if !content.workshop.draft.facilitator.trim().is_empty() {
        metadata = metadata.authors(vec![content.workshop.draft.facilitator.clone()]);
    }
    document.set_metadata(metadata);
    document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

/// What someone said, between the quotation marks of `words`' language: the marks they typed
/// around it left out, as the core's [`text::quoted`] leaves them out.
fn quoted(words: &Words, said: &str) -> String {
    words.quoted(said.trim().trim_matches(text::QUOTE_MARKS).trim())
}

/// The top of a page of content that flows on (the summary, what was decided): the band,
/// then `title` as the heading of its first page, or "… — continued" on the pages after.
fn page_title(pen: &mut Pen, sheet: Sheet, words: &Words, title: &str, page: usize) {
    pen.band(sheet.width, draw::BRAND);
    if page == 0 {
        let style = Type::new(Weight::Bold, 24.0, draw::INK);
        pen.as_role(Role::Heading(1), |pen| {
            pen.text(MARGIN, MARGIN + 22.0, title, style)
        });
    } else {
        let style = Type::new(Weight::SemiBold, 12.0, draw::BRAND);
        pen.text(
            MARGIN,
            MARGIN + 14.0,
            &say!(words, "pdf-continued", title = title),
            style,
        );
    }
}

/// The foot of page `number` of `total`: the workshop's title, and where the page is.
fn footer(pen: &mut Pen, sheet: Sheet, words: &Words, title: &str, number: usize, total: usize) {
    let style = Type::new(Weight::Regular, 8.0, INK_FAINT);
    let place = say!(words, "pdf-footer-page", number = number, total = total);
    let room = sheet.inner_width() - pen.fonts.width(&place, style.weight, style.size) - 24.0;
    let y = sheet.height - MARGIN + 8.0;
    let shown = pen.fonts.shorten(
        &format!("{title} · Feltboard"),
        style.weight,
        style.size,
        room,
    );
    pen.text(MARGIN, y, &shown, style);
    pen.text_right(sheet.width - MARGIN, y, &place, style);
}

/// Bookmarks: the cover, each persona, each board and comparison, the summary, what was
/// decided.
fn outline(
    plan: &[Plan],
    content: &WorkshopContent,
    comparisons: &[comparison::Compared],
) -> Outline {
    let at = |page: usize| XyzDestination::new(page, Point::from_xy(0.0, 0.0));
    let words = content.words();
    let mut outline = Outline::new();
    let mut personas: Option<OutlineNode> = None;
    let mut boards: Option<OutlineNode> = None;
    let (mut summary, mut decided) = (None, None);
    for (index, page) in plan.iter().enumerate() {
        let (section, title, name) = match page {
            Plan::Cover { page: 0 } => {
                outline.push_child(OutlineNode::new(
                    words.say("pdf-outline-cover", &[]),
                    at(index),
                ));
                continue;
            }
            Plan::Summary { page: 0 } => {
                summary = Some(OutlineNode::new(
                    words.say("pdf-summary-title", &[]),
                    at(index),
                ));
                continue;
            }
            Plan::Decided { page: 0 } => {
                decided = Some(OutlineNode::new(
                    words.say("pdf-decided-title", &[]),
                    at(index),
                ));
                continue;
            }
            Plan::Persona { index: i, page: 0 } => (
                &mut personas,
                "pdf-outline-personas",
                content.personas[*i].0.draft.name.clone(),
            ),
            Plan::Board {
                board, number: 1, ..
            } => (
                &mut boards,
                "pdf-outline-boards",
                content.boards[*board].board.draft.title.clone(),
            ),
            Plan::Comparison { index: i, page: 0 } => (
                &mut boards,
                "pdf-outline-boards",
                say!(
                    words,
                    "pdf-outline-comparison",
                    title = comparisons[*i].comparison.to_be_title.as_str()
                ),
            ),
            Plan::Cover { .. }
            | Plan::Persona { .. }
            | Plan::Summary { .. }
            | Plan::Decided { .. }
            | Plan::Board { .. }
            | Plan::Comparison { .. } => continue,
        };
        section
            .get_or_insert_with(|| {
                OutlineNode::new(words.say(title, &[]), at(index)).with_open(true)
            })
            .push_child(OutlineNode::new(name, at(index)));
    }
    for node in [personas, boards, summary, decided].into_iter().flatten() {
        outline.push_child(node);
    }
    outline
}

/// The whole board on one page at full size: the drawing a PNG of the board is made from.
pub fn board_poster(content: &WorkshopContent, board: usize) -> Result<Vec<u8>, ExportError> {
    let fonts = load_fonts()?;
    let shown =
        content
            .boards
            .get(board)
            .ok_or(ExportError::Store(feltboard_core::Error::NotFound {
                entity: "board",
            }))?;
    let (sheet, layout, tile) = board::poster(shown, &fonts, content);
    let mut document = Document::new();
    let settings = PageSettings::from_wh(sheet.width, sheet.height)
        .ok_or_else(|| ExportError::Pdf("the board is too large to draw".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    let mut structure = Structure::default();
    board::draw(
        &mut Pen {
            surface: &mut surface,
            fonts: &fonts,
            structure: &mut structure,
        },
        sheet,
        content,
        shown,
        &layout,
        &tile,
        1,
        1,
    );
    surface.finish();
    page.finish();
    document.set_tag_tree(structure.into_tree());
    document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))
}

fn load_fonts() -> Result<Fonts, ExportError> {
    Fonts::load().ok_or_else(|| ExportError::Pdf("a font shipped with Feltboard is damaged".into()))
}
