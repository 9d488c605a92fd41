"""The extraction components, one folder each, in pipeline order: dates, places, groups, quotes, casualties."""
