"""Verb forms: the tenses of a verb spelled from its stems, in folded spelling (a `cue`'s space matches a
space, a ZWNJ or nothing). A leaf module (no imports of the extract modules), so every rule module can
spell its verbs here: the status cues (helpers.extract.cues), the time cues and the document cues
(helpers.extract.document_cues) read the same forms."""

from __future__ import annotations


def did(*stems: str) -> str:
    """A past verb of these past stems: simple, plural and perfect («کرد», «کردند», «کرده است»,
    «کرده بودند»), and the speaker's own first person («کردم», «کردیم»)."""
    return f"(?:{'|'.join(stems)})(?:ند|یم|م|ه(?: (?:است|اند|بود|بودند))?)?"


def does(*stems: str) -> str:
    """A present verb of these present stems, indicative («می‌کند», «می‌کنند», «می‌کنم»)."""
    return f"می (?:{'|'.join(stems)})(?:د|ند|یم|م)"


def will(*stems: str) -> str:
    """A future verb of these past stems («خواهد کرد», «خواهند داشت», «خواهم کرد»), not its negation
    («نخواهند داشت»: a cue's space may match nothing, so the «ن» could end the word before it)."""
    return f"(?<!ن)(?:خواهد|خواهند|خواهیم|خواهم) (?:{'|'.join(stems)})"


def may(*stems: str) -> str:
    """A subjunctive verb of these stems: the present stem alone after the noun of a compound verb («امضا
    شود», «تصویب کنند»), with its «ب» for a simple verb («برسد», «برسانند»: a bare «رساند» is the past)."""
    return f"(?:{'|'.join(stems)})(?:د|ند|یم|م)"


def to_come(past: tuple[str, ...], present: tuple[str, ...], subjunctive: tuple[str, ...]) -> str:
    """A verb still to come, from its past, present and subjunctive stems: future, present and subjunctive
    («امضا خواهد شد», «امضا می‌شود», «امضا شود»)."""
    return f"(?:{will(*past)}|{does(*present)}|{may(*subjunctive)})"


def done(*stems: str) -> str:
    """The past forms of these past stems a document's verb takes: simple and plural past, the first person
    plural (a speaker quoted: «تصویب کردیم»), the perfect («شده است», «کرده بودند») and the participle
    before «و» («منتشر کرده و …»), whose auxiliary the next verb carries; not a bare participle («سند
    تصویب شده»: an adjective, which `did` reads as a verb)."""
    alternation = "|".join(stems)
    return f"(?:(?:{alternation})(?:ند|یم)?|(?:{alternation})ه (?:است|اند|بود|بودند|و))"
