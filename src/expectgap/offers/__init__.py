"""Offers side by side and over several years.

:func:`project` shows one package year by year (cash, equity, total compensation and take-home
pay, with the raise and share-price assumptions stated); :func:`compare_offers` puts several
offers side by side on every assessment dimension, against the candidate's current pay when it
is given. See ``docs/offers.md``.
"""

from expectgap.offers.compare import Comparison, OfferPoint, Row, compare_offers
from expectgap.offers.years import FIELDS, Projection, YearFigures, project

__all__ = [
    "FIELDS",
    "Comparison",
    "OfferPoint",
    "Projection",
    "Row",
    "YearFigures",
    "compare_offers",
    "project",
]
