"""Users, teams, roles and seats, and the services that change them."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from pydantic import field_validator
from sqlmodel import Field, Session, SQLModel, select

from appliance.domain.types import utcnow

EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}\.[^@\s]{2,63}$")
_hasher = PasswordHasher()


class Role(StrEnum):
    SUPER_ADMIN = "super_admin"
    SALES_REP = "sales_rep"


class UserBase(SQLModel):
    email: str = Field(max_length=320, unique=True, index=True)
    name: str = Field(max_length=120)
    role: Role = Field(default=Role.SALES_REP)
    has_seat: bool = Field(default=False, description="Holds a closing-agent seat: may turn the agent on for quotes.")
    available: bool = Field(default=True, description="Available for handoffs (reps set themselves away).")


class UserCreate(UserBase):
    password: str = Field(min_length=12, max_length=256)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        value = value.strip().lower()
        if not EMAIL_RE.match(value):
            raise ValueError("not a valid email address")
        return value

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("a name is required")
        return value


class User(UserBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    password_hash: str = Field(max_length=255)
    created_at: datetime = Field(default_factory=utcnow)


class UserPublic(SQLModel):
    id: int
    email: str
    name: str
    role: Role
    has_seat: bool
    available: bool


class Team(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True, index=True)


class TeamMember(SQLModel, table=True):
    team_id: int = Field(foreign_key="team.id", primary_key=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="user.id", primary_key=True, ondelete="CASCADE")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(*, session: Session, data: UserCreate) -> User:
    if session.exec(select(User).where(User.email == data.email)).first():
        raise ValueError(f"a user with the email {data.email} already exists")
    user = User(**data.model_dump(exclude={"password"}), password_hash=hash_password(data.password))
    session.add(user)
    session.flush()
    return user


def authenticate(*, session: Session, email: str, password: str) -> User | None:
    """The user when the password matches; None otherwise (same cost whether or not the email exists)."""
    user = session.exec(select(User).where(User.email == email.strip().lower())).first()
    candidate_hash = user.password_hash if user else _DUMMY_HASH
    try:
        _hasher.verify(candidate_hash, password)
    except (VerifyMismatchError, InvalidHashError):
        return None
    return user


_DUMMY_HASH = _hasher.hash("not-a-real-password-used-for-timing")


def ensure_team(*, session: Session, name: str) -> Team:
    name = name.strip()
    if not name:
        raise ValueError("a team needs a name")
    team = session.exec(select(Team).where(Team.name == name)).first()
    if team is None:
        team = Team(name=name)
        session.add(team)
        session.flush()
    return team


def add_team_member(*, session: Session, team: Team, user: User) -> None:
    if session.get(TeamMember, (team.id, user.id)) is None:
        session.add(TeamMember(team_id=team.id, user_id=user.id))
        session.flush()


def team_members(*, session: Session, team_id: int) -> list[User]:
    statement = select(User).join(TeamMember, TeamMember.user_id == User.id).where(TeamMember.team_id == team_id)
    return list(session.exec(statement))


class AuthSession(SQLModel, table=True):
    """A server-side login session. The cookie holds the token; only its SHA-256 is stored."""

    id: str = Field(primary_key=True, max_length=64, description="SHA-256 of the session token")
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
