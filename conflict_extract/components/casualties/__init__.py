"""components/casualties: see the README's layout section."""
