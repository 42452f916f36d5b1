//! Issue 16's fields carrying a hostile payload, for the tests that attack a whole page and
//! its graph. Include with `#[path = "support/newsroom_payload.rs"] mod newsroom_payload;`
//! and call [`NewsroomPayload::newsroom_payload`] in a builder chain.

use newsclip::{ArticleBuilder, AuthorInput};

/// The dateline, a correction, publishing principles, the paywall and an author profile,
/// each with `h` (or a URL with markup in it).
pub trait NewsroomPayload {
    fn newsroom_payload(self, h: &str) -> Self;
}

impl NewsroomPayload for ArticleBuilder {
    fn newsroom_payload(self, h: &str) -> Self {
        self.dateline(format!("dateline {h}"))
            .correction("2026-04-04", format!("correction *{h}*"))
            .publishing_principles("/standards?<x>&y")
            .paywalled()
            .author_with(AuthorInput {
                name: format!("Profile {h}"),
                url: Some("/authors/p?<x>".into()),
                same_as: vec!["https://social.example/@p?<x>&y".into()],
                job_title: Some(format!("job {h}")),
                image: Some("/p.jpg?<x>".into()),
                organization: Some(format!("org {h}")),
                ..AuthorInput::default()
            })
    }
}
