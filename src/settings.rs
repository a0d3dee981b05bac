//! The employee's settings: the only state the program writes to disk by itself.
//!
//! A small JSON file in the platform's config folder. Loading never fails: a missing file
//! gives the defaults, a broken one the defaults plus a warning the window shows.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::{Common, Language, fill};

/// The smallest and largest text size, in percent.
pub const TEXT_SCALE_RANGE: std::ops::RangeInclusive<u16> = 100..=200;

/// The whole settings file. Its keys are exactly these fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub theme: Theme,
    /// Text size in percent, 100 to 200.
    pub text_scale_percent: u16,
    /// The employee's kind of workplace (a sector id of the routine).
    pub sector: Option<String>,
    /// A routine file to use instead of the embedded one.
    pub routine_path: Option<PathBuf>,
    /// The language of the program's own texts: `nb`, `nn` or `en`.
    pub language: Language,
}

impl Settings {
    /// Settings from the text of a settings file: the defaults for anything broken, and
    /// what was wrong. A text size outside 100–200 % is brought within it.
    pub fn from_text(text: &str) -> (Settings, Option<Fault>) {
        match parse(text.trim_start_matches('\u{feff}')) {
            Ok(settings) if TEXT_SCALE_RANGE.contains(&settings.text_scale_percent) => {
                (settings, None)
            }
            Ok(settings) => {
                let percent = settings.text_scale_percent;
                let clamped = percent.clamp(*TEXT_SCALE_RANGE.start(), *TEXT_SCALE_RANGE.end());
                let settings = Settings {
                    text_scale_percent: clamped,
                    ..settings
                };
                (settings, Some(Fault::TextSizeOutOfRange(percent)))
            }
            Err(fault) => (Settings::default(), Some(fault)),
        }
    }
}

/// What was wrong in a settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Not readable, not JSON, or a key or value the program does not know (serde's words).
    Unreadable(String),
    NotAnObject,
    TextSizeOutOfRange(u16),
}

/// A problem with the settings file, worded by the window in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsProblem {
    /// The file could not be used; the defaults (or the nearest good value) are used.
    Unusable {
        file: PathBuf,
        fault: Fault,
    },
    NoFolder,
    NotSaved {
        file: PathBuf,
        error: String,
    },
}

impl SettingsProblem {
    pub fn describe(&self, common: &Common) -> String {
        match self {
            SettingsProblem::Unusable { file, fault } => {
                let what = match fault {
                    Fault::Unreadable(detail) => detail.clone(),
                    Fault::NotAnObject => common.settings_not_an_object.to_owned(),
                    Fault::TextSizeOutOfRange(percent) => {
                        fill(common.text_size_out_of_range, &[("percent", percent)])
                    }
                };
                fill(
                    common.settings_unusable,
                    &[("file", &file.display()), ("what", &what)],
                )
            }
            SettingsProblem::NoFolder => common.no_settings_folder.to_owned(),
            SettingsProblem::NotSaved { file, error } => fill(
                common.settings_not_saved,
                &[("file", &file.display()), ("error", error)],
            ),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::Light,
            text_scale_percent: 100,
            sector: None,
            routine_path: None,
            language: Language::Bokmal,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Light,
    Dark,
    HighContrast,
}

/// Where the settings live. `None` when the platform has no config folder.
#[derive(Debug, Clone)]
pub struct SettingsStore {
    path: Option<PathBuf>,
    /// Where an earlier version kept them, read once when `path` has no file yet.
    earlier: Option<PathBuf>,
}

/// The settings file's name in its folder.
const FILE_NAME: &str = "innstillinger.json";

/// The organisation folder versions up to 0.2 kept the settings under. Only Windows and
/// macOS put it in the path (Linux uses the program's name alone); the settings are
/// read from there once, so nobody loses them when the folder moves.
const EARLIER_ORGANISATION: &str = "Lier kommune";

impl SettingsStore {
    /// The settings file in the platform's config folder (on Windows
    /// `%APPDATA%\Rutineveileder\Rutineveileder\config`, on Linux
    /// `~/.config/rutineveileder`), moved from where earlier versions kept it.
    pub fn platform() -> Self {
        let file = |organisation| {
            directories::ProjectDirs::from("no", organisation, "Rutineveileder")
                .map(|dirs| dirs.config_dir().join(FILE_NAME))
        };
        let path = file("Rutineveileder");
        let earlier = file(EARLIER_ORGANISATION).filter(|earlier| Some(earlier) != path.as_ref());
        SettingsStore { path, earlier }
    }

    /// A settings file at a given path (tests, or a folder chosen by IT).
    pub fn at(path: PathBuf) -> Self {
        SettingsStore {
            path: Some(path),
            earlier: None,
        }
    }

    /// A settings file at `path` that takes over the file at `earlier` the first time,
    /// as `platform` does when the folder moved.
    pub fn moved(path: PathBuf, earlier: PathBuf) -> Self {
        SettingsStore {
            path: Some(path),
            earlier: Some(earlier),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The saved settings, or the defaults with a warning when the file is broken.
    pub fn load(&self) -> (Settings, Option<SettingsProblem>) {
        let Some(path) = &self.path else {
            return (Settings::default(), None);
        };
        let unusable = |fault| SettingsProblem::Unusable {
            file: path.clone(),
            fault,
        };
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return self.take_over_earlier();
            }
            Err(e) => {
                let fault = Fault::Unreadable(e.to_string());
                return (Settings::default(), Some(unusable(fault)));
            }
        };
        let (settings, fault) = Settings::from_text(&text);
        (settings, fault.map(unusable))
    }

    /// The settings an earlier version kept elsewhere, copied to the new place so they
    /// are read from there from now on. The old file is left as it was. Nothing there,
    /// or nothing usable, gives the defaults, as a first start does.
    fn take_over_earlier(&self) -> (Settings, Option<SettingsProblem>) {
        let Some(text) = self
            .earlier
            .as_ref()
            .and_then(|earlier| fs::read_to_string(earlier).ok())
        else {
            return (Settings::default(), None);
        };
        let (settings, fault) = Settings::from_text(&text);
        if fault.is_some() {
            return (Settings::default(), None);
        }
        (settings.clone(), self.save(&settings).err())
    }

    /// Writes the settings: to a temporary file first, then renamed over the old one,
    /// so a failed save never leaves half a file.
    pub fn save(&self, settings: &Settings) -> Result<(), SettingsProblem> {
        let path = self.path.as_deref().ok_or(SettingsProblem::NoFolder)?;
        let write = || -> std::io::Result<()> {
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)?;
            }
            let temporary = path.with_extension("json.tmp");
            let mut file = fs::File::create(&temporary)?;
            file.write_all(&serde_json::to_vec_pretty(settings)?)?;
            file.sync_all()?;
            fs::rename(&temporary, path)
        };
        write().map_err(|e| SettingsProblem::NotSaved {
            file: path.to_owned(),
            error: e.to_string(),
        })
    }
}

/// Parses a settings file, which must be one JSON object with known keys.
fn parse(text: &str) -> Result<Settings, Fault> {
    let unreadable = |e: serde_json::Error| Fault::Unreadable(e.to_string());
    match serde_json::from_str(text).map_err(unreadable)? {
        value @ serde_json::Value::Object(_) => serde_json::from_value(value).map_err(unreadable),
        _ => Err(Fault::NotAnObject),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::at(dir.path().join("sub/innstillinger.json"));
        assert_eq!(store.load(), (Settings::default(), None));
        let settings = Settings {
            theme: Theme::Dark,
            text_scale_percent: 150,
            sector: Some("skole-barnehage".into()),
            ..Settings::default()
        };
        store.save(&settings).unwrap();
        assert_eq!(store.load(), (settings, None));
    }

    #[test]
    fn broken_files_give_defaults_and_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("innstillinger.json");
        let store = SettingsStore::at(path.clone());
        for text in [
            "{",
            "[]",
            "{\"theme\": \"purple\"}",
            "{\"ukjent\": 1}",
            "{\"language\": \"de\"}",
            "\u{0}",
        ] {
            fs::write(&path, text).unwrap();
            let (settings, warning) = store.load();
            assert_eq!(settings, Settings::default(), "{text:?}");
            let warning = warning.unwrap().describe(&Common::NB);
            assert!(
                warning.contains("Standardinnstillingene brukes"),
                "{text:?}"
            );
        }
        fs::write(&path, "{\"text_scale_percent\": 900}").unwrap();
        let (settings, warning) = store.load();
        assert_eq!(settings.text_scale_percent, 200);
        let fault = Fault::TextSizeOutOfRange(900);
        assert_eq!(
            warning,
            Some(SettingsProblem::Unusable { file: path, fault })
        );
    }

    /// The settings folder moved (on Windows, from the old organisation's folder): the
    /// first start reads the old file and keeps it in the new place; the old file is
    /// left alone, and later starts read the new one.
    #[test]
    fn settings_move_from_the_earlier_folder_once() {
        let dir = tempfile::tempdir().unwrap();
        let earlier = dir
            .path()
            .join("Lier kommune/Rutineveileder/config/innstillinger.json");
        let path = dir
            .path()
            .join("Rutineveileder/Rutineveileder/config/innstillinger.json");
        fs::create_dir_all(earlier.parent().unwrap()).unwrap();
        let old_text = "{\"language\": \"nn\", \"text_scale_percent\": 150}";
        fs::write(&earlier, old_text).unwrap();
        let store = SettingsStore::moved(path.clone(), earlier.clone());
        let (settings, problem) = store.load();
        assert_eq!(problem, None);
        assert_eq!(settings.language, crate::i18n::Language::Nynorsk);
        assert_eq!(settings.text_scale_percent, 150);
        assert!(path.is_file(), "kept in the new folder");
        assert_eq!(fs::read_to_string(&earlier).unwrap(), old_text, "untouched");

        let changed = Settings {
            text_scale_percent: 200,
            ..settings
        };
        store.save(&changed).unwrap();
        assert_eq!(store.load().0, changed, "the new file wins from now on");

        let nothing_earlier =
            SettingsStore::moved(dir.path().join("ny.json"), dir.path().join("ingen.json"));
        assert_eq!(nothing_earlier.load(), (Settings::default(), None));
    }
}
