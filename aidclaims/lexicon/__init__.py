"""The lexicon: every word list once, typed, with its sources, read by every stage.

``places`` (countries, capitals, demonyms, blocs, institutions, regions), ``words``
(closed-class words: auxiliaries, determiners, months, weekdays, qualifiers, anaphors),
``currencies`` and ``numbers``.
"""
