"""Linking: one span index that answers which extracted item lies at a character range."""

from conflict_extract.linking.spans import (
    GroupMention,
    PlaceMention,
    date_in,
    event_place_mentions,
    group_at,
    group_mentions,
    group_named_by,
    groups_in,
    pending_place_indexes,
    place_before,
    place_in,
    quotes_over,
    resolve_place_indexes,
)

__all__ = [
    "GroupMention", "PlaceMention", "date_in", "event_place_mentions", "group_at", "group_mentions",
    "group_named_by", "groups_in", "pending_place_indexes", "place_before", "place_in",
    "quotes_over", "resolve_place_indexes",
]
