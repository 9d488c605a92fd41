"""components/groups: see the README's layout section."""
