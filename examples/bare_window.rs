//! A bare eframe window with the same eframe version and features as Rutineveileder: the
//! baseline `scripts/bench.sh` compares start-up time and memory against.

use eframe::egui;

struct Bare {
    exit_after_first_frame: bool,
}

impl eframe::App for Bare {
    /// Exits when the first frame is on screen, exactly as Rutineveileder does under
    /// `RUTINEVEILEDER_EXIT_AFTER_FIRST_FRAME`.
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if self.exit_after_first_frame && ui.ctx().cumulative_frame_nr() > 0 {
            std::process::exit(0);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Bare eframe");
        });
        if self.exit_after_first_frame {
            ui.ctx().request_repaint();
        }
    }
}

fn main() -> eframe::Result {
    let exit_after_first_frame =
        std::env::var_os("RUTINEVEILEDER_EXIT_AFTER_FIRST_FRAME").is_some();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([960.0, 720.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Bare eframe",
        options,
        Box::new(move |_| {
            Ok(Box::new(Bare {
                exit_after_first_frame,
            }))
        }),
    )
}
