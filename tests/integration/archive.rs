//! The printables are PDF/A-2a as well as PDF/UA-1, so a municipal archive takes them as
//! they are, read back from their bytes with lopdf: an sRGB output intent with the
//! profile embedded, XMP that is well-formed XML naming PDF/A-2a and PDF/UA-1 and
//! declaring PDF/UA's property in an extension schema, an unfiltered metadata stream,
//! an information dictionary that says what the XMP says, link annotations flagged to
//! print, and a file identifier derived from the content. For every kind, in all three
//! languages and for the nynorsk template. `.ci/pdf/check.py` reads the same files with
//! an independent PDF/A-2a and PDF/UA-1 validator.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Document, Object};
use rutineveileder::checks::check_bytes;
use rutineveileder::export::{self, Kind};
use rutineveileder::i18n::Language;
use rutineveileder::routine::Routine;
use serde_json::Value;

use crate::support::{every_kind, lier_file, today};

/// The profile the program embeds, as Debian's `icc-profiles-free` ships it.
const SRGB: &[u8] = include_bytes!("../../assets/pdf/sRGB.icc");

/// The namespaces PDF/A predefines for XMP (ISO 19005-2, 6.6.2.3.2, those the program
/// uses), and the three that declare an extension schema.
const PREDEFINED: [&str; 8] = [
    "http://purl.org/dc/elements/1.1/",
    "http://ns.adobe.com/xap/1.0/",
    "http://ns.adobe.com/pdf/1.3/",
    "http://www.aiim.org/pdfa/ns/id/",
    "http://www.aiim.org/pdfa/ns/extension/",
    "http://www.aiim.org/pdfa/ns/schema#",
    "http://www.aiim.org/pdfa/ns/property#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
];

const PDFUA_ID: &str = "http://www.aiim.org/pdfua/ns/id/";

fn lier_in(language: Language) -> Routine {
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(lier_file()).unwrap()).unwrap();
    doc["metadata"]["language"] = language.code().into();
    // A published routine: the pocket card and the posters then carry QR codes and
    // links to the pages as well.
    doc["metadata"]["web_address"] = "https://www.example.org/rutine/".into();
    check_bytes(&serde_json::to_vec(&doc).unwrap(), today())
        .routine
        .expect("a valid routine")
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).expect("a referenced object"),
        other => other,
    }
}

fn text(object: &Object) -> String {
    match object {
        Object::String(bytes, _) if bytes.starts_with(&[0xFE, 0xFF]) => {
            let units: Vec<u16> = bytes[2..]
                .chunks(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).expect("UTF-16")
        }
        Object::String(bytes, _) => String::from_utf8(bytes.clone()).expect("ASCII"),
        other => panic!("not a string: {other:?}"),
    }
}

/// One XMP property: its namespace, its local name, and its text (the text of the
/// first `rdf:li` for a list).
#[derive(Debug)]
struct Property {
    namespace: String,
    name: String,
    text: String,
}

/// The XMP packet read as XML: every property that holds text, with its namespace
/// resolved. Panics where the XML is not well-formed (a
/// tokenizer error, an end tag that does not close the open element, an unknown
/// prefix).
fn xmp_properties(xmp: &str) -> Vec<Property> {
    use xmlparser::{ElementEnd, Token, Tokenizer};
    // The open elements: (prefix, local name, the namespaces it declares).
    let mut open: Vec<(String, String, BTreeMap<String, String>)> = Vec::new();
    let mut pending: Option<(String, String, BTreeMap<String, String>)> = None;
    let mut properties = Vec::new();
    let namespace_of = |open: &[(String, String, BTreeMap<String, String>)], prefix: &str| {
        open.iter()
            .rev()
            .find_map(|(_, _, declared)| declared.get(prefix).cloned())
            .unwrap_or_else(|| panic!("the prefix {prefix} is not declared"))
    };
    for token in Tokenizer::from(xmp) {
        match token.expect("well-formed XML") {
            Token::ElementStart { prefix, local, .. } => {
                pending = Some((prefix.to_string(), local.to_string(), BTreeMap::new()));
            }
            Token::Attribute {
                prefix,
                local,
                value,
                ..
            } => {
                let element = pending.as_mut().expect("an attribute inside a tag");
                if prefix.as_str() == "xmlns" {
                    element.2.insert(local.to_string(), value.to_string());
                }
            }
            Token::ElementEnd { end, .. } => match end {
                ElementEnd::Open => open.push(pending.take().expect("a start tag")),
                ElementEnd::Empty => drop(pending.take()),
                ElementEnd::Close(prefix, local) => {
                    let (open_prefix, open_local, _) = open.pop().expect("an open element");
                    assert_eq!(
                        (open_prefix.as_str(), open_local.as_str()),
                        (prefix.as_str(), local.as_str()),
                        "an end tag that closes another element"
                    );
                }
            },
            Token::Text { text } if !text.as_str().trim().is_empty() => {
                // The property is the innermost element that is not RDF's own (a list or
                // its item).
                let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
                let (prefix, name, _) = open
                    .iter()
                    .rev()
                    .find(|(prefix, ..)| namespace_of(&open, prefix) != rdf)
                    .expect("text inside a property");
                properties.push(Property {
                    namespace: namespace_of(&open, prefix),
                    name: name.clone(),
                    text: unescape(text.as_str()),
                });
            }
            _ => {}
        }
    }
    assert!(open.is_empty(), "elements left open: {open:?}");
    properties
}

/// XML's five predefined entities resolved (the only ones the program writes).
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn property<'a>(properties: &'a [Property], namespace: &str, name: &str) -> Vec<&'a str> {
    properties
        .iter()
        .filter(|p| p.namespace == namespace && p.name == name)
        .map(|p| p.text.as_str())
        .collect()
}

/// Every way the file falls short of PDF/A-2a as far as its bytes show, as sentences.
fn problems(name_of_file: &str, bytes: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(bytes).expect("a PDF");
    let mut found = Vec::new();
    let mut problem = |text: String| found.push(format!("{name_of_file}: {text}"));
    if !bytes.starts_with(b"%PDF-1.7") {
        problem("the header is not PDF 1.7".into());
    }
    // A stream's data ending in a carriage return reads, before the line feed and
    // `endstream`, as one byte shorter than its /Length.
    let cr_ends = bytes
        .windows(b"\r\nendstream".len())
        .filter(|w| *w == b"\r\nendstream")
        .count();
    if cr_ends > 0 {
        problem(format!("{cr_ends} streams' data end in a carriage return"));
    }
    let catalog = doc.catalog().unwrap();

    // The output intent: sRGB, with the profile's own bytes.
    let intents = catalog
        .get(b"OutputIntents")
        .map(|i| resolve(&doc, i).as_array().unwrap().clone())
        .unwrap_or_default();
    if intents.len() != 1 {
        problem(format!("{} output intents, not one", intents.len()));
    }
    for intent in &intents {
        let intent = resolve(&doc, intent).as_dict().unwrap();
        let s = intent
            .get(b"S")
            .and_then(Object::as_name)
            .unwrap_or_default();
        if s != b"GTS_PDFA1" {
            problem(format!(
                "the output intent is for {:?}",
                String::from_utf8_lossy(s)
            ));
        }
        let condition = intent.get(b"OutputConditionIdentifier").map(text).ok();
        if condition.as_deref() != Some("sRGB IEC61966-2.1") {
            problem(format!("the output condition is {condition:?}"));
        }
        let profile = resolve(&doc, intent.get(b"DestOutputProfile").unwrap())
            .as_stream()
            .unwrap();
        let components = profile.dict.get(b"N").and_then(Object::as_i64).ok();
        if components != Some(3) {
            problem(format!("the profile has {components:?} components, not 3"));
        }
        let content = profile
            .decompressed_content()
            .unwrap_or(profile.content.clone());
        if content != SRGB {
            problem("the embedded profile is not assets/pdf/sRGB.icc".into());
        }
        // An ICC profile's header: its signature, an RGB display profile.
        if &content[36..40] != b"acsp" || &content[12..20] != b"mntrRGB " {
            problem("the embedded profile is not an RGB display profile".into());
        }
    }

    // The metadata: unfiltered, well-formed, naming both parts, with PDF/UA's schema.
    let metadata = resolve(&doc, catalog.get(b"Metadata").unwrap())
        .as_stream()
        .unwrap();
    if metadata.dict.has(b"Filter") {
        problem("the metadata stream is filtered".into());
    }
    let content = metadata
        .decompressed_content()
        .unwrap_or(metadata.content.clone());
    let xmp = String::from_utf8(content).expect("XMP in UTF-8");
    let properties = xmp_properties(&xmp);
    let pdfa = "http://www.aiim.org/pdfa/ns/id/";
    if property(&properties, pdfa, "part") != ["2"]
        || property(&properties, pdfa, "conformance") != ["A"]
    {
        problem("the XMP does not name PDF/A-2a".into());
    }
    if property(&properties, PDFUA_ID, "part") != ["1"] {
        problem("the XMP does not name PDF/UA-1".into());
    }
    let schema = "http://www.aiim.org/pdfa/ns/schema#";
    let declared = property(&properties, schema, "namespaceURI");
    let property_ns = "http://www.aiim.org/pdfa/ns/property#";
    let declared_properties: Vec<(&str, &str)> = property(&properties, property_ns, "name")
        .into_iter()
        .zip(property(&properties, property_ns, "valueType"))
        .collect();
    if declared != [PDFUA_ID]
        || property(&properties, schema, "prefix") != ["pdfuaid"]
        || declared_properties != [("part", "Integer")]
    {
        problem(format!(
            "the extension schemas declare {declared:?} with {declared_properties:?}, not \
             PDF/UA's part as an Integer"
        ));
    }
    for p in &properties {
        let known = PREDEFINED.contains(&p.namespace.as_str())
            || (declared.contains(&p.namespace.as_str())
                && declared_properties.iter().any(|(name, _)| *name == p.name));
        if !known {
            problem(format!(
                "{}{} is neither predefined nor declared",
                p.namespace, p.name
            ));
        }
    }

    // The information dictionary says what the XMP says, and nothing else.
    let info_id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_id).unwrap();
    let dc = "http://purl.org/dc/elements/1.1/";
    let xmp_ns = "http://ns.adobe.com/xap/1.0/";
    let pairs: [(&[u8], &str, &str); 5] = [
        (b"Title", dc, "title"),
        (b"Author", dc, "creator"),
        (b"Subject", dc, "description"),
        (b"Creator", xmp_ns, "CreatorTool"),
        (b"Producer", "http://ns.adobe.com/pdf/1.3/", "Producer"),
    ];
    for (key, namespace, name) in pairs {
        let in_info = info.get(key).map(text).ok();
        let in_xmp = property(&properties, namespace, name);
        if in_info.as_deref().map(|t| vec![t]) != Some(in_xmp.clone()) {
            problem(format!(
                "/{} is {in_info:?} but the XMP says {in_xmp:?}",
                String::from_utf8_lossy(key)
            ));
        }
    }
    let date = info.get(b"CreationDate").map(text).ok();
    let xmp_date = property(&properties, xmp_ns, "CreateDate");
    let as_pdf_date = xmp_date.first().map(|d| {
        format!(
            "D:{}+00'00'",
            d.trim_end_matches('Z').replace(['-', ':', 'T'], "")
        )
    });
    if date.is_none() || date != as_pdf_date {
        problem(format!(
            "/CreationDate {date:?} against the XMP's {xmp_date:?}"
        ));
    }
    let keys: Vec<String> = info
        .iter()
        .map(|(key, _)| String::from_utf8_lossy(key).into_owned())
        .collect();
    let expected = [
        "Title",
        "Author",
        "Subject",
        "Creator",
        "Producer",
        "CreationDate",
        "ModDate",
    ];
    if keys.iter().any(|key| !expected.contains(&key.as_str())) {
        problem(format!("the information dictionary holds {keys:?}"));
    }

    // Every annotation prints and none hides: Print set; Invisible, Hidden, NoView,
    // ToggleNoView clear.
    for (number, page) in doc.get_pages() {
        let page_dict = doc.get_dictionary(page).unwrap();
        let annotations = page_dict
            .get(b"Annots")
            .map(|a| resolve(&doc, a).as_array().unwrap().clone())
            .unwrap_or_default();
        for annotation in annotations {
            let annotation: &Dictionary = resolve(&doc, &annotation).as_dict().unwrap();
            let flags = annotation.get(b"F").and_then(Object::as_i64).ok();
            if flags.is_none_or(|f| f & 4 == 0 || f & (1 | 2 | 32 | 256) != 0) {
                problem(format!(
                    "page {number}: an annotation's flags are {flags:?}"
                ));
            }
        }
    }

    // The file identifier: two equal strings of 32 hexadecimal digits.
    let ids = doc
        .trailer
        .get(b"ID")
        .and_then(Object::as_array)
        .map(|ids| ids.iter().map(|id| id.as_str().unwrap().to_vec()).collect())
        .unwrap_or_else(|_| Vec::new());
    let well_formed = |id: &Vec<u8>| id.len() == 32 && id.iter().all(u8::is_ascii_hexdigit);
    if ids.len() != 2 || ids[0] != ids[1] || !ids.iter().all(well_formed) {
        problem(format!("the file identifier is {ids:?}"));
    }
    found
}

fn assert_archivable(files: &[(String, Vec<u8>)]) {
    let found: Vec<String> = files
        .iter()
        .flat_map(|(name, bytes)| problems(name, bytes))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn every_printable_is_pdf_a_2a_in_every_language() {
    for language in Language::ALL {
        assert_archivable(&every_kind(&lier_in(language)));
    }
}

#[test]
fn the_nynorsk_template_prints_pdf_a_2a() {
    let routine = rutineveileder::checks::template("nn", today()).unwrap();
    assert_archivable(&every_kind(&routine));
}

/// About one stream in 256 would end its compressed data in a carriage return. The
/// English revision report's object stream does as lopdf first packs it (so the file is
/// saved again with its objects grouped otherwise), and over 40 days the pages' content
/// streams, which hold the date, give more chances (`tagged.rs` tests a content stream
/// that does).
#[test]
fn no_stream_ends_in_a_carriage_return_on_any_day() {
    let routine = lier_in(Language::English);
    let files: Vec<(String, Vec<u8>)> = (0..40)
        .map(|day| {
            let date = today() + chrono::Days::new(day);
            let report = export::revision_report(&routine, Some(&routine), date).unwrap();
            (format!("RevisionReport of {date}"), report.bytes)
        })
        .collect();
    let streams: usize = files
        .iter()
        .map(|(_, bytes)| bytes.windows(9).filter(|w| *w == b"endstream").count())
        .sum();
    assert!(streams > 600, "{streams} streams");
    assert_archivable(&files);
}

#[test]
fn the_file_identifier_changes_with_the_content_and_only_with_it() {
    fn id(bytes: &[u8]) -> Vec<u8> {
        let doc = Document::load_mem(bytes).unwrap();
        let ids = doc.trailer.get(b"ID").unwrap().as_array().unwrap();
        ids[0].as_str().unwrap().to_vec()
    }
    let routine = lier_in(Language::Bokmal);
    let mut changed = routine.clone();
    changed.metadata.version = rutineveileder::routine::write::bump(&routine.metadata.version);
    for kind in Kind::ALL {
        let first = export::render(kind, &routine).unwrap().bytes;
        let again = export::render(kind, &routine).unwrap().bytes;
        let other = export::render(kind, &changed).unwrap().bytes;
        assert_eq!(id(&first), id(&again), "{kind:?}");
        assert_ne!(id(&first), id(&other), "{kind:?}");
    }
}

#[test]
fn a_title_with_markup_characters_keeps_the_xmp_well_formed() {
    let mut routine = lier_in(Language::Bokmal);
    routine.metadata.title = "Rutine <for> «A & B» 'selvmordsrisiko' \"Lier\"".into();
    let bytes = export::render(Kind::Checklist, &routine).unwrap().bytes;
    assert_archivable(&[("Checklist".to_owned(), bytes)]);
}
