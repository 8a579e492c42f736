"""The whole app driven through Streamlit's AppTest against a real on-disk store of the sample
extractions (tests/conftest.py: sample_store_dir sets NEUROCLAIMS_STORE): every page, filters,
selecting a claim, SPARQL, the estimate's weights, and the empty graph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ui.launch import APP_PATH
from ui.views import PAGES

TIMEOUT = 60


def run_page(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP_PATH), default_timeout=TIMEOUT)
    at.query_params["page"] = page
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def all_text(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("markdown", "caption", "subheader", "title", "info", "error", "warning", "success")
        for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts)


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]


def shown_count(at: AppTest) -> int:
    match = re.search(r"\*\*(\d+)\*\* of (\d+) claims", all_text(at))
    assert match, all_text(at)[:500]
    return int(match.group(1))


@pytest.mark.parametrize("page", list(PAGES))
def test_app_renders_every_page_on_sample_store(sample_store_dir: Path, page: str) -> None:
    at = run_page(page)
    assert_no_exception(at)
    assert not at.error, [e.value for e in at.error]
    assert at.title[0].value == PAGES[page].title
    assert "9 claims" in all_text(at)  # the sidebar summary: the store was read


@pytest.mark.parametrize("existing", [False, True], ids=["no-store-yet", "empty-store"])
@pytest.mark.parametrize("page", list(PAGES))
def test_app_empty_graph_shows_how_to_ingest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str, existing: bool
) -> None:
    location = tmp_path / "store"
    if existing:
        from kg.store.oxigraph import OxigraphStore

        OxigraphStore(location).close()
    monkeypatch.setenv("NEUROCLAIMS_STORE", str(location))
    monkeypatch.delenv("NEUROCLAIMS_ENDPOINT", raising=False)
    at = run_page(page)
    assert_no_exception(at)
    if PAGES[page].needs_claims:
        assert "neuroclaims ingest corpus/" in "\n".join(i.value for i in at.info)
        assert not at.dataframe


def test_app_unknown_page_falls_back_to_claims(sample_store_dir: Path) -> None:
    at = run_page("no-such-page")
    assert_no_exception(at)
    assert at.title[0].value == "Claims"


def test_claims_filters_narrow_the_table(sample_store_dir: Path) -> None:
    at = run_page("claims")
    assert shown_count(at) == 9
    at.multiselect(key="claims_experts").select("agent-shaul-druckmann").run()
    assert shown_count(at) == 4
    table = at.dataframe[0].value
    assert set(table["expert"]) == {"Shaul Druckmann"}
    at.slider(key="claims_certainty").set_range(0.35, 1.0).run()
    assert shown_count(at) == 2
    at.selectbox(key="claims_quantity").set_value("yes").run()
    assert shown_count(at) == 1


def test_claims_search_and_no_match_message(sample_store_dir: Path) -> None:
    at = run_page("claims")
    at.text_input(key="claims_search").input("redundant").run()
    assert shown_count(at) == 1
    at.text_input(key="claims_search").input("dendritic").run()
    assert shown_count(at) == 2  # one quote says it, another claim is about dendritic computation
    at.text_input(key="claims_search").input("zebrafish").run()
    assert shown_count(at) == 0
    assert any("No claim matches" in w.value for w in at.warning)
    assert_no_exception(at)


def test_claims_selecting_a_claim_shows_it_in_its_source(
    sample_store_dir: Path, sample_extractions: list
) -> None:
    claim = next(
        c for e in sample_extractions for c in e.claims if c.evidence.quote.startswith("He would guess")
    )
    at = run_page("claims")
    at.selectbox(key="claim_select").set_value(claim.id).run()
    text = all_text(at)
    marked = re.findall(r"<mark[^>]*>(.*?)</mark>", text, flags=re.S)
    assert marked == [claim.evidence.quote]
    assert "Shaul Druckmann — interviewee, Stanford University" in text
    assert "“would guess”, “probably”" in text
    quantities = at.dataframe[1].value
    assert list(quantities["as written"]) == ["between 1 and 100 FLOPs per spike through synapse"]
    assert list(quantities["best"]) == [10]
    relations = at.dataframe[2].value
    assert "Geoffrey Irving" in set(relations["expert"])
    assert any("conflicts" in r for r in relations["relation"])


def test_claims_deep_link_selects_the_claim(sample_store_dir: Path, sample_extractions: list) -> None:
    claim = next(c for e in sample_extractions for c in e.claims if c.cites)
    at = run_page("claims", claim=claim.id)
    assert at.selectbox(key="claim_select").value == claim.id
    assert f"**Cites:** {claim.cites[0]}" in all_text(at)


def test_experts_page_lists_disagreements(sample_store_dir: Path) -> None:
    at = run_page("experts")
    at.selectbox(key="expert_select").set_value("agent-geoffrey-irving").run()
    assert_no_exception(at)
    disagreements = next(df.value for df in at.dataframe if "other expert" in df.value.columns)
    assert set(disagreements["other expert"]) == {"Shaul Druckmann", "commenter 2"}


def test_sources_page_marks_every_claim_of_the_source(sample_store_dir: Path) -> None:
    at = run_page("sources")
    at.selectbox(key="source_select").set_value("sample-forum-2021").run()
    reader = next(m.value for m in at.markdown if "max-height" in m.value)
    assert len(re.findall(r"<mark ", reader)) == 4
    assert "commenter 1:" in reader


def test_mechanisms_page_spreads_effects_by_expert(sample_store_dir: Path) -> None:
    at = run_page("mechanisms")
    at.selectbox(key="mechanism_select").set_value("synaptic_transmission").run()
    assert_no_exception(at)
    quantities = next(df.value for df in at.dataframe if "as written" in df.value.columns)
    assert set(quantities["as written"]) == {
        "between 1 and 100 FLOPs per spike through synapse",
        "about one FLOP",
    }


def test_graph_page_radius_grows_the_neighbourhood(sample_store_dir: Path) -> None:
    at = run_page("graph")
    at.selectbox(key="graph_focus_expert").set_value("agent-geoffrey-irving").run()
    at.slider(key="graph_radius").set_value(1).run()
    one = int(re.search(r"(\d+) nodes", all_text(at)).group(1))
    at.slider(key="graph_radius").set_value(2).run()
    two = int(re.search(r"(\d+) nodes", all_text(at)).group(1))
    assert one == 2  # Irving and his one claim
    assert two > one
    assert_no_exception(at)


def test_sparql_runs_a_query_and_offers_csv(sample_store_dir: Path) -> None:
    at = run_page("sparql")
    query = "PREFIX nc: <https://w3id.org/neuroclaims/ns#>\nSELECT (COUNT(?c) AS ?n) WHERE { ?c a nc:Claim }"
    at.text_area(key="sparql_text").input(query)
    at.button(key="sparql_run").click().run()
    assert not at.error, [e.value for e in at.error]
    result = at.dataframe[0].value
    assert int(result["n"][0]) == 9


@pytest.mark.parametrize("query", ["SELECT WHERE {", "DELETE WHERE { ?s ?p ?o }", "   "])
def test_sparql_bad_query_shows_error_without_traceback(sample_store_dir: Path, query: str) -> None:
    at = run_page("sparql")
    at.text_area(key="sparql_text").input(query)
    at.button(key="sparql_run").click().run()
    assert_no_exception(at)
    assert len(at.error) == 1
    assert "Traceback" not in at.error[0].value


def test_sparql_examples_fill_the_editor(sample_store_dir: Path) -> None:
    at = run_page("sparql")
    examples = at.selectbox(key="sparql_example").options
    if len(examples) < 2:
        pytest.skip("fewer than two named queries shipped")
    at.selectbox(key="sparql_example").set_value(examples[1]).run()
    assert at.text_area(key="sparql_text").value.strip()
    at.button(key="sparql_run").click().run()
    assert_no_exception(at)


def _percentiles(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def test_estimate_weight_change_moves_percentiles(sample_store_dir: Path) -> None:
    at = run_page("estimate")
    assert_no_exception(at)
    before = _percentiles(at)
    assert len(before) == 5
    at.slider(key="w_certainty").set_value(1.0).run()
    at.slider(key="w_role_interviewee").set_value(0.0).run()
    after = _percentiles(at)
    assert after != before
    assert_no_exception(at)


def test_estimate_caption_says_which_parameters_keep_their_priors(sample_store_dir: Path) -> None:
    from ui.views.estimate import _fallbacks

    assert _fallbacks(["spike_rate"]) == "1 parameter falls back to its prior (spike_rate)"
    assert _fallbacks(["a", "b"]) == "2 parameters fall back to their priors (a, b)"
    assert _fallbacks([]) == "no parameter falls back to its prior"
    assert "back to" in all_text(run_page("estimate"))


def test_estimate_excluding_a_claim_changes_its_parameter(sample_store_dir: Path) -> None:
    at = run_page("estimate")
    options = at.multiselect(key="w_excluded").options
    assert options, "the sample claims should feed the model"
    expanders_before = [e.label for e in at.expander]
    for option in options:
        at.multiselect(key="w_excluded").select(option)
    at.run()
    assert_no_exception(at)
    assert [e.label for e in at.expander] != expanders_before
    assert any("prior only" in label for label in (e.label for e in at.expander))


def test_estimate_offers_input_downloads(sample_store_dir: Path) -> None:
    at = run_page("estimate")
    downloads = at.get("download_button")
    assert len(downloads) == 3


def test_add_document_rejects_bad_input_plainly(sample_store_dir: Path) -> None:
    at = run_page("add")
    at.text_area(key="add_participants").input("Jane Doe:astronaut")
    next(b for b in at.button if b.label == "Ingest").click().run()
    assert_no_exception(at)
    assert len(at.error) == 1
    message = at.error[0].value
    assert "Paste the document's text" in message
    assert "Give the document a title" in message
    assert "unknown role 'astronaut'" in message


@pytest.mark.parametrize(
    ("view", "table_column"), [("expert_mechanism", "centrality"), ("citations", "centrality")]
)
def test_graph_page_projection_views_rank_nodes(sample_store_dir: Path, view: str, table_column: str) -> None:
    at = run_page("graph")
    at.radio(key="graph_view").set_value(view).run()
    assert_no_exception(at)
    rankings = [df.value for df in at.dataframe if table_column in df.value.columns]
    assert rankings and len(rankings[0]) > 0
    names = set(rankings[0]["name"])
    if view == "citations":
        assert {"Beniaguev, Segev & London (2021)", "Carlsmith (2020)"} <= names
    else:
        assert "synaptic transmission" in names


def test_sparql_query_link_opens_and_runs_a_named_query(sample_store_dir: Path) -> None:
    at = run_page("sparql", query="disagreements")
    assert_no_exception(at)
    assert at.selectbox(key="sparql_example").value == "disagreements"
    assert not at.error, [e.value for e in at.error]
    result = at.dataframe[0].value
    assert len(result) > 0 and "speaker_a" in result.columns
