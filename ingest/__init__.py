"""The ingest stage: read documents into Sources with speaker segments, then extract Claims."""
