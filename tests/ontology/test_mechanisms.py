from __future__ import annotations

from pathlib import Path

from rdflib.namespace import SKOS

from ontology.mechanisms import load_mechanisms, mechanism_label, mechanisms_by_id
from ontology.namespaces import MECH

GOLD_TOPICS = ("synaptic_transmission neuron_io_complexity dendritic_computation nmda_receptors ion_channels "
               "calcium_dynamics learning_plasticity neuromodulation glia gap_junctions ephaptic_effects "
               "spike_timing time_constants sparsity neuron_synapse_counts total_brain_compute "
               "electrophysiology_data transcriptomics connectomics peripheral_systems model_organisms "
               "brain_architecture methodology energy_efficiency other").split()


def test_load_mechanisms_covers_every_gold_topic() -> None:
    ids = {m.id for m in load_mechanisms()}
    assert set(GOLD_TOPICS) <= ids


def test_mechanisms_have_labels_and_known_broader() -> None:
    by_id = mechanisms_by_id()
    for mechanism in load_mechanisms():
        assert mechanism.label
        assert mechanism.broader is None or mechanism.broader in by_id


def test_mechanism_label_falls_back_to_the_id() -> None:
    assert mechanism_label("synaptic_transmission") == "synaptic transmission"
    assert mechanism_label("not_in_scheme") == "not in scheme"


def test_load_mechanisms_reads_a_given_file(tmp_path: Path) -> None:
    path = tmp_path / "m.ttl"
    path.write_text(f"@prefix skos: <{SKOS}> .\n<{MECH}x> skos:inScheme <{MECH}s> ;"
                    ' skos:prefLabel "ex" ; skos:altLabel "b", "a" .\n')
    (mechanism,) = load_mechanisms(path)
    assert (mechanism.id, mechanism.label, mechanism.alt_labels) == ("x", "ex", ("a", "b"))
