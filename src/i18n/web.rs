//! The words the web pages add to the routine's own text: the skip link, navigation,
//! labels, the citizens' page, the footer and the page about accessibility. The pages
//! are in the routine's language, and so are their file and folder names.

texts! {
    Web {
        skip: ["Hopp til innholdet", "Hopp til innhaldet", "Skip to the content"],
        nav: ["Rutinen steg for steg", "Rutinen steg for steg", "The routine step by step"],
        home: ["Om rutinen", "Om rutinen", "About the routine"],
        audiences_note: [
            "Noe i rutinen gjelder bare noen grupper. Det er merket med gruppen i parentes.",
            "Noko i rutinen gjeld berre nokre grupper. Det er merkt med gruppa i parentes.",
            "Some of the routine applies only to some groups. It is marked with the group in brackets.",
        ],
        guidance: ["Veiledning", "Rettleiing", "Guidance"],
        workplaces: ["Arbeidssteder", "Arbeidsstader", "Workplaces"],
        sector_checklist: ["Sjekkpunkter for {sector}", "Sjekkpunkt for {sector}", "Checklist items for {sector}"],
        sector_contacts: ["Kontakter for {sector}", "Kontaktar for {sector}", "Contacts for {sector}"],
        all_contacts: ["Alle kontakter", "Alle kontaktar", "All contacts"],
        phone: ["Telefon", "Telefon", "Phone"],
        website: ["Nettside", "Nettside", "Website"],
        email: ["E-post", "E-post", "E-mail"],
        hours: ["Åpningstid: {hours}", "Opningstid: {hours}", "Opening hours: {hours}"],
        routine_date: ["Rutinens dato: {date}", "Dato for rutinen: {date}", "Date of the routine: {date}"],
        exported: [
            "Sidene ble laget {date}.",
            "Sidene vart laga {date}.",
            "These pages were made on {date}.",
        ],
        out_of_date: [
            "Sidene ble laget {date} og er for gamle til å vise om tjenestene er åpne nå. Se åpningstidene ved hver tjeneste. Den som har ansvaret for sidene, må lage dem på nytt.",
            "Sidene vart laga {date} og er for gamle til å vise om tenestene er opne no. Sjå opningstidene ved kvar teneste. Den som har ansvaret for sidene, må lage dei på nytt.",
            "These pages were made on {date} and are too old to show whether the services are open now. See each service's opening hours. Whoever is responsible for the pages must make them again.",
        ],
        stores_nothing: [
            "Sidene lagrer ingenting om deg og henter ingenting fra andre nettsteder.",
            "Sidene lagrar ingenting om deg og hentar ingenting frå andre nettstader.",
            "These pages store nothing about you and load nothing from other sites.",
        ],
        citizens_link: [
            "Bekymret for noen? Siden for innbyggere og pårørende",
            "Uroa for nokon? Sida for innbyggjarar og pårørande",
            "Worried about someone? The page for citizens and next of kin",
        ],
        citizens_folder: ["bekymret-for-noen", "uroa-for-nokon", "worried-about-someone"],
        citizens_title: ["Bekymret for noen?", "Uroa for nokon?", "Worried about someone?"],
        citizens_intro: [
            "Er du bekymret for at noen du kjenner kan ta sitt eget liv? Her står hva du kan se etter, hvordan du kan spørre, og hvem du kan ringe.",
            "Er du uroa for at nokon du kjenner kan ta livet sitt? Her står kva du kan sjå etter, korleis du kan spørje, og kven du kan ringje.",
            "Are you worried that someone you know may take their own life? Here is what to look for, how to ask, and whom to call.",
        ],
        citizens_source: [
            "Innholdet er hentet fra rutinen «{title}», {municipality}.",
            "Innhaldet er henta frå rutinen «{title}», {municipality}.",
            "The content is taken from the routine “{title}”, {municipality}.",
        ],
        what_now: ["Hva du gjør nå", "Kva du gjer no", "What to do now"],
        signs: ["Tegn du kan legge merke til", "Teikn du kan leggje merke til", "Signs you may notice"],
        whom_to_call: ["Hvem du kan ringe", "Kven du kan ringje", "Whom you can call"],
        site_folder: ["nettsted", "nettstad", "website"],
        slug_who: ["hvem", "kven", "who"],
        slug_notice: ["tegn", "teikn", "signs"],
        slug_ask: ["sporre", "sporje", "ask"],
        slug_acute: ["akutt", "akutt", "acute"],
        slug_act: ["gjor-na", "gjer-no", "act-now"],
        slug_parting: ["for-dere-skilles", "for-de-skiljast", "before-parting"],
        slug_guidance: ["veiledning", "rettleiing", "guidance"],
        slug_contacts: ["kontakter", "kontaktar", "contacts"],
        slug_sources: ["kilder", "kjelder", "sources"],
        slug_accessibility: ["tilgjengelighet", "tilgjengelegheit", "accessibility"],
        /// A page's description for search engines when it has no paragraph of its own.
        description: ["{page} – {title}, {municipality}.", "{page} – {title}, {municipality}.", "{page} – {title}, {municipality}."],
        // The page about accessibility, written so the municipality can publish it as it
        // is or copy it into its own accessibility statement.
        accessibility: ["Om tilgjengelighet", "Om tilgjengelegheit", "About accessibility"],
        a11y_intro: [
            "Denne siden gjelder nettsidene «{site}» fra {municipality}. Sidene er laget med programmet Rutineveileder fra rutinen «{title}», versjon {version}.",
            "Denne sida gjeld nettsidene «{site}» frå {municipality}. Sidene er laga med programmet Rutineveileder frå rutinen «{title}», versjon {version}.",
            "This page is about the web pages “{site}” from {municipality}. The pages are made with the program Rutineveileder from the routine “{title}”, version {version}.",
        ],
        a11y_standard_heading: ["Kravene sidene skal oppfylle", "Krava sidene skal oppfylle", "The requirements the pages are to meet"],
        a11y_standard: [
            "Sidene skal oppfylle WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT-)løsninger krever. De testes mot WCAG 2.2 på nivå A og AA, som har noen krav mer.",
            "Sidene skal oppfylle WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT-)løysingar krev. Dei blir testa mot WCAG 2.2 på nivå A og AA, som har nokre krav meir.",
            "The pages are to meet WCAG 2.1 at levels A and AA, as the Norwegian regulations on universal design of information and communication technology (ICT) solutions require. They are tested against WCAG 2.2 at levels A and AA, which has a few more requirements.",
        ],
        a11y_checked_heading: ["Slik er sidene kontrollert", "Slik er sidene kontrollerte", "How the pages are checked"],
        a11y_made: [
            "Disse sidene ble laget {date} med Rutineveileder versjon {program}.",
            "Desse sidene vart laga {date} med Rutineveileder versjon {program}.",
            "These pages were made on {date} with Rutineveileder version {program}.",
        ],
        a11y_checks_intro: [
            "Før en versjon av Rutineveileder tas i bruk, lager programmets egen automatiske testing sidene av en rutine på bokmål og en på nynorsk, åpner hver side i nettleseren Chromium og kontrollerer:",
            "Før ein versjon av Rutineveileder blir teken i bruk, lagar den automatiske testinga til programmet sidene av ei rutine på bokmål og ei på nynorsk, opnar kvar side i nettlesaren Chromium og kontrollerer:",
            "Before a version of Rutineveileder is put to use, the program's own automated testing makes the pages from a routine in Bokmål and one in Nynorsk, opens every page in the Chromium browser and checks:",
        ],
        a11y_check_axe: [
            "axe: alle regler for WCAG 2.0, 2.1 og 2.2 på nivå A og AA som verktøyet axe kan teste automatisk, i lys og mørk visning",
            "axe: alle reglar for WCAG 2.0, 2.1 og 2.2 på nivå A og AA som verktøyet axe kan teste automatisk, i lys og mørk vising",
            "axe: every rule for WCAG 2.0, 2.1 and 2.2 at levels A and AA that the axe tool can test automatically, in light and dark display",
        ],
        a11y_check_keyboard: [
            "tastatur: hver lenke nås med tabulatortasten, og ingen lenke som har fokus, er skjult under feltet med 113 øverst på siden",
            "tastatur: kvar lenkje blir nådd med tabulatortasten, og inga lenkje som har fokus, er gøymd under feltet med 113 øvst på sida",
            "keyboard: every link is reached with the Tab key, and no link that has focus is hidden under the 113 bar at the top of the page",
        ],
        a11y_check_targets: [
            "størrelse: ingen lenke er mindre enn 24 × 24 piksler å trykke på, unntatt lenker inne i en tekst",
            "storleik: inga lenkje er mindre enn 24 × 24 pikslar å trykkje på, bortsett frå lenkjer inne i ein tekst",
            "size: no link is smaller than 24 × 24 pixels to press, except links within a text",
        ],
        a11y_check_narrow: [
            "320 piksler: sidene kan leses på en skjerm som er 320 piksler bred, uten å rulle sidelengs",
            "320 pikslar: sidene kan lesast på ein skjerm som er 320 pikslar brei, utan å rulle sidelengs",
            "320 pixels: the pages can be read on a screen 320 pixels wide without scrolling sideways",
        ],
        a11y_check_offline: [
            "uten nett: etter ett besøk åpnes hver side også uten nettforbindelse",
            "utan nett: etter eitt besøk blir kvar side opna også utan nettsamband",
            "offline: after one visit every page opens without a network connection as well",
        ],
        a11y_check_structure: [
            "struktur: hver side oppgir språket sitt og har én hovedoverskrift, overskrifter i rekkefølge, landemerker og en lenke som hopper til innholdet",
            "struktur: kvar side oppgir språket sitt og har éi hovudoverskrift, overskrifter i rekkjefølgje, landemerke og ei lenkje som hoppar til innhaldet",
            "structure: every page states its language and has one main heading, headings in order, landmarks and a link that skips to the content",
        ],
        a11y_same_code: [
            "Disse sidene er laget av den samme programkoden, med teksten fra rutinen til {municipality}.",
            "Desse sidene er laga av den same programkoden, med teksten frå rutinen til {municipality}.",
            "These pages are made by the same program code, with the text of the routine of {municipality}.",
        ],
        a11y_deviations_heading: ["Kjente avvik", "Kjende avvik", "Known deviations"],
        a11y_no_deviation: [
            "Kontrollene fant ingen brudd på kravene. Ut fra disse kontrollene kjenner vi ikke til noe avvik fra WCAG 2.1 eller WCAG 2.2 på nivå AA.",
            "Kontrollane fann ingen brot på krava. Ut frå desse kontrollane kjenner vi ikkje til noko avvik frå WCAG 2.1 eller WCAG 2.2 på nivå AA.",
            "The checks found no failure of the requirements. From these checks we know of no deviation from WCAG 2.1 or WCAG 2.2 at level AA.",
        ],
        a11y_limits_heading: ["Det automatiske kontroller ikke kan vise", "Det automatiske kontrollar ikkje kan vise", "What automated checks cannot show"],
        a11y_limits: [
            "Automatiske kontroller finner bare en del av de mulige feilene. De kan ikke avgjøre om teksten er klar og lett å forstå, om overskrifter og lenketekster gir mening for den som leser, eller hvordan sidene fungerer med hver skjermleser, med forstørrelse eller med talestyring. Det må mennesker teste, helst sammen med dem som bruker slike hjelpemidler.",
            "Automatiske kontrollar finn berre ein del av dei moglege feila. Dei kan ikkje avgjere om teksten er klar og lett å forstå, om overskrifter og lenkjetekstar gir meining for den som les, eller korleis sidene fungerer med kvar skjermlesar, med forstørring eller med talestyring. Det må menneske teste, helst saman med dei som brukar slike hjelpemiddel.",
            "Automated checks find only some of the possible faults. They cannot tell whether the text is clear and easy to understand, whether headings and link texts make sense to the reader, or how the pages work with each screen reader, with magnification or with voice control. That takes people, best together with those who use such aids.",
        ],
        a11y_feedback_heading: ["Gi beskjed om feil", "Meld frå om feil", "Report a problem"],
        a11y_feedback: [
            "Finner du noe på sidene som ikke virker, eller som er vanskelig å bruke, vil {municipality} gjerne vite det:",
            "Finn du noko på sidene som ikkje verkar, eller som er vanskeleg å bruke, vil {municipality} gjerne vite det:",
            "If you find anything on the pages that does not work or is hard to use, {municipality} would like to know:",
        ],
        a11y_feedback_unnamed: [
            "Finner du noe på sidene som ikke virker, eller som er vanskelig å bruke, gi beskjed til {municipality}.",
            "Finn du noko på sidene som ikkje verkar, eller som er vanskeleg å bruke, meld frå til {municipality}.",
            "If you find anything on the pages that does not work or is hard to use, tell {municipality}.",
        ],
        a11y_statement_heading: ["Kommunens tilgjengelighetserklæring", "Tilgjengelegheitserklæringa til kommunen", "The municipality's accessibility statement"],
        a11y_statement: [
            "Les tilgjengelighetserklæringen til {municipality}:",
            "Les tilgjengelegheitserklæringa til {municipality}:",
            "Read the accessibility statement of {municipality}:",
        ],
    }
}
