"""io: see the README's layout section."""
