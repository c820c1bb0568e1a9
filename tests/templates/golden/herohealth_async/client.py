"""There is no client class in the generated package.

Send operations with ``herohealth_async.HeroHealth`` (``hero.booking.get_appointment(...)``): it adds
both auth headers, timeouts, retries, typed errors and validation. Each endpoint module's
``operation(...)`` prepares a call for ``HeroHealth.call`` when you need it explicitly.
"""

__all__: list[str] = []
