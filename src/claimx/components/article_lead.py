"""What the article leads with: the name its headline and first sentences are about.

A part of `ClaimFinder` (components/claims.py), which mixes it in; its methods read the finder's state."""
from __future__ import annotations

import functools

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimx.frame import dictionary
from claimx.lexicon import alternation
from claimx.frame import metric as frame_metric
from claimx.frame.metric import measure_name
from claimx.frame.subject import (credit_line, hyphen_modifier, is_venue, is_source, moves_a_figure, public_body,
                                  publishes, sector_word, statistics_index_name)
from claimx.components.claim_helpers import (NOT_SUBJECT_ENTS, SUBJECT_LABELS, _clean_name, _designation,
                                             _phrase_dep, _phrase_root, _short_form_of, calendar_word,
                                             lead_sentences)


# a short line of a list, a label and a dash or a colon and a figure: "Qld - 7.5 per cent", "Harlow: up 1.2 per cent"
# A capitalised word of a person's name as `_institution_speaker` reads it, and the same word without a possessive or a
# full stop after it ("Reid's", "Reid.")
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019.-]*")
_GIVEN = r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*"


@lru_cache(maxsize=4)
def _reporter_patterns(exchanges: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """`ArticleLead._reporter`'s patterns, built once: a name before its ticker in brackets ("Kestrel Limited (ASX:
    KSL)", "Harlow Coal Ltd. (HCL.AU)") and a name whose shares or share price a text names ("Shares in Tarrow",
    "Tarrow share price falls")."""
    name = r"(?:[A-Z][\w'\u2019.&-]*|&)(?:[ \t]+(?:[A-Z][\w'\u2019.&-]*|&|of|and))*"  # (never across a line)
    ticker = re.compile(rf"({name})\s*\(\s*(?:(?i:{alternation(exchanges)})\s*:\s*\$?[A-Z0-9][A-Z0-9.]{{0,7}}"
                        r"|[A-Z0-9]{1,6}\.[A-Z]{1,3})\s*\)")
    shares = re.compile(rf"\b[Ss]hares\s+(?:in|of)\s+(?:[a-z]+\s+){{0,3}}({name})"
                        rf"|({name})(?:['\u2019]s)?\s+(?:share\s+price|shares)\b")
    return ticker, shares


def _bare(word: str) -> str:
    return re.sub(r"(?:['\u2019]s?|\.+)$", "", word)


@lru_cache(maxsize=4)
def _speaker_patterns(roles: frozenset[str], said: frozenset[str]) -> tuple[re.Pattern, ...]:
    """`_institution_speaker`'s patterns for the words of rules/frame.json `speaker_roles` and `reporting_verbs`:
    capitalised words after a role, a word before a comma and a role, a word before a speaker's verb, words after one."""
    role, verb = alternation(roles), alternation(said)
    # (a role's portfolio may stand between: "Minister for Education Mary Hanafin")
    return (re.compile(rf"(?i:{role}),?\s+(?:(?:for|of)\s+(?:the\s+)?)?({_GIVEN})"),
            re.compile(rf"\b([A-Z][\w'\u2019.-]*)(?=,\s+(?:[\w'\u2019.-]+\s+){{0,5}}?(?i:{role}))"),
            re.compile(rf"\b([A-Z][\w'\u2019.-]*)(?=\s+(?:has\s+|had\s+|also\s+)?(?i:{verb}))"),
            re.compile(rf"(?i:{verb})\s+({_GIVEN})"))


_LIST_ROW = re.compile(r"(?m)^[^\W\d_][\w.&' ]{0,30} ?[-\u2013\u2014:] [^\n]{0,40}\d")


class ArticleLead:
    """What the article leads with: the name its headline and first sentences are about."""

    def _researchers_home(self, chunk: Span) -> bool:
        """Whether `chunk` names where a study's researchers work, a source and not what the article is about: a name
        before a plural of researchers (`research_groups`: "Cardiff University researchers", "Harlow Institute
        scientists") or in their "at" or "from" phrase ("researchers at the University of Ardnagh")."""
        root = chunk.root
        people = self.words.research_groups
        if root.lower_ in people and root.tag_ == "NNS" and any(t.pos_ == "PROPN" for t in chunk if t.i < root.i):
            return True
        return root.dep_ == "pobj" and root.head.lower_ in ("at", "from") and root.head.head.lower_ in people \
            and root.head.head.tag_ == "NNS"

    def _lead(self, doc: Doc) -> str | None:
        """What an article leads with: the proper-noun phrase of its first sentences it is most about.

        Candidates are noun phrases with a proper noun in the headline and the first two sentences;
        each scores by how often its name recurs in the article (as whole words), with a bonus as a
        grammatical subject and for coming early.
        """
        if "claimx_lead" in doc.user_data:
            return doc.user_data["claimx_lead"]
        sents = lead_sentences(doc.sents, 2)
        text = self._text or doc.text
        scores: dict[str, float] = {}
        tagged_people: set[str] = set()  # names let in by the figure-moving verb, not their label
        chunks = self._lead_chunks(doc, sents[-1].end) if sents else []
        # a lead that names an organisation is about it, not about a town the tagger calls a person ("The Ardlow
        # Executive will spend ... in Ardlow"): see `_placed_name`
        organised = any(e.label_ == "ORG" and self._is_name(e) for sent in sents for e in self._ents_in(sent))
        covered = {i for c in chunks for i in range(c.start, c.end)}
        for sent in sents[1:]:
            # "LONDON, Feb 26 (Wirecast) - German engineering group Halbrecht said ...": the parser may hang the dateline
            # on the subject's phrase, and the noun chunker then drops the phrase for overlapping the dateline's; the
            # organisation that is the clause's subject still stands as a chunk of its own
            chunks += [Span(doc, e.start, e.end) for e in self._ents_in(sent) if e.label_ == "ORG"
                       and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.i not in covered]
        for n, sent in enumerate(sents):
            for name, written, subject in self._services_of_places(sent):
                # "Longest waits reduced in Harlow public hospitals", "Waiting times in hospital emergency departments
                # in Wales": a public service named with its place (`service_nouns`) is what the figures are about
                score = sum(len(re.findall(rf"(?<!\w){re.escape(w)}(?!\w)", text)) for w in written) + 1.0 \
                    + (1.0 if subject else 0.0) + (2 - n) * 0.5
                scores[name] = max(score, scores.get(name, 0.0))
            for chunk in (c for c in chunks if c.start >= sent.start and c.end <= sent.end):
                if (place := self._measured_country(chunk)) is not None:
                    # "The first quarterly estimate of UK gross domestic product shows a fall of 0.2%": the country a
                    # national measure is named with leads, wherever the phrase stands (an estimate's "of" phrase too)
                    score = len(re.findall(rf"(?<!\w){re.escape(place)}(?!\w)", text)) + 1.0 + (2 - n) * 0.5
                    scores[place] = max(score, scores.get(place, 0.0))
                    continue
                if n > 0 and (study := [t for t in chunk if self._study_code(t) and t.head == chunk.root]):
                    # "The TRIVANE trial, led by ..., enrolled 11,860 people": a named study leads, its code in capitals
                    name = f"{doc[study[0].i:study[-1].i + 1].text} {chunk.root.lower_}"
                    score = len(re.findall(rf"(?<!\w){re.escape(study[0].text)}(?!\w)", text)) \
                        + (1.0 if chunk.root.dep_ in ("nsubj", "nsubjpass") else 0.0) + (2 - n) * 0.5
                    scores[name] = max(score, scores.get(name, 0.0))
                    continue
                # a person's name only in a headline, where the tagger often takes a place for a person, or
                # as the subject of a verb that takes a figure ("Sinopec earned 6.34 billion yuan": the
                # tagger's person is a company); a place that owns a description ("China's biggest refiner")
                # is not what the sentence is about
                moves = chunk.root.dep_ == "nsubj" and moves_a_figure(chunk.root.head)
                if self._researchers_home(chunk):
                    continue  # "2,500 men were asked by Cardiff University researchers": where the study's authors work
                names = [t for t in chunk if (t.pos_ == "PROPN" or self._tagged_organisation(t))
                         # "the peak dengue season": a name has a capital, whatever the parser's tag; a currency
                         # a market report leads with is written in lower case ("the rand firmed")
                         and (not t.is_lower or t.lower_ in self.words.currencies)
                         and (t.ent_type_ not in NOT_SUBJECT_ENTS or self._misread_nationality(t)
                              or self._disaster_name(t))  # ("super typhoon Haiyan", tagged a nationality)
                         and not calendar_word(t)
                         # (a place in capitals the tagger knows is one: "in NSW public hospitals")
                         and (not t.is_upper or self._lead_acronym(t) or t.ent_type_ == "GPE" and len(t) > 1
                              # ("17,886 students clear SSC exam": an exam named by its initials, right before its
                              # noun; not a board's, "CBSE board examinations")
                              or self._exam_name(t) and t.head.lower_ in self.words.exam_nouns)
                         # "Transportation Director" of "Director Cheryl Soon" (not "Senior" of an exam's "Senior Cert
                         # results" that the tagger calls a person)
                         and not (self._title_of_person(t) and not self._exam_name(t))
                         # "Education Batt" of "Minister for Education Batt O'Keeffe": a person's portfolio (and the
                         # first name the tagger runs into it) is the person's office, a source (`portfolio_roles`)
                         and not self._portfolio_name(t)
                         # "Striker Joel Varga scored twice": a role opening the sentence before a name
                         and not (t.i == sent.start and t.is_title and t.head.pos_ == "PROPN" and t.head.i > t.i
                                  and t.lower_ in self.words.player_nouns | self.words.source_people)
                         and (t.ent_type_ != "PERSON" or n == 0 or moves or self._described_organisation(t)
                              or not organised and self._placed_name(t)
                              # "received their Leaving Cert results": an exam the tagger calls a person
                              or self._exam_name(t)
                              # "Haiyan, a category-5 super typhoon, scoured ...": a storm the tagger calls a person
                              or self._disaster_name(t))
                         and not (t.ent_type_ in ("GPE", "LOC") and t.dep_ == "poss"
                                  and chunk.root.lemma_.lower() in self.words.description_heads)
                         # "Japan's Nikkei 225 rose 0.4%", "Germany's DAX", "Hong Kong's Hang Seng index": a place that
                         # owns a name (an index, a company) is its home, not what the sentence is about
                         and not (self._home_of_name(t) and not self._institution_speaker(t.head))
                         # ("Valdoria's Reid sees faster inflation": a country before the person who speaks for its
                         # central bank is what the story is about, the person a source)
                         and not self._institution_speaker(t)
                         and not self._traded_in(t)  # "... jumped 6% to $8,400 a tonne in New York": where it trades
                         # "Brent crude fell 1.4%", "the West Texas Intermediate for May delivery": a market benchmark is
                         # an instrument whose price moves, not what a story is about (`benchmark_names`)
                         and not self._benchmark_word(t, chunk)
                         # "settle at $22.41 a barrel on the New York Mercantile Exchange": where a price trades
                         and not self._price_venue(chunk)
                         # "Employment fell", "World's lakes"; also at a line's start, where the parser ran the
                         # headline into the first sentence ("... crime figures\nPolice forces in the region ...")
                         and not ((t.i == sent.start or t.i > 0 and "\n" in doc[t.i - 1].text + doc[t.i - 1].whitespace_
                                   or frame_metric.opens_sentence(t))  # "HOBART - Presentations to ... rose"
                                  and (self._common_word(t) or self._plural_word(t)  # "Wildfires have burned ..."
                                       or self._dictionary_word(t)))  # "Homicides fell 14%"
                         and not sector_word(t, self.words)  # "Education chiefs have claimed ..."
                         and not hyphen_modifier(t)  # "Toronto" of "The Toronto-based cable company"
                         and not self._is_unit_name(t.text)  # "Ksh" of "a net profit of Ksh. 37.1 billion"
                         and not self._written_sum(t)  # "Sh6.3b" of "the lion's share of Sh6.3b budget": a figure
                         and not (n == 0 and self._headline_credit(t))  # "... in 2023 - Okello": who said it
                         and not self._line_label(t)  # "Okello: rates will stay high", "Harbourton: Prices rose ..."
                         and not self._in_dateline(t)  # "Washington, DC, November 15, 2007-- The index rose ..."
                         and not _designation(t)  # "Type" of "Type 2 diabetes", "Stage" of "Stage 4 cancer"
                         and not dictionary.numbered_class(t)  # "the Class-12 board exams"
                         and not dictionary.lettered_class(t)  # "Band D properties will pay £135 more"
                         and not self._product_of_maker(t)  # "Zephyr" of "The Zephyr maker Kestrel Devices posted ..."
                         # "Trade in Goods and Services, Valdoria": a plural noun of a Title Case headline the body
                         # writes capitalised only to open a sentence
                         and not (self._in_title_case_headline(t.idx + len(t)) and self._plural_word(t))
                         # "Budget Highlights", "Plummeting Crime": a common noun of a heading line in Title Case
                         and not dictionary.heading_common_noun(t, text, self.words.scope_words)]
                if len(names) == 1 and names[0].lower_ in self.words.generic_place_names:
                    names = []  # "State's population now 31 million", "the State": a place word, no place's name
                if not names and chunk.root.dep_ in ("nsubj", "nsubjpass") \
                        and (chunk.root.lemma_.lower() in self.words.national_measures
                             or chunk.root.lower_ in self.words.national_measures
                             or chunk.root.lower_ in self.words.government_words) \
                        and (adjective := next((t.text for t in chunk.root.lefts if t.dep_ in ("amod", "compound")
                                                and t.is_title and self.words.demonym(t.text)), None)) is not None \
                        and (place := self._demonym_place(chunk.root)) is not None:
                    # "The Philippine economy grew 5.6 percent", "Japanese exports rose 4%", "The Kenyan government will
                    # spend": a national measure (`national_measures`) or a government (`government_words`) named by its
                    # country's adjective (`demonyms`) leads with the country, written
                    # by the adjective as often as by name ("the West African country" names no measure)
                    score = len(re.findall(rf"(?<!\w)(?:{re.escape(place)}|{re.escape(adjective)})(?!\w)", text)) \
                        + 1.0 + (2 - n) * 0.5
                    scores[place] = max(score, scores.get(place, 0.0))
                    continue
                if not names and chunk.root.dep_ in ("nsubj", "nsubjpass") \
                        and chunk.text.lower() in {f"the {w}" for w in self.words.government_words} \
                        and (country := self._government_place(doc)) is not None:
                    # "the government is on track to cut the deficit to 4.5%": a national story leads with its country
                    score = len(re.findall(rf"(?<!\w){re.escape(country)}(?!\w)", text)) + 1.0 + (2 - n) * 0.5
                    scores[country] = max(score, scores.get(country, 0.0))
                    continue
                if not names or self._role_phrase(chunk) \
                        or self._is_speaker(chunk.root) and not self._reports_its_own(chunk.root) \
                        or chunk.root.pos_ == "NOUN" and any(self._is_speaker(t) for t in names) \
                        and not self._reports_its_own(chunk.root) \
                        or "(" in (chunk[0].text, doc[max(chunk.start - 1, 0)].text, doc[max(names[0].i - 1, 0)].text) \
                        or (_phrase_dep(chunk.root) == "pobj" and is_source(chunk.root, self.words)) \
                        or self._role_after_as(chunk.root) or self._body_figures(chunk, names) \
                        or publishes(chunk.root, self.words) or statistics_index_name(chunk.root, self.words) \
                        or measure_name(chunk.root, self.words) or self._report_product(chunk.root, names) \
                        or self._report_title(names) or self._average_of(chunk.root) \
                        or is_venue(chunk.root, self.words):  # a journal, a speaker's employer, who a speaker tells
                    # a source named in a phrase ("according to X", "published by X") is not the lead, nor one a
                    # description of a speaker names ("the state weather agency Aemet said"); one that speaks ("X
                    # said") may be, when nothing else leads
                    continue  # speakers are sources; "(Claimx Wire)" is a credit
                names = self._before_owned(names)  # "the Orla Association's Annual Revenue": the association
                first, last = names[0].i, names[-1].i
                while first - 1 >= chunk.start and self._name_in_capitals(doc[first - 1]):
                    first -= 1  # "BHP Billiton": a word in capitals inside a longer name is part of it
                while last + 1 < chunk.end and self._name_in_capitals(doc[last + 1]):
                    last += 1  # "Stats NZ", not "Stats"
                name = _clean_name(doc[first:last + 1].text.split("\n")[0])
                whole = next((e for e in self._ents_in(sent) if e.start <= names[0].i < e.end
                              and e.label_ in SUBJECT_LABELS and self._is_name(e)), None)
                if whole is not None and (whole.start < chunk.start or whole.end > chunk.end or (
                        chunk.start <= whole.start < first and len(whole) > 2
                        and all(t.pos_ == "PROPN" and t.is_title for t in doc[whole.start:first]))):
                    # a piece of a longer name ("Finance" of "the Ardlow Department of Finance") is that name; so is
                    # a name whose opening proper nouns the tests above dropped as a common word at the sentence's
                    # start ("Lake" of "Lake Orrin Town Council approves ...", "lake" being written in lower case)
                    if is_source(whole.root, self.words):
                        continue
                    name = _clean_name(whole.text.split("\n")[0])
                if (whole is None or whole.label_ == "NORP") and (group := next(
                        (e for e in self._ents_in(sent) if e.label_ == "NORP" and len(e) > 1 and e.start <= names[0].i
                         and last + 1 < e.end and all(t.pos_ in ("PROPN", "DET") for t in e)), None)) is not None:
                    # "Key gains for Conservatives and Liberal Democrats": a party's name of two words the tagger calls
                    # a group, whose second word (a plural) the tests above dropped, is the whole name, not "Liberal"
                    name = _clean_name(group.text.split("\n")[0])
                if whole is not None and self._owns_a_source(whole):
                    continue  # "the Office of Rail and Road's annual statistics": who publishes, not what it is about
                if self._governed_words(name) and (place := self._dateline_place(doc)):
                    name = place  # "ALDERFORD - The Town Council voted ...": a body named without its place, the dateline's
                if len(name) < 3 or name.lower() in self.words.not_subjects or "(" in name \
                        or credit_line(doc[names[0].i:names[-1].i + 1]):
                    continue  # "Oct 8 (Claimx Wire": a dateline's credit; "The Daily, Thursday, April 12, 2025"
                if whole is None and self._label_line(sent) \
                        and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) <= 1:
                    continue  # "Key Points", "Highlights", "Markets": a page's label on a line of its own
                if self._capitals_line(names[0]) \
                        and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.IGNORECASE)) <= 1:
                    continue  # "RETAIL TRADE FIGURES FOR MARCH:": a label in capitals the tagger reads a name in
                if self._list_row_label(names[0], text):
                    continue  # "Qld - 7.5 per cent": one row of a breakdown, not what the article leads with
                if self._in_title_case_headline(chunk.end_char) and not self._in_body(name):
                    # "Water Rates" of "Board Agrees To Raise Water Rates By 6%"; also in the second sentence the
                    # segmenter cuts a headline into at its colon ("Budget 2025: Valdoria To Miss Deficit Goal")
                    continue
                if n == 0 and " " not in name and not self._after_headline(name) and (
                        names[0].ent_type_ not in ("GPE", "LOC") or names[0].i == sent.start
                        and dictionary.singular_of(names[0]) is not None or self._dictionary_word(names[0])):
                    # "Map" of "Map reveals the worst trusts for waiting times": never written again; nor is "ICU" of
                    # "7,870 cases; 393 in hospital; 8 in ICU" (a place the headline alone names may still lead)
                    continue
                score = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) \
                    + (1.0 if chunk.root.dep_ in ("nsubj", "nsubjpass") else 0.0) + (2 - n) * 0.5
                if any(self._disaster_name(t) for t in names):
                    # "Haiyan, a category-5 super typhoon, scoured the tip of Cebu Province after lashing Leyte": the
                    # named storm a disaster story is about leads it, over the places it struck
                    score += 2.0
                    doc.user_data.setdefault("claimx_disaster_names", set()).add(name)
                scores[name] = max(score, scores.get(name, 0.0))
                if moves and any(t.ent_type_ == "PERSON" for t in names) and n > 0:
                    tagged_people.add(name)
        for name in list(scores):
            # "Rovers beat ..." (a name let in by its verb), "the Assembly spent ...": the name written in
            # full in the lead, which it is part of (a one-word name ends it)
            if name in tagged_people:
                longer = [o for o in scores if len(o) > len(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", o)]
            else:
                longer = [o for o in scores if " " not in name and " " in o and o.rsplit(" ", 1)[1] == name] \
                    or [o for o in scores if _short_form_of(name, o)]  # "Air NV" of "Air Novaland Vale": in full
            if longer:
                scores[longer[0]] = max(scores[longer[0]], scores.pop(name))
        story = getattr(self, "_story_kind", None)
        if story == "budget":
            # "steered through its biggest annual Budget ever": a budget story's word for what the body sets, written with
            # a capital as a title, is no name; the body that sets it is what the story is about
            scores = {name: score for name, score in scores.items()
                      if not all(w.lower() in self.words.budget_words for w in name.split())}
        if sents and not doc.user_data.get("claimx_disaster_names") and scores \
                and (later := self._named_later(doc, sents)) is not None:
            # "The strongest typhoon this year battered Valdoria today ... Typhoon Orsolo raced across the islands": the
            # storm the lead names by its noun alone leads by the name the text gives it further on
            scores[later] = max(scores.values()) + 0.5
            doc.user_data.setdefault("claimx_disaster_names", set()).add(later)
        best = max(scores, key=lambda name: scores[name], default=None)
        if best is None and (study := next((t for sent in sents for t in sent if t.lower_ in self.words.study_nouns
                                            and t.lower_ in self.words.research_groups and t.pos_ == "NOUN"),
                                           None)) is not None \
                and (body := self._named_description(doc, study, forward=True)) is not None:
            # "The study of nearly 9,000 people showed the risk fell by a quarter. The team at the University of Harlow
            # said ...": a lead that reports a study and names no one leads with that body's study (its people are the
            # source of the findings, not what they are about)
            best = f"{body} {study.lemma_.lower()}"
        if story == "results" and sents \
                and (found := self._reporter(text[:sents[-1].end_char])) is not None \
                and (best is None or found[0].lower() not in best.lower() and best.lower() not in found[0].lower()) \
                and (found[1] or best is None or self._passing_name(best)):
            # "BT share price down on FTSE 100 despite FY profit rise", "SEEK Limited (ASX: SEK)": in a results story the
            # listed company whose ticker the lead names reports the figures, not the stock index, the market, the
            # country or the asset the lead names in passing; the company whose shares it names does over an index, a
            # market or a place (not over another company: "Shares in rival Kestrel fell after Harlow reported ...")
            best = found[0]
        doc.user_data["claimx_lead"] = best
        return best

    def _passing_name(self, name: str) -> bool:
        """Whether a lead name is one a results story names in passing: a market index (a word of `index_name_words`, or
        a name ending in a number, "FTSE 100"), or a place."""
        words = name.split()
        return any(w.lower() in self.words.index_name_words for w in words) or words[-1].isdigit() \
            or bool(self._labels_of(name) & {"GPE", "LOC"})

    def _reporter(self, opening: str) -> tuple[str, bool] | None:
        """The listed company a results story's headline and first two sentences (`opening`) name as the one that
        reports: the name written before its ticker in brackets, with an exchange of rules/frame.json `ticker_exchanges`
        ("Kestrel Limited (ASX: KSL)", "Orla Foods Inc. (NYSE:ORL)") or an exchange's letters after a full stop ("Harlow
        Coal Ltd. (HCL.AU)"), else the company whose shares or share price it names ("Shares in Tarrow were down",
        "Tarrow share price falls"), the first in the text, with whether a ticker names it; None when it names none. A
        name the tagger would split or drop (a short name in capitals, "HT", a name opening with a common word, "Coal &
        Allied") is read from the text."""
        ticker, shares = _reporter_patterns(self.words.ticker_exchanges)
        found = []
        for m in ticker.finditer(opening):
            found.append((m.start(1), m.group(1), True))
        for m in shares.finditer(opening):
            found.append((m.start(1) if m.group(1) else m.start(2), m.group(1) or m.group(2), False))
        for _, raw, ticker in sorted(found):
            words = raw.split()
            while len(words) > 1 and (words[0].lower() in ("the", "a", "an", "update", "and", "of", "&")
                                      or words[0].lower() in self.words.description_heads):
                words = words[1:]  # "The Kestrel Limited", "UPDATE: Harlow Coal ...", "Miner Harlow Coal Ltd. (HCL.AU)"
            while words and words[-1].lower() in ("and", "of", "&"):
                words = words[:-1]
            candidate = " ".join(words).rstrip(":,")
            if len(candidate) < 2 or candidate.lower() in self.words.not_subjects \
                    or candidate.split()[0].lower() in self.words.pronouns \
                    or candidate.lower() in self.words.sector_words \
                    or candidate.lower() in self.words.index_name_words \
                    or candidate.split()[0].lower() in self.words.index_name_words:
                continue
            return _clean_name(candidate), ticker
        return None

    def _owns_a_source(self, ent: Span) -> bool:
        """Whether a name is written as the owner of a source of figures (`source_nouns`), with at most a few words
        of description between ("the Harlow Statistics Office's annual statistics", "Corvane's latest survey"): the
        body that publishes them, whatever the parse made of the possessive."""
        doc = ent.doc
        i = ent.end
        if ent[-1].text not in ("'s", "\u2019s"):
            if i >= len(doc) or doc[i].text not in ("'s", "\u2019s"):
                return False
            i += 1
        for t in doc[i:min(i + 4, len(doc))]:
            if t.lemma_.lower() in self.words.source_nouns or t.lower_ in self.words.source_nouns:
                return True
            if t.pos_ not in ("ADJ", "NUM") and t.ent_type_ != "DATE":
                return False
        return False

    def _product_of_maker(self, t: Token) -> bool:
        """Whether `t` names what the company a description introduces makes or owns, not the company: a proper noun
        modifying a head of `description_heads` that a name stands in apposition to ("The Zephyr maker Kestrel Devices
        posted ...", "Harbor Cola maker Marlow Beverages"), or after "of" such a head ("for maker of Zephyr")."""
        head = t
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in self.words.description_heads \
                and head.head.head.pos_ == "NOUN":
            return True  # "Profit rises 33% for maker of Zephyr phones": a headline names the company by what it makes
        if head is t or head.pos_ != "NOUN" or head.lower_ not in self.words.description_heads:
            return False
        # the name after the description: its apposition ("maker Kestrel Devices") or the name it modifies
        return any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > head.i for c in head.children) \
            or head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i

    def _written_sum(self, t: Token) -> bool:
        """Whether a word the tagger took for a name is a sum written as one word: a currency's letters and a figure
        ("Sh6.3b", "Rs9,200", "KSh12bn"), or any word with a figure's decimal or thousands mark inside ("Tz4.5m").
        ("G20", "A380", "KSE-100" and "COVID-19" are names.)"""
        if not any(c.isdigit() for c in t.text):
            return False
        if re.search(r"\d[.,]\d", t.text):
            return True
        m = re.match(r"([A-Za-z]{1,4})\.?\d", t.text)
        return m is not None and self._is_unit_name(m[1])

    def _line_label(self, t: Token) -> bool:
        """Whether `t` is in the label that opens a line before a colon rather than what the line reports on:
        - the speaker of a quote headline, the first line opening with a name of one to three proper nouns that the
          tagger does not take for an organisation or a place ("Okello: Rates will stay high for now"); a place opening
          a headline ("Valdoria: Inflation eases") is what the story is about;
        - a dateline written with a colon at the start of a later line ("Harbourton: Valdoria's consumer prices rose
          4.1 per cent ..."), a place tagged as one: where the story was filed, not what it reports on."""
        doc = t.doc
        start = t.i
        while start > 0 and start > t.i - 3 and not ("\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_):
            start -= 1
        if start > 0 and not ("\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_):
            return False
        end = t.i + 1
        while end < len(doc) and end - start < 4 and doc[end].text != ":" and doc[end].pos_ == "PROPN":
            end += 1
        if end >= len(doc) or doc[end].text != ":" or any(not w.is_title and not w.is_upper for w in doc[start:end]):
            return False
        text = self._text or doc.text
        labels = {w.ent_type_ for w in doc[start:end]}
        if not text[:doc[start].idx].strip():  # the text's first line
            return not labels & {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
        return bool(labels) and labels <= {"GPE", "LOC"}

    def _capitals_line(self, t: Token) -> bool:
        """Whether `t` stands in a line written all in capitals, of three words or more ("RETAIL TRADE FIGURES FOR
        MARCH:", "STATE JOBLESS RATES"): a page's or a table's label, whose words the tagger may take for a name
        ("LABOUR FORCE DATA" as an organisation). A name there leads only when the text writes it again."""
        text = self._text or t.doc.text
        start = text.rfind("\n", 0, t.idx) + 1
        end = text.find("\n", t.idx)
        words = re.findall(r"[^\W\d_]+", text[start:end if end >= 0 else len(text)])
        return len(words) >= 3 and all(w.isupper() for w in words)

    @staticmethod
    def _list_row_label(t: Token, text: str) -> bool:
        """Whether `t` opens a short line of a list as its label, a dash or a colon and a figure after it ("Qld - 7.5 per
        cent vs 8.8 per cent", "Harlow: up 1.2 per cent"), in a text with at least two such lines: the name of one row of
        a breakdown (a region, a sector), whose figure is its own, never what the whole article leads with."""
        doc = t.doc
        if t.i > 0 and "\n" not in doc[t.i - 1].text + doc[t.i - 1].whitespace_:
            return False
        end = t.i
        while end < len(doc) and end - t.i < 3 and doc[end].text not in ("-", "\u2013", "\u2014", ":"):
            end += 1
        if end >= len(doc) or doc[end].text not in ("-", "\u2013", "\u2014", ":"):
            return False
        line_end = text.find("\n", doc[end].idx)
        line = text[doc[end].idx + 1:line_end if line_end >= 0 else len(text)]
        if len(line.split()) > 10 or not re.search(r"\d", line[:40]):
            return False
        if "claimx_list_rows" not in doc.user_data:  # the text searched once per document
            doc.user_data["claimx_list_rows"] = len(_LIST_ROW.findall(text))
        return doc.user_data["claimx_list_rows"] >= 2

    def _measured_country(self, chunk: Span) -> str | None:
        """The country a noun phrase of a national measure is named with (`national_measures`, as the phrase's head or
        its last words: "UK gross domestic product", "Valdoria's economy", "Japanese exports" is read by the demonym
        rule): the country's name as the text writes it, when the tagger calls it a place; None otherwise."""
        root = chunk.root
        measure = root.lemma_.lower() in self.words.national_measures or root.lower_ in self.words.national_measures \
            or any(chunk.text.lower().endswith(" " + m) for m in self.words.national_measures if " " in m)
        if not measure:
            return None
        place = next((t for t in chunk if t.ent_type_ == "GPE" and t.pos_ == "PROPN" and t.head == root
                      and t.dep_ in ("compound", "nmod", "poss")), None)
        if place is None:
            return None
        ent = next((e for e in self._ents_in(chunk.sent) if e.start <= place.i < e.end and e.label_ == "GPE"), None)
        return _clean_name(ent.text) if ent is not None else None

    def _institution_speaker(self, t: Token) -> bool:
        """Whether `t` is a word of the name of a person who speaks for an institution: the text writes the person's
        full name (tagged a person) with a role of `speaker_roles` ("central bank chief Ann Reid", "Governor Ann Reid",
        "Ann Reid, the agency's chief economist,") and the person as a speaker ("Reid said", "said Reid"). A source of
        the figures, never what the article leads with, even when its headline names the person by the surname alone,
        whatever the tagger calls it there ("Valdoria's Reid sees faster inflation")."""
        if t.pos_ != "PROPN" or not t.is_title:
            return False
        doc = t.doc
        if "claimx_institution_speakers" not in doc.user_data:
            text = self._text or doc.text
            role_after, role_before, said_before, said_after = _speaker_patterns(self.words.speaker_roles,
                                                                                 self.words.reporting_verbs)
            # the capitalised words each place names (read once per document, not once per person): after a role ("chief
            # economist Ann Reid": any of up to four), before a comma and a role ("Reid, the agency's chief economist"),
            # before a speaker's verb ("Reid said", "Reid also said") and after one ("said Ann Reid")
            after_role = {_bare(w) for m in role_after.finditer(text) for w in _CAPITALISED.findall(m.group(1))}
            before_role = {_bare(m.group(1)) for m in role_before.finditer(text)}
            before_said = {_bare(m.group(1)) for m in said_before.finditer(text)}
            after_said = {_bare(w) for m in said_after.finditer(text) for w in _CAPITALISED.findall(m.group(1))}
            found = set()
            for ent in doc.ents:
                words = [w.text for w in ent if w.is_alpha and w.is_title]
                if ent.label_ != "PERSON" or len(words) < 2:
                    continue
                named = words[-1] in after_role or words[-1] in before_role
                # (spoken of by any word of the name: "Governor Rhee Chang-yong ... Rhee said")
                speaks = any(w in before_said for w in words) or words[-1] in after_said
                if named and speaks:
                    found.update(words)
            doc.user_data["claimx_institution_speakers"] = frozenset(found)
        return t.text in doc.user_data["claimx_institution_speakers"]

    def _before_owned(self, names: list[Token]) -> list[Token]:
        """The name words of a lead's noun phrase up to a possessive, when the words after it are what the name owns: a
        measure or a word the text also writes in lower case ("the Orla Association's Annual Revenue", the tagger running
        the title-case words on into the name): the owner is the name."""
        for k, tok in enumerate(names[:-1]):
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.tag_ == "POS" and any(
                    w.lower_ in self.words.metric_heads or self._common_word(w) for w in names[k + 1:]):
                return names[:k + 1]
        return names

    def _body_figures(self, chunk: Span, names: list[Token]) -> bool:
        """Whether the lead's noun phrase is a public body's figures, its name a modifier of a noun of `source_nouns`
        ("new Home Office crime figures", "the latest Ardlow Statistics Office data"): the body is the source, not what
        the story is about (a company's "earnings report" is not a public body's)."""
        root = chunk.root
        return root not in names and root.dep_ != "poss" and (
            root.lemma_.lower() in self.words.source_nouns or root.lower_ in self.words.source_nouns) \
            and names[-1].dep_ == "compound" and _phrase_root(names[-1]) == root and public_body(names[-1], self.words)

    def _report_title(self, names: list[Token]) -> bool:
        """Whether a noun phrase's name words end in a capitalised word of `report_title_words` inside its sentence
        ("In its 2017 Outlook, the agency predicts ...", "Short-Term Energy Outlook forecasts set for 2016", "the bank's
        Monetary Policy Report"): the title of a report, a source of the figures, never what the article leads with."""
        last = names[-1]
        return last.is_title and last.i > last.sent.start and last.lower_ in self.words.report_title_words

    def _report_product(self, root: Token, names: list[Token]) -> bool:
        """Whether the lead's noun phrase (root `root`, its name words `names`) is the name of a report a company or a
        pollster publishes under a title of its own, or that report's figures: a capitalised word of `source_nouns`
        ending names ("Harrow Home Price Tracker compiles monthly figures ...", "Kestrel Political Monitor data shows
        ..."): a source of the figures, not what they are about (the place or the people it measures). Not a study
        (`study_nouns`: "the CORVIS study" may lead) nor an index, which a market report leads with."""
        last = names[-1]
        if last != root and root.lemma_.lower() not in self.words.source_nouns \
                and root.lower_ not in self.words.source_nouns and not (root.ent_type_ == "DATE" or root.like_num):  # ("... Political Monitor March 2026", a headline)
            return False
        low = last.lower_
        return last.is_title and low in self.words.source_nouns and low not in self.words.study_nouns \
            and low != "index" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in last.lefts)

    @staticmethod
    def _role_after_as(tok: Token) -> bool:
        """Whether the name whose root is `tok` is an office someone takes or holds, after "as" ("was sworn in as Prime
        Minister", "named as Chief Executive"): a role, never what the article is about ("such as Apple" is a name)."""
        root = _phrase_root(tok)
        prep = root.head
        return root.dep_ == "pobj" and prep.lower_ == "as" and prep.i > 0 \
            and prep.doc[prep.i - 1].lower_ not in ("such", "well")

    def _headline_credit(self, t: Token) -> bool:
        """Whether `t` is in a name that ends the first line after a dash, the way a headline credits who said what it
        reports ("Harbour fees rose by Sh4 bln in 2023 - Okello", "Rates will stay high – Governor Ndaba"): one to three
        capitalised words, none tagged an organisation or a place (such a name after a dash may be what the story is
        about). A source, never the lead."""
        doc = t.doc
        if "claimx_headline_credit" not in doc.user_data:
            text = self._text or doc.text
            start = len(text) - len(text.lstrip())
            end = text.find("\n", start)
            line = text[start:end] if end > 0 else ""
            m = re.search(r" [-\u2013\u2014]\s*((?:[A-Z][\w'\u2019.]*\s*){1,3})$", line)
            doc.user_data["claimx_headline_credit"] = (start + m.start(1), start + m.end(1)) if m else None
        credit = doc.user_data["claimx_headline_credit"]
        return credit is not None and credit[0] <= t.idx < credit[1] and t.ent_type_ in ("PERSON", "")

    def _label_line(self, sent: Span) -> bool:
        """Whether a sentence is a label on a line of its own: at most four words, no verb, no closing punctuation, no
        name the tagger labels, a line break (or the text's start) before it and after it ("Key Points", "Highlights",
        "Business"): a page's section label or kicker, not a headline that names what the article is about."""
        text = self._text[sent.start_char:sent.end_char]
        line = text.strip()
        if not line or "\n" in line or len(line.split()) > 4 or line[-1] in ".!?:;,\"'\u201d\u2019)":
            return False
        before = self._text[:sent.start_char].rstrip(" \t")
        after = self._text[sent.end_char:] if not text.endswith("\n") else "\n"
        if before and not before.endswith("\n") or after.strip(" \t") and not after.lstrip(" \t").startswith("\n"):
            return False
        return not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in SUBJECT_LABELS or t.like_num for t in sent)

    def _lead_acronym(self, t: Token) -> bool:
        """Whether a word in capitals may lead: an organisation's short name the tagger knows ("in the NBA", "BJP has
        won"), of two letters or more, standing as a noun phrase's head (not "MMR uptake", "the MMR jab": a product or
        a measure's modifier), neither a dateline's place nor a word of `not_subjects` or a unit, nor one the text spells
        out in brackets ("the Carvela National Statistics Office (CNSO)"), which stands for what it spells out; it may
        end in "+", as an alliance of a body and others is named ("OPEC+")."""
        text = self._text or t.doc.text
        if self._index_code(t, text):
            return True  # "KSE-100 closes above 50,000" over "the benchmark KSE-100 index": a market index
        # (a short name may end in "+", an alliance of a body and others: "OPEC+ agreed to boost output")
        return (t.ent_type_ == "ORG" or self._untagged_acronym(t, text)) \
            and (t.is_alpha or re.fullmatch(r"[A-Z]{2,}\+", t.text) is not None) and len(t.text) >= 2 \
            and t.lower_ not in self.words.not_subjects \
            and t.dep_ != "compound" and not self._in_dateline(t) and not self._is_unit_name(t.text) \
            and f"({t.text})" not in text

    def _index_code(self, t: Token, text: str) -> bool:
        """Whether a word in capitals with a count of shares ("KSE-100", "CAC-40") is a market index's name: the text
        writes it before "index" (a word of `index_name_words`) at least once (`frame.metric.index_code`), and it is
        tagged a proper noun."""
        return t.pos_ == "PROPN" and frame_metric.index_code(t, self.words, text)

    def _benchmark_word(self, t: Token, chunk: Span) -> bool:
        """Whether `t` names a market benchmark (rules/frame.json `benchmark_names`): a benchmark's one-word name
        ("Brent"), or any word of a noun phrase whose proper nouns hold a benchmark's name ("the West Texas Intermediate",
        "U.S. West Texas Intermediate crude": the country there says where the benchmark is priced)."""
        names = {pair.partition(":")[0] for pair in self.words.benchmark_names}
        if t.lower_ in names:
            return True
        proper = " ".join(w.lower_ for w in chunk if w.pos_ == "PROPN")
        return any(" " in name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", proper) for name in names)

    def _price_venue(self, chunk: Span) -> bool:
        """Whether the noun phrase `chunk` is where a price its clause moves trades: the object of "on" hung on a
        verb of `market_verbs` or `trading_verbs` (maybe through an infinitive: "decreased $0.35 to settle at $22.41 a barrel on the New
        York Mercantile Exchange", "rose $0.26 to close at $31.74 on the London ICE Futures Exchange")."""
        root = chunk.root
        if root.dep_ != "pobj" or root.head.lower_ != "on":
            return False
        moving = self.words.market_verbs | self.words.trading_verbs
        verb = root.head.head
        for _ in range(4):  # (the parse may hang "on" on the price's unit: "$24.10 a barrel on the ... Exchange")
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in moving or verb.head.lemma_.lower() in moving)

    def _untagged_acronym(self, t: Token, text: str) -> bool:
        """An organisation's short name in capitals the tagger left untagged ("Korvel recorded ..." written "KVL
        recorded a surplus of $6.8m"): a proper noun of three letters or more, the subject of its clause's verb,
        written at least three times in the text, and no statistics index ("CPI rose")."""
        return t.ent_type_ == "" and t.pos_ == "PROPN" and t.is_upper and len(t.text) >= 3 \
            and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") \
            and t.lower_ not in self.words.statistic_index_words \
            and len(re.findall(rf"(?<!\w){re.escape(t.text)}(?!\w)", text)) >= 3

    def _name_in_capitals(self, t: Token) -> bool:
        """Whether a word in capitals next to a lead's name words in its noun phrase ends or opens that name ("Stats
        NZ", "BHP Billiton"): a proper noun, not a dateline's place or a unit. Alone it may not lead (see
        `_lead_acronym`), but a piece of a longer name is that name."""
        return t.pos_ == "PROPN" and t.is_upper and t.is_alpha and len(t.text) >= 2 and not self._in_dateline(t) \
            and not self._is_unit_name(t.text) and t.lower_ not in self.words.not_subjects

    def _services_of_places(self, sent: Span) -> list[tuple[str, tuple[str, ...], bool]]:
        """The public services a sentence names with their places: each as its name, the ways the text writes its place,
        and whether it is its clause's subject. A service is a plural of `service_nouns` ("hospitals", "emergency
        departments", read as written, whatever the parse made of them) with a place the tagger knows, or an adjective
        of `demonyms`, right before it, past describing adjectives, which are kept ("NSW public hospitals", "Valdorian
        airports", "Norland's emergency departments"; other nouns before the service are dropped: "hospital emergency
        departments"), or with a place in an "in" or "across" phrase right after it, written by its adjective when
        `demonyms` has one ("hospital emergency departments in Wales" -> "Welsh emergency departments", else "prisons in
        Harlow"). A service that records a place's figures (`recording_services`: "police forces in England and Wales
        registered 5.6 million offences") is their source: the place itself leads, as the text writes it."""
        doc = sent.doc
        found = []
        phrases = _phrases_by_first_word(self.words.service_nouns)
        i = sent.start
        while i < sent.end:
            words = next((p for p in phrases.get(doc[i].lower_, ()) if i + len(p) <= sent.end
                          and [t.lower_ for t in doc[i:i + len(p)]] == p), None)
            if words is None:
                i += 1
                continue
            last = doc[i + len(words) - 1]
            recording = " ".join(words) in self.words.recording_services  # (its place leads: see below)
            service = doc[i:last.i + 1].text
            service = service.lower() if service.isupper() else service
            subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[i:last.i + 1])
            j = i - 1
            adjectives = []
            while j >= sent.start and doc[j].pos_ == "ADJ" and doc[j].is_lower:
                adjectives.insert(0, doc[j].text)
                j -= 1
            owned = j >= sent.start and doc[j].tag_ == "POS"
            k = j - 1 if owned else j
            end = k + 1
            while k >= sent.start and doc[k].ent_type_ == "GPE" and doc[k].pos_ == "PROPN":
                k -= 1
            if k + 1 < end and doc[k + 1].i > sent.start - 1:
                place = doc[k + 1:end].text
                name = " ".join([place + ("'s" if owned else "")] + adjectives + [service])
                found.append((place if recording else name, (place,), subject))
            elif end - 1 >= sent.start and not owned and doc[end - 1].is_title \
                    and (country := self.words.demonym(doc[end - 1].text)) is not None:
                found.append((country if recording else " ".join([doc[end - 1].text] + adjectives + [service]),
                              (doc[end - 1].text,), subject))
            else:
                k = last.i + 1
                if k < sent.end and doc[k].lower_ in ("in", "across"):
                    k += 1 + (k + 1 < sent.end and doc[k + 1].lower_ == "the")
                    start = k
                    # (a place of two joined by "and" the tagger reads as one, "England and Wales", whole)
                    while k < sent.end and doc[k].ent_type_ == "GPE" and (
                            doc[k].pos_ == "PROPN" or k > start and k + 1 < sent.end and doc[k + 1].ent_iob_ == "I"):
                        k += 1
                    if k > start and recording:
                        # "police forces in England and Wales registered 5.6 million offences": who records the
                        # figures is their source; the place leads, as the text writes it
                        found.append((doc[start:k].text, (doc[start:k].text,), subject))
                    elif k > start:
                        place = doc[start:k].text
                        adjective = next((a for pair in self.words.demonyms for a, _, p in [pair.partition(":")]
                                          if p == place.lower()), None)
                        if adjective is None:
                            found.append((f"{service} in {place}", (place,), subject))
                        else:
                            found.append((" ".join([adjective.title()] + adjectives + [service]),
                                          (place, adjective.title()), subject))
            i = last.i + 1
        return found

    def _government_country(self, name: str) -> str | None:
        """The country a government named by its adjective of nationality stands for ("Welsh Government" -> Wales,
        "the Scottish Government" -> Scotland: a word of `demonyms` and one of `government_words`), or the place a
        government is named by, a place the tagger knows ("The NSW Government has extended its disaster declaration,
        taking the number of shires declared to 22" -> NSW); None for any other name."""
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) != 2 or words[1].lower() not in self.words.government_words:
            return None
        # (a place's short form of `country_names` too, whatever the tagger calls it: "NSW")
        return self.words.demonym(words[0]) or (words[0] if "GPE" in self._labels_of(words[0])
                                                or self.words.country_name(words[0]) != words[0] else None)

    def _role_word(self, t: Token) -> bool:
        """Whether `t` is a word of a role by which a person speaks or holds an office (`speaker_roles`,
        `portfolio_roles`, `office_roles`: "minister", "spokesperson", "chairman")."""
        word = t.lower_
        return word in self.words.speaker_roles or word in self.words.portfolio_roles \
            or word in self.words.office_roles

    def _portfolio_name(self, t: Token) -> bool:
        """Whether a capitalised word is in the "for" or "of" phrase of a role of `portfolio_roles` ("Education Batt"
        of "Minister for Education Batt O'Keeffe", "Health" of "the Minister of Health Joel Hart", also after "of State":
        "Secretary of State for Transport"): the field the person answers for, and the person's first name the tagger
        runs into it, name the person's office, a source of the figures, never what the article is about."""
        head = t
        while head.dep_ in ("compound", "amod") and head.head != head and head.head.i > head.i:
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ not in ("for", "of"):
            return False
        role = head.head.head
        if role.lower_ == "state" and role.dep_ == "pobj" and role.head.lower_ == "of":
            role = role.head.head  # "Minister of State for Education"
        return role.lower_ in self.words.portfolio_roles and role.i < t.i

    def _role_phrase(self, chunk: Span) -> bool:
        """Whether a noun phrase names a person only by a role ("Education Minister urges schools ...", "the Health
        Secretary", "Bureau Chief Executive"): its head a role word (`_role_word`), no person's name after it; a source,
        never what the article leads with."""
        root = chunk.root
        return root.pos_ in ("PROPN", "NOUN") and self._role_word(root) and root.i == chunk.end - 1 \
            and not any(c.dep_ in ("appos", "compound") and c.i > root.i for c in root.children)

    def _disaster_name(self, t: Token) -> bool:
        """Whether a capitalised word names a disaster: a name in apposition to a noun of rules/frame.json
        `disaster_nouns` ("Haiyan, a category-5 super typhoon,", "the storm, Orla,") or after one written with a capital
        as part of the name ("Cyclone Gaja", "Typhoon Orla"); the tagger often calls such a name a person."""
        if not t.is_title or t.pos_ != "PROPN":
            return False
        nouns = self.words.disaster_nouns
        head = t
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if any(c.dep_ == "appos" and c.lower_ in nouns for c in head.children) \
                or head.dep_ == "appos" and head.head.lower_ in nouns:
            return True
        # ("Cyclone Orla", "super typhoon Orsolo": the disaster's noun right before the name, which ends its phrase; not
        # a body named after a disaster, "the Valdoria Earthquake Networks Center")
        return t.i > 0 and head is t and t.doc[t.i - 1].lower_ in nouns

    def _named_later(self, doc: Doc, sents: list[Span]) -> str | None:
        """The name the text gives further on to the disaster its headline and first two sentences name only by a
        noun of `disaster_nouns` ("The strongest typhoon in the world this year battered Valdoria today ... Typhoon
        Orsolo raced across a string of islands"): the first name the text writes with that same noun, when the lead
        names none; None otherwise."""
        nouns = {t.lower_ for sent in sents for t in sent if t.lower_ in self.words.disaster_nouns}
        if not nouns or not sents:
            return None
        for t in doc[sents[-1].end:]:
            if t.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "") and self._disaster_name(t) \
                    and any(w.lower_ in nouns for w in doc[max(0, t.i - 3):t.i + 4]):
                return t.text
        return None

    def _exam_name(self, t: Token) -> bool:
        """Whether a capitalised word names an exam: it modifies a noun of `exam_nouns` ("Leaving Cert" of "received
        their Leaving Cert results", "the Junior Diploma examinations"), the noun written in lower case; the tagger
        often calls such a name a person."""
        head = t
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head is not t and head.is_lower and head.lower_ in self.words.exam_nouns

    def _average_of(self, root: Token) -> bool:
        """Whether a noun phrase names whose average a figure is set against ("total crime fell by 10 per cent (two per
        cent more than the average for England and Wales)", `average_nouns`): a benchmark, not what the story leads
        with."""
        while root.dep_ == "conj" and root.head != root:
            root = root.head  # "the average for England and Wales": each place of the pair
        return _phrase_dep(root) == "pobj" and root.head.lower_ in ("for", "of", "across") \
            and root.head.head.lemma_.lower() in self.words.average_nouns

    @staticmethod
    def _title_of_person(t: Token) -> bool:
        """Whether a capitalised word is part of a person's title before the name ("city Transportation Director
        Cheryl Soon", "Controller Myra Miller"): not itself the person's name, it modifies one; or of a title in
        apposition to the name, which the tagger names nothing in ("Jennifer Kuk, an Associate Professor at ...")."""
        head = t
        while head.dep_ == "compound" and head.head != head and head.ent_type_ != "PERSON":
            head = head.head
        if t.ent_type_ == "" and head.dep_ == "appos" and head.head.ent_type_ == "PERSON" and head.i > head.head.i \
                and any(c.dep_ == "det" for c in head.children):
            return True  # "Ann Reid, a Senior Lecturer at ...": her post, no organisation
        return t.ent_type_ != "PERSON" and head != t and head.ent_type_ == "PERSON"

    def _reports_its_own(self, tok: Token) -> bool:
        """Whether an organisation that speaks reports its own figures: "Rogers Communications Inc. says its
        third-quarter revenue rose", "Harwick said its profit fell": the subject of the clause it reports is owned
        by "its", so the speaker is what the lead is about, not a source of someone else's figures."""
        if tok.dep_ != "nsubj" or tok.ent_type_ not in ("ORG", "") and not self._described_organisation(tok):
            return False
        body = public_body(tok, self.words)
        for clause in (c for c in tok.head.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            result = subj.lemma_.lower() in self.words.result_nouns or subj.lower_ in self.words.result_nouns
            if subj.lower_ == "it" and not body and clause.lemma_.lower() != "be" and clause.pos_ in ("VERB", "AUX") \
                    and (any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)
                         or any(c.dep_ == "prep" and c.lower_ == "to" and any(
                             o.dep_ == "pobj" and (o.lemma_.lower() in self.words.result_nouns
                                                   or o.lower_ in self.words.result_nouns) for o in c.children)
                                for c in clause.children)):  # "Corvel said it swung to a first-quarter profit"
                # "Skyvale said on Thursday it now expects full-year profit of ...", "Tessard said it swung to a net
                # profit of ...": an organisation that says what it itself expects, made or did speaks of its own
                # figures (not "it was likely", an empty "it")
                return True
            if any(c.dep_ == "poss" and c.lower_ == "its" for c in subj.children) and (not body or result):
                # (a public body's own results are its own too: "Harlen Bank said its profit rose", whatever "Bank"
                # makes of a name; not a statistics office's "its index")
                return True
            if result and not body and not any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_ in SUBJECT_LABELS
                                               for c in subj.children):
                # "Corvel Group said on Thursday that second-quarter profit rose 11%": a results word no one else owns
                return True
        return False

    def _tagged_organisation(self, t: Token) -> bool:
        """A capitalised word the parser calls a common noun but the tagger an organisation, never written in lower
        case ("Apple increases net income ...": the headline's first word parsed as a noun)."""
        return t.pos_ == "NOUN" and t.ent_type_ == "ORG" and t.is_title and not self._common_word(t)

    @staticmethod
    def _lead_chunks(doc: Doc, end: int) -> list[Span]:
        """The noun chunks of `doc` whose root comes before token `end` (every chunk inside the lead), as
        `doc.noun_chunks` gives them: its iterator goes through the tokens in order and decides each chunk
        from the tokens up to the chunk's root, so reading `doc[:end]` finds the same ones without walking
        the rest of the article (`Span.noun_chunks` walks all the Doc's chunks; `Doc.noun_chunks` parses
        every token)."""
        if doc.noun_chunks_iterator is None:
            return list(doc.noun_chunks)  # raises, as before
        return [Span(doc, start, stop, label=label) for start, stop, label in doc.noun_chunks_iterator(doc[0:end])]


@functools.lru_cache(maxsize=4)
def _phrases_by_first_word(phrases: frozenset[str]) -> dict[str, tuple[list[str], ...]]:
    """The phrases of a word list split into words, grouped by their first word, the longest first (read once per
    list: a sentence's tokens are each looked up by their own word, not tried against every phrase)."""
    grouped: dict[str, list[list[str]]] = {}
    for words in sorted((p.split() for p in phrases), key=len, reverse=True):
        grouped.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in grouped.items()}
