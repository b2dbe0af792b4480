"""The checker's cue words are data (rules/check.json), checked on load, and are read around a figure
placed by its frame's offsets, as words and marks, never by searching the sentence for the figure."""
from __future__ import annotations

import json

import pytest
from fixtures_check import claim

from claimx.check.around import clause_breaks, place, scan, sentence_position
from claimx.check.context import is_earlier_figure
from claimx.check.words import check_words, parse, read_words
from claimx.lexicon import models_dir


def _packaged() -> dict:
    return json.loads((models_dir() / "check.json").read_text(encoding="utf-8"))


def test_check_words_packaged_file_loads_every_list():
    words = check_words()
    assert ("out", "of") in words.phrases("moved_out")
    assert words.windows["moved"] >= 1


def test_check_words_unknown_or_missing_key_is_a_clear_error(tmp_path):
    data = _packaged()
    data["rate_wrods"] = data.pop("rate_words")
    path = tmp_path / "check.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown key 'rate_wrods'"):
        read_words(str(path))
    del data["rate_wrods"]
    with pytest.raises(ValueError, match="missing key 'rate_words'"):
        parse(data, "mine.json")


def test_check_words_windows_must_be_word_counts():
    data = _packaged()
    data["windows"] = {**data["windows"], "moved": "three"}
    with pytest.raises(ValueError, match="whole numbers"):
        parse(data, "mine.json")
    data["windows"] = {key: 2 for key in data["windows"] if key != "rate"}
    with pytest.raises(ValueError, match="'rate'"):
        parse(data, "mine.json")


def test_check_words_scan_keeps_numbers_hyphenated_words_and_possessives_whole():
    words = [word.text for word in scan("Tarrow's take rose to 1,204.5 tonnes — year-on-year, in 2011-2019.")]
    assert words == ["tarrow's", "take", "rose", "to", "1,204.5", "tonnes", "\u2014", "year-on-year", ",", "in",
                     "2011-2019", "."]


def test_check_words_clause_breaks_are_listed_marks_and_conjunctions():
    text = "Fares rose 4%; ridership fell, but the deficit narrowed whereas costs grew"
    assert [text[start:end] for start, end in clause_breaks(text)] == [";", ", but", "whereas"]


def test_check_words_a_figure_written_twice_is_placed_by_its_offsets():
    sentence = "Quenby Mills lifted output from 640 tonnes to 720 tonnes while rivals held at 640 tonnes."
    first, second = sentence.index("640 tonnes"), sentence.rindex("640 tonnes")
    earlier = claim("640 tonnes", 640, "tonne", sentence=sentence, start=500 + first, sentence_start=500)
    held = claim("640 tonnes", 640, "tonne", sentence=sentence, start=500 + second, sentence_start=500)
    assert (place(earlier).start, place(held).start) == (first, second)
    assert is_earlier_figure(earlier)  # "from 640 tonnes"
    assert not is_earlier_figure(held)  # the same words later in the sentence are a level


def test_check_words_a_claim_without_a_frame_is_not_placed():
    sentence = "Quenby Mills lifted output from 640 tonnes to 720 tonnes."
    frameless = claim("640 tonnes", 640, "tonne", sentence=sentence, start=31, frame=None)
    assert sentence_position(frameless) == -1 and place(frameless) is None
    assert not is_earlier_figure(frameless)
