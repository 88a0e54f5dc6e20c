#!/usr/bin/env python3
"""Fills the <translation> texts of the CourtDesk .ts files from the tables in this folder.

Run after lupdate (cmake --build BUILD --target update_translations):

    python3 translations/tools/fill_translations.py [--check]

Tables: zh_CN.py (every string), bo.py (main window, menus, tabs, dialog labels, common
messages), en.py (only plural forms; the English source is shown otherwise). A table maps the
English source text to its translation; an entry keyed (context, source) wins over a plain one.
For plural messages (%n) the value is one string or a tuple of forms. Strings without an entry
stay "unfinished" and the app shows the English source for them. --check exits 1 if a zh_CN
string has no translation.
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TS_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import bo  # noqa: E402
import en  # noqa: E402
import zh_CN  # noqa: E402

TABLES = {
    "zh_CN": zh_CN.TRANSLATIONS,
    "en": en.TRANSLATIONS,
    "bo": bo.TRANSLATIONS,
}


def lookup(table, context, source):
    if (context, source) in table:
        return table[(context, source)]
    return table.get(source)


def fill(language, table):
    path = os.path.join(TS_DIR, "courtdesk_%s.ts" % language)
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", language)
    missing = []
    total = 0
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            total += 1
            source = message.findtext("source")
            value = lookup(table, name, source)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            numerus = message.get("numerus") == "yes"
            if isinstance(value, tuple) and not numerus:
                # Plural forms for a message the code does not translate with %n.
                value = None
            if value is None:
                missing.append((name, source))
                if not translation.text and not len(translation):
                    translation.set("type", "unfinished")
                continue
            translation.attrib.pop("type", None)
            if numerus:
                forms = value if isinstance(value, tuple) else (value,)
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
    ET.indent(tree, space="    ")
    # Written beside and renamed, so a failure never leaves a truncated .ts behind.
    temporary = path + ".tmp"
    with open(temporary, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    os.replace(temporary, path)
    return total, missing


def main():
    check = "--check" in sys.argv
    failed = False
    for language, table in TABLES.items():
        total, missing = fill(language, table)
        print("%s: %d of %d strings translated" % (language, total - len(missing), total))
        if language == "zh_CN" and missing:
            failed = True
            for context, source in missing:
                print("  missing [%s] %r" % (context, source))
    return 1 if (check and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
