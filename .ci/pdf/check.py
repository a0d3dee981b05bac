#!/usr/bin/env python3
"""The printables as screen readers and PDF/UA checkers read them, in CI.

For each routine given (its file, and a name for the report), this exports the six
printables and the presentation's slides (alone, and with their notes pages) with the
real binary and checks each PDF with readers that are not ours:

- poppler's `pdfinfo` says `Tagged: yes`;
- `page` (PyPI `page-validation`, an independent PDF/UA and PDF/A validator that
  passes the veraPDF corpus) finds 0 failed rules under its PDF/UA-1 profile and under
  its PDF/A-2a profile (what Arkivverket takes for archiving and universal design at
  once); both profiles' rule counts are printed per file;
- every word `pdftotext` finds in the body of each page is in what `pdfinfo
  -struct-text` reads from the structure tree (headers, footers and page numbers are
  artifacts, and cropped away);
- the reading order: the pocket card's structure reads the text above the cards, then
  each card's front column and then its back column (as `pdftotext` reads those
  regions cut out one by one), never line across line; the handout's structure starts
  with exactly the text of its first two pages' bodies, in order;
- the slides' structure reads each page's body in order, slide after slide (a contacts
  table row by row, where `pdftotext` reads its two columns line across line: the same
  text), with the 113 line of each slide's footer between them;
- the way in from paper: rendered by `pdftoppm` and read by `zbarimg` (zbar), the QR
  codes of a routine that names its web address lead to its pages (the employees' from
  each of the four pocket cards, the citizens' page from the posters), and a routine
  without one prints none.

Usage: check.py BINARY OUT_DIR NAME=ROUTINE_FILE...
"""

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

import page

MM = 72 / 25.4
KINDS = ["pocket-card", "handout", "checklist", "poster", "poster-a3", "revision-report",
         "slides", "slides-notes"]
# The arguments of `export` for a kind that is not one of its own names.
EXPORT_ARGS = {"slides-notes": ["slides", "--notes"]}
# page's profiles every file must meet, with the names the report uses.
PROFILES = [("ua1", "PDF/UA-1"), ("2a", "PDF/A-2a")]
# The band at the top and foot of a page where the running head and the footer stand
# (artifacts), by kind, in millimetres: (top, bottom). See src/export/handout.rs and
# revision_report.rs (header at 10 mm, footer 14 mm from the foot); the slides' numbers
# stand below 124 mm of their 142.9 mm page, the notes pages' «Lysbilde 3 av 61» 14 mm
# from the foot (src/training/slides.rs, src/export/slides.rs).
ARTIFACT_BANDS = {"handout": (15, 18), "revision-report": (0, 18), "slides": (0, 18),
                  "slides-notes": (0, 18)}
# The pocket card's sheet (src/export/pocket_card.rs): cards of 85.6 × 54 mm, two
# columns (front, back), four rows, centred on A4.
CARD_W, CARD_H, ROWS = 85.6 * MM, 54.0 * MM, 4
A4_W, A4_H = 210 * MM, 297 * MM


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def squeeze(text):
    """Text without any white space, for comparing order across line breaks."""
    return re.sub(r"\s+", "", text)


def struct_text(pdf):
    """The text of the structure tree in reading order, as poppler reads it."""
    lines = run("pdfinfo", "-struct-text", pdf).splitlines()
    return "".join(
        line.strip()[1:-1] for line in lines if line.strip().startswith('"') and line.strip().endswith('"')
    )


def page_size(pdf):
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", pdf))
    return float(match.group(1)), float(match.group(2))


def page_count(pdf):
    return int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf)).group(1))


def region_text(pdf, first, last, x, y, w, h):
    """What pdftotext reads in a region of pages first..last (in points, from the top),
    line by line as the lines stand on the page (`-layout`: a bullet and its text on one
    line, a line-final hyphen kept)."""
    return run(
        "pdftotext", "-layout", "-r", "72", "-f", str(first), "-l", str(last),
        "-x", str(int(x)), "-y", str(int(y)), "-W", str(int(w)), "-H", str(int(h)),
        pdf, "-",
    )


def body_text(pdf, kind, number):
    width, height = page_size(pdf)
    top, bottom = ARTIFACT_BANDS.get(kind, (0, 0))
    return region_text(pdf, number, number, 0, top * MM, width, height - (top + bottom) * MM)


def check_words(pdf, kind, structure):
    """Every word of every page body is in the structure's text."""
    problems = []
    flat = squeeze(structure)
    for number in range(1, page_count(pdf) + 1):
        missing = [w for w in body_text(pdf, kind, number).split() if w not in flat]
        if missing:
            problems.append(f"page {number}: {len(missing)} words not in the structure: {missing[:5]}")
    return problems


def check_card_order(pdf, structure):
    """The sheet's heading, then card by card: front column, then back column."""
    left = (A4_W - 2 * CARD_W) / 2
    top = (A4_H - ROWS * CARD_H) / 2
    expected = region_text(pdf, 1, 1, 0, 0, A4_W, top - 2)
    for row in range(ROWS):
        y = top + row * CARD_H
        expected += region_text(pdf, 1, 1, left, y, CARD_W, CARD_H)
        expected += region_text(pdf, 1, 1, left + CARD_W, y, CARD_W, CARD_H)
    if squeeze(structure) != squeeze(expected):
        return [f"the structure does not read the cards in order:\n  read:     {structure[:300]}\n"
                f"  expected: {' '.join(expected.split())[:300]}"]
    return []


def check_handout_start(pdf, structure):
    """The structure begins with the text of the first two pages, in order."""
    expected = squeeze(body_text(pdf, "handout", 1) + body_text(pdf, "handout", 2))
    read = squeeze(structure)
    if not read.startswith(expected):
        at = next((i for i, (a, b) in enumerate(zip(read, expected)) if a != b), len(expected))
        return [f"pages 1-2 are not read in order; they differ at «{expected[max(0, at - 40):at + 40]}» "
                f"against «{read[max(0, at - 40):at + 40]}»"]
    return [] if len(expected) > 2000 else [f"pages 1-2 hold only {len(expected)} characters"]


def check_slides_order(pdf, kind, structure):
    """The structure reads each page's body in order; the 113 line at each slide's foot
    (cropped with the slide's number from the bodies) is read between them."""
    read = squeeze(structure)
    if kind == "slides":
        width, height = page_size(pdf)
        top = height - ARTIFACT_BANDS[kind][1] * MM
        emergency = squeeze(region_text(pdf, 1, 1, 0, top, width * 0.6, height - top))
        if not emergency:
            return ["no 113 line at the foot of the first slide"]
        read = read.replace(emergency, "")
    at = 0
    for number in range(1, page_count(pdf) + 1):
        body = squeeze(body_text(pdf, kind, number))
        here = read[at:at + len(body)]
        if here != body and sorted(here) != sorted(body):
            return [f"page {number} is not read in order: «{body[:80]}» against «{here[:80]}»"]
        at += len(body)
    return [] if at == len(read) else [f"the structure reads more than the pages: «{read[at:at + 80]}»"]


def qr_codes(pdf):
    """What zbar reads from the page rendered at 300 dpi, one text per code found."""
    png = pdf[:-4]
    run("pdftoppm", "-r", "300", "-png", "-singlefile", pdf, png)
    found = subprocess.run(["zbarimg", "--raw", "-q", png + ".png"], capture_output=True, text=True)
    return found.stdout.split()


def check_qr(pdf, kind, address):
    """The QR codes lead where the printable's readers should go, or there are none."""
    codes = qr_codes(pdf)
    if address is None:
        return [f"QR codes without a web address: {codes}"] if codes else []
    employees = address.rstrip("/") + "/index.html"
    if kind == "pocket-card":
        expected = [employees] * ROWS
        return [] if codes == expected else [f"the cards' QR codes read {codes}, not {expected}"]
    citizens = [c for c in codes if c.startswith(address) and c.endswith("/index.html") and c != employees]
    return [] if len(codes) == 1 and citizens else [f"the poster's QR codes read {codes}"]


def export(binary, routine, kind, out):
    args = [binary, "export", *EXPORT_ARGS.get(kind, [kind]), "--out", str(out), "--routine", routine]
    if kind == "revision-report":
        args += ["--against", routine]
    subprocess.run(args, check=True, capture_output=True)


def main():
    binary, out_dir, routines = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = []
    rules_heading = "  ".join(f"{label + ' passed/failed':<25}" for _, label in PROFILES)
    print(f"{'file':<32} {'tagged':<7} {rules_heading} {'words':<6} {'order':<6} QR")
    for named in routines:
        name, routine = named.split("=", 1)
        address = json.load(open(routine, encoding="utf-8"))["metadata"].get("web_address")
        for kind in KINDS:
            pdf = str(out_dir / f"{name}-{kind}.pdf")
            export(binary, routine, kind, pdf)
            problems = []
            tagged = "Tagged:          yes" in run("pdfinfo", pdf)
            if not tagged:
                problems.append("pdfinfo does not say Tagged: yes")
            rules = []
            for profile, label in PROFILES:
                report = page.validate_pdf(pdf, profile=profile)
                for rule, count in collections.Counter(f.rule_id for f in report.failures).items():
                    message = next(f.message for f in report.failures if f.rule_id == rule)
                    problems.append(f"{label} {rule} ({count}×): {message}")
                if report.rules.failed > 0 and not report.failures:
                    problems.append(f"{label}: {report.rules.failed} rules failed")
                if report.rules.total == 0:
                    problems.append(f"{label}: page checked no rule")
                rules.append(f"{report.rules.passed}/{report.rules.failed} of {report.rules.total}")
            structure = struct_text(pdf)
            word_problems = check_words(pdf, kind, structure)
            order_problems = []
            if kind == "pocket-card":
                order_problems = check_card_order(pdf, structure)
            elif kind == "handout":
                order_problems = check_handout_start(pdf, structure)
            elif kind.startswith("slides"):
                order_problems = check_slides_order(pdf, kind, structure)
            qr_problems = check_qr(pdf, kind, address) if kind in ("pocket-card", "poster", "poster-a3") else []
            problems += word_problems + order_problems + qr_problems
            ordered = ("pocket-card", "handout", "slides", "slides-notes")
            order = "-" if kind not in ordered else ("ok" if not order_problems else "FAIL")
            qr = "-" if kind not in ("pocket-card", "poster", "poster-a3") else ("ok" if not qr_problems else "FAIL")
            rules = "  ".join(f"{r:<25}" for r in rules)
            print(f"{name + '-' + kind:<32} {'yes' if tagged else 'NO':<7} {rules} "
                  f"{'ok' if not word_problems else 'FAIL':<6} {order:<6} {qr}")
            failures += [f"{name}-{kind}.pdf: {p}" for p in problems]
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
