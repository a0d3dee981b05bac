//! The static web site, read back with an HTML parser: every page's structure (language,
//! landmarks, one h1, ordered headings, the 113 link, the skip link, the export date,
//! the link to its folder's page about accessibility, its description from its first
//! paragraph), the page about accessibility with the export's date and the program's
//! version and whom to tell,
//! links that work from a folder on disk, nothing loaded from elsewhere and no form
//! controls, escaping of the routine's text, the citizens' contacts, the routine's
//! language, «Åpen nå» tables that say what the window says, the manifest and the
//! service workers, and the same bytes for the same export date.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};
use rutineveileder::checks::{check_bytes, check_embedded};
use rutineveileder::export::web::open_now::{self, Span, State};
use rutineveileder::export::web::{Site, site as site_on, write_site};
use rutineveileder::i18n::Language;
use rutineveileder::routine::Routine;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use crate::support::{lier_file, today};

fn lier() -> Routine {
    check_embedded(today()).routine.expect("valid routine")
}

/// The export date of the tests' sites: a Friday.
fn exported() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

fn site(routine: &Routine) -> Site {
    site_on(routine, exported())
}

fn file<'s>(site: &'s Site, path: &str) -> &'s [u8] {
    &site
        .files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} is missing"))
        .bytes
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
        14,
        "ten employees' pages, the course, the citizens' page and each folder's page about accessibility"
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
        let version = format!("Versjon {}", lier().metadata.version);
        assert!(footer.contains(&version), "{path}: {footer}");
        assert!(footer.contains("utkast, ikke godkjent"), "{path}: {footer}");
        assert!(footer.contains("Rutinens dato:"), "{path}: {footer}");
        assert!(
            footer.contains("Sidene ble laget 04.12.2026."),
            "{path}: {footer}"
        );
        let about: Vec<_> = html
            .select(&select("footer a[href='tilgjengelighet.html']"))
            .collect();
        assert_eq!(
            about.len(),
            1,
            "{path}: the footer links to «Om tilgjengelighet»"
        );
        assert_eq!(text_of(about[0]), "Om tilgjengelighet");
        assert!(
            site.files
                .iter()
                .any(|f| f.path == resolve(path, "tilgjengelighet.html")),
            "{path}: its folder has the page about accessibility"
        );
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
            // The page about accessibility gives the feedback contact as a `mailto:` link
            // when the routine names an e-mail address.
            if href.starts_with("tel:") || href.starts_with("mailto:") || href == "#main" {
                continue;
            }
            if let Some(id) = href.strip_prefix('#') {
                let targets = html.select(&select(&format!("[id='{id}']"))).count();
                assert_eq!(targets, 1, "{path}: «{href}» names no place on the page");
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
        for link in html.select(&select("link")) {
            let href = link.value().attr("href").unwrap();
            assert!(
                files.contains(resolve(&path, href).as_str()),
                "{path}: {href}"
            );
        }
        // The course's page asks questions and has a script of its own: see course.rs.
        if path == Site::course_page(&routine) {
            continue;
        }
        let scripts: Vec<ElementRef<'_>> = html.select(&select("script")).collect();
        let [code, data @ ..] = scripts.as_slice() else {
            panic!("{path}: no script")
        };
        assert_eq!(code.value().attr("src"), Some("site.js"), "{path}");
        assert!(code.value().attr("defer").is_some(), "{path}");
        assert!(files.contains(resolve(&path, "site.js").as_str()), "{path}");
        assert_eq!(
            code.text().count(),
            0,
            "{path}: the script is a file of the site"
        );
        for data in data {
            assert_eq!(
                (data.value().attr("type"), data.value().id()),
                (Some("application/json"), Some("open-now-data")),
                "{path}: the only other script is data, never run"
            );
        }
        for tag in [
            "img", "iframe", "object", "embed", "form", "input", "button", "select", "textarea",
            "video", "audio", "style",
        ] {
            assert_eq!(html.select(&select(tag)).count(), 0, "{path}: <{tag}>");
        }
        let inline: Vec<_> = html
            .select(&select("[srcset], [style], img[src]"))
            .collect();
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
    let script = String::from_utf8(file(&site, "site.js").to_vec()).unwrap();
    let code: String = script
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect();
    for outside in [
        "fetch(",
        "XMLHttpRequest",
        "sendBeacon",
        "WebSocket",
        "cookie",
        "localStorage",
        "sessionStorage",
        "indexedDB",
        "://",
        "import(",
    ] {
        assert!(
            !code.contains(outside),
            "the script asks nothing of the network and stores nothing: {outside}"
        );
    }
}

#[test]
fn the_citizens_page_stands_alone_and_shows_only_public_contacts() {
    let routine = lier();
    let site = site(&routine);
    let path = Site::citizens_page(&routine);
    assert_eq!(path, "bekymret-for-noen/index.html");
    let (_, html) = pages(&site).into_iter().find(|(p, _)| *p == path).unwrap();
    let folder = path.replace("index.html", "");
    for link in html.select(&select("a[href]")) {
        let href = link.value().attr("href").unwrap();
        let outside = href.contains("..") || href.contains('/') && !href.contains("://");
        assert!(
            !outside,
            "the citizens' folder links nowhere else in the site: {href}"
        );
        if href.ends_with(".html") && !href.contains("://") {
            assert_eq!(
                href, "tilgjengelighet.html",
                "only to its page about accessibility"
            );
            assert!(
                site.files
                    .iter()
                    .any(|f| f.path == format!("{folder}{href}"))
            );
        }
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
    // Examples of methods stay on the employees' pages (§12.3); every other criterion is
    // shown to citizens as it is.
    let criteria: Vec<_> = routine.levels.iter().flat_map(|l| &l.criteria).collect();
    assert!(criteria.iter().any(|c| c.names_methods));
    for criterion in criteria {
        assert_eq!(
            text.contains(&criterion.text),
            !criterion.names_methods,
            "{} on the citizens' page",
            criterion.id
        );
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
    // A contact named in another's «Bruk i stedet» goes into the «Åpen nå» table.
    let sos = doc["contacts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["id"] == "kirkens-sos-telefon")
        .unwrap();
    sos["name"] = format!("</script><script>alert(1)</script> {attack}").into();
    let routine = check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
        .routine
        .unwrap();
    let site = site(&routine);
    let mut seen = 0;
    let mut in_table = 0;
    for (path, html) in pages(&site) {
        assert_eq!(html.select(&select("img")).count(), 0, "{path}");
        // No script but the site's own files and data: none made of a routine's text.
        let code = "script:not([src]):not([type='application/json'])";
        assert_eq!(html.select(&select(code)).count(), 0, "{path}");
        for data in html.select(&select("script#open-now-data")) {
            let table: Value = serde_json::from_str(&data.text().collect::<String>()).unwrap();
            if table["statuses"]
                .to_string()
                .contains("</script><script>alert(1)")
            {
                in_table += 1;
            }
        }
        for link in html.select(&select("a[href]")) {
            let href = link.value().attr("href").unwrap();
            assert!(!href.starts_with("javascript:"), "{path}: {href}");
        }
        if text_of(html.root_element()).contains(attack) {
            seen += 1;
        }
    }
    assert!(seen >= 2, "the text is shown as it is written: {seen}");
    assert!(
        in_table >= 2,
        "the table holds the name as it is written, as data: {in_table}"
    );
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
fn the_same_routine_and_date_give_the_same_bytes_on_disk() {
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
    let later = site_on(&routine, exported().succ_opt().unwrap());
    assert_ne!(
        file(&later, "sw.js"),
        file(&site(&routine), "sw.js"),
        "another export date is another version of the offline copy"
    );
}

/// The status the page's table holds for `id` at `at`, found as `site.js` finds it:
/// minutes on the wall clock since 1970, pairs of minutes since the last change and
/// the status from then. `None` outside the table's span or for a contact it lacks.
fn table_status(table: &Value, id: &str, at: NaiveDateTime) -> Option<Value> {
    let minutes = at
        .signed_duration_since(NaiveDate::from_ymd_opt(1970, 1, 1).unwrap().into())
        .num_minutes();
    let (start, end) = (table["start"].as_i64()?, table["end"].as_i64()?);
    if minutes < start || minutes >= end {
        return None;
    }
    let pairs: Vec<i64> = table["contacts"][id]
        .as_array()?
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    let mut moment = start;
    let mut found = None;
    for pair in pairs.chunks(2) {
        moment += pair[0];
        if moment > minutes {
            break;
        }
        found = Some(pair[1]);
    }
    Some(table["statuses"][usize::try_from(found?).ok()?].clone())
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

/// The moments the issue names, and a few more: a weekday at 10:00 and 16:05,
/// Saturday 02:00, 17 May 12:00, Maundy Thursday 16:05, Christmas Eve and New Year's
/// Eve, and the first and the last minute of the span.
fn moments() -> Vec<NaiveDateTime> {
    vec![
        at(2026, 12, 9, 10, 0),
        at(2026, 12, 9, 16, 5),
        at(2026, 12, 12, 2, 0),
        at(2027, 5, 17, 12, 0),
        at(2027, 3, 25, 16, 5),
        at(2026, 12, 24, 17, 0),
        at(2026, 12, 31, 23, 59),
        at(2026, 12, 4, 0, 0),
        at(2028, 1, 7, 23, 59),
    ]
}

/// Checks every page that lists contacts: each contact the page can say something
/// about is in its table, and the table holds, at each moment, the window's own words
/// for it; the hours stay on the page as text for a reader without the script.
fn tables_say_what_the_window_says(routine: &Routine) -> usize {
    let site = site(routine);
    let t = Language::of_routine(routine).texts();
    let mut checked = 0;
    for (path, html) in pages(&site) {
        let items: Vec<ElementRef<'_>> = html.select(&select(".contacts li")).collect();
        let data = html.select(&select("script#open-now-data")).next();
        let Some(data) = data else {
            assert!(
                items
                    .iter()
                    .all(|i| i.value().attr("data-contact").is_none()),
                "{path}: contacts with a status but no table"
            );
            continue;
        };
        let table: Value = serde_json::from_str(&data.text().collect::<String>()).unwrap();
        let listed: BTreeSet<&str> = items
            .iter()
            .filter_map(|i| i.value().attr("data-contact"))
            .collect();
        let in_table: BTreeSet<&str> = table["contacts"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            listed, in_table,
            "{path}: the table holds the page's contacts"
        );
        for item in &items {
            let text = text_of(*item);
            assert!(
                text.contains(t.web.hours.split('{').next().unwrap())
                    || text.contains(t.time.hours_unknown),
                "{path}: the hours as text: {text}"
            );
            let Some(id) = item.value().attr("data-contact") else {
                continue;
            };
            let contact = routine.contact(id).unwrap();
            for moment in moments() {
                let window = open_now::status(routine, contact, moment, t);
                let page = table_status(&table, id, moment).unwrap();
                let instead: Vec<Value> = window
                    .instead
                    .iter()
                    .map(|i| {
                        let link = i.link.as_ref();
                        serde_json::json!([
                            i.line,
                            link.map(|l| &l.text),
                            link.and_then(|l| l.href.as_ref())
                        ])
                    })
                    .collect();
                let sentence = (window.state != State::Unknown).then_some(&window.sentence);
                assert_eq!(
                    page,
                    serde_json::json!([window.state.key(), sentence, instead]),
                    "{path}: {id} at {moment}"
                );
                checked += 1;
            }
            assert_eq!(table_status(&table, id, at(2028, 1, 8, 0, 0)), None);
            assert_eq!(table_status(&table, id, at(2026, 12, 3, 23, 59)), None);
        }
        assert!(
            table["expired"].as_str().unwrap().contains("04.12.2026"),
            "{path}: after the span the page says when it was made"
        );
    }
    checked
}

#[test]
fn open_now_tables_say_what_the_window_says() {
    let checked = tables_say_what_the_window_says(&lier());
    assert!(checked > 500, "{checked} statuses checked");
    let routine = lier();
    let site = site(&routine);
    let citizens = Html::parse_document(
        std::str::from_utf8(file(&site, &Site::citizens_page(&routine))).unwrap(),
    );
    let data = citizens
        .select(&select("script#open-now-data"))
        .next()
        .unwrap();
    let table: Value = serde_json::from_str(&data.text().collect::<String>()).unwrap();
    let maundy = table_status(&table, "leve", at(2027, 3, 25, 16, 5)).unwrap();
    assert_eq!(maundy[0], "closed");
    assert_eq!(
        maundy[1],
        "Stengt nå (Skjærtorsdag). Åpner tirsdag kl. 09:00"
    );
}

#[test]
fn open_now_tables_of_a_nynorsk_routine_are_in_nynorsk() {
    let (_, template) = rutineveileder::routine::template::TEMPLATES
        .iter()
        .find(|(code, _)| *code == "nn")
        .unwrap();
    let routine = check_bytes(template.as_bytes(), today()).routine.unwrap();
    assert!(tables_say_what_the_window_says(&routine) > 100);
    let t = Language::Nynorsk.texts();
    let span = Span::from_export(exported());
    let timelines = open_now::timelines(&routine, span, t);
    let sentences: BTreeSet<&str> = timelines
        .values()
        .flatten()
        .map(|(_, s)| s.sentence.as_str())
        .collect();
    assert!(
        sentences.iter().any(|s| s.starts_with("Stengt no")),
        "{sentences:?}"
    );
    assert!(
        sentences.iter().all(|s| !s.contains("Åpner")),
        "{sentences:?}"
    );
}

/// The manifest lets a phone add each folder to its home screen; each folder's service
/// worker keeps exactly the files of that folder (the site's worker also the citizens'
/// folder inside it), so every page loads offline.
#[test]
fn each_folder_has_a_manifest_icons_and_a_worker_that_keeps_its_files() {
    let routine = lier();
    let site = site(&routine);
    let folder = Site::citizens_page(&routine).replace("index.html", "");
    for prefix in ["", folder.as_str()] {
        let manifest: Value =
            serde_json::from_slice(file(&site, &format!("{prefix}manifest.json"))).unwrap();
        assert_eq!(manifest["start_url"], "index.html");
        assert_eq!(manifest["scope"], "./");
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(manifest["lang"], "nb");
        assert!(manifest["name"].as_str().unwrap().ends_with("Lier kommune"));
        let mut sizes = BTreeSet::new();
        for icon in manifest["icons"].as_array().unwrap() {
            let png = file(&site, &format!("{prefix}{}", icon["src"].as_str().unwrap()));
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            let side = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
            let size = format!("{}x{}", side(16), side(20));
            assert_eq!(icon["sizes"], size.as_str());
            sizes.insert(size);
        }
        assert!(sizes.contains("192x192") && sizes.contains("512x512"));
        let worker = std::str::from_utf8(file(&site, &format!("{prefix}sw.js"))).unwrap();
        let list = worker
            .lines()
            .find_map(|l| l.strip_prefix("const FILES = "))
            .unwrap()
            .trim_end_matches(';');
        let kept: BTreeSet<String> = serde_json::from_str(list).unwrap();
        let expected: BTreeSet<String> = site
            .files
            .iter()
            .filter_map(|f| f.path.strip_prefix(prefix))
            .filter(|p| !p.ends_with("sw.js"))
            .map(str::to_owned)
            .collect();
        assert_eq!(
            kept, expected,
            "{prefix}sw.js keeps every file of its folder"
        );
        let version = worker
            .lines()
            .find_map(|l| l.strip_prefix("const VERSION = "))
            .unwrap();
        assert_eq!(version.len(), "\"0123456789abcdef\";".len(), "{version}");
    }
}

/// `Site::published` joins the routine's address and a page for the printables' QR code.
#[test]
fn a_published_page_is_the_routines_address_and_its_path() {
    let mut routine = lier();
    assert_eq!(Site::published(&routine, "index.html"), None);
    let page = Site::citizens_page(&routine);
    for address in [
        "https://www.lier.kommune.no/rutineveileder/",
        "https://www.lier.kommune.no/rutineveileder",
    ] {
        routine.metadata.web_address = Some(address.into());
        assert_eq!(
            Site::published(&routine, &page).as_deref(),
            Some("https://www.lier.kommune.no/rutineveileder/bekymret-for-noen/index.html")
        );
    }
}

#[test]
fn pages_without_contacts_hold_no_table() {
    let routine = lier();
    let site = site(&routine);
    let with: BTreeMap<String, bool> = pages(&site)
        .into_iter()
        .map(|(path, html)| {
            let has = html
                .select(&select("script#open-now-data"))
                .next()
                .is_some();
            (path, has)
        })
        .collect();
    for (path, expected) in [
        ("index.html", false),
        ("akutt.html", false),
        ("gjor-na.html", true),
        ("veiledning.html", true),
        ("kontakter.html", true),
        ("bekymret-for-noen/index.html", true),
    ] {
        assert_eq!(with[path], expected, "{path}");
    }
}

/// The text of a page's first paragraph as a reader sees it, found with an HTML parser:
/// the first `p` in `main` that is not inside a list of contacts and is not all bold
/// (a headline).
fn first_paragraph(html: &Html) -> Option<String> {
    html.select(&select("main p")).find_map(|p| {
        let in_contacts = p.ancestors().filter_map(ElementRef::wrap).any(|a| {
            a.value()
                .has_class("contacts", scraper::CaseSensitivity::CaseSensitive)
        });
        let words = |e: ElementRef<'_>| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let text = words(p);
        let headline = p
            .select(&select("strong"))
            .next()
            .is_some_and(|strong| words(strong) == text);
        (!in_contacts && !headline && !text.is_empty()).then_some(text)
    })
}

#[test]
fn every_page_has_a_description_from_its_first_paragraph_cut_at_a_word() {
    for language in Language::ALL {
        let mut doc: Value = serde_json::from_slice(&std::fs::read(lier_file()).unwrap()).unwrap();
        doc["metadata"]["language"] = language.code().into();
        let routine = check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
            .routine
            .unwrap();
        let site = site(&routine);
        let mut from_paragraphs = 0;
        let mut cut = 0;
        for (path, html) in pages(&site) {
            let descriptions: Vec<_> = html
                .select(&select("head meta[name='description']"))
                .collect();
            assert_eq!(descriptions.len(), 1, "{path}");
            let description = descriptions[0].value().attr("content").unwrap();
            let length = description.chars().count();
            assert!((1..=160).contains(&length), "{path}: {length} characters");
            let Some(paragraph) = first_paragraph(&html) else {
                let h1 = text_of(html.select(&select("h1")).next().unwrap());
                let meta = &routine.metadata;
                assert_eq!(
                    description,
                    format!("{h1} – {}, {}.", meta.title, meta.municipality),
                    "{path}: a page without a paragraph is described by its title"
                );
                continue;
            };
            from_paragraphs += 1;
            if paragraph.chars().count() <= 160 {
                assert_eq!(description, paragraph, "{path}");
                continue;
            }
            cut += 1;
            let kept = description
                .strip_suffix('…')
                .unwrap_or_else(|| panic!("{path}: {description}"));
            assert!(
                paragraph.starts_with(kept),
                "{path}: «{kept}» is not how «{paragraph}» starts"
            );
            let after = paragraph[kept.len()..].chars().next().unwrap();
            assert!(
                after == ' ' || ",;:".contains(after),
                "{path}: cut inside a word: «{kept}|{}»",
                &paragraph[kept.len()..]
            );
            // The next word would not have fitted.
            let rest = paragraph[kept.len()..].trim_start_matches([',', ';', ':', ' ']);
            let next_word = rest.split(' ').next().unwrap();
            let longer = paragraph.len() - rest.len() + next_word.len();
            assert!(
                paragraph[..longer].chars().count() + 1 > 160,
                "{path}: «{next_word}» fitted too"
            );
        }
        assert!(
            from_paragraphs >= 9,
            "{language:?}: {from_paragraphs} pages described by a paragraph"
        );
        assert!(cut >= 3, "{language:?}: {cut} descriptions cut");
    }
}

fn page_text(site: &Site, path: &str) -> (Html, String) {
    let html = Html::parse_document(std::str::from_utf8(file(site, path)).unwrap());
    let text = text_of(html.root_element())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (html, text)
}

#[test]
fn each_folder_has_a_page_about_accessibility_with_the_export_date_and_the_program() {
    let routine = lier();
    let site = site(&routine);
    let version = env!("CARGO_PKG_VERSION");
    for (path, site_name) in [
        ("tilgjengelighet.html", routine.metadata.title.as_str()),
        (
            "bekymret-for-noen/tilgjengelighet.html",
            "Bekymret for noen?",
        ),
    ] {
        let (html, text) = page_text(&site, path);
        assert_eq!(
            text_of(html.select(&select("h1")).next().unwrap()),
            "Om tilgjengelighet"
        );
        for expected in [
            format!("Denne siden gjelder nettsidene «{site_name}» fra Lier kommune."),
            format!("Disse sidene ble laget 04.12.2026 med Rutineveileder versjon {version}."),
            "WCAG 2.1 på nivå A og AA".to_owned(),
            "WCAG 2.2 på nivå A og AA".to_owned(),
            "nettleseren Chromium".to_owned(),
            "axe:".to_owned(),
            "tastatur:".to_owned(),
            "320 piksler".to_owned(),
            "uten nett:".to_owned(),
            "kjenner vi ikke til noe avvik".to_owned(),
            "Automatiske kontroller finner bare en del".to_owned(),
            // Lier names no one yet: the page names the municipality, and check warns.
            "gi beskjed til Lier kommune.".to_owned(),
        ] {
            assert!(text.contains(&expected), "{path}: «{expected}» in {text}");
        }
        assert_eq!(
            html.select(&select("a[href^='mailto:']")).count(),
            0,
            "{path}"
        );
        assert!(
            !text.contains("Kommunens tilgjengelighetserklæring"),
            "{path}"
        );
        assert_eq!(
            html.select(&select("footer a[aria-current='page']"))
                .count(),
            1,
            "{path}: the footer's link marks the page itself"
        );
    }
    // The citizens' folder's page leads back to the citizens' page and nowhere else.
    let (html, _) = page_text(&site, "bekymret-for-noen/tilgjengelighet.html");
    let inside: BTreeSet<&str> = html
        .select(&select("a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .filter(|href| !href.contains(':') && !href.starts_with('#'))
        .collect();
    assert_eq!(
        inside,
        BTreeSet::from(["index.html", "tilgjengelighet.html"])
    );
    // Both service workers keep their folder's page, so it opens offline too.
    for (worker, page) in [
        ("sw.js", "\"tilgjengelighet.html\""),
        ("bekymret-for-noen/sw.js", "\"tilgjengelighet.html\""),
    ] {
        let worker = std::str::from_utf8(file(&site, worker)).unwrap();
        assert!(worker.contains(page), "{worker}");
    }
}

#[test]
fn the_page_about_accessibility_names_whom_to_tell_and_the_municipalitys_statement() {
    let statement =
        "https://uustatus.no/nb/erklaringer/publisert/0f4c9d2e-8a1b-4c3d-9e5f-6a7b8c9d0e1f";
    for (contact, href) in [
        (
            "postmottak@lier.kommune.no",
            "mailto:postmottak@lier.kommune.no",
        ),
        (
            "https://www.lier.kommune.no/tilbakemelding",
            "https://www.lier.kommune.no/tilbakemelding",
        ),
    ] {
        let mut doc: Value = serde_json::from_slice(&std::fs::read(lier_file()).unwrap()).unwrap();
        doc["metadata"]["feedback_contact"] = contact.into();
        doc["metadata"]["accessibility_statement"] = statement.into();
        let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
        assert!(
            !checked
                .problems
                .iter()
                .any(|p| format!("{:?}", p.location).contains("feedback_contact")
                    || format!("{:?}", p.location).contains("accessibility_statement")),
            "both addresses pass check"
        );
        let site = site(&checked.routine.unwrap());
        for path in [
            "tilgjengelighet.html",
            "bekymret-for-noen/tilgjengelighet.html",
        ] {
            let (html, text) = page_text(&site, path);
            let links: Vec<&str> = html
                .select(&select("main a[href]"))
                .filter_map(|a| a.value().attr("href"))
                .collect();
            assert!(links.contains(&href), "{path}: {links:?}");
            assert!(links.contains(&statement), "{path}: {links:?}");
            assert!(
                text.contains(&format!("vil Lier kommune gjerne vite det: {contact}")),
                "{path}: {text}"
            );
            assert!(text.contains("Les tilgjengelighetserklæringen til Lier kommune:"));
        }
    }
}

#[test]
fn the_page_about_accessibility_speaks_the_routines_language() {
    for (language, path, title, made) in [
        (
            "nn",
            "uroa-for-nokon/tilgjengelegheit.html",
            "Om tilgjengelegheit",
            "Desse sidene vart laga 04.12.2026",
        ),
        (
            "en",
            "accessibility.html",
            "About accessibility",
            "These pages were made on 04.12.2026",
        ),
    ] {
        let mut doc: Value = serde_json::from_slice(&std::fs::read(lier_file()).unwrap()).unwrap();
        doc["metadata"]["language"] = language.into();
        let routine = check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
            .routine
            .unwrap();
        let site = site(&routine);
        let (html, text) = page_text(&site, path);
        assert_eq!(html.root_element().value().attr("lang"), Some(language));
        assert_eq!(text_of(html.select(&select("h1")).next().unwrap()), title);
        assert!(text.contains(made), "{path}: {text}");
        let file_name = path.rsplit('/').next().unwrap();
        for (page, html) in pages(&site) {
            let href = format!("footer a[href='{file_name}']");
            assert_eq!(html.select(&select(&href)).count(), 1, "{page}");
        }
    }
}
