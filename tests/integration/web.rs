//! The static web site, read back with an HTML parser: every page's structure (language,
//! landmarks, one h1, ordered headings, the 113 link, the skip link), links that work
//! from a folder on disk, nothing loaded from elsewhere and no form controls, escaping
//! of the routine's text, the citizens' contacts, the routine's language, and the same
//! bytes every time.

use std::collections::BTreeSet;

use rutineveileder::export::web::{Site, site, write_site};
use rutineveileder::i18n::Language;
use rutineveileder::routine::{Routine, check_bytes, check_embedded};
use scraper::{ElementRef, Html, Selector};

use crate::support::{lier_file, today};

fn lier() -> Routine {
    check_embedded(today()).routine.expect("valid routine")
}

fn select(selector: &str) -> Selector {
    Selector::parse(selector).unwrap()
}

fn pages(site: &Site) -> Vec<(String, Html)> {
    site.files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| {
            let text = String::from_utf8(f.bytes.clone()).unwrap();
            (f.path.clone(), Html::parse_document(&text))
        })
        .collect()
}

fn text_of(element: ElementRef<'_>) -> String {
    element.text().collect::<Vec<_>>().join(" ")
}

/// The file a relative link on `page` points to, from the site's folder.
fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for part in href.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}

#[test]
fn every_page_has_its_language_landmarks_one_h1_and_ordered_headings() {
    let routine = lier();
    let site = site(&routine);
    let pages = pages(&site);
    assert_eq!(
        pages.len(),
        11,
        "ten employees' pages and the citizens' page"
    );
    for (path, html) in &pages {
        let root = html.root_element();
        assert_eq!(root.value().attr("lang"), Some("nb"), "{path}");
        for landmark in ["header", "main#main", "footer"] {
            assert_eq!(
                html.select(&select(landmark)).count(),
                1,
                "{path}: {landmark}"
            );
        }
        assert_eq!(html.select(&select("h1")).count(), 1, "{path}");
        let mut previous = 1;
        for heading in html.select(&select("h1, h2, h3, h4, h5, h6")) {
            let level: u32 = heading.value().name()[1..].parse().unwrap();
            assert!(
                level <= previous + 1,
                "{path}: h{level} «{}» after h{previous}",
                text_of(heading)
            );
            previous = level;
        }
        let first_two: Vec<_> = html
            .select(&select("a"))
            .take(2)
            .map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(
            first_two,
            [Some("tel:113"), Some("#main")],
            "{path}: 113 first, then the skip link"
        );
        let emergency: Vec<_> = html.select(&select("header a[href='tel:113']")).collect();
        assert_eq!(emergency.len(), 1, "{path}");
        assert!(text_of(emergency[0]).contains("Akutt fare? Ring 113"));
        let footer = text_of(html.select(&select("footer")).next().unwrap());
        assert!(footer.contains("Versjon 0.2"), "{path}: {footer}");
        assert!(footer.contains("utkast, ikke godkjent"), "{path}: {footer}");
        assert!(footer.contains("Rutinens dato:"), "{path}: {footer}");
    }
}

#[test]
fn links_name_files_of_the_site_and_nothing_is_loaded_from_elsewhere() {
    let routine = lier();
    let site = site(&routine);
    let files: BTreeSet<&str> = site.files.iter().map(|f| f.path.as_str()).collect();
    let mut external = 0;
    for (path, html) in pages(&site) {
        for link in html.select(&select("a[href]")) {
            let href = link.value().attr("href").unwrap();
            if href.starts_with("https://") || href.starts_with("http://") {
                external += 1;
                continue;
            }
            if href.starts_with("tel:") || href == "#main" {
                continue;
            }
            assert!(
                href.ends_with(".html"),
                "{path}: «{href}» must name a file, not a folder"
            );
            let target = resolve(&path, href);
            assert!(
                files.contains(target.as_str()),
                "{path}: «{href}» is missing"
            );
        }
        for style in html.select(&select("link")) {
            let href = style.value().attr("href").unwrap();
            assert!(
                files.contains(resolve(&path, href).as_str()),
                "{path}: {href}"
            );
        }
        for tag in [
            "script", "img", "iframe", "object", "embed", "form", "input", "button", "select",
            "textarea", "video", "audio", "style",
        ] {
            assert_eq!(html.select(&select(tag)).count(), 0, "{path}: <{tag}>");
        }
        let inline: Vec<_> = html.select(&select("[src], [srcset], [style]")).collect();
        assert!(
            inline.is_empty(),
            "{path}: {} elements load or style inline",
            inline.len()
        );
    }
    assert!(
        external > 10,
        "sources and contacts link out as plain links"
    );
    let css = site.files.iter().find(|f| f.path == "style.css").unwrap();
    let css = String::from_utf8(css.bytes.clone()).unwrap();
    for outside in ["url(", "@import", "http"] {
        assert!(
            !css.contains(outside),
            "the style sheet loads nothing: {outside}"
        );
    }
    assert!(css.contains("prefers-color-scheme: dark") && css.contains("@media print"));
}

#[test]
fn the_citizens_page_stands_alone_and_shows_only_public_contacts() {
    let routine = lier();
    let site = site(&routine);
    let path = Site::citizens_page(&routine);
    assert_eq!(path, "bekymret-for-noen/index.html");
    let (_, html) = pages(&site).into_iter().find(|(p, _)| *p == path).unwrap();
    for link in html.select(&select("a[href]")) {
        let href = link.value().attr("href").unwrap();
        assert!(
            !href.contains("..") && !href.ends_with(".html"),
            "the citizens' folder links nowhere else in the site: {href}"
        );
    }
    let text = text_of(html.root_element());
    let shown: BTreeSet<String> = html
        .select(&select("a[href^='tel:']"))
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    let public: BTreeSet<String> = routine
        .contacts
        .iter()
        .filter(|c| c.public)
        .map(|c| c.phone.as_ref().unwrap().tel_uri())
        .chain(["tel:113".to_owned()])
        .collect();
    assert_eq!(shown, public, "exactly the public numbers, and 113");
    let names: BTreeSet<String> = html.select(&select(".contact-name")).map(text_of).collect();
    let public_names: BTreeSet<String> = routine
        .contacts
        .iter()
        .filter(|c| c.public)
        .map(|c| c.name.clone())
        .collect();
    assert_eq!(
        names, public_names,
        "every contact shown is public, and every public one is shown"
    );
    for internal in [
        "politikontakt",
        "kommuneoverlege",
        "ressursperson",
        "kriseteam",
    ] {
        let contact = routine.contact(internal).unwrap();
        assert!(contact.internal && !contact.public);
        assert!(
            !text.contains(&contact.name),
            "{internal} on the citizens' page"
        );
    }
    for message in &routine.poster_messages {
        assert!(text.contains(&message.text));
    }
}

#[test]
fn a_routines_text_is_shown_as_text_never_as_markup() {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(lier_file()).unwrap()).unwrap();
    let attack = "<script>alert(1)</script>";
    doc["warning_signs"]["groups"][0]["signs"][0]["text"] = attack.into();
    doc["contacts"][0]["what_for"] = format!("\"><img src=x onerror=alert(1)> {attack}").into();
    doc["contacts"][0]["url"] = "javascript:alert(1)".into();
    let routine = check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
        .routine
        .unwrap();
    let site = site(&routine);
    let mut seen = 0;
    for (path, html) in pages(&site) {
        assert_eq!(html.select(&select("script, img")).count(), 0, "{path}");
        for link in html.select(&select("a[href]")) {
            let href = link.value().attr("href").unwrap();
            assert!(!href.starts_with("javascript:"), "{path}: {href}");
        }
        if text_of(html.root_element()).contains(attack) {
            seen += 1;
        }
    }
    assert!(seen >= 2, "the text is shown as it is written: {seen}");
}

#[test]
fn a_nynorsk_routine_gives_nynorsk_pages_and_folder() {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(lier_file()).unwrap()).unwrap();
    doc["metadata"]["language"] = "nn".into();
    let routine = check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
        .routine
        .unwrap();
    let site = site(&routine);
    assert_eq!(Site::citizens_page(&routine), "uroa-for-nokon/index.html");
    let bokmal = crate::languages::only_in(Language::Bokmal, Language::Nynorsk);
    for (path, html) in pages(&site) {
        assert_eq!(
            html.root_element().value().attr("lang"),
            Some("nn"),
            "{path}"
        );
        let text = text_of(html.root_element());
        for word in &bokmal {
            assert!(!text.contains(word.as_str()), "{path}: bokmål «{word}»");
        }
    }
    assert!(site.files.iter().any(|f| f.path == "akutt.html"));
    assert!(site.files.iter().any(|f| f.path == "gjer-no.html"));
}

#[test]
fn the_same_routine_gives_the_same_bytes_on_disk() {
    let routine = lier();
    assert_eq!(site(&routine), site(&routine));
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_site(&site(&routine), a.path()).unwrap();
    write_site(&site(&lier()), b.path()).unwrap();
    for file in &site(&routine).files {
        let left = std::fs::read(a.path().join(&file.path)).unwrap();
        let right = std::fs::read(b.path().join(&file.path)).unwrap();
        assert_eq!(left, right, "{}", file.path);
        assert_eq!(left, file.bytes, "{}", file.path);
    }
}
