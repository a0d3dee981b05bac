//! The words the staff course adds to the routine's own text: module headings, how the
//! course works, the answer buttons and feedback, and the result. The course is in the
//! routine's language, like the web pages it stands among.

use super::{Texts, approval, fill};
use crate::routine::{Module, Routine, Standing};

texts! {
    CourseTexts {
        slug: ["kurs", "kurs", "course"],
        package_name: ["kurs", "kurs", "course"],
        home_link: [
            "Kurs i rutinen for alle ansatte (ca. {minutes} minutter)",
            "Kurs i rutinen for alle tilsette (ca. {minutes} minutt)",
            "Course in the routine for all employees (about {minutes} minutes)",
        ],
        title: ["Kurs: {title}", "Kurs: {title}", "Course: {title}"],
        intro: [
            "Kurset har {modules} korte deler. Hver del slutter med spørsmål, og du får svar med en gang. Det første svaret ditt på hvert spørsmål teller.",
            "Kurset har {modules} korte delar. Kvar del sluttar med spørsmål, og du får svar med ein gong. Det første svaret ditt på kvart spørsmål tel.",
            "The course has {modules} short parts. Each part ends with questions, and you get the answer at once. Your first answer to each question counts.",
        ],
        total_time: [
            "Kurset tar ca. {minutes} minutter.",
            "Kurset tek ca. {minutes} minutt.",
            "The course takes about {minutes} minutes.",
        ],
        pass_mark: [
            "Du består når minst {pass_mark} av 100 svar er riktige.",
            "Du står når minst {pass_mark} av 100 svar er rette.",
            "You pass when at least {pass_mark} of 100 answers are correct.",
        ],
        stores_nothing: [
            "Kurset lagrer ingenting om deg eller svarene dine. Lukker du siden, er svarene borte.",
            "Kurset lagrar ingenting om deg eller svara dine. Lukkar du sida, er svara borte.",
            "The course stores nothing about you or your answers. If you close the page, the answers are gone.",
        ],
        needs_script: [
            "Spørsmålene virker bare med JavaScript slått på. Teksten kan du lese uten.",
            "Spørsmåla verkar berre med JavaScript slått på. Teksten kan du lese utan.",
            "The questions work only with JavaScript turned on. You can read the text without it.",
        ],
        contents: ["Innhold", "Innhald", "Contents"],
        module_heading: ["{number}. {title}", "{number}. {title}", "{number}. {title}"],
        module_time: ["ca. {minutes} min", "ca. {minutes} min", "about {minutes} min"],
        module_why: ["Hvorfor rutinen finnes", "Kvifor rutinen finst", "Why the routine exists"],
        module_notice: ["Hva du legger merke til", "Kva du legg merke til", "What to notice"],
        module_ask: ["Slik spør du direkte", "Slik spør du direkte", "How to ask directly"],
        module_levels: ["Handlingsnivåene", "Handlingsnivåa", "The action levels"],
        module_contacts: ["Hvem du kontakter", "Kven du kontaktar", "Whom to contact"],
        module_parting: ["Før dere skilles", "Før de skiljast", "Before you part"],
        module_aftercare: ["Ta vare på deg selv", "Ta vare på deg sjølv", "Looking after yourself"],
        notice_more: [
            "Risikofaktorer, beskyttelsesfaktorer og situasjoner som bør skjerpe oppmerksomheten, står i rutinen.",
            "Risikofaktorar, vernefaktorar og situasjonar som bør skjerpe merksemda, står i rutinen.",
            "Risk factors, protective factors and situations that call for closer attention are in the routine.",
        ],
        levels_more: [
            "Alt du gjør på hvert nivå, står i rutinen.",
            "Alt du gjer på kvart nivå, står i rutinen.",
            "Everything you do at each level is in the routine.",
        ],
        see_page: ["Se «{page}».", "Sjå «{page}».", "See “{page}”."],
        contacts_day: ["På dagtid", "På dagtid", "In the daytime"],
        contacts_any: [
            "Kveld, natt, helg og døgnet rundt",
            "Kveld, natt, helg og døgnet rundt",
            "Evenings, nights, weekends and round the clock",
        ],
        questions: ["Spørsmål", "Spørsmål", "Questions"],
        question_of: [
            "Spørsmål {number} av {total}",
            "Spørsmål {number} av {total}",
            "Question {number} of {total}",
        ],
        case_made_up: [
            "En oppdiktet case: {title}",
            "Ein oppdikta case: {title}",
            "A made-up case: {title}",
        ],
        case_question: [
            "Hvilket handlingsnivå gjelder?",
            "Kva handlingsnivå gjeld?",
            "Which action level applies?",
        ],
        answer: ["Svar", "Svar", "Answer"],
        choose_first: ["Velg et svar først.", "Vel eit svar først.", "Choose an answer first."],
        right: ["Riktig.", "Rett.", "Correct."],
        wrong: ["Ikke riktig.", "Ikkje rett.", "Not correct."],
        you_answered: ["Du svarte: {answer}", "Du svarte: {answer}", "You answered: {answer}"],
        routine_answer: [
            "Rutinens svar: {answer}",
            "Svaret i rutinen: {answer}",
            "The routine's answer: {answer}",
        ],
        answer_or: [" eller ", " eller ", " or "],
        case_contacts: [
            "Kontakter i rutinens svar: {contacts}",
            "Kontaktar i svaret i rutinen: {contacts}",
            "Contacts in the routine's answer: {contacts}",
        ],
        result: ["Resultat", "Resultat", "Result"],
        confirmation: [
            "Bekreftelse på gjennomført kurs",
            "Stadfesting på gjennomført kurs",
            "Confirmation of a completed course",
        ],
        routine_line: ["Rutine: {title}, {municipality}", "Rutine: {title}, {municipality}", "Routine: {title}, {municipality}"],
        draft: ["Utkast, ikke godkjent", "Utkast, ikkje godkjend", "Draft, not approved"],
        date: ["Dato: {date}", "Dato: {date}", "Date: {date}"],
        progress: [
            "Du har svart på {answered} av {total} spørsmål.",
            "Du har svart på {answered} av {total} spørsmål.",
            "You have answered {answered} of {total} questions.",
        ],
        score: [
            "Resultat: {score} av 100 ({right} av {total} svar riktige).",
            "Resultat: {score} av 100 ({right} av {total} svar rette).",
            "Result: {score} of 100 ({right} of {total} answers correct).",
        ],
        passed: [
            "Bestått. Grensen er {pass_mark}.",
            "Bestått. Grensa er {pass_mark}.",
            "Passed. The pass mark is {pass_mark}.",
        ],
        failed: [
            "Ikke bestått. Du trenger {pass_mark} for å bestå.",
            "Ikkje bestått. Du treng {pass_mark} for å stå.",
            "Not passed. You need {pass_mark} to pass.",
        ],
        completed: [
            "Du har svart på alle spørsmålene. Resultatet står under «Resultat».",
            "Du har svart på alle spørsmåla. Resultatet står under «Resultat».",
            "You have answered every question. The result is under “Result”.",
        ],
        no_questions: [
            "Kurset har ingen spørsmål.",
            "Kurset har ingen spørsmål.",
            "The course has no questions.",
        ],
        read_again: [
            "Les disse delene en gang til:",
            "Les desse delane ein gong til:",
            "Read these parts again:",
        ],
        reported: [
            "Resultatet er sendt til læringsplattformen.",
            "Resultatet er sendt til læringsplattforma.",
            "The result has been sent to the learning platform.",
        ],
        name_line: ["Navn:", "Namn:", "Name:"],
        print: ["Skriv ut bekreftelse", "Skriv ut stadfesting", "Print confirmation"],
        retake: ["Ta kurset på nytt", "Ta kurset på nytt", "Take the course again"],
    }
}

/// A module's title.
pub fn module_title(module: Module, t: &Texts) -> &'static str {
    match module {
        Module::Why => t.course.module_why,
        Module::Notice => t.course.module_notice,
        Module::Ask => t.course.module_ask,
        Module::Levels => t.course.module_levels,
        Module::Contacts => t.course.module_contacts,
        Module::Parting => t.course.module_parting,
        Module::Aftercare => t.course.module_aftercare,
    }
}

/// The routine's approval as the course's result says it, from where it stands
/// ([`Routine::standing`]): «Godkjent: 15.01.2026 av Kommuneoverlege», «Utkast, ikke
/// godkjent», or «Ikke godkjent – endret etter godkjenning».
pub fn approval_state(routine: &Routine, t: &Texts) -> String {
    match (routine.standing(), &routine.metadata.approval) {
        (Standing::Approved { .. }, Some(a)) => {
            fill(t.printed.approved, &[("approval", &approval(a, t))])
        }
        (Standing::NotApproved { .. }, _) => t.printed.changed_after_approval.to_owned(),
        (Standing::Unsigned { .. }, _) => t.signing.unsigned_state.to_owned(),
        _ => t.course.draft.to_owned(),
    }
}
