"""The resources users meet on the client, with the workflows that belong to them.

Each class extends the generated resource of its tag (``hero.booking`` is a :class:`Booking`, a
``BookingResource`` with ``book_slot`` and ``book_first_available``); each module is loaded the
first time its resource is used.
"""
