//! The words for what a routine check finds: severities, places in the file, and every
//! problem with what to do about it. The window words them in its language; the command
//! line in bokmål (`Display`).

use std::fmt;

use super::{Language, Texts, fill};
use crate::printable::ExportError;
use crate::routine::readability::{Counts, Lix, Readability};
use crate::routine::write::SaveError;
use crate::routine::{
    Advice, CardSide, Choice, Expected, IdKind, IoProblem, JsonSyntax, JsonType, Location, Message,
    Needed, Problem, Severity, Unreadable,
};

texts! {
    Checks {
        error: ["feil", "feil", "error"],
        warning: ["advarsel", "åtvaring", "warning"],
        location_file: ["filen", "fila", "the file"],
        location_position: ["linje {line}, kolonne {column}", "linje {line}, kolonne {column}", "line {line}, column {column}"],
        location_root: ["rotnivået", "rotnivået", "the top level"],
        quoted: ["«{text}»", "«{text}»", "“{text}”"],
        io_not_found: ["filen finnes ikke", "fila finst ikkje", "the file does not exist"],
        io_permission: ["mangler tilgang til filen", "manglar tilgang til fila", "no permission to read the file"],
        io_directory: ["dette er en mappe, ikke en fil", "dette er ei mappe, ikkje ei fil", "this is a folder, not a file"],
        unreadable: ["kan ikke lese filen: {reason}", "kan ikkje lese fila: {reason}", "cannot read the file: {reason}"],
        unreadable_file: ["kan ikke lese {file}: {reason}", "kan ikkje lese {file}: {reason}", "cannot read {file}: {reason}"],
        too_large: [
            "filen er {bytes} byte, større enn de høyst {limit} MB en rutinefil kan være. Er dette riktig fil?",
            "fila er {bytes} byte, større enn dei høgst {limit} MB ei rutinefil kan vere. Er dette rett fil?",
            "the file is {bytes} bytes, more than the {limit} MB a routine file can be at most. Is this the right file?",
        ],
        not_utf8: [
            "filen er ikke lagret som UTF-8 (her står et tegn i en annen koding, for eksempel Windows-1252). Lagre filen som UTF-8; i Notisblokk: «Lagre som» og velg koding «UTF-8».",
            "fila er ikkje lagra som UTF-8 (her står eit teikn i ei anna koding, til dømes Windows-1252). Lagre fila som UTF-8; i Notisblokk: «Lagre som» og vel koding «UTF-8».",
            "the file is not saved as UTF-8 (here is a character in another encoding, for example Windows-1252). Save the file as UTF-8; in Notepad: “Save as” and choose the encoding “UTF-8”.",
        ],
        syntax: ["ugyldig JSON: {what}", "ugyldig JSON: {what}", "invalid JSON: {what}"],
        json_end_of_file: [
            "filen slutter før JSON-strukturen er lukket; mangler det en «}» eller «]»?",
            "fila sluttar før JSON-strukturen er lukka; manglar det ein «}» eller «]»?",
            "the file ends before the JSON structure is closed; is a “}” or “]” missing?",
        ],
        json_comma_or_brace: [
            "forventet «,» eller «}»; mangler det et komma mellom to felt?",
            "venta «,» eller «}»; manglar det eit komma mellom to felt?",
            "expected “,” or “}”; is a comma missing between two fields?",
        ],
        json_comma_or_bracket: [
            "forventet «,» eller «]»; mangler det et komma mellom to elementer?",
            "venta «,» eller «]»; manglar det eit komma mellom to element?",
            "expected “,” or “]”; is a comma missing between two elements?",
        ],
        json_trailing_comma: [
            "komma for mye rett før «}» eller «]»",
            "komma for mykje rett før «}» eller «]»",
            "one comma too many just before “}” or “]”",
        ],
        json_key_not_string: [
            "feltnavn må stå i doble anførselstegn",
            "feltnamn må stå i doble hermeteikn",
            "field names must be in double quotes",
        ],
        json_colon: ["forventet «:» etter feltnavnet", "venta «:» etter feltnamnet", "expected “:” after the field name"],
        json_value: [
            "forventet en verdi (tekst i \"…\", tall, true/false, null, [ … ] eller { … })",
            "venta ein verdi (tekst i \"…\", tal, true/false, null, [ … ] eller { … })",
            "expected a value (text in \"…\", a number, true/false, null, [ … ] or { … })",
        ],
        json_control_character: [
            "tekst inneholder et ugyldig kontrolltegn; linjeskift i tekst skrives \\n",
            "tekst inneheld eit ugyldig kontrollteikn; linjeskift i tekst blir skrivne \\n",
            "a text holds an invalid control character; write a line break in a text as \\n",
        ],
        json_invalid_escape: [
            "ugyldig escape-sekvens med \\ i en tekst",
            "ugyldig escape-sekvens med \\ i ein tekst",
            "invalid escape sequence with \\ in a text",
        ],
        json_too_deep: ["strukturen er nestet for dypt", "strukturen er nesta for djupt", "the structure is nested too deeply"],
        json_trailing_characters: [
            "det står noe etter slutten av JSON-dokumentet",
            "det står noko etter slutten av JSON-dokumentet",
            "there is something after the end of the JSON document",
        ],
        json_duplicate_key: [
            "feltet «{key}» står to ganger i samme objekt; fjern det ene",
            "feltet «{key}» står to gonger i same objekt; fjern det eine",
            "the field “{key}” appears twice in the same object; remove one of them",
        ],
        wrong_type: ["forventet {expected}, fant {found}", "venta {expected}, fann {found}", "expected {expected}, found {found}"],
        type_object: ["et objekt { … }", "eit objekt { … }", "an object { … }"],
        type_quoted_text: ["en tekst i anførselstegn", "ein tekst i hermeteikn", "a text in quotes"],
        type_true_false: ["true eller false", "true eller false", "true or false"],
        type_whole_number: ["et helt tall (0 eller større)", "eit heilt tal (0 eller større)", "a whole number (0 or more)"],
        type_list: ["en liste [ … ]", "ei liste [ … ]", "a list [ … ]"],
        type_null: ["null", "null", "null"],
        type_bool: ["en sannhetsverdi (true/false)", "ein sanningsverdi (true/false)", "a truth value (true/false)"],
        type_number: ["et tall", "eit tal", "a number"],
        type_text: ["en tekst", "ein tekst", "a text"],
        missing_field: [
            "mangler feltet «{name}»; det må fylles ut",
            "manglar feltet «{name}»; det må fyllast ut",
            "the field “{name}” is missing; it must be filled in",
        ],
        unknown_field: [
            "ukjent felt «{name}».{hint} Kjente felt her: {known}.",
            "ukjent felt «{name}».{hint} Kjende felt her: {known}.",
            "unknown field “{name}”.{hint} Known fields here: {known}.",
        ],
        did_you_mean: [" Mente du «{name}»?", " Meinte du «{name}»?", " Did you mean “{name}”?"],
        not_a_date: [
            "«{text}» er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-11-26",
            "«{text}» er ikkje ein gyldig dato; skriv han som ÅÅÅÅ-MM-DD, til dømes 2026-11-26",
            "“{text}” is not a valid date; write it as YYYY-MM-DD, for example 2026-11-26",
        ],
        not_a_time: [
            "«{text}» er ikke et gyldig klokkeslett; skriv det som TT:MM mellom 00:00 og 24:00, for eksempel 08:00",
            "«{text}» er ikkje eit gyldig klokkeslett; skriv det som TT:MM mellom 00:00 og 24:00, til dømes 08:00",
            "“{text}” is not a valid time of day; write it as HH:MM between 00:00 and 24:00, for example 08:00",
        ],
        not_a_phone: [
            "«{text}» er ikke et gyldig norsk telefonnummer; bruk 3, 5, 6 eller 8 sifre med enkle mellomrom, for eksempel «113», «116 117» eller «22 40 00 40»",
            "«{text}» er ikkje eit gyldig norsk telefonnummer; bruk 3, 5, 6 eller 8 siffer med enkle mellomrom, til dømes «113», «116 117» eller «22 40 00 40»",
            "“{text}” is not a valid Norwegian phone number; use 3, 5, 6 or 8 digits with single spaces, for example “113”, “116 117” or “22 40 00 40”",
        ],
        not_a_choice: [
            "«{text}» er ikke {what}; bruk en av {allowed}",
            "«{text}» er ikkje {what}; bruk ein av {allowed}",
            "“{text}” is not {what}; use one of {allowed}",
        ],
        choice_level: ["et handlingsnivå", "eit handlingsnivå", "an action level"],
        choice_weekday: ["en ukedag", "ein vekedag", "a day of the week"],
        choice_sign_kind: ["en gruppe av varselsignaler", "ei gruppe av varselsignal", "a group of warning signs"],
        choice_scope: ["et virkeområde", "eit verkeområde", "a scope"],
        choice_role: ["en rolle", "ei rolle", "a role"],
        choice_status: ["en status", "ein status", "a status"],
        unknown_format: [
            "formatversjon {found} er ukjent; dette programmet leser versjon 1 til {newest}",
            "formatversjon {found} er ukjend; dette programmet les versjon 1 til {newest}",
            "format version {found} is unknown; this program reads versions 1 to {newest}",
        ],
        always_open_with_periods: [
            "«always_open» kan ikke stå sammen med «weekly» eller «public_holidays»; velg det ene",
            "«always_open» kan ikkje stå saman med «weekly» eller «public_holidays»; vel det eine",
            "“always_open” cannot stand together with “weekly” or “public_holidays”; choose one",
        ],
        no_periods: [
            "åpningstiden har ingen perioder; skriv perioder i «weekly», «always_open»: true, eller null når den er ukjent",
            "opningstida har ingen periodar; skriv periodar i «weekly», «always_open»: true, eller null når ho er ukjend",
            "the opening hours have no periods; write periods in “weekly”, “always_open”: true, or null when they are unknown",
        ],
        empty_period: [
            "åpningstiden {from}–{to} er tom; skriv «always_open»: true for døgnåpent",
            "opningstida {from}–{to} er tom; skriv «always_open»: true for døgnope",
            "the opening hours {from}–{to} are empty; write “always_open”: true for open day and night",
        ],
        avoided_phrase: [
            "teksten inneholder «{phrase}»: {advice}",
            "teksten inneheld «{phrase}»: {advice}",
            "the text contains “{phrase}”: {advice}",
        ],
        advice_instead: [
            "skriv «{instead}» i stedet for «{phrase}»",
            "skriv «{instead}» i staden for «{phrase}»",
            "write “{instead}” instead of “{phrase}”",
        ],
        advice_no_grading: [
            "rutinen skal ikke gradere risiko; bruk handlingsnivåene",
            "rutinen skal ikkje gradere risiko; bruk handlingsnivåa",
            "the routine must not grade risk; use the action levels",
        ],
        advice_no_score: [
            "rutinen skal ikke gi en skår; bruk handlingsnivåene",
            "rutinen skal ikkje gi ein skår; bruk handlingsnivåa",
            "the routine must not give a score; use the action levels",
        ],
        bad_id: [
            "id «{id}» er ugyldig; bruk bare bokstaver a–z og A–Z, sifre, «-» og «_»",
            "id «{id}» er ugyldig; bruk berre bokstavar a–z og A–Z, siffer, «-» og «_»",
            "the id “{id}” is invalid; use only the letters a–z and A–Z, digits, “-” and “_”",
        ],
        duplicate_id: [
            "id «{id}» er allerede brukt i {first}; hver id må være unik i hele filen",
            "id «{id}» er alt brukt i {first}; kvar id må vere unik i heile fila",
            "the id “{id}” is already used in {first}; every id must be unique in the whole file",
        ],
        wrong_kind: [
            "«{id}» skal være {expected}, men er {found} ({at})",
            "«{id}» skal vere {expected}, men er {found} ({at})",
            "“{id}” should be {expected}, but is {found} ({at})",
        ],
        no_such_id: [
            "fant ingen {kind} med id «{id}»; rett id-en eller legg den til",
            "fann ingen {kind} med id «{id}»; rett id-en eller legg han til",
            "found no {kind} with the id “{id}”; correct the id or add it",
        ],
        kind_source: ["kilde", "kjelde", "source"],
        kind_audience: ["målgruppe", "målgruppe", "audience"],
        kind_sector: ["sektor", "sektor", "sector"],
        kind_contact: ["kontakt", "kontakt", "contact"],
        kind_sign: ["varselsignal", "varselsignal", "warning sign"],
        kind_factor: ["faktor eller situasjon", "faktor eller situasjon", "factor or situation"],
        kind_criterion: ["kriterium for et handlingsnivå", "kriterium for eit handlingsnivå", "criterion of an action level"],
        kind_guidance_item: ["punkt i en veiledning", "punkt i ei rettleiing", "guidance item"],
        kind_other: ["element", "element", "item"],
        a_source: ["en kilde", "ei kjelde", "a source"],
        a_audience: ["en målgruppe", "ei målgruppe", "an audience"],
        a_sector: ["en sektor", "ein sektor", "a sector"],
        a_contact: ["en kontakt", "ein kontakt", "a contact"],
        a_sign: ["et varselsignal", "eit varselsignal", "a warning sign"],
        a_factor: ["en faktor eller situasjon", "ein faktor eller situasjon", "a factor or situation"],
        a_criterion: ["et kriterium for et handlingsnivå", "eit kriterium for eit handlingsnivå", "a criterion of an action level"],
        a_guidance_item: ["et punkt i en veiledning", "eit punkt i ei rettleiing", "a guidance item"],
        a_other: ["et element", "eit element", "an item"],
        empty_text: ["teksten er tom; fyll den ut", "teksten er tom; fyll han ut", "the text is empty; fill it in"],
        empty_list: [
            "listen er tom; her trengs minst {needed}",
            "lista er tom; her trengst minst {needed}",
            "the list is empty; it needs at least {needed}",
        ],
        needs_audience: ["én målgruppe", "éi målgruppe", "one audience"],
        needs_phrasing: ["én formulering", "éi formulering", "one phrasing"],
        needs_sign_group: ["én gruppe av varselsignaler", "éi gruppe av varselsignal", "one group of warning signs"],
        needs_sign: ["ett varselsignal", "eitt varselsignal", "one warning sign"],
        needs_criterion: ["ett kriterium", "eitt kriterium", "one criterion"],
        needs_action: ["én handling", "éi handling", "one action"],
        needs_contact: ["én kontakt", "éin kontakt", "one contact"],
        needs_level: ["ett nivå", "eitt nivå", "one level"],
        needs_paragraph: ["ett avsnitt", "eitt avsnitt", "one paragraph"],
        unknown_language: [
            "språket «{found}» er ukjent; bruk «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk)",
            "språket «{found}» er ukjent; bruk «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk)",
            "the language “{found}” is unknown; use “nb” (Bokmål), “nn” (Nynorsk) or “en” (English)",
        ],
        bad_version: [
            "versjon «{found}» er ugyldig; bruk tall med punktum, for eksempel «1.2»",
            "versjon «{found}» er ugyldig; bruk tal med punktum, til dømes «1.2»",
            "the version “{found}” is invalid; use numbers with dots, for example “1.2”",
        ],
        not_a_web_address: [
            "«{text}» er ikke en gyldig nettadresse for nettstedet; skriv hele https-adressen til mappen der det er publisert, for eksempel https://www.kommune.no/rutine/",
            "«{text}» er ikkje ei gyldig nettadresse for nettstaden; skriv heile https-adressa til mappa der han er publisert, til dømes https://www.kommune.no/rutine/",
            "“{text}” is not a valid address for the web site; write the whole https address of the folder where it is published, for example https://www.kommune.no/routine/",
        ],
        no_web_address: [
            "rutinen sier ikke hvor nettstedet er publisert (web_address), så plakatene og lommekortet viser ingen QR-kode til sidene; fyll inn adressen når nettstedet er lagt ut",
            "rutinen seier ikkje kvar nettstaden er publisert (web_address), så plakatane og lommekortet viser ingen QR-kode til sidene; fyll inn adressa når nettstaden er lagd ut",
            "the routine does not say where its web site is published (web_address), so the posters and the pocket card show no QR code to the pages; fill in the address once the site is published",
        ],
        not_a_feedback_contact: [
            "«{text}» er verken en e-postadresse eller en https-adresse; skriv e-postadressen som tar imot beskjeder om feil i tilgjengeligheten på nettsidene (for eksempel postmottak@kommune.no), eller hele adressen til et skjema",
            "«{text}» er verken ei e-postadresse eller ei https-adresse; skriv e-postadressa som tek imot meldingar om feil i tilgjengelegheita på nettsidene (til dømes postmottak@kommune.no), eller heile adressa til eit skjema",
            "“{text}” is neither an e-mail address nor an https address; write the e-mail address that receives reports of accessibility problems on the web pages (for example postmottak@kommune.no), or the whole address of a form",
        ],
        no_feedback_contact: [
            "rutinen sier ikke hvem leserne skal gi beskjed til om feil i tilgjengeligheten på nettsidene (feedback_contact), så siden «Om tilgjengelighet» kan ikke si det; fyll inn e-postadressen eller adressen til et skjema",
            "rutinen seier ikkje kven lesarane skal melde frå til om feil i tilgjengelegheita på nettsidene (feedback_contact), så sida «Om tilgjengelegheit» kan ikkje seie det; fyll inn e-postadressa eller adressa til eit skjema",
            "the routine does not say whom readers should tell about accessibility problems on the web pages (feedback_contact), so the page “About accessibility” cannot say it; fill in the e-mail address or the address of a form",
        ],
        not_a_statement_address: [
            "«{text}» er ikke en gyldig adresse til tilgjengelighetserklæringen; skriv hele https-adressen til kommunens erklæring på uustatus.no",
            "«{text}» er ikkje ei gyldig adresse til tilgjengelegheitserklæringa; skriv heile https-adressa til erklæringa til kommunen på uustatus.no",
            "“{text}” is not a valid address of the accessibility statement; write the whole https address of the municipality's statement on uustatus.no",
        ],
        not_approved: [
            "rutinen er ikke godkjent ennå (utkast); registrer godkjenning før den tas i bruk",
            "rutinen er ikkje godkjend enno (utkast); registrer godkjenning før han blir teken i bruk",
            "the routine is not approved yet (draft); record the approval before it is put to use",
        ],
        approval_in_future: [
            "godkjenningsdatoen {date} er fram i tid",
            "godkjenningsdatoen {date} er fram i tid",
            "the approval date {date} is in the future",
        ],
        approval_unsealed: [
            "godkjenningen er ikke forseglet, så programmet kan ikke se om rutinen er endret etter at den ble godkjent; godkjenn den på nytt med «rutineveileder approve» eller «Lagre ny versjon» for å forsegle den",
            "godkjenninga er ikkje forsegla, så programmet kan ikkje sjå om rutinen er endra etter at han vart godkjend; godkjenn han på nytt med «rutineveileder approve» eller «Lagre ny versjon» for å forsegle han",
            "the approval is not sealed, so the program cannot tell whether the routine has changed since it was approved; approve it again with “rutineveileder approve” or “Save new version” to seal it",
        ],
        unknown_seal_form: [
            "forseglingen er laget i form {found}, og dette programmet kjenner bare form {known}, så det kan ikke se om rutinen er endret etter godkjenningen; bruk en nyere versjon av programmet",
            "forseglinga er laga i form {found}, og dette programmet kjenner berre form {known}, så det kan ikkje sjå om rutinen er endra etter godkjenninga; bruk ein nyare versjon av programmet",
            "the seal is made in form {found}, and this program knows only form {known}, so it cannot tell whether the routine has changed since it was approved; use a newer version of the program",
        ],
        signature_without_seal: [
            "godkjenningen har en signatur, men ingen forsegling den kan gjelde; godkjenn rutinen på nytt",
            "godkjenninga har ein signatur, men inga forsegling han kan gjelde; godkjenn rutinen på nytt",
            "the approval has a signature but no seal for it to sign; approve the routine again",
        ],
        revision_overdue: [
            "rutinen skulle vært revidert {date} ({days} dager siden); si fra til {owner}",
            "rutinen skulle vore revidert {date} ({days} dagar sidan); sei frå til {owner}",
            "the routine was due for revision on {date} ({days} days ago); tell {owner}",
        ],
        idle_minutes: [
            "{minutes} minutter er utenfor det tillatte; bruk 1 til {max}",
            "{minutes} minutt er utanfor det tillatne; bruk 1 til {max}",
            "{minutes} minutes is outside what is allowed; use 1 to {max}",
        ],
        bad_source_date: [
            "«{date}» er ikke en gyldig dato for kilden; skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, for eksempel 2019 eller 2019-08-27",
            "«{date}» er ikkje ein gyldig dato for kjelda; skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, til dømes 2019 eller 2019-08-27",
            "“{date}” is not a valid date for the source; write YYYY, YYYY-MM or YYYY-MM-DD, for example 2019 or 2019-08-27",
        ],
        levels_out_of_order: [
            "rutinen må ha nøyaktig tre handlingsnivåer i rekkefølgen red, yellow, green; fant [{found}]",
            "rutinen må ha nøyaktig tre handlingsnivå i rekkjefølgja red, yellow, green; fann [{found}]",
            "the routine must have exactly three action levels in the order red, yellow, green; found [{found}]",
        ],
        red_without_113: [
            "RØD-nivået må ha en kontakt med telefonnummer 113",
            "RAUD-nivået må ha ein kontakt med telefonnummer 113",
            "the red level must have a contact with the phone number 113",
        ],
        poster_contact_without_phone: [
            "«{name}» har ikke telefonnummer, og plakaten henger offentlig; den skal aldri vise et manglende nummer. Fjern kontakten fra plakaten eller fyll inn nummeret",
            "«{name}» har ikkje telefonnummer, og plakaten heng offentleg; han skal aldri vise eit manglande nummer. Fjern kontakten frå plakaten eller fyll inn nummeret",
            "“{name}” has no phone number, and the poster hangs in public; it must never show a missing number. Remove the contact from the poster or fill in the number",
        ],
        public_without_phone: [
            "«{name}» vises for innbyggere («public»), men har ikke telefonnummer; fyll inn nummeret, eller fjern «public»",
            "«{name}» blir vist for innbyggjarar («public»), men har ikkje telefonnummer; fyll inn nummeret, eller fjern «public»",
            "“{name}” is shown to citizens (“public”) but has no phone number; fill in the number, or remove “public”",
        ],
        poster_contact_not_public: [
            "«{name}» står på plakaten, som henger offentlig, men er ikke merket for innbyggere; sett «public»: true, eller fjern kontakten fra plakaten",
            "«{name}» står på plakaten, som heng offentleg, men er ikkje merkt for innbyggjarar; set «public»: true, eller fjern kontakten frå plakaten",
            "“{name}” is on the poster, which hangs in public, but is not marked for citizens; set “public”: true, or remove the contact from the poster",
        ],
        internal_public: [
            "«{name}» er en intern vei for ansatte («internal») og kan ikke vises for innbyggere; fjern «public»",
            "«{name}» er ein intern veg for tilsette («internal») og kan ikkje visast for innbyggjarar; fjern «public»",
            "“{name}” is an internal route for employees (“internal”) and cannot be shown to citizens; remove “public”",
        ],
        poster_without_messages: [
            "plakaten har ingen tekster; den viser bare kontaktene. Skriv plakatens budskap i «poster_messages»",
            "plakaten har ingen tekstar; han viser berre kontaktane. Skriv bodskapen til plakaten i «poster_messages»",
            "the poster has no texts; it shows only the contacts. Write the poster's messages in “poster_messages”",
        ],
        poster_does_not_fit: [
            "plakatens tekster og kontakter får ikke plass med skrift på minst {smallest} pkt (A3): kort ned tekstene i «poster_messages» eller ta bort kontakter fra «poster_contacts»",
            "tekstane og kontaktane på plakaten får ikkje plass med skrift på minst {smallest} pkt (A3): kort ned tekstane i «poster_messages» eller ta bort kontaktar frå «poster_contacts»",
            "the poster's texts and contacts do not fit in type of at least {smallest} pt (A3): shorten the texts in “poster_messages” or remove contacts from “poster_contacts”",
        ],
        card_not_chosen: [
            "rutinen velger ikke hva lommekortet skal ha med; programmet tar den første generelle formuleringen og kontaktene for GUL og GRØNN med nummer, så mange som får plass. Velg dem i «pocket_card»",
            "rutinen vel ikkje kva lommekortet skal ha med; programmet tek den første generelle formuleringa og kontaktane for GUL og GRØN med nummer, så mange som får plass. Vel dei i «pocket_card»",
            "the routine does not choose what the pocket card holds; the program takes the first general phrasing and the contacts of the yellow and green levels that have a number, as many as fit. Choose them in “pocket_card”",
        ],
        not_a_phrasing: [
            "«{id}» er ikke en av formuleringene i «ask.phrasings»",
            "«{id}» er ikkje ei av formuleringane i «ask.phrasings»",
            "“{id}” is not one of the phrasings in “ask.phrasings”",
        ],
        not_a_course_question: [
            "«{id}» er verken et spørsmål i «self_check» eller en case i «cases»; kurset kan bare spørre om dem",
            "«{id}» er verken eit spørsmål i «self_check» eller ein case i «cases»; kurset kan berre spørje om dei",
            "“{id}” is neither a question in “self_check” nor a case in “cases”; the course can only ask those",
        ],
        course_question_twice: [
            "kurset spør alt om «{id}» ved {first}; ta det med én gang",
            "kurset spør alt om «{id}» ved {first}; ta det med éin gong",
            "the course already asks “{id}” at {first}; include it once",
        ],
        course_module_empty: [
            "modulen slutter uten spørsmål; velg ett til tre fra egenkontrollen eller casene",
            "modulen sluttar utan spørsmål; vel eitt til tre frå eigenkontrollen eller casane",
            "the module ends without a question; choose one to three from the self-check or the cases",
        ],
        too_many_course_questions: [
            "en modul slutter med høyst {most} spørsmål; ta med de viktigste",
            "ein modul sluttar med høgst {most} spørsmål; ta med dei viktigaste",
            "a module ends with at most {most} questions; keep the most important",
        ],
        pass_mark_out_of_range: [
            "beståttgrensen er {found} %; skriv et tall fra 1 til 100",
            "grensa for bestått er {found} %; skriv eit tal frå 1 til 100",
            "the pass mark is {found} %; write a number from 1 to 100",
        ],
        course_leaves_out: [
            "kurset tar med høyst {most} spørsmål fra egenkontrollen når rutinen ikke velger dem selv, så de siste {left_out} blir utelatt. Velg spørsmålene i «course»",
            "kurset tek med høgst {most} spørsmål frå eigenkontrollen når rutinen ikkje vel dei sjølv, så dei siste {left_out} blir utelatne. Vel spørsmåla i «course»",
            "the course asks at most {most} self-check questions when the routine does not choose them, so the last {left_out} are left out. Choose the questions in “course”",
        ],
        too_many_on_card: [
            "lommekortet har plass til høyst {most} her; ta med de viktigste",
            "lommekortet har plass til høgst {most} her; ta med dei viktigaste",
            "the pocket card holds at most {most} here; keep the most important",
        ],
        card_contact_without_number: [
            "«{name}» har verken nummer eller nettadresse ennå, og står ikke på lommekortet før det er fylt inn",
            "«{name}» har verken nummer eller nettadresse enno, og står ikkje på lommekortet før det er fylt inn",
            "“{name}” has neither a number nor a web address yet, and is left off the pocket card until one is filled in",
        ],
        card_front_does_not_fit: [
            "lommekortets forside har plass til {available} linjer med skrift på 7,5 pkt, men trenger {needed}: kort ned denne linjen",
            "framsida av lommekortet har plass til {available} liner med skrift på 7,5 pkt, men treng {needed}: kort ned denne lina",
            "the pocket card's front has room for {available} lines in 7.5 pt type but needs {needed}: shorten this line",
        ],
        card_back_does_not_fit: [
            "lommekortets bakside har plass til {available} linjer med skrift på 7,5 pkt, men trenger {needed}: kort ned eller ta bort denne linjen og de etter den",
            "baksida av lommekortet har plass til {available} liner med skrift på 7,5 pkt, men treng {needed}: kort ned eller ta bort denne lina og dei etter henne",
            "the pocket card's back has room for {available} lines in 7.5 pt type but needs {needed}: shorten or remove this line and those after it",
        ],
        no_glyph: [
            "tegnet «{character}» (U+{code}) finnes ikke i noen av programmets skrifter og vises som en tom boks; bruk et annet tegn",
            "teiknet «{character}» (U+{code}) finst ikkje i nokon av skriftene til programmet og blir vist som ein tom boks; bruk eit anna teikn",
            "the character “{character}” (U+{code}) is in none of the program's fonts and shows as an empty box; use another character",
        ],
        own_replacement: [
            "«{id}» kan ikke være sin egen erstatning når den er stengt",
            "«{id}» kan ikkje vere si eiga erstatning når han er stengd",
            "“{id}” cannot stand in for itself when it is closed",
        ],
        to_verify_without_source: [
            "«{name}» har opplysninger som skal bekreftes, men ingen kilde; oppgi hvor de kommer fra",
            "«{name}» har opplysningar som skal stadfestast, men inga kjelde; oppgi kvar dei kjem frå",
            "“{name}” has details to be confirmed, but no source; say where they come from",
        ],
        to_verify: [
            "«{name}» må bekreftes før rutinen tas i bruk",
            "«{name}» må stadfestast før rutinen blir teken i bruk",
            "“{name}” must be confirmed before the routine is put to use",
        ],
        with_note: ["{text} ({note})", "{text} ({note})", "{text} ({note})"],
        placeholder_with_phone: [
            "«{name}» er en plassholder, men har telefonnummer; sett status «to_verify» eller «verified», eller fjern nummeret",
            "«{name}» er ein plasshaldar, men har telefonnummer; set status «to_verify» eller «verified», eller fjern nummeret",
            "“{name}” is a placeholder but has a phone number; set the status “to_verify” or “verified”, or remove the number",
        ],
        placeholder: [
            "«{name}» er en plassholder: nummeret mangler og må fylles inn og verifiseres",
            "«{name}» er ein plasshaldar: nummeret manglar og må fyllast inn og verifiserast",
            "“{name}” is a placeholder: the number is missing and must be filled in and verified",
        ],
        persons_own_with_phone: [
            "«{name}» er personens egen kontakt («persons_own»), som ikke har ett nummer i rutinen; fjern nummeret, eller fjern «persons_own»",
            "«{name}» er personen sin eigen kontakt («persons_own»), som ikkje har eitt nummer i rutinen; fjern nummeret, eller fjern «persons_own»",
            "“{name}” is the person's own contact (“persons_own”), which has no single number in the routine; remove the number, or remove “persons_own”",
        ],
        persons_own_placeholder: [
            "«{name}» er personens egen kontakt («persons_own») og mangler ikke noe nummer; sett status «to_verify» eller «verified»",
            "«{name}» er personen sin eigen kontakt («persons_own») og manglar ikkje noko nummer; set status «to_verify» eller «verified»",
            "“{name}” is the person's own contact (“persons_own”) and lacks no number; set the status “to_verify” or “verified”",
        ],
        verified_without_means: [
            "«{name}» er merket verifisert, men har verken telefon, nettadresse eller e-post",
            "«{name}» er merkt verifisert, men har verken telefon, nettadresse eller e-post",
            "“{name}” is marked verified but has no phone, web address or e-mail",
        ],
        verified_without_source: [
            "«{name}» er merket verifisert, men har ingen kilde; oppgi kilden",
            "«{name}» er merkt verifisert, men har inga kjelde; oppgi kjelda",
            "“{name}” is marked verified but has no source; give the source",
        ],
        verified_without_date: [
            "«{name}» er merket verifisert, men mangler dato for når det ble sjekket",
            "«{name}» er merkt verifisert, men manglar dato for når det vart sjekka",
            "“{name}” is marked verified but lacks the date it was checked",
        ],
        verified_in_future: [
            "verifiseringsdatoen {date} er fram i tid",
            "verifiseringsdatoen {date} er fram i tid",
            "the verification date {date} is in the future",
        ],
        stale: [
            "«{name}» ble sist verifisert {date}, for over {months} måneder siden; sjekk nummer og åpningstid på nytt",
            "«{name}» vart sist verifisert {date}, for over {months} månader sidan; sjekk nummer og opningstid på nytt",
            "“{name}” was last verified on {date}, more than {months} months ago; check the number and opening hours again",
        ],
        no_weekdays: [
            "ingen ukedager; skriv for eksempel [\"mon\", \"tue\"]",
            "ingen vekedagar; skriv til dømes [\"mon\", \"tue\"]",
            "no days of the week; write for example [\"mon\", \"tue\"]",
        ],
        level_without_checklist: [
            "ingen sjekkpunkter for nivået «{level}»; hvert nivå trenger minst ett",
            "ingen sjekkpunkt for nivået «{level}»; kvart nivå treng minst eitt",
            "no checklist items for the level “{level}”; every level needs at least one",
        ],
        criterion_hidden: [
            "kriteriet «{id}» gjelder ikke målgruppen «{audience}», så veilederen viser det ikke for denne saken; velg et kriterium for målgruppen",
            "kriteriet «{id}» gjeld ikkje målgruppa «{audience}», så rettleiaren viser det ikkje for denne saka; vel eit kriterium for målgruppa",
            "the criterion “{id}” does not apply to the audience “{audience}”, so the guide does not show it for this case; choose a criterion for the audience",
        ],
        ved_tvil_without_criteria: [
            "«ved_tvil» sier at nivået er høyere enn kriteriene tilsier, men saken har ingen kriterier; oppgi dem i «criteria»",
            "«ved_tvil» seier at nivået er høgare enn kriteria tilseier, men saka har ingen kriterium; oppgi dei i «criteria»",
            "“ved_tvil” says the level is higher than the criteria call for, but the case has no criteria; give them in “criteria”",
        ],
        case_without_criteria: [
            "saken oppgir ingen kriterier; skriv kriteriene som passer historien i «criteria», så sjekker programmet nivået",
            "saka oppgir ingen kriterium; skriv kriteria som passar historia i «criteria», så sjekkar programmet nivået",
            "the case names no criteria; write the criteria that fit the story in “criteria”, and the program checks the level",
        ],
        case_below_criteria: [
            "saken har nivå {level}, men kriteriene krever {decided}; nivået kan aldri være lavere enn kriteriene tilsier",
            "saka har nivå {level}, men kriteria krev {decided}; nivået kan aldri vere lågare enn kriteria tilseier",
            "the case has the level {level}, but the criteria require {decided}; the level can never be lower than the criteria call for",
        ],
        case_above_criteria: [
            "saken har nivå {level}, men kriteriene gir {decided}; velg {decided}, eller merk saken «ved_tvil»: true og forklar tvilen i «why»",
            "saka har nivå {level}, men kriteria gir {decided}; vel {decided}, eller merk saka «ved_tvil»: true og forklar tvilen i «why»",
            "the case has the level {level}, but the criteria give {decided}; choose {decided}, or mark the case “ved_tvil”: true and explain the doubt in “why”",
        ],
        ved_tvil_not_needed: [
            "«ved_tvil» er satt, men nivået {level} er det kriteriene gir; fjern «ved_tvil»",
            "«ved_tvil» er sett, men nivået {level} er det kriteria gir; fjern «ved_tvil»",
            "“ved_tvil” is set, but the level {level} is the one the criteria give; remove “ved_tvil”",
        ],
        criterion_not_taught: [
            "kriteriet «{id}» brukes ikke i noen øvingssak; legg det til en sak der historien passer",
            "kriteriet «{id}» blir ikkje brukt i nokon øvingssak; legg det til ei sak der historia passar",
            "the criterion “{id}” is not used in any practice case; add it to a case whose story fits",
        ],
        retired_id_reused: [
            "id-en «{id}» ble tatt ut av bruk i versjon {version} og kan ikke brukes igjen; gi dette en ny id",
            "id-en «{id}» vart teken ut av bruk i versjon {version} og kan ikkje brukast igjen; gi dette ein ny id",
            "the id “{id}” was retired in version {version} and cannot be used again; give this a new id",
        ],
        retired_id_referenced: [
            "«{id}» ble tatt ut av bruk i versjon {version}; vis til det som erstattet det",
            "«{id}» vart teken ut av bruk i versjon {version}; vis til det som erstatta det",
            "“{id}” was retired in version {version}; refer to what replaced it",
        ],
        too_long_to_read: [
            "teksten har {characters} tegn, mer enn de {most} som leses lett midt i en samtale; del den i flere korte punkter, ett tiltak eller tegn i hvert",
            "teksten har {characters} teikn, meir enn dei {most} som er lette å lese midt i ein samtale; del han i fleire korte punkt, eitt tiltak eller teikn i kvart",
            "the text has {characters} characters, more than the {most} that are easy to read in the middle of a conversation; split it into several short items, one action or sign in each",
        ],
        hard_to_read: [
            "teksten har {words} ord og LIX {lix} (grensen er {most}); bruk kortere setninger og kortere ord",
            "teksten har {words} ord og LIX {lix} (grensa er {most}); bruk kortare setningar og kortare ord",
            "the text has {words} words and LIX {lix} (the limit is {most}); use shorter sentences and shorter words",
        ],
        lix_too_high: [
            "{texts} har LIX {lix}, over {most}; del lange setninger og bytt ut lange ord",
            "{texts} har LIX {lix}, over {most}; del lange setningar og byt ut lange ord",
            "{texts} have LIX {lix}, over {most}; split long sentences and replace long words",
        ],
        conversation_texts: ["tekstene som leses i samtalen", "tekstane som blir lesne i samtalen", "the texts read in a conversation"],
        section_texts: ["tekstene i {path}", "tekstane i {path}", "the texts in {path}"],
        decimal: ["{whole},{tenth}", "{whole},{tenth}", "{whole}.{tenth}"],
        readability_figures: [
            "LIX {lix} for tekstene som leses i samtalen ({sections})",
            "LIX {lix} for tekstane som blir lesne i samtalen ({sections})",
            "LIX {lix} for the texts read in a conversation ({sections})",
        ],
        gate_field_outside_questions: [
            "bare et spørsmål i «ask.level_questions» kan vise til kriterier; flytt feltet dit eller fjern det",
            "berre eit spørsmål i «ask.level_questions» kan vise til kriterium; flytt feltet dit eller fjern det",
            "only a question in “ask.level_questions” can name criteria; move the field there or remove it",
        ],
        call_first_outside_criteria: [
            "bare et kriterium for et handlingsnivå kan si hvem som skal ringes først; flytt feltet dit eller fjern det",
            "berre eit kriterium for eit handlingsnivå kan seie kven som skal ringjast først; flytt feltet dit eller fjern det",
            "only a criterion of an action level can say whom to call first; move the field there or remove it",
        ],
        question_across_levels: [
            "spørsmålet viser til kriterier på flere nivåer ({levels}); et ja skal gi ett nivå, så del det i ett spørsmål per nivå",
            "spørsmålet viser til kriterium på fleire nivå ({levels}); eit ja skal gi eitt nivå, så del det i eitt spørsmål per nivå",
            "the question names criteria of several levels ({levels}); a yes must give one level, so split it into one question per level",
        ],
        unclear_without_criteria: [
            "«if_unclear» står på et spørsmål uten «criteria»; si hvilke kriterier et ja står for",
            "«if_unclear» står på eit spørsmål utan «criteria»; sei kva kriterium eit ja står for",
            "“if_unclear” is on a question without “criteria”; say which criteria a yes stands for",
        ],
        call_first_without_phone: [
            "«{name}» har ikke telefonnummer og kan ikke være den som ringes først; velg en kontakt med nummer",
            "«{name}» har ikkje telefonnummer og kan ikkje vere den som blir ringd først; vel ein kontakt med nummer",
            "“{name}” has no phone number and cannot be the one to call first; choose a contact with a number",
        ],
        too_few_options: [
            "et spørsmål trenger minst to svaralternativer",
            "eit spørsmål treng minst to svaralternativ",
            "a question needs at least two answer options",
        ],
        no_correct_option: [
            "ingen svaralternativer er merket riktige («correct»: true)",
            "ingen svaralternativ er merkte rette («correct»: true)",
            "no answer option is marked correct (“correct”: true)",
        ],
        save_invalid: [
            "rutinen har {count} feil og lagres ikke; rett feilene først",
            "rutinen har {count} feil og blir ikkje lagra; rett feila først",
            "the routine has {count} errors and is not saved; correct the errors first",
        ],
        save_io: ["kunne ikke lagre {file}: {error}", "kunne ikkje lagre {file}: {error}", "could not save {file}: {error}"],
        save_conflict_changed: [
            "{file} er ikke lenger filen som ble lastet inn: noen har lagret den på nytt i mellomtiden. Ingenting er skrevet over",
            "{file} er ikkje lenger fila som vart lasta inn: nokon har lagra ho på nytt i mellomtida. Ingenting er skrive over",
            "{file} is no longer the file that was loaded: someone has saved it again in the meantime. Nothing is overwritten",
        ],
        save_conflict_gone: [
            "{file} finnes ikke lenger: den er flyttet eller slettet etter at den ble lastet inn. Ingenting er lagret",
            "{file} finst ikkje lenger: ho er flytta eller sletta etter at ho vart lasta inn. Ingenting er lagra",
            "{file} no longer exists: it was moved or deleted after it was loaded. Nothing is saved",
        ],
    }
}

/// A problem as one line: "feil: contacts[3].phone: …".
pub fn problem(problem: &Problem, t: &Texts) -> String {
    format!(
        "{}: {}: {}",
        severity(problem.severity, t),
        location(&problem.location, t),
        message(&problem.message, t)
    )
}

/// A problem without its severity: "contacts[3].phone: …".
pub fn located(problem: &Problem, t: &Texts) -> String {
    format!(
        "{}: {}",
        location(&problem.location, t),
        message(&problem.message, t)
    )
}

pub fn severity(severity: Severity, t: &Texts) -> &'static str {
    match severity {
        Severity::Error => t.checks.error,
        Severity::Warning => t.checks.warning,
    }
}

pub fn location(location: &Location, t: &Texts) -> String {
    match location {
        Location::File => t.checks.location_file.to_owned(),
        Location::Position { line, column } => fill(
            t.checks.location_position,
            &[("line", line), ("column", column)],
        ),
        Location::Path(path) if path.is_empty() => t.checks.location_root.to_owned(),
        Location::Path(path) => path.clone(),
    }
}

/// What is wrong, with what to do, in words.
pub fn message(message: &Message, t: &Texts) -> String {
    let name = |template: &str, name: &String| fill(template, &[("name", name)]);
    match message {
        Message::Unreadable(io) => fill(t.checks.unreadable, &[("reason", &io_reason(io, t))]),
        Message::TooLarge { bytes, limit_mb } => {
            fill(t.checks.too_large, &[("bytes", bytes), ("limit", limit_mb)])
        }
        Message::NotUtf8 => t.checks.not_utf8.to_owned(),
        Message::Syntax(syntax) => fill(t.checks.syntax, &[("what", &json_syntax(syntax, t))]),
        Message::WrongType { expected, found } => fill(
            t.checks.wrong_type,
            &[
                ("expected", &expected_type(*expected, t)),
                ("found", &json_type(*found, t)),
            ],
        ),
        Message::MissingField { name: field } => name(t.checks.missing_field, field),
        Message::UnknownField {
            name: field,
            suggestion,
            known,
        } => {
            let hint = suggestion
                .as_ref()
                .map(|s| name(t.checks.did_you_mean, s))
                .unwrap_or_default();
            fill(
                t.checks.unknown_field,
                &[
                    ("name", field),
                    ("hint", &hint),
                    ("known", &known.join(", ")),
                ],
            )
        }
        Message::NotADate { text } => fill(t.checks.not_a_date, &[("text", text)]),
        Message::NotATime { text } => fill(t.checks.not_a_time, &[("text", text)]),
        Message::NotAPhone { text } => fill(t.checks.not_a_phone, &[("text", text)]),
        Message::NotAChoice {
            text,
            choice,
            allowed,
        } => {
            let allowed: Vec<String> = allowed.iter().map(|a| quoted(a, t)).collect();
            fill(
                t.checks.not_a_choice,
                &[
                    ("text", text),
                    ("what", &choice_name(*choice, t)),
                    ("allowed", &allowed.join(", ")),
                ],
            )
        }
        Message::UnknownFormat { found, newest } => fill(
            t.checks.unknown_format,
            &[("found", found), ("newest", newest)],
        ),
        Message::AlwaysOpenWithPeriods => t.checks.always_open_with_periods.to_owned(),
        Message::NoPeriods => t.checks.no_periods.to_owned(),
        Message::EmptyPeriod { from, to } => {
            fill(t.checks.empty_period, &[("from", from), ("to", to)])
        }
        Message::AvoidedPhrase { phrase, advice } => fill(
            t.checks.avoided_phrase,
            &[
                ("phrase", phrase),
                ("advice", &advice_text(advice, phrase, t)),
            ],
        ),
        Message::BadId { id } => fill(t.checks.bad_id, &[("id", id)]),
        Message::DuplicateId { id, first } => {
            fill(t.checks.duplicate_id, &[("id", id), ("first", first)])
        }
        Message::WrongKind {
            id,
            expected,
            found,
            at,
        } => fill(
            t.checks.wrong_kind,
            &[
                ("id", id),
                ("expected", &id_kind(*expected, t).1),
                ("found", &id_kind(*found, t).1),
                ("at", at),
            ],
        ),
        Message::NoSuchId { id, kind } => fill(
            t.checks.no_such_id,
            &[("id", id), ("kind", &id_kind(*kind, t).0)],
        ),
        Message::EmptyText => t.checks.empty_text.to_owned(),
        Message::EmptyList { needs } => {
            fill(t.checks.empty_list, &[("needed", &needed(*needs, t))])
        }
        Message::UnknownLanguage { found } => fill(t.checks.unknown_language, &[("found", found)]),
        Message::BadVersion { found } => fill(t.checks.bad_version, &[("found", found)]),
        Message::NotApproved => t.checks.not_approved.to_owned(),
        Message::NotAWebAddress { text } => fill(t.checks.not_a_web_address, &[("text", text)]),
        Message::NoWebAddress => t.checks.no_web_address.to_owned(),
        Message::NotAFeedbackContact { text } => {
            fill(t.checks.not_a_feedback_contact, &[("text", text)])
        }
        Message::NoFeedbackContact => t.checks.no_feedback_contact.to_owned(),
        Message::NotAStatementAddress { text } => {
            fill(t.checks.not_a_statement_address, &[("text", text)])
        }
        Message::ApprovalInFuture { date } => fill(t.checks.approval_in_future, &[("date", date)]),
        Message::ApprovalUnsealed => t.checks.approval_unsealed.to_owned(),
        Message::UnknownSealForm { found, known } => fill(
            t.checks.unknown_seal_form,
            &[("found", found), ("known", known)],
        ),
        Message::SignatureWithoutSeal => t.checks.signature_without_seal.to_owned(),
        Message::RevisionOverdue { date, days, owner } => fill(
            t.checks.revision_overdue,
            &[("date", date), ("days", days), ("owner", owner)],
        ),
        Message::IdleMinutes { minutes, max } => {
            fill(t.checks.idle_minutes, &[("minutes", minutes), ("max", max)])
        }
        Message::BadSourceDate { date } => fill(t.checks.bad_source_date, &[("date", date)]),
        Message::LevelsOutOfOrder { found } => fill(
            t.checks.levels_out_of_order,
            &[("found", &found.join(", "))],
        ),
        Message::RedWithout113 => t.checks.red_without_113.to_owned(),
        Message::PosterContactWithoutPhone { name: n } => {
            name(t.checks.poster_contact_without_phone, n)
        }
        Message::PublicWithoutPhone { name: n } => name(t.checks.public_without_phone, n),
        Message::PosterContactNotPublic { name: n } => name(t.checks.poster_contact_not_public, n),
        Message::InternalPublic { name: n } => name(t.checks.internal_public, n),
        Message::PosterWithoutMessages => t.checks.poster_without_messages.to_owned(),
        Message::PosterDoesNotFit { smallest } => {
            fill(t.checks.poster_does_not_fit, &[("smallest", smallest)])
        }
        Message::CardNotChosen => t.checks.card_not_chosen.to_owned(),
        Message::NotAPhrasing { id } => fill(t.checks.not_a_phrasing, &[("id", id)]),
        Message::TooManyOnCard { most } => fill(t.checks.too_many_on_card, &[("most", most)]),
        Message::NotACourseQuestion { id } => fill(t.checks.not_a_course_question, &[("id", id)]),
        Message::CourseQuestionTwice { id, first } => fill(
            t.checks.course_question_twice,
            &[("id", id), ("first", first)],
        ),
        Message::CourseModuleEmpty => t.checks.course_module_empty.to_owned(),
        Message::TooManyCourseQuestions { most } => {
            fill(t.checks.too_many_course_questions, &[("most", most)])
        }
        Message::PassMarkOutOfRange { found } => {
            fill(t.checks.pass_mark_out_of_range, &[("found", found)])
        }
        Message::CourseLeavesOut { left_out, most } => fill(
            t.checks.course_leaves_out,
            &[("left_out", left_out), ("most", most)],
        ),
        Message::CardContactWithoutNumber { name: n } => {
            name(t.checks.card_contact_without_number, n)
        }
        Message::CardDoesNotFit {
            side,
            needed,
            available,
        } => {
            let template = match side {
                CardSide::Front => t.checks.card_front_does_not_fit,
                CardSide::Back => t.checks.card_back_does_not_fit,
            };
            fill(template, &[("needed", needed), ("available", available)])
        }
        Message::NoGlyph { character } => fill(
            t.checks.no_glyph,
            &[
                ("character", character),
                ("code", &format!("{:04X}", u32::from(*character))),
            ],
        ),
        Message::OwnReplacement { id } => fill(t.checks.own_replacement, &[("id", id)]),
        Message::ToVerifyWithoutSource { name: n } => name(t.checks.to_verify_without_source, n),
        Message::ToVerify { name: n, note } => {
            let text = name(t.checks.to_verify, n);
            match note {
                Some(note) => fill(t.checks.with_note, &[("text", &text), ("note", note)]),
                None => text,
            }
        }
        Message::PlaceholderWithPhone { name: n } => name(t.checks.placeholder_with_phone, n),
        Message::Placeholder { name: n } => name(t.checks.placeholder, n),
        Message::PersonsOwnWithPhone { name: n } => name(t.checks.persons_own_with_phone, n),
        Message::PersonsOwnPlaceholder { name: n } => name(t.checks.persons_own_placeholder, n),
        Message::VerifiedWithoutMeans { name: n } => name(t.checks.verified_without_means, n),
        Message::VerifiedWithoutSource { name: n } => name(t.checks.verified_without_source, n),
        Message::VerifiedWithoutDate { name: n } => name(t.checks.verified_without_date, n),
        Message::VerifiedInFuture { date } => fill(t.checks.verified_in_future, &[("date", date)]),
        Message::Stale {
            name: n,
            date,
            months,
        } => fill(
            t.checks.stale,
            &[("name", n), ("date", date), ("months", months)],
        ),
        Message::NoWeekdays => t.checks.no_weekdays.to_owned(),
        Message::LevelWithoutChecklist { level } => {
            fill(t.checks.level_without_checklist, &[("level", level)])
        }
        Message::CriterionHiddenForAudience { id, audience } => fill(
            t.checks.criterion_hidden,
            &[("id", id), ("audience", audience)],
        ),
        Message::VedTvilWithoutCriteria => t.checks.ved_tvil_without_criteria.to_owned(),
        Message::CaseWithoutCriteria => t.checks.case_without_criteria.to_owned(),
        Message::CaseBelowCriteria { level, decided } => fill(
            t.checks.case_below_criteria,
            &[("level", level), ("decided", decided)],
        ),
        Message::CaseAboveCriteria { level, decided } => fill(
            t.checks.case_above_criteria,
            &[("level", level), ("decided", decided)],
        ),
        Message::VedTvilNotNeeded { level } => {
            fill(t.checks.ved_tvil_not_needed, &[("level", level)])
        }
        Message::CriterionNotTaught { id } => fill(t.checks.criterion_not_taught, &[("id", id)]),
        Message::RetiredIdReused { id, version } => fill(
            t.checks.retired_id_reused,
            &[("id", id), ("version", version)],
        ),
        Message::RetiredIdReferenced { id, version } => fill(
            t.checks.retired_id_referenced,
            &[("id", id), ("version", version)],
        ),
        Message::TooLongToRead { characters, most } => fill(
            t.checks.too_long_to_read,
            &[("characters", characters), ("most", most)],
        ),
        Message::HardToRead { words, lix, most } => fill(
            t.checks.hard_to_read,
            &[
                ("words", words),
                ("lix", &lix_figure(*lix, t)),
                ("most", &lix_figure(*most, t)),
            ],
        ),
        Message::LixTooHigh { section, lix, most } => {
            let texts = match section {
                None => t.checks.conversation_texts.to_owned(),
                Some(s) => fill(t.checks.section_texts, &[("path", &s.path())]),
            };
            fill(
                t.checks.lix_too_high,
                &[
                    ("texts", &texts),
                    ("lix", &lix_figure(*lix, t)),
                    ("most", &lix_figure(*most, t)),
                ],
            )
        }
        Message::GateFieldOutsideQuestions => t.checks.gate_field_outside_questions.to_owned(),
        Message::CallFirstOutsideCriteria => t.checks.call_first_outside_criteria.to_owned(),
        Message::QuestionAcrossLevels { levels } => fill(
            t.checks.question_across_levels,
            &[("levels", &levels.join(", "))],
        ),
        Message::UnclearWithoutCriteria => t.checks.unclear_without_criteria.to_owned(),
        Message::CallFirstWithoutPhone { name } => {
            fill(t.checks.call_first_without_phone, &[("name", name)])
        }
        Message::TooFewOptions => t.checks.too_few_options.to_owned(),
        Message::NoCorrectOption => t.checks.no_correct_option.to_owned(),
    }
}

/// A LIX figure with the language's decimal sign: «29,8».
pub fn lix_figure(lix: Lix, t: &Texts) -> String {
    let (whole, tenth) = lix.parts();
    fill(t.checks.decimal, &[("whole", &whole), ("tenth", &tenth)])
}

/// A routine's LIX figures in one line: the whole, then each section by its path.
pub fn readability_figures(figures: &Readability, t: &Texts) -> String {
    let lix = |counts: Counts| {
        counts
            .lix()
            .map_or_else(|| "–".to_owned(), |l| lix_figure(l, t))
    };
    let sections: Vec<String> = figures
        .sections
        .iter()
        .map(|(section, counts)| format!("{} {}", section.path(), lix(*counts)))
        .collect();
    fill(
        t.checks.readability_figures,
        &[
            ("lix", &lix(figures.overall)),
            ("sections", &sections.join(", ")),
        ],
    )
}

fn quoted(text: &str, t: &Texts) -> String {
    fill(t.checks.quoted, &[("text", &text)])
}

fn io_reason(io: &IoProblem, t: &Texts) -> String {
    match io {
        IoProblem::NotFound => t.checks.io_not_found.to_owned(),
        IoProblem::PermissionDenied => t.checks.io_permission.to_owned(),
        IoProblem::IsADirectory => t.checks.io_directory.to_owned(),
        IoProblem::Other(error) => error.clone(),
    }
}

fn json_syntax(syntax: &JsonSyntax, t: &Texts) -> String {
    match syntax {
        JsonSyntax::EndOfFile => t.checks.json_end_of_file,
        JsonSyntax::ExpectedCommaOrBrace => t.checks.json_comma_or_brace,
        JsonSyntax::ExpectedCommaOrBracket => t.checks.json_comma_or_bracket,
        JsonSyntax::TrailingComma => t.checks.json_trailing_comma,
        JsonSyntax::KeyNotString => t.checks.json_key_not_string,
        JsonSyntax::ExpectedColon => t.checks.json_colon,
        JsonSyntax::ExpectedValue => t.checks.json_value,
        JsonSyntax::ControlCharacter => t.checks.json_control_character,
        JsonSyntax::InvalidEscape => t.checks.json_invalid_escape,
        JsonSyntax::TooDeep => t.checks.json_too_deep,
        JsonSyntax::TrailingCharacters => t.checks.json_trailing_characters,
        JsonSyntax::DuplicateKey(key) => return fill(t.checks.json_duplicate_key, &[("key", key)]),
        JsonSyntax::Other(english) => return english.clone(),
    }
    .to_owned()
}

fn expected_type(expected: Expected, t: &Texts) -> &'static str {
    match expected {
        Expected::Object => t.checks.type_object,
        Expected::Text => t.checks.type_quoted_text,
        Expected::TrueFalse => t.checks.type_true_false,
        Expected::WholeNumber => t.checks.type_whole_number,
        Expected::List => t.checks.type_list,
    }
}

fn json_type(found: JsonType, t: &Texts) -> &'static str {
    match found {
        JsonType::Null => t.checks.type_null,
        JsonType::Bool => t.checks.type_bool,
        JsonType::Number => t.checks.type_number,
        JsonType::Text => t.checks.type_text,
        JsonType::List => t.checks.type_list,
        JsonType::Object => t.checks.type_object,
    }
}

fn choice_name(choice: Choice, t: &Texts) -> &'static str {
    match choice {
        Choice::Level => t.checks.choice_level,
        Choice::Weekday => t.checks.choice_weekday,
        Choice::SignKind => t.checks.choice_sign_kind,
        Choice::Scope => t.checks.choice_scope,
        Choice::Role => t.checks.choice_role,
        Choice::Status => t.checks.choice_status,
    }
}

fn advice_text(advice: &Advice, phrase: &str, t: &Texts) -> String {
    match advice {
        Advice::Instead(instead) => fill(
            t.checks.advice_instead,
            &[("instead", instead), ("phrase", &phrase)],
        ),
        Advice::NoGrading => t.checks.advice_no_grading.to_owned(),
        Advice::NoScore => t.checks.advice_no_score.to_owned(),
    }
}

/// What an id names: the bare noun, and the noun with its article.
fn id_kind(kind: IdKind, t: &Texts) -> (&'static str, &'static str) {
    match kind {
        IdKind::Source => (t.checks.kind_source, t.checks.a_source),
        IdKind::Audience => (t.checks.kind_audience, t.checks.a_audience),
        IdKind::Sector => (t.checks.kind_sector, t.checks.a_sector),
        IdKind::Contact => (t.checks.kind_contact, t.checks.a_contact),
        IdKind::Sign => (t.checks.kind_sign, t.checks.a_sign),
        IdKind::Factor => (t.checks.kind_factor, t.checks.a_factor),
        IdKind::Criterion => (t.checks.kind_criterion, t.checks.a_criterion),
        IdKind::GuidanceItem => (t.checks.kind_guidance_item, t.checks.a_guidance_item),
        IdKind::Other => (t.checks.kind_other, t.checks.a_other),
    }
}

fn needed(needs: Needed, t: &Texts) -> &'static str {
    match needs {
        Needed::Audience => t.checks.needs_audience,
        Needed::Phrasing => t.checks.needs_phrasing,
        Needed::SignGroup => t.checks.needs_sign_group,
        Needed::Sign => t.checks.needs_sign,
        Needed::Criterion => t.checks.needs_criterion,
        Needed::Action => t.checks.needs_action,
        Needed::Contact => t.checks.needs_contact,
        Needed::Level => t.checks.needs_level,
        Needed::Paragraph => t.checks.needs_paragraph,
    }
}

/// A file that could not be read, with its name.
pub fn unreadable(unreadable: &Unreadable, t: &Texts) -> String {
    fill(
        t.checks.unreadable_file,
        &[
            ("file", &unreadable.path.display()),
            ("reason", &io_reason(&unreadable.problem(), t)),
        ],
    )
}

/// Why a routine was not saved.
pub fn save_error(error: &SaveError, t: &Texts) -> String {
    match error {
        SaveError::Invalid(count) => fill(t.checks.save_invalid, &[("count", count)]),
        SaveError::Io { path, source } => fill(
            t.checks.save_io,
            &[("file", &path.display()), ("error", source)],
        ),
        SaveError::Conflict {
            path,
            on_disk: Some(_),
        } => fill(t.checks.save_conflict_changed, &[("file", &path.display())]),
        SaveError::Conflict {
            path,
            on_disk: None,
        } => fill(t.checks.save_conflict_gone, &[("file", &path.display())]),
    }
}

/// Why a printable was not made or written.
pub fn export_error(error: &ExportError, t: &Texts) -> String {
    match error {
        ExportError::Font => t.print.font_unreadable.to_owned(),
        ExportError::Write { path, source } => {
            fill(t.print.cannot_write, &[("file", path), ("error", source)])
        }
    }
}

/// The command line and the log speak bokmål.
fn bokmal() -> &'static Texts {
    Language::Bokmal.texts()
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&problem(self, bokmal()))
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&message(self, bokmal()))
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&location(self, bokmal()))
    }
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&unreadable(self, bokmal()))
    }
}

impl std::error::Error for Unreadable {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&save_error(self, bokmal()))
    }
}

impl std::error::Error for SaveError {}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&export_error(self, bokmal()))
    }
}

impl std::error::Error for ExportError {}
