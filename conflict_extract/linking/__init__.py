"""Linking: one span index that answers which extracted item lies at a character range."""

from conflict_extract.linking.spans import group_at, groups_in

__all__ = ["group_at", "groups_in"]
