"""Citations: author-year, possessive labs and reports, numbered references, finding subjects."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("As Beniaguev et al. 2021 showed, neurons are deep.", "Beniaguev et al. 2021"),
        ("Energy figures follow Sarpeshkar 2010 closely.", "Sarpeshkar 2010"),
        (
            "This is a link post for Beniaguev, D., Segev, I., & London, M. (2021).",
            "Beniaguev, D., Segev, I., & London, M. (2021",
        ),
        ("Work from Eve Marder's lab shows degeneracy.", "Eve Marder's lab"),
        ("Only 107 cells have a full model[1].", "[1]"),
        ("From the Quanta article: neurons are complex.", "the Quanta article"),
    ],
)
def test_citations_find_cited_works(blank_nlp, text: str, cited: str) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_citations")
    records = blank_nlp(text).user_data["nc_citations"]
    assert cited in [r["text"] for r in records]


def test_citations_ignore_plain_years(blank_nlp) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_citations")
    assert blank_nlp("In 2016, the agency launched a project.").user_data["nc_citations"] == []


@pytest.mark.slow
def test_citations_join_people_who_found_a_result(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("David Beniaguev, Idan Segev, and Michael London found that NMDA currents matter.")
    texts = [r["text"] for r in doc.user_data["nc_citations"] if r["kind"] == "finding"]
    assert texts == ["David Beniaguev, Idan Segev, and Michael London"]


@pytest.mark.slow
def test_citations_take_a_person_who_came_up_with_an_approach(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("So Maria Keller came up with a clever way to train spiking networks.")
    assert [r["text"] for r in doc.user_data["nc_citations"]] == ["Maria Keller"]
    doc = claim_nlp("Then Maria Keller came to the lab and we talked about spiking networks.")
    assert doc.user_data["nc_citations"] == []  # coming somewhere reports no work


def test_citations_drop_a_leading_adverb_from_a_possessive(blank_nlp) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_citations")
    records = blank_nlp("Currently Carlsmith's median estimate is high.").user_data["nc_citations"]
    assert [r["text"] for r in records] == ["Carlsmith's median estimate"]
