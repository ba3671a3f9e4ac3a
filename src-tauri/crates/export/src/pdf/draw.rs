//! A pen over a krilla page: text in runs with fallback fonts, wrapped paragraphs, boxes,
//! lines and smooth curves. Coordinates are points from the page's top left.

use super::fonts::{Fonts, Line, Weight};
use super::structure::{Role, Structure};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, LineCap, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::ArtifactType;

/// A colour as `0xRRGGBB`.
#[derive(Debug, Clone, Copy)]
pub struct Colour(pub u32);

impl Colour {
    /// Parses `#rrggbb`, as the store keeps colours.
    pub fn hex(text: &str) -> Option<Colour> {
        u32::from_str_radix(text.strip_prefix('#')?, 16)
            .ok()
            .filter(|_| text.len() == 7)
            .map(Colour)
    }

    fn rgb(self) -> rgb::Color {
        let [_, r, g, b] = self.0.to_be_bytes();
        rgb::Color::new(r, g, b)
    }
}

pub const INK: Colour = Colour(0x2b2a33);
pub const INK_SOFT: Colour = Colour(0x5c5a66);
pub const INK_FAINT: Colour = Colour(0x8a8794);
pub const LINE: Colour = Colour(0xddd8cc);
pub const PAPER_WARM: Colour = Colour(0xf6f2ea);
pub const BRAND: Colour = Colour(0x3d5a80);

/// A rectangle on the page: its top left corner, width and height.
#[derive(Debug, Clone, Copy)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Area {
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Area {
        Area { x, y, w, h }
    }
}

/// How a piece of text looks.
#[derive(Debug, Clone, Copy)]
pub struct Type {
    pub weight: Weight,
    pub size: f32,
    pub colour: Colour,
}

impl Type {
    pub const fn new(weight: Weight, size: f32, colour: Colour) -> Type {
        Type {
            weight,
            size,
            colour,
        }
    }

    /// The distance between baselines.
    pub fn leading(self) -> f32 {
        Type::leading_of(self.size)
    }

    /// The distance between baselines of text of `size`.
    pub const fn leading_of(size: f32) -> f32 {
        size * 1.3
    }
}

/// The shape that marks a curve's points, so a curve is told apart by more than its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A filled circle in a white ring, so it stands out on a line.
    Dot,
    Ring,
    /// A white square outlined.
    Box,
    TriangleUp,
    TriangleDown,
    Cross,
    Plus,
    Bar,
}

/// How a line is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Ink {
    pub colour: Colour,
    pub width: f32,
    /// Dash and gap lengths; `None` for a solid line.
    pub dash: Option<(f32, f32)>,
}

pub struct Pen<'s, 'p> {
    pub surface: &'s mut Surface<'p>,
    pub fonts: &'s Fonts,
    pub structure: &'s mut Structure,
}

fn fill(colour: Colour, opacity: f32) -> Fill {
    Fill {
        paint: colour.rgb().into(),
        opacity: NormalizedF32::new(opacity).unwrap_or(NormalizedF32::ONE),
        rule: Default::default(),
    }
}

impl Pen<'_, '_> {
    /// One line of text with its baseline at `y`; returns its width.
    pub fn text(&mut self, x: f32, y: f32, text: &str, style: Type) -> f32 {
        let line = self.fonts.line(text, style.weight);
        self.draw_line(&line, x, y, style)
    }

    /// One line of text in a column `width` wide from `x`: from its left edge, or from its
    /// right edge when the line reads right to left.
    pub fn text_in(&mut self, x: f32, width: f32, y: f32, text: &str, style: Type) {
        let line = self.fonts.line(text, style.weight);
        let from = if line.rtl {
            x + width - line.width * style.size
        } else {
            x
        };
        self.draw_line(&line, from, y, style);
    }

    fn draw_line(&mut self, line: &Line, x: f32, y: f32, style: Type) -> f32 {
        let fonts = self.fonts;
        self.structure.text(self.surface, |surface| {
            surface.set_fill(Some(fill(style.colour, 1.0)));
            surface.set_stroke(None);
            for run in &line.runs {
                surface.draw_glyphs(
                    Point::from_xy(x + run.x * style.size, y),
                    &run.glyphs,
                    fonts.face(run.face).font(),
                    &line.text[run.range.clone()],
                    style.size,
                    false,
                );
            }
        });
        line.width * style.size
    }

    /// Draws with `draw` the text of `role` (a heading, the footer), then goes back to
    /// paragraphs.
    pub fn as_role<T>(&mut self, role: Role, draw: impl FnOnce(&mut Self) -> T) -> T {
        let before = self.structure.set_role(role);
        let drawn = draw(self);
        self.structure.set_role(before);
        drawn
    }

    /// Draws with `draw` one figure: a picture described by `alt` for those who cannot see
    /// it.
    pub fn figure(&mut self, alt: &str, draw: impl FnOnce(&mut Self)) {
        let opened = self.structure.begin_figure(self.surface);
        draw(self);
        if opened {
            self.structure.end_figure(self.surface, alt);
        }
    }

    /// One line of text ending at `right`.
    pub fn text_right(&mut self, right: f32, y: f32, text: &str, style: Type) {
        let width = self.fonts.width(text, style.weight, style.size);
        self.text(right - width, y, text, style);
    }

    /// Text wrapped to `width` from the top `y`, at most `max_lines` (the last one ends in
    /// "…" when cut). Returns the height used.
    pub fn paragraph(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        text: &str,
        style: Type,
        max_lines: usize,
    ) -> f32 {
        let lines = self.fonts.wrap(text, style.weight, style.size, width);
        let shown = lines.len().min(max_lines);
        for (i, line) in lines.iter().take(shown).enumerate() {
            let baseline = y + style.size + i as f32 * style.leading();
            if i + 1 == shown && shown < lines.len() {
                self.text_in(x, width, baseline, &format!("{}…", line.trim_end()), style);
            } else {
                self.text_in(x, width, baseline, line, style);
            }
        }
        shown as f32 * style.leading()
    }

    /// A rectangle, filled and/or outlined, with rounded corners of `radius`.
    pub fn rect(&mut self, area: Area, radius: f32, paint: Option<Colour>, outline: Option<Ink>) {
        self.draw(rounded(area, radius), paint, outline);
    }

    /// Draws nothing outside `area` (rounded by `radius`) until the matching
    /// `surface.pop()`.
    pub fn clip(&mut self, area: Area, radius: f32) {
        if let Some(path) = rounded(area, radius).finish() {
            self.surface.push_clip_path(&path, &FillRule::NonZero);
        }
    }

    /// The coloured strip across the top of a page that says what kind of page it is.
    pub fn band(&mut self, page_width: f32, colour: Colour) {
        self.rect(
            Area::new(0.0, 0.0, page_width, 10.0),
            0.0,
            Some(colour),
            None,
        );
    }

    /// A circle around (`cx`, `cy`).
    pub fn circle(
        &mut self,
        cx: f32,
        cy: f32,
        r: f32,
        paint: Option<Colour>,
        outline: Option<Ink>,
    ) {
        self.rect(
            Area::new(cx - r, cy - r, 2.0 * r, 2.0 * r),
            r,
            paint,
            outline,
        );
    }

    /// `marker` in `colour`, centred on (`x`, `y`), `size` across.
    pub fn marker(&mut self, marker: Marker, x: f32, y: f32, size: f32, colour: Colour) {
        let r = size / 2.0;
        let stroke = Ink {
            colour,
            width: (size / 4.0).max(1.2),
            dash: None,
        };
        match marker {
            Marker::Dot => self.circle(
                x,
                y,
                r,
                Some(colour),
                Some(Ink {
                    colour: Colour(0xffffff),
                    width: 1.2,
                    dash: None,
                }),
            ),
            Marker::Box => self.rect(
                Area::new(x - r, y - r, size, size),
                0.0,
                Some(Colour(0xffffff)),
                Some(Ink {
                    width: 1.5,
                    ..stroke
                }),
            ),
            Marker::Ring => self.circle(
                x,
                y,
                r,
                Some(Colour(0xffffff)),
                Some(Ink {
                    width: 1.4,
                    ..stroke
                }),
            ),
            Marker::TriangleUp => self.area(
                &[(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)],
                colour,
            ),
            Marker::TriangleDown => self.area(
                &[(x, y + r), (x + r, y - r * 0.8), (x - r, y - r * 0.8)],
                colour,
            ),
            Marker::Cross => {
                let d = r * 0.8;
                self.polyline(&[(x - d, y - d), (x + d, y + d)], stroke);
                self.polyline(&[(x - d, y + d), (x + d, y - d)], stroke);
            }
            Marker::Plus => {
                self.polyline(&[(x - r, y), (x + r, y)], stroke);
                self.polyline(&[(x, y - r), (x, y + r)], stroke);
            }
            Marker::Bar => self.rect(
                Area::new(x - r, y - r * 0.4, size, r * 0.8),
                0.0,
                Some(colour),
                None,
            ),
        }
    }

    /// A straight line through `points`.
    pub fn polyline(&mut self, points: &[(f32, f32)], ink: Ink) {
        self.draw(through(points), None, Some(ink));
    }

    /// A smooth curve through `points` (Catmull-Rom, as the app draws its curves).
    pub fn smooth(&mut self, points: &[(f32, f32)], ink: Ink) {
        if points.len() < 3 {
            return self.polyline(points, ink);
        }
        let mut path = PathBuilder::new();
        path.move_to(points[0].0, points[0].1);
        for i in 0..points.len() - 1 {
            let p0 = points[i.saturating_sub(1)];
            let p1 = points[i];
            let p2 = points[i + 1];
            let p3 = points[(i + 2).min(points.len() - 1)];
            path.cubic_to(
                p1.0 + (p2.0 - p0.0) / 6.0,
                p1.1 + (p2.1 - p0.1) / 6.0,
                p2.0 - (p3.0 - p1.0) / 6.0,
                p2.1 - (p3.1 - p1.1) / 6.0,
                p2.0,
                p2.1,
            );
        }
        self.draw(path, None, Some(ink));
    }

    /// A filled shape through `points`, closed.
    pub fn area(&mut self, points: &[(f32, f32)], colour: Colour) {
        let mut path = through(points);
        path.close();
        self.draw(path, Some(colour), None);
    }

    fn draw(&mut self, path: PathBuilder, paint: Option<Colour>, outline: Option<Ink>) {
        let Some(path) = path.finish() else { return };
        self.structure
            .decoration(self.surface, ArtifactType::Layout, |surface| {
                surface.set_fill(paint.map(|c| fill(c, 1.0)));
                surface.set_stroke(outline.map(|ink| Stroke {
                    paint: ink.colour.rgb().into(),
                    width: ink.width,
                    line_cap: LineCap::Round,
                    dash: ink.dash.map(|(on, off)| StrokeDash {
                        array: vec![on, off],
                        offset: 0.0,
                    }),
                    ..Default::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            });
    }
}

/// A path of straight segments through `points`.
fn through(points: &[(f32, f32)]) -> PathBuilder {
    let mut path = PathBuilder::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        if i == 0 {
            path.move_to(x, y);
        } else {
            path.line_to(x, y);
        }
    }
    path
}

/// The outline of `area` with corners rounded by `radius` (a circle when it is half the side).
fn rounded(area: Area, radius: f32) -> PathBuilder {
    let Area { x, y, w, h } = area;
    let mut path = PathBuilder::new();
    if radius <= 0.0 {
        if let Some(rect) = Rect::from_xywh(x, y, w.max(0.01), h.max(0.01)) {
            path.push_rect(rect);
        }
        return path;
    }
    let r = radius.min(w / 2.0).min(h / 2.0);
    let k = r * 0.4477; // control distance for a quarter circle
    path.move_to(x + r, y);
    path.line_to(x + w - r, y);
    path.cubic_to(x + w - k, y, x + w, y + k, x + w, y + r);
    path.line_to(x + w, y + h - r);
    path.cubic_to(x + w, y + h - k, x + w - k, y + h, x + w - r, y + h);
    path.line_to(x + r, y + h);
    path.cubic_to(x + k, y + h, x, y + h - k, x, y + h - r);
    path.line_to(x, y + r);
    path.cubic_to(x, y + k, x + k, y, x + r, y);
    path.close();
    path
}
