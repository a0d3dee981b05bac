//! The course as one page: how it works and how long it takes, the modules in order
//! with their questions, and the result, which prints as a confirmation with a blank
//! line for a name. In the site it stands in the site's frame; in a package for a
//! learning platform in a frame of its own that links nowhere outside the package.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde_json::json;

use crate::i18n::{Texts, approval_state, fill, module_title};
use crate::routine::Routine;

use super::super::html::{Frame, page};
use super::super::{Export, ICONS, SCRIPT_FILE as SITE_SCRIPT, STYLE_FILE as SITE_STYLE};
use super::questions::{Numbered, form, options};
use super::{Course, SCRIPT_FILE, STYLE_FILE, Target, course, minutes};

/// The course's page in the web site, in the site's frame.
pub(in crate::export::web) fn site_page(export: &Export<'_>) -> String {
    let (routine, t) = (export.routine, export.t);
    let course = course(routine, t, Target::Site);
    let title = fill(t.course.title, &[("title", &routine.metadata.title)]);
    let home = super::super::pages::Page::Home.file(t);
    let accessibility = super::super::accessibility_page(t);
    let frame = Frame {
        routine,
        t,
        title: &title,
        exported: &export.exported,
        version: &export.version,
        home: Some((&home, &routine.metadata.title)),
        nav: Vec::new(),
        accessibility: &accessibility,
        is_accessibility: false,
        open_now: export.open_now(contact_ids(routine)),
    };
    page(&frame, body(&course, routine, t, Target::Site))
}

/// The course's page in a package: the 113 bar, the course and a footer with the
/// routine's version, with the site's style sheet and scripts but no service worker,
/// no web app manifest and no link out of the package.
pub(super) fn package_page(export: &Export<'_>) -> String {
    let (routine, t) = (export.routine, export.t);
    let meta = &routine.metadata;
    let course = course(routine, t, Target::Package);
    let title = fill(t.course.title, &[("title", &meta.title)]);
    let open_now = export.open_now(contact_ids(routine));
    let markup = html! {
        (DOCTYPE)
        html lang=(meta.language) data-no-worker {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width,initial-scale=1";
                title { (title) }
                link rel="stylesheet" href=(SITE_STYLE);
                link rel="icon" href=(ICONS[0].0) type="image/png";
                script src=(SITE_SCRIPT) defer {}
            }
            body {
                header {
                    p.emergency { a href="tel:113" { (t.printed.emergency) } }
                    a.skip href="#main" { (t.web.skip) }
                }
                div.site-line { p.site { (meta.municipality) " · " (meta.title) } }
                main #main tabindex="-1" {
                    h1 { (title) }
                    (body(&course, routine, t, Target::Package))
                }
                footer {
                    p { (export.version) }
                    p { (fill(t.web.exported, &[("date", &export.exported)])) }
                    p { (t.course.stores_nothing) }
                }
                @if let Some(table) = &open_now {
                    (PreEscaped(table))
                }
            }
        }
    };
    markup.into_string()
}

/// The ids of the contacts the course lists, for «Åpen nå».
fn contact_ids(routine: &Routine) -> Vec<&str> {
    super::modules::contacts_of_levels(routine)
        .into_iter()
        .map(|c| c.id.as_str())
        .collect()
}

/// The course itself: how it works, its contents with each module's time, the modules
/// with their questions, the result, and the data its script reads.
fn body(course: &Course<'_>, routine: &Routine, t: &Texts, target: Target) -> Markup {
    let total = course.question_count();
    let heading = |module: &super::CourseModule<'_>| {
        fill(
            t.course.module_heading,
            &[
                ("number", &module.number),
                ("title", &module_title(module.module, t)),
            ],
        )
    };
    let time = |seconds: u32| fill(t.course.module_time, &[("minutes", &minutes(seconds))]);
    let mut number = 0;
    let forms: Vec<Vec<Markup>> = course
        .modules
        .iter()
        .map(|module| {
            module
                .questions
                .iter()
                .map(|asked| {
                    number += 1;
                    form(asked, Numbered { number, total }, routine, t)
                })
                .collect()
        })
        .collect();
    html! {
        link rel="stylesheet" href=(STYLE_FILE);
        div.course data-scorm[target == Target::Package] {
            p { (fill(t.course.intro, &[("modules", &course.modules.len())])) }
            p { strong { (fill(t.course.total_time, &[("minutes", &minutes(course.seconds()))])) } }
            @if total > 0 {
                p { (fill(t.course.pass_mark, &[("pass_mark", &course.pass_mark)])) }
            }
            p { (t.course.stores_nothing) }
            noscript { p.notice { (t.course.needs_script) } }
            nav.contents aria-labelledby="contents-heading" {
                h2 #contents-heading { (t.course.contents) }
                ol {
                    @for module in &course.modules {
                        li {
                            a href={ "#part-" (module.number) } { (module_title(module.module, t)) }
                            " (" (time(module.seconds())) ")"
                        }
                    }
                    li { a href="#result" { (t.course.result) } }
                }
            }
            @for (module, forms) in course.modules.iter().zip(&forms) {
                section.part id={ "part-" (module.number) } aria-labelledby={ "part-" (module.number) "-heading" } {
                    h2 id={ "part-" (module.number) "-heading" } { (heading(module)) }
                    p.part-time { (time(module.seconds())) }
                    (module.body)
                    @if !forms.is_empty() {
                        h3 { (t.course.questions) }
                        @for form in forms { (form) }
                    }
                }
            }
            (result(course, routine, t))
        }
        script type="application/json" #course-data { (PreEscaped(data(course, routine, t))) }
        script src=(SCRIPT_FILE) defer {}
    }
}

/// The result: what the confirmation prints (the routine, its version and approval,
/// the date, the score and a blank line for a name), how far the course has come, and
/// the buttons to print and to start again.
fn result(course: &Course<'_>, routine: &Routine, t: &Texts) -> Markup {
    let meta = &routine.metadata;
    html! {
        section.result #result aria-labelledby="result-heading" {
            h2 #result-heading { (t.course.result) }
            p.print-only { strong { (t.course.confirmation) } }
            p { (fill(t.course.routine_line, &[("title", &meta.title), ("municipality", &meta.municipality)])) }
            p { (fill(t.printed.version, &[("version", &meta.version)])) }
            p { (approval_state(routine, t)) }
            p #result-date hidden {}
            @if course.question_count() == 0 {
                p { (t.course.no_questions) }
            } @else {
                p #result-progress { (fill(t.course.progress, &[("answered", &0), ("total", &course.question_count())])) }
            }
            p #result-score hidden {}
            p #result-verdict hidden {}
            div #result-read-again hidden {
                p { (t.course.read_again) }
                ul {}
            }
            p #result-reported hidden { (t.course.reported) }
            p.name-line.print-only { (t.course.name_line) " " span.blank {} }
            p.result-buttons {
                button type="button" #result-print hidden { (t.course.print) }
                " "
                button type="button" #result-retake { (t.course.retake) }
            }
            p #result-status role="status" {}
        }
    }
}

/// What the script needs: each question's module and right options, the modules'
/// headings for «read again», the pass mark, and the words it fills in.
fn data(course: &Course<'_>, routine: &Routine, t: &Texts) -> String {
    let questions: Vec<_> = course
        .modules
        .iter()
        .enumerate()
        .flat_map(|(part, module)| {
            module.questions.iter().map(move |asked| {
                let (_, right) = options(asked, routine);
                json!({"part": part, "right": right})
            })
        })
        .collect();
    let parts: Vec<_> = course
        .modules
        .iter()
        .map(|m| {
            let title = fill(
                t.course.module_heading,
                &[("number", &m.number), ("title", &module_title(m.module, t))],
            );
            json!({"title": title, "href": format!("#part-{}", m.number)})
        })
        .collect();
    let data = json!({
        "pass_mark": course.pass_mark,
        "questions": questions,
        "parts": parts,
        "words": {
            "right": t.course.right,
            "wrong": t.course.wrong,
            "you_answered": t.course.you_answered,
            "choose_first": t.course.choose_first,
            "progress": t.course.progress,
            "score": t.course.score,
            "passed": t.course.passed,
            "failed": t.course.failed,
            "completed": t.course.completed,
            "date": t.course.date,
        },
    });
    // Inside <script>, «</» must not close the element: JSON allows «<\/».
    serde_json::to_string(&data)
        .unwrap_or_default()
        .replace("</", "<\\/")
}
