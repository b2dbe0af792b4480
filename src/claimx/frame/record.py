"""Build the `Frame` record of a claim from the claims component's choices and its Doc.

Offsets are the article's: a Doc may be one chunk of a long article starting at `offset`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from claimx.records import Frame, MetricFrame, PeriodFrame, SubjectFrame


def _nearest(text: str, phrase: str, lo: int, hi: int, anchor: int) -> int | None:
    """The start of the occurrence of `phrase` in text[lo:hi] nearest to `anchor`, or None."""
    best, at = None, text.find(phrase, lo, hi)
    while at >= 0:
        if best is None or abs(at - anchor) < abs(best - anchor):
            best = at
        at = text.find(phrase, at + 1, hi)
    return best


def _previous_sentence_start(doc: Doc, text: str, sent_start: int) -> int | None:
    """The start of the sentence before the one starting at character `sent_start` of `text` (the Doc's), from
    spaCy's sentence boundaries, when it stands in the same paragraph: a line break between them, or nothing but
    space before, gives None. A sentence the parser ran over a line break starts after the break."""
    first = doc.char_span(sent_start, sent_start + 1, alignment_mode="expand")
    if first is None or first.start == 0:
        return None
    index = first.start - 1
    while index >= 0 and doc[index].is_space and "\n" not in doc[index].text:
        index -= 1
    if index < 0 or doc[index].is_space:
        return None
    start = doc[index].sent.start_char
    between = text[start:sent_start]
    if "\n" in between.rstrip():
        start += between.rstrip().rfind("\n") + 1
    elif "\n" in between:
        return None  # the line ends with the sentence before: the claim's opens a paragraph
    start += len(text[start:sent_start]) - len(text[start:sent_start].lstrip())
    return start if text[start:sent_start].strip() else None


def build_frame(doc: Doc, text: str, span: Span, claim: dict, offset: int) -> Frame:
    """The frame of the claim `span` (with `span._.claim` = `claim`) in `doc`, whose text is `text`."""
    sent_start, sent_end = claim["sentence"]
    raw = text[sent_start:sent_end]
    lead, trail = len(raw) - len(raw.lstrip()), len(raw) - len(raw.rstrip())
    subject = SubjectFrame(reason=claim.get("subject_reason", "none"))
    if claim["subject"]:
        at = _nearest(text, claim["subject"], sent_start, sent_end, span.start_char)
        if at is None:  # named before this sentence: its last mention before the figure
            found = text.rfind(claim["subject"], 0, span.start_char)
            at = found if found >= 0 else None
        if at is not None:
            words = doc.char_span(at, at + len(claim["subject"]), alignment_mode="expand")
            label = words.root.ent_type_ if words is not None and words.root.ent_type_ else None
            subject = SubjectFrame(text=claim["subject"], start=at + offset, end=at + len(claim["subject"]) + offset,
                                   label=label, reason=subject.reason)
        else:
            subject = SubjectFrame(text=claim["subject"], reason=subject.reason)
    metric = MetricFrame()
    if claim["metric"]:
        at = _nearest(text, claim["metric"], sent_start, sent_end, span.start_char)
        head = None
        if at is not None:
            words = doc.char_span(at, at + len(claim["metric"]), alignment_mode="expand")
            nouns = [t for t in (words or []) if t.pos_ in ("NOUN", "PROPN")]
            head = nouns[-1].lemma_.lower() if nouns else None
            metric = MetricFrame(text=claim["metric"], start=at + offset, end=at + len(claim["metric"]) + offset, head=head)
        else:
            metric = MetricFrame(text=claim["metric"], head=claim["metric"].split()[-1].lower())
    choice = claim.get("period_choice")
    period = PeriodFrame()
    if choice is not None:
        mention = choice.mention
        period = PeriodFrame(
            text=mention.text if mention else None,
            start=mention.start + sent_start + offset if mention else None,
            end=mention.end + sent_start + offset if mention else None,
            value=choice.value, kind=choice.kind, base=choice.base, reason=choice.reason, fiscal=choice.fiscal)
    before = _previous_sentence_start(doc, text, sent_start + lead)
    return Frame(sentence_start=sent_start + lead + offset, sentence_end=sent_end - trail + offset,
                 previous_sentence_start=before + offset if before is not None else None,
                 subject=subject, metric=metric, period=period, status=claim.get("status", "reported"))
