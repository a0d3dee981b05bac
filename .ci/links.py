#!/usr/bin/env python3
"""Checks that every relative link in the repository's Markdown files resolves: the file
or folder it names exists, and a #fragment names a heading (as GitHub makes its anchor)
of the Markdown file it points to. Links to the web (http, https, mailto, tel) are not
followed. Prints each broken link as file:line: target and exits 1 when there is one.

Usage: .ci/links.py [FILE.md ...]   (default: every Markdown file git tracks)
"""
import os
import re
import subprocess
import sys
from urllib.parse import unquote

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
HTML = re.compile(r"<(?:a|img)\b[^>]*?\b(?:href|src)=\"([^\"]+)\"", re.IGNORECASE)
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
HTML_ANCHOR = re.compile(r"<a\b[^>]*?\b(?:name|id)=\"([^\"]+)\"", re.IGNORECASE)
EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def markdown_files():
    try:
        listed = subprocess.run(["git", "ls-files", "-z", "--", "*.md"], cwd=ROOT,
                                capture_output=True, check=True).stdout
        return [name for name in listed.decode().split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        found = []
        for folder, dirs, files in os.walk(ROOT):
            dirs[:] = [d for d in dirs if d not in (".git", "node_modules", "target")]
            found += [os.path.relpath(os.path.join(folder, f), ROOT) for f in files if f.endswith(".md")]
        return sorted(found)


def code_free_lines(path):
    """The file's lines, with fenced blocks emptied and inline code blanked."""
    with open(os.path.join(ROOT, path), encoding="utf-8") as file:
        lines = file.read().split("\n")
    inside = False
    for line in lines:
        if FENCE.match(line):
            inside = not inside
            yield ""
        elif inside:
            yield ""
        else:
            yield INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)


def slug(heading):
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"<[^>]+>", "", heading)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("`", "").strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        found, seen = set(), {}
        with open(os.path.join(ROOT, path), encoding="utf-8") as file:
            inside = False
            for line in file.read().split("\n"):
                if FENCE.match(line):
                    inside = not inside
                    continue
                if inside:
                    continue
                found.update(HTML_ANCHOR.findall(line))
                heading = HEADING.match(line)
                if heading:
                    base = slug(heading.group(2))
                    count = seen.get(base, 0)
                    seen[base] = count + 1
                    found.add(base if count == 0 else f"{base}-{count}")
        cache[path] = found
    return cache[path]


def broken(path):
    for number, line in enumerate(code_free_lines(path), start=1):
        targets = LINK.findall(line) + HTML.findall(line)
        reference = REFERENCE.match(line)
        if reference:
            targets.append(reference.group(1))
        for target in targets:
            if EXTERNAL.match(target):
                continue
            file_part, _, fragment = target.partition("#")
            file_part = unquote(file_part)
            if file_part.startswith("/"):
                resolved = os.path.normpath(file_part.lstrip("/"))
            elif file_part:
                resolved = os.path.normpath(os.path.join(os.path.dirname(path), file_part))
            else:
                resolved = path
            if resolved.startswith("..") or not os.path.exists(os.path.join(ROOT, resolved)):
                yield number, target, "no such file"
            elif fragment and resolved.endswith(".md") and unquote(fragment) not in anchors(resolved):
                yield number, target, f"no heading #{unquote(fragment)} in {resolved}"


def main():
    files = sys.argv[1:] or markdown_files()
    failures = [f"{path}:{number}: {target} ({why})"
                for path in files for number, target, why in broken(path)]
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{len(files)} Markdown files, {len(failures)} broken relative links")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
