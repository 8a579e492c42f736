"""Effect cues: new phrasings, clauses asked about, and cues split by line wraps or asides."""

from __future__ import annotations

import pytest

from ingest.components.effect import effect_of

pytestmark = pytest.mark.slow


def _effect(nlp, text: str) -> str | None:  # noqa: ANN001
    return effect_of(nlp(text).user_data["nc_effect"])


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Without that trick you would need ten times as many neurons.", "increases"),
        ("Modelling the cell requires simulating molecular dynamics.", "increases"),
        ("A spine could be a fairly complicated machine with many states.", "increases"),
        ("In that scenario compute would scale with the square of the number of cells.", "increases"),
        ("Stellate cells are universal function approximators as well.", "no_major_change"),
        ("Retinal circuits are unlikely to use the full complexity of each cell.", "no_major_change"),
        ("Slow modulators could complicate FLOP/s estimates of the cortex.", "uncertain"),
        ("Until we measure more, we simply can't say anything about it.", "uncertain"),
        ("For example, the cortex is much more recurrent than most models.", None),
        ("Glial signals are slow, and slow things are cheap to simulate.", "no_major_change"),
        ("Adding these channels to a reduced model is not a large cost.", "no_major_change"),
        ("Including glia would add less than an order of magnitude.", "no_major_change"),
        ("Dendrites could add an order of magnitude to the compute needed.", "increases"),
        ("I don't think this is an order-of-magnitude change to the estimate.", "no_major_change"),
        ("So I'd call neuromodulation a factor, not an order of magnitude.", "no_major_change"),
    ],
)
def test_effect_cues_read_general_phrasings(claim_nlp, text: str, effect: str | None) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Astrocytes would not alter the estimate by orders of magnitude.", "no_major_change"),
        ("She does not see evidence that spines change it by orders of magnitude.", "no_major_change"),
        ("He doesn't see a reason that a worm would need extra computation.", "no_major_change"),
        ("She does not think this is an argument for special computation in cells.", "no_major_change"),
        ("Nor is a spine doing anything that would require molecular dynamics.", "no_major_change"),
        ("He is not sure that spike timing would imply much computational savings.", "no_major_change"),
        ("It would be impossible to predict the cell without a giant neural network.", "increases"),
        ("The cell can be predicted without a giant neural network.", "no_major_change"),
    ],
)
def test_effect_cues_follow_clause_negation(claim_nlp, text: str, effect: str) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


def test_effect_cues_in_a_whether_clause_are_uncertain(claim_nlp) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, "We don't know whether gap junctions make cells more complex.") == "uncertain"
    assert _effect(claim_nlp, "Whether spines require many more layers is what we test.") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "Some synaptic dynamics are known to be  important for timing.",  # a wrapped line's double space
        "Maybe pyramidal cells have more (useable) degrees of freedom per input.",
    ],
)
def test_effect_cues_match_across_spaces_and_short_asides(claim_nlp, text: str) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == "increases"


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("A fly would need huge amounts of compute to do that.", "increases"),
        ("She doesn't see a reason that a fly would need huge amounts of compute.", "no_major_change"),
        ("This fits the huge amount of compute we have nowadays.", None),  # not something needed
    ],
)
def test_effect_amounts_of_compute_count_only_when_needed(claim_nlp, text: str, effect: str | None) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


def test_effect_unknown_mechanisms_denied_mean_no_major_change(claim_nlp) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, "Purkinje cells may use some unknown mechanism.") == "uncertain"
    denied = "These data do not suggest some strange and unknown mechanism in Purkinje cells."
    assert _effect(claim_nlp, denied) == "no_major_change"


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        # interview-notes phrasings of more, less or about the same compute
        ("Dr. Lee thinks that modelling spines would require much more compute.", "increases"),
        ("She thinks adding astrocytes would increase the required compute substantially.", "increases"),
        ("He expects that the estimate would go down once axons are simplified.", "decreases"),
        ("Pruning would reduce the compute budget of the model.", "decreases"),
        ("She doesn't think neuromodulators would change the estimate much.", "no_major_change"),
        ("She does not expect these data to change her estimates by much.", "no_major_change"),
        ("She would not move her estimates much on the basis of sparsity alone.", "no_major_change"),
        (
            "He does not think replay would change compute estimates by more than a small factor.",
            "no_major_change",
        ),
        ("He believes spike jitter doesn't matter much for the computation.", "no_major_change"),
        ("Axonal delays probably play no role in the estimate.", "no_major_change"),
        ("The extra cost is small compared to synaptic transmission.", "no_major_change"),
        ("Retinal bipolar cells are very simple.", "no_major_change"),  # said of a neural part
        ("Electrically coupled cells can be treated as one unit in a model.", "no_major_change"),
        ("Each spine implements a simple set of thresholds.", "no_major_change"),
        ("There are limits to the degree of complexity a spine can hold.", "no_major_change"),
        ("Nobody knows how much compute plasticity requires.", "uncertain"),
        ("I expect that glial signalling will continue to surprise us.", "uncertain"),
        ("Maybe somewhere between 5 and 500 channel types matter.", "uncertain"),
        # a position between two views outweighs the cues inside them
        ("She is somewhere in between 'cells are very simple' and 'cells are more complex'.", "uncertain"),
        ("Each cortical cell is more like a deep network than a single unit.", "increases"),
        ("It would not be at the level of sophistication of a whole computer.", "no_major_change"),
        ("Prof. Ng thinks that dendritic spikes are not needed to match human performance.", "decreases"),
        ("Simulating every molecule of the spine would be overkill.", "decreases"),
        ("I don't think you need to model every ion channel.", "decreases"),
        ("She suspects that a point neuron model would be sufficient.", "no_major_change"),
        ("The point neuron abstraction works surprisingly well.", "no_major_change"),
        ("The new surrogate trick works surprisingly well.", None),  # not said of a neural part
        # levels said of compute or an estimate of it
        ("He expects the required FLOP/s to be much higher than the simple estimate.", "increases"),
        ("He thinks this compute estimate is too high.", "decreases"),
        ("She thinks the estimate is too low by a wide margin.", "increases"),
    ],
)
def test_effect_cues_read_notes_and_spoken_phrasings(claim_nlp, text: str, effect: str) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Playing chess with friends is very simple.", None),  # not said of a neural part
        ("That might just be one of, I don't know, twenty ways to fly.", None),  # a spoken aside
        ("Variable channels may be energetically cheaper than identical ones.", None),  # energy, not compute
        ("Identical synapses might be more expensive for the brain to build.", None),
        ("Identical synapses might be more expensive for the brain than variable ones.", None),
        # a relative clause describing another cue's noun belongs to that cue
        ("It is closer to a constant overhead that can be ignored at scale.", "no_major_change"),
    ],
)
def test_effect_cues_skip_asides_biological_costs_and_described_cues(claim_nlp, text: str, effect) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        # a multiplying verb on a cost, and a verb moving an estimate as "up" or "down" says
        ("Every use of a synapse may be doubling or tripling the per-synapse cost.", "increases"),
        ("That raises the central figure by a factor of two or so.", "increases"),
        ("So it pulls the central estimate down, not up.", "decreases"),
        ("It pushes the cost up.", "increases"),
        ("She doesn't think it would push the estimate up much.", "no_major_change"),
        ("He pulled the chair up to the bench.", None),
        # a count that leaves out what matters, a model too simple for a neural part
        ("Event-based accounting would undercount the work dendrites do.", "increases"),
        ("For these cells a point-neuron model is too simple.", "increases"),
        ("The tasks are too simple for the monkeys.", None),
        # an addition bounded at a small factor, or lost in the spread; one beyond a bound, denied
        ("Her best guess is that glia add less than a factor of two.", "no_major_change"),
        ("Adding gap junctions would probably not more than double the total cost.", "no_major_change"),
        ("Tightening one input by a factor of 3 seems well inside the noise.", "no_major_change"),
        ("I'd be quite surprised if glia add more than 2x.", "no_major_change"),
        ("Dendrites add more than an order of magnitude.", "increases"),
        # a move of the estimate or the number, denied or barely made
        ("I think glia are very unlikely to move the estimate by 10x.", "no_major_change"),
        ("Neuromodulation and glia barely move the number.", "no_major_change"),
        # an overcount, and the same job at a fraction of the cost
        ("You've overestimated by something like a factor of four or five.", "decreases"),
        ("A two-layer model gets you most of the way for a small fraction of the cost.", "decreases"),
        # state a model must carry, an understated gap, a cost stated as a factor
        ("Facilitation adds state to each synapse.", "increases"),
        ("Neuron counts would understate the gap.", "increases"),
        ("Timing precision costs a factor of ten.", "increases"),
        ("Adjust the estimate up by maybe a factor of two to ten.", "increases"),
        # a small share added, small beside the rest, and "add much" denied (said alone, it bears on nothing)
        ("So ephaptic effects likely add a small fraction to the overall budget.", "no_major_change"),
        ("Glia add a few percent to the budget.", "no_major_change"),
        ("The firing decision's cost is usually small in comparison.", "no_major_change"),
        (
            "She does not think modeling these cascades would add much to the compute budget.",
            "no_major_change",
        ),
        ("Dendrites add much to the picture.", None),
    ],
)
def test_effect_cues_read_multiples_directions_and_undercounts(claim_nlp, text: str, effect) -> None:  # noqa: ANN001
    assert _effect(claim_nlp, text) == effect
