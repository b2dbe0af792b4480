"""Article text with its claims highlighted, built from character offsets.

In the spirit of displaCy's manual span rendering: the text is cut at every span boundary
and each piece is escaped on its own, so nothing from the article can become markup. A
piece covered by several (overlapping) spans takes the most severe verdict among them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from markupsafe import Markup, escape

# Which verdict colours a piece covered by several claims: the one a reviewer must see.
SEVERITY = {"contradicted": 3, "unverifiable": 2, "supported": 1, None: 0}


@dataclass(frozen=True)
class Span:
    """One claim to highlight.

    start (int): offset of the first character in the text.
    end (int): offset after the last character.
    anchor (str): the id of the claim's entry in the claim list, linked from the highlight.
    verdict (str | None): the claim's verdict; None when unchecked.
    label (str): a tooltip saying what the claim is.
    """

    start: int
    end: int
    anchor: str
    verdict: Optional[str]
    label: str


def in_text(span: Span, text: str) -> bool:
    """Tell whether a span's offsets fall inside the text (a bad record must not break the page)."""
    return 0 <= span.start < span.end <= len(text)


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """Return the text as HTML with every span wrapped in a link to its claim.

    text (str): the article text; newlines are kept for `white-space: pre-wrap`.
    spans (Sequence[Span]): the claims; spans outside the text are left out.
    RETURNS (Markup): escaped text with `<a class="hl v-<verdict>">` highlights and an
        empty `<span id="m-<anchor>">` where each claim starts, for scrolling to it.
    """
    spans = sorted((s for s in spans if in_text(s, text)), key=lambda s: (s.start, -s.end))
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starting: dict[int, list[Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    html: list[str] = []
    for left, right in zip(cuts, cuts[1:]):
        html.extend(f'<span class="anchor" id="m-{escape(s.anchor)}"></span>' for s in starting.get(left, ()))
        piece = escape(text[left:right])
        covering = [s for s in spans if s.start <= left and right <= s.end]
        if not covering:
            html.append(piece)
            continue
        top = max(covering, key=lambda s: SEVERITY.get(s.verdict, 0))
        classes = f"hl v-{top.verdict or 'unchecked'}" + (" overlap" if len(covering) > 1 else "")
        title = " | ".join(s.label for s in covering)
        # Named by its verdict as well as its figure: colour and tooltip alone reach few readers.
        verdicts = ", ".join(dict.fromkeys(s.verdict or "unchecked" for s in sorted(covering, key=lambda s: -SEVERITY.get(s.verdict, 0))))
        html.append(
            f'<a class="{classes}" href="#{escape(top.anchor)}" data-claim="{escape(top.anchor)}" '
            f'title="{escape(title)}" aria-label="{escape(text[left:right])}: {escape(verdicts)}">{piece}</a>'
        )
    return Markup("".join(html))
