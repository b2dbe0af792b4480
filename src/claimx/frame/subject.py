"""Subject tests the claims component applies to candidate entities: sources and non-names.

A source reports a figure; it is not what the figure is about. "according to the Observatory", "the
Observatory said", "figures from the Observatory", "a study by researchers at Ardnagh", "the
Observatory's figures", "analysts at Corrin Partners": each names a source. A source verb that governs
the figure itself is not a report of it ("Harwick expects revenue of $3 billion" is Harwick's forecast).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from claimx.doctext import doc_text
from claimx.frame.dictionary import dictionary_noun, dictionary_noun_word, singular_of
from claimx.frame.metric import in_measure_name, statistic_index
from claimx.frame.words import FrameWords, alternatives, load_words
from claimx.marks import BULLETS
from claimx.periods import MONTHS


@lru_cache(maxsize=4)
def _amount(scales: frozenset[str]) -> re.Pattern:
    """A sum of money as written, with a currency sign and an optional country prefix and scale word (rules/frame.json
    `amount_scales`: "s$970 million", "hk$2.1bn", "a$45m"): the tagger sometimes takes one for an organisation's name
    (the text is read in lower case)."""
    return re.compile(rf"(?:[a-z]{{1,3}})?[$€£¥₹]\s?\d[\d,.]*\s*{alternatives(scales, boundary=False)}?")


def _name_and_phrase(tok: Token) -> tuple[Token, Token]:
    """The root of a name (past a preposition the tagger ran a name over: "the School of Public Health at Harlow
    College") and the token that stands for it in its phrase (up at most three compound, apposition, conjunct or
    flat links)."""
    if tok.pos_ == "ADP" and (obj := next((c for c in tok.children if c.dep_ == "pobj"), None)) is not None:
        tok = obj
    return tok, _phrase_token(tok)


def _phrase_token(tok: Token) -> Token:
    """The token that stands for the name `tok` in its phrase: up at most three compound, apposition, conjunct or
    flat links."""
    t = tok
    for _ in range(3):
        if t.dep_ in ("compound", "appos", "conj", "flat") and t.head != t:
            t = t.head
        else:
            break
    return t


def measures_another(verb: Token, words: FrameWords) -> bool:
    """Whether `verb` is a verb of `measuring_verbs` by which its subject takes a reading of a thing it does not own:
    an object that no possessive owns ("measured the quake at magnitude 6.2", "recorded it at magnitude 5.9"; not
    "put its spending at $12bn"), and a figure in an "at" or "as" phrase of the verb or of the object ("measured the
    magnitude of the quake as 6.1 and the depth at 12 kilometres")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words.measuring_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ == "poss" for o in objects for c in o.children) \
            or any(g.like_num for o in objects for g in o.subtree if not any(
                p.dep_ == "prep" and p.lower_ in ("at", "as") and p.is_ancestor(g) for p in o.subtree)):
        return False  # ("recorded 41 homicides": the figure is what was counted, not a reading of a thing)
    heads = [verb, *objects, *(c for o in objects for c in o.conjuncts)]
    return any(p.dep_ == "prep" and p.lower_ in ("at", "as") and any(g.like_num for g in p.subtree)
               for h in heads for p in h.children)


def is_source(tok: Token, words: FrameWords, governing: Token | None = None) -> bool:
    """Whether the entity whose root is `tok` is the source of figures, not their subject.

    tok (Token): the entity's root token.
    words (FrameWords): the word lists.
    governing (Token | None): the verb that governs the figure being framed, if any.
    """
    tok, t = _name_and_phrase(tok)
    if is_venue(tok, words):
        return True
    if tok.is_title and tok.lower_ in words.source_nouns and all(
            c.dep_ in ("det", "nummod", "amod") and (c.dep_ == "det" or c.like_num) for c in tok.lefts):
        return True  # "the 2000 Census", "the Census": a count or a study written as a name, a source of figures
    head = t.head
    if t.dep_ == "pobj" and head.lower_ in ("in", "at", "from") and head.head.pos_ == "PROPN" and head.head.dep_ == "pobj" \
            and head.head != t and is_source(head.head, words, governing):
        # "led by Harlow University in Valdoria": the place of a source is part of it; "coauthored by Ann Reid from
        # Harlow University": so is the body an author is from
        return True
    if t.dep_ == "pobj" and head.lower_ == "from" and (verb := head.head).pos_ == "VERB" \
            and (verb.lemma_.lower() in words.making_verbs or verb.lower_ in words.making_verbs) \
            and any(c.dep_ == "agent" for c in verb.children):
        return True  # "coauthored by Ann Reid from Harlow University", the "from" hung on the verb
    if t.dep_ in ("nsubj", "nsubjpass") and head != governing and head.lemma_.lower() in words.source_verbs \
            and not moves_a_figure(head):
        return True
    if publishes(t, words):
        return True
    if t.dep_ == "nsubj" and measures_another(head, words):
        return True  # "The Harlow Seismic Service measured the quake at magnitude 6.2": who took the reading
    if t.dep_ == "appos" and t.head.dep_ == "pobj" and t.head.pos_ == "NOUN":
        t, head = t.head, t.head.head  # "as measured by the labour cost index (LCI)": the short name of what measured
    if t.dep_ == "pobj":
        prep = head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        owner = prep.head
        if prep.dep_ == "agent" and (owner.lemma_.lower() in words.source_verbs | words.making_verbs | words.funding_verbs
                                     or owner.lower_ in words.making_verbs):  # (the tagger's lemma of "coauthored")
            return True  # "figures compiled by X", "a study funded by X": who paid for a study is no subject of it
        if prep.lower_ in words.source_prepositions and (owner.lemma_.lower() in words.source_nouns | words.source_people
                                                          or owner.lower_ in words.source_nouns
                                                          # "the latest Hospital Quarterly from the Bureau of Health
                                                          # Information": who publishes a titled report
                                                          or owner.is_title and owner.lower_ in words.report_title_words
                                                          and owner.i > owner.sent.start) \
                and not (owner.pos_ in ("VERB", "AUX") and _place_name(tok, words)):  # "data" -> "datum"
            # ("a report from the ONS", not "five deaths were reported from Morigaon district": the verb's lemma is
            # the noun's, and a place the deaths are counted in is no source)
            return True
        if prep.lower_ in ("by", "from") and owner.lemma_.lower() in words.making_verbs:
            return True
        if prep.lower_ in words.filing_prepositions and owner.pos_ == "NOUN" and owner.lemma_.lower() in words.filing_nouns:
            return True  # "the lender said in a statement to the Kestrel Exchange": whom it files with, a source
    if t.dep_ == "poss" and head.lemma_.lower() in words.source_nouns:
        return True
    if tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in words.source_nouns | words.source_people \
            and tok.head.dep_ not in ("dobj", "attr"):
        return True  # ("according to an American Public Transportation Association (APTA) report": the parser's nmod)
    return False


def _named_after(tok: Token, span: Span, words: FrameWords) -> str | None:
    """What the words right after a figure say it is: a forecast or an estimate noun it stands before ("the 94 cents
    a share profit forecast of analysts": an estimate, analysts' forecasts being estimates), or a participle of a
    forecast verb with no one else's name ("the $3.43 billion expected": the market's estimate), or one in the words after it
    whose agent is a source person (`_expected_by`: "97 cents a share as expected by analysts"). None otherwise."""
    for c in tok.children:
        if c.i < span.end:
            continue
        lemma = c.lemma_.lower()
        if c.dep_ in ("npadvmod", "appos", "compound") and c.pos_ == "NOUN" \
                and lemma in words.forecast_nouns | words.estimate_nouns:
            people = any(g.lemma_.lower() in words.source_people for g in c.subtree if g.i > c.i or g.dep_ == "poss")
            return "estimate" if people or lemma in words.estimate_nouns else "forecast"
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma in words.forecast_verbs and c.i == span.end \
                and not any(g.dep_ in ("dobj", "xcomp", "ccomp") for g in c.children):
            agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            return "forecast" if agent is not None and agent.lemma_.lower() not in words.source_people else "estimate"
    return "estimate" if _expected_by(span, words) else None


def _expected_by(span: Span, words: FrameWords) -> bool:
    """Whether a participle of a forecast verb, with a source person as its agent, follows the figure in its clause
    ("vs. 97 cents per share as expected by analysts", "$9.77 billion expected by economists"): a look at the next few
    tokens, as the parser may hang the participle on the clause's head rather than on the figure."""
    doc = span.doc
    for t in doc[span.end:min(len(doc), span.end + 5)]:
        if t.is_punct:
            return False
        if t.tag_ == "VBN" and t.lemma_.lower() in words.forecast_verbs:
            after = doc[t.i + 1:min(len(doc), t.i + 4)]
            return len(after) > 1 and after[0].lower_ == "by" \
                and any(x.lemma_.lower() in words.source_people for x in after[1:])
    return False


def _speaks(person: Token, words: FrameWords) -> bool:
    """Whether a person's name is the subject of a verb of `source_verbs` ("said Ann Reid", "Reid told ...")."""
    return person.ent_type_ == "PERSON" and person.dep_ == "nsubj" and person.head.lemma_.lower() in words.source_verbs


def is_venue(tok: Token, words: FrameWords) -> bool:
    """Whether the name whose root is `tok` is where findings appeared: a journal (see `journal`) or the name in the
    "in"/"at" phrase of a verb of `venue_verbs` ("published in Nature", "presented at the Harlow Congress"); or the
    employer of a speaker ("said Ann Reid, an economist at Corrin Partners", "Dr. Ann Reid of the School of Public
    Health said"), and who a speaker tells ("told the Council Budget Committee"). Such a name is a source, never what the figures are about, not even as a last resort."""
    tok, t = _name_and_phrase(tok)
    if journal(tok, words):
        return True
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "at" and head.head.pos_ == "NOUN" \
            and head.head.dep_ == "appos" and _speaks(head.head.head, words):
        return True  # "said Ann Reid, an economist at Corrin Partners": the speaker's employer
    if t.dep_ == "pobj" and head.lower_ in ("of", "at", "from") and _speaks(head.head, words):
        return True  # "Dr. Ann Reid of the School of Public Health said ...": the same
    if t.dep_ == "dobj" and head.lemma_.lower() == "tell" and tok.ent_type_ != "PERSON":
        return True  # "..., the director told the Council Budget Committee": who hears a figure is no subject of it
    return t.dep_ == "pobj" and head.lower_ in ("in", "at") and head.head.lemma_.lower() in words.venue_verbs \
        and head.head.pos_ in ("VERB", "AUX") and not _place_name(tok, words)  # not "39 deaths were reported in Nepal"


def _place_name(tok: Token, words: FrameWords) -> bool:
    """Whether the name whose root is `tok` is a place's: tagged a place (GPE, LOC), or headed by a noun of `place_heads`
    after a name ("Morigaon district", "Gaya district"): where figures are counted, never a journal or a meeting."""
    return tok.ent_type_ in ("GPE", "LOC") or tok.lower_ in words.place_heads and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def journal(tok: Token, words: FrameWords) -> bool:
    """Whether the name whose root is `tok` is a journal's: its root or a word compounded to it is a capitalised
    word of `journal_words` ("the Journal of the American College of Cardiology", "The Lancet", "BMJ")."""
    return any(t.lower_ in words.journal_words and not t.is_lower
               for t in (tok, *(c for c in tok.children if c.dep_ == "compound")))


def hyphen_modifier(tok: Token) -> bool:
    """Whether a name's last word is joined by a hyphen to a lower-case word that makes it describe something else
    ("Toronto-based", "Labour-run", "Dublin-headquartered", "Dallas, Texas-based"): "the Toronto-based company" is no
    figure of Toronto's.
    Not a name written with hyphens ("Stratford-upon-Avon", "Coca-Cola")."""
    doc = tok.doc
    k = tok.i + 1
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title:
        # "the Dallas, Texas-based company": a town named with its state or country before the hyphen
        return any(doc[j].is_title and hyphen_modifier(doc[j]) for j in range(k + 1, min(k + 4, len(doc)))
                   if all(doc[i].is_title for i in range(k + 1, j + 1)))
    return k + 1 < len(doc) and not tok.whitespace_ and doc[k].text in ("-", "\u2010", "\u2011") \
        and not doc[k].whitespace_ and doc[k + 1].is_lower and doc[k + 1].is_alpha \
        and not (k + 2 < len(doc) and not doc[k + 1].whitespace_ and doc[k + 2].text in ("-", "\u2010", "\u2011"))


def participle_modifier(tok: Token, words: FrameWords) -> bool:
    """Whether a name's last word, or the short form in brackets after it, stands before a past participle and a noun
    of `description_heads` or a name, written without the hyphen ("the Harlow Stock Exchange (HSE) listed firm's net
    profit", "the Toronto based company", "Tarn based Orla Mills Plc"): the name says where the organisation after it
    is listed or based, and is no figure's subject itself (as with `hyphen_modifier`). (The parser often reads such a
    participle as the sentence's verb, so only the words are read.)"""
    doc = tok.doc
    k = tok.i + 1
    if k < len(doc) and doc[k].text == ")":
        k += 1  # the name's tagged span ends inside its bracketed short form ("the Harlow Stock Exchange (HSE")
    elif k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].is_upper and doc[k + 2].text == ")":
        k += 3
    if k + 1 >= len(doc):
        return False
    part, noun = doc[k], doc[k + 1]
    return part.is_lower and part.is_alpha and part.tag_ == "VBN" and (
        noun.is_lower and (noun.lower_ in words.description_heads or noun.lemma_.lower() in words.description_heads)
        or noun.pos_ == "PROPN" and noun.is_title)  # "Kano based Northern Milling Plc"


def publishes(tok: Token, words: FrameWords) -> bool:
    """Whether a public body's or a news outlet's name (root `tok`) is the subject of a verb of `publishing_verbs` that
    reports a clause: "Inflation rose to 3.2% in October, the Office for National Statistics reported", "Kestrel TV
    reported that more than 12 people have died" (a source, never the subject)."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.lemma_.lower() in words.publishing_verbs and not moves_a_figure(head) \
        and any(c.dep_ == "ccomp" for c in head.children) \
        and (public_body(tok, words) or (news_outlet(tok, words) or publisher_body(tok, words))
             and not _own_clause(head, words))


def publisher_body(tok: Token, words: FrameWords) -> bool:
    """Whether the name whose root is `tok` is a body that counts and publishes figures of others, by a word of
    `publisher_words` in it ("the American Public Transportation Association (APTA) reported that ..."), up to a
    bracket after it."""
    name = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
    bracket = next((w.i for w in name if w.text == "(" and w.i > tok.i), None)
    if bracket is not None:
        name = tok.doc[name.start:bracket]
    return len(name) <= 8 and any(w.is_title and w.lower_ in words.publisher_words for w in name)


def _own_clause(verb: Token, words: FrameWords) -> bool:
    """Whether a clause `verb` reports is about its own subject's figures: its subject is "it", owned by "its" or a
    result noun ("The Harlow Post reported that its revenue rose 4%", "... that profit fell")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (subj.lower_ == "it" or any(c.lower_ == "its" for c in subj.children)
                                 or subj.lemma_.lower() in words.result_nouns or subj.lower_ in words.result_nouns):
            return True
    return False


def news_outlet(tok: Token, words: FrameWords) -> bool:
    """Whether the name whose root is `tok` is a news outlet's: a word of it, or of the description written right
    before it, in `media_words` ("Geo News", "The New York Times", "state broadcaster VTV"), or a name in capitals
    ending in "TV" ("NTV")."""
    name = tok.doc[tok.left_edge.i:tok.i + 1]
    return any(w.lower_ in words.media_words and (w.is_title or w.is_upper or w.dep_ in ("compound", "amod"))
               for w in name) or tok.is_upper and len(tok.text) > 2 and tok.text.endswith("TV")


def statistics_index_name(tok: Token, words: FrameWords) -> bool:
    """Whether the name whose root is `tok` is a statistics office's index ("the Consumer Price Index", "CPIH"): it
    measures a place's prices or activity and is no one's name."""
    if (tok.lemma_.lower() == "index" or tok.lower_ in words.statistic_index_words) and statistic_index(tok, words):
        return True
    # "Between February and March, food and non-alcoholic drinks index increased by 3.30 per cent", "Food and
    # Non-Alcoholic Drinks' Index": the words of a division's index joined by "and" or a possessive, past a date the
    # parse hangs on it, are an index's name too
    if tok.lemma_.lower() != "index":
        return False
    words_before = [t.lower_ for t in tok.subtree if t.i < tok.i and t.ent_type_ != "DATE" and t.pos_ in ("NOUN", "PROPN", "ADJ")]
    return any(w in words.statistic_index_words for w in words_before) \
        and not any(w in words.stock_index_words for w in words_before)


def public_body(tok: Token, words: FrameWords) -> bool:
    """Whether the name whose root is `tok` is a public body's: a word of it in `public_bodies` ("the Office for
    National Statistics", "the Commerce Department")."""
    name = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
    bracket = next((w.i for w in name if w.text == "(" and w.i > tok.i), None)
    if bracket is not None:
        name = tok.doc[name.start:bracket]  # "the Department of Mineral Resources and Energy (DMRE)": the name alone
    if len(name) > 8:
        return False
    if any(w.lower_ in words.public_bodies and not _company_bank(w, words) for w in name if w.is_title):
        return True
    # an acronym stands for a public body named in the text: "ONS" for "the Office for National Statistics"
    return all(w == tok or w.dep_ == "det" for w in name) and tok.is_upper and 2 <= len(tok.text) <= 6 and any(
        "".join(w.text[0] for w in e if w.is_title) == tok.text
        and any(w.lower_ in words.public_bodies for w in e if w.is_title) for e in tok.doc.ents if e.label_ == "ORG")


def _company_bank(word: Token, words: FrameWords) -> bool:
    """Whether `word` is the "Bank" of a company's name: a name before it ("Harlen Bank", "Corvel Savings Bank") that
    is no public bank's (`public_bank_words`: "the Reserve Bank", "the World Bank"), and no "of" after it ("the Bank of
    Carvela", a central bank)."""
    if word.lower_ != "bank" or word.i == 0:
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    before = word.doc[word.i - 1]
    if after is not None and after.lower_ == "of" or not (before.is_title or before.is_upper) or before.pos_ not in ("PROPN", "ADJ", "NOUN"):
        return False
    return not any(w.lower_ in words.public_bank_words for w in word.doc[max(word.i - 3, 0):word.i])


def is_funder(tok: Token, words: FrameWords) -> bool:
    """Whether the entity whose root is `tok` is named as who paid for the work ("a study funded by the Carrowmere
    Health Foundation": the agent of a verb of `funding_verbs`): a source of the work's figures, never their subject,
    not even as a last resort."""
    t = _phrase_token(tok)
    return t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_.lower() in words.funding_verbs


_OPEN_QUOTES = ("'", '"', "\u2018", "\u201c")


def quoted_word(tok: Token) -> bool:
    """Whether `tok` is written alone between quotation marks ("'Housing' rose", "\u2018Transport\u2019 fell"): a label
    quoted as written."""
    doc = tok.doc
    return tok.i > 0 and doc[tok.i - 1].text in _OPEN_QUOTES and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].text[:1] in ("'", '"', "\u2019", "\u201d")


def moves_a_figure(verb: Token) -> bool:
    """Whether a verb takes a figure as its object ("Torrel Brands added 3.2%", "the index added 40 points"):
    then it reports no one's words, whatever its lemma."""
    return any(c.dep_ in ("dobj", "npadvmod", "attr") and (c.like_num or any(t.like_num for t in c.lefts))
               for c in verb.children)


def is_name(ent: Span, words: FrameWords) -> bool:
    """Whether an entity span can name a subject: not a financial abbreviation, a capitalised common word
    ("Combined", "Nonfarm") or a market-wide collective ("Wall Street")."""
    if ent[0].text in BULLETS:  # "• Reduced their risk by 60%": a list line's bullet taken into the name
        if len(ent) == 1:
            return False
        ent = ent[1:]
    text = ent.text.strip().lower()
    text = text[4:] if text.startswith("the ") else text
    if text in words.not_subjects:
        return False
    if not any(ch.isupper() for ch in ent.text):
        return False  # "a display of quick feet" tagged a person: a name has a capital ("eBay", "iPhone" too)
    if len(ent) == 1 and ent.root.pos_ not in ("PROPN",) and not ent.root.is_upper \
            and not (ent.root.is_title and ent.label_ in ("ORG", "PERSON") and ent.root.is_alpha
                     and not dictionary_noun_word(ent.root) and singular_of(ent.root) is None):
        # (a name the tagger reads as a noun but the dictionary does not know, tagged an organisation or a person, is
        # still a name: "Naspers gained 1.03% to R3,407.75")
        return False
    if len(ent) == 1 and (ent.start == ent.sent.start or quoted_word(ent.root) or _after_bullets(ent)) and ent.root.is_title \
            and ent.label_ not in ("GPE", "LOC") and dictionary_noun(ent.root, ent.doc.user_data.get("claimx_text") or doc_text(ent.doc), words.scope_words,
                                plurals=True, tagged=True, once=True):  # (the claims component's text: Doc.text joins every token)
        # "Chimney fires fell by 14 per cent", "Commuters in ...": a noun opening its sentence, no name; nor one a
        # release quotes as a category ("'Housing' rose from 131.2 to 133.0")
        return False
    if hyphen_modifier(ent[-1]) or participle_modifier(ent[-1], words):
        return False  # "Toronto" of "the Toronto-based company", "the Harlow Stock Exchange (HSE) listed firm"
    if is_dateline(ent) or credit_line(ent):
        return False
    if currency_owner(ent, words):
        return False  # "US" of "against the US dollar": the currency is named, not the country
    if len(ent) == 1 and sector_word(ent.root, words):
        return False
    if len(ent) <= 2 and text.removesuffix("'s").removesuffix("\u2019s").strip() in words.generic_place_names:
        return False  # "State's population", "the State": a place word, no place's name
    if statistics_index_name(ent.root, words):
        return False  # a statistics office's index measures a place's prices ("the Consumer Price Index"), it is no one
    if in_measure_name(ent.root, words):
        return False  # a tax's name ("Council Tax", "Customs Duty") is what a figure measures, no one
    if _amount(words.amount_scales).fullmatch(text):
        return False  # a sum the tagger took for a name: "S$970 million", "HK$2.1 billion", "A$45m"
    if len(ent) == 1 and any(ch.isdigit() for ch in text):
        return False  # an identifier: "SK482", "K-12", "COVID-19"; "Route 14", "Terminal 5", "FTSE 100" are names
    if len(ent) == 1 and ent.root.is_upper and measure_short_form(ent.root, words):
        return False  # "non-interest revenue (NIR)": "The NIR increased by 10%" is a measure, no one
    if report_title(ent, words):
        return False  # "In its January Short-Term Energy Outlook, the agency forecasts ...": a report, a source
    return True


def report_title(ent: Span, words: FrameWords) -> bool:
    """Whether a name is a report's title: its last word a capitalised word of `report_title_words` ("the Short-Term
    Energy Outlook", "its 2017 Outlook", "the Monetary Policy Report"), not opening its sentence. A source of the
    figures it holds, never their subject nor what an article leads with."""
    last = next((t for t in reversed(ent) if t.is_alpha), None)
    return last is not None and last.is_title and last.i > last.sent.start \
        and last.lower_ in words.report_title_words


def _after_bullets(ent: Span) -> bool:
    """Whether only a list line's bullets stand before `ent` in its sentence ("• Reduced their risk ...")."""
    sent = ent.sent
    return ent.start > sent.start and all(t.text in BULLETS or t.is_space for t in sent.doc[sent.start:ent.start])


def currency_owner(ent: Span, words: FrameWords) -> bool:
    """Whether a place's name only says whose currency the next word is ("the US dollar", "the Canadian dollar",
    "against the Hong Kong dollar": a word of `currencies` right after it, that the name modifies)."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end]
    return nxt.lemma_.lower() in words.currencies and not nxt.is_title and ent.root.head == nxt \
        and ent.root.dep_ in ("compound", "amod", "nmod")


def measure_short_form(tok: Token, words: FrameWords) -> bool:
    """Whether a word in capitals is the short form the text spells out in brackets after a measure written in lower
    case ("supported by strong non-interest revenue (NIR) growth", "net interest income (NII)": a word of
    `metric_heads` right before the bracket), or after any term whose lower-case words its letters stand for ("body
    mass index (BMI)", `_spells_out`)."""
    doc = tok.doc
    known = doc.user_data.setdefault("claimx_short_forms", {})  # per word and document: the text is searched once
    if tok.text not in known:
        text = doc.user_data.get("claimx_text") or doc_text(doc)
        # the measure's head may come before a "per" phrase: "average revenue per user (ARPU)"
        # (a word never written in brackets, most, needs no pattern compiled for it)
        spelled = [m[1].split() for m in re.finditer(
            rf"((?:[a-z][a-z-]*\s+){{0,5}}[a-z][a-z-]*)\s*\({re.escape(tok.text)}\)", text)] \
            if f"({tok.text})" in text else []
        known[tok.text] = any(
            (word := w.split("-")[-1]) in words.metric_heads or word.rstrip("s") in words.metric_heads
            for found in spelled for w in [found[-1], *_before_per(found)]) \
            or any(_spells_out(tok.text, found) for found in spelled)
    return known[tok.text]


def _spells_out(short: str, found: list[str]) -> bool:
    """Whether the last of the lower-case words `found` before a short form in brackets are its letters' words, one
    letter a word or a hyphened part ("rising body mass index (BMI)", "low-density lipoprotein (LDL)"): a term the
    text spells out in lower case, which names no one, as a name spelled out in capitals would ("the Federal Board of
    Revenue (FBR)")."""
    letters = short.lower()
    if not (2 <= len(letters) <= 6 and letters.isalpha()):
        return False
    for n in range(1, len(found) + 1):
        parts = [p for w in found[-n:] for p in w.split("-") if p]
        if "".join(p[0] for p in parts) == letters or "".join(w[0] for w in found[-n:]) == letters:
            return True
    return False


def _before_per(words: list[str]) -> list[str]:
    """The words before "per" in a measure's words ("average revenue per user" -> "average", "revenue"), or none."""
    return words[:words.index("per")] if "per" in words else []


def _past_period_owner(owner: Token) -> bool:
    """Whether a possessive names a period already over: "last year's", "2022's", "last season's"."""
    words = [t for t in owner.subtree if t.dep_ != "case"]
    text = " ".join(t.lower_ for t in words)
    return owner.ent_type_ == "DATE" and (text.startswith(("last ", "the previous ", "the last ", "a year ago"))
                                          or bool(re.fullmatch(r"(?:19|20)\d\d", text)))


def sector_word(tok: Token, words: FrameWords) -> bool:
    """A capitalised one-word sector that opens a sentence before the people of it ("Education chiefs have
    claimed ...", "Health bosses warned ...": `role_heads`) and is not written again in the article: the tagger's
    organisation is a common word ("Tesco bosses" in a story about Tesco names it again)."""
    if tok.i != tok.sent.start or tok.dep_ != "compound" or not tok.head.is_lower \
            or tok.head.lower_ not in words.role_heads or tok.head.i != tok.i + 1:
        return False
    text = tok.doc.user_data.get("claimx_text")
    if text is None:
        return False
    return len(re.findall(rf"(?<!\w){re.escape(tok.text)}(?!\w)", text)) <= 1


def _credit_before_dash(doc, i: int) -> bool:
    """Whether the tokens from `i` are one or two short groups in brackets and then a dash, as a wire credit after a
    place in title case is written: "Paris (AFP) - ", "Los Angeles (United States) (AFP) – "."""
    groups = 0
    while i < len(doc) and doc[i].text == "(" and groups < 2:
        close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return False
        i, groups = close + 1, groups + 1
    return groups > 0 and i < len(doc) and doc[i].text in ("-", "\u2013", "\u2014", "--")


def is_dateline(ent: Span) -> bool:
    """A dateline's place or a credit, not a name the copy is about: "AMSTERDAM, Feb 12 (Claimx Wire) -",
    "LONDON (Reuters) -". The place is written in capitals at the start of a line and followed by a comma,
    a parenthesis or a dash, or in title case with a comma and a date, then a dash or a credit ("New Delhi, Feb 14
    (PTI)", `_dated_line`); a credit is a name in parentheses on such a line. (Read from the tokens:
    `Doc.text` is rebuilt from every token on each access.)"""
    doc = ent.doc
    text = ent.text
    if "(" in text or ")" in text:
        return True  # "Oct 8 (Claimx Wire": a tagger's entity across a credit
    line = ent.start
    while line > 0 and not ((prev := doc[line - 1]).is_space and "\n" in prev.text) \
            and "\n" not in prev.whitespace_:  # (one Token per word asked)
        line -= 1
        if ent.start - line > 12:
            return False  # a dateline is short: no line start within a dozen words
    after = doc[ent.end].text if ent.end < len(doc) else ""
    if line == ent.start:
        # (a colon after the place, as South Asian papers write it: "KARACHI: The price of gold rose ...")
        return text.isupper() and len(text) > 3 and after[:1] in (",", "(", "-", "\u2013", "\u2014", ":") \
            or after == "," and (_dated_line(doc, ent.end) or _state_line(doc, ent.end)) \
            or after == ":" and _colon_dateline(doc, ent) \
            or after == "(" and _credit_before_dash(doc, ent.end)
    before = doc[line:ent.start]
    if before[-1].text == "(" and after == ")" and ent.start - line <= 12 and doc[line].is_upper and len(doc[line].text) > 2:
        return True
    if ent.start - line <= 12 and _in_title_dateline(doc, line, ent):
        return True
    if before[-1].text == "," and (after == "," or after in _DATELINE_ENDS) and ent.start - line <= 4:
        # the state or country after a dateline's place: "Washington, DC, November 15, 2007--", "PORTLAND, Ore., ..."
        place = next((e for e in doc.ents if e.end == ent.start - 1 and e.start == line), None)
        return place is not None and is_dateline(place)
    return False


_DATELINE_WORDS = 12  # a dateline's date and its dash or credit follow its place within a dozen words
_DATELINE_ENDS = ("-", "--", "\u2013", "\u2014", "(")


def _colon_dateline(doc, ent: Span) -> bool:
    """Whether a place in title case opening a line before a colon is a dateline, as South Asian papers write one ("New
    Delhi: The Harlow Party, which won 19 seats, got 22 per cent"): a GPE with a capitalised word after the colon that
    opens a sentence with a verb on the line, among the first lines of the text; not a list's label ("Elmbridge Vale:
    up 5.4% to £312,000", "St Eda's School: 276 pupils")."""
    if ent.label_ != "GPE" or ent.end + 1 >= len(doc) or not doc[ent.end + 1].is_title or ent.start_char > 600:
        return False
    for tok in doc[ent.end + 1:min(len(doc), ent.end + 40)]:
        if "\n" in tok.text:
            return False
        if tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def _in_title_dateline(doc, line: int, ent: Span) -> bool:
    """Whether `ent` stands between a dateline's place written in title case and the first closing bracket of its line,
    the credit's ("New Delhi, Feb 14 (PTI): Retail sales ...": "Feb 14" and "PTI"), the line opening with a place that
    is a dateline (`_dated_line`); not a name after the credit ("Harlow (HRL)" after "LONDON (Reuters) -")."""
    if doc[line].is_upper or not doc[line].is_title or doc[line].ent_iob_ != "B" or ent.start - line <= 1:
        return False
    end = line + 1  # the end of the entity the line opens with, read from the tokens (no walk over doc.ents)
    while end < ent.start and doc[end].ent_iob_ == "I":
        end += 1
    if end >= ent.start or doc[end].text != "," or not _dated_line(doc, end):
        return False
    if any(t.text.startswith(")") for t in doc[end:ent.start]):
        return False  # past the credit
    return any(t.text.startswith(")") for t in doc[ent.end:min(ent.end + 4, len(doc))])


def _state_line(doc, start: int) -> bool:
    """Whether the words of a line from token `start` (the comma after a place written in title case) are the state or
    district of a US-style dateline, then its dash, with or without a credit between ("Washington, D.C. (PPD) — The
    index rose", "Austin, Texas — The council", "Harlow, Ore. (AP) -"): one to three capitalised words, an optional
    bracketed credit of a few words, then the dash."""
    i, words = start + 1, 0
    while i < len(doc) and words < 3 and doc[i].text[:1].isupper() and doc[i].text not in _DATELINE_ENDS \
            and "\n" not in doc[i - 1].whitespace_:
        i, words = i + 1, words + 1
    if not words or i >= len(doc):
        return False
    if doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        if close is None or close + 1 >= len(doc):
            return False
        i = close + 1
    return doc[i].text in _DATELINE_ENDS[:4]


def _dated_line(doc, start: int) -> bool:
    """Whether the words of a line from token `start` (the comma after a place written in title case) are a dateline's
    date and then its dash or bracketed credit: a month's name with a day's number, then a dash or "(", before the
    line's other words ("Washington, DC, November 15, 2007-- The index rose", "New Delhi, Feb 14 (PTI) The company")."""
    month = False
    for i in range(start, min(len(doc), start + _DATELINE_WORDS)):
        tok = doc[i]
        if "\n" in tok.text or i > start and "\n" in doc[i - 1].whitespace_:
            return False
        if tok.lower_.rstrip(".") in MONTHS and i + 1 < len(doc) and doc[i + 1].like_num \
                or tok.like_num and i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in MONTHS:
            month = True
        elif month and (tok.text in _DATELINE_ENDS or tok.text.endswith(_DATELINE_ENDS[:4])):
            return True
    return False


def credit_line(ent: Span) -> bool:
    """Whether a name stands on a publication's credit line under the headline: a short line of its own, not the first
    line, among the first five, with a date written in figures or a byline's shape (`_byline`) and no verb but a
    participle ("The Daily, Thursday, April 12, 2025", "3 March 2025, The Ardlow Post (Ardlow). By Ann Reid", "Harlow
    Wire Published 05 Sep, 2025", "Chris Greenwood, Press Association"): the publication that carries the copy or the
    writer, never what its figures are about. (Read from the tokens.)"""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:  # (one Token per word: text and whitespace_)
        start -= 1
        if ent.start - start > 16:
            return False
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end].text:
        end += 1
        if end - ent.end > 16:
            return False
    # not the headline (something but space before it), and among the first five lines: read up to the sixth line
    # break only, not every token before a name deep in the article
    breaks, written = 0, False
    for t in doc[:start]:
        written = written or not t.is_space
        if "\n" in t.text + t.whitespace_:
            breaks += 1
            if breaks > 5:
                return False
    if not written:
        return False
    line = doc[start:end]
    if not any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in line) and not _byline(line):
        return False
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in line)


_BYLINE_WORDS = 10  # a byline is short: a name and the writer's title or agency
_BYLINE_MARKS = (",", "|", "-", "\u2013", "\u2014")


def _byline(line: Span) -> bool:
    """Whether the short line `line` under the headline is a byline: it opens with "By", or with a name of two or
    three capitalised words followed by a comma, a bar or a dash before the writer's title or agency in capitalised
    words ("Chris Greenwood, Press Association", "Ann Reid | Political Editor"; not a heading of its own, "Barley
    County")."""
    if len(line) > _BYLINE_WORDS:
        return False
    words = load_words()  # rules/frame.json `byline_openers` ("By"), `byline_joins` ("of", "and", "&")
    if line[0].lower_ in words.byline_openers:
        return True
    # (read from the words, not the tagger's entities: a parser that splits the headline's sentence at the byline's
    # line leaves the name untagged)
    mark = next((i for i, t in enumerate(line) if t.text in _BYLINE_MARKS), len(line))
    name, rest = line[:mark], [t for t in line[mark:] if t.text not in _BYLINE_MARKS and not t.is_space]
    return 2 <= len(name) <= 3 and all(t.is_title and t.is_alpha for t in name) and bool(rest) \
        and all(t.is_title or t.is_upper or t.lower_ in words.byline_joins for t in rest)


def _past(verb: Token) -> bool:
    """A verb in the past tense ("saw"), the perfect ("had seen", "has seen") or a passive whose auxiliary is past
    ("was estimated"); no modal."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    return verb.tag_ == "VBD" and not aux or verb.tag_ == "VBN" and any(
        a.dep_ == "auxpass" and a.tag_ == "VBD" or a.dep_ == "aux" and a.lemma_.lower() == "have" for a in aux)


def _counted(noun: Token, span: Span, count: bool) -> bool:
    """Whether a number counts the noun ("his 26 goals", "met four targets"; the figure itself only when it is a
    count, `count`: "its $1.01 estimate" is the estimate's value) or a rate is per one of it ("a cost
    per goal of £2.5 million"): things that happened, counted, not a forecast or an estimate a figure is the value of."""
    return any(c.dep_ == "nummod" and (count or not span.start <= c.i < span.end) for c in noun.children) \
        or noun.dep_ == "pobj" and noun.head.lower_ == "per"


def status(span: Span, tense: str, words: FrameWords, subject_token: Token | None, *, count: bool = True) -> str:
    """Whether a figure is reported as fact, forecast, estimated by others, or a market price.

    span (Span): the figure.
    tense (str): "past", "present", "future" or "none" (see the claims component).
    words (FrameWords): the word lists.
    subject_token (Token | None): the subject of the figure's verb, if any.
    count (bool): the figure is a count, which may count estimates or targets ("met four targets"); an amount
        or a share right before such a noun is its value ("topped its $1.01 estimate").
    """
    if subject_token is not None and subject_token.lower_ in words.market_nouns \
            and not statistic_index(subject_token, words):
        return "market"  # "Shares of Harwick rose 6.4%", "the index fell 1.3%"; not "the Consumer Price Index rose 0.4%"
    root = span.root
    # the root, its head and its relation read once (a Token compares by its place in the Doc: `idx`)
    root_idx, root_head_idx, root_nummod = root.idx, root.head.idx, root.dep_ == "nummod"
    tok = root
    for _ in range(7):  # "expects earnings of 94 cents on revenue of $3.45 billion": six steps up
        lemma = tok.lemma_.lower()
        pos, at_root = tok.pos_, tok.idx == root_idx
        if pos in ("NOUN", "PROPN", "NUM") and any(
                c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lemma_.lower() in words.source_people for g in c.children)
                for c in tok.children):
            return "estimate"  # "the 3.2% increase (that) analysts had pencilled in"
        if not at_root and pos == "NOUN" and lemma in words.source_people and (
                tok.dep_ == "nsubj" or tok.idx == root_head_idx and root_nummod and not count):
            return "estimate"  # the same, parsed with the figure's noun as a modifier of "analysts"
        if at_root and (said := _named_after(tok, span, words)) is not None:
            return said  # "beat the 94 cents a share profit forecast of analysts", "short of the $3.43 billion expected"
        # "19 league goals", "two targets": what is counted
        counted = count and tok.idx == root_head_idx and root_nummod
        if not at_root and pos in ("NOUN", "PROPN") and not counted and not _counted(tok, span, count):
            if lemma in words.estimate_nouns:
                return "estimate"  # "analysts' estimates of $1.38", "the consensus of $27.3 billion"
            if lemma in words.forecast_nouns:
                return "forecast"  # "guidance of $6.10 to $6.25", "a target of 40%"
        if pos in ("NOUN", "PROPN") and any(c.dep_ == "poss" and _past_period_owner(c) for c in tok.children):
            return "reported"  # "would reverse last year's production of 107.74 million tonnes": already measured
        if pos in ("VERB", "AUX") and not at_root:
            if lemma in words.measured_verbs and _past(tok) and not any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in words.source_people for c in tok.children):
                # "the unemployment rate was estimated at 4.5%", "Dorset saw rises of more than 10%": measured or
                # seen, not a forecast ("analysts estimated" stays theirs)
                return "reported"
            if lemma in words.forecast_verbs or tok.lower_[-1:] == "s" and tok.lower_[:-1] in words.forecast_verbs:
                # ("hopes": the lemmatizer gives "hop")
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                people = subj is not None and (subj.lemma_.lower() in words.source_people or
                                               any(c.lemma_.lower() in words.source_people for c in subj.subtree))
                return "estimate" if people else "forecast"
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # "the guidance calls for 3% growth", "an outlook that called for sales growth of 3% to 4%": the
            # clause's subject (or what its "that"/"which" stands for) is a forecast or an estimate
            said = tok.head if subj is not None and tok.dep_ == "relcl" and subj.tag_ in ("WDT", "WP") else subj
            # "the midpoint of the company's guidance is 19.5%": what the subject is a part of
            of = [g for p in (said.children if said is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            if said is not None and any(t.lemma_.lower() in words.forecast_nouns and not _counted(t, span, count) for t in [said, *of]):
                return "forecast"
            if said is not None and any(t.lemma_.lower() in words.estimate_nouns and not _counted(t, span, count) for t in [said, *of]):
                if lemma in words.showing_verbs and not any(t.lemma_.lower() in words.source_people for t in said.subtree):
                    return "reported"  # "Year-on-year estimates show a 0.6% increase": a statistics office's measure
                return "estimate"
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.dep_ not in ("xcomp",) \
                    and not (tok.tag_ == "VB" and any(c.lower_ == "to" for c in tok.children)):
                # a clause of its own: "Tessaly estimated that it shipped 48.2 million" is reported;
                # "analysts expected Apple to report revenue of $49.4 billion" is not
                break
        head = tok.head
        if head.idx == tok.idx:
            break
        tok = head
    return "forecast" if tense == "future" else "reported"
