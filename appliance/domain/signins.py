"""Sign-in attempts: the audit log of the admin console's sign-ins, and the throttle it drives.

Every attempt is recorded (success, wrong credentials, throttled, refused form) with the normalised email, the
client address and the user when one matched. The throttle reads the same rows, so it holds across restarts and
across web workers sharing one database:

* per account: failures since the account's last successful sign-in (within ``window``) beyond ``account_free``
  lock the account for ``base * 2**(extra - 1)`` seconds after the latest failure, at most ``max_delay``;
* per address: failures from one address (any account, within ``window``) beyond ``address_free`` likewise.

While locked, even the right password is refused with the time to wait (``Retry-After``); a throttled attempt is
recorded once per lock (a flood of refused requests adds no rows) and does not lengthen it. Rows older than
``AUDIT_DAYS`` are deleted at the next successful sign-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, func
from sqlmodel import Field, Session, SQLModel, col, select

from appliance.domain.types import utcnow


AUDIT_DAYS = 90  # sign-in attempts older than this are deleted (at the next successful sign-in)


class SignInOutcome(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"  # wrong email or password
    THROTTLED = "throttled"  # refused before checking the password: too many recent failures
    REFUSED = "refused"  # the form token or Origin did not match (login CSRF)


class SignInAttempt(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    email: str = Field(max_length=320, index=True)
    address: str = Field(max_length=64, index=True)
    user_id: int | None = Field(default=None, foreign_key="user.id", ondelete="SET NULL")
    outcome: SignInOutcome


@dataclass(frozen=True)
class ThrottlePolicy:
    account_free: int = 5
    address_free: int = 20
    base_seconds: float = 2.0
    max_delay_seconds: float = 900.0
    window_seconds: float = 3600.0


def backoff_seconds(failures: int, free: int, policy: ThrottlePolicy) -> float:
    """The lock after ``failures`` counted failures when ``free`` are allowed: 0, then base, 2·base, 4·base ..."""
    extra = failures - free
    if extra <= 0:
        return 0.0
    return min(policy.max_delay_seconds, policy.base_seconds * 2 ** min(extra - 1, 30))


def wait_seconds(*, failures: int, last_failure: datetime | None, free: int, policy: ThrottlePolicy,
                 now: datetime) -> float:
    """Seconds still to wait before the next attempt (0: go ahead). Pure."""
    if last_failure is None:
        return 0.0
    remaining = backoff_seconds(failures, free, policy) - (now - last_failure).total_seconds()
    return max(0.0, remaining)


def _failures(session: Session, *, since: datetime, email: str | None = None,
              address: str | None = None) -> tuple[int, datetime | None]:
    query = select(func.count(), func.max(SignInAttempt.at)).where(
        SignInAttempt.outcome == SignInOutcome.FAILURE, col(SignInAttempt.at) > since)
    if email is not None:
        query = query.where(SignInAttempt.email == email)
    if address is not None:
        query = query.where(SignInAttempt.address == address)
    count, latest = session.exec(query).one()  # type: ignore[call-overload]
    if latest is not None and latest.tzinfo is None:  # SQLite hands back naive UTC from aggregates
        from datetime import UTC

        latest = latest.replace(tzinfo=UTC)
    return int(count or 0), latest


def normalise_email(email: str) -> str:
    return email.strip().lower()[:320]


def sign_in_wait(*, session: Session, email: str, address: str, policy: ThrottlePolicy,
                 now: datetime | None = None) -> float:
    """Seconds the next sign-in for ``email`` from ``address`` must wait (0: it may proceed)."""
    now = now or utcnow()
    window_start = now - timedelta(seconds=policy.window_seconds)
    email = normalise_email(email)
    last_success = session.exec(
        select(func.max(SignInAttempt.at)).where(SignInAttempt.email == email,
                                                 SignInAttempt.outcome == SignInOutcome.SUCCESS)
    ).one()
    if last_success is not None and last_success.tzinfo is None:
        from datetime import UTC

        last_success = last_success.replace(tzinfo=UTC)
    since = max(window_start, last_success) if last_success is not None else window_start
    account, account_last = _failures(session, since=since, email=email)
    by_address, address_last = _failures(session, since=window_start, address=address)
    return max(
        wait_seconds(failures=account, last_failure=account_last, free=policy.account_free, policy=policy, now=now),
        wait_seconds(failures=by_address, last_failure=address_last, free=policy.address_free, policy=policy,
                     now=now),
    )


def record_sign_in(*, session: Session, email: str, address: str, outcome: SignInOutcome,
                   user_id: int | None = None) -> None:
    """Add one audit row (the caller commits)."""
    session.add(SignInAttempt(email=normalise_email(email), address=address[:64], outcome=outcome, user_id=user_id))


def recent_sign_ins(*, session: Session, limit: int = 100) -> list[SignInAttempt]:
    return list(session.exec(select(SignInAttempt).order_by(col(SignInAttempt.id).desc()).limit(limit)))


@dataclass(frozen=True)
class SignInResult:
    outcome: SignInOutcome
    user_id: int | None = None  # the signed-in user's id; None when refused
    wait_seconds: float = 0.0  # > 0: throttled, try again after this long


def sign_in(*, session: Session, email: str, password: str, address: str, policy: ThrottlePolicy) -> SignInResult:
    """Check the throttle, then the password; record the attempt either way (the caller commits)."""
    from appliance.domain.accounts import authenticate

    wait = sign_in_wait(session=session, email=email, address=address, policy=policy)
    if wait > 0:
        # One THROTTLED row per lock, not per request: a flood of refused attempts must not fill the disk.
        since = utcnow() - timedelta(seconds=wait)
        already = session.exec(select(SignInAttempt.id).where(
            SignInAttempt.email == normalise_email(email), SignInAttempt.address == address[:64],
            SignInAttempt.outcome == SignInOutcome.THROTTLED, col(SignInAttempt.at) > since)).first()
        if already is None:
            record_sign_in(session=session, email=email, address=address, outcome=SignInOutcome.THROTTLED)
        return SignInResult(SignInOutcome.THROTTLED, wait_seconds=wait)
    user = authenticate(session=session, email=email, password=password)
    if user is None:
        record_sign_in(session=session, email=email, address=address, outcome=SignInOutcome.FAILURE)
        return SignInResult(SignInOutcome.FAILURE)
    record_sign_in(session=session, email=email, address=address, outcome=SignInOutcome.SUCCESS, user_id=user.id)
    session.exec(delete(SignInAttempt).where(  # type: ignore[call-overload]
        col(SignInAttempt.at) < utcnow() - timedelta(days=AUDIT_DAYS)))
    return SignInResult(SignInOutcome.SUCCESS, user_id=user.id)
