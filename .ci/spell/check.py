#!/usr/bin/env python3
"""Spelling of what people read: the visible text of the routine files, in each file's
language, and the program's own bokmål and nynorsk texts, through hunspell with Debian's
Norwegian dictionaries (nb_NO, nn_NO) and one word list per language kept beside this
script for names and compounds the dictionaries lack.

Usage: check.py PROGRAM_TEXTS ROUTINE.json...
  PROGRAM_TEXTS is the `program_texts` example (prints the program's texts and the
  phrases a routine avoids, per language).

An unknown word not on its language's list fails, with the file, the field and the word.
A list that holds a phrase the program avoids in that language fails too: the list may
not make a rejected form look accepted. Words on a list that no text uses any more are
reported, so the lists stay short."""

import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DICTIONARIES = {"nb": "nb_NO", "nn": "nn_NO"}

# Fields that hold no prose: ids, references, addresses, numbers, dates, choices.
NOT_PROSE = {
    "id", "url", "email", "phone", "date", "last_verified", "status", "scope", "role",
    "level", "levels", "sources", "audiences", "contacts", "signs", "criteria",
    "guidance", "kind", "language", "version", "format", "next_revision", "web_address",
    "from", "to", "days", "when_closed", "sector", "audience", "poster_contacts",
    "document_id", "idle_reset_minutes", "correct", "public", "internal", "persons_own",
    "derived", "ved_tvil", "always_open", "retired_ids", "day", "out_of_hours", "ask",
}
# What is no word: an address, an e-mail, a {place} in a template, anything with a digit,
# a domain name or a file name, the routine's source marks (S27), a network path
# (\\server\…), a command-line option (--routine), and a name written in CamelCase
# (RoutinePath, a registry value).
NOT_WORDS = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+|\{[a-z_]+\}|\S*\d\S*|\b[\w-]+\.(?:no|com|org|net|json)\b"
    r"|\\\\\S+|(?<!\w)--[a-z-]+|\b\w*[a-zæøå][A-ZÆØÅ]\w*\b"
)


def routine_texts(path):
    """(field, text) for every visible text of a routine file. Sources' titles quote
    other publications in their own words and are left out, and `course` holds no text."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    found = []

    def holds_objects(value):
        return isinstance(value, dict) or (
            isinstance(value, list) and any(isinstance(v, dict) for v in value))

    def walk(value, at, key):
        if isinstance(value, dict):
            # A name that holds ids or values in one place holds objects with prose in
            # another (a level's `contacts` lists ids; the routine's `contacts` are
            # contacts): only ids and values are left out.
            for name, inner in value.items():
                if name in NOT_PROSE and not holds_objects(inner):
                    continue
                walk(inner, f"{at}.{name}" if at else name, name)
        elif isinstance(value, list):
            for i, inner in enumerate(value):
                walk(inner, f"{at}[{i}]", key)
        elif isinstance(value, str):
            found.append((at, value))

    for name, value in data.items():
        # The course's section holds only ids and its pass mark.
        if name in ("sources", "course"):
            continue
        walk({name: value}, "", name)
    return data.get("metadata", {}).get("language", "nb"), found


def program_texts(binary, language):
    """The program's texts in a language, but for the web pages' file names (slugs)."""
    out = subprocess.run([binary, language], check=True, capture_output=True, text=True)
    rows = [tuple(line.split("\t", 1)) for line in out.stdout.splitlines() if "\t" in line]
    return [(key, text) for key, text in rows if ".slug_" not in key]


def field_names(routines):
    """Every field name of the routine files and every value of their fixed choices:
    the program's messages name them («weekly», «why»), and they are not words."""
    names = {"red", "yellow", "green", "verified", "to_verify", "placeholder", "national",
             "local", "day", "out_of_hours", "any", "says", "does", "changes",
             "mon", "tue", "wed", "thu", "fri", "sat", "sun", "true", "false", "null",
             "nb", "nn", "en"}

    def keys(value):
        if isinstance(value, dict):
            for name, inner in value.items():
                names.add(name)
                keys(inner)
        elif isinstance(value, list):
            for inner in value:
                keys(inner)

    for path in routines:
        keys(json.loads(Path(path).read_text(encoding="utf-8")))
    return names


def avoided_phrases(binary, language):
    out = subprocess.run([binary, language, "--avoided"], check=True, capture_output=True, text=True)
    return {line.strip().lower() for line in out.stdout.splitlines() if line.strip()}


def load_names():
    path = HERE / "names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


NAMES = load_names()


def prose(text, fields):
    """The text with what is no word taken out: proper names (names.txt), addresses,
    numbers, places, identifiers (with an underscore, or a field name of the format or a
    language code in guillemets)."""
    for name in NAMES:
        text = text.replace(name, " ")
    text = NOT_WORDS.sub(" ", text)
    # An inflection after a hyphen («PDF-en», «id-en») belongs to the word before it.
    text = re.sub(r"(?<=\w)-(?:en|et|a|ar|ane|ene|er|ens)\b", "", text)
    # A list of the language codes («nb, nn, en»).
    text = re.sub(r"\bnb, nn,? (?:og |eller |or )?en\b", " ", text)
    text = re.sub(r"\S*_\S*", " ", text)
    return re.sub(r"«([A-Za-z]+)»", lambda m: " " if m.group(1) in fields else m.group(0), text)


def unknown_words(texts, language, fields):
    """The words of two letters or more hunspell does not know, over all the texts."""
    lines = [prose(text, fields).replace("\n", " ") for _, text in texts]
    out = subprocess.run(
        ["hunspell", "-i", "utf-8", "-d", DICTIONARIES[language], "-l"],
        input="\n".join(lines) + "\n", check=True, capture_output=True, text=True,
    )
    return sorted(w for w in set(out.stdout.split()) if len(w) > 1)


def word_list(language):
    path = HERE / f"{language}.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word)
    return path, words


def where(word, texts, fields, most=5):
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    places = [field for field, text in texts if pattern.search(prose(text, fields))]
    more = f" (+{len(places) - most} more)" if len(places) > most else ""
    return ", ".join(places[:most]) + more


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, routines = sys.argv[1], sys.argv[2:]
    by_language = {language: [] for language in DICTIONARIES}
    for path in routines:
        language, texts = routine_texts(path)
        if language not in DICTIONARIES:
            print(f"{path}: language {language!r} has no dictionary here; not checked")
            continue
        by_language[language].extend((f"{path}: {field}", text) for field, text in texts)
    for language in DICTIONARIES:
        by_language[language].extend(
            (f"program text ({language}): {key}", text) for key, text in program_texts(binary, language)
        )

    fields = field_names(routines)
    failed = False
    for language, texts in by_language.items():
        list_path, allowed = word_list(language)
        rejected = sorted(w for w in allowed if w.lower() in avoided_phrases(binary, language))
        for word in rejected:
            print(f"{list_path.name}: «{word}» is a form the program avoids in {language}; take it off the list")
            failed = True
        unknown = unknown_words(texts, language, fields)
        # A listed word also stands capitalised, at the start of a sentence or a title.
        listed = lambda w: w in allowed or (w[:1].isupper() and w[:1].lower() + w[1:] in allowed)
        for word in unknown:
            if not listed(word):
                print(f"{language}: unknown word «{word}» in {where(word, texts, fields)}")
                failed = True
        used = {w for w in unknown} | {w[:1].lower() + w[1:] for w in unknown}
        unused = sorted(allowed - used)
        if unused:
            print(f"{list_path.name}: words no text needs any more (remove them): {', '.join(unused)}")
        print(f"{language}: {len(texts)} texts, {len(unknown)} words not in {DICTIONARIES[language]}, "
              f"all but {sum(not listed(w) for w in unknown)} on {list_path.name} ({len(allowed)} words)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
