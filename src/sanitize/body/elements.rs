//! What a body may hold, and how each piece is spelled: the elements ([`El`]), their
//! attributes ([`Attr`]) in the one order they are written, which attributes each element may
//! carry, and where line breaks go around each element.
//!
//! Both readers (Markdown events, the HTML tree) name elements and attributes only through
//! these types, so the writer ([`Sink`](super::sink::Sink)) can only ever write an element of
//! this list with attributes of this list: the allow-list is the type.

/// Declares [`El`] and its [`Props`] table from one list: the variant, the tag name, the
/// layout, and whether the writer treats it specially (links, images, footnotes, `pre`,
/// headings).
macro_rules! elements {
    ($($el:ident $name:literal $layout:ident $special:literal,)*) => {
        /// Every element the body may hold: ammonia's default tag list without `area`, `map`
        /// and `center`, plus `tfoot`; without the obsolete `acronym`, `strike` and `tt`
        /// (the policy writes `abbr`, `s` and `code` for them) and without sectioning
        /// elements (`article`, `aside`, `footer`, `header`, `nav`, `section`: the page has
        /// its own `article`, so the policy unwraps them).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum El {
            $($el,)*
        }

        /// One row per element, in [`El`]'s order.
        static PROPS: [Props; [$($name),*].len()] = [
            $(Props {
                name: $name,
                open: concat!("<", $name, ">"),
                close: concat!("</", $name, ">"),
                layout: Layout::$layout,
                breaks: breaks(Layout::$layout, $name),
                special: $special,
            },)*
        ];

        impl El {
            /// The element of a tag name (lowercase, as the HTML parser gives it); `None` for
            /// every element the body may not hold.
            pub(crate) fn from_name(name: &str) -> Option<El> {
                Some(match name {
                    $($name => El::$el,)*
                    _ => return None,
                })
            }
        }
    };
}

elements! {
    A "a" Inline true,
    Abbr "abbr" Inline false,
    B "b" Inline false,
    Bdi "bdi" Inline false,
    Bdo "bdo" Inline false,
    Blockquote "blockquote" Container false,
    Br "br" Void false,
    Caption "caption" Block false,
    Cite "cite" Inline false,
    Code "code" Inline false,
    Col "col" Void false,
    Colgroup "colgroup" Block false,
    Data "data" Inline false,
    Dd "dd" Block false,
    Del "del" Inline false,
    Details "details" Block false,
    Dfn "dfn" Inline false,
    Div "div" Block true,
    Dl "dl" Container false,
    Dt "dt" Block false,
    Em "em" Inline false,
    Figcaption "figcaption" Inline false,
    Figure "figure" Block false,
    H1 "h1" Block true,
    H2 "h2" Block true,
    H3 "h3" Block true,
    H4 "h4" Block true,
    H5 "h5" Block true,
    H6 "h6" Block true,
    Hgroup "hgroup" Block false,
    Hr "hr" VoidBlock false,
    I "i" Inline false,
    Img "img" Void true,
    Ins "ins" Inline false,
    Kbd "kbd" Inline false,
    Li "li" Block false,
    Mark "mark" Inline false,
    Ol "ol" Container false,
    P "p" Block false,
    Pre "pre" Block true,
    Q "q" Inline false,
    Rp "rp" Inline false,
    Rt "rt" Inline false,
    Rtc "rtc" Inline false,
    Ruby "ruby" Inline false,
    S "s" Inline false,
    Samp "samp" Inline false,
    Small "small" Inline false,
    Span "span" Inline false,
    Strong "strong" Inline false,
    Sub "sub" Inline false,
    Summary "summary" Block false,
    Sup "sup" Inline true,
    Table "table" Container false,
    Tbody "tbody" Container false,
    Td "td" Inline false,
    Tfoot "tfoot" Container false,
    Th "th" Inline false,
    Thead "thead" Container false,
    Time "time" Inline false,
    Tr "tr" Block false,
    U "u" Inline false,
    Ul "ul" Container false,
    Var "var" Inline false,
    Wbr "wbr" Void false,
}

/// What the writer needs of an element, looked up once.
#[derive(Debug)]
pub(crate) struct Props {
    /// The tag name.
    pub(crate) name: &'static str,
    /// The start tag without attributes.
    pub(crate) open: &'static str,
    /// The end tag.
    pub(crate) close: &'static str,
    pub(crate) layout: Layout,
    /// Separates words in the plain text: a block, a table cell, a line break, a caption.
    pub(crate) breaks: bool,
    /// Written by code of its own (links, images, footnotes, `pre`, headings).
    pub(crate) special: bool,
}

/// Whether an element of this layout and name separates words in the plain text.
const fn breaks(layout: Layout, name: &str) -> bool {
    match layout {
        Layout::Block | Layout::Container | Layout::VoidBlock => true,
        Layout::Void => matches!(name.as_bytes(), b"br"),
        Layout::Inline => matches!(name.as_bytes(), b"td" | b"th" | b"figcaption"),
    }
}

impl Props {
    /// On a line of its own.
    pub(crate) fn block(&self) -> bool {
        matches!(
            self.layout,
            Layout::Block | Layout::Container | Layout::VoidBlock
        )
    }

    /// Without content or end tag.
    pub(crate) fn void(&self) -> bool {
        matches!(self.layout, Layout::Void | Layout::VoidBlock)
    }
}

/// Where line breaks go around an element. The spelling of pulldown-cmark's HTML writer, for
/// Markdown's own elements, extended to the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// No line breaks: `<em>…</em>`.
    Inline,
    /// Starts on a line of its own, a line break after its end: `<p>…</p>\n`.
    Block,
    /// A block whose content starts on the next line: `<ul>\n…</ul>\n`.
    Container,
    /// An element without content or end tag, inline: `<br>`, `<img …>`.
    Void,
    /// An element without content or end tag on a line of its own: `<hr>\n`.
    VoidBlock,
}

impl El {
    /// The element's row of the table.
    pub(crate) fn props(self) -> &'static Props {
        // `PROPS` has a row per variant, in order (the macro writes both from one list).
        &PROPS[self as usize]
    }

    /// The tag name.
    pub(crate) fn name(self) -> &'static str {
        self.props().name
    }

    /// The heading of a level (1–6; anything deeper is `h6`).
    pub(crate) fn heading(level: u8) -> El {
        match level {
            0 | 1 => El::H1,
            2 => El::H2,
            3 => El::H3,
            4 => El::H4,
            5 => El::H5,
            _ => El::H6,
        }
    }

    /// The level of a heading element.
    pub(crate) fn heading_level(self) -> Option<u8> {
        match self {
            El::H1 => Some(1),
            El::H2 => Some(2),
            El::H3 => Some(3),
            El::H4 => Some(4),
            El::H5 => Some(5),
            El::H6 => Some(6),
            _ => None,
        }
    }

    pub(crate) fn layout(self) -> Layout {
        self.props().layout
    }

    /// The attributes the element may carry, as a set of [`Attr`] bits.
    pub(crate) fn allowed(self) -> u32 {
        use Attr as T;
        use El::*;
        const GLOBAL: u32 = T::Id.bit() | T::Lang.bit() | T::Title.bit() | T::Dir.bit();
        const CELL: u32 = T::Colspan.bit() | T::Rowspan.bit() | T::Headers.bit() | T::Style.bit();
        GLOBAL
            | match self {
                A => T::Href.bit() | T::Hreflang.bit(),
                Blockquote | Q => T::Cite.bit(),
                Col | Colgroup => T::Span.bit(),
                Del | Ins => T::Cite.bit() | T::Datetime.bit(),
                Img => T::Src.bit() | T::Alt.bit() | T::Width.bit() | T::Height.bit(),
                Ol => T::Start.bit(),
                Time => T::Datetime.bit(),
                Td => CELL,
                Th => CELL | T::Scope.bit(),
                Code | Div | Sup => T::Class.bit(),
                _ => 0,
            }
    }
}

/// Every attribute the body may hold, in the order they are written (the URL first, so a
/// link or image reads `<a href=…`, `<img src=…`). (`name` is not one:
/// content never puts a `name` on the page.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[rustfmt::skip]
pub(crate) enum Attr {
    Href, Src, Class, Id, Alt, Width, Height, Start, Cite, Datetime, Hreflang, Dir, Colspan,
    Rowspan, Headers, Scope, Span, Style, Lang, Title,
    // Read, never written: where lazy-loading pages keep an image's URL.
    Srcset, DataSrc, DataSrcset, DataLazySrc, DataOriginal,
}

impl Attr {
    const ALL: [Attr; 25] = [
        Attr::Href,
        Attr::Src,
        Attr::Class,
        Attr::Id,
        Attr::Alt,
        Attr::Width,
        Attr::Height,
        Attr::Start,
        Attr::Cite,
        Attr::Datetime,
        Attr::Hreflang,
        Attr::Dir,
        Attr::Colspan,
        Attr::Rowspan,
        Attr::Headers,
        Attr::Scope,
        Attr::Span,
        Attr::Style,
        Attr::Lang,
        Attr::Title,
        Attr::Srcset,
        Attr::DataSrc,
        Attr::DataSrcset,
        Attr::DataLazySrc,
        Attr::DataOriginal,
    ];

    pub(crate) const fn bit(self) -> u32 {
        1 << self as u32
    }

    /// The attribute of a name (lowercase, without namespace, as the HTML parser gives it).
    pub(crate) fn from_name(name: &str) -> Option<Attr> {
        use Attr::*;
        Some(match name {
            "class" => Class,
            "id" => Id,
            "href" => Href,
            "src" => Src,
            "alt" => Alt,
            "width" => Width,
            "height" => Height,
            "start" => Start,
            "cite" => Cite,
            "datetime" => Datetime,
            "hreflang" => Hreflang,
            "dir" => Dir,
            "colspan" => Colspan,
            "rowspan" => Rowspan,
            "headers" => Headers,
            "scope" => Scope,
            "span" => Span,
            "style" => Style,
            "lang" => Lang,
            "title" => Title,
            "srcset" => Srcset,
            "data-src" => DataSrc,
            "data-srcset" => DataSrcset,
            "data-lazy-src" => DataLazySrc,
            "data-original" => DataOriginal,
            _ => return None,
        })
    }

    /// ` name="` as written before the value.
    pub(crate) fn lead(self) -> &'static str {
        use Attr::*;
        match self {
            Class => " class=\"",
            Id => " id=\"",
            Href => " href=\"",
            Src => " src=\"",
            Alt => " alt=\"",
            Width => " width=\"",
            Height => " height=\"",
            Start => " start=\"",
            Cite => " cite=\"",
            Datetime => " datetime=\"",
            Hreflang => " hreflang=\"",
            Dir => " dir=\"",
            Colspan => " colspan=\"",
            Rowspan => " rowspan=\"",
            Headers => " headers=\"",
            Scope => " scope=\"",
            Span => " span=\"",
            Style => " style=\"",
            Lang => " lang=\"",
            Title => " title=\"",
            Srcset => " srcset=\"",
            DataSrc => " data-src=\"",
            DataSrcset => " data-srcset=\"",
            DataLazySrc => " data-lazy-src=\"",
            DataOriginal => " data-original=\"",
        }
    }

    /// The attributes of a set of bits, in writing order.
    pub(crate) fn of(mut bits: u32) -> impl Iterator<Item = Attr> {
        std::iter::from_fn(move || {
            let at = bits.trailing_zeros() as usize;
            bits &= bits.wrapping_sub(1);
            Attr::ALL.get(at).copied()
        })
    }
}

/// The attributes an element is given: one optional value per [`Attr`]. Values are as the
/// browser would read them (no character references); the writer escapes them.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Attrs<'a> {
    values: [Option<&'a str>; 25],
    /// Which of `values` are set.
    present: u32,
}

impl<'a> Attrs<'a> {
    /// No attributes.
    pub(crate) const NONE: Attrs<'static> = Attrs {
        values: [None; 25],
        present: 0,
    };

    /// One attribute.
    pub(crate) const fn one(attr: Attr, value: &'a str) -> Self {
        let mut values = [None; 25];
        values[attr as usize] = Some(value);
        Attrs {
            values,
            present: attr.bit(),
        }
    }

    /// Sets `attr` unless it is set already (the first of two wins, as in HTML).
    pub(crate) fn set(&mut self, attr: Attr, value: &'a str) {
        if self.present & attr.bit() == 0 {
            self.present |= attr.bit();
            if let Some(slot) = self.values.get_mut(attr as usize) {
                *slot = Some(value);
            }
        }
    }

    /// With `attr` set.
    pub(crate) fn with(mut self, attr: Attr, value: &'a str) -> Self {
        self.set(attr, value);
        self
    }

    pub(crate) fn get(&self, attr: Attr) -> Option<&'a str> {
        self.values.get(attr as usize).copied().flatten()
    }

    /// The set attributes, as [`Attr`] bits.
    pub(crate) fn present(&self) -> u32 {
        self.present
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for name in [
            "a",
            "h1",
            "h6",
            "img",
            "tfoot",
            "wbr",
            "hgroup",
            "figcaption",
        ] {
            assert_eq!(El::from_name(name).map(El::name), Some(name));
        }
        for name in [
            "script", "style", "iframe", "center", "area", "map", "input", "svg", "tt", "strike",
            "acronym", "section", "article",
        ] {
            assert_eq!(El::from_name(name), None, "{name}");
        }
        for attr in Attr::ALL {
            let lead = attr.lead();
            let name = &lead[1..lead.len() - 2];
            assert_eq!(Attr::from_name(name), Some(attr));
        }
        assert_eq!(Attr::from_name("name"), None);
        assert_eq!(Attr::from_name("onclick"), None);
    }

    #[test]
    fn attributes_keep_writing_order_and_first_value() {
        let attrs = Attrs::NONE
            .with(Attr::Title, "t")
            .with(Attr::Href, "/a")
            .with(Attr::Href, "/b");
        let order: Vec<Attr> = Attr::of(attrs.present()).collect();
        assert_eq!(order, [Attr::Href, Attr::Title]);
        assert_eq!(attrs.get(Attr::Href), Some("/a"));
        assert_eq!(El::A.allowed() & Attr::Src.bit(), 0);
        assert_ne!(El::Td.allowed() & Attr::Style.bit(), 0);
    }

    #[test]
    fn headings() {
        for level in 1..=6 {
            assert_eq!(El::heading(level).heading_level(), Some(level));
        }
        assert_eq!(El::heading(9), El::H6);
        assert_eq!(El::P.heading_level(), None);
    }
}
