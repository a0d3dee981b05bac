//! Writes a printable as a tagged PDF that meets the machine-checkable part of PDF/UA-1:
//! printpdf's pages and fonts, and through lopdf the structure tree, the parent tree,
//! the link annotations, the document's language, its title in the reader's title bar,
//! and XMP metadata that names PDF/UA. The same input always gives the same bytes.

use std::io::Write as _;
use std::sync::OnceLock;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use lopdf::{Dictionary, Object, ObjectId, ObjectStreamConfig, SaveOptions, Stream, StringFormat};
use printpdf::{PdfDocument, PdfSaveOptions, PdfWarnMsg};

use super::pages::{Bookmark, PageTags};
use super::structure::{Attributes, Elem, Kid, Scope, StructTree};

/// What the file says about itself.
pub(crate) struct Identity<'t> {
    /// The title shown in the reader's title bar.
    pub title: &'t str,
    /// The routine's language: `nb`, `nn` or `en`.
    pub language: &'t str,
    pub author: &'t str,
    pub subject: &'t str,
    /// The routine's date, as `2026-11-29T12:00:00Z`.
    pub date: String,
}

/// The XMP packet, with places for the document's own values.
const XMP: &str = include_str!("../../assets/pdf/xmp.xml");

/// The colour profile every colour of the printables is meant in: sRGB (IEC 61966-2.1),
/// as Debian's `icc-profiles-free` ships it (Zlib licence, `assets/LICENSE-sRGB-icc.txt`).
const SRGB_PROFILE: &[u8] = include_bytes!("../../assets/pdf/sRGB.icc");

/// The output condition the profile stands for, as the output intent names it.
const SRGB_CONDITION: &[u8] = b"sRGB IEC61966-2.1";

/// An annotation's flags: `Print` (bit 3), so the link's area prints with its page, as
/// PDF/A asks, and no flag that hides it.
const ANNOTATION_PRINT: i64 = 4;

/// Stands in for the file's two ids until the bytes they are made from are known.
const ID_PLACEHOLDER: &[u8; 32] = b"RVIDRVIDRVIDRVIDRVIDRVIDRVIDRVID";

/// The finished file: `doc` holds the pages' drawing, `tags` each page's marked content
/// and links, `tree` the structure they belong to.
pub(crate) fn write(
    doc: &PdfDocument,
    tags: &[PageTags],
    tree: &StructTree,
    bookmarks: &[Bookmark],
    identity: &Identity<'_>,
) -> Vec<u8> {
    let mut warnings: Vec<PdfWarnMsg> = Vec::new();
    let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    let page_ids: Vec<ObjectId> = pdf.get_pages().into_values().collect();
    let structure = Structure::new(&mut pdf, tree);
    let annotations = annotate(&mut pdf, &page_ids, tags);
    let root = write_tree(&mut pdf, tree, &structure, &page_ids, &annotations, tags);
    // PDF/A: the metadata stays readable as it is, without a filter.
    let metadata = pdf.add_object(
        Stream::new(
            dict([
                (b"Type", Object::Name(b"Metadata".to_vec())),
                (b"Subtype", Object::Name(b"XML".to_vec())),
            ]),
            xmp(identity).into_bytes(),
        )
        .with_compression(false),
    );
    let output_intent = output_intent(&mut pdf);
    tidy_info(&mut pdf);
    if let Ok(catalog) = pdf.catalog_mut() {
        catalog.set(b"StructTreeRoot", Object::Reference(root));
        catalog.set(b"MarkInfo", dict([(b"Marked", Object::Boolean(true))]));
        catalog.set(b"Lang", Object::string_literal(identity.language));
        catalog.set(
            b"ViewerPreferences",
            dict([(b"DisplayDocTitle", Object::Boolean(true))]),
        );
        catalog.set(b"Metadata", Object::Reference(metadata));
        catalog.set(b"OutputIntents", Object::Array(vec![output_intent]));
    }
    if let Some(outlines) = outline(&mut pdf, bookmarks, &page_ids)
        && let Ok(catalog) = pdf.catalog_mut()
    {
        catalog.set(b"Outlines", Object::Reference(outlines));
        catalog.set(b"PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    for page_id in &page_ids {
        compact_text_strings(&mut pdf, *page_id);
    }
    pdf.version = "1.7".to_owned();
    let placeholder = Object::String(ID_PLACEHOLDER.to_vec(), StringFormat::Literal);
    pdf.trailer
        .set(b"ID", Object::Array(vec![placeholder.clone(), placeholder]));
    pdf.compress();
    end_streams_without_carriage_return(&mut pdf, &page_ids);
    let mut bytes = save(&mut pdf);
    fix_document_id(&mut bytes);
    bytes
}

/// How many objects go into each object stream, tried in turn until no stream's data
/// ends in a carriage return (see [`end_streams_without_carriage_return`]); `None`: no
/// object streams at all, the last resort.
const OBJECT_STREAM_SIZES: [Option<usize>; 5] = [Some(1000), Some(400), Some(150), Some(60), None];

/// The file's bytes, its objects packed into object streams and its cross-reference
/// stream compressed. lopdf makes the object streams and the cross-reference stream as
/// it saves; should one's data end in a carriage return, the objects are grouped
/// otherwise, which changes that data, and saved again: the same document always takes
/// the same turns, so it still always gives the same bytes.
fn save(pdf: &mut lopdf::Document) -> Vec<u8> {
    // Saving numbers the streams it makes after the document's objects, and writes the
    // cross-reference stream's dictionary into the trailer: each try starts from these.
    let (max_id, trailer) = (pdf.max_id, pdf.trailer.clone());
    let mut bytes = Vec::new();
    for size in OBJECT_STREAM_SIZES {
        pdf.max_id = max_id;
        pdf.trailer = trailer.clone();
        let options = SaveOptions {
            use_object_streams: size.is_some(),
            use_xref_streams: true,
            linearize: false,
            object_stream_config: ObjectStreamConfig {
                max_objects_per_stream: size.unwrap_or(1),
                compression_level: 9,
            },
        };
        let mut saved = Vec::new();
        // Writing to memory cannot fail.
        let _ = pdf.save_with_options(&mut saved, options);
        bytes = compress_xref_stream(saved);
        if find(&bytes, CR_BEFORE_ENDSTREAM).is_none() {
            break;
        }
    }
    bytes
}

/// A stream's data that ends in a carriage return, as lopdf writes it (`\nendstream`
/// after the data).
const CR_BEFORE_ENDSTREAM: &[u8] = b"\r\nendstream";

/// No stream's data may end in a carriage return: lopdf writes a line feed and
/// `endstream` after the data, and a reader such as a PDF/A checker then takes the
/// carriage return and the line feed for one end of line before `endstream`, counts the
/// data one byte short of its `/Length`, and fails the file. Compressed data ends in its
/// checksum, so about one stream in 256 would. A page's content stream gets a line
/// feed more (its drawing is the same; the checksum changes) until its compressed data
/// ends otherwise; any other such stream is stored uncompressed.
fn end_streams_without_carriage_return(pdf: &mut lopdf::Document, page_ids: &[ObjectId]) {
    let contents: Vec<ObjectId> = page_ids
        .iter()
        .filter_map(|page| pdf.get_dictionary(*page).ok()?.get(b"Contents").ok())
        .filter_map(|contents| contents.as_reference().ok())
        .collect();
    for (id, object) in pdf.objects.iter_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.content.last() != Some(&b'\r') {
            continue;
        }
        let Ok(plain) = stream.decompressed_content() else {
            continue;
        };
        let flate = stream
            .filters()
            .is_ok_and(|f| f == [b"FlateDecode".as_slice()]);
        if contents.contains(id) && flate {
            if let Some(compressed) = compressed_with_line_feeds(&plain) {
                stream.set_content(compressed);
            }
        } else if plain.last() != Some(&b'\r') {
            stream.dict.remove(b"Filter");
            stream.dict.remove(b"DecodeParms");
            stream.set_content(plain);
        }
    }
}

/// A page's drawing compressed with as few line feeds after it (up to eight) as make
/// the compressed data end in something other than a carriage return.
fn compressed_with_line_feeds(plain: &[u8]) -> Option<Vec<u8>> {
    (1..=8).find_map(|feeds| {
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(plain).ok()?;
        encoder.write_all(&vec![b'\n'; feeds]).ok()?;
        let compressed = encoder.finish().ok()?;
        (compressed.last() != Some(&b'\r')).then_some(compressed)
    })
}

/// The document information dictionary as the XMP says it, and nothing more: printpdf
/// also writes an empty PDF/X version (which readers such as poppler take for a claim
/// to PDF/X), empty keywords and identifier, and a trapping flag, none of which the
/// XMP repeats as PDF/A asks.
fn tidy_info(pdf: &mut lopdf::Document) {
    const KEPT: [&[u8]; 7] = [
        b"Title",
        b"Author",
        b"Subject",
        b"Creator",
        b"Producer",
        b"CreationDate",
        b"ModDate",
    ];
    let Some(info) = pdf
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|i| i.as_reference().ok())
    else {
        return;
    };
    if let Ok(dict) = pdf.get_object_mut(info).and_then(Object::as_dict_mut) {
        let dropped: Vec<Vec<u8>> = dict
            .iter()
            .map(|(key, _)| key.clone())
            .filter(|key| !KEPT.contains(&key.as_slice()))
            .collect();
        for key in dropped {
            dict.remove(&key);
        }
    }
}

/// The output intent for PDF/A: every colour drawn (printpdf draws in DeviceRGB) is
/// sRGB, with the profile embedded.
fn output_intent(pdf: &mut lopdf::Document) -> Object {
    let mut profile = dict([
        (b"N", Object::Integer(3)),
        (b"Alternate", Object::Name(b"DeviceRGB".to_vec())),
    ]);
    let content = match compressed_profile() {
        Some(compressed) => {
            profile.set(b"Filter", Object::Name(b"FlateDecode".to_vec()));
            compressed.to_vec()
        }
        None => SRGB_PROFILE.to_vec(),
    };
    let profile = pdf.add_object(Stream::new(profile, content));
    Object::Dictionary(dict([
        (b"Type", Object::Name(b"OutputIntent".to_vec())),
        (b"S", Object::Name(b"GTS_PDFA1".to_vec())),
        (
            b"OutputConditionIdentifier",
            Object::String(SRGB_CONDITION.to_vec(), StringFormat::Literal),
        ),
        (
            b"Info",
            Object::String(SRGB_CONDITION.to_vec(), StringFormat::Literal),
        ),
        (b"DestOutputProfile", Object::Reference(profile)),
    ]))
}

/// The sRGB profile compressed, once a run: the same bytes every time, without the work
/// for every printable.
fn compressed_profile() -> Option<&'static [u8]> {
    static COMPRESSED: OnceLock<Option<Vec<u8>>> = OnceLock::new();
    COMPRESSED
        .get_or_init(|| {
            let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
            encoder.write_all(SRGB_PROFILE).ok()?;
            encoder.finish().ok()
        })
        .as_deref()
}

/// The bookmarks as the document outline, nested by heading level, each opening its
/// heading's page at the heading; `None` for a one-page printable. A lone top heading
/// (the title, which the title bar shows) is left out, and its children lead.
fn outline(
    pdf: &mut lopdf::Document,
    bookmarks: &[Bookmark],
    page_ids: &[ObjectId],
) -> Option<ObjectId> {
    if page_ids.len() < 2 || bookmarks.is_empty() {
        return None;
    }
    let top = bookmarks.iter().map(|b| b.level).min().unwrap_or(1);
    let lone_title =
        bookmarks.iter().filter(|b| b.level == top).count() == 1 && bookmarks.len() > 1;
    let shown: Vec<&Bookmark> = bookmarks
        .iter()
        .filter(|b| !(lone_title && b.level == top))
        .collect();
    // Each bookmark's parent: the nearest bookmark before it of a lower level.
    let parents: Vec<Option<usize>> = (0..shown.len())
        .map(|i| (0..i).rev().find(|&j| shown[j].level < shown[i].level))
        .collect();
    let root = pdf.new_object_id();
    let ids: Vec<ObjectId> = shown.iter().map(|_| pdf.new_object_id()).collect();
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..shown.len()).filter(|&i| parents[i] == parent).collect()
    };
    for (i, bookmark) in shown.iter().enumerate() {
        let siblings = children(parents[i]);
        let place = siblings.iter().position(|&s| s == i).unwrap_or(0);
        let page = page_ids.get(bookmark.page).copied().unwrap_or(page_ids[0]);
        let mut item = dict([
            (b"Title", text_string(&bookmark.title)),
            (
                b"Parent",
                Object::Reference(parents[i].map_or(root, |p| ids[p])),
            ),
            (
                b"Dest",
                Object::Array(vec![
                    Object::Reference(page),
                    Object::Name(b"XYZ".to_vec()),
                    Object::Null,
                    Object::Real((bookmark.y * 100.0).round() / 100.0),
                    Object::Null,
                ]),
            ),
        ]);
        if place > 0 {
            item.set(b"Prev", Object::Reference(ids[siblings[place - 1]]));
        }
        if let Some(next) = siblings.get(place + 1) {
            item.set(b"Next", Object::Reference(ids[*next]));
        }
        let own = children(Some(i));
        if let (Some(first), Some(last)) = (own.first(), own.last()) {
            item.set(b"First", Object::Reference(ids[*first]));
            item.set(b"Last", Object::Reference(ids[*last]));
            // Closed: a negative count of what it holds.
            let below = (0..shown.len())
                .filter(|&j| ancestors(&parents, j).contains(&i))
                .count();
            item.set(b"Count", Object::Integer(-(below as i64)));
        }
        pdf.objects.insert(ids[i], Object::Dictionary(item));
    }
    let tops = children(None);
    let (first, last) = (*tops.first()?, *tops.last()?);
    let outlines = dict([
        (b"Type", Object::Name(b"Outlines".to_vec())),
        (b"First", Object::Reference(ids[first])),
        (b"Last", Object::Reference(ids[last])),
        (b"Count", Object::Integer(tops.len() as i64)),
    ]);
    pdf.objects.insert(root, Object::Dictionary(outlines));
    Some(root)
}

/// The bookmarks above bookmark `index`, nearest first.
fn ancestors(parents: &[Option<usize>], index: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = parents[index];
    while let Some(parent) = at {
        out.push(parent);
        at = parents[parent];
    }
    out
}

/// Rewrites the glyph strings printpdf writes in hexadecimal (`<0024003A>`) in a page's
/// content as literal strings of the same bytes: the same text in half the space.
fn compact_text_strings(pdf: &mut lopdf::Document, page_id: ObjectId) {
    let Some(contents) = pdf
        .get_dictionary(page_id)
        .ok()
        .and_then(|page| page.get(b"Contents").ok())
        .and_then(|c| c.as_reference().ok())
    else {
        return;
    };
    if let Ok(Object::Stream(stream)) = pdf.get_object_mut(contents) {
        let compact = literal_strings(&stream.content);
        stream.set_content(compact);
    }
}

/// `content` with each hexadecimal string as a literal one. A dictionary's `<<` is left
/// alone; so is anything that is not a whole hexadecimal string.
fn literal_strings(content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len());
    let mut at = 0;
    while at < content.len() {
        let byte = content[at];
        let hex_string = byte == b'<'
            && content.get(at + 1).is_some_and(u8::is_ascii_hexdigit)
            && content[at + 1..]
                .iter()
                .position(|b| *b == b'>')
                .is_some_and(|end| {
                    let digits = &content[at + 1..at + 1 + end];
                    digits.len().is_multiple_of(2) && digits.iter().all(u8::is_ascii_hexdigit)
                });
        if !hex_string {
            out.push(byte);
            at += 1;
            continue;
        }
        out.push(b'(');
        let mut digits = at + 1;
        while content[digits] != b'>' {
            let value = (hex_value(content[digits]) << 4) | hex_value(content[digits + 1]);
            match value {
                b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', value]),
                // A reader turns a bare carriage return into a line feed.
                b'\r' => out.extend_from_slice(b"\\r"),
                _ => out.push(value),
            }
            digits += 2;
        }
        out.push(b')');
        at = digits + 1;
    }
    out
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit.to_ascii_uppercase().wrapping_sub(b'A') + 10,
    }
}

/// lopdf writes its cross-reference stream uncompressed, seven bytes for every object,
/// and a tagged file has an object for every element. This writes it as other PDF
/// producers do: each field only as wide as it needs, rows predicted from the row above
/// (PNG's «Up»), compressed. A file of any other shape is returned as it is.
fn compress_xref_stream(bytes: Vec<u8>) -> Vec<u8> {
    repack_xref_stream(&bytes).unwrap_or(bytes)
}

fn repack_xref_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    const START: &[u8] = b"startxref\n";
    const STREAM: &[u8] = b">>stream\n";
    const END: &[u8] = b"\nendstream";
    const LENGTH: &[u8] = b"/Length ";
    const LOPDF_WIDTHS: &[u8] = b"/W[1 4 2]";
    let start = rfind(bytes, START)? + START.len();
    let offset = number_at(bytes, start)?;
    let object = bytes.get(offset..)?;
    let dict_end = find(object, STREAM)?;
    let data_start = dict_end + STREAM.len();
    let data_end = rfind(object, END).filter(|end| *end >= data_start)?;
    let dict = &object[..dict_end];
    let entries = &object[data_start..data_end];
    let widths_at = find(dict, LOPDF_WIDTHS)?;
    let length_at = rfind(dict, LENGTH)?;
    let length_end =
        length_at + LENGTH.len() + number_at(dict, length_at + LENGTH.len())?.to_string().len();
    if !entries.len().is_multiple_of(7) || widths_at > length_at {
        return None;
    }
    let (rows, [offset_width, index_width]) = narrow_rows(entries);
    let columns = 1 + offset_width + index_width;
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(&up_predicted(&rows, columns)).ok()?;
    let data = encoder.finish().ok()?;
    if data.last() == Some(&b'\r') {
        // Left as lopdf wrote it; see `end_streams_without_carriage_return`.
        return None;
    }
    let number = |n: usize| n.to_string().into_bytes();
    Some(
        [
            &bytes[..offset],
            &dict[..widths_at],
            b"/W[1 ",
            &number(offset_width),
            b" ",
            &number(index_width),
            b"]",
            &dict[widths_at + LOPDF_WIDTHS.len()..length_at],
            LENGTH,
            &number(data.len()),
            b"/Filter/FlateDecode/DecodeParms<</Predictor 12/Columns ",
            &number(columns),
            b">>",
            &dict[length_end..],
            STREAM,
            &data,
            b"\nendstream\nendobj\nstartxref\n",
            &number(offset),
            b"\n%%EOF",
        ]
        .concat(),
    )
}

/// The whole number written at `at`.
fn number_at(bytes: &[u8], at: usize) -> Option<usize> {
    let digits = bytes.get(at..)?.iter().take_while(|b| b.is_ascii_digit());
    digits.fold(None, |n: Option<usize>, d| {
        Some(n.unwrap_or(0) * 10 + usize::from(d - b'0'))
    })
}

/// lopdf's seven-byte entries (type, a four-byte offset or stream number, a two-byte
/// generation or index) with the two numbers only as wide as the largest needs.
fn narrow_rows(entries: &[u8]) -> (Vec<u8>, [usize; 2]) {
    let fields: Vec<(u8, u32, u16)> = entries
        .chunks_exact(7)
        .map(|e| {
            let offset = u32::from_be_bytes([e[1], e[2], e[3], e[4]]);
            (e[0], offset, u16::from_be_bytes([e[5], e[6]]))
        })
        .collect();
    let width = |max: u32| (4 - max.leading_zeros() as usize / 8).max(1);
    let offset_width = width(fields.iter().map(|f| f.1).max().unwrap_or(0));
    let index_width = width(fields.iter().map(|f| u32::from(f.2)).max().unwrap_or(0)).min(2);
    let mut rows = Vec::with_capacity(fields.len() * (1 + offset_width + index_width));
    for (kind, offset, index) in fields {
        rows.push(kind);
        rows.extend_from_slice(&offset.to_be_bytes()[4 - offset_width..]);
        rows.extend_from_slice(&index.to_be_bytes()[2 - index_width..]);
    }
    (rows, [offset_width, index_width])
}

/// Rows of `columns` bytes, each after PNG's «Up» filter byte and as its difference from
/// the row above.
fn up_predicted(rows: &[u8], columns: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows.len() + rows.len() / columns.max(1));
    let mut above = vec![0u8; columns];
    for row in rows.chunks_exact(columns) {
        out.push(2);
        out.extend(row.iter().zip(&above).map(|(b, a)| b.wrapping_sub(*a)));
        above.copy_from_slice(row);
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The object id of each element that holds something (empty ones are left out), and
/// of the structure tree's root.
struct Structure {
    elems: Vec<Option<ObjectId>>,
    root: ObjectId,
}

impl Structure {
    fn new(pdf: &mut lopdf::Document, tree: &StructTree) -> Structure {
        let elems = tree
            .with_content()
            .into_iter()
            .map(|kept| kept.then(|| pdf.new_object_id()))
            .collect();
        Structure {
            elems,
            root: pdf.new_object_id(),
        }
    }

    fn elem(&self, index: usize) -> Option<ObjectId> {
        self.elems.get(index).copied().flatten()
    }
}

/// Adds each page's link annotations (each pointing back to its `Link` element through
/// the parent tree), and marks the pages' keys in the parent tree and their tab order
/// as the structure's. Returns each page's annotation ids.
fn annotate(
    pdf: &mut lopdf::Document,
    page_ids: &[ObjectId],
    tags: &[PageTags],
) -> Vec<Vec<ObjectId>> {
    let mut key = page_ids.len() as i64;
    let mut all = Vec::new();
    for (index, (page_id, page)) in page_ids.iter().zip(tags).enumerate() {
        let mut ids = Vec::new();
        for area in &page.links {
            let action = dict([
                (b"S", Object::Name(b"URI".to_vec())),
                (b"URI", Object::string_literal(area.link.uri.as_str())),
            ]);
            let annotation = dict([
                (b"Type", Object::Name(b"Annot".to_vec())),
                (b"Subtype", Object::Name(b"Link".to_vec())),
                (b"Rect", numbers(&area.rect)),
                (b"Border", Object::Array(vec![0.into(), 0.into(), 0.into()])),
                (b"Contents", text_string(&area.link.description)),
                (b"A", Object::Dictionary(action)),
                (b"StructParent", Object::Integer(key)),
                (b"F", Object::Integer(ANNOTATION_PRINT)),
            ]);
            key += 1;
            ids.push(pdf.add_object(annotation));
        }
        if let Ok(dict) = pdf.get_object_mut(*page_id).and_then(Object::as_dict_mut) {
            dict.set(
                b"Annots",
                Object::Array(ids.iter().map(|id| Object::Reference(*id)).collect()),
            );
            dict.set(b"StructParents", Object::Integer(index as i64));
            dict.set(b"Tabs", Object::Name(b"S".to_vec()));
        }
        all.push(ids);
    }
    all
}

/// Writes every kept element, the parent tree and the root; returns the root's id.
fn write_tree(
    pdf: &mut lopdf::Document,
    tree: &StructTree,
    structure: &Structure,
    page_ids: &[ObjectId],
    annotations: &[Vec<ObjectId>],
    tags: &[PageTags],
) -> ObjectId {
    for (index, elem) in tree.elems().iter().enumerate() {
        let Some(id) = structure.elem(index) else {
            continue;
        };
        let dict = elem_dict(elem, structure, page_ids, annotations);
        pdf.objects.insert(id, Object::Dictionary(dict));
    }
    let mut nums = Vec::new();
    for (index, page) in tags.iter().enumerate() {
        nums.push(Object::Integer(index as i64));
        nums.push(Object::Array(
            page.marks
                .iter()
                .map(|elem| {
                    structure
                        .elem(elem.index())
                        .map_or(Object::Null, Object::Reference)
                })
                .collect(),
        ));
    }
    let mut key = tags.len() as i64;
    for page in tags {
        for area in &page.links {
            nums.push(Object::Integer(key));
            nums.push(
                structure
                    .elem(area.elem.index())
                    .map_or(Object::Null, Object::Reference),
            );
            key += 1;
        }
    }
    let parent_tree = pdf.add_object(dict([(b"Nums", Object::Array(nums))]));
    let document = structure
        .elem(tree.root().index())
        .map_or(Object::Array(Vec::new()), Object::Reference);
    let root = dict([
        (b"Type", Object::Name(b"StructTreeRoot".to_vec())),
        (b"K", document),
        (b"ParentTree", Object::Reference(parent_tree)),
        (b"ParentTreeNextKey", Object::Integer(key)),
    ]);
    pdf.objects.insert(structure.root, Object::Dictionary(root));
    structure.root
}

/// One element: its type, parent, page, kids in reading order, and attributes.
fn elem_dict(
    elem: &Elem,
    structure: &Structure,
    page_ids: &[ObjectId],
    annotations: &[Vec<ObjectId>],
) -> Dictionary {
    let parent = elem
        .parent
        .and_then(|p| structure.elem(p.index()))
        .unwrap_or(structure.root);
    // The element's page: that of its first content; other pages' content says its own.
    let home = elem.kids.iter().find_map(|kid| match kid {
        Kid::Content { page, .. } | Kid::Annotation { page, .. } => Some(*page),
        Kid::Elem(_) => None,
    });
    let page_ref = |page: usize| {
        page_ids
            .get(page)
            .map_or(Object::Null, |id| Object::Reference(*id))
    };
    let kids: Vec<Object> = elem
        .kids
        .iter()
        .filter_map(|kid| match *kid {
            Kid::Elem(child) => structure.elem(child.index()).map(Object::Reference),
            Kid::Content { page, mcid } if Some(page) == home => Some(Object::Integer(mcid as i64)),
            Kid::Content { page, mcid } => Some(Object::Dictionary(dict([
                (b"Type", Object::Name(b"MCR".to_vec())),
                (b"Pg", page_ref(page)),
                (b"MCID", Object::Integer(mcid as i64)),
            ]))),
            Kid::Annotation { page, index } => {
                let annotation = annotations.get(page)?.get(index)?;
                Some(Object::Dictionary(dict([
                    (b"Type", Object::Name(b"OBJR".to_vec())),
                    (b"Obj", Object::Reference(*annotation)),
                ])))
            }
        })
        .collect();
    let mut dict = dict([
        (b"S", Object::Name(elem.role.name().to_vec())),
        (b"P", Object::Reference(parent)),
        (b"K", one_or_many(kids)),
    ]);
    if let Some(page) = home {
        dict.set(b"Pg", page_ref(page));
    }
    attributes(&elem.attributes, &mut dict);
    dict
}

/// The element's attributes: `/Alt`, and `/A` with the table, list and layout owners.
fn attributes(attributes: &Attributes, elem: &mut Dictionary) {
    if let Some(alt) = &attributes.alt {
        elem.set(b"Alt", text_string(alt));
    }
    let mut owned = Vec::new();
    if let Some(scope) = attributes.scope {
        let scope: &[u8] = match scope {
            Scope::Row => b"Row",
            Scope::Column => b"Column",
        };
        owned.push(dict([
            (b"O", Object::Name(b"Table".to_vec())),
            (b"Scope", Object::Name(scope.to_vec())),
        ]));
    }
    if let Some(numbering) = attributes.numbering {
        owned.push(dict([
            (b"O", Object::Name(b"List".to_vec())),
            (b"ListNumbering", Object::Name(numbering.name().to_vec())),
        ]));
    }
    if let Some(bbox) = attributes.bbox {
        owned.push(dict([
            (b"O", Object::Name(b"Layout".to_vec())),
            (b"BBox", numbers(&bbox)),
        ]));
    }
    match owned.len() {
        0 => {}
        1 => elem.set(b"A", Object::Dictionary(owned.remove(0))),
        _ => elem.set(
            b"A",
            Object::Array(owned.into_iter().map(Object::Dictionary).collect()),
        ),
    }
}

/// A single kid as itself, several as an array.
fn one_or_many(mut kids: Vec<Object>) -> Object {
    if kids.len() == 1 {
        kids.remove(0)
    } else {
        Object::Array(kids)
    }
}

/// A dictionary of PDF names and values.
fn dict<const N: usize>(entries: [(&[u8], Object); N]) -> Dictionary {
    let mut dict = Dictionary::new();
    for (key, value) in entries {
        dict.set(key, value);
    }
    dict
}

fn numbers(values: &[f32]) -> Object {
    Object::Array(
        values
            .iter()
            .map(|v| Object::Real((v * 100.0).round() / 100.0))
            .collect(),
    )
}

/// A PDF text string: plain for ASCII, else UTF-16BE with its byte-order mark.
fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::string_literal(text);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Literal)
}

/// The XMP metadata: title, author, subject, language, dates, producer, the PDF/A
/// identification (part 2, conformance A) and the PDF/UA identification (part 1), with
/// the extension schema PDF/A asks for PDF/UA's property.
fn xmp(identity: &Identity<'_>) -> String {
    let Identity {
        title,
        language,
        author,
        subject,
        date,
    } = identity;
    crate::i18n::fill(
        XMP,
        &[
            ("title", &escape(title)),
            ("author", &escape(author)),
            ("subject", &escape(subject)),
            ("language", &escape(language)),
            ("date", date),
        ],
    )
}

/// Text made safe inside XML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Replaces the two id placeholders with a digest of the document itself, of the same
/// length, so the same routine always gives the same bytes.
fn fix_document_id(bytes: &mut [u8]) {
    let digest = fnv1a(bytes);
    let id = format!("{digest:016X}{:016X}", digest.rotate_left(32));
    let mut at = 0;
    while let Some(found) = bytes[at..]
        .windows(ID_PLACEHOLDER.len())
        .position(|w| w == ID_PLACEHOLDER)
    {
        let start = at + found;
        bytes[start..start + ID_PLACEHOLDER.len()].copy_from_slice(id.as_bytes());
        at = start + ID_PLACEHOLDER.len();
    }
}

/// The 64-bit FNV-1a hash: small, stable across versions, enough for a document id.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_are_ascii_or_utf16_with_a_bom() {
        assert_eq!(
            text_string("Ring 113"),
            Object::String(b"Ring 113".to_vec(), StringFormat::Literal)
        );
        let Object::String(bytes, _) = text_string("Avkrysningsrute ø") else {
            panic!("a string");
        };
        assert_eq!(&bytes[..2], &[0xFE, 0xFF]);
        assert_eq!(&bytes[bytes.len() - 2..], &[0x00, 0xF8]);
    }

    #[test]
    fn xmp_names_pdf_ua_and_pdf_a_and_escapes_the_title() {
        let xmp = xmp(&Identity {
            title: "Rutine <A & B>",
            language: "nn",
            author: "Lier kommune",
            subject: "Versjon 0.2",
            date: "2026-11-29T12:00:00Z".to_owned(),
        });
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"));
        assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
        assert!(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"));
        assert!(!xmp.contains('{'), "a place left unfilled");
        assert!(xmp.contains("Rutine &lt;A &amp; B&gt;"));
        assert!(xmp.contains("<rdf:li>nn</rdf:li>"));
    }

    #[test]
    fn hexadecimal_strings_become_literal_and_dictionaries_stay() {
        let content = b"/P <</MCID 0>> BDC\nBT\n<0028005C0029000D> Tj\nET\nEMC";
        assert_eq!(
            literal_strings(content),
            b"/P <</MCID 0>> BDC\nBT\n(\0\\(\0\\\\\0\\)\0\\r) Tj\nET\nEMC".to_vec()
        );
        assert_eq!(literal_strings(b"<0A1> Tj <zz>"), b"<0A1> Tj <zz>".to_vec());
    }

    #[test]
    fn cross_reference_rows_shrink_to_the_widths_they_need() {
        let entries = [[1, 0, 0, 0x01, 0x0F, 0, 0], [2, 0, 0, 0, 0x34, 0, 7]].concat();
        let (rows, widths) = narrow_rows(&entries);
        assert_eq!(widths, [2, 1]);
        assert_eq!(rows, [1, 0x01, 0x0F, 0, 2, 0, 0x34, 7]);
        assert_eq!(
            up_predicted(&rows, 4),
            [2, 1, 0x01, 0x0F, 0, 2, 1, 0xFF, 0x34 - 0x0F, 7]
        );
    }

    #[test]
    fn a_content_stream_whose_compressed_data_ends_in_a_carriage_return_gets_a_line_feed() {
        let compress = |content: &[u8]| {
            let mut encoder = ZlibEncoder::new(Vec::new(), Compression::best());
            encoder.write_all(content).unwrap();
            encoder.finish().unwrap()
        };
        // Drawing whose compressed form ends in a carriage return, and a font-like
        // stream that does too: the checksum's last byte is the low byte of one plus
        // the sum of the bytes, so one of 256 last bytes gives it.
        let ending_in_cr = |prefix: &str| {
            (0..=u8::MAX)
                .map(|last| [prefix.as_bytes(), &[last]].concat())
                .find(|content| compress(content).last() == Some(&b'\r'))
                .unwrap()
        };
        let drawing = ending_in_cr("BT /F1 12 Tf (Ring 113) Tj ET % ");
        let other = ending_in_cr("font data ");
        let mut pdf = lopdf::Document::with_version("1.7");
        let flate = |content: &[u8]| {
            Stream::new(
                dict([(b"Filter", Object::Name(b"FlateDecode".to_vec()))]),
                compress(content),
            )
        };
        let contents = pdf.add_object(flate(&drawing));
        let font = pdf.add_object(flate(&other));
        let page = pdf.add_object(dict([(b"Contents", Object::Reference(contents))]));
        end_streams_without_carriage_return(&mut pdf, &[page]);
        let stream = |id| pdf.get_object(id).unwrap().as_stream().unwrap();
        let fixed = stream(contents);
        assert_ne!(fixed.content.last(), Some(&b'\r'));
        let plain = fixed.decompressed_content().unwrap();
        assert!(plain.starts_with(&drawing) && plain[drawing.len()..].iter().all(|b| *b == b'\n'));
        let font = stream(font);
        assert!(!font.dict.has(b"Filter"), "stored as it is");
        assert_eq!(font.content, other);
    }

    #[test]
    fn both_ids_are_replaced_by_the_same_digest() {
        let mut bytes =
            b"x/ID[(RVIDRVIDRVIDRVIDRVIDRVIDRVIDRVID)(RVIDRVIDRVIDRVIDRVIDRVIDRVIDRVID)]".to_vec();
        fix_document_id(&mut bytes);
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.contains("RVID"));
        let ids: Vec<&str> = text.split(['(', ')']).filter(|s| s.len() == 32).collect();
        assert_eq!(ids.len(), 2);
        assert_eq!(ids[0], ids[1]);
    }
}
