"""text: see the README's layout section."""
