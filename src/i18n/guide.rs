//! Texts of the conversation guide: the steps, their prompts and the copied summary.

texts! {
    Guide {
        step_who: ["Hvem gjelder det?", "Kven gjeld det?", "Who is it about?"],
        step_notice: [
            "Hva merker du?",
            "Kva merkar du?",
            "What do you notice?",
        ],
        step_ask: ["Spør direkte", "Spør direkte", "Ask directly"],
        step_acute: ["Er det akutt?", "Er det akutt?", "Is it acute?"],
        step_act: ["Hva gjør du nå?", "Kva gjer du no?", "What do you do now?"],
        step_checklist: ["Før dere skilles", "Før de skiljast", "Before you part"],
        step_summary: ["Oppsummering", "Oppsummering", "Summary"],
        step_button: ["{number}. {title}", "{number}. {title}", "{number}. {title}"],
        step_of: [
            "Steg {number} av {total} · {title}",
            "Steg {number} av {total} · {title}",
            "Step {number} of {total} · {title}",
        ],
        back: ["Tilbake", "Tilbake", "Back"],
        next: ["Neste", "Neste", "Next"],
        reset: ["Nullstill", "Nullstill", "Reset"],
        reset_hover: [
            "Glem alt fra denne samtalen og begynn på nytt",
            "Gløym alt frå denne samtalen og byrj på nytt",
            "Forget everything from this conversation and start again",
        ],
        who_intro: [
            "Hvem er du bekymret for? Valget tilpasser råd og kontakter. Du skal ikke skrive navn eller andre opplysninger om personen.",
            "Kven er du uroa for? Valet tilpassar råd og kontaktar. Du skal ikkje skrive namn eller andre opplysningar om personen.",
            "Who are you worried about? The choice adapts the advice and contacts. Do not write a name or any other information about the person.",
        ],
        no_audience: [
            "Vet ikke / vil ikke velge",
            "Veit ikkje / vil ikkje velje",
            "Don't know / prefer not to choose",
        ],
        signs_no_score: [
            "Tegnene er ingen sum og ingen skår: hvert av dem er grunn nok til å spørre direkte.",
            "Teikna er ingen sum og ingen skår: kvart av dei er grunn nok til å spørje direkte.",
            "The signs are no sum and no score: each one of them is reason enough to ask directly.",
        ],
        ask_phrasings: ["Slik kan du spørre", "Slik kan du spørje", "How you can ask"],
        ask_follow_up: [
            "For å forstå hva som har skjedd",
            "For å forstå kva som har skjedd",
            "To understand what has happened",
        ],
        ask_level_questions: [
            "Spørsmål som hjelper deg å velge handlingsnivå",
            "Spørsmål som hjelper deg å velje handlingsnivå",
            "Questions that help you choose the action level",
        ],
        dos: ["Gjør", "Gjer", "Do"],
        donts: ["Ikke gjør", "Ikkje gjer", "Don't"],
        risk_factors: ["Risikofaktorer", "Risikofaktorar", "Risk factors"],
        triggering_situations: [
            "Situasjoner som bør skjerpe oppmerksomheten",
            "Situasjonar som bør skjerpe merksemda",
            "Situations that should sharpen your attention",
        ],
        protective_factors: [
            "Beskyttelsesfaktorer – hva gir personen styrke?",
            "Vernefaktorar – kva gir personen styrke?",
            "Protective factors – what gives the person strength?",
        ],
        tick_what_applies: [
            "Kryss av det som stemmer. Ved tvil, velg høyere nivå.",
            "Kryss av det som stemmer. Ved tvil, vel høgare nivå.",
            "Tick what applies. If in doubt, choose a higher level.",
        ],
        level_chosen: [
            "Handlingsnivå: {name} – {title}",
            "Handlingsnivå: {name} – {title}",
            "Action level: {name} – {title}",
        ],
        level_not_chosen: [
            "Handlingsnivå: ikke valgt ennå",
            "Handlingsnivå: ikkje valt enno",
            "Action level: not chosen yet",
        ],
        choose_level: ["Velg {level}", "Vel {level}", "Choose {level}"],
        gate_intro: [
            "Svar på spørsmålene. Et ja velger nivået med en gang.",
            "Svar på spørsmåla. Eit ja vel nivået med ein gong.",
            "Answer the questions. A yes chooses the level at once.",
        ],
        gate_level: ["Spørsmål for {level}", "Spørsmål for {level}", "Questions for {level}"],
        answer_yes: ["Ja", "Ja", "Yes"],
        answer_no: ["Nei", "Nei", "No"],
        answer_unclear: ["Vet ikke", "Veit ikkje", "Don't know"],
        answer_named: ["{answer}: {question}", "{answer}: {question}", "{answer}: {question}"],
        gate_all_no: [
            "Ingen av spørsmålene ga RØD eller GUL. Se gjennom alle kriteriene under. Passer ingenting, er det GRØNN.",
            "Ingen av spørsmåla gav RAUD eller GUL. Sjå gjennom alle kriteria under. Passar ingenting, er det GRØN.",
            "None of the questions gave RED or YELLOW. Go through all the criteria below. If nothing fits, it is GREEN.",
        ],
        all_criteria: ["Alle kriteriene", "Alle kriteria", "All the criteria"],
        from_answer: [
            "{criterion} (fra svaret ditt)",
            "{criterion} (frå svaret ditt)",
            "{criterion} (from your answer)",
        ],
        strip_level: ["{name} – {first}", "{name} – {first}", "{name} – {first}"],
        strip_none: [
            "Nivå: ikke valgt ennå",
            "Nivå: ikkje valt enno",
            "Level: not chosen yet",
        ],
        ring_now: ["Ring nå: {number}", "Ring no: {number}", "Call now: {number}"],
        ring_now_named: [
            "Ring nå: {number} – {name}",
            "Ring no: {number} – {name}",
            "Call now: {number} – {name}",
        ],
        to_act: ["Til steg 5: {step}", "Til steg 5: {step}", "To step 5: {step}"],
        no_level_yet: [
            "Du har ikke valgt nivå ennå. Er det akutt: ring 113. Ellers: legevakten. Svar på spørsmålene i steg 4 for å velge nivå.",
            "Du har ikkje valt nivå enno. Er det akutt: ring 113. Elles: legevakta. Svar på spørsmåla i steg 4 for å velje nivå.",
            "You have not chosen a level yet. If it is acute: call 113. Otherwise: the out-of-hours doctor. Answer the questions in step 4 to choose a level.",
        ],
        calling_title: ["Ring {number}", "Ring {number}", "Call {number}"],
        calling_number: ["{number}", "{number}", "{number}"],
        calling_help: [
            "Ring nummeret fra telefonen din. Har PC-en et program for telefon (Teams eller et annet), er det åpnet.",
            "Ring nummeret frå telefonen din. Har PC-en eit program for telefon (Teams eller eit anna), er det opna.",
            "Dial the number on your phone. If the PC has a program for calls (Teams or another), it has been opened.",
        ],
        calling_close: ["Lukk", "Lukk", "Close"],
        for_audience_mark: ["{text} (gjelder {audience})", "{text} (gjeld {audience})", "{text} (for {audience})"],
        audience_changes: [
            "Valget i steg 1 ({audience}): punktene merket «gjelder {audience}» er med fordi du valgte det.",
            "Valet i steg 1 ({audience}): punkta merkte «gjeld {audience}» er med fordi du valde det.",
            "Your choice in step 1 ({audience}): the items marked “for {audience}” are here because you chose it.",
        ],
        audience_changes_nothing: [
            "Valget i steg 1 ({audience}) endrer ingenting her.",
            "Valet i steg 1 ({audience}) endrar ingenting her.",
            "Your choice in step 1 ({audience}) changes nothing here.",
        ],
        only_higher: [
            "Du kan alltid velge et høyere nivå enn kryssene tilsier, aldri et lavere.",
            "Du kan alltid velje eit høgare nivå enn krossane tilseier, aldri eit lågare.",
            "You can always choose a higher level than the ticks call for, never a lower one.",
        ],
        choose_level_first: [
            "Velg handlingsnivå først.",
            "Vel handlingsnivå først.",
            "Choose an action level first.",
        ],
        go_to_step: ["Gå til «{step}»", "Gå til «{step}»", "Go to “{step}”"],
        contact_now: ["Kontakt nå ({when})", "Kontakt no ({when})", "Contact now ({when})"],
        use_instead: [
            "Bruk i stedet: {name}",
            "Bruk i staden: {name}",
            "Use instead: {name}",
        ],
        if_closed_use: [
            "Hvis stengt nå, bruk: {name}",
            "Om det er stengt no, bruk: {name}",
            "If closed now, use: {name}",
        ],
        to_verify: [
            "Opplysningene må bekreftes.",
            "Opplysningane må stadfestast.",
            "The details must be confirmed.",
        ],
        call: ["Ring {number}", "Ring {number}", "Call {number}"],
        number_missing: ["(nummer mangler)", "(nummer manglar)", "(number missing)"],
        before_parting: ["Før dere skilles:", "Før de skiljast:", "Before you part:"],
        summary_privacy: [
            "Oppsummeringen inneholder ingen opplysninger om hvem personen er. Kopier den inn i ditt eget fagsystem hvis tjenesten din skal dokumentere samtalen. Programmet lagrer ingenting.",
            "Oppsummeringa inneheld ingen opplysningar om kven personen er. Kopier ho inn i ditt eige fagsystem dersom tenesta di skal dokumentere samtalen. Programmet lagrar ingenting.",
            "The summary holds no information about who the person is. Copy it into your own case records system if your service is to document the conversation. The program saves nothing.",
        ],
        copy_summary: ["Kopier oppsummering", "Kopier oppsummering", "Copy summary"],
        new_conversation: ["Ny samtale", "Ny samtale", "New conversation"],
        summary_heading: [
            "Samtale etter «{title}» ({municipality}, versjon {version}), {date} kl. {time}.",
            "Samtale etter «{title}» ({municipality}, versjon {version}), {date} kl. {time}.",
            "Conversation following “{title}” ({municipality}, version {version}), {date} at {time}.",
        ],
        summary_audience: ["Målgruppe: {audience}.", "Målgruppe: {audience}.", "Target group: {audience}."],
        summary_level: [
            "Handlingsnivå: {name} – {title}.",
            "Handlingsnivå: {name} – {title}.",
            "Action level: {name} – {title}.",
        ],
        summary_no_level: [
            "Handlingsnivå: ikke valgt.",
            "Handlingsnivå: ikkje valt.",
            "Action level: not chosen.",
        ],
        summary_noticed: ["Lagt merke til:", "Lagt merke til:", "Noticed:"],
        summary_criteria: [
            "Kriterier for handlingsnivået:",
            "Kriterium for handlingsnivået:",
            "Criteria for the action level:",
        ],
        summary_checklist: ["Sjekkliste:", "Sjekkliste:", "Checklist:"],
    }
}

/// The line for a contact to use instead of `reach`'s: «Bruk i stedet: Kirkens SOS»
/// while it is closed, «Hvis stengt nå, bruk: …» for a day service whose hours are not
/// known. The window and the web pages both say it so.
pub fn use_instead(
    reach: &crate::routine::reach::ContactNow<'_>,
    other: &crate::routine::Contact,
    guide: &Guide,
) -> String {
    let template = if reach.is_closed() {
        guide.use_instead
    } else {
        guide.if_closed_use
    };
    super::fill(template, &[("name", &other.name)])
}

/// «Ring 116 117»: the text of a link that calls `phone`.
pub fn call(phone: &crate::routine::Phone, guide: &Guide) -> String {
    super::fill(guide.call, &[("number", &phone.display)])
}
