"""Mentions that stand for a subject: named things, markets and indexes, descriptions, pronouns and their
antecedents, people before a figure, the clause a period belongs to.

A part of `ClaimFinder` (components/claims.py), which mixes it in; its methods read the finder's state."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import DEP, HEAD, POS
from spacy.parts_of_speech import NOUN as NOUN_POS
from spacy.tokens import Doc, Span, Token

from claimx.frame import dictionary
from claimx.frame.metric import currency_valued, index_description, market_story, opens_sentence, statistic_index
from claimx.frame.subject import is_source, moves_a_figure, public_body
from claimx.periods import DAY_WORDS, MONTHS, PeriodMention
from claimx.components.claim_helpers import (NOT_SUBJECT_ENTS, SUBJECT_LABELS, _clean_name, _phrase_dep,
                                             calendar_word, lead_sentences)


# a US-style dateline in title case: the place, its state or district, an optional credit, a dash ("Linmouth, Ore. (AP) —")
_CLOCK_TIME = re.compile(r"(?<![\w.])\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\w])")
# a time of day ("8.58 am", "before 11am", "as of 11.02AM", "at 2:15 p.m."), read in lower case
_TITLE_DATELINE = re.compile(r"(?:^|\n\s*\n)\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+(?:[A-Z][\w.]*\s?){1,3}"
                             r"(?:\([^()\n]{1,30}\)\s*)?(?:--|[-\u2013\u2014])\s")


# after a name and its short form in brackets, the verb it is the subject of: "(APL) reported", "(HRL) on Thursday posted"
_REPORTS_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&]{1,6}\)\s+(?:on\s+[A-Z][a-z]+\s+)?([a-z]+)")


class SubjectMentions:
    """Mentions that stand for a subject: named things, markets and indexes, descriptions, pronouns and their"""

    def _named_thing(self, doc: Doc, subj: Token) -> str | None:
        """A named thing that is no entity: a common noun after a proper noun that names it ("the Harbor Line
        light rail", "The Broadline 500 index", "the Eastside bus rapid transit line"), written from its first
        modifier; not people (`actors`), a capitalised first word alone, a code in capitals or a word of
        `not_subjects`. None otherwise."""
        def naming(t: Token) -> bool:  # the parser may take an unknown name for an adjective ("the Eastside line")
            return (t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod")) or (
                t.pos_ == "ADJ" and t.dep_ == "amod" and t.is_title and t.ent_type_ not in NOT_SUBJECT_ENTS and t.i != t.sent.start)
        if subj.pos_ == "NOUN" and subj.lemma_.lower() not in self.words.actors and subj.lower_ not in self.words.actors \
                and any(naming(t) for t in subj.lefts) \
                and not all(t.i == subj.sent.start and not self._study_code(t)
                            or (t.is_upper and not any(c.dep_ == "nummod" for c in t.children) and not self._study_code(t))
                            or t.lower_ in self.words.not_subjects
                        for t in subj.lefts if naming(t)):
            start = min((t.left_edge.i for t in subj.lefts if t.dep_ in ("compound", "nmod", "amod", "nummod")), default=subj.i)
            return doc[start:subj.i + 1].text
        return None

    def _study_code(self, t: Token) -> bool:
        """A code in capitals naming a piece of research (`study_nouns`): "TRIVANE" of "The TRIVANE trial"."""
        return t.is_upper and t.is_alpha and len(t) >= 3 and t.head.lemma_.lower() in self.words.study_nouns \
            and t.dep_ in ("compound", "nmod", "amod")

    def _local_place(self, doc: Doc, tok: Token | None) -> str | None:
        """The town a bare "the town", "the borough", "the city" (`local_place_heads`) means in local news: the
        place of the article's dateline ("LINMOUTH, 19 November 2025 (Linmouth Echo) - ..."), when the text writes
        that place as a name too. None otherwise (no dateline, or another noun)."""
        if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.words.local_place_heads \
                or [t.lower_ for t in tok.subtree if t.dep_ != "case"] != ["the", tok.lower_]:
            return None
        return self._dateline_place(doc)

    def _dateline_place(self, doc: Doc) -> str | None:
        """The place a dateline opens the body with, in capitals before a comma or a spaced dash ("LINMOUTH, 19
        November ...", "NEW YORK, April 13 -", "ALDERFORD - The Town Council"), or in title case before its state and a
        dash ("Linmouth, Ore. (AP) —"), as the text writes it elsewhere ("Linmouth"); read once per document."""
        if self._dateline_town is False:
            self._dateline_town = None
            match = re.search(r"(?:^|\n\s*\n)\s*([A-Z][A-Z'\u2019.\- ]*[A-Z])\s*(?:,|\s[-\u2013\u2014]\s)",
                              self._text[:2000]) or _TITLE_DATELINE.search(self._text[:2000])
            if match is not None:
                name = " ".join(w if w[1:].islower() else w.capitalize() for w in match.group(1).split())
                if re.search(rf"\b{re.escape(name)}\b", self._text):
                    self._dateline_town = name
        return self._dateline_town

    def _revised_estimate_owner(self, doc: Doc, span: Span) -> str | None:
        """The place or organisation whose figure an agency or a bank revises its own estimate of ("The ICB cut its
        estimate for the Valdorian crop to 31.4 million tonnes", "raised their forecast for Eiremar's output from 40
        million tonnes", "Banc of Harlow lowered its earnings estimate on Corvex to 2 cents a share"): the figure
        after "to"/"from"/"at", the verb's object a noun of `source_nouns`, `estimate_nouns` or `forecast_nouns` ("its
        price target") owned by "its"/"their", and a place or an
        organisation after "for"/"of"/"on" (an entity, or an adjective of place: see `_demonym_place`). The agency or
        the bank is the source, not the subject. None otherwise."""
        root = span.root
        if root.dep_ == "npadvmod" and root.head.dep_ == "advmod" and root.head.lower_ in ("up", "down"):
            verb = root.head.head  # "..., up 3% on last season": the change of the same revised figure
        elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in ("to", "from", "at", "by"):
            verb = root.head.head  # "by": "raised its forecast for the world wheat crop by 6 million tonnes"
            if verb.dep_ == "advmod" and verb.lower_ in ("up", "down"):
                verb = verb.head  # "..., up 12% from 41.5 million tonnes": the old side of the same forecast figure
        else:
            return None
        if (place := self._forecast_object_place(verb)) is not None:
            return place
        estimates = self.words.source_nouns | self.words.estimate_nouns | self.words.forecast_nouns  # "its price target"
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in estimates or not any(
                    c.dep_ == "poss" and c.lower_ in self.words.owner_pronouns for c in obj.children):
                continue
            for prep in obj.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "on"):
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    named = self._entity_at(doc, pobj.i)
                    if named and pobj.ent_type_ in ("GPE", "LOC"):
                        return named  # "its estimate for Valdoria"
                    if pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("PERSON", "DATE", "TIME") \
                            and (named := named or self._untagged_name(pobj.left_edge)):
                        return named  # "its earnings estimate on Corvex" (the tagger's label after "on" is no guide)
                    owner = next((c for c in pobj.children if c.dep_ == "poss"
                                  and c.ent_type_ in ("GPE", "LOC", "ORG")), None)
                    if owner is not None and (named := self._entity_at(doc, owner.i)):
                        return named  # "its forecast for Eiremar's output"
                    if (place := self._demonym_place(pobj)) is not None:
                        return place
                    if pobj.pos_ == "NOUN" and any(t.lower_ in self.words.world_scopes
                                                   for t in doc[pobj.left_edge.i:pobj.i]):
                        return "world"  # "its forecast for world maize production"
        return None

    def _forecast_object_place(self, verb: Token) -> str | None:
        """The place whose measure an agency forecasts or estimates at a figure, the measure the verb's object with an
        adjective of place or a place's possessive ("The ICB forecast Valdorian wheat exports at 9.5 million tonnes",
        "the bank estimates Eiremar's output at ..."): the agency is the source. None for a verb not of
        `forecast_verbs`, or an object naming no place. A sentence the parse reads as one noun phrase, the verb taken
        for a modifier ("The ICB forecast Valdorian wheat exports in 2026-27 at 9.5 million tonnes" -> "exports" its
        root), gives the place of that noun's adjective."""
        if verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and any(
                t.lemma_.lower() in self.words.forecast_verbs for t in verb.lefts if t.dep_ in ("nmod", "compound")):
            return self._demonym_place(verb)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.forecast_verbs:
            return None
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            owner = next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")), None)
            if owner is not None and (named := self._entity_at(obj.doc, owner.i)):
                return named
            if (place := self._demonym_place(obj)) is not None:
                return place
        return None

    def _demonym_place(self, subj: Token) -> str | None:
        """The place an adjective of place before the common noun `subj` names ("Valdorian crop", "Kastravan
        exports"): a capitalised modifier the tagger calls NORP or leaves untagged, longer than a one-word place
        of the article sharing its first five letters (see ArticleEntities.place_of_adjective). None otherwise,
        and when the noun has an owner ("Harwick's Valdorian unit")."""
        if subj.pos_ != "NOUN" or self._entities is None:
            return None
        for t in subj.lefts:
            if t.dep_ in ("amod", "compound") and t.is_title and t.ent_type_ in ("NORP", "", "PERSON", "ORG"):
                if any(c.dep_ == "poss" for c in subj.children):
                    return None
                # a country or region of `demonyms` before a measure of places ("Welsh house prices", "the Scottish
                # economy"; "Chinese ports" are ports), else the article's place sharing the word's start ("Valdorian
                # exports"; an organisation's tag only so: "Kestovan unemployment")
                if (place := self.words.demonym(t.text)) is not None and (
                        subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures
                        or subj.lemma_.lower() in self.words.national_measures
                        or subj.lower_ in self.words.national_measures  # "exports", whose lemma is "export"
                        or subj.lower_ in self.words.government_words):  # "the Kenyan government will spend ..."
                    return place
                if len(t) > 5 and (t.ent_type_ != "ORG" or self._adjective_of_place(t.doc[t.i:t.i + 1])) \
                        and (place := self._entities.place_of_adjective(t.text)) is not None:
                    return place
        return None

    def _market_subject(self, doc: Doc, subj: Token) -> str | None:
        """What a market report's figure about the whole market, a sector or a market named by a common noun is
        about, read from the clause's subject:
        - breadth and volume (`market_wide_words`: "decliners outnumbered advancers by two to one", "Volume on the
          Nasdaq was 1.5 billion shares", volume or turnover only in a sentence about shares; bare "shares" with a verb of `market_volume_phrases`: "About 14.2 billion
          shares changed hands") -> the exchange named after "on" ("the Nasdaq"), else "<place> stock market" for
          "on U.S. exchanges", else "stock market";
        - "Technology shares fell 2.4%", "bank stocks" (`market_nouns` after a common noun) -> "technology sector";
          "U.S. stocks", "European shares" -> "U.S. stock market";
        - a market named by common words with a scope of `market_scopes` ("a global market that grew 2%") -> those
          words (not "the jobs market" of a statistics story, which is the place's).
        None otherwise (a company's shares keep their owner: "BHP Billiton shares", "shares of Harwick")."""
        lower = subj.lower_
        if lower not in self.words.market_wide_words and lower not in self.words.market_nouns and lower != "market":
            return None
        if subj.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "in", "at") for c in subj.children) \
                or self.words.population_stock(subj):  # "fish stocks fell": no market sector
            return None
        # (a scale word of the figure is none: "over 5 crore shares changed hands")
        mods = [t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i not in self._covering]
        places = [t for t in mods if t.ent_type_ in ("GPE", "NORP", "LOC")]
        if any(t.ent_type_ in ("ORG", "PRODUCT", "PERSON", "FAC") or t.like_num for t in mods):
            return None  # "BHP Billiton shares", "the Corran 500"
        if places and lower in self.stock_nouns and any(self._names_company(t) for t in places):
            return None  # "Tallis shares rose 3.2%": the short name of a company the article names in full, tagged a place
        verb = subj.head
        phrase = verb.lemma_.lower() + "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "dobj")
        if lower in self.words.market_wide_words or (
                lower in self.stock_nouns and not mods and phrase in self.words.market_volume_phrases):
            if lower == "issues" and not any(t.lower_ in self.issue_states for t in mods):
                return None
            if lower in self.stock_nouns and any(
                    t != subj and t.lower_ in self.stock_nouns and any(
                        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "in") for c in t.children)
                    for t in subj.sent):
                return None  # "58.89 lakh shares of the company were traded on BSE and over 5 crore shares changed hands
                # on NSE": the company's shares again, the exchange only where they traded
            for prep in [c for t in (subj, verb) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "across")]:
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if named := self._entity_at(doc, obj.i):
                        return named  # "on the Nasdaq", "on the New York Stock Exchange"
                    where = [t for t in obj.lefts if t.ent_type_ in ("GPE", "NORP", "LOC")]
                    if where:
                        return f"{doc[where[0].i:where[-1].i + 1].text} stock market"  # "on U.S. exchanges"
            if lower in self.volume_nouns and (mods or not any(t.lower_ in self.stock_nouns for t in subj.sent)):
                return None  # "Sales volume rose 3%", "Turnover rose 5% to £3bn": a company's, not a market's
            return "stock market"
        if lower in self.stock_nouns:
            if places and len(places) == len(mods):
                return f"{doc[places[0].i:places[-1].i + 1].text} stock market"  # "U.S. stocks fell 1.2%"
            sector = [t for t in mods if t.pos_ in ("NOUN", "PROPN", "ADJ") and t not in places and t.is_alpha
                      and t.lower_ not in self.words.not_subjects]
            if sector and len(sector) == len(mods) and all(t.pos_ != "PROPN" or t.i == t.sent.start for t in sector) \
                    and all(t.is_lower or t.lower_ in self.words.sector_words or self._common_word(t) for t in sector):
                # (a capitalised word that is no sector is a company the tagger missed: "Wipro shares were down 2.1%")
                return " ".join(t.lower_ for t in sector) + " sector"  # "Technology shares fell 2.4%"
            return None
        if lower == "market" and any(t.lower_ in self.words.market_scopes for t in mods) and all(t.is_lower for t in mods):
            return " ".join(t.text for t in mods) + " market"  # "a global market that grew 2%"
        return None

    def _names_company(self, tok: Token) -> bool:
        """Whether a word the tagger calls a place or nationality is the short form of an organisation the article
        names in full ("Tallis" after "Tallis Motors"): the article's entity table joins it to a longer name that
        begins with it and is no place, nor a person introduced as one unless its mentions are tagged an organisation
        (the tagger often calls an invented company a person), and the word is no country or its adjective
        (`demonyms`)."""
        if self._entities is None or not tok.is_title or self.words.demonym(tok.text) is not None \
                or tok.lower_ in self.words.demonym_places():
            return False
        entity = self._entities.get(tok.text)
        return entity is not None and entity.name.casefold().startswith(tok.lower_ + " ") \
            and entity.label not in ("GPE", "LOC", "NORP") and (entity.is_organisation or not entity.introduced)

    def _untagged_name(self, tok: Token | None) -> str | None:
        """The capitalised words from `tok` on, with a word of `name_connectives` between two of them, when the tagger
        named none of them in full: "Shares of Research in Motion dropped 5%" -> "Research in Motion". None unless
        `tok` is a capitalised proper noun."""
        if tok is None or tok.pos_ != "PROPN" or not tok.is_title:
            return None
        doc, end = tok.doc, tok.i + 1
        while end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN" or doc[end].lower_ in self.words.name_connectives
                                  and end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"):
            end += 1
        return doc[tok.i:end].text

    def _untagged_company(self, subj: Token) -> str | None:
        """The capitalised words right before "shares" or "stocks" that name no sector (`sector_words`, or a word the
        text writes in lower case) and no place: a company the tagger missed ("Wipro shares"). None otherwise."""
        mods = [t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod")]
        if not mods or mods[-1].i != subj.i - 1 or any(
                not t.is_title or t.ent_type_ in ("GPE", "NORP", "LOC", "DATE") or t.lower_ in self.words.sector_words
                or t.lower_ in self.words.not_subjects or self._common_word(t) for t in mods):
            return None
        if len(mods) == 1 and opens_sentence(mods[0]) and mods[0].tag_ in ("VBG", "VBN", "JJ", "JJR", "JJS") \
                and mods[0].pos_ != "PROPN":
            return None  # "Declining stocks outnumbered rising ones", "Listed shares": a participle or an adjective
        if subj.lower_ == "stocks" and len(mods) == 1 and opens_sentence(mods[0]) \
                and dictionary.dictionary_noun(mods[0], self._text, self.words.scope_words, tagged=True, once=True):
            # "Gasoline stocks fell by 2.5 million barrels": a good's stocks, a noun opening the sentence once ("Target
            # shares", "Target stock" may still be a company's)
            return None
        return " ".join(t.text for t in mods)

    def _index_name(self, doc: Doc, subj: Token) -> str | None:
        """A market index named by the words before its head (`index_name_words`: "The Dow Jones industrial average
        jumped 175 points", "The Standard & Poor's 500 index rose 18 points", "the Nasdaq composite index"): the
        name from its first capitalised word, without a description before it ("the blue-chip Holloway 30
        industrial index"). A bare "the index" is the index named last before it in its paragraph ("The Tarrant
        150 rose 47 points. The index is now within 0.4% of its high"). Never a statistics office's index ("the
        Consumer Prices Index"). None otherwise."""
        if subj.lower_ not in self.words.index_name_words or subj.pos_ not in ("NOUN", "PROPN") \
                or statistic_index(subj, self.words) and subj.head.lower_ not in self.words.close_words:
            return None  # (a statistics office's index never closes: "Consumer durables index too closed 279 points higher")
        words = [t for t in doc[subj.left_edge.i:subj.i] if t.dep_ != "det"]
        # a name in capitals may carry its count of shares ("the benchmark KSE-100 index", "the CAC-40 index")
        first = next((t for t in words if t.pos_ == "PROPN" and t.is_title or t.is_upper and (
            t.is_alpha or t.pos_ == "PROPN" and re.fullmatch(r"[A-Z&]{2,}-?\d+", t.text))), None)
        if first is not None:
            return _clean_name(doc[first.i:subj.i + 1].text)
        if not words and (subj.is_title or subj.is_upper) and subj.lower_ not in ("index", "indices", "average", "composite"):
            return subj.text  # "Sensex rises 395 points", "Nikkei slips 1%": an index's own name the tagger read as a noun
        if words and subj.lower_ == "index" and all(t.lower_ in self.words.currencies for t in words):
            return " ".join(t.lower_ for t in (*words, subj))  # "the dollar index rose 0.08%": a currency's index
        if words and subj.lower_ == "index" and subj.dep_ in ("nsubj", "nsubjpass") and all(
                t.pos_ in ("NOUN", "ADJ") and t.dep_ in ("compound", "amod") and (t.is_lower or t.i == t.sent.start)
                for t in words) and (subj.head.lower_ in self.words.close_words or
                                     subj.head.lemma_.lower() in self.words.market_verbs | self.words.market_figure_verbs
                                     and any(t.lower_ in ("points", "point") for t in subj.head.subtree if t.i > subj.head.i)) \
                and market_story(doc, self.words):
            # "Consumer durables index too closed 279 points higher", "metal index increased 163.04 points": a sector's
            # index named in lower case in a market report, no statistics office's (which never closes, and moves in
            # percent: "the energy index rose 1.1%" in a report of consumer prices)
            return " ".join(t.text for t in (*words, subj))
        if words or subj.lower_ not in ("index", "average") \
                or not any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in subj.lefts):
            return None
        for tok in reversed(doc[self._paragraph_start(doc, subj.sent):subj.left_edge.i]):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" and tok.lower_ in self.words.index_name_words \
                    and tok.left_edge.i < tok.i and (named := self._index_name(doc, tok)) is not None:
                return named  # "the BSE bankex index is still down 27% ... the index closed at 36,671"
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" and not tok.like_num:
                continue  # the index a clause before was about
            end = tok.i + 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].like_num and doc[tok.i + 1].head == tok else tok.i
            name = self._entity_at(doc, end) or _clean_name(doc[self._name_start(doc, end - 1 if doc[end].like_num else end):end + 1].text)
            last = name.split()[-1]
            if last[:1].isdigit() or last.lower() in self.words.index_name_words:
                return name
        return None

    def _organisation_topic(self, doc: Doc, tok: Token, topic: str | None) -> str | None:
        """What an organisation word at `tok` ("the club", "the company's", "its", "the unit") stands for: the
        topic, unless the topic is a person. A transfer or a profile often leads with a person ("Redmarsh sign
        Dunmore from Ashgrove"), and "the club reported revenue of £312 million" is then about the organisation
        named last before it in its paragraph, else the organisation the headline and lead name most; "he" and
        "his" keep the person."""
        if tok.lower_ not in ("it", "its") and tok.lower_ in self.words.pronouns or not self._is_person(topic):
            return topic
        entities = self._entities
        i = tok.left_edge.i - 1
        first = self._paragraph_start(doc, tok.sent)
        while i >= first:  # the tagger often leaves a club's or a company's short form untagged: read the tokens
            if doc[i].pos_ != "PROPN":
                i -= 1
                continue
            start = self._name_start(doc, i)
            name = self._entity_at(doc, i) or _clean_name(doc[start:i + 1].text)
            entity = entities.get(name)
            # a club that speaks is still the club ("Ashgrove ... said they would reinvest"); one cited is not
            if entity is not None and not self._is_person(name) and not is_source(doc[i], self.words, doc[i].head) \
                    and (entities.acts_as_organisation(name) or "ORG" in entity.labels or doc[i].dep_ in ("nsubj", "nsubjpass")):
                return name  # an organisation, or a name that acts as one ("Ashgrove, who have sold three players")
            i = start - 1
        return entities.lead_organisation or topic

    def _possessed_names(self, doc: Doc) -> frozenset[str]:
        """The names the text brings in as something an organisation owns, a possessive pronoun and a description
        before them ("Its shopping assistant Rufus", "their budget airline Jetstar"; the pronouns are the rule words
        `owner_pronouns`). Read once per document."""
        if "claimx_possessed" not in doc.user_data:
            doc.user_data["claimx_possessed"] = frozenset(
                _clean_name(ent.text) for ent in doc.ents
                if any(c.dep_ == "poss" and c.lower_ in self.words.owner_pronouns for c in ent.root.children)
                and any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.i < ent.start for c in ent.root.children))
        return doc.user_data["claimx_possessed"]

    def _is_person(self, name: str | None) -> bool:
        """Whether `name` is a person's: its entity is tagged as one more than twice as often as an organisation (the
        tagger takes a club for a person in a headline, "Redmarsh United sign ...", and its short form for the
        club), a mention is written as a person's ("striker Elias Dunmore", "Dunmore, 24,": the tagger also calls
        a wind farm a person), and it does not act as an organisation (see ArticleEntities)."""
        entity = self._entities.get(name) if self._entities is not None and name else None
        if entity is None or entity.label != "PERSON" or not entity.introduced or self._entities.acts_as_organisation(name):
            return False
        return entity.labels.get("PERSON", 0) > 2 * sum(entity.labels.get(lab, 0) for lab in ("ORG", "PRODUCT"))

    def _paragraph_start(self, doc: Doc, sent: Span) -> int:
        """The first token of the paragraph `sent` is in (a blank line ends a paragraph)."""
        start, after = sent.start, sent.start_char
        while start > 0:
            prev = doc[start - 1].sent
            if self._paragraph_ends(prev, after):
                break
            start, after = prev.start, prev.start_char
        return start

    def _paragraph_ends(self, prev: Span, after: int) -> bool:
        """Whether a paragraph ends with sentence `prev`: a blank line (or nothing but space) between it and the
        text starting at character `after`."""
        before = self._text[prev.start_char:after]  # the sentence and the space after it
        if not before.strip():
            return True
        k = bisect_right(self._paragraph_starts, after) - 1
        return k >= 0 and self._paragraph_starts[k] > prev.start_char

    def _conjoined_subject(self, doc: Doc, subj: Token, topic: str | None) -> str | None:
        """The named subject of the clause before, for a clause joined to it by "and" whose own subject names
        no one ("Route 14 now runs every 8 minutes, and trips along the corridor take 11 minutes less"):
        the second clause goes on about what the first named. None when the first names no one either, or is
        a person who speaks."""
        verb = subj.head
        if verb.dep_ != "conj" or subj.dep_ not in ("nsubj", "nsubjpass"):
            return None
        first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.lower_ in self.words.pronouns or self._is_speaker(first):
            return None
        named = self._subject_phrase(doc, first, topic)
        return named if named and named != topic else None

    def _described_before(self, doc: Doc, subj: Token) -> str | None:
        """The named thing a definite description refers back to: the nearest earlier mention of the same
        noun, in its sentence or the two before in the same paragraph, that a name modifies ("the Northgate
        extension", "the extension of the Harbor Line", "the Skerry Banks wind farm"); else None. A name that
        reports ("a study by the Polar Institute") or speaks is no owner."""
        start, seen, after = subj.sent.start, 0, subj.sent.start_char
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            before = self._text[prev.start_char:after]
            if before.count("\n", len(before.rstrip())) >= 2 or not before.strip():
                break  # never across a blank line
            start, after = prev.start, prev.start_char
            seen += 1
        lemma = subj.lemma_.lower()
        for tok in reversed(doc[start:subj.left_edge.i]):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
                continue
            names = [t for t in tok.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
                     and t.ent_type_ not in NOT_SUBJECT_ENTS and not calendar_word(t)]
            if names:
                first = min(t.left_edge.i for t in names)
                return doc[first:max(t.i for t in names) + 1].text
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    obj = next((t for t in prep.children if t.dep_ == "pobj" and t.pos_ == "PROPN"
                                and t.ent_type_ not in NOT_SUBJECT_ENTS and not calendar_word(t)), None)
                    if obj is not None and not is_source(obj, self.words):
                        return self._entity_at(doc, obj.i) or doc[min(t.i for t in obj.lefts if t.pos_ == "PROPN")
                                                                  if any(t.pos_ == "PROPN" for t in obj.lefts)
                                                                  else obj.i:obj.i + 1].text
            return None  # the nearest mention names nothing
        return None

    def _described_owner(self, doc: Doc, tok: Token, topic: str | None) -> str | None:
        """The body a bare "the trust's", "the club's" stands for: the body named before that the noun fits
        (see `_named_description`), else the topic for a generic description ("the company's"); else None."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.description_heads and not tok.is_upper \
                and [t.lower_ for t in tok.subtree if t.dep_ == "det"] == ["the"] \
                and f"the {tok.lower_}" not in self.words.generic_subjects \
                and any(t.dep_ in ("compound", "amod") for t in tok.lefts):
            # "The cement manufacturer's profit rose 2.4 times" after "Shree Cement Ltd.'s profit doubled": the
            # organisation named last, else the subject of the figure just before (a name the tagger missed)
            return self._antecedent(doc, tok, place=False) or self._recent_subject(tok)
        if tok.pos_ != "NOUN" or [t.lower_ for t in tok.subtree if t.dep_ != "case"] != ["the", tok.lower_]:
            return None
        return self._named_description(doc, tok) or (
            self._organisation_topic(doc, tok, topic) if f"the {tok.lower_}" in self.words.generic_subjects else None)

    def _recent_subject(self, tok: Token) -> str | None:
        """The subject of the last figure framed, when it was in the sentence right before `tok`'s (across a paragraph
        break) and is a capitalised name; else None."""
        end, subject = self._last_subject
        if not subject or not subject[:1].isupper() or end < 0 or end > tok.sent.start:
            return None
        between = tok.doc[end:tok.sent.start]
        return subject if not any(t.is_alpha for t in between) else None

    def _named_description(self, doc: Doc, subj: Token, forward: bool = False) -> str | None:
        """The named body a bare definite description ("the institute", "the trust", "the team") refers back to,
        when the article has named one before it that the noun fits; else None (the caller takes the topic).

        The nearest earlier name that ends in the noun ("the institute" after "the Nordvik Polar Institute",
        "the trust" after "Wexmoor Hospitals NHS Trust"); for the people or work of a study (`research_groups`:
        "the team", "the researchers", "the study") the body whose people were said to do the research
        ("Scientists at the Harlow Freshwater Centre", "a team from the University of Brackley", "its authors were led by
        the Hallstrom Institute"), not one that comments on it ("a scientist at X who was not involved in the study");
        with `forward`, when none was named before, the first named after.
        """
        words = {subj.lower_, subj.lemma_.lower()}
        if self._description_names is None:
            # the names a description may refer back to, by their last word, in text order (read once per document:
            # a scan of every earlier entity per description made long documents quadratic)
            table: dict[str, tuple[list[int], list[str]]] = {}
            for k, ent in enumerate(self._ents):
                if ent.label_ not in ("ORG", "FAC", "PRODUCT") or not self._is_name(ent):
                    continue
                text = ent.text
                if self._is_unit_name(text):
                    continue
                name = _clean_name(text)
                ks, names = table.setdefault(name.split()[-1].lower(), ([], []))
                ks.append(k)
                names.append(name)
            self._description_names = table
        limit = bisect_left(self._ent_starts, subj.left_edge.i)
        latest = None
        for word in words:
            if word in self._description_names:
                ks, names = self._description_names[word]
                j = bisect_left(ks, limit) - 1
                if j >= 0 and (latest is None or ks[j] > latest[0]):
                    latest = (ks[j], names[j])
        if latest is not None:
            return latest[1]  # the nearest earlier name that ends in the noun
        if not words & self.words.research_groups:
            return None
        if self._research_words is None:  # the words of a study's people and work, read once per document
            self._research_words = [t for t in doc if t.lemma_.lower() in self.words.research_groups
                                    or t.lower_ in self.words.research_groups]
        cut = bisect_left([t.i for t in self._research_words], subj.left_edge.i)
        # the body named before; else, with `forward` (for a study the lead reports first and names the body of after:
        # "The study of nearly 9,000 people showed ... The team at the University of Harlow said"), the first named after
        for tok in list(reversed(self._research_words[:cut])) + (self._research_words[cut:] if forward else []):
            if any(c.dep_ == "relcl" and c.lemma_.lower() == "involve" and any(n.dep_ == "neg" for n in c.children)
                   for c in tok.children):
                continue  # "a scientist at the University of Calder Bay who was not involved in the research" comments
            if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() == "lead":
                # "Its 64 authors ... were led by the Hallstrom Institute": the body that led the study
                named = next((self._entity_at(doc, t.i) for a in tok.head.children if a.dep_ == "agent"
                              for t in a.children if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "FAC")), None)
                if named:
                    return named
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "of", "with"):
                    named = next((self._entity_at(doc, t.i) for t in prep.children
                                  if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "FAC")), None)
                    if named:
                        return named
        return None

    def _unit_of_commodity(self, tok: Token) -> Token | None:
        """The commodity a single unit of it stands for as a subject ("a barrel of Brent crude was trading down 6.2%",
        "an ounce of gold rose to $2,410"): the "of" object of a noun after "a", "an" or "one", when it is a commodity
        (see `_is_commodity`); likewise the commodity whose price the noun is ("The price of gold rose by Rs1,200",
        "Silver prices were unchanged"). None otherwise."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "price":
            named = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1), None) or next(
                (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
                None)
            if named is not None and not self._is_commodity(named):
                named = self._unit_of_commodity(named)  # "The price of a barrel of Brent crude oil fell 0.55%"
            return named if named is not None and self._is_commodity(named) else None
        if tok.pos_ == "NOUN" and (currency := currency_valued(tok, self.words)) is not None:
            return currency  # "The value of the pound increased 0.64% versus the US dollar": the pound's
        if tok.pos_ != "NOUN" or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in tok.children):
            return None
        of = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"), None)
        return of if of is not None and self._is_commodity(of) else None

    def _is_commodity(self, tok: Token) -> bool:
        """Whether a subject noun stands for a traded commodity whose price a figure gives (`subject_metrics`
        in rules/frame.json, other than shares, stocks and indexes: "gold" -> "gold price")."""
        if tok.lower_ in self.words.currencies and tok.pos_ == "NOUN":
            return True  # "The pound rose 0.4% against the dollar": an exchange rate is the currency's (`currencies`)
        metric = self.words.subject_metric(tok.lower_) or self.words.subject_metric(tok.lemma_.lower())
        return bool(metric) and metric.endswith("price") and not metric.startswith("share") and tok.pos_ != "PROPN"

    def _common_word(self, tok: Token) -> bool:
        """Whether a capitalised first word is a common word: a measure the frame knows, or written in lower
        case elsewhere in the text."""
        lower = tok.lower_
        if lower in self.words.metric_heads or lower in self.words.not_subjects:
            return True
        if tok.is_title and dictionary.dictionary_noun(tok, self._text, self.words.scope_words, once=True, plural_only=True):
            return True  # "Homeowners in Redfern will pay ...", "Potholes in Greyholm cost ...": a plural noun, no name
        key = (lower, tok.lemma_.lower())
        if key not in self._common_words:  # the whole text searched once per word and document
            # (a word the text never writes needs no pattern compiled: most capitalised words are names)
            self._common_words[key] = (lower in self._text or key[1] in self._text) and bool(
                re.search(rf"(?<![\w.])(?:{re.escape(lower)}|{re.escape(key[1])})\b", self._text))
        return self._common_words[key]

    def _it_refers_to(self, doc: Doc, pronoun: Token) -> str | None:
        """What "it" or "its" at the start of a clause refers to: the subject of the sentence before, when that
        is a name that is not a person's ("Brennan Mart reported ... Its shares have fallen 9%"); else None
        (the caller takes the topic)."""
        if pronoun.lower_ in ("it", "its", "they", "their") and (sayer := self._reported_by(doc, pronoun)):
            return sayer
        if pronoun.lower_ in self.words.person_pronouns:
            return self._person_before(doc, pronoun)
        if pronoun.lower_ not in ("it", "its"):
            return None
        if pronoun.i - pronoun.sent.start > 3:
            # "The Broadline 500 is still up 14% for the year, and strategists expect it to end 2026 at 6,400": the
            # named subject of an earlier clause of the sentence, when that is no person and reports nothing
            for tok in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start]):
                if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i > pronoun.i or _bracketed_code(tok):
                    continue
                # "LONDON (Harlow-Wire) - Corvel Plc reported that its profit rose": the name after the dateline the
                # parse made the subject
                tok = self._past_dateline(doc, tok)
                if tok.ent_type_ == "PERSON" or self._is_speaker(tok) or is_source(tok, self.words):
                    continue
                if named := self._entity_at(doc, tok.i) or self._untagged_subject(doc, tok):
                    return named
            return None
        prev = None
        i = pronoun.sent.start
        while i > 0:
            prev = doc[i - 1].sent
            if prev.text.strip():
                break
            i = prev.start
        if prev is None or not prev.text.strip():
            return None
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in self.words.pronouns:
            return None
        ent = self._entity_at(doc, subj.i) or (self._untagged_subject(doc, subj) if subj.ent_type_ != "PERSON" else None)
        if ent and not self._is_speaker(subj):
            return ent  # "it" is never a person: a PERSON label on a company's name is the tagger's mistake
        if subj.lower_ in self.words.part_heads or subj.lower_ in self.words.unit_heads:
            names = [t for t in subj.lefts if t.dep_ in ("compound", "amod")
                     and (t.pos_ == "PROPN" or (t.is_title and t.i != t.sent.start))]
            if names:  # "The Services division grew fast. Its revenue rose 35%": the named part
                part = doc[min(t.left_edge.i for t in names):subj.i + 1].text
                owner = self._lead(doc)
                return f"{owner} {part}" if owner and owner.lower() not in part.lower() else part
        if subj.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in subj.lefts) \
                and (named := self._described_before(doc, subj)):
            return named  # "The extension cost $412 million. It is drawing 9,500 boardings": the Harbor Line's
        return None

    def _role_named_before(self, doc: Doc, subj: Token) -> str | None:
        """The person a bare "the striker", "the chairman" refers back to: the person the same word introduced
        earlier in the article, written in lower case before the name ("Redmarsh signed striker Elias Varn");
        None when no person was introduced by it."""
        lemma = subj.lemma_.lower()
        entities = self._entities
        if self._role_words is None:  # the words that introduce a person, read once per document
            self._role_words = [t for t in self._compound_nouns(doc) if t.is_lower and t.head.ent_type_ == "PERSON"]
        left = subj.left_edge.i
        for tok in reversed(self._role_words):
            if tok.i >= left or tok.lemma_.lower() != lemma:
                continue
            named = self._entity_at(doc, tok.head.i)
            entity = entities.get(named) if entities is not None and named else None
            if entity is not None and entity.label == "PERSON" and not entities.acts_as_organisation(entity.name):
                return entity.name
        return None

    @staticmethod
    def _compound_nouns(doc: Doc) -> list[Token]:
        """The common nouns of `doc` that are compounds of a word after them ("striker" in "striker Elias Varn"),
        found on the document's arrays rather than by making a Token of every word."""
        arr = doc.to_array([DEP, POS, HEAD])
        found = (arr[:, 0] == doc.vocab.strings["compound"]) & (arr[:, 1] == NOUN_POS) \
            & (arr[:, 2].view(numpy.int64) > 0)
        return [doc[int(i)] for i in numpy.flatnonzero(found)]

    def _described_index(self, doc: Doc, subj: Token) -> str | None:
        """The market index a description of one (`index_descriptions`: "London's top flight", "the blue-chip index")
        stands for as the subject of a market verb: the index named last before it in the text as a clause's subject or
        object ("The FTSE 100 closed lower ... London's top flight closed 38.78 points lower" -> FTSE 100), else the
        first one named after it. None otherwise."""
        if subj.pos_ not in ("NOUN", "PROPN") or not index_description(subj, self.words):
            return None
        for tok in [*reversed(doc[:subj.left_edge.i]), *doc[subj.i + 1:]]:
            if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.pos_ in ("PROPN", "NUM", "NOUN") \
                    and (named := self._numbered_index(doc, tok) or self._index_name(doc, tok)) is not None:
                return named
        return None

    def _numbered_index(self, doc: Doc, subj: Token) -> str | None:
        """A market index whose name ends in its count of shares, which the tagger cuts off the name or reads as a
        figure or a date ("The FTSE 100 rose 0.4%" tagged "FTSE", "the ASX 200 added 0.3%", "the Nifty 50 gained
        0.5%" with "50" the subject, "Japan's Nikkei 225"): the name with its number, when a word of the name is
        one of `index_name_words` or the clause's verb moves a market (`market_verbs`). None otherwise."""
        if subj.pos_ == "PROPN" and subj.i + 1 < len(doc):
            number = doc[subj.i + 1]
            if number.head != subj or number.dep_ != "nummod":
                return None
            end = number
        elif subj.pos_ == "NUM" and subj.i >= 1 and doc[subj.i - 1].pos_ == "PROPN" and doc[subj.i - 1].head == subj \
                and doc[subj.i - 1].dep_ in ("compound", "nmod"):
            number, end = subj, subj
        else:
            return None
        if not re.fullmatch(r"\d{2,4}", number.text) or number.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") \
                or number.i + 1 < len(doc) and (doc[number.i + 1].like_num or doc[number.i + 1].text in ("%", "-")):
            return None
        start = self._name_start(doc, number.i - 1)
        name = doc[start:number.i]
        verb = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else None
        if not any(t.lower_ in self.words.index_name_words for t in name) and not (
                verb is not None and verb.lemma_.lower() in self.words.market_verbs):
            return None
        named = _clean_name(doc[start:end.i + 1].text)
        return None if named.lower() in self.words.not_subjects else named

    def _untagged_subject(self, doc: Doc, tok: Token) -> str | None:
        """The name a proper-noun subject the tagger missed writes ("The Corran 250 is up 9%"), with a number that
        ends it; None for a word of `not_subjects` or a capitalised common word opening the sentence."""
        if tok.pos_ != "PROPN":
            return None
        end = tok.i + 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].like_num and doc[tok.i + 1].head == tok else tok.i
        named = _clean_name(doc[self._name_start(doc, tok.i):end + 1].text)
        if named.lower() in self.words.not_subjects or (tok.i == tok.sent.start and (
                self._common_word(tok) or self._dictionary_word(tok))):
            return None
        return named

    @staticmethod
    def _three_sentences_before(doc: Doc, tok: Token) -> int:
        """Where the window a pronoun or a description looks back over for the person it means starts: the start of
        the third sentence with words before the one of `tok` (or of the text)."""
        start, seen = tok.sent.start, 0
        while start > 0 and seen < 3:
            prev = doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())
        return start

    def _untagged_person_before(self, doc: Doc, pronoun: Token, start: int) -> str | None:
        """The person "he" or "she" opening a clause means when the tagger named no person at all before it: the
        subject of the last sentence before it (from token `start` on) that is a full name the tagger missed, two or
        three capitalised words it tags as nothing and the text never tags an organisation or a place ("Alperen
        Sengun is coming off his third season ... He finished the year with averages of 21.1 points"), whose clause
        says "his" or "her" of it or whose verb is no verb of signing. None otherwise."""
        for sent_start in sorted({t.sent.start for t in doc[start:pronoun.sent.start]}, reverse=True):
            root = doc[sent_start].sent.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ or root.lower_ in self.words.signing_verbs:
                continue
            words = [t for t in doc[subj.left_edge.i:subj.i + 1] if t.dep_ != "det"]
            while words and words[0].lower_ in self.words.player_nouns | self.words.source_people:
                words = words[1:]  # "Striker Joel Varga scored twice": the role opening the sentence is no part of the name
            if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" and not t.ent_type_ for t in words):
                continue
            name = _clean_name(" ".join(t.text for t in words))
            if self._labels_of(name) & {"ORG", "GPE", "LOC", "NORP", "FAC"} or name.lower() in self.words.not_subjects:
                continue
            if any(t.lower_ in ("his", "her") for t in doc[sent_start].sent):
                return name
        return None

    @staticmethod
    def _clause_subject_person(pronoun: Token, found: list) -> str | None:
        """The person of `found` ((mention, name) pairs) that is the grammatical subject of the clause of the possessive
        `pronoun`, in its sentence: the subject of the nearest verb above it, or of the verb a conjoined verb shares its
        subject with ("X did not face a break point and converted five of his 11 chances"); None otherwise."""
        verb = pronoun.head
        # (tokens compare by position: spaCy makes a new Token object on each access, so `verb.head is verb` never
        # holds and a sentence with no verb above the pronoun looped for ever at its root)
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = None
        while True:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        if subj is None or subj.i > pronoun.i:
            return None
        if any(subj.i < ent.start < pronoun.i and ent.root.dep_ in ("dobj", "dative", "iobj") for ent, _ in found):
            return None  # "Murray lost a set point to hand Bautista his first break point": the object's
        return next((name for ent, name in found if ent.start <= subj.i < ent.end
                     and ent.sent.start == pronoun.sent.start), None)

    def _person_before(self, doc: Doc, pronoun: Token) -> str | None:
        """The person "he", "she", "his" or "her" refers to: the person named last before it, in its sentence or
        the three before (a player's or a manager's figures: "Awoniyi scored twice ... He has 14 goals this
        season", "his 31 appearances"), by the full name the article writes. None when the pronoun says or
        expects something (a speaker is a source, not what a figure is about) or no person is named."""
        verb = pronoun.head if pronoun.dep_ in ("nsubj", "nsubjpass") else None
        subject_like = verb is not None or pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass")
        if verb is not None and (verb.lemma_.lower() in self.words.reporting_verbs | self.words.source_verbs
                                 | self.words.forecast_verbs or verb.lower_ in self.words.reporting_verbs) \
                and not moves_a_figure(verb):
            return None  # ("He added nine assists": a verb that takes a figure as its object reports no words)
        start = self._three_sentences_before(doc, pronoun)
        entities = self._entities
        found = []  # (mention, name) of each person named before the pronoun, the last first
        before = [e for e in self._ents[bisect_left(self._ent_starts, start):] if e.end <= pronoun.i]
        if entities is not None and (untagged := [e for e in entities.untagged_people
                                                  if start <= e.start and e.end <= pronoun.i]):
            # a full name the tagger left untagged after a role ("Ardlow striker Tomas Varga had ... With 29 goals
            # ..., it was clear he had"): a person "he" may mean
            before = sorted(before + untagged, key=lambda e: e.start)
        for ent in reversed(before):
            if ent.label_ not in SUBJECT_LABELS or not self._is_name(ent):
                continue
            entity = entities.get(_clean_name(ent.text)) if entities is not None else None
            if entity is None or (entity.label != "PERSON" or entities.acts_as_organisation(entity.name)) \
                    and not entity.introduced:
                continue  # a company the tagger once took for a person (not a name written as a person's: "striker X")
            if ent.label_ != "PERSON" and len(entity.name) <= len(_clean_name(ent.text)):
                continue  # a surname the tagger took for a place ("leaves Defoe, who ...") is the person written in full
            if ent.start > 0 and doc[ent.start - 1].is_lower and doc[ent.start - 1].lower_ in self.words.description_heads:
                continue  # "Austrian side RB Salzburg", "carmaker Torvane Motors": an organisation the tagger calls a person
            if ent.start < pronoun.sent.start and (is_source(ent.root, self.words) or self._is_speaker(ent.root)):
                # "..., as noted by Ann Reid, was Joel Varga. He scored 25 times": who told, in a sentence before, is
                # not whom "he" goes on about (in its own sentence a speaker's "her office" is the speaker's)
                continue
            found.append((ent, entity.name))
        if not found:
            return self._untagged_person_before(doc, pronoun, start) if subject_like else None
        if pronoun.dep_ == "poss" and len(found) > 1 and (bound := self._clause_subject_person(pronoun, found)):
            # "Hurkacz did not face a break point against Zeppieri and converted on five of his 11 break chances": "his"
            # is the clause's subject's, a person named before it in the sentence, not the person named last
            return bound
        last, name = found[0]
        if subject_like and last.start < pronoun.sent.start:
            # a pronoun that is its clause's subject (or owns it: "His 52 goals are a record"), with no person before
            # it in its sentence, continues the subject of the sentence that named the last person ("Adeyemi, 24, has
            # 13 tries, two short of the record of 15 set by Declan Moss. He signed a new three-year contract":
            # Adeyemi), not a person in a phrase of it; when that sentence's subject is itself such a pronoun ("He has
            # the most goals, surpassing Tommy Johnson's 38"), the person it continues
            subject = next((n for e, n in found if e.sent.start == last.sent.start
                            and _phrase_dep(e.root) in ("nsubj", "nsubjpass")), None)
            before = next((t for t in last.sent if t.i < last.start and t.dep_ in ("nsubj", "nsubjpass")
                           and t.head == last.sent.root), None) if subject is None else None
            if before is not None and before.lower_ in self.words.person_pronouns:
                subject = self._person_before(doc, before)
            elif before is not None and before.pos_ == "PROPN" and not before.ent_type_:
                # "Ines Valtorre won the final, beating Sadie Harwell. The 26-year-old took home $412,000": the
                # sentence's subject, a name the tagger missed, not the person in a phrase of it
                subject = self._untagged_subject(doc, before)
            return subject or name
        return name

    def _reports_own_results(self, doc: Doc, subj: Token) -> str | None:
        """The company that says its own results in a clause whose subject is a bare results noun (`result_nouns`:
        "Mahindra said on Tuesday that domestic sales fell 3%", "Torvane reported that revenue rose"): the name that is
        the reporting verb's subject (see `_reported_by`), tagged an organisation and no public body. A story about
        several companies gives each its own figures; a statistics office's "sales" are a place's (a public body), and
        no name owns a noun that has an owner of its own. None otherwise."""
        if subj.lemma_.lower() not in self.words.result_nouns and subj.lower_ not in self.words.result_nouns \
                or any(c.dep_ in ("poss", "det") and c.lower_ not in ("the",) or c.pos_ == "PROPN" for c in subj.children):
            return None
        named = self._reported_by(doc, subj)
        if named is None or "ORG" not in self._labels_of(named):
            return None
        sayer = next((e for e in self._sentence(subj).ents if _clean_name(e.text) == named), None)
        return None if sayer is None or public_body(sayer.root, self.words) else named

    def _reported_by(self, doc: Doc, pronoun: Token) -> str | None:
        """The organisation that says what the clause of `pronoun` states about itself: "Bellway said that it
        had seen a 30% drop in revenue", "Tesco said its sales rose 4%". The pronoun stands in a clause
        reported by a verb whose subject is a name that is not a person's; "it" is that name."""
        tok = pronoun.head if pronoun.dep_ == "poss" else pronoun
        for _ in range(4):
            if tok.dep_ == "ccomp" and tok.head != tok:
                verb = tok.head
                if verb.lemma_.lower() not in self.words.reporting_verbs and verb.lower_ not in self.words.reporting_verbs \
                        and verb.lemma_.lower() not in self.words.source_verbs:
                    return None
                # (the last subject: a dateline's place the parse made a second subject comes first, "Paris (AFP) -
                # French oil major Total said its net profit rose")
                sayer = next((c for c in reversed(list(verb.children)) if c.dep_ == "nsubj" and c.i < pronoun.i
                              and not _bracketed_code(c)), None)
                if sayer is None:
                    return None
                named = self._entity_at(doc, sayer.i)
                if not named or sayer.ent_type_ == "PERSON" and (self._entities is None or not self._entities.acts_as_organisation(named)) \
                        and self._is_person(named):
                    # "Chief executive Moira Delacey said its margins ...": the company, not her; a name tagged a
                    # person that no mention writes as one ("Maruti Suzuki said its sales rose") is the company
                    return None
                return named
            if tok.head == tok:
                return None
            tok = tok.head
        return None

    def _antecedent(self, doc: Doc, subj: Token, place: bool) -> str | None:
        """The name a definite description ("the company", "the packaged-food maker", "the city") refers back to.

        The nearest name before it, in its sentence or the one before, that is not a source, a speaker or a
        person: a place for a place noun, else an organisation (an entity some mention of which is tagged as
        one, since the tagger labels invented names inconsistently). A name two sentences back is out of reach
        ("... sales of Quillbook and Ledger Office helped the software maker ... Investors cheered ... the software
        maker's profit climbed": the text's topic, not the product; session 56).
        """
        start, seen = subj.sent.start, 0
        while start > 0 and seen < 1:
            prev = doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())
        wanted = ("GPE", "LOC") if place else ("ORG", "PRODUCT", "FAC", "NORP")
        for ent in reversed([e for e in self._ents[bisect_left(self._ent_starts, start):] if e.end <= subj.left_edge.i]):
            if ent.label_ not in SUBJECT_LABELS or not self._is_name(ent) or self._is_unit_name(ent.text) \
                    or is_source(ent.root, self.words) or self._is_speaker(ent.root):
                continue
            if self._alias_open(doc, ent) is not None:
                continue  # "Tarnwell Foods Inc. (TSX:TWF)": a listing or a short form in brackets; the name before it is meant
            if not place and ent.sent == subj.sent and ent.root.dep_ in ("nsubj", "nsubjpass"):
                # the subject of the main clause of the same sentence, whatever its label ("Torrel Brands added
                # 3.2% after the cereal maker reported ..."): the tagger often calls a company a person
                return _clean_name(ent.text)
            if self._labels_of(_clean_name(ent.text)) & set(wanted):
                return _clean_name(ent.text)
            if not place and ent.root.dep_ in ("nsubj", "nsubjpass") and self._entities is not None \
                    and self._entities.acts_as_organisation(_clean_name(ent.text)):
                # "as Eastmar accelerates its shift ... The utility generated ...": a one-word name the tagger
                # calls a person, standing as a clause's subject, is the organisation the description means
                return _clean_name(ent.text)
        return None

    def _labels_of(self, name: str) -> set[str]:
        """Every label the tagger gave the entity `name` belongs to, anywhere in the document."""
        entity = self._entities.get(name) if self._entities is not None else None
        return set(entity.labels) if entity else set()

    def _named_part_before(self, doc: Doc, subj: Token) -> str | None:
        """The named part of an organisation that a bare "the unit" or "the division" refers back to.

        The nearest noun phrase before `subj`, in its sentence or the two before, headed by a part
        word and named by a proper-noun modifier ("The Services division", "its Motion Control unit").
        """
        start, seen = subj.sent.start, 0
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())
        for tok in reversed(doc[start:subj.i]):
            if tok.lower_ not in self.words.part_heads or tok.pos_ != "NOUN":
                continue
            names = [t for t in tok.lefts if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
            if names:
                return doc[min(t.left_edge.i for t in names):tok.i + 1].text
            # a part named by a proper noun set off beside it: "Orvane Marine, the group's largest division, ...",
            # "its cloud arm, Halvane Web, ..."
            named = tok.head if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" else next(
                (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None and named.text[:1].isupper():
                left = min([named.i] + [c.i for c in named.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
                return doc[left:named.i + 1].text
        return None

    def _owner_part_before(self, doc: Doc, subj: Token, owner: str) -> str | None:
        """The part of organisation `owner` that a bare "the unit" or "the division" refers back to, when it is
        named after its owner: the nearest organisation before `subj`, in its sentence or the one before, whose
        name starts with the owner's first word and is longer than a short form of it ("Orvane Devices" of
        "Orvane", "Velmont Marine" of "Velmont Group"); else None."""
        start = subj.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        for ent in reversed([e for e in self._ents[bisect_left(self._ent_starts, start):] if e.end <= subj.left_edge.i]):
            name = _clean_name(ent.text)
            if ent.label_ in ("ORG", "PRODUCT") and " " in name and name.split()[0] == owner.split()[0] \
                    and not owner.startswith(name) and self._is_name(ent) \
                    and not is_source(ent.root, self.words):
                return name
        return None

    def _entity_at(self, doc: Doc, i: int) -> str | None:
        """The clean name of the subject entity over token `i`, read once per token of the document."""
        if i not in self._entities_at:
            self._entities_at[i] = self._find_entity_at(doc, i)
        return self._entities_at[i]

    def _find_entity_at(self, doc: Doc, i: int) -> str | None:
        tok = doc[i]
        if not tok.ent_type_ and (full := self._bracketed_short_form(doc, i)) is not None:
            return full  # "Harlow Refinery Limited (HRL) reported ...", the parse making the short form the head
        if tok.ent_type_ in SUBJECT_LABELS:
            for ent in self._sentence(tok).ents:
                if ent.start <= i < ent.end and not self._is_unit_name(ent.text) and self._is_name(ent):
                    start = self._hyphen_start(doc, ent.start) if ent.label_ in ("ORG", "PRODUCT", "FAC") else ent.start
                    name = _clean_name(doc[start:ent.end].text)  # (a player's role, "Fly-half Rhys Carden", is none)
                    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")" \
                            and (entry := self._defined_short_forms().get(doc[ent.end + 1].text)) is not None \
                            and entry[0].endswith(" " + name):
                        return entry[0]  # "Kel Valley Power Company Limited (Kelvo)", tagged from "Valley": the name in full
                    return name
        return None

    def _bracketed_short_form(self, doc: Doc, i: int) -> str | None:
        """The name a short form the tagger left untagged stands for, written in brackets right after the name it is
        defined for ("Harlow Refinery Limited (HRL) reported a 206 percent rise", which the parse may hang on "HRL" as
        the verb's subject; see `_defined_short_forms`): that name, as the article introduces it. None otherwise."""
        tok = doc[i]
        if not (0 < i and i + 1 < len(doc) and doc[i - 1].text == "(" and doc[i + 1].text == ")" and tok.is_alpha):
            return None
        entry = self._defined_short_forms().get(tok.text)
        return entry[0] if entry is not None and abs(entry[1] - tok.idx) < 120 else None

    @staticmethod
    def _hyphen_start(doc: Doc, start: int) -> int:
        """Where an organisation's name begins that the tagger cut at a hyphen of its first word ("Co-operative Bank"
        tagged "Bank", "Anglo-Vale Mining" tagged "Vale Mining"): the capitalised word before the hyphen, the hyphen and
        the word after written with no space between them, right before the entity's `start`; `start` otherwise."""
        k = start - 3
        if k < doc[start].sent.start or doc[k + 1].text != "-" or doc[k].whitespace_ or doc[k + 1].whitespace_ \
                or not doc[k].is_title or not doc[k + 2].is_alpha or not doc[k + 2].whitespace_:
            return start
        return k

    @staticmethod
    def _own_clause_period(sentence: str, span: Span, sent: Span, choice) -> bool:
        """Whether the period `choice` gives figure `span` is written in the figure's own clause: a mention of its
        sentence with no clause break (a comma, a semicolon, a colon, a bracket or a dash) between the two. A carried
        period, or one another clause names, is not."""
        if choice.mention is None or not choice.written:
            return False
        start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
        gap = sentence[end:choice.mention.start] if choice.mention.start >= end else sentence[choice.mention.end:start]
        return not re.search(r"[,;:()\u2014\u2013]", gap)

    def _names_year(self, doc: Doc, offset: int, mention) -> bool:
        """Whether a bare year `mention` (offsets relative to the sentence starting at character `offset`) is part of a
        name, no period: right after a capitalised name it is written with ("Office 2007", "Windows 2000", "Vision 2030":
        a product, a plan, a work; not a month, a place, an event or a word of `year_time_words`, "Budget 2024"), or
        right before a word of `name_year_after` ("the 2024 model year": a product's generation, not when its figures
        are for). Not in a line written in title case, whose capitals say nothing (a headline's "Profit Up In 2024")."""
        if mention.kind != "year":
            return False
        span = doc.char_span(offset + mention.start, offset + mention.end, alignment_mode="expand")
        if span is None:
            return False
        year = next((t for t in reversed(span) if t.like_num), None)
        if year is None or year.i == 0 or not year.text.isdigit():
            return False  # (a year written alone: not "Decree 14/2025", a law's number and the year it was made)
        after = self._text[year.idx + len(year.text):year.sent.end_char].lower()
        if any(re.match(r"\s+" + re.escape(w) + r"\b", after) for w in self.words.name_year_after):
            return True  # "the 2024 model year", "2024 model-year vehicles"
        name = doc[year.i - 1]
        if name.pos_ != "PROPN" or not name.text[:1].isupper() \
                or name.lower_ in self.words.year_time_words or name.lower_ in MONTHS or name.lower_ in DAY_WORDS \
                or name.ent_type_ in ("DATE", "TIME", "EVENT", "GPE", "LOC", "NORP"):
            return False
        words = [t for t in name.sent if t.is_alpha]
        return sum(t.text[:1].isupper() for t in words) * 2 <= len(words)  # not a title-case line

    def _exam_after(self, sentence: str, at: int) -> bool:
        """Whether a noun of rules/frame.json `exam_event_nouns` follows character `at` of `sentence`, at most two words
        on ("last year's exams", "last year's matric examinations"): the year before it owns the exam."""
        nouns = "|".join(re.escape(w) for w in sorted(self.words.exam_event_nouns, key=len, reverse=True))
        return re.match(rf"\s+(?:[^\W\d_]+\s+){{0,2}}(?:{nouns})\b", sentence[at:], re.I) is not None

    def _dates_title(self, doc: Doc, offset: int, mention: PeriodMention) -> bool:
        """Whether period `mention` (offsets relative to the sentence starting at character `offset`) is a year that dates
        a title or honour a person holds (rules/frame.json `title_year_nouns`), before the noun or in its "from" or "of"
        phrase ("Evans Chebet, the 2022 champion,", "2024 Olympic bronze medalist Hellen Obiri", "the champion from 2018
        and 2019"): when the title was won, no period of the sentence's figures, unless a figure is part of the title's
        phrase ("the 2019 winner of 12 races")."""
        if mention.kind not in ("year", "month_year"):
            return False
        span = doc.char_span(offset + mention.start, offset + mention.end, alignment_mode="expand")
        if span is None:
            return False
        tok = next((t for t in reversed(span) if t.like_num), span.root)
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "from 2018 and 2019": the first year's place
        head = tok.head
        ahead = next((t for t in tok.doc[tok.i + 1:min(tok.i + 6, len(tok.doc))]
                      if t.lower_ in self.words.title_year_nouns or t.pos_ not in ("PROPN", "NOUN", "ADJ")), None)
        if ahead is not None and ahead.lower_ in self.words.title_year_nouns \
                and not (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP"):
            # "2030 Olympic bronze medallist Ann Reid", whatever the parse makes of the year (not "In 2030 world champion
            # Ann Reid ran 2:20:14", a year the preposition makes the sentence's period)
            head = ahead
        elif tok.dep_ == "pobj" and head.lower_ in ("from", "of", "in"):
            head = head.head
        elif tok.dep_ not in ("nummod", "compound", "amod", "nmod"):
            return False
        while head.lower_ not in self.words.title_year_nouns and head.dep_ in ("compound", "amod", "nmod") \
                and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "2024 Paris Olympic Marathon bronze medalist": up to the noun the phrase names
        if head.pos_ not in ("NOUN", "PROPN") or head.lower_ not in self.words.title_year_nouns:
            return False
        # (the title's own phrase: the words before it and its "of" or "from" phrase, not a conjunct or a phrase the
        # parse hangs on it: "the 2029 champion, and Sam Dunmore, ..., in 2:06:40 and 2:07:05")
        phrase = [t for left in head.lefts for t in left.subtree] \
            + [t for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "from") for t in c.subtree]
        return not any(t.i in self._covering for t in phrase)

    @staticmethod
    def _mention_verb(doc: Doc, offset: int, mention: PeriodMention) -> Token | None:
        """The verb period `mention` (offsets relative to the sentence starting at character `offset`) hangs on, through
        its preposition or as a bare noun of time ("signed last fall", "set during Hurricane Floyd in 1999"), or None."""
        span = doc.char_span(offset + mention.start, offset + mention.end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        if tok.dep_ == "pobj":
            tok = tok.head
        return tok.head if tok.dep_ in ("prep", "npadvmod", "tmod") else None

    def _dates_modifier(self, doc: Doc, offset: int, mention: PeriodMention) -> bool:
        """Whether period `mention` (offsets relative to the sentence starting at character `offset`) only dates a
        thing a clause describes, a participle or relative clause with no figure in it ("a raise under contracts
        signed last fall", "breaking a slide that started in March", "the firm, which was founded in 1998, said ..."):
        when that thing happened, not the period of the sentence's figures."""
        if mention.kind in ("record_since", "record_since_event"):
            return False
        verb = self._mention_verb(doc, offset, mention)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("NOUN", "PROPN"):
            return False
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "contracts signed last fall"
        relative = verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in verb.children)  # "a slide that started in March"
        if not (participle or relative):
            return False  # nor "the operation to sign him in 2013", whose cost is of that year
        if verb.lemma_.lower() in self.words.publishing_verbs:
            return False  # "a poll published last month put the party on 31%": a poll's figures are of its date
        thing = verb.head
        # the thing is no figure nor part of a figure's phrase ("the €80m paid for him in 2014", "a quarter of the rise
        # recorded over the period"), and no figure is inside the clause ("a deal signed in 2024 for $5m"); a past record
        # a figure is a share of is the record's time only ("97% of the all time peak that occurred in 2008": the share
        # is now, as "above the peak set in 2008" would be)
        record = relative and (thing.lower_ in self.words.record_nouns or thing.lemma_.lower() in self.words.record_nouns)
        return not any(t.i in self._covering for t in verb.subtree) \
            and not any(t.i in self._covering for t in thing.subtree if t.i <= thing.i) \
            and (record or not any(a.i in self._covering for a in list(thing.ancestors)[:3]))

    def _dated_figure_phrase(self, doc: Doc, offset: int, mention: PeriodMention) -> tuple[int, int] | None:
        """The characters (relative to the sentence starting at character `offset`) of the noun phrase holding a figure
        that a participle clause after it dates with period `mention` ("smashing the state record of 61cm set during
        Hurricane Floyd in 1999"): the period of that figure only, as the old record's, never of the sentence's other
        figures ("More than 75cm of rain have fallen ..., smashing ...") nor of the sentences after it. None for any
        other mention (see `_dates_modifier`, the same clause with no figure in its noun's phrase)."""
        if mention.kind in ("record_since", "record_since_event"):
            return None
        verb = self._mention_verb(doc, offset, mention)
        if verb is None or verb.pos_ != "VERB" or verb.dep_ != "acl" or verb.tag_ != "VBN" \
                or verb.head.pos_ not in ("NOUN", "PROPN") or verb.lemma_.lower() in self.words.publishing_verbs:
            return None
        thing = verb.head
        if thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.i in self._covering:
            thing = thing.head.head  # "the record of 61cm set in 1999": the parse hangs the participle on the figure
        if thing.lower_ not in self.words.record_nouns and thing.lemma_.lower() not in self.words.record_nouns:
            return None  # (a record the participle dates: "the record of 61cm set in 1999", "the previous high of 40,712 reached in 2021")
        held = [t for t in thing.subtree if t.i < verb.i and t.i in self._covering]
        if not held or any(t.i in self._covering for t in verb.subtree):
            return None
        first = min(t.i for t in thing.subtree)
        return doc[first].idx - offset, verb.idx - offset

    def _dates_comment(self, doc: Doc, offset: int, mention) -> bool:
        """Whether period `mention` (offsets relative to the sentence starting at character `offset`) only dates a
        speaker's comment, a verb of `comment_verbs` it hangs from ("Retail sales rose 2.2%, the office said in
        September", "officials told reporters in March"): the comment's time, not the figures'; not a poll's or a study's
        (rules/frame.json `poll_words`, `study_nouns`), whose saying is its finding."""
        if self.not_comment_time.match(mention.text):
            return False  # "From January, Ofgem says the bill will go up": when what is said starts, not when it is said
        span = doc.char_span(offset + mention.start, offset + mention.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root  # "in September" (the preposition) or "September" (its object), "last month"
        if tok.dep_ == "pobj":
            tok = tok.head
        verb = tok.head if tok.dep_ in ("prep", "npadvmod", "tmod") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.words.comment_verbs:
            return False
        if any(t.lemma_.lower() in self.words.poll_words | self.words.study_nouns
               for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
            return False  # "In July, a Daily Courier poll said 38% would vote Unity": a poll says what it finds when taken
        # a comment verb with a figure for its object is no comment: "Between 1995 and 2024, the ice sheets added
        # 21.2 mm to sea level", "the firm added 4,000 jobs in March"; nor one whose object is a measure of the figure
        # after "of" ("For the nine-month period ended March 31, the company announced a net profit of Rs5.4 billion":
        # the period of the profit)
        return not any(c.dep_ == "dobj" and (c.like_num or any(n.dep_ == "nummod" for n in c.children)
                                             or any(p.dep_ == "prep" and p.lower_ == "of"
                                                    and any(t.i in self._covering for t in p.subtree)
                                                    for p in c.children))
                       for c in verb.children)

    def _described_organisation(self, t: Token) -> bool:
        """Whether a one-word name the tagger calls a person is introduced as an organisation by a noun of
        rules/frame.json `description_heads` right before it ("Budget carrier Fendley", "Chemicals maker Tessard"):
        people are introduced by their full names, and the small model often takes an unfamiliar company for one."""
        if t.ent_type_ != "PERSON" or t.pos_ != "PROPN":
            return False
        if not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in t.lefts) \
                and any(c.dep_ in ("compound", "appos", "nmod") and c.lower_ in self.words.description_heads
                        and c.i == t.i - 1 for c in t.lefts):
            return True
        # "the country's largest telecom operator Kavir Telnet": a two-word name right after the description's head,
        # the head owned by a place, written with a superlative (a person is never "the largest operator") or with the
        # name of what it makes
        start = t.i
        while start > 0 and t.doc[start - 1].ent_type_ == "PERSON" and t.doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == 0 or t.i - start > 2:
            return False
        head = t.doc[start - 1]
        return head.lower_ in self.words.description_heads and head.pos_ == "NOUN" and any(
            c.dep_ == "poss" or c.tag_ == "JJS" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
        # (or by what it makes: "The Harbor Cola maker Marlow Beverages posted ...")

    def _home_of_name(self, t: Token) -> bool:
        """Whether `t` is a place written as the owner of a name ("Japan's Nikkei 225", "Britain's FTSE 100", "Hong
        Kong's Hang Seng index", "Germany's Halbrecht"): the owned word a proper noun outside the place's name, or a
        market index's head word (rules/frame.json `index_name_words`) after one."""
        if t.ent_type_ not in ("GPE", "LOC") and not (t.ent_type_ == "PERSON" and self._country_tagged_person(t)):
            return False
        while t.dep_ == "compound" and t.head.ent_type_ == t.ent_type_ and t.head.i > t.i:
            t = t.head  # "Hong" of "Hong Kong's"
        if t.dep_ != "poss":
            return False
        owned = t.head
        if owned.pos_ == "PROPN" and (owned.ent_type_ not in ("GPE", "LOC", "NORP") or self._misread_nationality(owned)):
            return True
        if owned.pos_ == "NOUN" and any(c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" and c.pos_ == "PROPN"
                                        and c.i > t.i for c in owned.lefts):
            return True  # "Sri Lanka's Sampath Bank group profits": the bank's home, the bank's profits
        return owned.lower_ in self.words.index_name_words and any(
            c.pos_ == "PROPN" and c.i > t.i for c in owned.lefts if c.dep_ in ("compound", "nmod"))

    def _country_tagged_person(self, t: Token) -> bool:
        """Whether the person the small model tagged at `t` is a country's name (of `demonyms`: "Sri Lanka's Sampath
        Bank"), as it often tags a country before a possessive."""
        name = self._entity_at(t.doc, t.i)
        return name is not None and name.casefold() in self._countries

    def _trading_place(self, doc: Doc, sent: Span, verb: Token | None) -> bool:
        """Whether a share's move is dated by the place where it traded, a session of the day's trading as much as
        "in morning trading" is ("Shares of the lender rose 2% in London trading", "Its shares fell 7% in Frankfurt"):
        a place of the sentence the shares' market verb trades in (see `_trading_venue`). Read only in a sentence
        with a place named in it."""
        return verb is not None and any(
            ent.label_ in ("GPE", "LOC") and self._trading_venue(ent, verb) for ent in self._sentence(sent[0]).ents)

    def _plain_past_move(self, sent: Span, tense: str | None, metric: str | None, q: dict | None = None,
                         lead_day: str | None = None) -> bool:
        """Whether a market's move is told in the plain past of the day's news ("Shares of Quaylight jumped 31.5%, while
        Harlen slipped 0.5%" in a story of a deal struck that day; "The Kestrel 100 closed up 44.60 points to 7,044.74",
        "Brent crude was down 0.8% to $69.01" in a market report that names no day), as a session of the day names
        one: a share price, an index's level or a commodity's price (`subject_metrics`) in the past tense, in a
        sentence with no past perfect, which sets it against an earlier stretch ("Its shares, which had gained 18%
        over three months, fell 2.3%"); a sum of millions or more is no price quoted on a market ("Fuel oil increased
        $0.2 billion" in a trade release: the value of imports); in a story of a day's event its lead names (`lead_day`),
        only a share's move (the event's own day dates the rest: "NPG+ announced on Monday ... Brent crude was up 2.4
        percent after the announcement")."""
        if metric != self.words.subject_metric("shares") and (lead_day is not None or q is not None and q["kind"] in (
                "amount", "change") and abs(q.get("value") or 0) >= 1e6):
            return False
        return tense == "past" and metric is not None and self._market_measure(metric) \
            and not any(t.lower_ == "had" and t.dep_ == "aux" for t in sent)

    def _market_measure(self, metric: str) -> bool:
        """Whether `metric` is a measure a market sets each day: a share price, an index's level, a price of
        `subject_metrics` ("oil price"), maybe per a unit ("oil price per barrel"), or an exchange rate."""
        words = self.words
        level = metric.split(" per ", 1)[0]
        return level in (words.subject_metric("shares"), words.subject_metric("index") or "index level") \
            or level.endswith(" price") and level in words.subject_metric_values() or level.startswith("exchange rate")

    def _trading_session(self, sentence: str) -> bool:
        """Whether `sentence` dates a move by a session of the day's trading it names (rules/frame.json
        `trading_session_phrases`: "in premarket trading", "in early deals", "by 0900 GMT", "this morning") or by a
        time of that day ("Shares in Harlow Foods were up 6% before 10am", "At 9.42 am, the stock was 3% higher")."""
        low = " ".join(sentence.lower().split())
        return bool(_CLOCK_TIME.search(low)) or any(
            re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low) for p in self.words.trading_session_phrases)

    def _topic_before(self, doc: Doc, sent: Span, topic: str | None) -> str | None:
        """The organisation the text is about at `sent`: what "its" and "the company" mean.

        The organisation last named as a grammatical subject in the two sentences before in the same
        paragraph, else the article's lead (see `_lead`); a sentence in between whose subject is a common noun
        about a new thing (`_own_common_subject`) ends the look back.
        """
        lead = self._lead(doc)
        heading = next((e for e in self._sentence(sent).ents if e.start == sent.start), None)
        if heading is not None and heading.label_ in ("ORG", "PRODUCT") and self._heads_its_line(heading) \
                and self._is_name(heading):
            return _clean_name(heading.text)  # "Orla Foods Corp. \u2014 The grocer saw its shares dip 1.6%"
        start, seen, after = sent.start, 0, sent.start_char
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            if self._paragraph_ends(prev, after):
                break  # a new paragraph starts again from the lead: the carry never crosses a blank line
            start, after = prev.start, prev.start_char
            seen += 1
            if prev.start not in self._named_subjects:  # each sentence is looked back on up to twice
                self._named_subjects[prev.start] = self._named_subject(prev)
            if self._named_subjects[prev.start]:
                return self._named_subjects[prev.start]
            if self._own_common_subject(prev):
                break  # "The transaction will see holders get 0.18 shares": a sentence on a new thing ends the carry
        if (country := self._country_section(doc, sent)) is not None:
            return country
        return self._section_of(sent.start_char) or self._taken_over(doc, sent.start_char) or lead or topic

    def _own_common_subject(self, sent: Span) -> bool:
        """Whether the main verb of `sent` has a subject of its own that is a common noun about a new thing ("The
        transaction will see ...", "Investors cheered"), which no name two sentences back carries over: not a
        description of an organisation or a place (`description_heads`: "The utility generated ..."), a result or a
        measure (`result_nouns`, `metric_heads`: "Revenue rose 4%"), nor a noun an owner is written for ("Its 4,600
        stores ...", "the company's sales"), which go on about what the text was about."""
        words = self.words
        for c in sent.root.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.pos_ != "NOUN":
                continue
            lemma, lower = c.lemma_.lower(), c.lower_
            if {lemma, lower} & words.description_heads \
                    or any(t.dep_ == "poss" for t in c.children):
                return False
            if any(e.end <= sent.start and e.label_ == "ORG" and e[-1].lemma_.lower() == lemma for e in self._ents):
                return False  # "The fund said ..." after "The Tarn Pension Fund said ...": the last word of a name named before
            return True
        return False

    def _taken_over(self, doc: Doc, char: int) -> str | None:
        """The company that took the story over before character `char`: a second story inside the page opens a
        paragraph with a new company's full name and its short form in brackets as its subject ("Attock Petroleum
        Limited (APL) reported a surge of 206 percent ...", maybe under its own headline line, after a first story about
        "Pakistan Refinery Limited (PRL)"): "the company" and the bare figures that follow are that company's, from its
        headline line on, until another takes over; in a results story only. Not the lead itself, nor a body that publishes or governs
        (`public_bodies`, `publisher_words`, `governing_body_words`: "The Office for National Statistics (ONS) said
        ..." is a source)."""
        lead = self._lead(doc)
        if lead is None or self._story_kind != "results":
            return None
        found = None
        for full, at in self._defined_short_forms().values():
            start = self._headline_line_before(at)
            if start > char or (found is not None and found[0] > start) or at < self._lead_end(doc):
                continue
            opening = self._text[self._text.rfind("\n", 0, at) + 1:at].strip()
            words = {w.lower() for w in full.split()}
            if opening not in ("", "The", "the") or full == lead or lead in full or full in lead \
                    or words & (self.words.public_bodies | self.words.publisher_words | self.words.governing_body_words) \
                    or (verb := _REPORTS_AFTER.match(self._text, at + len(full))) is None \
                    or (word := doc.char_span(verb.start(1), verb.end(1))) is None or word.root.pos_ not in ("VERB", "AUX"):
                continue
            found = (start, full)
        return found[1] if found is not None else None

    def _headline_line_before(self, at: int) -> int:
        """Where the headline line of a second story inside the page starts, when the paragraph opening at character
        `at` follows one ("Harlow Petroleum quarterly profit surges 206pc" over "Harlow Petroleum Limited (HPL) reported
        ..."): a paragraph of one line, of at most twelve words, with no closing punctuation; `at` otherwise."""
        end = self._text.rfind("\n\n", 0, at)
        if end < 0:
            return at
        before = self._text.rfind("\n\n", 0, end)
        line = self._text[before + 2 if before >= 0 else 0:end].strip()
        if not line or "\n" in line or len(line.split()) > 12 or line[-1] in ".!?:;,\"'\u201d\u2019)":
            return at
        return self._text.index(line, before + 2 if before >= 0 else 0)

    def _lead_end(self, doc: Doc) -> int:
        """Where the headline and the first two sentences end (read once per document)."""
        known = getattr(self, "_lead_end_of", None)
        if known is None or known[0] is not doc:
            sents = lead_sentences(doc.sents, 2)
            self._lead_end_of = known = (doc, sents[-1].end_char if sents else 0)
        return known[1]

    def _country_section(self, doc: Doc, sent: Span) -> str | None:
        """In a disaster story (a word of `disaster_nouns` in the lead) that goes on to another country, the country the
        paragraphs from there on are about: a paragraph whose first sentence names one country (`demonyms`' places),
        other than the one the article leads with, where the disaster is or goes ("Meanwhile, nine people were killed
        after Typhoon Orla swept into Kastrava", "In Kastrava, the storm caused ...") hands the text to that country
        until a later paragraph opens on another country, or on the lead's own; None before any such paragraph or
        outside a disaster story. Read once per document."""
        if "claimx_country_sections" not in doc.user_data:
            sections: list[tuple[int, str | None]] = []
            if self._disaster_story(doc):
                lead = (self._lead(doc) or "").lower()
                places = self.words.demonym_places()
                first = lead_sentences(doc.sents, 2)
                body = first[-1].end_char if first else 0
                # ("Cyclone Orla kills dozens in Valdoria": a country the lead names where the named storm it leads with
                # struck is the storm's own, no section of another country)
                struck = {e.text.lower() for sent in first for e in sent.ents if e.label_ == "GPE"} \
                    if self._lead(doc) in doc.user_data.get("claimx_disaster_names", ()) else set()
                for start in self._paragraph_starts or []:
                    if start < body or start >= len(self._text):
                        continue
                    opening = next((s for s in doc.sents if s.start_char <= start < s.end_char
                                    or s.start_char >= start), None)
                    if opening is None:
                        continue
                    named = {e.text for e in opening.ents if e.label_ == "GPE" and e.text.lower() in places
                             and e.root.dep_ in ("pobj", "dobj")}
                    if len(named) != 1:
                        continue
                    country = named.pop()
                    sections.append((start, None if country.lower() == lead or country.lower() in struck else country))
            doc.user_data["claimx_country_sections"] = sections
        sections = doc.user_data["claimx_country_sections"]
        found = None
        for start, country in sections:
            if start > sent.start_char:
                break
            found = country
        return found

    def _section_headings(self, sents: list[Span], body: int) -> list[tuple[int, str]]:
        """The section headings after the first sentence, as (start character, name or None): a line of its
        own, with a blank line after it, no closing punctuation, at most six words. It names its section's
        subject when all its words are proper nouns inside names and the article has at least two such
        headings with different names ("Marlow County" / "Fenwick County" in a county-by-county round-up);
        else (None) it only ends the section before."""
        found, confirmed = [], set()
        for sent in sents:
            if sent.start < body:
                continue
            text = self._text[sent.start_char:sent.end_char]
            line = text.strip()
            if not line or "\n" in line or not text.endswith("\n\n") and sent.end < len(sent.doc) \
                    or line[-1] in ".!?:;,\"'”’)" or len(line.split()) > 6:
                continue
            words = [t for t in sent if t.is_alpha]
            named = bool(words) and all(t.pos_ == "PROPN" and t.ent_type_ in SUBJECT_LABELS for t in words) \
                or bool(words) and all(t.pos_ == "PROPN" or t.is_title for t in words) and self._named_below(sent, line)
            # a heading that names nothing ("What happens next") still ends the section above
            name = _clean_name(line) if named else None
            if name is None and (contained := self._heading_subject(sent, line)) is not None:
                name = contained
                confirmed.add(contained)
            found.append((sent.start_char, name))
        if len({name for _, name in found if name}) < 2:
            # one named line is no round-up's sections: a photo credit or a stray label ("Getty Images"); unless the
            # heading's name is another company than the one the article leads with, and the sentence under the heading
            # reports on it as its subject ("Quaker Oats Q3 Profit Up 16%" over "Quaker Oats ... said today its
            # third-quarter earnings rose 16 percent", in a page of results that leads with a bank)
            lead = (self._lead(sents[0].doc) or "").lower() if confirmed and sents else ""
            found = [(start, name if name in confirmed and name.lower() not in lead and lead not in name.lower()
                      else None) for start, name in found]
        return found

    def _heading_subject(self, sent: Span, line: str) -> str | None:
        """The company a heading line contains the name of ("Quaker Oats Q3 Profit Up 16%", "Ericsson: Increase and a
        Warning"), when the sentence right under it names that company as its grammatical subject, or opens with it: an
        organisation tagged there whose first word the heading writes as a word of its own. None otherwise."""
        doc = sent.doc
        if sent.end >= len(doc):
            return None
        below = doc[sent.end].sent if not doc[sent.end].is_space else (doc[sent.end + 1].sent if sent.end + 1 < len(doc) else None)
        if below is None:
            return None
        opening = next((t.i for t in below if not t.is_space), below.start)
        words = set(re.findall(r"[\w&.-]+", line))
        for ent in self._ents_in(below):
            if ent.label_ != "ORG" or not ent[0].is_title and not ent[0].is_upper or len(ent[0].text) < 3:
                continue
            if (ent.root.dep_ in ("nsubj", "nsubjpass") or ent.start == opening) and ent[0].text in words \
                    and self._is_name(ent):
                return _clean_name(ent.text)
        # an untagged name the sentence opens with as its subject ("Ericsson posted a 67 percent increase ..."): the run
        # of proper nouns from its first word, which the heading writes (the parser may end a sentence inside it, right
        # under a heading: "Corbell | Foods said today ...")
        run = []
        for t in doc[opening:min(below.end + 6, len(doc))]:
            if t.pos_ != "PROPN" or not (t.is_title or t.is_upper):
                break
            run.append(t)
        if run and run[0].text in words and len(run[0].text) >= 3 and not run[0].ent_type_ \
                and any(t.dep_ in ("nsubj", "nsubjpass") for t in run):
            return _clean_name(" ".join(t.text for t in run))
        return None

    def _named_below(self, sent: Span, line: str) -> bool:
        """Whether a heading the tagger left untagged ("FirstMerit") begins a name tagged in the sentence right under it
        ("Akron-headquartered bank-holding company FirstMerit Corp. reported ..."): a round-up's company heading; or is
        written there again as a proper noun, or by its initials (a round-up's place heading)."""
        doc = sent.doc
        if sent.end >= len(doc):
            return False
        below = doc[sent.end].sent if not doc[sent.end].is_space else (doc[sent.end + 1].sent if sent.end + 1 < len(doc) else None)
        if below is None:
            return False
        if any(ent.label_ in SUBJECT_LABELS and ent.text.startswith(line) for ent in self._ents_in(below)):
            return True
        # a heading the sentence under it writes again as a proper noun, tagged or not ("Sindh" over "Sindh suffered a
        # loss of 10,721 acres", "Punjab" over "In Punjab 2,328 homes were ..."), or its initials ("Khyber Pakhtunkhwa"
        # over "... affected by floods in KP")
        words = line.split()
        n = len(words)
        toks = [t for t in below if not t.is_space]
        initials = "".join(w[0] for w in words) if n > 1 and all(w[:1].isupper() for w in words) else None
        return any(" ".join(t.text for t in toks[k:k + n]) == line and all(t.pos_ == "PROPN" for t in toks[k:k + n])
                   for k in range(len(toks) - n + 1)) or initials is not None and any(
            t.text == initials and t.pos_ == "PROPN" for t in toks)

    def _section_of(self, char: int) -> str | None:
        """The name the section heading above character `char` gives (see `_section_headings`), if any."""
        k = bisect_right(self._heading_starts, char) - 1
        return self._headings[k][1] if k >= 0 else None

    def _named_subject(self, sent: Span) -> str | None:
        """The first organisation named in `sent` as a grammatical subject (or as its owner), else the place it opens
        with in a story about places (see `_place_scope`)."""
        for ent in self._sentence(sent).ents:
            if len(ent) == 1 and ent.start == sent.start and ent.root.pos_ != "PROPN" \
                    and ent.text not in self._mid_capital_words(sent.doc):
                continue  # a capitalised first word mistaken for a name (not one the text capitalises mid-sentence too)
            if not self._is_name(ent) or is_source(ent.root, self.words) and not self._reports_its_own(
                    ent.root.head if ent.root.dep_ == "appos" else ent.root):
                continue  # (a company that "said its revenue climbed" is what the next sentences are about)
            if _clean_name(ent.text) in self._possessed_names(sent.doc):
                # "Its shopping assistant Rufus, ..., has been used by ...": a part the organisation owns, as "its
                # cloud unit, Azure," is; "the company" in the sentences after is still the owner
                continue
            organisation = ent.label_ in ("ORG", "PRODUCT") or (
                self._entities is not None and self._entities.acts_as_organisation(_clean_name(ent.text))
                and not self._is_speaker(ent.root))  # "Eastmar" tagged a person: see ArticleEntities
            if organisation and (ent.root.dep_ in ("nsubj", "nsubjpass") or (
                    ent.root.dep_ == "poss" and ent.root.head.dep_ in ("nsubj", "nsubjpass")
                    or ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass")
                    and ent.root.head.pos_ == "NOUN")
                    # (or set off after the subject's description: "The largest carrier, Pelican Air, said ...")
                    or self._owner_at(ent.root)
                    or self._named_by_copula(ent.root) or self._heads_its_line(ent)):
                return _clean_name(ent.text)
        if (scope := self._place_scope(sent.doc, sent.root)) is not None:
            return scope  # "In Tamsin, the storm caused three deaths. More than 15,000 people fled": the place the
            # sentence opens with, in a story about places, is what the next sentences of its paragraph are about
        return self._figure_mover(sent)

    def _owner_at(self, tok: Token) -> bool:
        """Whether a name is the owner of its clause's subject, a result written before it with "at" or "for"
        ("Profit at Dallas-based Corvel fell to $5 million", "Sales for Harwick rose 4%"): whose figures the next
        sentences of the paragraph give ("Revenue rose 18 percent")."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("at", "for"):
            return False
        owned = prep.head
        return owned.dep_ in ("nsubj", "nsubjpass") and (owned.lemma_.lower() in self.words.result_nouns
                                                         or owned.lower_ in self.words.result_nouns)

    @staticmethod
    def _heads_its_line(ent: Span) -> bool:
        """Whether a name opens its sentence as a heading before a dash or a colon, the way a digest paragraph names the
        company it is about ("Corvane Inc. \u2013 Shares leapt 25% ...", "Orla Foods Corp.: The grocer ...")."""
        doc = ent.doc
        return ent.start == ent.sent.start and ent.end < len(doc) and doc[ent.end].text in ("-", "\u2013", "\u2014", ":")

    def _figure_mover(self, sent: Span) -> str | None:
        """A name the tagger missed as the subject of the sentence's main verb, when that verb is a market move of a
        figure (`market_verbs`: "NetCorva rose $1.37 to $64", "Brenmoor fell 19 cents"; see `_untagged_subject`): what the next sentences
        of a market digest's paragraph are about. None otherwise."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or root.pos_ not in ("VERB", "AUX") or subj.ent_type_ or not moves_a_figure(root) \
                or root.lemma_.lower() not in self.words.market_verbs or calendar_word(subj):
            return None
        return self._untagged_subject(sent.doc, subj)

    def _placed_name(self, t: Token) -> bool:
        """Whether `t`, tagged a person's name, is a one-word name written where a place is ("Firefighters in Kelburn
        attended 2,340 incidents", "Parking charges in Delford town centre"): the object of "in" (or a name before the
        noun that is), and the article never writes it as a person's full name (see `ArticleEntities.acts_as_organisation`).
        The small model takes many an invented town for a person."""
        entity = self._entities.get(t.text) if self._entities is not None else None
        if entity is None or entity.name != t.text or not self._entities.acts_as_organisation(t.text):
            return False  # (not the first word of a longer name the article writes: "Ardlow" of "the Ardlow Executive")
        held = t.head if t.dep_ in ("compound", "nmod") and t.head.dep_ == "pobj" else t
        return held.dep_ == "pobj" and held.head.lower_ == "in"

    @staticmethod
    def _named_by_copula(tok: Token) -> bool:
        """Whether `tok` is what a description is said to be: "the next worst trust was the Rotherham NHS
        Foundation Trust", "The biggest faller was Quenby Mutual". The description is a common noun, so the
        name is what the sentence is about."""
        if tok.dep_ != "attr" or tok.head.lemma_ != "be":
            return False
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ == "NOUN" and any(c.dep_ == "det" for c in subj.children)


def _bracketed_code(tok: Token) -> bool:
    """Whether `tok` is a code in capitals in brackets right after a name, a company's ticker ("Corvel Plc. (CRV.L)
    reported that its ...", which the parse may make a second subject of the verb): no name of its own."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")" \
        and tok.text.replace(".", "").replace(":", "").isupper()
