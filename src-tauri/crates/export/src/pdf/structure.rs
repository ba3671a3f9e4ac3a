//! The PDF's structure, for people who read it with a screen reader or on a small screen:
//! every line of text is tagged as a heading or a paragraph, in reading order; portraits
//! and the emotion curves are figures with a description; boxes, lines and the page footer
//! are marked as decoration. The document says its language.

use std::num::NonZeroU16;

use krilla::surface::Surface;

use crate::WorkshopContent;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, SpanTag, Tag, TagGroup, TagTree,
};

/// The language of the words Feltboard writes around the room's own: the workshop's.
pub fn language(content: &WorkshopContent) -> &'static str {
    content.words().language().code()
}

/// What the text drawn next is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Paragraph,
    /// A heading of this level: 1 for a page's title.
    Heading(u16),
    /// The page's footer: the workshop's title and the page number, on every page.
    Footer,
}

/// The structure gathered while the pages are drawn.
#[derive(Debug)]
pub struct Structure {
    groups: Vec<TagGroup>,
    role: Role,
    /// The figure being drawn: everything drawn belongs to it, untagged on its own.
    figure: Option<Identifier>,
}

impl Default for Structure {
    fn default() -> Self {
        Structure {
            groups: Vec::new(),
            role: Role::Paragraph,
            figure: None,
        }
    }
}

impl Structure {
    /// The tag tree for the document, in the order the pages were drawn.
    pub fn into_tree(self) -> TagTree {
        let mut tree = TagTree::new();
        for group in self.groups {
            tree.push(group);
        }
        tree
    }

    /// Sets the role of the text drawn next; returns the one before.
    pub fn set_role(&mut self, role: Role) -> Role {
        std::mem::replace(&mut self.role, role)
    }

    /// Draws a line of text with `draw`, tagged as the current role.
    pub fn text(&mut self, surface: &mut Surface, draw: impl FnOnce(&mut Surface)) {
        if self.figure.is_some() {
            return draw(surface);
        }
        if self.role == Role::Footer {
            return self.decoration(surface, ArtifactType::Footer, draw);
        }
        let id = surface.start_tagged(ContentTag::Span(SpanTag::empty()));
        draw(surface);
        surface.end_tagged();
        let mut group = match self.role {
            Role::Heading(level) => TagGroup::new(Tag::Hn(
                NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN),
                None,
            )),
            Role::Paragraph | Role::Footer => TagGroup::new(Tag::P),
        };
        group.push(id);
        self.groups.push(group);
    }

    /// Draws something that is no part of the content: a box, a rule, a band of colour.
    pub fn decoration(
        &mut self,
        surface: &mut Surface,
        kind: ArtifactType,
        draw: impl FnOnce(&mut Surface),
    ) {
        if self.figure.is_some() {
            return draw(surface);
        }
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
        draw(surface);
        surface.end_tagged();
    }

    /// Starts a figure: everything drawn until [`Structure::end_figure`] is one picture.
    /// False when a figure is already open (the outer one holds this too).
    pub fn begin_figure(&mut self, surface: &mut Surface) -> bool {
        if self.figure.is_some() {
            return false;
        }
        self.figure = Some(surface.start_tagged(ContentTag::Other));
        true
    }

    /// Ends the figure begun last, described by `alt` for those who cannot see it.
    pub fn end_figure(&mut self, surface: &mut Surface, alt: &str) {
        if let Some(id) = self.figure.take() {
            surface.end_tagged();
            let mut group = TagGroup::new(Tag::Figure(Some(alt.to_owned())));
            group.push(id);
            self.groups.push(group);
        }
    }
}
