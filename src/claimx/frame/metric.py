"""The metric of one claim: what its figure counts or measures, read from the parse around it.

In order, the first that applies:
1. a multiple measures the noun just before it ("revenue more than doubling");
2. a share "of it" is a share of the sentence's previous metric ("accounts for more than half of it");
3. the phrase after "in" or "of" ("$716.9 billion in annual sales", "a quarter of total revenue"),
   unless it is a place, a date or a period;
4. the noun a count counts ("4,600 stores"), or what an amount is "for" ("$4.8 million for a jobs program");
5. the noun the figure modifies, or owns it through "of";
6. the subject of the figure's verb when it names what is measured ("Revenue rose 12%"), the noun a
   clause hangs from, the verb's object, or the noun `verb_metrics` gives for the verb ("spend" ->
   "spending on schools").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimx.frame.words import FrameWords
from claimx.periods import find_periods


def metric_of(doc: Doc, span: Span, q: dict, words: FrameWords, threshold_nouns, verb: Token | None,
              antecedent: str | None = None) -> str | None:
    """What the quantity `span` (its grammar record `q`) measures, or None.

    words (FrameWords): the frame's word lists.
    threshold_nouns: nouns that define a threshold, not a metric ("standard", "limit").
    verb (Token | None): the verb that governs the figure (the claims component's `_governing_verb`).
    antecedent (str | None): the metric of the figure before it in its sentence, what a share "of it" is
        of ("spending totals $2.91 billion, and the general fund accounts for more than half of it").
    """
    if q["kind"] == "multiple":  # "revenue more than doubling": what doubled is the noun before
        for t in reversed(doc[max(span.sent.start, span.start - 3):span.start]):
            if t.pos_ == "NOUN":
                return chunk_text(doc, t, skip=span)
    end_tok = span[-1]
    nxt = doc[end_tok.i + 1] if end_tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of" and q["unit"] in ("ratio", "percent") and antecedent \
            and nxt.i + 1 < span.sent.end and doc[nxt.i + 1].lower_ in ("it", "them", "this", "that"):
        part = measured_subject(doc, span, verb, words) if verb is not None else None
        return f"{part} share of {antecedent}" if part else f"share of {antecedent}"
    if nxt is not None and nxt.lower_ in ("in", "of") and nxt.i + 1 < len(doc) and nxt.i + 1 < span.sent.end \
            and not (nxt.lower_ == "in" and (doc[nxt.i + 1].ent_type_ in ("GPE", "LOC", "FAC") or (
                doc[nxt.i + 1].ent_type_ in ("DATE", "TIME") and (doc[nxt.i + 1].is_title or doc[nxt.i + 1].like_num)))):
        phrase = noun_phrase_from(doc, nxt.i + 1)
        if phrase and (find_periods(phrase) or is_period_phrase(phrase)):
            phrase = None
        if phrase:
            if q["unit"] in ("ratio", "percent") and nxt.lower_ == "of" and q["kind"] != "multiple":
                return f"share of {phrase}"
            return phrase
    if q["kind"] in ("count", "physical") and nxt is not None:
        phrase = noun_phrase_from(doc, nxt.i)
        if phrase and q["unit"] == "count" and not is_period_phrase(phrase):
            return phrase
    if q["kind"] == "amount" and nxt is not None and nxt.lower_ == "for" and nxt.i + 1 < span.sent.end:
        phrase = noun_phrase_from(doc, nxt.i + 1)  # "$4.8 million for a youth jobs program"
        if phrase and not is_period_phrase(phrase) and not find_periods(phrase):
            return phrase
    head = span.root.head
    if head.pos_ in ("NOUN", "PROPN") and head.i > span.end - 1 and head.i - span.end < 4 \
            and head.lower_ not in threshold_nouns and not is_period_phrase(head.text):
        return chunk_text(doc, head, skip=span)
    prep = span.root.head if span.root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return chunk_text(doc, prep.head, skip=span)
    if verb is not None:
        if measured := measured_subject(doc, span, verb, words):
            return measured
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "its valuation surpassing the $1 trillion threshold"
            return chunk_text(doc, verb.head, skip=span)
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and not (span.start <= child.i < span.end) \
                    and child.lower_ not in threshold_nouns:
                return chunk_text(doc, child, skip=span)
        if (noun := words.verb_metric(verb.lemma_.lower())) and span.root.dep_ in ("dobj", "pobj", "attr", "npadvmod") \
                and not span.root.head.lower_ in ("to", "from", "by"):
            # only the verb says what is measured: "will spend £24.6 billion on schools" -> "spending on schools"
            target = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "in")
                           and c.i > span.end - 1 and any(g.dep_ == "pobj" for g in c.children)), None)
            if target is not None and target.lower_ != "in":
                obj = next(g for g in target.children if g.dep_ == "pobj")
                if obj.ent_type_ not in ("DATE", "TIME", "GPE"):
                    return f"{noun} {target.lower_} {chunk_text(doc, obj, skip=span)}"
            return noun
    return None


def measured_subject(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """The verb's subject when it says what is measured ("Revenue rose 12%"), not who acts ("Supporters want")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and child.ent_type_ == "" \
                and child.lower_ not in words.actors and f"the {child.lower_}" not in words.generic_subjects \
                and not (child.is_title and not child.is_sent_start):
            return chunk_text(doc, child, skip=span)
    return None


def is_period_phrase(phrase: str) -> bool:
    """Whether a phrase ends in a time word ("the third quarter", "the past decade")."""
    return bool(re.search(r"\b(?:quarters?|years?|months?|weeks?|days?|period|half|season|decades?)$", phrase, re.I))


def noun_phrase_from(doc: Doc, i: int) -> str | None:
    """The noun phrase starting at token i, without its determiner: 'total revenue', 'U.S. stores'."""
    toks = []
    j = i
    sent_end = doc[i].sent.end
    while j < sent_end and doc[j].tag_ in ("PRP$", "DT"):  # "of its revenue", "of the total"
        j += 1
    while j < sent_end and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV", "VERB") \
            and doc[j].dep_ != "ROOT" and len(toks) < 6:
        t = doc[j]
        if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") or (t.pos_ == "ADV" and toks == []):
            break
        if t.pos_ == "PART" and t.text not in ("'s", "’s"):
            break
        toks.append(t)
        if t.pos_ in ("NOUN", "PROPN") and (j + 1 >= sent_end or doc[j + 1].pos_ not in ("NOUN", "PROPN", "PART")):
            break
        j += 1
    while toks and toks[0].pos_ == "DET":
        toks = toks[1:]
    while toks and toks[-1].pos_ not in ("NOUN", "PROPN"):
        toks = toks[:-1]
    if not toks:
        return None
    return doc[toks[0].i:toks[-1].i + 1].text


def chunk_text(doc: Doc, head: Token, skip: Span) -> str:
    """The noun `head` with its modifiers, leaving out the figure `skip`, determiners and owners."""
    left = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod") and not (skip.start <= t.i < skip.end)]
    start = min([t.left_edge.i for t in left] + [head.i])
    start = max(start, skip.end) if skip.start < head.i else start
    # a word hyphenated to the next stays, whatever its tag ("all-funds spending")
    tokens = [t for t in doc[start:head.i + 1] if t.dep_ != "poss" and (
              t.pos_ not in ("DET", "PART", "ADV", "VERB", "SYM") or doc[min(t.i + 1, len(doc) - 1)].tag_ == "HYPH")
              and t.tag_ != "PRP$" and not (t.like_num and t.text[:1].isdigit()) and not (skip.start <= t.i < skip.end)
              and t.lower_ not in ("more", "than", "less", "about")]
    return "".join(t.text_with_ws for t in tokens).strip() or head.text
