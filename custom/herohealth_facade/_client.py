"""``HeroHealth``: the client. Its settings, its resources (one per tag, built on first use), derived
clients, the workflows and the lifecycle; the request path itself is in ``_base_client``."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import attrs
import httpx

from herohealth_async.api import Resources
from herohealth_async.types import OperationCaller
from herohealth_facade._base_client import BaseClient, Pool
from herohealth_facade._config import Config, check_max_retries, check_types, choose_base_url, required
from herohealth_facade._constants import (
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    Environment,
)
from herohealth_facade._retries import RetryPolicy
from herohealth_facade._types import NOT_GIVEN, NotGiven, TimeoutTypes
from herohealth_facade._version import __version__
from herohealth_facade.elements import DEFAULT_MIN_REMAINING, ElementsTokens, TokenCache

if TYPE_CHECKING:
    import datetime

    from herohealth_async.models import AccessToken, Appointment, IdentityVerificationRequired, RegisteredPatient, Slot
    from herohealth_facade.pagination import AsyncPaginator, PageMethod

T = TypeVar("T")


class HeroHealth(BaseClient, Resources):
    """The Hero Health Public API client.

    ``api_key``, ``practice_group_id`` and ``base_url`` fall back to ``HEROHEALTH_API_KEY``,
    ``HEROHEALTH_PRACTICE_GROUP_ID`` and ``HEROHEALTH_BASE_URL``; ``base_url`` otherwise comes from
    ``environment``. A missing or mistyped argument raises :class:`RequestValidationError` at once,
    naming it. ``http://`` is refused for anything but a loopback host unless
    ``allow_insecure_http=True``: the API key would travel in clear text.

    Use it as ``async with HeroHealth(...) as hero:`` or call :meth:`aclose`. Operations are grouped
    by tag (``hero.booking.get_appointment(id)``); :meth:`call` sends any prepared ``operation(...)``.
    Every call returns the documented model or raises a :class:`HeroHealthError`.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        practice_group_id: str | None = None,
        environment: Environment = "production",
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        token_cache: TokenCache | None = None,
        elements_min_remaining: timedelta = DEFAULT_MIN_REMAINING,
        allow_insecure_http: bool = False,
    ) -> None:
        check_types(locals())
        if isinstance(timeout, NotGiven):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self._config = Config(
            api_key=required(api_key, "api_key", "HEROHEALTH_API_KEY"),
            practice_group_id=required(practice_group_id, "practice_group_id", "HEROHEALTH_PRACTICE_GROUP_ID"),
            base_url=choose_base_url(base_url, environment, allow_insecure_http),
            timeout=timeout,
            max_retries=check_max_retries(max_retries),
            retry_policy=retry_policy or RetryPolicy(),
            user_agent=f"herohealth-async/{__version__}",
        )
        self._tokens = ElementsTokens(token_cache, elements_min_remaining)
        if http_client is None:
            gate = None if limits.max_connections is None else anyio.Semaphore(limits.max_connections)
            self._pool = Pool(httpx.AsyncClient(timeout=timeout, limits=limits), owned=True, gate=gate)
        else:
            self._pool = Pool(http_client, owned=False)
        self._root = True

    def _operation_caller(self) -> OperationCaller:
        return self

    def _derive(self, **changes: Any) -> HeroHealth:
        derived = HeroHealth.__new__(HeroHealth)
        derived._config = attrs.evolve(self._config, **changes)
        derived._pool = self._pool
        derived._tokens = self._tokens
        derived._root = False
        return derived

    # ------------------------------------------------------------------ derived clients

    @property
    def practice_group_id(self) -> str:
        return self._config.practice_group_id

    @property
    def base_url(self) -> str:
        return self._config.base_url

    def for_practice_group(self, practice_group_id: str) -> HeroHealth:
        """A client acting for another practice in the same Hero network (for example PCN hub
        booking). It shares this client's connection pool; closing it closes nothing."""
        return self._derive(practice_group_id=required(practice_group_id, "practice_group_id", None))

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> HeroHealth:
        """A client with other defaults, sharing this client's connection pool."""
        changes: dict[str, Any] = {}
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = timeout
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if retry_policy is not None:
            changes["retry_policy"] = retry_policy
        return self._derive(**changes)

    # ------------------------------------------------------------------ workflows

    # The workflows' modules load on first use, like the resources, to keep `import` fast.

    def paginate(
        self,
        method: PageMethod[T],
        /,
        *,
        page_size: int = 100,
        max_items: int | None = None,
        prefetch: bool = False,
        **filters: Any,
    ) -> AsyncPaginator[T]:
        """Every item of a paged list operation: ``async for slot in hero.paginate(hero.booking.list_slots,
        location_id=...)``. See :class:`AsyncPaginator` for ``.pages()`` and ``prefetch``."""
        from herohealth_facade.pagination import AsyncPaginator  # noqa: PLC0415

        return AsyncPaginator(method, filters, page_size=page_size, max_items=max_items, prefetch=prefetch)

    async def list_items(self, method: PageMethod[T], /, **filters: Any) -> list[T]:
        """The items of an unpaged ``{data, count}`` list operation, as a list."""
        page = await method(**filters)
        return list(page.data)

    async def book_slot(
        self,
        slot: Slot | str,
        *,
        patient_id: str,
        reason: str | None = None,
        suppress_mail: bool | None = None,
        check_availability: bool = True,
    ) -> Appointment:
        """Reserve ``slot`` (a Slot or its ID) for the patient, confirm it, return the Appointment.
        See ``herohealth_facade.booking.book_slot``."""
        from herohealth_facade import booking  # noqa: PLC0415

        return await booking.book_slot(
            self,
            slot,
            patient_id=patient_id,
            reason=reason,
            suppress_mail=suppress_mail,
            check_availability=check_availability,
        )

    async def book_first_available(
        self,
        *,
        location_id: str,
        appointment_type_id: str,
        start_date: datetime.date,
        end_date: datetime.date,
        patient_id: str,
        practitioner_id: str | None = None,
        reason: str | None = None,
        suppress_mail: bool | None = None,
        max_attempts: int = 5,
        max_slots: int = 500,
    ) -> Appointment:
        """Book the earliest matching slot that can still be booked.
        See ``herohealth_facade.booking.book_first_available``."""
        from herohealth_facade import booking  # noqa: PLC0415

        return await booking.book_first_available(
            self,
            location_id=location_id,
            appointment_type_id=appointment_type_id,
            start_date=start_date,
            end_date=end_date,
            patient_id=patient_id,
            practitioner_id=practitioner_id,
            reason=reason,
            suppress_mail=suppress_mail,
            max_attempts=max_attempts,
            max_slots=max_slots,
        )

    async def register_patient_pds(
        self,
        *,
        dob: datetime.date,
        nhs_number: str | None = None,
        forename: str | None = None,
        surname: str | None = None,
        postcode: str | None = None,
    ) -> RegisteredPatient | IdentityVerificationRequired:
        """Trace the patient on PDS and register them (NHS number checked with Modulus 11 first).
        See ``herohealth_facade.patients.register_patient_pds``."""
        from herohealth_facade import patients  # noqa: PLC0415

        return await patients.register_patient_pds(
            self, dob=dob, nhs_number=nhs_number, forename=forename, surname=surname, postcode=postcode
        )

    async def elements_token(self) -> str:
        """A Hero Elements JWT for this client's practice group, with at least ``elements_min_remaining``
        of its 30 minutes left. Cached; concurrent callers share one upstream request."""
        key = f"{self._config.base_url}|{self._config.practice_group_id}"
        return await self._tokens.get(key, self._issue_elements_token)

    async def _issue_elements_token(self) -> str:
        from herohealth_async.api.practice_group import create_access_token  # noqa: PLC0415 (loaded on first use)

        # Retried even though it is a POST: a token issued twice is harmless.
        issued: AccessToken = await self.call(create_access_token.operation(), retry_non_idempotent=True)
        return issued.access_token

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Close the connection pool (if this client created it); a call still in flight ends in a
        :class:`HeroHealthError`. Derived clients close nothing."""
        if self._root:
            await self._pool.aclose()

    async def __aenter__(self) -> HeroHealth:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"HeroHealth(base_url={self._config.base_url!r}, api_key='***', practice_group_id='***')"
