"""Owners of a figure: the entity a figure's words name, trading venues, owners of a measure or a whole, names in
lists and brackets, players a fee is paid for.

A part of `ClaimFinder` (components/claims.py), which mixes it in; its methods read the finder's state."""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from claimx.frame import dictionary
from claimx.frame.subject import is_venue, is_funder, is_source, public_body
from claimx.components.claim_helpers import (NOT_SUBJECT_ENTS, SUBJECT_LABELS, _CALENDAR_WORDS, _DASH_LABEL_LINE,
                                             _PIPE_LABEL_LINE, _LABEL_LINE, _LIST_ITEM, _age_noun, _camel_case, _clean_name, calendar_word)

# a heading line of a name and a lower-case noun, maybe with where it is: "Marlow fire in Esk County", "Tarn fire, Esk
# County"
_KIND_HEADING = re.compile(r"(?m)^([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}) ([a-z]+)"
                           r"(?:,? (?:in|near|at) [A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|of|and|the))*"
                           r"|, [A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|of|and|the))*)?[ \t]*$")

# The units of a time run or played ("in 1:36:44", "in 2 hours 5 minutes"): a gapped item's name before "in" owns it.
_TIME_RUN_UNITS = frozenset({"second", "minute", "hour"})


# a name in capitalised words (small joining words between them) and a short form in brackets right after it:
# "Harlow Refinery Limited (HRL)", "the Bank of Valdoria (BOV)", "Marlow & Sons (M&S)"
_DEFINED_NAME = re.compile(r"((?:[A-Z][\w'&.-]*|&)(?:[ \t]+(?:[A-Z][\w'&.-]*|of|and|for|the|de|du|la|&))*)[ \t]*"
                           r"\(([A-Z][A-Za-z&]{1,6})\)")



def _fewer_words(name: str, full: str) -> bool:
    """Whether `name` is `full` with some of its middle words left out, two words or more: "Tarn Bank" of "Tarn National
    Bank"."""
    words, whole = name.split(), full.split()
    if len(words) < 2 or len(words) >= len(whole) or words[0] != whole[0] or words[-1] != whole[-1]:
        return False
    at = 0
    for w in words:
        if w not in whole[at:]:
            return False
        at = whole.index(w, at) + 1
    return True


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether `short`, one word of three letters or more in brackets after the name `words`, is a shortening of it:
    its first letter the name's first, its other letters found in the name's in order ("Kapco" of "Kot Addu Power
    Company Limited")."""
    if len(short) < 3 or not short.isalpha() or short[0] != words[0][:1]:
        return False
    rest = "".join(words)[1:].lower()
    at = 0
    for c in short[1:].lower():
        at = rest.find(c, at) + 1
        if at == 0:
            return False
    return True

# an item of a list set off by semicolons, up to a figure: its name, a comma, maybe a word of moving, maybe the item's
# move and "at" or "to" before its level ("Kel and Kel, 3.36 percent at ", "and Harlow Motors, up 2.37 percent at ")
_SEMICOLON_ITEM = re.compile(r"\s*(?:and\s+)?([A-Z][\w.&'\u2019-]*(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w.&'\u2019-]*){0,4})"
                             r"(?:\s*\([A-Z]{2,6}\))?,\s*"
                             r"(?:(?:up|down)\s+)?(?:[^\s;:,]+(?:\s+(?:per\s+cent|percent|points))?\s+(?:at|to)\s+)?")


class SubjectOwners:
    """Owners of a figure: the entity a figure's words name, trading venues, owners of a measure or a whole, names in"""

    def _entity_candidate(self, doc: Doc, found: Span, verb: Token | None) -> tuple | None:
        """What entity `found` of a sentence offers a figure governed by `verb` as its subject, read once per entity
        and verb (the figures of a clause share both; only the distance to the figure is the figure's own):
        (the name's start and end tokens, its name, the candidate's reason, and its organisation, holds_clause,
        source, speaker and salience features); None when it offers nothing (see `_subject_candidates`)."""
        key = (found.start, found.end, verb.i if verb is not None else -1)
        if key in self._entity_candidates:
            return self._entity_candidates[key]
        offered = None
        if (named_entity := self._named_entity(doc, found)) is not None and not self._trading_venue(found, verb) \
                and not self._destination(found):
            e, name, organisation, speaks, salience = named_entity
            if verb is not None and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head != verb \
                    and not e.root.head.is_ancestor(verb) and (e.start > verb.i or e.root.head.dep_ == "advcl" or e.root.head.dep_ == "relcl"
                                               and e.root.head.head.ent_type_ in ("DATE", "TIME")):
                # the subject of a later clause that does not govern the figure's: "..., and Fire Station 12 will
                # lose"; or of a clause that only dates it: "In 2015, when the Paris Agreement was signed, wind and
                # solar generated 4.6% of global electricity"
                pass
            else:
                source = is_source(e.root, self.words, verb)
                spoke = speaks and e.root.head != verb  # "Pellam Foods added 4.6%" is no speaker
                speaker = spoke and not organisation
                # a person or place that reports a figure, or who paid for the work, is never what it is about
                # (nor a university whose researchers found it: "cut their risk by 62%, the researchers from the
                # University of Kelby found" is about the walkers, not the university)
                if not (not organisation and (source or speaker) or source and (
                        is_funder(e.root, self.words) or public_body(e.root, self.words) or is_venue(e.root, self.words)
                        or any(t.lower_ in self.words.academic_words for t in e))):
                    offered = (e.start, e.end, name, "source_only" if source or spoke else "named_in_sentence",
                               float(organisation), float(self._holds_clause(e, verb)), float(source or spoke),
                               float(speaker), salience)
        self._entity_candidates[key] = offered
        return offered

    def _destination(self, found: Span) -> bool:
        """Whether a name is where goods went or came from: the object of "to" or "from" hung on a noun of
        `destination_nouns` ("Shipments to China jumped 14%", "imports from Japan fell"): the exporter's or
        importer's figure, not the place's."""
        root = found.root
        return root.dep_ == "pobj" and root.head.lower_ in ("to", "from") \
            and root.head.head.lemma_.lower() in self.words.destination_nouns

    def _trading_venue(self, found: Span, verb: Token | None) -> bool:
        """Whether a place is where what a figure moves trades ("Its shares rose 3.1% to $48.20 in New York",
        "Shares of the company rose 2% in London trading", "Cocoa futures jumped 6% to $8,400 a tonne in New York"):
        the object of "in" or "on" on the market verb (or on a noun after it) whose subject is a traded thing, a word
        of `subject_metrics` that names a price or an index's level (shares, stocks, futures, a commodity) or a
        currency. The figure is the company's or the commodity's, never the place's, and the place leads no story."""
        root = found.root.head if found.root.dep_ == "compound" else found.root  # "in London trading"
        # (an exchange the tagger calls an organisation, "on" it: "closed 1.4 per cent higher at Rs 152.30 on the BSE")
        exchange = found.label_ == "ORG" and root.head.lower_ == "on"
        if verb is None or found.label_ not in ("GPE", "LOC") and not exchange or root.dep_ != "pobj" \
                or root.head.lower_ not in ("in", "on") or verb.lemma_.lower() not in self.words.market_verbs:
            return False
        attached = root.head.head  # the verb, or a noun or figure on it ("to $48.20 in New York", "in London trading")
        for _ in range(3):
            if attached == verb or attached.pos_ not in ("NOUN", "NUM", "ADP", "SYM") and not (
                    exchange and attached.pos_ == "VERB" and attached.dep_ in ("xcomp", "advcl")):
                break  # (a verb of the close the market verb goes on to: "gained 4.55% to close at Rs 174.55 on BSE")
            attached = attached.head
        if attached != verb:
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and (subject.lower_ in self.words.currencies or any(
            (said := self.words.subject_metric(w) or "").endswith(("price", "prices")) or said.startswith("index level")
            for w in (subject.lower_, subject.lemma_.lower())))

    def _venues(self) -> frozenset[str]:
        """The places the text names only as where what its clauses move trades (see `_traded_in`: "Copper rose 2.1%
        to $9,400 a tonne in London", "Cocoa futures jumped 6% in New York"): no place a story is about, so never the
        article's lead place. Read once per document, from its places' mentions (as the entity table names them)."""
        traded: dict[str, bool] = {}
        for ent in self._ents:
            if ent.label_ in ("GPE", "LOC") and (entity := self._entities.get(ent.text)) is not None:
                traded[entity.name] = traded.get(entity.name, True) and self._traded_in(ent.root, ent)
        return frozenset(name for name, only in traded.items() if only)

    def _traded_in(self, tok: Token, ent: Span | None = None) -> bool:
        """Whether a place's word (of the entity `ent`, when the caller has it) is where what its clause moves trades
        (see `_trading_venue`: "Cocoa futures jumped 6% to $8,400 a tonne in New York"): the market verb is the
        nearest verb above it; not where bare shares move ("Shares slip in London": that place's market is what the
        report is about). The sentence's entities are read only past the cheap tests."""
        if tok.ent_type_ not in ("GPE", "LOC") or tok.dep_ not in ("pobj", "compound"):
            return False
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.words.market_verbs:
            return False
        moved = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if moved is not None and moved.lower_ in self.stock_nouns and not any(
                c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in moved.children):
            return False  # "Shares slip in London": the place's own market, what a market report is about
        if ent is None:
            ent = next((e for e in self._sentence(tok).ents if e.start <= tok.i < e.end), None)
        return ent is not None and self._trading_venue(ent, verb)

    def _alias_open(self, doc: Doc, ent: Span) -> int | None:
        """Where the brackets open when `ent` stands in them right after a name, as its ticker, listing or short
        form ("Halfords (HFD)", "Walmart (NYSE:WMT)", "Analog Devices (ticker: ADI)", a word of `ticker_exchanges`
        before the colon, "the Office for National Statistics (ONS)"): the name before them is the candidate, not
        the alias. None otherwise."""
        sent = ent.sent
        k = next((i for i in range(ent.start - 1, max(sent.start, ent.start - 3) - 1, -1) if doc[i].text == "("), None)
        close = next((i for i in range(ent.end, min(sent.end, ent.end + 3)) if doc[i].text == ")"), None)
        if k is None or close is None or k - 1 < sent.start or doc[k - 1].pos_ != "PROPN":
            return None
        inside = doc[k + 1:close]
        return k if all(t.pos_ in ("PROPN", "PUNCT") or t.is_upper or t.lower_ in self.words.ticker_exchanges
                        for t in inside) else None

    def _spelled_out(self, doc: Doc, name: str) -> str | None:
        """The full name a short form in capitals stands for where the text spells it out once, in brackets after
        the name ("the Federal Board of Revenue (FBR)": a later "the FBR collected Rs 576 billion" is the board's),
        the short form's first letter the full name's first capital; None for any other name. The table is built
        once per document from the tagger's names in brackets (see `_alias_open`)."""
        if self._spelled_out_names is None:
            table: dict[str, str] = {}
            for ent in self._ents:
                short = ent.text.strip()
                if not (short.isupper() and short.isalpha() and len(short) >= 2) \
                        or (k := self._alias_open(doc, ent)) is None:
                    continue
                full = _clean_name(self._aliased(doc, ent, k).text)
                capitals = [w[0] for w in full.split() if w[:1].isupper()]
                if " " in full and capitals and capitals[0] == short[0] and not full.isupper():
                    table.setdefault(short, full)
            self._spelled_out_names = table
        if (full := self._spelled_out_names.get(name)) is not None:
            return full
        if (entry := self._defined_short_forms().get(name)) is not None:
            return entry[0]
        # the name the article introduced in full, written again without its company suffix ("Harlow Refinery" after
        # "Harlow Refinery Limited (HRL)"), or by its first words when the lead introduces it ("Marlow Chemicals stock
        # zooms" over "Shares of Marlow Chemicals and Fertilisers Ltd (MCFL) on Tuesday soared ..."), or by some of its
        # words, its first and last among them ("Tarn Bank shares rise" over "Shares of Tarn National Bank (TNB) ...")
        lead_end = self._lead_end(doc)
        return next((full for full, at in self._defined_short_forms().values() if full.startswith(name + " ") and (
            at < lead_end or all(w.rstrip(".").lower() in self.words.company_suffixes for w in full[len(name) + 1:].split()))
            or at < lead_end and _fewer_words(name, full)), None)

    def _defined_short_forms(self) -> dict[str, tuple[str, int]]:
        """The article's table of the names it introduces with a short form in brackets right after them, read once
        per document from the text itself (the tagger often misses an unfamiliar company's name): short form -> (the
        full name as written, with its "&" and hyphens, and where it is introduced). A short form is two to seven
        letters, two capitals or more ("PRL", "BoE", "M&S"), the initials of the full name's capitalised words, of all
        its words, or of those before a company suffix (`company_suffixes`): "Harlow Refinery Limited (HRL)", "Shares of
        Tarn National Bank (TNB)" -> "Tarn National Bank", "The Kestrel Farmers Party (KFP)"; or one word that opens with
        the name's first letter and takes the rest of its letters from the name in order ("Kot Addu Power Company Limited
        (Kapco)"). The first definition of a short form counts; a stock exchange's letters (`ticker_exchanges`: "the
        Bombay Stock Exchange (BSE)") are kept, the name its indexes and tickers go by, and so is an index's short name
        (`index_name_words`: "the 30-scrip Sensitive Index (Sensex)")."""
        if self._defined_names is None:
            table: dict[str, tuple[str, int]] = {}
            for m in _DEFINED_NAME.finditer(self._text):
                short = m.group(2)
                if short in table or short.lower() in self.words.ticker_exchanges | self.words.index_name_words:
                    continue  # (an exchange goes by its letters, as its indexes do: "the BSE Sensex"; an index by its
                    # short name: "the Sensitive Index (Sensex)")
                words = m.group(1).split()
                for k in range(len(words) - 1):
                    if not words[k][:1].isupper():
                        continue
                    part = words[k:]
                    capitals = [w for w in part if w[:1].isupper()]
                    forms = {"".join(w[0] for w in capitals), "".join(w[0] for w in part).upper()}
                    if capitals and capitals[-1].rstrip(".").lower() in self.words.company_suffixes:
                        forms.add("".join(w[0] for w in capitals[:-1]))
                    letters = short.replace("&", "")
                    if (letters.upper() in {f.upper() for f in forms if len(f) >= 2} and sum(c.isupper() for c in short) >= 2
                            or k == 0 and _abbreviates(short, part)) and len(capitals) >= 2:
                        full = " ".join(part)
                        if full.lower() != full and full.split()[0].lower() not in ("the", "a", "an") \
                                and not any(w.lower() in self.words.index_name_words for w in part):  # ("Kospex")
                            table[short] = (full, m.start(1) + len(" ".join(words[:k])) + (1 if k else 0))
                        break
            self._defined_names = table
        return self._defined_names

    def _introduced_name(self, doc: Doc, short: str) -> str | None:
        """The full name a short form stands for that the text introduced before it, though not in brackets: a word
        of two to six letters, two or more of them capitals ("BoE", "RBA"), whose letters are the first letters of every
        word of a name of two or more words the tagger found earlier in the text, small words too ("the Bank of England
        ... the BoE's nine rate-setters" -> "Bank of England"), or of its capitalised words ("the Reserve Bank of
        Australia ... the RBA"); a headline's short form counts from its first use in the body ("RBA keeps key cash rate
        on hold" over "The Reserve Bank of Australia ... said"). A reader looks the figure up by the name the article
        introduced. None otherwise."""
        if not (2 <= len(short) <= 6 and short.isalpha() and sum(c.isupper() for c in short) >= 2
                and short[0].isupper()):
            return None
        headline_end = self._text.find("\n", len(self._text) - len(self._text.lstrip()))
        first = re.compile(rf"(?<!\w){re.escape(short)}(?!\w)").search(self._text, max(headline_end, 0))
        if first is None:
            return None  # (a headline's short form, "RBA keeps key cash rate on hold", is introduced in the body)
        letters = short.lower()
        for ent in self._ents:
            if ent.start_char >= first.start():
                break
            if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or " " not in (full := _clean_name(ent.text)):
                continue
            words = re.findall(r"[A-Za-z][\w'&-]*", full)
            if "".join(w[0] for w in words).lower() == letters \
                    or "".join(w[0] for w in words if w[0].isupper()).lower() == letters:
                return full
        return None

    def _aliased(self, doc: Doc, ent: Span, k: int) -> Span:
        """The name an alias in brackets opening at token `k` stands for: the whole entity the brackets follow
        ("the Office for National Statistics (ONS)"), else the proper nouns before them."""
        whole = next((e for e in self._sentence(ent).ents if e.end == k and e.label_ in SUBJECT_LABELS), None)
        if whole is not None:
            return Span(doc, whole.start, k, label=whole.label_)
        return Span(doc, self._name_start(doc, k - 1), k, label=ent.label_)

    def _moved_market(self, span: Span) -> Token | None:
        """The direct object a verb moves by the figure through a word of moving (`move_particles`) right before it
        ("sending its shares up 6%", "sent the stock down 3.9%"): the Token, else None."""
        tok = span.root
        if tok.dep_ != "npadvmod" or (particle := tok.head).lower_ not in self.words.move_particles \
                or particle.i != span.start - 1:
            return None
        verb = particle.head
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i < particle.i), None)

    def _moved_object(self, doc: Doc, span: Span, topic: str | None) -> str | None:
        """The name a verb moves by the figure: the figure hangs on a word of moving (`move_particles`) of a verb
        with a direct object ("dragging the Carlton 100 down 0.6% to 8,212 points", "pushed Renholt up 4%"). A
        market report's causes move indexes and shares that are not the clause's subject. None otherwise, or
        when the object names no one."""
        tok = span.root
        if tok.dep_ == "pobj" and tok.head.lower_ == "to":
            tok = tok.head  # "down 0.6% to 8,212 points"
        if tok.dep_ not in ("npadvmod", "prep"):
            return None
        particle = tok.head
        if particle.lower_ not in self.words.move_particles and tok.lower_ == "to":
            # "to 6,140 points" hung on the verb: the verb's (or its object's) word of moving
            particle = next((c for t in (particle, *(c for c in particle.children if c.dep_ == "dobj"))
                             for c in t.children if c.lower_ in self.words.move_particles and c.i < tok.i), particle)
        if particle.lower_ not in self.words.move_particles:
            return None
        # "dragging the Tarrant 150 down 0.8%": the word hangs on the verb or on its object
        obj = particle.head if particle.head.dep_ == "dobj" else next(
            (c for c in particle.head.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i > particle.i:
            return None
        if {obj.lemma_.lower(), obj.lower_} & (self.words.rise_nouns | self.words.fall_nouns | self.words.change_nouns):
            return None  # "Indonesian output saw the largest decline in Q3 - down 41%": the change is the subject's
        if doc[particle.i - 1].text == "," and not any(t.ent_type_ or t.pos_ == "PROPN" for t in obj.subtree):
            return None  # a change set off after an object that names no one: "612,400 people attended clinics, up 4.1%"
        if obj.pos_ == "PROPN":
            number = next((c for c in obj.children if c.dep_ == "nummod" and c.i == obj.i + 1), None)
            if number is not None:  # "the Tarrant 150": a name ending in a number, which the tagger splits
                return _clean_name(doc[self._name_start(doc, obj.i):number.i + 1].text)
            return self._entity_at(doc, obj.i)
        return self._subject_phrase(doc, obj, topic) if obj.lower_ not in self.words.pronouns else None

    def _untagged_owner(self, doc: Doc, j: int) -> str | None:
        """The name the tagger missed that owns a figure, ending at token `j` before "'s": proper nouns, or a
        capitalised word and a number ("the Marlow 400's 11 sectors", "Route 9's 22 stops"); not a capitalised
        common word opening the sentence, nor a word of `not_subjects`. None otherwise."""
        sent = doc[j].sent
        end = j
        if doc[j].like_num and j not in self._covering and j - 1 >= sent.start and (
                doc[j - 1].pos_ == "PROPN" or doc[j - 1].is_title):
            j -= 1  # a name ending in a number, also opening the sentence ("Route 9's")
        if doc[j].pos_ != "PROPN" and not (end != j and doc[j].is_title):
            return None
        start = self._name_start(doc, j)
        name = _clean_name(doc[start:end + 1].text)
        if name.lower() in self.words.not_subjects or (start == end and start == sent.start and self._common_word(doc[start])):
            return None
        return name

    def _apposed_name(self, doc: Doc, span: Span) -> str | None:
        """The name an apposition holding the figure describes: "CORVIS, a 15-year study funded by the
        institute, ...", "Harwick Stores, a chain with 4,600 stores, ...": the figure is the named thing's. The
        figure hangs on the apposition's head through nouns and prepositions only (not a clause of its own,
        "Arveld, which supplies ..."), and what the apposition describes is a name (an entity or a proper noun
        the tagger missed). None otherwise."""
        tok = span.root
        for _ in range(5):
            if tok.dep_ == "appos":
                head = tok.head
                if head.i in self._covering:
                    return None  # not a unit the parser took for a name: "lost 48 Gt a year, a near tripling"
                if self._in_dateline(head):
                    return None  # "New Delhi: The Harlow Party, which won 19 seats, ...": a dateline's place
                if head.dep_ == "pobj" and self._names_a_move(tok):
                    return None  # "earned $12 billion from Z-Pay, a 9 percent jump": the move restates the figure
                if tok.left_edge.i >= span.start and head.dep_ == "pobj" and doc[tok.left_edge.i - 1].text == ",":
                    # an "apposition" opening with the figure is the next item of a list the parser chained to a name
                    # ("includes $260,000 for the Tax Office, $150,000 increase in mental health funding"), not a
                    # description of it, which opens with "a" or "the" ("Harwick, a chain with 4,600 stores")
                    return None
                if head.pos_ != "PROPN" and not head.ent_type_:
                    # a named thing that is no entity: "the Eastside bus rapid transit line, a 14-mile project"
                    return self._named_thing(doc, head) if head.pos_ == "NOUN" and head.dep_ != "ROOT" else None
                if self._in_dateline(head):
                    return None  # "Mumbai: The Greens, which won 19 seats, got 22 per cent", hung on the dateline
                return self._entity_at(doc, head.i) or self._untagged_subject(doc, head)
            if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "npadvmod", "pobj", "prep", "nmod", "dobj", "acl") \
                    or tok.head == tok:
                return None
            tok = tok.head
        return None

    def _where_holder(self, doc: Doc, span: Span) -> str | None:
        """The name a "where" clause holding the figure describes ("This was followed by Harlow General Hospital, where
        46 per cent of patients waited more than four hours", "steepest in Kelby, where prices dropped 12%"): the
        figure is counted at that organisation or place. None otherwise."""
        verb = self._governing_verb(span)
        if verb is None or verb.dep_ != "relcl" \
                or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            return None
        head = verb.head
        if head.ent_type_ not in ("ORG", "GPE", "LOC", "FAC") or self._in_dateline(head):
            return None
        name = self._entity_at(doc, head.i)
        if name and any(w.lower() in self.words.academic_words for w in name.split()):
            return None  # "run on a supercomputer at the University of Tromsvik, where each of the 240 simulations ...":
            # where a study's work was done, no one its figures are about
        return name

    def _names_a_move(self, tok: Token) -> bool:
        """Whether the apposition head `tok` names a move of a figure ("a 9.1 percent jump", "a rise of 3 cents":
        `rise_nouns`, `fall_nouns`, `change_nouns`), which restates the clause's figure rather than describing the
        name the parser hung it on ("earned Sh12 billion from Z-Pay, a 9.1 percent jump")."""
        lemma = tok.lemma_.lower()
        return lemma in self.words.rise_nouns or lemma in self.words.fall_nouns or lemma in self.words.change_nouns

    def _with_holder(self, doc: Doc, span: Span, topic: str | None) -> str | None:
        """The name a "with" phrase holding the figure describes: "Dunlow, with 1,200 nurses, has ...", "Brannock, with a
        2,310-strong workforce covering three hospitals, ..." -> Dunlow, Brannock; also the name the parse makes a
        compound of a clause it cut into a noun ("Co Ardlow fares best, with 596 nurses per 100,000 people", "fares" the
        noun). The name is the subject the phrase stands after; the figure hangs on "with" through nouns, prepositions
        and a participle only (not a clause of its own). None otherwise, and for a "with" on a verb, whose subject is
        the verb's (a candidate already)."""
        tok = span.root
        for _ in range(6):
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
                holder = tok.head.head
                if holder.i in self._covering or span.start <= holder.i < span.end:
                    return None
                if holder.dep_ in ("nsubj", "nsubjpass") and (holder.pos_ == "PROPN" or holder.is_title):
                    # (a "with" on a name elsewhere, "six points behind Ashcombe, with 15 matches left", is no such
                    # description; "Cork", a common noun too, is a name where it is written with its capital)
                    return self._subject_phrase(doc, holder, topic)
                named = next((c for c in holder.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                              and c.i == holder.i - 1), None)
                if holder.dep_ == "ROOT" and holder.pos_ == "NOUN" and named is not None:
                    return self._entity_at(doc, named.i)
                return None
            if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "advmod", "npadvmod", "pobj", "prep", "nmod",
                                "dobj", "acl") or tok.head == tok:
                return None
            tok = tok.head
        return None

    def _owner_of_whole(self, doc: Doc, span: Span) -> str | None:
        """The name owning the whole a share or part is "of": "more than 60 per cent of Isvardi's surface", "12 of
        Norland's 20 largest lenders". None when the whole has no named owner, or when the figure's verb has a subject
        that names or has an owner ("The bay's kittiwakes make up about 4% of Eiremar's population" are the bay's)."""
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
            return None
        verb = self._governing_verb(span)
        subj = self._verb_subject(doc, verb) if verb is not None else None
        if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ or any(c.dep_ == "poss" for c in subj.children)):
            return None
        if self._world_whole(span.root):
            return "world"  # "10% of global electricity generation", "36% of the world's electricity"
        if subj is not None and subj.pos_ == "PRON":
            return None
        for prep in span.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    owner = next((c for c in pobj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                    if owner is not None:
                        return self._entity_at(doc, owner.i) or self._untagged_owner(
                            doc, max(t.i for t in owner.subtree if t.dep_ != "case"))
        return None

    def _owner_of_measure(self, doc: Doc, span: Span) -> str | None:
        """The named owner of the measure a figure is "of": "Whole Foods' Thursday closing stock price of $33.06",
        "Harwick's revenue of $3.1 billion"; also the level a named owner's change reaches, "to" after a change noun
        ("followed by Corvex's 0.9 per cent drop to $24.65", the parse may take the noun for a verb). None when the
        measure has no named owner."""
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "to" and (root.head.head.lower_ in self.words.rise_nouns
                                                                 or root.head.head.lower_ in self.words.fall_nouns):
            noun = root.head.head  # "Corvex's 0.9 per cent drop to $24.65": the owner may hang on the change's figure
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
                return None  # a verb with its subject: "grants to Ardlow's councils rise to £1.06 billion"
            owner = next((t for t in doc[noun.left_edge.i:noun.i] if t.dep_ == "poss" and t.pos_ == "PROPN"), None)
            return self._entity_at(doc, owner.i) if owner is not None else None
        held = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("at", "of") else None
        noun = held.head if held is not None and held.dep_ in ("amod", "compound") else held  # "its previous day close at"
        if held is not None and noun.pos_ == "NOUN" \
                and (its := next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "its"), None)) \
                and {held.lower_, noun.lower_} & {p.split()[-1] for p in self.words.previous_close_words}:
            # "closed at 20,399.42 points, gaining 1.02 percent from its previous day close at 20,194.40 points": the
            # close is the clause's subject's, not a name the sentence brings in ("of the Bombay Stock Exchange")
            return self._it_refers_to(doc, its)
        if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
            return None
        noun = root.head.head
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            return self._entity_at(doc, owner.i)
        # "the European Union level of 7.5 tonnes", "a Valdoria average of 6.3%": a place or a body named right before
        # a level or an average (`average_nouns`, `stated_as_nouns`), as its modifier, owns it as "Valdoria's average"
        # would (not the source or the sentence's subject)
        if noun.lemma_.lower() not in self.words.average_nouns | self.words.stated_as_nouns:
            return None
        before = doc[noun.i - 1] if noun.i - 1 >= noun.sent.start else None
        if before is None or before.dep_ not in ("compound", "nmod") or before.head != noun or before.pos_ != "PROPN" \
                or before.ent_type_ not in ("GPE", "LOC", "ORG"):
            return None
        ent = next((e for e in self._sentence(noun).ents if e.start <= before.i < e.end), None)
        if ent is None or ent.end != noun.i or is_source(ent.root, self.words):
            return None
        return self._entity_at(doc, before.i)

    def _world_whole(self, root: Token) -> bool:
        """Whether the whole a share is "of" is the world's: a word of `world_scopes` before its head or as its owner
        ("of global electricity generation", "of the world's electricity")."""
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                    if any(t.lower_ in self.words.world_scopes and t.dep_ in ("amod", "compound", "poss", "nmod")
                           for t in pobj.subtree if t.i < pobj.i):
                        return True
        return False

    def _respective_name(self, doc: Doc, span: Span) -> str | None:
        """The name a figure pairs with in a sentence that says "respectively": a list of figures and a list of as many
        names, each joined by commas and "and" ("Aldmoor, Brenlow and Corvane Air carried 8.5 million, 5.8 million and 6.1
        million passengers, respectively", "spent £3.4m and £3.2m respectively on Joel Varga and Sam Okoro"): the figure's
        place in its list is its name's place in the other. None when the lists differ in length or there is no such
        word."""
        sent = span.sent
        # (the word's letters in the sentence's text first: most sentences lack them, and that test reads no token)
        if "respectively" not in self._text[sent.start_char:sent.end_char].lower() \
                or not any(t.lower_ == "respectively" for t in sent):
            return None
        figures = sorted({(q.start, q.end) for i in range(sent.start, sent.end) for q in self._covering.get(i, ())
                          if q.sent.start == sent.start})
        figures = [f for f in figures if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in figures)]

        def joined(a: int, b: int, words: int) -> bool:  # only separators (and a few lower-case words) between
            depth, seen, sep = 0, 0, False
            for t in doc[a:b]:
                if t.text == "(":
                    depth += 1
                elif t.text == ")":
                    depth = max(0, depth - 1)
                elif depth:
                    continue
                elif t.text in (",", "&") or t.lower_ in ("and", "or"):
                    sep = True
                elif t.pos_ in ("VERB", "AUX") or not (t.is_lower or t.is_punct) or t.i in self._covering:
                    return False
                else:
                    seen += 1
            return sep and seen <= words

        def groups(items: list[tuple[int, int]], words: int) -> list[list[tuple[int, int]]]:
            found: list[list[tuple[int, int]]] = []
            for item in items:
                if found and joined(found[-1][-1][1], item[0], words):
                    found[-1].append(item)
                else:
                    found.append([item])
            return [g for g in found if len(g) >= 2]

        mine = next((g for g in groups(figures, 3) if (span.start, span.end) in g
                     or any(a <= span.start and span.end <= b for a, b in g)), None)
        if mine is None:
            return None
        k = next(n for n, (a, b) in enumerate(mine) if a <= span.start and span.end <= b)
        names: list[tuple[int, int]] = []  # runs of capitalised words outside brackets and figures, no date or adjective
        depth, start = 0, None
        for t in sent:
            depth += (t.text == "(") - (t.text == ")")
            # (the tagger may miss a name or take a word of it for a verb or an ordinal: "Go First")
            naming = depth <= 0 and t.text not in "()" and t.i not in self._covering and not calendar_word(t) \
                and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "NORP") \
                and t.text[:1].isupper() and (t.is_alpha or t.is_title) \
                and (t.pos_ == "PROPN" or t.ent_type_ in SUBJECT_LABELS or t.i > sent.start)
            if naming and start is None:
                start = t.i
            elif not naming and start is not None:
                names.append((start, t.i))
                start = None
        if start is not None:
            names.append((start, sent.end))
        lists = [g for g in groups(names, 3) if len(g) == len(mine)]
        if len(lists) != 1:
            return None
        start, end = lists[0][k]
        return _clean_name(doc[start:end].text)

    def _attached_name(self, doc: Doc, span: Span) -> str | None:
        """The name a figure's "at" or "with" phrase hangs on: "led by the South at 29.4 percent, followed by the
        Midwest at 28.7 percent", "the region ... is London with a movement of 10.9 per cent", "Dubai International
        with a 10.7 percent increase": a ranking or a list of places and their figures. None when the phrase hangs
        on a verb ("closed at $40") or on no name."""
        tok = span.root
        for _ in range(4):
            if tok.dep_ in ("nummod", "quantmod", "compound", "amod") and tok.head != tok:
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                tok = tok.head.head  # "a movement of 10.9 per cent"
            else:
                break
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "with"):
            return None
        listed = self._listed_with(doc, tok)
        if listed is not None:
            return listed
        owner = tok.head.head
        if owner.pos_ != "PROPN" or owner.ent_type_ not in ("GPE", "LOC"):
            return None
        name = self._entity_at(doc, owner.i)
        return name if name and not self._is_speaker(owner) else None

    def _listed_with(self, doc: Doc, tok: Token) -> str | None:
        """The organisation named right before the "with" a figure hangs from, the parser having hung the phrase on
        the verb: "The most active shares were Harlow Mills with 4,662,377 shares at Rs30.09 per share, Brenco Oil
        with ...": each figure is the name's it follows. A price "at" the count ("at Rs30.09") is the same name's.
        None when the word before "with" ends no organisation's name."""
        prep = tok.head
        if prep.lower_ in ("at", "with") and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "with":
            prep = prep.head.head  # "with 4,662,377 shares at Rs30.09 per share"
        if prep.lower_ != "with" or prep.i == 0 or prep.head.pos_ not in ("VERB", "AUX") and prep.head.i != prep.i - 1:
            return None
        before = doc[prep.i - 1]
        # a word in capitals the tagger left out of the name still ends it ("Orvane PK with ...")
        end = prep.i - 1 if before.is_upper and before.is_alpha and prep.i >= 2 else prep.i
        ent = next((e for e in doc.ents if e.start < end <= e.end and e.end in (end, prep.i)), None)
        if ent is None or ent.label_ not in ("ORG", "PERSON") or before.pos_ != "PROPN" \
                or before.dep_ not in ("attr", "conj", "appos") or not self._is_name(ent):
            return None
        return self._entity_at(doc, ent.end - 1)

    def _paid_for(self, doc: Doc, span: Span) -> str | None:
        """The named thing a sum is paid for (`pay_verbs`) or spent on (`spending_verbs`): the price is about what changes hands, not the payer.
        "Redmarsh paid £41 million for Joel Varga", "the £41 million Redmarsh paid for Joel Varga": the figure is
        what the verb pays (its object, or the noun a relative clause of paying hangs on) and the name is its
        "for". None when that is no name ("paid $9m for a stake")."""
        root = span.root
        # the verb's object; "£38m" is often parsed as an adverbial modifier of the verb, its "m" a noun
        verbs = [root.head] if root.dep_ in ("dobj", "npadvmod") else []
        if root.dep_ in ("nummod", "compound") and root.head.dep_ == "dobj" and root.head.pos_ == "NOUN":
            verbs.append(root.head.head)  # "has offered $2.30 cash per share for Kestrel": the sum in cash it pays
        for noun in (root, root.head) if root.dep_ in ("nummod", "compound", "quantmod") else (root,):
            verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
        for verb in verbs:
            spends = verb.lemma_.lower() in self.words.spending_verbs
            if verb.pos_ == "VERB" and (spends or verb.lemma_.lower() in self.words.pay_verbs):
                # paid "for" a thing (`pay_verbs`), or spent "on" it (`spending_verbs`: "the Hawks spent Rs5 crore on
                # Karan Shah")
                prep = next((c for c in (*verb.children, *root.children) if c.dep_ == "prep" and c.lower_ == "on"), None) \
                    if spends else next((c for c in (*verb.children, *root.head.children, *root.children)
                                         if c.dep_ in ("prep", "dative") and c.lower_ == "for"), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if obj is not None and obj.ent_type_ != "PERSON" and (obj.lower_ in self.words.player_nouns or _age_noun(obj)) \
                        and any(c.lower_ == "the" for c in obj.children):
                    # "paid 12.5 million pounds for the Under-21 international", "for the 28-year-old": the player
                    # named before
                    return self._person_before(doc, obj)
                if obj is not None and (obj.lower_ in self.stock_nouns or obj.lower_ + "s" in self.stock_nouns):
                    return self._share_owner(doc, obj)  # "will pay $48 for each share of Quaylight"
                if obj is not None and obj.pos_ == "NOUN" and (named := next(
                        (c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)) is not None:
                    obj = named  # "has offered $2.30 cash per share for mining exploration company Kestrel Resources"
                return self._entity_at(doc, obj.i) if obj is not None else None
        prep = root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
                and self.words.price_verb(prep.head.lemma_.lower()) == "purchase price":
            # "agreed to buy Whole Foods Market for $13.7 billion": the price is the thing bought's, not the buyer's
            obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
            return self._entity_at(doc, obj.i) if obj is not None and obj.pos_ == "PROPN" else None
        return None

    def _share_owner(self, doc: Doc, shares: Token) -> str | None:
        """The company whose shares `shares` (a word of `stock_nouns` a sum is paid for) are: named in its "of" phrase
        ("for each share of Quaylight"), before it ("for each Quaylight share") or as its owner ("for Quaylight's
        shares"); the price paid per share is the company's, not the bidder's. None when no company is named."""
        for c in shares.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                owner = next((o for o in c.children if o.dep_ == "pobj"), None)
            elif c.dep_ in ("compound", "poss") and c.i < shares.i:
                owner = c
            else:
                continue
            if owner is None or owner.pos_ != "PROPN":
                continue
            # (the tagger may call a company it sees once a nationality: "each Quaylight share")
            named = self._entity_at(doc, owner.i) or _clean_name(doc[min(
                (t.i for t in owner.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"), default=owner.i):owner.i + 1].text)
            if named and not self._is_person(named) and not self._is_unit_name(named):
                return named
        return None

    def _fee_for_person(self, doc: Doc, span: Span) -> str | None:
        """The person a fee is "for", when the clause's subject is a fee or a move (`transfer_nouns`) and the figure is
        what it comes to ("the fee for the 24-year-old is about 75 million pounds"): the person named (by name, or, for
        an age or a player noun, the person named last before it: "the 24-year-old", "the striker"). None otherwise."""
        root = span.root
        verb = root.head if root.dep_ in ("attr", "acomp", "dobj") else None
        if verb is None or verb.pos_ not in ("AUX", "VERB"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lemma_.lower() not in self.words.transfer_nouns | {"fee"}:
            return None
        obj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "for"
                    for p in c.children if p.dep_ == "pobj"), None)
        if obj is None:
            return None
        if obj.ent_type_ == "PERSON" and self._is_person(name := self._entity_at(doc, obj.i)):
            return name
        aged = obj.lower_.endswith("-year-old") or obj.lower_ == "old" and obj.i >= 2 and doc[obj.i - 2].lower_ == "year"
        if aged or obj.lemma_.lower() in self.words.player_nouns:  # "the 24-year-old", "the striker"
            return self._person_before(doc, obj)
        return None

    def _signed_person(self, doc: Doc, span: Span) -> str | None:
        """The person a fee signs: "Redmarsh United have signed striker Elias Dunmore from Ashgrove City for £58
        million", "completed the signing of defender Tom Ekwueme in a £12 million deal", "for a fee of £2.5m": the
        figure (or the deal or fee it sizes) hangs on "for"/"in" of a verb of `price_verbs` or one whose object is
        a move of `transfer_nouns` ("the signing of ..."), and that object is a person (see `_is_person`). A
        transfer fee is the player's, not the buying club's; so is the length of the contract the verb signs him "on"
        (`contract_nouns`: "signed striker Elias Varn from Ashgrove on a five-year contract"). None otherwise."""
        tok = span.root
        if tok.dep_ in ("nummod", "compound", "quantmod"):
            tok = tok.head  # "a £12 million deal"
        elif tok.dep_ == "npadvmod" and tok.head.dep_ == "pobj" and tok.head.i < span.start:
            tok = tok.head  # "for a club record £46.5m fee", parsed with "m" hanging on "record"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("fee", "price", "sum"):
            tok = tok.head.head  # "for a fee of £2.5m"
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "in") and not (
                tok.head.lower_ == "on" and tok.lemma_.lower() in self.words.contract_nouns):  # "on a five-year contract"
            return None
        verb = tok.head.head
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in self.words.transfer_nouns:
            objs = [verb]  # "the signing of defender Tom Ekwueme from Castlebury in a £12 million deal"
        elif verb.pos_ == "VERB":
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            return None
        for obj in objs:
            if obj.lemma_.lower() in self.words.transfer_nouns:  # "the signing of defender Tom Ekwueme"
                obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), None)
            elif not self.words.price_verb(verb.lemma_.lower()):
                continue
            if obj is not None and obj.ent_type_ != "PERSON" and obj.lemma_.lower() in self.words.player_nouns:
                # "to sign the teenage striker Joel Varga from Castlebury in an initial £8.1m transfer": the name
                # in apposition to the player noun
                obj = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), obj)
            if obj is not None and obj.ent_type_ == "PERSON" and self._is_person(name := self._entity_at(doc, obj.i)):
                return name
        return None

    def _bracket_owner(self, doc: Doc, span: Span) -> str | None:
        """The name a figure stands in brackets after, in a list or a market report ("Hull University
        Hospitals NHS Trust (48 per cent)", "Corvex Holdings (-4.1%)", "Ardley Mutual (down 6.2%)"): the
        figure is that name's. Not a conversion after another figure ("5.4 billion yuan (US$765.2 million)")."""
        sent = span.sent
        k = span.start - 1
        while k >= sent.start and k > span.start - 3 and doc[k].text != "(" and (doc[k].is_lower or doc[k].text in "+-\u2212"):
            k -= 1  # "(down 6.2%)", "(+4.1%)"
        if k - 1 < sent.start or doc[k].text != "(" or doc[k - 1].i in self._covering:
            return None
        if not any(doc[j].text == ")" for j in range(span.end, min(span.end + 4, sent.end))):
            return None
        j = k - 1
        named = self._entity_at(doc, j)
        if named:
            return named
        if doc[j].pos_ != "PROPN" or doc[j].is_upper and len(doc[j]) <= 5:
            return None  # "(ONS)"-like codes name no one
        return _clean_name(doc[self._name_start(doc, j):j + 1].text)

    def _bracketed_name_after(self, doc: Doc, span: Span) -> str | None:
        """The name a figure is followed by in brackets, and nothing else ("rates vary from 13.2% (Tarnland) to 3.3%
        (Ostmark)", "the top score, 41% (Harlow), ..."): the figure is that name's. A place, a person or an
        organisation the tagger names over the whole bracket; not a short code in capitals ("(ONS)", "(EUR)"),
        which credits a source or names a unit."""
        sent = span.sent
        j = span.end
        if j + 2 >= sent.end or doc[j].text != "(":
            return None
        k = next((i for i in range(j + 1, min(j + 9, sent.end)) if doc[i].text in (")", "(")), None)
        if k is None or k == j + 1 or doc[k].text != ")":
            return None
        # the names in the bracket ("(Newfoundland and Labrador)" may be two places the tagger names apart)
        ents = [e for e in self._sentence(span).ents if j < e.start and e.end <= k]
        named = {i for e in ents if e.label_ in ("GPE", "LOC", "PERSON", "ORG") and self._is_name(e)
                 for i in range(e.start, e.end)}
        if not ents or not named or any(i not in named and doc[i].lower_ not in ("and", "&", "the")
                                        for i in range(j + 1, k)):
            return None
        name = _clean_name(doc[j + 1:k].text)
        return None if name.isupper() and len(name) <= 5 else name

    def _listed_owner(self, doc: Doc, span: Span) -> str | None:
        """The name a figure follows directly in a list with no verb ("Elsewhere at the close: Eurobourse 600
        -0.6%; Nikkan 225 +0.9%", "Best performers: Corvex 4.1%, Ardley Mutual 3.2%."): the item starts after
        a colon, semicolon or comma (or opens the sentence) and ends with the figure. In a market report the
        item may also be a company the tagger names, joined by "and", "with" or "while", or set off by a comma,
        with a word of moving before the figure ("Halvern rose 2%, Corrant 1.5% and Tyneford 0.8%", "with
        Quenby up 2.1% and Larchmont up 3%", "were Corvex, up 4.2%, and ...")."""
        sent = span.sent
        j = span.start - 1
        if j > sent.start and doc[j].lower_ in ("to", "or", "at"):
            # "Melrose Industries up 16.3p to 201.8p": the level a listed move reaches is the same name's, and so is
            # the move written again in another unit ("Ocado up 44.40p, or 5.9%, to 794.4p")
            k = j - 1 if doc[j - 1].text == "," else j
            moved = [q for q in self._covering.get(k - 1, ()) if q.end == k] if k > sent.start else []
            if not moved or doc[j].lower_ == "or" and k == j:
                return None
            first = self._restated_move(doc, moved[0]) if doc[j].lower_ in ("to", "at") else moved[0]
            return self._listed_owner(doc, first) if first is not None and doc[first.start - 1].lower_ in ("up", "down") else None
            # ("with Kestrel Midcap up 0.2 per cent at 5,679": "at" the level it stands at, as "to")
        after = doc[span.end] if span.end < sent.end else None
        joined = after is not None and (after.lower_ in self.words.list_joins or (after.lower_ in ("higher", "lower") and (
            span.end + 1 >= sent.end or doc[span.end + 1].text in (";", ",", ".") or doc[span.end + 1].lower_ in self.words.list_joins)))
        # "Melrose Industries up 16.3p to 201.8p, NMC Health up 163p to 2,759p": a move and the level it reached; also
        # with the move written again in another unit ("Ocado up 44.40p, or 5.9%, to 794.4p")
        leveled = after is not None and doc[j].lower_ in ("up", "down") and (
            after.lower_ in ("to", "at") and span.end + 1 in self._covering
            or after.text == "," and span.end + 2 < sent.end and doc[span.end + 1].lower_ == "or" and span.end + 2 in self._covering)
        joined = joined or leveled
        if j < sent.start or (after is not None and after.text not in (";", ",", ".") and not joined):
            return None
        end = j
        def capitalised(t: Token) -> bool:  # the tagger may take an unknown name for a verb ("Eurobourse 600")
            return t.pos_ == "PROPN" or (t.is_title and t.i != sent.start) or leveled and _camel_case(t)

        moved = doc[j].lower_ in ("up", "down") and j - 1 > sent.start
        if moved:  # "with Quenby up 2.1%", "Corvex, up 4.2%"
            j -= 2 if doc[j - 1].text == "," else 1
            end = j
        if doc[j].like_num and j - 1 >= sent.start and capitalised(doc[j - 1]) and j not in self._covering:
            j -= 1  # "Nikkan 225": a name ending in a number
        if not capitalised(doc[j]) or j in self._covering:
            return None
        start = j
        while start - 1 >= sent.start and (capitalised(doc[start - 1]) or doc[start - 1].text == "&"):
            start -= 1
        listed = start == sent.start or doc[start - 1].text in (":", ";", ",")
        if listed and not (joined or moved):
            return _clean_name(doc[self._name_start(doc, j) if end == j else start:end + 1].text)  # not before a number
        # outside a plain list, only a name the tagger knows, joined to the list or set off by a comma
        if not (listed or doc[start - 1].lower_ in self.words.list_joins or (moved and doc[end + 1].text == ",")
                or leveled and doc[start - 1].lemma_ == "be"):
            return None
        if leveled and moved and end == j:
            # "were Ocado up 44.40p, or 5.9%, to 794.4p, easyJet up 47p ...": a share's move written with its level or
            # again in another unit says a company moved, whether or not the tagger knows the name before it
            first = start + 1 if start < end and doc[start].lower_ in self.words.description_heads else start
            name = _clean_name(doc[first:end + 1].text)
            return None if name.lower() in self.words.not_subjects else name
        if doc[end].ent_type_ not in SUBJECT_LABELS or not self._entity_at(doc, end) \
                or doc[end].lower_ in self.words.not_subjects:
            return None
        return _clean_name(doc[self._name_start(doc, end):end + 1].text)

    def _semicolon_item_owner(self, doc: Doc, span: Span) -> str | None:
        """The name that opens the item of a list after a colon, its items set off by semicolons, that a figure stands
        in, the name set off by a comma, a word of moving maybe after it: "Major gainers were: Tarn Motors, up 5.52
        percent at Rs.385.95; ...; Kel and Kel, 3.36 percent at Rs.925.35; and ..." -> "Kel and Kel", for the move and
        the level after "at" or "to" alike; the name may hold "and", "&" or "of" between capitalised words (the parse
        joins such a name to the item before). None otherwise."""
        sent = span.sent
        text = self._text
        head = text[sent.start_char:span.start_char]
        if ":" not in head or text.count(";", sent.start_char, sent.end_char) < 2:
            return None
        item = head[max(head.rfind(";"), head.rfind(":")) + 1:]
        m = _SEMICOLON_ITEM.fullmatch(item)
        if m is None:
            return None
        name = " ".join(m.group(1).split())
        return None if name.lower() in self.words.not_subjects else name

    def _list_line_label(self, doc: Doc, span: Span) -> str | None:
        """The name that labels the line of a list a figure stands on, before a colon ("Elmbridge Vale: up 5.4% to
        £312,000", "St Eda's School: 276 pupils, down from 301"), a spaced dash ("Tolland - 6.1 per cent vs 5.8 per
        cent") or a bar, the first cell of a table's row as a page's table reads as text ("Tolland | Up 7.7% |
        £365,359 |"): every figure of the line is the name's. The line is
        one of a list: a line next to it (a blank line between or none) is a "Label: figure" line too, or the list's
        introducing line ends with a colon. The label is a name: at most six words, each capitalised (or a name's
        small word, `name_connectives`), no digit, one word only when the tagger calls it a proper noun; not a word
        of `not_subjects`, nor ending in a measure (`metric_heads`: "Revenue: $4.1 billion"), and no verb stands
        between the colon and the figure (a dateline's colon opens a sentence: "Harbourton: Valdoria's prices
        rose 4.1%"). None otherwise."""
        text = self._text
        start = text.rfind("\n", 0, span.start_char) + 1
        before = text[start:span.start_char]
        if "|" in before:
            label = _PIPE_LABEL_LINE.match(text, start)  # "London | Up 7.7% | £365,359 |": a table's row
        elif ":" in before:
            label = _LABEL_LINE.match(text, start)
        elif " - " in before or " \u2013 " in before or " \u2014 " in before:
            label = _DASH_LABEL_LINE.match(text, start)
        else:
            return None  # (most figures: no colon or dash before them on their line)
        if label is None or label.end() > span.start_char:
            return None
        name = label.group(1).strip()
        words = name.split()
        if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name) \
                or not all(w[:1].isupper() or w.lower() in self.words.name_connectives for w in words) \
                or name.lower() in self.words.not_subjects or words[-1].lower() in self.words.metric_heads:
            return None
        colon = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
        after = doc.char_span(label.end(), span.start_char, alignment_mode="expand") if label.end() < span.start_char else None
        if colon is None or after is not None and any(t.pos_ in ("VERB", "AUX") for t in after):
            return None
        if len(words) == 1 and (colon.root.pos_ != "PROPN" and colon.root.ent_type_ not in ("GPE", "LOC")
                                and (colon.root.pos_ != "NOUN" or dictionary.dictionary_noun_word(colon.root))
                                or self._lower_case_word(colon.root)):
            # "Detached: £512,400", "Dairy: down 34%": a kind of thing, no name; a place the parser calls a common noun
            # at the start of its line is one ("Harrowshire: 146.0 mm in 2007"), and so is a word no dictionary holds
            # ("Northmark: 3.9 per cent", parsed a noun; not "Detached", parsed a verb)
            return None
        stop = text.find("\n", span.end_char)
        stop = len(text) if stop < 0 else stop
        if not (self._list_line_near(text, start, -1) or self._list_line_near(text, stop, 1)
                or self._list_introduced_by(start, _LIST_ITEM) is not None):
            return None
        return _clean_name(name)

    @staticmethod
    def _list_line_near(text: str, at: int, step: int) -> bool:
        """Whether the line before the line break at `at` (step -1: `at` is where the line starts) or after it (step 1:
        `at` is its line break) is a "Label: figure" line of a list, a blank line between or none."""
        for _ in range(2):
            if step < 0:
                if at <= 0:
                    return False
                end = at - 1
                begin = text.rfind("\n", 0, end) + 1
                at = begin
            else:
                if at >= len(text):
                    return False
                begin = at + 1
                end = text.find("\n", begin)
                end = len(text) if end < 0 else end
                at = end
            line = text[begin:end].strip()
            if line:
                if "|" in line and (row := _PIPE_LABEL_LINE.match(line)) is not None:
                    return len(line) <= 150 and any(ch.isdigit() for ch in line[row.end():])  # "East | Up 1.6% | ..."
                if ":" not in line and (dashed := _DASH_LABEL_LINE.match(line)) is not None:
                    return len(line) <= 100 and any(ch.isdigit() for ch in line[dashed.end():])  # "Tolland - 6.1 per cent"
                return ":" in line and any(ch.isdigit() for ch in line.partition(":")[2]) and bool(_LIST_ITEM.fullmatch(line))
        return False

    def _restated_move(self, doc: Doc, span: Span) -> Span | None:
        """The move a figure writes again in another unit after ", or" ("up 44.40p, or 5.9%": 44.40p for 5.9%), else
        the figure itself; None when "or" follows a comma with no figure before it."""
        k = span.start - 1
        if k - 2 < span.sent.start or doc[k].lower_ != "or" or doc[k - 1].text != ",":
            return span
        before = [q for q in self._covering.get(k - 2, ()) if q.end == k - 1]
        return before[0] if before else None

    def _bullet_heading(self, doc: Doc, span: Span) -> str | None:
        """The name a bulleted list's heading line gives its items: a figure on a line that opens with a bullet
        ("- ", "* ", "\u2022 ") under a line of its own that is a short name ("Brackenshire Constabulary\n- 7% fall in
        burglary\n- 22% rise in shoplifting"): at most six words, no closing punctuation, every word capitalised.
        None otherwise (a heading such as "Key figures:" names no one)."""
        text = self._text
        line_start = text.rfind("\n", 0, span.start_char) + 1
        if line_start == 0 or text[line_start:line_start + 2] not in ("- ", "* ", "\u2022 ", "\u2013 "):
            return None
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line:
                return None  # a blank line: no heading right above the list
            if line[:2] not in ("- ", "* ", "\u2022 ", "\u2013 "):
                words = line.split()
                if len(words) > 6 or line[-1] in ".!?:;,\"'\u201d\u2019)" or line.lower() in self.words.not_subjects:
                    return None
                if not all(w[:1].isupper() or w in ("and", "of", "&", "the") for w in words):
                    return self._kind_headings(doc).get(start)  # "Thomas fire in Ventura County": one of a kind
                if line.isupper() and not any(start <= ent.start_char and ent.end_char <= end and ent.label_ in SUBJECT_LABELS
                                              for ent in self._ents):
                    return None  # a section title in capitals ("HIGHLIGHTS OF THE RESULTS"), no name the tagger knows
                return _clean_name(line)
            end = start - 1
        return None

    def _kind_headings(self, doc: Doc) -> dict[int, str]:
        """The headings of a round-up's lists that name items of one kind, each a name and a lower-case noun, maybe with
        where it is ("Marlow fire in Esk County", "Tarn fire" over "- Acres burned: 6,049"; "Harlow school", "Ebb
        school"): the heading lines right above a bulleted line, at least two of them ending their name in the same
        noun, as {line start: the name without its place}. Read once per document."""
        if "claimx_kind_headings" in doc.user_data:
            return doc.user_data["claimx_kind_headings"]
        text = self._text
        found: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for m in _KIND_HEADING.finditer(text):
            after = text[m.end() + 1:m.end() + 3]
            if after in ("- ", "* ", "\u2022 ", "\u2013 ") and m[2] not in self.words.not_subjects:
                found[m[2]].append((m.start(), f"{m[1]} {m[2]}"))
        headings = {start: name for items in found.values() if len(items) >= 2 for start, name in items}
        doc.user_data["claimx_kind_headings"] = headings
        return headings

    def _placed_name_end(self, doc: Doc, i: int, first: int) -> int | None:
        """The last token of the name a gapped result item gives before its placing and a time's "in", the token at `i`
        ending the words before "in": the name itself ("Tomoki Suzuki in"), or the name before a placing (an ordinal or
        a word of rules/frame.json `placing_words`: "Benson Kipruto bronze in") and before an "of" phrase of a place
        ("Danel Derese of Ethiopia third in"); not a place. None when no such name stands there (tokens from `first`)."""
        if i > first and (doc[i].ent_type_ == "ORDINAL" or doc[i].lower_ in self.words.placing_words):
            i -= 1
        if i > first + 1 and doc[i].pos_ == "PROPN" and doc[i].ent_type_ != "PERSON":
            j = i
            while j > first and doc[j - 1].pos_ == "PROPN" and doc[j - 1].ent_type_ != "PERSON":
                j -= 1
            if doc[j - 1].lower_ == "of":
                i = j - 2  # "Danel Derese of Ethiopia third in"
        if i <= first or doc[i].pos_ != "PROPN" or doc[i].ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            return None
        return i

    def _gapped_owner(self, doc: Doc, span: Span) -> str | None:
        """The name right before a figure in a clause that leaves out the verb of the clause before it (a gapped
        list): "Wiltshire had a rise of 29 per cent, and Surrey 24 per cent", "In Leeds it was 4.1%, in York 3.8%
        and in Hull 2.9%", and a name's possessive standing for the noun before ("Tarsania's crop is forecast at 22.8
        million tonnes, and Eiremar's at 5.6 million tonnes"). The name opens its item after "and"/"while"/"but"/"with"/"whereas", a comma or a
        semicolon (with "in"/"at"/"for" between), and an earlier figure of the sentence stands before the item.
        Not a month, a measure the frame knows or a word of `not_subjects`. None otherwise."""
        sent = span.sent
        end = span.start - 1
        if end - 2 >= sent.start and doc[end].lower_ == "to" and end - 1 in self._covering:
            # "Kestrel lost 2.2% to 350p and Ardmore 1.4% to 369p": the level a gapped item's change reached is the
            # item's own
            return self._gapped_owner(doc, self._covering[end - 1][0])
        if end - 4 >= sent.start and doc[end].lower_ in ("at", "to", "of") and doc[end - 1].text in ("'s", "\u2019s"):
            end -= 2  # "Tarsania's crop is forecast at 22.8 million tonnes, and Eiremar's at 5.6 million tonnes"
        elif end - 3 >= sent.start and doc[end].lower_ == "in" \
                and (span._.quantity or {}).get("unit") in _TIME_RUN_UNITS \
                and (named := self._placed_name_end(doc, end - 1, sent.start)) is not None:
            # "followed by Great Britain's David Weir in 1:36:36 and Japan's Tomoki Suzuki in 1:36:44", "and Kenya's Benson
            # Kipruto bronze in 2:07:00", "and Danel Derese of Ethiopia third in 2:14:44": a time run, the name's
            end = named
        if end - 2 < sent.start:
            return None
        j = end
        if doc[j].like_num and j not in self._covering and doc[j - 1].pos_ == "PROPN":
            j -= 1  # "and the Corran 250 0.4%": a name ending in a number
        tok = doc[j]
        if tok.pos_ == "NOUN" and j == end and j not in self._covering and (thing := self._named_thing(doc, tok)):
            # "Buses carried 29.8 million of those trips and the Harbor Line light rail 15.5 million": a named thing
            k = min(t.left_edge.i for t in tok.lefts if t.dep_ in ("compound", "nmod", "amod", "nummod")) - 1
            k -= doc[k].lower_ == "the"
            if k > sent.start and (doc[k].lower_ in self.words.list_joins or doc[k].text in (",", ";")) \
                    and any(i in self._covering for i in range(sent.start, k)):
                return thing
            return None
        if tok.pos_ != "PROPN" or j in self._covering or tok.ent_type_ in NOT_SUBJECT_ENTS \
                or tok.lower_ in _CALENDAR_WORDS:
            return None
        start = j
        while start - 1 > sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "&") \
                and doc[start - 1].lower_ not in _CALENDAR_WORDS:
            start -= 1
        k = start - 1
        if doc[k].lower_ in ("in", "at", "for") and k - 1 > sent.start:
            k -= 1  # "..., in York 3.8%"
        elif doc[k].text in ("'s", "\u2019s") and k - 2 > sent.start and doc[k - 1].pos_ == "PROPN" \
                and (span._.quantity or {}).get("unit") in _TIME_RUN_UNITS:
            k -= 2  # "..., and Japan's Tomoki Suzuki in 1:36:44": a person's country before the name
            while k > sent.start and doc[k].pos_ == "PROPN":
                k -= 1
        if not (doc[k].lower_ in self.words.list_joins or doc[k].text in (",", ";")):
            return None
        if not any(i in self._covering for i in range(sent.start, k)):
            return None  # no figure before: not a list's later item
        name = _clean_name(doc[start:end + 1].text)
        if name.lower() in self.words.not_subjects or name.lower() in self.words.metric_heads or self._is_unit_name(name):
            return None
        return name
