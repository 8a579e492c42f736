"""The Streamlit app: pages over the claim graph (reads kg and ontology only; never runs spaCy)."""
