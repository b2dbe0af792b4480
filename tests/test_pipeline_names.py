"""`claimx.pipeline._names` (does a claim's subject name an entity?) finds what the regex it replaced finds."""
from __future__ import annotations

import random
import re

from claimx.pipeline import _names


def _by_regex(subject: str, forms: set[str]) -> bool:
    subject = subject.lower()
    return any(re.search(rf"(?:^|\W){re.escape(f.lower())}(?:$|\W)", subject) for f in forms)


def test_names_whole_words_only():
    assert _names("Eastmar Energy's retail arm", {"Eastmar Energy"})
    assert _names("the EASTMAR board", {"eastmar"})
    assert not _names("Eastmarket", {"Eastmar"})
    assert not _names("Eastmar_Energy", {"Eastmar"})  # "_" is a word character, as in re
    assert not _names("Müllerstadt", {"Müller"})  # so are letters beyond ASCII
    assert _names("Müller-Stadt", {"Müller"})
    assert _names("S&P 500 (index)", {"S&P 500", "index"})


def test_names_equals_the_regex_on_many_invented_cases():
    rng = random.Random(7)
    pieces = ["a", "b", "ab", "Ab", "é", "É", "_", "1", "2", " ", "-", "'", "’", ".", "(", ")", "\n", "&", "ß", "İ", "ı"]
    for _ in range(20_000):
        subject = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        forms = {"".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 3))}
        assert _names(subject, forms) == _by_regex(subject, forms), (subject, forms)
