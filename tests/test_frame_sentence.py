"""claimx.frame.sentence: the claims component reads each sentence once for all of its figures, and no sentence's
reading outlives its document."""
from __future__ import annotations

from collections import Counter

from claimx.frame import sentence as frame_sentence

# made-up copy: three figures in the first sentence, two in the second, two places the clause reader looks at
TEXT = ("Tarnwell Foods said sales in Ardlow rose 6.1% to $2.4 billion, while profit in Brenmoor climbed 9% to "
        "$310 million.\n\nThe Harlow Group reported revenue of $1.2 billion, up 3% on the year.")
OTHER = "Corvane Air carried 8.5 million passengers in Valdoria, up 4.2%, and 1.1 million in Ostmark."


def _counting(monkeypatch) -> tuple[list[int], list[frame_sentence.Sentences]]:
    """Record the start of each sentence a reading is built for, and each document's `Sentences`."""
    built: list[int] = []
    made: list[frame_sentence.Sentences] = []
    reading_init = frame_sentence.SentenceReading.__init__
    sentences_init = frame_sentence.Sentences.__init__

    def reading(self, sent, ents):
        built.append(sent.start)
        reading_init(self, sent, ents)

    def sentences(self, ents):
        made.append(self)
        sentences_init(self, ents)

    monkeypatch.setattr(frame_sentence.SentenceReading, "__init__", reading)
    monkeypatch.setattr(frame_sentence.Sentences, "__init__", sentences)
    return built, made


def test_each_sentence_is_read_once_for_all_of_its_figures(nlp, monkeypatch):
    built, made = _counting(monkeypatch)
    doc = nlp(TEXT)
    figures = Counter(claim.sent.start for claim in doc.spans["claims"])
    assert max(figures.values()) >= 3  # several figures framed in one sentence
    assert set(figures) <= set(built)  # every sentence with a figure was read through its reading
    assert len(built) == len(set(built))  # and each one once, whatever the number of its figures
    assert len(made) == 1 and made[0].builds == len(built)


PLACES = "House prices in Valdoria rose 4.2% in March, while prices in Ostmark fell 1.1% to an average of $214,000."


def test_the_places_of_a_sentence_and_their_clauses_are_read_once(nlp, monkeypatch):
    kept: list[frame_sentence.SentenceReading] = []
    of = frame_sentence.Sentences.of

    def keeping(self, sent):
        reading = of(self, sent)
        kept.append(reading)
        return reading

    monkeypatch.setattr(frame_sentence.Sentences, "of", keeping)
    doc = nlp(PLACES)
    readings = {id(r): r for r in kept}
    assert len(readings) == 1 and len(kept) > 3  # one reading, asked for again and again by its figures' readers
    (reading,) = readings.values()
    places = {ent.text: here for ent, _, here in reading.places}
    assert set(places) == {"Valdoria", "Ostmark"}
    assert places["Valdoria"].lower_ == "rose" and places["Ostmark"].lower_ == "fell"  # each place's own clause
    subjects = {c.text: c._.claim["subject"] for c in doc.spans["claims"]}
    assert subjects["4.2%"] == "Valdoria" and subjects["1.1%"] == "Ostmark"


def test_no_reading_outlives_its_document(nlp, monkeypatch):
    built, made = _counting(monkeypatch)
    finder = nlp.get_pipe("claimx_claims")
    first = nlp(TEXT)
    assert finder._sentences is None  # dropped when the document is done
    n = len(built)
    second = nlp(OTHER)
    assert finder._sentences is None
    assert len(made) == 2 and made[0] is not made[1]  # a new set of readings per document
    # the second document's sentences were read afresh, none of the first's readings reused
    assert made[1].builds == len(built) - n >= 1
    assert all(r.sent.doc is second for r in made[1]._read.values())
    assert all(r.sent.doc is first for r in made[0]._read.values())
