//! Validation table tests: each broken variant of the minimal routine gives exactly one
//! problem, at an exact place, with a message that says what is wrong.

use rutineveileder::checks::check_bytes;
use rutineveileder::routine::{Location, Severity};
use serde_json::{Value, json};

use crate::support::{fixture, minimal, today};

/// The minimal fixture as written, so line numbers match the file.
fn minimal_text() -> String {
    std::fs::read_to_string(fixture("minimal.json")).unwrap()
}

/// Sets the value at a JSON pointer, adding the field when it is new.
fn set(doc: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').expect("pointer has a parent");
    let parent = doc.pointer_mut(parent).expect("parent exists");
    match parent {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        Value::Array(list) => list[key.parse::<usize>().expect("index")] = value,
        _ => panic!("{pointer}: parent is neither object nor list"),
    }
}

/// Removes the field or list element at a JSON pointer.
fn remove(doc: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').expect("pointer has a parent");
    match doc.pointer_mut(parent).expect("parent exists") {
        Value::Object(map) => {
            map.remove(key).expect("field exists");
        }
        Value::Array(list) => {
            list.remove(key.parse::<usize>().expect("index"));
        }
        _ => panic!("{pointer}: parent is neither object nor list"),
    }
}

enum Change {
    Set(&'static str, Value),
    Remove(&'static str),
}
use Change::{Remove, Set};

struct Case {
    name: &'static str,
    changes: Vec<Change>,
    severity: Severity,
    path: &'static str,
    message: &'static str,
}

fn case(
    name: &'static str,
    changes: Vec<Change>,
    severity: Severity,
    path: &'static str,
    message: &'static str,
) -> Case {
    Case {
        name,
        changes,
        severity,
        path,
        message,
    }
}

fn cases() -> Vec<Case> {
    use Severity::{Error, Warning};
    vec![
        case(
            "a level question whose criteria are of two levels",
            vec![Set(
                "/ask/level_questions",
                json!([{ "id": "niva-1", "text": "Har du en plan?", "criteria": ["rod-k1", "gul-k1"] }]),
            )],
            Error,
            "ask.level_questions[0].criteria",
            "spørsmålet viser til kriterier på flere nivåer (RØD, GUL)",
        ),
        case(
            "an unclear answer on a question that names no criteria",
            vec![Set(
                "/ask/level_questions",
                json!([{ "id": "niva-1", "text": "Har du en plan?", "if_unclear": "rod-k1" }]),
            )],
            Error,
            "ask.level_questions[0].if_unclear",
            "«if_unclear» står på et spørsmål uten «criteria»",
        ),
        case(
            "criteria on an item that is not a level question",
            vec![Set("/ask/phrasings/0/criteria", json!(["rod-k1"]))],
            Error,
            "ask.phrasings[0].criteria",
            "bare et spørsmål i «ask.level_questions» kan vise til kriterier",
        ),
        case(
            "a contact to call first on an item that is not a criterion",
            vec![Set("/levels/0/actions/0/call_first", json!("amk"))],
            Error,
            "levels[0].actions[0].call_first",
            "bare et kriterium for et handlingsnivå kan si hvem som skal ringes først",
        ),
        case(
            "a contact to call first without a number",
            vec![Set("/levels/0/criteria/0/call_first", json!("fastlege"))],
            Error,
            "levels[0].criteria[0].call_first",
            "«Fastlegen» har ikke telefonnummer og kan ikke være den som ringes først",
        ),
        case(
            "a retired id used again",
            vec![Set(
                "/retired_ids",
                json!([{ "id": "tegn-1", "version": "0.9" }]),
            )],
            Error,
            "warning_signs.groups[0].signs[0].id",
            "«tegn-1» ble tatt ut av bruk i versjon 0.9 og kan ikke brukes igjen",
        ),
        case(
            "a reference to a retired id",
            vec![
                Set(
                    "/retired_ids",
                    json!([{ "id": "tegn-0", "version": "0.9" }]),
                ),
                Set("/cases/1/signs", json!(["tegn-1", "tegn-0"])),
            ],
            Error,
            "cases[1].signs[1]",
            "«tegn-0» ble tatt ut av bruk i versjon 0.9; vis til det som erstattet det",
        ),
        case(
            "a retired id with a version that is not one",
            vec![Set(
                "/retired_ids",
                json!([{ "id": "tegn-0", "version": "ny" }]),
            )],
            Error,
            "retired_ids[0].version",
            "versjon «ny» er ugyldig",
        ),
        case(
            "a case naming guidance that is no guidance item",
            vec![Set("/cases/0/guidance", json!(["tegn-1"]))],
            Error,
            "cases[0].guidance[0]",
            "«tegn-1» skal være et punkt i en veiledning",
        ),
        case(
            "a text read in a conversation over 200 characters",
            vec![Set(
                "/levels/0/criteria/0/text",
                json!("Ring nå. ".repeat(23).trim_end()),
            )],
            Warning,
            "levels[0].criteria[0].text",
            "teksten har 206 tegn, mer enn de 200 som leses lett midt i en samtale",
        ),
        case(
            "unknown field",
            vec![Set("/contacts/1/phon", json!("113"))],
            Error,
            "contacts[1].phon",
            "ukjent felt «phon». Mente du «phone»?",
        ),
        case(
            "wrong type",
            vec![Set("/metadata/version", json!(1))],
            Error,
            "metadata.version",
            "forventet en tekst i anførselstegn, fant et tall",
        ),
        case(
            "missing required field",
            vec![Remove("/metadata/title")],
            Error,
            "metadata.title",
            "mangler feltet «title»",
        ),
        case(
            "dangling reference",
            vec![Set("/levels/1/contacts/0", json!("finnes-ikke"))],
            Error,
            "levels[1].contacts[0]",
            "fant ingen kontakt med id «finnes-ikke»",
        ),
        case(
            "reference to the wrong kind",
            vec![Set("/levels/1/contacts/0", json!("S1"))],
            Error,
            "levels[1].contacts[0]",
            "«S1» skal være en kontakt, men er en kilde",
        ),
        case(
            "duplicate id",
            vec![Set("/checklist/0/id", json!("tegn-1"))],
            Error,
            "checklist[0].id",
            "id «tegn-1» er allerede brukt i warning_signs.groups[0].signs[0]; hver id må være unik i hele filen",
        ),
        case(
            "malformed id",
            vec![Set("/cases/0/id", json!("case 1"))],
            Error,
            "cases[0].id",
            "id «case 1» er ugyldig",
        ),
        case(
            "empty required text",
            vec![Set("/levels/1/title", json!("  "))],
            Error,
            "levels[1].title",
            "teksten er tom",
        ),
        case(
            "malformed phone",
            vec![Set("/contacts/1/phone", json!("22 40 00 4O"))],
            Error,
            "contacts[1].phone",
            "«22 40 00 4O» er ikke et gyldig norsk telefonnummer",
        ),
        case(
            "malformed opening time",
            vec![Set("/contacts/1/hours/weekly/0/from", json!("25:00"))],
            Error,
            "contacts[1].hours.weekly[0].from",
            "«25:00» er ikke et gyldig klokkeslett",
        ),
        case(
            "unknown weekday",
            vec![Set("/contacts/1/hours/weekly/0/days/0", json!("monday"))],
            Error,
            "contacts[1].hours.weekly[0].days[0]",
            "«monday» er ikke en ukedag",
        ),
        case(
            "empty opening period",
            vec![Set("/contacts/1/hours/weekly/0/to", json!("08:00"))],
            Error,
            "contacts[1].hours.weekly[0]",
            "åpningstiden 08:00–08:00 er tom",
        ),
        case(
            "always open and weekly at once",
            vec![Set("/contacts/1/hours/always_open", json!(true))],
            Error,
            "contacts[1].hours",
            "«always_open» kan ikke stå sammen med «weekly»",
        ),
        case(
            "invalid date",
            vec![Set("/metadata/next_revision", json!("2027-02-30"))],
            Error,
            "metadata.next_revision",
            "«2027-02-30» er ikke en gyldig dato",
        ),
        case(
            "unknown level",
            vec![Set("/levels/2/level", json!("blue"))],
            Error,
            "levels[2].level",
            "«blue» er ikke et handlingsnivå",
        ),
        case(
            "levels out of order",
            vec![
                Set("/levels/1/level", json!("green")),
                Set("/levels/2/level", json!("yellow")),
            ],
            Error,
            "levels",
            "nøyaktig tre handlingsnivåer i rekkefølgen red, yellow, green; fant [red, green, yellow]",
        ),
        case(
            "red level without 113",
            vec![Set("/levels/0/contacts", json!(["sos"]))],
            Error,
            "levels[0].contacts",
            "RØD-nivået må ha en kontakt med telefonnummer 113",
        ),
        case(
            "level without criteria",
            vec![
                Set("/levels/2/criteria", json!([])),
                // The green case would name a criterion that is gone.
                Set("/cases/2/criteria", json!(["gul-k1"])),
                Set("/cases/2/level", json!("yellow")),
            ],
            Error,
            "levels[2].criteria",
            "listen er tom; her trengs minst ett kriterium",
        ),
        case(
            "placeholder with a number",
            vec![
                Set("/contacts/1/status", json!("placeholder")),
                Set("/contacts/1/last_verified", Value::Null),
            ],
            Error,
            "contacts[1].phone",
            "er en plassholder, men har telefonnummer",
        ),
        case(
            "verified without a source",
            vec![Set("/contacts/1/sources", json!([]))],
            Error,
            "contacts[1].sources",
            "er merket verifisert, men har ingen kilde",
        ),
        case(
            "verified without a date",
            vec![Remove("/contacts/1/last_verified")],
            Error,
            "contacts[1].last_verified",
            "mangler dato for når det ble sjekket",
        ),
        case(
            "verified in the future",
            vec![Set("/contacts/1/last_verified", json!("2027-01-01"))],
            Error,
            "contacts[1].last_verified",
            "verifiseringsdatoen 2027-01-01 er fram i tid",
        ),
        case(
            "idle timeout out of range",
            vec![Set("/idle_reset_minutes", json!(0))],
            Error,
            "idle_reset_minutes",
            "bruk 1 til 120",
        ),
        case(
            "unknown format version",
            vec![Set("/format", json!(4))],
            Error,
            "format",
            "formatversjon 4 er ukjent; dette programmet leser versjon 1 til 3",
        ),
        case(
            "case level below what its criteria call for",
            vec![Set("/cases/1/level", json!("yellow"))],
            Error,
            "cases[1].level",
            "saken har nivå GUL, men kriteriene krever RØD; nivået kan aldri være lavere enn kriteriene tilsier",
        ),
        case(
            "case level above its criteria without a doubt marked",
            vec![Set("/cases/0/level", json!("red"))],
            Error,
            "cases[0].level",
            "saken har nivå RØD, men kriteriene gir GUL; velg GUL, eller merk saken «ved_tvil»: true",
        ),
        case(
            "ved tvil on a level the criteria already give",
            vec![Set("/cases/0/ved_tvil", json!(true))],
            Error,
            "cases[0].ved_tvil",
            "«ved_tvil» er satt, men nivået GUL er det kriteriene gir; fjern «ved_tvil»",
        ),
        case(
            "ved tvil without criteria",
            vec![
                Set("/cases/0/ved_tvil", json!(true)),
                Set("/cases/0/criteria", json!([])),
                Set("/cases/2/criteria", json!(["gronn-k1", "gul-k1"])),
                Set("/cases/2/level", json!("yellow")),
            ],
            Error,
            "cases[0].ved_tvil",
            "«ved_tvil» sier at nivået er høyere enn kriteriene tilsier, men saken har ingen kriterier",
        ),
        case(
            "case without criteria",
            vec![
                Set("/cases/0/criteria", json!([])),
                Set("/cases/2/criteria", json!(["gronn-k1", "gul-k1"])),
                Set("/cases/2/level", json!("yellow")),
            ],
            Warning,
            "cases[0].criteria",
            "saken oppgir ingen kriterier",
        ),
        case(
            "case criterion that is a sign, not a level criterion",
            vec![Set("/cases/0/criteria", json!(["gul-k1", "tegn-1"]))],
            Error,
            "cases[0].criteria[1]",
            "«tegn-1» skal være et kriterium for et handlingsnivå, men er et varselsignal",
        ),
        case(
            "case criterion the guide hides for the case's audience",
            vec![
                Set(
                    "/audiences",
                    json!([{ "id": "alle", "label": "Alle" }, { "id": "barn", "label": "Barn" }]),
                ),
                Set("/levels/1/criteria/0/audiences", json!(["barn"])),
            ],
            Error,
            "cases[0].criteria[0]",
            "kriteriet «gul-k1» gjelder ikke målgruppen «alle»",
        ),
        case(
            "level criterion no case teaches",
            vec![
                Set("/cases/2/criteria", json!(["gul-k1"])),
                Set("/cases/2/level", json!("yellow")),
            ],
            Warning,
            "levels[2].criteria[0]",
            "kriteriet «gronn-k1» brukes ikke i noen øvingssak",
        ),
        case(
            "poster contact without a number",
            vec![Set("/poster_contacts", json!(["amk", "fastlege"]))],
            Error,
            "poster_contacts[1]",
            "«Fastlegen» har ikke telefonnummer, og plakaten henger offentlig",
        ),
        case(
            "poster contact not marked for citizens",
            vec![Set("/poster_contacts", json!(["amk", "sos"]))],
            Error,
            "poster_contacts[1]",
            "«Hjelpetelefon» står på plakaten, som henger offentlig, men er ikke merket for innbyggere",
        ),
        case(
            "public contact without a number",
            vec![Set("/contacts/2/public", json!(true))],
            Error,
            "contacts[2].public",
            "«Fastlegen» vises for innbyggere («public»), men har ikke telefonnummer",
        ),
        case(
            "internal route marked public",
            vec![Set("/contacts/0/internal", json!(true))],
            Error,
            "contacts[0].public",
            "er en intern vei for ansatte («internal») og kan ikke vises for innbyggere",
        ),
        case(
            "poster without messages",
            vec![Remove("/poster_messages")],
            Warning,
            "poster_messages",
            "plakaten har ingen tekster",
        ),
        case(
            "person's own contact with a number",
            vec![Set("/contacts/2/phone", json!("22 00 00 00"))],
            Error,
            "contacts[2].phone",
            "«Fastlegen» er personens egen kontakt («persons_own»), som ikke har ett nummer i rutinen",
        ),
        case(
            "person's own contact marked as a placeholder",
            vec![
                Set("/contacts/2/status", json!("placeholder")),
                Remove("/contacts/2/last_verified"),
            ],
            Error,
            "contacts[2].status",
            "«Fastlegen» er personens egen kontakt («persons_own») og mangler ikke noe nummer",
        ),
        case(
            "a content language the program cannot print in",
            vec![Set("/metadata/language", json!("no"))],
            Error,
            "metadata.language",
            "språket «no» er ukjent; bruk «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk)",
        ),
        case(
            "malformed source date",
            vec![Set("/sources/0/date", json!("mai 2024"))],
            Error,
            "sources[0].date",
            "«mai 2024» er ikke en gyldig dato for kilden",
        ),
        case(
            "level without checklist items",
            vec![Set("/checklist/0/levels", json!(["red", "yellow"]))],
            Error,
            "checklist",
            "ingen sjekkpunkter for nivået «green»",
        ),
        case(
            "case sign that does not exist",
            vec![Set("/cases/0/signs/1", json!("rf-2"))],
            Error,
            "cases[0].signs[1]",
            "fant ingen varselsignal med id «rf-2»",
        ),
        case(
            "self-check without a right answer",
            vec![Set("/self_check/0/options/0/correct", json!(false))],
            Error,
            "self_check[0].options",
            "ingen svaralternativer er merket riktige",
        ),
        case(
            "contact as its own replacement",
            vec![Set("/contacts/1/when_closed", json!(["sos"]))],
            Error,
            "contacts[1].when_closed",
            "kan ikke være sin egen erstatning",
        ),
        // A broken contact is reported once: references to it are not reported again.
        case(
            "reference to a contact skipped for another error",
            vec![Set("/contacts/1/scope", json!("global"))],
            Error,
            "contacts[1].scope",
            "«global» er ikke et virkeområde",
        ),
        case(
            "placeholder contact",
            vec![
                Set("/contacts/1/status", json!("placeholder")),
                Set("/contacts/1/phone", Value::Null),
            ],
            Warning,
            "contacts[1].status",
            "er en plassholder: nummeret mangler",
        ),
        case(
            "contact to verify",
            vec![Set("/contacts/1/status", json!("to_verify"))],
            Warning,
            "contacts[1].status",
            "«Hjelpetelefon» må bekreftes",
        ),
        case(
            "contact not verified for a year",
            vec![Set("/contacts/1/last_verified", json!("2025-11-25"))],
            Warning,
            "contacts[1].last_verified",
            "for over 12 måneder siden",
        ),
        case(
            "routine past its revision date",
            vec![Set("/metadata/next_revision", json!("2026-11-01"))],
            Warning,
            "metadata.next_revision",
            "skulle vært revidert 2026-11-01 (25 dager siden); si fra til Psykisk helse og rus",
        ),
        case(
            "draft without approval",
            vec![Set("/metadata/approval", Value::Null)],
            Warning,
            "metadata.approval",
            "rutinen er ikke godkjent ennå",
        ),
        case(
            "no address for the web site",
            vec![Remove("/metadata/web_address")],
            Warning,
            "metadata.web_address",
            "rutinen sier ikke hvor nettstedet er publisert (web_address)",
        ),
        case(
            "a web address over http",
            vec![Set(
                "/metadata/web_address",
                json!("http://www.testkommune.no/rutine/"),
            )],
            Error,
            "metadata.web_address",
            "«http://www.testkommune.no/rutine/» er ikke en gyldig nettadresse for nettstedet; skriv hele https-adressen",
        ),
        case(
            "a web address naming a page",
            vec![Set(
                "/metadata/web_address",
                json!("https://www.testkommune.no/rutine/index.html"),
            )],
            Error,
            "metadata.web_address",
            "er ikke en gyldig nettadresse",
        ),
        case(
            "a web address without a host",
            vec![Set("/metadata/web_address", json!("https:///rutine/"))],
            Error,
            "metadata.web_address",
            "er ikke en gyldig nettadresse",
        ),
        case(
            "a web address with a space",
            vec![Set(
                "/metadata/web_address",
                json!("https://www.testkommune.no/min rutine/"),
            )],
            Error,
            "metadata.web_address",
            "er ikke en gyldig nettadresse",
        ),
        case(
            "no one to tell about the pages' accessibility",
            vec![Remove("/metadata/feedback_contact")],
            Warning,
            "metadata.feedback_contact",
            "rutinen sier ikke hvem leserne skal gi beskjed til om feil i tilgjengeligheten på nettsidene (feedback_contact)",
        ),
        case(
            "a feedback contact that is a name",
            vec![Set("/metadata/feedback_contact", json!("Servicetorget"))],
            Error,
            "metadata.feedback_contact",
            "«Servicetorget» er verken en e-postadresse eller en https-adresse",
        ),
        case(
            "a feedback form over http",
            vec![Set(
                "/metadata/feedback_contact",
                json!("http://www.testkommune.no/skjema"),
            )],
            Error,
            "metadata.feedback_contact",
            "er verken en e-postadresse eller en https-adresse",
        ),
        case(
            "an accessibility statement without https",
            vec![Set(
                "/metadata/accessibility_statement",
                json!("uustatus.no/nb/erklaringer/publisert/1"),
            )],
            Error,
            "metadata.accessibility_statement",
            "«uustatus.no/nb/erklaringer/publisert/1» er ikke en gyldig adresse til tilgjengelighetserklæringen",
        ),
        case(
            "avoided wording",
            vec![Set("/purpose/intro", json!("Ingen skal begå selvmord."))],
            Warning,
            "purpose.intro",
            "skriv «ta sitt eget liv»",
        ),
        case(
            "risk grading",
            vec![Set("/levels/2/summary", json!("Lav risiko."))],
            Warning,
            "levels[2].summary",
            "rutinen skal ikke gradere risiko",
        ),
        case(
            "a character no embedded font draws",
            vec![Set(
                "/warning_signs/groups/0/signs/0/text",
                json!("Tegner \u{13000} overalt"),
            )],
            Warning,
            "warning_signs.groups[0].signs[0].text",
            "tegnet «\u{13000}» (U+13000) finnes ikke i noen av programmets skrifter",
        ),
        case(
            "pocket card the routine does not choose",
            vec![Remove("/pocket_card")],
            Warning,
            "pocket_card",
            "rutinen velger ikke hva lommekortet skal ha med",
        ),
        case(
            "pocket card phrasing that is not a phrasing",
            vec![Set("/pocket_card/ask", json!(["rod-k1"]))],
            Error,
            "pocket_card.ask[0]",
            "«rod-k1» er ikke en av formuleringene i «ask.phrasings»",
        ),
        case(
            "pocket card list longer than a card carries",
            vec![Set(
                "/pocket_card/out_of_hours",
                json!(["amk", "sos", "fastlege", "amk", "sos", "fastlege"]),
            )],
            Error,
            "pocket_card.out_of_hours",
            "lommekortet har plass til høyst 5 her",
        ),
        case(
            "pocket card back that does not fit at 7.5 pt",
            vec![
                Set(
                    "/contacts/1/name",
                    json!(
                        "Hjelpetelefonen som svarer hele døgnet for alle som har det vanskelig "
                            .repeat(8)
                    ),
                ),
                Set("/pocket_card/out_of_hours", json!(["amk", "sos"])),
            ],
            Error,
            "pocket_card.out_of_hours[1]",
            "lommekortets bakside har plass til 13 linjer med skrift på 7,5 pkt, men trenger",
        ),
        case(
            "pocket card front that does not fit at 7.5 pt",
            vec![Set(
                "/levels/1/title",
                json!("Haster, kontakt helsetjenesten samme dag ".repeat(12)),
            )],
            Error,
            "levels[1].title",
            "lommekortets forside har plass til 9 linjer med skrift på 7,5 pkt, men trenger",
        ),
        case(
            "poster texts that do not fit at 18 pt",
            vec![Set(
                "/poster_messages/0/text",
                json!(
                    "Vi har ingen å miste, og ingen kan gjøre alt, men alle kan gjøre noe. "
                        .repeat(12)
                ),
            )],
            Error,
            "poster_messages",
            "plakatens tekster og kontakter får ikke plass med skrift på minst 18 pkt (A3)",
        ),
    ]
}

#[test]
fn the_minimal_fixture_is_valid_without_warnings() {
    let bytes = serde_json::to_vec(&minimal()).unwrap();
    let checked = check_bytes(&bytes, today());
    assert_eq!(checked.problems, vec![]);
    assert!(checked.routine.is_some());
}

#[test]
fn each_broken_fixture_gives_exactly_its_problem() {
    for case in cases() {
        let mut doc = minimal();
        for change in case.changes {
            match change {
                Set(pointer, value) => set(&mut doc, pointer, value),
                Remove(pointer) => remove(&mut doc, pointer),
            }
        }
        let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
        let [problem] = checked.problems.as_slice() else {
            panic!(
                "{}: expected one problem, got {:#?}",
                case.name, checked.problems
            );
        };
        assert_eq!(problem.severity, case.severity, "{}", case.name);
        assert_eq!(
            problem.location,
            Location::Path(case.path.to_owned()),
            "{}",
            case.name
        );
        assert!(
            problem.message.to_string().contains(case.message),
            "{}: message {:?} lacks {:?}",
            case.name,
            problem.message,
            case.message
        );
        assert_eq!(
            checked.routine.is_some(),
            case.severity == Severity::Warning,
            "{}: a routine is usable exactly when it has no errors",
            case.name
        );
    }
}

#[test]
fn every_problem_is_collected_in_one_pass() {
    let mut doc = minimal();
    set(&mut doc, "/contacts/0/phon", json!("113"));
    set(&mut doc, "/metadata/version", json!(2));
    set(&mut doc, "/contacts/1/hours/weekly/0/from", json!("8"));
    remove(&mut doc, "/levels/1/name");
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    let paths: Vec<String> = checked
        .problems
        .iter()
        .map(|p| p.location.to_string())
        .collect();
    assert_eq!(
        paths,
        [
            "metadata.version",
            "levels[1].name",
            "contacts[0].phon",
            "contacts[1].hours.weekly[0].from"
        ]
    );
}

#[test]
fn paths_keep_the_file_numbering_after_a_broken_element() {
    // contacts[0] cannot be read; the warning about contacts[1] must still say [1].
    let mut doc = minimal();
    set(&mut doc, "/levels/0/contacts", json!(["sos"]));
    set(&mut doc, "/contacts/0/status", json!("unknown"));
    set(&mut doc, "/contacts/1/last_verified", json!("2025-01-01"));
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    let found: Vec<(Severity, String)> = checked
        .problems
        .iter()
        .map(|p| (p.severity, p.location.to_string()))
        .collect();
    assert!(
        found.contains(&(Severity::Error, "contacts[0].status".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&(Severity::Warning, "contacts[1].last_verified".into())),
        "{found:?}"
    );
}

fn only_problem(bytes: &[u8]) -> rutineveileder::routine::Problem {
    let checked = check_bytes(bytes, today());
    assert!(checked.routine.is_none());
    let [problem] = checked.problems.as_slice() else {
        panic!("expected one problem, got {:#?}", checked.problems);
    };
    problem.clone()
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = minimal_text();
    // Drop the comma after the format line: line 2 ends `"format": 2,`.
    let broken = text.replacen("\"format\": 2,", "\"format\": 2", 1);
    let problem = only_problem(broken.as_bytes());
    assert_eq!(problem.location, Location::Position { line: 3, column: 3 });
    assert!(
        problem
            .message
            .to_string()
            .contains("forventet «,» eller «}»"),
        "{}",
        problem.message
    );
}

#[test]
fn truncated_file_says_the_structure_is_not_closed() {
    let text = serde_json::to_string_pretty(&minimal()).unwrap();
    let problem = only_problem(&text.as_bytes()[..text.len() / 2]);
    assert!(matches!(problem.location, Location::Position { .. }));
    assert!(
        problem
            .message
            .to_string()
            .contains("slutter før JSON-strukturen er lukket")
    );
}

#[test]
fn windows_notepad_files_with_bom_and_crlf_are_accepted() {
    let text = serde_json::to_string_pretty(&minimal())
        .unwrap()
        .replace('\n', "\r\n");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let checked = check_bytes(&bytes, today());
    assert_eq!(checked.problems, vec![]);
    assert!(checked.routine.is_some());
}

#[test]
fn a_file_that_is_not_utf8_says_so_and_where() {
    let text = minimal_text();
    // "Testkommune" → "Testkømmune" in Windows-1252 (ø = 0xF8), on line 6.
    let bytes: Vec<u8> = text
        .replacen("Testkommune", "Testk\u{1}mmune", 1)
        .bytes()
        .map(|b| if b == 1 { 0xF8 } else { b })
        .collect();
    let problem = only_problem(&bytes);
    assert!(
        problem
            .message
            .to_string()
            .contains("ikke lagret som UTF-8"),
        "{}",
        problem.message
    );
    let Location::Position { line, column } = problem.location else {
        panic!("expected a position, got {:?}", problem.location);
    };
    assert_eq!(line, 6);
    assert_eq!(
        column,
        text.lines().nth(5).unwrap().find("Testk").unwrap() + 6
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let problem = only_problem(deep.as_bytes());
    assert!(
        problem.message.to_string().contains("nestet for dypt"),
        "{}",
        problem.message
    );
}

#[test]
fn nul_bytes_and_other_types_at_the_top_are_errors() {
    assert!(
        only_problem(b"{\"format\": 1,\0}")
            .message
            .to_string()
            .starts_with("ugyldig JSON")
    );
    assert_eq!(
        only_problem(b"[]").message.to_string(),
        "forventet et objekt { … }, fant en liste [ … ]"
    );
    assert!(
        only_problem(b"")
            .message
            .to_string()
            .starts_with("ugyldig JSON")
    );
}

#[test]
fn oversized_input_is_refused_without_parsing() {
    let huge = vec![b' '; 5 * 1024 * 1024];
    let problem = only_problem(&huge);
    assert_eq!(problem.location, Location::File);
    assert!(
        problem
            .message
            .to_string()
            .contains("høyst 4 MB en rutinefil kan være"),
        "{}",
        problem.message
    );
}

#[test]
fn a_field_written_twice_is_an_error_not_a_silent_replacement() {
    let text = minimal_text().replacen(
        "\"phone\": \"113\",",
        "\"phone\": \"113\", \"phone\": \"22 40 00 40\",",
        1,
    );
    let problem = only_problem(text.as_bytes());
    assert!(matches!(problem.location, Location::Position { .. }));
    assert!(
        problem
            .message
            .to_string()
            .contains("feltet «phone» står to ganger"),
        "{}",
        problem.message
    );
}

#[test]
fn a_format_1_file_still_reads_and_is_told_what_it_lacks() {
    let mut doc = minimal();
    set(&mut doc, "/format", json!(1));
    for pointer in ["/level_rule", "/poster_messages", "/sources/0/date"] {
        remove(&mut doc, pointer);
    }
    for case in 0..3 {
        remove(&mut doc, &format!("/cases/{case}/criteria"));
    }
    remove(&mut doc, "/contacts/2/persons_own");
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    assert!(checked.routine.is_some(), "{:?}", checked.problems);
    assert!(
        checked
            .problems
            .iter()
            .all(|p| p.severity == Severity::Warning),
        "{:?}",
        checked.problems
    );
    let at = |path: &str| {
        checked
            .problems
            .iter()
            .any(|p| p.location == Location::Path(path.into()))
    };
    assert!(at("poster_messages"));
    assert!(at("cases[0].criteria"));
}

/// A placeholder on the pocket card's list is left off the card: check says so beside
/// the placeholder's own warning, and the card does not print it.
#[test]
fn a_placeholder_on_the_card_is_left_off_it_and_check_says_so() {
    let mut doc = minimal();
    set(&mut doc, "/contacts/1/status", json!("placeholder"));
    remove(&mut doc, "/contacts/1/phone");
    set(&mut doc, "/pocket_card/out_of_hours", json!(["sos"]));
    let checked = check_bytes(&serde_json::to_vec(&doc).unwrap(), today());
    let at_card: Vec<&rutineveileder::routine::Problem> = checked
        .problems
        .iter()
        .filter(|p| p.location == Location::Path("pocket_card.out_of_hours[0]".into()))
        .collect();
    assert_eq!(at_card.len(), 1, "{:#?}", checked.problems);
    assert_eq!(at_card[0].severity, Severity::Warning);
    assert!(at_card[0].to_string().contains("står ikke på lommekortet"));
    let routine = checked.routine.expect("a warning, not an error");
    let card =
        rutineveileder::export::render(rutineveileder::export::Kind::PocketCard, &routine).unwrap();
    let text = lopdf::Document::load_mem(&card.bytes)
        .unwrap()
        .extract_text(&[1])
        .unwrap();
    assert!(!text.contains("Hjelpetelefon"), "left off the card");
    assert!(!text.contains("nummer mangler"), "no gap on the card");
}
