//! Texts of training mode: the tabs, the presentation and its generated slides, the
//! practice cases and the self-check.

texts! {
    Training {
        presentation: ["Presentasjon", "Presentasjon", "Presentation"],
        cases: ["Øvingscaser", "Øvingscasar", "Practice cases"],
        self_check: ["Egenkontroll", "Eigenkontroll", "Self-check"],
        make_handout: [
            "Lag hefte til deltakerne",
            "Lag hefte til deltakarane",
            "Make handouts for the participants",
        ],
        previous: ["Forrige", "Førre", "Previous"],
        next: ["Neste", "Neste", "Next"],
        slide_of: [
            "Lysbilde {number} av {total}",
            "Lysbilete {number} av {total}",
            "Slide {number} of {total}",
        ],
        hide_notes: ["Skjul notater", "Skjul notat", "Hide notes"],
        show_notes: ["Vis notater", "Vis notat", "Show notes"],
        leave_full_screen: [
            "Avslutt fullskjerm (Esc)",
            "Avslutt fullskjerm (Esc)",
            "Leave full screen (Esc)",
        ],
        full_screen: ["Fullskjerm (F11)", "Fullskjerm (F11)", "Full screen (F11)"],
        note: ["Notat: {note}", "Notat: {note}", "Note: {note}"],
        case_intro: [
            "En oppdiktet øvingscase. Les den sammen, og svar som gruppe.",
            "Ein oppdikta øvingscase. Les casen saman, og svar som gruppe.",
            "A made-up practice case. Read it together and answer as a group.",
        ],
        what_do_you_notice: [
            "1. Hva legger dere merke til?",
            "1. Kva legg de merke til?",
            "1. What do you notice?",
        ],
        risk_factors: ["Risikofaktorer", "Risikofaktorar", "Risk factors"],
        triggering_situations: [
            "Situasjoner som bør skjerpe oppmerksomheten",
            "Situasjonar som bør skjerpe merksemda",
            "Situations that should sharpen your attention",
        ],
        which_level: [
            "2. Hvilket handlingsnivå?",
            "2. Kva handlingsnivå?",
            "2. Which action level?",
        ],
        whom_to_contact: [
            "3. Hvem kontakter dere?",
            "3. Kven kontaktar de?",
            "3. Who do you contact?",
        ],
        contacts: ["Kontakter", "Kontaktar", "Contacts"],
        reveal: ["Vis rutinens svar", "Vis svaret i rutinen", "Show the routine's answer"],
        try_again: ["Prøv på nytt", "Prøv på nytt", "Try again"],
        comparison: [
            "Rutinens svar ved siden av deres",
            "Svaret i rutinen ved sida av dykkar",
            "The routine's answer beside yours",
        ],
        routine_level: ["Rutinen: {level}", "Rutinen: {level}", "The routine: {level}"],
        chose_the_same: [
            "Dere valgte det samme: {level}",
            "De valde det same: {level}",
            "You chose the same: {level}",
        ],
        chose: ["Dere valgte: {level}", "De valde: {level}", "You chose: {level}"],
        chose_no_level: [
            "Dere valgte ikke noe nivå.",
            "De valde ikkje noko nivå.",
            "You chose no level.",
        ],
        why: ["Hvorfor: {why}", "Kvifor: {why}", "Why: {why}"],
        deciding_criteria: [
            "Kriteriene i historien som avgjør nivået:",
            "Kriteria i historia som avgjer nivået:",
            "The criteria in the story that decide the level:",
        ],
        criterion_line: ["{level}: {text}", "{level}: {text}", "{level}: {text}"],
        case_guidance: [
            "Veiledningen saken bygger på:",
            "Rettleiinga saka byggjer på:",
            "The guidance the case turns on:",
        ],
        guidance_line: ["{section}: {text}", "{section}: {text}", "{section}: {text}"],
        ved_tvil_note: [
            "Ved tvil, velg høyere nivå: kriteriene alene gir {level}, men rutinen velger et høyere nivå her. Se hvorfor.",
            "Ved tvil, vel høgare nivå: kriteria åleine gir {level}, men rutinen vel eit høgare nivå her. Sjå kvifor.",
            "If in doubt, choose a higher level: the criteria alone give {level}, but the routine chooses a higher level here. See why.",
        ],
        signs_both: [
            "Tegn både dere og rutinen har med ({count})",
            "Teikn både de og rutinen har med ({count})",
            "Signs both you and the routine included ({count})",
        ],
        signs_only_routine: [
            "Tegn rutinen har med, men ikke dere ({count})",
            "Teikn rutinen har med, men ikkje de ({count})",
            "Signs the routine included but you did not ({count})",
        ],
        signs_only_group: [
            "Tegn dere har med, men ikke rutinen ({count})",
            "Teikn de har med, men ikkje rutinen ({count})",
            "Signs you included but the routine did not ({count})",
        ],
        contacts_both: [
            "Kontakter både dere og rutinen har med ({count})",
            "Kontaktar både de og rutinen har med ({count})",
            "Contacts both you and the routine included ({count})",
        ],
        contacts_only_routine: [
            "Kontakter rutinen har med, men ikke dere ({count})",
            "Kontaktar rutinen har med, men ikkje de ({count})",
            "Contacts the routine included but you did not ({count})",
        ],
        contacts_only_group: [
            "Kontakter dere har med, men ikke rutinen ({count})",
            "Kontaktar de har med, men ikkje rutinen ({count})",
            "Contacts you included but the routine did not ({count})",
        ],
        for_discussion: ["Til diskusjon", "Til diskusjon", "For discussion"],
        score: [
            "{right} av {answered} besvarte riktig ({total} spørsmål i alt). Ingenting lagres.",
            "{right} av {answered} svara rett ({total} spørsmål i alt). Ingenting blir lagra.",
            "{right} of {answered} answered correctly ({total} questions in all). Nothing is saved.",
        ],
        new_round: ["Ny runde", "Ny runde", "New round"],
        right: ["Riktig.", "Rett.", "Correct."],
        wrong: ["Ikke riktig.", "Ikkje rett.", "Not correct."],
        slide_why: [
            "Hvorfor: vi har ingen å miste",
            "Kvifor: vi har ingen å miste",
            "Why: we have no one to lose",
        ],
        slide_warning_signs: [
            "Varselsignaler: {group}",
            "Varselsignal: {group}",
            "Warning signs: {group}",
        ],
        slide_protective_factors: ["Beskyttelsesfaktorer", "Vernefaktorar", "Protective factors"],
        slide_level_when: [
            "{name} – {title}: når",
            "{name} – {title}: når",
            "{name} – {title}: when",
        ],
        slide_level_actions: [
            "{name} – {title}: gjør dette",
            "{name} – {title}: gjer dette",
            "{name} – {title}: do this",
        ],
        slide_checklist: [
            "Sjekkliste før dere skilles",
            "Sjekkliste før de skiljast",
            "Checklist before you part",
        ],
        slide_version: ["Versjon {version}", "Versjon {version}", "Version {version}"],
        slide_ask: ["Slik spør du direkte", "Slik spør du direkte", "How to ask directly"],
        slide_dos: ["Gjør", "Gjer", "Do"],
        slide_donts: ["Ikke gjør", "Ikkje gjer", "Don't"],
        slide_number_missing: ["(nummer mangler)", "(nummer manglar)", "(number missing)"],
        slide_contacts_day: [
            "Hvem kontakter du – på dagtid",
            "Kven kontaktar du – på dagtid",
            "Who do you contact – in the daytime",
        ],
        slide_contacts_night: [
            "Hvem kontakter du – kveld, natt, helg og døgnet rundt",
            "Kven kontaktar du – kveld, natt, helg og døgnet rundt",
            "Who do you contact – evenings, nights, weekends and round the clock",
        ],
    }
}
