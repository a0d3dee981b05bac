//! The command line: what IT staff, CI and trainers run without opening the window.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime, Utc};
use clap::{Parser, Subcommand};
use zeroize::Zeroizing;

use crate::checks;
use crate::export::{self, Kind};
use crate::i18n::{self, Language, Texts};
use crate::policy::{Key, Policy};
use crate::routine::seal::seal_of;
use crate::routine::write::{Expected, Saved};
use crate::routine::{self, Approval, Checked, Location, Problem, Routine, Severity, Standing};
use crate::signing;

/// Kommunens rutine for kartlegging og identifisering av selvmordsrisiko.
///
/// Uten kommando åpnes programmet.
#[derive(Debug, Parser)]
#[command(name = "rutineveileder", version)]
pub struct Cli {
    /// Rutinefil som skal brukes i stedet for den innebygde rutinen.
    #[arg(long, value_name = "FIL")]
    pub routine: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Kontroller rutinefiler og skriv ut alle feil og advarsler, og om rutinen er godkjent.
    ///
    /// Avslutter med 0 når ingen fil har feil, 1 når en fil har feil eller er endret
    /// etter at den ble godkjent, og 2 når en fil ikke kan leses.
    Check {
        /// Rutinefilene som skal kontrolleres.
        #[arg(required = true, value_name = "FIL")]
        files: Vec<PathBuf>,
        /// Listen over klarerte godkjennere (OpenSSHs format allowed_signers). En
        /// godkjenning uten gyldig signatur fra en av dem er ikke godkjent. Standard:
        /// AllowedSigners i IT-policyen, om den er satt.
        #[arg(long, value_name = "FIL")]
        allowed_signers: Option<PathBuf>,
    },
    /// Lag en utskrift (PDF) av rutinen, eller rutinen som nettsted.
    ///
    /// Avslutter med 0 når PDF-en eller nettstedet er skrevet, 1 når rutinen har feil
    /// eller filene ikke kan skrives, og 2 ved feil bruk eller en rutinefil som ikke kan
    /// leses.
    Export {
        /// Hva som skal lages.
        #[arg(value_enum)]
        kind: ExportKind,
        /// PDF-filen eller kurspakken som skal skrives, eller mappen nettstedet skal skrives i.
        #[arg(long, value_name = "FIL")]
        out: PathBuf,
        /// Rutinefil som skal brukes i stedet for den innebygde rutinen.
        #[arg(long, value_name = "FIL")]
        routine: Option<PathBuf>,
        /// Den forrige versjonen, som revisjonsrapporten sammenligner med.
        #[arg(long, value_name = "FIL", required_if_eq("kind", "revision-report"))]
        against: Option<PathBuf>,
        /// Lysbildene med notater: én A4-side per lysbilde, med lysbildet lite over
        /// notatene til kursholderen (bare med «slides»).
        #[arg(long)]
        notes: bool,
        /// Datoen utskriften eller nettstedet lages som (ÅÅÅÅ-MM-DD; standard: i dag).
        /// Nettsidene oppgir den, og «Åpen nå» gjelder 400 dager fra den.
        #[arg(long, value_name = "DATO", value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    /// Vis om hver kontakt er åpen på et tidspunkt, slik vinduet og nettsidene sier det.
    ///
    /// Én linje per kontakt, med tabulator mellom feltene: id-en, open, closed eller
    /// unknown (åpningstiden er ukjent), setningen på rutinens språk, og så hver kontakt
    /// som kan brukes i stedet, med nummeret. Avslutter med 0, 1 når rutinen har feil,
    /// og 2 ved feil bruk eller en rutinefil som ikke kan leses.
    Hours {
        /// Rutinefil som skal brukes i stedet for den innebygde rutinen.
        #[arg(long, value_name = "FIL")]
        routine: Option<PathBuf>,
        /// Tidspunktet, norsk tid, for eksempel 2027-05-17T12:00 (standard: nå).
        #[arg(long, value_name = "TID", value_parser = parse_moment)]
        at: Option<NaiveDateTime>,
    },
    /// Lag en ny rutine for en kommune fra den nasjonale malen (bokmål eller nynorsk).
    ///
    /// Rutinen får kommunens navn, en id laget av navnet, dagens dato i revisjonsloggen
    /// og neste revisjon om et år. Alle lokale kontakter er plassholdere som må fylles
    /// inn. Avslutter med 0 når filen er skrevet, og 2 ved feil bruk (ukjent språk, tomt
    /// navn, en fil som finnes fra før uten --force) eller en fil som ikke kan skrives.
    New {
        /// Kommunens navn, for eksempel "Askvoll kommune".
        #[arg(long, value_name = "NAVN")]
        municipality: String,
        /// Malens språk: nb (bokmål) eller nn (nynorsk).
        #[arg(long, value_name = "SPRÅK", default_value = "nb")]
        language: String,
        /// Rutinefilen som skal skrives.
        #[arg(long, value_name = "FIL")]
        out: PathBuf,
        /// Skriv over filen om den finnes (den gamle blir tatt vare på som sikkerhetskopi).
        #[arg(long)]
        force: bool,
    },
    /// Godkjenn rutinen slik den står, og forsegl godkjenningen til innholdet.
    ///
    /// Godkjenningen gjelder versjonen i filen (versjonsnummeret endres ikke). Forseglingen
    /// binder den til innholdet: endres rutinen etterpå, sier vinduet, utskriftene,
    /// nettsidene og «check» at den ikke er godkjent. Avslutter med 0 når filen er
    /// skrevet, 1 når rutinen har feil eller filen ikke kan skrives, og 2 ved feil bruk
    /// eller en fil som ikke kan leses.
    Approve {
        /// Rutinefilen som godkjennes.
        #[arg(value_name = "FIL")]
        file: PathBuf,
        /// Rollen som godkjenner, for eksempel Kommuneoverlege.
        #[arg(long, value_name = "ROLLE")]
        role: String,
        /// Navnet på den som godkjenner.
        #[arg(long, value_name = "NAVN")]
        name: String,
        /// Datoen for godkjenningen (ÅÅÅÅ-MM-DD; standard: i dag).
        #[arg(long, value_name = "DATO", value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// Signer godkjenningen med denne private Ed25519-nøkkelen (OpenSSH-format, med
        /// passfrase). Passfrasen spørres om, eller leses fra miljøvariabelen
        /// RUTINEVEILEDER_KEY_PASSPHRASE.
        #[arg(long, value_name = "NØKKELFIL")]
        key: Option<PathBuf>,
    },
    /// Vis IT-policyen på denne maskinen: hver verdi, og hvor den er lest fra.
    ///
    /// På Windows leses HKLM\SOFTWARE\Policies\Rutineveileder og så
    /// %ProgramData%\Rutineveileder\policy.json (registeret vinner), ellers
    /// /etc/rutineveileder/policy.json. Avslutter med 0, og med 1 når noe i policyen ikke
    /// kan brukes (programmet ser bort fra det og starter likevel).
    Policy,
    /// Nøkler for å signere godkjenninger (OpenSSH-format, Ed25519).
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Vis hva som er endret mellom to versjoner av en rutine.
    ///
    /// Avslutter med 0 når begge filene er gyldige, 1 når en av dem har feil, og 2 ved
    /// feil bruk eller en fil som ikke kan leses.
    Diff {
        /// Den forrige versjonen.
        #[arg(value_name = "GAMMEL")]
        old: PathBuf,
        /// Den nye versjonen.
        #[arg(value_name = "NY")]
        new: PathBuf,
    },
}

/// What `keys` does.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Lag en ny Ed25519-nøkkel med passfrase, for å signere godkjenninger.
    ///
    /// Skriver den private nøkkelen til FIL (bare du kan lese den) og den offentlige til
    /// FIL.pub, og skriver ut linjen IT legger i filen allowed_signers. Passfrasen (minst
    /// 8 tegn) spørres om to ganger, eller leses fra miljøvariabelen
    /// RUTINEVEILEDER_KEY_PASSPHRASE. Ingen fil skrives over. Avslutter med 0 når
    /// nøkkelen er skrevet, og 2 ved feil bruk, en fil som finnes fra før eller en fil som
    /// ikke kan skrives.
    New {
        /// Den private nøkkelfilen som skal skrives (den offentlige får .pub i tillegg).
        #[arg(long, value_name = "FIL")]
        out: PathBuf,
        /// Navnet IT klarerer deg under, helst e-postadressen (standard: filnavnet uten
        /// endelse).
        #[arg(long, value_name = "NAVN")]
        principal: Option<String>,
    },
    /// Skriv teksten godkjenneren signerte og signaturen til egne filer, for kontroll
    /// med OpenSSH (ssh-keygen -Y verify).
    ///
    /// Skriver godkjenning.txt og godkjenning.sig i mappen --out (filer med de navnene
    /// skrives over) og skriver ut kommandoene som kontrollerer dem. Avslutter med 0 når
    /// filene er skrevet, 1 når rutinen har feil, ikke er signert eller filene ikke kan
    /// skrives, og 2 ved feil bruk eller en rutinefil som ikke kan leses.
    ExportSignature {
        /// Rutinefilen med den signerte godkjenningen.
        #[arg(value_name = "FIL")]
        file: PathBuf,
        /// Mappen filene skrives i.
        #[arg(long, value_name = "MAPPE")]
        out: PathBuf,
    },
}

/// What `export` makes: a printable, or the web site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportKind {
    /// Et kort å klippe ut og brette: 113, de tre nivåene, slik spør du, nøkkelkontakter.
    PocketCard,
    /// Hele rutinen for ansatte, A4.
    Handout,
    /// Tomme henvisningssjekklister per nivå, A4, til å fylle ut for hånd.
    Checklist,
    /// Informasjonsplakaten for TV-skjermer, 16:9.
    Poster,
    /// Informasjonsplakaten for utskrift, A3 stående.
    PosterA3,
    /// Den årlige revisjonsrapporten (trenger den forrige versjonen: --against).
    RevisionReport,
    /// Lysbildene til opplæringen, én 16:9-side per lysbilde, slik programmet viser dem
    /// (med --notes: én A4-side per lysbilde med notatene til kursholderen).
    Slides,
    /// Rutinen som statisk nettsted i mappen --out: sider for ansatte, kurset og en side
    /// for innbyggere.
    Web,
    /// Kurset for alle ansatte som SCORM 1.2-pakke (zip) til kommunens læringsplattform.
    Scorm,
}

impl ExportKind {
    /// The printable, or `None` for the web site and the course's package; the slides with
    /// their notes pages
    /// when `notes` is asked for.
    fn printable(self, notes: bool) -> Option<Kind> {
        match self {
            ExportKind::Slides if notes => Some(Kind::SlideNotes),
            ExportKind::Slides => Some(Kind::Slides),
            ExportKind::PocketCard => Some(Kind::PocketCard),
            ExportKind::Handout => Some(Kind::Handout),
            ExportKind::Checklist => Some(Kind::Checklist),
            ExportKind::Poster => Some(Kind::Poster),
            ExportKind::PosterA3 => Some(Kind::PosterA3),
            ExportKind::RevisionReport => Some(Kind::RevisionReport),
            ExportKind::Web | ExportKind::Scorm => None,
        }
    }
}

/// A date as `2027-05-17`.
fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("«{text}» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD"))
}

/// A moment as `2027-05-17T12:00` (or with a space for the `T`).
fn parse_moment(text: &str) -> Result<NaiveDateTime, String> {
    ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| {
            format!("«{text}» er ikke et tidspunkt; skriv det som for eksempel 2027-05-17T12:00")
        })
}

/// Exit code when every file checked is free of errors.
const OK: u8 = 0;
/// Exit code when a routine has errors.
const INVALID: u8 = 1;
/// Exit code for usage errors and paths that cannot be read (clap uses 2 as well).
const UNREADABLE: u8 = 2;

/// Checks every file, prints what was found and returns the exit code. `allowed_signers`
/// is the list of trusted approvers asked for on the command line; without one, IT's
/// policy's is used where it names one.
pub fn check(
    files: &[PathBuf],
    allowed_signers: Option<&std::path::Path>,
    today: NaiveDate,
) -> ExitCode {
    let mut code = OK;
    let signers = trusted_approvers(allowed_signers);
    if let Some(signers) = &signers {
        let name = signers.file.display().to_string();
        for line in i18n::signers_problems(&signers.list, &name, bokmal()) {
            println!("{line}");
        }
    }
    for file in files {
        let name = file.display().to_string();
        match checks::check_file(file, today) {
            Ok(mut checked) => {
                let signature = checked.routine.as_mut().and_then(|routine| {
                    let verdict =
                        signing::judge(routine, signers.as_ref().map(|s| &s.list), Utc::now())?;
                    let list = signers.as_ref().map(|s| s.file.display().to_string());
                    i18n::verdict(&verdict, list.as_deref().unwrap_or_default(), bokmal())
                });
                let standing = checked.routine.as_ref().map(Routine::standing);
                print!(
                    "{}",
                    report(&name, &checked, standing.as_ref(), signature.as_deref())
                );
                let refused = standing.as_ref().is_some_and(Standing::is_refused);
                if checked.has_errors() || refused {
                    code = code.max(INVALID);
                }
            }
            Err(unreadable) => {
                eprintln!("{unreadable}");
                code = UNREADABLE;
            }
        }
    }
    ExitCode::from(code)
}

/// The report for one file: a line for each problem, the LIX figures of its
/// conversation texts and where its approval stands (with what is known of its
/// signature) when it could be read, then a summary line.
pub fn report(
    name: &str,
    checked: &Checked,
    standing: Option<&Standing>,
    signature: Option<&str>,
) -> String {
    let mut out: String = checked
        .problems
        .iter()
        .map(|p| format!("{}\n", problem_line(name, p)))
        .collect();
    if let Some(routine) = &checked.routine {
        let figures = routine::readability::readability(routine);
        let line = i18n::readability_figures(&figures, bokmal());
        out.push_str(&format!("{name}: {line}\n"));
        if let Some(standing) = standing {
            let line = i18n::standing_line(routine, standing, bokmal());
            out.push_str(&format!("{name}: {line}\n"));
        }
        if let Some(signature) = signature {
            out.push_str(&format!("{name}: {signature}\n"));
        }
    }
    let errors = checked.count(Severity::Error);
    let warnings = checked.count(Severity::Warning);
    let verdict = if errors > 0 {
        "kan ikke brukes før feilene er rettet"
    } else if matches!(standing, Some(Standing::NotApproved { .. })) {
        "ikke godkjent – endret etter godkjenning"
    } else if matches!(standing, Some(Standing::Unsigned { .. })) {
        "ikke godkjent – mangler gyldig signatur"
    } else {
        "kan brukes"
    };
    let warnings = match warnings {
        1 => "1 advarsel".to_owned(),
        n => format!("{n} advarsler"),
    };
    out.push_str(&format!("{name}: {errors} feil, {warnings} – {verdict}\n"));
    out
}

/// One problem as `file:line:column: severity: message` or `file: severity: path: message`.
fn problem_line(name: &str, problem: &Problem) -> String {
    let severity = i18n::severity(problem.severity, bokmal());
    match &problem.location {
        Location::Position { line, column } => {
            format!("{name}:{line}:{column}: {severity}: {}", problem.message)
        }
        Location::File => format!("{name}: {severity}: {}", problem.message),
        Location::Path(_) => format!("{name}: {problem}"),
    }
}

/// The files an export reads and writes, and whether the slides come with notes.
pub struct ExportFiles<'a> {
    pub out: &'a std::path::Path,
    pub routine: Option<&'a std::path::Path>,
    pub against: Option<&'a std::path::Path>,
    pub notes: bool,
}

/// Makes one printable and writes it atomically to `out`, or the web site into the
/// folder `out`.
pub fn export(what: ExportKind, files: ExportFiles<'_>, today: NaiveDate) -> ExitCode {
    let out = files.out;
    if files.notes && what != ExportKind::Slides {
        eprintln!("--notes gjelder bare lysbildene: rutineveileder export slides --notes");
        return ExitCode::from(UNREADABLE);
    }
    let mut routine = match load(files.routine, today) {
        Ok(routine) => routine,
        Err(code) => return code,
    };
    // Where IT trusts only signed approvals, what is printed says so too.
    let signers = trusted_approvers(None);
    signing::judge(&mut routine, signers.as_ref().map(|s| &s.list), Utc::now());
    let Some(kind) = what.printable(files.notes) else {
        return match what {
            ExportKind::Scorm => export_scorm(&routine, out, today),
            _ => export_web(&routine, out, today),
        };
    };
    let against = match files.against.map(|f| load(Some(f), today)).transpose() {
        Ok(against) => against,
        Err(code) => return code,
    };
    let exported = match kind {
        Kind::RevisionReport => export::revision_report(&routine, against.as_ref(), today),
        _ => export::render(kind, &routine),
    };
    let exported = match exported {
        Ok(exported) => exported,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(INVALID);
        }
    };
    if let Err(error) = export::write_atomically(out, &exported.bytes) {
        eprintln!("{error}");
        return ExitCode::from(INVALID);
    }
    for name in &exported.placeholders {
        eprintln!("advarsel: {}", i18n::printed_gap(name, &routine, bokmal()));
    }
    println!(
        "Skrev {} til {} ({} kB, {}).",
        i18n::printable(kind, &bokmal().print),
        out.display(),
        exported.bytes.len().div_ceil(1024),
        routine.metadata.title
    );
    ExitCode::SUCCESS
}

/// The routine from a file (every error printed when it has any) or the embedded one.
fn load(file: Option<&std::path::Path>, today: NaiveDate) -> Result<Routine, ExitCode> {
    let checked = match file {
        Some(file) => checks::check_file(file, today).map_err(|unreadable| {
            eprintln!("{unreadable}");
            ExitCode::from(UNREADABLE)
        })?,
        None => checks::check_embedded(today),
    };
    let name = file.map_or("den innebygde rutinen".to_owned(), |f| {
        f.display().to_string()
    });
    match checked.routine {
        Some(routine) => Ok(routine),
        None => {
            eprint!("{}", report(&name, &checked, None, None));
            Err(ExitCode::from(INVALID))
        }
    }
}

/// Who approves, and when, as `approve` is asked.
pub struct Approve<'a> {
    pub file: &'a std::path::Path,
    pub role: &'a str,
    pub name: &'a str,
    /// `None` for today.
    pub date: Option<NaiveDate>,
    /// The private key to sign with, if any.
    pub key: Option<&'a std::path::Path>,
}

/// Records the approval of the routine in `file` as it stands (no new version), seals it
/// to the content, and writes the file atomically; refuses a routine with errors.
pub fn approve(request: Approve<'_>, today: NaiveDate) -> ExitCode {
    let t = bokmal();
    for (option, value) in [("--role", request.role), ("--name", request.name)] {
        if value.trim().is_empty() {
            eprintln!(
                "{}",
                i18n::fill(t.approval.cli_blank, &[("option", &option)])
            );
            return ExitCode::from(UNREADABLE);
        }
    }
    let file = request.file;
    let name = file.display().to_string();
    let checked = match checks::check_file(file, today) {
        Ok(checked) => checked,
        Err(unreadable) => {
            eprintln!("{unreadable}");
            return ExitCode::from(UNREADABLE);
        }
    };
    let Some(mut approved) = checked.routine.clone() else {
        return refuse(&name, &checked);
    };
    // The seal leaves the approval out, so it is the same before and after this one.
    let given = Approval {
        role: request.role.trim().to_owned(),
        name: Some(request.name.trim().to_owned()),
        date: request.date.unwrap_or(today),
        seal: Some(seal_of(&approved)),
        signature: None,
        trust: Default::default(),
    };
    let mut given = given;
    let signed = match request.key {
        Some(key) => match sign_approval(&given, key, t) {
            Ok(signed) => Some(signed),
            Err(message) => {
                eprintln!("{message}");
                return ExitCode::from(UNREADABLE);
            }
        },
        None => None,
    };
    given.signature = signed.as_ref().map(|(signature, _)| signature.clone());
    let earlier = approved.metadata.approval.replace(given.clone());
    let bytes = routine::write::to_bytes(&approved);
    // What is written is checked as it will be read: a date in the future is refused.
    let written = checks::check_bytes(&bytes, today);
    if written.has_errors() {
        return refuse(&name, &written);
    }
    if let Err(error) = export::write_atomically(file, &bytes) {
        eprintln!("{}", i18n::export_error(&error, t));
        return ExitCode::from(INVALID);
    }
    if let Some(earlier) = earlier {
        let earlier = i18n::approval(&earlier, t);
        println!(
            "{}",
            i18n::fill(t.approval.cli_replaced, &[("approval", &earlier)])
        );
    }
    let digest = given.seal.as_ref().map_or("", |seal| seal.digest.as_str());
    println!(
        "{}",
        i18n::fill(
            t.approval.cli_approved,
            &[
                ("file", &name),
                ("version", &approved.metadata.version),
                ("approval", &i18n::approval(&given, t)),
                ("digest", &digest),
            ],
        )
    );
    if let (Some((_, fingerprint)), Some(key)) = (&signed, request.key) {
        println!(
            "{}",
            i18n::fill(
                t.signing.cli_signed,
                &[("fingerprint", fingerprint), ("file", &key.display())],
            )
        );
    }
    ExitCode::from(OK)
}

/// Signs an approval with the key in `key`: the signature and the key's fingerprint, or
/// what is wrong, in words.
fn sign_approval(
    approval: &Approval,
    key: &std::path::Path,
    t: &Texts,
) -> Result<(String, String), String> {
    let text = signing::signed_text(approval).unwrap_or_default();
    let prompt = i18n::fill(t.signing.key_passphrase, &[("file", &key.display())]);
    let passphrase = passphrase(&prompt, t)?;
    let signature =
        signing::sign(&text, key, &passphrase).map_err(|fault| i18n::key_fault(&fault, key, t))?;
    let fingerprint = signing::well_formed(&text, &signature)
        .map(|key| key.fingerprint(ssh_key::HashAlg::Sha256).to_string())
        .map_err(|refusal| i18n::refusal(&refusal, t))?;
    Ok((signature, fingerprint))
}

/// The list of trusted approvers in `given`, else the one IT's policy names; `None`
/// when there is neither, so the seal alone decides.
fn trusted_approvers(given: Option<&std::path::Path>) -> Option<signing::TrustedApprovers> {
    let path = match given {
        Some(path) => path.to_owned(),
        None => crate::policy::machine::read().allowed_signers?.value,
    };
    Some(signing::TrustedApprovers::read(&path))
}

/// Writes the text an approval's signature is over and the signature into `out`, for
/// `ssh-keygen -Y verify`, and prints the commands that check them.
fn export_signature(file: &std::path::Path, out: &std::path::Path, today: NaiveDate) -> ExitCode {
    let t = bokmal();
    let routine = match load(Some(file), today) {
        Ok(routine) => routine,
        Err(code) => return code,
    };
    let approval = routine.metadata.approval.as_ref();
    let signed = approval.and_then(|a| a.signature.clone().zip(signing::signed_text(a)));
    let Some((signature, text)) = signed else {
        eprintln!(
            "{}",
            i18n::fill(t.signing.cli_not_signed, &[("file", &file.display())])
        );
        return ExitCode::from(INVALID);
    };
    let text_file = out.join("godkjenning.txt");
    let signature_file = out.join("godkjenning.sig");
    let written = std::fs::create_dir_all(out)
        .map_err(|source| export::ExportError::Write {
            path: out.display().to_string(),
            source,
        })
        .and_then(|()| export::write_atomically(&text_file, text.as_bytes()))
        .and_then(|()| export::write_atomically(&signature_file, signature.as_bytes()));
    if let Err(error) = written {
        eprintln!("{}", i18n::export_error(&error, t));
        return ExitCode::from(INVALID);
    }
    println!(
        "{}",
        i18n::fill(
            t.signing.cli_exported,
            &[
                ("text", &text_file.display()),
                ("signature", &signature_file.display()),
            ],
        )
    );
    let sig = signature_file.display();
    println!("ssh-keygen -Y find-principals -f allowed_signers -s {sig}");
    println!(
        "ssh-keygen -Y verify -f allowed_signers -I NAVN -n {} -s {sig} < {}",
        signing::NAMESPACE,
        text_file.display()
    );
    ExitCode::from(OK)
}

/// Refuses to approve a routine with errors, listing them.
fn refuse(name: &str, checked: &Checked) -> ExitCode {
    let t = bokmal();
    eprintln!("{}", i18n::fill(t.approval.cli_refused, &[("file", &name)]));
    for error in checked.errors() {
        eprintln!("{}", problem_line(name, &error));
    }
    ExitCode::from(INVALID)
}

/// Prints what changed from `old` to `new`.
pub fn diff(old: &std::path::Path, new: &std::path::Path, today: NaiveDate) -> ExitCode {
    let (old, new) = match (load(Some(old), today), load(Some(new), today)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    println!(
        "Endringer fra versjon {} til versjon {}:",
        old.metadata.version, new.metadata.version
    );
    print!(
        "{}",
        i18n::change_list(&routine::diff::diff(&old, &new), bokmal())
    );
    ExitCode::SUCCESS
}

/// What `new` is asked to make.
pub struct NewRoutine<'a> {
    pub municipality: &'a str,
    pub language: &'a str,
    pub out: &'a std::path::Path,
    pub force: bool,
}

/// Writes a new routine for a municipality from the template in its language.
pub fn new(request: NewRoutine<'_>, today: NaiveDate) -> ExitCode {
    let municipality = request.municipality.trim();
    if municipality.is_empty() {
        eprintln!("kommunenavnet er tomt; skriv for eksempel --municipality \"Askvoll kommune\"");
        return ExitCode::from(UNREADABLE);
    }
    let Some(template) = checks::template(request.language, today) else {
        let known: Vec<String> = routine::template::template_languages()
            .map(|code| format!("«{code}»"))
            .collect();
        eprintln!(
            "det finnes ingen mal på språket «{}»; bruk {} (bokmål og nynorsk)",
            request.language,
            known.join(" eller ")
        );
        return ExitCode::from(UNREADABLE);
    };
    let out = request.out;
    if out.exists() && !request.force {
        eprintln!(
            "{} finnes fra før og blir ikke skrevet over; velg et annet navn, eller bruk --force",
            out.display()
        );
        return ExitCode::from(UNREADABLE);
    }
    let language = Language::from_code(request.language).unwrap_or_default();
    let entry = i18n::first_entry(language.texts());
    let new = routine::template::new_routine(&template, municipality, today, entry);
    let previous = checks::check_file(out, today)
        .ok()
        .and_then(|checked| checked.routine)
        .map_or_else(|| "0".to_owned(), |old| old.metadata.version);
    // Without --force nothing is there; with it, what is there is kept as a backup.
    match checks::save(&new, out, Expected::Anything, &previous, today) {
        Ok(Saved { checked, .. }) => {
            println!(
                "Skrev {} for {} ({}), versjon {}: {} advarsler, blant dem de lokale kontaktene som må fylles inn.",
                out.display(),
                new.metadata.municipality,
                new.metadata.id,
                new.metadata.version,
                checked.count(Severity::Warning)
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(UNREADABLE)
        }
    }
}

/// Writes the web site into the folder `out` and says where its two parts are.
fn export_web(routine: &Routine, out: &std::path::Path, today: NaiveDate) -> ExitCode {
    let site = export::web::site(routine, today);
    if let Err(error) = export::web::write_site(&site, out) {
        eprintln!("{error}");
        return ExitCode::from(INVALID);
    }
    println!(
        "Skrev nettstedet til {} ({} filer): {} for ansatte, {} for innbyggere.",
        out.display(),
        site.files.len(),
        out.join("index.html").display(),
        out.join(export::web::Site::citizens_page(routine))
            .display()
    );
    ExitCode::SUCCESS
}

/// Writes the staff course as a SCORM 1.2 package to `out`.
fn export_scorm(routine: &Routine, out: &std::path::Path, today: NaiveDate) -> ExitCode {
    let bytes = match export::web::course::scorm::package(routine, today) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("kunne ikke lage kurspakken: {}", error.0);
            return ExitCode::from(INVALID);
        }
    };
    if let Err(error) = export::write_atomically(out, &bytes) {
        eprintln!("{error}");
        return ExitCode::from(INVALID);
    }
    let minutes = export::web::course::total_minutes(routine);
    println!(
        "Skrev kurset som SCORM 1.2-pakke til {} ({} kB, {}, versjon {}, ca. {minutes} minutter).",
        out.display(),
        bytes.len().div_ceil(1024),
        routine.metadata.title,
        routine.metadata.version
    );
    ExitCode::SUCCESS
}

/// Prints each contact's status at `at` as the window and the web pages word it, in the
/// routine's language: `id`, `open`/`closed`/`unknown`, the sentence, and each contact
/// to use instead, separated by tabs.
pub fn hours(routine: Option<&std::path::Path>, at: NaiveDateTime) -> ExitCode {
    let routine = match load(routine, at.date()) {
        Ok(routine) => routine,
        Err(code) => return code,
    };
    let t = Language::of_routine(&routine).texts();
    let mut out = std::io::stdout().lock();
    for contact in &routine.contacts {
        let status = export::web::open_now::status(&routine, contact, at, t);
        let mut fields = vec![
            contact.id.clone(),
            status.state.key().to_owned(),
            status.sentence,
        ];
        fields.extend(status.instead.into_iter().map(|i| match i.link {
            Some(link) => format!("{} {}", i.line, link.text),
            None => i.line,
        }));
        if writeln!(out, "{}", fields.join("\t")).is_err() {
            // The reader has gone (`| head`): nothing more to say.
            break;
        }
    }
    ExitCode::SUCCESS
}

/// Prints IT's policy: each key with its value and where it was read, what that means
/// for the routine, and every value that cannot be used, each line of the trusted
/// approvers' list among them (exit code 1).
pub fn policy(policy: &Policy) -> ExitCode {
    let t = bokmal();
    let sources: Vec<String> = policy.looked_in.iter().map(ToString::to_string).collect();
    println!("{}", t.policy.cli_heading);
    println!(
        "{}",
        i18n::fill(t.policy.cli_looked_in, &[("sources", &sources.join(", "))])
    );
    for key in Key::ALL {
        println!("{}", i18n::policy_line_or_not_set(policy, key, t));
    }
    let routine = match (&policy.routine_path, policy.locked_routine()) {
        (_, Some(locked)) => i18n::fill(
            t.policy.cli_routine_locked,
            &[("file", &locked.value.display())],
        ),
        (Some(unlocked), None) => i18n::fill(
            t.policy.cli_routine_unlocked,
            &[("file", &unlocked.value.display())],
        ),
        (None, None) => t.policy.cli_routine_none.to_owned(),
    };
    println!("{routine}");
    for problem in &policy.problems {
        println!("{}", i18n::policy_problem_line(problem, t));
    }
    // The list of trusted approvers IT names, read as the window and `check` read it.
    let signers = policy
        .allowed_signers
        .as_ref()
        .map_or_else(Vec::new, |set| {
            let trusted = signing::TrustedApprovers::read(&set.value);
            i18n::signers_problems(&trusted.list, &set.value.display().to_string(), t)
        });
    for line in &signers {
        println!("{line}");
    }
    if policy.problems.is_empty() {
        return ExitCode::from(if signers.is_empty() { OK } else { INVALID });
    }
    println!(
        "{}",
        i18n::fill(
            t.policy.cli_problems_summary,
            &[("count", &policy.problems.len())]
        )
    );
    ExitCode::from(INVALID)
}

/// The environment variable a script or a test gives a key's passphrase in, instead of
/// typing it.
pub const PASSPHRASE_VARIABLE: &str = "RUTINEVEILEDER_KEY_PASSPHRASE";

/// Runs a `keys` command.
pub fn keys(command: KeysCommand, today: NaiveDate) -> ExitCode {
    match command {
        KeysCommand::New { out, principal } => new_key(&out, principal.as_deref()),
        KeysCommand::ExportSignature { file, out } => export_signature(&file, &out, today),
    }
}

/// Makes a new passphrase-protected key and prints the line for IT's list.
fn new_key(out: &std::path::Path, principal: Option<&str>) -> ExitCode {
    let t = bokmal();
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned());
    let principal = principal.map(str::to_owned).or(stem).unwrap_or_default();
    let passphrase = match new_passphrase(t) {
        Ok(passphrase) => passphrase,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(UNREADABLE);
        }
    };
    match signing::new_key(out, &principal, &passphrase) {
        Ok(key) => {
            println!(
                "{}",
                i18n::fill(
                    t.signing.new_written,
                    &[
                        ("private", &key.private_file.display()),
                        ("public", &key.public_file.display()),
                        ("fingerprint", &key.fingerprint),
                    ],
                )
            );
            println!("{}", t.signing.new_line_for_it);
            println!("{}", key.allowed_line);
            ExitCode::SUCCESS
        }
        Err(fault) => {
            eprintln!("{}", i18n::new_key_fault(&fault, &principal, t));
            ExitCode::from(UNREADABLE)
        }
    }
}

/// A key's passphrase: from [`PASSPHRASE_VARIABLE`], or typed once without echo.
fn passphrase(prompt: &str, t: &Texts) -> Result<Zeroizing<String>, String> {
    match std::env::var_os(PASSPHRASE_VARIABLE) {
        Some(passphrase) => Ok(Zeroizing::new(passphrase.to_string_lossy().into_owned())),
        None => typed_passphrase(prompt, t),
    }
}

/// A new key's passphrase: from [`PASSPHRASE_VARIABLE`], or typed twice without echo.
fn new_passphrase(t: &Texts) -> Result<Zeroizing<String>, String> {
    if let Some(passphrase) = std::env::var_os(PASSPHRASE_VARIABLE) {
        return Ok(Zeroizing::new(passphrase.to_string_lossy().into_owned()));
    }
    let prompt = i18n::fill(
        t.signing.new_passphrase,
        &[("count", &signing::keys::MIN_PASSPHRASE_CHARS)],
    );
    let first = typed_passphrase(&prompt, t)?;
    let again = typed_passphrase(t.signing.new_passphrase_again, t)?;
    if first != again {
        return Err(t.signing.passphrases_differ.to_owned());
    }
    Ok(first)
}

/// A passphrase typed at the terminal, without echo.
fn typed_passphrase(prompt: &str, t: &Texts) -> Result<Zeroizing<String>, String> {
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|error| {
            i18n::fill(
                t.signing.passphrase_unreadable,
                &[("error", &error), ("variable", &PASSPHRASE_VARIABLE)],
            )
        })
}

/// The command line speaks bokmål, whatever the window's language.
fn bokmal() -> &'static Texts {
    Language::Bokmal.texts()
}
