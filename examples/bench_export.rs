//! Times what users wait for, in a release build: loading and validating the embedded
//! routine, and an approved copy of it with its seal checked (target: ≤ 1 ms more),
//! laying out the presentation, producing each printable (the slides' PDF:
//! target ≤ 200 ms), exporting the web site (made in memory, with its «Åpen nå» tables,
//! and written to disk: target ≤ 50 ms), and the staff course's page and SCORM package
//! (each ≤ 100 ms). Run: `cargo run --release --example bench_export`.

use std::time::{Duration, Instant};

use rutineveileder::checks::{check_bytes, check_embedded};
use rutineveileder::export::layout::Fonts;
use rutineveileder::export::{self, Kind, web};
use rutineveileder::i18n::Language;
use rutineveileder::routine::seal::seal_approval;
use rutineveileder::routine::write::to_bytes;
use rutineveileder::routine::{Approval, Routine};
use rutineveileder::training::slides;

const RUNS: usize = 30;

/// The median and the fastest of `RUNS` timings of `work`.
fn time(mut work: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[RUNS / 2], times[0])
}

fn main() {
    let today = chrono::Local::now().date_naive();
    let (median, fastest) = time(|| {
        std::hint::black_box(check_embedded(today));
    });
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}",
        "load + validate"
    );
    let Some(routine) = check_embedded(today).routine else {
        eprintln!("the embedded routine has errors; run `rutineveileder check routines/lier.json`");
        std::process::exit(1);
    };
    let approved = approved(&routine, today);
    let (median, fastest) = time(|| {
        let checked = check_bytes(&approved, today);
        std::hint::black_box(checked.routine.map(|r| r.standing()));
    });
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}  (target: ≤ 1 ms more)",
        "… approved, seal checked"
    );
    let Some(sealed) = check_bytes(&approved, today).routine else {
        eprintln!("the approved routine has errors");
        std::process::exit(1);
    };
    let (median, fastest) = time(|| {
        std::hint::black_box(sealed.seal_verdict());
    });
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}",
        "seal check alone"
    );
    let Some(fonts) = Fonts::embedded() else {
        eprintln!("the embedded fonts cannot be read");
        std::process::exit(1);
    };
    let (median, fastest) = time(|| {
        std::hint::black_box(slides::deck(&routine, Language::Bokmal.texts(), &fonts));
    });
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}",
        "slides"
    );
    for kind in Kind::ALL {
        let mut size = 0;
        let (median, fastest) = time(|| {
            size = export::render(kind, &routine).map_or(0, |e| e.bytes.len());
        });
        let target = if kind == Kind::Slides {
            " (target ≤ 200 ms)"
        } else {
            ""
        };
        println!(
            "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}  {:>4} kB{target}",
            format!("{kind:?}"),
            size.div_ceil(1024)
        );
    }
    let (median, fastest) = time(|| {
        std::hint::black_box(web::site(&routine, today));
    });
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}",
        "web site, in memory"
    );
    let dir = std::env::temp_dir().join(format!("bench-web-{}", std::process::id()));
    let (median, fastest) = time(|| {
        if let Err(error) = web::write_site(&web::site(&routine, today), &dir) {
            eprintln!("{error}");
            std::process::exit(1);
        }
    });
    let site_size: usize = web::site(&routine, today)
        .files
        .iter()
        .map(|f| f.bytes.len())
        .sum();
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}  {:>4} kB (target ≤ 50 ms)",
        "web site, to disk",
        site_size.div_ceil(1024)
    );
    let _ = std::fs::remove_dir_all(&dir);
    let mut page_size = 0;
    let (median, fastest) = time(|| {
        page_size = web::course::page(&routine, today).len();
    });
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}  {:>4} kB (target ≤ 100 ms)",
        "course page",
        page_size.div_ceil(1024)
    );
    let mut package_size = 0;
    let (median, fastest) = time(|| {
        package_size = web::course::scorm::package(&routine, today).map_or(0, |p| p.len());
    });
    println!(
        "{:<24} median {median:>10.2?}  fastest {fastest:>10.2?}  {:>4} kB (target ≤ 100 ms)",
        "course SCORM package",
        package_size.div_ceil(1024)
    );
}

/// The file of the routine approved today and sealed, as `rutineveileder approve` writes
/// it.
fn approved(routine: &Routine, today: chrono::NaiveDate) -> Vec<u8> {
    let mut approved = routine.clone();
    approved.metadata.approval = Some(Approval {
        role: "Kommuneoverlege".into(),
        name: None,
        date: today,
        seal: None,
        signature: None,
        trust: Default::default(),
    });
    seal_approval(&mut approved);
    to_bytes(&approved)
}
