//! Each page's description for search engines (`<meta name="description">`): the text
//! of the page's first paragraph, cut at a word boundary to what a search result shows.

/// The most characters a description holds; search engines show about this many.
pub(super) const MOST: usize = 160;

/// The text of the first paragraph (`<p>`) of `html`, as maud writes it: its tags left
/// out, its characters unescaped, its white space single. A paragraph inside a list of
/// contacts (`<ul class="contacts">`, a contact's name or number) does not count, nor
/// does an empty one, nor one that is all bold (a headline, such as the poster's
/// messages above the citizens' page's introduction).
pub(super) fn first_paragraph(html: &str) -> Option<String> {
    let mut rest = html;
    let mut in_contacts = false;
    while let Some(open) = rest.find('<') {
        let tag_end = open + rest[open..].find('>')?;
        let tag = &rest[open + 1..tag_end];
        rest = &rest[tag_end + 1..];
        let name = tag.split_whitespace().next().unwrap_or_default();
        if name == "ul" && tag.contains("contacts") {
            in_contacts = true;
        } else if tag == "/ul" {
            // Contacts hold no list of their own, so this ends theirs.
            in_contacts = false;
        } else if !in_contacts && name == "p" {
            let end = rest.find("</p>")?;
            let inner = rest[..end].trim();
            let headline = inner.starts_with("<strong>")
                && inner.ends_with("</strong>")
                && inner.matches("<strong>").count() == 1;
            let text = words(&unescape(&without_tags(inner)));
            if !text.is_empty() && !headline {
                return Some(text);
            }
        }
    }
    None
}

/// `text` of at most [`MOST`] characters: whole when it fits, else cut after the last
/// word that fits with «…» added (and the punctuation before the cut left out). A first
/// word longer than that is cut inside.
pub(super) fn cut(text: &str) -> String {
    if text.chars().count() <= MOST {
        return text.to_owned();
    }
    // Room for the words, with one character kept for the ellipsis.
    let room: String = text.chars().take(MOST).collect();
    let head = match room.rfind(' ') {
        Some(space) if space > 0 => &room[..space],
        _ => {
            let end = room
                .char_indices()
                .nth(MOST - 1)
                .map_or(room.len(), |(i, _)| i);
            &room[..end]
        }
    };
    let head = head.trim_end_matches([',', ';', ':', '–', '-', ' ']);
    format!("{head}…")
}

fn without_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// maud's escapes undone: it writes `&amp;`, `&lt;`, `&gt;` and `&quot;`.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_stays_whole() {
        let text = "Kort tekst som passer.";
        assert_eq!(cut(text), text);
        let exactly = "a".repeat(MOST);
        assert_eq!(cut(&exactly), exactly);
    }

    #[test]
    fn a_long_text_is_cut_after_the_last_whole_word_that_fits() {
        let text = "Rutinen skal hjelpe ansatte i Lier kommune med å legge merke til tegn på \
                    selvmordsfare, spørre direkte om selvmordstanker og vite hvem de skal \
                    kontakte, både på dagtid og utenom åpningstidene.";
        let cut = cut(text);
        assert!(
            cut.chars().count() <= MOST,
            "{} characters",
            cut.chars().count()
        );
        assert!(cut.ends_with('…'));
        let kept = cut.trim_end_matches('…');
        assert!(text.starts_with(kept), "{kept}");
        // The cut falls between words: what follows in the text is a space.
        assert_eq!(text[kept.len()..].chars().next(), Some(' '), "{cut}");
        // And no later word would have fitted too.
        let next_word_end = text[kept.len() + 1..]
            .find(' ')
            .map_or(text.len(), |i| kept.len() + 1 + i);
        assert!(text[..next_word_end].chars().count() + 1 > MOST);
    }

    #[test]
    fn punctuation_before_the_cut_is_left_out() {
        let text = format!("{}, sammensatteordet og mer", "ord ".repeat(39).trim_end());
        assert_eq!(text.chars().position(|c| c == ','), Some(155));
        let cut = cut(&text);
        assert!(cut.ends_with("ord…"), "{cut}");
    }

    #[test]
    fn one_long_word_is_cut_inside_and_letters_are_never_split() {
        let text = "æ".repeat(MOST + 40);
        let cut = cut(&text);
        assert_eq!(cut.chars().count(), MOST);
        assert!(cut.ends_with("æ…"));
    }

    #[test]
    fn the_first_paragraph_outside_the_contacts_gives_its_text() {
        let html = "<ul><li><strong>Spør direkte</strong></li></ul><ul class=\"contacts\">\
                    <li><p class=\"contact-name\">Legevakt</p></li></ul><h2>Formål</h2>\
                    <p><strong>Vi har ingen å miste.</strong></p>\
                    <p>Rutinen  gjelder\n<strong>alle</strong> ansatte &amp; ledere.</p><p>Mer.</p>";
        assert_eq!(
            first_paragraph(html).as_deref(),
            Some("Rutinen gjelder alle ansatte & ledere.")
        );
        assert_eq!(first_paragraph("<ol><li>Kilde</li></ol><p> </p>"), None);
    }
}
