# English: the source language. Only plural forms are filled in, so "%n day(s) left" reads
# "1 day left" / "5 days left"; every other string shows its source text.

TRANSLATIONS = {
    "The audit log is intact (%n entries).": ("The audit log is intact (%n entry).", "The audit log is intact (%n entries)."),
    'The certificate "%1" expires in %n day(s), on %2.': ('The certificate "%1" expires in %n day, on %2.', 'The certificate "%1" expires in %n days, on %2.'),
    "Created %n demo case(s).": ("Created %n demo case.", "Created %n demo cases."),
    "Backed up %n file(s) (%1) to %2.": ("Backed up %n file (%1) to %2.", "Backed up %n files (%1) to %2."),
    "%n month(s)": ("%n month", "%n months"),
    "%n day(s)": ("%n day", "%n days"),
    "Too many failed logins from this computer: the server refuses logins for %n minute(s). Check the password, then try again.": (
        "Too many failed logins from this computer: the server refuses logins for %n minute. Check the password, then try again.",
        "Too many failed logins from this computer: the server refuses logins for %n minutes. Check the password, then try again."),
    "Added %n demo case(s).": ("Added %n demo case.", "Added %n demo cases."),
    "This desk has no cases yet.\n\nFill it with %n realistic demo case(s) to try CourtDesk out? Demo cases use invented names and can be deleted later.": (
        "This desk has no cases yet.\n\nFill it with %n realistic demo case to try CourtDesk out? Demo cases use invented names and can be deleted later.",
        "This desk has no cases yet.\n\nFill it with %n realistic demo cases to try CourtDesk out? Demo cases use invented names and can be deleted later."),
    "Creating %n demo case(s)…": ("Creating %n demo case…", "Creating %n demo cases…"),
    "%n day(s) left": ("%n day left", "%n days left"),
    "%n day(s) overdue": ("%n day overdue", "%n days overdue"),
    "%n case(s)": ("%n case", "%n cases"),
    "%n case(s) found": ("%n case found", "%n cases found"),
    "The document has %n page(s); there is no page %1.": ("The document has %n page; there is no page %1.", "The document has %n pages; there is no page %1."),
    "%n signature(s), all valid, trusted and unchanged since signing.": ("%n signature, valid, trusted and unchanged since signing.", "%n signatures, all valid, trusted and unchanged since signing."),
    "%1 of %n signature(s) have problems; see the details.": ("%1 of %n signature has problems; see the details.", "%1 of %n signatures have problems; see the details."),
    ", %n page(s)": (", %n page", ", %n pages"),
    "%n document(s) failed; see the list.": ("%n document failed; see the list.", "%n documents failed; see the list."),
    "Cancelled: %n document(s) were not signed.": ("Cancelled: %n document was not signed.", "Cancelled: %n documents were not signed."),
}
