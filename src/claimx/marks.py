"""The marks a list line may open with ("• Revenue rose 4%", "- General fund: $915.3 million").

One tuple for the sentence splitter (components/paragraphs.py), the claims component and the metric reader
(frame/metric.py), kept outside both packages so that the frame never imports the components package (whose
`__init__` imports the claims component, which imports the frame).
"""
from __future__ import annotations

BULLETS = ("-", "\u2013", "\u2014", "\u2022", "*", "\u00b7", "\u25aa")  # - – — • * · ▪
