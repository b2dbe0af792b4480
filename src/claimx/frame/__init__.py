"""The frame of a claim: who it is about (subject), what it measures (metric) and when (period).

`article.ArticleModel` holds what the whole article says (its calendar, its reporting period, its
salient entities); `period`, `subject` and `metric` choose, for one figure, among the candidates its
sentence and its article offer. The spaCy component `claimx_claims` calls them once per claim and
stores the result on `span._.claim["frame"]`; the checker reads only the record's frame.
"""
