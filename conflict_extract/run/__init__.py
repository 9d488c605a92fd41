"""run: see the README's layout section."""
