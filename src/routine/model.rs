//! The validated, read-only routine the rest of the program works with.
//!
//! A `Routine` only comes out of `load` after reading and validation found no errors:
//! every id is unique, every reference resolves, every phone number, date and time is
//! well formed. Nothing here grades risk: action levels say how fast help is brought in.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::hours::Schedule;

/// An id, unique across the whole routine file.
pub type Id = String;

/// A whole routine: its governance, what to notice, how to ask, what to do and whom to call.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Routine {
    pub metadata: Metadata,
    /// After this many minutes without input the conversation guide clears itself.
    pub idle_reset_minutes: u32,
    pub sources: Vec<Source>,
    pub audiences: Vec<Audience>,
    pub sectors: Vec<Sector>,
    pub purpose: Section,
    pub key_messages: Vec<Item>,
    pub warning_signs: WarningSigns,
    pub risk_factors: FactorList,
    pub protective_factors: FactorList,
    pub triggering_situations: FactorList,
    pub ask: AskGuidance,
    /// How to choose among the levels ("start at RØD; the first that fits applies"),
    /// shown above the criteria.
    pub level_rule: Option<Item>,
    /// Exactly three, in the order red, yellow, green.
    pub levels: Vec<ActionLevel>,
    pub contacts: Vec<Contact>,
    pub checklist: Vec<ChecklistItem>,
    pub guidance: Vec<Guidance>,
    pub aftercare: Section,
    pub cases: Vec<PracticeCase>,
    pub self_check: Vec<Question>,
    /// What the staff course asks in each module, and its pass mark, when the routine
    /// chooses it (else [`crate::routine::course::plan`] takes the whole self-check and
    /// one case per level).
    pub course: Option<Course>,
    /// The information poster's texts, in order; the first is its headline.
    pub poster_messages: Vec<Item>,
    /// Where to turn, as the information poster shows it (contact ids, in order).
    pub poster_contacts: Vec<Id>,
    /// What the pocket card holds beside 113 and the levels, when the routine chooses it.
    pub pocket_card: Option<PocketCard>,
    /// Ids of things deleted or merged in earlier versions: never used again, so an old
    /// id never hides a change of meaning.
    pub retired_ids: Vec<RetiredId>,
}

/// An id that is no longer used, and the version that retired it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RetiredId {
    pub id: Id,
    pub version: String,
}

/// What the pocket card holds beside 113 and the levels, each list in the order it is
/// printed: phrasings of how to ask (`ask.phrasings` ids), and the contacts to call by
/// day and in the evening, at night and at weekends (contact ids).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct PocketCard {
    pub ask: Vec<Id>,
    pub day: Vec<Id>,
    pub out_of_hours: Vec<Id>,
}

impl PocketCard {
    /// At most this many phrasings, and this many contacts in each list: a card carries
    /// few lines, the most important first.
    pub const MOST_PHRASINGS: usize = 2;
    pub const MOST_CONTACTS: usize = 5;
}

/// The staff course as the routine chooses it: the questions that end each module
/// (ids of self-check questions or practice cases, one to three a module, in order) and
/// the share of right answers that passes.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Course {
    /// Per cent of the questions answered right at the first try (1–100).
    pub pass_mark: u32,
    pub questions: CourseQuestions,
}

impl Course {
    /// The pass mark when the routine does not set one.
    pub const DEFAULT_PASS_MARK: u32 = 80;
    /// The most questions a module may end with.
    pub const MOST_QUESTIONS: usize = 3;
}

/// Each module's questions, in the course's order of modules.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct CourseQuestions {
    pub why: Vec<Id>,
    pub notice: Vec<Id>,
    pub ask: Vec<Id>,
    pub levels: Vec<Id>,
    pub contacts: Vec<Id>,
    pub parting: Vec<Id>,
    pub aftercare: Vec<Id>,
}

/// A module of the staff course, in the course's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Module {
    /// Why the routine exists: the plan's words.
    Why,
    /// What to notice: the warning signs.
    Notice,
    /// How to ask directly.
    Ask,
    /// The action levels: when each applies.
    Levels,
    /// Whom to contact, with who is open now.
    Contacts,
    /// What to have done before you part.
    Parting,
    /// Looking after yourself.
    Aftercare,
}

impl Module {
    pub const ALL: [Module; 7] = [
        Module::Why,
        Module::Notice,
        Module::Ask,
        Module::Levels,
        Module::Contacts,
        Module::Parting,
        Module::Aftercare,
    ];
}

impl CourseQuestions {
    /// A module's questions.
    pub fn of(&self, module: Module) -> &Vec<Id> {
        match module {
            Module::Why => &self.why,
            Module::Notice => &self.notice,
            Module::Ask => &self.ask,
            Module::Levels => &self.levels,
            Module::Contacts => &self.contacts,
            Module::Parting => &self.parting,
            Module::Aftercare => &self.aftercare,
        }
    }

    /// A module's questions, to edit.
    pub fn of_mut(&mut self, module: Module) -> &mut Vec<Id> {
        match module {
            Module::Why => &mut self.why,
            Module::Notice => &mut self.notice,
            Module::Ask => &mut self.ask,
            Module::Levels => &mut self.levels,
            Module::Contacts => &mut self.contacts,
            Module::Parting => &mut self.parting,
            Module::Aftercare => &mut self.aftercare,
        }
    }
}

/// Who owns the routine, which version it is, and when it was approved and is revised.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Metadata {
    pub id: Id,
    pub title: String,
    pub municipality: String,
    /// Language code of the content, such as `nb`.
    pub language: String,
    pub version: String,
    /// The document's id in the municipality's quality system, when it has one.
    pub document_id: Option<String>,
    /// The `https://` address of the folder where the exported web site is published
    /// (where its `index.html` lies), when it is; printables point to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_address: Option<String>,
    /// Whom a reader tells about a problem with the web pages' accessibility: an e-mail
    /// address or the `https://` address of a form. The site's page «Om
    /// tilgjengelighet» gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback_contact: Option<String>,
    /// The `https://` address of the municipality's own accessibility statement (on
    /// uustatus.no), which the page «Om tilgjengelighet» links to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessibility_statement: Option<String>,
    /// Who owns the routine and is told when it is overdue for revision.
    pub owner: String,
    /// `None` while the routine is a draft.
    pub approval: Option<Approval>,
    #[serde(serialize_with = "date")]
    pub next_revision: NaiveDate,
    pub revision_log: Vec<Revision>,
}

/// Who approved the routine, and when; the seal that binds the approval to the content
/// it was given for, and the approver's signature over it, when the file has them.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Approval {
    pub role: String,
    pub name: Option<String>,
    #[serde(serialize_with = "date")]
    pub date: NaiveDate,
    /// `None` in files approved before approvals were sealed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seal: Option<Seal>,
    /// The approver's signature, as the armored SSHSIG text it is written in; kept as it
    /// is read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// What IT's trusted approvers make of the signature, worked out above the routine
    /// (`signing`) where IT's policy names them; never read from or written to the file.
    #[serde(skip)]
    pub trust: Trust,
}

/// Whether an approval is signed by one of the approvers IT trusts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Trust {
    /// Not checked against trusted approvers: IT names none, so the seal alone decides.
    #[default]
    Unchecked,
    /// Signed by a trusted approver: the principals of IT's line for the key.
    Signed { by: String },
    /// IT names trusted approvers, and the approval has no valid signature from one.
    Unsigned(Unsigned),
}

/// Why an approval has no valid signature from an approver IT trusts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsigned {
    /// The approval is not signed.
    Missing,
    /// The signature is not one of this approval as it stands: the approval, the
    /// content or the signature was changed, or it was made for something else.
    Invalid,
    /// Signed with a key that is not on IT's list.
    UnknownKey,
    /// The key's line on IT's list does not allow approvals now (not yet, or no longer,
    /// valid; or for other uses).
    NotAllowed,
    /// IT's list of trusted approvers cannot be read, or names no one.
    NoList,
}

/// The digests of the routine's content in its canonical form when it was approved
/// (`routine::seal` makes and checks them; it is here, with the rest of the model, so
/// that the model needs nothing from the files that work on it).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Seal {
    /// The version of the canonical form the digests are of.
    pub form: u32,
    /// `sha256:` and the SHA-256 digest of the whole content, in lowercase hex.
    pub digest: String,
    /// The same for each top-level section (`contacts`) and each field of the metadata
    /// (`metadata.owner`), so a broken seal can name what changed.
    pub parts: BTreeMap<String, String>,
}

/// One entry of the revision log.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Revision {
    pub version: String,
    #[serde(serialize_with = "date")]
    pub date: NaiveDate,
    pub by: String,
    pub summary: String,
}

/// A source in the routine's source register.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Source {
    pub id: Id,
    pub title: String,
    pub url: Option<String>,
    /// The date the source itself shows ("2019", "2019-08" or "2019-08-27"), so the
    /// revision can see how old the evidence is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A group of people the guidance can be narrowed to (children and young people, bereaved …).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Audience {
    pub id: Id,
    pub label: String,
    pub description: Option<String>,
}

/// A kind of workplace, with its own extra contacts and checklist items.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Sector {
    pub id: Id,
    pub label: String,
    pub description: Option<String>,
    pub contacts: Vec<Id>,
    pub checklist: Vec<ChecklistItem>,
}

/// One piece of content: a sign, a factor, a phrasing, an action, a do or a don't.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Item {
    pub id: Id,
    pub text: String,
    /// Ids of sources in the register.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Id>,
    /// True when the wording is the routine's own summary of its sources.
    #[serde(skip_serializing_if = "is_false")]
    pub derived: bool,
    /// The audiences this item is for; empty means everyone.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<Id>,
    /// A note for the approver (what a derived point rests on, what must be checked
    /// before approval); never shown in a conversation or printed for employees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The text names methods, as examples of what a person may say: it is never put
    /// where the public reads (the citizens' page), as the routine's language advice asks.
    #[serde(skip_serializing_if = "is_false")]
    pub names_methods: bool,
    /// A level question's criteria: a yes to it stands for them (all of one level).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Id>,
    /// A level question's criterion for an unclear answer («vet ikke»), where the level
    /// rule counts an unclear answer as a yes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub if_unclear: Option<Id>,
    /// A criterion's contact to call first when it applies (112 when others are in
    /// danger), before the level's own first number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_first: Option<Id>,
}

impl Item {
    /// Whether the text may stand where the public reads it.
    pub fn is_public(&self) -> bool {
        !self.names_methods
    }
}

/// A titled text with bullet items (purpose, aftercare).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Section {
    pub title: String,
    pub intro: Option<String>,
    pub items: Vec<Item>,
}

/// Warning signs, grouped by what the person says, does, or how they change.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WarningSigns {
    pub intro: Option<String>,
    pub groups: Vec<SignGroup>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SignGroup {
    pub id: Id,
    pub kind: SignKind,
    pub title: String,
    pub signs: Vec<Item>,
}

/// What kind of warning signs a group holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignKind {
    Says,
    Does,
    Changes,
}

/// Risk factors, protective factors or triggering situations, nested as in the plan.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FactorList {
    pub intro: Option<String>,
    pub note: Option<String>,
    pub groups: Vec<FactorGroup>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FactorGroup {
    pub title: Option<String>,
    #[serde(rename = "items")]
    pub factors: Vec<Factor>,
}

/// A factor with the factors nested under it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Factor {
    #[serde(flatten)]
    pub item: Item,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Factor>,
}

/// How to ask directly about suicidal thoughts.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AskGuidance {
    pub intro: Option<String>,
    pub phrasings: Vec<Item>,
    /// Questions to understand what has happened (not an assessment).
    pub follow_up: Vec<Item>,
    /// Short factual questions that help choose the action level.
    pub level_questions: Vec<Item>,
    pub dos: Vec<Item>,
    pub donts: Vec<Item>,
}

/// How fast help must be brought in. Ordered from most to least urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// RØD: act now.
    Red,
    /// GUL: the same day.
    Yellow,
    /// GRØNN: concern without acute signs.
    Green,
}

impl Level {
    /// Every level, most urgent first.
    pub const ALL: [Level; 3] = [Level::Red, Level::Yellow, Level::Green];
}

/// One action level with its criteria, actions and contacts.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ActionLevel {
    pub level: Level,
    /// "RØD", "GUL", "GRØNN".
    pub name: String,
    pub title: String,
    pub summary: String,
    /// When this level applies (any one is enough).
    pub criteria: Vec<Item>,
    pub actions: Vec<Item>,
    /// Contacts for this level, most important first.
    pub contacts: Vec<Id>,
}

/// A service or helpline to contact.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Contact {
    pub id: Id,
    pub name: String,
    pub what_for: String,
    pub phone: Option<Phone>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub scope: Scope,
    pub role: ContactRole,
    /// The person's own contact (their own fastlege, their own therapist): the routine
    /// has no number for it, and it never counts as a missing number.
    #[serde(skip_serializing_if = "is_false")]
    pub persons_own: bool,
    /// Shown to citizens on the public web page: a service anyone may call.
    #[serde(skip_serializing_if = "is_false")]
    pub public: bool,
    /// An internal route of the municipality (politikontakt, kommuneoverlege, a
    /// workplace's resource person): for employees only, never public.
    #[serde(skip_serializing_if = "is_false")]
    pub internal: bool,
    /// The audiences this contact is for; empty means everyone.
    pub audiences: Vec<Id>,
    /// `None` when the opening hours are not known.
    pub hours: Option<OpeningHours>,
    /// Contacts to use instead while this one is closed.
    pub when_closed: Vec<Id>,
    pub notes: Option<String>,
    pub sources: Vec<Id>,
    #[serde(serialize_with = "optional_date")]
    pub last_verified: Option<NaiveDate>,
    pub status: ContactStatus,
}

/// A Norwegian phone number as written in the file, and its digits for `tel:` links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    pub display: String,
    pub digits: String,
}

impl Phone {
    /// Parses a Norwegian number: 3, 5, 6 or 8 digits, optionally in groups separated by
    /// single spaces, optionally after `+47`.
    pub fn parse(text: &str) -> Option<Phone> {
        let national = text.strip_prefix("+47 ").unwrap_or(text);
        let groups_ok = !national.is_empty()
            && national
                .split(' ')
                .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
        let digits: String = national.chars().filter(char::is_ascii_digit).collect();
        (groups_ok && matches!(digits.len(), 3 | 5 | 6 | 8)).then(|| Phone {
            display: text.to_owned(),
            digits,
        })
    }

    /// The `tel:` link for the number.
    pub fn tel_uri(&self) -> String {
        if self.digits.len() == 8 {
            format!("tel:+47{}", self.digits)
        } else {
            format!("tel:{}", self.digits)
        }
    }
}

/// Opening hours with an optional remark (for example where sources disagree).
#[derive(Debug, Clone, PartialEq)]
pub struct OpeningHours {
    pub schedule: Schedule,
    pub note: Option<String>,
}

/// Whether a contact is national or belongs to the municipality's own services.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    National,
    Local,
}

/// When a contact is the one to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactRole {
    /// In office hours.
    Day,
    /// Evenings, nights, weekends and holidays, when day services are closed.
    OutOfHours,
    /// At any time.
    Any,
}

/// How far a contact's details can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactStatus {
    /// Checked against its sources on `last_verified`.
    Verified,
    /// Details exist but sources disagree or are weak: check before relying on them.
    ToVerify,
    /// The number is not known yet: an explicit gap the program flags.
    Placeholder,
}

/// A checklist item for one or more action levels.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChecklistItem {
    #[serde(flatten)]
    pub item: Item,
    pub levels: Vec<Level>,
}

/// Special guidance, for example for children and young people or the bereaved.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Guidance {
    pub id: Id,
    pub title: String,
    pub audiences: Vec<Id>,
    pub intro: Option<String>,
    pub items: Vec<Item>,
}

/// A fictional practice case for training, with the routine's expected answer.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PracticeCase {
    pub id: Id,
    pub title: String,
    pub sector: Option<Id>,
    pub audience: Id,
    /// The story, one paragraph an element.
    pub story: Vec<String>,
    /// Ids of the warning signs, factors and situations present in the story.
    pub signs: Vec<Id>,
    /// Ids of the level criteria that fit the story; the most urgent of their levels
    /// is the case's level.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Id>,
    pub level: Level,
    /// Ids of the guidance items the story turns on, for situations the levels alone do
    /// not teach (a 17-year-old who will not have his parents told).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<Id>,
    /// The case's level is above what its criteria call for, because of a doubt its
    /// `why` explains ("ved tvil, velg høyere nivå").
    #[serde(skip_serializing_if = "is_false")]
    pub ved_tvil: bool,
    pub why: String,
    pub contacts: Vec<Id>,
    pub discussion: Vec<String>,
}

/// A self-check question with its answer options.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Question {
    pub id: Id,
    pub question: String,
    pub options: Vec<AnswerOption>,
    pub explanation: String,
    pub sources: Vec<Id>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AnswerOption {
    pub text: String,
    pub correct: bool,
}

/// The lists of the ask guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskList {
    Phrasings,
    FollowUp,
    LevelQuestions,
    Dos,
    Donts,
}

impl AskGuidance {
    /// Each list with its name, in the order every view shows them.
    pub fn lists(&self) -> [(AskList, &[Item]); 5] {
        [
            (AskList::Phrasings, &self.phrasings),
            (AskList::FollowUp, &self.follow_up),
            (AskList::LevelQuestions, &self.level_questions),
            (AskList::Dos, &self.dos),
            (AskList::Donts, &self.donts),
        ]
    }
}

/// A contact not verified for this many months is stale.
pub const STALE_AFTER_MONTHS: u32 = 12;

impl Contact {
    /// Whether the contact was last verified more than a year before `today`.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        self.last_verified
            .and_then(|d| d.checked_add_months(chrono::Months::new(STALE_AFTER_MONTHS)))
            .is_some_and(|due| due < today)
    }

    /// Whether someone must look at this contact at the revision.
    pub fn needs_attention(&self, today: NaiveDate) -> bool {
        self.status != ContactStatus::Verified || self.is_stale(today)
    }

    /// Where the contact stands at the revision.
    pub fn verification(&self, today: NaiveDate) -> Verification {
        match (self.status, self.last_verified) {
            (ContactStatus::Placeholder, _) => Verification::Placeholder,
            (ContactStatus::ToVerify, _) => Verification::ToVerify,
            (_, Some(date)) if self.is_stale(today) => Verification::Stale(date),
            (_, Some(date)) => Verification::Verified(date),
            (_, None) => Verification::Never,
        }
    }
}

/// Where a contact stands at the revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    Placeholder,
    ToVerify,
    /// Verified on that date, longer ago than the routine allows.
    Stale(NaiveDate),
    Verified(NaiveDate),
    Never,
}

impl Routine {
    /// The action level's content.
    pub fn level(&self, level: Level) -> Option<&ActionLevel> {
        self.levels.iter().find(|l| l.level == level)
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The level whose criteria hold the criterion with this id.
    pub fn criterion_level(&self, id: &str) -> Option<Level> {
        self.criterion(id).map(|(level, _)| level)
    }

    /// The criterion with this id, with its level.
    pub fn criterion(&self, id: &str) -> Option<(Level, &Item)> {
        self.levels
            .iter()
            .find_map(|l| l.criteria.iter().find(|c| c.id == id).map(|c| (l.level, c)))
    }

    /// The guidance item with this id, with the section it stands in.
    pub fn guidance_item(&self, id: &str) -> Option<(&Guidance, &Item)> {
        self.guidance
            .iter()
            .find_map(|g| g.items.iter().find(|i| i.id == id).map(|i| (g, i)))
    }

    /// The most urgent level among a case's criteria: the level its story calls for.
    pub fn level_of_criteria(&self, case: &PracticeCase) -> Option<Level> {
        case.criteria
            .iter()
            .filter_map(|id| self.criterion_level(id))
            .min()
    }

    /// Contacts whose number is still an explicit gap.
    pub fn placeholder_contacts(&self) -> impl Iterator<Item = &Contact> {
        self.contacts
            .iter()
            .filter(|c| c.status == ContactStatus::Placeholder && !c.persons_own)
    }
}

/// Dates as the file writes them: `2026-11-26`.
fn date<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&date.format("%Y-%m-%d"))
}

fn optional_date<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(&d.format("%Y-%m-%d")),
        None => s.serialize_none(),
    }
}

/// A flag that is false is left out of the file.
fn is_false(value: &bool) -> bool {
    !*value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers() {
        for (text, digits, tel) in [
            ("113", "113", "tel:113"),
            ("02800", "02800", "tel:02800"),
            ("116 117", "116117", "tel:116117"),
            ("22 40 00 40", "22400040", "tel:+4722400040"),
            ("800 33 321", "80033321", "tel:+4780033321"),
            ("+47 22 59 13 00", "22591300", "tel:+4722591300"),
        ] {
            let phone = Phone::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(phone.digits, digits);
            assert_eq!(phone.tel_uri(), tel);
        }
        for bad in [
            "",
            "11",
            "1234",
            "1131",
            "22-40-00-40",
            "22  40",
            " 113",
            "113 ",
            "abc",
            "+4722400040",
            "123456789",
        ] {
            assert_eq!(Phone::parse(bad), None, "{bad:?}");
        }
    }
}
