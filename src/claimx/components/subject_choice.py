"""Choosing a claim's subject: the candidates, office holders, elected bodies, statistics bodies and the places
they govern.

A part of `ClaimFinder` (components/claims.py), which mixes it in; its methods read the finder's state."""
from __future__ import annotations

import re
from collections.abc import Iterator
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from claimx.frame import dictionary
from claimx.frame.metric import index_item, mover_item, poll_story
from claimx.frame.scoring import Candidate, best, merge
from claimx.frame.subject import is_source, measures_another, public_body
from claimx.frame.words import alternatives
from claimx.periods import DAY_WORDS, MONTHS
from claimx.components.claim_helpers import (SUBJECT_LABELS, _OWNER_PLACE, _acl_noun, _clause_head, _clean_name,
                                             _in_own_phrase, _lowered, _phrase_root, _placed_by_in, _short_form_of,
                                             lead_sentences)


class SubjectChoice:
    """Choosing a claim's subject: the candidates, office holders, elected bodies, statistics bodies and the places"""

    # ---------------------------------------------------------------- subject
    def _subject(self, doc: Doc, span: Span, topic: str | None) -> tuple[str | None, str]:
        """The subject of the figure `span` and the reason it was chosen: the best-scoring candidate
        (see `_subject_candidates` and claimx.frame.scoring), else none."""
        if (carried := self._partitive_subject(doc, span)) is not None:
            return carried, "topic"  # "Of these, 19 had retreated": the figure before's subject
        if (carried := self._apposed_figure_subject(doc, span)) is not None:
            return carried, "topic"  # "with 38,910 offences, a fall of 9 per cent": the figure before's subject
        if (carried := self._relative_figure_subject(doc, span)) is not None:
            return carried, "topic"  # "... at 10.5 million tonnes, which was up 6.7 million tonnes": the figure before's
        if (carried := self._restated_figure_subject(doc, span)) is not None:
            return carried, "topic"  # "... will reach 806 million tonnes. The forecast is still 1.6% above last season's"
        if (joint := self._joint_subject(doc, span)) is not None:
            return joint, "grammatical_subject"  # "Ann Reid and Joel Hart each chipped in 19 points": the two together
        if (rival := self._rival_share(doc, span)) is not None:
            return rival, "named_in_sentence"  # "Reid leads 49 percent to 43 percent": the 43 is her rival's
        if (body := self._elected_body(doc, span)) is not None:
            return body, "named_in_sentence"  # "The party won 60 of the 126 seats": the assembly's size, not the party's
        if (place := self._revised_estimate_owner(doc, span)) is not None:
            return place, "named_in_sentence"  # "The ICB cut its estimate for the Valdorian crop to 31.4 million tonnes"
        chosen = best(merge(self._weigh_roles(doc, span, topic, [
                                c for c in self._subject_candidates(doc, span, topic)
                                if not self._date_name(c.value) and not self._is_unit_name(c.value)])),
                      self.weights, "subject")
        if (chosen is None or chosen.strongest(self.weights.of("subject")) in ("topic", "lead", "salience")) \
                and (group := self._studied_group(doc, span)) is not None:
            return group, "owner"  # "more than 30 percent of all vertebrates have declining populations", in a study
        if (chosen is None or chosen.strongest(self.weights.of("subject")) in ("topic", "lead", "salience")
                or chosen.features.get("source")) and (group := self._studied_people(doc, span)) is not None:
            return group, "grammatical_subject"  # "Women who drank four cups a day had a 16% lower risk", in a study
        if (chosen is None or chosen.strongest(self.weights.of("subject")) in ("topic", "lead", "salience")
                or chosen.value == topic and chosen.value not in self._text[span.sent.start_char:span.sent.end_char]) \
                and (place := self._electorate_place(doc, span)) is not None:
            # "Turnout was 34.2%" after "Labour won 24 seats": the place's election, not the party's the story leads
            # with (a subject the sentence names, "The Chokpot election recorded an 83% turnout", stays)
            return place, "topic"
        if chosen is not None and (place := self.words.statistics_place(chosen.value, self._text)
                                   or self._statistics_body_place(doc, chosen.value)) is not None:
            return place, "topic"  # "..., Stats NZ said today": a national statistics body's figures are its country's
        if (chosen is None or chosen.strongest(self.weights.of("subject")) in ("topic", "lead", "salience", "lead_place")
                or chosen.value not in self._text[span.sent.start_char:span.sent.end_char]) \
                and (country := self._reporting_body_country(doc, span)) is not None:
            # "The US Department of Commerce reported that retail sales increased 0.4 percent" in a Seoul market report:
            # a national body's figure with no subject of its own is its country's, not the story's topic
            return country, "topic"
        if chosen is not None and (place := self._reporting_ministry_place(doc, span, chosen.value)
                                   or self._counting_body_place(doc, span, chosen.value)) is not None:
            # "The Valdorian Ministry of Health reported 1,234 new cases": a ministry's or an agency's count of what
            # happened in its country is the country's, the ministry only its source
            return place, "topic"
        if chosen is not None and chosen.features.get("source") and (place := self._statistics_lead_place(doc)):
            return place, "topic"  # "as measured by the labour cost index (LCI)" in a Stats NZ release: a source only
        if chosen is not None and chosen.features.get("source") and (country := self._source_body_country(doc)) \
                and (any((self._spelled_out(doc, chosen.value) or self._introduced_name(doc, chosen.value)
                          or chosen.value) in body for body in doc.user_data["claimx_source_bodies"])
                     or chosen.strongest(self.weights.of("subject")) in ("in_sentence", "organisation",
                                                                          "place_or_person", "holds_clause")):
            # "2,410 fell ill, the Valdoria Centre for Disease Control said": Valdoria's count ("..., the APTA said" after
            # "the American Public Transportation Association (APTA)": its short form too); and so is a figure only
            # another source in its sentence would take, in a text whose lead cites such a body ("the HSE's TrolleyGAR
            # figures show that 53% of patients on trolleys ..." after "according to the Irish Nurses and Midwives
            # Organisation"): a source is never the subject
            return country, "topic"
        if chosen is not None and chosen.features.get("source") \
                and chosen.strongest(self.weights.of("subject")) in ("in_sentence", "organisation", "place_or_person",
                                                                     "holds_clause") \
                and any(w.lower() in (self.words.public_bodies - {"bank"}) | self.words.publisher_words
                        for w in chosen.value.split()) \
                and (country := self._one_country_written(self._countries_named(chosen.value.lower()))) is not None:
            # "a drop from a historic $5 a gallon in June, according to the American Automobile Association": a figure
            # only the body that publishes it would take is the country's its name names
            return country, "topic"
        if chosen is not None and chosen.strongest(self.weights.of("subject")) in ("topic", "lead", "salience") \
                and (country := self._publisher_country(doc, chosen.value)) is not None:
            # "Ridership grew 2.2 percent nationally, according to an American Public Transportation Association (APTA)
            # report ... APTA said": the body that publishes a country's figures is their source, not what the
            # article is about
            return country, "topic"
        if chosen is None:
            if (place := self._statistics_lead_place(doc)) is not None:
                return place, "topic"  # a release that leads with "the ONS said" and names no place
            if (country := self._source_body_country(doc)) is not None:
                return country, "topic"  # "..., the Valdoria Centre for Disease Control has said": Valdoria's count
            if self._world_story(doc):
                return "world", "topic"  # "Between 2009 and 2019, the price of solar electricity dropped 89%"
            if (place := self._dateline_place(doc)) is not None \
                    and any(t.is_lower and t.lower_ in self.words.local_bodies for t in span.sent):
                return place, "topic"  # "Linmouth, Ore. — The city council approved a $5.5 billion budget": the town's
            if (body := self._lead_source_body(doc)) is not None \
                    and (scope := self._published_scope(doc, span, body)) is not None:
                return scope, "topic"  # "Wool demand fell 8% ..., the Global Wool Council said": what the body measures
            if (body := self._described_body(doc)) is not None:
                return body, "topic"  # "The council said ...": a local story that never names its council
            if topic is None and self._lead(doc) is None and (country := self._only_country()) is not None:
                return country, "topic"  # a national body's daily update that leads with no name, one country named
            if (country := self._money_country(doc)) is not None:
                return country, "topic"  # "petrol will decrease by R2.06 per litre", no place named: South Africa's
            return None, "none"
        strongest = chosen.strongest(self.weights.of("subject"))
        if self._world_story(doc) and (
                chosen.features.get("source") and strongest in ("in_sentence", "organisation", "place_or_person",
                                                                "holds_clause")
                or chosen.value == self._entities.lead_place
                and chosen.value not in self._text[span.sent.start_char:span.sent.end_char]):
            # a world story's figure that only a source ("ACI said") or the region of its lead, not named in the
            # figure's sentence ("Asia"), would otherwise take: "176 gigawatts were added in 2019 globally"
            return "world", "topic"
        lead = self._lead(doc)
        if re.search(r"\w['\u2019]s\s+\S*\d", chosen.value):
            chosen = replace(chosen, value=re.split(r"['\u2019]s\s", chosen.value)[0])  # "Bank’s 2 per cent": the owner
        if lead and " " in lead and " " not in chosen.value and lead.rsplit(" ", 1)[1] == chosen.value \
                and " and " not in lead:  # (not one of two places joined: "Wales" of "England and Wales")
            chosen = replace(chosen, value=lead)  # "the Executive" of an article led by "the Ardlow Executive"
        elif lead and " " in lead and " " not in chosen.value and chosen.value.lower() in self.words.public_bodies \
                and chosen.value.lower() in lead.lower().split()[:-1]:
            # "the bank's 2 percent target" in an article led by "the Bank of England": the body the lead names by the
            # word of a public body its name opens with
            chosen = replace(chosen, value=lead)
        if (plain := self._without_description(chosen.value)) != chosen.value:
            chosen = replace(chosen, value=plain)  # "Software giant Microsoft" -> "Microsoft"
        if (plain := self._without_owner_place(chosen.value)) != chosen.value:
            chosen = replace(chosen, value=plain)  # "South Korea's Corvane Electronics" -> "Corvane Electronics"
        if (plain := self._without_headline_mover(span, chosen.value)) != chosen.value:
            chosen = replace(chosen, value=plain)  # "Dow Falls" of "Dow Falls Over 100 Points" -> "Dow"
        if (benchmark := self.words.benchmark_name(chosen.value)) is not None:
            chosen = replace(chosen, value=benchmark)  # "West Texas Intermediate crude futures" -> "WTI crude"
        if (full := self._spelled_out(doc, chosen.value) or self._introduced_name(doc, chosen.value)) is not None:
            chosen = replace(chosen, value=full)  # "the FBR collected" after "the Federal Board of Revenue (FBR)"; "the
            # BoE's rate-setters" after "The Bank of England decided ..."
        elif lead and _short_form_of(chosen.value, lead):
            chosen = replace(chosen, value=lead)  # "Air NV's profit" in a story led by "Air Novaland Vale"
        if (place := self._governed_place(doc, chosen.value)) is not None:
            return place, "topic"  # "The City Council voted to adopt a $40.9 million budget": the city's budget
        if chosen.value.casefold() in self.words.government_words and (country := self._government_place(doc)):
            return country, "topic"  # "the Government", tagged as a name: the country's government
        if strongest in ("topic", "lead", "salience") and (place := self._national_government_place(chosen.value)):
            # "68.1% of patients were seen within the Scottish Government's target time": a national government the
            # story only leads with stands for its country, whose figures these are (one it names as a figure's
            # subject, "the Welsh Government will spend £40m", stays)
            return place, "topic"
        if (area := self._governed_area(doc, chosen.value)) is not None:
            chosen = replace(chosen, value=area)  # "Harlow School Board" over "the district's budget": the district's
        if (place := self._budget_person_place(doc, chosen.value, topic)) is not None:
            # "Finance Minister Ann Reid unveiled the budget ... The deficit is put at 4.1% of GDP", "Reid has pegged tax
            # receipts at Rs 9,77,250 crore": a budget's figures are its government's, not the person's who presents them
            return place, "topic"
        if strongest in ("grammatical_subject", "in_sentence", "organisation", "place_or_person", "holds_clause",
                         "possessive", "topic") \
                and (any(t.ent_type_ == "MONEY" for t in span) or (span._.quantity or {}).get("kind") == "amount") \
                and self._office_holder(chosen.value) \
                and not ((verb := self._governing_verb(span)) is not None
                         and self.words.verb_metric(verb.lemma_.lower()) == "earnings") \
                and (place := topic if topic and self._labels_of(topic) & {"GPE", "LOC"}
                     else self._government_place(doc) or (topic if topic and not self._is_person(topic) else None)):
            # "treasurer Dominic Varro set aside $72.7 billion for roads", "Governor Reid's $4.2 billion budget" (the text
            # then about the governor): the sum of the state the text is about (the
            # place it leads with, else the place it names most, else its topic, a place the tagger calls a body); what
            # the person earns stays theirs
            return place, "topic"
        if (place := self._central_bank_measure(doc, span, chosen.value)) is not None:
            return place, "topic"  # "The Reserve Bank warned that underlying inflation of 3.5 per cent was too high"
        if (strongest in ("topic", "lead", "salience") or chosen.reason == "topic") \
                and (scope := self._published_scope(doc, span, chosen.value)) is not None:
            # "The Carvish Bureau of Trade Statistics reported that import prices rose 0.4%", "Wool demand fell 8%, the
            # Global Wool Council said": the body that publishes the figures is their source; what they measure is
            # the place its name or the article names, the world, or the market the headline names
            return scope, "topic"
        if strongest in ("topic", "lead", "salience") and self._venue_place(doc, chosen.value) \
                and (instrument := self._headline_instrument(doc)) is not None:
            # "CPO futures contracts on Bursa Harlow Derivatives closed lower": the place a venue's name holds is where
            # the contracts trade, no more what the figures are about than the venue is
            return instrument, "topic"
        if strongest in ("topic", "lead", "salience"):
            return chosen.value, "topic"
        if strongest in ("in_sentence", "organisation", "place_or_person", "holds_clause"):
            return chosen.value, "source_only" if chosen.features.get("source") else "named_in_sentence"
        return chosen.value, chosen.reason

    def _weigh_roles(self, doc: Doc, span: Span, topic: str | None,
                     candidates: list[Candidate[str]]) -> list[Candidate[str]]:
        """The candidates for the figure `span`, each name weighed by its role towards the figure as well as by where it
        stands: a word of nationality is read by its role (`_without_nationality`); a name whose role is the figure's
        reporter (see `_figure_reporter`: "The Harlow Weather Office has issued three
        warnings for Kelby", "Transport Ministry figures show 1.2 million journeys were made in Norland", "Education
        Minister Ann Reid announced that 71% of pupils passed") takes the `reporter` feature, whatever else put it
        forward (the verb's subject, a name in the sentence, the text's topic); the place the reported figure is of
        is put forward with the `reported_place` feature. Other candidates are kept as they are."""
        nationalities = [e for e in self._sentence(span).ents if e.label_ == "NORP"]
        # (and a people's plural the tagger left unlabelled: "Canadians paid 44.8% more")
        nationalities += [span.sent[t.i - span.sent.start:t.i - span.sent.start + 1] for t in span.sent
                          if not t.ent_type_ and t.tag_ == "NNPS" and t.text.endswith("s")
                          and self.words.demonym(t.lower_[:-1])]
        if nationalities:
            candidates = [self._without_nationality(c, nationalities) for c in candidates]
        found = self._figure_reporter(doc, span, topic)
        if found is None:
            return candidates
        said, names, place = found
        low = said.lower()

        def reports(value: str) -> bool:
            v = value.casefold()
            return v != (place or "").casefold() and (v in low or any(n.casefold() in v for n in names))
        weighed = [replace(c, features={**c.features, "reporter": 1.0}) if reports(c.value) else c for c in candidates]
        if place:
            weighed.insert(0, Candidate(place, "place_scope", {"reported_place": 1.0}))
        return weighed

    def _without_nationality(self, candidate: Candidate[str], nationalities: list[Span]) -> Candidate[str]:
        """A candidate that is only a word of nationality (`demonyms`, its plural read as the adjective; an entity labelled
        NORP of the figure's sentence, or a plural the tagger left unlabelled) named by its
        label's role: an adjective before a name stands for that name ("the Valdorian Cac climbed 1.1%" -> Cac, not
        "Valdorian"); a nationality standing for its people or its sides ("Canadians paid 44.8% more", "the Aussie
        teams won 29 games") for the country `demonyms` gives (its plural read as the adjective); one person called by a
        nationality ("the Norwegian's penalty") for the person named last before it. Any other candidate is kept."""
        word = candidate.value.lower()
        country = self.words.demonym(word) or (self.words.demonym(word[:-1]) if word.endswith("s") else None)
        if country is None:
            return candidate  # (a party the tagger labels so, "the Greens rose by almost five points", stays)
        for ent in nationalities:
            if _clean_name(ent.text) != candidate.value:
                continue
            root, head, doc = ent.root, ent.root.head, ent.doc
            if root.dep_ in ("amod", "compound", "nmod") and head.pos_ == "PROPN" and not ent.start <= head.i < ent.end:
                words = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i >= ent.end]
                return replace(candidate, value=" ".join(t.text for t in (*words, head)))
            after = ent.end
            while after < ent.sent.end and (doc[after].is_title or doc[after].is_upper) and doc[after].is_alpha \
                    and not doc[after].ent_type_:
                after += 1
            if after > ent.end:  # "the Valdorian Cac climbed 1.1%", the parse making the adjective the subject
                return replace(candidate, value=doc[ent.end:after].text)
            if root.tag_ in ("NN", "NNP", "JJ") and any(c.dep_ == "det" for c in root.children):
                # "Ola Berg, the Norwegian's penalty taking his tally to 21": a person, the one named last before
                person = self._person_before(doc, root)
                return replace(candidate, value=person) if person else candidate
            return replace(candidate, value=self._one_country_written({country.lower()}) or country)
        return candidate

    def _figure_reporter(self, doc: Doc, span: Span, topic: str | None) -> tuple[str, tuple[str, ...], str | None] | None:
        """Whether the figure `span` is reported by a name rather than owned by it: up from the figure, the first verb
        with a subject that does not hold the figure has a public body (a word of `public_bodies` other than "bank", or
        of `reporting_bodies`;
        the body by its name or by its figures, a noun of `source_nouns`) or a person as its subject, and publishes or
        shows the figure's clause (a verb of `publishing_verbs`, `body_report_verbs` or `showing_verbs`, not a speaker's
        `reporting_verbs`, which the `source` feature weighs: "The Harlow Weather Office issued three warnings",
        "Transport Ministry figures show 1.2 million journeys were made", "..., revealing a 1.5% fall"), or the body has
        or issues what `issued_nouns` names ("The Kelby Water Agency has two flood warnings in place"). A person reports
        only a figure in the clause the verb takes ("Minister Ann Reid announced that 71% of pupils passed"), never its
        object ("announced a 12-point plan"). Not money: a body's budget or spending is its own.

        Returns the subject's words, the names written in it and the place the figure is of: the one place written
        in the figure itself ("half of Kelby"), else the one written in the figure's clauses below the verb ("... were
        made in Norland"); when none is, the one country the body's
        name names; else, in a story not about a place (the topic), the place the article leads with or names most
        (None when there is none, and in a story about a place, which keeps its place); None when the figure
        has no reporter."""
        if (span._.quantity or {}).get("kind") == "amount":
            return None
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
        issued = noun.lower_ in self.words.issued_nouns
        verbs = self.words.publishing_verbs | self.words.body_report_verbs | self.words.showing_verbs
        tok, path, entered = span.root, [], None
        for _ in range(10):
            head = tok.head
            if head == tok or head.i < span.sent.start or head.i >= span.sent.end:
                return None
            path.append(head)
            if head.pos_ in ("VERB", "AUX"):
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.left_edge.i <= span.start <= subj.right_edge.i \
                        or any(t.like_num and t.pos_ == "NUM" for t in subj.subtree):
                    # (no actor: the figure's own phrase, or another figure's, "Some 71% of pupils passed, up from 64%")
                    tok = head
                    continue
                entered = tok.dep_
                break
            tok = head
        else:
            return None
        if subj.dep_ != "nsubj" or not (head.lemma_.lower() in verbs or head.lower_ in verbs or issued):
            return None
        words = doc[subj.left_edge.i:subj.right_edge.i + 1]
        ents = [e for e in self._sentence(span).ents if words.start <= e.start and e.end <= words.end]
        # (the body itself, or its figures, "Transport Ministry figures show": not a thing of its, "Harlow Shire Council
        # weather station recorded 478mm", which is what the figure is about)
        body = (subj.ent_type_ or subj.lemma_.lower() in self.words.source_nouns
                or subj.lower_ in self.words.source_nouns) and any(
            t.is_title and t.lower_ in (self.words.public_bodies - {"bank"}) | self.words.reporting_bodies
            for t in words[:8])  # (not a bank, which reports its own figures: "Harlen Bank registered 24.6% growth")
        person = subj.ent_type_ == "PERSON" and entered in ("ccomp", "parataxis") and not issued
        if not (body or person) or subj.pos_ == "PRON":
            return None
        names = tuple(_clean_name(e.text) for e in ents if e.label_ not in ("GPE", "LOC", "NORP", "DATE", "TIME"))
        if not names:
            return None
        place = None
        on_path = set(t.i for t in path) | {span.root.i}
        written = [p for p in self._places_of(span)
                   if p[2] is not None and p[2].i in on_path and not (words.start <= p[0].start < words.end)]
        here = {(self._entity_candidate(doc, p[0], head) or (0, 0, _clean_name(p[0].text)))[2] for p in written}
        if any(c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC") for p in written
               for c in (*p[0].root.children, *p[1].children)):
            here.add("")  # "across England, Wales and Ulster": several places
        inside = {_clean_name(e.text) for e in self._sentence(span).ents
                  if e.label_ in ("GPE", "LOC") and span.start <= e.start and e.end <= span.end}
        if len(inside) == 1:
            place = inside.pop()  # "covering most of Harlow and half of Kelby": the place the figure itself names
        elif len(here) == 1:
            place = here.pop()
        elif not here and body:
            place = self._one_country_written(self._countries_named(" ".join(names).lower()))
        if place is None and not (topic and self._labels_of(topic) & {"GPE", "LOC"}):
            # (a story about a place keeps it: "Burglaries rose 8%, Home Office data shows" in a story about Harlow)
            place = self._government_place(doc)
        return words.text, names, place

    def _rival_share(self, doc: Doc, span: Span) -> str | None:
        """Whose share each of a poll story's pair of shares joined by "to" is, after a verb of a contest's margin whose
        subject is ahead (`margin_verbs`: "Reid leads 49 percent to 43 percent", "Varga led among men 52 percent to 40
        percent", "The Harlow Party leads the Unity Party by 44 per cent to 30 per cent"): the share after "to" is the
        side's the subject is measured against, the verb's object when it names one, else the first other person or
        party the headline names ("Reid tops Varga in new poll"); the share before "to" is the subject's, though a
        name is written right before it ("Reid leads Varga 48 percent to 46 percent"). None otherwise."""
        sent = span.sent
        after = span.end < sent.end - 1 and doc[span.end].lower_ == "to" \
            and any(q.start == span.end + 1 for q in self._covering.get(span.end + 1, ()))
        if not after and (span.start - 2 < sent.start or doc[span.start - 1].lower_ != "to") \
                or not poll_story(doc, self.words):
            return None
        first = span if after else next((q for q in self._covering.get(span.start - 2, ()) if q.end == span.start - 1),
                                        None)
        if first is None or (verb := self._governing_verb(first)) is None \
                or self.words.margin_verb(verb.lemma_.lower()) not in ("lead", "winning margin"):
            return None  # (a side that trails or loses, "trailing Reid 53 percent to 45 percent", is not first)
        subj = self._verb_subject(doc, verb)
        leader = self._entity_at(doc, subj.i) if subj is not None else None
        if leader is None or after:
            return leader  # "Reid leads Varga 48 percent to 46 percent": the 48 is Reid's, not the name before it
        same = self._entities.get(leader) if self._entities is not None else None
        rival = next((self._entity_at(doc, c.i) for c in verb.children if c.dep_ == "dobj"), None)
        if rival is not None and rival != leader:
            return rival
        end = lead_sentences(doc.sents, 1)[-1].end
        for ent in self._ents:
            if ent.start >= end:
                break
            if ent.label_ in ("PERSON", "ORG", "NORP") and (name := self._entity_at(doc, ent.start)) is not None \
                    and name != leader and (same is None or self._entities.get(name) is not same):
                return name
        return None

    def _central_bank_measure(self, doc: Doc, span: Span, name: str) -> str | None:
        """The country whose economy a central bank's story measures: a figure whose clause names a measure of a
        place (`place_measures`: "underlying inflation of 3.5 per cent", "Headline inflation fell to 2.1 per cent")
        or of an economy (`national_measures`, `economy_measures`: "gross domestic product increased 2.5% at a seasonally
        adjusted annualised rate", "exports expanded 6.3% (previously reported: +5.0%)", "expect the economy to expand
        between 2.4% and 3.5% this year": a forecast of GDP is the economy's, the bank its source; a clause with no
        subject of its own is read with the one it hangs on; the bank's own name's words are no measure, "the European
        Investment Bank lent €600 million") whose chosen subject is a central bank ("the Reserve Bank", "the Reserve Bank of Australia": `public_bank_words`
        before "Bank"; not "Bank of" a place alone, which may be a company's name; "the Fed" of `central_bank_places`,
        that bank's place) is that place's (the "of" place of
        its name as the text writes it in full, else the country the text is about); the bank's own rate and targets
        stay the bank's. None otherwise."""
        name = self._spelled_out(doc, name) or name  # "BB" after "Bangladesh Bank (BB)"
        words = name.split()
        named = self.words.central_bank_place(name)  # "the Fed", "the U.S. Federal Reserve": no word of a bank
        if named is None and not ("Bank" in words and words[0].lower() in self.words.public_bank_words
                                  or any(w.lower() in self.words.bank_name_words for w in words)
                                  and "central bank" in self._text.lower()):
            return None  # (a bank of another name is a central bank in a text that calls one so: "Bangladesh Bank",
            # "the National Bank of Poland", "Banco de Mexico")
        clause = _clause_head(span.root)
        own = [t for t in (clause.subtree if clause is not None else span.sent) if not (span.start <= t.i < span.end)]
        climbed = False
        while clause is not None and clause.dep_ in ("acl", "advcl", "xcomp", "pcomp", "parataxis", "conj") \
                and clause.head.i != clause.i and clause.pos_ == "VERB" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            # a clause with no subject of its own reports on its head's: "from the 2.6% expansion initially reported
            # to 2.8%", "expanding 1.7%", "(previously reported: +17.4%)" (the bank's own rate is read in the figure's
            # own clause only)
            clause, climbed = _clause_head(clause.head), True
        toks = [t for t in (clause.subtree if clause is not None else span.sent) if not (span.start <= t.i < span.end)]
        first = clause
        while first is not None and first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "which has been easing but is still above target at 3.4 per cent"
        if first is not None and first.dep_ == "relcl":
            toks.append(first.head)  # "underlying inflation, which was still above target at 3.5 per cent"
        measures = self.words.place_measures | self.words.national_measures | self.words.economy_measures
        toks = [t for t in toks if not (t.text in words and t.text[:1].isupper())]  # (not "European Investment Bank")
        said = " ".join(t.lower_ for t in toks)  # ("gross domestic product increased 2.5%")
        if not any(t.lemma_.lower() in measures or t.lower_ in measures for t in toks) \
                and not any(" " in m and re.search(rf"\b{re.escape(m)}\b", said) for m in measures) \
                or any(self._bank_own_measure(t, span) for t in (own if climbed else toks)):
            return None  # (the bank's "inflation target of 2 to 3 per cent", its "cash rate")
        if named is not None:
            return named
        for full in (name, *(n for e in doc.ents if e.label_ == "ORG" and (n := _clean_name(e.text)).startswith(name + " of "))):
            if (of := re.search(r"\bBank of ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)$", full)) is not None:
                return _clean_name(of.group(1))  # "the Reserve Bank of Australia": Australia
        at = next(i for i, w in enumerate(words) if w.lower() in self.words.bank_name_words or w == "Bank")
        if at and " ".join(words[:at]).lower() in self.words.demonym_places():
            return " ".join(words[:at])  # "Bangladesh Bank": Bangladesh
        return self._government_place(doc)

    def _central_bank_name(self, name: str) -> bool:
        """Whether `name` is a central bank's full name: one of `central_bank_places` ("Federal Reserve", "Bank of
        England"), a word of `public_bank_words` before "Bank" ("Reserve Bank of India", "the National Bank of Poland"),
        or "Bank of" a place the text's entities know as one ("Bank of Valdoria"). Its country is in its name, which its
        initials ("BOV") would lose; a commercial bank's initials ("TCB" of "Tanzania Commercial Bank") are none."""
        words = name.split()
        if "Bank" not in words or self.words.central_bank_place(name) is not None:
            return self.words.central_bank_place(name) is not None
        at = words.index("Bank")
        if at and words[at - 1].lower() in self.words.public_bank_words:
            return True
        place = " ".join(words[at + 2:]) if at == 0 and words[at + 1:at + 2] == ["of"] else ""
        return bool(place) and bool(self._labels_of(place) & {"GPE", "LOC"})

    def _bank_own_measure(self, t: Token, span: Span) -> bool:
        """Whether `t`, a word of a figure's clause in a central bank's story, makes the figure the bank's own: its rate
        ("kept its cash rate at 4.35%"), not a place's rate named by a measure ("the inflation rate jumped to 4.4%"); its
        target ("its inflation target is 2 to 3 per cent"), not one a place's measure is set against by a preposition of
        `target_prepositions` ("inflation was still above target at 3.5 per cent", "within the Valdorian bank's
        two-three per cent target range")."""
        lemma = t.lemma_.lower()
        if lemma == "rate" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return False  # "increased 2.5% at a seasonally adjusted annualised rate": how a measure is given, no bank's rate
        if lemma == "rate":
            measures = self.words.place_measures
            named = [c for c in t.children if c.dep_ in ("compound", "amod")]
            named += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]  # "the headline rate of inflation would top 11%"
            return not any(c.lemma_.lower() in measures or c.lower_ in measures for c in named)
        if lemma != "target":
            return False
        if span.root.head == t or any(a.dep_ == "prep" and a.lower_ == "of" and a.head == t for a in span.root.ancestors):
            return True  # "its target of 2 to 3 per cent", "a 2% target"
        noun = t.head if t.dep_ == "compound" else t
        return not (noun.dep_ == "pobj" and noun.head.lower_ in self.words.target_prepositions)

    def _budget_person_place(self, doc: Doc, name: str, topic: str | None) -> str | None:
        """The place whose budget a public budget story (`_budget_story`) gives the figures of, for a figure whose subject
        came out as a person ("Finance Minister Ann Reid", "President Reid", "Reid said"; a person's name by the tagger's
        label, or one written with a public office, `office_roles`) or as the budget itself ("The Budget also raised
        ...", "the Union Budget": a name ending in a word of `budget_words`): the place the text is about (`topic`, a place), else
        the place the lead names, else the country whose currency the sums are in (`_money_country`), else the one
        country the text names. None for any other subject or story, or when no place is found."""
        if not self._budget_story(doc) or self._entities is None:
            return None
        entity, words = self._entities.get(name), name.split()
        if entity is not None:  # a person, by the tagger's label or an office ("Minister of Finance")
            person = entity.label == "PERSON" or self._office_holder(name) or words[0].lower() in self.words.office_roles
        else:  # a surname alone, of a person the text names in full: "Okello" of "Joseph Okello"
            person = len(words) == 1 and any(e.label_ == "PERSON" and e.text.split()[-1] == name for e in self._ents)
        if not person and words[-1].lower() not in self.words.budget_words:
            return None  # (the budget itself is the government's: "The Budget also unveiled ...", "the Union Budget")
        if topic and topic != name and self._labels_of(topic) & {"GPE", "LOC"}:
            return topic  # "NSW has posted a $4.5 billion surplus ... treasurer Dominic Varro set aside ...": NSW's
        return self._entities.lead_place or self._money_country(doc) or self._only_country()

    def _budget_story(self, doc: Doc) -> bool:
        """Whether the text is a public budget story: its headline or first sentences name a budget (`budget_words`)
        and it writes a public office (`office_roles`: "finance minister", "the treasurer") or "government". Read once
        per document."""
        if "claimx_budget_story" not in doc.user_data:
            lead = lead_sentences(doc.sents, 3)
            opening = self._text[:lead[-1].end_char].lower() if lead else ""
            text = self._text.lower()
            doc.user_data["claimx_budget_story"] = bool(lead) \
                and any(re.search(rf"\b{re.escape(w)}\b", opening) for w in self.words.budget_words) \
                and any(re.search(rf"\b{re.escape(w)}\b", text)
                        for w in self.words.office_roles | self.words.government_words)
        return doc.user_data["claimx_budget_story"]

    def _office_holder(self, name: str) -> bool:
        """Whether `name` is a person a mention introduces by a public office (`office_roles`), written right before
        the name or tagged into it: "treasurer Dominic Varro", "Finance Minister Ann Reid", "Mayor Joel Hart" ("Mr
        Varro" later is the same person). Such a person sets the government's money, no sum of their own."""
        entity = self._entities.get(name) if self._entities is not None else None
        if entity is None or entity.label != "PERSON" and not entity.introduced:
            return False
        roles = self.words.office_roles
        for ent in self._ents:
            if ent.label_ in SUBJECT_LABELS and self._entities.get(_clean_name(ent.text)) is entity \
                    and any(t.lower_ in roles for t in ent.doc[max(ent.start - 2, ent.sent.start):ent.end]):
                return True
        return False

    def _owner_for(self, doc: Doc, subj: Token) -> str | None:
        """The name a measure's "for" phrase gives its owner by: the name itself ("Sales for Harwick rose 4%") or the
        name owning the group it names ("Net profit for Valdoria's top ten lenders rose 10.8%" -> Valdoria, the owner
        the group's own figures take, "Valdoria's top ten lenders registered ..."); a source is none. None when the
        phrase names no one ("profit for the year")."""
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or is_source(obj, self.words):
                    continue
                if obj.ent_type_ in ("ORG", "PRODUCT", "GPE", "LOC") and (named := self._entity_at(doc, obj.i)):
                    return named
                owner = next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE", "LOC")), None)
                if obj.pos_ == "NOUN" and owner is not None and (named := self._entity_at(doc, owner.i)):
                    return named
        return None

    def _studied_group(self, doc: Doc, span: Span) -> str | None:
        """The group a share is "of" in an article about a study (it names the people who made it, `study_people`):
        "more than 30 percent of all vertebrates have declining populations", "about 41 percent of amphibian species"
        -> "vertebrates", "amphibian species" (its modifiers kept, "all" left out). Only a plural common noun that no
        name or pronoun owns, with nothing after it, that says who or what is counted rather than a measure
        (`metric_heads`), a vague crowd (`vague_nouns`) or a body (`collective_nouns`), and not in a participle that
        describes a noun ("a sample representing nearly half of known species" is the sample's); None otherwise, and
        the figure keeps the candidate it had."""
        root = span.root
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is None or group.tag_ != "NNS" or group.lower_ in self.words.metric_heads \
                or group.lower_ in self.words.vague_nouns or group.lemma_.lower() in self.words.collective_nouns \
                or group.ent_type_ or any(c.dep_ not in ("det", "predet", "amod", "compound")
                                          or c.dep_ in ("det", "predet") and c.lower_ != "all"
                                          or c.ent_type_ or c.pos_ == "PROPN" for c in group.children):
            return None
        if self._study_people is None:  # read once per document, its tokens only when the text holds such a word
            low = self._text.lower()
            self._study_people = any(w in low for w in self.words.study_people) and any(
                t.lower_ in self.words.study_people and t.pos_ == "NOUN" for t in doc)
        if not self._study_people:
            return None
        if (verb := self._governing_verb(span)) is not None and verb.dep_ == "acl":
            return None  # "a sample representing nearly half of known species": a fact about what the verb describes
        words = [c for c in group.children if c.dep_ in ("amod", "compound") and c.i < group.i]
        start = min((c.left_edge.i for c in words), default=group.i)
        return doc[start:group.i + 1].text

    def _studied_people(self, doc: Doc, span: Span) -> str | None:
        """The group of people a study's figure is about, its clause's subject: a plural common noun that no name or
        pronoun owns, described by a relative clause opened by "who" or by a participle ("People who drank three or
        more cups a day had a 10 percent lower risk of death", "women drinking one cup lowered their risk by 5%") ->
        the noun with its description ("people who drank three or more cups a day"), in an article about a study (it
        names the people who made it, `study_people`, or its lead names one, `study_nouns`). Not a figure inside the
        description ("three or more cups"), which says who is in the group; None otherwise."""
        subj, tok = None, span.root
        for _ in range(6):  # up to the first verb with a subject ("had a 6 percent reduced risk": past "reduced")
            if tok.pos_ in ("VERB", "AUX") and (subj := next((c for c in tok.children if c.dep_ == "nsubj"), None)):
                break
            if tok.head == tok or tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj"):
                break
            tok = tok.head
        if subj is None or subj.tag_ != "NNS" or subj.ent_type_ or subj.left_edge.i <= span.start <= subj.right_edge.i \
                or any(c.dep_ == "poss" for c in subj.children):
            return None
        described = any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
                        or c.dep_ == "acl" and c.tag_ == "VBG" for c in subj.children if c.i > subj.i)
        if not described:
            return None
        if self._study_people is None:
            low = self._text.lower()
            self._study_people = any(w in low for w in self.words.study_people) and any(
                t.lower_ in self.words.study_people and t.pos_ == "NOUN" for t in doc)
        if not self._study_people and not any(t.lower_ in self.words.study_nouns
                                              for sent in lead_sentences(doc.sents, 3) for t in sent):
            return None
        end = subj.right_edge.i
        while end > subj.i and doc[end].is_punct:
            end -= 1
        start = subj.left_edge.i
        while start < subj.i and doc[start].dep_ in ("det", "predet", "cc", "punct"):
            start += 1
        phrase = doc[start:end + 1].text
        return phrase[0].lower() + phrase[1:] if doc[start].pos_ != "PROPN" else phrase

    def _date_name(self, name: str) -> bool:
        """Whether a candidate's name is only a date: month or weekday words with numbers ("February", "March 2004",
        "Sep 25, 2023") that a bracket, a list or a dateline offered as a name ("February (2.2degC above average)").
        A date is never what a figure is about; a person of that name the tagger labels ("May") keeps it."""
        words = re.findall(r"[^\W\d_]+", name.lower())
        if not words or not all(w in MONTHS or w in DAY_WORDS for w in words):
            return False
        entity = self._entities.get(name) if self._entities is not None else None
        return entity is None or entity.label != "PERSON"

    def _elected_body(self, doc: Doc, span: Span) -> str | None:
        """The body a count of seats is the size of: a figure after another count and "of" or "out of" ("won 60 of the
        126 seats", "19 seats out of total 403 seats", "57 seats out of 70") in a sentence that counts `seat_nouns`: the
        governing body named in the sentence ("Uttar Pradesh Assembly", "Thornwick Borough Council"), else the place it
        names ("In Punjab, ..."), else the place the article leads with. None for any other figure."""
        k = span.start - 1
        while k > span.sent.start and doc[k].lower_ in ("the", "total", "a"):
            k -= 1
        if k <= span.sent.start or doc[k].lower_ != "of":
            return None
        k -= 1
        if doc[k].lower_ == "out":
            k -= 1
        seats = self.words.seat_nouns
        before = doc[k]
        counted = before.like_num or before.lower_ in seats and k > span.sent.start and doc[k - 1].like_num
        noun = span.root.head if span.root.dep_ == "nummod" else span.root
        if not counted or not (before.lower_ in seats or noun.lower_ in seats
                               or before.like_num and before.head.lower_ in seats):
            return None
        places = []
        for ent in self._sentence(span).ents:
            if ent.start <= k and ent.end > k or not self._is_name(ent):
                continue
            if ent.label_ == "ORG" and ent[-1].lower_ in self.words.governing_body_words:
                return _clean_name(ent.text)
            if ent.label_ in ("GPE", "LOC") or ent.label_ == "NORP" and ent.root.pos_ == "PROPN":
                places.append(_clean_name(ent.text))
        if places:
            return places[0]
        return self._entities.lead_place if self._entities is not None else None

    def _electorate_place(self, doc: Doc, span: Span) -> str | None:
        """The place whose election the figure measures the electorate of (`electorate_measures` in rules/frame.json):
        the subject of its verb names one ("Turnout was 34.2%", "turnout stood at 61%"), or the noun the figure counts
        and the words right after it do ("121,400 registered electors", "41,520 ballots cast", "About 56 million people
        were eligible to vote"). The place named in the sentence, else the one the article leads with; None for any
        other figure (and for "45% of registered voters backed Labour", a share of the electorate a party won)."""
        phrases = self.words.electorate_measures
        if not phrases or self._entities is None:
            return None
        sentence = self._text[span.sent.start_char:span.sent.end_char].lower()
        if not any(phrase.split()[0] in sentence for phrase in phrases):
            return None  # (read once per figure: most sentences name no electorate word at all)
        words: list[Token] = []
        verb = self._governing_verb(span)
        if verb is not None and verb.i < span.start:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None and verb.dep_ == "xcomp":  # "The number of registered voters was reported to be 56.9m"
                subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and not (span.start <= subject.i < span.end) and subject.i < span.start:
                words.extend(subject.subtree)
        after = doc[span.end:min(span.end + 5, span.sent.end)]
        if not (len(after) and after[0].lower_ == "of"):
            words.extend(t for t in after if not t.is_punct)
        if span.start > span.sent.start and doc[span.start - 1].lower_ == "of":
            words.extend(t for t in doc[max(span.sent.start, span.start - 3):span.start - 1])  # "turnout of 62%"
        text = " ".join(t.lower_ for t in words)
        if not any(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases):
            return None
        for ent in self._sentence(span).ents:
            if ent.label_ in ("GPE", "LOC") and self._is_name(ent):
                return _clean_name(ent.text)
        # (else the country the story names most: "Turkey's Supreme Election Board announces official results")
        return self._entities.lead_place or self._dateline_place(doc) or self._lead_body_place() or self._government_place(doc)

    def _lead_body_place(self) -> str | None:
        """The place of the governing body the headline or lead names with its place ("Marlow City Council",
        "Thornwick Borough Council" -> Marlow, Thornwick), the most salient such; None when it names none."""
        bodies = []
        for entity in self._entities.lead_entities():
            words = entity.name.split()
            k = len(words)
            while k > 0 and words[k - 1].lower() in self.words.governing_body_words:
                k -= 1
            if 0 < k < len(words) and self._governed_words(" ".join(words[k:])):
                bodies.append((entity.salience, -entity.first, " ".join(words[:k])))
        return max(bodies)[2] if bodies else None

    def _world_story(self, doc: Doc) -> bool:
        """Whether the article is about the world as a whole: it names no country or town in its headline and lead
        other than a region (a LOC), and writes a word of `world_scopes` ("global", "globally", "world",
        "worldwide") outside a name at least three times, more often than it names the region its lead does ("176
        gigawatts were added globally ... More than half, 95.5 GW, was built in Asia"). Read once per document."""
        if self._world is not None:
            return self._world
        self._world = False
        if self._entities is None:
            return False
        place = self._entities.lead_place
        entity = self._entities.get(place) if place else None
        if entity is not None and entity.label != "LOC":
            return False  # a country's or a town's story ("the global price of wheat" in a Valdoria story)
        scopes = self.words.world_scopes  # the word or its adverb ("globally"): the lower-case forms below
        count = sum(1 for t in _lowered(doc, scopes | {s + "ly" for s in scopes})
                    if t.ent_type_ in ("", "GPE", "LOC", "NORP"))
        self._world = count >= 3 and count > (entity.mentions if entity is not None else 0) or self._world_headline(doc)
        return self._world

    def _world_headline(self, doc: Doc) -> bool:
        """Whether the headline's clause is about the world: its subject is a word of `world_scopes`, or has one
        before it ("World reaches 1TW of wind and solar", "Global emissions hit a record"); or so is the main clause's
        subject of the first sentence after the headline ("Annual global carbon emissions are on track to hit an
        all-time high this year"), which says what the story measures."""
        text = self._text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        if end < 0 or not text[end:].strip():
            return False  # one line, no headline
        for tok in doc:
            if tok.idx >= end:
                break
            head = tok.head if tok.dep_ in ("compound", "amod") else tok
            if tok.lower_ in self.words.world_scopes and head.dep_ in ("nsubj", "nsubjpass") and head.idx < end:
                return True
        # (past a date line with no verb; the parser may hang the clause on a credit before it: "(Claimx Wire) –
        # Annual global ...")
        first = next((sent for sent in doc.sents if sent.start_char >= end
                      and any(t.pos_ in ("VERB", "AUX") for t in sent)), None)
        return first is not None and any(
            tok.lower_ in self.words.world_scopes and tok.dep_ in ("compound", "amod")
            and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.pos_ in ("VERB", "AUX")
            and (tok.head.head == first.root or first.root.pos_ not in ("VERB", "AUX") and tok.head.head.head == first.root)
            for tok in first)

    def _statistics_lead_place(self, doc: Doc) -> str | None:
        """The place of the national statistics body (`statistics_bodies`) the headline or the first two sentences
        name, for a figure nothing else offers a subject to ("Unemployment rate falls to 4.9 percent ... Stats NZ
        said today"), in an article that leads with no other name (not "Harlow Foods said sales rose 4.2%, ahead of
        the 2.1% rise the ONS reported"). Read once per document."""
        if "claimx_statistics_place" in doc.user_data:
            return doc.user_data["claimx_statistics_place"]
        place = None
        sents = lead_sentences(doc.sents, 4)
        lead = self._lead(doc)
        if sents and (lead is None or self.words.statistics_place(lead, self._text) is not None):  # not a company's story
            opening = self._text[:sents[-1].end_char].lower()
            named = []
            for pair in sorted(self.words.statistics_bodies):
                body, _, where = pair.partition(":")
                if body in opening and (m := re.search(rf"(?<![\w.]){re.escape(body)}(?![\w])", opening)):
                    named.append((m.start(), self.words.statistics_place(body, self._text)))
            place = min(named)[1] if named else None  # the body named first
        doc.user_data["claimx_statistics_place"] = place
        return place

    def _countries_named(self, name: str) -> set[str]:
        """The countries (lower case) a body's name, in lower case, names: by the country's name or by its adjective of
        nationality (`demonyms`: "the Valdorian Reserve Bank")."""
        here = {country for country in self._countries
                if country in name and re.search(rf"(?<!\w){re.escape(country)}(?!\w)", name)}
        return here | {place for pair in self.words.demonyms for adjective, _, place in [pair.partition(":")]
                       if adjective in name and re.search(rf"(?<!\w){re.escape(adjective)}(?!\w)", name)}

    def _reporting_body_country(self, doc: Doc, span: Span) -> str | None:
        """The country named in a public body's name (`public_body`: "the US Department of Commerce", "the Valdorian
        Bureau of Statistics") that is the subject of the reporting verb whose clause holds the figure ("... reported
        that the value of retail sales increased 0.4 percent"), by the name a reader looks it up by; None otherwise, and
        in a story that leads with a natural disaster (`_disaster_story`: "The U.S. Geological Survey said the quake
        struck 48 kilometers deep", of a quake in Valdoria: the agency measures the event, which is not its country's)."""
        if self._disaster_story(doc):
            return None
        tok = span.root
        for _ in range(6):
            if tok.dep_ == "ccomp" and tok.head != tok:
                verb = tok.head
                if verb.lemma_.lower() not in self.words.reporting_verbs | self.words.publishing_verbs \
                        and verb.lower_ not in self.words.reporting_verbs:
                    return None
                sayer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if sayer is None or not public_body(sayer, self.words):
                    return None
                name = " ".join(t.text for t in doc[sayer.left_edge.i:sayer.i + 1]).lower()
                found = self._countries_named(name) | {  # and by its initials: "the US Department of Commerce"
                    full.lower() for pair in self.words.country_names for short, _, full in [pair.partition(":")]
                    if re.search(rf"(?<![\w.]){re.escape(short)}(?![\w])", name)}
                if len(found) != 1:
                    return None
                country = found.pop()
                written = re.search(rf"(?<!\w){re.escape(country)}(?!\w)", self._text, re.I)
                return self.words.country_name(written[0] if written else country.title())
            if tok.head == tok:
                return None
            tok = tok.head
        return None

    def _disaster_story(self, doc: Doc) -> bool:
        """Whether the headline or the first two sentences name a natural disaster (rules/frame.json "disaster_nouns":
        "A magnitude 6.8 earthquake struck Valdoria on Saturday"). Read once per document."""
        if "claimx_disaster_story" not in doc.user_data:
            doc.user_data["claimx_disaster_story"] = any(
                t.lower_ in self.words.disaster_nouns for sent in lead_sentences(doc.sents, 2) for t in sent)
        return doc.user_data["claimx_disaster_story"]

    def _reporting_ministry_place(self, doc: Doc, span: Span, name: str) -> str | None:
        """The country whose count a ministry, department or agency (a name with a word of `reporting_bodies`) reports as
        the subject of a verb of `body_report_verbs` whose object holds the count ("The Valdorian Ministry of Health
        reported 1,234 new cases", "the agency confirmed 312 cases"): the country its name names (by name or
        adjective), else the place the article leads with or names most; None for any other figure, for a body's own
        money ("The department reported a $2m surplus") and when no place is named."""
        if (span._.quantity or {}).get("kind") != "count" or not set(name.lower().split()) & self.words.reporting_bodies:
            return None
        verb = self._governing_verb(span)
        if verb is None or verb.lemma_.lower() not in self.words.body_report_verbs:
            return None
        sayer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if sayer is None or name.lower() not in doc[sayer.left_edge.i:sayer.right_edge.i + 1].text.lower() and not (
                sayer.lower_ in self.words.reporting_bodies and sayer.lower_ in name.lower().split()):
            return None  # (the body by name, or by its word after the name: "The ministry also recorded 17 deaths")
        tok = span.root
        while tok != verb and tok.dep_ in ("nummod", "quantmod", "compound", "dobj", "appos", "conj", "pobj", "prep", "amod") \
                and tok.head != tok:
            if tok.dep_ == "dobj" and tok.head == verb:
                break
            tok = tok.head
        if not (tok.dep_ == "dobj" and tok.head == verb):
            return None
        return self._one_country_written(self._countries_named(name.lower())) or self._government_place(doc)

    def _counting_body_place(self, doc: Doc, span: Span, name: str) -> str | None:
        """The place whose count a body that counts and publishes it gives, for a count or a share the figure's sentence
        says the body counted or recorded: the body is the subject of a verb of `body_report_verbs` there whose object
        holds a count, with the figure in the verb's clause ("The HSE counted 471 patients on trolleys, with 252 waiting
        over nine hours"; not "Labour recorded an historic win claiming 49.1 per cent") or the agent of such a verb
        describing a noun ("The number of patients on
        trolleys recorded by the HSE represents a 33% increase"), and it is a body that publishes figures: the text writes
        it as a source elsewhere ("the HSE's TrolleyGAR figures show") in a story whose lead gives a national count
        (`_national_lead`), or its name holds a word of `public_bodies` (not a bank's) or `publisher_words`. The place is the country its name names, else the one the names of the bodies
        the lead cites as its source name ("according to the Irish Nurses and Midwives Organisation": Ireland), else
        the country the article names most, else the place it leads with or names most. None for money (a body's own budget), for any other figure or name, and when no place is named."""
        if (span._.quantity or {}).get("kind") not in ("count", "percentage", "ratio") \
                or (span._.quantity or {}).get("unit") not in ("count", "percent", "ratio"):
            return None
        entity = self._entities.get(name) if self._entities is not None else None
        full = self._spelled_out(doc, name) or self._introduced_name(doc, name) or name
        kinds = (self.words.public_bodies - {"bank"}) | self.words.publisher_words
        if entity is None or entity.label != "ORG" or not (
                any(w.lower() in kinds for w in full.split()) or entity.sources and self._national_lead(doc)):
            return None  # (a company that reports its own customers, "Harlow Telecom reported 2 million subscribers",
            # keeps them: a body only its short form names counts for its country in a story that leads with a national
            # count, "More than 600 patients were on hospital trolleys nationwide")
        verbs = self.words.body_report_verbs
        counted = False
        for tok in span.sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            doers = []
            if tok.left_edge.i <= span.start and span.end - 1 <= tok.right_edge.i and any(
                    c.dep_ == "dobj" and (c.like_num or any(n.dep_ in ("nummod", "quantmod") for n in c.children))
                    for c in tok.children):  # (the count itself its object: not "Labour recorded a win claiming 49%")
                doers += [c for c in tok.children if c.dep_ == "nsubj"]  # "The HSE counted 471 patients, with 252 ..."
            if tok.dep_ == "acl":  # "The number of patients recorded by the HSE represents a 33% increase"
                doers += [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if any(name in doc[d.left_edge.i:d.right_edge.i + 1].text for d in doers):
                counted = True
                break
        if not counted:
            return None
        return self._one_country_written(self._countries_named(full.lower())) or self._source_body_country(doc) \
            or self._entities.country(self._countries) or self._government_place(doc)

    def _national_lead(self, doc: Doc) -> bool:
        """Whether the headline or the first two sentences say their figures are a whole country's: a word of
        `national_scopes` ("nationwide", "nationally") or "across the country". Read once per document."""
        if "claimx_national_lead" not in doc.user_data:
            lead = lead_sentences(doc.sents, 2)
            text = self._text[:lead[-1].end_char] if lead else ""
            doc.user_data["claimx_national_lead"] = bool(
                re.search(alternatives(self.words.national_scopes), text, re.I)
                or re.search(r"\b(?:across|throughout)\s+the\s+(?:country|nation)\b", text, re.I))
        return doc.user_data["claimx_national_lead"]

    def _one_country_written(self, found: set[str]) -> str | None:
        """The one country of `found` (lower case; "niger" inside "nigeria" is the longer one's) as the text writes it,
        else in title case; None for none or several."""
        countries = [c for c in found if not any(c != o and c in o for o in found)]
        if len(countries) != 1:
            return None
        written = re.search(rf"(?<!\w){re.escape(countries[0])}(?!\w)", self._text, re.I)
        return written[0] if written else countries[0].title()

    def _source_body_country(self, doc: Doc) -> str | None:
        """The country (a place of `demonyms`) in the name of the organisation the headline or the first two sentences
        cite as the source of their figures ("Cholera cases rose to 1,336, the Valdoria Centre for Disease Control said",
        "according to the Bureau of Statistics of Valdoria"): a national body's figures, for a figure nothing else
        offers a subject to, are its country's. None when no such source names a country, or they name several. Read
        once per document."""
        if "claimx_source_country" in doc.user_data:
            return doc.user_data["claimx_source_country"]
        found, names = set(), []
        for sent in lead_sentences(doc.sents, 2):
            for ent in self._ents_in(sent):
                if ent.label_ != "ORG" or len(ent) < 2 or not is_source(ent.root, self.words) \
                        or any(t.lower_ in self.words.academic_words for t in ent):
                    continue  # (not "the University of Southern Denmark": where researchers work, no national body)
                here = self._countries_named(ent.text.lower())
                if here and self._company_of_country(ent, here):
                    continue  # "Japan Tobacco Inc. said ...", "Kenya Airways said ...": a company, no national body
                found |= here
                if here:
                    names.append(_clean_name(ent.text))
        country = self._one_country_written(found)
        doc.user_data["claimx_source_country"] = country
        doc.user_data["claimx_source_bodies"] = names
        return country

    def _without_headline_mover(self, span: Span, name: str) -> str:
        """`name` without the verb of moving a headline's first line writes after it, which the tagger took into the name
        ("Dow Falls Over 100 Points", "Dow Jumps 300 Points As Tech Rebounds", "U.S. Auto Sales Fall 3.5 Percent": "Dow",
        "U.S. Auto Sales"): a last word in capitals that is a verb of `move_verbs` or, with -s or -es, of `market_verbs`,
        when the body never writes the name so; `name` itself anywhere else."""
        words = name.split()
        first_line = self._text.find("\n", len(self._text) - len(self._text.lstrip()))
        if len(words) < 2 or not words[-1][:1].isupper() or first_line <= 0 or span.start_char > first_line \
                or name in self._text[first_line:]:
            return name  # (a name the body writes again is a name: "Kestrel Rise posts profit ... Kestrel Rise said")
        last = words[-1].lower()
        verbs = self.words.move_verbs | self.words.market_verbs
        if last in self.words.move_verbs or last.endswith("s") and (last[:-1] in verbs or last.endswith("es") and last[:-2] in verbs):
            return " ".join(words[:-1])
        return name

    def _publisher_country(self, doc: Doc, name: str) -> str | None:
        """The country whose figures a body publishes, for a figure that only the article's topic or lead would give to
        the body: a body the headline or the first two sentences cite as the source of their figures, whose name names
        its country (`_source_body_country`) and holds a word of `public_bodies` (not a bank's) or `publisher_words`
        ("the American Public Transportation Association (APTA)", also by its short form, "APTA said"). None for any
        other name: a company that reports its own figures keeps them."""
        if (country := self._source_body_country(doc)) is None:
            return None
        full = self._spelled_out(doc, name) or self._introduced_name(doc, name) or name
        bodies = [body for body in doc.user_data["claimx_source_bodies"] if full in body]
        kinds = (self.words.public_bodies - {"bank"}) | self.words.publisher_words
        return country if any(w.lower() in kinds for body in bodies for w in body.split()) else None

    def _company_of_country(self, ent: Span, countries: set[str]) -> bool:
        """Whether `ent`, a name that holds one of `countries`, is a company named after its country rather than a
        national body: it opens with the country and holds no word of `public_bodies` and no small word in lower case
        ("Japan Tobacco Inc.", "Singapore Telecommunications Ltd", "Kenya Airways"; not "the Valdoria Centre for
        Disease Control", "the Kenya National Bureau of Statistics", "the Bureau of Statistics of Valdoria")."""
        words = [t for t in ent if not (t.dep_ == "det" or t.is_punct)]
        name = " ".join(t.text for t in words).lower()
        return any(name.startswith(country + " ") for country in countries) \
            and not any(t.is_lower or t.lower_ in self.words.public_bodies for t in words)

    def _statistics_body_place(self, doc: Doc, name: str) -> str | None:
        """`_read_statistics_body_place`, once per name and document: the subject asks for every figure."""
        if name not in self._statistics_places:
            self._statistics_places[name] = self._read_statistics_body_place(doc, name)
        return self._statistics_places[name]

    def _read_statistics_body_place(self, doc: Doc, name: str) -> str | None:
        """The place a statistics body not in `statistics_bodies` is named after, read from its name ("Carvela
        National Statistics Office", its short form "CNSO" as the article spells it out, "Statistics SA"): a name
        with a word of `statistics_name_words` whose other words, past those of `public_bodies` and
        `body_name_words`, are a place the article names (GPE or LOC), or the initials of one ("SA" for "South
        Africa"). None for any other name, and for a body that names no place ("the Central Statistics Office" is read from
        `statistics_bodies`)."""
        entity = self._entities.get(name) if self._entities is not None else None
        full = entity.name if entity is not None else name
        if full.isupper() and 2 <= len(full) <= 6:  # a short form: the organisation whose initials it is
            full = next((e.text for e in doc.ents if e.label_ == "ORG"
                         and "".join(w.text[0] for w in e if w.is_title) == full), full)
        words = re.findall(r"[\w.&-]+", full.replace("\u2019", "'"))
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        if not any(w.lower() in self.words.statistics_name_words for w in words):
            return None
        filler = self.words.statistics_name_words | self.words.public_bodies | self.words.body_name_words
        rest = " ".join(w for w in words if w.lower() not in filler)
        if not rest:
            return None
        # the names the text writes by themselves, not an organisation's: the tagger's places, and the one-word names
        # it may take for a person's ("Carvela's economy"); "Labor" or "Health" of a bureau's name are none
        places = {_clean_name(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")
                  or e.label_ in ("PERSON", "NORP") and len(e) == 1 and e.root.pos_ == "PROPN"}
        if rest in places:
            return rest
        # "U.S. Bureau of Labor Statistics": a place opening the name, before the field the bureau counts
        opening = next((p for p in sorted(places, key=len, reverse=True) if rest.startswith(p + " ")), None)
        if opening is not None and full.startswith(opening):
            return opening
        if rest.isupper() and 2 <= len(rest) <= 4:
            initials = [p for p in places if " " in p and "".join(w[0] for w in p.split()) == rest]
            if len(initials) == 1:
                return initials[0]
        # a country the text names only inside the name, by its short form or adjective: "the U.S. Bureau of Labor
        # Statistics' Consumer Price Index increased 0.5%" -> United States
        return self._body_name_country(doc, full)

    def _source_body(self, doc: Doc, name: str) -> bool:
        """`_read_source_body`, once per name and document: every figure the topic would take asks."""
        key = f"claimx_source_body:{name}"
        if key not in doc.user_data:
            doc.user_data[key] = self._read_source_body(doc, name)
        return doc.user_data[key]

    def _read_source_body(self, doc: Doc, name: str) -> bool:
        """Whether `name` is a body that gathers and publishes figures about others, never their subject: its name (as
        the article spells it out) holds a word of `statistics_name_words`, `publisher_words` or `source_body_words`
        ("the Carvish Bureau of Trade Statistics", "the Global Wool Council", "the Marine Wildlife Fund"), and the
        text writes it as a source at least once ("..., the council said", "according to the Fund"; `_writes_as_source`,
        for a name the tagger left untagged or cut short, too). Not a fund that holds money (`holding_fund_words`), a governing
        body (a word of `governing_body_words` besides "council" and "board", or a place, before its last word: "Harlow
        District Council", "Harlow City Council" own their budgets and rates), nor a bank (see `_central_bank_measure`)."""
        entity = self._entities.get(name) if self._entities is not None else None
        if self._venue_body(doc, name):
            return True  # "CPO futures end higher ... the contract on Bursa Harlow Derivatives": where they trade
        if entity is not None and not entity.is_organisation \
                or not (entity is not None and entity.sources or self._writes_as_source(doc, name)):
            return False  # (a lead the tagger left untagged, "The Canadian Real Estate Association says", is read too)
        full = self._spelled_out(doc, name) or self._introduced_name(doc, name) or (entity.name if entity else name)
        words = [w.lower().strip(".,'\u2019") for w in full.split()]
        if not words or words[0] == "the":
            words = words[1:]
        kinds = self.words.statistics_name_words | self.words.publisher_words | self.words.source_body_words
        if not set(words) & kinds or "bank" in words or set(words) & self.words.holding_fund_words:
            return False  # (a fund that holds money reports its own returns: "the Norway Government Pension Fund")
        if words[-1] in ("council", "board"):  # (a council that governs a place owns its budget and its rates)
            places = {e.name.lower() for e in self._entities._by_name.values() if e.label in ("GPE", "LOC")}
            governing = self.words.governing_body_words - {"council", "board", "of", "common"}
            if set(words) & governing or any(w in places for w in words[:-1]):
                return False
        return True

    def _writes_as_source(self, doc: Doc, name: str) -> bool:
        """Whether the text writes `name` as the subject of a verb of `reporting_verbs` or `publishing_verbs` ("...,
        the U.S. Bureau of Labor Statistics reported on Wednesday", "The Canadian Real Estate Association says"), which
        `is_source` leaves to a company reporting its own results. Read once per name and document."""
        key = f"claimx_writes_as_source:{name}"
        if key not in doc.user_data:
            verbs = self.words.reporting_verbs | self.words.publishing_verbs
            # (the subject's whole phrase: a name that runs on past its head word, "the Central Agency for Harlow
            # Statistics (CHS) reported on Monday", is its phrase's, not only the words up to "Agency")
            doc.user_data[key] = any(
                t.dep_ == "nsubj" and t.head.lemma_.lower() in verbs and t.pos_ in ("PROPN", "NOUN")
                and name in doc[t.left_edge.i:max(t.i, t.right_edge.i) + 1].text for t in doc)
        return doc.user_data[key]

    def _body_name_country(self, doc: Doc, name: str) -> str | None:
        """The one country a body's name names, by the country's name, its adjective (`demonyms`) or its short form
        (`country_names`: "the U.S. Bureau of Labor Statistics" -> United States, "The Canadian Real Estate Association
        says" -> Canada), as the text writes it or the name a reader looks it up by; None for none or several. Read once per
        name and document."""
        key = f"claimx_body_name_country:{name}"
        if key not in doc.user_data:
            doc.user_data[key] = self._read_body_name_country(doc, name)
        return doc.user_data[key]

    def _read_body_name_country(self, doc: Doc, name: str) -> str | None:
        """See `_body_name_country`."""
        full = (self._spelled_out(doc, name) or self._introduced_name(doc, name) or name).lower()
        # an adjective of nationality the tagger left out of the name, written right before it ("The Canadian Real
        # Estate Association says": "Real Estate Association")
        before = {m[1].lower() for m in re.finditer(rf"([\w.]+)\s+{re.escape(full)}(?!\w)", self._text, re.I)}
        if before & {pair.partition(":")[0] for pair in self.words.demonyms}:
            full = " ".join(sorted(before)) + " " + full
        found = self._countries_named(full) | {
            full_name.lower() for pair in self.words.country_names for short, _, full_name in [pair.partition(":")]
            if re.search(rf"(?<![\w.]){re.escape(short)}(?![\w])", full)}
        if (country := self._one_country_written(found)) is None:
            return None
        return self.words.country_name(country)

    def _published_scope(self, doc: Doc, span: Span, name: str) -> str | None:
        """What a figure the article's topic or lead would give to a body that publishes it (`_source_body`) measures:
        the country the body's name names ("the U.S. Bureau of Labor Statistics" -> United States), else the world
        in a story about the world (`_world_story`), else the place the article leads with, else the market of
        `commodity_markets` its headline names ("Gold demand hits record ... the World Gold Council said" -> gold).
        None for any other name, and for the body's own work: a figure whose clause's subject is "it" or "we", or a noun
        "its" or "our" owns ("The fund said it was worth 1.4 trillion crowns"), or is the body or a noun of
        `research_groups`, with a verb that is no source's finding (`source_verbs`: "The study examined data on around
        10,000 populations"; not "the study found a 52% decline")."""
        if not self._source_body(doc, name):
            return None
        if self._venue_body(doc, name):
            return self._headline_instrument(doc)  # "Bursa Harlow Derivatives" -> "Palm oil futures"
        verb = self._governing_verb(span) or next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subj is not None and verb.lemma_.lower() not in self.words.source_verbs \
                and (subj.lemma_.lower() in self.words.research_groups or subj.lower_ in self.words.research_groups
                     or subj.lower_ == name.split()[-1].lower() or name in doc[subj.left_edge.i:subj.right_edge.i + 1].text):
            return None  # "The study examined data on around 10,000 populations": the study's own work
        if subj is not None and (subj.lower_ in ("it", "its", "we", "our")
                                 or any(c.dep_ == "poss" and c.lower_ in ("its", "our") for c in subj.children)):
            return None  # "The council said it had spent $2 million", "its members rose 4%": the body's own figures
        if (country := self._body_name_country(doc, name)) is not None:
            return country
        if self._world_story(doc):
            return "world"
        if (place := self._entities.lead_place) is not None and place not in name:
            return place
        return self._headline_market(doc)

    def _lead_source_body(self, doc: Doc) -> str | None:
        """The first organisation the headline or the first three sentences name that is a body publishing figures about
        others (`_source_body`: "..., the Global Wool Council said in an update on Thursday"), for a figure nothing else
        offers a subject to; None when they name none. Read once per document."""
        if "claimx_lead_source_body" not in doc.user_data:
            found = None
            for sent in lead_sentences(doc.sents, 3):
                found = next((name for e in self._ents_in(sent) if e.label_ == "ORG"
                              and self._source_body(doc, name := _clean_name(e.text))), None)
                if found is not None:
                    break
            doc.user_data["claimx_lead_source_body"] = found
        return doc.user_data["claimx_lead_source_body"]

    def _venue_body(self, doc: Doc, name: str) -> bool:
        """Whether `name` is a venue where contracts trade (a word of `trading_venue_words` in its name: "Bursa Harlow
        Derivatives", "the Kestrel Commodity Exchange") in a story whose headline names a traded instrument
        (`_headline_instrument`: "Palm oil futures end higher"): the venue is where the figures trade, never what
        they are about. A company's own story ("Harlow Stock Exchange Group profit rises") names no instrument."""
        words = {w.lower().strip(".,'\u2019") for w in name.split()}
        return bool(words & self.words.trading_venue_words) and self._headline_instrument(doc) is not None

    def _venue_place(self, doc: Doc, name: str) -> bool:
        """Whether `name` is a word of the name of a venue where contracts trade (capitalised words with one of
        `trading_venue_words`) that the headline or the first sentence writes ("Malaysia" of "Bursa Malaysia
        Derivatives"), and not that name itself."""
        end = lead_sentences(doc.sents, 1)[-1].end_char if len(doc) else 0
        for m in re.finditer(r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)+", self._text[:end]):
            words = m.group(0).split()
            if name != m.group(0) and {w.lower() for w in words} & self.words.trading_venue_words \
                    and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", m.group(0)):
                return True
        return False

    def _headline_instrument(self, doc: Doc) -> str | None:
        """The traded instrument the headline's first line names: a noun of `instrument_heads` with the words that
        modify it right before it ("CPO futures end higher on stronger export data" -> "CPO futures", "Palm Oil
        Futures Close Lower" -> "Palm Oil Futures"); None when the first line names none. Read once per document."""
        key = "claimx_headline_instrument"
        if key not in doc.user_data:
            found = None
            start = len(self._text) - len(self._text.lstrip())
            end = self._text.find("\n", start)
            for tok in doc:
                if end < 0 or tok.idx >= end:
                    break
                if tok.lower_ in self.words.instrument_heads and tok.i > 0:
                    first = tok.i
                    while first > 0 and doc[first - 1].idx >= start and not doc[first - 1].is_punct \
                            and (doc[first - 1].dep_ in ("compound", "amod", "nmod") and doc[first - 1].head.i >= first
                                 or doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ")) \
                            and doc[first - 1].lower_ not in self.words.instrument_heads:
                        first -= 1
                    if first < tok.i:
                        found = doc[first:tok.i + 1].text
                    break
            doc.user_data[key] = found
        return doc.user_data[key]

    def _headline_market(self, doc: Doc) -> str | None:
        """The market of `commodity_markets` the headline's first line names ("Gold demand hits record $146bn"), as
        written in lower case; None when it names none or several."""
        start = len(self._text) - len(self._text.lstrip())
        end = self._text.find("\n", start)
        if end < 0:
            return None
        found = {w for w in re.findall(r"[a-z]+", self._text[start:end].lower()) if w in self.words.commodity_markets}
        return found.pop() if len(found) == 1 else None

    def _described_body(self, doc: Doc) -> str | None:
        """The local governing body an article names only by a description, for a figure nothing else offers a subject
        to: a noun of `local_bodies` in lower case written at least twice, once as "the council", "the district" that
        acts or owns ("The council said", "the district's general fund", "The city is projecting"); the most written
        such noun. Read once per document. None when the article has no such description."""
        if self._body is not False:
            return self._body
        counts: dict[str, int] = defaultdict(int)
        acting: set[str] = set()
        for tok in _lowered(doc, self.words.local_bodies):
            word = tok.lower_
            if not tok.is_lower:
                continue
            counts[word] += 1
            if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
                acting.add(word)
        found = [w for w in acting if counts[w] >= 2]
        self._body = max(found, key=lambda w: (counts[w], w)) if found else None
        return self._body

    def _partitive_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure framed just before, when `span` opens its clause with a part of what that
        figure counted ("A total of 138 patients have recovered. Of them, 11 were discharged on Tuesday", "27
        smaller glaciers ... Of these, 19 had retreated"): "of" and a pronoun (`partitive_pronouns`) before the
        figure, at the start of the sentence or of a clause, and the figure before in the same sentence or the
        sentence before. None otherwise."""
        end, subject = self._last_subject
        if subject is None or end < 0 or not self._opens_with_a_part(doc, span):
            return None
        sent = span.sent
        if end != sent.end and (end > sent.start or doc[end:sent.start].text.strip()
                                or self._paragraph_ends(doc[end - 1].sent, sent.start_char)):
            return None  # the figure before is in neither this sentence nor the one just before it
        return subject

    def _apposed_figure_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure just before, when `span` stands in an apposition to it that describes it ("Oldmere
        was the exception, with 38,910 offences, a fall of 9 per cent", "logged 61,240 crimes, a rise of 5.9%"): the
        apposition's head is that figure (or the noun it counts) and no other figure stands between. None otherwise."""
        end, subject = self._last_subject
        if subject is None or end != span.sent.end:
            return None
        tok = span.root
        for _ in range(4):
            if tok.dep_ == "appos":
                break
            if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "pobj", "prep") or tok.head == tok:
                return None
            tok = tok.head
        else:
            return None
        head = tok.head
        if tok.dep_ != "appos" or head.i >= span.start or tok.pos_ != "NOUN" or (head.pos_ == "PROPN" and head.i not in self._covering) \
                or span.start <= tok.i < span.end or tok.i in self._covering:
            return None  # "a fall of 9 per cent" after "38,910 offences"; not a list of names the parser chained
        figure = head.i if head.i in self._covering else next(
            (c.i for c in head.children if c.dep_ == "nummod" and c.i in self._covering), None)
        if figure is None:
            return None
        after = max(q.end for q in self._covering[figure])
        if any(i in self._covering for i in range(after, span.start)):
            return None  # another figure between: not the one the apposition describes
        return subject

    def _relative_figure_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure just before, when `span` stands in a relative clause on that figure whose subject
        is "which" or "that" ("The ICB forecast Valdorian exports at 10.5 million tonnes, which was up 6.7 million
        tonnes, or 176%, from 3.8 million tonnes"): the clause says more of the same figure. None otherwise."""
        end, subject = self._last_subject
        if subject is None or end != span.sent.end:
            return None
        verb = self._governing_verb(span)
        if verb is None or verb.dep_ != "relcl" or verb.head.i not in self._covering or verb.head.i >= span.start:
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
            return None
        return subject

    def _restated_figure_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure just before, when the clause's subject is a bare "the figure", "the forecast",
        "the total" (`restating_nouns`) that names that figure again ("World wheat production will reach 806 million
        tonnes, the ICB said. The forecast, 4 million tonnes lower than in July, is still 1.6% above last season's"):
        the first figure of its sentence or of the sentence just before. None otherwise."""
        end, subject = self._first_subject
        if subject is None or end < 0:
            return None
        verb = self._governing_verb(span)
        subj = self._verb_subject(doc, verb) if verb is not None else None
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in self.words.restating_nouns \
                or [t.lower_ for t in subj.lefts] not in (["the"], ["this"], ["that"]) \
                or any(c.dep_ == "prep" for c in subj.children):
            return None  # not "the forecast for Valdoria", "the total of 412 beds"
        sent = span.sent
        if end != sent.end and (end > sent.start or doc[end:sent.start].text.strip()):
            return None  # the figure before is in neither this sentence nor the one just before it (wire copy puts
            # each sentence in a paragraph of its own, so the one before may end a paragraph)
        return subject

    def _opens_with_a_part(self, doc: Doc, span: Span) -> bool:
        """Whether `span` opens its clause with "of" and a pronoun of `partitive_pronouns` ("Of these, 19 had
        retreated"), or is the bare subject of a clause joined on to one that does ("..., and three had
        disappeared"). (Read before the sentence checks of `_partitive_subject`: most figures fail it at once.)"""
        sent_start = span.sent.start
        for k in range(max(sent_start, span.start - 5), span.start - 1):
            if doc[k].lower_ == "of" and doc[k + 1].lower_ in self.words.partitive_pronouns \
                    and (k == sent_start or doc[k - 1].text in (",", ";", ":") or doc[k - 1].lower_ in ("and", "but")) \
                    and all(t.is_punct or t.i in self._covering or t.pos_ in ("ADV", "ADP", "ADJ") for t in doc[k + 2:span.start]):
                return True
        root = span.root
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None and verb.dep_ == "conj" and verb.head.left_edge.i + 1 < len(doc):
            # "Of these, 19 had retreated faster, and three had disappeared": a bare count as the subject of the
            # clause joined on counts the same group
            first = verb.head.left_edge.i
            return doc[first].lower_ == "of" and doc[first + 1].lower_ in self.words.partitive_pronouns
        return False

    def _governed_place(self, doc: Doc, name: str) -> str | None:
        """The place a governing body named without its place stands for ("City Council", "the County Board of
        Supervisors": every word in `governing_body_words`): the place the article leads with, whose budget,
        borrowing and resolutions the body votes on. None for a body named with its place ("Calder Bay City
        Council" already says whose), or when the article leads with no place."""
        if not self._governed_words(name) or self._entities is None:
            return None
        # (the small model often tags a town as an organisation; a local story may name its town only in the dateline)
        place = self._entities.lead_place or self._dateline_place(doc) or self._lead(doc)
        return place if place and place.lower() != name.lower() and not self._governed_words(place) else None

    def _government_place(self, doc: Doc) -> str | None:
        """The country a bare "the government" (`government_words`) stands for: the place the article leads with (or
        names only by its adjective), else the place it names most; None when it names none."""
        entities = self._entities
        if entities is None:
            return None
        return entities.lead_place or entities.national_place or entities.most_named_place

    def _national_government_place(self, name: str) -> str | None:
        """The country a government named by its adjective of nationality (`demonyms`) or its "of" phrase stands for
        ("Scottish Government" -> Scotland, "the Kenyan government" -> Kenya, "Government of Valdoria" -> Valdoria);
        None for any other name."""
        words = name.split()
        if len(words) == 2 and words[1].lower() in self.words.government_words:
            return self.words.demonym(words[0])
        if len(words) >= 3 and words[0].lower() in self.words.government_words and words[1] == "of":
            return " ".join(words[2:])
        return None

    def _governed_area(self, doc: Doc, name: str) -> str | None:
        """The area a governing body named after it governs (`governed_areas`: "Harlow School Board" -> "Harlow School
        District"), when the article writes the area's last word in lower case as acting or owning ("the district's
        property tax", "the district expects"): the body approves the area's budget and taxes, which the text gives as
        the area's. A body written without its place ("the School Board"), which `_governed_place` gives no place to (the
        article names none), is the area in lower case ("school district", as the text writes it). None for any other
        name, or an article that never writes the area so."""
        if name not in self._governed_areas:  # once per name and document: every figure asks
            self._governed_areas[name] = self._read_governed_area(doc, name)
        return self._governed_areas[name]

    def _read_governed_area(self, doc: Doc, name: str) -> str | None:
        lowered = name.lower()
        for pair in self.words.governed_areas:
            body, _, area = pair.partition(":")
            bare = lowered == body  # "The School Board approved ...", in an article that names no place
            if not (lowered.endswith(" " + body) and len(lowered) > len(body) + 1 or bare):
                continue
            word = area.split()[-1].lower()
            if any(t.lower_ == word and t.is_lower and t.i > 0 and doc[t.i - 1].lower_ == "the"
                   and t.dep_ in ("nsubj", "nsubjpass", "poss") for t in _lowered(doc, frozenset({word}))):
                return area.lower() if bare else f"{name[:len(name) - len(body)]}{area}"
        return None

    def _governed_words(self, name: str) -> bool:
        """Whether `name` is made only of `governing_body_words`, with a body's word among them ("City Council",
        not "City")."""
        words = name.lower().split()
        return bool(words) and all(w in self.words.governing_body_words for w in words) and any(
            w not in self.words.place_heads and w not in self.words.governing_body_qualifiers
            for w in words)

    def _without_description(self, name: str) -> str:
        """A name without the description wire copy writes before a first mention ("Software giant
        Microsoft", "Bicycle seller Halfords": a word of `description_heads` in lower case followed by a
        capitalised name); else `name` as it is ("Calder Bay City Council", "Bank Leumi" are names)."""
        words = name.split()
        for n in range(len(words) - 2, -1, -1):
            if words[n].lower() in self.words.description_heads and words[n + 1][:1].isupper():
                rest = " ".join(words[n + 1:])
                return rest if words[n].islower() else name  # "Calder Bay City Council" is a name
        return name

    def _without_owner_place(self, name: str) -> str:
        """A name without the place wire copy writes as its owner before a first mention ("South Korea's Corvane
        Electronics", "France's Cac", "Poland's Ana Rusk": a place the article's entities know as one, its
        possessive, then a capitalised name); else `name` as it is."""
        m = _OWNER_PLACE.match(name)
        if m is None or self._entities is None:
            return name
        owner = self._entities.get(m[1])
        if (owner is None or owner.label not in ("GPE", "LOC")) and m[1].casefold() not in self._countries:
            return name  # (a country of `demonyms` the tagger took into the company's name: "Sri Lanka's Dunmore Bank")
        return m[2]

    def _joint_subject(self, doc: Doc, span: Span) -> str | None:
        """The names joined by "and" that share the figure `span` by a word of rules/frame.json `joint_subject_words`
        right before its verb ("Ann Reid and Joel Hart each chipped in 19 points", "Reid and Hart both scored 23",
        "Reid and Hart combined for 51 points"), or right after the figure and its noun, the names before the figure's
        comma ("with big games from Reid and Hart, 25 points each"): "Ann Reid and Joel Hart", read off the names
        whatever the parse makes of them (it often hangs the second name on a noun before); None otherwise."""
        sent = span.sent
        joint = self.words.joint_subject_words
        k = span.start - 1
        while k > sent.start and span.start - k <= 4 and doc[k].lower_ not in joint \
                and doc[k].pos_ in ("VERB", "AUX", "ADP", "PART", "ADV"):
            k -= 1
        if k >= sent.start and doc[k].lower_ in joint and k < span.start - 1:
            end = k  # "... each chipped in 21 points": the names end before the word
        else:
            j = span.end
            while j < min(sent.end, span.end + 2) and doc[j].pos_ == "NOUN" and doc[j].lower_ not in joint:
                j += 1
            if not (j < sent.end and doc[j].lower_ in joint and span.start - 1 > sent.start
                    and doc[span.start - 1].text == ","):
                return None
            end = span.start - 1  # "Reid and Hart, 25 points each"
        names: list[str] = []
        i = end - 1
        while i >= sent.start and (name := self._entity_at(doc, i)) is not None:
            while i - 1 >= sent.start and self._entity_at(doc, i - 1) == name:
                i -= 1
            names.insert(0, name)
            i -= 1
            if i > sent.start and (doc[i].lower_ == "and" and len(names) == 1 or doc[i].text == "," and len(names) > 1):
                i -= 1
                continue
            break
        if len(names) < 2 or len(set(names)) < len(names):
            return None
        return ", ".join(names[:-1]) + " and " + names[-1]

    def _subject_candidates(self, doc: Doc, span: Span, topic: str | None) -> Iterator[Candidate[str]]:
        """Who the figure `span` may be about, each with its features: the name that owns it ("Walmart's
        $713.2 billion"), the owner its counted thing names ("600 Sam's Club locations"), the subject of its
        verb, every name in its sentence, and the organisation the text is about (`topic`)."""
        sent = span.sent
        i = span.start - 1
        if i >= sent.start and doc[i].text in ("'s", "’s", "'", "’") and i - 1 >= sent.start:
            if ent := self._entity_at(doc, i - 1):
                yield Candidate(ent, "possessive", {"possessive": 1.0})
            elif owner := self._described_owner(doc, doc[i - 1], topic):
                yield Candidate(owner, "possessive", {"possessive": 1.0})  # "across the trust's three hospitals"
            elif owner := self._untagged_owner(doc, i - 1):
                yield Candidate(owner, "possessive", {"possessive": 1.0})  # "the Marlow 400's 11 sectors"
        if (owned := self._owner_of_measure(doc, span)) is not None:
            yield Candidate(owned, "possessive", {"possessive": 1.0})  # "Whole Foods' closing stock price of $33.06"
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
        pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.i < span.start
                        and c.lower_ in self.words.person_pronouns), None)
        if pronoun is not None and (person := self._person_before(doc, pronoun)):
            yield Candidate(person, "possessive", {"possessive": 1.0})  # "in his last six games"
        j = span.end
        if (modified := self._hyphen_modified_name(doc, span)) is not None:
            # "the 52,000-capacity Holm Road", "196-centimetre defender Susan Fuhrmann": a figure made an adjective
            # with a hyphen describes the name its noun phrase heads, whatever the tagger calls it
            yield Candidate(modified, "possessive", {"possessive": 1.0})
            j = sent.end
        while j < min(sent.end, span.end + 4) and doc[j].pos_ in ("PROPN", "ADJ", "NOUN", "PART", "PUNCT") \
                and doc[j].text not in (",", ";"):
            ent = self._entity_at(doc, j)
            if ent and doc[j].ent_type_ in ("ORG", "PRODUCT", "FAC"):
                yield Candidate(ent, "owner", {"owner": 1.0})
                break
            j += 1
        if (agent := self._agent_owner(doc, span)) is not None:
            yield Candidate(agent, "possessive", {"possessive": 1.0})  # "the record of $14 million set by Ann Reid"
        if whole := self._owner_of_whole(doc, span):
            # "melt was detected across more than 60 per cent of Isvardi's surface": the owner of the whole a share is
            # of, as a name standing in the figure's clause (a named subject of the verb still wins)
            yield Candidate(whole, "named_in_sentence", {"in_sentence": 1.0, "holds_clause": 1.0})
        if described := self._apposed_name(doc, span):
            yield Candidate(described, "owner", {"owner": 1.0})  # "CORVIS, a 15-year study funded by ..."
        if (where := self._where_holder(doc, span)) is not None:
            yield Candidate(where, "owner", {"owner": 1.0})  # "..., followed by Harlow General Hospital, where 46% ..."
        if held := self._with_holder(doc, span, topic):
            yield Candidate(held, "owner", {"owner": 1.0})  # "Dunlow, with 1,200 nurses, has ..."
        if (attached := self._attached_name(doc, span)):
            yield Candidate(attached, "owner", {"owner": 1.0})  # "followed by the Midwest at 28.7 percent"
        if paid_for := self._paid_for(doc, span) or self._signed_person(doc, span) or self._fee_for_person(doc, span):
            yield Candidate(paid_for, "owner", {"paid_for": 1.0})
        if paired := self._respective_name(doc, span):
            yield Candidate(paired, "owner", {"listed": 1.0})  # "A, B and C carried 8.5, 5.8 and 6.1 lakh, respectively"
        if headed := self._bullet_heading(doc, span):
            yield Candidate(headed, "owner", {"listed": 1.0})  # "Brackenshire Constabulary\n- 7% fall in burglary"
        if standing := self._name_on_figure(doc, span):
            yield Candidate(standing, "owner", {"listed": 1.0})  # "one point ahead of Fine Gael on 28%"
        if voters := self._voter_group(doc, span):
            yield Candidate(voters, "owner", {"owner": 1.0})  # "Among Harlow Party voters, 61 per cent back the plan"
        if chosen_party := self._voted_for(doc, span):
            yield Candidate(chosen_party, "owner", {"owner": 1.0})  # "38% of people would vote for the Harlow Party"
        if described := self._dash_line_owner(doc, span):
            yield Candidate(described, "owner", {"listed": 1.0})  # "91 – Harlow's winning points total."
        if (item := mover_item(doc, span, self.words)) is not None:
            # "Major Kestrel gainers were: Orlan Motors, up 4.12 percent at Rs.512.30; Tarwick and Tarwick, 2.88 percent
            # at Rs.1,120.10": an item of a list of movers is its name's, whether or not a word of moving stands before it
            yield Candidate(item[0], "owner", {"listed": 1.0})
        elif (index := index_item(doc, span, self.words)) is not None:
            # "The BSE bank index higher by 319.35 points, capital goods index lost 163.95 points": each index its own move
            yield Candidate(index, "owner", {"listed": 1.0})
        elif bracketed := self._bracket_owner(doc, span) or self._bracketed_name_after(doc, span):
            yield Candidate(bracketed, "owner", {"bracketed": 1.0})
        elif listed := self._semicolon_item_owner(doc, span) or self._listed_owner(doc, span) \
                or self._gapped_owner(doc, span) or self._list_line_label(doc, span):
            yield Candidate(listed, "owner", {"listed": 1.0})
        if (place := self._place_listed_after(doc, span, topic)) is not None:
            yield Candidate(place, "place_scope", {"place_scope": 1.0})  # "rose 12.5% in England, 10.9% in Wales"
        verb = self._governing_verb(span)
        if verb is not None and any(t.lower_ == "here" and t.dep_ == "advmod" and (t.head == verb or span.start <= t.head.i < span.end)
                                    for t in doc[span.start:min(span.sent.end, span.end + 3)]) \
                and (town := self._dateline_place(doc)) is not None:
            yield Candidate(town, "place_scope", {"place_scope": 1.0})  # "MILWAUKEE — Killings dropped by a third here"
        if (local := self._figure_place(doc, span)) is not None and not self._priced_clause(doc, verb):
            # "12 houses were lost at Kelbrook", "a high of 31.2C was recorded in Tarwick": in a disaster or weather
            # story, where the figure was counted or read, over the state or country the story leads with (not a
            # commodity's price: "The nickel price closed up 3.1% ..., with strike fears in Norland" is nickel's)
            yield Candidate(local, "place_scope", {"local_place": 1.0})
        if verb is not None and (there := self._place_there(doc, span, verb)) is not None:
            # "officials in Tesh said fires there had claimed 1,588 homes": "there" points back at the place named
            # last before it, over the wider place the story leads with
            yield Candidate(there, "place_scope", {"place_scope": 1.0})
        if verb is not None and (scope := self._place_scope(doc, verb)):
            yield Candidate(scope, "place_scope", {"place_scope": 1.0})
        elif verb is not None and (district := self._headed_place(doc, span, verb, topic)) is not None:
            yield Candidate(district, "place_scope", {"place_scope": 1.0})  # "Four people died in Kelvi district"
        elif (country := self._national_scope(span, verb, topic)) is not None:
            yield Candidate(country, "place_scope", {"place_scope": 1.0})  # "House prices nationally rose 8.9%"
        group = False
        # a place written "in" the figure's own clause is where the figure is counted, in a story about places and,
        # where the clause names no holder, in any other ("The highest average price was EXP in Kelby"): see
        # `_story_clause_places`
        clause_places = self._story_clause_places(doc, span, verb, topic)
        moved = self._moved_object(doc, span, topic)
        if moved:  # "dragging the Carlton 100 down 0.6%": the object moved, not the verb's subject
            yield Candidate(moved, "owner", {"moved": 1.0})
        elif verb is not None:
            subj = self._verb_subject(doc, verb)
            # "The corporations on the list combined to generate $41.7 trillion": a group of organisations the
            # clause names is no carried topic
            actor = subj if subj is not None else _acl_noun(verb)
            group = actor is not None and self._names_a_group(actor)
            # the number sits inside the subject ("Its more than 4,600 stores provide ..."), not in a relative
            # clause of it ("Kuroda, which booked 1.2 trillion yen")
            if subj is not None and subj.left_edge.i <= span.start and span.end - 1 <= subj.right_edge.i \
                    and (subj == span.root or subj.is_ancestor(span.root)) \
                    and not (subj.pos_ == "PROPN" and subj.left_edge.i <= verb.i <= subj.right_edge.i):
                owner = next((t for t in subj.children if t.dep_ == "poss"), None)
                if owner is not None:
                    named = self._entity_at(doc, owner.i) or self._untagged_owner(
                        doc, max(t.i for t in owner.subtree if t.dep_ != "case"))
                    owned = named or (self._organisation_topic(doc, owner, topic) if owner.lower_ == "its" else
                                      (self._person_before(doc, owner) or topic) if owner.lower_ in self.words.person_pronouns
                                      else topic)
                    if owned:
                        yield Candidate(owned, "possessive" if named else "topic", {"possessive": 1.0})
                elif (market := self._market_subject(doc, subj)) is not None:
                    # "About 14.2 billion shares changed hands", "a global market that grew 2%"
                    yield Candidate(market, "grammatical_subject", {"grammatical_subject": 1.0})
                elif (place := self._demonym_place(subj)) is not None:
                    # "Ghanaian gold production (up 4%) gained from ...": a country's measure, named by its adjective,
                    # with the figure in brackets inside it
                    yield Candidate(place, "grammatical_subject", {"grammatical_subject": 1.0})
                subj = None
            # a speaker is no subject of what it says, but is of its own relative clause ("Ashgrove, who have
            # sold three players this window, said ...")
            if subj is not None and self._takes_reading(subj):
                subj = None  # "The Harlow Seismic Service measured the quake at magnitude 6.2": the reading's source
            if subj is not None and not (self._is_speaker(subj) and subj.head != verb
                                         and not (verb.dep_ == "relcl" and verb.head == subj)):
                named = self._subject_phrase(doc, subj, topic)
                if not named and (first := self._conjoined_subject(doc, subj, topic)):
                    named = first  # "Route 14 now runs every 8 minutes, and trips along it take 11 minutes less"
                if named and clause_places and named not in clause_places and subj.pos_ == "NOUN" and named in (
                        topic, self._entities.lead_place if self._entities is not None else None):
                    # "In Fenwick, the price rose 2.2%": a bare measure falls back on the place the story is about,
                    # which the place written in the clause overrides
                    yield Candidate(named, "topic", {"topic": 1.0})
                elif named:
                    yield Candidate(named, "topic" if named == topic else "grammatical_subject",
                                    {"grammatical_subject": 1.0})
                if (party := self._contracted_person(doc, span, subj)) is not None and party != named:
                    # "The Ashgrove Hawks and guard Marcus Webb have agreed a four-year, $120 million contract
                    # extension": a player's contract is the player's, whoever the clause names first
                    yield Candidate(party, "owner", {"paid_for": 1.0})
                if (owner := self._object_owner(doc, verb, span, topic)) and owner != named:
                    # "Mr Hale raised Corvex's revenue target to 12%": who acts sets a level of what the owner owns
                    yield Candidate(owner, "possessive", {"possessive": 1.0})
                if (fined := self._penalised(doc, verb, span)) and fined != named:
                    # "The magistrate fined Ms Harlan $30,000": a penalty is the one it is imposed on's, not the court's
                    yield Candidate(fined, "possessive", {"possessive": 1.0})
                if named in (None, topic) and (reporter := self._reports_own_results(doc, subj)) is not None \
                        and reporter != named:
                    # "Mahindra said on Tuesday that domestic sales fell 3%": a company's results, said by it
                    yield Candidate(reporter, "owner", {"owner": 1.0})
        if verb is not None and (valued := self._valued_object(doc, verb, span)) is not None:
            yield Candidate(valued, "possessive", {"possessive": 1.0})  # "The offer valued Quaylight at $4.2 billion"
        lead = self._lead(doc)
        for found in self._sentence(span).ents:
            if (found.start < span.end and span.start < found.end) \
                    or (offered := self._entity_candidate(doc, found, verb)) is None:
                continue
            start, end, name, reason, organisation, holds, source, speaker, salience = offered
            if found.end - found.start == found.root.i - found.start + 1 \
                    and (numbered := self._numbered_index(doc, found.root)) is not None:
                name = numbered  # "the ASX 200 added 0.3%" tagged "ASX": the index the number ends the name of
            gap = start - span.end if start >= span.end else span.start - end
            in_clause = name in clause_places
            yield Candidate(name, reason, {
                "in_sentence": 1.0, "organisation": organisation, "place_or_person": 1.0 - organisation,
                "holds_clause": holds, "distance": max(gap, 0) / 10, "source": source, "speaker": speaker,
                "topic": float(name == topic), "lead": float(name == lead), "salience": salience,
                "place_in_clause": float(in_clause)})
        if topic and not group:
            yield Candidate(topic, "topic", {"topic": 1.0, "lead": float(topic == lead), "salience": self._salience(topic)})
        place = (self._entities.lead_place or self._entities.national_place) if self._entities is not None else None
        if place:  # a statistics release: the country its headline and lead are about ("Turkish Statistical Institute")
            yield Candidate(place, "topic", {"lead_place": 1.0, "salience": self._salience(place)})

    def _hyphen_modified_name(self, doc: Doc, span: Span) -> str | None:
        """The name a figure written as a hyphenated adjective describes: the figure counts a unit noun joined to it by a
        hyphen ("52,000-capacity", "196-centimetre", "20-year") that modifies the head of a noun phrase, and that head is a
        proper noun inside a name ("the 52,000-capacity Holm Road") or a common noun with a name set beside it ("the
        196-centimetre defender Susan Fuhrmann"). None otherwise (a common noun with no name: "the 33,000-capacity
        ground")."""
        unit = next((t for t in span if t.dep_ == "nummod" and t.head.i >= span.start - 1), None)
        unit = unit.head if unit is not None else None
        if unit is None or unit.i < 1 or doc[unit.i - 1].text != "-" or not (span.start <= unit.i - 1 <= span.end) \
                or unit.dep_ not in ("compound", "amod") or unit.head.i <= unit.i:
            return None
        head = unit.head
        while head.pos_ == "NOUN" and head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
            head = head.head  # "188-centimetre shooter Ana Morvell", parsed with the role a part of the name
        if head.pos_ == "NOUN":
            head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == head.i + 2
                         or c.dep_ == "appos" and c.pos_ == "PROPN" and all(t.pos_ == "PROPN"
                                                                           for t in doc[head.i + 1:c.i])), None)
            if head is None:
                return None
        if head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        return self._entity_at(doc, head.i)

    def _story_clause_places(self, doc: Doc, span: Span, verb: Token | None, topic: str | None) -> tuple[str, ...]:
        """The places written "in" the clause of the figure `span` (`_clause_places`) that may be what the figure is
        about, by what the text was last about (`topic`).

        In a story about a place, or about no one: every one ("880 auctions held in Harlow", "The lowest growth was in
        Fenwick, where prices rose 1.2%"). In a story about anything else, none for a sum of money (what the one the
        text is about spends or earns in a place stays its own: "The company will spend EXP on new showrooms in
        Ashby"), none when a possessive pronoun in the clause ties the figure to what the text is about ("at its peak
        employed 1,100 people, including 240 at the base in Dunmore"), and never the place a "where" clause describes
        ("the base in Dunmore, where 60 jobs will remain": the project's jobs). In a story about a name that does not
        act as an organisation (a person, an event, a description the tagger leaves unlabelled), the others, but not
        in an infinitive with no subject of its own, whose holder is who means to do it ("We are on track ... to have
        3,000 shops in Norland"). In a story about an organisation, only where the clause has a common noun for
        subject and the place is not part of it: not a clause whose subject is a name or a pronoun ("Corvex opened 40
        stores in Norland"), nor a place written in the subject ("Sales in Norland rose 27%": a segment of the
        organisation), and with a verb other than "be" only a place in the figure's own phrase ("Sales rose 4% in
        Valdoria" stays the company's, tests/test_subject_s31.py); but "The highest share was 41% in Kelby"."""
        labels = self._labels_of(topic) if topic is not None else set()
        if topic is None or labels & {"GPE", "LOC"}:
            return self._clause_places(doc, span, verb, topic)
        if verb is not None and any(t.dep_ == "poss" and t.pos_ == "PRON" and verb in (t.head.head, t.head.head.head)
                                    for t in verb.subtree):
            return ()
        if any(t.ent_type_ == "MONEY" for t in span) or (span._.quantity or {}).get("kind") == "amount":
            return ()  # "The company will spend EXP on new showrooms in Ashby": what it spends or earns stays its own
        if not labels & {"ORG", "PRODUCT"} and not (self._entities is not None
                                                   and self._entities.acts_as_organisation(topic)):
            if verb is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                    and self._verb_subject(doc, verb) is None:
                return ()
            return self._clause_places(doc, span, verb, topic, described=False)
        subj = self._verb_subject(doc, verb) if verb is not None else None
        if subj is None or subj.pos_ in ("PRON", "PROPN"):
            return ()
        places = self._clause_places(doc, span, verb, topic, described=False)
        if verb.lemma_.lower() != "be":
            places = tuple(p for p in places if any(
                e.text == p and _in_own_phrase(e.root, span) for e in self._ents_in(span.sent)))
        if places:
            held = doc[subj.left_edge.i:subj.right_edge.i + 1].text
            places = tuple(p for p in places if p not in held)
        return places

    def _place_there(self, doc: Doc, span: Span, verb: Token) -> str | None:
        """The place a pointing word in the figure's clause points back at: a "there" (`pointing_adverbs`) or a bare "the
        city", "the island" after "in", "on" or "at" (`pointing_place_heads`). The "there" must modify the figure's verb
        (or the verb its verb is joined to by "and"), that verb's subject, or a noun right before the verb ("In Tesh,
        officials said fires there had claimed 1,588 homes and damaged 653 more", "rents were weakest in Orlan City,
        with the median rent there dipping from $650 to $590"; "There were 40 fires", an expletive, points at
        nothing); the phrase must hang on that verb ("at least 20 buildings had collapsed in the city"). The place is
        the one the article describes with the phrase's noun ("the coastal city of Tesh", "Orla, a Greek island"), the
        latest before it, else the place (GPE or LOC, or a name the tagger labels so elsewhere) named last before it in
        its sentence, else in the sentence before in its paragraph; "the town" or "the city" in a story with a
        dateline's town is that town (see `_local_place`). None otherwise."""
        clause = verb
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        subjects = {c for v in (verb, clause) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
        pointer = next((t for t in span.sent if t.lower_ in self.words.pointing_adverbs
                        and (t.dep_ == "advmod" or t.dep_ == "expl" and t.i > span.sent.start
                             and doc[t.i - 1].dep_ in ("nsubj", "nsubjpass") and doc[t.i - 1].pos_ == "NOUN")
                        # ("fires there had destroyed": a noun subject before it; the parser may call it an expletive)
                        and (t.head in (verb, clause) or t.head in subjects
                             or t.head.pos_ == "NOUN" and t.i + 1 < len(doc) and doc[t.i + 1] in (verb, clause))), None)
        kind = None
        if pointer is None:
            pointer = next((o for p in (*verb.children, *(clause.children if clause != verb else ()))
                            if p.dep_ == "prep" and p.lower_ in ("in", "on", "at")
                            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                            and o.lemma_.lower() in self.words.pointing_place_heads
                            and [t.lower_ for t in o.lefts] == ["the"]), None)  # (a relative clause may follow)
            if pointer is None:
                return None
            if (town := self._local_place(doc, pointer)) is not None:
                return town  # "the city" of a story with a dateline: the dateline's town
            kind = pointer.lemma_.lower()
        if kind is not None:
            described = [e for e in doc.ents if e.end <= pointer.i and self._described_as(e, kind)]
            # (whatever the tagger calls it: the text says what kind of place it is)
            if described:
                return self._entity_at(doc, described[-1].end - 1) or _clean_name(described[-1].text)
        sentences = [span.sent]
        if span.sent.start > 0 and not self._paragraph_ends(doc[span.sent.start - 1].sent, span.sent.start_char):
            sentences.append(doc[span.sent.start - 1].sent)
        for sent in sentences:
            places = [e for e in self._sentence(sent).ents if e.end <= pointer.i
                      and (e.label_ in ("GPE", "LOC") or self._labels_of(_clean_name(e.text)) & {"GPE", "LOC"}
                           or e.text in self._described_places(doc))]
            if places:
                return self._entity_at(doc, places[-1].end - 1) or _clean_name(places[-1].text)
        return None

    def _described_places(self, doc: Doc) -> frozenset[str]:
        """The names the text describes as a place of a kind of `pointing_place_heads` somewhere ("the town of
        Carlentini", "Orla, a Greek island"), whatever the tagger calls them. Read once per document."""
        if "claimx_described_places" not in doc.user_data:
            doc.user_data["claimx_described_places"] = frozenset(
                e.text for e in doc.ents if any(self._described_as(e, k) for k in self.words.pointing_place_heads))
        return doc.user_data["claimx_described_places"]

    @staticmethod
    def _described_as(ent: Span, kind: str) -> bool:
        """Whether the text describes the place `ent` with the noun `kind`: "Orla, a Greek island" (the noun in
        apposition), "the coastal city of Tesh" (the noun its "of" phrase hangs on), "Tesh city" (the noun it names)."""
        root = ent.root
        return any(c.dep_ == "appos" and c.lemma_.lower() == kind for c in root.children) \
            or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() == kind \
            or root.dep_ == "compound" and root.head.lemma_.lower() == kind and root.head.i == ent.end

    def _clause_places(self, doc: Doc, span: Span, verb: Token | None, topic: str | None,
                       described: bool = True) -> tuple[str, ...]:
        """The places (see `_place_in_clause`) named in the clause of the figure `span`, other than `topic`, and
        neither a source nor a dateline's. The sentence's places and the clause each is written in are read once
        per sentence (`_places_of`); only the figure's own clause is read per figure."""
        places = self._places_of(span)
        if not places:
            return ()
        found, own = [], []  # (own: those in the figure's own phrase, see `_in_own_phrase`)
        topic_own = False  # the topic written in the figure's own phrase ("and a 1% increase in Harlow"), which keeps it
        before = False  # a place (the topic too) written in the clause before the figure
        clause = _clause_head(span.root)
        where = described and clause is not None and clause.dep_ == "relcl" \
            and any(c.lower_ == "where" for c in clause.children if c.i < clause.i)
        for place in places:
            ent = place[0]
            if ent.start < span.end and span.start < ent.end or not self._place_in_clause(place, clause, where):
                continue
            offered = self._entity_candidate(doc, ent, verb)
            if offered is None or offered[6]:
                continue
            mine = _in_own_phrase(place[1], span, participle=True)
            before = before or ent.end <= span.start
            if offered[2] == topic:
                topic_own = topic_own or mine
                continue
            found.append((offered[2], ent.end <= span.start))
            if mine:
                own.append(offered[2])
        if own:
            return tuple(own)
        if topic_own:
            return ()  # "the lowest rises in Ostley (1.8%) and a 1% increase in Marbury": Marbury's, not Ostley's
        # a place after the figure, when one is written in its clause before it, is the next item's ("In Marbury the
        # average fare was £3.10, in Brackley £2.78": the £3.10 is Marbury's)
        return tuple(name for name, ahead in found if ahead or not before)

    def _figure_place(self, doc: Doc, span: Span) -> str | None:
        """Where a figure of a disaster or weather story (`_disaster_story`) was counted or read: the place written after
        a word of `local_place_prepositions` ("in", "at", "near") in the figure's own phrase ("3,000 hectares near Orrin")
        or clause ("12 houses were lost at Kelbrook", "a high of 31.2C was recorded in Tarwick", "the 32.4C registered at
        Ashby Lacey, a village in Dunmore", a participle of the figure's noun being part of its clause), at the level the
        text names it (see `_place_named`): the first such place after the figure, else the nearest before it; a place
        a sentence opens with ("In Valdoria, ...") only when nothing nearer is named, also over what a speaker of the
        sentence says ("In Valdoria, the premier said at least 200 homes had been destroyed"). None when the clause's
        subject is itself a named place ("Tarwick recorded 31.2C") or no such place is written."""
        if not self.words.local_place_prepositions or not self._disaster_story(doc):
            return None
        clause = _clause_head(span.root)
        if clause is None:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN")
               and not any(t.lower_ in self.words.disaster_nouns or t.lower_ in self.words.named_disaster_heads
                           for t in c.subtree if t.i <= c.i)
               for c in clause.children):
            # "Tarwick recorded 31.2C", "Maroondah Weir in the upper Yarra Valley region received 33mm": the clause's
            # own name (not a disaster's: "The Camp Fire destroyed 6,700 homes in the town of Paradise" -> Paradise)
            return None
        tok = span.root
        while tok != clause and tok.head != tok:
            if tok.dep_ == "appos" or tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN":
                return None  # "The Orrin Fire, 60km north of Harlow, destroyed ...": a figure describing the fire
            tok = tok.head
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
        held = [noun, *span, *(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
        if any(c.dep_ == "poss" or c.dep_ == "dobj" and any(o.dep_ == "poss" for o in c.children)
               for t in held for c in t.children):
            return None  # "more than doubling its fleet there to 31 aircraft": the owner's figure, wherever it is
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # the clause of a speaker the figure's clause reports ("In Valdoria, the premier said 200 homes ...")
        said = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.words.reporting_verbs \
            else None
        found = []  # (rank, after the figure, distance, name)
        for prep in span.sent:
            if prep.dep_ != "prep" or prep.lower_ not in self.words.local_place_prepositions:
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None or span.start <= obj.i < span.end or (named := self._place_named(doc, obj)) is None:
                continue
            # the figure's own phrase first, then the phrase of what its clause measures ("The warmest day on record in
            # Eiremar is 38.2C, recorded at Ashby Lacey" is Eiremar's record, read at a station), then the clause
            own = _in_own_phrase(obj, span)
            measured = subject is not None and subject.is_ancestor(obj) and not (subject.left_edge.i <= span.start
                                                                                and span.end - 1 <= subject.right_edge.i)
            here = _clause_head(prep.head)
            opening = said is not None and here == said and prep.i == span.sent.start
            if not own and not measured and here != clause and not opening:
                continue
            later = obj.i >= span.end and not opening
            found.append((0 if own else 1 if measured else 2, 0 if later else 1,
                          obj.i - span.end if later else span.start - obj.i, named))
        return min(found)[3] if found else None

    def _place_named(self, doc: Doc, obj: Token) -> str | None:
        """The place the object `obj` of a place's preposition names (see `_figure_place`), as the text writes it: a name
        the tagger calls a GPE, LOC or FAC, or by a label of `local_place_labels` (the tagger often calls an unfamiliar
        town or a weather station a person or a body: "at Brenn Valley", "the 31.5C registered at Ashby Lacey"), or one
        it leaves untagged ("in Bray-on-Wend", joined at its hyphens); never a public body (`public_bodies`,
        `reporting_bodies`: "at the Harlow Fire Service"), a source nor a date; the names before a place's head word ("in the Tallow Creek area", "at the town of Kelbrook"); the owner
        of a place, a one-word name before "'s" ("in Tarwick's Mill Park" -> Tarwick; "at St Ann's Park" is the park).
        A part of a place (`place_parts`: "in parts of Corran") names the place. None for a common noun ("in the Kelbrook
        fire")."""
        def proper(tok: Token) -> bool:
            return tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper and tok.is_alpha) and tok.lower_ not in MONTHS \
                and tok.lower_ not in DAY_WORDS

        if obj.pos_ == "NOUN" and obj.lower_ in self.words.place_parts and obj.lower_ not in ("area", "areas", "region",
                                                                                            "regions"):
            # "14 inches fell in parts of Tennessee": the place the part is of
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is None:
                return None
        head = obj
        if obj.pos_ == "NOUN" and obj.lower_ in self.words.place_heads | {"area", "areas"}:
            names = [t for t in obj.lefts if t.dep_ == "compound" and proper(t)]
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            named = next((c for c in of.children if c.dep_ == "pobj" and proper(c)), None) if of is not None else None
            if names:
                head = names[-1]  # "in the Tallow Creek area"
            elif named is not None:
                head = named  # "at the town of Kelbrook"
            else:
                return None
            headed = True
        elif proper(obj):
            headed = False
        else:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and proper(c)), None)
        if owner is not None and (not any(c.dep_ == "compound" for c in owner.children) or owner.ent_type_ in ("GPE", "LOC")):
            head = owner  # "in Tarwick's Mill Park": the town the park is in
        elif owner is not None:
            return None  # "at St Ann's Park": a name of the park's own, which names no place apart from it
        ent = next((e for e in head.sent.ents if e.start <= head.i < e.end), None)
        if ent is not None:
            if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT", "EVENT", "LAW",
                              "LANGUAGE", "WORK_OF_ART", "PRODUCT"):
                return None
            if not headed and ent.label_ not in ("GPE", "LOC", "FAC") and ent.label_.lower() not in self.words.local_place_labels \
                    and not self._labels_of(_clean_name(ent.text)) & {"GPE", "LOC"}:
                return None
            start, end = ent.start, ent.end
            if owner is not None and head is owner:
                start, end = min(t.i for t in owner.subtree if t.dep_ != "case"), owner.i + 1
        else:
            words = [t for t in head.lefts if t.dep_ == "compound" and proper(t)]
            start, end = (words[0].i if words and words[-1].i == head.i - 1 else head.i), head.i + 1
        if headed and names and obj.i == end and obj.lower_ not in self.words.bare_place_heads:
            end = obj.i + 1  # "in Tandrapur district", "in the Tallow Creek area": the head word is part of the name
        if any(t.lower_ in self.words.public_bodies or t.lower_ in self.words.reporting_bodies for t in doc[start:end]) \
                or is_source(doc[end - 1], self.words, None):
            return None  # "at the Harlow Fire Service": a body, no place
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha:
            start -= 2
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha:
            end += 2  # "Ross-on-Wye", "Stratford-upon-Avon": one name the tokens cut at the hyphens
        return _clean_name(doc[start:end].text) or None

    def _places_of(self, span: Span) -> list[tuple[Span, Token, Token | None]]:
        """The places of the sentence of `span` as `_place_in_clause` reads them, once per sentence: each GPE or LOC
        (by its label or the article's), the root of its phrase, and the clause (see `_clause_head`) whose "in",
        "across" or "throughout" holds it, or the "from" of a verb of `day_report_verbs` ("reported from"), else None."""
        reading = self._sentence(span)
        if reading.places is None:
            reading.places = []
            for ent in reading.ents:
                head = self._place_head_of(_phrase_root(ent.root))
                if ent.label_ not in ("GPE", "LOC") and not (self._labels_of(_clean_name(ent.text)) & {"GPE", "LOC"}) \
                        and head is None and not _placed_by_in(ent):
                    continue
                tok = _phrase_root(ent.root) if head is None else head  # "in the state of Assam": "state" stands in
                # (also "from" after a verb of a day's count: "Two more deaths were reported from Gujarat", where
                # they were counted)
                here = _clause_head(tok.head) if tok.dep_ == "pobj" \
                    and (tok.head.lower_ in {"in"} | self.words.scope_prepositions
                         or tok.head.lower_ == "from" and tok.head.head.lower_ in self.words.day_report_verbs) else None
                reading.places.append((ent, tok, here))
        return reading.places

    def _voter_group(self, doc: Doc, span: Span) -> str | None:
        """The voters of a party a poll's share is counted among: a plural noun of `voter_nouns` ("voters",
        "supporters") with a capitalised name right before it, the nearest such before the figure in the figure's own
        clause ("Among Harlow Party voters there is backing by a margin of 61 per cent to 24 per cent", "Green voters
        are split, with 48% in favour") or in the figure's "of" phrase ("58 per cent of Harlow Party voters"): the name
        and the noun. Only for a share in a poll story (`poll_story`); None otherwise."""
        if (span._.quantity or {}).get("kind") != "percentage" or not poll_story(doc, self.words):
            return None
        if span.end + 1 < span.sent.end and doc[span.end].lower_ == "of":
            after = next((t for t in doc[span.end + 1:min(span.end + 6, span.sent.end)] if not t.is_title), None)
            if after is not None and (group := self._named_voters(doc, after)) is not None:
                return group  # "58 per cent of Harlow Party voters"
        clause = _clause_head(span.root)
        for k in range(span.start - 1, span.sent.start - 1, -1):
            if doc[k].lower_ in self.words.voter_nouns:
                group = self._named_voters(doc, doc[k])
                return group if group is not None and _clause_head(doc[k]) == clause else None
        return None

    def _voted_for(self, doc: Doc, span: Span) -> str | None:
        """The name a share of voters would vote for, in a poll story: the share is the subject of a verb of
        `vote_words` with a "for" phrase naming a party or a person, or of a verb whose clause holds one ("38% of people
        would vote for the Harlow Party", "with 12% saying they would vote for Unity Alliance"): the name. None
        otherwise."""
        root = span.root
        if root.dep_ not in ("nsubj", "nsubjpass") or (span._.quantity or {}).get("kind") != "percentage" \
                or not poll_story(doc, self.words):
            return None
        verb = root.head
        verbs = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > root.i)]
        for v in verbs:
            if v.pos_ != "VERB" or v.lemma_.lower() not in self.words.vote_words:
                continue
            for prep in v.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                    if obj is not None and (named := self._entity_at(doc, obj.i)):
                        return named
        return None

    @staticmethod
    def _named_voters(doc: Doc, noun: Token) -> str | None:
        """`noun` ("voters") with the capitalised words right before it that modify it ("Harlow Party voters"); None
        when no capitalised word does ("undecided voters", "the party's voters")."""
        if noun.tag_ != "NNS":
            return None
        k = noun.i
        while k - 1 >= noun.sent.start and doc[k - 1].is_title and doc[k - 1].dep_ in ("compound", "amod", "nmod") \
                and k <= doc[k - 1].head.i <= noun.i:
            k -= 1
        return doc[k:noun.i + 1].text if k < noun.i else None

    def _name_on_figure(self, doc: Doc, span: Span) -> str | None:
        """The name written right before "on" or "at" and a share or a count, as a poll or a table gives a standing
        ("just one point ahead of the Harlow Party on 28%", "with Ashby Town on 26 in the third relegation place", "put
        support for the Greens at 12.5 percent, with the Alliance at 9"): the name's. None unless a name the tagger
        knows ends right before the "on" or "at"."""
        j = span.start - 1
        if j - 1 < span.sent.start or doc[j].lower_ not in ("on", "at") or doc[j - 1].ent_type_ not in SUBJECT_LABELS \
                or doc[j].ent_iob_ == "I" or (span._.quantity or {}).get("kind") not in ("percentage", "count"):
            return None
        first = j - 1
        while first > span.sent.start and doc[first].ent_iob_ == "I":
            first -= 1
        if doc[j].lower_ == "at" and any(t.lower_ == "than" for t in doc[max(span.sent.start, first - 2):first]):
            return None  # "got more votes than the Harlow Party at 32.5 per cent": the share of the side compared with
        return self._entity_at(doc, j - 1)

    def _dash_line_owner(self, doc: Doc, span: Span) -> str | None:
        """The owner the description after a figure that opens its line with a dash names, in a list of key figures
        ("91 – Harlow's winning points total.", "4 – consecutive titles for Harlow City, the first time ...", "104
        – goals conceded by bottom club Ashby Town, a record"): a name owning a noun, or after "for" or "by", before the
        first comma. None for any other figure, or a description naming none so."""
        if span.end >= len(doc) or doc[span.end].text not in ("-", "\u2013", "\u2014") \
                or span.start_char > 0 and self._text[span.start_char - 1] != "\n":
            return None
        for t in doc[span.end + 1:min(span.end + 16, len(doc))]:
            if t.text in (",", ";", ".") or "\n" in t.text:
                return None
            owns = t.i + 1 < len(doc) and doc[t.i + 1].text in ("'s", "\u2019s")  # (the parse may miss the "poss")
            if t.pos_ == "PROPN" and (owns or t.dep_ == "pobj" and t.head.lower_ in ("for", "by")):
                start = min([t.i] + [c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
                return _clean_name(doc[start:t.i + 1].text)
        return None

    def _headed_place(self, doc: Doc, span: Span, verb: Token, topic: str | None) -> str | None:
        """A place named by a name and a head word of `place_heads` in lower case ("Kelvi district", "Orsa
        province"), which the tagger often misses or calls a person, as the subject of the figure's verb ("Kelvi
        district accounted for eight deaths") or in its "in" or "from" phrase ("Four people were killed in Tandrapur
        district", "Two deaths were reported from Mirzal district"): in a story about no organisation, the figure is that district's, not the state's the story leads with. None otherwise."""
        if topic is not None and (labels := self._labels_of(topic)) and labels <= {"ORG", "PRODUCT", "FAC", "NORP"}:
            return None  # (a company's story; a place the tagger also calls a person or a body is no company)
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod") else span.root
        # the figure's own "in" phrase first ("and three in Orsa district"), then its verb's after it or opening the
        # clause ("In Esk district, 1,200 people were evacuated"), or its subject
        for c in (*noun.children, *span.root.children, *verb.children):
            if c.dep_ in ("nsubj", "nsubjpass") and c.head == verb:
                heads = [c]
            elif c.dep_ == "prep" and c.lower_ in ("in", "from") and (c.i >= span.end or c.head == verb and c.i < verb.i):
                heads = [o for o in c.children if o.dep_ == "pobj"]
            else:
                continue
            for head in heads:
                if head.pos_ != "NOUN" or not head.is_lower or head.lemma_ != head.lower_ \
                        or head.lower_ not in self.words.place_heads or head.lower_ in ("country", "nation"):
                    continue
                # (a name opening its sentence may be parsed a noun: "Kelvi district accounted for ...")
                names = [t for t in head.lefts if t.dep_ == "compound" and t.is_title and (
                    t.pos_ == "PROPN" or t.pos_ == "NOUN" and not dictionary.dictionary_noun_word(t))]
                if names and names[-1].i == head.i - 1 and all(t.i == names[0].i + k for k, t in enumerate(names)) \
                        and not (names[0].i > 0 and doc[names[0].i - 1].lower_ in ("and", ",")):
                    return doc[names[0].i:head.i + 1].text
        return None

    def _place_head_of(self, tok: Token) -> Token | None:
        """The head word of a place (`place_heads`) that the name `tok` is the "of" phrase of ("the tea-growing state of
        Harapur", "the province of Kelvar": "state", "province"), which says the name is a place whatever the tagger
        calls it; None otherwise."""
        prep = tok.head
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or prep.lower_ != "of" or prep.dep_ != "prep":
            return None
        head = prep.head
        return head if head.pos_ == "NOUN" and head.lemma_.lower() in self.words.place_heads else None

    def _contracted_person(self, doc: Doc, span: Span, subj: Token) -> str | None:
        """The person among a clause's joined subjects, or the one a contract is agreed "with", when the figure sizes a
        contract (`contract_nouns`: "the Ashgrove Hawks and guard Marcus Webb have agreed to a four-year, $120 million
        contract extension", "... have agreed a four-year contract with guard Marcus Webb"), or the person a verb's object
        names who is signed to it ("The Ashgrove Hawks signed guard Marcus Webb to a four-year contract"): the
        length and the value of a player's contract are the player's, not the club's. None when the figure sizes no
        contract, or the subjects join no person (see `_is_person`) to another name."""
        tok = span.root
        for _ in range(4):
            if tok.lemma_.lower() in self.words.contract_nouns and tok.pos_ == "NOUN":
                break
            if tok.dep_ not in ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod", "appos") or tok.head == tok:
                return None
            tok = tok.head
        else:
            return None
        if not any(c.dep_ == "conj" for c in subj.children):
            # "The Harlow Hawks have agreed a four-year, $210 million contract extension with guard Marcus Webb": the
            # person the contract is agreed "with", on the contract or on its verb
            withs = [c for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "with"] \
                + [c for c in subj.head.children if c.dep_ == "prep" and c.lower_ == "with"]
            for prep in withs:  # ("a contract worth £12 million with striker Ade Bello": on the contract's words too)
                for ent in self._sentence(subj).ents:
                    if prep.i < ent.start and ent.end - 1 <= prep.right_edge.i and ent.label_ == "PERSON" \
                            and self._is_person(name := _clean_name(ent.text)):
                        return self._entities.get(name).name if self._entities is not None else name
            verb = subj.head
            if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head == verb:
                # "The Harlow Hawks signed guard Marcus Webb to a four-year, $88 million contract": the person signed
                for obj in (c for c in verb.children if c.dep_ == "dobj"):
                    for ent in self._sentence(subj).ents:
                        if obj.left_edge.i <= ent.start and ent.end - 1 <= obj.right_edge.i and ent.label_ == "PERSON" \
                                and self._is_person(name := _clean_name(ent.text)):
                            return self._entities.get(name).name if self._entities is not None else name
            return None
        # the joined names as the parser hangs them: conjuncts, or a name in apposition to a role ("and guard Marcus Webb")
        for ent in self._sentence(subj).ents:
            if subj.left_edge.i <= ent.start and ent.end - 1 <= subj.right_edge.i and ent.label_ == "PERSON" \
                    and self._is_person(name := _clean_name(ent.text)):
                return self._entities.get(name).name if self._entities is not None else name
        return None

    def _priced_clause(self, doc: Doc, verb: Token | None) -> bool:
        """Whether the subject of `verb`'s clause stands for a commodity's price (rules/frame.json `subject_metrics`
        other than shares and indexes: "The nickel price has climbed ..., closing up 3.1%", "Copper rose 2%")."""
        subject = self._verb_subject(doc, verb) if verb is not None else None
        if subject is None:
            return False
        for tok in (t for t in subject.subtree if t.i <= subject.i):
            said = self.words.subject_metric(tok.lower_)
            if said and said.endswith("price") and not said.startswith(("share", "futures")):
                return True
        return False

    @staticmethod
    def _place_in_clause(place: tuple[Span, Token, Token | None], clause: Token | None, where: bool) -> bool:
        """Whether the place `place` (one of `_places_of`: a GPE or LOC) is written "in", "across" or "throughout" in the clause of the figure
        `span`: "There were 880 auctions held in Harlow, with a clearance rate of 64.1%", "House prices in
        Fenwick rose 2.1%". The preposition hangs in the clause whose verb the figure's own phrase hangs from (a
        participle modifying a noun, "held", is part of that clause; a clause of its own, "..., with prices in Fenwick
        falling 0.6%", is not). Also the place a relative clause opening with "where" describes, when the figure stands
        in that clause ("The lowest growth was in Fenwick, where prices rose 1.2%"). `clause` is the figure's clause
        (`_clause_head` of its root), `where` whether it is a relative clause opening with "where"."""
        _, tok, here = place
        if where and clause.head == tok:
            return True  # "The lowest growth was in Fenwick, where prices rose 1.2%": the place the clause describes
        return here is not None and here == clause

    def _agent_owner(self, doc: Doc, span: Span) -> str | None:
        """The name that did what a participle after the figure says, by its agent ("the previous record of $14 million
        set last season by Ann Reid", "below the 6.3% recorded by Valdoria", "the 23 goals scored by Joel Varga"): the
        figure is that name's: a verb of `agent_verbs` (not "followed by", "compiled by", "funded by"), and a noun that
        names no owner of its own ("the club record of 15 set by X" is the club's); also a person's "by" right after
        a figure with no participle ("beating the 44 by Tomas Varga"). None otherwise."""
        tok = span.root
        nouns = [tok]
        if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head != tok:
            tok = tok.head
            nouns.append(tok)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            nouns.append(tok.head.head)  # "the record of $14 million set by ..."
        words = self.words
        for noun in nouns:
            if any(c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i not in self._covering
                   for c in noun.children):
                continue  # "the club record of 15 set by X": the noun names whose record it is
            for verb in noun.children:
                if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < span.end \
                        or verb.lemma_.lower() not in words.agent_verbs:
                    continue
                for agent in (c for c in verb.children if c.dep_ == "agent"):
                    for obj in (g for g in agent.children if g.dep_ == "pobj"):
                        name = self._entity_at(doc, obj.i)
                        if name and not is_source(obj, words, verb):
                            return name
        # "beating the 44 by Tomas Varga in 2017-18": a bare figure of a tally with a person's "by" right after it,
        # however the parse hangs the "by" (on the verb, here)
        after = tok.i + 1 if tok != span.root else span.end
        if after + 1 < len(doc) and doc[after].lower_ == "by" and doc[after + 1].ent_type_ == "PERSON" \
                and not any(c.dep_ in ("poss", "compound") and c.i not in self._covering for c in tok.children):
            return self._entity_at(doc, after + 1)
        return None

    def _takes_reading(self, subj: Token) -> bool:
        """Whether a verb's subject is a body that takes a reading of a thing it does not own (`measures_another`,
        rules/frame.json `measuring_verbs`): "The Harlow Seismic Service measured the quake at magnitude 6.2", "the HSS
        recorded it at magnitude 5.9", or the agent of such a verb in the passive ("was measured by the Harlow Seismic
        Service at magnitude 6.1"): the body is the reading's source, and the figure is the thing's, not the body's."""
        if subj.dep_ == "nsubj":
            return measures_another(subj.head, self.words)
        if subj.dep_ == "pobj" and subj.head.dep_ == "agent":
            verb = subj.head.head
            return verb.lemma_.lower() in self.words.measuring_verbs and any(
                p.dep_ == "prep" and p.lower_ in ("at", "as") and any(g.like_num for g in p.subtree) for p in verb.children)
        return False

    def _names_a_group(self, subj: Token) -> bool:
        """Whether a verb's subject is a group of organisations of its own, not the one the text is about: a plural
        of `description_heads` ("the corporations on the list", "companies")
        with no owner named or pronoun ("its banks", "Corvex's stores"; "the world's 500 largest companies" is a group)."""
        return subj.tag_ == "NNS" and subj.lemma_.lower() in self.words.description_heads \
            and not any(c.dep_ == "poss" and (c.pos_ in ("PRON", "PROPN") or c.ent_type_) for c in subj.children)

    def _penalised(self, doc: Doc, verb: Token, span: Span) -> str | None:
        """Who a verb of rules/frame.json `penalty_verbs` imposes the figure on, when its object is a name written
        before the figure ("fined Ms Harlan $30,000", "fined Norvik Bank £40 million"); None otherwise."""
        if verb.lemma_.lower() not in self.words.penalty_verbs and verb.lower_ not in self.words.penalty_verbs:
            return None
        obj = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < span.start
                    and not (span.start <= c.i < span.end) and c.i not in self._covering), None)
        if obj is None:
            return None
        named = self._entity_at(doc, obj.i)
        if named is None and obj.pos_ == "PROPN":
            first = min((t.i for t in obj.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"), default=obj.i)
            named = _clean_name(doc[first:obj.i + 1].text)
        return named if named and not self._is_unit_name(named) else None

    def _valued_object(self, doc: Doc, verb: Token, span: Span) -> str | None:
        """The named object of a verb of `valuing_verbs` whose "at" phrase holds the figure ("The offer valued
        Quaylight at about $4.2 billion", "the deal values Quaylight at $5.1 billion"): the value a deal sets on what
        it buys is that company's, not the bidder's the story is about. None otherwise."""
        if verb.lemma_.lower() not in self.words.valuing_verbs:
            return None
        prep = span.root.head if span.root.dep_ == "pobj" else None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if prep is None or prep.lower_ != "at" or prep.head != verb or obj is None or obj.i >= span.start \
                or obj.pos_ != "PROPN":
            return None
        first = min((t.i for t in obj.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"), default=obj.i)
        # (a company the tagger sees once it may call a nationality: its words, as written)
        named = self._entity_at(doc, obj.i) or _clean_name(doc[first:obj.i + 1].text)
        return named if named and not self._is_person(named) and not self._is_unit_name(named) else None

    def _object_owner(self, doc: Doc, verb: Token, span: Span, topic: str | None = None) -> str | None:
        """The named owner of the direct object of `verb`, when the figure comes after that object in a phrase of the
        verb or of the object ("raised Corvex's long-term target to between 12% and 17%", "cut the group's dividend
        to 5p", "Reid has pegged Harlow's tax receipts at $9.7 billion"): what the figure is a level of belongs to that owner, not to the person who acts; of a forecast, the
        name it is "on" or "for" ("raised its price target on Tallis Motors to $52"), or the article's topic when that is
        "the stock", "the shares" or "the company" ("lowered his price target on the stock to $9"). None otherwise."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or span.start <= obj.i or not verb.is_ancestor(span.root):
            return None
        prep = span.root
        while prep.head not in (verb, obj) and prep.head != prep:
            prep = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "from", "by", "at") or prep.head not in (verb, obj):
            return None  # "raised Corvex's target to 12%", "cut the group's forecast by 3%", "pegged Harlow's tax
            # receipts at $9.7 billion"; not "bought Beta's unit for $2bn"
        if obj.lemma_.lower() in self.words.forecast_nouns or obj.lemma_.lower() in self.words.estimate_nouns:
            # "Brenmoor raised its price target on Tallis Motors to $52", "cut its forecast for Valdoria to 1.1%": a
            # forecast of the name after "on" or "for" is about that name, as analysts' consensus is about the company
            # they forecast; whose forecast it is, the source
            forecast = next((self._entity_at(doc, o.i) for p in (*obj.children, *verb.children)
                             if p.dep_ == "prep" and p.lower_ in ("on", "for") and p.i < span.start
                             for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("ORG", "GPE")
                             and self._entity_at(doc, o.i)), None)
            if forecast is not None and not self._is_person(forecast):
                return forecast
            if topic is not None and not self._is_person(topic) and any(
                    p.dep_ == "prep" and p.lower_ in ("on", "for") and p.i < span.start and o.dep_ == "pobj"
                    and (o.lower_ in self.words.market_nouns or any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
                         and f"the {o.lower_}" in self.words.generic_subjects)
                    for p in (*obj.children, *verb.children) for o in p.children):
                # "Tim Long, an analyst at Corvel, lowered his price target on the stock to $9": a forecast of the
                # stock or "the company" the story is about is that company's, not the analyst's who makes it
                return topic
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is None or owner.i >= span.start:
            return None
        named = self._entity_at(doc, owner.i)
        if named is None or self._is_person(named):
            return None  # "raised Elias Varn's tally to 14 goals" stays with who scored
        return named
