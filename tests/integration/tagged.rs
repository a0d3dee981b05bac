//! The printables are tagged PDFs, read back from their bytes with lopdf: the catalog says
//! so (marked, the routine's language, the title shown, a structure tree, XMP naming
//! PDF/UA-1); every text and every path is inside marked content that is an artifact or
//! belongs, through the parent tree, to exactly one element; links are `Link` elements
//! with a description; headings never skip a level; lists are items with a label and a
//! body; table header cells have a scope. For every kind, in all three languages, and
//! for routines that push the layout. `.ci/pdf/check.py` reads the same files with real
//! readers: poppler's `pdfinfo -struct-text` and `pdftotext`, and a PDF/UA-1 checker.

use std::collections::{BTreeMap, BTreeSet};

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use rutineveileder::checks::check_bytes;
use rutineveileder::export::{self, Kind};
use rutineveileder::i18n::Language;
use rutineveileder::routine::Routine;
use serde_json::Value;

use crate::support::{every_kind, lier_file, minimal, today};

fn routine_from(doc: &Value) -> Routine {
    let checked = check_bytes(&serde_json::to_vec(doc).unwrap(), today());
    checked.routine.expect("a valid routine")
}

fn lier_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(lier_file()).unwrap()).unwrap()
}

fn lier_in(language: Language) -> Routine {
    let mut doc = lier_json();
    doc["metadata"]["language"] = language.code().into();
    routine_from(&doc)
}

/// An object, with a reference followed.
fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).expect("a referenced object"),
        other => other,
    }
}

fn dict<'a>(doc: &'a Document, object: &'a Object) -> &'a Dictionary {
    resolve(doc, object).as_dict().expect("a dictionary")
}

fn name<'a>(dict: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    dict.get(key).ok().and_then(|o| o.as_name().ok())
}

/// A structure element and its place in the file.
struct Element<'a> {
    id: Option<ObjectId>,
    dict: &'a Dictionary,
}

impl Element<'_> {
    fn role(&self) -> String {
        String::from_utf8_lossy(name(self.dict, b"S").unwrap_or_default()).into_owned()
    }
}

/// The kids of an element, as listed in its `/K`.
fn kids<'a>(doc: &'a Document, element: &'a Dictionary) -> Vec<&'a Object> {
    match element.get(b"K") {
        Ok(Object::Array(kids)) => kids.iter().collect(),
        Ok(kid) => vec![kid],
        Err(_) => Vec::new(),
    }
    .into_iter()
    .map(|kid| match kid {
        Object::Reference(_) => resolve(doc, kid),
        other => other,
    })
    .collect()
}

/// Every element below the root, depth first in reading order, with its object id.
fn elements(doc: &Document) -> Vec<Element<'_>> {
    let root = dict(doc, doc.catalog().unwrap().get(b"StructTreeRoot").unwrap());
    let mut out = Vec::new();
    let mut stack: Vec<&Object> = match root.get(b"K").unwrap() {
        Object::Array(kids) => kids.iter().rev().collect(),
        kid => vec![kid],
    };
    while let Some(next) = stack.pop() {
        let id = next.as_reference().ok();
        let Ok(element) = resolve(doc, next).as_dict() else {
            continue;
        };
        if element.has(b"S") {
            out.push(Element { id, dict: element });
            let children: Vec<&Object> = match element.get(b"K") {
                Ok(Object::Array(kids)) => kids.iter().collect(),
                Ok(kid) => vec![kid],
                Err(_) => Vec::new(),
            };
            stack.extend(children.into_iter().rev().filter(|kid| {
                kid.as_reference().is_ok() || kid.as_dict().is_ok_and(|d| d.has(b"S"))
            }));
        }
    }
    out
}

/// The marked content ids an element holds: `(page, mcid)`.
fn marked_content(doc: &Document, element: &Dictionary) -> Vec<(ObjectId, i64)> {
    let home = element.get(b"Pg").ok().and_then(|p| p.as_reference().ok());
    kids(doc, element)
        .into_iter()
        .filter_map(|kid| match kid {
            Object::Integer(mcid) => Some((home.expect("/Pg for an integer kid"), *mcid)),
            Object::Dictionary(mcr) if name(mcr, b"Type") == Some(b"MCR") => Some((
                mcr.get(b"Pg").ok()?.as_reference().ok()?,
                mcr.get(b"MCID").ok()?.as_i64().ok()?,
            )),
            _ => None,
        })
        .collect()
}

/// What one page's content holds: each text or path drawn inside an artifact or the
/// marked content of an mcid, or outside both (a defect).
#[derive(Default)]
struct Painted {
    mcids: BTreeSet<i64>,
    outside: Vec<String>,
    footers: usize,
}

fn painted(doc: &Document, page: ObjectId) -> Painted {
    let content = Content::decode(&doc.get_page_content(page)).unwrap();
    let mut out = Painted::default();
    // Each open marked-content sequence: Some(mcid), or None for an artifact.
    let mut open: Vec<Option<Option<i64>>> = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "BDC" => {
                let tag = op.operands[0].as_name().unwrap();
                let properties = resolve(doc, &op.operands[1]).as_dict().ok();
                let mcid = properties.and_then(|p| p.get(b"MCID").ok()?.as_i64().ok());
                if tag == b"Artifact" {
                    if properties.and_then(|p| name(p, b"Subtype")) == Some(b"Footer") {
                        out.footers += 1;
                    }
                    open.push(Some(None));
                } else {
                    if let Some(mcid) = mcid {
                        assert!(out.mcids.insert(mcid), "mcid {mcid} used twice");
                    }
                    open.push(mcid.map(Some));
                }
            }
            "BMC" => {
                let artifact = op.operands[0].as_name().unwrap() == b"Artifact";
                open.push(artifact.then_some(None));
            }
            "EMC" => {
                open.pop().expect("an EMC closes a sequence");
            }
            "Tj" | "TJ" | "'" | "\"" | "f" | "F" | "f*" | "S" | "s" | "B" | "B*" | "b" | "b*" => {
                let inside = open.iter().rev().find_map(|o| *o).is_some();
                if !inside {
                    out.outside.push(op.operator.clone());
                }
            }
            _ => {}
        }
    }
    assert!(open.is_empty(), "marked content left open");
    out
}

/// Every way the file falls short of a tagged PDF, as sentences; empty when it holds.
fn problems(name_of_file: &str, bytes: &[u8], language: &str) -> Vec<String> {
    let doc = Document::load_mem(bytes).expect("a PDF");
    let mut found = Vec::new();
    let mut problem = |text: String| found.push(format!("{name_of_file}: {text}"));
    let catalog = doc.catalog().unwrap();

    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .map(|m| dict(&doc, m))
        .and_then(|m| m.get(b"Marked").ok()?.as_bool().ok());
    if marked != Some(true) {
        problem("/MarkInfo /Marked is not true".into());
    }
    let lang = catalog.get(b"Lang").ok().and_then(|l| l.as_str().ok());
    if lang != Some(language.as_bytes()) {
        problem(format!("/Lang is {lang:?}, not {language}"));
    }
    let shows_title = catalog
        .get(b"ViewerPreferences")
        .ok()
        .map(|v| dict(&doc, v))
        .and_then(|v| v.get(b"DisplayDocTitle").ok()?.as_bool().ok());
    if shows_title != Some(true) {
        problem("the title bar does not show the title".into());
    }
    let xmp = catalog
        .get(b"Metadata")
        .ok()
        .and_then(|m| resolve(&doc, m).as_stream().ok())
        .and_then(|s| s.decompressed_content().ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    if !xmp.contains("<pdfuaid:part>1</pdfuaid:part>") || !xmp.contains("<dc:title>") {
        problem("the XMP metadata does not name PDF/UA-1 and a title".into());
    }

    let elements = elements(&doc);
    let by_id: BTreeMap<ObjectId, &Element> =
        elements.iter().filter_map(|e| Some((e.id?, e))).collect();
    // Each marked-content id belongs to exactly one element.
    let mut owners: BTreeMap<(ObjectId, i64), usize> = BTreeMap::new();
    for element in &elements {
        for key in marked_content(&doc, element.dict) {
            *owners.entry(key).or_default() += 1;
        }
    }
    if let Some((key, count)) = owners.iter().find(|(_, count)| **count > 1) {
        problem(format!("{key:?} belongs to {count} elements"));
    }

    let root = dict(&doc, catalog.get(b"StructTreeRoot").unwrap());
    let parent_tree = dict(&doc, root.get(b"ParentTree").unwrap());
    let nums = resolve(&doc, parent_tree.get(b"Nums").unwrap())
        .as_array()
        .unwrap();
    let parents: BTreeMap<i64, &Object> = nums
        .chunks(2)
        .map(|pair| (pair[0].as_i64().unwrap(), &pair[1]))
        .collect();

    for (number, page) in doc.get_pages() {
        let page_dict = doc.get_dictionary(page).unwrap();
        let content = painted(&doc, page);
        if !content.outside.is_empty() {
            problem(format!(
                "page {number}: {} drawing operators outside marked content ({:?}…)",
                content.outside.len(),
                &content.outside[..content.outside.len().min(3)]
            ));
        }
        let key = page_dict.get(b"StructParents").and_then(Object::as_i64);
        let row = key
            .ok()
            .and_then(|k| parents.get(&k))
            .map(|row| resolve(&doc, row).as_array().unwrap().clone())
            .unwrap_or_default();
        for mcid in &content.mcids {
            let owner = row.get(*mcid as usize).and_then(|o| o.as_reference().ok());
            let owns = owner
                .and_then(|id| by_id.get(&id))
                .is_some_and(|e| marked_content(&doc, e.dict).contains(&(page, *mcid)));
            if !owns {
                problem(format!(
                    "page {number}: mcid {mcid} has no element that holds it"
                ));
            }
            if owners.get(&(page, *mcid)) != Some(&1) {
                problem(format!(
                    "page {number}: mcid {mcid} is not in the tree once"
                ));
            }
        }
        let annotations = page_dict
            .get(b"Annots")
            .ok()
            .map(|a| resolve(&doc, a).as_array().unwrap().clone())
            .unwrap_or_default();
        if !annotations.is_empty() && name(page_dict, b"Tabs") != Some(b"S") {
            problem(format!(
                "page {number}: links without the structure's tab order"
            ));
        }
        for annotation in annotations {
            let annotation_id = annotation.as_reference().unwrap();
            let link = dict(&doc, &annotation);
            let described = link
                .get(b"Contents")
                .ok()
                .and_then(|c| c.as_str().ok())
                .is_some_and(|c| c.len() > 2);
            if name(link, b"Subtype") != Some(b"Link") || !described {
                problem(format!("page {number}: a link without a description"));
            }
            let element = link
                .get(b"StructParent")
                .ok()
                .and_then(|k| parents.get(&k.as_i64().ok()?))
                .and_then(|e| e.as_reference().ok())
                .and_then(|id| by_id.get(&id));
            let tagged = element.is_some_and(|e| {
                e.role() == "Link"
                    && kids(&doc, e.dict).iter().any(|kid| {
                        kid.as_dict().is_ok_and(|d| {
                            d.get(b"Obj").ok().and_then(|o| o.as_reference().ok())
                                == Some(annotation_id)
                        })
                    })
            });
            if !tagged {
                problem(format!("page {number}: a link that is not a Link element"));
            }
        }
    }

    let mut previous = 0;
    for element in &elements {
        let role = element.role();
        if let Some(level) = role.strip_prefix('H').and_then(|l| l.parse::<u8>().ok()) {
            if level > previous + 1 {
                problem(format!("heading H{level} after H{previous}"));
            }
            previous = level;
        }
        let children: Vec<String> = kids(&doc, element.dict)
            .iter()
            .filter_map(|k| k.as_dict().ok())
            .filter_map(|d| name(d, b"S"))
            .map(|s| String::from_utf8_lossy(s).into_owned())
            .collect();
        let allowed: &[&str] = match role.as_str() {
            "L" => &["LI", "L"],
            "LI" => &["Lbl", "LBody"],
            "Table" => &["THead", "TBody", "TR"],
            "THead" | "TBody" => &["TR"],
            "TR" => &["TH", "TD"],
            _ => &[],
        };
        if let Some(wrong) = children
            .iter()
            .find(|c| !allowed.is_empty() && !allowed.contains(&c.as_str()))
        {
            problem(format!("{wrong} inside {role}"));
        }
        if role == "LI" && !children.iter().any(|c| c == "LBody") {
            problem("a list item without a body".into());
        }
        if role == "TH" {
            let scope = element
                .dict
                .get(b"A")
                .ok()
                .map(|a| resolve(&doc, a))
                .and_then(|a| a.as_dict().ok())
                .and_then(|a| name(a, b"Scope"));
            if scope.is_none() {
                problem("a table header cell without a scope".into());
            }
        }
        if role == "Figure" && !element.dict.has(b"Alt") {
            problem("a figure without words for it".into());
        }
    }
    found
}

fn assert_tagged(files: &[(String, Vec<u8>)], language: &str) {
    let found: Vec<String> = files
        .iter()
        .flat_map(|(name, bytes)| problems(name, bytes, language))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_printable_is_tagged_in_every_language() {
    for language in Language::ALL {
        assert_tagged(&every_kind(&lier_in(language)), language.code());
    }
}

#[test]
fn the_nynorsk_template_prints_tagged_nynorsk() {
    let routine = rutineveileder::checks::template("nn", today()).unwrap();
    assert_tagged(&every_kind(&routine), "nn");
}

#[test]
fn what_the_font_lacks_long_names_and_empty_sections_stay_tagged() {
    let mut doc = lier_json();
    let long_name = "Interkommunalt legevaktsamarbeid for Drammen, Lier, Asker, Holmestrand og \
                     omkringliggende kommuner – døgnåpent mottak for øyeblikkelig hjelp – "
        .repeat(3);
    // A contact in the handout's table and the checklist, not on the card or the poster,
    // whose room `check` holds to what fits.
    let kamerat = doc["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["id"] == "kameratstotte")
        .unwrap();
    doc["contacts"][kamerat]["name"] = long_name.trim().into();
    doc["warning_signs"]["groups"][0]["signs"][0]["text"] =
        "Sier «jeg vil dø» ☎ → ✓ ⚠ – ring 113".into();
    assert_tagged(&every_kind(&routine_from(&doc)), "nb");
    assert_tagged(&every_kind(&routine_from(&minimal())), "nb");
}

#[test]
fn each_page_number_is_a_footer_artifact() {
    let bytes = export::render(Kind::Handout, &lier_in(Language::Bokmal))
        .unwrap()
        .bytes;
    let doc = Document::load_mem(&bytes).unwrap();
    for (number, page) in doc.get_pages() {
        assert_eq!(painted(&doc, page).footers, 1, "page {number}");
    }
}

#[test]
fn numbers_and_addresses_are_links_that_name_their_target() {
    let bytes = export::render(Kind::Handout, &lier_in(Language::Bokmal))
        .unwrap()
        .bytes;
    let doc = Document::load_mem(&bytes).unwrap();
    let links: Vec<(String, String)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| name(d, b"Subtype") == Some(b"Link"))
        .map(|d| {
            let action = dict(&doc, d.get(b"A").unwrap());
            let uri = action.get(b"URI").unwrap().as_str().unwrap();
            let contents = d.get(b"Contents").unwrap();
            (
                String::from_utf8_lossy(uri).into_owned(),
                lopdf::decode_text_string(contents).unwrap(),
            )
        })
        .collect();
    for (uri, contents) in [
        ("tel:113", "Ring 113 (Medisinsk nødtelefon (AMK))"),
        ("tel:116123", "Ring 116 123 (Mental Helse Hjelpetelefonen)"),
    ] {
        assert!(
            links.iter().any(|(u, c)| u == uri && c == contents),
            "no link {uri} «{contents}» in {links:?}"
        );
    }
    assert!(
        links
            .iter()
            .any(|(u, c)| u.starts_with("https://") && c.starts_with("Nettside: "))
    );
}

#[test]
fn the_pocket_card_reads_each_card_front_then_back() {
    let bytes = export::render(Kind::PocketCard, &lier_in(Language::Bokmal))
        .unwrap()
        .bytes;
    let doc = Document::load_mem(&bytes).unwrap();
    let roles: Vec<String> = elements(&doc)
        .iter()
        .map(Element::role)
        .filter(|r| ["H1", "H2", "Sect"].contains(&r.as_str()))
        .collect();
    let card = ["Sect", "H2", "H2", "H2", "H2"];
    let expected: Vec<&str> = std::iter::once("H1")
        .chain(std::iter::repeat_n(card, 4).flatten())
        .collect();
    assert_eq!(
        roles, expected,
        "the title, then four cards: front (113), back (ask, day, evening)"
    );
}

/// The figures of a PDF and the words each has for a screen reader.
fn figures(bytes: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(bytes).unwrap();
    elements(&doc)
        .iter()
        .filter(|e| e.role() == "Figure")
        .map(|e| lopdf::decode_text_string(e.dict.get(b"Alt").unwrap()).unwrap())
        .collect()
}

#[test]
fn a_published_routine_prints_a_qr_code_to_its_pages_and_an_unpublished_one_none() {
    let mut doc = lier_json();
    doc["metadata"]["web_address"] = "https://www.example.org/rutine/".into();
    let published = routine_from(&doc);
    let card = export::render(Kind::PocketCard, &published).unwrap().bytes;
    let employees = "QR-kode til https://www.example.org/rutine/index.html";
    assert_eq!(figures(&card), vec![employees; 4], "one on each card");
    let citizens = "QR-kode til https://www.example.org/rutine/bekymret-for-noen/index.html";
    for kind in [Kind::Poster, Kind::PosterA3] {
        let poster = export::render(kind, &published).unwrap().bytes;
        assert_eq!(figures(&poster), [citizens], "{kind:?}");
        let text = Document::load_mem(&poster)
            .unwrap()
            .extract_text(&[1])
            .unwrap();
        assert!(
            text.contains("www.example.org/rutine/bekymret-for-noen/"),
            "{kind:?}: the address beside the code"
        );
    }
    assert_tagged(&[("published card".to_owned(), card)], "nb");
    let unpublished = lier_in(Language::Bokmal);
    for kind in [Kind::PocketCard, Kind::Poster, Kind::PosterA3] {
        let bytes = export::render(kind, &unpublished).unwrap().bytes;
        assert!(figures(&bytes).is_empty(), "{kind:?} without an address");
    }
}
