//! The program's keyboard commands in one table: what each does, its keys, and where it
//! works. The screens ask the table whether a command was pressed, and F1 shows the
//! table («Hurtigtaster») for the screen in use.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::i18n::Common;
use crate::training::Part;

use super::{Command, Screen, View};

/// A command the keyboard can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyCommand {
    ShowShortcuts,
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    ToggleFullScreen,
    LeaveFullScreen,
    Undo,
    Redo,
}

/// Where a command works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyScope {
    Everywhere,
    /// The presentation of the training screen.
    Presentation,
    /// The revision screen.
    Revision,
}

impl KeyScope {
    /// Where the user is now, as far as keys are concerned.
    pub fn of(view: &View<'_>) -> KeyScope {
        match view.screen {
            Screen::Training if view.training.part == Part::Presentation => KeyScope::Presentation,
            Screen::Revision => KeyScope::Revision,
            _ => KeyScope::Everywhere,
        }
    }

    /// Whether commands of this scope work where the user is.
    fn applies_in(self, here: KeyScope) -> bool {
        self == KeyScope::Everywhere || self == here
    }
}

/// One row of the table.
pub struct Binding {
    pub command: KeyCommand,
    pub keys: &'static [KeyboardShortcut],
    pub scope: KeyScope,
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

/// Every keyboard command of the program. Redo comes before undo: Ctrl+Shift+Z is also
/// Ctrl+Z to a check that ignores Shift.
pub const TABLE: &[Binding] = &[
    Binding {
        command: KeyCommand::ShowShortcuts,
        keys: &[plain(Key::F1)],
        scope: KeyScope::Everywhere,
    },
    Binding {
        command: KeyCommand::NextSlide,
        keys: &[
            plain(Key::ArrowRight),
            plain(Key::PageDown),
            plain(Key::Space),
        ],
        scope: KeyScope::Presentation,
    },
    Binding {
        command: KeyCommand::PreviousSlide,
        keys: &[plain(Key::ArrowLeft), plain(Key::PageUp)],
        scope: KeyScope::Presentation,
    },
    Binding {
        command: KeyCommand::FirstSlide,
        keys: &[plain(Key::Home)],
        scope: KeyScope::Presentation,
    },
    Binding {
        command: KeyCommand::LastSlide,
        keys: &[plain(Key::End)],
        scope: KeyScope::Presentation,
    },
    Binding {
        command: KeyCommand::ToggleFullScreen,
        keys: &[plain(Key::F11)],
        scope: KeyScope::Presentation,
    },
    Binding {
        command: KeyCommand::LeaveFullScreen,
        keys: &[plain(Key::Escape)],
        scope: KeyScope::Presentation,
    },
    Binding {
        command: KeyCommand::Redo,
        keys: &[KeyboardShortcut::new(CTRL_SHIFT, Key::Z)],
        scope: KeyScope::Revision,
    },
    Binding {
        command: KeyCommand::Undo,
        keys: &[KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)],
        scope: KeyScope::Revision,
    },
];

impl KeyCommand {
    fn binding(self) -> Option<&'static Binding> {
        TABLE.iter().find(|b| b.command == self)
    }

    /// What the command does, as the table shows it.
    pub fn label(self, common: &Common) -> &'static str {
        match self {
            KeyCommand::ShowShortcuts => common.key_show_shortcuts,
            KeyCommand::NextSlide => common.key_next_slide,
            KeyCommand::PreviousSlide => common.key_previous_slide,
            KeyCommand::FirstSlide => common.key_first_slide,
            KeyCommand::LastSlide => common.key_last_slide,
            KeyCommand::ToggleFullScreen => common.key_full_screen,
            KeyCommand::LeaveFullScreen => common.key_leave_full_screen,
            KeyCommand::Undo => common.key_undo,
            KeyCommand::Redo => common.key_redo,
        }
    }

    /// Whether one of the command's keys was pressed; the key is taken, so no button
    /// also acts on it.
    pub fn pressed(self, ctx: &egui::Context) -> bool {
        self.binding().is_some_and(|binding| {
            binding
                .keys
                .iter()
                .any(|key| ctx.input_mut(|i| i.consume_shortcut(key)))
        })
    }
}

/// A shortcut as a person reads it on the keyboard: "Ctrl+Shift+Z", "Page Down",
/// "Pil høyre" (the window's font has no arrow glyphs).
pub fn describe(shortcut: &KeyboardShortcut, common: &Common) -> String {
    let key = match shortcut.logical_key {
        Key::ArrowRight => common.key_arrow_right,
        Key::ArrowLeft => common.key_arrow_left,
        Key::PageDown => common.key_page_down,
        Key::PageUp => common.key_page_up,
        Key::Escape => common.key_escape,
        Key::Space => common.key_space,
        other => other.name(),
    };
    let mut parts = Vec::new();
    if shortcut.modifiers.command || shortcut.modifiers.ctrl {
        parts.push(common.key_ctrl);
    }
    if shortcut.modifiers.shift {
        parts.push(common.key_shift);
    }
    parts.push(key);
    parts.join("+")
}

/// The table for where the user is, in a window over the screen; F1 or «Lukk» closes it.
pub fn show(ctx: &egui::Context, here: KeyScope, common: &Common) -> Option<Command> {
    let mut command = None;
    egui::Modal::new(egui::Id::unique("hurtigtaster")).show(ctx, |ui| {
        ui.heading(common.shortcuts_title);
        egui::Grid::new("hurtigtaster-tabell")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for binding in TABLE.iter().filter(|b| b.scope.applies_in(here)) {
                    let keys: Vec<String> =
                        binding.keys.iter().map(|k| describe(k, common)).collect();
                    ui.label(egui::RichText::new(keys.join(" / ")).strong());
                    ui.label(binding.command.label(common));
                    ui.end_row();
                }
            });
        ui.add_space(6.0);
        ui.label(common.shortcuts_standard);
        if ui.button(common.close).clicked() {
            command = Some(Command::ShowShortcuts(false));
        }
    });
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_key_where_both_work() {
        let mut clashes = Vec::new();
        for (i, a) in TABLE.iter().enumerate() {
            for b in &TABLE[i + 1..] {
                let overlap = a.scope == b.scope
                    || a.scope == KeyScope::Everywhere
                    || b.scope == KeyScope::Everywhere;
                for key in a.keys.iter().filter(|k| overlap && b.keys.contains(k)) {
                    clashes.push(format!("{:?} and {:?} on {key:?}", a.command, b.command));
                }
            }
        }
        assert!(
            clashes.is_empty(),
            "keys shared where both work: {clashes:?}"
        );
    }

    #[test]
    fn every_command_is_in_the_table_once_with_a_key() {
        use KeyCommand::*;
        for command in [
            ShowShortcuts,
            NextSlide,
            PreviousSlide,
            FirstSlide,
            LastSlide,
            ToggleFullScreen,
            LeaveFullScreen,
            Undo,
            Redo,
        ] {
            let rows: Vec<_> = TABLE.iter().filter(|b| b.command == command).collect();
            assert_eq!(rows.len(), 1, "{command:?}");
            assert!(!rows[0].keys.is_empty(), "{command:?}");
        }
    }

    #[test]
    fn keys_read_as_on_the_keyboard() {
        let common = &crate::i18n::Language::Bokmal.texts().common;
        let redo = KeyboardShortcut::new(CTRL_SHIFT, Key::Z);
        assert_eq!(describe(&redo, common), "Ctrl+Shift+Z");
        assert_eq!(describe(&plain(Key::Space), common), "Mellomrom");
        assert_eq!(describe(&plain(Key::F1), common), "F1");
    }
}
