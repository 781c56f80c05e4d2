"""Test helpers for code built on expectgap.

:mod:`expectgap.testing.strategies` holds public `hypothesis <https://hypothesis.works>`_
strategies that generate valid expectgap values (money, packages, equity grants, working
conditions, survey tables, peer groups, expectations and offers). hypothesis is an optional
dependency: install the ``testing`` extra (``pip install expectgap[testing]``). Importing this
package does not import hypothesis; importing :mod:`expectgap.testing.strategies` does.
"""
