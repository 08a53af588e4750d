"""Tests of the introduction (aifin_lib.chapters.introduction): its frames, exercises and the
old module path."""

import pandas as pd
import pytest
from numpy.testing import assert_allclose

from aifin_lib import data, exercises, i18n
from aifin_lib.chapters import introduction as intro


def test_capex_multiple_by_hand():
    """The multiple is the ratio of the lowest estimates of the two years."""
    capex = intro.capex_series().set_index("year")["capex_usd_bn"]
    assert_allclose(intro.capex_multiple(2023, 2026), capex[2026] / capex[2023])
    assert_allclose(intro.capex_multiple(2024, 2024), 1.0)


def test_capex_multiple_and_year_split_refuse_a_year_without_capex():
    """A year outside the series is refused with the parameter named."""
    with pytest.raises(ValueError, match="last must be one of the years"):
        intro.capex_multiple(2023, 2030)
    with pytest.raises(ValueError, match="year must be one of"):
        intro.year_split(2019, 0.5, 0.06)


def test_first_year_interest_is_rate_times_debt():
    """All of 2026's capex borrowed at 9 %: the interest is 9 % of the capex; nothing borrowed,
    no interest."""
    capex_2026 = intro.capex_series().set_index("year").loc[2026, "capex_usd_bn"]
    assert_allclose(intro.first_year_interest(2026, debt_share=1.0, interest_rate=0.09),
                    0.09 * capex_2026, rtol=1e-6)
    assert intro.first_year_interest(2026, debt_share=0.0, interest_rate=0.09) == 0.0
    split = intro.year_split(2026, debt_share=0.25, interest_rate=0.05)
    assert_allclose(split["usd_bn"].sum(), capex_2026, rtol=1e-9)


def test_the_worksheet_checks_with_the_chapters_own_functions():
    """intro-1..4 are the chapter's EXERCISES, with their former units and tolerances."""
    expected = {"intro-1": ("fraction", 0.02), "intro-2": ("times", 0.02),
                "intro-3": ("usd_bn", 0.01), "intro-4": ("times", 0.02)}
    assert {e.exercise_id: (e.unit, e.rel_tol) for e in intro.EXERCISES} == expected
    for ex in intro.EXERCISES:
        assert exercises.EXERCISES[ex.exercise_id] is ex


def test_exercise_answers_from_the_data():
    """Morgan Stanley's gap over its capex; 2026 over 2023; 9 % of 2026's capex; 2025's bonds
    over the 2020-2024 average."""
    answers = {ex.exercise_id: ex.compute() for ex in intro.EXERCISES}
    assert_allclose(answers["intro-1"], data.metric_value("ms_2025_financing_gap")
                    / data.metric_value("ms_2025_dc_capex_2025_2028"))
    assert_allclose(answers["intro-2"], intro.capex_multiple(2023, 2026))
    capex_2026 = intro.capex_series().set_index("year").loc[2026, "capex_usd_bn"]
    assert_allclose(answers["intro-3"], intro.INTEREST_RATE_SLIDER[1] * capex_2026, rtol=1e-6)
    assert_allclose(answers["intro-4"], data.metric_value("bofa_2025_hyperscaler_bonds")
                    / data.metric_value("bofa_2025_hyperscaler_bonds_avg_2020_2024"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_worked_solutions_show_the_worksheet_answers(lang):
    """The prose quotes the same numbers the checker expects."""
    figures = intro.prose_figures(lang)
    assert figures["intro_ex2_interest"] == i18n.fmt_usd_bn(intro.worst_case_interest(), lang)
    assert figures["intro_ms_gap_share"] == i18n.fmt_percent(intro.external_share(), lang, 0)
    assert figures["intro_capex_multiple"] == i18n.t_plural(
        "n_times", round(intro.capex_multiple(), 1), lang)


def test_prose_sections_do_not_overlap():
    """Every glue key comes from one section only, and all are the introduction's."""
    keys: list[str] = []
    for section in (intro._explosion_figures, intro._lenders_figures, intro._deals_figures,
                    intro._revenue_figures, intro._history_figures, intro._dashboard_figures):
        keys += list(section("en"))
    assert len(keys) == len(set(keys))
    assert keys == list(intro.prose_figures("en"))
    assert all(k.startswith("intro_") for k in keys)


def test_the_dashboard_sliders_are_the_exercises_range():
    """The worksheet's worst case is the sliders' top: all borrowed, at the highest rate."""
    sliders = {s.name: s for s in intro.financing_dashboard().controls}
    assert sliders["interest_rate"].stop == intro.INTEREST_RATE_SLIDER[1]
    assert sliders["debt_share"].stop == intro.DEBT_SHARE_SLIDER[1]
    assert sliders["debt_share"].value == data.assumption("capex_debt_share").value


def test_the_old_module_path_still_works():
    """aifin_lib.intro resolves every former name from the new home; the assumptions are rows
    of data/assumptions.csv, not copies."""
    import aifin_lib.intro as old

    for name in old.__all__:
        assert getattr(old, name) is not None, name
    assert old.financing_split is intro.financing_split
    assert old._issuers is intro._issuers
    assert old.Assumption is data.Assumption
    assert old.DEBT_SHARE_ASSUMPTION == data.assumption("capex_debt_share")
    assert old.INTEREST_RATE_ASSUMPTION == data.assumption("capex_debt_interest_rate")
    assert isinstance(old.capex_series(), pd.DataFrame)
    with pytest.raises(AttributeError, match="no attribute 'missing'"):
        old.missing  # noqa: B018
