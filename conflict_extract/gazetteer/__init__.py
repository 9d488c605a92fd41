"""gazetteer: see the README's layout section."""
