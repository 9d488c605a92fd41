"""components/quotes: see the README's layout section."""
