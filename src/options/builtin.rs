//! The words and patterns of the built-in locales.
//!
//! English is the seed page's own words. The others say the same in each language's news
//! usage; the month names, date orders and digit grouping are CLDR's (the same as ICU4X
//! writes with the `locale-formats` feature, so a page reads the same with or without it).
//! Forms for plural categories follow CLDR's rules for the language: French and Spanish
//! have `many` for whole millions ("1 000 000 de vues"), Arabic all six categories, with the
//! dual and the singular written as words the way CLDR's own Arabic units are ("مشاهدتان").

use crate::options::formats::FormatPatterns;
use crate::options::labels::Labels;
use crate::options::plural::Plural;

fn tag(language: &str) -> crate::model::values::LanguageTag {
    // The five tags below are valid; `default` (English) is never reached.
    language.parse().unwrap_or_default()
}

/// English, in the seed page's own words.
pub(super) fn english() -> Labels {
    Labels {
        language: tag("en"),
        published: "Published".into(),
        updated: "Updated".into(),
        by: "By".into(),
        author_separator: ", ".into(),
        last_author_separator: " and ".into(),
        dateline: "{dateline} — ".into(),
        views: Plural::new("{n} view", "{n} views"),
        comment_count: Plural::new("{n} comment", "{n} comments"),
        reading_time: Plural::same("{n} min read"),
        tags: "Tags".into(),
        contents: "Contents".into(),
        key_facts: "Key Facts".into(),
        background: "Background".into(),
        quick_answers: "Quick Answers".into(),
        faq: "Frequently Asked Questions".into(),
        sources: Plural::new("Source reference", "Source references"),
        corrections: Plural::new("Correction", "Corrections"),
        correction: "{date}: {text}".into(),
        comments: "Comments".into(),
        sign_in_prompt: "Sign in to leave a comment".into(),
        sign_in: "Sign In".into(),
        loading_comments: "Loading comments...".into(),
        more_from: "More from {section}".into(),
        page_title: "{headline} | {site}".into(),
    }
}

/// German.
pub(super) fn german() -> Labels {
    Labels {
        language: tag("de"),
        published: "Veröffentlicht am".into(),
        updated: "Aktualisiert am".into(),
        by: "Von".into(),
        author_separator: ", ".into(),
        last_author_separator: " und ".into(),
        dateline: "{dateline} – ".into(),
        views: Plural::new("{n} Aufruf", "{n} Aufrufe"),
        comment_count: Plural::new("{n} Kommentar", "{n} Kommentare"),
        reading_time: Plural::same("{n} Min. Lesezeit"),
        tags: "Schlagwörter".into(),
        contents: "Inhalt".into(),
        key_facts: "Das Wichtigste".into(),
        background: "Hintergrund".into(),
        quick_answers: "Kurz beantwortet".into(),
        faq: "Häufig gestellte Fragen".into(),
        sources: Plural::new("Quelle", "Quellen"),
        corrections: Plural::new("Korrektur", "Korrekturen"),
        correction: "{date}: {text}".into(),
        comments: "Kommentare".into(),
        sign_in_prompt: "Melden Sie sich an, um zu kommentieren".into(),
        sign_in: "Anmelden".into(),
        loading_comments: "Kommentare werden geladen …".into(),
        more_from: "Mehr aus {section}".into(),
        page_title: "{headline} | {site}".into(),
    }
}

/// French, in the words of the French press ("Publié le", "Par", "L’essentiel",
/// "Contexte", "Foire aux questions"), with the typographic apostrophe. CLDR's `one` covers 0
/// and 1: "0 commentaire", "1 vue", "4 vues".
pub(super) fn french() -> Labels {
    Labels {
        language: tag("fr"),
        published: "Publié le".into(),
        updated: "Mis à jour le".into(),
        by: "Par".into(),
        author_separator: ", ".into(),
        last_author_separator: " et ".into(),
        dateline: "{dateline} – ".into(),
        views: Plural::new("{n} vue", "{n} vues").with_many("{n} de vues"),
        comment_count: Plural::new("{n} commentaire", "{n} commentaires")
            .with_many("{n} de commentaires"),
        reading_time: Plural::same("{n} min de lecture"),
        tags: "Mots-clés".into(),
        contents: "Sommaire".into(),
        key_facts: "L’essentiel".into(),
        background: "Contexte".into(),
        quick_answers: "Réponses en bref".into(),
        faq: "Foire aux questions".into(),
        sources: Plural::new("Source", "Sources"),
        corrections: Plural::new("Rectificatif", "Rectificatifs"),
        correction: "{date}\u{a0}: {text}".into(),
        comments: "Commentaires".into(),
        sign_in_prompt: "Connectez-vous pour laisser un commentaire".into(),
        sign_in: "Se connecter".into(),
        loading_comments: "Chargement des commentaires…".into(),
        more_from: "À lire aussi dans la rubrique {section}".into(),
        page_title: "{headline} | {site}".into(),
    }
}

/// Spanish, in the words of the Spanish press ("Publicado el", "Por", "Las claves",
/// "Preguntas frecuentes"), addressing the reader as `tú` as Spanish news sites do.
pub(super) fn spanish() -> Labels {
    Labels {
        language: tag("es"),
        published: "Publicado el".into(),
        updated: "Actualizado el".into(),
        by: "Por".into(),
        author_separator: ", ".into(),
        last_author_separator: " y ".into(),
        dateline: "{dateline} – ".into(),
        views: Plural::new("{n} visita", "{n} visitas").with_many("{n} de visitas"),
        comment_count: Plural::new("{n} comentario", "{n} comentarios")
            .with_many("{n} de comentarios"),
        reading_time: Plural::same("{n} min de lectura"),
        tags: "Etiquetas".into(),
        contents: "Índice".into(),
        key_facts: "Las claves".into(),
        background: "Contexto".into(),
        quick_answers: "Respuestas rápidas".into(),
        faq: "Preguntas frecuentes".into(),
        sources: Plural::new("Fuente", "Fuentes"),
        corrections: Plural::same("Fe de errores"),
        correction: "{date}: {text}".into(),
        comments: "Comentarios".into(),
        sign_in_prompt: "Inicia sesión para dejar un comentario".into(),
        sign_in: "Iniciar sesión".into(),
        loading_comments: "Cargando comentarios…".into(),
        more_from: "Más de {section}".into(),
        page_title: "{headline} | {site}".into(),
    }
}

/// Arabic (Modern Standard Arabic), in the words of Arabic news sites ("نُشر في", "بقلم",
/// "الأسئلة الشائعة", "المزيد من"). Counts take CLDR's six categories: 0 "0 تعليق", 1
/// "تعليق واحد", 2 "تعليقان", 3–10 "4 مشاهدات", 11–99 "11 تعليقًا", 100 and up "100 تعليق".
/// "و" joins the next author's name, as Arabic writes it.
pub(super) fn arabic() -> Labels {
    Labels {
        language: tag("ar"),
        published: "نُشر في".into(),
        updated: "حُدِّث في".into(),
        by: "بقلم".into(),
        author_separator: "، ".into(),
        last_author_separator: " و".into(),
        dateline: "{dateline} – ".into(),
        views: Plural::new("مشاهدة واحدة", "{n} مشاهدة")
            .with_zero("{n} مشاهدة")
            .with_two("مشاهدتان")
            .with_few("{n} مشاهدات")
            .with_many("{n} مشاهدة"),
        comment_count: Plural::new("تعليق واحد", "{n} تعليق")
            .with_zero("{n} تعليق")
            .with_two("تعليقان")
            .with_few("{n} تعليقات")
            .with_many("{n} تعليقًا"),
        reading_time: Plural::new("دقيقة واحدة للقراءة", "{n} دقيقة للقراءة")
            .with_zero("{n} دقيقة للقراءة")
            .with_two("دقيقتان للقراءة")
            .with_few("{n} دقائق للقراءة")
            .with_many("{n} دقيقة للقراءة"),
        tags: "الوسوم".into(),
        contents: "المحتويات".into(),
        key_facts: "أهم الحقائق".into(),
        background: "خلفية".into(),
        quick_answers: "إجابات سريعة".into(),
        faq: "الأسئلة الشائعة".into(),
        sources: Plural::new("المصدر", "المصادر").with_two("المصدران"),
        corrections: Plural::new("تصحيح", "تصحيحات").with_two("تصحيحان"),
        correction: "{date}: {text}".into(),
        comments: "التعليقات".into(),
        sign_in_prompt: "سجّل الدخول لإضافة تعليق".into(),
        sign_in: "تسجيل الدخول".into(),
        loading_comments: "جارٍ تحميل التعليقات…".into(),
        more_from: "المزيد من {section}".into(),
        page_title: "{headline} | {site}".into(),
    }
}

pub(super) fn english_patterns() -> FormatPatterns {
    FormatPatterns::new(
        "{month} {day}, {year}",
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        ",",
        1,
    )
}

pub(super) fn german_patterns() -> FormatPatterns {
    FormatPatterns::new(
        "{day}. {month} {year}",
        [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        ".",
        1,
    )
}

/// French groups digits with a narrow no-break space (U+202F), as CLDR does.
pub(super) fn french_patterns() -> FormatPatterns {
    FormatPatterns::new(
        "{day} {month} {year}",
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "\u{202f}",
        1,
    )
}

/// Spanish writes four-digit numbers without a separator ("1234", "12.345"), as CLDR does.
pub(super) fn spanish_patterns() -> FormatPatterns {
    FormatPatterns::new(
        "{day} de {month} de {year}",
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        ".",
        2,
    )
}

/// Arabic as CLDR writes `ar`: the month names used from Egypt to the Gulf, Western digits.
pub(super) fn arabic_patterns() -> FormatPatterns {
    FormatPatterns::new(
        "{day} {month} {year}",
        [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
        ],
        ",",
        1,
    )
}
