//! Problems found in a routine file: errors that make it unusable and warnings that do not.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::readability::{ConversationSection, Lix};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be used until this is fixed.
    Error,
    /// The file can be used, but someone should look at this.
    Warning,
}

/// Where in the file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// The file as a whole (unreadable, too large, not UTF-8 …).
    File,
    /// A line and column (1-based), for problems found before the JSON could be parsed.
    Position { line: usize, column: usize },
    /// A readable path to a value, such as `contacts[3].phone`; empty for the top level.
    Path(String),
}

/// One problem: how serious, where, and what is wrong. `i18n` words it, with what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub location: Location,
    pub message: Message,
}

/// What is wrong, as data: each front end words it in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    // The file as a whole.
    /// The file could not be opened or read.
    Unreadable(IoProblem),
    /// The file is larger than a routine file can be.
    TooLarge { bytes: u64, limit_mb: u64 },
    /// The file is not UTF-8.
    NotUtf8,
    /// The JSON syntax is broken.
    Syntax(JsonSyntax),

    // The shape of the document.
    /// A value of the wrong type.
    WrongType { expected: Expected, found: JsonType },
    /// A required field is missing or null.
    MissingField { name: String },
    /// A field the format does not have; `suggestion` is the known name it is closest to.
    UnknownField {
        name: String,
        suggestion: Option<String>,
        known: Vec<String>,
    },
    /// A text that should be a date (ÅÅÅÅ-MM-DD).
    NotADate { text: String },
    /// A text that should be a time of day (TT:MM).
    NotATime { text: String },
    /// A text that should be a Norwegian phone number.
    NotAPhone { text: String },
    /// A text that should be one of a fixed set of words.
    NotAChoice {
        text: String,
        choice: Choice,
        allowed: Vec<String>,
    },
    /// A format version this program cannot read.
    UnknownFormat { found: u32, newest: u64 },
    /// Opening hours both always open and with periods.
    AlwaysOpenWithPeriods,
    /// Opening hours with no periods at all.
    NoPeriods,
    /// A period that starts when it ends.
    EmptyPeriod { from: String, to: String },

    // The content.
    /// A text uses a phrase the routine avoids.
    AvoidedPhrase { phrase: String, advice: Advice },
    /// An id with characters outside a–z, A–Z, 0–9, `-` and `_`.
    BadId { id: String },
    /// An id used before, at `first`.
    DuplicateId { id: String, first: String },
    /// A reference to a thing of another kind.
    WrongKind {
        id: String,
        expected: IdKind,
        found: IdKind,
        at: String,
    },
    /// A reference to an id nothing has.
    NoSuchId { id: String, kind: IdKind },
    /// A required text is blank.
    EmptyText,
    /// A list that needs at least one entry is empty.
    EmptyList { needs: Needed },
    /// `metadata.language` is not one the program prints in.
    UnknownLanguage { found: String },
    /// A version that is not numbers with dots.
    BadVersion { found: String },
    /// The routine has no approval yet.
    NotApproved,
    /// `metadata.web_address` is not the `https://` address of a folder.
    NotAWebAddress { text: String },
    /// The routine does not say where its web site is published, so printables cannot
    /// point to it.
    NoWebAddress,
    /// `metadata.feedback_contact` is neither an e-mail address nor an `https://` address.
    NotAFeedbackContact { text: String },
    /// The routine does not say whom readers tell about accessibility problems on the
    /// web pages.
    NoFeedbackContact,
    /// `metadata.accessibility_statement` is not an `https://` address.
    NotAStatementAddress { text: String },
    /// The approval date is after today.
    ApprovalInFuture { date: NaiveDate },
    /// The approval has no seal binding it to the content (approved before approvals
    /// were sealed).
    ApprovalUnsealed,
    /// The approval's seal is in a canonical form this program does not know.
    UnknownSealForm { found: u32, known: u32 },
    /// The approval has a signature but no seal for it to sign.
    SignatureWithoutSeal,
    /// The revision date has passed.
    RevisionOverdue {
        date: NaiveDate,
        days: i64,
        owner: String,
    },
    /// The idle timeout is outside 1 to `max` minutes.
    IdleMinutes { minutes: u32, max: u32 },
    /// A source's date is not a year, a month or a day.
    BadSourceDate { date: String },
    /// The levels are not exactly red, yellow, green.
    LevelsOutOfOrder { found: Vec<String> },
    /// RØD has no contact with 113.
    RedWithout113,
    /// A contact shown to citizens has no phone number.
    PublicWithoutPhone { name: String },
    /// A poster contact that is not marked public.
    PosterContactNotPublic { name: String },
    /// An internal route marked public.
    InternalPublic { name: String },
    /// A poster contact has no number.
    PosterContactWithoutPhone { name: String },
    /// The poster has no messages.
    PosterWithoutMessages,
    /// The poster's messages and contacts do not fit at its smallest type (18 pt on A3).
    PosterDoesNotFit { smallest: u32 },
    /// The routine does not choose what the pocket card holds; the program picks.
    CardNotChosen,
    /// A pocket-card phrasing that is not one of `ask.phrasings`.
    NotAPhrasing { id: String },
    /// A pocket-card list longer than a card carries.
    TooManyOnCard { most: usize },
    /// A course question that is neither a self-check question nor a practice case.
    NotACourseQuestion { id: String },
    /// A question the course already asks (where it is asked first).
    CourseQuestionTwice { id: String, first: String },
    /// A course module that ends with no question.
    CourseModuleEmpty,
    /// A course module with more questions than a module ends with.
    TooManyCourseQuestions { most: usize },
    /// A pass mark outside 1–100 per cent.
    PassMarkOutOfRange { found: u32 },
    /// No `course` section, and the self-check is longer than the default course asks:
    /// the questions after the first `most` are left out.
    CourseLeavesOut { left_out: usize, most: usize },
    /// A pocket-card contact without a number or address, left off the card for now.
    CardContactWithoutNumber { name: String },
    /// A side of the pocket card needs more lines than it has at 7.5 pt; the problem
    /// stands at the first line that does not fit.
    CardDoesNotFit {
        side: CardSide,
        needed: usize,
        available: usize,
    },
    /// A character that no font the program embeds can draw.
    NoGlyph { character: char },
    /// A contact names itself to use when it is closed.
    OwnReplacement { id: String },
    /// A contact to be confirmed names no source.
    ToVerifyWithoutSource { name: String },
    /// A contact must be confirmed before the routine is used.
    ToVerify { name: String, note: Option<String> },
    /// A placeholder contact with a phone number.
    PlaceholderWithPhone { name: String },
    /// A placeholder contact: the number is missing.
    Placeholder { name: String },
    /// The person's own contact with a phone number.
    PersonsOwnWithPhone { name: String },
    /// The person's own contact marked as a placeholder.
    PersonsOwnPlaceholder { name: String },
    /// A verified contact with no phone, address or e-mail.
    VerifiedWithoutMeans { name: String },
    /// A verified contact with no source.
    VerifiedWithoutSource { name: String },
    /// A verified contact with no date.
    VerifiedWithoutDate { name: String },
    /// A verification date after today.
    VerifiedInFuture { date: NaiveDate },
    /// A contact verified longer ago than `months`.
    Stale {
        name: String,
        date: NaiveDate,
        months: u32,
    },
    /// A weekly period with no days.
    NoWeekdays,
    /// No checklist item for a level (its key).
    LevelWithoutChecklist { level: String },
    /// A case's criterion that the guide hides for the case's audience.
    CriterionHiddenForAudience { id: String, audience: String },
    /// «ved_tvil» on a case without criteria.
    VedTvilWithoutCriteria,
    /// A case that names no criteria.
    CaseWithoutCriteria,
    /// A case's level below what its criteria require (level names).
    CaseBelowCriteria { level: String, decided: String },
    /// A case's level above its criteria, not marked «ved_tvil».
    CaseAboveCriteria { level: String, decided: String },
    /// «ved_tvil» on a case whose level the criteria already give.
    VedTvilNotNeeded { level: String },
    /// A criterion no practice case teaches.
    CriterionNotTaught { id: String },
    /// An id retired in `version` is used again.
    RetiredIdReused { id: String, version: String },
    /// A reference to an id retired in `version`.
    RetiredIdReferenced { id: String, version: String },
    /// A text read during a conversation with more characters than `most`.
    TooLongToRead { characters: usize, most: usize },
    /// A long text read during a conversation with a LIX at `most` or above.
    HardToRead { words: usize, lix: Lix, most: Lix },
    /// The conversation texts (`None`) or one section of them with a LIX above `most`.
    LixTooHigh {
        section: Option<ConversationSection>,
        lix: Lix,
        most: Lix,
    },
    /// `criteria` or `if_unclear` on an item that is not a level question.
    GateFieldOutsideQuestions,
    /// `call_first` on an item that is not a level criterion.
    CallFirstOutsideCriteria,
    /// A level question whose criteria are of more than one level (level names).
    QuestionAcrossLevels { levels: Vec<String> },
    /// `if_unclear` on a level question that names no criteria.
    UnclearWithoutCriteria,
    /// A criterion's contact to call first has no phone number.
    CallFirstWithoutPhone { name: String },
    /// A self-check question with fewer than two options.
    TooFewOptions,
    /// A self-check question with no correct option.
    NoCorrectOption,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoProblem {
    NotFound,
    PermissionDenied,
    IsADirectory,
    /// Another error, in the system's own words.
    Other(String),
}

/// What is wrong with the JSON syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonSyntax {
    EndOfFile,
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    TrailingComma,
    KeyNotString,
    ExpectedColon,
    ExpectedValue,
    ControlCharacter,
    InvalidEscape,
    TooDeep,
    TrailingCharacters,
    /// The same key twice in one object.
    DuplicateKey(String),
    /// A problem the program has no words for: the JSON reader's own (English) words.
    Other(String),
}

/// The kind of value a field should have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Object,
    Text,
    TrueFalse,
    WholeNumber,
    List,
}

/// The kind of value a field had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonType {
    Null,
    Bool,
    Number,
    Text,
    List,
    Object,
}

/// Which fixed set of words a value should come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Level,
    Weekday,
    SignKind,
    Scope,
    Role,
    Status,
}

/// What to write instead of an avoided phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advice {
    /// Write this phrase instead.
    Instead(String),
    /// The routine never grades risk.
    NoGrading,
    /// The routine never gives a score.
    NoScore,
}

/// A side of the pocket card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardSide {
    /// 113 and the levels.
    Front,
    /// How to ask, and whom to call.
    Back,
}

/// What an id names, so a reference to the wrong kind of thing is caught.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Source,
    Audience,
    Sector,
    Contact,
    Sign,
    Factor,
    Criterion,
    GuidanceItem,
    Other,
}

/// What an empty list needs at least one of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needed {
    Audience,
    Phrasing,
    SignGroup,
    Sign,
    Criterion,
    Action,
    Contact,
    Level,
    Paragraph,
}

/// A path into the JSON document, built while reading (`metadata.title`, `contacts[3].phone`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(String);

impl Path {
    /// The path of a field of the object at this path.
    pub fn field(&self, name: &str) -> Path {
        if self.0.is_empty() {
            Path(name.to_owned())
        } else {
            Path(format!("{}.{name}", self.0))
        }
    }

    /// The path of an element of the list at this path.
    pub fn index(&self, index: usize) -> Path {
        Path(format!("{}[{index}]", self.0))
    }

    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Every problem found so far, in the order found; at most one error for each location.
///
/// It also remembers, for each list that lost broken elements while being read, which
/// element of the file each kept element was, so later checks name the right index.
#[derive(Debug, Default)]
pub struct Problems {
    found: Vec<Problem>,
    kept_elements: HashMap<String, Vec<usize>>,
}

impl Problems {
    /// Records an error at a path, unless that path already has one (a missing field
    /// should not also be reported as empty text).
    pub fn error(&mut self, at: &Path, message: Message) {
        self.push(Severity::Error, Location::Path(at.0.clone()), message);
    }

    /// Records a warning at a path.
    pub fn warning(&mut self, at: &Path, message: Message) {
        self.push(Severity::Warning, Location::Path(at.0.clone()), message);
    }

    /// Records a problem at any location.
    pub fn push(&mut self, severity: Severity, location: Location, message: Message) {
        let already_an_error_here = severity == Severity::Error
            && self
                .found
                .iter()
                .any(|p| p.severity == Severity::Error && p.location == location);
        if !already_an_error_here {
            self.found.push(Problem {
                severity,
                location,
                message,
            });
        }
    }

    /// Whether an error was already recorded at this path.
    pub fn has_error_at(&self, at: &Path) -> bool {
        let location = Location::Path(at.0.clone());
        self.found
            .iter()
            .any(|p| p.severity == Severity::Error && p.location == location)
    }

    /// Whether any error (not only warnings) was found.
    pub fn has_errors(&self) -> bool {
        self.found.iter().any(|p| p.severity == Severity::Error)
    }

    /// The problems, in the order found.
    pub fn into_vec(self) -> Vec<Problem> {
        self.found
    }

    /// Remembers that the list at `list` kept only the file's elements `kept`.
    pub(crate) fn record_kept_elements(&mut self, list: &Path, kept: Vec<usize>) {
        self.kept_elements.insert(list.0.clone(), kept);
    }

    /// Whether the list at `list` lost elements that could not be read.
    pub fn lost_elements(&self, list: &Path) -> bool {
        self.kept_elements.contains_key(&list.0)
    }

    /// The path of the `i`th element the program kept of the list at `list`, numbered
    /// as in the file.
    pub fn element(&self, list: &Path, i: usize) -> Path {
        let in_file = self
            .kept_elements
            .get(&list.0)
            .and_then(|kept| kept.get(i).copied())
            .unwrap_or(i);
        list.index(in_file)
    }
}
