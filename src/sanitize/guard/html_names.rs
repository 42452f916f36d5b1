//! Element names as the HTML tree builder sees them: the names its rules mention, and the
//! sets of names they use (special, scope boundaries, implied end tags …), as html5ever 0.40
//! declares them (`tree_builder/tag_sets.rs`).

/// An element's namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ns {
    Html,
    Svg,
    MathMl,
}

/// Every name a tree-construction rule mentions; anything else is [`Name::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Name {
    A,
    Address,
    AnnotationXml,
    Applet,
    Area,
    Article,
    Aside,
    B,
    Base,
    Basefont,
    Bgsound,
    Big,
    Blockquote,
    Body,
    Br,
    Button,
    Caption,
    Center,
    Code,
    Col,
    Colgroup,
    Dd,
    Desc,
    Details,
    Dialog,
    Dir,
    Div,
    Dl,
    Dt,
    Em,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    ForeignObject,
    Form,
    Frame,
    Frameset,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hgroup,
    Hr,
    Html,
    I,
    Iframe,
    Image,
    Img,
    Input,
    Isindex,
    Keygen,
    Li,
    Link,
    Listing,
    Main,
    Malignmark,
    Marquee,
    Math,
    Menu,
    Meta,
    Mglyph,
    Mi,
    Mn,
    Mo,
    Ms,
    Mtext,
    Nav,
    Nobr,
    Noembed,
    Noframes,
    Noscript,
    Object,
    Ol,
    Optgroup,
    Option,
    P,
    Param,
    Plaintext,
    Pre,
    Rb,
    Rp,
    Rt,
    Rtc,
    Ruby,
    S,
    Script,
    Search,
    Section,
    Select,
    Small,
    Source,
    Span,
    Strike,
    Strong,
    Style,
    Sub,
    Summary,
    Sup,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Title,
    Tr,
    Track,
    Tt,
    U,
    Ul,
    Var,
    Wbr,
    Xmp,
    Other,
}

impl Name {
    /// The name of a tag whose name is `raw` (as written; compared without ASCII case).
    pub(super) fn of(raw: &str) -> Name {
        let bytes = raw.as_bytes();
        if bytes.len() > 14 || bytes.is_empty() {
            return Name::Other;
        }
        let mut lower = [0u8; 14];
        for (to, from) in lower.iter_mut().zip(bytes) {
            *to = from.to_ascii_lowercase();
        }
        Self::of_lowercase(lower.get(..bytes.len()).unwrap_or_default())
    }

    fn of_lowercase(name: &[u8]) -> Name {
        match name {
            b"a" => Name::A,
            b"address" => Name::Address,
            b"annotation-xml" => Name::AnnotationXml,
            b"applet" => Name::Applet,
            b"area" => Name::Area,
            b"article" => Name::Article,
            b"aside" => Name::Aside,
            b"b" => Name::B,
            b"base" => Name::Base,
            b"basefont" => Name::Basefont,
            b"bgsound" => Name::Bgsound,
            b"big" => Name::Big,
            b"blockquote" => Name::Blockquote,
            b"body" => Name::Body,
            b"br" => Name::Br,
            b"button" => Name::Button,
            b"caption" => Name::Caption,
            b"center" => Name::Center,
            b"code" => Name::Code,
            b"col" => Name::Col,
            b"colgroup" => Name::Colgroup,
            b"dd" => Name::Dd,
            b"desc" => Name::Desc,
            b"details" => Name::Details,
            b"dialog" => Name::Dialog,
            b"dir" => Name::Dir,
            b"div" => Name::Div,
            b"dl" => Name::Dl,
            b"dt" => Name::Dt,
            b"em" => Name::Em,
            b"embed" => Name::Embed,
            b"fieldset" => Name::Fieldset,
            b"figcaption" => Name::Figcaption,
            b"figure" => Name::Figure,
            b"font" => Name::Font,
            b"footer" => Name::Footer,
            b"foreignobject" => Name::ForeignObject,
            b"form" => Name::Form,
            b"frame" => Name::Frame,
            b"frameset" => Name::Frameset,
            b"h1" => Name::H1,
            b"h2" => Name::H2,
            b"h3" => Name::H3,
            b"h4" => Name::H4,
            b"h5" => Name::H5,
            b"h6" => Name::H6,
            b"head" => Name::Head,
            b"header" => Name::Header,
            b"hgroup" => Name::Hgroup,
            b"hr" => Name::Hr,
            b"html" => Name::Html,
            b"i" => Name::I,
            b"iframe" => Name::Iframe,
            b"image" => Name::Image,
            b"img" => Name::Img,
            b"input" => Name::Input,
            b"isindex" => Name::Isindex,
            b"keygen" => Name::Keygen,
            b"li" => Name::Li,
            b"link" => Name::Link,
            b"listing" => Name::Listing,
            b"main" => Name::Main,
            b"malignmark" => Name::Malignmark,
            b"marquee" => Name::Marquee,
            b"math" => Name::Math,
            b"menu" => Name::Menu,
            b"meta" => Name::Meta,
            b"mglyph" => Name::Mglyph,
            b"mi" => Name::Mi,
            b"mn" => Name::Mn,
            b"mo" => Name::Mo,
            b"ms" => Name::Ms,
            b"mtext" => Name::Mtext,
            b"nav" => Name::Nav,
            b"nobr" => Name::Nobr,
            b"noembed" => Name::Noembed,
            b"noframes" => Name::Noframes,
            b"noscript" => Name::Noscript,
            b"object" => Name::Object,
            b"ol" => Name::Ol,
            b"optgroup" => Name::Optgroup,
            b"option" => Name::Option,
            b"p" => Name::P,
            b"param" => Name::Param,
            b"plaintext" => Name::Plaintext,
            b"pre" => Name::Pre,
            b"rb" => Name::Rb,
            b"rp" => Name::Rp,
            b"rt" => Name::Rt,
            b"rtc" => Name::Rtc,
            b"ruby" => Name::Ruby,
            b"s" => Name::S,
            b"script" => Name::Script,
            b"search" => Name::Search,
            b"section" => Name::Section,
            b"select" => Name::Select,
            b"small" => Name::Small,
            b"source" => Name::Source,
            b"span" => Name::Span,
            b"strike" => Name::Strike,
            b"strong" => Name::Strong,
            b"style" => Name::Style,
            b"sub" => Name::Sub,
            b"summary" => Name::Summary,
            b"sup" => Name::Sup,
            b"svg" => Name::Svg,
            b"table" => Name::Table,
            b"tbody" => Name::Tbody,
            b"td" => Name::Td,
            b"template" => Name::Template,
            b"textarea" => Name::Textarea,
            b"tfoot" => Name::Tfoot,
            b"th" => Name::Th,
            b"thead" => Name::Thead,
            b"title" => Name::Title,
            b"tr" => Name::Tr,
            b"track" => Name::Track,
            b"tt" => Name::Tt,
            b"u" => Name::U,
            b"ul" => Name::Ul,
            b"var" => Name::Var,
            b"wbr" => Name::Wbr,
            b"xmp" => Name::Xmp,
            _ => Name::Other,
        }
    }

    /// The name as html5ever spells it, for elements the tree builder makes up itself.
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Name::Tbody => "tbody",
            Name::Tr => "tr",
            Name::Colgroup => "colgroup",
            Name::P => "p",
            Name::Img => "img",
            Name::Br => "br",
            // Only the names above are ever made up; the others keep their source spelling.
            _ => "",
        }
    }

    /// html5ever's `special_tag` set (HTML namespace).
    pub(super) fn is_special(self) -> bool {
        matches!(
            self,
            Name::Address
                | Name::Applet
                | Name::Area
                | Name::Article
                | Name::Aside
                | Name::Base
                | Name::Basefont
                | Name::Bgsound
                | Name::Blockquote
                | Name::Body
                | Name::Br
                | Name::Button
                | Name::Caption
                | Name::Center
                | Name::Col
                | Name::Colgroup
                | Name::Dd
                | Name::Details
                | Name::Dir
                | Name::Div
                | Name::Dl
                | Name::Dt
                | Name::Embed
                | Name::Fieldset
                | Name::Figcaption
                | Name::Figure
                | Name::Footer
                | Name::Form
                | Name::Frame
                | Name::Frameset
                | Name::H1
                | Name::H2
                | Name::H3
                | Name::H4
                | Name::H5
                | Name::H6
                | Name::Head
                | Name::Header
                | Name::Hgroup
                | Name::Hr
                | Name::Html
                | Name::Iframe
                | Name::Img
                | Name::Input
                | Name::Isindex
                | Name::Li
                | Name::Link
                | Name::Listing
                | Name::Main
                | Name::Marquee
                | Name::Menu
                | Name::Meta
                | Name::Nav
                | Name::Noembed
                | Name::Noframes
                | Name::Noscript
                | Name::Object
                | Name::Ol
                | Name::P
                | Name::Param
                | Name::Plaintext
                | Name::Pre
                | Name::Script
                | Name::Section
                | Name::Select
                | Name::Source
                | Name::Style
                | Name::Summary
                | Name::Table
                | Name::Tbody
                | Name::Td
                | Name::Template
                | Name::Textarea
                | Name::Tfoot
                | Name::Th
                | Name::Thead
                | Name::Title
                | Name::Tr
                | Name::Track
                | Name::Ul
                | Name::Wbr
                | Name::Xmp
        )
    }

    pub(super) fn is_heading(self) -> bool {
        matches!(
            self,
            Name::H1 | Name::H2 | Name::H3 | Name::H4 | Name::H5 | Name::H6
        )
    }

    /// `cursory_implied_end`: closed by "generate implied end tags".
    pub(super) fn is_implied_end(self) -> bool {
        matches!(
            self,
            Name::Dd
                | Name::Dt
                | Name::Li
                | Name::Option
                | Name::Optgroup
                | Name::P
                | Name::Rb
                | Name::Rp
                | Name::Rt
                | Name::Rtc
        )
    }

    /// Start tags "in body" and "in template" hand to the "in head" rules.
    pub(super) fn is_processed_in_head(self) -> bool {
        matches!(
            self,
            Name::Base
                | Name::Basefont
                | Name::Bgsound
                | Name::Link
                | Name::Meta
                | Name::Noframes
                | Name::Script
                | Name::Style
                | Name::Template
                | Name::Title
        )
    }

    /// `thorough_implied_end`.
    pub(super) fn is_thorough_implied_end(self) -> bool {
        self.is_implied_end()
            || matches!(
                self,
                Name::Caption
                    | Name::Colgroup
                    | Name::Tbody
                    | Name::Td
                    | Name::Tfoot
                    | Name::Th
                    | Name::Thead
                    | Name::Tr
            )
    }

    /// Start tags that leave foreign content (the breakout list; `font` only with
    /// `color`, `face` or `size`, which the caller checks).
    pub(super) fn breaks_out_of_foreign(self) -> bool {
        matches!(
            self,
            Name::B
                | Name::Big
                | Name::Blockquote
                | Name::Body
                | Name::Br
                | Name::Center
                | Name::Code
                | Name::Dd
                | Name::Div
                | Name::Dl
                | Name::Dt
                | Name::Em
                | Name::Embed
                | Name::H1
                | Name::H2
                | Name::H3
                | Name::H4
                | Name::H5
                | Name::H6
                | Name::Head
                | Name::Hr
                | Name::I
                | Name::Img
                | Name::Li
                | Name::Listing
                | Name::Menu
                | Name::Meta
                | Name::Nobr
                | Name::Ol
                | Name::P
                | Name::Pre
                | Name::Ruby
                | Name::S
                | Name::Small
                | Name::Span
                | Name::Strong
                | Name::Strike
                | Name::Sub
                | Name::Sup
                | Name::Table
                | Name::Tt
                | Name::U
                | Name::Ul
                | Name::Var
        )
    }
}

/// The scopes of "has an element in … scope".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    Default,
    ListItem,
    Button,
    Table,
}

/// An element's name, namespace and integration-point flag: what the rules look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Kind {
    pub(super) name: Name,
    pub(super) ns: Ns,
    /// A MathML `annotation-xml` whose `encoding` makes it an HTML integration point.
    pub(super) html_annotation: bool,
}

impl Kind {
    pub(super) fn html(name: Name) -> Kind {
        Kind {
            name,
            ns: Ns::Html,
            html_annotation: false,
        }
    }

    /// `name` in the HTML namespace.
    pub(super) fn is(self, name: Name) -> bool {
        self.ns == Ns::Html && self.name == name
    }

    pub(super) fn is_html(self) -> bool {
        self.ns == Ns::Html
    }

    pub(super) fn is_special(self) -> bool {
        self.ns == Ns::Html && self.name.is_special()
    }

    pub(super) fn mathml_text_integration_point(self) -> bool {
        self.ns == Ns::MathMl
            && matches!(
                self.name,
                Name::Mi | Name::Mo | Name::Mn | Name::Ms | Name::Mtext
            )
    }

    pub(super) fn svg_html_integration_point(self) -> bool {
        self.ns == Ns::Svg && matches!(self.name, Name::ForeignObject | Name::Desc | Name::Title)
    }

    /// True when this element ends the search of "has an element in `scope`".
    pub(super) fn bounds(self, scope: Scope) -> bool {
        let html = |names: &[Name]| self.ns == Ns::Html && names.contains(&self.name);
        const DEFAULT: &[Name] = &[
            Name::Applet,
            Name::Caption,
            Name::Html,
            Name::Table,
            Name::Td,
            Name::Th,
            Name::Marquee,
            Name::Object,
            Name::Select,
            Name::Template,
        ];
        let default = || {
            html(DEFAULT)
                || self.mathml_text_integration_point()
                || self.svg_html_integration_point()
        };
        match scope {
            Scope::Default => default(),
            Scope::ListItem => default() || html(&[Name::Ol, Name::Ul]),
            Scope::Button => default() || html(&[Name::Button]),
            Scope::Table => html(&[Name::Html, Name::Table, Name::Template]),
        }
    }
}
