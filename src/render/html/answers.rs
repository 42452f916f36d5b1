//! Quick answers and the FAQ: questions with answers, as `<details>` or static.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::model::article::QuestionAnswer;
use crate::options::{AnswerStyle, ComponentId, RenderOptions};
use crate::render::Text;
use crate::render::html::{component, heading, labelled_section};
use crate::sanitize::SafeHtml;

component! {
    /// The quick answers in a section labelled "Quick Answers", styled by
    /// [`HtmlOptions::quick_answer_style`](crate::options::HtmlOptions::quick_answer_style). Nothing when there are none.
    ///
    /// ```
    /// use newsclip::render::html::QuickAnswers;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").quick_answer("Who?", "Meta.").build()?;
    /// # let options = newsclip::RenderOptions::default();
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (QuickAnswers::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"<summary class="nc-question">Who?</summary>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    QuickAnswers => markup render_quick_answers
}

component! {
    /// The frequently asked questions in a section labelled "Frequently Asked Questions",
    /// styled by [`HtmlOptions::faq_style`](crate::options::HtmlOptions::faq_style): `<details>`/`<summary>` by default (keyboard and
    /// screen-reader operable without script), or a heading per question with
    /// [`AnswerStyle::Static`](crate::options::AnswerStyle::Static). Nothing when there are none.
    ///
    /// ```
    /// use newsclip::options::AnswerStyle;
    /// use newsclip::render::html::Faq;
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").faq("Why?", "Because *so*.").build()?;
    /// let mut options = newsclip::RenderOptions::default();
    /// options.html.faq_style = AnswerStyle::Static;
    /// let prepared = newsclip::PreparedArticle::new(&article, &site, &options);
    /// let html = maud::html! { (Faq::new(&prepared)) }.into_string();
    /// assert!(html.contains(r#"<h3 class="nc-question">Why?</h3>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Faq => markup render_faq
}

pub(crate) fn render_quick_answers(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let items = p.article().quick_answers();
    if items.is_empty() {
        return html! {};
    }
    labelled_section(
        p,
        &o.classes.quick_answers,
        ComponentId::QuickAnswersTitle,
        html! { (Text(&p.labels().quick_answers)) },
        questions(o, items, p.quick_answer_html(), o.html.quick_answer_style),
    )
}

pub(crate) fn render_faq(p: &PreparedArticle<'_>) -> Markup {
    let o = p.options();
    let items = p.article().faq();
    if items.is_empty() {
        return html! {};
    }
    labelled_section(
        p,
        &o.classes.faq,
        ComponentId::FaqTitle,
        html! { (Text(&p.labels().faq)) },
        questions(o, items, p.faq_answer_html(), o.html.faq_style),
    )
}

/// Each question with its answer. `answers` is index-aligned with `items`
/// ([`PreparedArticle`] renders one per question).
fn questions(
    o: &RenderOptions,
    items: &[QuestionAnswer],
    answers: &[SafeHtml],
    style: AnswerStyle,
) -> Markup {
    let c = &o.classes;
    html! {
        @for (qa, answer) in items.iter().zip(answers) {
            @match style {
                AnswerStyle::Details => details class=(Text(&c.qa)) {
                    summary class=(Text(&c.question)) { (Text(qa.question())) }
                    div class=(Text(&c.answer)) { (answer) }
                },
                AnswerStyle::Static => div class=(Text(&c.qa)) {
                    (heading(o.level(2), None, &c.question, html! { (Text(qa.question())) }))
                    div class=(Text(&c.answer)) { (answer) }
                },
            }
        }
    }
}
