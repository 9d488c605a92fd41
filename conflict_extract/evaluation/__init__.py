"""evaluation: see the README's layout section."""
