"""nlp: see the README's layout section."""
