"""`jzfacts ask`: one answer to a question, with the page's words, or an honest "the page
does not say". Imported only where a question is asked."""

from __future__ import annotations

import re
from typing import Any, Mapping, Optional, Sequence

from ..base.model import FACT_FIELDS, Fact, Source
from ..base.patterns import compiled
from ..base.plain import Plain
from ..base.records import Answer, Fields, Record, pick
from ..base.units import UNITS
from .decide import (
    ANSWER,
    Candidate,
    Features,
    english_bodies_not_held,
    english_share,
    features_of,
    noun_share,
    organisations_held,
    organisations_not_held,
    pinyin_bodies_not_held,
    probability,
    quoted_not_held,
)
from .forms import JAPANESE_NOT, code_switched, fold_text, unhyphenated
from .heads import head_of, head_query
from .hits import asked
from .judge import (
    AMOUNTS,
    ASKING_ZH,
    ONLY_ADDED,
    PLACE_REASONS,
    THERE,
    TOGETHER,
    TOTAL_PINYIN,
    WHOLE_SIDES,
    Judged,
    Scope,
    asked_apart_names,
    base_scope,
    choosing,
    fact_words,
    judge,
    offers_choices,
    only_added,
    part_of_stated,
    speakers_body,
    speakers_place,
    units_fit,
)
from .places import Place, places_in, within
from .question import (
    A_NOT_A,
    LEVELS,
    SUPERLATIVE,
    Reading,
    dialect_written,
    read_question,
    unread_set_aside,
)
from .sieve import sieved
from .terms import ENGLISH_STOP, has_chinese, is_english, text_terms

#: The least coverage a candidate the question does not fit must have for ask to say so
#: (the page gives no year for it: …) rather than name the words the page lacks.
ANSWER_COVERAGE = 0.45
#: Two candidates this close in coverage and BM25 are a tie: the page gives several.
TIE_COVERAGE = 0.03
TIE_RANK = 0.93
#: … and below this coverage (the question says little the page holds), BM25's ranks this
#: far apart: what little it says reaches several figures nearly alike.
TIE_LOW_COVERAGE = 0.4
TIE_LOW_RANK = 0.85
CANDIDATES = 8


class Considered(Plain):
    """A question read and its candidates judged: what ask decides on (and what
    scripts/fit_ask.py fits the decision with)."""

    __slots__ = ("text", "reading", "judged", "eligible", "tied", "features", "reason")

    def __init__(self, text: str, reading: Reading, judged: tuple[Judged, ...],
                 eligible: tuple[Judged, ...], tied: tuple[Judged, ...],
                 features: Optional[Features], reason: str = "") -> None:
        self.text = text
        self.reading = reading
        self.judged = judged
        self.eligible = eligible  # fitting, in scope, best first
        self.tied = tied  # candidates as good as the best (the page gives several)
        self.features = features  # of answering with eligible[0]
        self.reason = reason  # why no candidate is eligible, where a rule says so


def consider(fact_base: Any, text: str, held_up: bool = True,
             first: Optional[tuple[Reading, str]] = None) -> Considered:
    """The question read, its best candidates judged, and the features of the best. With
    `held_up`, a figure a clause before the one that asks states is read as held up beside
    what is asked (黑山2018年，义县呢), not as what it must be: the question is read again
    without it, and a fact whose figure it is (`first`: the question as first read, and the
    clause that asks) answers only what that clause asks about."""
    statistics = fact_base.statistics()
    reading = read_in_scope(text, fact_base)
    # the clause that asks, where the question has several: read once, for the rules below
    clause = asking_clause(reading.folded)
    if held_up and (reading.quantities or reading.years):
        without = without_figures_held_up(reading, clause, statistics)
        if without is not None:
            again = consider(fact_base, without, held_up=False, first=(reading, clause or ""))
            again.text = text
            return again
    scope = base_scope(fact_base) if reading.places or reading.periods else \
        Scope((), None, statistics.known)
    content = reading.content
    hits = fact_base.search(content, limit=CANDIDATES) if content else []
    if reading.change and change_in_a_name(reading.folded, reading.change,
                                           [hit.fact for hit in hits]):
        reading.change = ""  # 典型类和提升类联盟: 提升类 is a kind of alliance, no change
    judged = [judge(hit, reading, scope) for hit in hits]
    # the reader's own (我们营口港没这么大的船，…锦州港…) is no subject where a later clause
    # names the page's city
    homes = [place.start for place in reading.places
             if any(code in scope.home for code in place.codes)]
    bodies = [body for body in organisations_not_held(reading.folded, statistics.known)
              if not speakers_body(reading.folded, body, homes)] if hits else []
    if hits and not bodies and any(mark in text for mark in "“「『\"《"):
        bodies = quoted_not_held(reading.folded, statistics.known)
    if hits and not bodies and " " in reading.folded:
        bodies = english_bodies_not_held(reading.folded, [hit.fact for hit in hits])
    if hits and not bodies and reading.folded.isascii():
        bodies = pinyin_bodies_not_held(reading.folded, statistics.known)
    if bodies:  # 中国银行锦州分行: another bank than the page's
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"no figure on the page mentions {'、'.join(bodies)}")
    # (…, and our city?: the last clause, where no clause has a word that asks)
    # (我们大连的高新技术企业有多少家啊，锦州那篇报道里说了吗: the clause that asks an amount,
    # where a later one asks only whether)
    parts = [part for part in clauses_of(reading.folded) if part.strip()]
    amount = [part for part in clauses_of(reading.folded, _ASKED_ENDS)
              if compiled(_AMOUNT_ASKED, re.I).search(part)]
    askers = askers_own(amount[-1] if amount else clause or parts[-1] if parts else "",
                        fact_base, strict=compiled(_WORKPLACE, re.I).search(reading.folded)
                        is not None) if hits else ""
    # (the last clause that asks an amount, where it is not the first: read only where it
    # may matter, not on every question's path)
    last = next((index for index in range(len(parts) - 1, 0, -1)
                 if compiled(_AMOUNT_ASKED, re.I).search(parts[index])), 0) \
        if hits and not askers and len(parts) > 1 else 0
    if last and compiled(r"^\s*(?:那个|这个|那|它)").match(parts[last]):
        # (我们岫岩那边也有大集，那个有多少年历史了: 'that one' of the asker's own place's)
        pointed = next((owner for part in parts[:last]
                        if (owner := owners_place(part, fact_base))), "")
        if pointed:
            return Considered(text, reading, tuple(judged), (), (), None,
                              f"{_POINTED_OWN} ({pointed}), which the page does not give")
    own = speakers_home(reading.folded, fact_base, askers, reading.places) if askers else None
    if own is not None:
        askers = ""  # (我是锦州人 我们市…; 我在锦州银行上班 我们行…: the asker's own is the page's)
        said = [place for place in reading.places
                if compiled(_OWNERS_ZH).match(place.text) is not None]
        if said and own not in reading.places:
            # (俺是黑山的，俺们县哪年…: their county is the page's 黑山县, asked about)
            reading.places = tuple(place for place in reading.places if place not in said) + \
                (Place(own.text, own.codes, said[0].start, said[0].end, own.names),)
            judged = [judge(hit, reading, scope) for hit in hits]
    if askers:  # 锦州有188家高新技术企业，我们大连呢; how much did we lend: the asker's own
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"the question asks about the asker's own ({askers}), which the "
                          f"page does not give")
    fitting = [j for j in judged if j.fits and not j.why_not]
    if first is not None:
        fitting = not_held_up(fitting, *first, fact_base)
    eligible, named = by_value(fitting, reading, content, fact_base)
    if eligible and reading.periods and not reading.check and reading.wants != "year" and \
            all(j.value and j.hit.fact.kind == "year" for j in eligible):
        # 2019 nian jinzhou shuidao jixiehualv: the year is when the question asks about,
        # not the value of a year the page gives (北镇市 2019); what it asks about is the
        # figure the page gives for another year
        dated = next((j for j in judged if j.why_not.startswith(PLACE_REASONS)), None)
        if dated is not None and dated.score > max(j.score for j in eligible):
            return Considered(text, reading, tuple(judged), (), (), None, dated.why_not)
    whole = max(judged, key=lambda j: j.score, default=None)
    if whole is not None and whole.fits and whole.why_not.startswith(TOGETHER) and \
            all(whole.score > j.score for j in eligible):
        # How many deep-tech firms: the pool of breakout, double-five and deep-tech firms
        # is what the question is about, and the page gives no part of it; another figure
        # (the high-tech firms) is no answer
        return Considered(text, reading, tuple(judged), (), (), None, whole.why_not)
    if whole is not None and whole.why_not.startswith(_STATED) and eligible and \
            all(whole.score > j.score for j in eligible):
        # 那条大船好像九万吨左右，船上有多少个船员: the figure stated is the ship's; the crew
        # asked apart is no word of the page's, nor of the next best (its TEU) either
        apart = asked_apart_names(reading)
        if apart and not any(term in fact_words(eligible[0].hit.fact) for term in apart) and \
                words_not_on_page(" ".join(apart), statistics):
            return Considered(text, reading, tuple(judged), (), (), None, whole.why_not)
    # the thing asked (how many *jobs*, 多少个*牌子*)
    head = head_of(reading, statistics.known)
    unfit = max((j for j in judged if not j.fits and not j.why_not), key=lambda j: j.score,
                default=None)
    if unfit is not None and eligible and reading.wants in _MEASURES_ASKED and \
            unfit.hit.fact.kind == "amount" and \
            unfit.score >= max(j.score for j in eligible) + KIND_MARGIN and \
            _pairs_in(head, unfit.hit.fact.label) > max(
                max(_pairs_in(head, j.hit.fact.label), _pairs_in(head, j.hit.fact.section))
                for j in eligible):
        # 双五企业研发投入金额至少多少亿: what the question is about (研发投入) the page gives
        # as another kind of figure (a share); a figure of the kind asked (the revenue line,
        # money) is about less of it; not where the figure of the kind asked is of a
        # section that names what the question is about (成果转化的金额: the section on
        # 成果转化 gives its sum of money, the contracts' turnover)
        fact = unfit.hit.fact
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"the page gives {fact.id} ({fact.display_value()}), not as a "
                          f"{KIND_WORDS[reading.wants]}")
    refused = max((j for j in judged if j.fits and j.why_not == ONLY_ADDED),
                  key=lambda j: j.score, default=None)
    if refused is not None and eligible and all(refused.score >= j.score for j in eligible):
        # How many incubators in total: the page gives the new ones only, and a figure that
        # covers the question less (the incubation pool) is no answer to it
        return Considered(text, reading, tuple(judged), (), (), None, refused.why_not)
    # (给农民贷了多少钱 asks money lent to them, no count of them)
    counted = people_asked(head, reading.folded) if reading.wants not in (
        "money", "percentage", "year", "length", "mass", "age", "output") else ""
    if counted and eligible:
        # 锦州研发人员有多少: a count of people, which no figure about 研发 (a percentage) is
        # (visitors counted in 人次, as news counts them, are people counted)
        eligible = [j for j in eligible if UNITS[j.hit.fact.unit].base in ("人", "人次")]
        if not eligible:
            return Considered(text, reading, tuple(judged), (), (), None,
                              f"the page gives no count of {counted}: none of its figures "
                              f"about it counts people")
    if people_head(head, statistics.known, reading.folded) and \
            any(UNITS[j.hit.fact.unit].base == "人" for j in eligible):
        head = ""  # 享受国务院特殊津贴的*专家*: the clause before it names whom a count is of
    heads = head_query(head, statistics) if head else None
    if reading.wants != "recall" and not named and eligible and \
            all(j.value for j in eligible) and heads is not None and heads.items:
        # what is the TEU capacity of the 89,200-tonne ship, 水稻机械化率99.4%，玉米呢: the
        # figure named is context when the thing asked is another fact's, not its own
        # (by their labels, clearly more: the rice figure's quote lists 玉米 too, and 高新
        # 技术企业 shares 企业 with 雏鹰企业)
        own = max(label_share(j.hit.fact, heads, fact_base) for j in eligible)
        context = [j for j in fitting if j not in eligible and
                   label_share(j.hit.fact, heads, fact_base) >= own + SUBJECT_MARGIN]
        eligible = context or eligible
    eligible.sort(key=lambda j: (-j.score, j.hit.order))
    # (200、236还是263?: the figures it offers to choose from are no context)
    # (a year or a number that names a thing, 209泊位, says which, not of what a part is asked)
    stated = [j for j in judged if j.value == "exact" and
              j.hit.fact.kind not in ("year", "identifier")] \
        if reading.quantities and not reading.check and \
        reading.wants not in (None, "recall") and not offers_choices(reading) \
        else []
    # (the 8.92万吨 ship, how many TEU: the unit asked is another figure's)
    # (8.92万吨的船靠在几号泊位: the kind asked, a number naming a berth, is another's)
    measured_elsewhere = bool(stated) and (
        bool(reading.unit) and
        any(units_fit(reading.unit, j.hit.fact.unit) for j in eligible) and
        not any(units_fit(reading.unit, j.hit.fact.unit) for j in stated) or
        reading.wants in ("identifier", "ordinal", "year") and
        any(j.hit.fact.kind == reading.wants for j in eligible) and
        not any(j.hit.fact.kind == reading.wants for j in stated))
    if stated and not any(j.value == "exact" for j in eligible) and \
            (not (covers_head(heads, eligible, statistics) or measured_elsewhere) or
             part_of_stated(reading.folded, reading.quantities)):
        # 近90家参展商里外地的占多少: the question is about the figure it states, asking what
        # the page does not give of it; another fact is no answer — unless another fact is
        # about the thing it asks (高新技术企业188家，瞪羚企业有多少家: the 188 is context),
        # and the question does not ask how many of the stated whole are that thing (865家
        # 科技型中小企业里有多少家是高新技术企业: the page gives no overlap)
        fact = stated[0].hit.fact
        return Considered(text, reading, tuple(judged), (), (), None,
                          stated[0].why_not or
                          f"{_STATED} the page's figure for {fact.id} "
                          f"({fact.display_value()}) and asks for another, which the page "
                          f"does not give")
    if not eligible:
        return Considered(text, reading, tuple(judged), (), (), None)
    # the thing asked must be what the answer is about: a candidate that covers none of it
    # is none, however much of the rest it shares
    shares = {j.hit.fact.id: head_share(j.hit.fact, heads, statistics)
              for j in eligible} if heads is not None and heads.items else {}
    if shares:
        covering = [j for j in eligible if shares[j.hit.fact.id] > 0]
        core = head_core(head)
        if core and covering:
            # 省级科技企业孵化器 is about 孵化器: when the one figure about it answers
            # another question (how many were added), 省级科技创新平台 sharing the rest
            # of the head is no answer either; nor is a figure about the modifier when the
            # page's one about the core is a number of another kind (几个集装箱泊位: the
            # berth is a number that names one; the ship's TEU is no count of berths)
            cores = head_query(core, statistics)
            about = [j for j in judged if head_share(j.hit.fact, cores, statistics) > 0]
            on_core = about[0] if about and not any(j in covering for j in about) else None
            about_ids = {j.hit.fact.id for j in about}
            if on_core is not None and on_core.why_not and \
                    max(shares[j.hit.fact.id] for j in covering) < CORE_SHARE:
                return Considered(text, reading, tuple(judged), (), (), None, on_core.why_not)
            if not about and core[-1] not in _KIND_ENDS and \
                    words_not_on_page(core, statistics) == [core] and \
                    (noun_share(core) or 0) >= 0.5:
                # 银行贷款利息: the thing asked (利息) is a noun no figure holds, nor a
                # synonym of it; the figure about its modifier (the loans) is no answer
                return Considered(text, reading, tuple(judged), (), (), None,
                                  f"no figure on the page mentions {core}")
            if on_core is not None and reading.wants == "count" and \
                    on_core.hit.fact.kind in ("identifier", "ordinal") and \
                    not any(j.hit.fact.id in about_ids for j in eligible):
                return Considered(text, reading, tuple(judged), (), (), None,
                                  no_such_figure(reading, on_core.hit.fact, f"of {core}"))
        modifier = head[:-len(core)] if core else ""
        kinds = sum(core in j.hit.fact.label for j in judged)
        if covering and len(modifier) >= MODIFIER_NAME and kinds >= 2 and \
                _FUNCTION_CHARS.isdisjoint(modifier) and not known_modifier(modifier, statistics):
            # 专精特新企业, 小巨人企业: what kind of 企业 — of which the page has several kinds
            # — is asked the page never names; the 新 and the 企业 of 高新技术企业 are no
            # answer (设计载箱量 asks the one 载箱量 there is)
            return Considered(text, reading, tuple(judged), (), (), None,
                              f"no figure on the page mentions {modifier}")
        if not covering:
            absent = words_not_on_page(head, statistics)
            return Considered(text, reading, tuple(judged), (), (), None,
                              f"no figure on the page mentions {'、'.join(absent)}" if absent
                              else f"no figure on the page is about {head}")
        eligible = covering + [j for j in eligible if j not in covering]
    query = asked(content, statistics).query
    if not (eligible[0].value or reading.wants == "recall") and \
            not defining_asked(eligible[0].hit.fact, reading.folded, query, statistics,
                               judged):
        # 锦州研发投入强度是多少: the page's 5 % is the line that defines a double-five
        # firm, no figure of the city's or of any firm's intensity
        fact = eligible[0].hit.fact
        chinese, english = defined_names(fact)
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"the page gives {fact.id} ({fact.display_value()}) only as a "
                          f"line that defines "
                          f"{'、'.join(chinese if has_chinese(text) else english)}, not a "
                          f"figure of what is asked")
    unfit = unfit_subject(judged, eligible, reading, query, statistics) \
        if clause is None else None
    if unfit is not None:
        # rice production: the figure about rice is a rate, no output; the goods' kinds,
        # sharing only the word of what is asked (products), are about no rice
        return Considered(text, reading, tuple(judged), (), (), None,
                          no_such_figure(reading, unfit.hit.fact))
    best = eligible[0]
    # a place is the question's scope, judged above, not what it asks: the decision weighs
    # the rest (义县花生 is no question the year 义县 was recognised answers), unless the
    # answer is the one the question names, checking another's figure (黑山县是2019年的吗)
    rest = without_places(content, reading)
    if not best.value and any(j.value == "exact" for j in judged):
        # 65 people get the State Council allowance — how many Changjiang scholars: the
        # clause stating another fact's figure is context, not what the answer must cover
        rest = without_clause_of(rest, reading)
    asks = query if rest == content or named else asked(rest, statistics).query if rest \
        else query._replace(items=())
    if head and not (best.value == "exact" and reading.wants in (None, "recall") and
                     choosing(reading.folded)):
        # (236 awards — city level or provincial?: the figure names its fact, and the
        # question asks which of two it is, no other subject)
        # (雏鹰企业和瞪羚企业比，瞪羚企业有几家: the thing asked is named in the clause
        # that asks; what the clause before names is held up beside it, not its subject)
        own_clause = without_places(clause, reading) if clause and head in clause else rest
        other = other_subject(head, own_clause, best, judged, statistics,
                              article_title(fact_base, best.hit.fact))
        if other is not None:
            fact = other.hit.fact
            return Considered(text, reading, (other, *judged), (), (), None,
                              other.why_not or
                              f"the page gives no {head} of {fact.id} ("
                              f"{fact.label if has_chinese(text) else fact.label_en}), "
                              f"only its {fact.display_value()}")
    elsewhere = about_elsewhere(asks, reading, best, judged, statistics)
    if elsewhere is not None:
        return Considered(text, reading, (elsewhere, *judged), (), (), None)
    if not asks.items and reading.wants in (None, "recall"):
        return Considered(text, reading, tuple(judged), (), (), None,
                          "the question names a place, and nothing the page gives a figure "
                          "for")
    if not asks.items:
        asks = query  # 义县 which year: the place and the kind asked are the question
    guesses = guessed_only(best.hit.fact, asks, statistics) if best.value != "exact" else None
    if guesses is not None:
        absent = words_not_on_page(content, statistics)
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"no figure on the page mentions {'、'.join(absent)}" if absent else
                          f"it reaches a figure only through a guess at its words ({guesses})"
                          if guesses else "it shares only single characters with any figure")
    rank_tie = TIE_RANK if best.score >= TIE_LOW_COVERAGE else TIE_LOW_RANK
    tied = [j for j in eligible[1:] if j.hit.fact.id != best.hit.fact.id and
            j.score >= best.score - TIE_COVERAGE and
            (j.value == "exact" or j.hit.rank >= rank_tie * best.hit.rank)]
    if tied:
        # close on the whole fact, but is one of them about the question by its label
        # (百人层次 in one label, only in the other's quote)?
        own = label_share(best.hit.fact, query, fact_base)
        tied = [j for j in tied
                if label_share(j.hit.fact, query, fact_base) >= own - TIE_COVERAGE]
    if tied:
        # or by its English label's phrases (the thousand level, not the hundred level)
        # (national-level of two national figures tells them apart by nothing)
        levels = level_terms((best, *tied))
        pairs = {j.hit.fact.id: phrases(j.hit.fact, query, levels) for j in (best, *tied)}
        most = max(pairs.values())
        if list(pairs.values()).count(most) == 1:
            best = next(j for j in (best, *tied) if pairs[j.hit.fact.id] == most)
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    if tied and shares:
        # or by the thing asked (how many *brands* are showing: the goods on show share
        # the rest, not the brands)
        headed = [j for j in (best, *tied) if shares.get(j.hit.fact.id, 0) > 0]
        if len(headed) == 1:
            best = headed[0]
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    if tied and not reading.change:
        # or by being a level where the others are its changes (平均住院日是几天: 7.9天, not
        # 比上年减少0.6天; the question asks no change)
        levels_only = [j for j in (best, *tied) if not j.hit.fact.direction]
        if len(levels_only) == 1:
            best = levels_only[0]
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    if tied and has_chinese(reading.folded):
        # or by its label being all the question names (英山县有多少亩茶园: 茶园, not
        # 机采茶园面积, whose 机采 the question does not name)
        all_named = [j for j in (best, *tied)
                     if len(j.hit.fact.label) >= 2 and j.hit.fact.label in reading.folded]
        if len(all_named) == 1:
            best = all_named[0]
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    if tied and has_chinese(head[-2:]):
        # or by the unit its head ends in (能装多少箱子: 箱 is the TEU figure's unit, not
        # the deadweight's)
        measured = [j for j in (best, *tied) if unit_in(head[-2:], j.hit.fact.unit)]
        if len(measured) == 1:
            best = measured[0]
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    if tied:
        # or by a unit the question writes out (中谷福州轮的货柜数(标准箱), box intake in
        # TEU): one of two characters or more, or an English name, one of them is in
        lowered = reading.folded.lower()
        labels = " ".join(f"{j.hit.fact.label} {j.hit.fact.label_en.lower()}"
                          for j in (best, *tied))
        written = [j for j in (best, *tied) if unit_written(lowered, j.hit.fact.unit, labels)]
        if len(written) == 1:
            best = written[0]
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    if tied and not has_chinese(reading.folded):
        # or by the English words its names write as the question does, where all of them
        # hold the word's stem (incubators: the incubator's tag, not the incubation pool's
        # word of one stem)
        facts = [j.hit.fact for j in (best, *tied)]
        spelt = {fact.id: english_words_as_written(reading.folded, fact, facts)
                 for fact in facts}
        most = max(spelt.values())
        if most and list(spelt.values()).count(most) == 1:
            best = next(j for j in (best, *tied) if spelt[j.hit.fact.id] == most)
            eligible = [best] + [j for j in eligible if j is not best]
            tied = []
    if not tied:
        # 一共获得了多少项科技奖: the page gives national, provincial and city awards, and the
        # question names none of the words that tell them apart
        tied = undistinguished(best, eligible[1:CLOSE_FAMILY + 1], query, fact_base,
                               reading.folded, reading.levels)
    if not tied and reading.wants == "amount" and not reading.unit and \
            best.value != "exact" and compiled(_SIZE_ASKED, re.I).search(reading.folded) and \
            not compiled(_SIZE_MEASURE, re.I).search(reading.folded):
        # 中谷福州轮有多大, how big is the largest domestic box ship: its deadweight and its
        # box capacity are each its size, and the question names neither measure
        dimension = UNITS[best.hit.fact.unit].dimension
        tied = [j for j in eligible[1:CLOSE_FAMILY + 1] if j.hit.fact.id != best.hit.fact.id
                and UNITS[j.hit.fact.unit].dimension != dimension and
                j.score >= best.score * SIZE_SHARE]
    if not tied and reading.levels and best.value != "exact" and \
            not asked(compiled("|".join(LEVELS.values())).sub(" ", rest), statistics).query.items:
        # 市级的有多少: a level, and nothing else, names no one figure of that level
        tied = [j for j in eligible[1:CLOSE_FAMILY + 1] if j.hit.fact.id != best.hit.fact.id]
    if not tied and best.value == "exact" and choosing(reading.folded) and \
            len({q.value for q in reading.quantities if q.unit != "倍"}) == 1:
        # 94是省科技奖还是市级平台: the figure of two things, and the question offers both
        # (I see 94 two times. Is 94 …: one figure, said twice)
        own = label_share(best.hit.fact, query, fact_base)
        tied = [j for j in eligible[1:] if j.value == "exact" and
                j.hit.fact.value == best.hit.fact.value and j.hit.fact.id != best.hit.fact.id
                and label_share(j.hit.fact, query, fact_base) >= own - RECALL_MARGIN]
    if not tied and reading.wants == "recall" and best.value == "exact":
        # what does the 2 stand for: every fact whose value it is, unless the rest of the
        # question is about one of them (the 2 national awards)
        own = label_share(best.hit.fact, query, fact_base)
        tied = [j for j in eligible[1:] if j.value == "exact" and
                j.hit.fact.id != best.hit.fact.id and j.hit.fact.value == best.hit.fact.value and
                label_share(j.hit.fact, query, fact_base) >= own - RECALL_MARGIN]
    if not tied and reading.wants in (None, "recall") and best.value == "exact" and \
            len({q.value for q in reading.quantities}) > 1 and \
            not choosing(reading.folded) and \
            not compiled(_ASKS_WHICH, re.I).search(reading.folded) and \
            not compiled(r"\d[eE][+-]?\d").search(reading.folded):
        # 大集那个上百上千的数说的啥: two figures stated and asked what they are, each
        # another fact's value: one fact is no answer (not a choice offered between them,
        # 11家还是25家, nor which of them is one thing's, nor 9.58e8, one number)
        tied = [j for j in eligible[1:] if j.value == "exact" and
                j.hit.fact.value != best.hit.fact.value]
    if not tied and not any(j.value for j in judged):
        # 雏鹰和瞪羚企业有多少家, chuying dengling qiye: each names what the other's label
        # lacks — the question asks about both, and one figure is no answer
        tied = named_together(best, eligible[1:], query, fact_base,
                              reading.folded.lower())
    if not tied and not any(j.value for j in judged) and asks_total_of(reading.folded):
        # 百人层次和千人层次一共多少人: each side of the join finds its own figure
        tied = joined_apart(best, [j for j in judged if j.fits], content, fact_base)
    if not tied and compiled(_EACH, re.I).search(reading.folded):
        # 黑山县和北镇分别是哪年评上的: a figure for each place the question names
        tied = [j for j in each_named(reading, eligible, scope)
                if j.hit.fact.id != best.hit.fact.id]
    if not tied and best.value != "exact":
        # 锦州培育了多少家企业: the 培育 of the pool's 培育库 tells it from the young eagles
        # and gazelles, each of them cultivated too; a verb names no kind of firm
        tied = told_by_verbs(best, eligible[1:CLOSE_FAMILY + 1], query, fact_base)
    summed = bool(tied) and len(set(reading.levels)) > 1 and asks_total_of(reading.folded)
    if (tied or best.value == "exact" or clause is not None) and not summed:
        # (national, provincial and city level combined: a sum of the levels it lists,
        # which no clause of it narrows to one)
        # 省级和市级平台相比，市级的有多少家; 义县是2020年，凌海市是哪年; 黑山，义县呢: the
        # clause that asks names one of the figures the rest of the question holds up
        # beside it
        family = [best, *tied] if tied else [best, *(
            j for j in fitting[:CLOSE_FAMILY + 1] if j.hit.fact.id != best.hit.fact.id and
            j.hit.fact.unit == best.hit.fact.unit)]
        chosen = named_in_asking_clause(narrowed(reading.folded) or clause, family, fact_base)
        if chosen is not None:
            best, tied = chosen, []
            eligible = [best] + [j for j in eligible if j is not best]
    if not tied and alone_asked(reading.folded, best.hit.fact):
        # 中信钛业自己有几项: the page's 15 are CITIC's and others' (中信钛业…等15项), and
        # what one of them has alone it does not give
        fact = best.hit.fact
        return Considered(text, reading, tuple(judged), (), (), None,
                          f"the page gives {fact.id} ({fact.display_value()}) for a group "
                          f"it names one of, not for that one alone")
    premise = (only_added(best.hit.fact, reading) if not tied else "") or \
        contradicted(best, judged, reading, clause)
    if premise:
        return Considered(text, reading, tuple(judged), (), (), None, premise)
    runner_up = next((j for j in eligible[1:] if j.hit.fact.id != best.hit.fact.id), None)
    features = features_of(
        asks, statistics, candidate(best), candidate(runner_up) if runner_up else None,
        max(hit.rank for hit in hits), bool(reading.quantities),
        reading.wants not in (None, "recall"), shares.get(best.hit.fact.id),
        described(best, judged, reading))
    return Considered(text, reading, tuple(judged), tuple(eligible), tuple(tied), features)


def contradicted(best: Judged, judged: Sequence[Judged], reading: Reading,
                 clause: Optional[str]) -> str:
    """Why a question's own figure says it is about another thing than the answer's, else
    ''. A figure in a unit of another figure of the answer's section, which it does not
    match, in the clause that asks (20家企业参加的大集有几个区: the page's market has
    近90家; 100吨的船停几号泊位: its ship is 8.92万吨); or a figure checked in a unit no
    candidate is in (开车要十来分钟吗: the page gives kilometres)."""
    if best.value or not reading.quantities or reading.wants == "recall" or \
            any(j.value for j in judged):  # (分了8个区域的那个大集: the page's 8 zones)
        return ""
    fact = best.hit.fact
    for number in reading.quantities:
        unit = number.unit
        # (RMB 100m: a magnitude, no metres; 几巴仙, 百分: a percent said, no 分)
        if not unit or unit not in UNITS or number.percent or unit.isascii() or \
                reading.folded[number.start:number.start + 2] in ("百分", "千分", "万分"):
            continue
        if reading.check:
            # (停在209号泊位吗: 号 names a thing, as the page's identifiers do: 209泊位)
            if not any(units_fit(unit, j.hit.fact.unit) or UNITS[unit].symbol == "号" and
                       j.hit.fact.kind == "identifier" for j in judged[:CANDIDATES]):
                return f"the page gives no figure in {unit} for it"
            continue
        if clause is not None or units_fit(unit, fact.unit):
            continue
        for j in judged:
            other = j.hit.fact
            if other.id != fact.id and other.source == fact.source and \
                    other.section == fact.section and units_fit(unit, other.unit) and \
                    not j.value:
                shown = reading.folded[number.start:number.end].strip()
                return (f"the page's {other.id} ({other.label}) is {other.display_value()}, "
                        f"not {shown}{'' if shown.endswith(unit) else unit}: the question is "
                        f"about another")
    return ""


def described(best: Judged, judged: Sequence[Judged], reading: Reading
              ) -> Optional[tuple[tuple[str, ...], ...]]:
    """The columns of the fact a question names by its figure to say which thing it asks
    about, where that is not the answer: its value is a number of the question that the
    answer's is not, and it stands in the answer's section (离北站十来公里的大集有多少个品牌:
    the market's distance, beside its brands; the 8.92万吨 ship's TEU). Else None."""
    from .terms import fact_columns

    if best.value or reading.check or not reading.quantities:
        return None
    fact = best.hit.fact
    held = next((j.hit.fact for j in judged if j.value and j.hit.fact.id != fact.id and
                 j.hit.fact.section == fact.section and j.hit.fact.source == fact.source),
                None)
    return fact_columns(held) if held is not None else None


def about_elsewhere(rest: Any, reading: Reading, best: Judged,
                    judged: Sequence[Judged], statistics: Any) -> Optional[Judged]:
    """A candidate the question asks about for a place it does not name (北镇's soybean
    rate, when the page gives Jinzhou's): one of the question's kind, out of scope only
    for that place, that ranks above the best candidate in scope and covers the rest of
    the question better (the best is about the place, not about what is asked of it);
    else None. `rest` is the question's query less its places."""
    from .ranking import score
    from .terms import fact_columns

    outside = [j for j in judged if j.fits and j.why_not.startswith(PLACE_REASONS)]
    if not outside or not reading.places or best.value == "exact" or not rest.items:
        return None  # (义县是2020年评上的: its value is what the question names)

    def share(fact: Fact) -> float:
        scored = score(fact_columns(fact), rest, statistics.bm25)
        return scored.coverage if scored else 0.0

    own = share(best.hit.fact)
    # it must also rank above the best: a match on a word or two of the rest is no
    # question about it (the Linghai fair's sections are not the new carriers)
    return next((j for j in outside
                 if j.hit.rank > best.hit.rank and share(j.hit.fact) > own), None)


#: Units that guess at a word's meaning: an answer never rests on them alone ('the area of
#: Jinzhou' is no 区域 of the market).
MEANING_GUESSES = frozenset({"synonym", "translation", "character"})


#: Tags that mark a fact as a line of a definition (the revenue and R&D intensity a firm
#: needs to count as "double five"), not a figure anything reached.
DEFINITION_TAGS = frozenset({"定义", "definition"})
#: How many facts at most hold a word that names one kind of thing (雏鹰, gazelle).
_NAMING_FEW = 2
#: Words asking what things actually reach, not the line they must (实际营收, actual).
_ACTUAL = r"实际|真实|实有|\bactual(?:ly)?\b|\breal\b"
#: Words asking for the line a definition draws (门槛, 至少, threshold, qualify).
_REQUIREMENT = compiled(
    r"门槛|标准|要求|条件|至少|最低|下限|不低于|不少于|以上|才算|才能|够格|认定|口径|定义|资格|线|"
    r"[要得须需][在过达到]*(?:多少|几)|"
    r"\b(?:thresholds?|cut-?offs?|bars?|lines?|minimum|min|floor|criteri(?:on|a)|qualif\w*|"
    r"count(?:s|ed)?\s+as|defin\w*|requir\w*|needs?|must|at\s+least|menkan|yaoqiu|"
    r"biaozhun|zhishao|yishang)\b", re.I)


def defined_names(fact: Fact) -> tuple[list[str], list[str]]:
    """The names a definition fact defines: its tags inside the quotes of its label (双五
    of “双五”企业…) and, in English, in its English label before the colon."""
    quoted = " ".join(re.findall(r"[“\"「]([^”\"」]+)[”\"」]", fact.label))
    subject_en = fact.label_en.split(":")[0].lower()
    return ([tag for tag in fact.tags if has_chinese(tag) and tag in quoted],
            [tag for tag in fact.tags if not has_chinese(tag) and tag.lower() in subject_en])


def alone_asked(text: str, fact: Fact) -> bool:
    """Whether a question asks what one member of a group has alone (自己, alone), of a
    figure the page gives for the group with that member named as an example (中信钛业…
    等15项; a note that says what the figure includes). Naming the member without saying
    alone is how readers point at the group (the CITIC one, 中信钛业钛白粉那些)."""
    if not compiled(_ALONE, re.I).search(text):
        return False
    return compiled(r"等\s*\d").search(fact.quote) is not None or \
        (fact.note or "").startswith("Includes")


def defining_asked(fact: Fact, folded: str, query: Any, statistics: Any,
                   judged: Sequence[Judged] = ()) -> bool:
    """Whether a question may take a definition's line for its answer: it names what the
    line defines (双五, double five, shuangwu), or asks for a line (_REQUIREMENT) of
    nothing another candidate names more closely (雏鹰企业研发投入强度至少多少: the young
    eagles' line, which the page does not give); never what the defined things actually
    reach (实际营收). A fact that defines nothing may answer anything."""
    if DEFINITION_TAGS.isdisjoint(fact.tags):
        return True
    if compiled(_ACTUAL, re.I).search(folded):
        return False
    chinese, english = defined_names(fact)
    if not chinese and not english:
        return True
    names = fact._replace(label=" ".join(chinese), label_en=" ".join(english), tags=(),
                          quote="", section="", note=None, repeats=())
    if named_words(names, query, statistics) or spelled_in(chinese, folded):
        return True
    if _REQUIREMENT.search(folded):
        own = named_words(fact, query, statistics)
        # (a word of a kind of firm, 雏鹰: held by one or two facts; not company, which
        # every kind of firm is tagged with)
        close = {item for unit in close_units(query, statistics, _NAMING_FEW)
                 for item in unit.covers}
        return not any(
            (named_words(j.hit.fact, query, statistics) - own) & close for j in judged
            if DEFINITION_TAGS.isdisjoint(j.hit.fact.tags))
    return False


def spelled_in(names: Sequence[str], text: str) -> bool:
    """Whether a text spells one of the Chinese names in pinyin, however spaced or toned
    (shuangwu, shuang1 wu3 for 双五)."""
    from .pinyin import first_reading

    latin = "".join(char for char in text.lower() if "a" <= char <= "z")
    spelled = ["".join(first_reading(char) or "?" for char in name) for name in names]
    return any(len(name) > 3 and "?" not in name and name in latin for name in spelled)


def unfit_subject(judged: Sequence[Judged], eligible: Sequence[Judged], reading: Reading,
                  query: Any, statistics: Any) -> Optional[Judged]:
    """The candidate the question is about, though its figure is not of the kind asked,
    where the ones of that kind score no higher and leave out words it names: the page
    gives no such figure of it (what a question asks about is no word that only the rest
    of it shares with another fact)."""
    if not eligible or reading.wants not in AMOUNTS or reading.check:
        return None
    # (a candidate whose value the question states is context: 二零九泊位那个船载重多少)
    stated = {float(number.value) for number in reading.quantities}
    unfit = max((j for j in judged if not j.fits and not j.why_not and not j.value and
                 j.hit.fact.value not in stated), key=lambda j: j.score, default=None)
    if unfit is None or unfit.score < max(j.score for j in eligible):
        return None
    named = [named_words(j.hit.fact, query, statistics) for j in eligible[:CLOSE_FAMILY + 1]]
    own = named_words(unfit.hit.fact, query, statistics)
    # (双五企业研发支出占营业收入的比例: the revenue is named, but so is the double-five
    # firms' own line the question asks; a candidate sharing a name is about the same thing)
    if not own - set().union(*named) or own & named[0]:
        return None
    # (大集有多少家来参加: what only it names is a verb, 参加, how the reader says it; what
    # the question is about, 大集, the one of the kind asked names too)
    from .decide import present_items

    nouns = present_items(query, statistics.known)[1]
    if all(nouns[i] < VERB_SHARE for i in own - set().union(*named)) and \
            any(nouns[i] >= VERB_SHARE for i in named[0]):
        return None
    # (成果转化的金额: what it names is the heading of the section both stand under, and
    # the section's figure of the kind asked is its answer)
    best = eligible[0].hit.fact
    if best.section == unfit.hit.fact.section and \
            own - set().union(*named) <= section_words(best, query, statistics):
        return None
    return unfit


def section_words(fact: Fact, query: Any, statistics: Any) -> set[int]:
    """The items of a query a fact's section names as typed (as named_words)."""
    return named_words(fact, query, statistics, frozenset(("section",)), 0.0)


def guessed_only(fact: Fact, query: Any, statistics: Any) -> Optional[str]:
    """The guesses (area → 区域) when the fact matches the question only through guesses at
    its words' meaning, else None."""
    from .ranking import score
    from .terms import fact_columns

    scored = score(fact_columns(fact), query, statistics.bm25)
    if scored is None or any(query.units[index].kind not in MEANING_GUESSES
                             for index in scored.matched):
        return None
    return ", ".join(dict.fromkeys(
        f"{''.join(query.items[i].text for i in query.units[index].covers)} → "
        f"{query.units[index].text}" for index in scored.matched
        if query.units[index].kind != "character"))


def by_value(eligible: list[Judged], reading: Reading, content: str, fact_base: Any
             ) -> tuple[list[Judged], bool]:
    """The candidates a question's numbers leave, and whether they are the one it names
    rather than one whose value it names. A fact whose value the question names beats one
    that only quotes it (or, asking what a number is, one near it); but a question checking
    a number (288家，对吗? 凌海是2020年评上的吗?) is answered with the figure of the one it
    names (188家, 2021), so that the reader learns the right number, not with the fact
    whose value the number happens to be."""
    exact = [j for j in eligible if j.value == "exact"]
    if exact and not reading.check and compiled(_NEXT_TO, re.I).search(reading.folded):
        # the county certified right after the 2018 one: of another than the one it states
        return [], False
    near = [j for j in eligible if j.value == "near"] \
        if not exact and reading.quantities and (reading.wants == "recall" or reading.check) \
        else []
    valued = exact or near
    if reading.check:
        from .judge import measured

        query = asked(content, fact_base.statistics()).query
        own = max((label_share(j.hit.fact, query, fact_base) for j in valued), default=-1.0)
        about = [j for j in eligible if j not in valued and checked_as(j.hit.fact, reading)
                 and label_share(j.hit.fact, query, fact_base) > own + TIE_COVERAGE]
        if about and not exact:
            # (雏鹰企业应该是87家吧: the number checked is the reader's, perhaps wrong; the
            # words say what it is of — a figure near it, 近90家 of the market's firms, named
            # not half as well, is no subject; was it 70 provincial platforms: 67 is)
            shares = {j.hit.fact.id: label_share(j.hit.fact, query, fact_base) for j in about}
            best = max(shares.values())
            about = [j for j in about if j.value != "near" or
                     shares[j.hit.fact.id] >= best * NEAR_NAMED]
        # (did it berth at 208: of the figures it could be, the one whose unit it names)
        naming = [j for j in about if names_unit(j.hit.fact, reading)]
        # (载箱量是4636吨?: the figure named by its label and its number, the unit misspoken)
        numbered = [j for j in eligible if j not in about and any(
            float(number.value) == j.hit.fact.value and number.unit in UNITS and
            measured(UNITS[number.unit].dimension) and
            measured(UNITS[j.hit.fact.unit].dimension) for number in reading.quantities)]
        if numbered and about and label_share(numbered[0].hit.fact, query, fact_base) > max(
                label_share(j.hit.fact, query, fact_base) for j in about) + TIE_COVERAGE:
            return numbered[:1], True
        if naming or about:
            return naming or about, True
        if valued:  # (义县是2020年吗: the figure checked is right, and the place names it)
            return valued, True
    if valued and choosing(reading.folded):
        return valued, True  # (凌海是2020还是2021: one of the figures offered is its)
    if exact and reading.wants is None:
        # the 4636 TEU ship, its dwt?: the figure says which ship; the words ask another
        other = asked_beside(exact, eligible, reading, fact_base)
        if other is not None:
            return [other], False
    if valued or (reading.quantities and reading.wants == "recall"):
        return valued, False
    return eligible, False


#: Words asking of the one before or after the figure a question states (right after the
#: 2018 one, 2018年之后的那个, 下一个).
_NEXT_TO = (r"\b(?:right\s+|just\s+|immediately\s+)?(?:after|before|following|preceding|next\s+to)"
            r"\s+(?:the\s+)?(?:\d|that|this|those)|"
            r"(?:之后|以后|之前|以前|后面|前面)(?:的|那|一)|下一个|上一个|紧接着")


def asked_beside(exact: Sequence[Judged], eligible: Sequence[Judged], reading: Reading,
                 fact_base: Any) -> Optional[Judged]:
    """The candidate of the same section (another figure of the same thing) that the rest
    of a question names by its label, English label or tags better than the facts whose
    value the question states — the question less its numbers and their units (the 4636
    TEU ship, its dwt?: the deadweight) — else None."""
    text = reading.folded
    # (berth 209, No. 209: the noun of a number that names a thing, before it)
    naming = [name for j in exact if j.hit.fact.kind == "identifier"
              for name in _unit_names(j.hit.fact.unit)]
    for number in sorted(reading.quantities, key=lambda number: -number.start):
        start, end = number.start, number.end
        if number.unit:
            named = re.match(r"\s*(?:" + "|".join(map(re.escape, _unit_names(number.unit)))
                             + r")s?\b", text[end:], re.I)
            end += named.end() if named else 0
        before = re.search(r"\b(?:" + "|".join(map(re.escape, naming)) +
                           r")\s*(?:no\.?|number|#)?\s*$", text[:start], re.I) if naming else None
        start = before.start() if before else start
        text = text[:start] + " " + text[end:]
    query = asked(text, fact_base.statistics()).query
    if not query.items:
        return None
    own = max(label_share(j.hit.fact, query, fact_base) for j in exact)
    sections = {(j.hit.fact.source, j.hit.fact.section) for j in exact}
    others = [(label_share(j.hit.fact, query, fact_base), j) for j in eligible
              if j.value != "exact" and (j.hit.fact.source, j.hit.fact.section) in sections]
    best = max(others, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] > own + CLOSE_SHARE else None


def checked_as(fact: Fact, reading: Reading) -> bool:
    """Whether a fact could be the figure a number checked is said to be: an amount in its
    unit (288家: a count of firms; 209 berths counts berths, never berth No. 209), or a
    year for a year checked."""
    if not reading.quantities:
        return fact.kind == "year" and bool(reading.years)
    if fact.kind == "identifier":
        # 停的是290泊位吗, berth 208: a number naming one of its kind (209 berths, 209个泊位
        # count them)
        return names_unit(fact, reading, counted=False)
    if fact.kind != "amount":
        return False
    # (整90家吗: a measure word after the number is its unit, where the reader left it bare)
    units = [number.unit or (reading.folded[number.end:number.end + 1]
                             if "\u4e00" <= reading.folded[number.end:number.end + 1] <= "\u9fff"
                             else "")
             for number in reading.quantities]
    return all(units_fit(unit, fact.unit) for unit in units if unit and unit in UNITS)


def names_unit(fact: Fact, reading: Reading, counted: bool = True) -> bool:
    """Whether the question names the fact's unit with its number: written after it (290泊位,
    290号泊位), an English name before it (berth 208, berth no. 208), or — where `counted` —
    one after it (26 firms: what counts them)."""
    if not fact.unit:
        return False
    text = reading.folded.lower()
    names = _unit_names(fact.unit)[1:]
    return any((counted and number.unit == fact.unit) or
               text[number.end:].lstrip("号 ").startswith(fact.unit) or
               text[:number.start].rstrip().endswith(
                   tuple(f"{name}{end}" for name in names for end in ("", " at", " no."))) or
               (counted and any(re.match(rf"\s*{re.escape(name)}\b", text[number.end:])
                                for name in names))
               for number in reading.quantities)


def english_words_as_written(text: str, fact: Fact, facts: Sequence[Fact]) -> int:
    """How many English words of a question (four letters or more, not a stop word) whose
    stem the names (English label, tags) of all `facts` hold a fact's names write as the
    question does, in the singular or the plural (incubators: a tag incubator, not the
    incubation of an incubation pool; national, written by all, tells none apart)."""
    from .terms import english_term

    def words_of(one: Fact) -> set[str]:
        return set(compiled(r"[a-z]+").findall(" ".join((one.label_en, *one.tags)).lower()))

    written = words_of(fact)
    stems = [{english_term(word) for word in words_of(one)} for one in facts]
    asked_words = {word for word in compiled(r"[a-z]+").findall(text.lower())
                   if len(word) > 3 and word not in ENGLISH_STOP and
                   all(english_term(word) in held for held in stems)}
    return sum(1 for word in asked_words
               if word in written or word.rstrip("s") in written or word + "s" in written or
               word.endswith("es") and word[:-2] in written)


def unit_in(text: str, unit: str) -> bool:
    """Whether a Chinese text holds what the unit measures in, its last character (箱 of
    标准箱, 吨 of 万吨, 元 of 亿元)."""
    return bool(unit) and "\u3400" <= unit[-1] <= "\u9fff" and unit[-1] in text


def unit_written(text: str, unit: str, labels: str = "") -> bool:
    """Whether a (lowered) text writes out a unit: its Chinese symbol of two characters or
    more (标准箱, 万吨), or an English name of three letters or more as a word (teu) — none
    that `labels` hold (the container of the container ship names no unit)."""
    from .terms import is_english

    if len(unit) >= 2 and not unit.isascii() and unit in text and unit not in labels:
        return True
    # (teu anywhere; an English word only where it is counted: how many containers, in
    # boxes, 4,636 containers — the porte-conteneurs of a French question is no unit)
    return any(len(name) >= 3 and name.isascii() and name not in labels and re.search(
        (r"\b" if not is_english(name) else
         r"(?:\bhow\s+(?:many|much)|\bin|\bnumber\s+of|\d)\s+(?:[a-z-]+\s+)?") +
        rf"{re.escape(name)}\b", text) is not None for name in _unit_names(unit)[1:])


def _unit_names(unit: str) -> list[str]:
    """A unit's symbol and the English words for it (泊位: berth, berths)."""
    from .question import unit_words

    return [unit] + [word for word, symbol in unit_words().items() if symbol == unit] + \
        [UNITS[unit].name_en.lower().rstrip("s")] if unit else []


#: How much more of the question's other words (its subject) another candidate must cover,
#: and how little the best may, for the best to be about another subject.
SUBJECT_MARGIN = 0.3
SUBJECT_MOST = 0.3


def article_title(fact_base: Any, fact: Fact) -> str:
    """The title of the article a fact is of: what all its figures are about (锦州市中心医院
    …: its beds are the hospital's though the label says only 开放床位)."""
    from ..base.model import source_of

    source = source_of(fact_base.sources, fact)
    return source.title if source is not None else ""


def other_subject(head: str, rest: str, best: Judged, judged: Sequence[Judged],
                  statistics: Any, title: str = "") -> Optional[Judged]:
    """A candidate about what the question names besides its head (高新技术企业 of 高新技术企业
    的营业收入, the Cuiyan fair of 'the revenue of the Cuiyan fair') when the best covers the
    head but not that (the 双五 firms' revenue threshold): the page gives another figure of
    the thing named, not the one asked; else None."""
    from .decide import present_items
    from .ranking import covered_items, score
    from .terms import fact_columns

    remainder = rest
    for word in (head.split() if head.isascii() else [head]):
        remainder = re.sub(rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word),
                           " ", remainder, flags=re.I)
    # (全市有几家三级医院: the whole city, province, country is the scope, no other thing)
    # (… has the city built: the page's own city, as 全市 is)
    remainder = compiled(r"全(?:市|省|县|区|国|镇|乡|村|球)|\b(?:the|this|our)\s+(?:whole\s+|"
                         r"entire\s+)?(?:city|province|country)\b", re.I).sub(" ", remainder)
    # (set up over 10 years: a stretch of time, no thing named; 十年 is one number)
    remainder = compiled(r"\b\d[\d.,]*\s*(?:years?|yrs?|months?|days?|decades?)\b",
                         re.I).sub(" ", remainder)
    query = asked(remainder, statistics).query
    if not query.items or remainder.strip() == rest.strip():
        return None
    # a thing named, not only how it is asked (要达到, set up): a noun among its words the
    # page has (a word it lacks tells no candidate from another)
    presence, nouns = present_items(query, statistics.known)
    weights = {i: statistics.bm25.weight(item.term) for i, item in enumerate(query.items)
               if not item.text[:1].isdigit() and presence[i] > 0}
    whole = float(sum(weights.values()))
    if not whole or not any(nouns[i] >= 0.5 for i in weights):
        return None

    def share(fact: Fact) -> float:
        scored = score(fact_columns(fact), query, statistics.bm25)
        if scored is None:
            return 0.0
        covered = covered_items(query, scored.matched, (), scored.strength)
        return float(sum(weight * covered.get(i, 0.0) for i, weight in weights.items()))\
            / whole

    own = share(best.hit.fact)
    if title:  # (what the best's article's title names, its figures are of)
        own = max(own, float(sum(weight for i, weight in weights.items()
                                 if not query.items[i].term.isascii() and
                                 query.items[i].term in title)) / whole)
    if own >= SUBJECT_MOST:
        return None
    # (a fact whose figure the question states is context, not another subject:
    # 高新技术企业188家，瞪羚企业有多少家)
    return next((j for j in judged if j.hit.fact.id != best.hit.fact.id and
                 not j.value and share(j.hit.fact) >= own + SUBJECT_MARGIN and
                 share(j.hit.fact) >= 1 - SUBJECT_MOST), None)


#: Words that say a question counts people, not which (the 65 holders of an allowance are
#: the experts who hold it): as a whole head they ask nothing a fact of people lacks.
#: (Chinese only: an English head has lost its pinyin names — Changjiang scholars.)
PEOPLE = frozenset(("专家", "人才", "学者", "人员", "人士", "人物", "能人", "高人", "大咖",
                    "牛人", "精英", "骨干", "大牛", "名人"))

def people_head(head: str, known: Any, text: str) -> bool:
    """Whether a head names people only (专家); or with a word of the reader's own before
    it that the page never writes there (老专家; not 优秀专家, the page's) after a clause of
    the page's words that names them (领国务院津贴的老专家: not 锦州有多少位年轻专家, which
    asks about young ones)."""
    if head in PEOPLE:
        return True
    noun = next((noun for noun in PEOPLE if head.endswith(noun)), "")
    modifier = head[:-len(noun)] if noun else ""
    if not 1 <= len(modifier) <= 2 or (modifier[-1] + noun[0]) in known:
        return False
    before = text[:text.find("的" + head)] if "的" + head in text else ""
    return sum(before[i:i + 2] in known for i in range(max(0, len(before) - 6),
                                                       len(before) - 1)) >= 2


#: Nouns for people whose number a question asks when they end its head (研发人员有多少,
#: how many R&D staff; in pinyin before the words asking: yanfa renyuan you duoshao).
_PEOPLE_NOUNS = PEOPLE | frozenset(("员工", "职工", "工人", "农民", "人口", "居民", "游客",
                                    "学生", "教师", "医生", "市民", "村民", "人数", "岗位",
                                    # households, counted as the people who live in them
                                    "农户", "户数"))
_PEOPLE_EN = frozenset(("people", "persons", "staff", "employees", "workers", "personnel",
                        "researchers", "scientists", "residents", "students", "visitors",
                        "tourists", "farmers", "population", "headcount", "households",
                        # jobs and posts are counted as the people who fill them
                        "jobs", "positions", "posts", "vacancies",
                        "commissioners", "officials", "officers", "volunteers"))
# (yanfarenyuan duoshao: typed run together with what they are, too)
_PEOPLE_PINYIN = (r"(renyuan|yuangong|zhigong|gongren|nongmin|renkou|jumin|youke|xuesheng)"
                  r"\s*(?:you\s*)?(?:duo\s?shao|ji|shu\s?liang)?\s*(?:ge|ren|ming|wei)?"
                  r"\s*[?？]?\s*$")


def people_asked(head: str, text: str) -> str:
    """The people a question asks the number of, where its head ends in a word for them;
    ''."""
    if head and has_chinese(head):
        return head[-2:] if head[-2:] in _PEOPLE_NOUNS else ""
    if head:
        # (how many farmers sold goods: the first word after 'how many' is who is counted)
        words = head.split()
        return next((word for word in (words[-1:] + words[:1]) if word in _PEOPLE_EN), "")
    if text.isascii():
        # (how many posts at …: a word English uses as a verb too leaves no head)
        found = compiled(_PEOPLE_PINYIN).search(text.lower()) or compiled(
            rf"\bhow\s+many\s+(?:[a-z-]+\s+)?({'|'.join(sorted(_PEOPLE_EN))})\b").search(
            text.lower())
        return found.group(1) if found else ""
    return ""


#: The shortest Chinese head whose last two characters are read as its core noun.
CORE_AFTER = 4
#: A candidate covering this much of a head is about it, whatever its core.
CORE_SHARE = 0.5


#: The last characters of words that say which kind of figure is asked, not of what (件数,
#: 次数, 总量, 比率): no thing a head is about.
_KIND_ENDS = frozenset("数量率额值")


def head_core(head: str) -> str:
    """The noun a long Chinese head ends with (孵化器 of 省级科技企业孵化器, 贷款 of
    银行涉农贷款): a Chinese noun group ends in what it names, its modifiers before it.
    Its last two characters stand for it (a guess: a rule on it may only refuse); '' for
    a short or an English head."""
    if len(head) < CORE_AFTER or not _all_chinese(head):
        return ""
    return head[-2:]


#: A modifier this long before a head's core names a kind of thing (专精特新企业, 小巨人企业);
#: a shorter one is often the reader's own word for the page's (支农贷款 for 涉农贷款, 拔尖
#: 专家 for 优秀专家), which the page's figure may still answer.
MODIFIER_NAME = 3
#: Characters that join or relate words (离北站, 的, 在) or point (那些): a stretch holding
#: one is no name.
_FUNCTION_CHARS = frozenset("的之了和与及这那哪个些是有在也还都被把给让几多少离从到对为向跟比")


def known_modifier(modifier: str, statistics: Any) -> bool:
    """Whether the page holds any of a head's modifier: a pair of its characters, a pair
    that sounds alike (瞪铃 for 瞪羚: the labels' pinyin pairs), or a synonym of it."""
    from itertools import product

    from .pinyin import readings

    known = statistics.known
    for i in range(len(modifier) - 1):
        pair = modifier[i:i + 2]
        if pair in known or any(f"0{first}0{second}" in known for first, second in
                                product(readings(pair[0]), readings(pair[1]))):
            return True
    return any(unit.kind != "character" and any(term in known for term in unit.terms)
               for unit in asked(modifier, statistics).query.units)


def head_share(fact: Fact, heads: Any, statistics: Any) -> float:
    """The share of the question's head (heads.head_of, read as a query) a fact covers."""
    from .ranking import score
    from .terms import fact_columns

    if heads is None or not heads.items:
        return 1.0
    scored = score(fact_columns(fact), heads, statistics.bm25)
    return float(scored.coverage) if scored else 0.0


#: What ends a clause: a figure stated in one is context for a question in another.
_CLAUSE_ENDS = frozenset("，,;；—–:：。.~～】")


def clauses_of(text: str, ends: frozenset[str] = _CLAUSE_ENDS) -> list[str]:
    """A text's clauses, at the marks that end one (a point or a thousands comma inside a
    number ends none)."""
    clauses: list[str] = [""]
    for index, char in enumerate(text):
        # (a point or a comma between digits ends none: 21.3, 4,663)
        if char in ends and not (char in ".,，" and clauses[-1][-1:].isdigit() and
                                 (char == "." or text[index + 1:index + 2].isdigit())):
            clauses.append("")
        else:
            clauses[-1] += char
    return clauses


#: What marks a clause that asks (the others hold what it is asked beside).
_ASKING = ("|".join(A_NOT_A.values()) + "|"
           # (好几百家, 几十年: an amount told, no question; 没几个人来, 没多少钱: few, told)
           r"(?<![好十百千万没])几(?![十百千万])|(?<!没)多少|哪|什么|啥|吗|呢|是不是|有没有|是否|对不对|真的假的|"
           r"多大|多长|"
           r"多远|多久|多高|"
           # keywords that ask by the kind of figure (投资参考：锦州省级平台数量)
           r"数量|数目|总数|个数|存量|\bnumber\s+of\b|"
           r"\bhow\b|\bwhat|\bwhich\b|\bwhen\b|"
           # (…, was it 91.12 or 91.2 percent: a yes-or-no question)
           r"\b(?:is|was|are|were|did|does|has|have)\s+(?:it|that|this|there|they)\b|"
           # in pinyin (…865 jia, gaoxin jishu qiye ne?)
           r"\bduo\s?shao\b|\bne\b|\bshen\s?me\b|"
           r"\bji\s?(?:ge|jia|xiang|ren|wei|ming|ci|jie|pi|nian|hao|zhong|chang)\b")
_ASKED_ENDS = _CLAUSE_ENDS | frozenset("?？!！")


def not_held_up(fitting: list[Judged], stated: Reading, clause: str, fact_base: Any
                ) -> list[Judged]:
    """The candidates less those whose figure a clause before the one that asks holds up
    (营收5亿以上的那个双五，研发强度要多少: the revenue line), where the clause that asks is
    more about another candidate (研发强度) than about them."""
    from .judge import value_match

    # (a year held up, 黑山2018年，北镇呢, is read by the rules for years)
    held = [j for j in fitting if j.hit.fact.kind != "year" and
            value_match(j.hit.fact, stated) == "exact"]
    if not held or not clause:
        return fitting
    query = asked(clause, fact_base.statistics()).query
    others = max((label_share(j.hit.fact, query, fact_base) for j in fitting if j not in held),
                 default=0.0)
    return [j for j in fitting
            if j not in held or label_share(j.hit.fact, query, fact_base) >= others]


#: The kinds asked that a figure of another kind cannot be said in (money, a share, a year…).
_MEASURES_ASKED = frozenset(("money", "percentage", "year", "count", "length", "mass"))
#: How much more of a question a figure of another kind must cover than one of the kind
#: asked, to be what it is about.
KIND_MARGIN = 0.1


def _pairs_in(text: str, label: str) -> int:
    """How many pairs of Chinese characters of a text a label holds."""
    return sum(1 for i in range(len(text) - 1)
               if _all_chinese(text[i:i + 2]) and text[i:i + 2] in label)


def asking_clause(text: str) -> Optional[str]:
    """The last clause that asks, of a question of several clauses; else None."""
    clauses = [clause for clause in clauses_of(text, _ASKED_ENDS) if clause.strip()]
    if len(clauses) < 2:
        return None
    pattern = compiled(sieved(_ASKING, text, ignore_case=True), re.I)
    return next((clause for clause in reversed(clauses) if pattern.search(clause)), None)


def narrowed(text: str) -> Optional[str]:
    """What follows the last word of a question that keeps one of the things it names (…,
    I only want *the awards one*, is 94 right?), to its clause's end; None where it has
    none. (kept_only reads a last clause that is all of it.)"""
    found = list(compiled(f"{_KEEPING_ZH}|{_KEEPING_EN}", re.I).finditer(text))[-1:]
    if not found:
        return None
    rest = compiled(r"[^，,。；;？?！!]*").match(text, found[0].end())
    return rest.group() if rest and rest.group().strip() else None


def without_figures_held_up(reading: Reading, clause: Optional[str], statistics: Any
                            ) -> Optional[str]:
    """A question of several clauses whose figures all stand in clauses before the one that
    asks, which names a thing of its own (省级平台67家，国家级的有几家; 高新技术企业188家，瞪羚
    企业有多少家): the question with those figures left out, which are held up beside what
    is asked, not asked about. A year is held up only where a year is asked, or the clause
    asks 'and this one?' (Heishan was certified in 2018 — when was Beizhen?; 黑山2018年，义县
    呢): else it is when the question asks about (截至2020年底，…多少家). None where a figure
    stands in the clause that asks, the question checks or asks what its figure is, the
    clause before says of which whole it asks a part (Of the 188 firms, how many …; 94项
    里), or the clause that asks names nothing but how it asks (…，对吗)."""
    text = reading.folded
    if clause is None or reading.check or reading.wants == "recall" or \
            compiled(_ASKS_OF_FIGURE, re.I).match(clause) or \
            reading.wants not in ("year", "date") and len(clause.split()) <= 6 and \
            len(clause) <= 40 and compiled(_ASKS_WHICH, re.I).search(clause) and \
            not compiled(_AMOUNT_ASKED, re.I).search(clause) and not choosing(text):
        return None
    start = text.rfind(clause)
    years = reading.years if reading.wants == "year" or \
        re.search(_AND_THIS_ONE, clause, re.I) else ()
    numbers = sorted((*reading.quantities, *years), key=lambda number: -number.start)
    if start < 0 or not numbers or any(number.end > start for number in numbers) or \
            len(years) < len(reading.years) or re.search(_PART_OF, text[:start], re.I):
        return None
    query = asked(clause, statistics).query
    if not any(unit.kind in TYPED and len(unit.text) > 1 and
               any(term in statistics.known for term in unit.terms) for unit in query.units):
        return None
    for number in numbers:
        end = number.end
        if number.unit and text.startswith(number.unit, end):
            end += len(number.unit)
        elif text[end:end + 1] in _HELD_UNITS:
            end += 1
        text = text[:number.start] + " " + text[end:]
    if years and reading.wants is None:
        # (凌海2021年，北镇呢: a year held up beside, and so a year asked)
        body = text.rstrip(" ?？!！.。")
        text = body + (" 哪一年" if has_chinese(text) else " which year") + text[len(body):]
    return text


#: A clause asking what the figure before it is (8.92万吨 — is that the dwt or the TEU?;
#: 8.92万吨，这个数是载重还是载箱量): the figure is what it asks about, not held up beside.
_ASKS_OF_FIGURE = (r"\s*(?:is|was|are|were)\s+(?:that|it|this|those|these)\b(?!\s+how\b)|"
                   r"\s*[这那]个?(?:数|数字)儿?\s*(?:是|指)(?=[^，,。？?]{1,12}还是)")
#: A short clause asking which thing, and no amount, nor any choice offered (99.4 percent,
#: which crop?; 25家，是个啥联盟): the figure before it is what it asks about, not one held
#: up beside another (what's the real maize figure? asks a figure: not 'what').
_ASKS_WHICH = (r"\bwhich\b|\bwhat\s+(?:kinds?|sorts?|types?)\s+of\b|哪(?:个|种|类|项|家|样)|"
               r"是(?:个|些)?(?:啥|什么)(?![数时])")
#: A clause asking 'and this one?' of what the one before gives (义县呢, what about Yi).
_AND_THIS_ONE = r"呢|\bne\b|\b(?:what|how)\s+about\b|^\s*(?:and|but)\b"
#: A clause saying of which whole the question asks a part (Of the 188 firms, 94项里).
_PART_OF = r"\b(?:of|among|out\s+of)\s+(?:the|those|these|its)\b|[里中内]\s*[,，:：]?\s*$|其中"
#: What may follow a figure held up beside another (2018年, 94项, 67家, 99.4%).
_HELD_UNITS = frozenset("年项家个人位名届批场种%％")


def named_in_asking_clause(clause: Optional[str], family: Sequence[Judged], fact_base: Any
                           ) -> Optional[Judged]:
    """The one of several candidates a question of several clauses asks about: the one whose
    label, English label or tags name a word of the last clause that asks that tells it from
    the others (`clause`: asking_clause's). None where the question is one clause, or that
    clause names none of them or several (the clauses before it may state a figure or name
    what it is held up beside; which of them the question means, it does not say)."""
    if clause is None or len(family) < 2:
        return None
    statistics = fact_base.statistics()
    query = asked(clause, statistics).query
    named = [named_words(j.hit.fact, query, statistics) for j in family]
    # (锦州培育了几家: a verb the pool's 培育库 holds says what was done, no kind: told_by_verbs;
    # a share of 0 is no verb but an attribute, 省级 of 省级多少家, which tells the one asked)
    verbs = {item for unit in query.units if unit.kind == "word" and _a_verb(unit.text) and
             noun_share(unit.text) != 0 for item in unit.covers}
    telling = set().union(*named) - named[0].intersection(*named[1:]) - verbs
    naming = [j for j, items in zip(family, named) if items & telling]
    return naming[0] if len(naming) == 1 else None


#: Kinds of unit that are words as typed: Chinese, English, and a pair of pinyin syllables
#: (gaoxin jishu) — no guess at a word's meaning or spelling.
TYPED = frozenset({"word", "pinyin"})


def named_words(fact: Fact, query: Any, statistics: Any,
                names: Optional[frozenset[str]] = None, least: Optional[float] = None
                ) -> set[int]:
    """The items of a query the words of a fact's label, English label and tags (or other
    columns: `names`) name as typed (a pair of characters, an English word; not a lone
    character: the 家 of 几家 is no 国家), at least `least` sure."""
    from .ranking import covered_items, score
    from .terms import COLUMNS, fact_columns

    names = ABOUT if names is None else names
    scored = score(tuple(column if name in names else ()
                         for name, column in zip(COLUMNS, fact_columns(fact))),
                   query, statistics.bm25)
    if scored is None:
        return set()
    words = [index for index in scored.matched if query.units[index].kind in TYPED and
             len(query.units[index].text) > 1]
    return {item for item, sure in covered_items(query, words, (), scored.strength).items()
            if sure >= (NAMED if least is None else least)}


def change_in_a_name(text: str, change: str, facts: Sequence[Fact]) -> bool:
    """Whether each time a question says its word of change (提升), the word with the
    character before or after it is part of a name a candidate's label or tags hold (提升类
    of 省提升类实质性产学研联盟): the question names that thing, and asks for no change. A
    fact that is itself a change (收入增长, up 4.2 %) holds the word as its change, no name."""
    names = [f"{fact.label} {' '.join(fact.tags)}" for fact in facts if not fact.direction]
    found = False
    for match in re.finditer(re.escape(change), text):
        start, end = match.span()
        wider = [word for word in (text[max(0, start - 1):end], text[start:end + 1])
                 if len(word) > len(change) and has_chinese(word[0]) and has_chinese(word[-1])]
        if not any(word in name for word in wider for name in names):
            return False
        found = True
    return found


def without_clause_of(content: str, reading: Reading) -> str:
    """The content less the clauses before the last that state a number of the question
    (the last asks: 孩子学地理，问209泊位那条船能装多少标准箱 keeps it)."""
    clauses = clauses_of(content)
    numbers = [reading.folded[q.start:q.end] for q in reading.quantities]
    last = max((index for index, clause in enumerate(clauses) if clause.strip()), default=-1)
    kept = [clause for index, clause in enumerate(clauses) if clause.strip() and (
        index == last or not any(number in clause for number in numbers))]
    return " ".join(" ".join(kept).split()) if kept and len(kept) < len(
        [clause for clause in clauses if clause.strip()]) else content


def without_places(content: str, reading: Reading) -> str:
    """The content with the places it names taken out."""
    rest = content
    for place in reading.places:
        rest = rest.replace(place.text, " ")
    return re.sub(r"\s+", " ", rest).strip() if rest != content else content


#: How many candidates after the best are looked at for members of its family.
CLOSE_FAMILY = 3
#: The most characters (Chinese) or words (English) that tell two members of a family apart,
#: and the least share of the shorter label they must have in common.
FAMILY_DIFFERENCE = 4
FAMILY_SHARED = 0.5
#: Words that ask for the total of a family (一共多少项科技奖, all major crops combined): no
#: member's figure answers, whatever words of one member's label the question shares.
FAMILY_TOTAL = (r"一共|总共|总计|合计|加起来|总的|累计|共计|(?<![一总公])共(?=多少|几|有|计)|"
                r"\baltogether\b|\bin\s+total\b|\bin\s+all\b|" + TOTAL_PINYIN + "|"
                r"\btotal\b|\ball\b.*\bcombined\b|\boverall\b|\ball\s+told\b|"
                r"级及?以上|\blevel\s+(?:and|or)\s+(?:above|higher)\b")


def asks_total_of(text: str) -> bool:
    """Whether a (folded) question asks for the total of a family (FAMILY_TOTAL)."""
    return compiled(sieved(FAMILY_TOTAL, text, ignore_case=True), re.I).search(text) \
        is not None


#: Words asking how big a thing is, in no measure of its own (多大, how big).
_SIZE_ASKED = (r"(?<![岁年])多大(?!岁|年纪|年龄|面积|规模)|有多大|"
               r"\bhow\s+(?:big|large|huge)\b|\bsize\b")
#: Words that name the measure of a size (载箱量, deadweight, tonnage): the question asks it.
_SIZE_MEASURE = (r"载箱|载重|吨位|标准箱|运力|容量|面积|长度|重量|排水量|"
                 r"\b(?:capacity|deadweight|dwt|tonnage|teu|tons?|tonnes?|boxes|containers\s+"
                 r"(?:can|does|could)|area|length|weight|hectares?|acres?|mu)\b")
#: … of the best candidate's score, a figure of another measure of the same thing is its
#: size too.
SIZE_SHARE = 0.6


def undistinguished(best: Judged, others: Sequence[Judged], query: Any, fact_base: Any,
                    text: str, levels: Sequence[str] = ()) -> list[Judged]:
    """The candidates whose labels differ from the best's only in a short part (获国家科技奖的
    科技成果, 获省科技奖的科技成果; Rice: combined mechanisation rate …, Corn: …) when the
    question covers their labels, English labels and tags as much as the best's (it names
    neither part, in any of the ways search reads: words, pinyin, initials, synonyms) and as
    many of their English phrases (the thousand level): the page gives several. Members of
    a family count in one unit (载重 in tonnes and 载箱量 in TEU are two questions). A
    question naming several levels (国家级和省级平台一共多少家) names members of the family,
    however much of each label it covers."""
    found = []
    fact = best.hit.fact
    own = label_share(fact, query, fact_base)
    total = asks_total_of(text)
    listed = len(set(levels)) > 1
    for other in others:
        sibling = other.hit.fact
        if sibling.id == fact.id or sibling.unit != fact.unit or \
                not listed and label_share(sibling, query, fact_base) < own - TIE_COVERAGE:
            continue
        shared = shared_tags(fact, sibling) if not total else frozenset()
        if not total and phrases(sibling, query, shared) != phrases(fact, query, shared):
            continue
        if label_difference(list(fact.label), list(sibling.label)) is not None and \
                label_difference(re.findall(r"[a-z]+", fact.label_en.lower()),
                                 re.findall(r"[a-z]+", sibling.label_en.lower())) is not None:
            found.append(other)
    return found


#: Facts whose value a question names tie unless one's label covers this much more of it.
RECALL_MARGIN = 0.25
#: A figure near the number a question checks is what it checks only where its label names
#: at least this share of what the best-named candidate's does.
NEAR_NAMED = 0.5
#: How surely a word of the question must be covered by a label to count as naming it
#: (a synonym or a guess at a spelling names nothing).
NAMED = 0.9


#: Words that join two things a question names (品牌同商品, gazelle and young eagle firms).
#: (single characters, not a class: a class of Chinese characters costs ~2.5 M instructions
#: to compile, and sieve.py leaves out the characters a question lacks)
_JOINED = r"和|与|及|同|、|加|＋|\+|&|以及|\band\b|\bplus\b"


def named_together(best: Judged, others: Sequence[Judged], query: Any, fact_base: Any,
                   text: str) -> list[Judged]:
    """The candidates of the best's family (labels that differ in a short part, one unit),
    or any candidate where the question joins two things (和, 同, and), whose label, English
    label or tags name a word of the question the best has nowhere, while the best's name
    one they have nowhere: the question names both things, and asks of neither alone."""
    named, anywhere = named_items(best.hit.fact, query, fact_base)
    joined = any(not _within_a_name(text, match, (best, *others))
                 for match in compiled(sieved(_JOINED, text)).finditer(text))
    found = []
    for other in others:
        sibling = other.hit.fact
        family = sibling.unit == best.hit.fact.unit and \
            label_difference(list(best.hit.fact.label), list(sibling.label)) is not None
        if sibling.id == best.hit.fact.id or not joined and not family:
            continue  # members of one family only (瞪羚企业, 雏鹰企业), unless joined
        theirs, their_anywhere = named_items(sibling, query, fact_base)
        # (百人层次、千人层次，…入选的人: joined, the two levels; 入选, a verb the years'
        # tags hold, names no third thing)
        if _telling(theirs - anywhere, query, fact_base, things=not family) and \
                _telling(named - their_anywhere, query, fact_base):
            found.append(other)
    return found


#: A word held by more facts than this says what kind of thing, not which (企业, businesses).
GENERIC_FACTS = 4


def _telling(items: set[int], query: Any, fact_base: Any, things: bool = False) -> bool:
    """Whether some of the items are named by a word few facts hold (瞪羚, gazelle), not
    only by a word of a kind (企业, businesses); with `things`, by no verb (入选)."""
    frequency = fact_base.statistics().bm25.document_frequency
    return any(min((frequency.get(term, 0) for term in unit.terms), default=0)
               <= GENERIC_FACTS and
               not (things and _a_verb(unit.text))
               for unit in query.units if unit.terms and set(unit.covers) & items)


def _a_verb(word: str) -> bool:
    """Whether a Chinese word is used as a verb more than as a noun (入选, 培育)."""
    share = noun_share(word) if len(word) > 1 and not word.isascii() else None
    return share is not None and share < VERB_SHARE


#: Words asking for a figure for each of several things (分别, 各自, respectively).
_EACH = r"分别|各自|\brespectively\b|\bfor\s+each\b|\beach\s+of\b"


def each_named(reading: Reading, eligible: Sequence[Judged], scope: Scope) -> list[Judged]:
    """The candidates whose labels name the places a question asks each of (黑山县和北镇
    分别…: 黑山's year and 北镇's), where it names two or more besides the page's own."""
    places = [place for place in reading.places if not set(place.codes) <= set(scope.home)]
    named: list[Judged] = []
    for place in places:
        first = next((j for j in eligible if j not in named and
                      any(name in j.hit.fact.label for name in place.names)), None)
        named += [first] if first is not None else []
    return named if len(places) >= 2 and len(named) >= 2 else []


def told_by_verbs(best: Judged, others: Sequence[Judged], query: Any, fact_base: Any
                  ) -> list[Judged]:
    """The candidates of the best's unit that the question tells from it only by a Chinese
    verb the best's label or tags hold and their own quote says too (培育 of the pool's
    培育库; 培育雏鹰企业78家), naming nothing of them the best lacks: the verb says what was
    done to each, not which one is asked."""
    named, _ = named_items(best.hit.fact, query, fact_base)
    found = []
    for other in others:
        if other.hit.fact.unit != best.hit.fact.unit or other.hit.fact.id == best.hit.fact.id:
            continue
        theirs, their_anywhere = named_items(other.hit.fact, query, fact_base)
        telling = named - theirs
        if not telling or theirs - named or not telling <= their_anywhere:
            continue
        words = [unit.text for unit in query.units if unit.kind == "word" and
                 len(unit.text) > 1 and set(unit.covers) & telling and
                 named.issuperset(unit.covers)]
        if words and all(_a_verb(word) for word in words):
            found.append(other)
    return found


#: A word used as a noun less than this share of the time is read as a verb (培育 5/9).
VERB_SHARE = 0.6


def _tokens(text: str) -> list[str]:
    """English words and Chinese characters, in order (terms.pieces: cut by hand)."""
    from .terms import pieces

    return [token for chinese, english, _, _, _ in pieces(text)
            for token in (list(chinese) if chinese else [english] if english else [])]


#: How much of one side of a join its own first figure must cover to be that side's.
SIDE = 0.5


def joined_apart(best: Judged, fitting: Sequence[Judged], content: str, fact_base: Any
                 ) -> list[Judged]:
    """Where a question asking a total joins two things (和, and) that are not one name,
    and the words on each side alone find different figures first, both among the fitting
    candidates (in scope for their own side: 国家科技奖和省科技奖): the one of them the
    best is not (the question asks of both, 百人层次和千人层次; of their sum the page says
    nothing). Else []."""
    text = content.lower()
    ids = {j.hit.fact.id: j for j in fitting}
    for match in compiled(sieved(_JOINED, text)).finditer(text):
        if _within_a_name(text, match, fitting):
            continue
        left, right = text[:match.start()].strip(), text[match.end():].strip()
        if len(left) < 2 or len(right) < 2:
            continue
        firsts = [fact_base.search(side, limit=1) for side in (left, right)]
        found = [hits[0].fact.id for hits in firsts if hits and hits[0].coverage >= SIDE]
        if len(found) == 2 and found[0] != found[1] and all(id_ in ids for id_ in found) \
                and best.hit.fact.id in found:
            return [ids[id_] for id_ in found if id_ != best.hit.fact.id]
    return []


def _within_a_name(text: str, joining: re.Match[str], candidates: Sequence[Judged]) -> bool:
    """Whether the words around a joining word are a candidate's own (science and
    technology, 专家和领军人才): a name, not two things."""
    before = _tokens(text[:joining.start()])[-2:]
    after = _tokens(text[joining.end():])[:2]
    if not before or not after:
        return True
    spaced = " " if joining.group().isascii() and joining.group().isalpha() else ""
    words = f"{before[-1]}{spaced}{joining.group()}{spaced}{after[0]}"
    return any(words in f"{j.hit.fact.label} {j.hit.fact.label_en.lower()} "
                        f"{' '.join(j.hit.fact.tags).lower()}" for j in candidates)


def named_items(fact: Fact, query: Any, fact_base: Any) -> tuple[set[int], set[int]]:
    """The items (characters, words) of the question the fact's label, English label and
    tags cover surely, and those any of its words cover at all."""
    from .ranking import covered_items, score
    from .terms import fact_columns

    whole = fact_columns(fact)
    bm25 = fact_base.statistics().bm25
    found = []
    for columns in (about_columns(whole), whole):
        scored = score(columns, query, bm25)
        covered = covered_items(query, scored.matched, (), scored.strength) if scored else {}
        found.append({item for item, sure in covered.items()
                      if sure >= (NAMED if columns is not whole else 0.0) and sure > 0})
    return found[0], found[1]


def label_difference(first: list[str], second: list[str]
                     ) -> Optional[tuple[list[str], list[str]]]:
    """The parts of two labels (characters or words) between what they share at the start and
    at the end, when both are short and the shared part is most of the shorter; else None."""
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    end = 0
    while end < min(len(first), len(second)) - start and first[-1 - end] == second[-1 - end]:
        end += 1
    one, two = first[start:len(first) - end], second[start:len(second) - end]
    if not one or not two or len(one) > FAMILY_DIFFERENCE or len(two) > FAMILY_DIFFERENCE or \
            start + end < FAMILY_SHARED * min(len(first), len(second)):
        return None
    return one, two


#: Words that leave something out of what is asked (除了涉农的, not counting): in Chinese and
#: in English; the words after them name what.
_LEAVING_OUT_ZH = ("除了|除去|除开|除(?!非)|刨去|刨除|扣除|不算|不包括|不包含|不含|不只是?|不光是?|"
                   "不仅是?|"
                   # and what a question counts by what it is not (不是瞪羚企业的, 非高新技术
                   # 企业, 没有获国家科技奖的, 未纳入培育库的): the rest, which the page
                   # does not give; never 有没有 (whether there are), 非常 or 未来
                   # (是不是 and 不是210泊位吧 check a figure; 哦不是 takes a word back)
                   r"(?:(?<![是哦噢])不是|不属于|不在|(?<![是])非(?![常遗凡法得要让叫逼说拉])|"
                   # (没获得国家科技奖的: the verb negated, then what the ones left out won)
                   r"(?<![有])没有?(?:获得|获|得到|拿到|拿|评上|评为|入选|被)?|"
                   # (没几个人来, 没多少钱: few, told; no figure left out)
                   r"未(?![来必])被?)(?![\d〇零一二两三四五六七八九十,，几多])")
_LEAVING_OUT_EN = (r"excluding|not\s+counting|other\s+than|apart\s+from|aside\s+from|"
                   r"except(?:\s+for)?|besides|not\s+(?:just|only)|"
                   # what it is set against (as opposed to the leading ones, rather than)
                   r"as\s+opposed\s+to|rather\s+than|instead\s+of|in\s+contrast\s+to|"
                   # counting by what they are not: aren't high-tech, did not win, failed to
                   # win, outside the pool; in pinyin, fei, bu shi, meiyou (not shi bu shi,
                   # you meiyou)
                   r"(?:are|is|were|was|do|does|did|have|has)\s*n[o']t|"
                   r"not(?!\s+(?:just|only|sure|asking|counting)\b)|failed\s+to|"
                   r"outside(?:\s+of)?|fei|(?<!shi\s)(?<!shi)bu\s?shi|bu\s?shuyu|(?<!you\s)mei\s?you")
#: What a question leaves out of what it asks (除了涉农的, not counting the farm loans,
#: not just the agriculture-related portion): the words it leaves out follow.
_LEAVING_OUT = (rf"(?:{_LEAVING_OUT_ZH})"
                r"((?:(?!有|是|多少|几|以外|之外)[^，,。；;？?！!)）]){1,16})|"
                # (高新技术企业以外的: what comes before 以外 is left out)
                r"(?:^|(?<=[，,。；;：:\s]))([^，,。；;？?！!除]{2,16}?)(?:以外|之外)的|"
                # (…，涉农的不算, 长江学者不要算进去: what comes before 不算 is)
                r"(?:^|(?<=[，,。；;：:\s]))([^，,。；;？?！!除]{2,16}?)的?"
                r"(?:不要算|不用算|别算|不算|不计)(?:进去|在内)?(?=$|[，,。；;？?！!\s吧啊哈])|"
                # (不要把国家级的算进去: what is put between 把 and 算)
                r"(?:不要|别|不用|不必|甭)把((?:(?!算)[^，,。；;？?！!]){1,16})"
                r"(?:也)?算(?:进去|进来|上|在内|里面)|"
                rf"(?:\b(?:{_LEAVING_OUT_EN}|beyond|on\s+top\s+of)\s+|\bnon(?:-|\s+)(?=[a-z]))"
                r"((?:(?!\b(?:how|what|which|when|where|who|is|are|was|were|did|does|do|has|"
                r"have)\b)[^,;?!.]){1,60})")


def another_body(reading: Reading, fact: Fact, statistics: Any, title: str = "") -> str:
    """A firm or body the page names elsewhere that the question names and the fact does
    not (中信钛业, of the national awards' figure), but not the reader's own (我们营口港),
    nor the one its article is about (`title`: 义县高级中学 of its school's figures), else
    ''."""
    homes = [place.start for place in reading.places]
    words = f"{fact_words(fact)} {title}"
    known = statistics.known
    # (a name held only by its sound, 锦洲银行, is the page's own misspelled: the fact's)
    return next((body for body in organisations_held(reading.folded, known)
                 if body not in words and not speakers_body(reading.folded, body, homes) and
                 all(body[i:i + 2] in known for i in range(len(body) - 1))), "")


def excluded(text: str, fact: Fact, statistics: Any) -> str:
    """The words of what a question leaves out of what it asks, where they name the fact
    that would answer it ('' where it leaves out nothing, or something else): the page
    gives that figure, not the rest."""
    from .question import level_named, levels_in

    labels = f"{fact.label} {fact.label_en} {' '.join(fact.tags)}"
    for match in compiled(_LEAVING_OUT, re.I).finditer(text):
        words = match.group(1) or match.group(2) or match.group(3) or match.group(4) or \
            match.group(5) or ""
        # (不算省级的 锦州国家级…几家: what is left out ends at 的, or where a new run of
        # Chinese begins after a space)
        levels = levels_in(compiled(r"的|\s+(?=[\u4e00-\u9fff])").split(words)[0])
        if levels:
            # (not counting the provincial ones: the page gives that level's, not the
            # rest; as opposed to the national or municipal ones: other levels than its)
            if any(level_named(level, labels) for level in levels):
                return words.strip()
            continue
        query = asked(words, statistics).query
        # (fei gaoxin jishu qiye: what is left out may be typed in pinyin)
        if close_units(query, statistics, kinds=TYPED) and \
                names_only(fact, query, statistics, shortening=False):
            return words.strip()
    return ""


def another_kind(reading: Reading, fact: Fact, statistics: Any) -> tuple[str, str]:
    """Where the question asks about another kind of the thing the fact's label names (普惠
    小微贷款, 住房贷款 for the page's 涉农贷款): the question's word before that thing and
    the label's, which share no character and neither of which the other side holds; else
    ('', ''). A reader's own word for the label's shares one (支农, 农户贷款 for 涉农)."""
    from .expand import synonyms
    from .heads import head_of
    from .question import word_before
    from .tables import has

    head = head_of(reading, statistics.known)
    label, text = fact.label, reading.folded
    said = f"{fact.label} {' '.join(fact.tags)} {fact.quote}"
    if named_after(text, label, head):
        return "", ""  # 顶尖的教授，就是长江学者那种: the reader's word, then the page's name
    index = len(head) - 2
    while (held := held_pair(head, label, index, 2)) is not None:
        index, core, theirs = held
        mine = head[index - 2:index]
        if mine == theirs:
            index -= 2  # (汽车贷款规模: 贷款 before 规模 in both; the word before 贷款 tells)
            continue
        at_text = text.find(mine + core)
        if at_text > 0 and word_before(text, at_text):
            # (给饲料厂贷款: the word before 贷款 is 饲料厂, of which 料厂 is a part)
            for longer in (head[index - 4:index], head[index - 3:index]):
                if len(longer) > 2 and has("nouns.tsv", longer) and \
                        text.find(longer + core) >= 0:
                    mine, at_text = longer, text.find(longer + core)
                    break
        share = noun_share(mine)
        before = text[max(0, at_text - 2):at_text] if at_text >= 0 else ""
        if before.endswith("几") or before.endswith("多少") or \
                any(char in _NUMERAL_CHARS for char in mine) or \
                at_text > 0 and word_before(text, at_text) or before[-1:] in _PERSONS:
            return "", ""  # (多少品项商品: a measure; 二零九泊位: a number; 企业赴成果: 业赴
            #              is no word, 企业 is; 我想问商品: after a person, a verb)
        if len(theirs) == 2 and _all_chinese(mine + theirs) and not set(mine) & set(theirs) \
                and _FUNCTION_CHARS.isdisjoint(mine + theirs) and mine not in said and \
                theirs not in text and (share is None or share >= 0.5) and \
                not places_in(mine) and not places_in(theirs) and \
                theirs not in synonyms(mine) and not known_modifier(mine, statistics):
            # (a noun of a kind, not the reader's adjective for the label's: 拔尖专家)
            return mine + core, theirs + core
        return "", ""
    return "", ""


#: Words that say again, in other words, what was just named (就是…那种, i.e., I mean).
_NAMELY = (r"也就是|就是|即是|指的是|我说的是|我指的是|\bi\.?\s?e\.?(?=\s|,)|\bnamely\b|"
           r"\bi\s+mean\b|\bthat\s+is\b")


#: The persons a Chinese sentence's subject is (我想问商品有几种: what follows one is its
#: verb, 想问, not a kind of 商品).
_PERSONS = frozenset("我你您咱俺他她偶")


#: A part of a figure asked alone (only the peanut part, 只要花生那部分, 只算花生的那块).
_PART_ASKED = (r"\b(?:only|just)\s+(?:the\s+|for\s+(?:the\s+)?)?([\w\s-]{2,30}?)\s+"
               r"(?:part|portion|share|bit|component|slice)\b|"
               r"(?:只要|只算|只问|单算|单问)([\u4e00-\u9fff]{1,8}?)的?(?:那)?(?:部分|块|份)|"
               # (给特色农产品这块贷了多少: what was given for that part)
               r"(?:给|对|为|在)([\u4e00-\u9fff]{2,8}?)(?:这|那)一?(?:块|部分|方面)|"
               # (三个长江学者里面有几个是女教授: how many of them are of a kind)
               r"(?:里|里面|里头|里边|当中|之中|中间|入面)\s*[,，]?\s*(?:有)?(?:几多|幾多|几|幾|多少)"
               r"(?:个|個|位|名|人|家|项|項)?(?:是|係|系)([\u4e00-\u9fff]{1,8})|"
               # (油料里头花生的机械化率: one member's figure, of a whole; not 市里头的还是
               # 省里头的, nor 咱市里头自个儿评的: a level's, no member)
               r"(?<![市县省区镇村国])(?:里头|里面|里边|当中|之中|其中)\s*[,，]?\s*"
               r"((?:(?!的|还是)[\u4e00-\u9fff]){2,6}?)的|"
               # (给养海参的贷了多少: those who farm one thing, a part of whom a loan went to)
               r"(?:给|借给|贷给|向|对)(?:养|种|养殖|种植|做|卖|开)((?:(?!的)[\u4e00-\u9fff]){2,4}?)的"
               r"(?=[贷借放拨投发]|[人户家]|农户|农民)")


def part_asked(text: str, fact: Fact, statistics: Any) -> str:
    """The thing a question asks the part of a figure for (…, only the peanut part: peanut),
    where the fact says nothing of it; else ''."""
    found = compiled(_PART_ASKED, re.I).search(text)
    if found is None:
        return ""
    if found.group(4):
        # (…有几个是女教授: a kind the fact's words do not all say, 女 of 女教授)
        kind = found.group(4).rstrip("的呢吗呀啊")
        said = f"{fact.label}{fact.quote}"
        return kind if any(char not in said for char in kind) else ""
    if found.group(5) and (noun_share(found.group(5)) or 0.0) < 0.5:
        return ""  # (…里面自个儿评的: what was done, no member named)
    if found.group(6) and (noun_share(found.group(6)) or 0.0) < 0.5:
        return ""  # (给种地养殖的: farming itself, no one thing farmed)
    thing = (found.group(1) or found.group(2) or found.group(3) or found.group(5) or
             found.group(6) or "").strip()
    query = asked(thing, statistics).query
    # (花生's 生 is a character of the quote's 生产, no word of it)
    if not query.items or named_words(fact, query, statistics) or \
            any(term in fact_text_terms(fact) for term in query.terms
                if term.isascii() or len(term) > 1):
        return ""
    return thing


def fact_text_terms(fact: Fact) -> set[str]:
    """Every term of a fact's columns."""
    from .terms import fact_columns

    return {term for column in fact_columns(fact) for term in column}


def named_after(text: str, label: str, head: str) -> bool:
    """Whether the question names the fact after a word that says it again (…，就是教育部长
    江学者那种): two pairs of the label's characters the head lacks, after 就是 or i.e."""
    found = compiled(_NAMELY, re.I).search(text)
    if found is None:
        return False
    after = text[found.end():]
    pairs = {after[i:i + 2] for i in range(len(after) - 1)}
    return sum(1 for pair in pairs if _all_chinese(pair) and pair in label and
               pair not in head) >= 2


def all_of_kind(reading: Reading, fact: Fact, statistics: Any) -> tuple[str, str]:
    """Where the question asks the total of a thing (锦州银行贷款总额, 各项贷款) the fact gives
    one kind of (涉农贷款): ('all ' + the thing, the fact's kind of it); else ('', '')."""
    from .heads import head_of

    text = reading.folded
    if not compiled(_ALL_OF).search(text):
        return "", ""
    head = head_of(reading, statistics.known)
    held = held_pair(head, fact.label, len(head) - 2, 0)
    if held is None:
        return "", ""
    _, core, theirs = held
    if len(theirs) == 2 and _all_chinese(theirs) and theirs not in text and \
            _FUNCTION_CHARS.isdisjoint(theirs) and not places_in(theirs):
        return f"all {core}", theirs + core
    return "", ""


def held_pair(head: str, label: str, index: int, lowest: int
              ) -> Optional[tuple[int, str, str]]:
    """The head's last pair of Chinese characters the label holds, from `index` down to
    `lowest`: (where it starts in the head, the pair, the label's two characters before
    it); else None."""
    while index >= lowest:
        core = head[index:index + 2]
        if _all_chinese(core) and core in label:
            at = label.rfind(core)
            return index, core, label[max(0, at - 2):at]
        index -= 1
    return None


#: Words that ask the whole of a thing, every kind of it (贷款总额, 各项贷款, 全部贷款); not
#: before a verb (从插秧到收割全部用机器: all of it done by machine, no whole asked).
_ALL_OF = r"总额|总量|总规模|各项|各类|(?:全部|所有的?)(?![用都是靠由被给让])"


_NUMERAL_CHARS = frozenset("〇零一二两三四五六七八九十百千万亿")


def _all_chinese(text: str) -> bool:
    return bool(text) and all("\u3400" <= char <= "\u9fff" for char in text)


def covers_head(heads: Any, candidates: Sequence[Judged], statistics: Any) -> bool:
    """Whether one of the candidates covers the head of the question (the thing it asks
    for, read as a query: heads.head_query), if it has one."""
    return heads is not None and bool(heads.items) and \
        any(head_share(j.hit.fact, heads, statistics) > 0 for j in candidates)


def candidate(judged: Judged) -> Candidate:
    return Candidate(judged.hit.fact, judged.score, judged.hit.rank, judged.value)


def whole_city_asked(reading: Any, fact: Any, fact_base: Any) -> str:
    """The thing inside the base's own place a fact's figure is of (凌海(翠岩)大集), where the
    question names the place itself and nothing of that thing, else ''."""
    from .judge import base_scope, city_named, part_not_named

    home, _ = base_scope(fact_base).of(fact)  # (the fact's own page's place)
    if not home or not city_named(fact, reading.folded, reading.places, home):
        return ""
    return part_not_named(fact, reading.folded, home)


def ask(fact_base: Any, *, question: Sequence[str], fields: Fields = None) -> Answer:
    """The one fact that answers a question, with the page's words, or none."""
    text = " ".join(question)
    answer = answer_to(fact_base, text, fields)
    if answer.result.answer is None:
        # (“236项科技成果获得市科技奖” 那获省科技奖的是多少项?: a line of the page pasted
        # before the question, whose words made it ambiguous; asked without it, where the
        # rest asks on its own. 「市级科技创新平台94家」，省级的有几家: the line says what is
        # asked about, and is read with the question first)
        rest = without_pasted(text, fact_base.statistics())
        if rest != text:
            again = answer_to(fact_base, text, fields, rest)
            if again.result.answer is not None:
                return again
        ranked = top_of_series(fact_base, text, fields)
        if ranked is not None:
            return ranked
    return answer


#: Superlatives that rank the members of a series the page gives in one sentence
#: (水稻、玉米、大豆、油料…分别达到99.4%、93.95%…: the highest is rice's): which way each
#: ranks, and of which kind of figure (a year ranks by 最早, an amount by 最高).
_RANKING: dict[str, tuple[str, int]] = {
    **{word: ("amount", 1) for word in ("最多", "最大", "最高", "最长", "最远", "最重", "最贵",
                                        "highest", "largest", "biggest", "most")},
    **{word: ("amount", -1) for word in ("最少", "最小", "最低", "最短", "最近", "最轻",
                                         "lowest", "smallest", "fewest")},
    **{word: ("year", -1) for word in ("最早", "最先", "earliest")},
    **{word: ("year", 1) for word in ("最晚", "最迟")},
}
#: A question of which place (哪个县, which county, na ge xian): the members ranked must be
#: places.
_WHICH_PLACE = (r"哪(?:一)?(?:个|座)?\s*(?:县|市|区|省|镇|乡|村|地方)|\bwhich\s+(?:county|counties|"
                r"city|cities|district|province|town|place)\b|\bna\s?(?:yi\s?)?ge\s+(?:xian|"
                r"shi|qu|sheng|zhen)\b")


def top_of_series(fact_base: Any, text: str, fields: Fields) -> Optional[Answer]:
    """The member of a series that a superlative asks for (锦州四种作物里哪个的机械化率最高,
    哪个县最早被认定为示范县): where the question, its superlative left out, is sure of a
    series the page gives whole in one sentence (facts of one quote, unit and kind, as many
    as the quote states figures of that unit), and names none of its members or several.
    None where anything else holds (one member named: 水稻的最高吗 asks of rice; values
    tied; a superlative of the world, 世界最大). A comparison (水稻和玉米哪个高, which is
    higher) is no superlative: the page gives both figures, which a refusal lists."""
    from .judge import _WIDER

    reading = read_in_scope(text, fact_base)
    word = reading.superlative.strip().lower()
    if word not in _RANKING or compiled(_WIDER, re.I).search(reading.folded):
        return None
    kind, way = _RANKING[word]
    asked = compiled(SUPERLATIVE).sub(" ", reading.folded.lower(), count=1)
    # asked again as a question of the series' figures: which one is what the ranking
    # answers (which is …, rice or corn asks no name), and a ranking of years asks a year
    asked = re.sub(r"\b(?:which|what|na\s?(?:yi\s?)?ge|na\s?zhong)\b|哪一?[个种样家项级]|谁", " ",
                   asked, flags=re.I)
    if kind == "year":
        asked += " 哪一年" if has_chinese(asked) else " which year"
    _, considered = considered_of(fact_base, asked)
    chance = probability(considered.features) if considered.features is not None else 0.0
    if chance < ANSWER:
        return None
    best = considered.eligible[0]
    pool = [j.hit.fact for j in considered.judged]
    members = series_of(best.hit.fact, pool)
    whole = len(members) >= 2  # a series the page gives whole: its superlative is the page's
    if not whole:
        # figures the page gives side by side (国家级、省级、市级平台; 瞪羚企业, 雏鹰企业):
        # only the two or more a question names are ranked (the page may give more)
        members = side_by_side(best.hit.fact, pool)
    if len(members) < 2 or ("year" if best.hit.fact.kind == "year" else "amount") != kind or \
            not all(j.hit.fact in members for j in considered.tied):
        return None
    named = [fact for fact in members
             if names_member(reading.folded, fact, members, reading.levels)]
    if len(named) == 1 or not whole and not named:
        return None
    if compiled(_WHICH_PLACE, re.I).search(reading.folded) and \
            not all(places_in(own_part(fact, members)) for fact in members):
        return None  # 哪个县机械化率最高: the page ranks crops, no counties
    ranked = sorted(named or members, key=lambda fact: way * float(fact.value), reverse=True)
    if float(ranked[0].value) == float(ranked[1].value):
        return None
    return Answer(AskResult(text, ranked[0], round(chance, 2), tuple(ranked[1:4]),
                            fact_base.sources, fields))


def series_of(fact: Fact, pool: Sequence[Fact]) -> list[Fact]:
    """The facts of `pool` that share a fact's quote, source, unit and kind (its series),
    where they are every figure of that unit the quote states (else only the fact)."""
    from ..base.numerals import quantities

    members = list({other.id: other for other in pool
                    if other.quote == fact.quote and other.source == fact.source and
                    other.unit == fact.unit and other.kind == fact.kind}.values())
    stated = [q for q in quantities(fact.quote) if q.unit == fact.unit]
    if fact not in members or len(stated) != len(members) or \
            not all(isinstance(other.value, (int, float)) for other in members):
        return [fact]
    return members


def side_by_side(fact: Fact, pool: Sequence[Fact]) -> list[Fact]:
    """The facts of `pool` of a fact's source and section, in its unit and of its kind,
    with numbers for values: figures the page gives side by side, it among them."""
    return list({other.id: other for other in pool
                 if other.source == fact.source and other.section == fact.section and
                 other.unit == fact.unit and other.kind == fact.kind and
                 isinstance(other.value, (int, float))}.values())


def own_part(fact: Fact, members: Sequence[Fact]) -> str:
    """What a member's label says that the others' do not (水稻 of 水稻耕种收综合机械化率
    beside 玉米耕种收…)."""
    labels = [member.label for member in members]
    start = len(_common_start(labels))
    end = len(_common_start([label[::-1] for label in labels]))
    return fact.label[start:len(fact.label) - end].strip("的之")


def names_member(question: str, fact: Fact, members: Sequence[Fact],
                 levels: Sequence[str] = ()) -> bool:
    """Whether a (folded) question names one member of a series: its label's own words
    (水稻 of 水稻耕种收综合机械化率 beside 玉米耕种收…), its level among the levels the
    question lists (国家、省、市三级: 省 of 获省科技奖的…), or a tag no other member has."""
    own = own_part(fact, members)
    if len(own) >= 2 and own in question:
        return True
    if _LEVEL_OF.get(own.removesuffix("级")) in levels:
        return True
    # (百人层次 of 省“百千万人才工程”百人层次, beside the 千人层次: two characters of its
    # label in a row that no other member's label holds)
    labels = [member.label for member in members if member is not fact]
    if any("\u4e00" <= fact.label[i] <= "\u9fff" and "\u4e00" <= fact.label[i + 1] <= "\u9fff"
           and fact.label[i:i + 2] in question and
           not any(fact.label[i:i + 2] in label for label in labels)
           for i in range(len(fact.label) - 1)):
        return True
    if any(len(name) >= 2 and name in question for place in places_in(own)
           for name in place.names):
        return True  # (黑山 of 黑山县获认定…: the place a member is of, by its short name)
    others = {tag.lower() for member in members if member is not fact for tag in member.tags}
    lowered = question.lower()
    return any(len(tag) >= 2 and tag.lower() not in others and
               (re.search(rf"\b{re.escape(tag.lower())}\b", lowered) if tag.isascii()
                else tag in question)
               for tag in fact.tags)


#: A member's own part that is a level, and the level (question.levels_in's names).
_LEVEL_OF = {"国家": "national", "省": "provincial", "市": "municipal", "县": "county"}


def _common_start(texts: Sequence[str]) -> str:
    import os

    return os.path.commonprefix(list(texts))


def objected(said: str, reading: Reading, best: Judged, fact_base: Any, chinese: bool) -> str:
    """Why the best candidate, sure enough by its features, is still no answer ('' if
    nothing objects): the question asks of something else the figure is no part of."""
    fact = best.hit.fact
    statistics = fact_base.statistics()
    given = f"the page gives {fact.id} ({fact.display_value()})"
    other = another_body(reading, fact, statistics, article_title(fact_base, fact)) \
        if chinese else ""
    if other:
        # 中信钛业获得了几项国家科技奖: a firm of the page's, of which this figure says nothing
        return f"{given}, of which {other} is no part"
    part = whole_city_asked(reading, fact, fact_base)
    if part:
        # 锦州市有多少年历史, how many merchants are there in Jinzhou: the figure is of a
        # thing in the city (the market, in 凌海) the question does not name
        return f"{given} for {part}, not for the whole city"
    if excluded(reading.folded, fact, statistics):
        # 贷款，除了涉农的，一共多少: the page gives the figure left out, not the rest
        return f"{given}, not what there is besides it"
    premise = false_premise(reading, best, statistics, chinese)
    if premise:
        # 小麦机械化率是99.4%吧, 锦州港有209个泊位吧: the number is the page's, said of
        # something it is not; its figure would seem to confirm it
        return premise
    kind = another_kind(reading, fact, statistics) if chinese else ("", "")
    if not kind[0] and chinese:
        kind = all_of_kind(reading, fact, statistics)
    if kind[0]:
        # 锦州银行普惠小微贷款有多少: the page gives its 涉农贷款, another kind of loan
        return f"the page gives {kind[1]} ({fact.id}), not {kind[0]}"
    part = part_asked(said, fact, statistics)
    if part:
        # …贷了多少款? only the peanut part: a part of the figure the page gives whole
        return f"{given} as a whole, not the part of it for {part}"
    return ""


def considered_of(fact_base: Any, text: str) -> tuple[str, Considered]:
    """A question as ask reads it (the words around the question set aside) and its best
    candidates, judged."""
    from .pinyin import respelled

    statistics = fact_base.statistics()
    # (jinjou: jinzhou; bu-shi bai-fen-bi: bushi baifenbi, set aside as pinyin words;
    # 要金额 not 笔数: 要金额 不要笔数; 搿只船停辣几号泊位, Shanghainese: 这个船停在…)
    typed = unread_set_aside(respelled(english_read(code_switched(unhyphenated(
        dialect_written(text)))), statistics.known), statistics.known, statistics.vocabulary)
    said = set_aside(corrected(without_coda(without_prelude(pointed(relayed(marked(structured(
        unsigned(untold(unprompted(typed)), statistics.known))))), fact_base),
        statistics), statistics), statistics)
    considered = consider(fact_base, said)
    # (…R&D intensity above five percent and revenue above a certain line; what's that
    # revenue line?: what the story names most is no answer to what it asks after it)
    considered = focused(fact_base, said, considered) or considered
    return said, remarked(fact_base, said, considered) or considered


def answer_to(fact_base: Any, text: str, fields: Fields, read: Optional[str] = None) -> Answer:
    """ask's answer to a question `text`, read as `read` where that is given."""
    said, considered = considered_of(fact_base, text if read is None else read)
    chinese = has_chinese(text)
    judged, eligible = considered.judged, considered.eligible
    if considered.features is None:
        closest = tuple({j.hit.fact.id: j.hit.fact for j in judged}.values())[:3]
        return refusal(text, fact_base, fields, 0.0, closest,
                       considered.reason or why_not(considered.reading, judged, fact_base))
    best = eligible[0]
    sure = round(probability(considered.features), 2)
    if considered.tied and sure >= ANSWER:  # it would answer, but not with one fact
        several = (best, *considered.tied)[:4]
        return refusal(text, fact_base, fields, min(sure, 0.5),
                       tuple(j.hit.fact for j in several),
                       "the page gives several: " + ", ".join(
                           describe(j.hit.fact, chinese) for j in several))
    objection = objected(said, considered.reading, best, fact_base, chinese) \
        if sure >= ANSWER else ""
    if objection:
        return refusal(text, fact_base, fields, min(sure, 0.5), (best.hit.fact,), objection)
    if sure >= ANSWER:
        result = AskResult(text, best.hit.fact, sure,
                           tuple(j.hit.fact for j in judged if j is not best)[:3],
                           fact_base.sources, fields)
        return Answer(result)
    closest = tuple(j.hit.fact for j in eligible[:3])
    # the best candidate fits and is in scope: what is missing is the words no fact has, or
    # enough of the question
    # enough of the question; unless a candidate ranked above it is out of scope (the total
    # of what the page gives as added): that is what the question asks about
    above = next((j.why_not for j in judged if j.why_not and j.hit.rank > best.hit.rank), "")
    absent = words_not_on_page(without_places(considered.reading.content,
                                              considered.reading), fact_base.statistics())
    why = above or (f"no figure on the page mentions {'、'.join(absent)}" if absent else
                    f"the closest figure matches too little of the question to be sure "
                    f"({sure:.2f})")
    return refusal(text, fact_base, fields, sure, closest, why)


#: A space between Chinese characters, where a message typed without marks ends a clause
#: (…去锦州那边大集溜达了一圈 那大集老些年了 到底多少年历史啊).
_SPACED = r"(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])"
#: A message's clauses run at least this long before its last; keywords are shorter
#: (哈尔滨 国务院特殊津贴专家几位, 锦州 科技型中小企业 数量: words of one question).
SPOKEN_CLAUSE = 8
#: … or this long, where the speaker begins it (我在营口 …): keywords never begin so.
SELF_CLAUSE = 4
_SELF = frozenset("我俺咱")
_SELF_VERBS = frozenset("在是住从去来做干班作有说想种开跟")


#: Who a reader asks for (奶奶问, 我妈想知道, 她又问, my boss wants to know): the words that
#: pass a question on are no part of it.
_ASKERS_ZH = ("奶奶|奶|爷爷|爷|姥姥|姥爷|外婆|外公|妈妈|老妈|妈|爸爸|老爸|爸|老伴|老婆|老公|媳妇|"
              "丈夫|妻子|儿子|女儿|闺女|孩子|娃|孙子|孙女|外孙|朋友|同事|老板|领导|客户|老师|"
              "同学|邻居|师傅|老乡|哥哥|姐姐|弟弟|妹妹|哥|姐|叔叔|叔|婶|姑|舅|姨|婆婆|公公|"
              "岳父|岳母|老人家|老人|大爷|大妈|他们|她们|他|她|家里人|家人|亲戚|"
              # (as Hokkien and Cantonese say them: 阮孙仔, 阿嬷, 老豆)
              "孙仔|囝仔|阿公|阿嬷|阿妈|阿爸|阿母|阿婆|阿伯|老母|老豆|细路")
_ASKERS = frozenset(_ASKERS_ZH.split("|"))
_RELAYED_ZH = (r"(?:^|(?<=[，,。；;？?！!\s…]))(?:听)?"
               r"(?:我|我们|我家|俺|俺家|咱|咱家|阮|我个|我嘅)?"
               # (侄子, 表姐, 会计: any word 同义词词林 files among people, _someone_said)
               # (有个法国客人问, 一个美国教授客人要查: a guest from elsewhere, _someone_said)
               rf"(?:{_ASKERS_ZH}|(?:有个|有位|有一个|有一位|一个|一位)"
               r"(?P<guest>[\u4e00-\u9fff]{2,6}?)|(?P<someone>[\u4e00-\u9fff]{2,4}?))"
               r"(?:又|还|也|就|一直|老是|总)?"
               r"(?:在)?(?:问|想问|想知道|要知道|要查|想查|让我问|叫我问|托我问|要我问|让我查|叫我查|"
               r"打听|问我|问你|记得|记着|说|讲|以为)(?:了)?(?:我|你|一下|一句)?(?:说)?"
               r"[，,:：\s]*")
_RELAYED_EN = (r"^\s*(?:(?:my|our)\s+(?:grand(?:ma|mother|pa|father)|granny|gran|nan|mum|"
               r"mom|mother|dad|father|wife|husband|son|daughter|kids?|boss|friends?|"
               r"colleagues?|clients?|customers?|teacher|neighbou?r|uncle|aunt(?:ie)?)|"
               r"(?:she|he|they))\s+(?:also\s+|now\s+)?(?:asks|asked|is\s+asking|wants\s+"
               r"to\s+know|wanted\s+to\s+know|wonders|was\s+wondering)(?:\s+me)?"
               r"(?:\s+(?:if|whether))?\s*[,:]?\s*|"
               # (My notes say …; I read that …; a friend told me …: a claim relayed, which
               # the question checks)
               r"^\s*(?:(?:my|our)\s+(?:notes?|records?|sources?|book|guide|files?)\s+"
               r"(?:says?|said|have|has)|according\s+to\s+(?:my|our)\s+(?:notes?|records?)"
               r"\s*,?|(?:i|we)\s+(?:read|hear|heard|was\s+told|were\s+told|remember|recall)|"
               r"(?:someone|somebody|a\s+friend|a\s+colleague|people|"
               # (my friend says, my oga talk say: whoever of the reader's says it)
               # (my team leader say: whoever it is, in a word or two)
               r"(?:my|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)"
               r"\s+(?:told\s+me|said|says|say|talk\s+say|tells\s+me|claims?|reckons?|"
               r"thinks?))"
               r"\s+(?:that\s+)?|"
               # (Our agronomist would like the …, my editor needs …: a request passed on)
               r"^\s*(?:my|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:would\s+like|wants|needs|"
               r"is\s+after|is\s+looking\s+for|asks\s+for|asked\s+for|is\s+asking\s+for)"
               r"(?:\s+to\s+(?:know|see|get|have|check))?\s+")


#: Words that point at one of the figures a question states, by its place (第二个数, 后者,
#: the second one): its index among them, -1 the last.
_POINTERS = ((r"第一个|第1个|头一个|前一个|前面那个|前者|\bthe\s+(?:first|former)\b", 0),
             (r"第二个|第2个|后一个|后面那个|后者|\bthe\s+(?:second|latter)\b", 1),
             (r"第三个|第3个|\bthe\s+third\b", 2),
             (r"最后一个|最后那个|\bthe\s+last\s+(?:one|number|figure)\b", -1))


def pointed(text: str) -> str:
    """A question that states figures in clauses of their own and asks of one of them by
    its place (高新技术企业188家，科技型中小企业856家，第二个数对吗): that clause and the one
    that asks, the others no part of it. Else as typed."""
    if not any(hint in text.lower() for hint in ("第", "前", "后", "最后", "the ")):
        return text
    # (…, young eagle firms 78 - is the first one right?: a spaced dash ends a clause too)
    clauses = [clause for clause in clauses_of(compiled(r"\s+-\s+").sub("; ", text))
               if clause.strip()]
    if len(clauses) < 3:
        return text
    last = clauses[-1]
    stating = [clause for clause in clauses[:-1] if compiled(r"\d").search(clause)]
    if len(stating) < 2 or compiled(r"\d").search(last):
        return text
    for pattern, index in _POINTERS:
        if compiled(pattern, re.I).search(last):
            if index >= len(stating):
                return text
            return f"{stating[index]}，{last}"
    return text


def relayed(text: str) -> str:
    """A question less the words that say whom the reader asks it for (奶奶问大集分了
    几个区 → 大集分了几个区; my boss wants to know …), where something is left."""
    if not any(hint in text.lower() for hint in (
            "问", "問", "知道", "查", "打听", "打聽", "记", "記", "说", "說", "讲", "講", "以为",
            "ask", "know", "wonder", "say", "said", "read", "heard", "told", "recall",
            "remember", "according", "have", "has", "like", "want", "need", "after",
            "looking")):
        return text
    if not text.isascii():  # (阮孫仔問我: traditional characters, read as simplified ones)
        from .forms import simplified

        text = "".join(simplified(char) if char >= "\u3400" else char for char in text)
    kept = compiled(_RELAYED_ZH).sub(_someone_said, text)
    kept = compiled(_RELAYED_EN, re.I).sub("", kept)
    if kept != text:  # (爷爷就问了一句“北镇是哪年”: the words asked, quoted)
        kept = compiled(r"^\s*[“\"「『]([^”\"」』]{2,60})[”\"」』]").sub(r"\1", kept)
    return kept if kept.strip(" ，,。.？?！!") else text


def _someone_said(match: re.Match[str]) -> str:
    """'' for words that pass a question on (我侄子问), the words as typed where the one who
    passes it on is no person (锦州说: a name, not a teller) or, named by no word of
    _ASKERS_ZH, speaks after the question's beginning."""
    group = "someone" if match.group("someone") else "guest"
    someone = match.group(group)
    if someone is None:
        return ""
    # (表姐, 二舅, 小姑: one of the kin above, which of them said before it); where the
    # question begins so only (…,司机说有二十多公里呢,我看报上…: a story's, without_prelude)
    kin = someone[1:] in _ASKERS or someone[2:] in _ASKERS
    # (有个法国客人问…; …，一个美国教授客人要查: a person from a place, whose place is where
    # they are from, not what is asked about; at the question's end too)
    verb = match.string[match.end(group):match.end()]
    from_elsewhere = len(someone) > 2 and a_person(someone[-2:]) and \
        any(asks in verb for asks in ("问", "查", "想知道")) and \
        any(place.start == 0 for place in places_in(someone[:-2]))
    at_end = not match.string[match.end():].strip(" ，,。.？?！!")
    if (match.start() == 0 or at_end and from_elsewhere) and \
            (kin or a_person(someone) or from_elsewhere):
        return ""
    return match.group(0)


def a_person(word: str) -> bool:
    """Whether 同义词词林 files a Chinese word among people (its A classes: 侄子 Ah, kin;
    村支书 Af, occupations; 网友 Aa)."""
    from .tables import lookup

    return any(group.startswith("@A") for line in lookup("synonyms.tsv", word)[:1]
               for group in line.split(","))


#: A clause that takes something as known (…不是有个X嘛, X嘛), then 那 (then) and the
#: question.
_GRANTED = r"^[^，,。？?！!]{2,30}?嘛\s*[，,]?\s*(?=那(?![个些里儿边位家条只艘种])|那么)"


def without_prelude(text: str, fact_base: Any) -> str:
    """A Chinese question less the clauses of the reader's own story it begins with that
    say nothing of the page (我孙子在大陆念书，说锦州这十年科技很厉害，拿到国家科技奖的成果有
    几项: 说锦州这十年科技很厉害，拿到…): clauses that begin with I or we (or go on with what
    someone said: 老板说…, 听说…), ask nothing, name no number nor a place other than the
    page's (我在大连上班，…: where the reader is may be what they ask about), and hold no word
    of the page's (a clause that does may say what is asked about: 听说锦州有个大集); not
    where what is left points back at them (他们那儿, 这样的企业) or is nothing."""
    if "嘛" in text or "不是有" in text:
        # (大集不是有个网红直播区嘛 那大集一共分几个区: what the reader takes as known, then
        # 那 and the question)
        said = compiled(_GRANTED).match(text)
        if said and compiled(ASKING_ZH).search(text[said.end():]):
            return text[said.end():]
    if text[:1] not in _SELF and not introduces_someone(text):
        return text
    known = fact_base.statistics().known
    parts = compiled(_MARKED_CLAUSE).findall(text)
    kept: list[str] = []
    told = 0
    dropped_words = ""  # (what the dropped clauses say; none dropped where it is empty)
    elsewhere = False  # a story clause names a place other than the page's
    home = base_scope(fact_base).home
    for part in parts[:-1]:
        words = part.strip()
        # (前几天, 二十多年了: when and how long, in a teller's words, ask nothing)
        plain = compiled(_OWN_YEARS).sub("", compiled("^" + _STORY_TIME).sub("", words))
        if not (words[:1] in _SELF or not told and introduces_someone(words) or
                told and (compiled(_GOES_ON).match(words) or
                          compiled(_STORY_TIME).match(words))) or \
                compiled(ASKING_ZH).search(plain) or compiled(r"\d").search(plain):
            break
        places = places_in(words)
        ours = [place for place in places if any(code in home for code in place.codes)]
        elsewhere = elsewhere or len(ours) < len(places)
        told += 1
        if _uses_page_words(compiled(_OWN_YEARS).sub("", words), known) or ours:
            # (…，听徒弟说锦州凌海有个大集: what was told, not who told it)
            told_by = compiled("^" + _STORY_TIME).sub("", part.lstrip())
            said = compiled(_GOES_ON).match(told_by) if words[:1] not in _SELF else None
            kept.append(told_by[said.end():] if said is not None else part)
        else:
            dropped_words += part
    rest = "".join(kept + parts[told:])
    asked_part = "".join(parts[told:])
    back = compiled(_POINTS_BACK).search(asked_part)
    # (…，孙子说锦州有个大集，那个大集多少年了: it points back at a clause kept)
    # (…？不是科技型中小企业那个: 'that one', ending the question, points back at nothing)
    following = asked_part[back.end():back.end() + 2].strip(" ?？。.!！") \
        if back is not None else ""
    # (…，没多少人，那个大集有多少年: 'that' of a thing the dropped clauses never named)
    if back is not None and back.group() in ("那个", "这个") and \
            (not following or len(following) == 2 and following not in dropped_words):
        back = None
    if back is not None and back.group() in _THERE_ZH and not places_in(dropped_words):
        back = None  # (有个客人…，躺那儿跟我说…: 'there' of no place the story named)
    if not dropped_words or not asked_part.strip() or back is not None:
        return text
    if elsewhere and not any(any(within(code, area) for code in place.codes for area in home)
                             for place in places_in(rest)):
        # (我在大连上班，高新技术企业有多少家: Dalian's, perhaps; 我们柳州人…听说凌海翠岩那个
        # 大集…: the page's market, in a county of its city, within the page's place)
        return text
    return rest


def introduces_someone(text: str) -> bool:
    """Whether a text begins by bringing in someone of the reader's story (有个客人是大学老师,
    有位老乡说, 有一个朋友在…): a word 同义词词林 files among people, after 有个."""
    found = compiled(_SOMEONE_BROUGHT_IN).match(text)
    return found is not None and a_person(found.group(1))


#: Someone brought into a story (有个客人是…, 有位老乡说…), then what they are or did.
_SOMEONE_BROUGHT_IN = (r"有(?:一)?[个位名]([\u4e00-\u9fff]{2,3}?)"
                       r"(?:是|在|说|讲|跟|和|问|告诉|就|也|还|刚|来|去)")


#: A clause of the reader's that begins with one of their family or friends (孙女在那边读书:
#: my granddaughter), not with I.
_KIN_FIRST = rf"(?:{_ASKERS_ZH})(?!们)(?=[在是住从去来做干说想也就都还刚又已])"


def without_coda(text: str, statistics: Any) -> str:
    """A Chinese question less the clauses of the reader's own it ends with that say
    nothing of the page (…拿过国家级的大奖啊，我孙子说很厉害): clauses after the one that
    asks, that begin with I or we, ask nothing, name no number and hold no word of the
    page's (…，我要女子的 narrows what is asked: kept)."""
    if not has_chinese(text):
        return text
    parts = compiled(_MARKED_CLAUSE).findall(text)
    kept = len(parts)
    while kept > 1:
        words = parts[kept - 1].strip()
        said = words.rstrip("？?。.！!")
        if len(said) > _STATED_LENGTH:  # (我们社长跟人打赌呢: 呢 of what goes on, no asking)
            said = said.rstrip("呢")
        # (…，我哪知道哇: a question that asks nothing; …，打错了你别笑话: the reader's
        # excuse, to whoever answers)
        said = compiled(_RHETORICAL).sub("", said)
        excuse = compiled(_EXCUSE).search(said) is not None or \
            compiled(_PRAISE).fullmatch(said.strip(" ~～")) is not None
        if compiled(r"\d").search(words) or places_in(words) or \
                _uses_page_words(words, statistics.known):
            break
        # (…有多远啊，打车划不划算？: a question of the reader's own after one the page
        # answers, in none of the page's words, yes or no: asked of no figure)
        own = kept == len(parts) and compiled(_YES_OR_NO).search(said) is not None
        if (not (words[:1] in _SELF or excuse or compiled(_KIN_FIRST).match(fold_text(words)))
                or compiled(ASKING_ZH).search(said)) and not own:
            break
        kept -= 1
    before = "".join(parts[:kept])
    simple = fold_text(before)  # (幾位: asked in traditional characters too)
    # (…是24个还是42个，我记不得了: a choice offered asks too)
    if kept == len(parts) or not (compiled(ASKING_ZH).search(simple) or "还是" in simple or
                                  compiled(_A_NOT_A_REACHED).search(simple)):
        return text
    return before


#: A yes-or-no question (划不划算, 好不好, 贵吗): A-not-A or 吗 at its end, no word that
#: asks an amount.
_YES_OR_NO = (r"^(?!.*(?:多少|几|多大|多远|多久|哪))"
              r"(?:.*([\u4e00-\u9fff])不\1|.*(?:吗|么|嘛|没有)$)")
#: Questions that ask nothing (我哪知道, 谁晓得): the reader's shrug; and a question put to
#: the reader (孙子写作业问我), which they pass on.
_RHETORICAL = r"(?:我|俺)?(?:哪|哪里|哪儿|咋|谁)(?:知道|晓得|懂|记得|会)|问(?:我|俺)"
#: The reader's excuse to whoever answers (打错了你别笑话, 见笑了, 别嫌我烦).
_EXCUSE = r"(?:你|您)?(?:别|不要|莫)(?:笑话|笑我|见怪|介意|嫌弃|嫌我|生气)|见笑|献丑|打扰了"
#: The reader's praise of what they ask about (倍儿厉害那种, 老牛了, 特别了不起的): a remark.
_PRAISE = (r"(?:(?:倍儿|贼拉|贼|巨|超级|超|特别|非常|很|挺|蛮|老|可|真|忒|太|相当|十分|好)?"
           r"(?:厉害|牛逼|牛气|牛|了不起|不得了|优秀|出色|棒|强|能干|有本事|有水平|拔尖)"
           r"(?:了|的)?(?:那种|那样|那些|那帮|那号)?)+[啊呀吧哦哈的]*")
#: A clause of the reader's longer than this is a statement where it ends in 呢 (我们社长跟人
#: 打赌呢); a short one asks (我们大连呢).
_STATED_LENGTH = 6
#: A figure checked, A-not-A (到没到95%, 有没有90家, 超没超过).
_A_NOT_A_REACHED = r"(?:到|超|过|够|有)[没不](?:到|超|过|够|有)"
#: A Chinese clause with the marks that end it (what without_prelude and without_coda
#: drop or keep whole, and join again).
_MARKED_CLAUSE = r"[^，,；;。！!？?]+[，,；;。！!？?]*"
#: What goes on with what the reader's clause began (…，说锦州…; 讲…; 听说…).
_GOES_ON = r"[\u4e00-\u9fff]{0,3}?(?:说|讲|讲过|说过|听说|告诉我|說|講|聽說)"
#: When a teller's story goes on (…，前两天儿子给我念报纸，…).
_STORY_TIME = r"(?:前两天|前几天|前天|昨天|昨儿|上周|上礼拜|上个月|那天|有一天|今天|今儿|最近|刚才)"
#: How long a teller has done something (卖熏鸡20多年了, 种了四十多年地了, 今年70岁): no
#: figure of the page.
_OWN_YEARS = r"(?:\d+|[一二两三四五六七八九十百]+)多?(?:年[\u4e00-\u9fff]{0,2}?了|岁了?|年$)"
#: Chinese words that point back at what was told before (他们, 这个, 那里): what follows
#: is not read apart from it (focused's _BACK_TO_STORY, without_prelude's _POINTS_BACK).
_BACK_ZH = r"他们|她们|这个|那个|这些|那些|这家|那家|那里|那儿"
#: Words that point back at a place (那里, 那儿, 当地).
_THERE_ZH = frozenset(("那里", "那儿", "那边", "当地"))
#: Words that point back at what was said before (他们那儿, 这样的企业, there).
_POINTS_BACK = (rf"{_BACK_ZH}|那边|当地|它们|[他她它](?!说)|这样的|这种|同样|"
                # (我在信用社上班，我们去年…: the reader's own, which the story says)
                r"我们|俺们|咱们|我家|俺家|咱家|我市|我县|我区|我行|本地|本行")


#: What a reader says to take back what they just asked (说错了，是市级的; 不对，是义县;
#: sorry, I meant …): what follows is asked instead (不对 of 对不对 is no correction, nor a
#: doubt of the page's: 是不是写错了, 写错了吧 — what follows it is the reader's guess).
_CORRECTION = (r"(?:(?<!是不是)(?<!是否)(?<!会不会)(?<!有没有)(?<!不是)(?<!可能)"
               r"(?:说错了|打错了|写错了|问错了)(?![吧吗么嘛没?？])|"
               r"(?<![对是])不对(?![吧吗啊呀])|哦不|不不|更正一下|"
               r"纠正一下|\bsorry,?\s+i\s+meant?\b|\bcorrection\b|\bwait,?\s+no\b|"
               r"\bscratch\s+that\b|\bactually,?\s+i\s+meant?\b)\s*[,，:：。.!！]?\s*")
#: How the words after a correction begin (是义县, 我问的是…, I meant the …).
_CORRECTED_TO = (r"^(?:我想问的是|我问的是|我是说|我说的是|应该是|其实是|是|"
                 r"\b(?:it'?s|it\s+is|i\s+meant?|the)\b)\s*")


def corrected(text: str, statistics: Any) -> str:
    """A question whose reader took back what they asked, as asked after the correction:
    a place or a level said again replaces the one before it (黑山县哪年认定的？不对，是义县:
    义县哪年认定的); words that ask of their own, or a thing said alone, are the question
    (…，哦不，我问的是它的船长: its captain, of which the page says nothing). Else, or where
    the correction leaves nothing to ask about, the text as typed."""
    found = None
    if any(hint in text for hint in ("错", "不", "orr", "ean", "ait", "cratch", "ctual")):
        found = compiled(_CORRECTION, re.I).search(text)
    if found is None or not found.start() or not text[found.end():].strip(" ?？。.!！"):
        return text
    before = text[:found.start()].rstrip(" ，,。.；;")
    after = compiled(_CORRECTED_TO, re.I).sub("", text[found.end():].strip()).strip()
    new_places, old_places = places_in(after), places_in(before)
    if new_places and old_places:
        return before.replace(old_places[-1].text, new_places[0].text)
    for level, pattern in LEVELS.items():
        said = compiled(pattern).search(after)
        if said is None:
            continue
        others = [other for name, other in LEVELS.items() if name != level]
        replaced = compiled("|".join(others)).sub(said.group(), before)
        if replaced != before:
            return replaced
    return after if asked(after, statistics).query.items else text


#: What a reader sets aside as no part of the question (提升类先不管, 不是科技型中小企业喔,
#: …, not the R&D ratio; never mind the soybeans): a topic dropped, not a part taken out of
#: a count (不算, 除了: excluded() reads those: the page gives no rest).
_SET_ASIDE_ZH = (r"(?:^|(?<=[，,。；;？?！!\s]))"
                 # X先不管, X不用管, X别管, X不考虑, X先不说, X放一边 (a clause of its own)
                 r"(?:[^，,。；;？?！!\s]{2,14}?)(?:类|的|那类|那些|那个|这类|这个)?"
                 r"(?:就|先|暂且|暂时|可以)?(?:不用管|不管|别管|不用考虑|不考虑|先不说|不用说|"
                 r"不说|不谈|放一边|放一放|不用问|不问)(?:了|啦|哈|吧)?"
                 r"(?=$|[，,。；;？?！!\s])|"
                 # …，不是X喔, … 不要钱数, … 不是多少个品牌: the reader says which one is
                 # not meant, at the end (not 不是吗, which asks); (不是雏鹰那档): between
                 # brackets, anywhere
                 # (and as Cantonese says them: 唔系品牌, 唔要年份, 唔好俾营收门槛我)
                 # (…要batch number唔系年份: after a word of Latin letters too)
                 r"(?:^|(?<=[，,。；;？?！!\sA-Za-z]))(?:但|可|而)?(?:唔该)?"
                 r"(?:不是|不要|不用|不问|别|唔系|唔係|唔要|唔好|唔使)(?!把)\s?"
                 # (…？不是 钱: one character, spaced, is a thing not meant too)
                 r"[^，,。；;？?！!\s]{1,14}?(?<![吗吧么])"
                 r"(?:喔|哦|噢|啊|呀|哈|啦|呢|哟)*[。.!！?？\s]*$|"
                 r"[(（]\s*(?:不是|不要|别算|并非|非(?!常)|不含|不算|不问|不用问|别问|"
                 r"不用)[^()（）]{1,14}[)）]|"
                 # (距離ではなく), 割合じゃなくて、: Japanese says what is not meant so
                 r"[(（][^()（）]{1,14}?" + JAPANESE_NOT + r"[^()（）]{0,3}[)）]|"
                 r"(?:^|(?<=[、，,。；;？?！!\s]))[^、，,。；;？?！!\s]{1,14}?(?:では|じゃ)なく(?:て)?"
                 r"[、，,]|"
                 # (开了多少年了不是问离多远: what is not asked, ending the question, with
                 # no comma before it)
                 r"(?:^|(?<=[\u4e00-\u9fff，,。；;？?！!\s]))(?:我|俺)?(?:不是|并不是|不)问\s?"
                 r"[^，,。；;？?！!\s]{1,14}?[。.!！?？\s]*$|"
                 # 我不是问哪年，是问办了几回: what is not asked, before what is (a clause)
                 # (年货节我不是问哪年: after the topic, begun with I)
                 r"(?:^|(?<=[，,。；;？?！!\s])|(?<=[\u4e00-\u9fff])(?=[我俺]))(?:我|俺)?"
                 r"(?:不是|并不是|没|不)(?:要|想)?问(?:的是)?"
                 r"[^，,。；;？?！!\s]{1,12}\s*[，,；;]\s*(?:我|俺)?(?:是|而是|就是|只是)?"
                 r"(?:要|想)?问(?:的是)?|"
                 # (我想问的是钱数不是场次哈，…: what is meant, then what is not, ending a
                 # clause before the question goes on)
                 r"(?<=[\u4e00-\u9fff])(?<![是就])(?:而)?不是(?![说吗吧])[^，,。；;？?！!\s\d]{1,6}?"
                 r"(?:哈|啊|呀|喔|哦|啦)?(?=[，,；;])|"
                 # (我不关心它多少吨，…: what the reader cares nothing for, a clause of its
                 # own before what is asked)
                 r"(?:^|(?<=[，,。；;？?！!\s]))(?:我|俺)?(?:并|也|倒|才)?(?:不关心|不在乎|"
                 r"不在意|不感兴趣|懒得管|无所谓)[^，,。；;？?！!\s]{0,14}[，,；;]|"
                 # …，箱子不要, 年份不用: the kind not wanted, said first (telegraphic)
                 r"(?:^|(?<=[，,。；;？?！!\s]))[^，,。；;？?！!\s]{1,8}?(?:就)?(?:不要|不用|"
                 r"不需要)(?:了|啦|哈|吧)?[。.!！?？\s]*$|"
                 # (花生那些), (像稻子之类的): examples between brackets, no part of what
                 # is asked
                 r"[(（][^()（）]{1,12}?(?:那些|那种|这些|这种|之类的?|什么的|等等|等|啥的)"
                 r"[)）]|"
                 # what the reader already has (水稻和玉米我记下了, 我已经知道水稻的了): a
                 # clause of its own, no part of what is asked
                 r"(?:^|(?<=[，,。；;？?！!\s]))[^，,。；;？?！!\s]{2,14}?(?:我|俺)(?:已经|都|早)?"
                 r"(?:记下|记好|记住|抄下|知道|查到)了(?:的)?[^，,。；;？?！!\s]{0,2}"
                 r"(?=$|[，,。；;？?！!\s])|"
                 r"(?:^|(?<=[，,。；;？?！!\s]))(?:我|俺)(?:只|已经|都|早)?"
                 r"(?:记下了|记了|记住了|抄下了|知道了|查到了)[^，,。；;？?！!\s]{2,14}?"
                 r"(?=$|[，,。；;？?！!\s])|"
                 # what the reader says of a place, between commas (北镇，产葡萄的那个地方，):
                 # a description, not what is asked
                 r"(?<=[，,])\s*(?:就是)?[^，,。；;？?！!\s]{1,10}?的?(?:那个|那)?地方(?=[，,])")
#: One thing kept and another set aside in one breath (only the hundred level, not the
#: thousand level): the first.
_ONLY_NOT = (r"(\bonly\s+(?:the\s+)?[^,;:.?!]{2,30}?)\s*,?\s+(?:and\s+|but\s+)?not\s+"
             r"(?:the\s+)?[^,;:.?!]{2,30}?(?=$|[,;:.?!])")
#: What a reader asks not to be counted in, by name (不要把新增的省级双创载体算进去).
_NOT_COUNTED_IN = (r"[，,；;。]?\s*(?:但|可|并且|而且)?(?:请|麻烦)?"
                   r"(?:不要|别|不用|不必|甭|千万别)把"
                   r"([^，,。；;？?！!]{2,16}?)(?:也)?算(?:进去|进来|上|在内|里面|在里面)"
                   r"(?:了|啊|哦|喔|哈)?(?=$|[，,。；;？?！!\s])")
#: Which kind of figure the reader wants, said apart (…? I need the ordinal, just the
#: distance please): the kind alone is kept, the words around it are no part of what is asked.
_KIND_WANTED = (r"(?:^|(?<=[,;:.?!—–]))\s*(?:i\s+(?:only\s+|just\s+)?(?:need|want)|"
                r"give\s+me|just|only)\s+(?:the\s+|a\s+)?(ordinal|number|figure|"
                r"percentage|percent|year|count|total|amount|distance|date|rank)"
                r"(?:\s+(?:please|pls|only|thanks))?\s*(?=$|[,;:.?!—–])")
_SET_ASIDE_EN = (r"(?:^|(?<=[,;:.?!—–(])|(?<=\s-)|(?<=\bplease)|(?<=\bpls)|(?<=\bplz)|"
                 # (the money one not the pct: one kind, then the other not meant)
                 r"(?<=\bone)|(?<=\bones)|"
                 # (in yuan not the percent, in TEU not tonnes: the unit wanted, then not)
                 r"(?<=\byuan)|(?<=\brmb)|(?<=\bcny)|(?<=\bteu)|(?<=\btonnes)|(?<=\btons)|"
                 r"(?<=\bpercent)|(?<=\bkm)|"
                 # (da chuan bu yao dun, yao xiangzi shu: pinyin typed without a comma
                 # before it, a word or two set aside before one)
                 r"(?<=\s)(?=(?:bu\s?yao|bu\s?shi)\s+[a-z]+(?:\s+[a-z]+)?\s*,))"
                 r"\s*(?:but\s+|and\s+)?"
                 r"(?:(?:not|no)\s+(?:the|its|their|that|a|an|any|d|how)\s+|"
                 # (…, bu yao qianren de; bushi dianxing de: 不要, 不是 typed in pinyin)
                 r"(?:bu\s?yao|bu\s?shi|bu\s?yong|bie)\s+(?=[a-z])|"
                 # (I'm not asking (about) the year: what the reader does not ask)
                 r"(?:(?:i'?m|i\s+am|i\s+was|we'?re)\s+)?not\s+asking\s+(?:about\s+|for\s+)?"
                 r"(?:the\s+)?|"
                 # (not after the tonnage, don't need the year: what the reader is not after)
                 r"(?:(?:i'?m|i\s+am|we'?re)\s+)?(?:not\s+(?:after|looking\s+for|interested\s+in)|"
                 r"(?:i\s+|we\s+)?(?:don'?t|do\s+not)\s+(?:need|want))\s+(?:the\s+)?|"
                 # (…, not percent; (not number of events): a kind of figure, bare
                 r"not\s+(?=(?:percent(?:age)?s?|years?|dates?|counts?|numbers?|amounts?|"
                 r"money|sums?|ordinals?|ranks?|distances?|totals?|tonnage|capacity|"
                 r"editions?|batch(?:es)?)\b)|"
                 # (…, no percentages please: a kind of figure not wanted)
                 r"no\s+(?=[a-z-]{3,}s\b)|"
                 # (…, not teu; not brands or products; (not young eagle): a word or two,
                 # then the clause ends)
                 r"not\s+(?=[a-z]{2,}(?:\s+(?:(?:or|and|nor)\s+)?[a-z]{2,})?\s*(?:$|[,;:.?!—–)]))|"
                 r"never\s*mind\s+(?:about\s+)?(?:the\s+)?|"
                 r"forget\s+(?:about\s+)?(?:the\s+)?|ignore\s+(?:the\s+)?|"
                 # what the reader already has (I only noted the rice and maize; I've
                 # already got the soybean one)
                 r"i(?:'ve|\s+have)?\s+(?:only\s+|already\s+|just\s+)?(?:noted(?:\s+down)?|"
                 r"wrote\s+down|written\s+down|jotted\s+down|took\s+down|copied\s+down|"
                 r"got\s+down|(?<=already\s)(?:have|know|got))\s+(?:the\s+)?)"
                 r"(?:%|[^,;:.?!—–()]{2,40}?)\s*(?=$|[,;:.?!—–)])|"
                 # what the reader says of a place, between commas (Beizhen, the grape place,)
                 r"(?<=,)\s*the\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+(?:place|town|city|county|area)"
                 r"\s*(?=,)")


#: The words that keep one of the things a question names (只要, just want).
_KEEPING_ZH = r"只要|只问|只看|只想知道|就要|就问"
_KEEPING_EN = r"\b(?:only|just)\s+(?:want|need|asking\s+about|care\s+about)\b"
#: A last clause that keeps one of the things asked about (雏鹰 vs 瞪羚，只要雏鹰的数; are
#: there more rice or soy beans? just give me the rice %): that thing is what is asked.
_KEEP_ONLY_ZH = (r"(?:^|(?<=[，,。；;？?！!\s])|(?<=[\u4e00-\u9fff])(?=[我俺]))(?:我|俺)?"
                 # (两个数里我只要瞪羚的: after the things, begun with I)
                 rf"(?:{_KEEPING_ZH}|"
                 # (…，先把玉米那个数告诉我; 先要载重那个: the one wanted first)
                 r"先要|先把|先说|先问|先给我|先告诉我)"
                 r"([^，,。；;？?！!\s]{2,12}?)[。.!！?？\s]*$")
_KEEP_ONLY_EN = (r"(?:^|(?<=[,;:.?!—–]))\s*(?:but\s+)?(?:just|only)\s+(?:give\s+me\s+|"
                 r"tell\s+me\s+|want\s+|need\s+)(?:the\s+)?([^,;:.?!—–]{2,40}?)\s*[.?!]*$")


def kept_only(text: str, statistics: Any) -> str:
    """The thing a question's last clause keeps of those it asks about, read alone, where
    it names something the page has; else ''."""
    if not any(hint in text.lower() for hint in ("只", "就要", "就问", "先", "just", "only")):
        return ""
    found = compiled(_KEEP_ONLY_ZH).search(text) or compiled(_KEEP_ONLY_EN, re.I).search(text)
    if found is None or found.start() == 0:
        return ""
    # (玉米那个数告诉我: the thing; 'that number, tell me' asks it of whatever kind)
    kept = compiled(r"(?:(?:那个|这个|的)?数字?)?(?:告诉我|给我|说说|说一下)?$").sub(
        "", found.group(1))
    if not compiled(r"[^一二两三几个那这的\s]").search(kept):
        kept = found.group(1)  # (就要一个数: a kind, no thing; read below)
    from .question import colloquial_levels, wants_matches

    kinds = [span for _, span in wants_matches(kept.lower())]
    if kinds and not "".join(char for i, char in enumerate(kept) if not any(
            start <= i < end for start, end in kinds)).strip(" 的那个这一"):
        # (北镇是哪一年认定的？我只要年份: the kind of figure asked, no thing kept; the
        # question asks it, before)
        return f"{text[:found.start()]} {kept}"
    if not asked(kept, statistics).query.items:
        return ""
    if not compiled("|".join(LEVELS.values())).sub("", colloquial_levels(kept)).strip(" 的"):
        # (…，只要市级: a level of what the question asks, read with it; 科技奖有国家级、
        # 省级、市级三个数，我只要市级的: the other levels it named before are not asked)
        return _other_levels_dropped(text[:found.start()], colloquial_levels(kept))
    # (the places and years the rest names are still the question's scope: 大连的雏鹰和
    # 瞪羚，只要雏鹰的数 asks Dalian's)
    scope = [place.text for place in places_in(text[:found.start()])] + \
        compiled(r"(?:19|20)\d{2}年?|今年|去年|前年").findall(text[:found.start()])
    return " ".join([*dict.fromkeys(scope), kept])


def _other_levels_dropped(before: str, kept: str) -> str:
    """The words before a clause that keeps one level (只要市级的), less the other levels
    they name, with the kept level; '' where they name no other."""
    for level, pattern in LEVELS.items():
        if compiled(pattern).search(kept) is None:
            continue
        others = "|".join(other for name, other in LEVELS.items() if name != level)
        dropped = compiled(others).sub(" ", before)
        if dropped == before:
            return ""
        return f"{dropped.rstrip(' ，,、;；')} {kept}"
    return ""


def set_aside(text: str, statistics: Any) -> str:
    """A question without what its reader sets aside (产学研联盟典型那类有几家，提升类先不管:
    典型那类有几家), where something is left to ask; or, where its last clause keeps one
    of the things asked about (只要雏鹰的数), that one; else the text as typed."""
    kept = kept_only(text, statistics)
    if kept:
        return kept
    lowered = text.lower()  # (Not the revenue., NOT ANY PERCENTAGE)
    if not any(hint in lowered for hint in ("不", "别", "甭", "唔", "放一", "not", "mind", "orget",
                                            "gnore", "了", "down", "noted",
                                            "already", "地方", "place", "town", "city",
                                            "county", "area", "need", "want", "just", "only",
                                            "give", "(", "（", "no ", "bu", "bie", "なく")):
        return text
    kept = compiled(_SET_ASIDE_ZH).sub("", text)
    if "问的是" in kept:  # (问的是批次不是年份: the kind asked, then the kind not)
        kept = compiled(r"(问的是[^，,。；;？?！!\s]{1,8}?)(?:而)?不是[^，,。；;？?！!\s]{1,8}"
                        r"[。.!！?？\s]*$").sub(r"\1", kept)
    if "no." in lowered or "nos." in lowered:  # (not no. of events: the number of them)
        kept = compiled(r"\b([Nn])os?\.\s*(?=of\b)").sub(r"\1umber ", kept)
    kept = compiled(_SET_ASIDE_EN, re.I).sub("", kept)
    if kept != text and "asking" in lowered:  # (…, I'm asking how many times: what is)
        kept = compiled(r"[,;]?\s*\b(?:(?:i'?m|i\s+am|i\s+was)\s+)?asking\s+(?:about\s+|for\s+)?",
                        re.I).sub(" ", kept)
    kept = compiled(_KIND_WANTED, re.I).sub(r" \1", kept)
    # (only hundred level not the thousand level: the one kept, the other set aside)
    kept = compiled(_ONLY_NOT, re.I).sub(r"\1", kept)
    for left in compiled(_NOT_COUNTED_IN).finditer(kept):
        # (…省级科技创新平台数量，不要把新增的省级双创载体算进去: another thing than the one
        # asked, which a reader keeps apart; a level or a part of it (不要把国家级的算进去)
        # is what excluded() reads: the page gives no rest)
        rest = kept[:left.start()] + kept[left.end():]
        named = compiled("|".join(LEVELS.values())).sub(" ", left.group(1))
        words = compiled(r"[\u4e00-\u9fff]{2,}").findall(named)
        pairs = {word[i:i + 2] for word in words for i in range(len(word) - 1)}
        if any(pair in statistics.known and pair not in rest for pair in pairs):
            kept = rest
            break
    if kept == text or not asked(kept, statistics).query.items:
        return text
    return kept


#: A query a program composed: key=value pairs, SQL, a call (intent=get_figure;
#: subject=技术合同成交额; year=2021 — SELECT count FROM talents WHERE title='…' —
#: count(new_carriers_2022, city=Jinzhou)).
_PAIR = r"\b([A-Za-z_]+)\s*=\s*(?:'([^']*)'|\"([^\"]*)\"|([^;,&)\s]+))"
_SQL = r"^\s*select\b.*\bfrom\b"
_CALL = r"^\s*(?:[A-Za-z]+\s*:\s*)?([A-Za-z_]+)\s*\((.*)\)\s*[?？]?\s*$"
#: Keys whose values say nothing of what is asked.
_NO_CONTENT_KEYS = frozenset(("intent", "format", "lang", "language", "output", "type",
                              "mode", "limit", "sort", "order", "api", "version"))
#: Keys whose values are a year or a period.
_WHEN_KEYS = frozenset(("year", "yr", "period", "date", "time"))
#: What a composed query counts with (SELECT count, count(…)): it asks how many.
_COUNTING = frozenset(("count", "sum", "total", "number"))


#: A reader's sorry, after asking (sorry my chinese is not so good; 不好意思，打扰了), as
#: against the sorry that corrects what was asked (sorry, I meant …).
_SORRY = (r"^\s*(?:sorry\b(?!,?\s+(?:i|i'?ve|i\s+have)\s+(?:meant?|got|mixed|muddled)\b)|"
          r"apolog(?:ies|i[sz]e)\b|pardon\b|forgive\b|excuse\s+(?:me|my)\b|"
          r"不好意思|抱歉|对不起|见谅)")
#: A sentence a reader signs off with after asking (I wish to confirm before our meeting;
#: Thanks!; 谢谢; 我写报告要用), or says sorry with (sorry my chinese is not so good;
#: 不好意思打扰了): about them, not what is asked (sorry, I meant … corrects it).
_SIGN_OFF = (r"^\s*(?:i\b(?!\s+mean)|i'[a-z]+\b|we\b|we'[a-z]+\b|my\b|our\b|thanks?\b|"
             r"thank\s+you\b|cheers\b|regards\b|rgds\b|much\s+appreciated\b|"
             r"我(?:得|需要|们要|写|做|在|好)|谢谢|多谢|感谢|麻烦(?:了|你|您)|辛苦)|"
             + _SORRY)
#: What the reader wants the answer for, after the question (我好跟她们说…, 好让…, so I can
#: tell …): a sentence of their own, whatever question words it holds.
_PURPOSE = (r"^\s*(?:我好|我才好|俺好|咱好|好让|好叫|以便|方便我|"
            r"so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|know)\b)")
#: What makes a sentence ask or state something after all (a question word, a number).
_NO_SIGN_OFF = (r"[?？\d]|多少|几|什么|啥|哪|吗|\bhow\b|\bwhat\b|\bwhich\b|\bwhen\b|"
                r"\bwhere\b|\bis\s+(?:it|that)\b|\bwas\s+it\b|\bor\b|"
                # (…, I only want the oil crops one: which of the figures is asked)
                r"\b(?:only|just)\s+(?:want|need)\b|只要|就要")


#: A role or part of a prompt written for a chatbot (System:, User:, Task:, Q:), at the start
#: or after a sentence: the words after the last that asks are the question.
_PROMPT_ROLE = (r"(?:^|(?<=[.!?。！？\s]))(system|user|assistant|human|ai|bot|task|a|answer|"
                r"instructions?|prompt|query|question|q|input|context|context\s+only)"
                r"\s*[:：]\s*")
_ROLES_ASKING = frozenset(("user", "human", "task", "prompt", "query", "question", "q", "input"))
#: What a prompt's first words may say of the answer's form before the question (Answer
#: with a single number: …; In one figure: …; Return JSON like {"year": …} for …).
_FORM_FIRST = (r"^\s*(?:please\s+|pls\s+)?(?:(?:answer|reply|respond|return|output|give|"
               r"format)\b[^:：{]{0,30}?(?:json|number|figure|word|line|value|digits?)"
               r"(?:\s+(?:only|like\s+\{[^{}]*\}))?|in\s+(?:one|a\s+single)\s+(?:figure|"
               r"number|word|line|sentence))\s*(?:[:：]|\bfor\b|\babout\b|\bwith\b)\s*")
#: A sentence of a prompt that says how to answer, not what (You are a helpful assistant.
#: Act as a data analyst. Reply with the number only. Answer in one line.).
_HOW_TO_ANSWER = (r"^\s*(?:(?:please\s+|pls\s+)?(?:you\s+are|you're|act|pretend|behave)\s+"
                  r"(?:as\s+|to\s+be\s+)?(?:an?|the|my)\s+[\w\s-]{1,40}|"
                  r"(?:please\s+|pls\s+)?(?:answer|reply|respond|return|output|format|write|"
                  r"give\s+(?:the\s+)?answer|keep\s+it|be)\b[^.!?。！？]{0,40}?\b(?:one\s+line|"
                  r"one\s+word|one\s+sentence|single\s+(?:number|figure|line|word|value)|"
                  r"(?:numbers?|figures?|digits?|values?)\s+only|only\s+(?:the\s+)?"
                  r"(?:numbers?|figures?|values?)|json|briefly|brief|concise|short|plain\s+text|"
                  r"no\s+explanation|english|chinese)\b[^.!?。！？]{0,20}|"
                  r"请(?:只|仅)?(?:用|以)?(?:一句话|一个数字|数字|中文|英文)(?:回答|作答)|"
                  r"你是一(?:个|位|名)[^，,。.!！?？]{1,20})\s*[.!。！]*\s*$")


def english_read(text: str) -> str:
    """A question with its Spanish, French or Portuguese words in English
    (forms.from_foreign), and its question and function words of Hinglish, Nigerian Pidgin,
    Turkish and Vietnamese (forms.from_question_words), before the rules that read how it
    asks (…, pas les prix: not the prizes, set aside)."""
    if not any("a" <= char <= "z" for char in text):
        return text
    from .forms import asking_language, from_foreign, from_question_words

    language = asking_language(text)
    read = from_question_words(text, language)
    # (Turkish and Vietnamese: their question words only, no Spanish or French of theirs)
    return read if language else from_foreign(read)


#: A greeting a message opens with (Good afternoon. Hello, Dear team, 您好，), no part of
#: what it asks.
_GREETING = (r"^\s*(?:(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|hey|greetings|"
             r"howdy|hiya|dear\s+[\w\s]{1,30}?|bonjour|hola|ni\s*hao|"
             r"sawa?s(?:dee|di)(?:\s+(?:ka|kha|krub|khrap))?|salaam|namaste|kumusta|"
             r"selamat\s+(?:pagi|siang|sore|malam))\b(?:\s+there)?"
             r"(?:\s+(?:all|everyone|team|folks|sir|madam))?\s*[,.!:;—–-]+\s*)")
#: A sentence a reader tells of themselves before asking (I'm preparing a talk on …; We
#: run a small farm.): begins with I or we, names no number; not a claim it passes on (I
#: heard that …: relayed() reads it).
_TELLING = (r"^\s*(?:i|i'm|i\s+am|i've|we|we're|we\s+are|my|our)\b"
            r"(?!\s+(?:hear|heard|read|was\s+told|were\s+told)\b)[^\d?？]*[.!。！]\s*")
#: Words of a question that point back at what was told (there, it, they, that city).
_BACK_EN = r"\b(?:there|it|its|they|their|them|that\s+(?:city|place|one)|here|this)\b"


def untold(text: str) -> str:
    """A question in English less the greeting it opens with and the sentences about its
    reader before it (Good afternoon. I'm preparing a gallery talk on … in north-east
    China. Could you tell me … in Jinzhou …?), where what is left asks on its own: names
    a place of its own or points back at nothing told. Else as typed."""
    if not text.isascii():
        return text
    rest = compiled(_GREETING, re.I).sub("", text, count=1)
    told = compiled(_TELLING, re.I).match(rest)
    while told is not None and told.end() < len(rest):
        after = rest[told.end():]
        if compiled(_BACK_EN, re.I).search(after) and not places_in(after):
            break
        rest = after
        told = compiled(_TELLING, re.I).match(rest)
    return rest if rest.strip() else text


#: The names that wake a voice assistant, said before a question (the products' own).
_WAKE_WORDS = (r"^\s*(?:小度小度|小度|小爱同学|天猫精灵|小艺小艺|你好小艺|小布小布|小布|嘿\s*siri|"
               r"hey\s+siri|siri|ok\s+google|okay\s+google|hey\s+google|alexa|hey\s+alexa|"
               r"hey\s+cortana|cortana|hi\s+bixby|bixby)[\s,，.。!！:：]+")
_WAKE_STARTS = frozenset("小天你嘿hHsSoOaAcCbB")


def unprompted(text: str) -> str:
    """A question as a reader wrote it for a chatbot, as asked: without the roles of its
    parts (System: answer in one line. User: deadweight of the Zhonggu Fuzhou? → the
    user's part) and its sentences on how to answer (You are a helpful assistant; reply
    with the number only). Where nothing would be left, the text as typed."""
    if text[:1] in _WAKE_STARTS:
        # (小度小度 …, Hey Siri, …: a voice assistant called by name, no word of the question)
        text = compiled(_WAKE_WORDS, re.I).sub("", text, count=1) or text
    lowered = text.lower()
    if not any(hint in lowered for hint in (":", "：", "you", "act", "answer", "reply", "respond",
                                            "return", "output", "format", "give", "in one",
                                            "in a single", "请", "你是")):
        return text
    rest = text
    roles = list(compiled(_PROMPT_ROLE, re.I).finditer(rest))
    if roles:
        asking = [role for role in roles if role.group(1).lower() in _ROLES_ASKING]
        if asking and (len(roles) > 1 or roles[0].start() == 0):
            last = asking[-1]
            following = next((role for role in roles if role.start() > last.start()), None)
            rest = rest[last.end():following.start() if following else len(rest)]
    rest = compiled(_FORM_FIRST, re.I).sub("", rest, count=1)
    sentences = [part for part in compiled(
        r"[^.!?。！？]*[.!?。！？]+|[^.!?。！？]+$").findall(rest) if part.strip()]
    kept = [part for part in sentences if not compiled(_HOW_TO_ANSWER, re.I).match(part)]
    rest = "".join(kept).strip() if kept else rest.strip()
    # (…联盟数量，请一并核实; …请注明人数: what the reader asks to be done with the answer)
    asked = compiled(_REQUEST_ZH).sub("", rest).strip()
    rest = asked if asked else rest
    return rest if rest and rest != text.strip() else text


#: A request after a question, in an official's words (请一并核实, 烦请告知, 请注明人数): how
#: to answer, no part of what is asked.
_REQUEST_ZH = (r"[，,；;]?\s*(?:请|烦请|敬请|还请|恳请|麻烦|劳驾)(?:您|你)?"
               r"(?:一并|再|帮忙|帮我|予以)?(?:核实|核对|确认|注明|告知|提供|说明|列出|回复|查证|核查|列明|写明)(?:一下)?"
               r"[^，,。？?！!]{0,6}[。.!！]*\s*$")


def unsigned(text: str, known: Any = None) -> str:
    """The question without the sentences its reader signs off with after it (…, was it 94?
    I wish to confirm before our committee meeting on Sunday): a sentence after the last
    that asks, about the reader, naming no number, place or question, nor a word the page
    uses (`known`: …？我要女子的 narrows what is asked), or what the reader wants the answer
    for (_PURPOSE); and without a particle it ends with (without_particle). Else as typed."""
    text = without_particle(text, known)
    if "3" in text:  # (…几个 3Q: the net's thank-you, 3Q for 'sankyou', signing off)
        text = compiled(r"(?<=\S)\s*3[qQ]+(?![A-Za-z0-9])[\s!！.。~～]*$").sub("", text)
    if "阿" in text:  # (…有几家阿: 啊 typed as the 阿 that sounds so, ending the question)
        text = compiled(r"(?<=[\u4e00-\u9fff])阿(?=\s*[?？!！。.~～]*\s*$)").sub("啊", text)
    if not _CLAUSE_PARTICLES.isdisjoint(text):
        # (…有幾位耶?, …几家捏, 多少噻: a particle of Taiwan's, Sichuan's or the net's that
        # ends a clause, read as the 啊 of everyone's speech)
        text = compiled(rf"(?<=[\u4e00-\u9fff])(?<![养烤野板鸡肉水腊卤])"
                        rf"[{''.join(sorted(_CLAUSE_PARTICLES))}]"
                        r"(?=\s*(?:[?？!！。.~～,，;；]|$))").sub("啊", text)
    purpose = compiled(_PURPOSE, re.I)
    if not any(mark in text for mark in ".!。！?？"):
        return text
    sentences = [part for part in compiled(r"[^.!?。！？]*[.!?。！？]+|[^.!?。！？]+$").findall(
        text) if part.strip()]
    if not sentences or not any(mark in text for mark in ".!。！") and \
            not purpose.match(sentences[-1]) and not compiled(_SORRY, re.I).match(sentences[-1]):
        return text
    kept = list(sentences)
    while len(kept) > 1:
        last = kept[-1]
        # (…分了几个区啊?我好跟老姐妹们说先逛哪个区: what the answer is for, whose question
        # words ask nothing of the page)
        if places_in(last) or not purpose.match(last) and (
                not compiled(_SIGN_OFF, re.I).match(last) or
                compiled(_NO_SIGN_OFF, re.I).search(last) or
                known is not None and _uses_page_words(last, known)):
            break
        kept.pop()
    return "".join(kept).strip() if len(kept) < len(sentences) else text


#: Particles that end a clause in some regions' speech or online (Taiwan's 耶 and 捏, 噻,
#: 嗦 and 喃 of Sichuan, 啵, 吖, 嘎, 哒, 啰; 丫 typed for 呀, 哇; 涅 for 捏, 鸭 for 呀): where
#: they end one, only there (耶稣, 捏造, 丫头), and never after what makes one a word (养鸭,
#: 烤鸭).
_CLAUSE_PARTICLES = frozenset("耶捏啵噻嗦喃吖嘎哒啰囉丫哇涅鸭")


#: A word of Latin letters ending a Chinese question (…几家 po?, …多少 lah, …几年 ne): a
#: particle of the reader's speech (Tagalog, Malay, Singlish, pinyin), no word asked.
_PARTICLE = (r"(?<=[\u4e00-\u9fff?？!！,，。\s])\s*([A-Za-z]{1,4})\s*([?？!！.。~～]*)\s*$")


#: The particles that end a question typed in English by a speaker of Thai (ka, krub),
#: Tagalog (po, na), Hindi (ji, yaar), Malay and Singlish (lah, leh, lor) or Nigerian
#: English (o): a closed class, one or two of them.
_LATIN_PARTICLES = (r"(?<=[a-z0-9])(?:\s*,)?(?:\s+(?:na|ka|kha|krub|khrap|krap|po|opo|ji|yaar|"
                    r"lah|leh|lor|meh|hor|o|oh|sia|bah|ne|ah|"
                    # (…, bro; … title bru: whom the reader calls, no word of the question)
                    r"bro|bru|bruh|mate|fam|dude|boss|sir|madam|maam|buddy|pal|guys|folks|"
                    r"lad|sis|bhai|oga|chief)){1,2}(\s*[?!.]*\s*)$")


#: Tagalog's particle of respect inside an English question (for the award po, which
#: batch), and its 'please' prefixed to an English verb (pa-confirm, pa-check): typed in
#: lower case, never a word of the question.
_TAGALOG_INSIDE = r"\s(?:po|opo)(?=[\s,;:.?!])|(?<![\w-])pa-(?=[a-z]{3,})"


def without_particle(text: str, known: Any = None) -> str:
    """A question without the particle it ends with: in a Chinese question, the one short
    word of Latin letters after it, where the rest has none and the word is no word of the
    page's (`known`: SME, TEU, km), has a vowel (no initials: jz), no capital but its first
    (no abbreviation: GDP, YoY) and is no currency (usd); in an English one (most of its
    words English and no pinyin), one or two of _LATIN_PARTICLES."""
    if not has_chinese(text):
        # (…how far is it ka?, …which edition na?: Thai's, Tagalog's, Hindi's particles
        # ending an English question, a closed class; never in pinyin: …qiye ne? is 呢,
        # paiming di ji is 几)
        inside = compiled(_TAGALOG_INSIDE).search(text) if "po" in text or "pa-" in text \
            else None
        if not text.isascii() or inside is None and \
                compiled(_LATIN_PARTICLES, re.I).search(text) is None:
            return text
        from .terms import _syllables

        words = compiled(r"[A-Za-z]+").findall(text)
        # (English words that are no pinyin too: wan, dun, na are both)
        if sum(is_english(word) and not _syllables(word.lower())
               for word in words) * 2 <= len(words):
            return text
        if inside is not None:  # (pa-confirm po soybean mechanization: confirm soybean …)
            text = compiled(_TAGALOG_INSIDE).sub("", text).strip()
        return compiled(_LATIN_PARTICLES, re.I).sub(r"\1", text)
    found = compiled(_PARTICLE).search(text)
    if found is None or not has_chinese(text[:found.start()]) or \
            compiled(r"[A-Za-z]").search(text, 0, found.start()):
        return text
    word = found.group(1)
    # (a particle is said: no initials, jz; no abbreviation, GDP or YoY)
    if known is None or word.lower() in known or any(char.isupper() for char in word[1:]) or \
            not any(char in "aeiouAEIOU" for char in word):
        return text
    from .judge import currency_asked

    if currency_asked(word.lower()):
        return text
    return text[:found.start()] + found.group(2)


def _uses_page_words(sentence: str, known: Any) -> bool:
    """Whether a sentence holds a word of two Chinese characters the page's facts hold, or
    names a side of a whole (我要女子的): it says something of what is asked. (English
    sign-offs are told by their words: a stem such as meet is too common to tell.)"""
    runs = compiled(r"[\u4e00-\u9fff]{2,}").findall(sentence)
    pairs = [run[i:i + 2] for run in runs for i in range(len(run) - 1)]
    return any(pair in known or pair in WHOLE_SIDES for pair in pairs)


def structured(text: str) -> str:
    """A query a program composed, as the words of a question: its values (the year's with
    年), the names of what it counts (a table, a call: underscores as spaces) and, where it
    counts, 多少; any other text as typed."""
    pairs = list(compiled(_PAIR).finditer(text)) if "=" in text else []
    sql = compiled(_SQL, re.I | re.S).match(text)
    call = compiled(_CALL).match(text) if "(" in text else None
    if len(pairs) < 2 and not sql and not (call and "_" in call.group(2) + call.group(1)):
        return text
    words: list[str] = []
    if call:
        words += [call.group(1)] + [part for part in compiled(r"[,\s]+").split(call.group(2))
                                    if part and "=" not in part]
    if sql:
        words += compiled(r"\bfrom\s+(\w+)", re.I).findall(text)
        words += compiled(r"\bselect\s+(\w+)", re.I).findall(text)
    for pair in pairs:
        key, value = pair.group(1).lower(), next(v for v in pair.groups()[1:] if v is not None)
        if key in _NO_CONTENT_KEYS:
            continue
        words.append(f"{value}年" if key in _WHEN_KEYS and value.isdigit() else value)
    counting = any(word.lower() in _COUNTING for word in words)
    words = [word.replace("_", " ") for word in words
             if word.lower() not in _COUNTING and word.lower() != "get_figure"]
    return " ".join(words) + (" how many" if counting and text.isascii() else
                              " 多少" if counting else "")


#: What heads a pasted chat or mail (群聊记录, 【转发】, 客户邮件:), and who speaks in one
#: (A: …, 张三：…): the talk, with each speaker's turn a sentence of its own.
_TRANSCRIPT = (r"^\s*(?:【[^】]{1,8}】|\[[^\]]{1,12}\]|(?:群聊|聊天|微信)记录|转发|截图|"
               r"(?:客户|来往)?邮件|聊天截图)\s*[:：]?\s*")
#: The marks mail programs put before a subject they reply to or forward, in their
#: languages (RE:, FW:, Fwd:, AW:, WG:, SV:, TR:, RV:, RIF:, 回复：, 转发：, 答复：), one or
#: several, and the word Subject itself: no word asked.
_MAIL_MARKS = (r"^(?:\s*(?:re|fwd?|aw|wg|sv|vs|tr|rv|rif|enc|antw|subject|subj|betreff|"
               r"objet|asunto|回复|回覆|答复|转发|轉寄|轉發|主题|主旨|件名)\s*[:：])+\s*")
_SPEAKER_TURN = r"(?:^|(?<=[\s。？！?!，,]))([A-Za-z]|[\u4e00-\u9fff]{2,3})\s*[:：]\s*"


def unlabelled(text: str) -> str:
    """A pasted chat or mail without its heading (and a subject line's RE:, FW:) and its
    speakers' names, each turn a sentence (A: 大豆机械化率多少 B: 我记得是90多 →
    大豆机械化率多少。我记得是90多): read only where a heading says so or two turns or more
    are named."""
    marks = compiled(_MAIL_MARKS, re.I).match(text) if ":" in text or "：" in text else None
    if marks and text[marks.end():].strip():
        text = text[marks.end():]
    headed = compiled(_TRANSCRIPT).match(text)
    if headed:
        text = text[headed.end():]
    turns = list(compiled(_SPEAKER_TURN).finditer(text))
    if len(turns) >= 2 or headed and turns:
        text = compiled(_SPEAKER_TURN).sub("。", text).lstrip("。")
    return text


#: A line of the page a reader pastes before asking (“236项科技成果获得市科技奖” 那获省科技奖
#:的是多少项?): quoted, with a figure in it.
_PASTED = r"[“「『\"]([^”」』\"]{4,200})[”」』\"]"
_A_FIGURE = r"\d|[零〇一二两三四五六七八九十百千万亿]+\s*(?:[项家人个场批届种位名所座]|万|亿)"
#: A pasted line has at least this many Chinese characters.
PASTED_LINE = 6


def without_pasted(text: str, statistics: Any) -> str:
    """A question after a line of the page its reader pastes, as asked without the line:
    what the line says is what they have (its figure is no answer, its words no part of
    what is asked), unless the question points back at it (这个236是哪年的) or asks nothing
    without it (“瞪羚企业26家” 是真的吗)."""
    if not any(mark in text for mark in "“「『\""):
        return text
    found = compiled(_PASTED).match(text.lstrip())
    # (a line: words of the page around a figure, not a term, a name or a figure quoted:
    # 文中“236项”指的是什么, 省“百千万人才工程”, "deng4ling2")
    if found is None or not compiled(_A_FIGURE).search(found.group(1)) or \
            len(compiled(r"[\u4e00-\u9fff]").findall(found.group(1))) < PASTED_LINE:
        return text
    rest = text.lstrip()[found.end():].strip(" ,，:：;；。")
    # (“近90家企业和商户参与”是指什么: the line is what is asked about)
    if compiled(r"(?:是|指|的|即|为|\b(?:is|are|means?|refers?)\b)", re.I).match(rest) or \
            not compiled(ASKING_ZH + r"|\b(?:how|what|which|when)\b", re.I).search(rest) or \
            compiled(_BACK_TO_STORY, re.I).search(rest) or \
            not asked(rest, statistics).query.items:
        return text
    return rest


def marked(text: str) -> str:
    """A message typed without marks, read with a comma where a space between Chinese
    characters ends a clause; keywords and every other text as typed. The codes of a chat's
    stickers ([呲牙], [捂脸], [doge]) are no words of it."""
    if "[" in text:  # (never a unit in brackets, as a spreadsheet's header writes one: [万吨])
        text = compiled(_STICKER).sub(
            lambda found: found.group() if found.group()[1:-1] in UNITS else "", text)
    text = unlabelled(text)
    parts = compiled(_SPACED).split(text)
    if len(parts) > 1 and (max(len(part.strip()) for part in parts[:-1]) >= SPOKEN_CLAUSE or
                           any(part.strip()[:1] in _SELF and len(part.strip()) >= SELF_CLAUSE
                               and not _SELF_VERBS.isdisjoint(part) for part in parts[:-1])):
        # (我老家在锦州 现在在深圳打工 想问问…: a part the speaker begins and says something
        # in is a clause; 俺们黑山县 高新技术企业有几家: a topic, no clause)
        return "，".join(part.strip() for part in parts)
    return text


#: A chat sticker's code, as WeChat, QQ and Weibo write one in text: a word or two in square
#: brackets ([呲牙], [捂脸], [doge], [OK]), never a figure ([1], [2023]).
_STICKER = r"\[(?:[\u4e00-\u9fff]{1,4}|[A-Za-z]{2,6})\]"


def false_premise(reading: Reading, best: Judged, statistics: Any, chinese: bool) -> str:
    """Why the fact whose value is a number the question states is no answer to it, or '':
    the question says the number is of something the page never names (小麦机械化率是99.4%
    吧, 锦州有26家独角兽企业吗), or counts what the page's number names one of (锦州港有209
    个泊位吧: berth No. 209)."""
    if not reading.quantities:
        return ""
    text, fact = reading.folded, best.hit.fact
    counted = [number for number in reading.quantities
               if compiled(_COUNTED_BY).match(text[number.end:]) and
               number.scaled == fact.value]
    if fact.kind == "identifier" and counted:
        return (f"the page's {fact.display_value()} names one, it counts none: "
                f"{describe(fact, chinese)}")
    if best.value != "exact":
        return ""
    after = [compiled(_COUNTED).sub("", text[number.end:], count=1)
             for number in reading.quantities]
    # the thing the number is said of: the words of Chinese right after it, up to a word
    # that joins or asks (2家国家重点实验室吧: 实验室, its last)
    said_of = [found.group() for rest in after
               if (found := compiled(_SAID_OF).match(rest)) is not None]
    stranger = [word for word in words_not_on_page(without_places(reading.content, reading),
                                                   statistics)
                if not word.isascii() and (
                    any(rest.startswith(word) for rest in after) or
                    any(phrase.endswith(word) for phrase in said_of) or
                    any(_instead_of(text[at + len(word):at + len(word) + 2], fact.label)
                        for at in _places_of(text, word)))]
    if stranger:
        return (f"no figure on the page mentions {'、'.join(stranger)}; its "
                f"{fact.display_value()} is {describe(fact, chinese)}")
    return ""


#: The Chinese words a number is said of, after it (up to 8 characters, none that joins,
#: asks or points: 系何项指标 is no thing).
_SAID_OF = r"[^\s\d的是有和与及吗吧呢啊何哪啥什么系指对？?，,。！!:：“”\"]{0,8}"


def _instead_of(following: str, label: str) -> bool:
    """Whether a word before `following` in a question stands where the label has another
    before the same word (小麦 机械化率 for 水稻…机械化率), not before its first (寻思瞪羚企业)."""
    return len(following) == 2 and _FUNCTION_CHARS.isdisjoint(following) and \
        label.find(following) > 0


#: Measure words that count things after a number (26家, 65位, 209个).
_MEASURES = "[家位个名项人所种只条艘座]"
#: What may stand between a number and the thing it counts (26家独角兽企业, 65 位院士).
_COUNTED = rf"^\s*(?:{_MEASURES}|多{_MEASURES}?)?\s*"
#: A measure word after a number: it counts things (209个泊位), names none of them.
_COUNTED_BY = rf"\s*多?{_MEASURES}"


def _places_of(text: str, word: str) -> list[int]:
    return [found.start() for found in re.finditer(re.escape(word), text)]


def answered(considered: Considered) -> Optional[Judged]:
    """The candidate a consideration answers with, if it does (one, sure enough)."""
    if considered.features is None or considered.tied or \
            probability(considered.features) < ANSWER:
        return None
    return considered.eligible[0]


#: What ends a sentence (a comma ends a clause only).
_SENTENCE_ENDS = frozenset("；;。!！?？")


#: Words shortened with a full stop that goes on with the sentence (9,58 Mrd. Yuan, No. 209,
#: approx. 90 firms, Dr. Wang): magnitudes, numbers, titles, months.
_ABBREVIATED = frozenset((
    "mrd", "mio", "mill", "tsd", "bn", "mn", "mln", "mld", "bil", "no", "nos", "nr", "approx",
    "ca", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "co", "ltd", "inc", "jr", "sr", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g",
    "i.e", "cf", "fig", "vol", "pp", "abt", "esp", "incl", "excl", "dept", "govt", "intl"))


def sentences_of(text: str) -> list[str]:
    """A text's sentences: at 。；？！ and at a full stop before a space (not 21.3, nor one
    that shortens a word: 9,58 Mrd. Yuan)."""
    found = [""]
    for index, char in enumerate(text):
        found[-1] += char
        if char in _SENTENCE_ENDS or char == "." and text[index + 1:index + 2] == " " and \
                (not text[index - 1:index].isdigit() or text[index + 2:index + 3].isupper()) \
                and not _abbreviated(text[:index]):
            found.append("")  # (… insists it's 4,636. Which one …: a new sentence)
    return [sentence.strip() for sentence in found if sentence.strip(" ;；.。")]


def _abbreviated(before: str) -> bool:
    """Whether a text ends on a word that a full stop after it shortens (Mrd, approx)."""
    word = compiled(r"(?<![A-Za-z.])[A-Za-z]+(?:\.[A-Za-z]+)?$").search(before)
    return word is not None and word.group().lower() in _ABBREVIATED


def focused(fact_base: Any, text: str, whole: Considered) -> Optional[Considered]:
    """A question told as a story and then asked (…lists State Council experts, Changjiang
    scholars and provincial experts; just the State Council people, how many?): the
    sentence that asks, read alone — with the clause before it where alone it names
    nothing (…sent companies to matchmaking events; how many was that?). Its answer
    stands when the whole question's candidates hold it and the story, less its places,
    names what it is about (the story's places tell where its people come from, not where
    the question asks: a question naming one in the sentence that asks is refused as
    before; 'Dalian is a big city. How many high-tech firms does it have?' names nothing
    of the page's figure before it asks); else None."""
    sentences = sentences_of(text)
    if len(sentences) < 2 or whole.reading.check and whole.eligible and \
            whole.eligible[0].value == "exact":
        # (…was 89,200 tonnes deadweight. Is that right, or is he mixing it up with the
        # box count?: the story states the figure the question checks)
        return None
    pattern = compiled(sieved(_ASKING, text, ignore_case=True), re.I)
    asking = [index for index, sentence in enumerate(sentences) if pattern.search(sentence)]
    if not asking or asking[-1] == 0:
        return None
    last = asking[-1]
    story = " ".join(sentences[:last])
    # (a story that names no place, before a question that names its own subject: IN MY
    # DAY WE SENT EVERYTHING IN MORSE … NOW MY GRANDSON DOES. WHAT YEAR DID LINGHAI CITY GET
    # ITS … TITLE: the question is read alone, whatever the story names)
    aside = not places_in(story) and compiled(_BACK_TO_STORY, re.I).search(
        sentences[last]) is None
    story = without_named_places(story)
    clauses = [clause for clause in clauses_of(sentences[last - 1].rstrip("".join(
        _SENTENCE_ENDS) + ". ")) if clause.strip()]
    # (the clause before the question, where the sentence before it has several: one
    # sentence of one clause and the question are the whole question again)
    before = clauses[-1:] if len(clauses) > 1 or last > 1 else []
    held = {j.hit.fact.id for j in whole.judged}
    statistics = fact_base.statistics()
    told = asked(story, statistics).query
    for focus in (sentences[last], *([" ".join([*before, sentences[last]])] if before else [])):
        again = consider(fact_base, focus)
        alone = aside and bool(again.reading.places)  # (its ties stand: the story is aside)
        if again.tied and again.features is not None and not alone and \
                probability(again.features) >= ANSWER and \
                not any(named_words(j.hit.fact, told, statistics) for j in again.tied):
            # (what's that revenue line?: of the figures in yuan, the one the story names)
            again.tied = ()
        best = answered(again)
        if best is None:
            continue
        fact = best.hit.fact
        if fact.id in held and named_words(fact, told, statistics) or alone:
            return again
        return None
    return None


#: Words of a question that point back to what was told before it (How many does *it*
#: have?, 那它呢): the question is not read apart from the story.
_BACK_TO_STORY = (r"\b(?:it|they|them|that|this|these|those|he|she|there)\b|"
                  rf"{_BACK_ZH}|它|这里|这儿")


#: Particles that end a clause in speech: where a voice message has no marks at all, they
#: are its commas (…翠岩大集啊离锦州北站有多少公里啊远不远啊奶奶腿脚不好…).
_SPOKEN_ENDS = "啊呀吧嘛啦"
# (…第几届了我孙女在抖音上看的: a particle that ends a clause, before the speaker's own)
# (…能装多少标准箱我们厦门港平时…; …参加我想过年…: the speaker's own clause begins, where
# no word before joins the pronoun to it, 给我们, 跟我们)
_SPOKEN_SPLIT = (f"(?<=[{_SPOKEN_ENDS}])(?=[^{_SPOKEN_ENDS}])|(?<=[了呢吗])(?=[我俺])|"
                 r"(?<=[\u4e00-\u9fff])(?<![给跟和对让帮替为向把被诉问请叫与同连])"
                 r"(?=我们|我想|我觉得|我听|我记得|我看|俺们|俺想|咱们)")
#: A voice message runs on: a text shorter than this is one clause, whatever it holds.
SPOKEN_LENGTH = 12
#: Words asking for one member alone (中信钛业自己, CITIC alone, on its own).
_ALONE = (r"自己|自身|本身|单独|独自|单家|\balone\b|\bby\s+itself\b|\bon\s+its\s+own\b|"
          r"\bitself\b|\bby\s+themselves\b")


#: Words that narrow or widen what a question asks (除了涉农的, not counting the banks'
#: own, 不只是): a clause holding one is part of the question, never a remark beside it.
_QUALIFYING = (rf"{_LEAVING_OUT_ZH}|以外|之外|排除|而是|其中|另外的|其余|剩下|"
               # (…？我要女子的: a side of a whole narrows what is asked; the sexes of
               # WHOLE_SIDES only: 农村 stands in 农业农村部, a ministry named in passing)
               r"男子|女子|男性|女性|男生|女生|男同志|女同志|男士|女士|女同胞|"
               rf"\b(?:{_LEAVING_OUT_EN})\b|\bonly\b|\bjust\b|\brather\b|\binstead\b")

_STATED = "the question states"
_POINTED_OWN = "the question asks about the asker's own, pointed back at"


def units_of(text: str) -> list[str]:
    """The parts a question is said in: its sentences; the clauses of one sentence; the
    spoken clauses of a voice message that has no marks (at its particles). A hyphen typed
    with spaces between words is a dash (…so I was curious - Jinzhou soybean…)."""
    text = compiled(r"(?<=[A-Za-z])\s+--?\s+(?=[A-Za-z])").sub(" — ", text)
    sentences = sentences_of(text)
    if len(sentences) > 1:
        return sentences
    clauses = [clause for clause in clauses_of(text, _ASKED_ENDS) if clause.strip()]
    if len(clauses) > 1:
        return clauses
    if len(text) < SPOKEN_LENGTH:
        return [text]
    from .tables import has

    parts, start = [], 0
    for found in compiled(_SPOKEN_SPLIT).finditer(text):
        # (酒吧: a particle that ends a word)
        if text[found.start() - 1] not in _SPOKEN_ENDS or \
                not has("nouns.tsv", text[max(0, found.start() - 2):found.start()]):
            parts.append(text[start:found.start()])
            start = found.start()
    return [part for part in (*parts, text[start:]) if part.strip()]


#: How judge says a question names the other side of a pair, or a sibling, of the fact's.
_OTHER_SIDE = "the page gives figures for "


def remarked(fact_base: Any, text: str, whole: Considered) -> Optional[Considered]:
    """A question said among remarks that no figure is about (…卖粉片的老太太说这集比她奶奶
    的岁数还大——报上说这大集到底有多少年历史?; How far is the fair from the station? 以前坐
    小客要一个多小时): where the whole question is not answered, the part asked last (a
    sentence; a clause of a one-sentence question; a spoken clause of a voice message), read
    alone or with the part before it, and again so within it. Its answer stands only where
    it is the whole question's best candidate (the remarks diluted the question, they did
    not change it), and either
    - the part that asks names the fact by words few facts hold and points back at nothing
      (no it, 那里), and the remarks name no other fact so and leave the question as it is
      (beside: no other time, place, whole, unit or share); or
    - the parts before it name the fact so (their places are where the speaker comes
      from, as in focused, but never another place: 营口港…，停的几号泊位).
    What follows the part that asks must always leave the question as it is (…？全省的).
    Never where a remark narrows what is asked (除了涉农的, not counting …), nor where the
    question states a figure and asks what the page does not give of it. Else None: the
    whole question's refusal stands."""
    # (the whole question's best, of those of the kind asked where it has one)
    leading = whole.eligible[:1] or [j for j in whole.judged if j.fits][:1] or \
        whole.judged[:1]
    if answered(whole) is not None or not leading or \
            whole.reason.startswith((_STATED, _POINTED_OWN)):
        # (answered; or asking what the page does not give of a figure it states, or of
        # the asker's own: 我们岫岩那边也有大集，那个有多少年历史了)
        return None
    units = units_of(text)
    if len(units) < 2 or compiled(_QUALIFYING, re.I).search(text) or \
            alone_asked(text, leading[0].hit.fact):
        return None  # (…, how many: a remark that narrows it, CITIC alone, is no remark)
    pattern = compiled(sieved(_ASKING, text, ignore_case=True), re.I)
    asking = [index for index, unit in enumerate(units)
              if pattern.search(unit) or unit.rstrip()[-1:] in "?？"]
    statistics = fact_base.statistics()
    for last in asking[-1:]:  # (the part asked last: what comes before it leads up to it)
        for start in (last, last - 1) if last else (last,):
            if start == 0 and last == len(units) - 1:
                continue  # (the whole question again)
            focus = " ".join(units[start:last + 1])
            if choosing(focus) and \
                    not offers_choices(read_question(focus, lambda: (None, ()),
                                                     statistics.known)):
                return None  # (营业收入还是研发?: it asks which of two, as the whole does;
                #              8个区域还是6个区域: two figures of one thing offered, not two)
            if askers_own(focus, fact_base, strict=True):
                return None  # (…银行上班，我们去年涉农贷款多少: the remarks say whose it is)
            again = consider(fact_base, focus)
            # (听说前阵子来了条大船，中谷福州轮装多少标箱: a part that holds remarks itself)
            again = remarked(fact_base, focus, again) or again
            best = answered(again)
            if best is None:
                continue
            fact = best.hit.fact
            if fact.id != leading[0].hit.fact.id:
                return None  # (the remarks diluted the question; they did not change it)
            ruled = next((j.why_not for j in whole.judged if j.hit.fact.id == fact.id), "")
            if ruled.startswith(_OTHER_SIDE):
                return None  # (国内最大的外贸集装箱船是哪条，装箱量多少: the remark names the
                #              other side of a pair the fact is one side of, as judged whole)
            before, after = " ".join(units[:start]), " ".join(units[last + 1:])
            # (…？mi tío grows rice in Chiclayo: where the part that asks names the page's
            # own place, a remark after it that tells of the speaker's is no narrowing)
            placed = names_home(focus, fact_base, fact)
            # (…是真的假的？我们厦门码头也见过大船: the speaker's own place, said so)
            own = told_at_length(after) or \
                compiled(_SPEAKER_START, re.I).match(after) is not None
            # (…？我说的是我们大连; …？我们大连的; I mean ours: a correction narrows it)
            own = own and compiled(_CORRECTING, re.I).search(after) is None and \
                (placed or at_home(after, fact_base, speaker=True, fact=fact))
            if not beside(after, fact, fact_base, told=own):
                return None  # (…有多少家？全省的; …? in miles: what follows narrows it)
            if not placed and owned_place(before, fact_base):
                return None  # (那俺们延安的银行，去年放了多少涉农贷款: whose the thing asked
                #              is, said before the part that asks, which names no place)
            if any(pattern.search(unit) for unit in units[:start]) and \
                    not at_home(before, fact_base, fact=fact):
                return None  # (俺们阜新有没有这样的大集，有多少家商户: a remark that asks
                # about a place makes the question that place's, wherever the speaker is)
            remarks = f"{before} {after}"
            story = without_named_places(remarks)
            # (a question whole in itself, and remarks beside it; or, where the part that
            # asks names the page's place, remarks whose places are the speaker's — 我们太原也
            # 有老集市。凌海翠岩大集开了多少年了 — and whose 'it' is what that part names)
            if (not compiled(_POINTING_BACK, re.I).search(focus) and
                    beside(before, fact, fact_base, within=True) or
                    placed and beside(before, fact, fact_base, told=True)) and \
                    names_closely(fact, asked(focus, statistics).query, statistics) and \
                    names_only(fact, asked(story, statistics).query, statistics):
                return again
            if not at_home(before, fact_base, speaker=True, fact=fact) or \
                    not at_home(before, fact_base, fact=fact) and \
                    compiled(THERE, re.I).search(focus):
                # (I work in Qingdao port — which berth did she use there?: the speaker's
                # place, pointed back at, is what is asked)
                # (营口港…，停的几号泊位: a question about another port; unless the part
                # before the one that asks says where: …through Lisbon — Jinzhou soybean
                # mechanisation — was it 91.12 or 91.2 percent)
                continue
            told = asked(without_named_places(before), statistics).query
            # (我在朝阳上班，翠岩大集分几个区域: the remark says where the speaker is, the part
            # that asks names the fact by words few facts hold; never where it narrows what
            # is asked — 大集翠岩 2022年，店家企业，多少家: another year than the figure's)
            return again if before.strip() and of_its_time(
                read_in_scope(before, fact_base).periods, fact) and (
                names_closely(fact, told, statistics) or
                any(speakers_place(before, place) for place in places_in(before)) and
                not compiled(_POINTING_BACK, re.I).search(focus) and
                names_proper(fact, focus)) else None
    return None


#: Who the asker and the one asked are, as owners (我们大连, 咱村, 你们那, our city, did we).
_OWNERS_ZH = r"(?:我们|咱们|俺们|你们|咱|俺)(?:的)?"
#: The page itself, as the asker or the one asked calls it (你们文章里, 我们报纸上说): no thing
#: of theirs that the page is not about.
_OWNERS_PAGE = frozenset("""文章 报道 报纸 页面 资料 数据 网站 新闻 稿子 版面 这篇 那篇 上面
    里面 系统""".split())  # noqa: SIM905
#: What stands before an owner word that is no owner (给俺们, 比我们多, 跟我们说).
_OWNERS_OBJECT = frozenset("给比跟和对向为帮替让叫与同")
#: Where the asker says they work (我在农商行上班, I work at HSBC): their 'we' is that body's,
#: whatever of the page's figures it names.
_WORKPLACE = (r"在[^，,。？?\s]{1,12}(?:上班|工作|任职|教书|干活)|\bi\s+work\s+(?:at|for|in)\b|"
              r"\bi\s+run\s+an?\b")
#: A time between an owner word and what it owns (我们去年涉农贷款多少).
_OWNED_WHEN = r"^(?:去年|今年|前年|明年|近年|这几年|\d{2,4}\s*年度?)\s*"
#: What asks after an owner word: it is what the question is about (我们大连呢, 我们学校有几个).
_OWNERS_ASKED = r"呢|吗|几|多少|多远|多大|多长|多久|多高|多重|哪|啥|什么|[?？]"
#: What an owner word is followed by for the place where asker and page may be one (咱市,
#: 咱这儿, 咱那大集: a local's, where a word of the page's figures follows).
_OURS_HERE = frozenset("市这那")
#: What an owner word is followed by where the asker speaks, not owns (我们想知道, 咱也问问).
_OWNERS_SPEAK = frozenset("想要能可知问听查看是都也一就还来去说觉认打请")
_OWNERS_EN = (r"\b(?:our|your)\s+(?!own\b|(?:page|article|story|report|paper|newspaper|"
              r"piece|text|data|database|records?|source|info|information|numbers|figures|"
              r"tool|app|site|website)\b)([a-z]+)|"
              r"\b(?:did|do|does|have|has|had|can|will|would)\s+(we)\b(?!\s+know\b)|"
              r"\b(we)\s+(?:have|had|got|lend|lent|loaned|get|own|make|made|sell|sold|hold|"
              r"held|run|host|hosted)\b")


#: Words that ask an amount (多少, 几, how many): the clause holding them is what is asked.
_AMOUNT_ASKED = (r"多少|(?<![好十])几(?![十百千万])|\bhow\s+(?:many|much)\b|"  # (好几百 tells)
                 # (到没到95%啊，我们社长跟人打赌呢: a figure checked, A-not-A, asks)
                 + _A_NOT_A_REACHED)


def askers_own(clause: str, fact_base: Any, strict: bool = False) -> str:
    """What of the asker's own (or the asked's) the clause that asks is about, or '': an
    owner word (我们, 咱, our, did we) before a place, a body or a thing that is neither the
    page's place nor a word of its figures (我们大连呢, 我们学校有几个, 咱村的大集, how much did
    we lend, our farm). The asker speaking (我们想知道, 咱也问问) and the page's own (咱锦州, 我们
    翠岩大集) are no such thing; `strict`, a word of the page's figures after the owner word
    is the asker's too (我在工商银行上班，我们去年涉农贷款多少: the part that asks, read alone)."""
    known = fact_base.statistics().known
    clause = compiled(r"[(（][^)）]*[)）]").sub(" ", clause)  # (an aside in brackets)
    for found in compiled(_OWNERS_ZH).finditer(clause):
        # (我们去年…, 我们2022年…: when, before what is owned)
        rest = compiled(_OWNED_WHEN).sub("", clause[found.end():].lstrip())
        if not rest or rest[0] in _OWNERS_SPEAK or not has_chinese(rest[0]) or \
                rest[:2] in _OWNERS_PAGE or \
                clause[found.start() - 1:found.start()] in _OWNERS_OBJECT or \
                compiled(_OWNERS_ASKED).search(rest) is None:
            # (给俺们, 比我们多: the asker is no owner; …有多少家啊我们黄山这边好像没那么多:
            # a remark after what is asked)
            continue
        others = clause[:found.start()] + " " + rest[1:]
        if rest[0] in _OURS_HERE and any(
                others[i:i + 2] in known for i in range(len(others) - 1)):
            continue  # (咱市…, 咱这大集离北站多远: a local's own city and its things)
        if compiled(r"^[\u4e00-\u9fff]{1,3}的(?![^，,。]{0,4}?[问说想让托])").match(rest) is None \
                and \
                any(at_home(place.text, fact_base) for place in places_in(rest)):
            # (我们扎龙…锦州他们组织了多少场: the page's place is the subject; but 我们村的大集
            # 离锦州北站多远 is the village's market; 咱大连的朋友问锦州… asks of 锦州)
            continue
        places = places_in(rest[:8])
        if places and places[0].start == 0:
            if at_home(places[0].text, fact_base):
                continue
            return found.group() + places[0].text
        if rest[:2] in known and not strict:
            continue
        return found.group() + rest[:2]
    lowered = clause.lower()
    if "we" in lowered or "our" in lowered or "you" in lowered:
        for found in compiled(_OWNERS_EN).finditer(lowered):
            # (our Jinzhou, our city of Jinzhou: the page's own)
            if found.group(1) and names_home(clause, fact_base, None):
                continue
            return found.group()
    return ""


def owners_place(clause: str, fact_base: Any) -> str:
    """The asker's own place a clause names after an owner word (我们岫岩那边, 俺们大连), not
    the page's (咱锦州), else ''."""
    for found in compiled(_OWNERS_ZH).finditer(clause):
        places = places_in(clause[found.end():found.end() + 8])
        if places and places[0].start == 0 and not at_home(places[0].text, fact_base):
            return found.group() + places[0].text
    return ""


def owned_place(text: str, fact_base: Any) -> str:
    """The place an owner word makes the asker's, and whose thing the text names (俺们延安的
    银行), that is not the page's; or '' (我们盘锦离大集不远: of the place, no thing of it)."""
    for found in compiled(_OWNERS_ZH).finditer(text):
        places = places_in(text[found.end():found.end() + 8])
        if places and places[0].start == 0 and not at_home(places[0].text, fact_base) and \
                text[found.end() + places[0].end:].startswith("的"):
            return found.group() + places[0].text
    return ""


#: How a speaker says where their own is (俺们村在…, 我们公司在…, we live in …).
_SPEAKER_IN = (r"(?:我们|俺们|咱们|咱|我|俺)(?:村|家|厂|公司|单位|老家)?(?:在|是)\s*$|"
               r"\bwe\s+(?:live|are|work)\s+in\s*$|\bi\s+(?:live|work)\s+(?:in|at)\s*$")


def speakers_home(text: str, fact_base: Any, owned: str,
                  places: Optional[Sequence[Any]] = None) -> Optional[Any]:
    """The place of the page's the speaker says they are of (我是锦州人, 我在锦州银行上班, we
    live in Linghai, 我是黑山的), where what they call theirs is of that kind (我们市, 我们行,
    our county, 我们县: the word after 我们, and the last character or word of the place or
    body they named): their 'we' is that place; else None. Their unit or factory (我们单位,
    我们厂) is their own, wherever it is."""
    lowered = text.lower()
    home = set(base_scope(fact_base).home)
    # (我们行 → 行, which 锦州银行 ends in; our county → county; 我们县哪年 → 县)
    from .tables import has

    owner = compiled(_OWNERS_ZH).match(owned)
    rest = owned[owner.end():] if owner else owned
    # (我们学校 → 校, a word of two; 我们县哪年, 我们镇那个 → 县, 镇)
    kind = owned.split()[-1] if owned.isascii() else \
        rest[1] if has("nouns.tsv", rest[:2]) else rest[:1]
    # (the question's places as read, with the page's own named short: 我是黑山的)
    for place in places_in(text) if places is None else places:
        if not (speakers_place(text, place) or
                compiled(_SPEAKER_IN, re.I).search(lowered[:place.start])) or \
                not any(within(code, area) for code in place.codes for area in home):
            continue
        # (the place's own name, up to where the clause ends: 锦州上班 我们单位 is no 单位)
        named = compiled(r"[\s,，。;；]").split(text[place.start:place.start + 8])[0]
        if kind in named or kind in _OWN_LEVELS:
            return place
    # (我是黑山的，我们县…: the place said short, whose kind their 'we' names: 黑山县)
    if kind in _OWN_LEVELS | _LOCAL_LEVELS:
        known = fact_base.statistics().known
        for said in compiled(_SPEAKER_SAYS).finditer(text):
            name = said.group(1).rstrip(kind)
            whole = name + kind
            for found in places_in(whole):
                if found.text == whole and any(within(code, area) for code in found.codes
                                               for area in home):
                    return found
            if kind in _LOCAL_LEVELS and len(name) >= 2 and all(
                    name[i:i + 2] in known for i in range(len(name) - 1)):
                # (我就住翠岩镇，我们镇…: a town the page names, too small for the gazetteer)
                return Place(whole, frozenset({f"page:{name}"}), said.start(1),
                             said.start(1) + len(whole), frozenset({name}))
    return None


#: A speaker saying where they are from or live (我是黑山的, 我就住翠岩镇, 俺家在义县).
_SPEAKER_SAYS = (r"(?:我是|我在|我住|我就住|我就是|我家在|我家住|老家是|老家在)\s*"
                 r"([\u4e00-\u9fff]{2,4}?)(?=的|人|，|,|\s|$)")
#: The kinds of a place smaller than a county a speaker calls theirs (我们镇, 咱村).
_LOCAL_LEVELS = frozenset(("镇", "乡", "村", "区"))


#: What a speaker of the page's place calls it (我们市, 咱县, our city, our county).
_OWN_LEVELS = frozenset(("市", "县", "城", "city", "county", "town"))


def names_proper(fact: Fact, text: str) -> bool:
    """Whether a text names a fact by a proper name of its (翠岩大集, 中谷福州, Cuiyan): a tag
    the fact also gives capitalised in pinyin or English — a thing of the page's own, not a
    kind every city has (瞪羚企业, which a speaker's own city may have too)."""
    from .pinyin import first_reading

    lowered = text.lower()
    names = {tag.lower().replace(" ", "") for tag in fact.tags
             if tag.isascii() and tag[:1].isupper()}
    for tag in fact.tags:
        if tag.isascii():
            if tag.lower().replace(" ", "") in names and tag.lower() in lowered:
                return True
            continue
        spelled = "".join(first_reading(char) or "?" for char in tag)
        if spelled in names and tag in text:
            return True
    return False


def without_named_places(text: str) -> str:
    """The text less the places it names (a remark's places are where its speaker is)."""
    for place in sorted(places_in(text), key=lambda place: -place.start):
        text = text[:place.start] + " " + text[place.end:]
    return text


#: A word names a fact closely where at most this share of the base holds it (翠岩大集, 长江
#: 学者; not 企业 or 科技, which a fifth of the page's figures hold).
CLOSE_SHARE = 0.15


def close_units(query: Any, statistics: Any, at_most: Optional[int] = None,
                kinds: frozenset[str] = frozenset({"word"})) -> list[Any]:
    """The words of a query (two letters or more; of `kinds` of unit) that few facts of the
    base hold: at most `at_most` facts, or a share CLOSE_SHARE of them."""
    frequency, facts = statistics.bm25.document_frequency, statistics.bm25.facts
    most = CLOSE_SHARE * facts if at_most is None else at_most
    return [unit for unit in query.units if unit.kind in kinds and len(unit.text) > 1 and
            any(0 < frequency.get(term, 0) <= most for term in unit.terms)]


def names_closely(fact: Fact, query: Any, statistics: Any) -> bool:
    """Whether a query names a fact (named_words) by a word few facts hold: a remark that
    names only 'companies' (那种小鹰企业，就是刚冒头的科技公司) says what kind of thing is
    meant, not that it is this fact's."""
    named = named_words(fact, query, statistics)
    return any(named.issuperset(unit.covers) for unit in close_units(query, statistics))


def names_only(fact: Fact, query: Any, statistics: Any, shortening: bool = True) -> bool:
    """Whether every word of a query that few facts hold names this fact: a remark beside
    the question, not one about another figure ('For double-five firms, what's the minimum
    annual turnover?' asks the double-five firms' own line, not the contracts'). Without
    `shortening`, a pair of the label's characters apart is no name of it (千人 of
    百千万人才…百人层次 is another tier's)."""
    from .terms import abbreviation_terms

    named = named_words(fact, query, statistics)
    # (我们厂老总就是拿特贴的: 特贴 shortens this fact's 特殊津贴, no other's)
    shortened = abbreviation_terms(fact.label) if shortening else ()
    # (mi tío grows rice: an English word never a noun, grows, names no figure)
    return all(named.issuperset(unit.covers) or unit.text in shortened
               for unit in close_units(query, statistics)
               if not unit.text.isascii() or english_share(unit.text) > 0)


#: Words that point back at what a remark before names (Dalian is big. How many firms
#: does it have?; 如今锦州这样的人还有多少位).
_POINTING_BACK = (r"它|他们|她们|那里|那儿|这里|这儿|此地|该地|这样的|那样的|这种|那种|这个数|"
                  r"那个数|\b(?:it|its|they|them|their|those|these|such)\b|"
                  r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\bthere\b")


def of_its_time(periods: Sequence[Any], fact: Fact) -> bool:
    """Whether the times a remark names are all of the fact's period."""
    from .question import covers

    return all(covers(fact.period, period) for period in periods)


def beside(remark: str, fact: Fact, fact_base: Any, within: bool = False,
           told: bool = False) -> bool:
    """Whether a remark leaves the question about a fact as it is: it names no time the
    fact is not of (ten years ago; 十年里 of a figure of those ten years is the same time),
    no place but the page's own (with `within`, a place in it: a story's 古塔区; after a
    question, 古塔区的 narrows it), no whole (全省的), no other unit or currency (in miles,
    换算成美元), no share, average, change, level or ranking. A remark `told` of the
    speaker's own, where the question names the page's place, may name any place and
    figures in any unit (我们厦门港平时靠的船也就两三千箱)."""
    if not remark.strip():
        return True
    from .judge import converting, currency_asked, whole_asked

    read = read_in_scope(remark, fact_base)
    lowered = read.folded.lower()
    if read.derived or read.change or read.levels or read.superlative or \
            read.unit and not told or \
            read.wants not in (None, "recall", "count", "amount") or \
            whole_asked(lowered) or currency_asked(lowered) or \
            converting(lowered) or not of_its_time(read.periods, fact):
        return False
    if told:
        return True
    if within:
        return at_home(remark, fact_base, fact=fact)
    home = set(base_scope(fact_base).home)
    return all(set(place.codes) <= home for place in read.places)


def read_in_scope(text: str, fact_base: Any) -> Reading:
    """A text read as a question of the base's page: its date and place, asked for only
    where the text needs them."""
    def year_and_home() -> tuple[Optional[int], Sequence[str]]:
        scope = base_scope(fact_base)
        # (a base of several articles: each one's own place is the scope of its facts, no
        # word a figure must cover — judge.out_of_scope holds each fact to its own)
        homes = tuple(dict.fromkeys((*scope.home, *(code for home, _ in scope.pages.values()
                                                    for code in home))))
        return scope.today, homes

    return read_question(text, year_and_home, fact_base.statistics().known)


def names_home(text: str, fact_base: Any, fact: Optional[Fact]) -> bool:
    """Whether a text names the page's own place (锦州, 凌海; In this Jinzhou piece), and no
    place but it and the fact's own (the ship 中谷福州's 福州 is no place asked about): it
    says where it asks about."""
    read = read_in_scope(text, fact_base)
    return at_home(read.folded, fact_base, fact=fact) and any(
        at_home(place.text, fact_base) for place in read.places)


#: A remark told at this length or more (letters or characters) is a sentence of its own
#: (we grow nothing but grass up here), not a fragment that narrows a question (全省的).
TOLD_LENGTH = 12


#: What a remark of the speaker's own begins with (我们…, 俺…, we…, my…): a sentence, no
#: fragment that narrows a question.
_SPEAKER_START = r"\s*(?:我|俺|咱|(?:we|i|my|our)\b)"


#: What says a remark corrects or narrows the question (我说的是…, 我是说, 我问的是, I mean,
#: 我们大连的: a fragment that ends in 的).
_CORRECTING = (r"说的是|是说|指的是|问的是|是问|要的是|\bi\s+mean\b|\bi\s+meant\b|"
               r"\bi'?m\s+asking\b|\bi\s+was\s+asking\b|\bi'?m\s+talking\b|"
               r"的[\s?？。!！]*$|\bours\b|\bmine\b")


def told_at_length(text: str) -> bool:
    return len(compiled(r"[\W_]+").sub("", text)) >= TOLD_LENGTH


def at_home(text: str, fact_base: Any, speaker: bool = False,
            fact: Optional[Fact] = None) -> bool:
    """Whether every place a text names lies in the page's own place (古塔区 in 锦州) or,
    with `speaker`, is where the speaker is from (我们盘锦, 我是葫芦岛的); a place `fact`
    names is its own (the ship 中谷福州 is no question about 福州)."""
    from .judge import names_place, names_port, port_asked

    home = base_scope(fact_base).home
    # (福州港…: the port of the place the ship 中谷福州 names is none of the fact's)
    return all(any(within(code, area) for code in place.codes for area in home) or
               speaker and speakers_place(text, place) or
               fact is not None and names_place(fact, place) and
               (not port_asked(text, place) or names_port(fact, place))
               for place in places_in(text))


#: The columns that say what a fact is about (not the quote it shares with its neighbours,
#: nor the abbreviations: 百人 is a pair of 百千万人才工程 in every tier's label).
ABOUT = frozenset({"label", "label_en", "tags"})


def label_share(fact: Fact, query: Any, fact_base: Any) -> float:
    """The share of the question the fact's label, English label and tags cover."""
    from .ranking import score
    from .terms import fact_columns

    scored = score(about_columns(fact_columns(fact)), query, fact_base.statistics().bm25)
    return scored.coverage if scored else 0.0


def about_columns(columns: Any) -> Any:
    """A fact's columns of terms with only those that say what it is about (ABOUT)."""
    from .terms import COLUMNS

    return tuple(column if name in ABOUT else () for name, column in zip(COLUMNS, columns))


def phrases(fact: Fact, query: Any, shared: frozenset[str] = frozenset()) -> int:
    """How many pairs of the question's English words, next to each other (or one word
    apart), stand so in the fact's English label: 'thousand-person level' is the thousand
    level, not the hundred level of the Hundred-Thousand-Ten-Thousand project. A pair of
    words both `shared` (terms of tags another fact has too) tells it from that one by
    nothing ('crop mechanization' of 'Oilseed crops: combined mechanisation rate': every
    crop's rate is tagged crops and mechanisation rate)."""
    label = [term for term in text_terms(fact.label_en) if term.isascii()]
    where: dict = {}  # type: ignore[type-arg]
    for position, term in enumerate(label):
        where.setdefault(term, []).append(position)
    words = [(unit.covers[0], unit.terms[0]) for unit in query.units
             if len(unit.covers) == 1 and unit.terms and unit.terms[0].isascii()
             and unit.terms[0] in where]
    found = set()
    for first, left in words:
        for second, right in words:
            if 1 <= second - first <= 2 and any(1 <= b - a <= 2 for a in where[left]
                                                  for b in where[right]) and \
                    not (left in shared and right in shared):
                found.add((first, second))
    return len(found)


def level_terms(candidates: Sequence[Judged]) -> frozenset[str]:
    """The English terms of the levels every candidate is of (national, level: the
    national-level platforms and the national awards), which tell none of them apart."""
    from .question import level_named
    from .terms import english_term

    shared = [name for name in LEVELS if all(level_named(name, " ".join(
        (j.hit.fact.label, j.hit.fact.label_en, *j.hit.fact.tags))) for j in candidates)]
    return frozenset(english_term(word) for name in shared for word in (name, "level"))


def shared_tags(fact: Fact, other: Fact) -> frozenset[str]:
    """The English terms of the tags two facts both have."""
    def terms(tags: Sequence[str]) -> set[str]:
        return {term for tag in tags if tag.isascii() for term in text_terms(tag)}

    return frozenset(terms(fact.tags) & terms(other.tags))


def why_not(reading: Reading, judged: Sequence[Judged], fact_base: Any) -> str:
    """Why no candidate answers: the first reason among the best candidates."""
    if not reading.content:
        return "the question names nothing the page gives a figure for"
    # the best candidate's reason: one that is about the question's own place but of
    # another kind (黑山县多远: a year) goes before another's about another place (义县)
    first = next((j for j in judged[:3] if j.why_not or
                  not j.fits and j.score >= ANSWER_COVERAGE), None)
    why = first.why_not if first is not None else ""
    if not why and reading.wants == "recall" and reading.quantities and \
            not any(j.value for j in judged):
        numbers = "、".join(reading.folded[q.start:q.end] for q in reading.quantities)
        why = f"no figure on the page is {numbers}"
    if not why:
        absent = words_not_on_page(reading.content, fact_base.statistics())
        if absent:
            why = f"no figure on the page mentions {'、'.join(absent)}"
    unfit = [j for j in judged[:3] if not j.fits and not j.why_not
             and j.score >= ANSWER_COVERAGE]
    if not why and unfit:
        why = no_such_figure(reading, unfit[0].hit.fact)
    elif not why and judged and not any(j.fits for j in judged[:3]):
        why = f"the page gives no {KIND_WORDS.get(reading.wants or '', 'such figure')} for it"
    return why


def no_such_figure(reading: Reading, fact: Fact, about: str = "for it") -> str:
    """Why a fact about what is asked is no answer of the kind asked (the page gives no
    count for it: port.berth is identifier 209 泊位; no count of 泊位 …)."""
    wanted = KIND_WORDS.get(reading.wants or "", "such figure")
    if reading.unit and not units_fit(reading.unit, fact.unit):
        wanted = f"figure in {reading.unit}"
    return f"the page gives no {wanted} {about}: {fact.id} is " + (
        f"{fact.kind} {fact.display_value()}" if fact.kind != "amount"
        else fact.display_value())


KIND_WORDS = {"date": "date (a day or a time of day)", "year": "year", "ordinal": "ordinal (第几)",
              "identifier": "number or name",
              "money": "sum of money", "percentage": "percentage", "length": "distance",
              "mass": "weight", "age": "age", "output": "amount produced or sold",
              "name": "name (it gives figures)", "count": "count", "amount": "amount"}


#: What follows a noun to say where (区里, 库内, 港上): a place in what the noun names.
_LOCATIVES = frozenset("里内中上外边")


def words_not_on_page(content: str, statistics: Any) -> list[str]:
    """The question's words no fact holds, nor a synonym or translation of them (人口,
    population; decide.present_items), nouns first: three at most."""
    from .decide import chinese_words, present_items

    query = asked(content, statistics).query
    presence, nouns = present_items(query, statistics.known)
    absent: list[tuple[float, int, str]] = []
    items = query.items
    index = 0
    while index < len(items):
        text = items[index].text
        if presence[index] > 0 or text[:1].isdigit():
            index += 1
            continue
        if text.isascii():
            if text.lower() not in ENGLISH_STOP and len(text) > 2:
                absent.append((-nouns[index], index, text))
            index += 1
            continue
        end = index  # a stretch of absent characters, cut into words
        while end + 1 < len(items) and presence[end + 1] == 0 and \
                not items[end + 1].text.isascii():
            end += 1
        chars = "".join(item.text for item in items[index:end + 1])
        # (8个区里: in the zones, the page's 区 and where; no word of its own)
        absent += [(-share, index + start, chars[start:start + length])
                   for start, length, share in chinese_words(chars, statistics.known)
                   if length > 1 and share > 0 and not (
                       length == 2 and chars[start + 1] in _LOCATIVES and
                       chars[start] in statistics.known)]
        index = end + 1
    return [word for _, _, word in sorted(absent)[:3]]


def describe(fact: Fact, chinese: bool) -> str:
    return f"{fact.id} ({fact.label if chinese else fact.label_en}: {fact.display_value()})"


def refusal(text: str, fact_base: Any, fields: Fields, confidence: float,
            closest: tuple[Fact, ...], why: str) -> Answer:
    chinese = has_chinese(text)
    named = ", ".join(f"{fact.id} ({fact.label if chinese else fact.label_en})"
                      for fact in closest)
    several = why.startswith("the page gives several")
    message = f"the page does not say: '{text}'" + (f"; {why}" if why else "")
    if named and not several:
        message += f"; closest: {named}"
    return Answer(AskResult(text, None, confidence, closest, fact_base.sources, fields),
                  message)


ASK_FIELDS = ("question", "confidence") + FACT_FIELDS


class AskResult(Plain):
    """One answer to a question (or none: the page does not say), how sure, and the facts
    that came next (or, with no answer, the closest)."""

    __slots__ = ("question", "answer", "confidence", "alternatives", "sources", "fields",
                 "known_fields")

    def __init__(self, question: str, answer: Optional[Fact], confidence: float,
                 alternatives: tuple[Fact, ...], sources: Optional[Mapping[str, Source]] = None,
                 fields: Optional[tuple[str, ...]] = None,
                 known_fields: Sequence[str] = ASK_FIELDS) -> None:
        self.question = question
        self.answer = answer
        self.confidence = confidence
        self.alternatives = alternatives
        self.sources: Mapping[str, Source] = {} if sources is None else sources
        self.fields = fields
        self.known_fields = known_fields

    def records(self) -> list[Record]:
        if self.answer is None:
            return []
        row = {"question": self.question, "confidence": self.confidence,
               **self.answer.to_dict()}
        return [pick(row, self.fields)]

    def document(self) -> Any:
        """The answer and the alternatives as records of the fact fields --fields names
        (all where it names none); the question and the confidence always."""
        chosen = [name for name in self.fields or () if name in FACT_FIELDS] or None

        def record(fact: Fact) -> Record:
            return pick(fact.to_dict(), chosen)

        return {"question": self.question,
                "answer": record(self.answer) if self.answer else None,
                "confidence": self.confidence,
                "alternatives": [record(fact) for fact in self.alternatives]}

    def plain_text(self) -> str:
        """The answer in a line a person reads, and the page's words under it:
        `高新技术企业：188家（2023-01）` (an English question gets the English label)."""
        fact = self.answer
        if fact is None:
            return ""
        from ..base.model import APPROX_ZH, format_number

        english = not has_chinese(self.question)
        period = fact.period
        if english:
            line = f"{fact.label_en}: {fact.describe_en()}" + (f" ({period})" if period else "")
            second = f"  {fact.label}: “{fact.quote}” — {fact.section}"
        else:
            # (第7批 for an ordinal; a year's period is the year itself: said once)
            number = format_number(fact.value, grouped=fact.kind == "amount")
            said = f"第{number}{fact.unit}" if fact.kind == "ordinal" else \
                f"{APPROX_ZH[fact.approx]}{number}{fact.unit}"
            shown = period and not (fact.kind == "year" and period == number)
            line = f"{fact.label}：{said}" + (f"（{period}）" if shown else "")
            second = f"  “{fact.quote}” — {fact.section}"
        return f"{line}\n{second}\n"

    def empty(self) -> bool:
        return self.answer is None
