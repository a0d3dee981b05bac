//! The embedded routine (`routines/lier.json`): valid, complete and faithful to the seed.

use rutineveileder::checks::check_embedded;
use rutineveileder::routine::{
    ContactStatus, Factor, FactorList, Severity, load::EMBEDDED_ROUTINE,
};

use crate::support::today;

fn texts(list: &FactorList) -> Vec<String> {
    fn walk(factors: &[Factor], out: &mut Vec<String>) {
        for f in factors {
            out.push(f.item.text.clone());
            walk(&f.children, out);
        }
    }
    let mut out = Vec::new();
    for group in &list.groups {
        walk(&group.factors, &mut out);
    }
    out
}

#[test]
fn the_embedded_routine_has_no_errors() {
    let checked = check_embedded(today());
    let errors: Vec<_> = checked
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(checked.routine.is_some());
}

/// The seed's risk factors, in its own words (Lier's draft plan, «Risikofaktorer og sårbarheter»).
const SEED_RISK_FACTORS: [&str; 14] = [
    "Psykiske lidelser eller psykiske helseutfordringer, for eksempel depresjon, psykose, personlighetsforstyrrelse eller rusproblematikk",
    "Ensomhet",
    "En tilstand av håpløshet",
    "Impulsivitet",
    "Aggresjon",
    "Tap av sosial status",
    "Manglende nettverk, spesielt for barn og unge i omsorgssituasjonen",
    "Ett eller flere tidligere selvmordsforsøk eller alvorlig selvskading",
    "Selvmordstanker eller planer om selvmord",
    "Selvmord i familien eller vennekretsen",
    "Tap av nære relasjoner",
    "Belastende hendelser i livet: vedvarende konflikt, overgrep, omsorgssvikt, mobbing, samlivsbrudd, arbeidsløshet og ventetid før soning i fengsel",
    "Somatisk sykdom",
    "Utskriving etter innlegging i spesialisthelsetjenesten, og en periode etterpå",
];

/// The seed's protective factors («Beskyttelsesfaktorer»), both lists, with the nested ones.
const SEED_PROTECTIVE_FACTORS: [&str; 20] = [
    "Personlige ressurser",
    "Å kunne mobilisere mestring i vanskelige situasjoner",
    "Toleranse mot emosjonell smerte",
    "Troen på egen evne til å stå i belastninger",
    "God selvfølelse",
    "Gode og nære relasjoner, nettverk, sosial støtte, kontakt med familie/venner",
    "Å føle sosial tilhørighet til en gruppe mennesker",
    "Terapeutisk støtte, å kunne søke og ta imot hjelp",
    "Positive fremtidsplaner",
    "Trygg arbeidsplass og/eller skole, barnehage",
    "Trygg økonomi",
    "Opplevelse av mestring i hverdagen",
    "Spesielt for barn og unge",
    "Å kunne snakke med foreldre eller andre voksne om vanskelige ting",
    "Å høre til en fast gruppe eller gjeng",
    "Tidlig identifisering av psykiske lidelser",
    "Tilgjengelige tjenester med rett kompetanse",
    "God behandling for psykiske lidelser",
    "Kompetanse på å løse problemer og konflikt",
    "Avgrenset tilgang på metoder for selvmord",
];

#[test]
fn every_seed_risk_and_protective_factor_is_in_the_routine() {
    let routine = check_embedded(today()).routine.expect("valid routine");
    let risk = texts(&routine.risk_factors);
    for factor in SEED_RISK_FACTORS {
        assert!(
            risk.iter().any(|t| t == factor),
            "missing risk factor: {factor}"
        );
    }
    let protective = texts(&routine.protective_factors);
    for factor in SEED_PROTECTIVE_FACTORS {
        assert!(
            protective.iter().any(|t| t == factor),
            "missing protective factor: {factor}"
        );
    }
}

#[test]
fn protective_factors_keep_the_seeds_nesting() {
    let routine = check_embedded(today()).routine.expect("valid routine");
    let all: Vec<&Factor> = routine
        .protective_factors
        .groups
        .iter()
        .flat_map(|g| &g.factors)
        .collect();
    let children = |parent: &str| -> Vec<String> {
        all.iter()
            .find(|f| f.item.text == parent)
            .unwrap_or_else(|| panic!("no top-level factor {parent}"))
            .children
            .iter()
            .map(|c| c.item.text.clone())
            .collect()
    };
    assert_eq!(children("Personlige ressurser").len(), 4);
    assert_eq!(
        children("Spesielt for barn og unge"),
        [SEED_PROTECTIVE_FACTORS[13], SEED_PROTECTIVE_FACTORS[14]]
    );
}

#[test]
fn every_phone_number_has_a_source_or_is_a_placeholder() {
    let routine = check_embedded(today()).routine.expect("valid routine");
    for contact in &routine.contacts {
        if contact.phone.is_some() {
            assert!(
                !contact.sources.is_empty(),
                "{} has a number without a source",
                contact.id
            );
            assert_ne!(contact.status, ContactStatus::Placeholder, "{}", contact.id);
        }
        if contact.status == ContactStatus::Placeholder {
            assert!(
                contact.phone.is_none(),
                "{} is a placeholder with a number",
                contact.id
            );
        }
    }
}

#[test]
fn the_routine_file_never_grades_risk_and_uses_respectful_words() {
    let lower = EMBEDDED_ROUTINE.to_lowercase();
    for phrase in [
        "begå selvmord",
        "begikk selvmord",
        "lav risiko",
        "moderat risiko",
        "høy risiko",
        "risikonivå",
        "risikoskår",
        "risikoscore",
        "\"score\"",
    ] {
        assert!(
            !lower.contains(phrase),
            "routines/lier.json contains «{phrase}»"
        );
    }
}

#[test]
fn the_national_numbers_are_there() {
    let routine = check_embedded(today()).routine.expect("valid routine");
    for digits in ["113", "112", "116117", "116123", "22400040", "116111"] {
        assert!(
            routine
                .contacts
                .iter()
                .any(|c| c.phone.as_ref().is_some_and(|p| p.digits == digits)),
            "no contact with {digits}"
        );
    }
}

#[test]
fn writing_lier_s_routine_gives_back_its_file_byte_for_byte() {
    let text = std::fs::read(crate::support::lier_file()).unwrap();
    let routine = check_embedded(crate::support::today()).routine.unwrap();
    let written = rutineveileder::routine::write::to_bytes(&routine);
    assert!(
        written == text,
        "the writer and routines/lier.json differ: every field and spelling must round-trip"
    );
}
