"""The estimate on the real corpus: the claims the brief names feed the parameters they should."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.estimate import audit, build_inputs, load_model, run_estimate

CORPUS = Path(__file__).parents[3] / "corpus"


@pytest.fixture(scope="module")
def corpus_extractions(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    from kg.store.oxigraph import OxigraphStore
    from neuroclaims.pipeline import ingest_paths

    store = OxigraphStore(tmp_path_factory.mktemp("corpus") / "store")
    ingest_paths([CORPUS], store)
    extractions = store.extractions()
    store.close()
    return extractions


@pytest.mark.slow
def test_corpus_claims_feed_the_named_parameters(corpus_extractions) -> None:  # noqa: ANN001
    inputs = build_inputs(corpus_extractions, load_model())
    per_spike = inputs.parameters["flops_per_spike"].contributions
    # Sarpeshkar's 40 FLOPs per spike through synapse, reported in the Marblestone interview notes
    assert any(c.source_id == "marblestone-2019-2020" and c.stated_best == 40 for c in per_spike)
    # the neuron-as-DNN cost from the EA Forum post, converted to FLOP/s per neuron
    per_neuron = inputs.parameters["flops_per_neuron"].contributions
    assert any(c.source_id == "ea-forum-beniaguev-2021" and c.conversion for c in per_neuron)
    # time-constant heterogeneity from the podcast: "10 or a hundred times as many neurons"
    timing = inputs.parameters["timing"].contributions
    assert any(c.speaker == "Dan Goodman" and c.via == "quantity" and c.low == 10 for c in timing)
    assert inputs.parameters["spike_rate"].uses_prior  # no source states a mean firing rate
    result = run_estimate(inputs, samples=20_000, seed=0)
    assert result.percentiles.p5 < result.percentiles.p50 < result.percentiles.p95


@pytest.mark.slow
def test_corpus_audit_flags_the_forum_comments_product(corpus_extractions) -> None:  # noqa: ANN001
    findings = audit(corpus_extractions)
    mismatches = [f for f in findings if f.status == "mismatch"]
    assert any("10^11 neurons = 10^17" in f.text and f.computed == pytest.approx(1e19) for f in mismatches)
    assert any(f.kind == "step" and f.status == "ok" and f.computed == pytest.approx(1e8) for f in findings)
