//! One walk over every content item of a routine (signs, factors with their children,
//! phrasings, criteria, actions, checklist items, guidance, …), with where each stands in
//! the file and what kind of thing its id names. Validation, the change list, the
//! routine's item helpers (`all_items`, `derived_items`) and the editor all take their
//! items from here, so a new list in the format is added in one place.

use super::model::{AskList, ChecklistItem, Factor, FactorList, Item, Routine};

/// One step of an item's place in the file: a field, or a position in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Field(&'static str),
    Index(usize),
}

/// What an item's id names, for references to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A warning sign (cases' `signs` may name it).
    Sign,
    /// A risk or protective factor or a triggering situation (cases' `signs` too).
    Factor,
    /// A level criterion (cases' `criteria`).
    Criterion,
    /// An item of a guidance section (cases' `guidance`).
    GuidanceItem,
    Other,
}

/// A content item, where it stands in the file, and where it stands for a reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Walked<'r> {
    pub steps: Vec<Step>,
    pub place: Place<'r>,
    pub kind: ItemKind,
    pub item: &'r Item,
}

/// Where an item stands: the list it belongs to, with the routine's own title of that
/// list where it has one. Front ends word it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'r> {
    Purpose,
    KeyMessages,
    /// A group of warning signs, by its title.
    WarningSigns(&'r str),
    RiskFactors,
    ProtectiveFactors,
    TriggeringSituations,
    Ask(AskList),
    LevelRule,
    LevelCriteria(super::model::Level),
    LevelActions(super::model::Level),
    Checklist,
    /// A sector's own checklist, by the sector's label.
    SectorChecklist(&'r str),
    /// A guidance section, by its title.
    Guidance(&'r str),
    Aftercare,
    PosterMessages,
}

/// The field names of the ask lists, in the order of `AskGuidance::lists`.
fn ask_field(list: AskList) -> &'static str {
    match list {
        AskList::Phrasings => "phrasings",
        AskList::FollowUp => "follow_up",
        AskList::LevelQuestions => "level_questions",
        AskList::Dos => "dos",
        AskList::Donts => "donts",
    }
}

fn path(prefix: &[Step], more: &[Step]) -> Vec<Step> {
    prefix.iter().chain(more).copied().collect()
}

struct Walk<'r> {
    out: Vec<Walked<'r>>,
}

impl<'r> Walk<'r> {
    /// A plain list of items at `at`.
    fn list(
        &mut self,
        at: &[Step],
        place: Place<'r>,
        kind: ItemKind,
        items: impl IntoIterator<Item = &'r Item>,
    ) {
        for (i, item) in items.into_iter().enumerate() {
            self.out.push(Walked {
                steps: path(at, &[Step::Index(i)]),
                place,
                kind,
                item,
            });
        }
    }

    /// Factors and the factors nested under them, depth first.
    fn factors(&mut self, at: &[Step], place: Place<'r>, factors: &'r [Factor]) {
        for (i, factor) in factors.iter().enumerate() {
            let here = path(at, &[Step::Index(i)]);
            self.out.push(Walked {
                steps: here.clone(),
                place,
                kind: ItemKind::Factor,
                item: &factor.item,
            });
            self.factors(
                &path(&here, &[Step::Field("children")]),
                place,
                &factor.children,
            );
        }
    }

    fn factor_list(&mut self, field: &'static str, place: Place<'r>, list: &'r FactorList) {
        for (g, group) in list.groups.iter().enumerate() {
            let at = [
                Step::Field(field),
                Step::Field("groups"),
                Step::Index(g),
                Step::Field("items"),
            ];
            self.factors(&at, place, &group.factors);
        }
    }
}

impl Routine {
    /// Every content item in the file's order.
    pub fn walk_items(&self) -> Vec<Walked<'_>> {
        use {ItemKind::*, Step::*};
        let mut w = Walk { out: Vec::new() };
        w.list(
            &[Field("purpose"), Field("items")],
            Place::Purpose,
            Other,
            &self.purpose.items,
        );
        w.list(
            &[Field("key_messages")],
            Place::KeyMessages,
            Other,
            &self.key_messages,
        );
        for (g, group) in self.warning_signs.groups.iter().enumerate() {
            let at = [
                Field("warning_signs"),
                Field("groups"),
                Index(g),
                Field("signs"),
            ];
            w.list(&at, Place::WarningSigns(&group.title), Sign, &group.signs);
        }
        w.factor_list("risk_factors", Place::RiskFactors, &self.risk_factors);
        w.factor_list(
            "protective_factors",
            Place::ProtectiveFactors,
            &self.protective_factors,
        );
        w.factor_list(
            "triggering_situations",
            Place::TriggeringSituations,
            &self.triggering_situations,
        );
        for (list, items) in self.ask.lists() {
            let at = [Field("ask"), Field(ask_field(list))];
            w.list(&at, Place::Ask(list), Other, items);
        }
        if let Some(rule) = &self.level_rule {
            w.out.push(Walked {
                steps: vec![Field("level_rule")],
                place: Place::LevelRule,
                kind: Other,
                item: rule,
            });
        }
        for (l, level) in self.levels.iter().enumerate() {
            let at = [Field("levels"), Index(l)];
            let place = Place::LevelCriteria(level.level);
            w.list(
                &path(&at, &[Field("criteria")]),
                place,
                Criterion,
                &level.criteria,
            );
            let place = Place::LevelActions(level.level);
            w.list(
                &path(&at, &[Field("actions")]),
                place,
                Other,
                &level.actions,
            );
        }
        let checklist = self.checklist.iter().map(|c| &c.item);
        w.list(&[Field("checklist")], Place::Checklist, Other, checklist);
        for (s, sector) in self.sectors.iter().enumerate() {
            let at = [Field("sectors"), Index(s), Field("checklist")];
            let items = sector.checklist.iter().map(|c| &c.item);
            w.list(&at, Place::SectorChecklist(&sector.label), Other, items);
        }
        for (g, guidance) in self.guidance.iter().enumerate() {
            let at = [Field("guidance"), Index(g), Field("items")];
            w.list(
                &at,
                Place::Guidance(&guidance.title),
                GuidanceItem,
                &guidance.items,
            );
        }
        w.list(
            &[Field("aftercare"), Field("items")],
            Place::Aftercare,
            Other,
            &self.aftercare.items,
        );
        w.list(
            &[Field("poster_messages")],
            Place::PosterMessages,
            Other,
            &self.poster_messages,
        );
        w.out
    }

    /// The ids of everything a revision can delete: content items, contacts, practice
    /// cases and self-check questions.
    pub fn removable_ids(&self) -> impl Iterator<Item = &str> {
        let items: Vec<&str> = self
            .walk_items()
            .iter()
            .map(|w| w.item.id.as_str())
            .collect();
        items
            .into_iter()
            .chain(self.contacts.iter().map(|c| c.id.as_str()))
            .chain(self.cases.iter().map(|c| c.id.as_str()))
            .chain(self.self_check.iter().map(|q| q.id.as_str()))
    }

    /// Every content item to change in place, in the same order as [`Self::walk_items`]
    /// (a test holds the two to the same ids).
    pub fn items_mut(&mut self) -> Vec<&mut Item> {
        fn factors<'r>(list: &'r mut [Factor], out: &mut Vec<&'r mut Item>) {
            for factor in list {
                out.push(&mut factor.item);
                factors(&mut factor.children, out);
            }
        }
        let mut out: Vec<&mut Item> = Vec::new();
        out.extend(self.purpose.items.iter_mut());
        out.extend(self.key_messages.iter_mut());
        for group in &mut self.warning_signs.groups {
            out.extend(group.signs.iter_mut());
        }
        for list in [
            &mut self.risk_factors,
            &mut self.protective_factors,
            &mut self.triggering_situations,
        ] {
            for group in &mut list.groups {
                factors(&mut group.factors, &mut out);
            }
        }
        let ask = &mut self.ask;
        for items in [
            &mut ask.phrasings,
            &mut ask.follow_up,
            &mut ask.level_questions,
            &mut ask.dos,
            &mut ask.donts,
        ] {
            out.extend(items.iter_mut());
        }
        out.extend(self.level_rule.iter_mut());
        for level in &mut self.levels {
            out.extend(level.criteria.iter_mut());
            out.extend(level.actions.iter_mut());
        }
        out.extend(self.checklist.iter_mut().map(|c| &mut c.item));
        for sector in &mut self.sectors {
            out.extend(sector.checklist.iter_mut().map(|c| &mut c.item));
        }
        for guidance in &mut self.guidance {
            out.extend(guidance.items.iter_mut());
        }
        out.extend(self.aftercare.items.iter_mut());
        out.extend(self.poster_messages.iter_mut());
        out
    }

    /// Every sign, factor, situation and level criterion, in the routine's order.
    pub fn all_items(&self) -> impl Iterator<Item = &Item> {
        let walked = self.walk_items();
        let of = |wanted: fn(&Place<'_>) -> bool| {
            walked
                .iter()
                .filter(move |w| wanted(&w.place))
                .map(|w| w.item)
                .collect::<Vec<_>>()
        };
        let mut items = of(|p| matches!(p, Place::WarningSigns(_)));
        items.extend(of(|p| *p == Place::RiskFactors));
        items.extend(of(|p| *p == Place::TriggeringSituations));
        items.extend(of(|p| *p == Place::ProtectiveFactors));
        items.extend(of(|p| matches!(p, Place::LevelCriteria(_))));
        items.into_iter()
    }

    /// The items marked `derived`: the routine's own readings of its sources, which the
    /// approver must see and take a stand on.
    pub fn derived_items(&self) -> Vec<Walked<'_>> {
        self.walk_items()
            .into_iter()
            .filter(|w| w.item.derived)
            .collect()
    }
}

/// One list of content items, to edit in place: where it is in the file (`ask.dos`,
/// `levels[0].criteria`), where it stands for a reader, and the list itself.
pub struct ItemListMut<'r> {
    pub path: String,
    pub place: Place<'r>,
    pub list: ListMut<'r>,
}

/// The lists hold items, factors with their children, checklist items, or (the level
/// rule) a single item.
pub enum ListMut<'r> {
    Items(&'r mut Vec<Item>),
    Factors(&'r mut Vec<Factor>),
    Checklist(&'r mut Vec<ChecklistItem>),
    Single(&'r mut Item),
}

impl Routine {
    /// Every list of content items, to edit in place, in the file's order: the same items
    /// as [`Self::walk_items`] (a test holds them to it), a whole list at a time.
    pub fn item_lists_mut(&mut self) -> Vec<ItemListMut<'_>> {
        let mut out = Vec::new();
        let mut add = |path: String, place, list| out.push(ItemListMut { path, place, list });
        add(
            "purpose.items".into(),
            Place::Purpose,
            ListMut::Items(&mut self.purpose.items),
        );
        add(
            "key_messages".into(),
            Place::KeyMessages,
            ListMut::Items(&mut self.key_messages),
        );
        for (g, group) in self.warning_signs.groups.iter_mut().enumerate() {
            add(
                format!("warning_signs.groups[{g}].signs"),
                Place::WarningSigns(&group.title),
                ListMut::Items(&mut group.signs),
            );
        }
        for (field, place, list) in [
            ("risk_factors", Place::RiskFactors, &mut self.risk_factors),
            (
                "protective_factors",
                Place::ProtectiveFactors,
                &mut self.protective_factors,
            ),
            (
                "triggering_situations",
                Place::TriggeringSituations,
                &mut self.triggering_situations,
            ),
        ] {
            for (g, group) in list.groups.iter_mut().enumerate() {
                add(
                    format!("{field}.groups[{g}].items"),
                    place,
                    ListMut::Factors(&mut group.factors),
                );
            }
        }
        let ask = &mut self.ask;
        for (list, items) in [
            (AskList::Phrasings, &mut ask.phrasings),
            (AskList::FollowUp, &mut ask.follow_up),
            (AskList::LevelQuestions, &mut ask.level_questions),
            (AskList::Dos, &mut ask.dos),
            (AskList::Donts, &mut ask.donts),
        ] {
            let path = format!("ask.{}", ask_field(list));
            add(path, Place::Ask(list), ListMut::Items(items));
        }
        if let Some(rule) = &mut self.level_rule {
            add("level_rule".into(), Place::LevelRule, ListMut::Single(rule));
        }
        for (l, level) in self.levels.iter_mut().enumerate() {
            let criteria = Place::LevelCriteria(level.level);
            let actions = Place::LevelActions(level.level);
            add(
                format!("levels[{l}].criteria"),
                criteria,
                ListMut::Items(&mut level.criteria),
            );
            add(
                format!("levels[{l}].actions"),
                actions,
                ListMut::Items(&mut level.actions),
            );
        }
        add(
            "checklist".into(),
            Place::Checklist,
            ListMut::Checklist(&mut self.checklist),
        );
        for (s, sector) in self.sectors.iter_mut().enumerate() {
            add(
                format!("sectors[{s}].checklist"),
                Place::SectorChecklist(&sector.label),
                ListMut::Checklist(&mut sector.checklist),
            );
        }
        for (g, guidance) in self.guidance.iter_mut().enumerate() {
            add(
                format!("guidance[{g}].items"),
                Place::Guidance(&guidance.title),
                ListMut::Items(&mut guidance.items),
            );
        }
        add(
            "aftercare.items".into(),
            Place::Aftercare,
            ListMut::Items(&mut self.aftercare.items),
        );
        add(
            "poster_messages".into(),
            Place::PosterMessages,
            ListMut::Items(&mut self.poster_messages),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check_embedded;

    fn lier() -> Routine {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        check_embedded(today).routine.unwrap()
    }

    #[test]
    fn the_two_walks_visit_the_same_items_in_the_same_order() {
        let mut routine = lier();
        let walked: Vec<String> = routine
            .walk_items()
            .iter()
            .map(|w| w.item.id.clone())
            .collect();
        let changed: Vec<String> = routine.items_mut().iter().map(|i| i.id.clone()).collect();
        assert_eq!(walked, changed);
    }

    #[test]
    fn the_lists_hold_the_same_items_as_the_walk() {
        fn factor_ids(factors: &[Factor], out: &mut Vec<String>) {
            for factor in factors {
                out.push(factor.item.id.clone());
                factor_ids(&factor.children, out);
            }
        }
        let mut routine = lier();
        let walked: Vec<String> = routine
            .walk_items()
            .iter()
            .map(|w| w.item.id.clone())
            .collect();
        let mut listed = Vec::new();
        for list in routine.item_lists_mut() {
            match list.list {
                ListMut::Items(items) => listed.extend(items.iter().map(|i| i.id.clone())),
                ListMut::Factors(factors) => factor_ids(factors, &mut listed),
                ListMut::Checklist(items) => {
                    listed.extend(items.iter().map(|c| c.item.id.clone()));
                }
                ListMut::Single(item) => listed.push(item.id.clone()),
            }
        }
        assert_eq!(walked, listed);
    }

    #[test]
    fn paths_name_the_items_place_in_the_file() {
        let routine = lier();
        let walked = routine.walk_items();
        let nested = walked
            .iter()
            .find(|w| w.steps.contains(&Step::Field("children")))
            .expect("the protective factors nest");
        assert_eq!(nested.kind, ItemKind::Factor);
        let criterion = walked
            .iter()
            .find(|w| w.kind == ItemKind::Criterion)
            .unwrap();
        assert_eq!(
            criterion.steps,
            [
                Step::Field("levels"),
                Step::Index(0),
                Step::Field("criteria"),
                Step::Index(0)
            ]
        );
    }
}
