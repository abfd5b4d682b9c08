#!/usr/bin/env bash
# The translations are complete: every string the window's sources mark for translation is in
# each committed .ts file, and each has a finished translation (every plural form included).
# Usage: check-translations.sh <lupdate> <sources.lst> <file.ts>...
# sources.lst is the list qt_add_translations reads (resources/translations/CMakeLists.txt
# writes it), so this check and `update_translations` read the same files.
# Fixing a failure: `cmake --build <dir> --target update_translations`, then translate what
# lupdate added (Qt Linguist, or by hand: type="unfinished" marks it).
set -euo pipefail
lupdate=$1 sources=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  # Options as update_translations' (IMSDESK_LUPDATE_OPTIONS): the copy differs only in content.
  "$lupdate" -silent -locations none "@$sources" -ts "$copy" >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log" >&2
    exit 2
  }
  python3 - "$ts" "$copy" <<'PY' || status=1
import sys
import xml.etree.ElementTree as ET

committed, updated = sys.argv[1], sys.argv[2]
GONE = {"obsolete", "vanished"}

def messages(path):
    """(context, source, comment) -> translation element, for the messages still in use."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in GONE:
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = (message, translation)
    return found

def unfinished(message, translation):
    if translation is None or translation.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (form.text or "").strip() for form in forms)
    return not (translation.text or "").strip()

have = messages(committed)
lacking = sorted(set(messages(updated)) - set(have))
todo = sorted(key for key, (m, t) in have.items() if unfinished(m, t))
for context, source, _ in lacking[:20]:
    print(f"{committed}: lacks [{context}] {source!r}")
if lacking:
    print(f"{committed}: {len(lacking)} string(s) of the sources are missing: run the "
          "update_translations target and translate them")
for context, source, _ in todo[:20]:
    print(f"{committed}: untranslated [{context}] {source!r}")
if todo:
    print(f"{committed}: {len(todo)} of {len(have)} translation(s) unfinished or empty")
if not lacking and not todo:
    print(f"{committed}: {len(have)} strings, all translated")
sys.exit(1 if lacking or todo else 0)
PY
done
exit $status
