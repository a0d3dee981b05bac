//! Texts around every screen: the 113 bar, the menu, notices, settings and messages.

texts! {
    Common {
        emergency_question: ["Akutt fare?", "Akutt fare?", "Immediate danger?"],
        emergency_call: ["Ring 113", "Ring 113", "Call 113"],
        menu_guide: ["Samtale", "Samtale", "Conversation"],
        menu_training: ["Opplæring", "Opplæring", "Training"],
        menu_revision: ["Revisjon", "Revisjon", "Revision"],
        menu_print: ["Utskrifter", "Utskrifter", "Printables"],
        menu_settings: ["Innstillinger", "Innstillingar", "Settings"],
        menu_compact: ["Meny: {screen}", "Meny: {screen}", "Menu: {screen}"],
        notices_heading: [
            "OBS: {count} merknader om rutinen",
            "OBS: {count} merknader om rutinen",
            "Note: {count} notices about the routine",
        ],
        notice_heading_one: [
            "OBS: 1 merknad om rutinen",
            "OBS: 1 merknad om rutinen",
            "Note: 1 notice about the routine",
        ],
        no_routine: [
            "Rutinen kunne ikke lastes. Ved akutt fare: ring 113.",
            "Rutinen kunne ikkje lastast. Ved akutt fare: ring 113.",
            "The routine could not be loaded. In immediate danger: call 113.",
        ],
        notice_prefix: ["OBS: {text}", "OBS: {text}", "Note: {text}"],
        replaced_routine: [
            "Rutinefilen {file} kunne ikke brukes. Programmet viser den innebygde rutinen.",
            "Rutinefila {file} kunne ikkje brukast. Programmet viser den innebygde rutinen.",
            "The routine file {file} could not be used. The program shows the built-in routine.",
        ],
        more_reasons: [
            "… og {count} til. Kjør «rutineveileder check» for hele listen.",
            "… og {count} til. Køyr «rutineveileder check» for heile lista.",
            "… and {count} more. Run “rutineveileder check” for the whole list.",
        ],
        revision_overdue: [
            "Rutinen skulle vært revidert {date}. Si fra til {owner}.",
            "Rutinen skulle vore revidert {date}. Sei frå til {owner}.",
            "The routine was due for revision on {date}. Tell {owner}.",
        ],
        draft_routine: [
            "Rutinen er et utkast (versjon {version}) og er ikke godkjent ennå.",
            "Rutinen er eit utkast (versjon {version}) og er ikkje godkjend enno.",
            "The routine is a draft (version {version}) and has not been approved yet.",
        ],
        placeholders: [
            "{missing} lokale kontakter mangler nummer («nummer mangler»), og {to_verify} må bekreftes. Bruk 113, 116 117 eller fastlegen til de er fylt inn.",
            "{missing} lokale kontaktar manglar nummer («nummer manglar»), og {to_verify} må stadfestast. Bruk 113, 116 117 eller fastlegen til dei er fylte inn.",
            "{missing} local contacts have no number yet (“number missing”), and {to_verify} must be confirmed. Use 113, 116 117 or the person's GP until they are filled in.",
        ],
        settings_unusable: [
            "Innstillingsfilen {file} kunne ikke brukes ({what}). Standardinnstillingene brukes.",
            "Innstillingsfila {file} kunne ikkje brukast ({what}). Standardinnstillingane blir brukte.",
            "The settings file {file} could not be used ({what}). The default settings are used.",
        ],
        settings_not_an_object: [
            "filen skal inneholde ett JSON-objekt { … }",
            "fila skal innehalde eitt JSON-objekt { … }",
            "the file must hold one JSON object { … }",
        ],
        text_size_out_of_range: [
            "tekststørrelse {percent} % er utenfor 100–200 %",
            "tekststorleik {percent} % er utanfor 100–200 %",
            "text size {percent} % is outside 100–200 %",
        ],
        settings_not_saved: [
            "kunne ikke lagre innstillingene i {file}: {error}",
            "kunne ikkje lagre innstillingane i {file}: {error}",
            "could not save the settings in {file}: {error}",
        ],
        no_settings_folder: [
            "fant ingen mappe for innstillinger på denne maskinen",
            "fann inga mappe for innstillingar på denne maskina",
            "found no folder for settings on this computer",
        ],
        discard_title: [
            "Endringer som ikke er lagret",
            "Endringar som ikkje er lagra",
            "Changes not saved",
        ],
        discard_question: [
            "Rutinen har endringer som ikke er lagret som ny versjon. Vil du forkaste dem?",
            "Rutinen har endringar som ikkje er lagra som ny versjon. Vil du forkaste dei?",
            "The routine has changes that are not saved as a new version. Do you want to discard them?",
        ],
        discard: ["Forkast endringene", "Forkast endringane", "Discard the changes"],
        cancel: ["Avbryt", "Avbryt", "Cancel"],
        settings_title: ["Innstillinger", "Innstillingar", "Settings"],
        settings_intro: [
            "Innstillingene er det eneste programmet lagrer. Ingenting fra samtaler lagres.",
            "Innstillingane er det einaste programmet lagrar. Ingenting frå samtalar blir lagra.",
            "The settings are all the program saves. Nothing from conversations is saved.",
        ],
        settings_saved_in: ["Lagres i {file}", "Blir lagra i {file}", "Saved in {file}"],
        back_to_guide: ["Tilbake til samtalen", "Tilbake til samtalen", "Back to the conversation"],
        appearance: ["Utseende", "Utsjånad", "Appearance"],
        theme_light: ["Lyst", "Lyst", "Light"],
        theme_dark: ["Mørkt", "Mørkt", "Dark"],
        theme_high_contrast: ["Høy kontrast", "Høg kontrast", "High contrast"],
        text_size: ["Tekststørrelse", "Tekststorleik", "Text size"],
        workplace: ["Arbeidssted", "Arbeidsstad", "Workplace"],
        not_chosen: ["Ikke valgt", "Ikkje valt", "Not chosen"],
        language: ["Språk / Language", "Språk / Language", "Language / Språk"],
        language_note: [
            "Gjelder programmets egne tekster. Rutinens innhold vises på språket i rutinefilen.",
            "Gjeld tekstane til programmet. Innhaldet i rutinen blir vist på språket i rutinefila.",
            "Applies to the program's own texts. The routine's content is shown in the language of its file.",
        ],
        routine_file: ["Rutinefil", "Rutinefil", "Routine file"],
        routine_file_next_start: [
            "I bruk fra neste oppstart: {file}",
            "I bruk frå neste oppstart: {file}",
            "In use from the next start: {file}",
        ],
        routine_embedded: [
            "Den innebygde rutinen brukes.",
            "Den innebygde rutinen blir brukt.",
            "The built-in routine is used.",
        ],
        routine_file_hint: [
            "Sti til en rutinefil, for eksempel på en felles disk",
            "Sti til ei rutinefil, til dømes på ein felles disk",
            "Path to a routine file, for example on a shared drive",
        ],
        use_routine_file: ["Bruk denne rutinefilen", "Bruk denne rutinefila", "Use this routine file"],
        use_embedded_routine: [
            "Bruk den innebygde rutinen",
            "Bruk den innebygde rutinen",
            "Use the built-in routine",
        ],
        routine_file_usable: [
            "Rutinefilen kan brukes: «{title}», versjon {version}. Den tas i bruk ved neste oppstart.",
            "Rutinefila kan brukast: «{title}», versjon {version}. Ho blir teken i bruk ved neste oppstart.",
            "The routine file can be used: “{title}”, version {version}. It is used from the next start.",
        ],
        routine_file_has_errors: [
            "Rutinefilen har {errors} feil og blir ikke brukt; programmet bruker den innebygde rutinen til feilene er rettet:",
            "Rutinefila har {errors} feil og blir ikkje brukt; programmet bruker den innebygde rutinen til feila er retta:",
            "The routine file has errors ({errors}) and will not be used; the program uses the built-in routine until they are fixed:",
        ],
        routine_file_unreadable: [
            "Rutinefilen kan ikke leses, så den innebygde rutinen brukes: {error}",
            "Rutinefila kan ikkje lesast, så den innebygde rutinen blir brukt: {error}",
            "The routine file cannot be read, so the built-in routine is used: {error}",
        ],
        report_saved: [
            "Revisjonsrapporten er lagret: {file}",
            "Revisjonsrapporten er lagra: {file}",
            "The revision report is saved: {file}",
        ],
        report_not_saved: [
            "Revisjonsrapporten ble ikke lagret: {error}",
            "Revisjonsrapporten vart ikkje lagra: {error}",
            "The revision report was not saved: {error}",
        ],
        report_file_name: [
            "revisjonsrapport-v{version}.pdf",
            "revisjonsrapport-v{version}.pdf",
            "revision-report-v{version}.pdf",
        ],
        not_a_date: [
            "«{text}» er ikke en dato; skriv ÅÅÅÅ-MM-DD.",
            "«{text}» er ikkje ein dato; skriv ÅÅÅÅ-MM-DD.",
            "“{text}” is not a date; write YYYY-MM-DD.",
        ],
        version_saved: [
            "Versjon {version} er lagret i {file}. Den forrige filen er beholdt som {backup}. Programmet bruker den nye versjonen fra neste oppstart.",
            "Versjon {version} er lagra i {file}. Den førre fila er teken vare på som {backup}. Programmet bruker den nye versjonen frå neste oppstart.",
            "Version {version} is saved in {file}. The previous file is kept as {backup}. The program uses the new version from the next start.",
        ],
        version_not_saved: ["Ikke lagret: {error}", "Ikkje lagra: {error}", "Not saved: {error}"],
        idle_countdown: [
            "Samtalen nullstilles om {seconds} s – trykk hvor som helst for å fortsette",
            "Samtalen blir nullstilt om {seconds} s – trykk kvar som helst for å halde fram",
            "The conversation is cleared in {seconds} s – press anywhere to continue",
        ],
        idle_was_reset: [
            "Samtalen ble nullstilt fordi ingen hadde brukt programmet på {minutes} minutter. Ingenting fra den er lagret.",
            "Samtalen vart nullstilt fordi ingen hadde brukt programmet på {minutes} minutt. Ingenting frå han er lagra.",
            "The conversation was cleared because nobody had used the program for {minutes} minutes. Nothing from it is saved.",
        ],
        // Opening the window: one line on standard error per graphics attempt.
        graphics_failed: [
            "Grafikk: {backend} virket ikke: {error}",
            "Grafikk: {backend} verka ikkje: {error}",
            "Graphics: {backend} did not work: {error}",
        ],
        graphics_in_use: [
            "Grafikk: bruker {backend} ({adapter})",
            "Grafikk: brukar {backend} ({adapter})",
            "Graphics: using {backend} ({adapter})",
        ],
        graphics_setting: [
            "Grafikk (for IT): {backend} på {adapter}. Vises bare her og lagres ikke.",
            "Grafikk (for IT): {backend} på {adapter}. Blir berre vist her og blir ikkje lagra.",
            "Graphics (for IT): {backend} on {adapter}. Shown here only, never saved.",
        ],
        graphics_tried: ["• {backend}: {error}", "• {backend}: {error}", "• {backend}: {error}"],
        window_failed_title: [
            "Rutineveileder kunne ikke åpne vinduet",
            "Rutineveileder kunne ikkje opne vindauget",
            "Rutineveileder could not open its window",
        ],
        window_failed: [
            "Ingen av grafikkmåtene på denne PC-en kunne tegne vinduet. Dette ble prøvd:\n{tried}\n\nDette kan IT gjøre:\n• Oppdatere grafikkdriveren.\n• Starte programmet med miljøvariabelen WGPU_BACKEND=gl (eller vulkan eller dx12).\n• På fjernskrivebord og virtuelle skrivebord (Citrix, VMware Horizon, Azure Virtual Desktop): slå på grafikk (GPU eller programvaregjengivelse) for økten.\n\nKommandolinjen virker fortsatt: «rutineveileder check FIL» kontrollerer en rutinefil, og «rutineveileder export pocket-card --out FIL.pdf» (eller handout, checklist, poster) skriver rutinen ut som PDF.\n\nAkutt fare? Ring 113.",
            "Ingen av grafikkmåtane på denne PC-en kunne teikne vindauget. Dette vart prøvd:\n{tried}\n\nDette kan IT gjere:\n• Oppdatere grafikkdrivaren.\n• Starte programmet med miljøvariabelen WGPU_BACKEND=gl (eller vulkan eller dx12).\n• På fjernskrivebord og virtuelle skrivebord (Citrix, VMware Horizon, Azure Virtual Desktop): slå på grafikk (GPU eller programvareteikning) for økta.\n\nKommandolinja verkar framleis: «rutineveileder check FIL» kontrollerer ei rutinefil, og «rutineveileder export pocket-card --out FIL.pdf» (eller handout, checklist, poster) skriv rutinen ut som PDF.\n\nAkutt fare? Ring 113.",
            "None of the ways of drawing graphics on this PC could draw the window. This was tried:\n{tried}\n\nWhat IT can do:\n• Update the graphics driver.\n• Start the program with the environment variable WGPU_BACKEND=gl (or vulkan or dx12).\n• On remote and virtual desktops (Citrix, VMware Horizon, Azure Virtual Desktop): turn on graphics (GPU or software rendering) for the session.\n\nThe command line still works: “rutineveileder check FILE” checks a routine file, and “rutineveileder export pocket-card --out FILE.pdf” (or handout, checklist, poster) prints the routine as a PDF.\n\nImmediate danger? Call 113.",
        ],
    }
}
