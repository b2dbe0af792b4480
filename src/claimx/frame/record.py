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
    return Frame(sentence_start=sent_start + lead + offset, sentence_end=sent_end - trail + offset,
                 subject=subject, metric=metric, period=period, status=claim.get("status", "reported"))
