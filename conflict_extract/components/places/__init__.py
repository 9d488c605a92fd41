"""components/places: see the README's layout section."""
