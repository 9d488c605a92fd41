"""``extract_groups``: the group finders run over one Doc, in order, through one declared state.

Actors are found six ways, then merged per article into one :class:`~conflict_extract.models.Group`
per real actor:

1. names from the curated actor dictionary (:mod:`.dictionary`, data in ``data/groups/actors.jsonl``);
2. demonym- and country-headed phrases (``Syrian forces``, ``Russian jets``) and states named for
   their acts (``Russia vetoed``, ``Turkey shelled``), judged by
   :func:`conflict_extract.components.places.metonymy.gpe_as_actor` (:mod:`.demonyms`);
3. actors named through a phrase (``the X group``, ``forces loyal to X``, ministries:
   :mod:`.named`, :mod:`.ministries`) and non-national group adjectives (``Kurdish fighters``);
4. generic phrases the model misses (``government forces``, ``the army``, ``rebels``, ``police``,
   ``soldiers``), given the country their own phrase names or else the article's (:mod:`.generic`);
5. the model's ORG entities that pass filters, typed from their name or an appositive (:mod:`.orgs`);
6. unidentified actors and crowds (``unknown gunmen``, ``a drone of unknown origin``,
   ``protesters``) under the names conflict datasets give them (:mod:`.unidentified`,
   :mod:`.canonical`).

Mentions then merge (:mod:`.resolve`, :mod:`.merge`): dictionary aliases and transliterations share
an actor, short forms and in-article acronyms follow a full mention, a prefix joins its only longer
name, former names stated in the text join the actor, and in a report on a country's own conflict
its government joins its forces. Every group gets an ACLED ``actor_class``.

The article's main country needs evidence (:func:`.countries.main_country`); a wrong country in an
actor's name is worse than none. In lower-cased text (MUC) case cues are off.
"""

from __future__ import annotations

from spacy.tokens import Doc

from conflict_extract.components.groups.article import ArticleState, Settings
from conflict_extract.components.groups.countries import country_hits, leaders, main_country
from conflict_extract.components.groups.demonyms import find_country_phrases, find_norp_phrases
from conflict_extract.components.groups.dictionary import find_dictionary
from conflict_extract.components.groups.generic import find_generic
from conflict_extract.components.groups.merge import build_groups, merge_names
from conflict_extract.components.groups.named import find_named_phrases
from conflict_extract.components.groups.orgs import find_orgs
from conflict_extract.components.groups.resolve import resolve, short_forms
from conflict_extract.components.groups.resources import Matchers, matchers_for, resources
from conflict_extract.components.groups.unidentified import find_unidentified
from conflict_extract.components.groups.words import is_lowercased
from conflict_extract.models import Group
from conflict_extract.nlp.extensions import doc_text, token_texts

DEFAULT_SETTINGS = Settings()
"""The thresholds used when :func:`extract_groups` is called outside a pipeline."""


def build_state(doc: Doc, matchers: Matchers, settings: Settings) -> ArticleState:
    """The state of one article before any finder runs: dictionary matches, country words, the
    main country and titled leaders."""
    st = ArticleState(
        doc=doc,
        res=matchers.res,
        m=matchers,
        settings=settings,
        lowercased=is_lowercased(doc_text(doc)),
        actor_matches=matchers.actor_pm(doc),
        text=doc_text(doc),
        words=token_texts(doc),
        ents=list(doc.ents),
    )
    st.country_hits = country_hits(st)
    st.hit_ending = {e: (s, cc) for s, e, kind, cc in st.country_hits if kind not in "SG"}
    st.main = main_country(st)
    st.leaders = leaders(st)
    return st


def extract_groups(
    doc: Doc, matchers: Matchers | None = None, settings: Settings = DEFAULT_SETTINGS
) -> list[Group]:
    """Return the groups found in ``doc``: one per actor, with its aliases, type and spans.

    ``matchers`` are the component's, compiled at load time; called alone, the doc's vocabulary
    gets its own, compiled once.
    """
    if not len(doc):
        return []
    st = build_state(doc, matchers or matchers_for(doc.vocab, resources()), settings)
    find_dictionary(st)
    find_country_phrases(st)
    find_named_phrases(st)
    find_norp_phrases(st)
    find_generic(st)
    find_orgs(st)
    find_unidentified(st)
    mentions = short_forms(st, resolve(st))
    canon = merge_names(st, mentions)
    return build_groups(st, mentions, canon)
