"""spaCy's attribute ruler and rule lemmatizer, run as array and table look-ups: the same annotations, less time.

The base pipeline's `attribute_ruler` (en_core_web_sm: 179 patterns, 171 of them a single `TAG`) runs its patterns
through spaCy's `Matcher` token by token and sets each match's attributes from Python, one `Span` per match; its
`lemmatizer` (rule mode) makes a `Token` of every word and asks its cache one token at a time. Over the bench's 60
texts the two took about 0.9 and 0.5 CPU seconds, more than claimx's own quantities component (docs/benchmarks.md,
session 34). `speed_up(nlp)` makes both components compute the same values over whole-Doc arrays:

- the attribute ruler works out what its one-token patterns do to a token once per combination of the attributes they
  read (`TAG`, `LOWER`, `DEP`, `IS_SPACE` in en_core_web_sm; a word by the answers of the tests on it, so that the
  words no pattern tells apart share their combinations) and keeps it (`_Rules`), matches its wider patterns with
  numpy over the Doc's arrays, and writes the attributes with one `Doc.from_array` (MORPH per changed token, from its
  analysis). A later pattern overrides an earlier one on the same token, as spaCy's ruler applies its matches in
  pattern order. Only the pattern
  shapes it reads exactly are taken (fixed-length token patterns; a string, an `IN` or `NOT_IN` list, a `REGEX` or a
  flag per attribute; the attributes set among POS, TAG, DEP, MORPH and LEMMA); a ruler holding any other runs spaCy's
  own code, whole.
- the lemmatizer reads each word's lemma from the component's own cache (keyed by `(orth, pos, morph)`, as spaCy's
  `rule_lemmatize` keys it) and asks spaCy's `lemmatize` for the words not in it, in text order, so the cache fills as
  it would; the answers spaCy does not cache (a word in its base form) are kept beside it, and the tables' word
  indexes answer `in` from a set (`_uncached`, `_Index`). Other modes and lemmatizer classes are left as they are.

Both keep their spaCy names, settings and serialisation: only the class of the loaded object changes (a subclass that
replaces `__call__`). tests/test_spacy_tables.py checks the Docs against spaCy's own components, array by array.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, MorphAnalysis

_STRING_ATTRS = {"TAG", "DEP", "LOWER", "ORTH", "TEXT", "NORM"}  # compared by their string's hash
_SET_ATTRS = {IDS[name] for name in ("POS", "TAG", "DEP", "MORPH", "LEMMA")}  # what a ruler's pattern may set here
_WORD_ATTRS = {IDS[name] for name in ("LOWER", "ORTH", "NORM")}  # read through their tests (see _Rules)


_ORDER = {"eq": 0, "in": 1, "not_in": 2, "re": 3}


class _Unsupported(Exception):
    """A pattern this module does not read exactly: the ruler runs spaCy's own code."""


def _token_tests(spec: dict, vocab) -> list[tuple[int, str, object]]:
    """A token pattern as (attribute id, test, value) triples: "eq" a hash, "in" or "not_in" a set of
    hashes, "re" a regex."""
    import re

    tests = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else None
        if name == "TEXT":
            name = "ORTH"
        if name in _STRING_ATTRS:
            attr = IDS[name]
            if isinstance(value, str):
                tests.append((attr, "eq", numpy.uint64(vocab.strings.add(value))))
            elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN") and \
                    isinstance(next(iter(value.values())), list) and all(isinstance(v, str) for v in next(iter(value.values()))):
                test, words = next(iter(value.items()))  # spaCy compares by each string's id ("" is 0, unset)
                tests.append((attr, test.lower(), numpy.array(sorted({get_string_id(v) for v in words}), dtype=numpy.uint64)))
            elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str):
                tests.append((attr, "re", re.compile(value["REGEX"])))
            else:
                raise _Unsupported(f"{key}: {value!r}")
        elif name is not None and name.startswith("IS_") and name in IDS and name != "IS_SENT_START" and isinstance(value, bool):
            tests.append((IDS[name], "eq", numpy.uint64(int(value))))
        else:
            raise _Unsupported(f"{key}: {value!r}")
    return tests


def _compile(ruler: AttributeRuler) -> _Rules | None:
    """The ruler's patterns in the order spaCy applies them: (token patterns, target index, attributes); None if any
    pattern is of a shape this module does not read exactly."""
    rules = []
    try:
        for i in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(i))
            attrs = ruler.attrs[i]
            if not patterns or not attrs or any(not isinstance(a, int) or a not in _SET_ATTRS for a in attrs):
                raise _Unsupported(f"attributes {attrs!r}")
            if MORPH in attrs and (not isinstance(attrs[MORPH], int) or attrs[MORPH] == 0 or
                                   ruler.vocab.morphology.add(ruler.vocab.strings[attrs[MORPH]]) != attrs[MORPH]):
                raise _Unsupported("a MORPH value not in the morphology table")  # set as a key, it would read as 0
            compiled = []
            for pattern in patterns:
                if not pattern or any(not isinstance(spec, dict) for spec in pattern):
                    raise _Unsupported(repr(pattern))
                index = ruler.indices[i]
                target = index if index >= 0 else len(pattern) + index
                if not 0 <= target < len(pattern):
                    raise _Unsupported("index outside its pattern")  # spaCy's own code raises its error
                tests = [(k, attr, test, value) for k, spec in enumerate(pattern) for attr, test, value in _token_tests(spec, ruler.vocab)]
                if not tests:
                    raise _Unsupported("a token pattern with no test")  # matches every token: left to spaCy
                tests.sort(key=lambda t: _ORDER[t[2]])  # one value first (the cheapest to rule out), a regex last
                compiled.append((len(pattern), target, tests))
            rules.append((compiled, dict(attrs)))
    except _Unsupported:
        return None
    return _Rules(rules)


class TableAttributeRuler(AttributeRuler):
    """spaCy's `AttributeRuler`, its patterns matched over the Doc's arrays (see the module's docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        state = getattr(self, "_claimx_rules", None)
        if state is None or state[0] != len(self.attrs):
            state = self._claimx_rules = (len(self.attrs), _compile(self))
        rules = state[1]
        if rules is None or len(doc) == 0:
            return super().__call__(doc)
        try:
            apply_rules(doc, rules)
        except Exception as e:  # noqa: BLE001  (spaCy's own __call__ hands any error to the same handler)
            return self.get_error_handler()(self.name, self, [doc], e)
        return doc


class _Rules:
    """A ruler's compiled patterns, in the order spaCy applies them, split by width.

    What the one-token patterns do to a token depends only on the few attributes they read (en_core_web_sm: TAG, LOWER,
    DEP, IS_SPACE), so their outcome is worked out once per combination of those values and kept (`outcome`); the
    patterns of two tokens or more are matched over the Doc's arrays with numpy."""

    LIMIT = 50_000  # combinations kept (a few MB); past it the table starts again

    def __init__(self, rules: list):
        self.rules = rules
        self.singles = [(n, [[(k, attr, test, _scalar(test, value)) for k, attr, test, value in tests]
                             for width, _, tests in compiled if width == 1], attrs)
                        for n, (compiled, attrs) in enumerate(rules)]
        self.singles = [(n, patterns, attrs) for n, patterns, attrs in self.singles if patterns]
        self.wide = [(n, [p for p in compiled if p[0] > 1], attrs) for n, (compiled, attrs) in enumerate(rules)]
        self.wide = [(n, patterns, attrs) for n, patterns, attrs in self.wide if patterns]
        self.read = sorted({attr for _, patterns, _ in self.singles for tests in patterns for _, attr, _, _ in tests})
        # each one-token pattern filed under its first single value, so a combination tries only the patterns it can match
        self.by_value: dict[tuple[int, int], list] = {}
        self.unfiled: list = []
        for n, patterns, attrs in self.singles:
            for tests in patterns:
                entry = (n, tests, attrs)
                first = next(((attr, value) for _, attr, test, value in tests if test == "eq"), None)
                (self.by_value.setdefault(first, []) if first else self.unfiled).append(entry)
        self.wide_read = sorted({attr for _, patterns, _ in self.wide for _, _, tests in patterns for _, attr, _, _ in tests})
        self.written = sorted({attr for _, attrs in rules for attr in attrs})
        self.known: dict[tuple, tuple] = {}
        # A word attribute (LOWER) takes thousands of values, and each new one made a new combination to work out; but
        # the patterns see a word only through their tests of it, so a word is filed under the first word met that
        # passes and fails the same tests (its `representative`), and combinations are kept by representatives.
        self.word_columns = [k for k, attr in enumerate(self.read) if attr in _WORD_ATTRS]
        tested = {k: {(test, value) for _, patterns, _ in self.singles for tests in patterns
                      for _, attr, test, value in tests if attr == self.read[k]} for k in self.word_columns}
        # (a word equals at most one of the words the "eq" tests name, so those answer as one: which one, if any)
        self.word_values = {k: frozenset(value for test, value in tested[k] if test == "eq") for k in self.word_columns}
        self.word_tests = {k: sorted(((test, value) for test, value in tested[k] if test != "eq"), key=repr)
                           for k in self.word_columns}
        self.representatives: dict[int, dict[int, int]] = {k: {} for k in self.word_columns}
        self._by_answers: dict[int, dict[tuple, int]] = {k: {} for k in self.word_columns}

    def representative(self, column: int, value: int, strings) -> int:
        """The word standing for `value` in column `column` of `read`: the first word met whose tests all answer alike."""
        answers = (value if value in self.word_values[column] else None,
                   *(_holds(test, wanted, value, strings) for test, wanted in self.word_tests[column]))
        kept = self.representatives[column]
        if len(kept) >= self.LIMIT:
            kept.clear()  # (the representatives themselves stay: a word met again is filed as before)
        kept[value] = self._by_answers[column].setdefault(answers, value)
        return kept[value]

    def outcome(self, values: tuple, strings) -> tuple:
        """For a token whose read attributes hold `values`: per written attribute, 1 + the last one-token rule that
        sets it (0 for none) and the value it sets."""
        at = dict(zip(self.read, values))
        entries = list(self.unfiled)
        for attr, value in at.items():
            entries.extend(self.by_value.get((attr, value), ()))
        entries.sort(key=lambda entry: entry[0])  # in the rules' order (a rule's patterns set the same values)
        last = {}
        for n, tests, attrs in entries:
            if all(_holds(test, value, at[attr], strings) for _, attr, test, value in tests):
                for attr, value in attrs.items():
                    last[attr] = (n + 1, value)
        out = []
        for attr in self.written:
            out.extend(last.get(attr, (0, 0)))
        if len(self.known) >= self.LIMIT:
            self.known.clear()
        self.known[values] = tuple(out)
        return self.known[values]


def _scalar(test: str, wanted):
    """A test's value as one token's test reads it: an int, a set of ints, or the regex."""
    if test == "eq":
        return int(wanted)
    if test in ("in", "not_in"):
        return frozenset(int(v) for v in wanted.tolist())
    return wanted


def _holds(test: str, wanted, value: int, strings) -> bool:
    if test == "eq":
        return value == wanted
    if test == "in":
        return value in wanted
    if test == "not_in":
        return value not in wanted
    return bool(wanted.search(strings[value]))


def apply_rules(doc: Doc, rules: _Rules) -> None:
    """Set each rule's attributes on the tokens its patterns match, later rules over earlier ones."""
    n = len(doc)
    strings = doc.vocab.strings
    written = rules.written
    values = doc.to_array(written).reshape((n, len(written)))
    # the one-token rules, from the table of outcomes per combination of the attributes they read
    if rules.read:
        known, outcome = rules.known, rules.outcome
        rows = doc.to_array(rules.read).reshape((n, len(rules.read))).tolist()
        for column in rules.word_columns:
            kept = rules.representatives[column]
            for row in rows:
                if (found := kept.get(row[column])) is None:
                    found = rules.representative(column, row[column], strings)
                row[column] = found
        rows = [tuple(row) for row in rows]
        table = numpy.array([known.get(row) or outcome(row, strings) for row in rows], dtype=numpy.uint64)
        order = table[:, 0::2].astype(numpy.int64)  # 1 + the rule that set each attribute, 0 for none
        chosen = table[:, 1::2]
    else:
        order = numpy.zeros((n, len(written)), dtype=numpy.int64)
        chosen = numpy.zeros((n, len(written)), dtype=numpy.uint64)
    # the wider rules, over the Doc's arrays; a later rule (a larger number) wins
    if rules.wide:
        columns = dict(zip(rules.wide_read, doc.to_array(rules.wide_read).reshape((n, len(rules.wide_read))).T))
        where = {attr: col for col, attr in enumerate(written)}
        for number, patterns, attrs in rules.wide:
            hit = None
            for width, target, tests in patterns:
                if width > n:
                    continue
                starts = _starts(columns, tests, n - width + 1, strings)
                if starts is not None and starts.any():
                    if hit is None:
                        hit = numpy.zeros(n, dtype=bool)
                    hit[target:target + n - width + 1] |= starts
            if hit is not None:
                for attr, value in attrs.items():
                    col = where[attr]
                    later = hit & (order[:, col] <= number + 1)
                    order[later, col] = number + 1
                    chosen[later, col] = value
    values = numpy.where(order > 0, chosen, values)
    _write(doc, written, values)


def _starts(columns: dict, tests: list, count: int, strings):
    """Where a pattern of several tokens starts: a boolean array of `count`, or None when it cannot match."""
    starts = None
    for k, attr, test, value in tests:
        column = columns[attr][k:k + count]
        if test == "eq":
            found = column == value
        elif test == "in":
            found = numpy.isin(column, value)
        elif test == "not_in":
            found = ~numpy.isin(column, value)
        else:  # a regex (the tests are ordered so it comes last): tried only where the others held
            found = numpy.zeros(count, dtype=bool)
            for at in (numpy.flatnonzero(starts).tolist() if starts is not None else range(count)):
                found[at] = bool(value.search(strings[int(column[at])]))
        starts = found if starts is None else starts & found
        if not starts.any():
            return None
    return starts


def _write(doc: Doc, written: list[int], values) -> None:
    """Write the columns back. `Doc.from_array` would parse every token's morphological features again
    (`Morphology.add` per token), so MORPH is set per token where it changed, from its analysis, as spaCy's
    `set_token_attrs` sets the key."""
    if MORPH in written:
        col = written.index(MORPH)
        changed = numpy.flatnonzero(values[:, col] != doc.to_array(MORPH))
        if changed.size:
            analyses = {}
            for i in changed.tolist():
                key = int(values[i, col])
                if key not in analyses:
                    analyses[key] = MorphAnalysis.from_id(doc.vocab, key)  # in the morphology table: see _compile
                doc[i].morph = analyses[key]
        others = [c for c, attr in enumerate(written) if attr != MORPH]
        if others:
            doc.from_array([written[c] for c in others], values[:, others])
    else:
        doc.from_array(written, values)


class _LemmaTable:
    """A rule lemmatizer that reads its cache over the Doc's arrays (see the module's docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
            cache, lemmatize, overwrite = self.cache, self.lemmatize, self.overwrite
            uncached = _uncached(self)
            add = doc.vocab.strings.add
            lemmas = []
            for i, (orth, pos, morph, lemma) in enumerate(rows):
                if overwrite or lemma == 0:
                    key = (orth, pos, morph)
                    forms = cache.get(key) or uncached.get(key)
                    if forms is None:
                        forms = lemmatize(doc[i])
                        if key not in cache and pos != 0:
                            uncached[key] = forms
                    lemma = add(forms[0])
                lemmas.append(lemma)
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
            return doc
        except Exception as e:  # noqa: BLE001  (as spaCy's own __call__, which then returns None)
            self.get_error_handler()(self.name, self, [doc], e)


def _uncached(lemmatizer) -> dict:
    """The answers `rule_lemmatize` gives without keeping them in its cache: a word in its base form (a singular noun,
    an infinitive...), a space, a part of speech with no rules. Each is a function of the word, its part of speech and
    its features (all `Lemmatizer.is_base_form` and `EnglishLemmatizer.is_base_form` read) and of the lookup tables, so
    they are kept here, keyed as the cache is, until the tables change. A word with no part of speech is not kept:
    spaCy warns about it on each reading.

    On the first call with a set of tables, their word indexes become `_Index` lists (see there)."""
    kept = getattr(lemmatizer, "_claimx_uncached", None)
    if kept is None or kept[0] is not lemmatizer.lookups:
        if "lemma_index" in lemmatizer.lookups:
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                if type(words) is list and all(type(w) is str for w in words):
                    index[pos] = _Index(words)
        kept = lemmatizer._claimx_uncached = (lemmatizer.lookups, {})
    return kept[1]


class _Index(list):
    """A part of speech's word index (a list of 4,000-57,000 words in en_core_web_sm) that answers `in` from a set:
    `rule_lemmatize` asks whether each form its rules make is a known word, and a list's `in` reads the words one by
    one. The same words in the same order; for strings, membership in the set and in the list are the same question."""

    __slots__ = ("_words",)

    def __init__(self, words: list[str]):
        super().__init__(words)
        self._words = frozenset(words)

    def __contains__(self, word) -> bool:
        return word in self._words


class TableLemmatizer(_LemmaTable, Lemmatizer):
    """spaCy's `Lemmatizer` in rule mode, its cache read over the Doc's arrays."""


class TableEnglishLemmatizer(_LemmaTable, EnglishLemmatizer):
    """spaCy's `EnglishLemmatizer` in rule mode, its cache read over the Doc's arrays."""


_LEMMATIZERS = {Lemmatizer: TableLemmatizer, EnglishLemmatizer: TableEnglishLemmatizer}


def speed_up(nlp: Language) -> list[str]:
    """Make the pipeline's attribute ruler and rule lemmatizer compute over arrays; the names of those changed."""
    changed = []
    for name, component in nlp.components:
        if type(component) is AttributeRuler:
            component.__class__ = TableAttributeRuler
            changed.append(name)
        elif type(component) in _LEMMATIZERS and component.mode == "rule" and \
                type(component).rule_lemmatize is Lemmatizer.rule_lemmatize and component.lemmatize == component.rule_lemmatize:
            component.__class__ = _LEMMATIZERS[type(component)]
            changed.append(name)
    return changed
