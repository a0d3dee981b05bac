//! Texts of the printables screen. The printed documents themselves are in the
//! routine's language and do not come from here.

texts! {
    Print {
        title: ["Utskrifter", "Utskrifter", "Printables"],
        made_from: [
            "Alle utskrifter lages fra rutinen som er i bruk: {title}, versjon {version}.",
            "Alle utskrifter blir laga frå rutinen som er i bruk: {title}, versjon {version}.",
            "All printables are made from the routine in use: {title}, version {version}.",
        ],
        in_routine_language: [
            "Utskriftene trykker rutinens innhold og er derfor på rutinens språk.",
            "Utskriftene trykkjer innhaldet i rutinen og er difor på språket til rutinen.",
            "The printables print the routine's content, so they are in the routine's language.",
        ],
        kind_pocket_card: ["Lommekort", "Lommekort", "Pocket card"],
        kind_handout: [
            "Rutinen som hefte (A4)",
            "Rutinen som hefte (A4)",
            "The routine as a handout (A4)",
        ],
        kind_checklist: [
            "Henvisningssjekkliste (A4)",
            "Tilvisingssjekkliste (A4)",
            "Referral checklist (A4)",
        ],
        kind_poster: [
            "Informasjonsplakat for skjerm (16:9)",
            "Informasjonsplakat for skjerm (16:9)",
            "Information poster for screens (16:9)",
        ],
        kind_poster_a3: [
            "Informasjonsplakat for utskrift (A3)",
            "Informasjonsplakat for utskrift (A3)",
            "Information poster for printing (A3)",
        ],
        kind_slides: [
            "Lysbilder til opplæring (16:9)",
            "Lysbilete til opplæring (16:9)",
            "Training slides (16:9)",
        ],
        kind_slide_notes: [
            "Lysbilder med notater til kursholderen (A4)",
            "Lysbilete med notat til kurshaldaren (A4)",
            "Training slides with notes for the trainer (A4)",
        ],
        kind_revision_report: [
            "Revisjonsrapport (A4)",
            "Revisjonsrapport (A4)",
            "Revision report (A4)",
        ],
        folder: ["Mappe", "Mappe", "Folder"],
        web_heading: ["Nettsted", "Nettstad", "Web site"],
        web_explained: [
            "Rutinen som nettsider for mobil og intranett, og en egen side for innbyggere. Sidene virker rett fra mappen, uten server, og er på rutinens språk.",
            "Rutinen som nettsider for mobil og intranett, og ei eiga side for innbyggjarar. Sidene verkar rett frå mappa, utan tenar, og er på språket til rutinen.",
            "The routine as web pages for phones and the intranet, and a page of its own for citizens. The pages work straight from the folder, with no server, and are in the routine's language.",
        ],
        web_save: ["Lag nettsted i mappen over", "Lag nettstad i mappa over", "Make the web site in the folder above"],
        web_choose_folder: ["Lag nettsted i mappe…", "Lag nettstad i mappe…", "Make the web site in a folder…"],
        file_name: ["Filnavn", "Filnamn", "File name"],
        save_pdf: ["Lagre PDF", "Lagre PDF", "Save PDF"],
        saved: ["Lagret: {file}", "Lagra: {file}", "Saved: {file}"],
        warning: ["OBS: {warning}", "OBS: {warning}", "Note: {warning}"],
        placeholder_printed: [
            "«{name}» mangler nummer og står som «{gap}» i utskriften.",
            "«{name}» manglar nummer og står som «{gap}» i utskrifta.",
            "“{name}” has no number and is printed as “{gap}”.",
        ],
        open_file: ["Åpne filen", "Opne fila", "Open the file"],
        save_as: ["Lagre som…", "Lagre som…", "Save as…"],
        show_in_folder: ["Vis i mappe", "Vis i mappe", "Show in folder"],
        could_not_show: [
            "Programmet kunne ikke åpne den for deg. Filen ligger her: {file}",
            "Programmet kunne ikkje opne fila for deg. Ho ligg her: {file}",
            "The program could not open it for you. The file is here: {file}",
        ],
        font_unreadable: [
            "skriften som skal bygges inn i PDF-en, kunne ikke leses",
            "skrifta som skal byggjast inn i PDF-en, kunne ikkje lesast",
            "the font to embed in the PDF could not be read",
        ],
        cannot_write: [
            "kunne ikke skrive {file}: {error}",
            "kunne ikkje skrive {file}: {error}",
            "could not write {file}: {error}",
        ],
        not_saved: [
            "Utskriften ble ikke lagret: {error}",
            "Utskrifta vart ikkje lagra: {error}",
            "The printable was not saved: {error}",
        ],
    }
}
