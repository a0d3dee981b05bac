//! Checks the content of a routine that has the right shape: unique ids, references that
//! resolve, no empty texts, sound contacts and levels, and warnings that need a person's
//! attention (placeholder numbers, contacts not verified for a year, overdue revision).

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::avoided;
use super::hours::Schedule;
use super::model::*;
use super::problems::{IdKind as Kind, Message, Needed, Path, Problems};
use super::readability::{
    HARD_ITEM_LIX, MOST_CHARACTERS, MOST_LIX, conversation_texts, hard_item, readability,
};
use super::seal::FORM;
use super::walk::{ItemKind, Place, Step};

/// The languages a routine's content can be in: those the program prints in.
const CONTENT_LANGUAGES: [&str; 3] = ["nb", "nn", "en"];

/// The longest idle timeout a routine may set, in minutes.
const MAX_IDLE_MINUTES: u32 = 120;

/// Checks a routine and records every problem. `ids_in_file` holds every id that stood
/// in the file, so references to items skipped for another error are not reported twice.
pub fn validate(
    routine: &Routine,
    ids_in_file: &HashSet<String>,
    today: NaiveDate,
    problems: &mut Problems,
) {
    let mut v = Validator {
        problems,
        ids: HashMap::new(),
        duplicated: HashSet::new(),
        retired: HashMap::new(),
        language: routine.metadata.language.trim(),
        ids_in_file,
        today,
    };
    v.retired_ids(routine);
    v.register_all(routine);
    v.metadata(&routine.metadata);
    v.idle_minutes(routine.idle_reset_minutes);
    v.content(routine);
    v.levels(routine);
    v.contacts(routine);
    v.checklist(routine);
    v.cases(routine);
    v.criteria_taught(routine);
    v.self_check(routine);
    v.course(routine);
    v.pocket_card(routine);
    v.readability(routine);
}

struct Validator<'a> {
    problems: &'a mut Problems,
    ids: HashMap<String, (Kind, Path)>,
    /// Ids used more than once: references to them are ambiguous and not checked.
    duplicated: HashSet<String>,
    /// Retired ids, with the version that retired each.
    retired: HashMap<String, String>,
    /// The language the routine is written in, for the phrases it avoids.
    language: &'a str,
    ids_in_file: &'a HashSet<String>,
    today: NaiveDate,
}

fn root(name: &str) -> Path {
    Path::default().field(name)
}

impl Validator<'_> {
    fn element(&self, list: &Path, i: usize) -> Path {
        self.problems.element(list, i)
    }

    /// Records an id, checking its form and that it is not used before.
    fn register(&mut self, id: &str, kind: Kind, at: &Path) {
        let at_id = at.field("id");
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !well_formed {
            self.problems
                .error(&at_id, Message::BadId { id: id.to_owned() });
        }
        if let Some(version) = self.retired.get(id) {
            let message = Message::RetiredIdReused {
                id: id.to_owned(),
                version: version.clone(),
            };
            self.problems.error(&at_id, message);
        }
        if let Some((_, first)) = self.ids.get(id) {
            let first = first.as_str().to_owned();
            self.duplicated.insert(id.to_owned());
            let id = id.to_owned();
            self.problems
                .error(&at_id, Message::DuplicateId { id, first });
            return;
        }
        self.ids.insert(id.to_owned(), (kind, at.clone()));
    }

    /// The path of a walked item, numbered as in the file.
    fn resolve(&self, steps: &[Step]) -> Path {
        steps.iter().fold(Path::default(), |at, step| match step {
            Step::Field(name) => at.field(name),
            Step::Index(i) => self.element(&at, *i),
        })
    }

    /// Records every id, so a duplicate is reported where it stands the second time:
    /// the routine's named things first, then every content item from the walk.
    fn register_all(&mut self, r: &Routine) {
        self.register(&r.metadata.id, Kind::Other, &root("metadata"));
        self.register_list("sources", r.sources.iter().map(|s| (&s.id, Kind::Source)));
        self.register_list(
            "audiences",
            r.audiences.iter().map(|a| (&a.id, Kind::Audience)),
        );
        self.register_list("sectors", r.sectors.iter().map(|s| (&s.id, Kind::Sector)));
        for (i, group) in r.warning_signs.groups.iter().enumerate() {
            let at = self.element(&root("warning_signs").field("groups"), i);
            self.register(&group.id, Kind::Other, &at);
        }
        for walked in r.walk_items() {
            let kind = match walked.kind {
                ItemKind::Sign => Kind::Sign,
                ItemKind::Factor => Kind::Factor,
                ItemKind::Criterion => Kind::Criterion,
                ItemKind::GuidanceItem => Kind::GuidanceItem,
                ItemKind::Other => Kind::Other,
            };
            let at = self.resolve(&walked.steps);
            self.register(&walked.item.id, kind, &at);
        }
        self.register_list(
            "contacts",
            r.contacts.iter().map(|c| (&c.id, Kind::Contact)),
        );
        self.register_list("guidance", r.guidance.iter().map(|g| (&g.id, Kind::Other)));
        self.register_list("cases", r.cases.iter().map(|c| (&c.id, Kind::Other)));
        self.register_list(
            "self_check",
            r.self_check.iter().map(|q| (&q.id, Kind::Other)),
        );
    }

    /// Records the retired ids first, so using one again is reported where it stands.
    fn retired_ids(&mut self, r: &Routine) {
        let list = root("retired_ids");
        for (i, retired) in r.retired_ids.iter().enumerate() {
            let at = self.element(&list, i);
            if !is_version(&retired.version) {
                let found = retired.version.clone();
                self.problems
                    .error(&at.field("version"), Message::BadVersion { found });
            }
            if self.retired.contains_key(&retired.id) {
                let first = list.as_str().to_owned();
                let id = retired.id.clone();
                self.problems
                    .error(&at.field("id"), Message::DuplicateId { id, first });
            }
            self.retired
                .insert(retired.id.clone(), retired.version.clone());
        }
    }

    fn register_list<'r>(&mut self, list: &str, ids: impl Iterator<Item = (&'r Id, Kind)>) {
        let list = root(list);
        for (i, (id, kind)) in ids.enumerate() {
            let at = self.element(&list, i);
            self.register(id, kind, &at);
        }
    }

    /// Checks that a reference names an existing thing of the right kind.
    fn reference(&mut self, id: &str, kind: Kind, at: &Path) {
        if self.duplicated.contains(id) {
            return;
        }
        match self.ids.get(id) {
            Some((found, _)) if *found == kind => {}
            Some((found, where_)) => {
                let message = Message::WrongKind {
                    id: id.to_owned(),
                    expected: kind,
                    found: *found,
                    at: where_.as_str().to_owned(),
                };
                self.problems.error(at, message);
            }
            None if self.retired.contains_key(id) => {
                let message = Message::RetiredIdReferenced {
                    id: id.to_owned(),
                    version: self.retired[id].clone(),
                };
                self.problems.error(at, message);
            }
            // Stood in the file but was skipped for another error, already reported.
            None if self.ids_in_file.contains(id) => {}
            None => {
                let id = id.to_owned();
                self.problems.error(at, Message::NoSuchId { id, kind });
            }
        }
    }

    fn references(&mut self, ids: &[Id], kind: Kind, list: &Path) {
        for (i, id) in ids.iter().enumerate() {
            let at = self.element(list, i);
            self.reference(id, kind, &at);
        }
    }

    /// Checks a required text: not blank, and free of avoided phrases.
    /// Whether the approval can be checked against the content: an approval without a
    /// seal, or with a seal in a form this program does not know, is shown as approved
    /// without a seal; a signature needs the seal it signs. Whether the seal holds is no
    /// problem of the file (`Routine::seal_verdict`).
    fn seal(&mut self, approval: &Approval, at: &Path) {
        match &approval.seal {
            None if approval.signature.is_some() => self
                .problems
                .warning(&at.field("signature"), Message::SignatureWithoutSeal),
            None => self.problems.warning(at, Message::ApprovalUnsealed),
            Some(seal) if seal.form != FORM => self.problems.warning(
                &at.field("seal").field("form"),
                Message::UnknownSealForm {
                    found: seal.form,
                    known: FORM,
                },
            ),
            Some(_) => {}
        }
    }

    fn text(&mut self, text: &str, at: &Path) {
        if text.trim().is_empty() {
            self.problems.error(at, Message::EmptyText);
        }
        self.wording(text, at);
    }

    /// Checks a text for avoided phrases, and for characters no embedded font draws.
    fn wording(&mut self, text: &str, at: &Path) {
        self.glyphs(text, at);
        for found in avoided::found_in(text, self.language) {
            let message = Message::AvoidedPhrase {
                phrase: found.phrase.to_owned(),
                advice: found.advice,
            };
            self.problems.warning(at, message);
        }
    }

    /// Checks a quotation of another publication (a source's title), which keeps its own
    /// words: not blank, and drawable.
    fn quotation(&mut self, text: &str, at: &Path) {
        if text.trim().is_empty() {
            self.problems.error(at, Message::EmptyText);
        }
        self.glyphs(text, at);
    }

    /// Warns of characters no embedded font draws.
    fn glyphs(&mut self, text: &str, at: &Path) {
        let mut missing: Vec<char> = text
            .chars()
            .filter(|c| !crate::fonts::window_draws(*c))
            .collect();
        missing.dedup();
        for character in missing {
            self.problems.warning(at, Message::NoGlyph { character });
        }
    }

    fn optional_text(&mut self, text: &Option<String>, at: &Path) {
        if let Some(text) = text {
            self.wording(text, at);
        }
    }

    fn item(&mut self, item: &Item, at: &Path) {
        self.text(&item.text, &at.field("text"));
        self.optional_text(&item.note, &at.field("note"));
        self.references(&item.sources, Kind::Source, &at.field("sources"));
        self.references(&item.audiences, Kind::Audience, &at.field("audiences"));
    }

    /// Every content item's text, sources and audiences, from the walk, and the fields
    /// only some items may have where they stand.
    fn items(&mut self, r: &Routine) {
        for walked in r.walk_items() {
            let at = self.resolve(&walked.steps);
            self.item(walked.item, &at);
            match walked.place {
                Place::Ask(AskList::LevelQuestions) => self.level_question(r, walked.item, &at),
                _ => self.not_a_question(walked.item, &at),
            }
            match walked.place {
                Place::LevelCriteria(_) => self.call_first(r, walked.item, &at),
                _ if walked.item.call_first.is_some() => self
                    .problems
                    .error(&at.field("call_first"), Message::CallFirstOutsideCriteria),
                _ => {}
            }
        }
    }

    /// A level question's criteria, and its criterion for an unclear answer: criteria of
    /// one level, so a yes sets that level and no other.
    fn level_question(&mut self, r: &Routine, question: &Item, at: &Path) {
        let list = at.field("criteria");
        self.references(&question.criteria, Kind::Criterion, &list);
        let Some(unclear) = &question.if_unclear else {
            return self.one_level(r, question, &list);
        };
        let at_unclear = at.field("if_unclear");
        self.reference(unclear, Kind::Criterion, &at_unclear);
        if question.criteria.is_empty() {
            self.problems
                .error(&at_unclear, Message::UnclearWithoutCriteria);
        }
        self.one_level(r, question, &list);
    }

    fn one_level(&mut self, r: &Routine, question: &Item, list: &Path) {
        let mut levels: Vec<Level> = question
            .criteria
            .iter()
            .chain(&question.if_unclear)
            .filter_map(|id| r.criterion_level(id))
            .collect();
        levels.sort();
        levels.dedup();
        if levels.len() > 1 {
            let names = levels
                .iter()
                .map(|l| r.level(*l).map_or(l.key(), |l| l.name.as_str()).to_owned())
                .collect();
            self.problems
                .error(list, Message::QuestionAcrossLevels { levels: names });
        }
    }

    /// Only a level question names criteria, or what an unclear answer stands for.
    fn not_a_question(&mut self, item: &Item, at: &Path) {
        if !item.criteria.is_empty() {
            self.problems
                .error(&at.field("criteria"), Message::GateFieldOutsideQuestions);
        }
        if item.if_unclear.is_some() {
            self.problems
                .error(&at.field("if_unclear"), Message::GateFieldOutsideQuestions);
        }
    }

    /// A criterion's contact to call first must be a contact with a number to call.
    fn call_first(&mut self, r: &Routine, criterion: &Item, at: &Path) {
        let Some(id) = &criterion.call_first else {
            return;
        };
        let at = at.field("call_first");
        self.reference(id, Kind::Contact, &at);
        if let Some(contact) = r.contact(id).filter(|c| c.phone.is_none()) {
            let name = contact.name.clone();
            self.problems
                .error(&at, Message::CallFirstWithoutPhone { name });
        }
    }

    fn non_empty<T>(&mut self, list: &[T], at: &Path, needs: Needed) {
        if list.is_empty() {
            self.problems.error(at, Message::EmptyList { needs });
        }
    }

    fn metadata(&mut self, m: &Metadata) {
        let at = root("metadata");
        for (name, text) in [
            ("title", &m.title),
            ("municipality", &m.municipality),
            ("language", &m.language),
            ("owner", &m.owner),
        ] {
            self.text(text, &at.field(name));
        }
        let language = m.language.trim();
        if !language.is_empty() && !CONTENT_LANGUAGES.contains(&language) {
            self.problems.error(
                &at.field("language"),
                Message::UnknownLanguage {
                    found: m.language.clone(),
                },
            );
        }
        if !is_version(&m.version) {
            self.problems.error(
                &at.field("version"),
                Message::BadVersion {
                    found: m.version.clone(),
                },
            );
        }
        match &m.approval {
            None => self
                .problems
                .warning(&at.field("approval"), Message::NotApproved),
            Some(approval) => {
                let at = at.field("approval");
                self.text(&approval.role, &at.field("role"));
                if approval.date > self.today {
                    self.problems.error(
                        &at.field("date"),
                        Message::ApprovalInFuture {
                            date: approval.date,
                        },
                    );
                }
                self.seal(approval, &at);
            }
        }
        match &m.web_address {
            None => self
                .problems
                .warning(&at.field("web_address"), Message::NoWebAddress),
            Some(address) if !is_web_address(address) => self.problems.error(
                &at.field("web_address"),
                Message::NotAWebAddress {
                    text: address.clone(),
                },
            ),
            Some(_) => {}
        }
        match &m.feedback_contact {
            None => self
                .problems
                .warning(&at.field("feedback_contact"), Message::NoFeedbackContact),
            Some(contact) if !is_email(contact) && !is_https_page(contact) => self.problems.error(
                &at.field("feedback_contact"),
                Message::NotAFeedbackContact {
                    text: contact.clone(),
                },
            ),
            Some(_) => {}
        }
        if let Some(address) = &m.accessibility_statement
            && !is_https_page(address)
        {
            self.problems.error(
                &at.field("accessibility_statement"),
                Message::NotAStatementAddress {
                    text: address.clone(),
                },
            );
        }
        if m.next_revision < self.today {
            let days = (self.today - m.next_revision).num_days();
            self.problems.warning(
                &at.field("next_revision"),
                Message::RevisionOverdue {
                    date: m.next_revision,
                    days,
                    owner: m.owner.clone(),
                },
            );
        }
        for (i, revision) in m.revision_log.iter().enumerate() {
            let at = self.element(&at.field("revision_log"), i);
            self.text(&revision.by, &at.field("by"));
            self.text(&revision.summary, &at.field("summary"));
            if !is_version(&revision.version) {
                self.problems.error(
                    &at.field("version"),
                    Message::BadVersion {
                        found: revision.version.clone(),
                    },
                );
            }
        }
    }

    fn idle_minutes(&mut self, minutes: u32) {
        if !(1..=MAX_IDLE_MINUTES).contains(&minutes) {
            self.problems.error(
                &root("idle_reset_minutes"),
                Message::IdleMinutes {
                    minutes,
                    max: MAX_IDLE_MINUTES,
                },
            );
        }
    }

    fn content(&mut self, r: &Routine) {
        for (i, source) in r.sources.iter().enumerate() {
            let at = self.element(&root("sources"), i);
            self.quotation(&source.title, &at.field("title"));
            if let Some(date) = source.date.as_deref().filter(|d| !is_source_date(d)) {
                self.problems.error(
                    &at.field("date"),
                    Message::BadSourceDate {
                        date: date.to_owned(),
                    },
                );
            }
        }
        self.non_empty(&r.audiences, &root("audiences"), Needed::Audience);
        for (i, audience) in r.audiences.iter().enumerate() {
            let at = self.element(&root("audiences"), i);
            self.text(&audience.label, &at.field("label"));
        }
        for (i, sector) in r.sectors.iter().enumerate() {
            let at = self.element(&root("sectors"), i);
            self.text(&sector.label, &at.field("label"));
            self.references(&sector.contacts, Kind::Contact, &at.field("contacts"));
            self.checklist_levels(&sector.checklist, &at.field("checklist"));
        }
        self.section(&r.purpose, &root("purpose"));
        self.section(&r.aftercare, &root("aftercare"));
        self.warning_signs(&r.warning_signs);
        for (name, list) in [
            ("risk_factors", &r.risk_factors),
            ("protective_factors", &r.protective_factors),
            ("triggering_situations", &r.triggering_situations),
        ] {
            self.factor_list(list, &root(name));
        }
        self.optional_text(&r.ask.intro, &root("ask").field("intro"));
        self.non_empty(
            &r.ask.phrasings,
            &root("ask").field("phrasings"),
            Needed::Phrasing,
        );
        for (i, guidance) in r.guidance.iter().enumerate() {
            let at = self.element(&root("guidance"), i);
            self.text(&guidance.title, &at.field("title"));
            self.optional_text(&guidance.intro, &at.field("intro"));
            self.references(&guidance.audiences, Kind::Audience, &at.field("audiences"));
        }
        self.items(r);
    }

    fn section(&mut self, section: &Section, at: &Path) {
        self.text(&section.title, &at.field("title"));
        self.optional_text(&section.intro, &at.field("intro"));
    }

    fn warning_signs(&mut self, signs: &WarningSigns) {
        let at = root("warning_signs");
        self.optional_text(&signs.intro, &at.field("intro"));
        self.non_empty(&signs.groups, &at.field("groups"), Needed::SignGroup);
        for (i, group) in signs.groups.iter().enumerate() {
            let at = self.element(&at.field("groups"), i);
            self.text(&group.title, &at.field("title"));
            self.non_empty(&group.signs, &at.field("signs"), Needed::Sign);
        }
    }

    fn factor_list(&mut self, list: &FactorList, at: &Path) {
        self.optional_text(&list.intro, &at.field("intro"));
        self.optional_text(&list.note, &at.field("note"));
        for (i, group) in list.groups.iter().enumerate() {
            let at = self.element(&at.field("groups"), i);
            self.optional_text(&group.title, &at.field("title"));
        }
    }

    fn levels(&mut self, r: &Routine) {
        let keys: Vec<Level> = r.levels.iter().map(|l| l.level).collect();
        // A level that could not be read is already reported.
        if keys != Level::ALL && !self.problems.lost_elements(&root("levels")) {
            let found = keys.iter().map(|l| l.key().to_owned()).collect();
            self.problems
                .error(&root("levels"), Message::LevelsOutOfOrder { found });
        }
        for (i, level) in r.levels.iter().enumerate() {
            let at = self.element(&root("levels"), i);
            for (name, text) in [
                ("name", &level.name),
                ("title", &level.title),
                ("summary", &level.summary),
            ] {
                self.text(text, &at.field(name));
            }
            self.non_empty(&level.criteria, &at.field("criteria"), Needed::Criterion);
            self.non_empty(&level.actions, &at.field("actions"), Needed::Action);
            self.references(&level.contacts, Kind::Contact, &at.field("contacts"));
        }
        let Some(red) = r.level(Level::Red) else {
            return;
        };
        let red_contacts: Vec<&Contact> =
            red.contacts.iter().filter_map(|id| r.contact(id)).collect();
        let all_resolved = red_contacts.len() == red.contacts.len();
        let has_113 = red_contacts
            .iter()
            .any(|c| c.phone.as_ref().is_some_and(|p| p.digits == "113"));
        // An unresolved contact is reported on its own; it may be the one with 113.
        if all_resolved && !has_113 {
            let at = self.element(&root("levels"), 0).field("contacts");
            self.problems.error(&at, Message::RedWithout113);
        }
    }

    fn contacts(&mut self, r: &Routine) {
        self.non_empty(&r.contacts, &root("contacts"), Needed::Contact);
        self.poster(r);
        for (i, contact) in r.contacts.iter().enumerate() {
            let at = self.element(&root("contacts"), i);
            self.contact(contact, &at);
        }
    }

    /// The pocket card's lists: phrasings from `ask.phrasings` and contacts that exist,
    /// none longer than a card carries; a contact without a number or address is left
    /// off the card for now. Whether they fit is checked with the card's own layout.
    fn pocket_card(&mut self, r: &Routine) {
        let at = root("pocket_card");
        let Some(card) = &r.pocket_card else {
            self.problems.warning(&at, Message::CardNotChosen);
            return;
        };
        let ask = at.field("ask");
        for (i, id) in card.ask.iter().enumerate() {
            if !r.ask.phrasings.iter().any(|p| &p.id == id) {
                let place = self.element(&ask, i);
                self.problems
                    .error(&place, Message::NotAPhrasing { id: id.clone() });
            }
        }
        self.at_most(card.ask.len(), PocketCard::MOST_PHRASINGS, &ask);
        for (name, ids) in [("day", &card.day), ("out_of_hours", &card.out_of_hours)] {
            let list = at.field(name);
            self.references(ids, Kind::Contact, &list);
            self.at_most(ids.len(), PocketCard::MOST_CONTACTS, &list);
            for (i, id) in ids.iter().enumerate() {
                let Some(index) = r.contacts.iter().position(|c| &c.id == id) else {
                    continue;
                };
                let contact = &r.contacts[index];
                // A number that could not be read is reported where it stands.
                let phone_at = self.element(&root("contacts"), index).field("phone");
                if contact.phone.is_none()
                    && contact.url.is_none()
                    && !self.problems.has_error_at(&phone_at)
                {
                    let place = self.element(&list, i);
                    let name = contact.name.clone();
                    self.problems
                        .warning(&place, Message::CardContactWithoutNumber { name });
                }
            }
        }
    }

    /// The staff course: each module ends with one to three questions, each a self-check
    /// question or a case asked once, and the pass mark is a share; without the section,
    /// the default must reach the whole self-check.
    fn course(&mut self, r: &Routine) {
        let at = root("course");
        let Some(course) = &r.course else {
            let most = super::course::DEFAULT_MOST_SELF_CHECK;
            if r.self_check.len() > most {
                let left_out = r.self_check.len() - most;
                self.problems.warning(
                    &root("self_check"),
                    Message::CourseLeavesOut { left_out, most },
                );
            }
            return;
        };
        if !(1..=100).contains(&course.pass_mark) {
            let found = course.pass_mark;
            self.problems.error(
                &at.field("pass_mark"),
                Message::PassMarkOutOfRange { found },
            );
        }
        let mut first: HashMap<&str, Path> = HashMap::new();
        for module in Module::ALL {
            let list = at.field("questions").field(module.key());
            let ids = course.questions.of(module);
            if ids.is_empty() {
                self.problems.error(&list, Message::CourseModuleEmpty);
            }
            if ids.len() > Course::MOST_QUESTIONS {
                let most = Course::MOST_QUESTIONS;
                self.problems
                    .error(&list, Message::TooManyCourseQuestions { most });
            }
            for (i, id) in ids.iter().enumerate() {
                let place = self.element(&list, i);
                if super::course::asked(r, id).is_none() {
                    // An id skipped for another error stood in the file: reported there.
                    if !self.ids_in_file.contains(id.as_str()) || self.ids.contains_key(id) {
                        self.problems
                            .error(&place, Message::NotACourseQuestion { id: id.clone() });
                    }
                    continue;
                }
                match first.get(id.as_str()) {
                    Some(earlier) => {
                        let message = Message::CourseQuestionTwice {
                            id: id.clone(),
                            first: earlier.as_str().to_owned(),
                        };
                        self.problems.error(&place, message);
                    }
                    None => {
                        first.insert(id, place);
                    }
                }
            }
        }
    }

    fn at_most(&mut self, count: usize, most: usize, at: &Path) {
        if count > most {
            self.problems.error(at, Message::TooManyOnCard { most });
        }
    }

    /// The poster hangs in public: each of its contacts needs a number, and it needs
    /// its messages.
    fn poster(&mut self, r: &Routine) {
        self.references(&r.poster_contacts, Kind::Contact, &root("poster_contacts"));
        for (i, id) in r.poster_contacts.iter().enumerate() {
            let Some(index) = r.contacts.iter().position(|c| &c.id == id) else {
                continue;
            };
            let contact = &r.contacts[index];
            let phone_at = self.element(&root("contacts"), index).field("phone");
            // A number that could not be read is reported where it stands.
            if contact.phone.is_none() && !self.problems.has_error_at(&phone_at) {
                let at = self.element(&root("poster_contacts"), i);
                let name = contact.name.clone();
                self.problems
                    .error(&at, Message::PosterContactWithoutPhone { name });
            }
            // After the number: a poster contact without one gets that message first.
            if !contact.public {
                let at = self.element(&root("poster_contacts"), i);
                let name = contact.name.clone();
                self.problems
                    .error(&at, Message::PosterContactNotPublic { name });
            }
        }
        if r.poster_messages.is_empty() {
            self.problems
                .warning(&root("poster_messages"), Message::PosterWithoutMessages);
        }
    }

    fn contact(&mut self, c: &Contact, at: &Path) {
        self.text(&c.name, &at.field("name"));
        self.text(&c.what_for, &at.field("what_for"));
        self.optional_text(&c.notes, &at.field("notes"));
        self.references(&c.audiences, Kind::Audience, &at.field("audiences"));
        self.references(&c.when_closed, Kind::Contact, &at.field("when_closed"));
        self.references(&c.sources, Kind::Source, &at.field("sources"));
        if c.when_closed.contains(&c.id) {
            self.problems.error(
                &at.field("when_closed"),
                Message::OwnReplacement { id: c.id.clone() },
            );
        }
        if let Some(hours) = &c.hours {
            self.hours(hours, &at.field("hours"));
        }
        if let Some(date) = c.last_verified {
            self.verified_date(c, date, &at.field("last_verified"));
        }
        if c.persons_own {
            self.persons_own(c, at);
        }
        self.public(c, at);
        match c.status {
            ContactStatus::Verified => self.verified_contact(c, at),
            ContactStatus::ToVerify => {
                if c.sources.is_empty() {
                    self.problems.error(
                        &at.field("sources"),
                        Message::ToVerifyWithoutSource {
                            name: c.name.clone(),
                        },
                    );
                }
                self.problems.warning(
                    &at.field("status"),
                    Message::ToVerify {
                        name: c.name.clone(),
                        note: c.notes.clone(),
                    },
                );
            }
            // The person's own contact is never a gap; its status is reported above.
            ContactStatus::Placeholder if c.persons_own => {}
            ContactStatus::Placeholder => {
                if c.phone.is_some() {
                    self.problems.error(
                        &at.field("phone"),
                        Message::PlaceholderWithPhone {
                            name: c.name.clone(),
                        },
                    );
                } else {
                    self.problems.warning(
                        &at.field("status"),
                        Message::Placeholder {
                            name: c.name.clone(),
                        },
                    );
                }
            }
        }
    }

    /// A contact shown to citizens needs a number to call, and an internal route is
    /// never shown to them.
    fn public(&mut self, c: &Contact, at: &Path) {
        if !c.public {
            return;
        }
        let name = c.name.clone();
        if c.internal {
            self.problems
                .error(&at.field("public"), Message::InternalPublic { name });
        } else if c.phone.is_none() && !self.problems.has_error_at(&at.field("phone")) {
            self.problems
                .error(&at.field("public"), Message::PublicWithoutPhone { name });
        }
    }

    /// The person's own contact has no number in the routine, so it cannot lack one.
    fn persons_own(&mut self, c: &Contact, at: &Path) {
        if c.phone.is_some() {
            self.problems.error(
                &at.field("phone"),
                Message::PersonsOwnWithPhone {
                    name: c.name.clone(),
                },
            );
        }
        if c.status == ContactStatus::Placeholder {
            self.problems.error(
                &at.field("status"),
                Message::PersonsOwnPlaceholder {
                    name: c.name.clone(),
                },
            );
        }
    }

    fn verified_contact(&mut self, c: &Contact, at: &Path) {
        if c.phone.is_none() && c.url.is_none() && c.email.is_none() {
            self.problems.error(
                &at.field("phone"),
                Message::VerifiedWithoutMeans {
                    name: c.name.clone(),
                },
            );
        }
        if c.sources.is_empty() {
            self.problems.error(
                &at.field("sources"),
                Message::VerifiedWithoutSource {
                    name: c.name.clone(),
                },
            );
        }
        if c.last_verified.is_none() {
            self.problems.error(
                &at.field("last_verified"),
                Message::VerifiedWithoutDate {
                    name: c.name.clone(),
                },
            );
        }
    }

    fn verified_date(&mut self, c: &Contact, date: NaiveDate, at: &Path) {
        if date > self.today {
            self.problems.error(at, Message::VerifiedInFuture { date });
        } else if c.is_stale(self.today) {
            self.problems.warning(
                at,
                Message::Stale {
                    name: c.name.clone(),
                    date,
                    months: STALE_AFTER_MONTHS,
                },
            );
        }
    }

    fn hours(&mut self, hours: &OpeningHours, at: &Path) {
        self.optional_text(&hours.note, &at.field("note"));
        if let Schedule::Weekly { periods, .. } = &hours.schedule {
            for (i, period) in periods.iter().enumerate() {
                if period.days.is_empty() {
                    let at = self.element(&at.field("weekly"), i).field("days");
                    self.problems.error(&at, Message::NoWeekdays);
                }
            }
        }
    }

    fn checklist(&mut self, r: &Routine) {
        self.checklist_levels(&r.checklist, &root("checklist"));
        for level in Level::ALL {
            if !r.checklist.iter().any(|c| c.levels.contains(&level)) {
                self.problems.error(
                    &root("checklist"),
                    Message::LevelWithoutChecklist {
                        level: level.key().to_owned(),
                    },
                );
            }
        }
    }

    /// Every checklist item names at least one level (its text is checked with the
    /// other items).
    fn checklist_levels(&mut self, items: &[ChecklistItem], list: &Path) {
        for (i, item) in items.iter().enumerate() {
            let at = self.element(list, i);
            self.non_empty(&item.levels, &at.field("levels"), Needed::Level);
        }
    }

    fn cases(&mut self, r: &Routine) {
        for (i, case) in r.cases.iter().enumerate() {
            let at = self.element(&root("cases"), i);
            self.text(&case.title, &at.field("title"));
            self.text(&case.why, &at.field("why"));
            self.non_empty(&case.story, &at.field("story"), Needed::Paragraph);
            for (j, paragraph) in case.story.iter().enumerate() {
                let at = self.element(&at.field("story"), j);
                self.text(paragraph, &at);
            }
            for (j, question) in case.discussion.iter().enumerate() {
                let at = self.element(&at.field("discussion"), j);
                self.text(question, &at);
            }
            if let Some(sector) = &case.sector {
                self.reference(sector, Kind::Sector, &at.field("sector"));
            }
            self.reference(&case.audience, Kind::Audience, &at.field("audience"));
            for (j, sign) in case.signs.iter().enumerate() {
                let at = self.element(&at.field("signs"), j);
                let kind = match self.ids.get(sign.as_str()) {
                    Some((Kind::Factor, _)) => Kind::Factor,
                    _ => Kind::Sign,
                };
                self.reference(sign, kind, &at);
            }
            self.references(&case.contacts, Kind::Contact, &at.field("contacts"));
            self.references(&case.guidance, Kind::GuidanceItem, &at.field("guidance"));
            self.case_criteria(r, case, &at);
        }
    }

    /// A case's criteria must be ones the guide shows for its audience, and its level
    /// the one they decide, or higher only as a marked doubt.
    fn case_criteria(&mut self, r: &Routine, case: &PracticeCase, at: &Path) {
        let list = at.field("criteria");
        for (j, id) in case.criteria.iter().enumerate() {
            let at = self.element(&list, j);
            self.reference(id, Kind::Criterion, &at);
            let hidden = r.criterion(id).is_some_and(|(_, c)| {
                !c.audiences.is_empty() && !c.audiences.contains(&case.audience)
            });
            if hidden {
                self.problems.error(
                    &at,
                    Message::CriterionHiddenForAudience {
                        id: id.clone(),
                        audience: case.audience.clone(),
                    },
                );
            }
        }
        // With the levels themselves wrong (reported on their own) no level can be judged.
        if !r.levels.iter().map(|l| l.level).eq(Level::ALL) {
            return;
        }
        let name = |level: Level| {
            r.level(level)
                .map_or_else(|| level.key().to_owned(), |l| l.name.clone())
        };
        match r.level_of_criteria(case) {
            None if case.criteria.is_empty() => {
                if case.ved_tvil {
                    self.problems
                        .error(&at.field("ved_tvil"), Message::VedTvilWithoutCriteria);
                } else {
                    self.problems.warning(&list, Message::CaseWithoutCriteria);
                }
            }
            // A criterion that does not resolve is reported above.
            None => {}
            Some(decided) if case.level > decided => self.problems.error(
                &at.field("level"),
                Message::CaseBelowCriteria {
                    level: name(case.level),
                    decided: name(decided),
                },
            ),
            Some(decided) if case.level < decided && !case.ved_tvil => self.problems.error(
                &at.field("level"),
                Message::CaseAboveCriteria {
                    level: name(case.level),
                    decided: name(decided),
                },
            ),
            Some(decided) if case.level == decided && case.ved_tvil => self.problems.error(
                &at.field("ved_tvil"),
                Message::VedTvilNotNeeded {
                    level: name(decided),
                },
            ),
            Some(_) => {}
        }
    }

    /// Every level criterion should be taught by at least one practice case.
    fn criteria_taught(&mut self, r: &Routine) {
        if r.cases.is_empty() {
            return;
        }
        let taught: HashSet<&str> = r
            .cases
            .iter()
            .flat_map(|c| c.criteria.iter().map(String::as_str))
            .collect();
        for (i, level) in r.levels.iter().enumerate() {
            let list = self.element(&root("levels"), i).field("criteria");
            for (j, criterion) in level.criteria.iter().enumerate() {
                if !taught.contains(criterion.id.as_str()) {
                    let at = self.element(&list, j);
                    self.problems.warning(
                        &at,
                        Message::CriterionNotTaught {
                            id: criterion.id.clone(),
                        },
                    );
                }
            }
        }
    }

    /// The texts read during a conversation: none too long, no long item hard to read,
    /// and the sections and the whole at a LIX an employee reads under stress.
    fn readability(&mut self, r: &Routine) {
        for text in conversation_texts(r) {
            let at = self.resolve(&text.steps);
            let characters = text.characters();
            if characters > MOST_CHARACTERS {
                let most = MOST_CHARACTERS;
                self.problems
                    .warning(&at, Message::TooLongToRead { characters, most });
            }
            if let Some((counts, lix)) = hard_item(text.text) {
                let words = counts.words;
                let most = HARD_ITEM_LIX;
                self.problems
                    .warning(&at, Message::HardToRead { words, lix, most });
            }
        }
        let figures = readability(r);
        let sections = figures.sections.iter().map(|(s, c)| (Some(*s), *c));
        for (section, counts) in std::iter::once((None, figures.overall)).chain(sections) {
            let Some(lix) = counts.lix().filter(|lix| *lix > MOST_LIX) else {
                continue;
            };
            let at = Path::default().field(section.map_or("", |s| s.path()));
            let most = MOST_LIX;
            self.problems
                .warning(&at, Message::LixTooHigh { section, lix, most });
        }
    }

    fn self_check(&mut self, r: &Routine) {
        for (i, question) in r.self_check.iter().enumerate() {
            let at = self.element(&root("self_check"), i);
            self.text(&question.question, &at.field("question"));
            self.text(&question.explanation, &at.field("explanation"));
            self.references(&question.sources, Kind::Source, &at.field("sources"));
            if question.options.len() < 2 {
                self.problems
                    .error(&at.field("options"), Message::TooFewOptions);
            }
            if !question.options.iter().any(|o| o.correct) {
                self.problems
                    .error(&at.field("options"), Message::NoCorrectOption);
            }
            for (j, option) in question.options.iter().enumerate() {
                let at = self.element(&at.field("options"), j);
                self.text(&option.text, &at.field("text"));
            }
        }
    }
}

/// Whether a source's date is a year, a month or a day: "2019", "2019-08", "2019-08-27".
/// Whether `address` is the `https://` address of a folder on a web server: a host
/// (letters, digits, dots and hyphens, perhaps a port) and perhaps a path, with no
/// spaces, no query or fragment, and not a page (`….html`), so a page's file name can
/// be joined to it.
pub fn is_web_address(address: &str) -> bool {
    let Some((authority, path)) = https_parts(address) else {
        return false;
    };
    let lower = path.to_ascii_lowercase();
    let path_ok =
        !path.contains(['?', '#']) && !lower.ends_with(".html") && !lower.ends_with(".htm");
    is_authority(authority) && path_ok
}

/// Whether `address` is an `https://` address of any page: a host (perhaps with a
/// port) and perhaps a path, query and fragment, with no spaces.
pub fn is_https_page(address: &str) -> bool {
    https_parts(address).is_some_and(|(authority, _)| is_authority(authority))
}

/// An `https://` address's authority and the rest, when it has no white space, control
/// character or backslash.
fn https_parts(address: &str) -> Option<(&str, &str)> {
    let rest = address.strip_prefix("https://")?;
    let at = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let clean = !rest
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    clean.then(|| rest.split_at(at))
}

/// A host of letters, digits, dots and hyphens, perhaps with a port.
fn is_authority(authority: &str) -> bool {
    let (host, port) = match authority.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = is_host(host);
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    host_ok && port_ok
}

fn is_host(host: &str) -> bool {
    !host.is_empty()
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
        && !host.contains("..")
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

/// Whether `address` is an e-mail address as people write them: one `@`, a name before
/// it without spaces, and a domain with a dot after it.
pub fn is_email(address: &str) -> bool {
    let Some((name, domain)) = address.split_once('@') else {
        return false;
    };
    let name_ok = !name.is_empty()
        && name.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(
                    c,
                    '@' | '(' | ')' | ',' | ';' | ':' | '<' | '>' | '[' | ']' | '"' | '\\'
                )
        });
    name_ok && domain.contains('.') && is_host(domain)
}

fn is_source_date(date: &str) -> bool {
    let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok();
    match date.len() {
        4 => date.bytes().all(|b| b.is_ascii_digit()),
        7 => parse(&format!("{date}-01")),
        10 => parse(date),
        _ => false,
    }
}

/// Whether a version is whole numbers separated by dots ("1", "1.2", "2026.1.3").
fn is_version(version: &str) -> bool {
    !version.is_empty()
        && version
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::{is_email, is_https_page, is_web_address};

    #[test]
    fn a_web_address_is_the_https_address_of_a_folder() {
        for good in [
            "https://www.lier.kommune.no/rutineveileder/",
            "https://www.lier.kommune.no/rutineveileder",
            "https://lier.kommune.no",
            "https://intranett:8443/rutine/",
        ] {
            assert!(is_web_address(good), "{good}");
        }
        for bad in [
            "http://www.lier.kommune.no/rutine/",
            "HTTPS://www.lier.kommune.no/",
            "www.lier.kommune.no/rutine/",
            "https://",
            "https:///rutine/",
            "https://.lier.no/",
            "https://lier.no:/",
            "https://lier.no:84a/",
            "https://lier.no/rutine/index.html",
            "https://lier.no/rutine/?side=1",
            "https://lier.no/rutine/#113",
            "https://lier.no/min rutine/",
            " https://lier.no/",
            "https://lier.no/\n",
            "https://user@lier.no/",
            "javascript:alert(1)",
        ] {
            assert!(!is_web_address(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_page_address_is_https_with_a_host_and_anything_after_it_but_spaces() {
        for good in [
            "https://uustatus.no/nb/erklaringer/publisert/9f4b1c2e-0000-4000-8000-000000000000",
            "https://www.lier.kommune.no/tilbakemelding.html?tema=uu#skjema",
            "https://lier.kommune.no",
            "https://intranett:8443/skjema",
        ] {
            assert!(is_https_page(good), "{good}");
        }
        for bad in [
            "http://uustatus.no/nb/erklaringer/",
            "uustatus.no/nb/erklaringer/",
            "https://",
            "https:///erklaring",
            "https://uu status.no/",
            "https://user@uustatus.no/",
            "https://uustatus..no/",
            "https://uustatus.no/\\erklaring",
            "mailto:postmottak@lier.kommune.no",
        ] {
            assert!(!is_https_page(bad), "{bad:?}");
        }
    }

    #[test]
    fn an_email_address_has_a_name_one_at_and_a_domain_with_a_dot() {
        for good in [
            "postmottak@lier.kommune.no",
            "uu-tilbakemelding+web@lier.kommune.no",
        ] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "postmottak",
            "postmottak@",
            "@lier.kommune.no",
            "postmottak@lier",
            "post mottak@lier.kommune.no",
            "postmottak@@lier.kommune.no",
            "postmottak@lier..no",
            "<postmottak@lier.kommune.no>",
            "Postmottak (postmottak@lier.kommune.no)",
        ] {
            assert!(!is_email(bad), "{bad:?}");
        }
    }
}
