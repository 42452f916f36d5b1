//! Quick answers and the FAQ: questions with answers, as `<details>` or static.

use maud::{Markup, html};

use crate::PreparedArticle;
use crate::model::article::QuestionAnswer;
use crate::render::html::{AnswerStyle, HtmlOptions, component, heading, labelled_section};
use crate::sanitize::SafeHtml;

component! {
    /// The quick answers in a section labelled "Quick Answers", styled by
    /// [`HtmlOptions::quick_answer_style`]. Nothing when there are none.
    ///
    /// ```
    /// use newsclip::render::html::{HtmlOptions, QuickAnswers};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").quick_answer("Who?", "Meta.").build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let html = maud::html! { (QuickAnswers::new(&prepared, &HtmlOptions::default())) }.into_string();
    /// assert!(html.contains(r#"<summary class="nc-question">Who?</summary>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    QuickAnswers => render_quick_answers
}

component! {
    /// The frequently asked questions in a section labelled "Frequently Asked Questions",
    /// styled by [`HtmlOptions::faq_style`]: `<details>`/`<summary>` by default (keyboard and
    /// screen-reader operable without script), or a heading per question with
    /// [`AnswerStyle::Static`]. Nothing when there are none.
    ///
    /// ```
    /// use newsclip::render::html::{AnswerStyle, Faq, HtmlOptions};
    /// # let site = newsclip::Site::new("Newsclip", "https://newsclip.example/")?;
    /// # let article = newsclip::Article::builder("H", "https://newsclip.example/a", "2026-04-04")
    /// #     .section("Business").body("Text.").faq("Why?", "Because *so*.").build()?;
    /// # let prepared = newsclip::PreparedArticle::new(&article, &site, &Default::default());
    /// let mut opts = HtmlOptions::default();
    /// opts.faq_style = AnswerStyle::Static;
    /// let html = maud::html! { (Faq::new(&prepared, &opts)) }.into_string();
    /// assert!(html.contains(r#"<h3 class="nc-question">Why?</h3>"#));
    /// # Ok::<(), newsclip::ValidationError>(())
    /// ```
    Faq => render_faq
}

pub(crate) fn render_quick_answers(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let items = p.article().quick_answers();
    if items.is_empty() {
        return html! {};
    }
    labelled_section(
        o,
        &o.classes.quick_answers,
        "quick-answers",
        html! { (o.labels.quick_answers) },
        questions(o, items, p.quick_answer_html(), o.quick_answer_style),
    )
}

pub(crate) fn render_faq(p: &PreparedArticle<'_>, o: &HtmlOptions) -> Markup {
    let items = p.article().faq();
    if items.is_empty() {
        return html! {};
    }
    labelled_section(
        o,
        &o.classes.faq,
        "faq",
        html! { (o.labels.faq) },
        questions(o, items, p.faq_answer_html(), o.faq_style),
    )
}

/// Each question with its answer. `answers` is index-aligned with `items`
/// ([`PreparedArticle`] renders one per question).
fn questions(
    o: &HtmlOptions,
    items: &[QuestionAnswer],
    answers: &[SafeHtml],
    style: AnswerStyle,
) -> Markup {
    let c = &o.classes;
    html! {
        @for (qa, answer) in items.iter().zip(answers) {
            @match style {
                AnswerStyle::Details => details class=(c.qa) {
                    summary class=(c.question) { (qa.question()) }
                    div class=(c.answer) { (answer) }
                },
                AnswerStyle::Static => div class=(c.qa) {
                    (heading(o.level(2), None, &c.question, html! { (qa.question()) }))
                    div class=(c.answer) { (answer) }
                },
            }
        }
    }
}
