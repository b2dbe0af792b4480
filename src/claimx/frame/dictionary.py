"""The nouns of the language's dictionary, as the pipeline's lemmatizer knows them.

spaCy's English rule lemmatizer carries the nouns of its dictionary (the "lemma_index" lookups table, some 57,000
words). The frame uses them to tell a capitalised first word that names nothing ("Burglary rose 12%", "Homelessness
rose 14%") from a company the tagger missed: `use(nlp)` reads the table once per vocabulary (the claims component
calls it), and `dictionary_noun` asks it; `singular_of` is the frame's one test of a regular plural of such a noun
("Wildfires", "Burglaries", "Buses"). A pipeline without such a lemmatizer knows no nouns, and the frame falls
back to its other tests.
"""
from __future__ import annotations

import re

from functools import lru_cache

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from claimx.frame.words import FrameWords

_NOUNS: dict[int, frozenset[str]] = {}  # id(vocab) -> the nouns of that pipeline's lemmatizer


def use(nlp: Language) -> None:
    """Read the nouns of `nlp`'s lemmatizer, once for its vocabulary."""
    key = id(nlp.vocab)
    if key in _NOUNS:
        return
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        _NOUNS[key] = frozenset(table["noun"]) if "noun" in table else frozenset()
    except (KeyError, AttributeError, ValueError):
        _NOUNS[key] = frozenset()


def dictionary_noun(tok: Token, text: str, places: frozenset[str] = frozenset(), plurals: bool = False,
                    tagged: bool = False, once: bool = False, plural_only: bool = False) -> bool:
    """Whether `tok` is a capitalised word of the dictionary's nouns that names nothing: no entity covers it, its lower
    case form is a noun the lemmatizer knows and no word of `places` (a word of a place or of the world, which may be
    what a figure is about: "World airport traffic rose 6.4%"), and `text` (the document's) never writes it
    capitalised after a word in lower case, as a name is ("shares of Target"). With `plurals`, a plural of such a noun
    too ("Homeowners", "Passengers": the table holds lemmas). With `tagged`, a word an entity covers too (the tagger
    takes many a capitalised first word for a name: "Chimney fires fell by 14 per cent"). With `once`, only a word the
    body under the headline writes capitalised once: a name recurs, opening sentence after sentence as their subject
    (a company or a party named by a noun of the dictionary), where a noun opening one sentence does not. With
    `plural_only`, only a plural of such a noun ("Homeowners", "Potholes"): a singular one may be a product or a crop
    that is itself what a figure is about ("Maize output fell")."""
    nouns = _NOUNS.get(id(tok.vocab))
    if tok.i > 0 and (before := tok.doc[tok.i - 1]).is_alpha and before.is_title and before.whitespace_ == " ":
        return False  # "Mary Baker said ...": a capitalised word right after another on its line goes on a name, even
        # where the parser ended a sentence after a paragraph's first word
    if not nouns or tok.ent_type_ and not tagged or tok.lower_ in places \
            or not (tok.lower_ in nouns and not plural_only or (plurals or plural_only) and singular_of(tok) is not None):
        return False
    # (within a paragraph: a headline with no full stop ends in a word in lower case, and the lead's first word after
    # its blank line is no name for that: "Harbour ferry use falls" over "Passenger numbers ... fell 9 per cent")
    index = text_index(tok.doc, text)
    if once and index.body_count(tok.text) > 1:
        return False
    return not index.after_lower_case(tok.text, across_line=True)


HEADING_MAX_WORDS = 8  # a heading line: a few words, Title Case, with no closing punctuation
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+(?:the\s+)?[A-Z]")  # "Bank of England", "Office for ..." no


def heading_common_noun(tok: Token, text: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether `tok` is a word of a heading line, written capitalised only because the heading is in Title Case: a
    line of its own of at most `HEADING_MAX_WORDS` words, each of three letters or more capitalised, ending in no full
    stop ("Plummeting Crime", "Budget Highlights", "Continuing the Trend", "In Summary"); `tok` no entity covers, a
    noun of the dictionary or its plural, no word of `places`, and never written after a word in lower case
    (`TextIndex.after_lower_word`), as a name is. A heading says what a section is about in common words ("Crime"), no
    name."""
    if not tok.is_title or tok.ent_type_ or tok.lower_ in places:
        return False
    nouns = _NOUNS.get(id(tok.vocab))
    if not nouns or tok.lower_ not in nouns and singular_of(tok) is None:
        return False
    start, end = text.rfind("\n", 0, tok.idx) + 1, text.find("\n", tok.idx)
    line = text[start:end if end >= 0 else len(text)].strip()
    if _NAME_OF.search(line):
        return False  # "National Association of Realtors": a name's "of" joins two capitalised words
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    long = [w for w in words if len(w) > 2]
    if len(words) > HEADING_MAX_WORDS or line[-1:] in ".!?:;,\"'\u201d\u2019)" or not long \
            or not all(w[0].isupper() for w in long):
        return False
    return not text_index(tok.doc, text).after_lower_word(tok.text)


def numbered_class(tok: Token) -> bool:
    """Whether `tok` is one word of a noun of the dictionary, a hyphen and a number that makes it a class, a grade or a
    year of school ("Class-12", "Grade-10", "Form-4"): no name, though the tagger often takes it for one (an acronym in
    capitals, "COVID-19", "G-20", is left to the other tests)."""
    m = re.fullmatch(r"([A-Za-z]+)-\d{1,2}", tok.text)
    return m is not None and not m[1].isupper() and m[1].lower() in _NOUNS.get(id(tok.vocab), frozenset())


def lettered_class(tok: Token) -> bool:
    """Whether `tok` is a capitalised noun of the dictionary a single capital letter after it makes a class, a band or a
    grade ("Band D properties", "Grade A milk", "Category C prisons", "Schedule B"): no name, though the tagger often
    takes the pair for an organisation's."""
    if tok.i + 1 >= len(tok.doc) or not tok.is_title or tok.whitespace_ != " ":
        return False
    letter = tok.doc[tok.i + 1].text
    return len(letter) == 1 and letter.isupper() and letter != "I" \
        and tok.lower_ in _NOUNS.get(id(tok.vocab), frozenset())


def dictionary_noun_word(tok: Token) -> bool:
    """Whether the lower case form of `tok` is a noun the lemmatizer knows, whatever its capitals, entity or text
    ("Interest", "Income" of "Net Interest Income"); the callers judge the rest."""
    return tok.lower_ in _NOUNS.get(id(tok.vocab), frozenset())


PLURAL_MIN_LETTERS = 4  # "Jobs", "Guns": no shorter word ("Us", "Gas") is taken for a plural
_SIBILANT_ENDS = ("s", "x", "z", "ch", "sh", "o")  # a singular that takes "es" ("buses", "taxes", "potatoes")


def singular_of(tok: Token, own_noun: bool = True) -> str | None:
    """The noun of the dictionary that `tok` is the regular English plural of, or None: the one plural test of the
    frame (the local, science and statistics readers all ask it). Its lower case form has at least
    `PLURAL_MIN_LETTERS` letters and ends in "s" but not in "ss" ("business", "glass" are no plurals); the singular
    is, tried in this order, the form with "ies" made "y" ("burglaries" -> "burglary"), the form less its "s"
    ("wildfires" -> "wildfire", "movies" -> "movie"), or the form less "es" after a sibilant or an "o" ("buses" ->
    "bus", "taxes" -> "tax"; not "Barnes" -> "barn"), whichever the lemmatizer knows as a noun. A word that is itself
    a noun of the dictionary may be a plural too ("statistics", "sales"); with `own_noun` False it is none (a
    singular word the frame leaves to its other tests). Capitals, entities and places are the callers' to judge."""
    nouns = _NOUNS.get(id(tok.vocab))
    word = tok.lower_
    if not nouns or len(word) < PLURAL_MIN_LETTERS or not word.endswith("s") or word.endswith("ss") \
            or not own_noun and word in nouns:
        return None
    if word.endswith("ies") and (one := word[:-3] + "y") in nouns:
        return one
    if (one := word[:-1]) in nouns:
        return one
    if word.endswith("es") and (one := word[:-2]).endswith(_SIBILANT_ENDS) and one in nouns:
        return one
    return None


def _tagged_noun(tok: Token, text: str, places: frozenset[str]) -> bool:
    """Whether `tok`, an entity or not, is a capitalised word of the dictionary's nouns, or a plural whose singular
    (`singular_of`) is one ("Shootings", "Robberies"), no word of `places` (nor its singular), that `text` never writes
    after a word in lower case on its line (the first word of a paragraph comes after the line before it, not after a
    word of its sentence). `once_named_noun` asks."""
    nouns = _NOUNS.get(id(tok.vocab))
    if not nouns or tok.lower_ in places \
            or tok.lower_ not in nouns and ((one := singular_of(tok)) is None or one in places):
        return False
    return not text_index(tok.doc, text).after_lower_case(tok.text, across_line=False)


@lru_cache(maxsize=4)
def _market_pattern(market_words: frozenset[str]) -> re.Pattern:
    from claimx.frame.words import alternatives
    return re.compile(rf"\b{alternatives(market_words)}\b", re.I)


def market_story(text: str, market_words: frozenset[str]) -> bool:
    """Whether `text` writes a word of a market story (rules/frame.json `market_story_words`: "shares", "stocks"),
    where a company named by a word once ("Shell fell 2%") is its share price, no common noun."""
    return bool(market_words) and _market_pattern(market_words).search(text) is not None


def once_named_noun(tok: Token, text: str, words: FrameWords) -> bool:
    """Whether the capitalised one-word `tok`, an entity or not, is a noun of the dictionary (`_tagged_noun`, no word
    of `words.scope_words`) that the text writes once, in no capitals and outside a market story (`market_story`,
    `words.market_story_words`): a crime, a tax, a measure a statistics story lists ("Burglary dropped 11%",
    "Shootings declined 9%"), no name; a company or a person named by a word ("Apple", "Shell") comes back in its
    story, and a commodity the frame knows (`words.commodity`: "Soybeans gained 1.8 percent") stands for its price."""
    word = tok.text
    places, market_words = words.scope_words, words.market_story_words
    if not word[:1].isupper() or word.isupper() or words.commodity(tok.lower_):
        return False
    index = text_index(tok.doc, text)
    restated = _in_headline(text, word) if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in words.metric_heads else 0
    if index.undotted_count(word) - restated != 1:
        return False  # (a headline restating its lead's first word, "House prices up" over "House prices in ...", counts none)
    doc = tok.doc
    if tok.i + 1 < len(doc) and ((nxt := doc[tok.i + 1]).tag_ == "POS" or nxt.ent_iob_ == "I"
                                 or nxt.is_title and nxt.pos_ == "PROPN"):
        return False  # a word of a longer name ("Dripping Springs", "Cyclone Idai") or an owner ("Mayo's replays")
    headline = tok.idx < text.find("\n") and restated  # a headline's parse says little
    if tok.ent_type_ and not (tok.dep_ == "compound" or headline or tok.lower_ not in _NOUNS.get(id(tok.vocab), ())):
        return False  # a tagged name is a word alone only as a plural ("Shootings") or a noun's modifier ("Fraud
        # offences"): "Congress budgeted $7.4 billion" names a body
    return _tagged_noun(tok, text, places) and not index.market_story(market_words)


def _in_headline(text: str, word: str) -> int:
    """1 when the first line of `text`, a headline above a blank line, opens with `word` (capitalised as given) and so
    does the body's first line ("House prices up" over "House prices in England and Wales rose"): the lead restating
    the headline's first word; else 0 ("Apple increases profit" over "In a statement, ..." keeps its name). The caller
    asks only for a word before a measure's noun (`metric_heads`: "House prices"), not a name before a body's
    ("Harlow council budget" over "Harlow council has approved ...")."""
    first, _, rest = text.lstrip().partition("\n")
    if not rest.startswith("\n") and not rest.lstrip(" \t").startswith("\n"):
        return 0  # no headline of its own: the text opens with its body
    opens = re.compile(rf"{re.escape(word)}(?!\w)")
    return int(opens.match(first) is not None and opens.match(rest.lstrip()) is not None)


INDEX_KEY = "claimx_dictionary"  # doc.user_data's key of the document's `TextIndex` (the claims component drops it)
_CAPITALISED = re.compile(r"(?<!\w)[A-Z]\w*")  # a run of word characters opening with a capital (the words asked)
_LOWER_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,;")  # what a word written after a word in lower case follows


def text_index(doc: Doc, text: str) -> TextIndex:
    """The `TextIndex` of `text`, the text of `doc`, made at the first test that asks and kept on the Doc
    (`doc.user_data[INDEX_KEY]`): every test of every word of that document is answered from it, with no search of
    the whole text per word asked. A Doc whose index was made of another text gets a new one."""
    index = doc.user_data.get(INDEX_KEY)
    if index is None or not (index.text is text or index.text == text):
        index = doc.user_data[INDEX_KEY] = TextIndex(text)
    return index


class TextIndex:
    """Where a document's text writes each of its capitalised words, read in one pass: each maximal run of word
    characters (`\\w`, as the regular expressions of the tests read a word) that opens with a capital A-Z, with its
    start. A test of such a word looks up its starts and the characters before them; any other word (in lower case,
    "U.S.", "Co-op", "Émile") is searched for once, its answer kept."""

    def __init__(self, text: str) -> None:
        self.text = text
        # the body under the headline: after the first line break, when the text (stripped) has one
        self.body_start = text.find("\n") + 1 if "\n" in text.strip() else 0
        self._starts: dict[str, list[int]] = {}
        for m in _CAPITALISED.finditer(text):
            self._starts.setdefault(m.group(), []).append(m.start())
        self._answers: dict[tuple, object] = {}

    def _plain(self, word: str) -> bool:
        return _CAPITALISED.fullmatch(word) is not None

    def body_count(self, word: str) -> int:
        """How many times the body under the headline writes `word` whole, not after a hyphen (the regular
        expression `(?<![\\w-])word\\b` over the body)."""
        if not self._plain(word):
            return self._searched("body", word)
        text = self.text
        return sum(1 for s in self._starts.get(word, ()) if s >= self.body_start and (s == 0 or text[s - 1] != "-"))

    def undotted_count(self, word: str) -> int:
        """How many times the text writes `word` whole, not after a full stop (`(?<![\\w.])word(?!\\w)`)."""
        if not self._plain(word):
            return self._searched("undotted", word)
        text = self.text
        return sum(1 for s in self._starts.get(word, ()) if s == 0 or text[s - 1] != ".")

    def after_lower_case(self, word: str, across_line: bool) -> bool:
        """Whether the text writes `word` whole after a letter in lower case, a comma or a semicolon and white space:
        spaces or tabs, and with `across_line` one line break among them too (`[a-z,;][ \\t]+word\\b`, or
        `[a-z,;](?:[ \\t]+|[ \\t]*\\n[ \\t]*)word\\b`), as a name is written inside a sentence."""
        if not self._plain(word):
            return bool(self._searched("across" if across_line else "line", word))
        text, gap = self.text, " \t\n" if across_line else " \t"
        for s in self._starts.get(word, ()):
            j = s - 1
            while j >= 0 and text[j] in gap:
                j -= 1
            if j < s - 1 and j >= 0 and text[j] in _LOWER_BEFORE and text.count("\n", j + 1, s) <= 1:
                return True
        return False

    def market_story(self, market_words: frozenset[str]) -> bool:
        """`market_story` of the text, read once per list of words."""
        key = ("market", market_words)
        if key not in self._answers:
            self._answers[key] = market_story(self.text, market_words)
        return bool(self._answers[key])

    def after_lower_word(self, word: str) -> bool:
        """Whether the text writes `word` whole right after a word opening in lower case, maybe with a comma, and
        spaces or tabs (`(?<![\\w'’-])[a-z][\\w'’-]*,?[ \\t]+word\\b`), as a name is written inside a sentence ("shares
        of Target"); a word after another capitalised word ("Plummeting Crime") says nothing."""
        if not self._plain(word):
            return bool(self._searched("lower_word", word))
        text = self.text
        for s in self._starts.get(word, ()):
            j = s - 1
            while j >= 0 and text[j] in " \t":
                j -= 1
            if j == s - 1:
                continue
            if j >= 0 and text[j] == ",":
                j -= 1
            k = j
            while k >= 0 and (text[k].isalnum() or text[k] in "_'’-"):
                k -= 1
            if k < j and "a" <= text[k + 1] <= "z":
                return True
        return False

    def _searched(self, test: str, word: str) -> int:
        """A test of a word that is no run of word characters, by its regular expression, once per word."""
        key = (test, word)
        if key not in self._answers:
            w, text = re.escape(word), self.text
            if test == "body":
                found = len(re.findall(rf"(?<![\w-]){w}\b", text[self.body_start:]))
            elif test == "undotted":
                found = len(re.findall(rf"(?<![\w.]){w}(?![\w])", text))
            elif test == "lower_word":
                found = int(re.search(rf"(?<![\w'’-])[a-z][\w'’-]*,?[ \t]+{w}\b", text) is not None)
            elif test == "across":
                found = int(re.search(rf"[a-z,;](?:[ \t]+|[ \t]*\n[ \t]*){w}\b", text) is not None)
            else:
                found = int(re.search(rf"[a-z,;][ \t]+{w}\b", text) is not None)
            self._answers[key] = found
        return self._answers[key]
