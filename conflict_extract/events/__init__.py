"""events: see the README's layout section."""
