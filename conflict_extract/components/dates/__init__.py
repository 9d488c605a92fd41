"""components/dates: see the README's layout section."""
