"""The mechanism matcher is fed from the SKOS scheme; every concept's labels match."""

from __future__ import annotations

import pytest

from ingest.components.mechanisms import FALLBACK
from ontology.mechanisms import load_mechanisms


@pytest.mark.parametrize(
    ("text", "mechanism"),
    [
        ("adding NMDA currents to the model", "nmda_receptors"),
        ("short-term facilitation changes release", "learning_plasticity"),
        ("pairing them induces LTD at those synapses", "learning_plasticity"),
        ("the apical tuft is electrically remote", "dendritic_computation"),
        ("my central estimate is around 10^15", "total_brain_compute"),
        ("a rounding error in the operation count", "total_brain_compute"),
        ("thin branches act as sigmoidal subunits", "dendritic_computation"),
        ("dendritic spikes in the tree", "dendritic_computation"),
        ("Calcium dynamics are the most egregious example", "calcium_dynamics"),
        ("the autopatcher runs patch clamp experiments", "electrophysiology_data"),
        ("a leaky integrated phi neuron", "neuron_io_complexity"),  # speech-recognition variant (hiddenLabel)
        ("a single synaptic weight", "synaptic_transmission"),
        ("the reliability of synaptic failures varies", "synaptic_transmission"),  # the adjective alone
        ("most SNNs are trained offline", "spike_timing"),
        ("an SNN on a chip", "spike_timing"),
        ("the temporal precision of the reply", "spike_timing"),
        ("both ANNs scored well", "neuron_io_complexity"),
        ("an Izhikevich model of a bursting cell", "neuron_io_complexity"),
        ("it acts as a resonator at theta frequency", "neuron_io_complexity"),
        ("event-driven chips are efficient", "energy_efficiency"),
        ("the efficiency of the hardware", "energy_efficiency"),
        ("firing is metabolically costly", "energy_efficiency"),
        ("a short integration window favours coincident input", "time_constants"),
        ("the cells are sparsely wired", "sparsity"),
        ("each stage keeps throwing away information", "sparsity"),
        ("the layer acts as an information bottleneck", "sparsity"),
        # how often neurons fire is how sparse the activity is (every blind annotator filed it so)
        ("the average firing rate across cortex", "sparsity"),
        ("reflexes in the periphery", "peripheral_systems"),
        ("work on motor systems in rodents", "peripheral_systems"),
        ("a theory pitched at the algorithmic level", "methodology"),  # Marr's levels of analysis
        ("as Marr argued for vision", "methodology"),
        # neuromodulators by name and mechanism, and speech-recognition variants (hiddenLabel)
        ("noradrenaline from the locus coeruleus", "neuromodulation"),
        ("receptors that are G protein coupled", "neuromodulation"),
        ("a hundred neuro peptides in mammals", "neuromodulation"),
        ("the astro sites touch many synapses", "glia"),
        ("the in MDA receptors open slowly", "nmda_receptors"),
        # fields and electrical coupling by the words biophysicists use for them
        ("endogenous fields during normal activity", "ephaptic_effects"),
        ("a field of about 1 mV/mm", "ephaptic_effects"),
        ("the extracellular potential on a coarse grid", "ephaptic_effects"),
        ("most coupling coefficients are below 10%", "gap_junctions"),
        ("cells that are electrically coupled", "gap_junctions"),
        # intracellular signalling, filed where annotators file it
        ("second-messenger cascades amplify signals", "neuromodulation"),
        ("cyclic AMP activates PKA within seconds", "neuromodulation"),
        ("the CaMKII switch hypothesis", "learning_plasticity"),
        ("a kinase opposed by a phosphatase", "learning_plasticity"),
        ("synaptic tagging and protein synthesis", "learning_plasticity"),
        ("buffered by calbindin and calmodulin", "calcium_dynamics"),
        # the axon as more than a wire
        ("branch point failures in the axon", "neuron_io_complexity"),
        ("conduction delays of a few milliseconds", "spike_timing"),
        ("replay during sleep drives memory consolidation", "learning_plasticity"),
        ("the synaptic homeostasis hypothesis", "learning_plasticity"),
        ("the canonical microcircuit of a minicolumn", "brain_architecture"),
        ("mismatch responses in mouse V1", "electrophysiology_data"),
        ("central pattern generators in the lamprey", "peripheral_systems"),
        ("a few hundred thousand motor units", "peripheral_systems"),
        ("phase precession within each theta cycle", "spike_timing"),
        # brain rhythms: their timing is what a clock or a time step has to resolve
        ("the oscillations themselves cost nothing extra", "spike_timing"),
        ("gamma at forty hertz has a cycle of 25 milliseconds", "spike_timing"),
        ("phase coding in the hippocampus", "spike_timing"),
        ("grid cells in the entorhinal cortex", "brain_architecture"),
        ("dopaminergic axons with release from varicosities", "neuromodulation"),
        ("five muscarinic receptors", "neuromodulation"),
        # the structures under the cortex, and the firing modes of thalamic cells
        ("the direct and indirect pathway of the basal ganglia", "brain_architecture"),
        ("the thalamic reticular nucleus wraps the thalamus", "brain_architecture"),
        ("climbing fibres onto the cerebellar cortex", "brain_architecture"),
        ("relay cells switch from tonic mode to burst mode", "neuron_io_complexity"),
        ("T-type calcium channels de-inactivate", "ion_channels"),
        # development: synapses made and pruned, critical periods; how much data learning needs
        ("synaptogenesis peaks in the second postnatal year", "learning_plasticity"),
        ("synaptic pruning during adolescence", "learning_plasticity"),
        ("a critical period for ocular dominance", "learning_plasticity"),
        ("children are far more sample-efficient than language models", "learning_plasticity"),
        ("the lifetime anchor of about 1e24 FLOP", "total_brain_compute"),
        # hearing and smell: timing in the brainstem, receptor cells, insect brain regions
        ("listeners resolve interaural time differences of 10 microseconds", "spike_timing"),
        ("MSO neurons act as coincidence detectors", "spike_timing"),
        ("the calyx of Held is a giant relay", "synaptic_transmission"),
        ("photoreceptors communicate with graded potentials", "synaptic_transmission"),
        ("photoreceptors communicate with graded potentials", "peripheral_systems"),
        ("about 30,000 fibres in the auditory nerve", "peripheral_systems"),
        ("Kenyon cells of the mushroom body", "brain_architecture"),
        ("one glomerulus of the antennal lobe", "brain_architecture"),
        ("dopamine gates a three-factor rule", "learning_plasticity"),
        ("the FlyWire connectome of the whole fly brain", "connectomics"),
        # recording activity by light is recording data; the gates of channels; release at synapses
        ("calcium imaging of 100,000 neurons at 2 Hz", "electrophysiology_data"),
        ("voltage indicators respond in under a millisecond", "electrophysiology_data"),
        ("each gating variable needs an exponential", "ion_channels"),
        ("the thing that kills you is stochastic release", "synaptic_transmission"),
        # myelin is the glia's; memory capacity is learning's
        ("adaptive myelination in adults", "glia"),
        ("the brain's memory capacity in bits", "learning_plasticity"),
    ],
)
def test_mechanism_matcher_labels_mentions(blank_nlp, text: str, mechanism: str) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    doc = blank_nlp(text)
    assert mechanism in {span.label_ for span in doc.spans["nc_mechanisms"]}


def test_mechanism_matcher_knows_every_scheme_label(blank_nlp) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    for mechanism in load_mechanisms():
        if mechanism.id == FALLBACK:
            continue  # what a claim naming nothing gets
        for label in (mechanism.label, *mechanism.alt_labels):
            doc = blank_nlp(label)
            assert doc.spans["nc_mechanisms"], f"{label!r} of {mechanism.id} is not matched"


def test_mechanism_matcher_prefers_longest_match(blank_nlp) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    doc = blank_nlp("NMDA receptors matter")
    assert [(s.text, s.label_) for s in doc.spans["nc_mechanisms"]] == [("NMDA receptors", "nmda_receptors")]


@pytest.mark.slow
def test_mechanism_matcher_uses_lemmas(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("Some calcium signals are fast.")
    assert "calcium_dynamics" in {span.label_ for span in doc.spans["nc_mechanisms"]}


@pytest.mark.parametrize(
    ("text", "mechanism"),
    [
        ("I don't think ion    channels are irrelevant", "ion_channels"),  # "ion\n*  channels", blanked
        ("So time    constant is how quickly the neuron forgets", "time_constants"),
    ],
)
def test_mechanism_matcher_matches_phrases_wrapped_over_lines(blank_nlp, text: str, mechanism: str) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    doc = blank_nlp(text)
    found = {span.label_: span.text for span in doc.spans["nc_mechanisms"]}
    assert mechanism in found and "    " in found[mechanism]  # the span covers the wrapped phrase


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("I didn't know anything about it at that time.", "timing"),
        ("The next section of the talk covers it.", "connectomics"),
        ("We looked at the image on the screen.", "methodology"),
    ],
)
def test_mechanism_matcher_gerund_labels_do_not_match_their_lemma(claim_nlp, text: str, wrong: str) -> None:  # noqa: ANN001
    doc = claim_nlp(text)
    assert wrong not in {span.label_ for span in doc.spans["nc_mechanisms"]}


@pytest.mark.slow
def test_mechanism_matcher_still_matches_verbs_written_as_labels(claim_nlp) -> None:  # noqa: ANN001
    doc = claim_nlp("The network learned the task and we modeled it.")
    assert {"learning_plasticity", "methodology"} <= {span.label_ for span in doc.spans["nc_mechanisms"]}


@pytest.mark.parametrize("text", ["the cells signal to each other", "in other words, it varies"])
def test_mechanism_matcher_never_matches_the_catch_all_concept(blank_nlp, text: str) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    doc = blank_nlp(text)
    assert FALLBACK not in {span.label_ for span in doc.spans["nc_mechanisms"]}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("A long time constant smooths the input. If it is near 50 ms, bursts add up.", True),
        ("The time constant matters. At 5 milliseconds only coincident inputs count.", True),
        ("The cells reply within 3 ms of each other.", False),  # no time constant named before
        ("If it is near 50 ms, bursts add up. The time constant matters.", False),  # named only after
    ],
)
def test_mechanism_matcher_reads_ms_after_a_time_constant(blank_nlp, text, named) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    doc = blank_nlp(text)
    units = [s.text for s in doc.spans["nc_mechanisms"] if s.label_ == "time_constants"]
    assert any(u in ("ms", "milliseconds") for u in units) is named


def test_mechanism_matcher_ignores_everyday_words_that_spell_a_molecule(blank_nlp) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    assert not blank_nlp("One camp argues the opposite.").spans["nc_mechanisms"]


def test_calcium_imaging_is_a_recording_method_not_calcium_dynamics(blank_nlp) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    doc = blank_nlp("calcium imaging of the whole larval brain")
    assert {span.label_ for span in doc.spans["nc_mechanisms"]} == {"electrophysiology_data"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The modulators change the parameters of the circuit.", "neuromodulation"),
        ("The language network sits mostly in the left hemisphere.", "brain_architecture"),
        ("A lot of what we capture with f MRI is pretty coarse.", "methodology"),
        ("Each voxel sums over half a million neurons.", "methodology"),
        ("Every weight update needs a couple of eligibility traces.", "learning_plasticity"),
    ],
)
def test_mechanism_matcher_knows_modulators_regions_and_fmri(blank_nlp, text: str, concept: str) -> None:  # noqa: ANN001
    blank_nlp.add_pipe("nc_mechanisms")
    doc = blank_nlp(text)
    assert concept in {span.label_ for span in doc.spans["nc_mechanisms"]}
