//! Quick answers and the FAQ: questions with answers, as `<details>` or static.

use maud::Render;

use crate::PreparedArticle;
use crate::model::article::QuestionAnswer;
use crate::options::{AnswerStyle, ComponentId, RenderOptions};
use crate::render::html::{
    class, component, element, heading, labelled_section, text, text_element,
};
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
    QuickAnswers => quick_answers_to
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
    Faq => faq_to
}

/// The quick answers, written into `buffer`.
pub(crate) fn quick_answers_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let items = p.article().quick_answers();
    if items.is_empty() {
        return;
    }
    labelled_section(
        buffer,
        p,
        (&o.classes.quick_answers, ComponentId::QuickAnswersTitle),
        |b| text(b, &p.labels().quick_answers),
        |b| {
            questions(
                b,
                o,
                (items, p.quick_answer_html()),
                o.html.quick_answer_style,
            )
        },
    );
}

/// The FAQ, written into `buffer`.
pub(crate) fn faq_to(p: &PreparedArticle<'_>, buffer: &mut String) {
    let o = p.options();
    let items = p.article().faq();
    if items.is_empty() {
        return;
    }
    labelled_section(
        buffer,
        p,
        (&o.classes.faq, ComponentId::FaqTitle),
        |b| text(b, &p.labels().faq),
        |b| questions(b, o, (items, p.faq_answer_html()), o.html.faq_style),
    );
}

/// Each question with its answer. The answers are index-aligned with the items
/// ([`PreparedArticle`] renders one per question).
fn questions(
    buffer: &mut String,
    o: &RenderOptions,
    (items, answers): (&[QuestionAnswer], &[SafeHtml]),
    style: AnswerStyle,
) {
    let c = &o.classes;
    for (qa, answer) in items.iter().zip(answers) {
        let answer = |b: &mut String| element(b, "div", &class(&c.answer), |b| answer.render_to(b));
        match style {
            AnswerStyle::Details => element(buffer, "details", &class(&c.qa), |b| {
                text_element(b, "summary", &class(&c.question), qa.question());
                answer(b);
            }),
            AnswerStyle::Static => element(buffer, "div", &class(&c.qa), |b| {
                heading(b, o.level(2), None, &c.question, |b| text(b, qa.question()));
                answer(b);
            }),
        }
    }
}
