"""Whether an entity mention is a name, a place, a sum or a headline's word: the claim finder's tests of names.

A part of `ClaimFinder` (components/claims.py), which mixes it in; its methods read the finder's state."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimx.marks import BULLETS
from claimx.periods import DAY_WORDS, MONTHS
from claimx.frame import dictionary
from claimx.frame import metric as frame_metric
from claimx.frame.subject import is_name
from claimx.components.claim_helpers import (SUBJECT_LABELS, _clean_name)


class NameTests:
    """Whether an entity mention is a name, a place, a sum or a headline's word: the claim finder's tests of names."""

    def _is_name(self, ent: Span) -> bool:
        """`frame.subject.is_name`, once per entity of the document (it is asked for each claim near it)."""
        key = (ent.start, ent.end)
        if key not in self._names:
            self._names[key] = self._plain_name(ent) and not self._headline_only(ent) \
                and not (len(ent) == 1 and ent.start == ent.sent.start and self._lower_case_word(ent.root)) \
                and not (len(ent) == 1 and ent.start == ent.sent.start and self._plural_word(ent.root)) \
                and not self._dictionary_first_word(ent) \
                and not any(dictionary.numbered_class(t) for t in ent[:2]) \
                and not dictionary.lettered_class(ent[0]) \
                and not (getattr(self, "_story_kind", None) == "budget"
                         and all(t.lower_ in self.words.budget_words for t in ent))
            # ("the Class-12 board exams", "Band H properties": "ORG"s; "The latest Budget continues ...": a budget
            # story's word for what the body sets, written with a capital as a title, names no one)
        return self._names[key]

    def _misread_nationality(self, tok: Token) -> bool:
        """Whether a word the tagger calls a nationality or people (NORP) is a name it misread: a singular proper noun
        ("Australia's Kestrel lifts profit", where the small model tags "Kestrel" NORP), no adjective of nationality
        (`demonyms`: "American"), no plural group ("Greens", "Democrats", "Americans") and nothing in the shape of one
        ("-an", "-ese", "-ish" words), and never written as a place "in" something is. A company goes by such a name; a
        nationality does not."""
        if tok.ent_type_ != "NORP" or tok.tag_ != "NNP" or not tok.is_title or len(tok.text) < 3:
            return False
        low = tok.lower_
        if self.words.demonym(low) is not None or low.endswith(("s", "an", "ese", "ish", "ic", "i")):
            return False
        # a place the tagger calls a nationality is written where a place is ("8,000 hectares in Harapur"): the
        # other tests take it for one (see `_norp_place`)
        return not any(t.text == tok.text and t.dep_ == "pobj"
                       and (t.head.lower_ == "in" or t.head.lower_ in self.words.scope_prepositions) for t in tok.doc)

    def _dictionary_first_word(self, ent: Span) -> bool:
        """Whether a one-word name the tagger made of a sentence's first word is a noun of the language's dictionary
        that names nothing: a crime, a tax, a measure a statistics story lists ("Burglary dropped 11%", "Shootings
        declined 9%", "Fraud offences fell by 4%"). No place's label (a place may be a word: "Phoenix grew by 2%"),
        no word in capitals, and the text writes it once: a company or a person named by a word ("Apple", "Shell")
        comes back in its story."""
        if len(ent) != 1 or ent.label_ in ("GPE", "LOC", "NORP", "FAC") or ent.root.is_upper \
                or not all(t.text in BULLETS for t in ent.doc[ent.sent.start:ent.start]):
            return False
        return self._dictionary_word(ent.root)

    def _dictionary_word(self, tok: Token) -> bool:
        """`dictionary.once_named_noun`: a capitalised noun of the dictionary the text writes once, no name."""
        return dictionary.once_named_noun(tok, self._text, self.words)

    def _table_name(self, ent: Span) -> bool:
        """Whether the article's entity table counts `ent` as a mention: a name (`_plain_name`) that is no Title Case
        headline's run of words the body never writes (`_headline_only`: "Marco Lenz Back To Harlow" of "Baseball: Marco
        Lenz Back To Harlow On One-Year Contract", which would take in "Marco Lenz" of the body as its short form); a
        place keeps its headline mention ("Kenya: Electoral Body Confirms Result" names the country the story is about)."""
        return self._plain_name(ent) and (ent.label_ in ("GPE", "LOC") or not self._headline_only(ent)) \
            and not (len(ent) == 1 and ent.start == ent.sent.start and self._plural_word(ent.root)) \
            and not self._dictionary_first_word(ent)

    def _plain_name(self, ent: Span) -> bool:
        """`frame.subject.is_name`, once per entity span and label: the article's entity table asks too."""
        key = (ent.start, ent.end, ent.label)
        if key not in self._plain_names:
            self._plain_names[key] = is_name(ent, self.words) and not self._sum_of_money(ent) \
                and not self._adjective_of_place(ent)
        return self._plain_names[key]

    def _sum_of_money(self, ent: Span) -> bool:
        """Whether the tagger took a sum of money for a name: the entity's root lies inside a figure read as an amount
        ("N96.3 billion" of "Gross premium written rose 42 per cent to N96.3 billion", tagged an organisation). A
        sum is what a figure measures, never who it is about."""
        return any(q._.quantity and q._.quantity.get("kind") == "amount" for q in self._covering.get(ent.root.i, ()))

    def _adjective_of_place(self, ent: Span) -> bool:
        """Whether a one-word name the tagger calls an organisation or a person is a place's adjective modifying a
        noun ("Kestovan unemployment fell", "Welsh house prices"): a word of `demonyms`, or a word longer than a
        one-word place the document names that shares the place's first five letters (see
        ArticleEntities.place_of_adjective). No one the figure is about: the place is (see `_demonym_place`)."""
        if len(ent) != 1 or ent.label_ in ("GPE", "LOC"):
            return False
        tok = ent.root
        if tok.dep_ not in ("compound", "amod") or tok.head.pos_ != "NOUN" or not tok.is_title:
            return False
        return self.words.demonym(tok.text) is not None or self._place_of_prefix(ent.doc, tok.text) is not None

    def _place_of_prefix(self, doc: Doc, word: str) -> str | None:
        """The one one-word place (GPE or LOC) the document names that `word` is an adjective of: shorter than the word,
        sharing its first five letters, the word not its plural ("Valdorian" -> "Valdoria"); None otherwise. The
        table of places is built once per document."""
        if self._places_by_prefix is None:
            table: dict[str, set[str]] = {}
            for e in doc.ents:
                name = e.text.strip()
                if e.label_ in ("GPE", "LOC") and len(e) == 1 and len(name) >= 5 and name.isalpha():
                    table.setdefault(name[:5].casefold(), set()).add(name)
            self._places_by_prefix = table
        found = self._places_by_prefix.get(word[:5].casefold(), set())
        if len(found) != 1:
            return None
        place = next(iter(found))
        if len(word) <= len(place) or word.casefold().startswith(place.casefold() + "s"):
            return None
        return place

    def _places_named_as_people(self, doc: Doc) -> tuple[Span, ...]:
        """`doc.ents`, with a name the tagger calls a person that is written with a place word of its own a place
        ("County Durham", "Kent County": a capitalised word of `place_heads`); set back on the document, so the
        article's entity table and the records see the place too."""
        ents = doc.ents
        if not any(e.label_ == "PERSON" and len(e) > 1 and any(t.is_title and t.lower_ in self.words.place_heads for t in e)
                   for e in ents):
            return ents
        fixed = tuple(Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and len(e) > 1 and any(
            t.is_title and t.lower_ in self.words.place_heads for t in e) else e for e in ents)
        doc.ents = fixed
        return doc.ents

    @staticmethod
    def _short_forms_read_as_dates(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """`ents`, with a one-word name the tagger calls a date or a time (DATE, TIME) an organisation when it is the
        first word of a longer name the text tags an organisation and no word of a date ("Tarrow would pay a break fee
        of $45 million" after "Tarrow Systems has agreed to buy ..."): the small model takes an unfamiliar short form
        for a date, which then names no one and the figures of its clauses go to the story's other company; set back
        on the document, so the entity table joins it to its full name. A month, a weekday or a word with a digit
        stays a date."""
        firsts = {e[0].text for e in ents if e.label_ == "ORG" and len(e) > 1 and e[0].is_title and e[0].is_alpha}
        if not firsts:
            return ents

        def misread(e: Span) -> bool:
            tok = e[0]
            return e.label_ in ("DATE", "TIME") and len(e) == 1 and tok.text in firsts and tok.is_title \
                and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN") and tok.lower_ not in MONTHS \
                and tok.lower_ not in DAY_WORDS
        if not any(misread(e) for e in ents):
            return ents
        doc.ents = tuple(Span(doc, e.start, e.end, label="ORG") if misread(e) else e for e in ents)
        return doc.ents

    @staticmethod
    def _party_names(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """`ents`, with a people's name in the plural the tagger marks alone (NORP, "Democrats") after a capitalised
        proper noun it leaves out ("The Liberal Democrats are on 15%", "the Social Democrats won 47 seats") one name
        with it, an organisation: a party's name, whose figures are the party's, not "Democrats'"; set back on the
        document."""
        def fixed(e: Span) -> Span:
            before = doc[e.start - 1] if e.start > 0 else None
            if e.label_ == "NORP" and len(e) == 1 and e.root.tag_ == "NNPS" and before is not None \
                    and before.tag_ == "NNP" and before.is_title and before.ent_iob_ == "O" and not before.is_sent_start:
                return Span(doc, before.i, e.end, label="ORG")
            return e
        joined = tuple(fixed(e) for e in ents)
        if joined == tuple(ents):
            return ents
        doc.ents = joined
        return doc.ents

    def _joined_places(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """`ents`, with two places joined by "and" after a preposition of scope one place ("house prices in England and
        Wales rose", "sales across Kestrel and Orland"): the area a figure is counted over is both together, which a
        reader looks up by the pair; set back on the document, so the entity table and the records see it too. Not
        two places set against each other ("trade between China and Japan", "exports to China and Japan"), and only a
        pair the text writes more than once (a statistics release names its area each time: a pair written once,
        "Farmers in Kastrava and Valdoria are big growers", lists two places, each of which the text may go on about)."""
        # (a place the tagger labels otherwise is still one: "in England and Wales" with "Wales" an organisation, a
        # one-word name after a place, or a place it labels a place elsewhere)
        places = {e.text for e in ents if e.label_ in ("GPE", "LOC")}
        joined, i, changed = [], 0, False
        while i < len(ents):
            e = ents[i]
            # (the second name as written, without the line break a headline's last entity may hold: "in England and
            # Wales" closing the headline)
            second = "" if i + 1 == len(ents) else ents[i + 1].text.strip()
            if second and e.text in places and (second in places or e.label_ in ("GPE", "LOC")
                                                and " " not in second and ents[i + 1].label_ == "ORG") \
                    and ents[i + 1].start == e.end + 1 and doc[e.end].lower_ == "and" and e.start > 0 \
                    and doc[e.start - 1].lower_ in self.words.joined_place_prepositions \
                    and self._pair_area(e.text, f"{e.text} and {second}", second, self._listing_of(doc, e.start - 1)):
                joined.append(Span(doc, e.start, ents[i + 1].end, label="GPE"))
                i, changed = i + 2, True
                continue
            joined.append(e)
            i += 1
        if not changed:
            return ents
        doc.ents = tuple(joined)
        return doc.ents

    def _pair_area(self, first: str, pair: str, second: str, listed: bool) -> bool:
        """Whether the text reads the pair `pair` of places `first` and `second` as one area: it writes the pair more
        than once, or never writes either place but in the pair nor `listed` them after a plural ("Crimes in Norland
        and Estmark rose 9%", with neither written alone again: the area the figures are counted over; "Farmers in
        Kastrava and Valdoria", then "Kastrava's harvest", or "the cities of Orlen and Vask saw 33.6 and 32.7", list
        two places)."""
        written = self._text.count(pair)
        return written > 1 or not listed and written == self._text.count(first) == self._text.count(second)

    @staticmethod
    def _listing_of(doc: Doc, prep: int) -> bool:
        """Whether the preposition at `prep` is an "of" after a plural noun ("the cities of Orlen and Vask"): what
        follows lists the places of a kind, each its own."""
        return doc[prep].lower_ == "of" and prep > 0 and doc[prep - 1].tag_ == "NNS"

    def _plural_word(self, tok: Token) -> bool:
        """Whether a capitalised first word the tagger took for a name (not one in capitals) is the plural of a noun
        of the dictionary (`dictionary.singular_of`: "Wildfires have burned 1.4 million hectares", "Farmers planted
        91.5 million acres") that the text never writes capitalised inside a sentence: what a figure counts or who did
        it, no name."""
        if not tok.text[:1].isupper() or tok.text.isupper() or not dictionary.singular_of(tok) \
                or self.words.commodity(tok.lower_):
            return False  # "Soybeans gained 1.8 percent": a commodity the frame knows stands for its price
        return tok.text not in self._mid_capital_openers(tok.doc)

    def _mid_capital_openers(self, doc: Doc) -> set[str]:
        """The words the text capitalises inside a sentence as a name's first word (`_mid_capital_words` without the
        words after another capitalised word): "Airlines" of "Airlines raised fares" stays a common word though the
        text names "Pelican Airlines"; "shares of Target" keeps "Target" a name. Read once per document."""
        if self._mid_openers is None:
            mid = self._mid_capital_words(doc)
            self._mid_openers = {t.text for t in doc if t.text in mid and not frame_metric.opens_sentence(t)
                                 and not (t.i > 0 and (doc[t.i - 1].is_title or doc[t.i - 1].is_upper)
                                          and doc[t.i - 1].is_alpha)}
        return self._mid_openers

    def _lower_case_word(self, tok: Token) -> bool:
        """Whether a capitalised first word that the tagger took for a name is a common word: the text writes it
        in lower case elsewhere and never capitalised inside a sentence ("Turnout was 41%" after "a record low
        turnout"); a name that is also a word keeps its capital mid-sentence ("Target said ...", "shares of
        Target")."""
        word = tok.text
        if not word[:1].isupper() or word.isupper():
            return False
        # a measure the frame knows needs no lower-case twin ("Turnout was 34.2%" tagged a person)
        if word.lower() not in self.words.metric_heads and not self._written_in_lower_case(word.lower()):
            return False
        return word not in self._mid_capital_words(tok.doc)

    def _mid_capital_words(self, doc: Doc) -> set[str]:
        """The words the text capitalises inside a sentence, read once per document."""
        if self._mid_capitals is None:
            # (each sentence's start read once, not `Token.sent` per capitalised word)
            self._mid_capitals = {t.text for sent in doc.sents for t in sent
                                  if t.text[:1].isupper() and t.idx > 0 and self._text[t.idx - 1] != "\n"
                                  and not frame_metric.opens_sentence_at(t, sent.start)
                                  and not self._in_title_case_headline(t.idx + len(t))}  # not "Record Low Turnout"
        return self._mid_capitals

    def _written_in_lower_case(self, word: str) -> bool:
        """Whether the text writes `word` (lower case, whole words), searched once per word of the document."""
        if word not in self._lower_words:
            self._lower_words[word] = word in self._text \
                and re.search(rf"(?<![\w.]){re.escape(word)}(?![\w])", self._text) is not None
        return self._lower_words[word]

    def _named_entity(self, doc: Doc, ent: Span) -> tuple[Span, str, bool, bool, float] | None:
        """What a sentence's entity offers every figure of the sentence as a subject, read once per entity:
        (the name's span, its clean name, whether it is an organisation, whether its root speaks, its
        salience); None when it cannot name a subject (another label, a unit, not a name)."""
        key = (ent.start, ent.end)
        if key not in self._entity_names:
            named = None
            if ent.label_ in SUBJECT_LABELS and not self._is_unit_name(ent.text) and self._is_name(ent):
                if (k := self._alias_open(doc, ent)) is not None:  # "Grocer Tarnwell Foods (TWF)": the name before the ticker
                    ent = self._aliased(doc, ent, k)
                name = _clean_name(ent.text)
                named = (ent, name, ent.label_ in ("ORG", "PRODUCT"), self._is_speaker(ent.root), self._salience(name))
            self._entity_names[key] = named
        return self._entity_names[key]

    def _headline_only(self, ent: Span) -> bool:
        """Whether `ent` is a tagger's name made of a Title Case headline's words ("Council Votes to Increase
        Tax"): in such a headline every word is capitalised, so a name counts only if the body writes it too."""
        # the tagger's span may run on into the blank line after the headline ("Jobs Added\n\n")
        if self._in_title_case_headline(ent.start_char + len(ent.text.rstrip())) and not self._in_body(_clean_name(ent.text)):
            return True
        first = len(self._text) - len(self._text.lstrip())
        return len(ent) == 1 and ent.start_char == first and not self._after_headline(_clean_name(ent.text))

    def _in_title_case_headline(self, end_char: int) -> bool:
        """Whether the text up to `end_char` lies in the first line and that line is written in Title Case."""
        if self._title_headline_end is None:
            text = self._text
            end = text.find("\n", len(text) - len(text.lstrip()))
            words = re.findall(r"[A-Za-z]{4,}", text[:end]) if end > 0 else []
            title = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
            self._title_headline_end = end if title else 0
        return end_char <= self._title_headline_end

    def _after_headline(self, name: str) -> bool:
        """Whether the text after the first line writes `name` (whole words, same case): a headline's first
        word is capitalised whatever it is, so a one-word name there that the article never writes again
        ("Map reveals the worst trusts ...", "Budget passes ...") is a common word."""
        text = self._text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        if end < 0 or not text[end:].strip():
            return True  # one line, no headline: nothing to judge by
        return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[end:]))

    def _in_body(self, name: str) -> bool:
        """Whether the text after a Title Case headline writes `name` (whole words, same case)."""
        return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", self._text[self._title_headline_end:]))

    def _is_unit_name(self, text: str) -> bool:
        """"MW", "GWh", "USD": the tagger sometimes takes a unit or a currency code for an organisation."""
        return text.strip().rstrip(".") in self.unit_names
