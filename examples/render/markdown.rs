//! Markdown files with YAML or TOML front matter (newsclip's `front-matter` feature, on by
//! default): either form, every problem with its line.

use newsclip::{Article, Site, ValidateOptions};

#[cfg(feature = "front-matter")]
pub fn load(text: &str, opts: &ValidateOptions) -> Result<(Article, Option<Site>), Vec<String>> {
    use newsclip::front_matter::{Document, FrontMatterError, read_document};
    match read_document(text, opts) {
        Ok(Document { article, site }) => Ok((article, site)),
        Err(e @ FrontMatterError::Syntax { .. }) => Err(vec![e.to_string()]),
        Err(e) => Err(e.problems().iter().map(ToString::to_string).collect()),
    }
}

/// Without the feature a Markdown file is a usage error, like `--schema` without `schema`.
#[cfg(not(feature = "front-matter"))]
pub fn load(_: &str, _: &ValidateOptions) -> Result<(Article, Option<Site>), Vec<String>> {
    Err(vec![
        "render: Markdown with front matter needs newsclip's `front-matter` feature (on by default)"
            .into(),
    ])
}
