from neuroclaims.cli import app

app()
