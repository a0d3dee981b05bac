//! Opening the window on any PC: the graphics backends are tried in turn until one draws
//! the window, and when none does the user is told what was tried and what IT can do.
//!
//! eframe has no renderer fallback of its own, but `run_native` can be called again after
//! it returns an error, each time with a narrower set of wgpu backends. The first attempt
//! is the one a working PC uses, so the fallback costs nothing there.

use std::sync::Arc;

use eframe::egui_wgpu::{WgpuConfiguration, WgpuSetupCreateNew};
use eframe::wgpu;

use crate::i18n::{Common, fill};

/// One way to draw the window: a set of wgpu backends, on a graphics card or on the
/// system's software adapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    /// What stderr and the message call it: "DX12", "Vulkan", "WGPU_BACKEND=gl".
    pub name: String,
    backends: wgpu::Backends,
    /// Only the software adapter (WARP, which every Windows has), never a card.
    software: bool,
}

impl Attempt {
    fn new(name: &str, backends: wgpu::Backends, software: bool) -> Attempt {
        Attempt {
            name: name.to_owned(),
            backends,
            software,
        }
    }

    /// eframe's wgpu options for this attempt.
    pub fn wgpu_options(&self) -> WgpuConfiguration {
        let mut setup = WgpuSetupCreateNew::without_display_handle();
        setup.instance_descriptor.backends = self.backends;
        if self.software {
            setup.native_adapter_selector = Some(Arc::new(|adapters, _surface| {
                adapters
                    .iter()
                    .find(|a| a.get_info().device_type == wgpu::DeviceType::Cpu)
                    .cloned()
                    .ok_or_else(|| "no software adapter (WARP)".to_owned())
            }));
        }
        WgpuConfiguration {
            wgpu_setup: setup.into(),
            ..WgpuConfiguration::default()
        }
    }
}

/// The attempts in order. When IT has set `WGPU_BACKEND`, only that; egui-wgpu no longer
/// reads the variable once the program chooses the backends itself.
pub fn attempts() -> Vec<Attempt> {
    match std::env::var("WGPU_BACKEND") {
        Ok(value) => {
            let backends = wgpu::Backends::from_env().unwrap_or(wgpu::Backends::all());
            vec![Attempt::new(
                &format!("WGPU_BACKEND={value}"),
                backends,
                false,
            )]
        }
        Err(_) => platform_attempts(),
    }
}

/// Windows: DX12 on the card, DX12 on WARP (remote and virtual desktops, missing
/// drivers), then Vulkan and OpenGL.
#[cfg(windows)]
fn platform_attempts() -> Vec<Attempt> {
    vec![
        Attempt::new("DX12", wgpu::Backends::DX12, false),
        Attempt::new("DX12 WARP", wgpu::Backends::DX12, true),
        Attempt::new("Vulkan", wgpu::Backends::VULKAN, false),
        Attempt::new("GL", wgpu::Backends::GL, false),
    ]
}

#[cfg(target_os = "macos")]
fn platform_attempts() -> Vec<Attempt> {
    vec![Attempt::new("Metal", wgpu::Backends::METAL, false)]
}

/// Linux and the rest: Vulkan (Mesa's lavapipe draws it without a card), then OpenGL.
#[cfg(not(any(windows, target_os = "macos")))]
fn platform_attempts() -> Vec<Attempt> {
    vec![
        Attempt::new("Vulkan", wgpu::Backends::VULKAN, false),
        Attempt::new("GL", wgpu::Backends::GL, false),
    ]
}

/// The backend and adapter that draw the window, for IT to see in the settings. Kept in
/// memory only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InUse {
    pub backend: String,
    pub adapter: String,
}

impl InUse {
    /// What the adapter wgpu chose says about itself.
    pub fn from_adapter(adapter: &wgpu::Adapter) -> InUse {
        let info = adapter.get_info();
        let backend = match info.backend {
            wgpu::Backend::Dx12 => "DX12",
            wgpu::Backend::Vulkan => "Vulkan",
            wgpu::Backend::Gl => "GL",
            wgpu::Backend::Metal => "Metal",
            _ => "wgpu",
        };
        InUse {
            backend: backend.to_owned(),
            adapter: info.name,
        }
    }
}

/// An attempt that did not open the window, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub attempt: String,
    pub error: String,
}

/// The message for a user whose PC opened no window: what was tried, what IT can do,
/// and that the command line still works.
pub fn nothing_opened(failures: &[Failure], common: &Common) -> String {
    let tried: Vec<String> = failures
        .iter()
        .map(|f| {
            fill(
                common.graphics_tried,
                &[("backend", &f.attempt), ("error", &f.error)],
            )
        })
        .collect();
    fill(common.window_failed, &[("tried", &tried.join("\n"))])
}

/// Shows the message where the user will see it: a message box on Windows (a release
/// .exe has no console), and standard error everywhere.
pub fn tell_user(title: &str, message: &str) {
    eprintln!("{title}\n{message}");
    message_box(title, message);
}

#[cfg(windows)]
#[allow(
    unsafe_code,
    reason = "MessageBoxW is a Windows API with no safe wrapper"
)]
fn message_box(title: &str, message: &str) {
    use std::ffi::c_void;
    const MB_OK: u32 = 0x0;
    const MB_ICONERROR: u32 = 0x10;
    #[link(name = "user32")]
    unsafe extern "system" {
        fn MessageBoxW(
            window: *mut c_void,
            text: *const u16,
            caption: *const u16,
            kind: u32,
        ) -> i32;
    }
    let wide = |s: &str| s.encode_utf16().chain(Some(0)).collect::<Vec<u16>>();
    let (text, caption) = (wide(message), wide(title));
    // SAFETY: both strings are NUL-terminated UTF-16 that live across the call, and no
    // owner window is needed (null).
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            caption.as_ptr(),
            MB_OK | MB_ICONERROR,
        );
    }
}

#[cfg(not(windows))]
fn message_box(_title: &str, _message: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_platform_list_ends_on_opengl_and_wgpu_backend_narrows_it_to_one() {
        let list = platform_attempts();
        assert!(!list.is_empty());
        #[cfg(not(target_os = "macos"))]
        assert_eq!(list.last().map(|a| a.backends), Some(wgpu::Backends::GL));
        let names: std::collections::HashSet<&str> = list.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names.len(), list.len(), "each attempt is named once");
    }

    #[test]
    fn the_message_names_every_attempt_and_what_it_said() {
        let failures = [
            Failure {
                attempt: "Vulkan".into(),
                error: "no adapter".into(),
            },
            Failure {
                attempt: "GL".into(),
                error: "no display".into(),
            },
        ];
        for language in crate::i18n::Language::ALL {
            let message = nothing_opened(&failures, &language.texts().common);
            for needle in [
                "Vulkan",
                "no adapter",
                "GL",
                "no display",
                "WGPU_BACKEND=gl",
            ] {
                assert!(message.contains(needle), "{language:?}: {needle}");
            }
            assert!(message.contains("check") && message.contains("export"));
        }
    }
}
