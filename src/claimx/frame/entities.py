"""Who an article is about: its named entities gathered into one table, read once per document.

The tagger labels each mention on its own and often disagrees with itself ("Eastmar Energy" an
organisation, "Eastmar" two sentences later a person or a place). The table groups an article's mentions
into entities and gives each one label and one set of counts:

- a short form joins the longer name it begins ("Eastmar" -> "Eastmar Energy", "Redmarsh" ->
  "Redmarsh United"), a surname the person's full name it ends, when exactly one longer name fits; an ambiguous short form ("Ardlow" beside "Ardlow
  Executive" and "Ardlow Department of Finance") stays an entity of its own;
- the label is the one most mentions carry, an organisation winning ties (ORG/PRODUCT > the rest);
- counts: mentions, mentions as the grammatical subject of a clause, mentions as a source of figures
  ("according to X", "X said"), and whether the headline or the lead names it.

`lead()` is what the article leads with: the entity of the headline and lead with the best salience
(mentions that are not source mentions, plus subjects, plus a bonus for the headline), not a source.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy
from spacy.attrs import IS_LOWER, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span

from claimx.frame.subject import is_name, is_source
from claimx.frame.words import FrameWords, alternatives, load_words

ORGANISATION = ("ORG", "PRODUCT")
LABELS = ("ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART")


@lru_cache(maxsize=4)
def _share_prefix(prefixes: frozenset[str]) -> re.Pattern:
    """The words of rules/frame.json `share_name_prefixes` ("Shares of", "stock in") opening a name and before more of it."""
    return re.compile(rf"^{alternatives(prefixes)}\s+(?=\S)", re.I)


@lru_cache(maxsize=4)
def _owner_prefix(participles: frozenset[str]) -> re.Pattern:
    """Up to four words ending in a hyphened participle of rules/frame.json `name_modifier_participles` before a
    capitalised name ("Ravi Menon-promoted Kestrel Infrastructure", "state-owned Norvik Oil"): who owns or runs it."""
    return re.compile(rf"^(?:[\w.&'\u2019]+\s+){{0,3}}[\w.&'\u2019]+-{alternatives(participles)}\s+(?=[A-Z])")


def without_modifier(name: str) -> str:
    """A name without the hyphened participle phrase written before it (`_owner_prefix`: "state-owned Norvik Oil"
    -> "Norvik Oil", "the injury-depleted Rockets" -> "Rockets", "league-leading Ashgrove" -> "Ashgrove")."""
    return _owner_prefix(load_words().name_modifier_participles).sub("", name)


@lru_cache(maxsize=4096)  # a pure function of the string, asked for every candidate of every claim
def clean_name(name: str) -> str:
    """A mention as a name: no possessive ending, no leading "the", first line only, not the "Shares of" the tagger
    sometimes takes into a company's name ("Shares of Research" -> "Research") and not a headline's period code after
    it ("HDFC Bank Q1" -> "HDFC Bank")."""
    name = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", name.strip().split("\n")[0].strip())
    name = _BULLET.sub("", name)  # "• Reduced": a list line's bullet the tagger took into a name
    name = _share_prefix(load_words().share_name_prefixes).sub("", name)
    name = _DATELINE.sub("", name)
    name = without_modifier(name)
    name = _PERIOD_CODE_AFTER.sub("", name)
    name = after_role(name, load_words())
    name = _SENTENCE_STOP.sub(r"\1", name)  # "Jayson Tatum." of a name the tagger ran into the sentence's full stop
    name = _OWNED_WORDS.sub(r"\1", name)  # "Anderson’s ninth": the tagger's name run past the owner into what he owns
    return re.sub(r"^(?:the)\s+", "", name, flags=re.I)


# a name the tagger ran past its possessive into words in lower case it owns ("took 14 off Anderson’s ninth", "Reid's
# eighth over"): the owner alone
_OWNED_WORDS = re.compile("^(.*?\\w)(?:'s|\u2019s|'|\u2019)(?:\\s+[a-z][a-z-]*)+$")

# The bullet opening a line of a list ("\u2022 Reduced their risk of cancer by 40%")
_BULLET = re.compile("^[\u2022\u2023\u25aa\u25cf\u25e6\u00b7]+\\s*")

# A sentence's full stop after a name's last word of five letters or more (not "Inc.", "Corp.",
# "Co.", "Ltd.", "Jr.", "U.S.")
_SENTENCE_STOP = re.compile(r"(\b[A-Z][a-z]{4,})\.$")


def after_role(name: str, words: FrameWords) -> str:
    """A person's name without the employer and role the tagger takes into it ("Borussia Dortmund striker Erling
    Haaland" -> "Erling Haaland", "Tesla chief executive Elon Musk" -> "Elon Musk"): the capitalised words after the
    last role word in lower case (`player_nouns`, `source_people`) that has a capitalised word before it."""
    parts = name.split()
    roles = [i for i, w in enumerate(parts) if 0 < i < len(parts) - 1 and w.islower()
             and (w in words.player_nouns or w in words.source_people)]
    if not roles or not parts[0][:1].isupper():
        return name
    rest = parts[roles[-1] + 1:]
    return " ".join(rest) if all(w[:1].isupper() for w in rest) else name


# a period code a headline writes right after a company's name, which the tagger takes into it ("HDFC Bank Q1 net
# profit jumps 33%", "Infosys Q2 profit rises", "Tata Steel FY25 loss"): the period, no word of the name
_PERIOD_CODE_AFTER = re.compile(r"(?<=\w)\s+(?:Q[1-4]|[1-4]Q|H[12]|HY|1H|2H|FY|[1-9]M|FY\s?\d{2,4}|Q[1-4]\s?FY\s?\d{2,4})$")


# A wire dateline the tagger takes into the name after it: a place in capitals, maybe an agency in brackets, then a
# spaced dash ("CLEVELAND - Goodyear Tire & Rubber Co.", "NEW DELHI (Reuters) — Infosys", "LONDON, Oct 3 (Reuters) - BP")
_DATELINE = re.compile(r"^(?:[A-Z]{3,}|[A-Z]{2,}\.?(?=[ .'-]+[A-Z]{2,}))(?:[ .'-]+[A-Z]{2,}\.?)*(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*"
                       r"(?:\([^)]*\)\s*)?[-\u2013\u2014]+\s+(?=\S)")


def without_dateline(name: str | None) -> str | None:
    """`name` without a wire dateline before it ("CLEVELAND - Goodyear Tire" -> "Goodyear Tire")."""
    return _DATELINE.sub("", name) if name else name


@dataclass
class Entity:
    """One entity of an article: its name (the longest form written), the labels of its mentions, counts."""

    name: str
    labels: dict[str, int] = field(default_factory=dict)
    full_labels: dict[str, int] = field(default_factory=dict)  # labels of the mentions written in full
    mentions: int = 0
    subjects: int = 0
    sources: int = 0
    headline: bool = False
    lead: bool = False
    first: int = 0  # token index of the first mention
    introduced: bool = False  # a mention is written as a person's: "striker Elias Dunmore", "Dunmore, 24,"

    @property
    def label(self) -> str:
        """The label of the mentions written in full (the tagger reads a full name best), else of all mentions;
        the most frequent, an organisation winning ties."""
        labels = self.full_labels or self.labels
        return max(labels, key=lambda lab: (labels[lab], lab in ORGANISATION)) if labels else ""

    @property
    def is_organisation(self) -> bool:
        return self.label in ORGANISATION

    @property
    def salience(self) -> float:
        """log2(1 + mentions that are not source mentions + subjects) / 4: 1 at fifteen."""
        return math.log2(1 + max(0, self.mentions - self.sources) + self.subjects) / 4


class ArticleEntities:
    """The entity table of one parsed document (see the module docstring).

    doc (Doc): the parsed article (or one chunk of it).
    words (FrameWords): the frame's word lists (what is not a name, what makes a source).
    lead_end (int): the character offset where the article's lead (headline and first sentences) ends.
    unit_names: unit symbols the tagger may take for names ("MW"); text (str | None): the Doc's text, if read.
    """

    def __init__(self, doc: Doc, words: FrameWords, lead_end: int, unit_names: frozenset[str] | set[str] = frozenset(),
                 text: str | None = None, name_of=None):
        self._by_name: dict[str, Entity] = {}
        self._found: dict[str, Entity | None] = {}  # name as asked -> its entity (see `get`)
        self._places_by_prefix: dict[str, list[str]] | None = None
        # the places named only where what the text moves trades ("... a tonne in London"): set by the claims
        # component before any asks for the lead place, which they never are
        self.venues: frozenset[str] = frozenset()
        text = doc.text if text is None else text  # Doc.text is rebuilt from every token on each access
        first_sentence_end = next((s.end_char for s in doc.sents if text[s.start_char:s.end_char].strip()), 0)
        headline_end = min(first_sentence_end, text.find("\n") if "\n" in text.strip() else first_sentence_end)
        # a headline of its own, often in title case: its mentions do not decide a label ("Harlow City sign Joel
        # Varga" tags the player an organisation) unless the name is written in full nowhere else
        titled = "\n" in text.strip()
        mentions: list[tuple[str, Span]] = []
        self._national: str | None = None  # the country a statistics release names only by its adjective
        name_of = name_of or (lambda ent: is_name(ent, words))  # the claims component's, read once per entity
        for ent in doc.ents:
            if self._national is None and ent.start_char < lead_end and ent.label_ in ("NORP", "ORG"):
                self._national = self._nationality(ent, words)
            if ent.label_ not in LABELS or ent.text.strip().rstrip(".") in unit_names or not name_of(ent):
                continue
            if len(ent) == 1 and ent.start == ent.sent.start and ent.root.pos_ != "PROPN":
                continue  # a capitalised first word mistaken for a name
            name = clean_name(ent.text)
            if len(name) < 2:
                continue
            mentions.append((name, ent))
        # (kept: "he" may mean such a person, see the claims component's `_person_before`)
        self.untagged_people: tuple[Span, ...] = tuple(self._untagged_people(doc, words))
        mentions += [(clean_name(ent.text), ent) for ent in self.untagged_people]
        names = sorted({n for n, _ in mentions}, key=lambda n: (-len(n.split()), n))
        # a name written as a person's is one whatever the tagger calls it ("striker Erling Haaland" tagged ORG)
        people = {n for n, ent in mentions if ent.label_ == "PERSON" or self._introduced(ent, words)}
        self._canonical: dict[str, str] = {}
        countries = words.demonym_places()
        for name in names:
            words_of = name.lower().split()
            # "Eastmar" begins "Eastmar Energy"; a surname ends a person's full name ("Halvorsen"); but
            # "Canada" in "Statistics Canada" is the country, not the agency, and a country's name never joins a longer
            # name it begins ("New Zealand" of "The New Zealand Herald", "China" of "China Mobile")
            longer = [] if name.casefold() in countries else [other for other in names if len(other.split()) > len(words_of)
                      and self._canonical.get(other, other) == other
                      and (other.lower().split()[:len(words_of)] == words_of
                           or other in people and other.lower().split()[-len(words_of):] == words_of)]
            self._canonical[name] = longer[0] if len(longer) == 1 else name
        for name, ent in mentions:
            key = self._canonical[name]
            entity = self._by_name.setdefault(key.casefold(), Entity(key, first=ent.start))
            entity.labels[ent.label_] = entity.labels.get(ent.label_, 0) + 1
            if name == key and not (titled and ent.start_char < headline_end):  # a headline line is tagged worst
                entity.full_labels[ent.label_] = entity.full_labels.get(ent.label_, 0) + 1
            entity.mentions += 1
            root = ent.root
            if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass")):
                entity.subjects += 1
            if is_source(root, words):
                entity.sources += 1
            entity.headline |= ent.start_char < headline_end
            entity.introduced |= self._introduced(ent, words)
            entity.lead |= ent.start_char < lead_end

    @staticmethod
    def _untagged_people(doc: Doc, words: FrameWords) -> list[Span]:
        """The full names of people the tagger left untagged where a role in lower case introduces them ("Kestrel
        Dortmund striker Erling Valdsen", "coach Ana Morvell"): two or three capitalised proper nouns with no entity
        label right after the role that modifies them (a company's description, "grocer Tarnwell Foods", is none).
        Each a mention labelled a person, so that the surname the tagger takes for a place ("Valdsen was joining")
        joins the full name and "he" can mean it."""
        found = []
        # the tokens a role can be (lower-case nouns), read from the Doc's arrays: a Token made for every word of the
        # Doc costs more than the test
        tags = doc.to_array([POS, IS_LOWER])
        for i in numpy.flatnonzero((tags[:, 0] == NOUN) & (tags[:, 1] == 1)).tolist():
            tok = doc[i]
            if tok.lower_ in words.description_heads or tok.i + 2 >= len(doc):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 4 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and not doc[end].ent_type_:
                end += 1
            if not 3 <= end - tok.i <= 4 or end - tok.i == 4 and end < len(doc) and doc[end].pos_ == "PROPN" \
                    or not tok.i < tok.head.i < end or not tok.sent.start <= tok.i < end <= tok.sent.end \
                    or tok.i + 1 < end < len(doc) and doc[end].pos_ == "PROPN":
                continue
            root = doc[end - 1]
            if root.head.i in range(tok.i + 1, end) or any(doc[k].head.i != root.i for k in range(tok.i + 1, end - 1)):
                continue
            found.append(Span(doc, tok.i + 1, end, label="PERSON"))
        return found

    @staticmethod
    def _nationality(ent: Span, words: FrameWords) -> str | None:
        """The country a headline or lead mention names by its adjective (`demonyms`): an adjective tagged NORP before a
        national measure ("Australian economy grows 1.0%", "Hungarian industrial output rose": `national_measures`), or the
        first word of a public body's name ("Turkish Statistical Institute", "Polish Statistical Office": a word of
        `public_bodies`). None otherwise."""
        first = ent[0]
        place = words.demonym(first.text) if first.is_title else None
        if place is None:
            return None
        if ent.label_ == "NORP":  # "Australian economy", or an office the tagger left untagged ("Polish Statistical Office")
            head = first.head
            return place if len(ent) == 1 and (head.lemma_.lower() in words.national_measures or head.is_title and any(
                t.lower_ in words.public_bodies for t in head.doc[first.i + 1:head.i + 1])) else None
        return place if any(t.lower_ in words.public_bodies and t.is_title for t in ent[1:]) else None

    @staticmethod
    def _introduced(ent: Span, words: FrameWords) -> bool:
        """Whether a mention is written as a person's: after a role in lower case that modifies it ("striker Elias
        Dunmore", "midfielder Venn") or that it stands in apposition to ("the teenage striker Joel Varga"); not a
        company's description, "grocer Tarnwell Foods"; or before an age in commas ("Dunmore, 24,")."""
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > ent.sent.start else None
        if before is not None and before.is_lower and before.pos_ == "NOUN" and (
                ent.start <= before.head.i < ent.end or ent.root.dep_ == "appos" and ent.root.head == before) \
                and before.lower_ not in words.description_heads:
            return True  # also "the teenage striker Joel Varga", parsed with the name in apposition to the role
        after = doc[ent.end:ent.end + 3]
        return len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","

    def get(self, name: str | None) -> Entity | None:
        """The entity a name (as written, possibly a short form) belongs to; looked up once per name, as the table is
        complete once built (the frame asks for the same names for every figure)."""
        if not name:
            return None
        if name not in self._found:
            clean = clean_name(name)
            self._found[name] = self._by_name.get(self._canonical.get(clean, clean).casefold())
        return self._found[name]

    def acts_as_organisation(self, name: str | None) -> bool:
        """Whether `name` can be an organisation: its mentions are tagged as one, or it is a one-word name
        the tagger calls a person that the article never writes as a person's full name. People in news
        copy are introduced by their full names (a surname alone joins the full name, see the module
        docstring); the small model often takes an invented or unfamiliar company ("Eastmar", "Westlink")
        for a person."""
        entity = self.get(name)
        if entity is None:
            return False
        return entity.is_organisation or (entity.label == "PERSON" and " " not in entity.name.strip())

    def salience(self, name: str | None) -> float:
        entity = self.get(name)
        return entity.salience if entity else 0.0

    def lead(self) -> str | None:
        """The entity the headline and lead are most about (a source never is), or None."""
        found = [e for e in self._by_name.values() if (e.headline or e.lead) and e.sources < e.mentions]
        if not found:
            return None
        best = max(found, key=lambda e: (e.salience + (0.5 if e.headline else 0.0) + (0.25 if e.is_organisation else 0.0),
                                         -e.first))
        return best.name

    def lead_entities(self) -> list[Entity]:
        """The entities the headline or lead names, a source only never."""
        return [e for e in self._by_name.values() if (e.headline or e.lead) and e.sources < e.mentions]

    @cached_property
    def lead_organisation(self) -> str | None:
        """The organisation the headline and lead name most (what "the club" means in a story that leads with a
        player), or None."""
        found = [e for e in self._by_name.values() if (e.headline or e.lead) and e.is_organisation
                 and e.sources < e.mentions]
        if not found:
            return None
        return max(found, key=lambda e: (e.salience + (0.5 if e.headline else 0.0), -e.first)).name

    def place_of_adjective(self, word: str) -> str | None:
        """The one-word place (GPE or LOC) of the article whose adjective `word` is ("Valdorian" -> "Valdoria",
        "Kastravan" -> "Kastrava"): a longer word sharing the place's first five letters; None unless exactly one
        place fits. The prefix table is built once per document."""
        if self._places_by_prefix is None:
            table: dict[str, list[str]] = {}
            for e in self._by_name.values():
                if e.label in ("GPE", "LOC") and " " not in e.name and len(e.name) >= 5 and e.name.isalpha():
                    table.setdefault(e.name[:5].casefold(), []).append(e.name)
            self._places_by_prefix = table
        found = self._places_by_prefix.get(word[:5].casefold(), [])
        if len(found) != 1 or len(word) <= len(found[0]) or word.casefold().startswith(found[0].casefold() + "s"):
            return None
        return found[0]

    @property
    def national_place(self) -> str | None:
        """The country a statistics release's headline or lead names only by its adjective (see `_nationality`), or
        None."""
        return self._national

    @cached_property
    def most_named_place(self) -> str | None:
        """The place (GPE) the article names most, not as a source, the first named on ties; or None. Found once per
        document."""
        found = [e for e in self._by_name.values() if e.label == "GPE" and e.sources < e.mentions]
        if not found:
            return None
        return max(found, key=lambda e: (e.mentions - e.sources, -e.first)).name

    def countries(self, countries: frozenset[str] | set[str]) -> list[str]:
        """The countries (places whose lower-case name is one of `countries`) the article names, not only as a source,
        the most named first (the first named on ties)."""
        found = [e for e in self._by_name.values() if e.label in ("GPE", "LOC") and e.name.casefold() in countries
                 and e.sources < e.mentions]
        return [e.name for e in sorted(found, key=lambda e: (-(e.mentions - e.sources), e.first))]

    def country(self, countries: frozenset[str] | set[str]) -> str | None:
        """The country (a place whose lower-case name is one of `countries`) the article names most, not as a source,
        the first named on ties; or None."""
        found = self.countries(countries)
        return found[0] if found else None

    @cached_property
    def lead_place(self) -> str | None:
        """The place the headline and lead name most (a country in a statistics release), or None; found once
        per document (every claim asks)."""
        found = [e for e in self._by_name.values() if (e.headline or e.lead) and e.label in ("GPE", "LOC")
                 and e.sources < e.mentions and e.name not in self.venues]
        if not found:
            return None
        return max(found, key=lambda e: (e.salience + (0.5 if e.headline else 0.0), -e.first)).name
