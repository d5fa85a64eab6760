"""Verb classes: what a verb says a person did, by its lemma's past stem or, for a compound verb,
the noun before its light verb; folded (helpers.text.gazetteer.fold). One copy for the status cues
(helpers.extract.cues.SAYING), the name cues (helpers.extract.name_cues.SAID) and the clause reader
(helpers.extract.readings)."""

from __future__ import annotations

SAYING = (
    "گفت",
    "افزود",
    "اظهار داشت",
    "اظهار کرد",
    "اظهار نمود",
    "بیان داشت",
    "بیان کرد",
    "بیان نمود",
    "ابراز داشت",
    "ابراز کرد",
    "ابراز نمود",
    "تاکید کرد",
    "تاکید نمود",
    "تصریح کرد",
    "تصریح نمود",
    "خاطرنشان ساخت",
    "خاطرنشان کرد",
    "یاداور شد",
    "هشدار داد",
    "اعلام کرد",
    "اعلام نمود",
    "عنوان کرد",
    "ادعا کرد",
)
"""Verbs of saying in their simple past («گفت», «اظهار داشت», «تصریح نمود», «خاطرنشان ساخت»), folded."""
BECOME = ("شد", "گردید")
"""The past stems of «شدن» and of «گردیدن», its twin in formal and Dari prose, folded: the passive's auxiliary
after a noun or a participle («برگزار شد», «افتتاح گردید», «خوانده شد») and the verb of becoming («حاضر شد»).
Kept once for every rule that reads them (helpers.extract.cues.BECAME, document_cues.PASSIVE_PAST, occasions,
readings, report_time, time_cues, document_offers)."""
BECOME_NOW = ("شو", "گرد")
"""Their present stems («می‌شود», «می‌گردد»)."""
LIGHT = frozenset(("کرد", "داشت", "نمود", "ساخت", *BECOME, "داد", "گرفت", "یافت", "ورزید", "زد", "امد", "رسید"))
"""Past stems of the light verbs a noun makes a compound verb with («تأکید کرد», «حضور یافت», «به توافق
رسید»), folded."""
CLASSES = {
    "saying": tuple(dict.fromkeys(verb.split(" ")[0] for verb in SAYING)),
    "presence": ("شرکت", "حضور", "اشتراک", "سخنرانی", "نمایندگی", "همراهی", "رسید", "امد", "وارد", "حاضر"),
    "meeting": ("دیدار", "ملاقات", "گفتگو", "رایزنی", "مذاکره", "مذاکرات", "صحبت"),
    "chairing": ("ریاست",),
    "hosting": ("میزبانی",),
    "signing": ("امضا",),
    "handing": ("واگذار", "تحویل", "سپرد", "تفویض", "تقدیم"),
    "agreeing": ("توافق", "موافقت", "تفاهم"),
}
"""Verb classes, by the lemma's past stem or the noun of a compound verb (SAYING's nouns and simple
verbs are the class of saying). Handing something over («ریاست هیئت را به X واگذار خواهد کرد») says
nothing of the giver's presence. Agreeing («به توافق رسیدند», «موافقت کردند») is done together: said of
people listed as one subject, they were at the table (helpers.extract.readings.agreed_together)."""
