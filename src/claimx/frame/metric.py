"""The metric of one claim: what its figure counts or measures, read from the parse around it.

In order, the first that applies:
1. a multiple "as many X"/"as far" names X or the distance; otherwise it measures the noun just before
   it ("revenue more than doubling");
2. what the words around a duration or a length say ("every 8 minutes": frequency, "two years left":
   time left, "22 km off the coast": distance), a figure in brackets beside a noun or another figure, a
   range right after its noun ("an operating margin between 12.5% and 13.5%"), a change written ", up 7%"
   right after another figure (a change of that figure's measure),
   and the level a change noun goes "to" or comes "from";
3. a share "of it" is a share of the sentence's previous metric ("accounts for more than half of it");
   a price paid "for" something (`price_verbs`), earnings per share;
4. the phrase after "in" or "of" ("$716.9 billion in annual sales", "a quarter of total revenue"),
   unless it is a place, a name, a source, a date or a period;
5. the size of a group ("a fleet of 412 buses"), the noun a count counts ("4,600 stores"), or what an
   amount is "for" ("$4.8 million for a jobs program");
6. the noun the figure modifies (an aggregate noun, "the £3.1 billion peak", is a peak of what the clause
   measures), or owns it through "of" (never the unit or fraction of another figure; "earnings per share of
   9.1p" is the rate, "profit before tax of £3m" the profit, "a dividend for the year of 1.7p" the dividend);
7. from the figure's verb: what a physical figure's verb says (`unit_verb_metrics`), the verb's own noun
   when its subject only says who (`verb_metrics`, `holder_verb_metrics`), the subject of the verb when it
   names what is measured ("Revenue rose 12%"; not a subject that acts on an object of its own), the noun
   a clause hangs from, the verb's object, or the noun `verb_metrics` gives ("spend" -> "spending on
   schools"); a statistics office's index ("the Consumer Prices Index rose 7%") measures itself, it is no market.
A period written into the metric becomes a plain adjective ("third-quarter revenue" -> "quarterly revenue", also after
"fiscal": "fiscal fourth-quarter profit" -> "quarterly profit").
"""
from __future__ import annotations

import functools
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimx.doctext import doc_text
from claimx.marks import BULLETS  # the list marks a line opens with, as the sentence splitter reads them
from claimx.frame.dictionary import dictionary_noun, dictionary_noun_word, once_named_noun, singular_of
from claimx.frame.dictionary import market_story as dictionary_market_story
from claimx.frame.words import FrameWords, alternatives, load_words
from claimx.lexicon import load_lexicon
from claimx.periods import DAY_WORDS, MONTHS, find_periods


def metric_of(doc: Doc, span: Span, q: dict, words: FrameWords, threshold_nouns, verb: Token | None,
              antecedent: str | None = None) -> str | None:
    """What the quantity `span` (its grammar record `q`) measures, or None (see `_read`); a phrase with no
    letter in it names nothing."""
    found = _changed_in_before_level(doc, span, words) or _years_since_extreme(doc, span, q, words, antecedent) \
        or _likelihood(span, words) or _stat_line(doc, span, words) or label_line(doc, span, words) \
        or _headline_mover(doc, span, words) \
        or _amount_to(doc, span) \
        or _vote_share(span, q, words) or _brought_to(doc, span, words) \
        or (_time_counted_subject(doc, span, q, verb) if verb is not None and q["unit"] in _time_units() else None) \
        or _read(doc, span, q, words, threshold_nouns, verb, antecedent) or _row_label(doc, span) \
        or _rainfall(doc, span, q, words)
    if found and found[:1] in ")]},;:":
        found = found.lstrip(")]},;: ") or None  # "(£32 billion, 40-billion-euro) takeover bid": the bracket closed
    if found and (dash := _ASIDE_DASH.search(found)) and dash.start() > 0:
        found = found[:dash.start()]  # "who made the grade - albeit a better share than ...": the aside is no measure
    if found and " " in found and _headline_verb(doc, span, found.rsplit(" ", 1)[1].lower(), words):
        # a headline's verb the tagger read as a plural noun: "Harbour ferry traffic climbs past 12 million"
        found = found.rsplit(" ", 1)[0]
    if found and " " in found:
        found = _past_owner_name(found, words)  # "Aurobindo Pharma Q2 profit": quarterly profit
    if found and " " in found and found.split(" ", 1)[0] in ("FY", "FYE"):
        found = found.split(" ", 1)[1]  # "the FY 2022-23's tax rate": its year is the period, "FY" no word of the measure
    if found and " " in found:  # "third-quarter revenue": quarterly revenue (the period is the frame's period)
        first, rest = found.split(" ", 1)
        if first.lower() == "fiscal" and " " in rest and words.period_modifier(rest.split(" ", 1)[0].lower()):
            first, rest = rest.split(" ", 1)  # "fiscal fourth-quarter profit": quarterly profit
        if (plain := words.period_modifier(first.lower())) is not None:
            found = f"{plain} {rest}" if plain else rest  # "a year-ago loss": the loss
    if found and verb is not None and (day := _day_of_when_clause(verb, words)):
        found = f"{found} on {day}"  # "the busiest day was Saturday, when 58,400 passengers passed through": one day's
    if found and found.lstrip().startswith("(") and (credit := _CREDIT_OPENING.match(found)):
        found = found[credit.end():] or None  # "(Claimx Wire) - Foreign visitor arrivals": a dateline's credit is no measure
    if found and _calendar_name(found):
        return None  # "netted twice Sunday": a day or a month is when, never what a figure measures
    if found and q.get("qualifier") == "range" and found.lower() in _range_nouns() and span.end < len(doc) \
            and doc[span.end].lower_ == found.lower():
        # "down from the 3.0% to 3.5% range": the noun right after says the figure is a range, not what it measures
        # (but "The range in the new guideline is five to eight years": the range is what the sentence gives)
        return None
    if found and found in words.scoring_units and verb is not None and verb_says(verb, words.verb_metric) == found \
            and (unit := scoring_unit(doc, words)) is not None and unit != found \
            and not any(t.lower_ == found for t in doc):
        # "Lillard scored 71" in a story that counts "points" and never writes "goals": the report's own scoring unit
        found = unit
    if found and (better := _past_not_measure(doc, span, q, found, verb, words, antecedent)) is not None:
        found = better or None  # "a 15-year high of 7.25%", "a 22-point lead": the next candidate, not a word that names no measure
    if found and (acted := _acted_on(span, found, words)):
        found = acted  # "opened 38 stores this quarter": the stores opened, not how many it has
    if found and (dimension := _unit_named(found, q, words)):
        found = dimension  # "Nearly 6,000 hectares ... have been hit": the area, not the unit
    if found and (per := _per_number_of(doc, span, found) or _per_played(doc, span, found, words)):
        found = f"{found} {per}"  # "142 officers for every 100,000 people": a rate, not a count of officers
    return found if found and any(ch.isalpha() for ch in found) else None


# A change noun and maybe its "in" phrase right before a figure, ending in "of" ("a decrease in the goods deficit of ",
# "an increase of "): group 1 the noun, group 2 what changed (direction and metric read it when the parse hangs the
# change on the level after it)
CHANGE_NOUN_OF = re.compile(r"\b([a-z]+)\s+(?:in\s+(?:the\s+|its\s+|their\s+)?([^,;.\d]{1,50}?)\s+)?of\s+$", re.I)


def _past_not_measure(doc: Doc, span: Span, q: dict, found: str, verb: Token | None, words: FrameWords,
                      antecedent: str | None) -> str | None:
    """The next candidate when the metric found is a noun that names no measure (`not_measure_words`: an extreme or a
    threshold, a time, an event, an evaluation, a value word) or the figure's own unit of a match written into it (a
    word of `scoring_units`, `played_nouns` or `match_nouns`: "a 22-point lead", "a two-match ban"), or None to keep what was found (it is no such word, or no other noun names a measure).

    The candidates, in order: the noun the figure modifies past its unit ("a 22-point second-half lead" -> lead); the
    noun's own "of", "for" or "in" phrase ("a 90-year-old record for 24-hour rainfall" -> rainfall, "the top end of
    analysts' forecasts"); the noun an aside restates ("Operating income - the gap between ..."); the object, else the
    subject, of the verb the noun hangs from ("raised its benchmark rate to a 15-year high of 7.25%" -> benchmark rate,
    "Attendances broke the 12-million mark", "inflation was below the mid-point, at 3.9%"); the subject of the
    figure's own verb ("The number of clinics has increased from 12,300 in FY 2009/2010" -> clinics); for a lone
    extreme and a physical reading with none of them, the reading's dimension ("A high of 28.7C was recorded" -> temperature); a
    bare time, event, evaluation or value word with none of them is no measure at all (""), an extreme or a relation
    is kept ("the previous record", "the $75,000 difference")."""
    parts = found.split()
    if not parts or len(parts) > 3:
        return None  # "time since the rate was last this high": a measure already
    last = parts[-1].lower()
    kind = words.not_measure(last) or words.not_measure(found.lower())
    if kind is None and len(parts) > 1 and words.not_measure(parts[0]) in ("event", "evaluation"):
        kind = words.not_measure(parts[0])  # "The move took its curbs to 2.15 million bpd" read as "move time"
        last = parts[0].lower()
    own_unit = _own_unit_token(doc, span, last)
    if own_unit is not None and kind is None \
            and not {last, last + "s", last + "es"} & (words.scoring_units | words.played_nouns | words.match_nouns):
        own_unit = None  # "a 500-bed hospital": the beds counted, a measure; a match's points and games are not
    if kind is None and own_unit is None:
        return None
    sent = span.sent
    noun = own_unit if own_unit is not None else _nearest_word(doc, span, last)
    if noun is None:
        return None
    candidates: list[Token] = []
    if own_unit is not None:
        head = own_unit.head
        if head.pos_ in ("NOUN", "PROPN") and head.i > own_unit.i:
            candidates.append(head)
    if kind not in (None, "time", "relation"):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "in") and prep.i > noun.i:
                candidates += [g for g in prep.children if g.dep_ == "pobj"]
    # (a time word before the extreme says when, not which measure: "the July peak of 29,317" falls back as "the peak")
    own_only = kind is None or kind == "extreme" and any(
        p.lower() not in MONTHS and p.lower() not in DAY_WORDS and not find_periods(p) for p in parts[:-1])
    if noun.dep_ == "appos" and noun.head.i < noun.i and not own_only:
        candidates.append(noun.head)
    holder = next((t for t in list(noun.ancestors)[:4] if t.pos_ in ("VERB", "AUX")), None)
    # ("about 52,000 barrels short of the 2 million mark": the verb the words between hang from)
    if own_only:
        # a figure's own unit only ever falls back to the noun it modifies; an extreme with a word of its own ("career
        # highs", "intraday high") only to its own phrase: such a word may say which extreme is measured
        holder = verb = None
    if holder is not None:
        candidates += [c for c in holder.children if c.dep_ == "dobj"]
        candidates += _clause_subjects(holder)
    if verb is not None:
        candidates += _clause_subjects(verb)
    for cand in candidates:
        # (a common noun, maybe capitalised as a sentence's first word: a name is who, not what: "The Sensex touched a
        # high of 20,568.99 points" stays an index's high; nor a noun of who acts or where: "US computer maker Orlan last night announced ...", "The district now
        # enrolls 41,380 students, down from a peak of 52,900")
        if cand.i == noun.i or span.start <= cand.i < span.end \
                or cand.pos_ != "NOUN" and not (cand.pos_ == "PROPN" and cand.i == sent.start
                                                and dictionary_noun(cand, doc_text(doc), plurals=True)) \
                or {cand.lemma_.lower(), cand.lower_} & (words.actors | words.description_heads | words.place_heads
                                                         | words.local_bodies | words.generic_subjects) \
                or _is_figure(cand, span) or cand.i > 0 and doc[cand.i - 1].like_num or cand.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "PERSON") \
                or not (sent.start <= cand.i < sent.end) or is_period_phrase(cand.text) \
                or cand.lower_ in words.not_metrics or words.not_measure(cand.lower_) \
                or cand.lower_ in words.pronouns or _a_person(cand, words):
            continue
        phrase = named(doc, cand, span, words, antecedent)
        if phrase and own_unit is not None:
            # "a 22-point second-half lead", "a two-match touchline ban": the unit is the figure's
            phrase = re.sub(rf"^-?\s*{re.escape(own_unit.lower_)}\s+", "", phrase, flags=re.I)
            if phrase and phrase.split()[-1].lower() in words.rise_nouns | words.fall_nouns:
                return None  # "a 10-point rise": a change of points, which the change reading names
            units = words.scoring_units | words.played_nouns | words.match_nouns
            counted = next((w for w in (last + "s", last + "es") if w in units), last + "s")
            phrase = f"{phrase} in {counted}"  # "a 41-run victory" -> "victory in runs": the margin's unit kept
        if phrase and any(ch.isalpha() for ch in phrase) and not words.not_measure(phrase.split()[-1].lower()) \
                and not _not_metric(phrase, words):
            return phrase
    if kind == "extreme" and len(parts) == 1 and q["kind"] == "physical" and q["unit"] not in _time_units() \
            and (dimension := words.dimension(q["unit"])) in words.reading_dimensions:
        return dimension  # "A high of 28.7C was recorded in the park": a temperature, the reading's dimension
    if kind in ("time", "event", "evaluation", "value") and len(parts) == 1:
        return ""  # "with an achievement of 77.3%": no measure at all; what the story measured may say (below)
    return None


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of `verb`, or of the verb it hangs from when it has none, up to three verbs up ("has increased from
    12,300 in FY 2009/2010 to reach 15,900", "has increased by 17.5%, to reach 636,900 ... compared to 542,400": the
    subject of "increased")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


def _own_unit_token(doc: Doc, span: Span, word: str) -> Token | None:
    """The figure's own unit word joined to its number by a hyphen ("22-point", "two-match"), when it is `word`."""
    last = span[-1]
    if last.lower_ == word and last.i > span.start and doc[last.i - 1].text == "-":
        return last
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == word:
        return doc[span.end + 1]
    return None


def _nearest_word(doc: Doc, span: Span, word: str) -> Token | None:
    """The token of the figure's sentence written `word` (lower case) nearest the figure, outside it."""
    found = [t for t in span.sent if t.lower_ == word and not (span.start <= t.i < span.end)]
    return min(found, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end))) if found else None


def _changed_in_before_level(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a change noun's "in" phrase names, for a change figure the parse made a modifier of the level after it ("a
    decrease in the goods deficit of $1.2 billion to $65.7 billion" -> goods deficit fall); None otherwise."""
    root = span.root
    if root.dep_ != "quantmod" or root.head.i in range(span.start, span.end) or not (root.head.like_num or root.head.pos_ == "NUM"):
        return None
    before = doc[max(span.sent.start, span.start - 16):span.start]  # (not Doc.text, rebuilt on each access)
    found = CHANGE_NOUN_OF.search(before.text_with_ws if len(before) else "")
    noun = found.group(1).lower() if found and found.group(2) else ""
    if noun in words.rise_nouns:
        return f"{found.group(2)} growth"
    if noun in words.fall_nouns:
        return f"{found.group(2)} fall"
    return f"change in {found.group(2)}" if noun in words.change_nouns else None


def _years_since_extreme(doc: Doc, span: Span, q: dict, words: FrameWords, antecedent: str | None) -> str | None:
    """A duration written before a low or a high (`extreme_nouns`: "fell 9% to a 30-year low", "a 15-year high")
    says how long since the measure was last there: "time since burglaries were last this low", the measure being
    the clause's (what the figure before it in the sentence measured, else the subject of the verb it hangs from);
    "time since last this low" when none is named. None for any other figure."""
    if q["kind"] not in ("physical", "change") or q["unit"] not in _time_units():
        return None
    noun = span.root.head
    if span.root.dep_ not in ("amod", "compound", "nummod") or noun.lower_ not in words.extreme_nouns or noun.i < span.end:
        return None
    extreme = noun.lower_.rstrip("s")
    measure = level_of(antecedent, words) if antecedent and "share of" not in antecedent else None
    if measure is None:
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
                       None) if verb.pos_ in ("VERB", "AUX") else None
        measure = chunk_text(doc, subject, skip=span) if subject is not None and subject.pos_ == "NOUN" else None
    return f"time since {measure} was last this {extreme}" if measure else f"time since last this {extreme}"


_RAIN_UNITS = frozenset({"mm", "cm", "inch"})


def _rainfall(doc: Doc, span: Span, q: dict, words: FrameWords) -> str | None:
    """"rainfall" for a length in millimetres, centimetres or inches that nothing else names, in a sentence or under a
    headline that writes a word of rain (`rain_words`: "Provisional figures showed the country received 162.3mm
    during October" under "Wettest October on record"), or that is the subject of a verb of `rain_fall_verbs`
    ("Seventy-two millimetres has fallen at Harlow"); None otherwise."""
    if q["kind"] != "physical" or q["unit"] not in _RAIN_UNITS:
        return None
    first = doc[0].sent  # the headline, a line of its own
    if any(t.lower_ in words.rain_words for t in span.sent) \
            or first.start != span.sent.start and any(t.lower_ in words.rain_words for t in first) \
            or span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in words.rain_fall_verbs:
        return "rainfall"  # (also a length that "has fallen at Birdwood": `rain_fall_verbs`)
    return None


_STAT_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _stat_line(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a figure opening a line of a list of statistics measures, written after it and a spaced dash ("12 –
    consecutive wins for Harlow Rovers", "58 – goals conceded by bottom club Easton Town", "41 – Carrow's points
    total"): the noun phrase after the dash, past an owner's "'s", with a bare participle right after it ("goals
    conceded", "yellow cards received"; not its "by" phrase, the owner) and without an aggregate noun after a plural
    ("points total" -> "points"). None when the line goes on as a sentence ("13 – Ann Reid led the league in
    assists", "9 – the season saw ...": a finite verb after the phrase) or the phrase is a name or a time."""
    end = span.end  # (the parse may end a sentence at the figure or the dash: the line is what counts)
    if end + 1 >= len(doc) or doc[end].text not in _STAT_DASHES or not doc[end - 1].whitespace_ \
            or not doc[end].whitespace_ or span.start > 0 and not doc[span.start - 1].text_with_ws.endswith("\n"):
        return None
    j = end + 1
    sent = doc[j].sent
    owner = next((t.i for t in doc[j:min(j + 4, sent.end)] if t.tag_ == "POS"), None)
    if owner is not None and all(t.pos_ == "PROPN" for t in doc[j:owner]):
        j = owner + 1  # "Carrow's points total": what, not whose
    phrase = noun_phrase_from(doc, j) if j < sent.end else None
    if not phrase and j < sent.end and doc[j].dep_ == "compound" and doc[j].head.pos_ == "NOUN" \
            and 0 < doc[j].head.i - j <= 3:
        phrase = doc[j:doc[j].head.i + 1].text  # "points total", "points" tagged a verb
    if not phrase:
        return None
    at = doc[j:min(j + 10, sent.end)].text.find(phrase)
    last = next((t for t in doc[j:sent.end] if t.idx + len(t) == doc[j].idx + at + len(phrase)), None) if at >= 0 else None
    if last is None or all(t.pos_ == "PROPN" for t in doc[last.i - len(phrase.split()) + 1:last.i + 1]) \
            or is_period_phrase(phrase) or _not_metric(phrase, words):
        return None
    after = doc[last.i + 1] if last.i + 1 < sent.end else None
    if after is not None and after.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return None  # "the season saw a record number of goals": a sentence of its own
    if " " in phrase and last.lower_ in words.aggregate_nouns and doc[last.i - 1].lower_.endswith("s"):
        phrase = phrase.rsplit(" ", 1)[0]  # "points total": the points
    elif after is not None and after.tag_ == "VBN" and (after.i + 1 == sent.end or doc[after.i + 1].lower_ == "by"
                                                       or doc[after.i + 1].is_punct):
        phrase = f"{phrase} {after.text}"  # "goals conceded by bottom club Easton Town"
    return phrase


_LABEL_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "per", "the", "to", "with"})


def label_line(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a figure of a fact box measures, written after a label of its own on its line and a colon ("- Structures
    destroyed: 401", "Personnel on site: 3,216", "Civilian fatalities: 12"): the label, when it is a phrase of two to
    five words in sentence case (its first word capitalised or not, every later one in lower case), no name ("Bay of
    Plenty: $221,500", "Harlow County: 4.1%"), no time and no measure's absence (`not_metrics`), and the line goes
    on for at most ten words after the figure ("Evacuees: 4,403 people in 28 shelters"; not a sentence opening a
    list). The tagger reads such lines badly (a capitalised noun a name, a participle a verb), so the label is read
    as written. None for any other figure."""
    start = span.start
    if start < 2 or doc[start - 1].text != ":":
        return None
    i = start - 2
    while i >= 0 and start - 2 - i < 8 and not doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if start - 2 - i >= 8 or i >= 0 and "\n" not in doc[i].text:
        return None  # no line of its own: "the results were as follows: 401"
    label = [t for t in doc[i + 1:start - 1]]
    while label and label[0].text in BULLETS:
        label = label[1:]
    if not 2 <= len(label) <= 5 or not all(t.is_alpha or t.text == "-" for t in label) \
            or not label[0].is_alpha or not (label[0].is_title or label[0].is_lower) \
            or not all(t.is_lower or t.text == "-" for t in label[1:]) \
            or all(t.lower_ in _LABEL_SMALL_WORDS for t in label[1:]) \
            or label[0].ent_type_ in ("GPE", "LOC", "NORP"):
        return None  # (a headline's place and topic, "Valdoria fires: Almost 2,000 homes destroyed", is no label)
    rest = 0
    for t in doc[span.end:]:
        if "\n" in t.text:
            break
        rest += 1
        if rest > 10:
            return None  # a sentence that opens a list after its colon: "Supporters pointed to new spending: $4.8
            # million for a youth jobs program expected to ..."
    phrase = doc[label[0].i:label[-1].i + 1].text
    if is_period_phrase(phrase) or find_periods(phrase) or _not_metric(phrase, words):
        return None
    return phrase


def modified_container(doc: Doc, span: Span, metric: str, words: FrameWords) -> str | None:
    """What a bare container noun (`metric`, one of `container_nouns`: "number", "numbers", "level") measures when
    the words right after it say who or what is counted ("The number waiting more than 18 weeks rose to 2,400", "the
    numbers on the housing lists stood at 8,649", "the number in work rose by 105,000", "the number killed rose to
    40"): the noun with a participle phrase after it (a past participle with no named agent: not "the figures
    published by the Harlow Office") or an "in", "on" or "at" phrase that names no place and no time, up to a place
    or a time it goes on to name ("in the city", "in May"), a comma or the figure. None otherwise ("the number in
    Harlow", "the number in May")."""
    low = metric.lower()
    sent = span.sent
    noun = next((t for t in doc[sent.start:span.start] if t.lower_ == low and t.pos_ == "NOUN"), None)
    if noun is None or noun.i + 1 >= span.start:
        return None
    mod = doc[noun.i + 1]
    if mod.head != noun:
        return None
    if mod.dep_ == "acl" and mod.tag_ == "VBN":
        if any(c.dep_ == "agent" and any(g.pos_ == "PROPN" or g.ent_type_ for g in c.subtree) for c in mod.children):
            return None  # "the figures published by the Harlow Office": who gave the figure, not what it counts
    elif mod.dep_ == "prep" and mod.lower_ in ("in", "on", "at"):  # (a count "during" or "across" something: where or when)
        if not _counted_where(mod, words):
            return None
    elif not (mod.dep_ == "acl" and mod.tag_ == "VBG"):
        return None
    end = min(mod.right_edge.i + 1, span.start)
    for t in doc[mod.i + 1:end]:
        if t.is_punct or t.dep_ == "prep" and t.lower_ in _WHERE_PREPOSITIONS and not _counted_where(t, words):
            end = t.i
            break
    phrase = doc[noun.i:end].text
    return phrase if end - noun.i >= 2 and not find_periods(phrase) else None


_WHERE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "across"})  # (not "than": "waiting longer than a year")


def _counted_where(prep: Token, words: FrameWords) -> bool:
    """Whether the "in", "on" or "at" phrase `prep` says what a count is of ("in work", "on the waiting list", "in
    temporary accommodation"), not a place ("in Harlow", "in the city") or a time ("in May", "at the end of June")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "ORG", "NORP") or obj.pos_ == "PROPN":
        return False
    text = prep.doc[prep.i:prep.right_edge.i + 1].text
    return not (is_period_phrase(obj.text) or find_periods(text) or obj.lower_ in words.place_heads)


def _headline_mover(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a headline's figure measures when the tagger read the headline's verb of moving as a plural noun that the
    figure hangs on ("Harlow Shipping quarterly profit plummets 83%", "Tarlow home sales plunges ..."): the words
    before that verb, past the names that own them or say where ("quarterly profit"). Only in the first line, for a verb of
    `move_verbs` or `market_verbs` written with -s or -es right before the figure; None otherwise."""
    mover = span.root.head
    if span.sent.start != 0 or span.start == 0:
        return None
    if span.root.dep_ == "pobj" and mover.lower_ in words.passing_prepositions and mover.i == mover.head.i + 1 \
            and mover.head.tag_ in ("NNS", "NNP", "NNPS") and _headline_verb_word(mover.head.lower_, words):
        return _title_headline_mover(doc, mover.head)  # "UK Unemployment Rate Falls to 7.7%"
    if mover.i != span.start - 1 or mover.tag_ != "NNS" \
            or span.root.dep_ not in ("npadvmod", "appos", "nummod", "dobj") or not _headline_verb_word(mover.lower_, words):
        return None
    before = [t for t in mover.lefts if t.dep_ in ("compound", "amod", "nmod")]
    if not before or not any(t.pos_ == "NOUN" for t in before):
        return None
    start = before[0].left_edge.i
    while start < mover.i and doc[start].pos_ == "PROPN":
        start += 1  # "Harlow Shipping": whose, not what
    return doc[start:mover.i].text if start < mover.i else None


def _title_headline_mover(doc: Doc, mover: Token) -> str | None:
    """What a headline's figure after "to", "past" or the like measures when the tagger read the verb of moving before
    them as a noun ("UK Unemployment Rate Falls to 7.7%", "US unemployment rate dips to 3.5%"): the words before the
    verb that hang on it, past a place's or an organisation's name and words no dictionary holds ("UK"), with at least
    one noun of the dictionary; None otherwise."""
    before = [t for t in mover.lefts if t.dep_ in ("compound", "amod", "nmod", "nsubj")]
    if not before:
        return None
    start = before[0].left_edge.i
    while start < mover.i and (doc[start].ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC")
                               or doc[start].pos_ == "PROPN" and not dictionary_noun_word(doc[start])):
        start += 1  # "UK", "Harlow": whose, not what
    words = doc[start:mover.i]
    if not len(words) or not any(dictionary_noun_word(t) for t in words):
        return None
    return " ".join(t.text if t.is_upper else t.text.lower() for t in words)  # a title's capitals are no name's


def _headline_verb_word(word: str, words: FrameWords) -> bool:
    """Whether `word` is a verb of moving written with -s or -es ("climbs", "plummets", "slumps"; `move_verbs`,
    `market_verbs`)."""
    verbs = words.move_verbs | words.market_verbs
    return word.endswith("s") and (word[:-1] in verbs or word.endswith("es") and word[:-2] in verbs)


def _amount_to(doc: Doc, span: Span) -> str | None:
    """What a figure after "amount to" measures when the tagger reads the verb as a noun after a plural ("the projected
    national transfers amount to Sh22.5 billion", "Grants amount to $4 million": "amount" the noun, the plural its
    compound): the words before "amount" ("projected national transfers"); None otherwise."""
    to = span.root.head
    if span.root.dep_ != "pobj" or to.lower_ != "to" or to.i == 0 or (amount := to.head).i != to.i - 1 \
            or amount.lower_ != "amount" or amount.pos_ != "NOUN" or amount.i == 0:
        return None
    before = doc[amount.i - 1]
    if before.dep_ != "compound" or before.head != amount or before.tag_ != "NNS":
        return None
    phrase = chunk_text(doc, amount, skip=span)
    return phrase.rsplit(" ", 1)[0] if phrase.endswith(" amount") else None


def _per_number_of(doc: Doc, span: Span, found: str) -> str | None:
    """The "per N things" a count's noun is written over ("142 officers for every 100,000 people", "118 crimes per 1,000
    residents"): "per 100,000 people", when the metric read is the noun right after the figure; a rate of the noun, no
    count. None otherwise."""
    j, end = span.end, span.sent.end
    if j >= end or doc[j].lower_ != found.split()[-1].lower() or doc[j].pos_ not in ("NOUN", "PROPN"):
        return None
    k = j + 1
    if k + 1 < end and doc[k].lower_ == "for" and doc[k + 1].lower_ == "every":
        k += 2
    elif k < end and doc[k].lower_ == "per":
        k += 1
    else:
        return None
    if k + 1 >= end or not (doc[k].like_num and doc[k].text[:1].isdigit()) or doc[k + 1].pos_ != "NOUN":
        return None
    return f"per {doc[k].text} {doc[k + 1].text}"


def _per_played(doc: Doc, span: Span, found: str, words: FrameWords) -> str | None:
    """The game, match or outing a count's noun is an average over ("averaged 31.4 points per game", "3.2 goals a
    game", "1.4 tries per match"): "per game", when the metric read is the noun right after the figure and the unit's
    plural is a word of `played_nouns`; a rate, no count of points. None otherwise."""
    j, end = span.end, span.sent.end
    if j + 2 >= end or doc[j].lower_ != found.split()[-1].lower() or doc[j].pos_ not in ("NOUN", "PROPN") \
            or doc[j + 1].lower_ not in ("per", "a", "an"):
        return None
    unit = doc[j + 2]
    if unit.pos_ != "NOUN" or not played_unit(unit.lower_, words):
        return None
    return f"per {unit.lower_}"


def played_unit(word: str, words: FrameWords) -> bool:
    """Whether `word` is a game, match or outing (`played_nouns`, which holds their plurals): what a rate per game is
    over ("points per game")."""
    return bool({word, word + "s", word + "es"} & words.played_nouns)


def _after_paired_sum(doc: Doc, span: Span) -> Token | None:
    """The noun a figure and a sum of money after a comma both modify ("a four-year, $88 million contract", "a
    three-year, $100M deal" -> "contract", "deal"): the noun right after the sum, when only the comma and the sum's
    tokens stand between the figure and it. None otherwise."""
    end = span.sent.end
    if span.end + 2 >= end or doc[span.end].text != ",":
        return None
    j = span.end + 1
    while j < end and j - span.end <= 5 and (doc[j].ent_type_ == "MONEY" or doc[j].tag_ in ("$", "CD")):
        j += 1
    if j == span.end + 1 or j >= end or not any(t.like_num for t in doc[span.end + 1:j]) \
            or not any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in doc[span.end + 1:j]):
        return None
    return doc[j] if doc[j].pos_ == "NOUN" else None


def _unit_named(found: str, q: dict, words: FrameWords) -> str | None:
    """What a physical figure measures when the phrase read for it is only a unit's name ("4,000 hectares (9,880 acres)
    out of 2.1 million hectares have been flooded" -> "hectares"): the unit's dimension in `unit_dimensions` ("area"); a
    unit names no measure. Not a duration's (its own readings say how long). None otherwise."""
    if q["kind"] != "physical" or q["unit"] in _time_units() or not (dimension := words.dimension(q["unit"])):
        return None
    word = found.strip().lower()
    named_unit = words.dimension(word) or word.endswith("s") and words.dimension(word[:-1])
    return dimension if named_unit == dimension else None


def _acted_on(span: Span, found: str, words: FrameWords) -> str | None:
    """A count that is the object of a past verb of `action_count_verbs` ("opened 38 stores", "hired 400 workers",
    "closed 12 branches"), whose measure is only the noun counted: the things the verb acted on in the period ("stores
    opened"), a flow, not the stock a verb of having counts ("has 1,860 stores"); or the subject of a passive verb of
    `passive_count_verbs`, or the noun such a participle follows ("Almost 2,000 houses have been destroyed", a headline's
    "2,000 homes destroyed": the houses destroyed); None otherwise."""
    noun = span.root.head if span.root.dep_ in ("nummod", "quantmod") else None
    if noun is None or found.lower() != noun.text.lower() or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ in ("nsubjpass",) and verb.tag_ == "VBN" and verb.lemma_.lower() in words.passive_count_verbs:
        return f"{found} {verb.lower_}"  # "Almost 2,000 houses have been destroyed": the houses destroyed
    participle = next((c for c in noun.children if c.dep_ in ("acl", "amod") and c.i == noun.i + 1 and c.tag_ == "VBN"
                       and c.lemma_.lower() in words.passive_count_verbs), None)
    if participle is not None:
        return f"{found} {participle.lower_}"  # a headline's "Almost 2,000 homes destroyed in marathon crisis"
    if noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in words.action_count_verbs:
        return None
    return f"{found} {verb.lower_}"


# A wire credit in brackets that opens a phrase, with the dash after it: "(Xinhua) - ", "(Reuters) "
_CREDIT_OPENING = re.compile(r"\s*\([^()]*\)\s*(?:[-\u2013\u2014]\s*)?")
# The period module's months (not "May", a verb too, nor the short forms) and days, and "today", "tonight"
_CALENDAR_WORDS = frozenset(name for name in MONTHS if len(name) > 4 or name == "june" or name == "july") \
    | DAY_WORDS | {"today", "tonight"}


def _time_counted_subject(doc: Doc, span: Span, q: dict, verb: Token) -> str | None:
    """A duration whose verb comes after the words that open its sentence and count the same time unit is what those
    words measure: "Aggregate monthly hours worked decreased 15 million hours ... to 1,591.3 million hours" ->
    aggregate monthly hours worked. The words are read as written (at most one word after the unit's noun, "worked",
    and nothing but words), since the parse of such a subject varies. None otherwise."""
    start = span.sent.start
    if not (start < verb.i < span.start) or verb.i - start > 8:
        return None
    before = doc[start:verb.i]
    while len(before) and before[-1].dep_ in ("aux", "auxpass") and before[-1].lower_ in (
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "be", "been"):
        before = before[:-1]
    unit = span[-1].lemma_.lower()
    at = next((t.i for t in reversed(before) if t.lemma_.lower() == unit and t.pos_ == "NOUN"), None)
    if at is None or before.end - at > 2 or any(not t.is_alpha for t in before):
        return None
    text = before.text.strip()
    return text[:1].lower() + text[1:] or None


def _of_which_antecedent(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What "which" stands for when the figure counts instances (`instance_nouns`) in a clause that "of which" opens,
    the noun phrase written before it: "thefts, of which 17,742 incidents were recorded" -> thefts; "violence against
    the person, of which there were 11,502 cases" -> violence against the person. None otherwise."""
    counted = span.root.head if span.root.dep_ == "nummod" else None
    if counted is None or counted.lemma_.lower() not in words.instance_nouns:
        return None
    verb = counted.head
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    of = next((c for c in verb.children if c.lower_ == "of" and c.i < span.start
               and any(g.lower_ in ("which", "whom") for g in c.children)), None)
    if of is None:
        return None
    top = verb.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN":
        top = top.head.head  # "violence against the person": the whole phrase, not its last noun
    start = top.left_edge.i
    while start < of.i and doc[start].pos_ in ("DET", "NUM", "PUNCT"):
        start += 1
    end = of.i - 1 if doc[of.i - 1].text == "," else of.i
    return doc[start:end].text or None if start < end else None


@functools.cache
def _range_nouns() -> frozenset[str]:
    """The nouns after two figures that make them a range (the lexicon's `from_range_words` `nouns_after`)."""
    return frozenset(word.lower() for word in load_lexicon()["from_range_words"]["nouns_after"])


def _calendar_name(phrase: str) -> bool:
    """Whether a metric phrase is only a month's or a day's name ("Saturday", "Mondays", "August")."""
    word = phrase.strip().lower()
    return word in _CALENDAR_WORDS or word.endswith("s") and word[:-1] in DAY_WORDS


def _past_owner_names(doc: Doc, i: int) -> str | None:
    """The noun phrase of a count after the run of name words it opens with (an organisation's, or an untagged name of
    two words or more; not a place's: "Kestrel Foods stores" -> "stores", but "U.S. stores" and "GPS tags" stay), when
    common nouns follow; else None."""
    j, end = i, doc[i].sent.end
    while j < end and doc[j].pos_ == "PROPN" and doc[j].ent_type_ in ("", "ORG"):
        j += 1
    if j == i or j >= end or doc[j].pos_ != "NOUN" or j - i == 1 and doc[i].ent_type_ != "ORG":
        return None  # (one untagged word is no sure name: "412 GPS tags")
    return noun_phrase_from(doc, j)


def _row_label(doc: Doc, span: Span) -> str | None:
    """The label of a table row a figure ends, written as words, a run of spaces and the figure alone on its line
    ("Participation rate     65.0 per cent"): what the figure measures; None for any other line."""
    sent = span.sent
    if any(not (t.is_space or t.is_punct) for t in doc[span.end:sent.end]) or span.start - sent.start < 2:
        return None
    gap = doc[span.start - 1]
    label = [t for t in doc[sent.start:span.start - 1] if not t.is_space]
    if not (gap.is_space and "\n" not in gap.text) or not 0 < len(label) <= 4 \
            or not all(t.is_alpha for t in label) or any("\n" in t.text for t in doc[sent.start:span.start]):
        return None
    return " ".join(t.text for t in label)


def _counted_by(doc: Doc, word: Token, span: Span, words: FrameWords, antecedent: str | None) -> str | None:
    """What a count written in a word of `counting_words` counts: the noun of its "of" phrase ("7,688 head of feeder
    cattle" -> "feeder cattle"), else what its verb's noun of `verb_metrics` names when it is the verb's object ("sold
    87,615 units" -> sales), else what the figure before it in the sentence measures ("compared with 4,980 head
    the week before"); None when none says."""
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == word.i + 1), None)
    counted = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if of else None
    if counted is not None and not _is_figure(counted, span) and not is_period_phrase(counted.text):
        return chunk_text(doc, counted, skip=span, names=False)
    if of is None and word.dep_ == "dobj" and word.head.pos_ == "VERB" and (said := verb_says(word.head, words.verb_metric)):
        return said  # "the truck business sold 87,615 units": what its verb says (sales), not the figure before's measure
    if of is None and (measured := _counted_by_subject(doc, word, span, words)) is not None:
        # "The seasonally adjusted annual rate of housing starts came in at 240,761 units", "Total sales were 41,200
        # units": what the clause's subject names
        return measured
    if of is None and antecedent and "share of" not in antecedent:
        return level_of(antecedent, words)
    return None


def _counted_by_subject(doc: Doc, word: Token, span: Span, words: FrameWords) -> str | None:
    """What the subject of the verb a count in a word of `counting_words` hangs from names, when it is a noun of a
    measure, no pronoun and no figure ("the annual rate of rural starts was estimated to be around 17,650 units" -> the
    annual rate of rural starts); None otherwise."""
    verb = word.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "was estimated to be around 17,650 units": the subject of "estimated"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or _is_figure(subject, span) or subject.lemma_.lower() in words.counting_words:
        return None
    return measured_subject(doc, span, verb, words)


def _past_owner_name(found: str, words: FrameWords) -> str:
    """A metric a headline writes after its owner's name and a period ("Aurobindo Pharma Q2 profit", "Apple 3Q
    profit") without the name: the name is who (the subject), the period when; what is measured follows them. Only a
    run of one to three capitalised words right before a word of `period_modifiers` goes."""
    parts = found.split(" ")
    at = next((i for i, w in enumerate(parts) if words.period_modifier(w.lower()) is not None), None)
    if at is None or not 1 <= at <= 3 or at == len(parts) - 1 or not all(w[:1].isupper() for w in parts[:at]):
        return found
    return " ".join(parts[at:])


def _day_of_when_clause(verb: Token, words: FrameWords) -> str | None:
    """The day a "when" clause hangs from, for a figure of that clause: "the busiest day of January was Saturday
    3 January, when 58,400 passengers passed through" -> "the busiest day of January" (what the copula says the
    date is, when that is one of `day_nouns`), else the date as written ("on Friday 9 May, when 61,000 people visited" ->
    "Friday 9 May"). A figure of one day is not the month's or the year's. None otherwise."""
    day = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children) \
            or not (day.ent_type_ == "DATE" or day.lower_ in DAY_WORDS) or day.like_num:
        return None
    if day.dep_ == "attr" and day.head.lemma_ == "be":
        said = next((c for c in day.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in words.day_nouns), None)
        if said is not None:
            return " ".join(t.text for t in said.subtree if not (t.dep_ in ("poss", "case", "det") or t.head.dep_ == "poss"))
    parts = [t for t in day.subtree if t.i < verb.left_edge.i and t.text != ","]
    return " ".join(t.text for t in parts) if parts and all(t.ent_type_ == "DATE" for t in parts) else None


_ASIDE_DASH = re.compile(r"\s[-\u2013\u2014]\s|\u2014")


def _headline_verb(doc: Doc, span: Span, word: str, words: FrameWords) -> bool:
    """Whether `word`, the last of a metric phrase, is a verb of moving in -s the tagger read as a plural noun
    ("climbs" in "Harbour ferry traffic climbs past 12 million"): it governs the figure through "past", "to",
    "above" or the like (never "of": "share gains of 4%" is a noun)."""
    if not word.endswith("s") or not (word[:-1] in words.move_verbs | words.market_verbs
                                      or word.endswith("es") and word[:-2] in words.move_verbs | words.market_verbs):
        return False
    return any(t.lower_ == word and t.tag_ == "NNS" and any(
               c.dep_ == "prep" and c.lower_ in words.passing_prepositions
               and c.i <= span.start and span.root in c.subtree for c in t.children)
               for t in doc[span.sent.start:span.start])


def _read(doc: Doc, span: Span, q: dict, words: FrameWords, threshold_nouns, verb: Token | None,
          antecedent: str | None = None) -> str | None:
    """What the quantity `span` (its grammar record `q`) measures, or None.

    words (FrameWords): the frame's word lists.
    threshold_nouns: nouns that define a threshold, not a metric ("standard", "limit").
    verb (Token | None): the verb that governs the figure (the claims component's `_governing_verb`).
    antecedent (str | None): the metric of the figure before it in its sentence, what a share "of it" is
        of ("spending totals $2.91 billion, and the general fund accounts for more than half of it").
    """
    end_tok = span[-1]
    nxt = doc[end_tok.i + 1] if end_tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "(" and q["kind"] == "amount":
        # "made 4.80 billion euros ($5.19 billion) in net profit": the sum converted in brackets, then what it measures
        close = next((t for t in doc[nxt.i + 1:min(nxt.i + 16, span.sent.end)] if t.text == ")"), None)
        if close is not None and close.i + 1 < span.sent.end and any(t.like_num for t in doc[nxt.i + 1:close.i]):
            if doc[close.i + 1].lower_ in ("in", "of"):
                nxt = doc[close.i + 1]
            elif span.start > span.sent.start and doc[span.start - 1].lower_ in ("a", "an", "the", "its", "their") \
                    and doc[close.i + 1].pos_ == "NOUN" and (phrase := noun_phrase_from(doc, close.i + 1)) \
                    and not find_periods(phrase) and not is_period_phrase(phrase) and not _not_metric(phrase, words):
                return phrase  # "accepted a £32-billion ($54-billion) takeover bid": the noun the sum modifies
    if q["kind"] == "amount" and (restated := _restated_per_share(doc, span, nxt, q)) is not None:
        return restated  # "from $3.1 billion, or 31 cents, a year earlier" after "$4.56 billion, or 45 cents a share"
    if (now := _noun_now_figure(doc, span, words)) is not None:
        return now  # "average house price in England and Wales now £168,356"
    if q["kind"] == "amount" and verb is not None and (levy := _levy_paid(doc, span, verb, words)) is not None:
        return levy  # "Band D properties pay £1,491.72" in a story of council tax: the council tax
    if q["kind"] == "amount" and verb is not None and _prize_won(doc, span, verb, words):
        return "prize money"  # "Kebede earned $40,000", "Dado took home $170,000" in a story of a race's prizes
    if q["kind"] == "amount" and _contact_clause_payment(span, words) is not None \
            and (fee := _transfer_fee(doc, span, nxt, words)) is not None:
        return fee  # "the £41 million Redmarsh paid for midfielder Joel Varga": no name the sum counts
    if q["kind"] == "multiple" and (compared := _as_many(doc, nxt, span, words, antecedent)):
        return compared  # "three times as many riders", "twice as far"
    if q["kind"] == "multiple" and verb is not None and span.root.head == verb and span.start > verb.i \
            and span[-1].lower_ == "times" and (nxt is None or nxt.lower_ not in words.times_compared_words) \
            and not any(c.dep_ == "dobj" for c in verb.children) and (noun := verb_says(verb, words.verb_metric)):
        return noun  # "has scored 14 times this season": goals, a count, not a multiple of the noun before
    if q["kind"] == "count" and span.text.lower() in ("once", "twice", "thrice") and verb is not None \
            and span.root.head == verb and not any(c.dep_ == "dobj" for c in verb.children) \
            and (noun := verb_says(verb, words.verb_metric)):
        return noun  # "Varga scored twice": goals, as "scored 35 times" is
    if q["kind"] == "count" and nxt is not None and nxt.lower_ == "times" and verb is not None \
            and not any(c.dep_ == "dobj" and c.i != nxt.i for c in verb.children) \
            and (noun := verb_says(verb, words.verb_metric)):
        return noun  # "scored 35 times in the league": occasions of what the verb does, goals
    if q["kind"] == "multiple" and (grown := _multiplied_subject(doc, span, words)) is not None:
        return grown  # "The number of patients waiting for surgery more than doubled": the patients, not the surgery
    if q["kind"] == "multiple":  # "revenue more than doubling": what doubled is the noun before
        for t in reversed(doc[max(span.sent.start, span.start - 3):span.start]):
            if _is_figure(t, span):  # "queuing for at least 30 minutes more than doubled": not the minutes
                break
            if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "across"):
                t = t.head.head  # not the place it happened: "admissions in the region doubled"
                if t.pos_ != "NOUN":
                    break
            if t.pos_ == "NOUN":
                return named(doc, t, span, words, antecedent)
    if (said := _depth_or_height(doc, span, q, nxt, words)) is not None:
        return said  # "struck 35 kilometres below the surface": depth; "10 kilometres (6 miles) deep"
    if (said := _duration_or_distance(doc, span, q, nxt, words, antecedent, verb)) is not None:
        return said
    if (share := _n_in_m_share(doc, span, q, nxt, verb, words)) is not None:
        return share  # "one in eight dairy farms has closed": a share of the farms, with what the clause says of them
    if (state := _with_share_state(doc, span, q, words)) is not None:
        return state  # "with 76.8 per cent diagnosed within 28 days": the share diagnosed within 28 days
    if q["kind"] == "count" and nxt is not None and (clear := doc[nxt.i + 1] if nxt.pos_ == "NOUN" and nxt.i + 1 < span.sent.end
                                                      else nxt).lower_ in words.lead_words and clear.pos_ in ("ADJ", "ADV"):
        return "lead"  # "keeps Ardlow Warriors six points clear at the top", "three shots clear of the field"
    if (gap := _gap_in_points(doc, span, q)) is not None:
        return _gap_over(gap)  # "a 12-point lead over Labour": the lead, not the points
    if q["unit"] == "count" and (counted := _number_of_people(span, verb, words)) is not None:
        return counted  # "The number of injured rose towards 300": people injured, not the toll before it
    if q["unit"] == "count" and _deaths(doc, span, words):
        return "deaths"  # "124 people have lost their lives", "23 people were reported dead", "85 dead", "26 lives lost"
    if q["unit"] == "count" and (state := _people_state(doc, span, words)) is not None:
        return state  # "six people were killed and 41 injured", "10 killed, 48,000 displaced": not the deaths before it
    if q["unit"] == "count" and (elided := _elided_people(doc, span, words)) is not None:
        return elided  # "20 people were killed and some 70,000 left homeless": people left homeless
    if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN" and not (span.start <= span.root.head.i < span.end) \
            and span.start > 0 and doc[span.start - 1].text == "(":
        # "the number of beds (97,422)": what the noun it stands beside names; "5.4 billion yuan (US$765.2
        # million)": the same figure converted, so what that figure measures
        if _is_figure(span.root.head, span):
            if antecedent:
                return antecedent
        elif span.root.head.lower_ not in words.not_metrics:
            return named(doc, _owner_of_place(span.root.head, words), span, words, antecedent)
    if span.start >= span.sent.start + 2 and doc[span.start - 1].text == ":" \
            and (label := doc[span.start - 2]).pos_ in ("NOUN", "PROPN") and (label.pos_ == "NOUN" or _common_first_word(label, words)) \
            and (span.root.head == label or label.dep_ == "ROOT") and label.lower_ not in words.not_metrics \
            and not is_period_phrase(label.text) and not _is_figure(label, span):
        return named(doc, label, span, words, antecedent)  # "Attendance: 48,200", "Unemployment rate: 4.1% vs 4.2%"
    if span.root.dep_ == "pobj" and span.root.head.lower_ in words.comparison_prepositions \
            and (nxt is None or nxt.lower_ != "of" and nxt.pos_ not in ("NOUN", "PROPN")):
        # "46.2 per cent of entries got an A grade, against 43.8 per cent nationally": the figure it is set
        # against names the measure (the claims component's figure before it of the unit), not the clause's object
        return None
    if (of := next((t.head for t in span if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i < span.start), None)) \
            is not None and only_stated(of.head, words) and (ranged := _noun_in_range(span, of.head, words)) is not None:
        return named(doc, ranged, span, words, None)  # "with EPS in the range of $1.24 to $1.33": EPS, not the revenue
    if span.root.dep_ in ("appos", "prep") and span.root.head.pos_ == "NOUN" and span.root.head.i == span.start - 1 \
            and span[0].lower_ == "between" and span.root.head.lower_ not in words.not_metrics | words.aggregate_nouns \
            and not _is_figure(span.root.head, span):
        # "an operating margin between 12.5% and 13.5%": the noun a range stands right after
        return named(doc, span.root.head, span, words, antecedent)
    if (market := market_figure(doc, span, q, verb, words)) is not None:
        return market  # "London's top flight closed 38.78 points lower", "with Halvern closing 2.1p higher at 216.4p"
    if (listed := _gapped_list_item(doc, span, words)) is not None:
        return named(doc, listed, span, words, antecedent)  # "Carjacking rose by 13.3%; robbery by 3.3%": robbery
    if (changed := _change_after_figure(doc, span, q, words, antecedent)) is not None:
        return changed  # "on revenue of $4.12 billion, up 7%": the change of the figure before it
    if (changed := _noun_up_figure(doc, span, q, words)) is not None:
        return changed  # "revenue up six per cent", "with spirits up 7.6%", "Passenger Numbers Up 6.4 Pct"
    if (compared := _noun_before_compared(doc, span, q, words)) is not None:
        return compared  # "with temperatures 6 to 12 degrees above average", "reserves 12% below target"
    if (moved := _name_up_figure(doc, span, q, words)) is not None:
        return moved  # "The biggest risers were Brindle up 47p, ...": Brindle's share price
    if (same := _restated_or_reached(doc, span, antecedent, words)) is not None:
        return same  # "up 47p, or 4.1%, to 1,207p": the 4.1% and the 1,207p measure what the 47p does
    if (level := _level_after_change(doc, span, words, antecedent)) is not None:
        return level  # "an increase to $46 billion": the level it reached, not the change
    if nxt is not None and nxt.lower_ == "of" and q["unit"] in ("ratio", "percent") and antecedent \
            and nxt.i + 1 < span.sent.end and doc[nxt.i + 1].lower_ in ("it", "them", "this", "that", "which", "whom"):
        part = measured_subject(doc, span, verb, words) if verb is not None else None
        return f"{part} share of {antecedent}" if part else f"share of {antecedent}"
    if nxt is not None and (compared := words.count_comparative(nxt.lower_)) and nxt.i + 1 < span.sent.end \
            and doc[nxt.i + 1].pos_ in ("NOUN", "ADJ") and (phrase := noun_phrase_from(doc, nxt.i + 1)) \
            and not is_period_phrase(phrase):
        # "40% fewer muscle injuries", "12% more passengers": what changed, and which way
        return f"{phrase} {compared}"
    if verb is not None and q["kind"] == "amount" and span.root.dep_ == "pobj" and span.root.head.lower_ == "for" \
            and span.root.head.head == verb and (noun := verb_says(verb, words.price_verb)):
        return noun  # "signed the striker for £58 million": the transfer fee; "agreed to buy Tamsin for $2bn": price
    if q["kind"] == "amount" and (fee := _transfer_fee(doc, span, nxt, words)) is not None:
        return fee  # "moved to Lisbon for £38.7 million", "joined in a deal worth £20 million", "his £45m switch"
    if (per_share := _per_share(doc, span, q, nxt, words, antecedent, verb)) is not None:
        return per_share
    if verb is not None and (by := (span.root.head if span.root.dep_ == "nummod" else span.root)).dep_ == "pobj" \
            and by.head.lower_ == "by" and by.head.head == verb and q["kind"] != "amount" and q["unit"] != "percent" \
            and by.lemma_.lower() not in words.rise_nouns | words.fall_nouns | words.change_nouns \
            and (margin := verb_says(verb, words.margin_verb)) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") and words.subject_metric(c.lower_) for c in verb.children):
        # "won the seat by 163 votes", "beat Carrow by 14 points": the margin, not the votes or points (never a
        # price or an index that "lost by 3%", nor a change the figure is of: "the ground lost by a 4.2-point drop")
        return margin
    if nxt is not None and nxt.lower_ in ("in", "of") and nxt.i + 1 < len(doc) and nxt.i + 1 < span.sent.end \
            and not (nxt.lower_ == "in" and _where_a_measure_moved(doc, span, nxt, verb, words)) \
            and not (nxt.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in words.study_nouns | words.sample_nouns
                                                for c in nxt.children)) \
            and not (nxt.lower_ == "in" and (doc[nxt.i + 1].ent_type_ in ("GPE", "LOC", "FAC") or (
                doc[nxt.i + 1].ent_type_ in ("DATE", "TIME") and (doc[nxt.i + 1].is_title or doc[nxt.i + 1].like_num)))):
        phrase = object_phrase(doc, nxt, span, words)
        if phrase and (find_periods(phrase) or is_period_phrase(phrase)
                       or _not_metric(phrase, words) and not (nxt.lower_ == "of" and q["unit"] == "percent"
                                                              and phrase.split()[-1].lower() in words.shared_trading_words)
                       or nxt.lower_ == "in" and phrase.lower() in words.aggregate_nouns):  # "4,000 litres in total"
            phrase = None  # "in the third quarter", "in early trading", "in dollar terms"
        if phrase:
            if q["unit"] in ("ratio", "percent") and nxt.lower_ == "of" and q["kind"] != "multiple":
                return f"share of {phrase}"
            if nxt.lower_ == "in" and (change := _change_of_figure(doc, span, words)) is not None:
                # "a rise of 8.4% in measles cases", "a drop of 29% in its full-year profits": a change of what
                # follows "in", as "a 9.3% increase in orders" is
                return f"{phrase} growth" if change in words.rise_nouns else f"{phrase} fall" \
                    if change in words.fall_nouns else f"change in {phrase}"
            return phrase
    counted = span.root.head if span.root.dep_ == "nummod" else span.root  # "37 vessels" or "412 buses" as one
    owner = counted.head.head if counted.dep_ == "pobj" and counted.head.lower_ == "of" else None
    if q["unit"] == "count" and owner is not None and owner.lower_ in words.collective_nouns:
        return chunk_text(doc, owner, skip=span)  # "a fleet of 412 buses": the fleet's size
    if q["unit"] == "count" and (gap := _difference_of(counted, span, words)) is not None:
        return named(doc, gap, span, words, antecedent)  # "the margin of 20,570 votes", "the margin ... was 216,518 votes"
    if q["kind"] in ("count", "physical") and nxt is not None:
        if q["unit"] == "count" and (joined := _joined_modifiers(doc, span)) is not None:
            return joined  # "13,948 white and African-American participants", "412 new and used cars"
        if q["unit"] == "count" and nxt.text == "(" and (past := _past_bracketed_figure(doc, span, nxt)) is not None:
            nxt = past  # "secured 160,758 (0.84 %) votes", "6,84,538 (33.21%) of the total votes": past the aside
            if nxt.lower_ == "of" and nxt.i + 1 < span.sent.end:
                nxt = doc[nxt.i + 1]
        if q["unit"] == "count" and nxt.lower_ in words.counting_words and (counted := _counted_by(doc, nxt, span, words, antecedent)):
            return counted  # "7,688 head of cattle": cattle; "4,980 head the week before": what the figure before counts
        phrase = noun_phrase_from(doc, nxt.i)
        if phrase and _calendar_name(phrase):
            phrase = None  # "The death toll rose to 15 yesterday": the day is when; the measure is read as if it were not there
        if phrase is None and q["unit"] == "count" and span.root.dep_ == "nummod" and (counted := span.root.head).pos_ == "NOUN" \
                and counted.i >= span.end and counted.i - span.end <= 6 and any(_in_a_figure(t) for t in doc[span.end:counted.i]) \
                and doc[counted.i - 1].tag_ != "HYPH" \
                and not is_period_phrase(counted.text):
            # "nine separate billion-dollar weather disasters": another figure inside the counted noun's phrase
            # ends the plain reading of it; what the count counts is the noun it modifies (not a word hyphened to the
            # other figure: "700 more two-year-olds")
            phrase = chunk_text(doc, counted, skip=span, names=False) or None
        if phrase and q["unit"] == "count" and (unnamed := _past_owner_names(doc, nxt.i)) is not None:
            phrase = unnamed  # "Seven Met Eireann weather stations", "Twelve Kestrel Foods stores": who owns them is no measure
        if phrase and q["unit"] == "count" and not is_period_phrase(phrase) \
                and (of_what := _relational_of(doc, nxt, phrase, span, words)) is not None:
            return f"{phrase} of {of_what}"  # "18,980 cases of attempted murder": what the cases are of
        if phrase and q["unit"] == "count" and (which := _of_which_antecedent(doc, span, words)) is not None:
            return which  # "thefts, of which 17,742 incidents were recorded": thefts
        if phrase and q["unit"] == "count" and not is_period_phrase(phrase):
            if phrase.lower() in words.people_nouns and verb is not None and (noun := verb_says(verb, words.verb_metric)) \
                    and _fits_verb_noun(noun, q, verb, span, words):
                return noun  # "employs 420 people": employees (but "94,254 people received boosters" is no funding)
            counted = doc[nxt.i + len(phrase.split()) - 1] if phrase.lower() in words.vague_nouns else None
            if counted is not None and counted.lower_ == phrase.lower():
                # "143,000 people out of work"; "four people died", "56,000 homes ... without power"
                return phrase + (_vague_tail(doc, counted, span) or state_tail(doc, counted, span)
                                 or _verb_tail(doc, counted, span))
            counted = span.root.head if span.root.dep_ == "nummod" else None
            if counted is not None and counted.i >= nxt.i and phrase.endswith(counted.text):
                return phrase + state_tail(doc, counted, span)  # "1,200 homes built", "3,400 patients who were waiting"
            return phrase
    if q["kind"] == "amount" and nxt is not None and nxt.lower_ == "to" and (purpose := _purpose(doc, nxt, span)) \
            and not (verb is not None and span.root.head == verb and verb_says(verb, words.verb_metric)):
        return purpose  # "$1.3 million to extend the 311 line": extending the line (but "spend $9m to ...": spending)
    owner = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" else None
    owned = owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() not in (
        words.aggregate_nouns | words.container_nouns | words.not_metrics | words.vague_nouns | words.stated_as_nouns)
    if q["kind"] == "amount" and nxt is not None and nxt.lower_ == "for" and nxt.i + 1 < span.sent.end and not owned:
        # (not "small grants of up to $10,000 for communities": grants, the noun the amount is "of")
        phrase = noun_phrase_from(doc, nxt.i + 1)  # "$4.8 million for a youth jobs program"
        obj = next((c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if phrase and obj is not None and obj.i < span.sent.end and obj.left_edge.i == nxt.i + 1 and all(
                t.pos_ in ("NOUN", "ADJ", "PROPN", "DET") for t in doc[nxt.i + 1:obj.i]) \
                and not doc[nxt.i + 1:obj.i + 1].text.endswith(phrase) and doc[nxt.i + 1:obj.i + 1].text.find(phrase) >= 0:
            # "an additional £5.2m for adult social care": the whole phrase up to its head, where the tagger calls a word
            # of it an adjective ("social") and the plain reading stopped before it ("adult")
            start = nxt.i + 1 + (doc[nxt.i + 1].pos_ == "DET")
            phrase = doc[start:obj.i + 1].text
        if phrase and not is_period_phrase(phrase) and not find_periods(phrase):
            return phrase
    dimension = words.dimension(q["unit"]) if q["kind"] == "physical" else None
    if dimension and nxt is not None and nxt.pos_ in ("ADJ", "ADV") and (said := words.dimension_word(nxt.lower_)):
        return said  # "about 260 metres tall": height
    if q["kind"] == "percentage" and nxt is not None and (state := words.state_word(nxt.lower_)):
        return state  # "The fire was 15 percent contained": containment
    head = span.root.head
    if head.lemma_.lower() in words.source_people and q["unit"] != "count" and span.root.dep_ == "nummod":
        # "below the $2.2 billion analysts had forecast": analysts' forecast of what the clause measured
        return f"analysts' forecast of {level_of(antecedent, words)}" if antecedent else "analysts' forecast"
    if head.pos_ == "NOUN" and head.i == span.end and head.lower_ in threshold_nouns and head.dep_ == "dobj" \
            and verb is not None and head.head == verb \
            and (measured := _clause_measure(doc, span, verb, words, antecedent, q)) is not None:
        return measured  # "Passenger revenue rose 6.1% to smash the £10 billion barrier": what the clause measures
    noun = _after_paired_sum(doc, span) if dimension else None
    if noun is not None:
        head = noun  # "a four-year, $88 million contract": the length of the contract the sum after it is the value of
    if head.pos_ in ("NOUN", "PROPN") and head.i > span.end - 1 and (head.i - span.end < 4 or head is noun) \
            and head.lower_ not in threshold_nouns and not is_period_phrase(head.text) \
            and not any(t.pos_ == "CCONJ" or t.text in (",", ";") and head is not noun or t.text == "("
                        or t.text in ("-", "\u2013", "\u2014") and (t.whitespace_ or doc[t.i - 1].whitespace_)
                        for t in doc[span.end:head.i]):
        # (not across "and": "growth of between 3.5% and 4% and earnings of $6.10", parsed as "4% earnings"; nor across a
        # dash set off by spaces, which opens another clause: "a rate increase of more than 17% - councillors have ...")
        if dimension and head.lower_ in words.rise_nouns | words.fall_nouns:
            return named(doc, head, span, words, antecedent)  # "a 12-millimetre rise in sea levels": a change, no length
        if dimension:  # "a 6.4 km extension", "a 15-year contract", "the 400 MW plant": how big the thing is
            thing = None if head.lower_ in words.not_metrics else named(doc, head, span, words, antecedent)
            return f"{thing} {dimension}" if thing and dimension not in thing.lower() else dimension
        if head.dep_ == "pobj" and head.head.lower_ == "at" \
                and (stated := _stated_as(doc, span, head, verb, words)) is not None:
            return stated  # "rose at a 6.2% annual rate", "grew at a 3% pace": what the clause moves
        if head.lower_ in words.aggregate_nouns:  # "below the £3.1 billion peak": a peak of what the clause measures
            if (measured := _clause_measure(doc, span, verb, words, antecedent, q)) is not None:
                return measured
        elif head.lower_ not in words.not_metrics:
            return named(doc, head, span, words, antecedent)
    if span.root.dep_ == "npadvmod" and head.dep_ == "amod" and head.i == span.end and head.tag_ in ("JJR", "VBN") \
            and (noun := head.head).pos_ == "NOUN" and noun.i > head.i and noun.lower_ not in threshold_nouns \
            and noun.lower_ not in words.not_metrics and not is_period_phrase(noun.text) and not _is_figure(noun, span):
        return named(doc, noun, span, words, antecedent)  # "a 30% higher risk of stroke", "a 50% reduced chance"
    prep = span.root.head if span.root.dep_ == "pobj" else None
    if prep is None and span.start > 0 and doc[span.start - 1].lower_ == "of" and doc[span.start - 1].dep_ == "prep" \
            and span.root.head.i >= span.end and any(t.text in (",", ";") for t in doc[span.end:span.root.head.i]):
        # "a blood pressure of 140 or higher, cholesterol of 240 or higher": the parser hung the figure on the next
        # item's noun across the comma; it is the object of the "of" right before it
        prep = doc[span.start - 1]
    if prep is not None and prep.lower_ == "to" and prep.head.lower_ in words.equivalence_adjectives \
            and prep.head.dep_ == "amod" and (noun := prep.head.head).pos_ == "NOUN" \
            and noun.lower_ not in words.not_metrics and not _is_figure(noun, span):
        return named(doc, noun, span, words, antecedent)  # "an efficacy equivalent to 88.4%", "a level equal to 3%"
    if prep is not None and prep.lower_ == "of" and (stated := _stated_as(doc, span, prep.head, verb, words)) is not None:
        return stated  # "rose at a strong rate of 6.8%", "pushed inflation to a 40-year high of 10.1%": what moved
    if prep is not None and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
            and (rate := _per_unit(doc, prep.head, span, words, antecedent)) is not None:
        return rate  # "basic earnings per share of 9.1p"
    owner = _owner_past_period(prep.head) if prep is not None and prep.lower_ == "of" else None
    if owner is not None:  # "a total dividend for the year of 1.70p": the dividend
        return named(doc, owner, span, words, antecedent)
    if prep is not None and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and (
            prep.head.lemma_.lower() in words.expectation_nouns
            or any(c.dep_ == "compound" and c.lemma_.lower() in words.expectation_nouns for c in prep.head.children)
            # "beat the Wall Street estimate of $3.11", "the average analyst estimate of $2.71 billion": an estimate the
            # market's forecasters (`forecaster_words`) make
            or prep.head.lemma_.lower() in words.estimate_nouns | words.forecast_nouns
            and any(t.lemma_.lower() in words.forecaster_words for c in prep.head.lefts for t in c.subtree)):
        # "compared with analysts' expectations of $145.2 billion", "below consensus estimates of $2.97": the market's
        # forecast of what the figure before measured (economists' when they own it)
        who = next((c.lemma_.lower() for c in prep.head.children if c.dep_ == "poss" and c.lemma_.lower() in words.source_people
                    and c.lemma_.lower() != "analyst"), None)
        forecast = f"{who}s' forecast" if who else "analysts' forecast"
        return f"{forecast} of {level_of(antecedent, words)}" if antecedent and "share of" not in antecedent else forecast
    if prep is not None and prep.lower_ == "of" and prep.head.pos_ == "NOUN" \
            and prep.head.lower_ not in words.not_metrics \
            and not (prep.head.lower_ in words.preposition_nouns and prep.head.dep_ == "pobj"
                     and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in prep.head.children)) \
            and not _is_figure(prep.head, span):  # not "a fifth of the city's 910 lane-miles": a fraction is no measure
        # (nor "front" of "in front of 52,000": a preposition of three words)
        return named(doc, _qualified_measure(prep.head, words), span, words, antecedent)
    if prep is not None and prep.lower_ == "from" and prep.head.lower_ in ("up", "down") and antecedent \
            and "share of" not in antecedent:
        return level_of(antecedent, words)  # "rose to $189.6 million, up from $181.2 million": the same measure
    if verb is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "at" and span.root.head.head == verb \
            and (noun := verb_says(verb, words.verb_metric)) and any(
                c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PRODUCT", "GPE")
                                      or c.lemma_.lower() in words.description_heads) for c in verb.children):
        # "a deal that values the drugmaker at $3.1 billion", "values Pellan at 18 times its earnings": the verb says
        # what the figure measures of the name or the description it takes, which is no measure of its own
        return _verb_metric(doc, span, verb, noun, source=not verb_says(verb, words.holder_verb_metric))
    if (level := _noun_at_figure(doc, span, verb, words)) is not None:
        return named(doc, level, span, words, antecedent)  # "EBITDA at Rs 540 crore", "with unemployment at 4.2%"
    if (aside := _noun_before_at_aside(doc, span, words)) is not None:
        return named(doc, aside, span, words, antecedent, with_conjuncts=True)  # "the participation rate, at 63.2 percent, and ..."
    if verb is None and span.root.dep_ == "ROOT" and (subject := next(
            (c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
             and c.lower_ not in words.not_metrics and c.lower_ not in words.actors), None)) is not None:
        return named(doc, subject, span, words, antecedent)  # "The average temperature was 1.2C above ...", 1.2C the root
    if verb is not None and (rate := _exchange_rate(doc, span, verb, words)) is not None:
        return rate  # "The pound rose 0.4% against the dollar", "versus the euro it jumped 0.59% to 1.116"
    if verb is not None and (moved := market_move(doc, span, q, verb, mover_of(verb), words)) is not None:
        return moved  # "Rival Brennan Mart rose 1.8%", "the Holloway 30 lost 2.1% to 20,115.75": not a loss
    if verb is not None and q["kind"] == "physical" and (added := _contribution(doc, span, verb, words)) is not None:
        return added  # "the ice sheets added 21.2 mm to global sea level": contribution to global sea level
    if verb is not None and q["kind"] == "amount" and (cost := _added_cost(doc, span, verb, words)) is not None:
        return cost  # "The pay award adds around £560 million to the bill": cost of pay award
    if verb is not None and q["kind"] == "physical" and q["unit"] != "index point" \
            and (noun := verb_says(verb, words.unit_verb_metric)) and _fits_dimension(noun, q, words):
        # "the farm will generate 1,900 GWh": output; "construction took three years": construction time (not an
        # index's level: "the index shed 1.62 points ... to 2,122.42")
        if noun == "distance" and q["unit"] in _time_units():
            noun = f"{verb.lemma_.lower()} time"  # "walked briskly for 30 minutes a day": how long, not how far
        thing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                      and c.lower_ not in words.actors and c.lower_ not in words.not_metrics and c.ent_type_ == ""
                      and (_opens_sentence(c) or not c.is_title or _written_lower(c))
                      and not (span.start <= c.i < span.end)),
                     None)
        thing_text = chunk_text(doc, thing, skip=span, names=False) if thing is not None else ""
        return f"{thing_text} {noun}" if thing_text else noun
    if verb is not None and q["kind"] == "amount" and span.root.dep_ == "dobj" and span.root.head == verb \
            and (holder := verb_says(verb, words.holder_verb_metric)) and (sector := next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                 and (c.lemma_.lower() in words.budget_holders or _budget_line(c, verb, words))), None)) is not None:
        # "The health sector got Sh5.7 billion": a sector of the economy given money holds it (its budget, when the
        # text is a budget's), no output of the sector's; so does a line of a budget ("Regional transport will receive
        # $1.3 billion")
        noun = holder if _shares_out_a_budget(verb) else verb_says(verb, words.verb_metric) or holder
        return f"{chunk_text(doc, sector, skip=span, names=False)} {noun}"
    if verb is not None and (noun := verb_says(verb, words.verb_metric)) and span.root.dep_ == "dobj" \
            and span.root.head == verb and not _names_a_measure(verb, words) and _fits_verb_noun(noun, q, verb, span, words):
        # "The extension cost $412 million", "Police receive $189.6 million": the verb says what, its subject who;
        # what a department or agency is given is its budget
        holder = verb_says(verb, words.holder_verb_metric)
        if holder and q["kind"] == "amount" and (
                any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words.unit_heads for c in verb.children)
                or _shares_out_a_budget(verb)):
            return _verb_metric(doc, span, verb, holder)  # "gets £1.4 billion for day-to-day spending"
        return _verb_metric(doc, span, verb, noun, source=not verb_says(verb, words.holder_verb_metric))
    if verb is not None and span.root.head.lower_ == "worth" and span.root.head.head.pos_ == "NOUN" \
            and span.root.head.head.lower_ not in words.not_metrics:
        return named(doc, span.root.head.head, span, words, antecedent)  # "the block grant, worth £21.8 billion"
    if span.root.head.lower_ == "worth" and (valued := _worth_of(span.root.head, words)) is not None:
        return named(doc, valued, span, words, antecedent)  # "the grant paid by the government, worth £21.8 billion"
    if q["kind"] == "amount" and span.start > span.sent.start + 1 and (worth := doc[span.start - 1]).lower_ == "worth" \
            and span.root.head != worth:
        # "machinery and vehicles worth an estimated £2.3 million were stolen": the parse made the figure the verb's
        # subject and "worth" a word of its own; what is worth it is the noun "worth" follows
        noun = next((c for c in worth.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None) or (
            doc[worth.i - 1] if doc[worth.i - 1].pos_ == "NOUN" else None)
        if noun is not None and noun.lower_ not in words.not_metrics and not _is_figure(noun, span):
            return named(doc, noun, span, words, antecedent)
    if verb is not None:
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "at" and span.root.head.head == verb:
            # "put the chance of a cut at 55%", "estimated the cost at £3m": the object is what is measured;
            # "left the reserve untouched at $101 million": the object of the verb the complement hangs from
            holders = [verb, verb.head] if verb.dep_ in ("advcl", "oprd", "xcomp", "acomp") else [verb]
            obj = next((c for v in holders for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                        and c.lower_ not in words.not_metrics and c.lower_ not in threshold_nouns
                        and not only_stated(c, words)  # "reached a 10-year high, at 80.2%": what did
                        and not is_period_phrase(c.text)  # "closed the half at N74.9bn": when, not what
                        and not _is_figure(c, span)), None)  # not another figure's unit: "closed up 0.8 per cent at S$11.55"
            if obj is not None:
                return named(doc, obj, span, words, antecedent)
        if (part := _fronted_whole(doc, span, q, verb, words, antecedent)) is not None:
            return part  # "Of the 412 families surveyed, 62% said ...": a share of the families
        if (doing := _share_doing(doc, span, q, verb, words, antecedent)) is not None:
            return doing  # "a survey of 2,400 riders found that more than a third felt unsafe": riders who felt unsafe
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "by" and (gapped := span.root.head.head).pos_ == "NOUN" \
                and gapped.dep_ == "conj" and gapped.head.pos_ in ("VERB", "AUX") and gapped.lower_ not in words.not_metrics \
                and any(c.dep_ == "prep" and c.lower_ == "by" and c.i < gapped.i for c in gapped.head.children) \
                and not _is_figure(gapped, span):
            return named(doc, gapped, span, words, antecedent)  # "cut emissions by 12% and costs by 4%": the costs
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "by" and (joined := span.root.head.head).pos_ == "NOUN" \
                and joined.dep_ == "conj" and joined.head.pos_ == "VERB" \
                and not any(c.dep_ == "prep" and c.lower_ == "by" and c.i < joined.i for c in joined.head.children) \
                and (obj := next((c for c in joined.head.children if c.dep_ == "dobj" and c.i < joined.i
                                  and c.pos_ == "NOUN" and c.lower_ not in words.not_metrics
                                  and not _is_figure(c, span)), None)) is not None:
            # "cut the risk of heart attack and stroke by 20 percent": the parse makes the object's last noun a conjunct
            # of the verb and hangs "by" on it; what changed is the verb's object
            return named(doc, obj, span, words, antecedent)
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "by" and span.root.head.head == verb \
                and (changed := next((c for c in _objects_since_last_by(verb, span.root.head)
                                      if c.pos_ == "NOUN" and c.i < span.start
                                      and c.lower_ not in words.not_metrics
                                      and c.lemma_.lower() not in words.estimate_nouns | words.forecast_nouns
                                      and not _is_figure(c, span)), None)) is not None:
            # (not what it is measured against: "Sales beat forecasts by 4%")
            return named(doc, changed, span, words, antecedent)  # "the levy will increase revenue by 7%": revenue
        if span.root.dep_ == "pobj" and span.root.head.lower_ == "by" and span.root.head.head == verb \
                and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of" \
                and verb.head.head.lower_ in words.relational_nouns and verb.head.head.dep_ == "dobj":
            # "cut their risk of dying from heart disease by 21 percent", "by" parsed on the gerund: the risk changed
            return named(doc, verb.head.head, span, words, antecedent)
        if (moved := _caused_change(doc, span, verb, words)) is not None:
            return moved  # "helped boost quarterly earnings 31 percent": the earnings, not what boosted them
        if measured := measured_subject(doc, span, verb, words):
            return measured
        if (q["unit"] == "percent" and q["kind"] != "multiple" and span.root.dep_ in ("pobj", "npadvmod", "dobj", "attr")
            or q["kind"] == "amount" and span.root.dep_ == "pobj" and span.root.head.lower_ == "to"
                and span.root.head.head == verb and not any(c.dep_ == "dobj" for c in verb.children)) \
                and verb_says(verb, lambda w: w if w in words.move_verbs else None) \
                and (part := next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in words.part_heads), None)):
            # "its cloud division grew by more than 30%": a part of a business grows in sales, and the sum it grew to
            # is its sales ("grew 8.4 per cent to almost $3.3 billion")
            return f"{chunk_text(doc, part, skip=span, names=False)} revenue"
        if (moved := _moved_clause_subject(verb, words)) is not None:
            return named(doc, moved, span, words, antecedent)  # "the number of people out of work ... climbed by 9,000"
        if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "by" \
                and verb.head.head.head.pos_ in ("VERB", "AUX"):
            # "Obesity rates vary by region, led by the South at 29.4 percent": a breakdown "by" a noun is no measure;
            # what the clause it breaks down measures is
            if (measured := measured_subject(doc, span, verb.head.head.head, words)) is not None:
                return measured
        elif (verb.dep_ == "acl" or verb.dep_ == "relcl" and _subjectless_infinitive(verb)) \
                and verb.head.pos_ == "NOUN" and verb.head.lower_ not in words.not_metrics \
                and not _a_time(verb.head) \
                and not _moves_its_object(verb, span) \
                and not _is_figure(verb.head, span):  # not another figure's unit: "the station at 3,200 metres recorded ..."
            # "its valuation surpassing the $1 trillion threshold"; a list's or headline's "Oat production to fall 7%"
            return named(doc, verb.head, span, words, antecedent)
        for child in verb.children:
            # (not a change written after the figure, which the parse may take for a second object: "totalled £21.1
            # billion in the year, a decrease of 6.1% on the previous year"; nor the next item of a list after the
            # figure's comma: "fraud offences, which jumped 69.7 per cent, drug offences, which ...")
            if child.dep_ == "dobj" and measure_name(child, words) and not _change_after(child, span, words):
                return measure_name_text(child, words)  # "will reduce Council Tax by 2.6%"
            if child.dep_ == "dobj" and child.lower_ in words.aggregate_nouns and span.root.head == child \
                    and (measured := _clause_measure(doc, span, verb, words, antecedent, q)) is not None:
                return measured  # "will spend a record $4.2 billion on hospitals": a record of what the verb says
            if child.dep_ == "dobj" and child.pos_ == "NOUN" and not (span.start <= child.i < span.end) \
                    and not _change_after(child, span, words) \
                    and not _after_its_comma(child, span) \
                    and child.lower_ not in threshold_nouns and child.lower_ not in words.not_metrics \
                    and not only_stated(child, words) \
                    and not _a_time(child) and not _is_figure(child, span):
                return named(doc, child, span, words, antecedent)
        # (a passive's subject is the verb's object: "more than £28m has been earmarked for ...": funding)
        if (noun := verb_says(verb, words.verb_metric)) and span.root.dep_ in ("dobj", "pobj", "attr", "npadvmod", "nsubjpass") \
                and not span.root.head.lower_ in ("to", "from", "by", "up", "down") and _fits_verb_noun(noun, q, verb, span, words):
            return _verb_metric(doc, span, verb, noun, source=not verb_says(verb, words.holder_verb_metric))
    if q["unit"] in ("percent", "ratio") and span.start > span.sent.start and doc[span.start - 1].text == "(" \
            and span.end + 2 < span.sent.end and doc[span.end].text == ")" and doc[span.end + 1].lower_ == "of" \
            and (phrase := object_phrase(doc, doc[span.end + 1], span, words)) and not is_period_phrase(phrase) \
            and not _not_metric(phrase, words):
        return f"share of {phrase}"  # "nearly all (90%) of Walmart's sales come from stores": what the words before it share
    if (ranking := ranked_with(doc, span, words)) is not None and (ranked := _ranked_measure(doc, span, ranking, words)):
        return ranked  # "Northfield is leading in wheat production with 412,500 tonnes": wheat production
    return None


def ranked_with(doc: Doc, span: Span, words: FrameWords) -> Token | None:
    """The clause a figure in a "with" phrase ranks an item in, or None: the verb or copula the "with" hangs from, when
    it ranks by a verb of `rank_verbs` ("is leading in wheat production with 412,500 tonnes", "Europe followed with 1.9
    billion"), by a word of `rank_words` of its own or in its phrase of place ("came second with", "is in third place
    with") or by a superlative in its subject ("The busiest region for passenger traffic was Asia with 2.5 billion").
    The figure names the item's standing on the ranked measure, not a thing of its own."""
    counted = span.root.head if span.root.dep_ == "nummod" and not (span.start <= span.root.head.i < span.end) else span.root
    if counted.dep_ != "pobj" or counted.head.lower_ != "with" or counted.head.dep_ != "prep":
        return None
    clause = counted.head.head
    if clause.dep_ in ("acomp", "advmod", "attr") and clause.lower_ in words.rank_words:
        clause = clause.head  # "is second with 159,184 tonnes", the "with" hung on the ordinal
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    if clause.lemma_.lower() in words.rank_verbs:
        return clause
    for child in clause.children:
        if child.dep_ in ("acomp", "advmod", "attr", "npadvmod", "oprd") and child.lower_ in words.rank_words:
            return clause  # "came third with", "is second with"
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "at") and any(
                g.dep_ == "pobj" and any(a.lower_ in words.rank_words for a in g.children) for g in child.children):
            return clause  # "with Lowmoor in third place with 198,400 tonnes"
        if child.dep_ == "prep" and child.lower_ == "with" and child.i < counted.head.i and any(
                p.dep_ == "prep" and any(a.lower_ in words.rank_words for g in p.children for a in g.children)
                for o in child.children for p in o.children):
            return clause  # the same, the place hung on the item's name
        if child.dep_ in ("nsubj", "nsubjpass") and any(a.tag_ == "JJS" and a.dep_ == "amod" for a in child.children):
            return clause  # "The busiest region ... was Asia-Pacific with 2.46 billion"
    return None


def _ranked_measure(doc: Doc, span: Span, clause: Token, words: FrameWords) -> str | None:
    """What a ranking clause (`ranked_with`) ranks by: the clause's own "in" phrase ("leading in wheat production"),
    else its subject's "for" or "in" phrase ("the busiest region for passenger traffic"); None when it names none
    (the claims component then takes what the figure of its unit before it measured)."""
    preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < span.start]
    preps += [p for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
              for p in c.children if p.dep_ == "prep" and p.lower_ in ("for", "in")]
    for prep in preps:
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in ("DATE", "TIME", "GPE", "LOC") \
                or any(a.lower_ in words.rank_words for a in obj.children) or _is_figure(obj, span):
            continue  # not "in third place", "in 2015", "in Asia"
        phrase = object_phrase(doc, prep, span, words)
        if phrase and not is_period_phrase(phrase) and not find_periods(phrase) and not _not_metric(phrase, words):
            return phrase
    return None


def respective_item(doc: Doc, span: Span, figures: list[Span], metric: str | None) -> str | None:
    """What a figure measures in a sentence that pairs a list of figures with a list of as many common nouns by
    "respectively" ("Prices of rice, wheat flour and tomatoes rose by 0.41, 1.27 and 5.92 per cent respectively",
    "other items such as rice, mutton and cabbages, which rose by ..."): the item of the figure's place, written into
    `metric` in place of the first item when `metric` holds it ("Prices of wheat flour"), else the item (with the change
    word `metric` ends in). None when there is no such word, the figure is in no list, or no one list of nouns (not
    names, which say who: see the claims component's respective name) is as long as the figures' list."""
    sent = span.sent
    # (the sentence's text first: every figure asks, and most sentences hold no such word)
    if "respectively" not in (doc.user_data.get("claimx_text") or doc_text(doc))[sent.start_char:sent.end_char].lower() \
            or not any(t.lower_ == "respectively" for t in sent):
        return None
    spans = sorted((f for f in figures if f.sent.start == sent.start), key=lambda f: f.start)
    groups: list[list[Span]] = []
    for f in spans:
        gap = doc[groups[-1][-1].end:f.start] if groups else None
        if gap is not None and len(gap) <= 2 and all(t.text == "," or t.lower_ in ("and", "or") for t in gap) \
                and any(t.text == "," or t.lower_ in ("and", "or") for t in gap):
            groups[-1].append(f)
        else:
            groups.append([f])
    mine = next((g for g in groups if len(g) >= 2 and any(f.start == span.start and f.end == span.end for f in g)), None)
    if mine is None:
        return None
    k = next(n for n, f in enumerate(mine) if f.start == span.start)
    inside = {i for f in mine for i in range(f.start, f.end)}

    def conjuncts(tok: Token) -> list[Token]:
        found = [tok]
        for c in tok.children:
            if c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN") or c.pos_ == "ADJ" and tok.dep_ in ("compound", "nmod", "amod")):
                found += conjuncts(c)
        return found
    lists = []
    for t in sent:
        if t.pos_ == "NOUN" and t.dep_ != "conj" and t.i not in inside and any(c.dep_ == "conj" for c in t.children):
            items = sorted(conjuncts(t), key=lambda x: x.i)
            if len(items) == len(mine) and all(  # a list written as one: only commas, "and" and articles between items
                    u.text == "," or u.dep_ in ("cc", "det") for a, b in zip(items, items[1:])
                    for u in doc[a.i + 1:b.left_edge.i]) and not any(x.i in inside or x.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT")
                                                   or (x.is_title and not x.is_sent_start) for x in items):
                lists.append(items)
    if len(lists) != 1:
        return None

    def text(item: Token) -> str:
        words = [t for t in doc[item.left_edge.i:item.i + 1]
                 if t.dep_ not in ("det", "punct", "cc", "predet", "poss", "case") and t.i >= item.left_edge.i and (t == item or t.head == item or t.head.head == item)]
        owned = next((c for c in item.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > item.i
                      and not any(x in lists[0] for x in c.subtree)), None)
        if owned is not None:  # "purchase of new motor cars"
            words += [t for t in owned.subtree if t.dep_ != "punct"]
        return " ".join(t.text for t in words)
    first, item = text(lists[0][0]), text(lists[0][k])
    shared = lists[0][0].head if lists[0][0].dep_ in ("compound", "nmod", "amod") else None
    if shared is not None and shared.pos_ == "NOUN" and shared.i > lists[0][-1].i:
        item = f"{item} {shared.text}"  # "the farming and retail sectors grew by 1.6% and 0.7% respectively": retail sectors
    start = next((t.i for t in doc[lists[0][0].left_edge.i:lists[0][0].i + 1] if t.text == first.split()[0]), lists[0][0].i) \
        if first else lists[0][0].i
    whole = doc[start:(shared.i if item.endswith(f" {shared.text}") else lists[0][-1].i) + 1].text \
        if shared is not None else doc[start:lists[0][-1].i + 1].text
    if metric and whole.lower() in metric.lower():  # "revenue and profit rose 12% and 8% respectively": each its own
        at = metric.lower().index(whole.lower())
        return metric[:at] + item + metric[at + len(whole):]
    if metric and first and re.search(rf"\b{re.escape(first)}\b", metric, re.I):
        return re.sub(rf"\b{re.escape(first)}\b", item, metric, count=1, flags=re.I)
    owner = lists[0][0].head.head if lists[0][0].dep_ == "pobj" and lists[0][0].head.lower_ == "of" else None
    if metric and owner is not None and owner.pos_ == "NOUN" and metric.lower() == owner.text.lower():
        return f"{metric} of {item}"  # "Exports of tea, coffee and flowers rose ... respectively": exports of coffee
    tail = metric.rsplit(" ", 1)[1] if metric and " " in metric and metric.rsplit(" ", 1)[1] in ("growth", "fall") else None
    return f"{item} {tail}" if tail else item


def _relational_of(doc: Doc, nxt: Token, phrase: str, span: Span, words: FrameWords) -> str | None:
    """The "of" phrase a counted noun of `relational_nouns` keeps ("18,980 cases of attempted murder", "412 incidents
    of theft"): the phrase `phrase` read from `nxt` ends in that noun and "of" follows it; None otherwise (not a date,
    a period or another figure)."""
    start = (doc.user_data.get("claimx_text") or doc_text(doc)).find(phrase, nxt.idx)  # (Doc.text joins every token)
    end = start + len(phrase) if start >= 0 else -1
    head = next((t for t in doc[nxt.i:nxt.sent.end] if t.idx + len(t.text) == end), None)
    if head is None or head.lower_ not in words.relational_nouns or head.i + 2 >= nxt.sent.end \
            or doc[head.i + 1].lower_ != "of":
        return None
    obj = next((g for g in doc[head.i + 1].children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or span.start <= obj.i < span.end or obj.ent_type_ in ("DATE", "TIME") \
            or is_period_phrase(obj.text) or _is_figure(obj, span):
        return None
    return chunk_text(doc, obj, skip=span)


def _deaths(doc: Doc, span: Span, words: FrameWords) -> bool:
    """Whether the count `span` counts people who died: people (`vague_nouns`) or a bare figure that died, were killed or
    were reported dead (`death_words`: "four people died", "the storm killed 14 people", "23 people were reported dead",
    "85 dead", "with two killed in ...", "left 22 people dead"), or lives (`life_nouns`) lost or taken (`lives_lost_verbs`: "124 people have lost their lives", "the
    floods claimed 41 lives", "26 lives lost"; not "saved 2,000 lives")."""
    root = span.root
    counted = root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else None
    after = doc[span.end] if span.end < span.sent.end else None
    if counted is None:
        if after is not None and after.lower_ in words.death_words and after.pos_ == "ADJ":
            return True  # "85 dead"
        if after is not None and after.lower_ in words.death_words and after.dep_ == "acl" and after.head == root:
            return True  # "with two killed in the state of Carrow"
        counted, person = root, True
    else:
        person = counted.lower_ in words.vague_nouns
    verb = counted.head
    said = lambda tok: tok.lemma_.lower() in words.death_words or tok.lower_ in words.death_words
    state = _past_aside(doc, counted.i + 1, counted.sent.end)
    if person and state < counted.sent.end and doc[state].lower_ in words.death_words and doc[state].pos_ == "ADJ" \
            and not (state + 1 < len(doc) and doc[state + 1].lower_ == "or") \
            and any(t.lemma_.lower() in words.toll_verbs and t.pos_ == "VERB" for t in (verb, verb.head, counted.head.head)):
        # "The quake left at least 22 people dead", "leaving 14 people dead", "left 22 people, including six
        # children, dead" (`toll_verbs`); not "people dead or missing", a measure of its own
        return True
    if counted.lower_ in words.life_nouns:
        nxt = doc[counted.i + 1] if counted.i + 1 < counted.sent.end else None
        return (counted.dep_ in ("dobj", "nsubjpass") and (verb.lemma_.lower() in words.lives_lost_verbs
                                                           or verb.lower_ in words.lives_lost_verbs)
                or nxt is not None and nxt.lower_ in words.lives_lost_verbs and nxt.tag_ == "VBN")
    if not person or verb.pos_ not in ("VERB", "AUX") or counted.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if verb.pos_ == "VERB" and said(verb) and (counted.dep_ != "nsubj" or not any(c.dep_ == "dobj" for c in verb.children)):
        return True  # "four people died", "14 people were killed", "killed 14 people" (not "Four men killed a bear")
    if counted.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("oprd", "acomp") and said(c) for c in verb.children):
        return True  # "23 people were reported dead", "two men are dead"
    return counted.dep_ == "nsubj" and (verb.lemma_.lower() in words.lives_lost_verbs) and any(
        c.dep_ == "dobj" and c.lower_ in words.life_nouns for c in verb.children)  # "124 people have lost their lives"


_INJURY_LINKS = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "being", "seriously", "critically",
                           "badly", "slightly", "severely", "also", "reportedly", "reported", "more"})


def _number_of_people(span: Span, verb: Token | None, words: FrameWords) -> str | None:
    """What a count measures when its verb's subject is "the number of" people in a state named by a word alone ("The
    number of injured rose towards 300", "the number of those injured was raised to more than 1,000", "The number of
    dead reached 150"): the people injured (`injury_words`), the deaths (`death_words`) or the people displaced or
    missing (`displacement_words`). None otherwise ("the number of injured workers" names its noun)."""
    root = span.root
    if verb is None or not (root.head == verb and root.dep_ not in ("nsubj", "nsubjpass")
                            or root.head.dep_ == "prep" and root.head.head == verb):
        return None  # (the figure is what the verb says the number is: "rose to 360", "put ... at 284", "reached 150")
    number = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() == "number"),
                  None)  # (also "Vahidi put the number of the injured at 284")
    of = None if number is None else next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    people = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    if people is None or people.pos_ in ("NOUN", "PROPN") and people.lower_ not in words.injury_words | \
            words.death_words | words.displacement_words:
        return None  # ("the number of injured workers": workers)
    for tok in [people, *(c for c in people.children if c.dep_ in ("acl", "amod", "relcl"))]:
        word = tok.lower_
        if word in words.injury_words:
            return "people injured"
        if word in words.death_words:
            return "deaths"
        if word in words.displacement_words:
            return f"people {word}"
    return None


def _past_aside(doc: Doc, at: int, end: int) -> int:
    """The token after an aside set off by commas that opens at `at` ("22 people, including six children, dead": the
    index of "dead"), or `at` itself when no comma opens one there; an aside runs at most eight tokens."""
    if at >= end or doc[at].text != ",":
        return at
    close = next((k for k in range(at + 1, min(at + 10, end)) if doc[k].text == ","), None)
    return close + 1 if close is not None else at


def _people_state(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What the count `span` counts when it counts people injured (`injury_words`) or driven out or not found
    (`displacement_words`): a bare figure, people (`vague_nouns`) or "others" that were injured ("six people were
    killed and 41 injured", "dozens were injured", "nearly 80 others were seriously injured", "12 dead and more than
    200 injured") or that an injury verb took as its object ("injured dozens", "wounding 14 people") -> "people
    injured"; a bare figure right before a word of `displacement_words` ("10 killed, 48,000 displaced") -> "people
    displaced". None otherwise, and for "41 injured workers", which names its noun."""
    root = span.root
    if root.pos_ not in ("NUM", "NOUN"):
        root = next((t for t in reversed(span) if t.pos_ == "NUM"), root)  # "close to 50": the number, not "close"
    if root.dep_ == "nummod" and root.head.lower_ in words.injury_words and root.head.i == span.start - 1:
        return "people injured"  # a headline's "Blast Kills 12, Injures 20", the verb read as a noun
    counted = root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else root
    if counted is not root and not (counted.lower_ in words.vague_nouns or counted.lower_ == "others"):
        return None
    if counted is root and (root.pos_ not in ("NUM", "NOUN") or root.pos_ == "NOUN" and not root.lower_.endswith("s")):
        return None  # (a bare figure, or "dozens", "thousands")
    said = lambda tok: tok.lemma_.lower() in words.injury_words or tok.lower_ in words.injury_words
    if counted.dep_ == "dobj" and said(counted.head) and counted.head.pos_ == "VERB":
        return "people injured"  # "killed four people and injured dozens"
    before = doc[span.start - 1] if span.start > span.sent.start else None
    if before is not None and before.lower_ in words.injury_words and before.lower_ not in ("hurt", "injured", "wounded") \
            and (counted is root or counted.i == span.end):
        return "people injured"  # "wounding close to 50", a headline's "Blast Kills 12, Injures 20"
    if counted.dep_ in ("dobj", "npadvmod") and counted.head.lower_ in words.displacement_words \
            and counted.head.pos_ == "VERB" and counted.i > counted.head.i:
        return f"people {counted.head.lower_}"  # "left at least 79 people dead and displaced thousands"
    at = max(span.end, counted.i + 1)
    while at < span.sent.end and doc[at].lower_ in _INJURY_LINKS:
        at += 1
    if at >= span.sent.end:
        return None
    after = doc[at + 1] if at + 1 < span.sent.end else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.dep_ != "pobj":
        return None  # "41 injured workers"
    if doc[at].lower_ in words.injury_words:
        return "people injured"
    if doc[at].lower_ in words.displacement_words and at == max(span.end, counted.i + 1):
        return f"people {doc[at].lower_}"
    return None


def _elided_people(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a bare count counts when its sentence counted people (`vague_nouns`) before it and leaves the noun out
    after ("20 people were killed, and some 70,000 left homeless", "nine people were killed and 18 are missing"): those
    people in the state its participle or its verb's says ("people left homeless", "people missing", "people forced to
    take shelter on higher ground"), up to a clause of its own ("as water rose ..."). None otherwise, and when the verb
    names a measure of its own (`verb_metrics`: "12 were sold" is sales)."""
    root = span.root
    if root.pos_ != "NUM" or any(c.dep_ == "nummod" for c in root.children) or root.dep_ == "nummod":
        return None
    noun = next((t.head for t in doc[span.sent.start:span.start] if t.dep_ == "nummod" and t.like_num
                 and t.head.lower_ in words.vague_nouns and span.sent.start <= t.head.i < span.start), None)
    if noun is None:
        return None
    state = next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == span.end), None)
    verb = root.head.head if root.head.dep_ in ("aux", "auxpass") else root.head  # (the parse may hang it on "are")
    if state is None and root.dep_ in ("nsubj", "nsubjpass") and verb.tag_ in ("VBN", "VBG", "JJ") \
            and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        state = verb  # "18 are missing", "100,000 were forced to take shelter"
    if state is None or state.i < span.end or verb_says(state, words.verb_metric) or state.lemma_ in ("have", "be") \
            or any(c.dep_ == "neg" for c in state.children):
        return None  # (a verb that names a measure says what: "40 people came and 12 were sold": sales; "had not had")
    tail = [state]
    for t in doc[state.i + 1:min(state.i + 8, span.sent.end)]:
        if t.is_punct or t.dep_ in ("advcl", "mark", "cc", "conj") or state not in t.ancestors:
            break
        tail.append(t)
    return f"{noun.lower_} {' '.join(t.text for t in tail)}"


def _gapped_list_item(doc: Doc, span: Span, words: FrameWords) -> Token | None:
    """The noun of a list item whose verb of change the list states once and leaves out after ("Carjacking increased
    by 13.3%; robbery by 3.3% to 20,651; and murder by 1.4%"): the parse hangs the item's "by" figure on the noun,
    itself the root of a clause with no verb or joined to one by "and"; None for anything else."""
    by = span.root.head if span.root.dep_ == "pobj" else None
    if by is None or by.lower_ != "by" or (noun := by.head).pos_ != "NOUN" or noun.dep_ not in ("ROOT", "conj", "appos"):
        return None
    top = noun
    while top.dep_ == "conj" and top.head.pos_ == "NOUN":
        top = top.head
    # (the item heads a clause of its own, or the parse set it beside the list's first noun after a semicolon)
    if not (top.dep_ == "ROOT" or top.dep_ == "appos" and top.i > 0 and doc[top.i - 1].text == ";") \
            or noun.lower_ in words.not_metrics or noun.lower_ in words.rise_nouns | words.fall_nouns \
            or noun.lower_ in words.change_nouns or _a_time(noun) or _is_figure(noun, span):
        return None
    # the list's verb of change comes before the item in the sentence
    if not any(t.pos_ in ("VERB", "AUX") and (t.lower_ in _change_words() or t.lemma_.lower() in _change_words())
               for t in doc[span.sent.start:noun.i]):
        return None
    return noun


def gapped_item(doc: Doc, span: Span, before: Span, words: FrameWords, *, level: bool = False) -> str | None:
    """The measure of a gapped list's later item, named by its own noun: "Burglary rose by 3 per cent, robbery by 1
    per cent and vehicle crime by 6 per cent" -> "robbery", "vehicle crime"; "consumption rose 0.3% and government
    spending 0.6%" -> "government spending". `before` is the list's figure before `span` (direction.gapped_change
    has found the figure carries its change on). The item is what stands between the list's last joint (a comma, a
    semicolon or a word of `list_joins`) and the figure, less a repeated "by": only common nouns and the words that
    modify them, ending in a noun that names something measured (not a name, which is the item's subject or
    qualifier, "Westerleigh 3.8 per cent"; not a time phrase, "and 0.4 per cent on the month"; no preposition, "in
    York 3.8%"). None for anything else, and the list's measure stands. With `level`, a list of levels whose verb is
    left out after its first item ("Revenue was $4.1 billion and operating profit $600 million"), where the item may
    end in a comma ("accredited voters, 1,083,413")."""
    between = list(doc[before.end:span.start])
    if between and between[-1].lower_ == "by":
        between.pop()
    if level and between and between[-1].text == ",":
        between.pop()  # "the total registered voters were 1,887,767 and accredited voters, 1,083,413"
    joint = max((k for k, t in enumerate(between) if t.text in (",", ";") or t.lower_ in words.list_joins), default=None)
    if joint is None:
        return None
    item = [t for t in between[joint + 1:] if t.pos_ != "DET"]
    if not item or len(item) > 4 or any(t.pos_ not in ("NOUN", "ADJ") or t.like_num for t in item):
        return None
    head = item[-1]
    if head.pos_ != "NOUN" or head.lower_ in words.not_metrics or head.lower_ in words.rise_nouns | words.fall_nouns \
            or head.lower_ in words.change_nouns or head.lower_ in words.period_nouns or _a_time(head) \
            or is_period_phrase(" ".join(t.text for t in item)) or any(_is_figure(t, span) for t in item):
        return None
    return " ".join(t.text for t in item)


def _item_before(doc: Doc, end: int, words: FrameWords) -> tuple[int, str] | None:
    """The list item whose last token is doc[end - 1]: common nouns and the words that modify or join them ("dry or
    fresh pasta", "rice and rice-based mixes"), back to a comma, a preposition or anything else, less an opening
    "and" or determiner; (its first token's index, its words), or None when it is no such item (a name, a figure, a
    time, a change word)."""
    start = end
    sent_start = doc[end - 1].sent.start if end > 0 else 0
    while start > sent_start and (doc[start - 1].pos_ in ("NOUN", "ADJ", "CCONJ") or doc[start - 1].tag_ in ("HYPH", "VBN")
                                  and doc[start - 1].whitespace_ == "" or doc[start - 1].tag_ == "VBN" and (
                                      doc[start - 2].tag_ == "HYPH" or doc[start - 1].dep_ == "amod")) \
            and not doc[start - 1].like_num:  # ("dried beans", "rice-based mixes")
        start -= 1
    while start < end and (doc[start].pos_ in ("CCONJ", "DET") or doc[start].tag_ == "HYPH"):
        start += 1
    if start >= end or end - start > 6:
        return None
    head = doc[end - 1]
    if head.pos_ != "NOUN" or head.lower_ in words.not_metrics or head.lower_ in words.rise_nouns | words.fall_nouns \
            or head.lower_ in words.change_nouns or head.lower_ in words.period_nouns or _a_time(head):
        return None
    text = doc[start:end].text
    return None if is_period_phrase(text) else (start, text)


def listed_change_item(doc: Doc, span: Span, before: Span | None, before_listed: bool, words: FrameWords) -> str | None:
    """The item a figure is the change of in a list of items and their moves with no verb of their own: "paid more for
    dry or fresh pasta with an increase of 44.8 percent, margarine with an increase of 40.4 percent" (the item before
    "with" and a change noun of rise_nouns, fall_nouns or change_nouns, and its "of"), and after such an item the next
    ones written "item, figure" ("..., lettuce, 30.2 percent, and soup, 18.4 percent"; `before` the sentence's figure
    before, `before_listed` whether it was such an item's). None for any other figure."""
    i = span.start
    if i >= 5 and doc[i - 1].lower_ == "of" and (doc[i - 2].lower_ in words.rise_nouns | words.fall_nouns
                                                  or doc[i - 2].lower_ in words.change_nouns) \
            and doc[i - 3].pos_ == "DET" and doc[i - 4].lower_ == "with":
        found = _item_before(doc, i - 4, words)
        return found[1] if found is not None else None
    if before is None or not before_listed or i < 3 or doc[i - 1].text != ",":
        return None
    found = _item_before(doc, i - 1, words)
    if found is None:
        return None
    start = found[0]
    joint = start - 1
    if joint > before.end and doc[joint].lower_ in ("and", "or"):
        joint -= 1
    return found[1] if joint == before.end and doc[joint].text == "," else None


def _objects_since_last_by(verb: Token, by: Token) -> list[Token]:
    """The verb's objects a change "by" a figure can be of: its direct objects, or where an earlier "by" of the
    same verb comes first, the objects joined by "and" after it ("increasing sales by 5.7% and trading profit by
    1.8%": the 1.8% changes the trading profit)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    earlier = [b.i for b in verb.children if b.dep_ == "prep" and b.lower_ == "by" and b.i < by.i]
    if not earlier:
        return objects
    # (the parse may join the second object to the verb itself)
    joined = [c for o in objects for c in o.conjuncts] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return [c for c in joined if earlier[-1] < c.i < by.i] or objects


def _change_of_figure(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """The bare change word a figure is the "of" object of, right before it ("a rise of 8.4%", "a drop of nearly
    29%"), lower case; None for anything else, and for a change word that names a measure of its own ("a cut of")."""
    of = span.root.head if span.root.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or of.i != span.start - 1 or (change := of.head).i != of.i - 1:
        return None
    word = change.lower_
    if change.pos_ != "NOUN" or word in words.named_changes \
            or word not in words.rise_nouns | words.fall_nouns | words.change_nouns:
        return None
    return word


def listed_after_name(doc: Doc, span: Span) -> bool:
    """Whether a figure alone in brackets right after a name follows another such in a list ("Nigeria (27 percent),
    the Democratic Republic of the Congo (12 percent) and Uganda (5 percent)", "Dublin (45,013 flights), Cork
    (3,942)"): only names, commas, "and", "the" and "of" stand between the brackets. Such a figure measures what
    the list's figure before it measures, whatever noun the parse hangs the name from."""
    if span.start < span.sent.start + 2 or doc[span.start - 1].text != "(" or span.end >= span.sent.end \
            or doc[span.end].text != ")" or doc[span.start - 2].pos_ != "PROPN":
        return False
    glue = load_words().list_glue  # rules/frame.json `list_glue`: what may stand between the names of a list
    for t in reversed(doc[span.sent.start:span.start - 2]):
        if t.text == ")":
            opened = next((b for b in reversed(doc[max(span.sent.start, t.i - 6):t.i]) if b.text == "("), None)
            return opened is not None and any(g.like_num for g in doc[opened.i + 1:t.i])
        if not (t.pos_ == "PROPN" or t.lower_ in glue):
            return False
    return False


def bracketed_item(doc: Doc, span: Span) -> Token | None:
    """The noun a figure alone in brackets stands right after ("adult men" of "the jobless rates for adult men (5.4
    percent)", "pork" of "pork (2.2%)"), or None."""
    if span.start < span.sent.start + 2 or doc[span.start - 1].text != "(" or span.end >= span.sent.end \
            or doc[span.end].text != ")" or doc[span.start - 2].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[span.start - 2]


def breakdown_item(doc: Doc, span: Span) -> bool:
    """Whether a figure stands alone in brackets, maybe with its unit's noun, right after a noun or a name: an item of a
    breakdown ("Hollin (212 cases); Marrow (187 cases)", "Valdoria League (9.1m)"), which reports the period of the whole it
    breaks down whatever the tense of its sentence ("Others are ...", "They are ...")."""
    if span.start < span.sent.start + 2 or doc[span.start - 1].text != "(":
        return False
    close = next((t for t in doc[span.end:min(span.end + 3, span.sent.end)] if t.text == ")"), None)
    if close is None or any(not t.is_alpha for t in doc[span.end:close.i]):
        return False
    return doc[span.start - 2].pos_ in ("NOUN", "PROPN")


def listed_after_item(doc: Doc, span: Span, words: FrameWords) -> bool:
    """Whether a figure alone in brackets right after a noun follows another such in a list with nothing but the
    items' words and the list's glue between ("adult men (5.4 percent), adult women (4.9 percent) and teenagers
    (19.4 percent)"): the later items of a list whose first figure measures what the items hang from."""
    if bracketed_item(doc, span) is None:
        return False
    glue = words.list_glue
    for t in reversed(doc[span.sent.start:span.start - 2]):
        if t.text == ")":
            opened = next((b for b in reversed(doc[max(span.sent.start, t.i - 6):t.i]) if b.text == "("), None)
            return opened is not None and any(g.like_num for g in doc[opened.i + 1:t.i])
        if not (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.lower_ in glue):
            return False
    return False


def _difference_of(counted: Token, span: Span, words: FrameWords) -> Token | None:
    """The noun of a difference (`difference_nouns`) a count of votes, points or the like measures, when the count's
    noun hangs from it by "of" ("the margin of 20,570 votes between both candidates") or completes a copula it is
    the subject of ("the margin between the winner and the runner-up was 216,518 votes"); None otherwise."""
    if counted.pos_ != "NOUN" or span.start <= counted.i < span.end and counted != span.root:
        return None
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lower_ in words.difference_nouns \
            and counted.head.head.i < span.start:
        return counted.head.head
    if counted.dep_ == "attr" and counted.head.lemma_ == "be":
        return next((c for c in counted.head.children if c.dep_ == "nsubj" and c.lower_ in words.difference_nouns), None)
    return None


def _multiplied_subject(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a multiple written as its own verb measures: the verb's noun subject ("The number of patients waiting
    for surgery more than doubled", "Visitor numbers at the Marlow museum tripled"), not the noun right before the
    verb, which may end a phrase of the subject's ("surgery", "museum"). None for a verb with no noun subject."""
    verb = span.root
    if verb.pos_ == "VERB" and verb.dep_ == "advcl" and verb.head.tag_ == "VBG" and verb.head.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "The number of patients waiting longer than a year for surgery more than doubled", parsed
        # with "waiting" as the main verb and the multiple as a clause of it: the subject is the participle's
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and not _is_figure(c, span)
                                      for c in verb.children):
        return None
    found = measured_subject(doc, span, verb, words)
    return None if found is None or is_period_phrase(found) or _not_metric(found, words) else found


def _a_time(noun: Token) -> bool:
    """Whether a noun names a stretch of time, never a measure: "for the sixteenth consecutive period increasing by
    1.6%", "started the new year with a sale for $10.8 billion" (a date the tagger marks, or a period word)."""
    return noun.ent_type_ in ("DATE", "TIME") and is_period_phrase(noun.text)


def _transfer_fee(doc: Doc, span: Span, nxt: Token | None, words: FrameWords) -> str | None:
    """A sum a person's move is made for, or a deal is worth: "the forward moved to Lisbon for £38.7 million" (a
    verb of `transfer_verbs` whose mover is a person or a player), "completed his move to Rovers for £16.4 million",
    "his £45m switch to Everton" (a noun of `transfer_nouns` a person owns), "joined from Ashford in a deal worth
    £20 million", "sign Okafor in £30m deal" (a deal a verb of `price_verbs` makes: that verb's price, "agreed to
    buy Orla in a $2bn deal" -> purchase price), "paid £22 million for the defender" (a player paid for): the
    transfer fee. None otherwise ("moved its headquarters to Leeds for £40 million": a company moves no player)."""
    root = span.root
    act = deal = None
    if (paid := _contact_clause_payment(span, words)) is not None:
        # "the £100 million Redmarsh paid for midfielder Joel Varga": read as "Redmarsh paid ..."
        return "transfer fee" if _player_paid_for(doc, paid, words) else None
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "in"):
        prep = root.head
        if prep.head.lower_ in words.transfer_nouns:
            deal = prep.head  # "his move to Rovers for £16.4 million"
        else:
            act = prep.head  # "moved to Lisbon for £38.7 million"; "completed his move ... for £16.4 million"
            deal = next((c for c in act.children if c.dep_ == "dobj" and c.lower_ in words.transfer_nouns), None)
    elif root.head.lower_ == "worth" and root.head.head.lower_ in words.transfer_nouns:
        deal = root.head.head  # "a deal worth £20 million"
    elif root.dep_ == "dobj":
        act = root.head  # "paid £22 million for the defender"
    if deal is None and nxt is not None:  # "his £45m switch", "in £30m club-record deal"
        after = next((t for t in doc[nxt.i:min(nxt.i + 4, span.sent.end)] if t.pos_ not in ("ADJ", "PUNCT")
                      and t.dep_ not in ("compound", "amod", "punct")), None)
        if after is not None and after.pos_ == "NOUN" and after.lower_ in words.transfer_nouns:
            deal = after
    if deal is not None:
        if deal.lower_ != "deal" and any(c.dep_ == "poss" and _a_person(c, words) for c in deal.children):
            return "transfer fee"  # "his move", "the midfielder's £45m switch"
        if act is None:
            act = deal.head
            for _ in range(3):  # the verb that makes the deal: "joined ... in a deal", "sign Okafor ... in £30m deal"
                if act.pos_ == "VERB" or verb_says(act, words.price_verb) or act.head == act:
                    break
                act = act.head
    if act is None or act == root:
        return None
    if deal is not None and (price := verb_says(act, words.price_verb)) is not None and (
            price != "transfer fee" or deal.dep_ != "dobj" and any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") and (
                any(_a_person(t, words) for t in doc[c.left_edge.i:c.i + 1])
                or c.dep_ != "nsubj" and c.pos_ == "PROPN" and c.ent_type_ == "") for c in act.children)):
        # "joined from Ashford in a deal worth £20 million"; "agreed to buy Orla in a $2bn deal"; not "Acme signed a
        # $500 million deal with Boeing" (no person signs or is signed) nor "he signed a new deal worth £200,000"
        return price
    moving = verb_says(act, lambda w: w if w in words.transfer_verbs else None) and root.head.lower_ == "for" \
        or deal is not None and deal.lower_ != "deal"
    if moving and (mover := mover_of(act)) is not None and (
            any(_a_person(t, words) for t in doc[mover.left_edge.i:max(mover.i + 1, act.i)])
            or mover.pos_ == "PROPN" and mover.ent_type_ == "" and deal is None and not any(
                c.dep_ == "dobj" for c in act.children)):  # a name the tagger left untyped that moves itself
        return "transfer fee"  # "the forward moved to Lisbon for £38.7 million", "he completed the move for £16m"
    if root.dep_ == "dobj" and act.lemma_.lower() in words.pay_verbs and _player_paid_for(doc, act, words):
        return "transfer fee"  # "Caldwell paid £22 million for the defender"
    return None


def _player_paid_for(doc: Doc, act: Token, words: FrameWords) -> bool:
    """Whether what the verb of paying `act` pays "for" is a player: "Caldwell paid £22 million for the defender", "...
    for striker Tom Reed"; "Ardlow paid £4.5 million for Sam Reed" in a text that names players ("winger", "striker")
    elsewhere."""
    paid_for = next((g for c in act.children if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if g.dep_ == "pobj"), None)
    return paid_for is not None and (paid_for.lemma_.lower() in words.player_nouns or paid_for.ent_type_ == "PERSON" and (any(
        c.dep_ == "compound" and c.lemma_.lower() in words.player_nouns for c in paid_for.children)
        or _names_players(doc, words)))


def _levy_paid(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """The bill of the local levy a sum is, when one of `levy_payers` pays it ("Band D properties pay £1,491.72", "asking
    the average homeowner to pay an extra $62.50") in a text that names a levy of `levy_names` ("council tax", "property
    tax"): the bill of the one the text names most ("council tax bill"), what one payer pays, never the levy's yield. None
    otherwise."""
    if verb.lemma_.lower() != "pay" or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return None  # (not "pay $40m for the stadium": a price)
    obj = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
    if not (obj.dep_ == "dobj" and obj.head == verb):
        return None
    payer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if payer is None and verb.dep_ == "xcomp":  # "asking the average homeowner to pay ..."
        payer = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if payer is None or payer.lower_ not in words.levy_payers and payer.lemma_.lower() not in words.levy_payers:
        return None
    if (named := doc.user_data.get("claimx_levy_named")) is None:
        text = (doc.user_data.get("claimx_text") or doc.text).lower()
        counts = {name: len(re.findall(rf"\b{re.escape(name)}\b", text)) for name in words.levy_names}
        best = max(counts, key=lambda n: (counts[n], len(n)), default=None)
        named = best.removesuffix("es").removesuffix(" bill") if best and counts[best] else ""
        doc.user_data["claimx_levy_named"] = named
    return f"{named} bill" if named else None  # (what one payer pays, not the levy's yield: "property tax bill")


def _prize_won(doc: Doc, span: Span, verb: Token, words: FrameWords) -> bool:
    """Whether a sum is what a person won, in a text that writes a word of `prize_words` ("prize money", "the purse"):
    the object of a verb of `prize_verbs` ("won", "earned", "took home") whose subject is a person's name (or a name the
    tagger gave no type) or "he"/"she" ("Kebede earned $40,000", "Dado took home $170,000"), not a company's or a
    council's."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i > verb.i), None)
    if lemma not in words.prize_verbs and f"{lemma} {particle}" not in words.prize_verbs:
        return False
    obj = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
    if not (obj.dep_ == "dobj" and obj.head == verb or span.root.dep_ == "dobj" and span.root.head == verb):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she")
                            or subj.pos_ == "PROPN" and subj.ent_type_ in ("", "PERSON")):  # (a runner the tagger missed)
        return False
    if (prized := doc.user_data.get("claimx_prize_text")) is None:
        text = doc.user_data.get("claimx_text") or doc.text
        prized = bool(re.search(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words.prize_words)) + r")\b", text, re.I))
        doc.user_data["claimx_prize_text"] = prized
    return prized


def _contact_clause_payment(span: Span, words: FrameWords) -> Token | None:
    """The verb of paying of a relative clause with no "that" right after a sum, which the parser reads as a name the sum
    counts ("the £41 million Redmarsh paid for midfielder Joel Varga": "million" a number of "Redmarsh", "paid" a clause
    on it): the verb, whose "for" phrase says what the sum bought. None for any other sum."""
    name = span.root.head
    if span.root.dep_ not in ("nummod", "quantmod", "compound") or name.pos_ != "PROPN" or name.i < span.end:
        return None
    verb = next((c for c in name.children if c.dep_ in ("acl", "relcl") and c.i > name.i and c.tag_ in ("VBD", "VBN")), None)
    return verb if verb is not None and verb.lemma_.lower() in words.pay_verbs else None


def _names_players(doc: Doc, words: FrameWords) -> bool:
    """Whether the text names a player anywhere (a word of `player_nouns`: "striker", "winger"), read once per
    document: a sport story, where a person a club pays for is a player signed."""
    if (known := doc.user_data.get("claimx_names_players")) is not None:
        return known
    found = any(t.lemma_.lower() in words.player_nouns or t.lower_ in words.player_nouns for t in doc)
    doc.user_data["claimx_names_players"] = found
    return found


def _a_person(tok: Token, words: FrameWords) -> bool:
    """Whether a word names a person: a person's name, "he"/"his", a player ("the striker"), "the 24-year-old"."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in words.person_pronouns or tok.lemma_.lower() in words.player_nouns:
        return True
    return tok.lower_ == "old" and tok.i >= 2 and tok.doc[tok.i - 1].tag_ == "HYPH" and tok.doc[tok.i - 2].lower_ == "year"


def _fits_dimension(noun: str, q: dict, words: FrameWords) -> bool:
    """Whether the noun `unit_verb_metrics` gives can measure the physical figure `q`: a dimension of `unit_dimensions`
    with what the verb did to it ("area burned") measures only a figure of that dimension ("burned 15,000 acres", not
    "burned 400 calories" nor "burned 2 tonnes of coal"); a bare dimension ("speed", "area") any figure the verb
    takes ("moving at 3.2 metres a day")."""
    first, _, rest = noun.partition(" ")
    return not rest or first not in _dimension_nouns(words) or words.dimension(q["unit"]) == first


@lru_cache(maxsize=4)
def _dimension_nouns(words: FrameWords) -> frozenset[str]:
    """The dimensions `unit_dimensions` names ("length", "area", "weight")."""
    return frozenset(pair.partition(":")[2] for pair in words.unit_dimensions)


def verb_says(verb: Token, lookup) -> str | None:
    """What the word list `lookup` (FrameWords.verb_metric or unit_verb_metric) gives for the verb: by its lemma,
    else by its written form less an ending, for the lemmas the tagger gets wrong ("fined" -> "fin")."""
    word = verb.lower_
    forms = [verb.lemma_.lower(), word]
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2]]
    elif word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    elif word.endswith("s"):
        forms += [word[:-1]]
    return next((found for form in forms if (found := lookup(form))), None)


def _fits_verb_noun(noun: str, q: dict, verb: Token, span: Span, words: FrameWords) -> bool:
    """Whether the noun `verb_metrics` gives can measure the figure: one of `amount_verb_metrics` measures only money
    ("the party got 7.91 per cent" is no funding, "got 1,786,551 votes" neither), unless the verb is a gerund right
    before the figure, a noun the tagger read as a verb ("and government spending 0.6%")."""
    return q["kind"] == "amount" or noun not in words.amount_verb_metrics \
        or verb.tag_ == "VBG" and verb.i == span.start - 1


def _verb_metric(doc: Doc, span: Span, verb: Token, noun: str, *, source: bool = True) -> str:
    """The noun `verb_metrics` gives for the verb, with what it is spent on or for, or drawn from, when the verb
    says so: "will spend £24.6 billion on schools" -> "spending on schools", "had drawn £240 million from its
    reserves" -> "draw from reserves"; not with `source` false, for a verb whose "from" names a giver ("will
    receive £1.5 million from the lottery fund": funding)."""
    preps = ("on", "for", "in", "from") if source else ("on", "for", "in")
    target = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                   and c.i > span.end - 1 and any(g.dep_ == "pobj" for g in c.children)), None)
    if target is not None and target.lower_ != "in":
        obj = next(g for g in target.children if g.dep_ == "pobj")
        if obj.ent_type_ not in ("DATE", "TIME", "GPE") and (target.lower_ != "from" or obj.pos_ == "NOUN"
                                                            and not is_period_phrase(obj.text) and not _is_figure(obj, span)):
            return f"{noun} {target.lower_} {chunk_text(doc, obj, skip=span)}"
    return noun


def _worth_of(worth: Token, words: FrameWords) -> Token | None:
    """The noun a ", worth ..." aside values when the parse hangs "worth" on the verb: the phrase just before the
    comma, up to the noun its participles and prepositions hang from ("the block grant paid by the central
    government, worth £21.8 billion" -> grant). None when no noun is found."""
    if worth.i < 2 or worth.doc[worth.i - 1].text != ",":
        return None
    tok, found = worth.doc[worth.i - 2], None
    for _ in range(8):
        if tok.pos_ == "NOUN":
            found = tok
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "relcl"):
            break
        if tok.head == tok or tok.dep_ not in ("pobj", "prep", "agent", "acl", "relcl", "compound", "amod"):
            break
        tok = tok.head
    return found if found is not None and found.lower_ not in words.not_metrics else None


def _clause_measure(doc: Doc, span: Span, verb: Token | None, words: FrameWords, antecedent: str | None,
                    q: dict | None = None) -> str | None:
    """What a figure that modifies an aggregate noun (`aggregate_nouns`: "the £3.1 billion peak", "a record") measures:
    the subject of its verb when that names a measure, else the metric of the figure before it in the sentence
    ("investment totals £2.95 billion, below the £3.1 billion peak"), else what the verb says (`verb_metrics`: "will
    spend a record $4.2 billion": spending); None when none says. (A figure "of" an
    aggregate noun, "fell by an average of 69%", is left to the "of" rule: reading the clause there lost more
    than it won on the holdout.)"""
    if verb is not None and (measured := measured_subject(doc, span, verb, words)):
        return measured
    if antecedent and not is_change(antecedent, words) and "share of" not in antecedent:
        return antecedent
    if verb is not None and q is not None and (noun := verb_says(verb, words.verb_metric)) \
            and _fits_verb_noun(noun, q, verb, span, words):
        return _verb_metric(doc, span, verb, noun)  # "will spend a record $4.2 billion on hospitals": spending
    return None


def _stated_as(doc: Doc, span: Span, owner: Token, verb: Token | None, words: FrameWords) -> str | None:
    """What a figure "of" a noun that only says how it is stated (`stated_as_nouns`: "at a strong rate of 6.8%", "at
    the level of 5.15%", "to a 40-year high of 10.1%") measures: what its clause moves, the object of a verb of
    `cause_verbs` ("pushed inflation to a high of ...") or the verb's subject ("Airline passenger traffic rose at a
    rate of ..."); None when the noun names a measure of its own ("an interest rate of 5%", "the jobless rate of
    4%"; a time such as "40-year" says none) or the clause names none."""
    if not only_stated(owner, words):
        return None
    if verb is None:  # the parse may hang the figure too deep for the claims component to find its verb
        verb = next((t for t in owner.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
    if (placed := _placed_object(span, owner, words)) is not None:
        return named(doc, placed, span, words, None)  # "showed production at a 2025 high of 31 million barrels a day"
    if (ranged := _noun_in_range(span, owner, words)) is not None:
        return named(doc, ranged, span, words, None)  # "with EPS in the range of $1.24 to $1.33": EPS, not the revenue
    found = _caused_object(doc, span, verb, words) or measured_subject(doc, span, verb, words)
    if found is None and verb.dep_ in ("advcl", "xcomp") and verb.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "revenue grew by 14 per cent to hit a half-year high of $1.8 billion": what the verb the infinitive
        # goes with moves
        found = _caused_object(doc, span, verb.head, words) or measured_subject(doc, span, verb.head, words)
    return found


def _placed_object(span: Span, owner: Token, words: FrameWords) -> Token | None:
    """The object a verb places at a level ("Reports showed production at a 2025 high of 31 million barrels a day",
    "kept its output at a record low of ..."): the noun the "at" phrase of `owner` (a noun of `stated_as_nouns`)
    goes with, the verb's object before it; None when the "at" phrase hangs on a verb with no such object."""
    if owner.dep_ != "pobj" or owner.head.lower_ != "at" or owner.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in owner.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < owner.head.i
                 and c.lower_ not in words.not_metrics and c.lower_ not in words.actors and not only_stated(c, words)
                 and not is_period_phrase(c.text) and not _is_figure(c, span)), None)


def _noun_in_range(span: Span, owner: Token, words: FrameWords) -> Token | None:
    """The noun a phrase "in" or "within" a noun of `stated_as_nouns` says is there ("with EPS in the range of $1.24 to
    $1.33", "sees revenue arriving in the range of $55 million to $59 million"): the noun right before the preposition,
    or the one a participle before it describes; None when neither can be a measure (a figure, an actor, a time, a word
    of `not_metrics`)."""
    if owner.dep_ != "pobj" or owner.head.lower_ not in ("in", "within") or owner.head.i == 0:
        return None
    prep = owner.head
    before = owner.doc[prep.i - 1]
    if before.pos_ == "VERB" and before.dep_ == "acl" and before.i == prep.head.i:
        before = before.head  # "revenue arriving in the range of": the noun the participle describes
    if before.pos_ not in ("NOUN", "PROPN") or before.i >= prep.i or before.lower_ in words.not_metrics \
            or before.lower_ in words.actors or only_stated(before, words) or before.ent_type_ in ("DATE", "TIME") \
            or is_period_phrase(before.text) or _is_figure(before, span) \
            or before.ent_type_ in ("ORG", "GPE", "PERSON") and not words.measure_acronym(before.text):
        return None
    return before


def only_stated(owner: Token, words: FrameWords) -> bool:
    """Whether `owner` is a noun of `stated_as_nouns` with no measure of its own: no noun before it that names one
    ("interest rate", "Kestrel's level"; a time such as "40-year" or "half-year" names none) and no adjective of a measure
    ("jobless rate", "winning rate")."""
    if owner.pos_ != "NOUN" or owner.lemma_.lower() not in words.stated_as_nouns:
        return False
    measures = words.metric_heads | words.place_measures | words.national_measures
    if f"{owner.doc[owner.i - 1].lower_} {owner.lower_}" in words.policy_rate_words:
        return False  # "kept the repo rate unchanged at 3.5%": a central bank's rate is a measure (`policy_rate_words`)
    for c in owner.children:
        if c.i > owner.i or c.dep_ in ("det", "punct", "nummod") or c.lower_ in words.not_phrase_words:
            continue  # (a record word says no measure: "at record lows of 3.7%")
        if c.dep_ in ("compound", "nmod", "poss") and not (_a_time(c) or any(t.text[:1].isdigit() for t in c.subtree)
                                                          or c.lower_ in words.period_nouns and c.ent_type_ == "DATE"):
            return False
        if c.dep_ == "amod" and (c.lemma_.lower() in measures or c.tag_ == "VBG"):
            return False  # "jobless rate", "a winning rate of 87.5%"
    return True


def _caused_object(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """The object a verb of `cause_verbs` moves, written before the figure ("pushed UK inflation back to ..."),
    when it can be a measure (not a figure, an actor or a word of `not_metrics`); None otherwise."""
    if verb.lemma_.lower() not in words.cause_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start), None)
    if obj is not None and obj.lemma_.lower() in words.stated_as_nouns:
        return None
    return _moved_object(doc, obj, span, words)


def _caused_change(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """What a figure moved by a verb of `cause_verbs` measures: the verb's object, not the cause its subject names.
    The parse writes it three ways: the figure beside the object ("helped boost quarterly earnings 31 percent"), the
    figure as the object with the measure as its modifier ("lift Kestrel's profit 18 percent"), or the figure on a
    particle after the object ("pushed sales 12 percent lower"). None for any other figure."""
    if verb.lemma_.lower() not in words.cause_verbs:
        return None
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "dobj" and root.head.head == verb and root.head.i < span.start:
        obj = root.head
    elif root.dep_ == "dobj" and root.head == verb:
        obj = next((c for c in root.children if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" and c.i < span.start), None)
    elif root.dep_ == "npadvmod" and (root.head == verb or root.head.head == verb and root.head.lower_ in words.move_particles):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start), None)
    elif root.dep_ == "pobj" and root.head.lower_ in ("from", "to") and verb in (root.head.head, root.head.head.head):
        # "The budget raises the county's tax rate from $5.20 to $5.43", "cut the fee from $40 to $35": the object's
        # two levels, not the subject's (a budget that raises a rate)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < span.start), None)
    else:
        return None
    return _moved_object(doc, obj, span, words)


def _brought_to(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """The level a gerund of `cause_verbs` brings its object "to" ("Unemployment fell by 23,300, bringing the total
    number of persons unemployed to 151,200"), when the parse hangs the "to" inside the object's phrase (on
    "unemployed"), where the verb's own reading cannot see it: what the object measures (see `_moved_object`). None
    otherwise."""
    to = span.root.head
    if span.root.dep_ != "pobj" or to.lower_ != "to" or to.dep_ != "prep":
        return None
    for tok in to.ancestors:
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.tag_ == "VBG" \
                and tok.head.lemma_.lower() in words.cause_verbs:
            moved = _moved_object(doc, tok, span, words)
            return moved[:-3] if moved and moved.endswith(" to") else moved  # (the phrase stops at its "to")
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def _moved_object(doc: Doc, obj: Token | None, span: Span, words: FrameWords) -> str | None:
    """The measure a verb of `cause_verbs` moves, its object `obj`, when the object can be one (not a figure, an actor,
    a word of `not_metrics` or a time); None otherwise."""
    if obj is None or obj.lower_ in words.not_metrics or obj.lower_ in words.actors or _is_figure(obj, span) \
            or is_period_phrase(obj.text):
        return None
    return named(doc, obj, span, words, None)


def _per_unit(doc: Doc, owner: Token, span: Span, words: FrameWords, antecedent: str | None) -> str | None:
    """A figure "of" a rate written "X per Y" ("basic earnings per share of 9.1p", "spending per pupil of
    £7,450"): X per Y, not Y alone; None when the owner is not the Y of a "per"."""
    per = owner.head if owner.dep_ == "pobj" else None
    if per is None or per.lower_ != "per" or per.head.pos_ != "NOUN" or _is_figure(per.head, span) \
            or per.head.lower_ in words.not_metrics:
        return None
    return f"{named(doc, per.head, span, words, antecedent)} per {owner.lower_}"


def _owner_past_period(owner: Token) -> Token | None:
    """The noun a figure's "of" owner hangs from when the owner is only a period ("revenue for the quarter of
    $2.1 billion", "a total dividend for the year of 1.70p"), or None when the owner is no period."""
    if owner.pos_ != "NOUN" or not (is_period_phrase(owner.text) or owner.ent_type_ == "DATE"):
        return None
    if owner.dep_ == "pobj" and owner.head.lower_ in ("for", "in", "over") and owner.head.head.pos_ == "NOUN" \
            and not is_period_phrase(owner.head.head.text):
        return owner.head.head
    return None


def _qualified_measure(tok: Token, words: FrameWords) -> Token:
    """The measure a qualifier's object belongs to: "tax" in "profit before tax of £3.2 billion" and "items" in
    "earnings excluding items of 57 cents" qualify the profit and the earnings, which the figure measures (the
    parse may hang the qualifier on the verb: the measure is then the noun just before it); `tok` itself
    otherwise."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in words.qualifier_prepositions:
        return tok
    for noun in (prep.head, tok.doc[prep.i - 1] if prep.i > 0 else prep.head):
        if noun.pos_ == "NOUN" and {noun.lower_, noun.lemma_.lower()} & (words.metric_heads | words.per_share_heads):
            return noun
    return tok


def _qualified_subject(tok: Token, words: FrameWords) -> Token:
    """The measure a qualifier's noun qualifies when the parse takes that noun for the verb's subject ("Profit after
    tax grew", "profit before tax stood at": "tax"): the noun of `metric_heads` right before the qualifier word;
    `tok` itself otherwise."""
    doc = tok.doc
    if tok.i < tok.sent.start + 2 or doc[tok.i - 1].lower_ not in words.qualifier_marks:
        return tok
    measure = doc[tok.i - 2]
    if measure.pos_ in ("NOUN", "PROPN") and (measure.lower_ in words.metric_heads or measure.lemma_.lower() in words.metric_heads):
        return measure
    return tok


def _qualifier_after(doc: Doc, head: Token, span: Span, words: FrameWords) -> str | None:
    """The qualifier written right after a measure (`qualifier_prepositions` and its nouns: "profit after tax",
    "profit before interest and tax", "earnings excluding items"), which tells two measures of one head apart, however
    the parse hangs it (on the noun, or on the verb with "tax" as a second subject). None when none follows."""
    k = head.i + 1
    if head.pos_ != "NOUN" or k + 1 >= head.sent.end or doc[k].lower_ not in words.qualifier_prepositions:
        return None
    end = None
    for j in range(k + 1, min(k + 9, head.sent.end)):
        tok = doc[j]
        if span.start <= j < span.end or _is_figure(tok, span) or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            break
        if tok.pos_ == "NOUN":
            end = j
        elif not (tok.pos_ == "ADJ" or tok.lower_ in ("and", "&")
                  or tok.text == "," and j + 1 < head.sent.end and doc[j + 1].pos_ == "NOUN"):  # "interest, tax, ..."
            break
    return doc[k:end + 1].text if end is not None else None


def _shares_out_a_budget(verb: Token) -> bool:
    """Whether money a holder verb gives ("Police receive $189.6 million", "Public Works gets $94.7 million") is a
    share of a budget the text is about: the text speaks of a budget and the verb names no giver ("from the
    lottery fund": a grant)."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    text = verb.doc.user_data.get("claimx_text") or verb.doc.text
    return _word_start(load_words().budget_prefixes).search(text) is not None


def _budget_line(noun: Token, verb: Token, words: FrameWords) -> bool:
    """Whether the subject of a holder verb in a budget's text is a line of the budget, what the money is for, not who
    gets it ("Regional transport will receive $1.3 billion", "Mental health care gets $410 million"): a singular or
    mass common noun no entity covers, naming no actor, body, part or place ("The department receives $40m" is who)."""
    if noun.tag_ != "NN" or noun.ent_type_ or (noun.is_title and not _opens_sentence(noun)):
        return False
    who = words.actors | words.unit_heads | words.people_nouns | words.local_bodies | words.description_heads \
        | words.part_heads | words.place_heads | words.local_place_heads
    return noun.lemma_.lower() not in who and noun.lower_ not in who and _shares_out_a_budget(verb)


def _names_a_measure(verb: Token, words: FrameWords) -> bool:
    """Whether the verb's subject is itself a measure ("Spending cost ..."), not who acts or pays."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in words.metric_heads or words.subject_metric(c.lower_))
               for c in verb.children)


def _as_many(doc: Doc, nxt: Token | None, span: Span, words: FrameWords, antecedent: str | None) -> str | None:
    """A multiple compared "as many"/"as much"/"as ADJ" ("three times as many riders" -> riders, "twice as far" ->
    distance, "2.6 times as many" -> the metric of the figure before it), or None."""
    if nxt is None or nxt.lower_ != "as" or nxt.i + 1 >= span.sent.end:
        return None
    word = doc[nxt.i + 1]
    if word.lower_ in words.multiple_words:
        after = doc[word.i + 1] if word.i + 1 < span.sent.end else None
        if after is not None and after.pos_ == "NOUN" and (phrase := noun_phrase_from(doc, after.i)) \
                and not is_period_phrase(phrase):
            return phrase
        return antecedent if word.lower_ in words.multiple_count_words else None
    return words.dimension_word(word.lower_)


def _past_conversion(doc: Doc, span: Span, nxt: Token | None) -> Token | None:
    """The word after a physical figure past its conversion in brackets ("10 kilometres (6 miles) below ground": the
    word after the bracket, for both figures), else `nxt`."""
    if nxt is None:
        return None
    if nxt.text == ")" and nxt.i + 1 < span.sent.end:
        return doc[nxt.i + 1]  # the figure inside the brackets
    if nxt.text == "(":
        close = next((t for t in doc[nxt.i + 1:min(nxt.i + 8, span.sent.end)] if t.text == ")"), None)
        if close is not None and close.i + 1 < span.sent.end and any(t.like_num for t in doc[nxt.i + 1:close.i]):
            return doc[close.i + 1]
    return nxt


def _depth_or_height(doc: Doc, span: Span, q: dict, nxt: Token | None, words: FrameWords) -> str | None:
    """What a length says by the words after it, past a conversion in brackets: a level under or over a surface
    (`surface_measures` and `surface_words`: "676 kilometres below the Earth's surface", "10 kilometres (6 miles)
    below ground", "1,200 metres above sea level") is a depth or a height; a word of `dimension_words` ("6 kilometres
    (3.7 miles) deep") is its dimension. None otherwise."""
    if q["kind"] not in ("physical", "change") or words.dimension(q["unit"]) != "length":
        return None
    after = _past_conversion(doc, span, nxt)
    if after is None:
        return None
    if after is not nxt and after.pos_ in ("ADJ", "ADV") and (said := words.dimension_word(after.lower_)):
        return said  # "6 kilometres (3.7 miles) deep": depth
    measure = words.surface_measure(after.lower_)
    if measure is None:
        return None
    rest = " ".join(t.lower_ for t in doc[after.i + 1:min(after.i + 5, span.sent.end)])
    rest = re.sub(r"^(?:the\s+)?(?:earth\s*['’]s\s+|earth's\s+)?", "", rest.replace(" 's", "'s").replace(" ’s", "'s"))
    return measure if any(rest == w or rest.startswith(w + " ") for w in words.surface_words) else None


def _duration_or_distance(doc: Doc, span: Span, q: dict, nxt: Token | None, words: FrameWords,
                          antecedent: str | None = None, verb: Token | None = None) -> str | None:
    """What a duration or a length says by the words around it: "every 8 minutes" (a frequency), "two years left
    on his contract" (the time left), "22 km off the coast" (a distance), a time taken written as a clock reads
    ("2:23:38") or in hours and minutes together ("two hours, five minutes and 12 seconds"): a time, not the race,
    the runner or the noun a bracket stands beside, unless the verb names it (`unit_verb_metrics`: "lasted" ->
    duration); None otherwise."""
    if q["kind"] != "physical":
        return None
    prev = doc[span.start - 1] if span.start > span.sent.start else None
    if q["unit"] in _time_units():
        if prev is not None and prev.lower_ in words.frequency_words:
            before = doc[prev.i - 1] if prev.i > span.sent.start else None  # "a picture every 30 minutes"
            return f"{before.lower_} frequency" if before is not None and before.pos_ == "NOUN" else "frequency"
        if nxt is not None and nxt.lower_ in words.remaining_words:
            on = next((c for c in nxt.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "of", "until")), None)
            obj = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
            return f"time left {on.lower_} {chunk_text(doc, obj, skip=span)}" if obj is not None else "time left"
        if prev is not None and prev.lower_ == "in" and span.root.head == prev and prev.head.pos_ == "NOUN" \
                and any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in words.record_words) for c in prev.head.children):
            return _time_since(doc, span, prev.head, words)
        if _time_taken(doc, span, prev, nxt, words) and not (verb is not None and verb_says(verb, words.unit_verb_metric)):
            return "time"
        if verb is not None and (to_do := _time_to_do(doc, span, verb, words)) is not None:
            return to_do
        return None
    if words.dimension(q["unit"]) == "length" and nxt is not None and nxt.lower_ in words.distance_words:
        if antecedent and not antecedent.startswith("distance") and any(t.text == ":" for t in doc[span.sent.start:span.start]):
            # "added 21.2 mm to sea level: 13.6 mm from Isvardi and 9.8 mm from West Aurelan": a total broken
            # down after a colon, each part from where it came, measures what the total measures
            return antecedent
        place = nxt if any(c.dep_ == "pobj" for c in nxt.children) else next(
            (c for c in nxt.children if c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)), None)
        if place is None and nxt.i + 1 < span.sent.end and doc[nxt.i + 1].lower_ == "of":
            place = doc[nxt.i + 1]  # "30 miles north of the city"
        obj = next((g for g in place.children if g.dep_ == "pobj"), None) if place is not None else None
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            words_between = doc[nxt.i:place.i + 1].text.lower()
            return f"distance {words_between} {chunk_text(doc, obj, skip=span)}"
        return "distance"
    return None


def _time_to_do(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """A duration a verb of taking spends on what its "to" clause does ("ambulances took an average of 21 minutes to
    reach patients", "It took crews 48 minutes to arrive"): the time to do that, in the clause's words up to a comma
    or a time ("time to reach patients"); a duration of another verb of `unit_verb_metrics` with a "for", "in" or
    "at" phrase of a common noun right after it, that noun's ("waited 18 weeks for surgery" -> "waiting time for
    surgery"); None when the verb is no such verb or nothing follows the figure so."""
    noun = verb_says(verb, words.unit_verb_metric)
    held = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ == "of" else None
    if noun and noun != "time" and (span.root.head == verb or held is not None and held.head == verb) \
            and span.end < span.sent.end and (prep := doc[span.end]).dep_ == "prep" \
            and prep.head in (verb, span.root) and prep.lower_ in ("for", "in", "at") \
            and (obj := next((g for g in prep.children if g.dep_ == "pobj"), None)) is not None \
            and obj.pos_ == "NOUN" and not obj.ent_type_ and not _in_a_figure(obj):
        return f"{noun} {prep.lower_} {chunk_text(doc, obj, skip=span)}"  # "waited 18 weeks for surgery": waiting time for surgery
    if noun != "time" or verb.lemma_.lower() != "take":
        return None
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > span.end
                   and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)), None)
    if clause is None:
        return None
    end = clause.i + 1
    for t in doc[clause.i + 1:min(clause.right_edge.i + 1, clause.i + 7)]:
        if t.is_punct or _in_a_figure(t) or t.ent_type_ in ("DATE", "TIME") or t.dep_ == "cc" \
                or t.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in t.children):
            break  # "to reach patients in July": what, not when
        end = t.i + 1
    return f"time to {doc[clause.i:end].text}"


_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?")


def _time_taken(doc: Doc, span: Span, prev: Token | None, nxt: Token | None, words: FrameWords) -> bool:
    """Whether a duration is written as a stopwatch reads, "2:23:38" or "2:05.4", or in two or more of hours, minutes
    and seconds (`clock_units`: "two hours, five minutes and 12 seconds"), never a time of day ("at 4:30", "4:30 p.m.":
    after a word of the lexicon's `clock_time_cues` or of `time_of_day_prepositions`, before one of `time_of_day_words`)."""
    if nxt is not None and nxt.lower_ in words.time_of_day_words or prev is not None and (
            prev.lower_ in _clock_time_cues() or prev.lower_ in words.time_of_day_prepositions):
        return False
    words_of = [t.lower_ for t in span]
    if any(_CLOCK.fullmatch(w) for w in words_of):
        return True
    return len({w.rstrip("s") for w in words_of if w in words.clock_units}) >= 2


@lru_cache(maxsize=1)
def _clock_time_cues() -> frozenset[str]:
    """The words before a clock reading that make it a time of day, from the grammar's lexicon ("at", "until")."""
    return frozenset(load_lexicon()["clock_time_cues"])


def _owner_of_place(tok: Token, words: FrameWords) -> Token:
    """The noun a prepositional phrase hangs from when `tok` is its object and names no measure ("the person" in
    "violence against the person", "shift" in "ambulances on shift"); `tok` itself otherwise, and always after
    "of" ("the number of beds") or "than" ("a slower rate of increase than the Consumer Prices Index, which rose by
    5.1%": the index rose, not the rate compared with it)."""
    if tok.dep_ == "pobj" and tok.head.lower_ not in ("of", "than") and tok.head.head.pos_ == "NOUN" \
            and tok.lower_ not in words.metric_heads and not _in_a_figure(tok.head.head):
        return tok.head.head  # (not another figure's unit: "£2m for the Albion Square development (£16m ...)")
    return tok


def _in_a_figure(tok: Token) -> bool:
    """Whether `tok` is inside any of the document's quantities."""
    covered = tok.doc.user_data.get("claimx_figures")
    if covered is not None:
        return tok.i in covered
    return any(q.start <= tok.i < q.end for q in tok.doc.spans.get("quantities", ()))


def _past_bracketed_figure(doc: Doc, span: Span, bracket: Token) -> Token | None:
    """The token after a bracketed figure that stands right after a count ("160,758 (0.84 %) votes" -> "votes"),
    where the count's noun or "of" phrase follows; None when the brackets hold anything but one figure."""
    close = next((t for t in doc[bracket.i + 1:min(bracket.i + 6, span.sent.end)] if t.text == ")"), None)
    if close is None or close.i == bracket.i + 1 or close.i + 1 >= span.sent.end \
            or not all(_is_figure(t, span) or t.is_punct for t in doc[bracket.i + 1:close.i]):
        return None
    return doc[close.i + 1]


def _joined_modifiers(doc: Doc, span: Span) -> str | None:
    """The noun a count counts when modifiers joined by "and" or "or" stand between them ("13,948 white and
    African-American participants", "412 new and used cars"), which the noun phrase read from the figure stops
    at: the words from the figure to that noun as written. None when no such modifiers stand there."""
    head = span.root.head
    if span.root.dep_ != "nummod" or head.pos_ != "NOUN" or not (span.end < head.i <= span.end + 6):
        return None
    between = doc[span.end:head.i]
    if not any(t.dep_ == "cc" for t in between) or not all(
            t.pos_ in ("ADJ", "CCONJ", "PUNCT", "VERB") and t.dep_ in ("amod", "cc", "conj", "punct") for t in between):
        return None
    return doc[span.end:head.i + 1].text


def _noun_at_figure(doc: Doc, span: Span, verb: Token | None, words: FrameWords) -> Token | None:
    """The noun a figure stands "at" with no verb between them, where the noun is what is at that level: a
    clause with no verb of its own ("EBITDA at Rs 540 crore against Rs 431 crore, up 25 per cent", a
    headline's "Jobless rate at 4.2%") or an absolute phrase after "with" ("with unemployment at 4.2%").
    Not a verb's object ("bought 2 million shares at $5": the price of them) nor a time, a place or another
    figure's unit. None otherwise."""
    if span.start < span.sent.start + 2 or doc[span.start - 1].lower_ != "at":
        return None
    noun = doc[span.start - 2]
    if noun.pos_ != "NOUN" or noun.lower_ in words.not_metrics or noun.ent_type_ != "" \
            or is_period_phrase(noun.text) or _is_figure(noun, span) \
            or noun.is_title and not _opens_sentence(noun) and not _written_lower(noun):
        return None  # (not a place in a list: "followed by Wales at 15.8 percent, the Midlands at 13.2 percent")
    if verb is None:
        return noun if noun.dep_ not in ("dobj", "pobj") or noun.head.lower_ == "with" else None
    held = noun
    for _ in range(4):  # "with unemployment at 4.2% and inflation at 3.1%", "inflation" parsed on the "%"
        if held.dep_ == "conj":
            held = held.head
        elif held.dep_ == "pobj" and held.head.lower_ == "at" and _is_figure(held, span):
            held = held.head.head
        else:
            break
    return noun if held.dep_ == "pobj" and held.head.lower_ == "with" else None


def _noun_before_at_aside(doc: Doc, span: Span, words: FrameWords) -> Token | None:
    """The noun phrase a figure set off by commas as ", at N," (or ", at N." ending the sentence) stands right after:
    what is at that level ("Both the labor force participation rate, at 63.2 percent, and the employment-population
    ratio, at 58.6 percent, were unchanged", "the only state with a population decline, at 0.6 percent"). The phrase's
    head through "of" ("The number of unemployed people, at 11.3 million"), and through another preposition when the
    object names no measure ("the jobless rate for women, at 5.1 percent"), never through "with". None otherwise."""
    start, end = span.start, span.end
    if start < span.sent.start + 3 or doc[start - 1].lower_ != "at" or doc[start - 2].text != "," \
            or span.root.dep_ != "pobj" or span.root.head.i != start - 1 \
            or not (end >= span.sent.end or doc[end].text in (",", ".", ";") or doc[end].is_space):
        return None
    noun = doc[start - 3]
    if noun.pos_ != "NOUN" or noun.lower_ in words.not_metrics or is_period_phrase(noun.text) or _is_figure(noun, span) \
            or noun.ent_type_ in ("GPE", "LOC", "PERSON", "ORG", "DATE", "TIME") \
            or noun.lower_ in words.place_heads | words.local_place_heads | words.world_scopes \
            or any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in noun.children) \
            or any(t.like_num or _in_a_figure(t) for t in noun.subtree if t.i < noun.i):
        # (not a place, where the clause's measure stands: "Unemployment was highest in the Skelde Coast region, at
        # 7.4%"; nor a noun another figure counts: "a fifth more rural thefts, at 1,140")
        return None
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "Salaries and benefits, at $141.3 million": the list from its first noun
    for _ in range(3):
        if noun.dep_ != "pobj" or noun.head.lower_ == "with" or noun.head.head.pos_ != "NOUN":
            break
        if noun.head.lower_ == "of":
            noun = noun.head.head
        elif (owner := _owner_of_place(noun, words)) is not noun:
            noun = owner
        else:
            break
    return noun if noun.lower_ not in words.not_metrics and not _is_figure(noun, span) else None


def _is_figure(tok: Token, span: Span) -> bool:
    """Whether a noun is part of another figure than `span` (its unit, "GWh" in "14,200 GWh", or a fraction,
    "a fifth"): inside another of the document's quantities."""
    if span.start <= tok.i < span.end:
        return False
    covered = span.doc.user_data.get("claimx_figures")  # the claims component's: the tokens inside a quantity
    if covered is not None:
        return tok.i in covered
    return any(q.start <= tok.i < q.end for q in span.doc.spans.get("quantities", ()))


def _purpose(doc: Doc, to: Token, span: Span) -> str | None:
    """What an amount followed by "to" and a verb pays for ("$1.3 million to extend the 311 line" -> "extending
    311 line", "£2m to hire 40 officers" -> "hiring officers"): the verb as a gerund with its object; None
    when no verb in the base form follows, or it has no object."""
    if to.i + 1 >= span.sent.end or doc[to.i + 1].tag_ != "VB":
        return None
    verb = doc[to.i + 1]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return None
    return f"{_gerund(verb.lemma_.lower())} {chunk_text(doc, obj, skip=span)}"


def _likelihood(span: Span, words: FrameWords) -> str | None:
    """What a figure before "more likely" / "less likely" / "as likely" measures: the likelihood of what follows
    ("27% more likely to be prescribed anti-dementia drugs" -> "likelihood of being prescribed anti-dementia drugs",
    "twice as likely as men to develop the condition" -> "likelihood of developing the condition"), as science and
    health copy writes a relative risk; None for any other figure."""
    tok = span.root
    for _ in range(3):
        if tok.lemma_.lower() in words.likelihood_words and tok.pos_ == "ADJ":
            break
        if tok.head == tok or tok.head.lower_ not in words.likelihood_words | words.likelihood_links:
            return None
        tok = tok.head
    else:
        return None
    verb = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    head_word = f"being {verb.text}" if passive else _gerund(verb.lemma_.lower())
    inside, end = set(verb.subtree), verb.i + 1
    while end < verb.sent.end:
        t = verb.doc[end]
        if t.lower_ in ("than", "as") or t.is_punct and t.text != "-" or t not in inside \
                or t.dep_ in ("advcl", "conj", "cc"):
            break
        end += 1
    tail = verb.doc[verb.i + 1:end].text
    return " ".join(w for w in ("likelihood of", head_word, tail) if w)


def _gerund(lemma: str) -> str:
    """The -ing form of a verb ("extend" -> "extending", "hire" -> "hiring", "cut" -> "cutting")."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", lemma):  # one syllable ending consonant-vowel-consonant
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


# rules/frame.json `times_compared_words`: after "N times", a multiple of something; `unit_words`: the unit of a figure,
# never what a phrase names ("a 41.9 percent jump")


def _figure_word(tok: Token, span: Span) -> bool:
    """Whether a token is the number or sign of another figure than `span`, or a word hyphened to it
    ("five-year", "14-mile", the "%" of "a 12.6% increase to 1.4 million"): no part of what a phrase names."""
    if not _is_figure(tok, span):
        return False
    doc = tok.doc
    return tok.like_num or tok.pos_ == "NUM" or tok.tag_ == "HYPH" or not any(ch.isalpha() for ch in tok.text) \
        or tok.lower_ in load_words().unit_words \
        or tok.i > 1 and doc[tok.i - 1].tag_ == "HYPH" and doc[tok.i - 2].like_num


def level_of(metric: str, words: FrameWords) -> str:
    """The measure a change metric is a change of ("change in on-time performance" -> "on-time performance",
    "net income growth" -> "net income"); a level metric unchanged."""
    if metric.lower().startswith("change in "):
        return metric[len("change in "):]
    for ending in (" growth", " fall"):
        if metric.lower().endswith(ending):
            return metric[:-len(ending)]
    return metric


def _change_after_figure(doc: Doc, span: Span, q: dict, words: FrameWords, antecedent: str | None) -> str | None:
    """A change written ", up 7%" or ", down $3 million" straight after another figure ("reported net income of
    $318 million on revenue of $4.12 billion, up 7% from a year earlier") is a change of what that figure
    measures (`antecedent`, the metric of the figure before it), whatever the clause's verb or subject; None
    otherwise (a per-share figure just before is not the figure's antecedent: "$1.49 a share, up 12%")."""
    i = span.start
    if i < span.sent.start + 3 or doc[i - 1].lower_ not in ("up", "down") or doc[i - 2].text != "," \
            or not _is_figure(doc[i - 3], span) or not antecedent or is_change(antecedent, words) \
            or "share of" in antecedent:
        return None
    return change_of(antecedent, doc[i - 1].lower_, q, words)


def _noun_up_figure(doc: Doc, span: Span, q: dict, words: FrameWords) -> str | None:
    """A change written with no verb straight after the noun that changed, as headlines and lists write it
    ("revenue up six per cent from year ago", "with spirits up 7.6%", "Global Passenger Numbers Up 6.4 Pct"),
    or in brackets right after it ("recorded thefts (up 12%)"), also with "by" ("with prices up by 15.9%"): a change
    of that noun. Not a name (a company "up 2%" is its share price, read by the market rules), a
    time, a unit or another figure. None otherwise."""
    i = span.start
    reached = False
    if i >= span.sent.start + 3 and doc[i - 1].lower_ == "by" and doc[i - 2].lower_ in ("up", "down"):
        i -= 1  # "with exports down by 3%"
    elif i >= span.sent.start + 3 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ in ("up", "down"):
        i -= 1  # "Valdor inflation down to 3.2% in March": the level the noun reached, no change
        reached = True
    if i < span.sent.start + 2 or doc[i - 1].lower_ not in ("up", "down"):
        return None
    noun = doc[i - 2]
    if noun.text == "(" and i >= span.sent.start + 3:
        noun = doc[i - 3]  # "recorded thefts (up 12%), fraud offences (up 8%)": the change in brackets after its noun
    if noun.lower_ in words.market_nouns and (priced := words.subject_metric(noun.lower_)) and priced.startswith("share"):
        return priced  # "Why Is Corvane Biotech (CRVB) Stock Up 35% Today?": a share's move, not the headline's words
    if noun.pos_ == "PROPN":  # a name ("Apple up 2%"), unless a headline's capitals ("Passenger Numbers Up 6.4 Pct")
        tagged = noun.ent_type_ not in ("", "ORG") and not (doc[i - 1].ent_iob_ == "I" and doc[i - 1].ent_type_ == noun.ent_type_)
        if tagged or not (noun.lower_ in words.metric_heads or _written_lower(noun)):
            return None
    elif noun.tag_ == "VBZ" and noun.lower_ in words.metric_heads:
        # a headline's plural measure the tagger read as a verb, its modifier as the subject ("Airport passengers
        # up 6.8% in January"); a verb of moving ("Inflation edges up 0.2%") is no measure
        before = next((c for c in noun.children if c.dep_ == "nsubj" and c.i == noun.i - 1
                       and c.pos_ in ("NOUN", "PROPN")), None)
        phrase = f"{chunk_text(doc, before, skip=span, names=False)} {noun.text}" if before is not None else noun.text
        return phrase if reached else change_of(phrase, doc[i - 1].lower_, q, words)
    elif noun.pos_ != "NOUN":
        return None
    if noun.lower_ in words.not_metrics | words.aggregate_nouns or noun.ent_type_ in ("DATE", "TIME") \
            or is_period_phrase(noun.text) or _is_figure(noun, span) or noun.lower_ in words.rise_nouns | words.fall_nouns:
        return None
    if reached:
        return chunk_text(doc, noun, skip=span)
    return change_of(chunk_text(doc, noun, skip=span), doc[i - 1].lower_, q, words)


def _subjectless_infinitive(verb: Token) -> bool:
    """Whether a verb the parse hung on a noun as a relative clause is a bare infinitive with no subject of its own
    ("Oat production to fall 7% to 1.1 million tonnes", as lists and headlines write a forecast): the noun is what
    moves, as for a participle ("its valuation surpassing ..."); not "the firm that sold 5%" nor "the sum it paid"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _noun_before_compared(doc: Doc, span: Span, q: dict, words: FrameWords) -> str | None:
    """A change written with no verb straight after its noun and set against another level by a word of
    `figure_base_words` or `comparative_words` ("with temperatures 6 to 12 degrees above average", "ended the year with
    reserves 12% below target", "prices 4% higher"): what the noun measures. Not a name, a time, a unit or another
    figure. None otherwise."""
    if q["kind"] in ("count", "multiple") or span.start <= span.sent.start or span.end >= span.sent.end \
            or doc[span.end].lower_ not in words.figure_base_words | words.comparative_words:
        return None
    noun = doc[span.start - 1]
    if noun.pos_ != "NOUN" or noun.lower_ in words.not_metrics | words.aggregate_nouns or noun.ent_type_ in ("DATE", "TIME") \
            or is_period_phrase(noun.text) or _is_figure(noun, span) or noun.lower_ in words.rise_nouns | words.fall_nouns:
        return None
    return " ".join(named(doc, noun, span, words, None).replace('"', " ").split())  # ('"bad" LDL cholesterol')


def _name_up_figure(doc: Doc, span: Span, q: dict, words: FrameWords) -> str | None:
    """A name written straight before "up" or "down" and a sum of money with no verb, as market reports list the
    day's movers ("The biggest risers were Brindle up 47p, or 4.1%, to 1,207p"): what `market_move` reads for a
    name that moves (a company's share price), with its guards (no place, party in a poll or possessive). Not a
    percentage (a capitalised category in a list: "Transport up 18.9%, Housing up 17.1%"), unless the name is a market
    index's ("with Nifty Smallcap up 0.01 per cent"), nor a name that is a preposition's object ("sales at Velmont up
    3%"). None otherwise."""
    i = span.start
    if i < span.sent.start + 2 or doc[i - 1].lower_ not in ("up", "down"):
        return None
    name = doc[i - 2]
    if not (q["kind"] == "amount" or q["unit"] in ("percent", "index point") and _index_named_before(name, words)) \
            or not (name.pos_ == "PROPN" or name.like_num and not _is_figure(name, span)) \
            or name.dep_ == "pobj" and name.head.lower_ != "with":  # ("with Nifty Smallcap up 0.01 per cent")
        return None
    return market_move(doc, span, q, None, name, words, moving=True)


def _index_named_before(name: Token, words: FrameWords) -> bool:
    """Whether a name of two or three capitalised words before a move opens with a word of `index_name_words` ("with
    Nifty Smallcap up 0.01 per cent", "Kospi Midcap down 0.4%"): a market index's, whose move in percent or points is
    its level's, as a company's sum of money is its share price."""
    start = name.i
    while start > name.sent.start and name.i - start < 2 and name.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start < name.i and _named_index(name.doc[start], words) or _named_index(name, words)


# rules/frame.json `own_noun_words`: "5% of its staff", "$1.49 per share", "$1.49 a share"


def names_its_own(doc: Doc, span: Span) -> bool:
    """Whether a figure has a noun, "of" or a rate of its own right after it ("cut 300 jobs, or 5% of its staff",
    "$684 million, or $1.49 per share"): then it is no bare restatement of the figure before it."""
    nxt = doc[span.end] if span.end < span.sent.end else None
    return nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ in load_words().own_noun_words)


def _restated_or_reached(doc: Doc, span: Span, antecedent: str | None, words: FrameWords) -> str | None:
    """A bare figure that restates the figure just before it in another unit (", or 4.2%,": "rose 31.20p, or
    4.2%, to 774.4p") measures what that figure does (`antecedent`); a bare figure that figure went "to" or
    stands "at" after its comma ("up 12p, or 2.1%, to 590p", "down 56p, at 746p") is the level of that measure.
    Bare: no noun, "of" or rate of its own after it ("cut 300 jobs, or 5% of its staff" is a share of the staff,
    "$684 million, or $1.49 per share" earnings per share).
    None otherwise, or when the figure before names no measure or only a share of one."""
    i = span.start
    if i < span.sent.start + 3 or not antecedent or "share of" in antecedent:
        return None
    if names_its_own(doc, span):
        return None
    if doc[i - 1].lower_ == "or" and doc[i - 2].text == "," and _is_figure(doc[i - 3], span):
        return antecedent
    if doc[i - 1].lower_ in ("to", "at") and doc[i - 2].text == "," and _is_figure(doc[i - 3], span):
        return level_of(antecedent, words)
    if doc[i - 1].lower_ == "at" and _is_figure(doc[i - 2], span) and i - 3 > span.sent.start \
            and antecedent == (words.subject_metric("index") or "index level") \
            and any(t.lower_ in ("up", "down") for t in doc[max(span.sent.start, i - 6):i - 2]):
        return antecedent  # "Nifty Midcap down 0.15 per cent at 16,852": an index's level after its move, no comma
    return None


def _level_after_change(doc: Doc, span: Span, words: FrameWords, antecedent: str | None) -> str | None:
    """A figure a change noun goes "to" or comes "from" ("a rise in its quarterly dividend to $0.26", "an increase
    to $46 billion" after revenue) is a level of what changed, not the change; None otherwise."""
    prep = span.root.head if span.root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("to", "from") and prep.head.pos_ == "NOUN" and prep.head.dep_ == "pobj" \
            and prep.head.head.lower_ in ("in", "of") and prep.head.head.head.lower_ in words.rise_nouns | words.fall_nouns \
            and not is_period_phrase(prep.head.text):
        return chunk_text(doc, prep.head, skip=span)  # "a 41.9% jump in quarterly profits to $1.0 billion", "to" on profits
    if prep is None or prep.lower_ not in ("to", "from"):
        return None
    if prep.lower_ == "to" and prep.head.lower_ == "from" and prep.head.dep_ == "prep":
        prep = prep.head  # "a jump in wolf numbers from 2,226 in 2014 to 2,967": the parse hangs "to" on "from"
    if prep.head.dep_ == "acl" and prep.head.pos_ == "VERB" and (period := prep.head.head).ent_type_ == "DATE" \
            and period.dep_ == "pobj" and period.head.head.pos_ == "NOUN" and period.head.head.i < prep.i:
        # "a 76 percent rise in net profit for the second quarter ended September 2025 to Rs. 1,845 crore": the parse
        # hangs "to" on the period's verb; the change is the noun the period's phrase goes with
        change = period.head.head if period.head.head.lower_ in words.rise_nouns | words.fall_nouns else None
    else:
        change = prep.head if prep.head.pos_ == "NOUN" and prep.head.lower_ in words.rise_nouns | words.fall_nouns else None
    if change is None and prep.head.pos_ == "VERB":  # "reporting a 41.9% jump in profits to $1.0 billion"
        change = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i
                       and c.lower_ in words.rise_nouns | words.fall_nouns), None)
    if change is None:
        return None
    for inner in change.children:
        if inner.dep_ == "prep" and inner.lower_ in ("in", "of"):
            # (not another figure's unit: "a reduction of 14 per cent, from 177 burglaries to 151" is no level of "cent")
            obj = next((g for g in inner.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                        and not (span.start <= g.i < span.end) and not _is_figure(g, span)
                        and g.ent_type_ not in ("DATE", "TIME", "GPE")), None)
            if obj is not None and not is_period_phrase(obj.text) and not find_periods(obj.text):
                return chunk_text(doc, obj, skip=span)
    if antecedent and not is_change(antecedent, words) and "share of" not in antecedent:
        return antecedent
    return None


def _gap_in_points(doc: Doc, span: Span, q: dict) -> Token | None:
    """The noun of a gap a count of points sizes, written "N-point" or "N point" before it ("a 12-point lead over
    Labour", "an eight point gap at the top"): one of the grammar lexicon's `count_modifiers` `gap_nouns`, what the
    figure measures; "point" only says what the gap is counted in."""
    if q["kind"] != "count" or span.end + 1 >= len(doc):
        return None
    point = doc[span.end + 1] if doc[span.end].text == "-" else doc[span.end]
    gap = point.head
    if point.lower_ not in ("point", "points") or gap.i <= point.i or gap.i > point.i + 1 \
            or gap.lower_ not in _gap_nouns():
        return None
    return gap


def _gap_over(gap: Token) -> str:
    """The gap `gap` names, with whom it is over when its "over" phrase says ("lead over Labour"; "lead")."""
    for prep in gap.children:
        if prep.lower_ == "over" and (obj := next((c for c in prep.children if c.dep_ == "pobj"), None)) is not None:
            return f"{gap.lemma_.lower()} over {gap.doc[obj.left_edge.i:obj.i + 1].text}"
    return gap.lemma_.lower()


@lru_cache(maxsize=1)
def _gap_nouns() -> frozenset[str]:
    """The nouns of a lead or a gap counted in points (the grammar lexicon's `count_modifiers` `gap_nouns`)."""
    return frozenset(load_lexicon()["count_modifiers"]["gap_nouns"])


@lru_cache(maxsize=1)
def _time_units() -> frozenset[str]:
    """The units of a duration ("minute", "year"), from the grammar's lexicon."""
    return frozenset(load_lexicon()["time_units"].values())


def _where_a_measure_moved(doc: Doc, span: Span, prep: Token, verb: Token | None, words: FrameWords) -> bool:
    """Whether "in" after a figure says where or in which part a measure moved or stands, not what: the figure is the
    change a verb of rising or falling with no object of its own states, or its "by" phrase (rules/lexicon.json
    `change_up`, `change_down`), or the level a verb puts "at" or "be" gives, "in" hangs on that verb or on the figure,
    and the verb's subject names the measure ("House prices rose 3% in the capital", "Unemployment fell 0.2 points in
    the region", "Unemployment stood at 4.1% in the north": house prices, unemployment; "raised $4 billion in bonds"
    keeps the bonds)."""
    by = span.root.head if span.root.dep_ == "pobj" and span.root.head.lower_ in ("by", "at") else None
    if verb is None or (by or span.root).head != verb or prep.head not in (verb, span.root, by) \
            or not (verb.lower_ in _change_words() or verb.lemma_.lower() in _change_words()
                    or any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
                    or span.root.dep_ == "attr" and verb.lemma_ == "be") \
            or any(c.dep_ == "dobj" and not (span.start <= c.i < span.end) for c in verb.children):
        return False
    return measured_subject(doc, span, verb, words) is not None


@lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    """The words of rising and falling (rules/lexicon.json `change_up` and `change_down`)."""
    lexicon = load_lexicon()
    return frozenset(lexicon["change_up"]) | frozenset(lexicon["change_down"])


def _change_after(tok: Token, span: Span, words: FrameWords) -> bool:
    """Whether `tok` is a change noun set off by a comma after the figure `span` ("totalled £21.1 billion in the year, a
    decrease of 6.1%"), which the parse may take for a second object of the figure's verb: an apposition, no object
    (not the noun the figure stands in, "drove a 0.6 per cent increase", nor one of another clause, "saw a rise of 14%, and
    the island route recorded a fall of 3%")."""
    return tok.left_edge.i >= span.end and tok.lemma_.lower() in words.rise_nouns | words.fall_nouns | words.change_nouns \
        and tok.head.is_ancestor(span.root) and any(t.text == "," for t in span.doc[span.end:tok.left_edge.i])


def _after_its_comma(tok: Token, span: Span) -> bool:
    """Whether `tok`, of a verb before the figure `span`, stands after the figure with a comma or semicolon between
    them: the next item of a list ("fraud offences, which jumped 69.7 per cent, drug offences, which jumped ..."),
    never the figure's object (a verb after the figure keeps its object: "Elmfield (13.1m) and Tarrow (12.9m) boast
    bigger crowds")."""
    return tok.head.i < span.start < span.end < tok.i and any(t.text in (",", ";") for t in span.doc[span.end:tok.i])


def measured_subject(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """The verb's subject when it says what is measured ("Revenue rose 12%"), not who acts ("Supporters want");
    a relative pronoun stands for the noun its clause hangs from ("the shares, which had gained 18%"), and a
    verb with no subject of its own takes its head's ("Property taxes are expected to bring in $284 million")."""
    # two subjects are a misparse of a clause before the verb ("where Orvane bills in dollars, the division's sales
    # reached $2.31 billion"): the one next to the verb first
    subjects = sorted((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: abs(verb.i - c.i))
    if not subjects and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        # "Turnout there was 31.6%": the parse took "there" for the subject and the noun before it for an adverb
        subjects = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i + 1 < len(doc)
                    and doc[c.i + 1].lower_ == "there"]
    if not subjects and (clause := next((c for c in verb.children if c.dep_ in ("csubj", "ccomp") and c.tag_ == "VBG"
                                         and c.i < verb.i), None)) is not None:
        # "The number of people waiting longer than 12 hours was 33,107": the parse made the participle a clause before
        # "was" and the noun before it that clause's subject; the noun is what is counted
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < clause.i]
    if not subjects and (fronted := fronted_apposition(verb)) is not None:
        subjects = [fronted]  # "For Orinda Holding, the profit before tax rose by 12%": the profit
    if not subjects and (counted := _participle_noun(verb, words)) is not None:
        # "Claims paid climbed to N31.8 billion", "Loans disbursed fell 8%": the noun and the participle that says
        # which of them are counted
        return f"{named(doc, counted[0], span, words, None)} {counted[1].lower_}"
    # "Valdoria's biggest lender, Harlow Bank's profit before tax rose 12.6%": a description parsed as the subject, the
    # measure with its owner hung on it as an apposition; the measure is what moved
    subjects = [next((a for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN"
                      and any(g.dep_ == "poss" and g.pos_ == "PROPN" for g in a.children)), c)
                if c.pos_ == "NOUN" and c.lemma_.lower() in words.description_heads else c for c in subjects]
    # "profit before tax stood at N92.1bn", "tax" parsed as the subject after a qualifier: the measure it qualifies
    subjects = list(dict.fromkeys(_qualified_subject(c, words) for c in subjects))
    # "Harlow, Nov 12 (HNA): Consumer price inflation stood at 4.12 percent": the parse made the dateline's place the
    # subject and hung the sentence's own subject on it
    subjects = [_past_dateline_place(c) for c in subjects]
    subjects = [_past_period_end_date(c, verb) for c in subjects]
    # "A total of 71.4 per cent of patients were seen ..., up from 71 per cent": an aggregate noun whose "of" opens on
    # a figure other than this one is no measure of its own (that figure's metric says what is measured); not "The
    # average of Canada's three measures", whose "of" names what is averaged
    subjects = [c for c in subjects if not (c.lemma_.lower() in words.aggregate_nouns and any(
        p.dep_ == "prep" and p.lower_ == "of" and p.i + 1 < len(doc) and doc[p.i + 1].like_num
        and not span.start <= p.i + 1 < span.end for p in c.children))]
    marks = [c.i for c in verb.children if c.dep_ in ("mark", "prep") and c.lower_ in words.qualifier_marks]
    if len(subjects) > 1 and marks:
        # "Operating profit before exceptional items climbed 9%", "before" read as opening a clause: the qualifier's
        # noun is no subject; the measure is the one before the qualifier
        subjects = [c for c in subjects if not any(subjects[-1].i < m < c.i for m in marks)] or subjects
    acting = any(c.dep_ == "dobj" and not (span.start <= c.i < span.end) and not only_stated(c, words)
                 and not (c.like_num and c in span.root.ancestors)  # "had dropped $2.0 billion to $646.7 billion" as one
                 and not _change_after(c, span, words)  # "totalled £21.1 billion, a decrease of 6.1%": no second object
                 # "fraud offences, which jumped 69.7%, drug offences, which ...": the list's next item, no object
                 and not (_after_its_comma(c, span) and any(s.tag_ in ("WDT", "WP") for s in subjects))
                 for c in verb.children)  # (not "Load factor hit a 10-year high, at 80.2%": the load factor did)
    if not subjects and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and (said := next(
            (c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.right_edge.i + 1 == verb.left_edge.i),
            None)) is not None:
        # "The city is projecting bus revenues will bring in $39.2 million": the parse made the clause's subject the
        # object of the verb before it
        subjects = [said]
    if not subjects and (reported := _reported_object(verb, words)) is not None:
        # "figures showed inflation in June rose to 2.3%", "The data showed stockpiles, which ..., declined by
        # 240,000 barrels": the parse made the reported clause's subject the object of the verb that reports it
        subjects = [reported]
    if not subjects and verb.dep_ == "conj" and verb.head.i < verb.i and (
            verb.head.lemma_.lower() in words.publishing_verbs or verb.head.lower_ in words.reporting_verbs) \
            and (said := next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i), None)) is not None:
        # "has announced that the country's oil output is increasing and, as of Thursday, stood at 1.6 million barrels
        # per day": the parse joined the second verb to the one that reports it; its subject is the reported clause's
        subjects = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if not subjects and verb.dep_ in ("conj", "advcl") and verb.i > 0 and (noun := doc[verb.i - 1]).pos_ == "NOUN" \
            and noun.dep_ == "conj" and verb.head.i < noun.head.i < noun.i \
            and any(t.dep_ == "cc" for t in doc[noun.head.i + 1:noun.i]):
        # "revenues rose 11 percent to 1.8 billion rupees and expenses rose 9 percent": the parse joined the second
        # clause's subject to the first clause's last noun; the noun right before the joined verb is its subject
        subjects = [noun]
    tok = verb
    for _ in range(2):  # "Property taxes remain ..., expected to bring in $512 million": through both verbs
        if subjects or tok.head == tok or not (tok.dep_ in ("xcomp", "acomp", "conj") or tok.dep_ == "advcl" and (
                tok.tag_ in ("VBG", "VBN") or _stray_finite(tok) or _result_infinitive(tok)) and not any(
                    c.dep_ == "dobj" and not (span.start <= c.i < span.end) for c in tok.children)):
            break  # "the index held up better, slipping 0.4%": what held up slipped
        tok = tok.head
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in words.sequence_prepositions \
            and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.head.i > tok.i \
            and not any(c.dep_ == "dobj" and not (span.start <= c.i < span.end) for c in tok.children):
        # "After rising 3.1% in May, retail sales fell 0.4% in June": what rose is the main clause's subject
        tok = tok.head.head
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    for child in subjects:
        if span.start <= child.i < span.end:
            continue  # the figure's own scale word parsed as the subject ("more than £28m has been earmarked")
        if child.pos_ == "NOUN" and {child.lower_, child.lemma_.lower()} & words.source_nouns and (
                tok.lemma_.lower() in words.showing_verbs | words.publishing_verbs or tok.lower_ in words.reporting_verbs):
            # "Performance improved, the data revealed, with 64% of patients seen within a week, up from 61%": the
            # figures that report a measure are where it was read, never what it measures
            continue
        if child.lower_ == "those" and child.pos_ == "PRON" and _bare_count(span) and not acting \
                and (tail := _vague_tail(doc, child, span) or state_tail(doc, child, span)):
            return f"people{tail}"  # "those waiting more than 65 weeks dropped to 10,517": people waiting more than 65 weeks
        if (whole := _as_share_of(child, span, words)) is not None:
            # "Gross non-performing assets (NPAs) as a percentage of gross advances dipped to 12.53%": a share
            return f"{chunk_text(doc, child, skip=span)} as a share of {whole}"
        if child.lower_ == "it" and (before := _it_measure_before(tok, child, words)) is not None:
            # "Inflation started easing in January when it fell to 8.2 percent", "The rate hit its highest level
            # since it was cut to 3.75 per cent": "it" in a clause of the sentence stands for the measure its main
            # clause is about
            child = before
        elif child.lower_ == "it" and (before := _it_opening_measure(child, tok, words)) is not None:
            # "City Council passed the 2007-8 budget. It came in at a record $122M": the budget
            child = before
        if child.lower_ in ("which", "that") and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "violence against the person, which soared 18%": violence; "the fee, which is believed to exceed
            # £150 million": the fee (the relative clause of the verb the figure's verb completes)
            child = _owner_of_place(tok.head, words)
        if child.pos_ == "PROPN" and statistic_index(child, words):
            # "the Consumer Prices Index rose by 7.0%"; by its short name when one follows in brackets ("The Consumer
            # Prices Index including owner occupiers' housing costs (CPIH) rose by 6.2%": CPIH, as it is reported)
            index_name = _short_name(doc, child, tok) or " ".join(t.text for t in _name_words(child))
            # "Canada's Consumer Price Index (CPI) rose 1.9 percent", "the CPI rose 1.7 percent": an index a reader
            # looks up by its long name (`measure_acronyms`), the consumer price index
            return words.measure_acronym(index_name) or index_name
        if measure_name(child, words):
            return measure_name_text(child, words)  # "Customs Duty climbed to Rs. 1,104 billion", "Central GST was Rs 30,420 crore"
        if (prep := index_for(child)) is not None:  # "the index for shelter rose 0.3%": that index
            return " ".join(t.text for t in [child, *prep.subtree] if not (t.dep_ == "det" and t.head == child))
        if (priced := _commodity_unit(child, words)) is not None:
            return priced  # "a barrel of Brent crude was trading at $61.86": oil price per barrel
        said = words.subject_metric(child.lower_)
        if said is None and child.lower_ in words.commodity_contract_nouns:
            # "the West Texas Intermediate contract for January fell $2.80": a commodity's contract stands for its price,
            # as its futures do (no price for a contract no commodity modifies: "the contract rose to $50 million")
            said = futures_commodity(child, words)
        if said and words.population_stock(child):
            said = None  # "Cod stocks fell 40%": a population of fish, no share price
        if said is None and child.lower_ in words.index_name_words and child.lower_ not in ("index", "indices") \
                and tok.lemma_.lower() in words.market_verbs \
                and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in child.children):
            said = words.subject_metric("index")  # "The Dow Jones industrial average slipped 0.3%": a named index's level
        if said and said.startswith("futures"):
            # "Brent crude futures fell 0.44%", "U.S. crude oil futures rose $1": the commodity's price
            said = futures_commodity(child, words) or said
        held = next((g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and not _is_figure(g, span)), None) \
            if said and child.tag_ == "NN" else None
        if held is not None:
            # "the stock of non-performing loans rose to 39.1 billion": a quantity held of what follows, not a price
            return chunk_text(doc, held, skip=span)
        if said and said.startswith("index") and _percent_at(span):
            said = None  # "the index closed at 7.17 percent": a rate a statistics index stands at, no market's level
        if said and (child.pos_ == "NOUN" or child.ent_type_ == "") \
                and not _physical(span) and not (_bare_count(span) and not said.startswith("index")) \
                and not (said.startswith("index")
                         and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in child.children)
                         and not any(c.dep_ == "compound" and c.lower_ in words.index_name_words for c in child.children)):
            # a named index ("the Broadline 500 index", "the Nasdaq Composite index") is a market level; "the consumer
            # price index" is its own measure
            return said  # "Shares of Harwick rose 6.4%", "gold rose 0.8%": a price
        # a capitalised first word the tagger took for a name is still a common noun ("Vacancies fell"), a
        # measure the tagger read as a gerund still a measure ("Spending on hospitals reached ..."); the
        # subject of a verb with an object of its own acts on it ("Puffins occupied 2,650 burrows") unless it
        # names a measure
        # (a measure the tagger dates, "the average workweek", is still a measure)
        if (child.pos_ == "NOUN" and (child.ent_type_ == "" or _opens_sentence(child)
                                      or child.ent_type_ == "DATE" and child.lower_ in words.metric_heads)
                or _common_first_word(child, words)
                or child.tag_ == "VBG" and child.lower_ in words.metric_heads) \
                and (child.lower_ in words.metric_heads or not acting) \
                and (child.lower_ not in words.actors or verb.lemma_ == "be" and span.root.dep_ == "attr" and _bare_count(span)) \
                and f"the {child.lower_}" not in words.generic_subjects \
                and child.lower_ not in words.not_metrics and not (child.is_title and not _opens_sentence(child)) \
                and not is_period_phrase(child.text) \
                and not any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > child.i and not _short_form(c)
                            # (a name after the noun's "at"/"in" phrase names that phrase's object, which the parse
                            # hangs on the noun: "Gold output at the largest pit, Harrow Deep, declined")
                            and not any(p.dep_ == "prep" and child.i < p.i < c.i for p in child.children)
                            for c in child.children):
            # (not "The second half delivered $2.2 billion": when, not what; nor a noun a name stands beside, "Its
            # partner the Rural League got 7.9 per cent": who, nor one who acts, unless a bare count completes "be": "the
            # total registered voters were 1,887,767" counts them; but a measure's own short form in brackets is no
            # name: "Gross domestic product (GDP) grew 0.3%" -> "Gross domestic product (GDP)")
            text = named(doc, child, span, words, None, with_conjuncts=True)
            short = next((c for c in child.children if c.dep_ == "appos" and _short_form(c)), None)
            return f"{text} ({short.text})" if short is not None and short.text not in text else text
        if titled_measure(child, words):
            return titled_measure_text(child)  # "Net Interest Income rose 12%", "Average Revenue Per User (ARPU) stood at"
        if (owned_name := _owned_capitalised_measure(child, words, tok)) is not None:
            return owned_name  # "The Rowing Union's Annual Revenue for 2024 was ...": the measure its owner reports
        if child.pos_ == "PROPN" and (measure := _apposed_measure(child, words)) is not None:
            return named(doc, measure, span, words, None)  # "Harlow Commercial Bank (HCB) net profit increased 18%"
        if child.pos_ == "PROPN":  # "The Department for Education's budget rises 2.1%", parsed as the name's
            owned = [t for t in child.subtree if t.pos_ == "NOUN" and t.i > child.i and t.lower_ in words.metric_heads
                     and any(c.tag_ == "POS" for c in doc[max(child.i, t.i - 4):t.i])]
            if owned:
                return named(doc, owned[0], span, words, None)
    return None


def _moves_its_object(verb: Token, span: Span) -> bool:
    """Whether the figure is the "by" or "to" of a verb that moves an object of its own ("the decision to lift the cash
    rate target by 25 basis points", "a plan to raise the levy to 4%"): the object is what moved, not the noun the
    verb's infinitive hangs on. A look at the figure's preposition and the verb's children."""
    prep = span.root.head
    return span.root.dep_ == "pobj" and prep.lower_ in ("by", "to") and prep.head == verb \
        and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not _is_figure(c, span) for c in verb.children)


def _as_share_of(noun: Token, span: Span, words: FrameWords) -> str | None:
    """The whole a noun is measured as a share of ("gross NPAs as a percentage of gross advances", "exports as a share
    of output": an "as" phrase whose object is a word of `share_of_nouns` with an "of" phrase), or None."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for share in prep.children:
            if share.dep_ == "pobj" and share.lower_ in words.share_of_nouns:
                of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if whole is not None and not _is_figure(whole, span):
                    return chunk_text(whole.doc, whole, skip=span)
    return None


def _it_measure_before(verb: Token, it: Token, words: FrameWords) -> Token | None:
    """The measure an "it" subject of a clause inside a sentence stands for: the noun subject, before the "it", of a
    verb the clause hangs from (up to four steps up the tree, through a relative, adverbial or joined clause), when that
    noun is a measure (a word of `metric_heads`, or of `national_measures` or `economy_measures`) and no actor; None
    otherwise ("Acme said it rose 5%": a name, left alone)."""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("relcl", "advcl", "conj", "ccomp", "xcomp", "acl", "pcomp", "pobj", "prep") \
                or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.i >= it.i or subject.pos_ != "NOUN" or subject.lower_ in words.actors:
            return None
        lemma = subject.lemma_.lower()
        if subject.lower_ in words.metric_heads or lemma in words.metric_heads \
                or subject.lower_ in words.national_measures | words.economy_measures:
            return subject
        return None
    return None


def _noun_now_figure(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a figure measures written with no verb after its noun and "now", as headlines and bulleted summaries write a
    level ("average house price in England and Wales now £168,356", "Unemployment now 4.1%"): the noun, past the places
    after "in" that say whose it is; None for any other shape (a verb between: "the average price is now £X")."""
    i = span.start
    if i < span.sent.start + 2 or doc[i - 1].lower_ != "now":
        return None
    noun = doc[i - 2]
    for _ in range(3):
        if noun.pos_ == "NOUN":
            break  # (the measure reached: not on to what the parse joins it to, "January house prices up 1%: average ...")
        if noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head  # "England and Wales"
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "across", "for") and noun.head.head.i < noun.i:
            noun = noun.head.head  # "price in England"
        else:
            break
    if noun.pos_ != "NOUN" or noun.lower_ in words.not_metrics or _is_figure(noun, span) or is_period_phrase(noun.text) \
            or any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG") or t.is_punct for t in doc[noun.i + 1:i - 1]):
        return None
    return named(doc, noun, span, words, None)


def _with_share_state(doc: Doc, span: Span, q: dict, words: FrameWords) -> str | None:
    """A bare share after "with" that a participle describes, as an absolute clause writes it ("Cancer targets were
    missed, with 76.8 per cent diagnosed within 28 days", "with 12% still waiting after a year"): "share" and the
    participle's words, up to a comma, a conjunction or eight words; None for any other shape (a share "of" a group
    is read by its "of" phrase; "with 41% saying they felt safe" by what they said, `_share_doing`; a verb of moving,
    "attracted 3 million users, with 25 percent falling between the ages of 18 and 30", says where a part of the
    figure before falls, left to that figure's measure)."""
    if q["unit"] not in ("percent", "ratio") or q["kind"] == "multiple" or span.end >= span.sent.end:
        return None
    state = doc[span.end]
    if state.tag_ not in ("VBN", "VBG") or state.lemma_.lower() in words.source_verbs | words.move_verbs or not (
            span.root.dep_ == "pobj" and span.root.head.lower_ == "with" and state.dep_ == "acl" and state.head == span.root
            # ("with 76.8 per cent diagnosed ...", parsed as the participle's subject)
            or span.root.dep_ == "nsubj" and state == span.root.head and state.dep_ == "pcomp" and state.head.lower_ == "with"):
        return None
    end = state.i + 1
    for t in doc[state.i + 1:min(state.right_edge.i + 1, state.i + 8)]:
        if t.is_punct and t.text != "-" or t.dep_ == "cc" or _in_a_figure(t) and t.dep_ == "nummod" and t.head.pos_ == "NOUN" \
                and t.head.lemma_.lower() in ("percent", "cent", "%"):
            break
        end = t.i + 1
    end = _whole_phrases(doc, state.i, end, state.right_edge.i + 1)
    return f"share {doc[state.i:end].text}"


def _it_opening_measure(it: Token, verb: Token, words: FrameWords) -> Token | None:
    """The measure an "it" opening a sentence stands for: the noun subject, else the noun object, of the sentence
    before's main verb (or of the clause a reporting verb there reports: "City Council passed the budget, Henry Graff
    reports"), when that noun is a measure (a word of `metric_heads`, `national_measures` or `economy_measures`) and no
    actor; the object only when the subject before is an actor or a name and the "it" clause's verb only states an
    amount (`amount_verbs`: "It came in at $122M", "It totals $41.2 million"); None otherwise ("Harlow Foods reported
    results. It earned $41 million": the company acts, left alone)."""
    doc = it.doc
    sent = it.sent
    if it.i != sent.start or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    verbs = [before.root] + [c for c in before.root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                             and (before.root.lower_ in words.reporting_verbs
                                  or before.root.lemma_.lower() in words.publishing_verbs)]
    for dep in (("nsubj", "nsubjpass"), ("dobj",)):
        for head in verbs:
            noun = next((c for c in head.children if c.dep_ in dep), None)
            if noun is None:
                continue
            if noun.pos_ == "NOUN" and noun.lower_ not in words.actors and not noun.ent_type_ \
                    and (noun.lower_ in words.metric_heads or noun.lemma_.lower() in words.metric_heads
                         or noun.lower_ in words.national_measures | words.economy_measures):
                return noun
            if dep != ("dobj",) and (noun.pos_ == "NOUN" and noun.lower_ not in words.actors
                                     and noun.lemma_.lower() not in words.source_nouns
                                     or verb.lemma_.lower() not in words.amount_verbs):
                return None  # "The bus fleet grew ...": "it" stands for the subject, no measure
    return None


def _percent_at(span: Span) -> bool:
    """Whether the figure is a percentage written as the level something stands "at" or moves "to" ("the index closed
    at 7.17 percent"): a rate, which no market index's level is written in."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("at", "to"):
        return False
    return any(t.text == "%" or t.lower_ in ("percent", "pct") for t in span) or span.text.lower().endswith("per cent")


def _owned_capitalised_measure(name: Token, words: FrameWords, verb: Token | None = None) -> str | None:
    """A measure written in capitals as a heading is, after its owner's possessive ("the Rowing Union's Annual
    Revenue", "Harbour Trust's Operating Profit"): the tagger reads it as a name, but its head word is a measure of
    `metric_heads` and an owner's "'s" stands before it, so it is what the owner reports, not who. So is a short form
    in capitals an owner's possessive stands before when it moves by a verb of `move_verbs` ("Kestrel Telecom's ARPU
    grew to Rs 183"). The words from after the possessive to the head; None otherwise (not a place owning a name,
    "Japan's Nikkei")."""
    if name.pos_ != "PROPN":
        return None
    short = name.is_upper and name.is_alpha and 2 <= len(name.text) <= 6 and verb is not None \
        and verb.lemma_.lower() in words.move_verbs
    if not (short or name.is_title and name.lower_ in words.metric_heads):
        return None
    owner = next((c for c in name.children if c.dep_ == "poss" and c.i < name.i), None)
    if owner is None or not any(c.tag_ == "POS" or c.lower_ in ("'s", "\u2019s", "'") for c in owner.children):
        return None
    if _place_owner(next(c for c in owner.children if c.tag_ == "POS" or c.lower_ in ("'s", "\u2019s", "'"))):
        return None
    found = [t for t in _name_words(name) if t.i > owner.right_edge.i]
    return " ".join(t.text for t in found) if found else None


def titled_measure(name: Token, words: FrameWords) -> bool:
    """Whether `name` heads a measure written in capitals as a results release or a statistics table writes one ("Net
    Interest Income", "Average Revenue Per User (ARPU)", "Gross Operating Profit"): the tagger reads it as a name, but
    its head is a word of `metric_heads` and it and the capitalised words before it (one at least) name nothing the
    tagger knows. Not one word alone (`_common_first_word` reads that) nor a word of another name ("Harlow Revenue
    Services")."""
    if name.pos_ not in ("PROPN", "NOUN") or not name.is_title or name.lower_ not in words.metric_heads \
            or name.ent_type_ not in ("", "ORG") or name.dep_ in ("compound", "flat", "nmod", "amod", "poss"):
        return False
    found = _name_words(name)
    if len(found) < 2 or not all((t.is_title or t.is_upper) and t.ent_type_ == name.ent_type_ for t in found):
        return False
    if name.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in found):
        return False  # (a head the tagger calls a noun after words it calls names: "Annual Inflation Rate for food")
    # the tagger may call such a run an organisation ("Net Interest Income rose 9%"): then each of its words is a noun
    # of the dictionary or a participle ("Consolidated", "Operating"), and the entity ends with it
    return not name.ent_type_ or name.ent_iob_ != "B" and found[0].ent_iob_ == "B" \
        and (name.i + 1 >= len(name.doc) or name.doc[name.i + 1].ent_iob_ != "I") \
        and all(dictionary_noun_word(t) or t.lower_.endswith(("ed", "ing")) for t in found)


def titled_measure_text(name: Token) -> str:
    """The words of a measure written in capitals (`titled_measure`), with the unit it is taken per ("Per User") and
    its short form in brackets ("(ARPU)")."""
    found = _name_words(name)
    per = next((c for c in name.children if c.dep_ == "prep" and c.lower_ == "per" and c.i == name.i + 1), None)
    unit = next((g for g in per.children if g.dep_ == "pobj" and g.is_title), None) if per is not None else None
    if unit is not None:
        found = [*found, per, *_name_words(unit)]
    short = next((c for t in (name, unit) if t is not None for c in t.children if c.dep_ == "appos" and _short_form(c)),
                 None)
    text = " ".join(t.text for t in found)
    return f"{text} ({short.text})" if short is not None else text


def benchmark_price(name: Token, words: FrameWords) -> str | None:
    """The price a market benchmark named in full by the proper noun `name` and the proper nouns before it stands for
    ("the West Texas Intermediate for May delivery" -> "oil price", by the commodity word the name it goes by ends in,
    `benchmark_names`); None for any other name, and for a one-word one ("Brent", see `FrameWords.benchmark_name`)."""
    if name.pos_ != "PROPN":
        return None
    written = " ".join(t.text for t in name.subtree if t.i <= name.i and t.pos_ == "PROPN")
    benchmark = words.benchmark_name(written) if " " in written else None
    priced = words.subject_metric(benchmark.split()[-1].lower()) if benchmark else None
    return priced if priced and priced.endswith("price") and not priced.startswith(("share", "futures")) else None


def futures_commodity(futures: Token, words: FrameWords) -> str | None:
    """The price a commodity of `subject_metrics` (or a benchmark of `benchmark_names` named in full) that modifies
    "futures" or a contract stands for ("benchmark Brent crude futures", "the West Texas Intermediate contract" -> "oil
    price"; the last such word before the head decides); None when no such word modifies it (not shares or
    an index: "S&P 500 futures" stay a futures price)."""
    before = sorted((t for t in futures.subtree if t.i < futures.i), key=lambda t: -t.i)
    for tok in before:
        said = words.subject_metric(tok.lower_)
        if said and said.endswith("price") and not said.startswith(("share", "futures")):
            return said
    # a benchmark named in full with no commodity word ("the West Texas Intermediate contract"): the price of the
    # commodity the name it goes by ends in (`benchmark_names`: "West Texas Intermediate crude" -> "oil price")
    named = " ".join(t.text for t in reversed(before) if t.pos_ == "PROPN")
    benchmark = words.benchmark_name(named) if " " in named else None
    said = words.subject_metric(benchmark.split()[-1].lower()) if benchmark else None
    return said if said and said.endswith("price") and not said.startswith(("share", "futures")) else None


def _apposed_measure(name: Token, words: FrameWords) -> Token | None:
    """A measure (`metric_heads`) the parse put in apposition right after a name whose owner the copy wrote without
    "'s", as a short form in brackets between them leads it to ("Harlow Commercial Bank (HCB) net profit increased
    18 per cent": the bank's net profit, not its share price); None otherwise."""
    return next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > name.i
                 and (c.lower_ in words.metric_heads or c.lemma_.lower() in words.metric_heads)
                 and _between_is_name(name, c)), None)


def _between_is_name(name: Token, measure: Token) -> bool:
    """Whether only the name's own words, a short form in brackets and the measure's modifiers stand between them."""
    return all(t.is_punct or t.pos_ in ("PROPN", "ADJ", "NOUN") and (t.head in (name, measure) or t.head.head == measure)
               for t in name.doc[name.i + 1:measure.i])


def _short_form(tok: Token) -> bool:
    """Whether a token is a short form in capitals written in brackets right after a phrase ("(GDP)", "(EPS)",
    "(R&D)")."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")" \
        and tok.text.isupper() and 2 <= len(tok.text) <= 8


def _commodity_unit(noun: Token, words: FrameWords) -> str | None:
    """A subject that is one unit of a commodity ("a barrel of Brent crude oil", "an ounce of gold"): the
    commodity's price (`subject_metrics`) per that unit ("oil price per barrel"). Not shares or an index ("a
    basket of shares"). None otherwise."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in noun.children):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    for word in [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]:
        said = words.subject_metric(word.lower_)
        if said and said.endswith(" price") and said != "share price":
            return f"{said} per {noun.lemma_.lower()}"
    return None


def _contribution(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """A physical amount a thing adds "to" something ("added 21.2 mm to global sea level", "contributed 18 mm to
    sea-level rise") or raises it "by" ("enough to raise global sea level by about 0.15 millimetres"): the
    contribution to that thing (`contribution_verbs`); None otherwise."""
    if not verb_says(verb, lambda w: w if w in words.contribution_verbs else None):
        return None
    root = span.root
    if any(c.dep_ == "nsubj" and c.lower_ in words.actors for c in verb.children):
        return None  # "The council raised the wall by 2 metres": who acts, not what adds to what
    if root.dep_ in ("dobj", "npadvmod") and root.head == verb:
        to = next((g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    elif root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head == verb:
        to = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    else:
        return None
    if to is None or _is_figure(to, span) or to.lower_ in words.not_metrics:
        return None
    return f"contribution to {chunk_text(doc, to, skip=span)}"


def _time_since(doc: Doc, span: Span, noun: Token, words: FrameWords) -> str | None:
    """A duration "in" a noun with a superlative or a word of `record_words` ("its steepest one-day fall in three
    weeks", "its highest level in four years") is the time since the last such: "time since steepest one-day
    fall"; "for the first time in four years" is the time since the verb's subject last did so ("The number of
    patients waiting has fallen for the first time in four years" -> "time since patients waiting last fallen")."""
    if noun.lower_ != "time":
        return f"time since {chunk_text(doc, noun, skip=span)}"
    verb = noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if subject is None or subject.lower_ in words.not_metrics:
        return None
    return f"time since {named(doc, subject, span, words, None)} last {verb.text}"


def _added_cost(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """An amount a thing adds "to" a bill, a cost or a budget (`cost_nouns`; the verb one of `contribution_verbs`):
    what the thing costs ("The 4% pay award adds around £560 million to the bill" -> "cost of pay award"); None
    otherwise, or when the adder is an actor ("The council added £2m to the budget")."""
    if span.root.dep_ != "dobj" or span.root.head != verb \
            or not verb_says(verb, lambda w: w if w in words.contribution_verbs else None):
        return None
    to = next((g for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj"), None)
    if to is None or to.lemma_.lower() not in words.cost_nouns:
        return None
    # a verb with no subject of its own, the parse having taken a participle for the main verb ("The pay award
    # agreed for staff adds ..."), takes the subject of the verb it hangs from
    if verb.tag_ == "VBG" and verb.i > verb.sent.start and doc[verb.i - 1].text == "," \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "approved a 4.99% rise in council tax, adding £92.40 a year to the bill for a typical Band D home": what the
        # change before it adds to the bill, the bill's increase
        after = to.right_edge.i + 1  # "to the bill for a typical Band D home", "for" hung on the bill or on the verb
        of = next((g for c in (*to.children, *(d for d in verb.children if d.i == after)) if c.dep_ == "prep"
                   and c.lower_ == "for" for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        bill = chunk_text(doc, to, skip=span)
        return f"increase in {bill} for {chunk_text(doc, of, skip=span)}" if of is not None else f"increase in {bill}"
    own = not (verb.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))
    thing = next((c for c in (verb if own else verb.head).children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if thing is None or thing.lower_ in words.actors or thing.lower_ in words.not_metrics or _is_figure(thing, span):
        return None
    return f"cost of {chunk_text(doc, thing, skip=span)}"


def _physical(span: Span) -> bool:
    """Whether the figure is a physical quantity ("268 million tonnes"), never a price or an index level: "wheat
    stocks are forecast at 268 million tonnes" are stocks held, not share prices."""
    q = span._.quantity if span.has_extension("quantity") else None
    return q is not None and q.get("kind") == "physical" and "point" not in q.get("unit", "")  # an index's points are its level


def _bare_count(span: Span) -> bool:
    """Whether the figure is a count with no noun of its own ("the economy added just 157,000"): what a subject
    does, never the price or output a subject of `subject_metrics` stands for (an index's points may be written
    bare: "the index fell 350")."""
    q = span._.quantity if span.has_extension("quantity") else None
    return q is not None and q.get("unit") == "count"


def _fronted_whole(doc: Doc, span: Span, q: dict, verb: Token, words: FrameWords, antecedent: str | None) -> str | None:
    """A share that is its verb's subject with a whole put before it ("Of the 412 families surveyed, 62% said
    ...", "Of the mammals studied, more than 40% have lost ..."): a share of that whole; None otherwise (a
    pronoun, "Of these", names nothing)."""
    if q["unit"] not in ("percent", "ratio") or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.head != verb:
        return None
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < span.start), None)
    if of is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "Of the 177 mammals studied, all have lost 30 percent ... and more than 40 percent have lost ...": the whole
        # opening the sentence, hung on the first of the joined verbs
        of = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == span.sent.start), None)
    whole = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) if of is not None else None
    if whole is None or whole.lower_ in words.not_metrics or _is_figure(whole, span) and whole.like_num:
        return None
    return f"share of {named(doc, whole, span, words, antecedent)}"


def _share_doing(doc: Doc, span: Span, q: dict, verb: Token, words: FrameWords, antecedent: str | None) -> str | None:
    """A bare share that is its verb's subject ("About 41% said they would vote for it", "a survey of 2,400 riders
    found that more than a third felt unsafe after dark"): the group the sentence samples (the "of" phrase of a
    `sample_nouns` word before it: "riders") or "share", then "who" and what the verb says, up to a comma; a bare
    count the same way, of people ("Nearly 2,000 turned out for the vote": "people who turned out ..."); None
    when the sentence names no sample and another figure before it says what it measures, or the verb says
    nothing after it."""
    share = q["unit"] in ("percent", "ratio")
    bare_count = q["unit"] == "count" and q["kind"] == "count" and span.root.dep_ in ("nsubj", "nsubjpass") \
        and span.root.pos_ == "NUM" and span.root.i == span.end - 1
    if share and span.text[:1] in ("+", "-", "\u2212", "\u2013"):
        return None  # a signed percentage is a change ("April crude CLJ5, -0.50% settled at $43.88"), no share of a group
    if not (share or bare_count) or q["kind"] == "multiple" or span.root.dep_ not in ("nsubj", "nsubjpass", "amod") \
            or span.root.head != verb or verb.pos_ not in ("VERB", "AUX"):  # ("a third felt": "third" an amod)
        return None
    if bare_count and verb.lemma_ == "be" and (attr := next((c for c in verb.children if c.dep_ == "attr" and c.i > span.end
                                                              and c.tag_ == "NNS"), None)) is not None \
            and attr.lower_ not in words.not_metrics and not _is_figure(attr, span) \
            and not any(c.dep_ == "prep" for c in attr.children):
        # "Of those getting results, 41,300 are school-leavers, 3,900 are external candidates": the copula's plural
        # noun says who are counted, each figure its own
        return chunk_text(doc, attr, skip=span)
    group = None
    for t in doc[span.sent.start:span.start]:
        if t.lemma_.lower() in words.sample_nouns:
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) if of is not None else None
            if obj is not None:
                group = chunk_text(doc, obj, skip=span)
    if group is None and antecedent and not antecedent.startswith("share "):
        # (a share before it of a group doing something, "Most (73.1%) learned the results by phone, and 46.3% learned
        # them within a day", makes this one a share of the same group, doing what its own verb says)
        return None
    said = verb
    if verb.lemma_.lower() in words.source_verbs:  # "said they would vote for it": what they said
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if said is None:
            return None
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i >= span.end]) \
        if said is verb else next(
        (t.i for t in said.subtree if t.dep_ not in ("nsubj", "nsubjpass", "mark") and t.i > verb.i), said.i)
    end = start
    capped = False
    for t in doc[start:said.right_edge.i + 1]:
        if t.is_punct and t.text != "-" or t.dep_ == "cc" and t.head == said \
                or t.dep_ == "cc" and t.i + 1 < len(doc) and _in_a_figure(doc[t.i + 1]):
            break  # (nor past "and" before the next item's figure: "seven were male and six were female")
        if len(doc[start:t.i]) >= 8:
            capped = True
            break
        end = t.i + 1
    if capped:  # "learned the study results from their site's | telephone call": not inside a phrase
        end = _whole_phrases(doc, start, end, said.right_edge.i + 1)
    words_after = doc[start:end]
    if len(words_after) < 2 or any(span.start <= t.i < span.end for t in words_after) \
            or all(t.pos_ in ("AUX", "PART") or t.dep_ == "neg" or t.lemma_ == "do" for t in words_after) \
            or words_after[0].lower_ == "to" and words_after[0].tag_ == "TO":
        return None  # (not "Ardlow, who need 412 to win": an infinitive after the figure says what for, no verb of it)
    return f"{group or ('share' if share else 'people')} who {words_after.text}"


_N_IN_M = re.compile(r"\b(?:in|out of)\s+\S+$", re.IGNORECASE)  # "one in eight", "nine out of 10"


def _n_in_m_share(doc: Doc, span: Span, q: dict, nxt: Token | None, verb: Token | None, words: FrameWords) -> str | None:
    """A share written "N in M" or "N out of M" right before the noun it counts ("Roughly one in eight dairy farms has
    closed since 2020", "Nine out of 10 voters backed the plan"): a share of that noun, with what the clause of which
    the noun (or the share) is the subject says of it, up to a comma or a time ("share of dairy farms that has
    closed", "share of voters that backed the plan"), or the noun's own clause ("one in five patients waiting more
    than a year" -> "share of patients waiting more than a year"); None for any other shape ("one in five of the
    patients" is a share "of" its phrase, read elsewhere)."""
    if q["unit"] != "ratio" or q["kind"] == "multiple" or nxt is None or nxt.i >= span.sent.end \
            or nxt.pos_ not in ("NOUN", "ADJ") or not _N_IN_M.search(span.text):
        return None
    phrase = noun_phrase_from(doc, nxt.i)
    if not phrase or is_period_phrase(phrase) or find_periods(phrase) or _not_metric(phrase, words):
        return None
    noun = next((doc[k] for k in range(nxt.i, min(nxt.i + 8, span.sent.end)) if doc[nxt.i:k + 1].text.endswith(phrase)),
                None)
    if noun is None:
        return None
    tail = state_tail(doc, noun, span) or _vague_tail(doc, noun, span)
    whole = f"share of {phrase}{tail}"
    doer = noun if noun.dep_ in ("nsubj", "nsubjpass") else span.root if span.root.dep_ in ("nsubj", "nsubjpass") else None
    said = doer.head if doer is not None else None
    if said is None or said.pos_ not in ("VERB", "AUX") or said.i < noun.i or tail and said.text in tail.split():
        return whole  # ("one in five patients waiting more than a year had cancer": the noun's own clause says it)
    start = min([said.i] + [c.i for c in said.children if c.dep_ in ("aux", "auxpass", "neg") and c.i > noun.i])
    end = start
    for t in doc[start:min(said.right_edge.i + 1, start + 8)]:
        if t.is_punct and t.text != "-" or t.dep_ == "cc" and t.head == said or _in_a_figure(t) and not t.i == said.i \
                or t.dep_ == "prep" and t.lower_ in words.time_prepositions \
                or t.ent_type_ in ("DATE", "TIME") and t.dep_ == "npadvmod":
            break  # "has closed since 2020": what, not when
        end = t.i + 1
    clause = doc[start:end].text
    return f"{whole} that {clause}" if clause else whole


def _result_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive hung on a verb of rising or falling (rules/lexicon.json `change_up`,
    `change_down`) that says where the move ended: "Van sales rose 13.2% to reach 28,105", "rose 6% to stand at
    1.2 million": what reached the level is what rose."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and (verb.head.lower_ in _change_words() or verb.head.lemma_.lower() in _change_words())


def _past_period_end_date(subject: Token, verb: Token) -> Token:
    """The measure a period's end date written day first cuts off from its verb ("its net profit for the half year
    ended 31 December 2021 rose to $5.9 billion": the parse takes "ended" for the verb of "profit" and the month for
    the subject of "rose", "ended" hung anywhere): a month or date word as the subject of the verb after it, a past
    "ended" or "ending" right before it, whose own first subject is the measure. `subject` itself otherwise."""
    if subject.ent_type_ != "DATE":
        return subject
    doc = subject.doc
    ended = next((doc[i] for i in range(subject.i - 1, max(subject.i - 4, subject.sent.start - 1), -1)
                  if doc[i].lemma_.lower() == "end" and doc[i].tag_ in ("VBD", "VBN", "VBG")), None)
    if ended is None or not subject.i < verb.i:
        return subject
    return next((c for c in ended.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < ended.i),
                subject)


def _past_dateline_place(subject: Token) -> Token:
    """The subject written after a dateline when the parse takes the dateline's place for the subject and hangs the
    sentence's own subject on it ("Harlow, Nov 12 (HNA): Consumer Price Index (CPI) inflation stood at 4.12 percent",
    "inflation" an apposition of "Harlow"): the place opens the sentence, a colon or a dash ends the dateline within
    a few words (a date and an agency's credit in brackets between), and a noun after it is hung on the place.
    `subject` itself otherwise."""
    doc, start = subject.doc, subject.sent.start
    if subject.pos_ != "PROPN" or subject.i - start > 3:
        return subject
    end = next((t.i for t in doc[subject.i + 1:min(subject.i + 10, subject.sent.end)]
                if t.text in (":", "):", "-", "\u2013", "\u2014")), None)
    if end is None or not all(t.is_punct or t.like_num or t.pos_ == "PROPN" for t in doc[start:end]):
        return subject  # (the place, the date and the credit, "Mumbai, Nov 12 (HNA):": the parse's subject any of them)
    return next((c for c in subject.children if c.dep_ in ("appos", "conj") and c.i > end and c.pos_ in ("NOUN", "PROPN")),
                subject)


def _reported_object(verb: Token, words: FrameWords) -> Token | None:
    """The object of a verb that shows or reports a clause ("figures showed inflation in June rose to 2.3%", "the
    data showed stockpiles, which include diesel, declined"), when the parse took the clause's subject for that
    object and hung the clause's finite verb, left with no subject, elsewhere: the reporting verb is the last verb
    before the clause, and only its object (with what the parse hangs on the reporting verb, "in June") stands
    between them. None when the verb has a subject or no such object stands before it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.left_edge.i == verb.sent.start \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
        return None
    doc = verb.doc
    reporter = next((t for t in reversed(doc[verb.sent.start:verb.left_edge.i]) if t.pos_ in ("VERB", "AUX")
                     and not any(a.dep_ in ("relcl", "acl") for a in (t, *t.ancestors))), None)  # (not "which include")
    if reporter is None or not (reporter.lemma_.lower() in words.showing_verbs | words.publishing_verbs
                                or reporter.lower_ in words.reporting_verbs):
        return None
    said = next((c for c in reporter.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > reporter.i), None)
    if said is None:
        return None
    asides = [t for c in reporter.children if c.dep_ == "prep" and c.i > said.i for t in c.subtree]
    if any(not t.is_punct and t not in asides for t in doc[said.right_edge.i + 1:verb.left_edge.i]):
        return None
    return said


def _stray_finite(verb: Token) -> bool:
    """Whether a finite verb the parse hangs as an adverbial clause has neither a subject nor a word that opens
    the clause ("when", "as"): the parser split one clause in two ("the number of people classified as
    unemployed increased from 17.6 million", "increased" hung on "classified"), so the subject is its head's."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "advmod") and c.i < verb.i for c in verb.children)


FRONTED_OWNER_PREPOSITIONS = ("for", "at", "in")


def fronted_apposition(verb: Token) -> Token | None:
    """The subject of a verb that the parse hung as an apposition on the name of a phrase opening the sentence ("For
    Orinda Holding, the profit before tax rose by 12%", "At Kelso Bank, revenue rose 8%": "the profit" read as another
    name for Orinda Holding, the verb left with no subject): the noun after the comma. None when the verb has a
    subject or the sentence opens otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.sent.start or prep.lower_ not in FRONTED_OWNER_PREPOSITIONS \
                or prep.i >= verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            noun = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and obj.i < c.i < verb.i
                         and any(t.text == "," for t in verb.doc[obj.i + 1:c.left_edge.i])), None)
            if noun is not None:
                return noun
    return None


_NOT_PARTICIPLES = frozenset({"be", "have", "do", "get", "will", "would", "can", "could", "may", "might", "shall",
                               "should", "must"})


def _participle_noun(verb: Token, words: FrameWords) -> tuple[Token, Token] | None:
    """A noun and the past participle right after it that open a verb of moving (`move_verbs`) with no subject of its
    own ("Claims paid climbed to N31.8 billion", "Loans disbursed fell 8%", "Taxes collected rose"): the parse reads
    the participle as a verb with the noun its subject, the verb of moving hung on it as an auxiliary or a clause.
    What moved is the noun, as the participle narrows it. None otherwise."""
    if verb.i < 2 or not verb_says(verb, lambda w: w if w in words.move_verbs else None):
        return None
    part = verb.doc[verb.i - 1]
    if part.tag_ not in ("VBN", "VBD") or part.lemma_.lower() in _NOT_PARTICIPLES or part.lower_ in _NOT_PARTICIPLES \
            or not (part.head == verb and part.dep_ == "aux" or verb.head == part and verb.dep_ in ("ccomp", "conj", "xcomp", "dobj")):
        return None
    noun = next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass") and c.i == part.i - 1
                 and c.pos_ == "NOUN"), None)
    if noun is None or noun.lower_ in words.actors or noun.lower_ in words.not_metrics:
        return None
    return noun, part


def _moved_clause_subject(verb: Token, words: FrameWords) -> Token | None:
    """The subject of the clause a verb of moving that takes no object (`move_verbs`: "climbed", "fell") is parsed
    as a participle inside ("The number of people out of work and looking for a job climbed by 9,000": "climbed"
    hung on "job"); such a verb has no passive, so what moved is the clause's subject. None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or not verb_says(verb, lambda w: w if w in words.move_verbs else None):
        return None
    tok = verb.head
    for _ in range(8):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN":
            return tok if tok.lower_ not in words.not_metrics and tok.lower_ not in words.actors else None
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def mover_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it completes ("gained 0.8% to close at ...", "held up, slipping 0.4%").
    Of two subjects, a misparse of what stands before the verb ("LONDON, Sept 16 - Acme's sales rose 4%", the
    dateline's place taken for a second subject), the one nearer the verb. Read once per verb of the last document
    (the figures of a clause share their verb, and the frame asks for each figure up to three times)."""
    global _movers
    doc, found = _movers
    if doc is not verb.doc:
        doc, found = _movers = (verb.doc, {})
    if verb.i not in found:
        found[verb.i] = _find_mover(verb)
    return found[verb.i]


_movers: tuple = (None, {})  # (the last document, its verbs' movers by index); the Doc is held, so compared by identity


def _find_mover(verb: Token) -> Token | None:
    tok = verb
    for _ in range(3):
        subject = min((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), default=None,
                      key=lambda c: abs(tok.i - c.i))
        if subject is not None:
            return subject if subject.lower_ not in ("which", "that", "who") else None
        if tok.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or tok.head == tok:
            return None
        tok = tok.head
    return None


def currency_valued(noun: Token, words: FrameWords) -> Token | None:
    """The currency a noun of its worth (`currency_value_nouns`) is "of" ("The value of the pound increased 0.64%" ->
    pound); None otherwise."""
    if noun.lemma_.lower() not in words.currency_value_nouns and noun.lower_ not in words.currency_value_nouns:
        return None
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.lower_ in words.currencies), None)


def _exchange_rate(doc: Doc, span: Span, verb: Token, words: FrameWords) -> str | None:
    """What a figure measures when a currency moves against another ("The pound rose 0.4% against the dollar",
    "the British currency was up 0.7% versus the yen", "versus the euro it jumped 0.59% to 1.116", "it" after a
    currency named earlier in the sentence): its exchange rate against that one ("exchange rate against the
    dollar"), for the change and the level it reached alike. None when the mover is no currency or no other
    currency is named in an "against" phrase of the verb."""
    mover = mover_of(verb)
    if mover is None:
        return None
    if mover.lower_ in ("it", "its"):
        it = mover
        mover = next((t for t in doc[span.sent.start:it.i] if t.dep_ in ("nsubj", "nsubjpass")
                      and t.pos_ == "NOUN"), None)
        if mover is None and it.i == span.sent.start and it.i > 0:
            # "Sterling stood at $1.3147 against the dollar. It closed 0.0045 cents higher against the euro": the
            # currency the sentence before is about
            before = doc[it.i - 1].sent.root
            mover = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")
                          and c.pos_ in ("NOUN", "PROPN")), None)
        if mover is None:
            return None
    mover = currency_valued(mover, words) or mover  # "The value of the pound increased 0.64%"
    if mover.lower_ not in words.currencies and mover.lemma_.lower() != "currency":
        return None
    if not (verb_says(verb, lambda w: w if w in words.market_verbs | words.move_verbs | words.currency_move_verbs
                      | words.market_figure_verbs else None)
            or verb.lemma_ == "be" and any(c.lower_ in words.currency_standings for c in verb.children)):
        return None  # ("Sterling was 0.4% lower versus the greenback", "the currency was 0.2% ahead at 1.14 euro")
    others = [g for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ in words.against_words
              for g in prep.children if g.dep_ == "pobj" and g.lower_ in words.currencies and g.i != mover.i]
    if not others:  # "up 0.27% at $1.25 versus the dollar": the nearest, where the clause holds two
        return None
    other = min(others, key=lambda g: abs(g.i - span.start))
    if (named := _paired_word(words.currency_nicknames, other.lower_)) is not None:
        return f"exchange rate against the {named}"  # "versus the greenback": the US dollar
    return f"exchange rate against {doc[other.left_edge.i:other.i + 1].text}"


def market_move(doc: Doc, span: Span, q: dict, verb: Token | None, mover: Token | None, words: FrameWords, *,
                moving: bool = False) -> str | None:
    """What a figure measures when a name moves on a market (`market_verbs`) and nothing else says what: a market
    index's level ("the Holloway Industrial Average slipped 0.4%", "the Broadline 500 rose 31 points to 5,812")
    or, for another name, its share price ("Rival Brennan Mart rose 1.8%", "... jumped 7.1% to $149.18"). Not a
    place, people or a party in a poll ("Labour rose 3% in the polls"). None otherwise."""
    if mover is None or not moving and (verb is None or not (
            verb_says(verb, lambda w: w if w in words.market_verbs else None)
            or verb.lemma_ == "be" and any(c.lower_ in ("up", "down", "off") and c.dep_ in ("advmod", "prt", "acomp", "prep")
                                           for c in verb.children)  # "the S&P 500 is up 280.08 points", "was off 33 points"
            or _trading_moved(span, verb, words))):
        return None  # moving: the figure is already read as a market move
    if verb is not None and verb.pos_ == "VERB" and verb.lower_ in words.metric_heads and verb.i == mover.i + 1:
        return None  # a headline's "Orlan profit up 11%": the measure the tagger read as a verb moved, not the shares
    if mover.lower_ == "it" and (index := _index_before(doc, mover, words)) is not None:
        mover = index  # "The Kestrel 200 index sat flat ... but a late push meant it closed 56.3 points higher"
    if mover.pos_ in ("NOUN", "ADJ") and mover.lower_ not in words.metric_heads \
            and (apposed := next((c for c in mover.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                                  and mover.i < c.i <= mover.i + 6 and "(" not in (doc[c.i - 1].text, c.left_edge.text)), None)) is not None:
        mover = apposed  # "Market heavyweight Kavir Telnet fell 0.5%", "The benchmark Kestrel Composite Index lost 15 points"
    if not moving and verb is not None and verb.tag_ == "VBG" and verb.i > verb.sent.start + 1 \
            and doc[verb.i - 1].text == "," and _is_figure_before(doc, verb.i - 1):
        return None  # "for a fee of £48 million, rising to £55 million with add-ons": the figure before it rising
    if not moving and verb is not None and any(g.dep_ == "pobj" and g.lemma_.lower() in words.cost_nouns
                                               for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                                               for g in c.children):
        return None  # "adding £92.40 a year to the bill": a sum added to a cost, no market's move
    # a market index's name the tagger takes for a place or reads as a common noun: a code written before "index"
    # somewhere in the text ("The KSE-100 has risen 18%" tagged a place), or a head word of `index_name_words` after
    # a name ("The JSE all-share index rose 0.9%")
    named_index = _named_index(mover, words)
    if not named_index and any(c.dep_ == "amod" and c.is_lower and (c.lower_ in words.period_adjectives
                                                                   or c.lower_ in words.aggregate_nouns)
                               for c in mover.children):
        return None  # "The total monthly SAAR of housing starts decreased 13%": a measure in capitals, no company
    if not named_index and (mover.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME", "EVENT", "LAW", "LANGUAGE")
                            or not (mover.pos_ == "PROPN" or mover.like_num and any(c.pos_ == "PROPN" for c in mover.lefts)
                                    or _unknown_name(mover))):
        return None
    if any(t.lower_ in words.vote_words for t in span.sent) \
            or any(t.tag_ == "POS" and not _place_owner(t) for t in mover.subtree) \
            or mover.lower_ in words.metric_heads and not named_index and not any(
                c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in mover.children) \
            or _common_first_word(mover, words) or titled_measure(mover, words) \
            or _apposed_measure(mover, words) is not None \
            or mover.is_upper and mover.lower_ in words.not_subjects:  # (but "the Dow Jones Industrial Average" is a name)
        # "The Office for Roads' budget rises", "Membership and other income climbed", "Harlow Commercial Bank
        # (HCB) net profit increased": a measure; so is a measure's word in capitals ("Real GDP rose 2.8 percent")
        return None
    if (priced := words.subject_metric(mover.lower_)) and priced.endswith("price") \
            and not priced.startswith(("share", "futures")) \
            and not (mover.ent_type_ == "ORG" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in mover.children)):
        # (not a company whose name ends in a commodity's word: "Castel Gold fell 2.9% in Toronto", its share price)
        return priced  # "Brent ended the week down 4.6%": a commodity's benchmark the tagger calls a name, its price
    if (priced := benchmark_price(mover, words)) is not None:
        return priced  # "the West Texas Intermediate for May delivery decreased $0.35": the benchmark's price
    name = [t for t in mover.subtree if t.dep_ in ("compound", "nmod", "nummod", "flat") and t.head == mover
            or t == mover]  # "the Ostreva 250": a name ending in a number is an index's
    if statistic_index(mover, words) or measure_name(mover, words):
        # "the Consumer Prices Index rose by 7.0%", "CPIH rose 0.9%": a statistic, not a market; "Customs Duty climbed
        # to Rs. 1,104 billion": a tax's yield
        return None
    # a name that moves by points, or stands at them, is an index ("The All Ordinaries was down 33 points at 5,599")
    is_index = named_index or name[-1].like_num or any(t.lower_ in words.index_name_words for t in name) or q["unit"] == "index point"
    if is_index and q["unit"] in ("percent", "count", "index point"):
        return words.subject_metric("index") or "index level"
    if not is_index and (q["unit"] == "percent" or q["kind"] == "amount") and (moving or _market_text(doc, words)):
        # (not in a text that never writes of shares, stocks or trading: "Heathrow numbers rose 3.6% to 67.34m, Gatwick was
        # up 5% to 31.46m" lists an airport's passengers)
        return words.subject_metric("shares")
    return None


_BETWEEN_MOVE_AND_FIGURE = frozenset({"or", "by", "at", "to", ",", "%", "points", "point", "per", "cent", "percent", "cents",
                                      "pence", "p", "pc", "pct", "rs", "rs.", "$", "£", "€", "¥", "us$", "a", "barrel"})


def market_figure_word(doc: Doc, span: Span, words: FrameWords) -> Token | None:
    """The word of a market figure's move or level written before the figure in its clause (`market_verbs`,
    `market_figure_verbs`: "closed 38.78 points lower at 7,571.92", "with Halvern closing 2.1p higher at 216.4p", "ending
    460 points or 2% higher at Rs 23,533"), past the figures, units and small words between (`move_particles`, "or",
    "at", "to", "by"); None when another word comes first."""
    i = span.start - 1
    while i > span.sent.start:
        tok = doc[i]
        if tok.like_num or tok.pos_ == "NUM" or tok.lower_ in _BETWEEN_MOVE_AND_FIGURE \
                or tok.lower_ in words.move_particles or re.fullmatch(r"[\d.,]+[a-z]{0,2}", tok.lower_):
            i -= 1
            continue
        break
    tok = doc[i]
    if i <= span.sent.start or tok.pos_ not in ("VERB", "NOUN", "AUX") or tok.pos_ == "NOUN" and not tok.lower_.endswith("ing"):
        return None  # (a noun is no move unless it is a participle the tagger took for one: "Halvern closing 2.1p higher")
    forms = {tok.lemma_.lower(), tok.lower_}
    if tok.lemma_.lower() == "be" and doc[tok.i + 1].lower_ in words.move_particles:
        return tok  # "BHP was off 0.7% in morning trade", "Shares were up 3%": "be" and the way it moved
    if not forms & (words.market_verbs | words.market_figure_verbs) \
            and not verb_says(tok, lambda w: w if w in words.market_verbs | words.market_figure_verbs else None):
        return None
    return tok


def _index_subject_of(sent: Span, words: FrameWords) -> Token | None:
    """The subject of a sentence's main verb when it names a market index (`_named_index`, a word of `index_name_words`,
    or a name ending in its count of shares: "The Kestrel 100 closed lower"); None otherwise."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (_named_index(subject, words) or subject.lower_ in words.index_name_words or subject.pos_ == "PROPN"
                               and any(c.dep_ == "nummod" and re.fullmatch(r"\d{2,4}", c.text) for c in subject.children)):
        return None
    return subject


def _traded(noun: Token, words: FrameWords) -> str | None:
    """The price a commodity's or a contract's noun stands for (`subject_metrics`: "crude" -> "oil price", "futures" ->
    "futures price"), never shares' nor an index's level; None for any other noun."""
    priced = words.subject_metric(noun.lower_) or words.subject_metric(noun.lower_[:-1])
    return priced if priced and priced.endswith(("price", "prices")) and not priced.startswith("share") else None


def index_description(mover: Token, words: FrameWords) -> bool:
    """Whether `mover` ends a description of a market index of `index_descriptions` ("London's top flight", "the
    blue-chip index")."""
    phrase = " ".join(t.lower_ for t in mover.doc[mover.left_edge.i:mover.i + 1] if t.dep_ not in ("poss", "case", "det"))
    return any(phrase == d or phrase.endswith(" " + d) for d in words.index_descriptions)


def market_figure(doc: Doc, span: Span, q: dict, verb: Token | None, words: FrameWords) -> str | None:
    """What a move or level of a named market thing measures, in a text of a market (`market_story_words`), read before
    any noun near the figure can say: the figure stands after a word of its move or level (`market_figure_word`) or
    its verb is one, and what moves is the name written right before that word (past "too", "also") or the verb's
    subject: a market index, by name or described (`index_descriptions`) -> its level ("London's top flight closed
    38.78 points lower at 7,571.92", "BSE bankex ended 511 points or 1.95% higher at 26,680", "Consumer durables
    index too closed 279 points higher"); a company's share price, a commodity's or a benchmark's price (`market_move`:
    "with Halvern closing 2.1p higher at 216.4p", "the Brent contract gave up an earlier climb to lose 50 cents, or
    0.7%, to settle at $68.08"). None otherwise, and for a currency (`_exchange_rate` reads it)."""
    if not (q["unit"] in ("percent", "index point") or q["kind"] == "amount" or span[-1].lower_ in ("points", "point")
            or q["unit"] == "count" and q["kind"] != "change" and not (span.end < len(doc) and doc[span.end].pos_ == "NOUN")) \
            or not (_market_text(doc, words) or any(t.lower_ in words.market_nouns | words.market_day_words | words.commodity_markets
                                                    for t in span.sent)) \
            or any(t.lower_ in words.vote_words for t in span.sent):
        return None  # (a market's text, or a sentence of its words: "August Brent crude fell 82 cents" in an OPEC story)
    nxt = doc[span.end] if span.end < span.sent.end else None
    if nxt is not None and (words.count_comparative(nxt.lower_) or nxt.pos_ == "NOUN" and not is_period_phrase(nxt.text)):
        return None  # a figure of a noun of its own: "would add about 8% more seats", "rose 12% in sales"
    if any(t.lower_ in words.period_nouns and t.lower_ not in ("day", "days") and t.dep_ == "pobj" for t in span.sent) \
            or any(p.kind in ("year", "month", "quarter", "half") for p in find_periods(span.sent.text)):
        return None  # a move over a week or a year, or a year's close ("fell 3.2 per cent over the past week", "closed 2025
        # at 9,112.80 points"), is left to the readings that keep its own period, not a day's trading
    word = market_figure_word(doc, span, words)
    mover = None
    if word is not None:
        j = word.i - 1
        while j > span.sent.start and doc[j].pos_ == "ADV" and doc[j].is_lower:
            j -= 1  # "Consumer durables index too closed"
        before = doc[j]
        subject = mover_of(word) if word.pos_ in ("VERB", "AUX") else None
        if subject is None and word.pos_ in ("VERB", "AUX") and word.dep_ == "relcl" and word.head.pos_ == "PROPN":
            subject = word.head  # "pubs company Greene King, which rose 2.5p to 651p"
        if (before.pos_ == "PROPN" or before.lower_ in words.index_name_words or _unknown_name(before)) \
                and (subject is None or before not in subject.subtree):
            mover = before  # (not a code inside the subject's phrase: "gas futures for February delivery NGc1 ... rose")
        else:
            mover = subject
    elif verb is not None and verb_says(verb, lambda w: w if w in words.market_verbs | words.market_figure_verbs else None) \
            and (span.root.head == verb or span.root.head.head == verb and span.root.head.dep_ in ("prep", "advmod", "acomp")):
        mover = mover_of(verb)  # (the verb's own figure, not one in a phrase of another noun: "against a previous close of")
    if mover is not None and mover.lower_ == "it":
        # "The Kestrel 200 fell sharply. It closed 32.5 points lower": the index the sentence before was about
        mover = _index_before(doc, mover, words) or (_index_subject_of(doc[mover.sent.start - 1].sent, words)
                                                     if mover.i == mover.sent.start and mover.i > 0 else None)
    if mover is None or mover.lower_ in words.currencies or mover.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "TIME"):
        return None
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in mover.children):
        return None  # "the value of the pound", "the price of a barrel of Brent": read as the thing it is of
    index = words.subject_metric("index") or "index level"
    closing = word is not None and word.lower_ in words.close_words  # a statistics office's index never closes
    if (index_description(mover, words) or _named_index(mover, words) or mover.lower_ in words.index_name_words) \
            and (closing or not statistic_index(mover, words)) and not measure_name(mover, words):
        # ("Consumer durables index too closed 279 points higher": no consumer prices index; nor a rate an index stands
        # at, "the index closed at 7.17 percent", which no market index's level is written in)
        return None if _percent_at(span) else index
    commodity = mover if mover.pos_ == "NOUN" and _traded(mover, words) \
        else mover.head if mover.dep_ == "compound" and _traded(mover.head, words) \
        else next((c for c in mover.children if c.dep_ == "appos" and _traded(c, words)), None)
    if commodity is not None and (priced := futures_commodity(commodity, words) or _traded(commodity, words)):
        # "August West Texas Intermediate crude ... to lose 50 cents", "gas futures for February delivery rose 50.6
        # cents ... to settle at $7.45": a benchmark's or a contract's price
        return priced
    if not _market_text(doc, words):
        return None  # (a company's share price only in a text of shares and stocks)
    if mover.pos_ != "PROPN" and not _unknown_name(mover) and not words.commodity(mover.lower_) \
            and benchmark_price(mover, words) is None and futures_commodity(mover, words) is None:
        return None
    if (verb is not None or word is not None) and mover.i > span.start:
        return None
    return market_move(doc, span, q, word if word is not None and word.pos_ == "VERB" else verb, mover, words, moving=True)


def listed_name(doc: Doc, span: Span, words: FrameWords) -> Span | None:
    """The name a market report lists a figure after with no verb of its own: a word of `list_joins` or a comma before
    the name and maybe a word of `move_particles` after it ("Miners fell, with Anglo Harlow off 2.17% to R261.79 and
    Kestrel 1.68% to R252.67"; the level a listed move reached after "to" is the same name's). None otherwise, and in a
    text that is no market story (`market_story`)."""
    i = span.start - 1
    if i > span.sent.start + 1 and doc[i].lower_ == "to" and (doc[i - 1].like_num or doc[i - 1].text in ("%", "cents", "points")):
        i -= 1
        while i > span.sent.start and (doc[i].like_num or doc[i].text in ("%", "cents", "points", "per", "cent")):
            i -= 1
    if i >= 0 and doc[i].lower_ in words.move_particles:
        i -= 1
    if i < 1 or not (doc[i].pos_ == "PROPN" or _unknown_name(doc[i])
                     or doc[i].is_title and doc[i - 1].pos_ == "PROPN" and doc[i - 1].is_title) \
            or doc[i].ent_type_ in ("GPE", "LOC", "DATE"):
        return None  # (a name's last word the tagger reads as an adjective: "Anglo American")
    start = i
    while start > span.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    if start == i and doc[i].ent_type_ == "NORP":
        return None  # "with Japanese up 2%": a nationality alone, no name
    if start <= span.sent.start or not (doc[start - 1].lower_ in words.list_joins or doc[start - 1].text == ",") \
            or not market_story(doc, words):
        return None
    return doc[start:i + 1]


def listed_mover(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a figure listed after a name (`listed_name`) measures: the name's share price, or an index's level."""
    name = listed_name(doc, span, words)
    if name is None:
        return None
    if any(t.lower_ in words.index_name_words for t in name) or name[-1].like_num:
        return words.subject_metric("index") or "index level"
    return words.subject_metric("shares")


def _unknown_name(tok: Token) -> bool:
    """Whether `tok` is a name the tagger reads as a noun: one capitalised word it tags an organisation or a person
    that the dictionary does not know as a noun nor a plural of one ("Naspers gained 1.03% to R3,407.75")."""
    return tok.is_title and tok.is_alpha and tok.ent_type_ in ("ORG", "PERSON") and tok.pos_ == "NOUN" \
        and not dictionary_noun_word(tok) and singular_of(tok) is None


def _named_index(tok: Token, words: FrameWords) -> bool:
    """Whether `tok` names a market index, whatever the tagger calls it: a code written before "index" somewhere in the
    text ("The KSE-100 has risen 18%" tagged a place), a head word of `index_name_words` after a name ("The JSE
    all-share index rose 0.9%"), a name ending in its count of shares ("the Nifty 50 gained 0.5%", the count tagged a
    date) or a one-word index name ("Sensex closed")."""
    return index_code(tok, words) or tok.lower_ in words.index_name_words and tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "nmod", "flat") and c.pos_ == "PROPN" for c in tok.children) \
        or numbered_name(tok) or index_word_name(tok, words)


def _index_before(doc: Doc, it: Token, words: FrameWords) -> Token | None:
    """The market index an "it" subject refers to: a subject before it in its sentence that names an index, past
    common nouns that name none ("The Kestrel 200 index sat flat for much of Monday but a late push meant it closed 56.3
    points higher": not the push); None when a name comes first (a company's "it" is left alone: "Acme said it rose")."""
    for t in reversed(doc[it.sent.start:it.i]):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        if _named_index(t, words):
            return t
        if t.pos_ != "NOUN":
            return None
    return None


def index_word_name(tok: Token, words: FrameWords) -> bool:
    """Whether `tok` is a market index named by one word of `index_name_words` in capitals, which the tagger may call a
    common noun or a nationality ("Nikkei closed 41 points higher", "Kospi surged 0.7%"): the text never writes the
    word in lower case (a common word of the list, "index" or "average", is written lower somewhere)."""
    return tok.lower_ in words.index_name_words and (tok.is_title or tok.is_upper) and not _written_lower(tok)


def _trading_moved(span: Span, verb: Token, words: FrameWords) -> bool:
    """Whether the figure is how far a name was trading up or down ("the Kestrel 100 was trading 41 points or 0.6 per cent
    higher at 7,210", "shares were trading 3% lower"): the verb "trade" with a word of `move_particles` after the figure,
    among the verb's words."""
    return verb.lemma_ == "trade" and any(t.lower_ in words.move_particles and span.end <= t.i <= span.end + 5
                                          for t in verb.subtree)


def numbered_name(tok: Token) -> bool:
    """Whether `tok` is the count of shares that ends a market index's name and the parser reads as the name's head
    ("the Nifty 50 gained 0.5%", "the Tarrant 150 rose"): a whole number of two to four digits after a proper noun
    of its own (no month's: "March 2024") that is its compound."""
    if not re.fullmatch(r"\d{2,4}", tok.text) or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "PROPN" and before.head == tok and before.dep_ in ("compound", "nmod") \
        and before.ent_type_ not in ("DATE", "TIME")


def index_code(tok: Token, words: FrameWords, text: str | None = None) -> bool:
    """Whether a word in capitals with a count of shares ("KSE-100", "CAC-40") is a market index's name: the text
    writes it before a word of `index_name_words` ("the KSE-100 index") at least once. ("COVID-19" is written before
    none.) `text` is the document's, when the caller holds it (Doc.text joins every token on each access)."""
    if not re.fullmatch(r"[A-Z&]{2,}-?\d+", tok.text):
        return False
    text = text or tok.doc.user_data.get("claimx_text") or doc_text(tok.doc)
    return any(m[1].lower() in words.index_name_words
               for m in re.finditer(rf"(?<!\w){re.escape(tok.text)}\s+([A-Za-z]+)", text))


def _is_figure_before(doc: Doc, i: int) -> bool:
    """Whether the words right before index `i` end a figure (up to two tokens back: "£48 million", "4.1%")."""
    figures = doc.user_data.get("claimx_figures") or frozenset()
    return any(k in figures for k in range(max(i - 2, 0), i))


def _place_owner(pos: Token) -> bool:
    """Whether a possessive marker is a place's owning a name ("France's Cac", "Japan's Nikkei"): where the name
    trades, not an owner whose measure the figure is ("the Office for Roads' budget")."""
    owner = pos.head
    return owner.ent_type_ in ("GPE", "LOC") and owner.head.pos_ == "PROPN" and owner.dep_ == "poss"


def statistic_index(name: Token, words: FrameWords) -> bool:
    """Whether a name is a statistics office's index of prices or activity, which measures itself ("the Consumer
    Prices Index", "CPIH", "the purchasing managers' index"), not a market index: one of its words is in
    `statistic_index_words`, and none of `stock_index_words` ("the Kestrel Composite Stock Price Index" is a market's)."""
    found = _name_words(name)
    if name.pos_ == "PROPN" and not name.is_lower:
        # a description in lower case before a proper name is no part of it: "precious metals producer Corvex gained
        # 5.6%" is a company's move, not a producer price index
        first = len(found) - 1
        while first > 0 and not found[first - 1].is_lower:
            first -= 1
        found = found[first:]
    named = [t.lower_ for t in found]
    if any(w in words.stock_index_words for w in named):
        return False
    return any(w in words.statistic_index_words for w in named) or index_for(name) is not None


def measure_name(tok: Token, words: FrameWords) -> bool:
    """Whether `tok` heads the name of a measure written in capitals: a tax, duty or levy ("Council Tax", "Customs
    Duty", "Federal Excise Duty", "Central GST", "VAT": its last word in `levy_words`) or a central bank's rate ("Bank
    Rate", "the Cash Rate", "REPO Rate": its words end in a phrase of `policy_rate_words`) or an acronym of a company's
    accounts in capitals ("PAT", "NII": `measure_acronyms`). A measure, not an
    organisation's name, whatever the tagger says. Not a word that only modifies another ("Council Tax bill", "the Tax
    Foundation")."""
    if tok.pos_ not in ("PROPN", "NOUN") or not (tok.is_title or tok.is_upper) \
            or tok.dep_ in ("compound", "flat", "nmod", "amod", "poss"):
        return False
    if tok.lower_ in words.levy_words or words.measure_acronym(tok.text) is not None:
        return True  # (or an acronym of the accounts in capitals: "PAT grew 39 per cent")
    name = " ".join(t.lower_ for t in _name_words(tok))
    return any(name == rate or name.endswith(" " + rate) for rate in words.policy_rate_words)


def in_measure_name(tok: Token, words: FrameWords) -> bool:
    """Whether `tok` is a word of a tax's name (`measure_name`), its head or a word before it ("Customs" of "Customs
    Duty", which the tagger may call an organisation of its own)."""
    head = tok
    while head.dep_ in ("compound", "flat", "amod", "nmod") and head.head.i > head.i and head.head.i - tok.i <= 3:
        head = head.head
    return measure_name(head, words) and tok in _name_words(head)


def measure_name_text(name: Token, words: FrameWords) -> str:
    """The words of a tax's name (`measure_name`): "Federal Excise Duty"; for an acronym of the accounts, the measure it
    stands for ("PAT" -> "profit after tax")."""
    return words.measure_acronym(name.text) or " ".join(t.text for t in _name_words(name))


def _short_name(doc: Doc, name: Token, verb: Token) -> str | None:
    """The short name in capitals a name gives itself in brackets before its verb ("... housing costs (CPIH) rose"),
    within the name's own phrase; None when there is none. A look at the tokens between the name and the verb."""
    end = min(verb.i, name.right_edge.i + 1)
    for i in range(name.i + 1, end - 2):
        if doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper and 2 <= len(doc[i + 1].text) <= 8:
            return doc[i + 1].text
    return None


def index_for(name: Token) -> Token | None:
    """The "for" or "of" phrase of an index a statistics release names by what it prices or counts ("the index for
    shelter", "the index for all items less food and energy", "The index of cereals saw a rise to 125.9", "the index of
    industrial production"): a sub-index, a measure in itself, not a market index. Not a time ("the index for the
    week"), a named index ("the Broadline 500 index for tech stocks") nor one of shares ("an index of 30 stocks").
    None otherwise."""
    if name.lemma_.lower() != "index" or any((t.pos_ == "PROPN" or t.like_num) for t in name.lefts):
        return None
    for prep in name.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            # (not a quotation mark the parse takes for the object: "the index of 'cereals and products'")
            obj = next((c for c in prep.children if c.dep_ == "pobj" and not c.is_punct), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("DATE", "TIME") \
                    and not is_period_phrase(obj.text) \
                    and not (prep.lower_ == "of" and (obj.lemma_.lower() in _INDEXED_SHARES
                                                       or any(c.like_num for c in obj.children))):
                return prep
    return None


# What an index "of" which is a market index holds ("an index of 30 stocks", "the index of leading shares")
_INDEXED_SHARES = frozenset({"share", "shares", "stock", "stocks", "company", "companies", "bond", "bonds", "equity",
                             "equities"})


def _name_words(name: Token) -> list[Token]:
    """The words of a name up to its head ("Consumer Prices Index"): the head and the compounds before it."""
    found = [name]
    for t in reversed(list(name.doc[name.left_edge.i:name.i])):
        if t.dep_ in ("compound", "flat", "nmod", "amod") and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.head in found:
            found.insert(0, t)
        else:
            break
    return found


def _common_first_word(tok: Token, words: FrameWords) -> bool:
    """A capitalised first word the tagger took for a name though no entity covers it ("Inventory was 3%
    higher", "Membership and other income climbed"): a common noun when it is a known measure or the text
    writes it in lower case elsewhere (a name, "Skarbreen is thinning", never is)."""
    if not (_opens_sentence(tok) and tok.pos_ == "PROPN" and tok.is_title) \
            or any(c.dep_ in ("compound", "flat") and (c.i > tok.i or c.i >= tok.sent.start and tok.is_sent_start)
                   for c in tok.children) or tok.dep_ in ("compound", "flat"):
        return False  # (a dateline's place the parse hangs on the word, "HOBART - Presentations", is no part of it)
    if tok.lower_ in words.metric_heads:  # "Turnout fell to 59.7%", even when the tagger made it a person's name
        return tok.ent_type_ == "" or tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    text = tok.doc.user_data.get("claimx_text") or tok.doc.text
    # (or a noun of the dictionary the text never writes as a name: "Burglary rose 12%", "Vandalism fell 7%")
    # (or its plural, "Presentations to emergency departments rose 5.1 per cent", written once)
    if tok.ent_type_ == "":
        return _written_lower(tok) or dictionary_noun(tok, text, words.scope_words) \
            or dictionary_noun(tok, text, words.scope_words, plural_only=True, once=True) \
            or once_named_noun(tok, text, words)  # "Homicides fell 14%"
    # a one-word name the tagger made of such a noun the text writes once ("Shootings declined 9%" tagged a person), or
    # a person's name the text writes as a noun in lower case elsewhere; a place may be a word ("Phoenix grew 2%"), a company or a person named by a word comes back in its story
    return tok.ent_iob_ == "B" and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I") \
        and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") \
        and (once_named_noun(tok, text, words) or tok.ent_type_ == "PERSON" and _noun_in_lower(tok))


def _noun_in_lower(tok: Token) -> bool:
    """Whether the text writes a capitalised word as a common noun in lower case elsewhere ("Rainfall was 48 per cent
    below average" tagged a person's name, beside "the low rainfall"): then the word is that noun (a person's name
    written in lower case is another word: "Rose", "rose")."""
    return _written_lower(tok) and any(t.lower_ == tok.lower_ and t.is_lower and t.pos_ == "NOUN" for t in tok.doc)


# a wire or local paper's dateline before a sentence's first word: a place in capitals, a date, a credit in brackets,
# then a dash or a colon ("HOBART - ", "KARACHI: ", "MUMBAI, Aug 7 - ", "LAGOS, July 30 (Reuters) - ")
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\)\s*)?"
                              r"[-–—:]\s*")


def _opens_sentence(tok: Token) -> bool:
    """Whether `tok` is the first word of its sentence, the first after a list's bullet ("• Costs for the season
    increased by £882,000": "Costs" is capitalised as any first word is, no name) or the first after a dateline
    ("HOBART - Presentations to emergency departments rose 6.2 per cent")."""
    if tok.is_sent_start:
        return True
    return opens_sentence_at(tok, tok.sent.start)


def opens_sentence_at(tok: Token, start: int) -> bool:
    """`_opens_sentence` for a token whose sentence starts at token `start` (a caller walking the sentences knows it:
    `Token.sent` scans for the sentence's bounds on each call)."""
    if tok.is_sent_start:
        return True
    doc = tok.doc
    if tok.i <= start:
        return False
    if all(t.text in BULLETS for t in doc[start:tok.i]):
        return True
    return doc[tok.i - 1].text in ("-", "–", "—", ":") and tok.i - start <= 12 \
        and _DATELINE_BEFORE.fullmatch(doc[start:tok.i].text + doc[tok.i - 1].whitespace_) is not None


opens_sentence = _opens_sentence  # for the claims component


def _written_lower(tok: Token) -> bool:
    """Whether the text writes the word in lower case somewhere (a common noun; a name never is)."""
    text = tok.doc.user_data.get("claimx_text") or tok.doc.text  # the claims component leaves the text read once
    return re.search(rf"\b{re.escape(tok.lower_)}\b", text) is not None


def _measure_estimated_for(head: Token, span: Span, words: FrameWords) -> Token | None:
    """The measure in the "for" phrase of a noun of figures or of an estimate (`container_nouns`, `estimate_nouns`:
    "its figures for annualized growth", "its estimate for second-quarter growth"), a word of `metric_heads`, not a
    name, a period or the figure itself ("the figure for Harlow", "its estimate for 2024" keep their noun); None
    otherwise."""
    if head.pos_ != "NOUN" or not (head.lemma_.lower() in words.estimate_nouns or head.lower_ in words.container_nouns):
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > head.i), None)
    what = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None) if prep is not None else None
    if what is None or span.start <= what.i < span.end or _is_figure(what, span) or what.ent_type_ in ("DATE", "TIME") \
            or (what.lemma_.lower() not in words.metric_heads and what.lower_ not in words.metric_heads):
        return None
    return what


def _with_time_words(doc: Doc, head: Token, span: Span, changed: str) -> str:
    """What changed, after the words of time the change word has before it ("a record year-on-year increase" ->
    "year-on-year ..."), those it already has not written twice ("an average monthly fall of 103,000" after "753,000
    monthly payroll losses" -> "monthly payroll losses", not "monthly monthly payroll losses")."""
    have = set(changed.lower().split())
    kept = [t.lower_ for t in doc[head.left_edge.i:head.i] if t.pos_ == "ADJ" and t.ent_type_ == "DATE"
            and not (span.start <= t.i < span.end) and t.lower_ not in have]
    return " ".join([*kept, changed])


def named(doc: Doc, head: Token, span: Span, words: FrameWords, antecedent: str | None, *,
          with_conjuncts: bool = False) -> str:
    """The metric a noun names: its phrase ("operating margin"), what "the number of" counts ("the number of
    patients" -> "patients"), or for a bare change word what changed ("a rise of 30%" after "Net income came
    to $684 million" -> "Net income growth"); with `with_conjuncts`, nouns joined to it too ("membership
    and other income")."""
    lemma = head.lower_
    if (ranked_by := _ranked_by(head, span, words)) is not None:
        # "The largest banks by assets were Harlow Bank ($412 billion) ...", "The top five airlines with their number
        # of passengers were ...": a ranked class of names measured by what it is ranked by, not the class
        return named(doc, ranked_by, span, words, antecedent)
    if head.lemma_.lower() in words.estimate_nouns and head.pos_ == "NOUN" \
            and (of := next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)) \
            and (estimated := next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)) is not None \
            and not (span.start <= estimated.i < span.end) and not _is_figure(estimated, span) \
            and estimated.ent_type_ not in ("DATE", "TIME") and not is_period_phrase(estimated.text):
        # "Provisional estimates of migrant arrivals rose ...", "the first estimate of net migration was ...": what
        # is estimated (`estimate_nouns`), not the estimate; "an estimate of 0.2%" is left to what follows
        return named(doc, estimated, span, words, antecedent)
    if (measured := _measure_estimated_for(head, span, words)) is not None:
        # "revised its figures for annualized growth in GDP from 4.1% to 4.2%", "left its 1.8% estimate for
        # second-quarter growth unchanged": the measure the figures or the estimate are for, not the figures
        return named(doc, measured, span, words, antecedent)
    if lemma in words.container_nouns:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        # (an adjective as the noun: "the number of long-term unemployed", "the number of homeless")
        counted = next((g for g in of.children if g.dep_ == "pobj" and (g.pos_ in ("NOUN", "PROPN") or g.tag_ == "JJ")),
                       None) if of else None
        if counted is not None and not (span.start <= counted.i < span.end) and not _is_figure(counted, span):
            text = chunk_text(doc, counted, skip=span)
            after = doc[counted.i + 1] if counted.i + 1 < counted.sent.end else None
            if after is not None and after.dep_ == "amod" and after.head == counted and after.tag_ == "JJ" \
                    and counted.lower_ not in words.vague_nouns \
                    and (after.i + 1 >= len(doc) or doc[after.i + 1].pos_ not in ("NOUN", "PROPN")):
                text = f"{text} {after.text}"  # "the number of long-term unemployed", parsed with "term" as the noun
            if counted.lower_ not in words.vague_nouns:
                return text
            # "the number of adults without a GP": the parse may hang what follows on "number"
            return text + (_vague_tail(doc, counted, span) or _vague_tail(doc, head, span, after=counted.i))
        if counted is None and antecedent and not is_change(antecedent, words) and "share of" not in antecedent:
            return antecedent  # "shrank to 4,950 pairs, and the latest count found 2,290": a count of the pairs
    text = chunk_text(doc, head, skip=span)
    if head.lower_ in words.not_phrase_words and head.lower_ not in text.lower().split() and head.pos_ == "NOUN":
        # "The previous record of 38.7C": the head is a word no phrase keeps ("record"), so its modifiers alone say
        # nothing; it is that record of what the figure before measured
        kept = " ".join(w for w in (text, head.lower_) if w)
        return f"{kept} {level_of(antecedent, words).lower()}" if antecedent and not is_change(antecedent, words) else kept
    if (qualifier := _qualifier_after(doc, head, span, words)) is not None and qualifier not in text:
        text = f"{text} {qualifier}"  # "profit after tax", "earnings before interest and tax"
    if (unit := _measured_per(doc, head, span, words)) is not None:
        text = f"{text} {unit}"  # "Revenue per seat fell 2.1%", "Its return on equity rose to 14.2%"
    if head.lemma_.lower() in words.destination_nouns and (where := next(
            (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i > head.i
             and any(g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC") or g.pos_ == "PROPN") for g in c.children)),
            None)) is not None:
        # "Shipments to China jumped 14%": where the goods went is part of what is measured (the exporter's figure)
        obj = next(g for g in where.children if g.dep_ == "pobj")
        text = f"{text} {where.lower_} {doc[obj.left_edge.i:obj.i + 1].text}".replace(" the ", " ")
    if lemma in words.relational_nouns:  # "the chance of a rate cut", "the cost of the North Stand"
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        obj = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if of else None
        if obj is not None and not (span.start <= obj.i < span.end) and obj.ent_type_ not in ("DATE", "TIME") \
                and not is_period_phrase(obj.text) and not _is_figure(obj, span):  # not "%" of "a rate of 89% ... and 86%"
            return f"{text} of {chunk_text(doc, obj, skip=span)}"
        doing = next((g for g in of.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None) if of else None
        if doing is not None and not (span.start <= doing.i < span.end):
            # "the risk of dying from respiratory disease", "the chance of developing diabetes": what it is a risk of
            words_of = []
            for t in doc[doing.i:min(doing.right_edge.i + 1, doing.i + 7)]:
                if t.is_punct or span.start <= t.i < span.end or _is_figure(t, span) \
                        or t != doing and t.is_ancestor(span.root):  # not "by 21 percent", parsed on the gerund
                    break
                words_of.append(t.text)
            return f"{text} of {' '.join(words_of)}"
    elif lemma in words.vague_nouns:
        return text + _vague_tail(doc, head, span)  # "the number of people in work", not "people"
    if with_conjuncts:
        joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > head.i]
        if joined and not any(t.like_num or t.is_punct for t in doc[head.i:joined[-1].i + 1]):
            text = f"{text} {doc[head.i + 1:joined[-1].i + 1].text}"
    if text.lower() in words.rise_nouns | words.fall_nouns and span.root.dep_ == "nummod" and span.root.head.i == head.i \
            and head.dep_ in ("compound", "nmod", "amod") and head.head.pos_ == "NOUN" and head.head.i > head.i:
        return text  # "a 20-rebound game": rebounds counted, a thing the game had, no change of the measure before
    if head.lemma_.lower() == "fall" and (rain := next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                                                         for g in p.children if g.dep_ == "pobj"
                                                         and g.lower_ in words.rain_words), None)) is not None:
        return named(doc, rain, span, words, antecedent)  # "Heavy falls of rain were recorded": the rain, no decline
    if text.lower() in words.rise_nouns | words.fall_nouns or text.lower() in words.change_nouns:
        return what_changed(doc, head, span, words, antecedent) or text
    if _only_stated_change(doc, head, span, text, words) \
            and (changed := what_changed(doc, head, span, words, antecedent)) \
            and level_of(changed, words).split()[-1].lower().rstrip("s") not in words.rise_nouns | words.fall_nouns | words.change_nouns:
        # (not a change of another change: "an annual rise of 5.1 per cent, Westerleigh 3.8 per cent", "a relative
        # reduction of 26% and an absolute reduction of one percentage point")
        # "recorded gains of 12.6%", "a percentage increase of about 64 per cent", "a record year-on-year increase of
        # 14.5 percent": the change word with only words of how it is stated names no measure; what changed does,
        # with the words that say over what time
        return _with_time_words(doc, head, span, changed)
    if " " in text and lemma in words.rise_nouns | words.fall_nouns | words.change_nouns and lemma not in words.named_changes \
            and text.lower().endswith(lemma) and any(c.dep_ == "prep" and c.lower_ == "in" for c in head.children) \
            and (changed := what_changed(doc, head, span, words, None)) is not None:
        # "the annual increase in private rents was 5.2%", "the percentage change in the index": what changed, with
        # the words that say over what time ("annual private rents growth"), not the change word and its modifiers
        return _with_time_words(doc, head, span, changed)
    return text


def _measured_per(doc: Doc, head: Token, span: Span, words: FrameWords) -> str | None:
    """The unit a measure is taken per, or what a return is earned on, written right after its noun: "per seat" of
    "Revenue per seat fell 2.1%", "per share" of "Earnings per share rose to 72 cents", "on equity" of "return on
    equity" (rules/frame.json `measured_on_nouns`): the words that make the measure, as "revenue" alone is another.
    Not a time ("per year") nor the figure itself; None otherwise."""
    if head.i + 2 >= len(doc):
        return None
    prep = doc[head.i + 1]
    if prep.dep_ != "prep" or prep.head != head or prep.lower_ not in ("per", "on") \
            or prep.lower_ == "on" and head.lemma_.lower() not in words.measured_on_nouns:
        return None
    if any(span.start <= t.i < span.end for t in prep.subtree):
        return None  # "earnings per share of 41.2 cents": the figure's own rate, which `_per_share` names
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if obj is None or span.start <= obj.i < span.end or _is_figure(obj, span) or obj.ent_type_ in ("DATE", "TIME") \
            or is_period_phrase(obj.text) or obj.lemma_.lower() in _time_units():
        return None
    return f"{prep.lower_} {chunk_text(doc, obj, skip=span)}"


def _only_stated_change(doc: Doc, head: Token, span: Span, text: str, words: FrameWords) -> bool:
    """Whether the phrase `text` of a change noun `head` ("gains", "percentage increase", "year-on-year increase") is
    only a change word (of `rise_nouns`, `fall_nouns`, `change_nouns`, not `named_changes`), maybe plural, with words
    that say how it is stated: the unit ("percentage", `unit_words`), a time (`period_nouns`: "year-on-year") or an
    adjective. A noun of another kind names what changed ("price increase", "sales gains")."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in words.rise_nouns | words.fall_nouns | words.change_nouns \
            or lemma in words.named_changes or lemma in words.metric_heads or not text.lower().endswith(head.lower_):
        return False
    stated = words.unit_words | words.period_nouns
    return all(t.pos_ in ("ADJ", "ADV", "ADP", "DET", "PUNCT", "NUM") or t.lower_ in stated or t.tag_ == "HYPH"
               for t in doc[head.left_edge.i:head.i] if not (span.start <= t.i < span.end))


def _ranked_by(head: Token, span: Span, words: FrameWords) -> Token | None:
    """The measure a ranked class of things is ranked by: the common noun of a "by" or "with" phrase of a plural noun
    that a superlative or "top" modifies ("the largest banks by assets", "the top five airlines with their number of
    passengers", "the busiest airports by passenger numbers"); None for any other noun."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or not any(
            t.tag_ == "JJS" or t.lower_ == "top" for t in head.lefts if t.dep_ in ("amod", "compound", "advmod")):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "with") and prep.i > head.i:
            measure = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if measure is not None and not (span.start <= measure.i < span.end) and not _is_figure(measure, span) \
                    and measure.lower_ not in words.not_metrics and measure.lemma_.lower() not in words.source_people \
                    and not is_period_phrase(measure.text):
                return measure
    return None


def what_changed(doc: Doc, change: Token, span: Span, words: FrameWords, antecedent: str | None) -> str | None:
    """For a bare change word `change` ("a rise of nearly 30%", "a 22% increase"), what changed plus growth
    or fall (or "change in" for percentage points): the noun after it ("a 7.7% rise in annual revenue"), else
    the metric of the figure before it in the sentence (`antecedent`); None when neither says."""
    what = None
    for prep in change.children:
        # ("to" a noun, not a level: "a 9.9 percent increase to the public safety fund", "a 3% cut to library budgets")
        # ("for" a measure too, no name nor who: "reported a 23% rise for its first-half net profit", not "a rise for
        # the company" or "for Harlow", nor for those a change of its own measure is for: "a 1% salary increase for
        # county employees")
        if prep.dep_ == "prep" and (prep.lower_ in ("in", "of", "to") or _between_two(prep)
                                    or prep.lower_ == "for" and not any(c.dep_ == "compound" and c.pos_ == "NOUN"
                                                                        and not (span.start <= c.i < span.end)
                                                                        and not _is_figure(c, span)
                                                                        for c in change.children)
                                    and any(g.dep_ == "pobj" and g.pos_ == "NOUN"
                                                                    and g.lemma_.lower() not in words.not_metrics
                                                                    and g.lower_ not in words.not_metrics
                                                                    and g.ent_type_ == "" for g in prep.children)):
            obj = next((g for g in prep.children if (g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
                        or g.dep_ == "pcomp" and g.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in g.children))
                        and not (span.start <= g.i < span.end) and g.ent_type_ not in ("DATE", "TIME", "GPE")
                        and not _is_figure(g, span)), None)  # not another figure's unit: "a rise of 29 per cent"
            if obj is not None and not is_period_phrase(obj.text):
                # "a 2.7% fall in the cost of furnishings": the cost of furnishings, not the cost; "a 22% rise in
                # shoplifting", the gerund the tagger read as a verb
                what = named(doc, obj, span, words, None) if obj.lower_ not in words.rise_nouns | words.fall_nouns \
                    else chunk_text(doc, obj, skip=span)
                break
    if what is None and change.dep_ == "dobj" and change.head.pos_ == "VERB":
        # "Exports posted a gain of 3.1%", "Profits saw a fall of 12%": the verb's subject changed (not who
        # acts, "The company posted a rise of 5%", nor a period, "The third quarter saw a 5% rise")
        what = measured_subject(doc, span, change.head, words)
        if what is not None and (is_period_phrase(what) or is_change(what, words) or what.lower() in words.container_nouns):
            what = None  # (nor the bare figures that show it: "The figures mark a 10% rise": a rise of what they count)
    if what is None and change.dep_ == "pobj" and change.head.lower_ == "with" and (moved := change.head.head).pos_ == "NOUN" \
            and moved.lemma_.lower() in words.rise_nouns | words.fall_nouns | words.change_nouns \
            and (kept := [t.lower_ for t in moved.lefts if t.dep_ in ("compound", "amod") and t.lower_ not in words.change_degree_words
                          and not (span.start <= t.i < span.end) and not _in_a_figure(t)]) \
            and any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in moved.lefts):
        # "saw the most significant monthly price fall with a movement of -1.4 per cent": the change the movement
        # restates, with the words that say what and over what time ("monthly price fall"), not "movement"
        return " ".join([*kept, moved.lower_])
    if what is None and antecedent and not is_change(antecedent, words) and "share of" not in antecedent:
        what = antecedent
    if what is None:
        return None
    word = change.lower_ if change.lower_ in words.rise_nouns | words.fall_nouns else change.lemma_.lower()  # "gains"
    if word in words.rise_nouns:
        return f"{what} growth"
    return f"{what} fall" if word in words.fall_nouns else f"change in {what}"


def poll_support(doc: Doc, span: Span, q: dict, verb: Token | None, direction: str | None,
                 words: FrameWords) -> str | None:
    """What a share measures that a name is on, at or moves to in a poll story (see `poll_story`) with nothing else
    saying what: the name's poll support ("Labour is on 34 per cent", "The Conservatives are up one point to 21 per
    cent", "Reform stays on 18%"); a change of it for a move. The name is the verb's subject, a party or a candidate
    (a proper noun, or a name tagged an organisation, a group or a person). None otherwise."""
    if q["unit"] not in ("percent", "percentage_point") or verb is None or not poll_story(doc, words):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "NORP", "PERSON")):
        return None
    up = span.root
    for _ in range(3):  # the figure hangs on the verb, directly or through "on", "at", "to", "up", "down"
        if up.head == verb or up.head == up:
            break
        up = up.head
    if up.head != verb:
        return None
    support = "poll support"
    return change_of(support, direction, q, words) if direction else support


def poll_side(doc: Doc, span: Span, q: dict, metric: str | None, direction: str | None,
              words: FrameWords) -> str | None:
    """Poll support for a share in a poll story (`poll_story`) whose metric names only a side of the question or a
    lead (a share in percent paired with another, "a 7-point lead, 45 percent to 38 percent", also with no metric at
    all; `poll_side_words`: "the Yes side has 64.5 per cent", "35.5 per cent in the No camp", "60 per cent in
    favour", "by a margin of 61 per cent to 24 per cent"); a change of it for a move. None otherwise, and for such a
    word with an "of" phrase of its own in the sentence, a measure ("The margin of error is 2 per cent")."""
    if q["unit"] == "percent" and (metric is None or level_of(metric, words).lower().split()[-1] == "lead") \
            and _paired_share(doc, span) and poll_story(doc, words):
        # "Smith had a 7-point lead, 45 percent to 38 percent", "leading Jones by three points, 50 percent to 47
        # percent": each side's share, not the lead
        return "poll support"
    if metric is None or q["unit"] not in ("percent", "percentage_point") \
            or (side := level_of(metric, words).lower().split()[-1]) not in words.poll_side_words \
            or not poll_story(doc, words):
        return None
    owner = span.root.head if span.root.dep_ == "nummod" else span.root
    if any(t.lower_ == side and t.dep_ in ("nsubj", "nsubjpass") and t.head == owner.head and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.pos_ == "NOUN" and not (span.start <= g.i < span.end) and not _is_figure(g, span)
                for g in c.children) for c in t.children) for t in owner.head.children):
        return None  # (the subject of the figure's own verb: not "a majority of its voters back it, with 54 per cent")
    return change_of("poll support", direction, q, words) if direction else "poll support"


def _paired_share(doc: Doc, span: Span) -> bool:
    """Whether a share in percent is one side of a pair written "N percent to M percent" ("a 7-point lead, 45 percent
    to 38 percent"): the figure right before or right after a "to" whose other side is a figure in percent too; not
    the two sides of a move ("fell from 45 percent to 41 percent")."""
    def percent_at(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].ent_type_ == "PERCENT"

    def opening(i: int) -> int:  # the first token of the figure in percent that ends at i
        while i > 0 and doc[i - 1].ent_type_ == "PERCENT" and doc[i - 1].ent_iob_ != "B" and doc[i].ent_iob_ != "B":
            i -= 1
        return i
    after, before = span.end, span.start - 1
    if after < len(doc) and doc[after].lower_ == "to" and percent_at(after + 1):
        first = span.start
    elif before >= 0 and doc[before].lower_ == "to" and percent_at(before - 1):
        first = opening(before - 1)
    else:
        return False
    return not (first > 0 and doc[first - 1].lower_ == "from")


def _vote_share(span: Span, q: dict, words: FrameWords) -> str | None:
    """A level in percent that would vote for a name, in a poll story (`poll_story`): the name's poll support ("38% of
    people would vote for the Greens"; see `_votes_for_name`). None otherwise."""
    return "poll support" if q["kind"] == "percentage" and _votes_for_name(span, words) \
        and poll_story(span.doc, words) else None


def _votes_for_name(span: Span, words: FrameWords) -> bool:
    """Whether a share is the subject of a vote for a name, or of a saying that they would vote for one ("38% of people
    would vote for the Greens", "with 12% saying they would vote for Reform Valdoria"): in a poll story, the name's poll
    support, not a share of the people asked. The verb of voting is a word of `vote_words`."""
    tok = span.root.head if span.root.dep_ == "nummod" else span.root
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    votes = [verb] + [c for c in verb.children if c.dep_ == "ccomp"
                      and any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in c.children)]
    return any(v.lemma_.lower() in words.vote_words and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in p.children)
        for p in v.children) for v in votes)


def poll_story(doc: Doc, words: FrameWords) -> bool:
    """Whether the headline or the first two paragraphs name an opinion poll (a phrase of `poll_words`): read once
    per document."""
    if "claimx_poll_story" not in doc.user_data:
        opening = _opening(doc)
        doc.user_data["claimx_poll_story"] = re.search(
            rf"\b(?:{'|'.join(re.escape(w) for w in sorted(words.poll_words, key=len, reverse=True))})\b",
            opening, re.I) is not None
    return doc.user_data["claimx_poll_story"]


def _market_text(doc: Doc, words: FrameWords) -> bool:
    """Whether the whole text writes a word of a market story (`market_story_words`): read once per document."""
    if "claimx_market_text" not in doc.user_data:
        doc.user_data["claimx_market_text"] = dictionary_market_story(doc.text, words.market_story_words)
    return doc.user_data["claimx_market_text"]


def market_story(doc: Doc, words: FrameWords) -> bool:
    """Whether the headline or the first two paragraphs write a word of a market story (`market_story_words`:
    "shares", "stocks", "traders"): read once per document."""
    if "claimx_market_opening" not in doc.user_data:
        doc.user_data["claimx_market_opening"] = dictionary_market_story(_opening(doc), words.market_story_words)
    return doc.user_data["claimx_market_opening"]


def _opening(doc: Doc) -> str:
    """The headline and the first two paragraphs of the text (its first three lines that hold words)."""
    text = doc.user_data.get("claimx_text") or doc.text
    return "\n".join([line for line in text.split("\n") if line.strip()][:3])


def _between_two(prep: Token) -> bool:
    """Whether `prep` is a "between" whose object is two of one measure, written as one plural noun after two
    modifiers joined by "and" ("a 4.1 percentage point drop between the 2021 and 2022 pass rates"): what a change
    noun it hangs from changed."""
    if prep.lower_ != "between":
        return False
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and obj.tag_ == "NNS" and any(t.lower_ == "and" for t in obj.doc[obj.left_edge.i:obj.i])


_SCORING_UNIT_KEY = "claimx_scoring_unit"  # doc.user_data: the match report's scoring unit, worked out once


def scoring_unit(doc: Doc, words: FrameWords) -> str | None:
    """The unit a match report counts its scoring in (`scoring_units`: points, runs, goals, tries): the one it writes most
    often right after a figure ("27 points", "113 runs", "a 41-run win", "25-point games"), one a verb of `scoring_verbs`
    takes as its object first ("scored 14 goals" in a football story that also gives league points); None when the text
    writes none of them so, or two as often with no scored one first."""
    if _SCORING_UNIT_KEY in doc.user_data:
        return doc.user_data[_SCORING_UNIT_KEY]
    singular = {u[:-3] + "y" if u.endswith("ies") else u[:-1] if u.endswith("s") else u: u for u in words.scoring_units}
    counts: dict[str, list[int]] = {}  # unit -> [scored, written, -first]
    for tok in doc:
        if not tok.like_num or tok.i + 1 >= len(doc):
            continue
        noun = doc[tok.i + 1]
        if noun.text == "-" and tok.i + 2 < len(doc):
            noun = doc[tok.i + 2]
            unit = singular.get(noun.lower_)  # "a 41-run win"
        else:
            unit = noun.lower_ if noun.lower_ in words.scoring_units else None
        if unit is None and tok.i + 2 < len(doc) and noun.is_lower and noun.is_alpha \
                and doc[tok.i + 2].lower_ in words.scoring_units and doc[tok.i + 2].dep_ == "dobj" \
                and _scoring_verb(doc[tok.i + 2].head, words):
            # "Varga scored 14 league goals": one word between the figure and the unit a verb of scoring takes
            noun, unit = doc[tok.i + 2], doc[tok.i + 2].lower_
        if unit is None:
            continue
        held = counts.setdefault(unit, [0, 0, -tok.i])
        held[1] += 1
        if noun.dep_ == "dobj" and _scoring_verb(noun.head, words):
            held[0] += 1
    ranked = sorted(counts.items(), key=lambda kv: (kv[1][0] > 0, kv[1][1], kv[1][2]), reverse=True)
    found = None
    if ranked and (ranked[0][1][0] or ranked[0][1][1] >= 2) \
            and (len(ranked) == 1 or ranked[0][1][0] > 0 or ranked[0][1][1] > ranked[1][1][1]):
        found = ranked[0][0]
    doc.user_data[_SCORING_UNIT_KEY] = found
    return found


def _scoring_verb(tok: Token, words: FrameWords) -> bool:
    return tok.pos_ in ("VERB", "AUX") and verb_says(tok, lambda w: w if w in words.scoring_verbs else None) is not None


def scored_count(doc: Doc, span: Span, q: dict, direction: str | None, words: FrameWords) -> str | None:
    """What a bare count a player or a side scores in a match report measures: the report's scoring unit
    (`scoring_unit`). Such a count is the object of a verb of `scoring_verbs`, or of its "with" phrase ("McDaniels
    scored 21 for Minnesota", "Hussey, who made 38", "hit an aggressive 87", "contributing 19 with eight rebounds",
    "made 72, 68 and 67 respectively"), or stands alone in brackets after a player's name ("Suresh Raina (18)"), or
    right before "off" or "from" and what cricket's runs come off
    (`delivery_nouns`, a number, an ordinal over or a bowler: "smashed 82 from 70 balls", "needing 70 off 48 balls",
    "took 16 off Kelby's eighth over", "an unbeaten 36 off 14"), or a person owns ("his 149 and 104", "David Gower's
    8,231"), or a word of `not_out_words` stands right before, maybe with "on" ("unbeaten on 143", "not out 27"). A bare
    number after that "off" or "from" counts the balls faced (the first of `delivery_nouns`). None for any other figure: one with a noun of its own ("23 points",
    "five straight threes"), a part of a whole ("seven of his 17 attempts"), a change, or "twice"."""
    if q["unit"] != "count" or q.get("kind") != "count" or direction or not span[-1].like_num \
            or span[-1].lower_ in ("once", "twice", "thrice") \
            or span.start > 0 and doc[span.start - 1].lower_ in ("a", "an"):  # "hit six fours and a six": a boundary
        return None
    unit = scoring_unit(doc, words)
    if unit is None:
        return None
    root = span.root
    nxt = doc[span.end] if span.end < len(doc) else None
    if span.start >= 2 and doc[span.start - 1].text == "(" and nxt is not None and nxt.text == ")" \
            and doc[span.start - 2].pos_ == "PROPN" and doc[span.start - 2].ent_type_ in ("PERSON", "ORG", ""):
        return unit  # "Moeen Ali, who also got the key wicket of Suresh Raina (18)": the batter's score
    if nxt is not None and nxt.lower_ in ("off", "from") and _off_deliveries(nxt, words):
        return unit  # "82 from 70 balls", "16 off James Anderson's eighth over" (however the parse hangs "balls")
    if root.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod", "npadvmod") and root.head.i >= span.end \
            or nxt is not None and (nxt.lower_ == "of" or nxt.text == "-" or nxt.pos_ == "NOUN" and nxt.head == root):
        return None  # "five consecutive 3-point shots", "seven of his 17 attempts"
    prep = doc[span.start - 1] if span.start > 0 else None
    if prep is not None and prep.lower_ in ("off", "from") and prep.i >= 1 and _bare_scored_before(doc, prep, words) \
            and (nxt is None or nxt.pos_ != "NOUN") \
            and any(t.pos_ == "NOUN" and t.lower_ in words.delivery_nouns for t in doc):
        # (a story that writes no ball nor over is no cricket: "Medhurst (27 from 32)" in netball counts no balls)
        return next(iter(sorted(words.delivery_nouns, key=lambda w: (not w.endswith("s"), w))), None)  # "36 off 14"
    head = root
    while head.dep_ == "conj" and head.head != head:  # "made 72, 68 and 67 respectively"
        head = head.head
    if head.dep_ == "dobj" and _scoring_verb(head.head, words):
        return unit
    if head.dep_ == "pobj" and head.head.lower_ == "with" and _scoring_verb(head.head.head, words):
        return unit  # "finished with 19", "chipped in with 12"
    anchor = head.i if head.i != root.i else span.start  # "his 149 and 104": the list's first figure's owner
    owner = doc[anchor - 1] if anchor > span.sent.start else None
    if owner is not None and owner.lower_ in ("'s", "\u2019s") and owner.i > span.sent.start:
        owner = doc[owner.i - 1]
    elif owner is not None and owner.lower_ not in ("his", "her"):
        owner = None
    if owner is not None and (owner.lower_ in ("his", "her") or owner.pos_ == "PROPN") \
            and not any(c.dep_ in ("amod", "compound") for c in head.children):
        return unit  # "until his 149 and 104 against the West Indies", "surpassing David Gower's 8,231", "Brook's 317": a
        # player's or a side's score
    before = doc[max(span.sent.start, span.start - 3):span.start].text.lower()
    if before.endswith(" on"):
        before = before[:-3]
    if any(before == w or before.endswith(" " + w) for w in words.not_out_words):
        return unit  # "Ponting was unbeaten on 143", "Brad Hodge was not out 27": a batter's score standing
    return None


def added_to_line(doc: Doc, span: Span, q: dict, words: FrameWords) -> bool:
    """Whether a count a rise was read on is a player's line in a match report, what a person scored, no rise: the
    object of a verb of `scoring_verbs` whose subject is a name or a person ("Anthony Edwards added 23 points, eight rebounds and
    seven assists", "He added 108 runs off 71 balls", "Ann Reid, who added 19"), or a count after "plus" in a report
    that counts its scoring (`scoring_unit`: "22 points -- 15 in the second half -- plus seven rebounds"). Not what a
    place or a body adds ("the economy added 157,000 jobs")."""
    if q["unit"] != "count" or scoring_unit(doc, words) is None:
        return False
    if span[0].lower_ == "plus" or span.start > 0 and doc[span.start - 1].lower_ == "plus":
        return True
    tok = span.root
    if tok.dep_ == "nummod" and tok.head.i >= span.end - 1:
        tok = tok.head  # "23 points": the noun the verb takes
    while tok.dep_ == "conj" and tok.head != tok:  # "23 points, eight rebounds and seven assists"
        tok = tok.head
    if tok.dep_ not in ("dobj", "npadvmod", "appos", "advcl") or not _scoring_verb(tok.head, words):
        return False  # ("added 23 points, eight rebounds": the parse may hang a later item on the verb)
    verb = tok.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subject is None and verb.dep_ == "conj" and verb.head != verb:  # "Reid scored 27 points and added 9"
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (a name, which the tagger may call a body: "Portland guard CJ McCollum added 22 points")
    return subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in words.person_pronouns
                                    or subject.lower_ == "who" and subject.head.dep_ == "relcl"
                                    and subject.head.head.pos_ == "PROPN")


def streak_length(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """What a figure that gives the length of a run of results measures: the streak (`streak_nouns`), named by the word
    that says which results before it ("a seven-game winning streak" -> "winning streak", "a three-game losing streak"
    -> "losing streak", "their 13-game skid" -> "skid"), the figure hyphened to a noun of `played_nouns`; or the streak
    of something a figure ends "at" ("ending his streak of 25-point games at 22" -> "streak of 25-point games"). None
    for any other figure ("a 12-game road trip", "a streak of bad luck")."""
    played = {w[:-2] if w.endswith("ches") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w
              for w in words.played_nouns}  # "game", "match", "start"
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in played:
        j, which = i + 2, None
        if doc[j].lower_ not in words.streak_nouns and doc[j].pos_ in ("ADJ", "VERB", "NOUN") and j + 1 < len(doc) \
                and doc[j + 1].lower_ in words.streak_nouns:
            which, j = doc[j].lower_, j + 1  # "winning", "losing", "unbeaten"
        if j < len(doc) and doc[j].lower_ in words.streak_nouns:
            noun = doc[j].lower_[:-1] if doc[j].lower_.endswith("s") else doc[j].lower_
            return f"{which} {noun}" if which else noun
    if span.start >= 4 and doc[span.start - 1].lower_ == "at":
        for k in range(span.start - 3, max(span.sent.start, span.start - 10) - 1, -1):
            if doc[k].lower_ in words.streak_nouns and doc[k + 1].lower_ == "of":
                return doc[k:span.start - 1].text  # "his streak of 25-point games at 22"
    return None


def is_streak(metric: str | None, words: FrameWords) -> bool:
    """Whether a metric is a streak's length (see `streak_length`)."""
    if not metric:
        return False
    parts = metric.lower().split()
    return parts[-1] in words.streak_nouns or parts[0] in words.streak_nouns and len(parts) > 1 and parts[1] == "of"


_LINE_OWNERS = ("the", "his", "her", "their", "its")  # determiners of a shooting line's whole ("seven of his 17 attempts")
_LINE_STOPS = ("from", "in", "for", "and", "of", "on", "to", "with", "while", "but", "as", "at", "over", "before", "after")


def shooting_line(doc: Doc, span: Span, words: FrameWords) -> tuple[str, Span | None, bool] | None:
    """What a figure of a shooting line (see `_line_from`) measures, the name that owns the line's whole ("the
    Warriors' 11 three-pointers" -> "Warriors"), and whether the figure is the line's part (what a player made of a
    whole another name owns: "five of the Warriors' 11 three-pointers" are the player's); None for any other figure."""
    last = span.end - 1
    if span.end < len(doc) and doc[span.end].lower_ == "of" and doc[last].like_num:
        line = _line_from(doc, last, words)
        return (line["part"], line["owner"], True) if line is not None and line["part"] else None
    for k in range(span.start - 1, max(span.sent.start, span.start - 7) - 1, -1):
        if doc[k].lower_ == "of" and k > 0 and doc[k - 1].like_num:
            line = _line_from(doc, k - 1, words)
            if line is not None and line["whole"] == last and line["whole_metric"]:
                return line["whole_metric"], line["owner"], False
            return None
    return None


def _line_from(doc: Doc, part: int, words: FrameWords) -> dict | None:
    """The shooting line whose part is the number at token `part`, right before "of": a bare count, "of", maybe a
    determiner or an owner's name and possessive, maybe a record word ("career-high"), the whole (a number), maybe a noun
    of `shot_nouns`, and maybe "from" and a range of `shooting_ranges` (one of the two at least): "made 12 of 14 shots",
    "seven of his 17 attempts from the field", "five of the Warriors' 11 three-pointers", "went 32 of 45 from the field",
    "eight of 16 from three-point range", "26 of his career-high 34 points". The metrics of the part (the shots made) and of
    the whole (the tries, or what its noun counts), and the owner's name; None when no such line stands there."""
    j = part + 2
    owner = None
    if j < len(doc) and doc[j].lower_ in _LINE_OWNERS:
        j += 1
    start = j
    while j < len(doc) and j < start + 4 and doc[j].is_title and not doc[j].like_num:
        j += 1
    if j > start and j < len(doc) and doc[j].text in ("'", "’", "'s", "’s"):
        owner, j = doc[start:j], j + 1  # "the Warriors' 11 three-pointers"
    else:
        j = start
    for _ in range(4):  # "his career-high 34 points": a record word says what the whole is
        if j < len(doc) and not doc[j].like_num and (doc[j].text == "-" or doc[j].is_lower and doc[j].is_alpha) \
                and doc[j].lower_ not in _LINE_STOPS:
            j += 1
    if j >= len(doc) or not doc[j].like_num:
        return None
    whole, k, noun = j, j + 1, ""
    while k < len(doc) and k < whole + 5 and not (doc[k].is_punct and doc[k].text != "-") \
            and doc[k].lower_ not in _LINE_STOPS:
        noun = noun + doc[k].lower_ if doc[k].text == "-" or noun.endswith("-") else f"{noun} {doc[k].lower_}".strip()
        k += 1
    head = next((n for n in sorted(words.shot_nouns, key=len, reverse=True)
                 if noun == n or noun.endswith(" " + n) or noun.endswith("-" + n)), None) if noun else None
    if noun and head is None:
        return None  # "won 24 of their 46 league matches": no shooting line
    ranged = None
    if k + 1 < len(doc) and doc[k].lower_ == "from":
        after = " ".join(doc[k + 1:k + 6].text.lower().split())  # ("three-point range": as written)
        for entry in sorted(words.shooting_ranges, key=lambda e: -len(e.split(":")[0])):
            phrase, made, tries = entry.split(":")
            if re.match(re.escape(phrase) + r"(?![\w-])", after):
                ranged = (made, tries)
                break
    if head is None and ranged is None:
        return None
    base = noun[:len(noun) - len(head)].strip(" -") if head else ""
    if ranged is not None:
        part_metric, whole_metric = ranged
    elif head in words.attempt_nouns:
        plain = head.rstrip("s")
        part_metric = f"{base} shots made".strip() if plain == "attempt" else f"{base} {head} made".strip()
        whole_metric = noun if plain == "attempt" else f"{base} {plain} attempts".strip()
    else:
        part_metric, whole_metric = head, (noun if owner else None)
    return {"part": part_metric, "whole": whole, "whole_metric": whole_metric, "owner": owner}


def shot_made(span: Span, q: dict, verb: Token | None, words: FrameWords) -> bool:
    """Whether a count is the shots a verb of `shot_verbs` says were made ("knocked down five consecutive 3-point shots",
    "drained four threes"), which the words of the verb read as a fall: its object, or the number of its object."""
    if q["unit"] != "count" or verb is None or verb.lemma_.lower() not in words.shot_verbs:
        return False
    tok = span.root
    if tok.dep_ == "nummod" and tok.head.i >= span.end - 1:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head == verb


def _off_deliveries(prep: Token, words: FrameWords) -> bool:
    """Whether the "off" or "from" `prep` after a count names what cricket's runs come off: a noun of `delivery_nouns`
    ("from 70 balls", "off James Anderson's eighth over"), a bare number ("off 14"), an ordinal over ("off Reid's
    ninth") or a bowler ("off Zaheer")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None and prep.i + 1 < len(prep.doc):
        obj = prep.doc[prep.i + 1]
    if obj is None:
        return False
    if obj.lower_ in words.delivery_nouns or obj.ent_type_ == "ORDINAL":
        return True
    if obj.like_num and (obj.i + 1 >= len(prep.doc) or prep.doc[obj.i + 1].pos_ != "NOUN"
                         or prep.doc[obj.i + 1].lower_ in words.delivery_nouns):
        return True
    return obj.ent_type_ == "PERSON" and prep.lower_ == "off"


def _bare_scored_before(doc: Doc, prep: Token, words: FrameWords) -> bool:
    """Whether a bare count stands right before `prep` ("an unbeaten 36 off 14") and what follows it is no noun."""
    before = doc[prep.i - 1]
    return before.like_num and (before.i == 0 or doc[before.i - 1].text != "-") and _off_deliveries(prep, words)


def change_of(metric: str, direction: str | None, q: dict, words: FrameWords) -> str:
    """A change figure with no metric of its own, named from the metric before it in its sentence ("sales
    reached $2.31 billion, up 28%" -> "sales growth"; percentage points: "change in ...")."""
    if q["unit"] == "percentage_point" or direction not in ("up", "down"):
        return f"change in {metric}"
    return f"{metric} growth" if direction == "up" else f"{metric} fall"


def is_change(phrase: str, words: FrameWords) -> bool:
    """Whether a metric is a bare change word or already names a change ("... growth", "... fall")."""
    return phrase.lower() in words.rise_nouns | words.fall_nouns or phrase.lower().endswith((" growth", " fall"))


def _not_metric(phrase: str, words: FrameWords) -> bool:
    """A phrase whose head never names a measure ("early trading", "dollar terms", "the phone maker")."""
    return phrase.split()[-1].lower() in words.not_metrics


def _per_share(doc: Doc, span: Span, q: dict, nxt: Token | None, words: FrameWords, antecedent: str | None,
               verb: Token | None = None) -> str | None:
    """A money figure "per share" or "a share" after earnings ("net income of $684 million, or $1.49 per diluted
    share") or after a verb of earning or forecasting with nothing else named ("analysts expect $2.10 a share"):
    earnings per share, with the words before "share" ("diluted earnings per share")."""
    if nxt is None or nxt.lower_ not in ("per", "a", "an", "/") or q["unit"] in ("percent", "ratio", "count") \
            or nxt.text == "/" and (nxt.whitespace_ or doc[nxt.i - 1].whitespace_):
        return None
    j = nxt.i + 1
    quals = []
    while j < span.sent.end and doc[j].pos_ == "ADJ" and len(quals) < 2 and nxt.text != "/":
        quals.append(doc[j].lower_)
        j += 1
    if j >= span.sent.end or doc[j].lemma_.lower() != "share":
        return None
    root = span.root
    if nxt.text == "/" and root.head.i == j:
        # "came in at Rs2.66/share": the parse hangs the figure on "share", which takes the figure's place in the clause
        root = doc[j]
    owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if owner is not None:
        owner = _qualified_measure(owner, words)  # "earnings excluding items of 57 cents per share"
    owned = owner is not None and bool({owner.lower_, owner.lemma_.lower()} & words.per_share_heads)
    if owner is not None and owner.pos_ == "NOUN" and not owned:
        return None  # "a dividend of €2.40 per share": read by the "of" rule
    heads = words.per_share_heads
    earned = antecedent and (_earnings_head(antecedent, words) in heads or antecedent.lower().endswith("earnings per share"))
    forecast = owner is None and not antecedent and verb is not None and root.dep_ == "dobj" \
        and root.head == verb and verb_says(verb, lambda w: w if w in words.per_share_verbs else None)
    if verb is not None and root.dep_ == "pobj" and root.head.lower_ in ("with", "to") and root.head.head == verb \
            and verb.lower_ == "compared" and verb.head.pos_ in ("VERB", "AUX"):
        # "came in at Rs3.41/share, compared with Rs3.02/share": the old side, on the verb the comparison hangs from
        root, verb = verb, verb.head
    if not earned and not forecast and not owned and verb is not None \
            and (root.head == verb or root.dep_ == "pobj" and root.head.head == verb) \
            and any(c.dep_ in ("nsubj", "nsubjpass") and {c.lemma_.lower(), c.lower_} & heads for c in verb.children):
        earned = True  # "the profit amounted to US$2.06 per diluted share", "Earnings per share came in at Rs2.66/share"
    if not earned and not forecast and not owned:
        if verb is not None and owner is None and root.head == verb \
                and (verb.lemma_.lower() in words.pay_verbs or verb_says(verb, words.price_verb)):
            return "price per share"  # "Amazon will pay $42 per share in an all-cash deal": the offer's price
        return None
    return " ".join(quals + ["earnings per share"])


def _restated_per_share(doc: Doc, span: Span, nxt: Token | None, q: dict) -> str | None:
    """What a sum restated after ", or" right after another sum with no "share" of its own measures when the sentence
    restated a sum per share before it ("Net income rose to $4.56 billion, or 45 cents a share, from $3.1 billion, or
    31 cents, a year earlier", "from $1.91 billion, or $1.12, in the year-earlier period"): the old side's earnings per
    share, as the new side's ("basic earnings per share" after "72 cents a basic share"); None otherwise."""
    if q["unit"] in ("percent", "ratio", "count") or span.start < span.sent.start + 3 \
            or doc[span.start - 1].lower_ != "or" or doc[span.start - 2].text != "," \
            or not _is_figure_before(doc, span.start - 2):
        return None
    if nxt is not None and (nxt.lower_ in ("per", "a", "an") or nxt.lemma_.lower() == "share"):
        return None  # "or 31 cents a share": the per-share rule reads it
    sent = span.sent
    for k in range(span.start - 3, sent.start + 1, -1):
        if doc[k].lower_ in ("a", "an", "per") and _is_figure_before(doc, k):
            j, quals = k + 1, []
            while j < sent.end and doc[j].pos_ == "ADJ" and len(quals) < 2:
                quals.append(doc[j].lower_)
                j += 1
            if j < sent.end and doc[j].lemma_.lower() == "share":
                return " ".join(quals + ["earnings per share"])
    return None


def _earnings_head(metric: str, words: FrameWords) -> str:
    """The head word of a measure written with a tail saying what it was made on, from or after (`qualifier_prepositions`,
    `earnings_tail_words`: "earnings on revenue" -> "earnings", "net profit after non-controlling interest" -> "profit"),
    in lower case; the last word of a measure with no such tail."""
    parts = metric.lower().split()
    cut = next((i for i, w in enumerate(parts) if i and (w in words.qualifier_prepositions or w in words.earnings_tail_words)),
               len(parts))
    return parts[cut - 1] if cut else parts[-1]


def _vague_tail(doc: Doc, head: Token, span: Span, *, after: int | None = None) -> str:
    """What follows a noun that says too little alone ("people" in "people waiting more than 52 weeks", "people in
    work", "people classed as economically inactive"): its post-modifiers up to the figure or a comma, with a
    leading space, or "" when there are none."""
    begin = head.i + 1 if after is None else after + 1
    place = next((c for c in head.rights if c.i == begin and c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout")
                  and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in c.children)), None)
    if place is not None:
        # "8,998 people in Kelby were waiting more than a year": the place says whose figure it is (the subject), not
        # which people; what they are doing, after it, does
        begin = place.right_edge.i + 1
    rights = [c for c in head.rights if c.dep_ in ("acl", "relcl", "prep", "amod", "advmod") and c.i >= begin]
    if rights and rights[0].dep_ in ("acl", "relcl") and rights[0].lemma_.lower() in load_words().venue_verbs:
        return ""  # "a study of 78,430 adults published in JAMA Neurology": where the study appeared
    if not rights or rights[0].i != begin:
        if begin >= head.sent.end or doc[begin].tag_ not in ("VBN", "VBG"):
            return ""
        # a participle the parse took for the clause's verb ("the number of people classified as unemployed
        # increased ..."): its words up to the verb that follows
        end = next((t.i for t in doc[begin + 1:head.sent.end] if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), head.sent.end)
    else:
        end = max(c.right_edge.i for c in rights) + 1
    stop = next((t.i for t in doc[begin:end] if t.is_punct and t.text != "-" or span.start <= t.i < span.end
                 or t.dep_ == "cc" and t.head == head), end)
    end = _whole_phrases(doc, begin, min(stop, begin + 8), stop)
    tail = doc[begin:end].text.strip()
    return f" {tail}" if tail and any(ch.isalpha() for ch in tail) else ""


def state_tail(doc: Doc, noun: Token, span: Span) -> str:
    """The state a counted noun is in, when a participle or a relative clause says it right after the noun ("3,400
    patients who were waiting for surgery" -> " waiting for surgery", "1,200 homes built since 2020" -> " built",
    "312 vehicles that had failed their safety test" -> " that had failed their safety test"): its words up to a
    comma, the figure or a time ("since 2020", "last year"), with a leading space; "" when no such clause follows."""
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "relcl") and c.left_edge.i == noun.i + 1), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "acl" and clause.tag_ not in ("VBN", "VBG"):
        return ""
    if clause.lemma_.lower() in load_words().venue_verbs:
        return ""  # "a study of 78,430 adults published in JAMA Neurology": where the study appeared, not the adults' state
    begin = noun.i + 1
    if clause.dep_ == "relcl" and clause.tag_ in ("VBG", "VBN") and all(
            t.tag_ in ("WP", "WDT") or t.dep_ in ("aux", "auxpass") and t.lemma_ == "be" for t in doc[begin:clause.i]):
        begin = clause.i  # "who were waiting for surgery": waiting for surgery (not "that had failed")
    end = begin
    for t in doc[begin:min(clause.right_edge.i + 1, begin + 8)]:
        if t.is_punct and t.text != "-" or span.start <= t.i < span.end or t.dep_ == "cc" and t.head == noun \
                or t.i > clause.i and t.dep_ in ("ccomp", "conj") and t.pos_ == "VERB":  # "students who sat the exam passed"
            break
        when = t.head if t.dep_ in ("amod", "det") and t.head.i > t.i else t
        if t.ent_type_ in ("DATE", "TIME") and when.dep_ == "npadvmod" and (when.is_title or any(
                c.lower_ in load_words().period_determiners for c in when.children)):
            break  # "sold last year" (but "waiting more than a year" is how long)
        if t.dep_ == "prep" and t.lower_ in load_words().time_prepositions and any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children):
            break  # "built since 2020", "sold in March": when, not what
        if t.i > begin and t.lemma_.lower() == noun.lemma_.lower() and doc[t.i - 1].like_num:
            return ""  # "60 seats followed by the DA with 24 seats": a second figure of the same noun, no state of it
        end = t.i + 1
    else:
        end = _whole_phrases(doc, begin, end, clause.right_edge.i + 1)
    tail = doc[begin:end].text.strip()
    return f" {tail}" if tail and any(ch.isalpha() for ch in tail) else ""


def _whole_phrases(doc: Doc, begin: int, end: int, natural: int) -> int:
    """Where a tail of words `doc[begin:end]`, cut at a cap of words before its phrase's own end `natural`, stops so
    that it ends on a whole phrase. A cut inside a phrase (its last word hangs from a word past the cut, or a hyphen
    follows it) moves back before the first preposition whose phrase runs past the cut, and never ends on a
    preposition, an article, a conjunction or a hyphen ("people who took shelter in more than 400 state-run relief
    camps" -> "people who took shelter", not "... in more than 400 state"; "patients treated at the nation's almost
    5,000 non-federal hospitals" -> "patients treated"). A tail that was not cut is returned as it is."""
    if end >= natural or end <= begin or doc[end - 1].head.i < end and doc[end].text != "-" and doc[end - 1].tag_ != "POS":
        # cut after a whole phrase's last word ("waiting more than six weeks for key scans" | "in Harlow"), not after an
        # owner's "'s" ("from their site's" | "telephone call")
        return end
    end = next((t.i for t in doc[begin:end] if t.dep_ == "prep" and t.right_edge.i >= end), end)
    while end > begin and (doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PART") or doc[end - 1].text == "-"):
        end -= 1
    return end


def _verb_tail(doc: Doc, noun: Token, span: Span) -> str:
    """What a count of a vague noun did when nothing follows the noun ("At least four people died" -> " who
    died", "2,000 people were evacuated from the valley" -> " evacuated from the valley"): the verb it is the
    subject of, with a passive participle's first prepositional phrase when it names no place or date; ""
    when the noun is not a subject or its verb has an object of its own."""
    verb, role = noun.head, noun.dep_
    if role == "pobj" and verb.lower_ == "of" and verb.head.lower_ == "total" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        # "A total of 396,643 people have been waiting longer than 52 weeks": the people are what the total's verb says
        verb, role = verb.head.head, verb.head.dep_
    if role == "dobj" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed"):
        return f" {verb.text}"  # "Police arrested 41 people": people arrested
    if role == "nsubj" and verb.lemma_ == "be" and (state := next(
            (c for c in verb.children if c.dep_ == "acomp" and c.tag_ in ("JJ", "VBN") and not any(c.children)), None)) is not None:
        return f" {state.text}"  # "About 2,300 people in Leeds are unemployed": people unemployed
    if role == "nsubj" and verb.pos_ == "VERB" and verb.tag_ in ("VBG", "VBN", "VBD") and not any(
            c.dep_ in ("dobj", "attr", "ccomp", "xcomp") and not _in_a_figure(c)
            # ("people were waiting to start treatment": what they wait for is part of the wait)
            and not (c.dep_ == "xcomp" and verb.tag_ == "VBG" and any(a.tag_ == "TO" for a in c.children))
            for c in verb.children) \
            and (clause := _clause_words(doc, verb, span)):
        # "7.6 million people are waiting for hospital treatment" -> " waiting for hospital treatment"; "4,100 people
        # have waited more than 18 weeks for surgery" -> " who have waited more than 18 weeks for surgery" (a
        # threshold the parse takes for an object is part of what they did)
        return f" {clause}" if verb.tag_ == "VBG" else f" who {_aux_before(doc, verb)}{clause}"
    if role not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" \
            or any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in verb.children):
        return ""
    if role == "nsubj":
        return f" who {verb.text}" if verb.tag_ == "VBD" else ""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    words_after = doc[prep.i:prep.right_edge.i + 1] if prep is not None else None
    if words_after is not None and len(words_after) <= 4 and not any(
            t.ent_type_ or span.start <= t.i < span.end for t in words_after):
        return f" {verb.text} {words_after.text}"
    return f" {verb.text}"


def _clause_words(doc: Doc, verb: Token, span: Span) -> str:
    """A verb and the words after it in its clause, up to a comma, the figure, another verb's clause, a time or a
    place, at most eight words and not ending in a preposition or an article ("waited more than 18 weeks for surgery" from "have waited more than 18 weeks for surgery in
    May"); "" when the verb has an object or a complement of its own that is no phrase of time or place."""
    end = verb.i + 1
    for t in doc[verb.i + 1:min(verb.right_edge.i + 1, verb.i + 9)]:
        if t.is_punct and t.text != "-" or span.start <= t.i < span.end \
                or t.dep_ in ("cc", "conj", "ccomp", "relcl") and not _in_a_figure(t) \
                or t.ent_type_ in ("DATE", "TIME") and not _in_a_figure(t) \
                or t.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") and not _in_a_figure(g) for g in t.children) \
                or t.dep_ == "prep" and any(g.ent_type_ in ("GPE", "LOC", "FAC") or any(
                    o.dep_ in ("poss", "compound") and o.ent_type_ in ("GPE", "LOC", "FAC") for o in g.children)
                                            for g in t.children if g.dep_ == "pobj"):
            break  # (nor where: "waited more than 12 hours in Harlow's hospitals")
        end = t.i + 1
    while end > verb.i + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PART"):
        end -= 1  # the eight words may end inside a phrase: "for a bed at"
    while end < verb.right_edge.i + 1 and doc[end - 1].dep_ in ("compound", "amod") and doc[end - 1].head.i == end \
            and doc[end].pos_ == "NOUN" and not (span.start <= end < span.end):
        end += 1  # nor inside a noun's modifiers: "to start routine hospital" | "treatment"
    return doc[verb.i:end].text


def _aux_before(doc: Doc, verb: Token) -> str:
    """The auxiliaries right before a participle, with a trailing space ("have " in "have waited"), or ""."""
    start = verb.i
    while start > verb.sent.start and doc[start - 1].dep_ in ("aux", "auxpass") and doc[start - 1].head == verb:
        start -= 1
    return doc[start:verb.i].text + " " if start < verb.i else ""


def object_phrase(doc: Doc, prep: Token, span: Span, words: FrameWords) -> str | None:
    """The phrase a preposition after a figure governs ("of its roughly 95 vacant positions" -> "vacant positions",
    "of day-to-day spending"), without owners, numbers or hedges; None for a name after "in" ("fell 2.3% in
    Copenhagen": where, not what). Falls back on the words after the preposition when the parse gives no object."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return noun_phrase_from(doc, prep.i + 1)
    if prep.lower_ == "in" and (obj.pos_ == "PROPN" or obj.lemma_.lower() in words.source_nouns):
        return None  # "fell 2.3% in Copenhagen", "rose to 18,400 in the survey": where it was found
    if prep.lower_ == "in" and obj.ent_type_ in ("DATE", "TIME"):
        return None  # "rose 4% in the summer", "fell 1.2% in the morning": when (not "in annual sales")
    if prep.lower_ == "in" and any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or is_period_phrase(g.text))
                                   for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        return None  # "will reach 9 million in the whole of 2026", "in the rest of the year": when
    if obj.i + 2 < obj.sent.end and doc[obj.i + 1].tag_ == "POS" and (owned := noun_phrase_from(doc, obj.i + 2)):
        return owned  # "seven of the country's nine provinces": the provinces (the parse may stop at the owner)
    if obj.lower_ in words.container_nouns:
        return named(doc, obj, span, words, None)  # "a rise of 8.4% in the number of measles cases": the cases
    text = chunk_text(doc, obj, skip=span)
    if obj.lower_ not in words.vague_nouns:
        return text
    return text + (_vague_tail(doc, obj, span) or _verb_tail(doc, obj, span))  # "thousands of people were left without power"


def is_period_phrase(phrase: str) -> bool:
    """Whether a phrase ends in a time word (rules/frame.json `period_nouns`: "the third quarter", "the past decade")."""
    words = load_words()
    return bool(_phrase_end(words.period_nouns).search(phrase)) or _season_phrase(phrase, words)


def _season_phrase(phrase: str, words: FrameWords) -> bool:
    """Whether a phrase is a season (`season_words`), bare or after a word of `period_determiners` ("last autumn",
    "this spring", "winter"): when, never what a figure measures. A bare "fall" is a change word ("a 5% fall")."""
    parts = phrase.lower().split()
    if not parts or len(parts) > 2 or parts[-1] not in words.season_words:
        return False
    return parts[0] in words.period_determiners if len(parts) == 2 else parts[0] != "fall"


@lru_cache(maxsize=8)
def _phrase_end(words: frozenset[str]) -> re.Pattern:
    """A pattern of a phrase ending in one of `words`."""
    return re.compile(rf"{alternatives(words)}$", re.I)


@lru_cache(maxsize=8)
def _word_start(words: frozenset[str]) -> re.Pattern:
    """A pattern of a word beginning with one of `words` ("budget": "budget", "budgets", "budgetary")."""
    return re.compile(rf"\b{alternatives(words, boundary=False)}", re.I)


def noun_phrase_from(doc: Doc, i: int) -> str | None:
    """The noun phrase starting at token i, without its determiner: 'total revenue', 'U.S. stores'."""
    toks = []
    j = i
    sent_end = doc[i].sent.end
    while j < sent_end and doc[j].tag_ in ("PRP$", "DT"):  # "of its revenue", "of the total"
        j += 1
    while j < sent_end and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV", "VERB") \
            and (doc[j].dep_ != "ROOT" or doc[j].pos_ in ("NOUN", "PROPN")) and len(toks) < 6:
        t = doc[j]
        if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") or (t.pos_ == "ADV" and toks == []):
            break
        if t.pos_ == "PART" and t.text not in ("'s", "’s"):
            break
        toks.append(t)
        if t.pos_ in ("NOUN", "PROPN", "VERB") and j + 2 < sent_end and doc[j + 1].tag_ == "HYPH" \
                and doc[j + 1].whitespace_ == "" and t.whitespace_ == "":
            toks.append(doc[j + 1])  # "42,580 take-offs and landings": one word
            j += 2
            continue
        if t.pos_ in ("NOUN", "PROPN") and (j + 1 >= sent_end or doc[j + 1].pos_ not in ("NOUN", "PROPN", "PART")):
            break
        j += 1
    while toks and (toks[0].pos_ == "DET" or (toks[0].pos_ == "NUM" or toks[0].like_num)):  # "16 of 20 rounds": rounds
        toks = toks[1:]
    while toks and toks[-1].pos_ not in ("NOUN", "PROPN"):
        toks = toks[:-1]
    if not toks:
        return None
    return doc[toks[0].i:toks[-1].i + 1].text


def _joined_to_dropped(doc: Doc, t: Token, not_phrase: frozenset[str]) -> bool:
    """Whether `t` is hyphened, with no space, to a word of `not_phrase` after it, itself or through its hyphen
    ("club-record fee" -> "fee", not "club-fee"): the pieces of the dropped word go with it."""
    k = t.i + 1 if t.tag_ == "HYPH" else t.i + 2
    return t.tag_ != "HYPH" and t.i + 2 < len(doc) and doc[t.i + 1].tag_ == "HYPH" and not t.whitespace_ \
        and not doc[t.i + 1].whitespace_ and doc[k].lower_ in not_phrase \
        or t.tag_ == "HYPH" and not t.whitespace_ and k < len(doc) and doc[k].lower_ in not_phrase and t.i > 0 \
        and not doc[t.i - 1].whitespace_



def _maturity(tok: Token) -> bool:
    """Whether a number in digits is hyphened to a time unit that names a security's term ("the 10-year bond yield",
    "the 2-year note"): part of the measure's name, which the lexicon's name patterns keep from being a claim."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in ("year", "month", "week") \
        and tok.ent_type_ not in ("MONEY", "PERCENT")


def chunk_text(doc: Doc, head: Token, skip: Span, *, names: bool = True) -> str:
    """The noun `head` with its modifiers, leaving out the figure `skip`, determiners and owners (and with
    `names` false, the words of a name: "the Brannock solar park" -> "solar park")."""
    left = [t for t in head.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod") and not (skip.start <= t.i < skip.end)]
    start = min([t.left_edge.i for t in left] + [head.i])
    start = max(start, skip.end) if skip.start < head.i else start
    if start == head.sent.start and start < head.i and doc[start].is_upper:
        # "HOBART - Presentations to ...": a dateline the parse hangs on the phrase is no word of it
        dash = next((t.i for t in doc[start:head.i] if t.text in ("-", "\u2013", "\u2014", ":")), None)
        if dash is not None and _DATELINE_BEFORE.fullmatch(doc[start:dash + 1].text + doc[dash].whitespace_):
            start = dash + 1
    if (colon := next((t.i for t in reversed(doc[start:head.i]) if t.text in (":", "):")), None)) is not None:
        start = colon + 1  # "Harlow, Nov 12 (HNA): Retail inflation", "HNA" hung on the phrase: the credit is no word of it
    if start == head.sent.start and start + 1 < head.i and head.pos_ == "PROPN" and head.ent_type_ != "ORG" \
            and doc[start].is_title \
            and doc[start].lower_ in load_words().player_nouns | load_words().source_people \
            and all(t.pos_ == "PROPN" for t in doc[start + 1:head.i + 1]):
        start += 1  # "Striker Joel Varga scored twice": a role capitalised only because it opens the sentence
    not_phrase = load_words().not_phrase_words  # rules/frame.json: comparison and record words, no part of the noun
    # a word hyphenated to the next stays, whatever its tag ("all-funds spending")
    tokens = [t for t in doc[start:head.i + 1] if t.dep_ != "poss" and (
              t.pos_ not in ("DET", "PART", "ADV", "VERB", "SYM") or doc[min(t.i + 1, len(doc) - 1)].tag_ == "HYPH"
              or t.dep_ == "amod" and t.tag_ in ("VBN", "VBG")
              or t.dep_ == "compound" and t.tag_ in ("VB", "VBP")  # "pass rates": a noun tagged a verb
              or t.i > 0 and doc[t.i - 1].tag_ == "HYPH")
              and t.tag_ != "PRP$" and not (t.like_num and t.text[:1].isdigit() and not _maturity(t))
              and not (skip.start <= t.i < skip.end)
              and not t.is_space and t.text not in (".", "!", "?", ";")  # a sentence end the parse ran past: ".\nButter"
              and t.lower_ not in not_phrase and (names or t.pos_ != "PROPN" or t == head)
              and not _joined_to_dropped(doc, t, not_phrase)
              and (t == head or not _figure_word(t, skip))  # "a five-year contract worth £100 million": the contract
              and not (t.tag_ == "HYPH" and t.i > 0 and doc[t.i - 1].text[:1].isdigit()  # "the last 20-session average"
                       and not _maturity(doc[t.i - 1]))
              and not (t.dep_ == "cc" and t.head.like_num and t.head.text[:1].isdigit())]  # "the 2020 and 2019 pass rates"
    return "".join(t.text_with_ws for t in tokens).strip() or head.text


# One item of a list of movers, read back from the figure: the separator before it (a semicolon, colon or comma, or the
# header's verb), maybe "and", the item's name (capitalised words and the small words of a name, maybe its ticker in
# brackets), a comma or an opening bracket, and maybe a word of the move before the figure ("Tata Motors, up 5.5 percent",
# "Powergrid by 3.4 pc", "Reliance Infra (6.83%)", "Mahindra and Mahindra, 3.36 percent")
_MOVER_ITEM = re.compile(
    r"(?:^|[;:,]|\b(?:were|are|was|is|included|include|includes|and)\b)\s*(?:and\s+)?"
    r"(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:[A-Z&][\w&.'\-]*|and|of|&)){0,5})"
    r"\s*(?:\(\s*[A-Z][A-Za-z&]{1,9}\s*\))?\s*,?\s*\(?\s*(?:(?P<move>up|down|higher|lower|ahead|off|by)\s+)?$")
# the move written before a level the item stood at or reached: "up 5.52 percent at ", "by 3.44 pc to ", "up 4p, or "
_MOVE_BEFORE_LEVEL = re.compile(
    r"(?<![\w.])(?:Rs\.?\s?|[A-Z]{1,3}\$\s?|[$£€¥₹])?\d[\d,.]*\s*(?:%|percent|per\s+cent|pc|points|pts|p|cents)?\s*\)?"
    r"\s*,?\s*(?:(?:higher|lower|up|down)\s+)?(?:at|to|or)\s+$")


def mover_item(doc: Doc, span: Span, words: FrameWords) -> tuple[str, str | None, bool] | None:
    """In a market story, a figure of one item of a list of movers under a header of `gainer_nouns` or `loser_nouns`
    ("Major Kestrel gainers were: Orlan Motors, up 4.12 percent at Rs.512.30; Tarwick and Tarwick, 2.88 percent at
    Rs.1,120.10; ...", "The losers were Corvane by 0.87 pc to Rs 455, ...", "Gainers from the exchange are Brenco Steel
    (3.05%), ...", "..., Quenby Power (up 1.9%) stood among the top gainers"): (the item's name, the way the header says
    the items moved, whether the figure is the level stood at or reached after the move). None for any other figure."""
    sent = span.sent
    heads = words.gainer_nouns | words.loser_nouns
    text = doc_text(doc)
    lowered = text[sent.start_char:sent.end_char].lower()
    if not any(h in lowered for h in heads) or not (market_story(doc, words) or _index_opening(doc, words)):
        return None
    before = text[sent.start_char:span.start_char]
    level = False
    if (moved := _MOVE_BEFORE_LEVEL.search(before)) is not None:
        before, level = before[:moved.start()], True
    found = _MOVER_ITEM.search(before)
    if found is None:
        return None
    name = found.group("name").strip()
    if name.lower() in words.not_subjects or name.split()[-1].lower() in ("and", "of", "&") \
            or any(w.lower() in heads for w in name.split()):
        return None
    # the header nearest before the item, else the one after the list ("... stood among the top gainers")
    offset = span.start_char - sent.start_char
    header = [(m.start(), h) for h in heads for m in re.finditer(rf"\b{re.escape(h)}\b", lowered)]
    if not header:
        return None
    earlier = [x for x in header if x[0] < offset]
    _, noun = max(earlier) if earlier else min(header)
    way = "up" if noun in words.gainer_nouns else "down"
    return name, way, level


def listed_name_metric(name: str, words: FrameWords) -> str:
    """What a figure a list gives a name measures: an index's level for a name with a word of `index_name_words` or
    ending in a number ("Kestrel 40"), else the name's share price."""
    parts = name.lower().split()
    if any(p in words.index_name_words for p in parts) or parts[-1].isdigit():
        return words.subject_metric("index") or "index level"
    return words.subject_metric("shares")


def _index_opening(doc: Doc, words: FrameWords) -> bool:
    """Whether the headline or the first two paragraphs name a market index by a word of `index_name_words` written with
    a capital ("Sensex snaps losing streak", "The BSE Sensex closed higher"): a market report whatever else it writes."""
    if "claimx_index_opening" not in doc.user_data:
        names = {w for w in words.index_name_words if " " not in w}
        doc.user_data["claimx_index_opening"] = any(
            w[:1].isupper() and w.lower() in names for w in re.findall(r"[A-Za-z][\w&-]*", _opening(doc)))
    return doc.user_data["claimx_index_opening"]


def _paired_word(pairs: frozenset[str], word: str) -> str | None:
    """The value a "word:value" pair of `pairs` gives `word`, or None."""
    return next((pair.split(":", 1)[1] for pair in pairs if pair.split(":", 1)[0] == word), None)


# A market index named by its words before "index" at the start of its clause (after a comma, a semicolon, "and",
# "while" or "followed by"), and the words of its move right before the figure, no digit among them: "capital goods index
# lost 163.95 points", "The S&P BSE bank index higher by 319.35 points", "followed by bank index, down 65.50 points",
# "the PSU index shed 1.7%"
_INDEX_ITEM = re.compile(
    r"(?:^|[,;:]|\band\b|\bwhile\b|\bwhereas\b|\bfollowed\s+by\b)\s*(?:the\s+)?"
    r"(?P<name>(?:(?!(?:and|or|the|of|to|by|in|on|at|from|with|followed|while|whereas|up|down|higher|lower|points?|pts|percent|pc)\s)(?!\d+[.,]\d)[\w&.'\-]+\s+(?:(?:and|&)\s+)?){1,4}"
    r"index)"
    r"\s*,?\s*(?P<move>(?:[a-z]+\s+){0,3})$", re.I)


def index_item(doc: Doc, span: Span, words: FrameWords) -> str | None:
    """In a market story, the market index whose own move (or the level it reached or stood at) a figure is, named by the
    words before "index" at the start of the figure's clause, with only the words of its move between ("The S&P BSE bank
    index higher by 319.35 points, capital goods index lost 163.95 points and metal index was up by 127.50 points",
    "followed by bank index, down 65.50 points", "the PSU index shed 1.7% at 6,347"): the index's name as written, less
    "the". None for any other figure, and for a statistics office's index (`statistic_index_words`: "the consumer price
    index rose 0.4%")."""
    text = doc_text(doc)
    sent = span.sent
    before = text[sent.start_char:span.start_char]
    if "index" not in before.lower() or not (market_story(doc, words) or _index_opening(doc, words)):
        return None
    if (moved := _MOVE_BEFORE_LEVEL.search(before)) is not None:
        before = before[:moved.start()]  # "shed 1.7% at 6,347": the level the move left it at
    found = _INDEX_ITEM.search(before)
    if found is None:
        return None
    name = found.group("name").strip()
    named = name.split()
    if (first := next((i for i, w in enumerate(named) if w[:1].isupper()), 0)) > 0:
        name = " ".join(named[first:])  # "The benchmark Kestrel 40 index": the name, not what describes it
    parts = name.lower().split()
    if any(p in words.statistic_index_words for p in parts) or parts[0] in ("a", "an", "this", "that", "its", "their") \
            or any(p in ("of", "to", "by", "in", "on", "at", "from", "with") for p in parts):
        return None
    return name


def forecast_of(doc: Doc, span: Span, metric: str, earlier: list[tuple[Span, str]], words: FrameWords) -> str | None:
    """What a figure measures when its metric came out as a bare noun of a forecast (`forecast_value_nouns`, maybe after
    words of `forecast_side_words`: "projection", "previous estimate", "outlook"): the forecast of the measure the noun's
    "for" or "of" phrase names ("raised its projection for 2031 inflation to 5.7% from a previous 4.8%" -> "forecast of
    inflation", "previous forecast of inflation"), else of what the nearest figure before it in its sentence or the two
    before measured, past its own forecast's words ("raised its growth projection for this year to 6.9%, but lowered its
    2032 outlook to 1.1%" -> "forecast of growth"; "expects inflation to average 4.5% this year, down from March's
    projection of 4.8%. It expects 5.1% next year" -> "forecast of inflation"); None when the metric is no such noun or
    nothing says what is forecast. `earlier` is the figures before it with their metrics, in order."""
    parts = metric.lower().split()
    if not parts or parts[-1] not in words.forecast_value_nouns or not all(p in words.forecast_side_words for p in parts[:-1]):
        return None
    sides = " ".join(parts[:-1])
    said = f"{sides} forecast" if sides else "forecast"
    sent = span.sent
    noun = next((t for t in reversed(doc[sent.start:span.start]) if t.lower_ == parts[-1] and t.pos_ == "NOUN"), None)
    if noun is not None:
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i > noun.i):
            what = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            if what is None or span.start <= what.i < span.end or _is_figure(what, span) \
                    or what.ent_type_ in ("DATE", "TIME") or is_period_phrase(what.text):
                continue
            kept = [t for t in what.subtree if t.i <= what.i and t.dep_ not in ("det", "poss", "nummod", "case")
                    and t.pos_ not in ("NUM", "DET") and t.ent_type_ not in ("DATE", "TIME")]
            if kept and kept[-1].i == what.i:
                return f"{said} of {doc[kept[0].i:what.i + 1].text}"
    sentences = [sent.start]
    for before in reversed(earlier):
        start = before[0].sent.start
        if start not in sentences:
            sentences.append(start)
        if len(sentences) > 3:
            break
        level = _forecast_measure(before[1], words)
        if level:
            return f"{said} of {level}"
    return None


def _forecast_measure(metric: str, words: FrameWords) -> str | None:
    """The measure a figure's metric says was forecast or measured, past the words of a forecast: "growth projection"
    -> "growth", "previous forecast of inflation" -> "inflation", "bank forecast inflation" -> "inflation", "inflation" ->
    "inflation"; None for a bare
    forecast's noun or a metric that is no measure of a figure of the same kind (a share "of", a rate "per")."""
    lower = metric.lower()
    if " per " in lower or lower.startswith("share of"):
        return None
    if (at := lower.find("forecast of ")) >= 0 and all(p in words.forecast_side_words for p in lower[:at].split()):
        return metric[at + len("forecast of "):] or None
    parts = metric.split()
    said = [i for i, p in enumerate(parts[:-1]) if p.lower() in words.forecast_value_nouns]
    if said:
        parts = parts[said[-1] + 1:]  # "bank forecast inflation" (a verb read into the phrase) -> "inflation"
    while parts and parts[-1].lower() in words.forecast_value_nouns:
        parts = parts[:-1]
    while parts and parts[0].lower() in words.forecast_side_words:
        parts = parts[1:]
    return " ".join(parts) or None


def growth_contribution(doc: Doc, span: Span, q: dict, grown_before: str | None, words: FrameWords, *,
                        listed: bool = False) -> str | None:
    """What a figure in percentage points measures when a part of a total adds it to the total's growth or takes it
    away: "contribution of X to Y" or "drag of X on Y", Y the growth the clause's verb names ("which reduced GDP growth
    by 0.4 percentage points", "added 0.02 percentage point to GDP growth") or else the first growth a figure of the story
    measured, the total its parts make up (`grown_before`: "GDP growth" after "Gross domestic product grew 0.9 per
    cent"), X the part: the subject of
    a verb of `growth_contribution_words` or `growth_drag_words` governing the figure ("with inventories contributing
    0.3 percentage points", "exports, which delivered the equivalent of 1.1 percentage points of growth"), or what a
    "from" phrase of the figure, its noun or its verb names ("a 0.1 percentage point detraction from business investment";
    "followed by 0.2 percentage points from dwelling construction", only as the next item of such a list, `listed`).
    None for any other figure: a rate the verb moves ("lifted its rate by 0.25 percentage points"), a period after
    "from" ("up 4.5 percentage points from the year before"), a story with no growth measured before."""
    if q.get("unit") != "percentage_point":
        return None
    cues = words.growth_contribution_words | words.growth_drag_words
    chain: list[Token] = [span.root]
    tok = span.root
    while tok.head.i != tok.i and len(chain) < 6 and tok.pos_ != "VERB":
        tok = tok.head
        chain.append(tok)
    verb = chain[-1] if chain[-1].pos_ == "VERB" and chain[-1] is not span.root else None
    cue = next((t for t in chain[1:] if t.lemma_.lower() in cues or t.lower_ in cues), None)
    if cue is None and not listed:
        return None
    grown = None
    if verb is not None:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in {t.i for t in chain}), None)
        if obj is not None:
            if obj.lower_ not in words.growth_words:
                return None  # "lifted its policy rate by 0.25 percentage points": a rate moved, no part of a growth
            grown = doc[obj.left_edge.i + (obj.left_edge.dep_ in ("det", "poss")):obj.i + 1].text
        to = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from", "on")
                   for g in c.children if g.dep_ == "pobj" and g.lower_ in words.growth_words), None)
        if grown is None and to is not None:  # "added 0.02 percentage point to GDP growth"
            grown = doc[to.left_edge.i + (to.left_edge.dep_ in ("det", "poss")):to.i + 1].text
    grown = grown or grown_before
    if grown is None:
        return None
    part = None
    for t in chain:
        prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        what = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if what is not None and what.pos_ in ("NOUN", "PROPN") and what.ent_type_ not in ("DATE", "TIME") \
                and not is_period_phrase(what.text) and not _is_figure(what, span):
            part = what
            break
    if part is None and cue is not None and cue.pos_ == "VERB":
        subject = _contributor(cue)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in words.growth_words:
            part = subject
    if part is None:
        return None
    named_part = _part_words(doc, part)
    drag = cue is not None and (cue.lemma_.lower() in words.growth_drag_words or cue.lower_ in words.growth_drag_words)
    return f"drag of {named_part} on {grown}" if drag else f"contribution of {named_part} to {grown}"


def _contributor(verb: Token) -> Token | None:
    """The part a verb of contributing says adds to a growth: its subject; what "which" stands for ("exports, which
    delivered ..."); the noun a participle describes ("with inventories contributing ..."); for "it" or no subject, the
    subject of the verb the clause hangs on ("Consumer spending increased 3.8 percent, and it contributed 2.65 percentage
    points ... after contributing 2.29 percentage points")."""
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            return verb.head
        if subject is None and verb.dep_ == "acl":
            return verb.head
        if subject is not None and subject.pos_ != "PRON":
            return subject
        above = verb.head
        while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
            above = above.head
        if above.i == verb.i or above.pos_ not in ("VERB", "AUX"):
            return None
        verb = above
    return None


def _part_words(doc: Doc, head: Token) -> str:
    """A part's noun with its modifiers and the nouns joined to it ("machinery and equipment investment and government
    spending"), not its determiner, a relative clause or a phrase after it."""
    kept = {head.i}
    todo = [head]
    while todo:
        t = todo.pop()
        for c in t.children:
            if c.dep_ in ("amod", "compound", "nmod", "cc", "conj") or c.dep_ == "punct" and c.text in ("-", "\u2010"):
                kept.add(c.i)
                todo.append(c)
    return doc[min(kept):max(kept) + 1].text
