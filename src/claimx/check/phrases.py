"""Cue phrases of rules/check.json found in a short text: a metric phrase, a figure as written, the
words between two figures of one sentence.

Every text is cut into words and marks by `claimx.check.around.scan` and looked up in the lists of
`claimx.check.words`; nothing here is a pattern over a sentence. Where a cue must stand close to the
end of a text ("from" just before a figure), the distance is counted in characters from the cue's last
word to the end of the text, from the list `reach` of check.json.
"""
from __future__ import annotations

import functools

from claimx.check.around import Word, scan, starts
from claimx.check.words import Phrase, check_words
from claimx.lexicon import load_lexicon


def phrases(key: str) -> tuple[Phrase, ...]:
    """The phrases of list `key` of check.json."""
    return check_words().phrases(key)


def find_all(words: list[Word], cues: tuple[Phrase, ...]) -> list[tuple[int, int]]:
    """(index, length) of each cue in `words`, left to right, the longest at each place, not overlapping."""
    return _spans(words, lambda at: starts(words, at, cues))


def _spans(words: list[Word], length_at) -> list[tuple[int, int]]:
    """(index, length) of the matches `length_at(index)` finds in `words`, left to right, not overlapping."""
    found, at = [], 0
    while at < len(words):
        length = length_at(at)
        if length:
            found.append((at, length))
            at += length
        else:
            at += 1
    return found


def has(text: str | None, key: str) -> bool:
    """Whether a phrase of list `key` occurs in `text`."""
    return bool(find_all(scan(text or ""), phrases(key)))


def is_multiple(text: str | None) -> bool:
    """Whether `text` says a multiple: a word of `multiple_words` ("times"), a word starting with one of
    `multiple_stems` ("doubled", "tripling") or a longer word ending with one of `multiple_endings`
    ("tenfold", "ten-fold")."""
    cue = check_words()
    stems = [phrase[0] for phrase in cue.phrases("multiple_stems")]
    endings = [phrase[0] for phrase in cue.phrases("multiple_endings")]
    for word in scan(text or ""):
        if word.mark:
            continue
        if ((word.text,) in cue.phrases("multiple_words") or word.text.startswith(tuple(stems))
                or any(word.text.endswith(end) and len(word.text) > len(end) for end in endings)):
            return True
    return False


def of_whole(words: list[Word], at: int) -> int:
    """The length of "of [determiner] <whole word>" starting at words[at] ("of the total", "of group"), else 0."""
    cue = check_words()
    if at >= len(words) or words[at].text != "of":
        return 0
    step = 1 + (at + 1 < len(words) and (words[at + 1].text,) in cue.phrases("determiners"))
    if at + step < len(words) and (words[at + step].text,) in cue.phrases("of_whole"):
        return step + 1
    return 0


def _share_cue(words: list[Word], at: int) -> int:
    """The length of the share cue starting at words[at], else 0; "share" before a word of `stock_share_after` is a
    share of stock ("share price", "share buyback"), no portion of a whole."""
    length = starts(words, at, phrases("share_cues"))
    if (length == 1 and words[at].text == "share" and at + 1 < len(words)
            and (words[at + 1].text,) in phrases("stock_share_after")):
        return 0
    return length


def rule_spans(words: list[Word]) -> list[tuple[int, int]]:
    """(index, length) of the share, change, gap and multiple words in `words` (the words `base_phrase`
    drops), left to right."""
    cue = check_words()
    lists = cue.phrases("growth_cues") + cue.phrases("difference_cues")
    return _spans(words, lambda at: max(_share_cue(words, at), starts(words, at, lists), of_whole(words, at),
                                        int(is_multiple(words[at].text))))


def is_share(text: str | None) -> bool:
    """Whether `text` speaks of a share ("share", "accounts for", "of the total")."""
    words = scan(text or "")
    return any(_share_cue(words, at) or of_whole(words, at) for at in range(len(words)))


def is_time(words: list[Word]) -> bool:
    """Whether `words` begin with a unit of time, after an optional article ("a year", "months")."""
    cue = check_words()
    at = int(bool(words) and (words[0].text,) in cue.phrases("articles"))
    return at < len(words) and (words[at].text,) in cue.phrases("time_units")


def says_rate(text: str | None) -> bool:
    """Whether `text` has a rate word ("per", "for every") followed by something other than a unit of
    time ("cost per kilometre", not "visits per year")."""
    words = scan(text or "")
    return any(at + length < len(words) and not is_time(words[at + length:])
               for at, length in find_all(words, phrases("rate_words")))


def rate_split(text: str | None) -> tuple[str, str] | None:
    """(words before, words after) the first rate word of `text` ("per", "for every") with words on both
    sides: ("cost", "kilometre") for "cost per kilometre"; None for no such word or a rate per unit of
    time ("visits per year")."""
    text = text or ""
    words = scan(text)
    for at, length in find_all(words, phrases("rate_words")):
        rest = words[at + length:]
        if at == 0 or not rest:
            continue
        if is_time(rest):
            return None
        return text[:words[at].start].strip(), text[rest[0].start:].strip()
    return None


def per_year(text: str | None, *, at_start: bool = False) -> bool:
    """Whether `text` says "a year" ("per year", "annually"); with `at_start`, only as its first words."""
    words = scan(text or "")
    if at_start:
        return bool(words) and bool(starts(words, 0, phrases("per_year")))
    return bool(find_all(words, phrases("per_year")))


PER_TIME = {"per_day": "day", "per_week": "week", "per_month": "month"}


def per_time(text: str | None, *, at_start: bool = False) -> str | None:
    """The time unit ("day", "week", "month") `text` gives a rate per ("a day", "weekly", lists `per_day`,
    `per_week`, `per_month`); with `at_start`, only as its first words. None for none of them."""
    words = scan(text or "")
    for key, unit in PER_TIME.items():
        if at_start and words and starts(words, 0, phrases(key)):
            return unit
        if not at_start and find_all(words, phrases(key)):
            return unit
    return None


def _reach(key: str) -> int:
    return check_words().reach[key]


@functools.cache
def _bound_tails() -> frozenset[tuple[str, str]]:
    """The two-word bounds written after a figure (the lexicon's `hedges_after`: "and over", "or above")."""
    return frozenset(tuple(phrase.lower().split()) for phrases_ in load_lexicon()["hedges_after"].values()
                     for phrase in phrases_ if len(phrase.split()) == 2)


def _ends_bound(words: list[Word], at: int) -> bool:
    """Whether the one-word cue at `at` ends a bound written after a figure with the word before it: the "over"
    of "centres of 10,000 population and over" is no base cue."""
    return at > 0 and (words[at - 1].text.lower(), words[at].text.lower()) in _bound_tails()


def ends_with_cue(text: str, key: str, reach: str, stops: str = "stops") -> bool:
    """Whether a phrase of list `key` stands in `text` with at most `reach` characters of check.json's
    `reach` after it to the end of the text, and none of the marks of list `stops` in between (a point
    right after a cue word, as in "vs.", belongs to it). A one-word cue that ends a bound written after a
    figure ("aged 65 and over", "or above") is none."""
    words = scan(text)
    stop = {phrase[0] for phrase in phrases(stops)}
    limit = _reach(reach)
    for at, length in find_all(words, phrases(key)):
        if length == 1 and _ends_bound(words, at):
            continue
        end, rest = words[at + length - 1].end, words[at + length:]
        if rest and rest[0].text == "." and rest[0].start == end:
            end, rest = rest[0].end, rest[1:]
        if len(text) - end <= limit and not any(word.text in stop for word in rest):
            return True
    return False


def last_word_is(text: str, key: str, reach: str) -> bool:
    """Whether `text` ends with a word of list `key` ("to", "from") that starts at most `reach` characters
    (check.json `reach`) into it, with no mark of list `stops` anywhere in it."""
    words = scan(text)
    stop = {phrase[0] for phrase in phrases("stops")}
    if not words or any(word.text in stop for word in words):
        return False
    return (words[-1].text,) in phrases(key) and words[-1].start <= _reach(reach)


def unit_after(text: str, *, written: bool = False) -> str | None:
    """The unit of a per-unit figure: the word after the word of `per_unit_words` ("a", "per", "each")
    that begins `text` ("a hectare, ..." -> "hectare"); with `written`, the one standing after the first
    word of a figure as written and followed by nothing but words ("$48 million per kilometre" ->
    "kilometre"). None when there is no such word; "" when the unit is not a word of two letters or more,
    or is a year ("a year", "per year")."""
    words = scan(text)
    cue = check_words()
    places = range(1, len(words)) if written else range(min(1, len(words)))
    for at in places:
        rest = words[at + 1:]
        if (words[at].text,) not in cue.phrases("per_unit_words") or (written and not all(
                word.text.isalpha() for word in rest)):
            continue
        if not rest or not rest[0].text.isalpha() or len(rest[0].text) < 2:
            return ""
        if starts(words, at, cue.phrases("per_year")) or (rest[0].text,) in cue.phrases("per_year"):
            return ""
        return text[rest[0].start:rest[0].end]
    return None


def breaks_statement(text: str) -> bool:
    """Whether `text` (the words between two figures) begins another statement: a mark of `clause_marks`
    (";"), a phrase of `clause_words` ("while", "although", "so that": a result clause with its own subject), or a comma or dash (`comma_marks`) followed by a
    word of `statement_after_comma` (", but", ", and", "– and")."""
    cue = check_words()
    words = scan(text)
    for at, word in enumerate(words):
        if (word.text,) in cue.phrases("clause_marks") or starts(words, at, cue.phrases("clause_words")):
            return True
        if at and words[at - 1].text in cue.words("comma_marks") and (word.text,) in cue.phrases("statement_after_comma"):
            return True
    return False


def portion_words(text: str) -> str | None:
    """What a share is of, when `text` (between a share and an amount) reads "of [determiner] <words>[,]
    <link>" with a link of `portion_links` ("of the fund, or", "of its budget, worth"): the words; else None."""
    cue = check_words()
    words = scan(text)
    if not words or words[0].text != "of":
        return None
    links = [(at, length) for at, length in find_all(words, cue.phrases("portion_links"))
             if at + length == len(words)]
    if not links:
        return None
    first = 1 + (len(words) > 1 and (words[1].text,) in cue.phrases("determiners"))
    last = links[-1][0]
    if last > first and words[last - 1].text == ",":
        last -= 1
    inner = words[first:last]
    if not inner or any(word.mark and word.text != "-" for word in inner):
        return None
    found = text[inner[0].start:inner[-1].end]
    return found if 2 <= len(found) <= 40 else None


def rate_of(text: str) -> bool:
    """Whether `text` (between a figure and the next) reads as a rate over the next figure: a word of
    `rate_words` then "of" and at most `windows.rate_of` words ("for each of the city's", "per")."""
    words = scan(text)
    length = starts(words, 0, phrases("rate_words")) if words else 0
    if not length:
        return False
    rest = words[length:]
    if rest and rest[0].text == "of":
        rest = rest[1:]
    elif rest:
        return False
    return len(rest) <= check_words().windows["rate_of"] and not any(word.mark for word in rest)


def whole_follows(text: str) -> bool:
    """Whether `text` (between a share and the next figure) names that figure as the share's whole: "of",
    then at most `windows.share_of` words and no mark ("roughly a fifth of the city's 910 lane-miles")."""
    words = scan(text)
    if not words or words[0].text != "of":
        return False
    rest = words[1:]
    return len(rest) <= check_words().windows["share_of"] and not any(word.mark for word in rest)


def compares(text: str) -> bool:
    """Whether `text` (between two figures) sets the second against the first: it holds a phrase of
    `compared_cues` ("about 148,000, compared with roughly 176,000"; "0.31 a pair, against 0.82")."""
    return has(text, "compared_cues")


def restates(text: str) -> bool:
    """Whether `text` (between an amount and a percentage after it) restates the amount: a comma, then a
    phrase of `portion_links` and nothing else ("$30 million, or 4%")."""
    words = scan(text)
    if not words or words[0].text != ",":
        return False
    rest = words[1:-1] if len(words) > 1 and words[-1].text == "," else words[1:]
    return bool(rest) and starts(rest, 0, phrases("portion_links")) == len(rest)


def restated_base(text: str) -> bool:
    """Whether `text` (between a percentage and the next figure) makes that figure the base the percentage
    is measured against: an optional comma, a phrase of `restated_comparatives` ("above", "larger than"),
    then at most `windows.restated_base` words and no mark ("4%, larger than the", "9% above the original
    budget of")."""
    words = scan(text)
    if words and words[0].text == ",":
        words = words[1:]
    length = starts(words, 0, phrases("restated_comparatives")) if words else 0
    if not length:
        return False
    rest = words[length:]
    return len(rest) <= check_words().windows["restated_base"] and not any(word.mark for word in rest)


def base_named_of(text: str) -> bool:
    """Whether `text` (the words just before a figure) makes the figure a change's base by a phrase of `compared_cues`
    ending it ("down 68% against Rs 32.92 crore", "as against Rs 2,320 crore") or naming the base after the cue: at
    least one and at most `windows.restated_base` words, none of them a mark or a word of `joins`, `to_words` or
    `after_cues`, then "of" right before the figure ("against a net profit of", "compared with the previous year's
    revenue of")."""
    words = scan(text)
    if not words:
        return False
    barred = phrases("joins") + phrases("to_words") + phrases("after_cues")
    for at, length in find_all(words, phrases("compared_cues")):
        rest = words[at + length:]
        if not rest:
            return True
        rest = rest[:-1] if rest[-1].text == "of" else None
        if (rest and len(rest) <= check_words().windows["restated_base"] and not any(word.mark for word in rest)
                and not any(starts(rest, k, barred) for k in range(len(rest)))):
            return True
    return False


def gap_base(text: str) -> bool:
    """Whether `text` (between a figure and the next one) makes the figure a gap over that next figure, its
    base: a phrase of `restated_comparatives` right after the figure, or with one word between the figure
    and it or inside a two-word one ("600,000 more than the", "600,000 riders more than", "600,000 more
    riders than"), then at most `windows.restated_base` words, none of `joins`, and no mark."""
    words = scan(text)
    if not words or any(word.mark for word in words):
        return False
    comparatives = phrases("restated_comparatives")
    split = {phrase[0] for phrase in comparatives if len(phrase) == 2}
    for at in (0, 1):
        length = starts(words, at, comparatives) if at < len(words) else 0
        if not length and at + 2 < len(words) and words[at].text in split and words[at + 2].text in {
                phrase[1] for phrase in comparatives if len(phrase) == 2 and phrase[0] == words[at].text}:
            length = 3
        if length:
            # the base follows the comparative, with no word of `joins` opening another item between ("17 fewer than
            # last year and 154 fewer than three years ago": "last year" was the base)
            rest = words[at + length:]
            return len(rest) <= check_words().windows["restated_base"] \
                and not any(starts(rest, k, phrases("joins")) for k in range(len(rest)))
    return False


def restates_part(text: str) -> bool:
    """Whether `text` (between a count and a share after it) restates the count as the share: at most
    `windows.share_of` words of the count's own clause and no mark, then a mark of `stretch_marks` and a phrase
    of `portion_links` ("480 work nights, or one in five"; "480 — or 20% —"), nothing ("won 287 of her 418
    matches, about 69%"), or a noun phrase in apposition: a word of `articles`, at most `windows.share_of` words
    more, the last "of" ("won 14 of her 16 matches, a winning rate of 87.5%")."""
    words = scan(text)
    marks = {phrase[0] for phrase in phrases("stretch_marks")}
    cut = next((at for at, word in enumerate(words) if word.mark), None)
    if cut is None or words[cut].text not in marks or cut > check_words().windows["share_of"]:
        return False
    rest = words[cut + 1:]
    if not rest:
        return True
    if (rest[0].text,) in phrases("articles") and rest[-1].text == "of" \
            and len(rest) <= check_words().windows["share_of"] + 1 and not any(word.mark for word in rest):
        return True
    return starts(rest, 0, phrases("portion_links")) == len(rest)


def links_multiple(text: str) -> bool:
    """Whether `text` (between a multiple and a figure after it) sets that figure as the multiple's base by a phrase
    of `multiple_links` right after the multiple and at most `windows.share_of` words more, no mark ("nearly twice as
    many as her opponent's 23")."""
    words = scan(text)
    length = starts(words, 0, phrases("multiple_links"))
    rest = words[length:]
    return length > 0 and len(rest) <= check_words().windows["share_of"] and not any(word.mark for word in rest)


def of_before(text: str) -> bool:
    """Whether `text` (before a figure) ends with "of" and at most one word of `determiners` ("Of the", "of
    its"), making the figure the whole of a part ("Of the 2,400 nurses, 480 ...", "480 of its 2,400 nurses")."""
    words = scan(text)
    if words and (words[-1].text,) in phrases("determiners"):
        words = words[:-1]
    return bool(words) and words[-1].text == "of"


def explained_by(text: str) -> list[str] | None:
    """For `text` between a share and the figure after it, the share's own words when that figure begins a
    restatement of it set off by a mark ("50.01% of the party vote - 1,443,546 votes out of 2,886,427"): at most
    `windows.share_of` words, a mark of `stretch_marks` or `comma_marks` or an opening bracket, then nothing but
    a phrase of `portion_links`; None otherwise."""
    words = scan(text)
    marks = {phrase[0] for phrase in phrases("stretch_marks") + phrases("comma_marks")} | {"("}
    cut = next((at for at, word in enumerate(words) if word.mark), None)
    if cut is None or words[cut].text not in marks or cut > check_words().windows["share_of"]:
        return None
    rest = words[cut + 1:]
    if rest and starts(rest, 0, phrases("portion_links")) != len(rest):
        return None
    return [word.text for word in words[:cut]]


def out_of_whole(text: str) -> list[str] | None:
    """For `text` between a part and the figure after it, the part's own words when that figure is what the part
    is counted out of ("1,443,546 votes out of a total of 2,886,427", "1,240 of 2,000"): at most two words, "of" or
    "out of", then only words of `counted_out_of`, `articles` and `total_cues`; None otherwise."""
    words = scan(text)
    if any(word.mark for word in words):
        return None
    at = next((i for i, word in enumerate(words) if word.text in ("of", "out")), None)
    if at is None or at > 2:
        return None
    allowed = check_words().words("counted_out_of") | check_words().words("articles") | check_words().words("total_cues")
    opens = words[at].text == "of" or (at + 1 < len(words) and words[at + 1].text == "of")
    if not opens or not all(word.text in allowed for word in words[at:]):
        return None
    return [word.text for word in words[:at]]
