//! The logical structure of a printable, for screen readers: a tree of PDF's standard
//! structure types (headings, paragraphs, lists, tables, links, figures) whose leaves
//! are the pieces of marked content the layout draws, in reading order. Plain data: the
//! layout builds it while drawing, `tagged.rs` writes it into the file.

/// A standard structure type of PDF 1.7 (ISO 32000-1, 14.8.4), the only ones used, so
/// no role map is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Document,
    Sect,
    H1,
    H2,
    H3,
    H4,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    TR,
    TH,
    TD,
    Link,
    Figure,
}

impl Role {
    /// The name PDF gives the type (`/S /H1`).
    pub fn name(self) -> &'static [u8] {
        match self {
            Role::Document => b"Document",
            Role::Sect => b"Sect",
            Role::H1 => b"H1",
            Role::H2 => b"H2",
            Role::H3 => b"H3",
            Role::H4 => b"H4",
            Role::P => b"P",
            Role::L => b"L",
            Role::LI => b"LI",
            Role::Lbl => b"Lbl",
            Role::LBody => b"LBody",
            Role::Table => b"Table",
            Role::THead => b"THead",
            Role::TBody => b"TBody",
            Role::TR => b"TR",
            Role::TH => b"TH",
            Role::TD => b"TD",
            Role::Link => b"Link",
            Role::Figure => b"Figure",
        }
    }

    /// The heading of a level from 1 to 4 (deeper levels are level 4).
    pub fn heading(level: u8) -> Role {
        match level {
            0 | 1 => Role::H1,
            2 => Role::H2,
            3 => Role::H3,
            _ => Role::H4,
        }
    }
}

/// Which cells a table header cell is the header of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Row,
    Column,
}

/// How a list's items are labelled (`/ListNumbering`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering {
    /// A bullet.
    Disc,
    /// 1., 2., 3.
    Decimal,
    /// A square to tick by hand.
    Square,
    /// No label: the items stand on their own (the levels on the pocket card).
    Unlabelled,
}

impl Numbering {
    /// The name PDF gives the numbering (`/ListNumbering /Disc`).
    pub fn name(self) -> &'static [u8] {
        match self {
            Numbering::Disc => b"Disc",
            Numbering::Decimal => b"Decimal",
            Numbering::Square => b"Square",
            Numbering::Unlabelled => b"None",
        }
    }
}

/// What an element says beyond its type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attributes {
    /// A table header cell's scope.
    pub scope: Option<Scope>,
    /// A list's labels.
    pub numbering: Option<Numbering>,
    /// The words a screen reader says for content that is not text (a tick box).
    pub alt: Option<String>,
    /// Where a figure stands on its page: left, bottom, right, top in points.
    pub bbox: Option<[f32; 4]>,
}

/// An element of the tree, by its place in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ElemId(usize);

impl ElemId {
    pub fn index(self) -> usize {
        self.0
    }
}

/// What an element holds, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kid {
    /// A child element.
    Elem(ElemId),
    /// A marked-content sequence: the page (from 0) and its marked-content id there.
    Content { page: usize, mcid: usize },
    /// A link annotation: the page and the annotation's place among its links.
    Annotation { page: usize, index: usize },
}

/// One element: its type, parent, kids and attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Elem {
    pub role: Role,
    pub parent: Option<ElemId>,
    pub kids: Vec<Kid>,
    pub attributes: Attributes,
}

/// The structure tree, built top-down while drawing: elements are opened, filled and
/// closed, like writing HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct StructTree {
    elems: Vec<Elem>,
    open: Vec<ElemId>,
}

impl Default for StructTree {
    fn default() -> Self {
        StructTree::new()
    }
}

impl StructTree {
    /// A tree holding only the open `Document` element.
    pub fn new() -> StructTree {
        StructTree {
            elems: vec![Elem {
                role: Role::Document,
                parent: None,
                kids: Vec::new(),
                attributes: Attributes::default(),
            }],
            open: vec![ElemId(0)],
        }
    }

    /// The `Document` element at the root.
    pub fn root(&self) -> ElemId {
        ElemId(0)
    }

    /// The innermost open element: where content goes now.
    pub fn current(&self) -> ElemId {
        self.open.last().copied().unwrap_or(ElemId(0))
    }

    /// Opens a child of the current element, which becomes the current one.
    pub fn open(&mut self, role: Role, attributes: Attributes) -> ElemId {
        let parent = self.current();
        let id = self.child(parent, role, attributes);
        self.open.push(id);
        id
    }

    /// Adds a child to `parent` without opening it (a link inside a line of text).
    pub fn child(&mut self, parent: ElemId, role: Role, attributes: Attributes) -> ElemId {
        let id = ElemId(self.elems.len());
        self.elems.push(Elem {
            role,
            parent: Some(parent),
            kids: Vec::new(),
            attributes,
        });
        self.elems[parent.0].kids.push(Kid::Elem(id));
        id
    }

    /// Makes an element made earlier the current one again, until it is closed.
    pub fn enter(&mut self, elem: ElemId) {
        if elem.0 < self.elems.len() {
            self.open.push(elem);
        }
    }

    /// Closes the current element; the root stays open.
    pub fn close(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    /// Adds content (or an annotation) to an element, after what it holds.
    pub fn add(&mut self, elem: ElemId, kid: Kid) {
        if let Some(elem) = self.elems.get_mut(elem.0) {
            elem.kids.push(kid);
        }
    }

    pub fn elems(&self) -> &[Elem] {
        &self.elems
    }

    pub fn elem(&self, id: ElemId) -> &Elem {
        &self.elems[id.0]
    }

    /// Which elements hold something a reader meets: content or an annotation of their
    /// own, or such an element below them. Empty ones (a list with nothing in it) are
    /// left out of the file.
    pub fn with_content(&self) -> Vec<bool> {
        let mut keep = vec![false; self.elems.len()];
        // Children come after their parents, so one pass from the end settles each
        // element before its parent looks at it.
        for index in (0..self.elems.len()).rev() {
            keep[index] = self.elems[index].kids.iter().any(|kid| match kid {
                Kid::Elem(child) => keep[child.0],
                Kid::Content { .. } | Kid::Annotation { .. } => true,
            });
        }
        keep
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_nest_in_the_order_they_are_opened() {
        let mut tree = StructTree::new();
        let list = tree.open(Role::L, Attributes::default());
        let item = tree.open(Role::LI, Attributes::default());
        tree.close();
        tree.close();
        let paragraph = tree.open(Role::P, Attributes::default());
        tree.add(paragraph, Kid::Content { page: 0, mcid: 0 });
        let link = tree.child(paragraph, Role::Link, Attributes::default());
        tree.add(paragraph, Kid::Content { page: 0, mcid: 2 });
        assert_eq!(
            tree.elem(tree.root()).kids,
            [Kid::Elem(list), Kid::Elem(paragraph)]
        );
        assert_eq!(tree.elem(list).kids, [Kid::Elem(item)]);
        assert_eq!(
            tree.elem(paragraph).kids,
            [
                Kid::Content { page: 0, mcid: 0 },
                Kid::Elem(link),
                Kid::Content { page: 0, mcid: 2 }
            ]
        );
        assert_eq!(tree.current(), paragraph);
    }

    #[test]
    fn the_root_cannot_be_closed() {
        let mut tree = StructTree::new();
        tree.close();
        tree.close();
        assert_eq!(tree.current(), tree.root());
    }

    #[test]
    fn only_elements_with_content_below_them_are_kept() {
        let mut tree = StructTree::new();
        let empty_list = tree.open(Role::L, Attributes::default());
        tree.close();
        let section = tree.open(Role::Sect, Attributes::default());
        let paragraph = tree.open(Role::P, Attributes::default());
        tree.add(paragraph, Kid::Content { page: 1, mcid: 0 });
        let keep = tree.with_content();
        assert!(keep[tree.root().index()]);
        assert!(!keep[empty_list.index()]);
        assert!(keep[section.index()] && keep[paragraph.index()]);
    }
}
