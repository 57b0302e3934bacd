"""The agent's identity: its name and its avatar.

An avatar comes from an upload or a URL (fetched by the guarded fetcher) and is never served as received. It is
recognised by its content (PNG, JPEG, WebP or GIF; the file name and the declared type do not count), its size is
checked from the header before any pixel is decoded (decompression bombs), then it is decoded once, turned upright
(EXIF orientation), cropped to a centred square, resized to ``AVATAR_SIDE`` pixels and re-encoded as a PNG with no
metadata. Animated images keep their first frame. The PNG is stored in ``<data_dir>/avatars/<sha256>.png``: the name
is the content's hash, never the uploader's file name, so it is safe in a URL and can be cached forever.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tempfile
import threading
from pathlib import Path

from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session, select

from appliance.domain.agents import Agent
from appliance.domain.types import utcnow

MAX_AVATAR_BYTES = 5 * 1024 * 1024  # the largest image accepted, as uploaded or downloaded
# Width x height accepted, checked from the header before decoding. A PNG, WebP or GIF is decoded in full (about 4
# bytes a pixel, then copies while converting): 16 MP costs ~250 MiB at the peak, against ~600 MiB for the 40 MP
# accepted before (issue 12). A JPEG is decoded at a reduced scale (``draft``), so a big phone photo stays cheap.
MAX_AVATAR_PIXELS = 16_000_000
MAX_JPEG_AVATAR_PIXELS = 50_000_000
_DECODING = threading.BoundedSemaphore(2)  # at most two avatars decoded at once: bounded memory under concurrency
MIN_AVATAR_SIDE = 32  # smaller images would be a blur once scaled up
AVATAR_SIDE = 256  # the stored avatar is AVATAR_SIDE x AVATAR_SIDE
ACCEPTED_FORMATS = ("PNG", "JPEG", "WEBP", "GIF")  # Pillow format names, tried in this order on the content
ACCEPTED_MEDIA_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif")
AVATAR_NAME = re.compile(r"[0-9a-f]{64}\.png")


class AvatarRejected(ValueError):
    """The image cannot be an avatar; ``reason`` is a sentence for the admin."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def avatars_dir(data_dir: Path) -> Path:
    return data_dir / "avatars"


def normalise_avatar(content: bytes) -> bytes:
    """The avatar made from ``content``: a square ``AVATAR_SIDE`` PNG without metadata, or AvatarRejected.

    CPU-bound (decoding and resizing): call it from a worker thread in async code. The same input gives the same
    bytes, so storing by hash stores an image once.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not content:
        raise AvatarRejected("The file is empty.")
    if len(content) > MAX_AVATAR_BYTES:
        raise AvatarRejected(f"The image is larger than {MAX_AVATAR_BYTES // (1024 * 1024)} MB.")
    try:
        image = Image.open(io.BytesIO(content), formats=ACCEPTED_FORMATS)  # reads the header only
    except UnidentifiedImageError as error:
        raise AvatarRejected("This is not a PNG, JPEG, WebP or GIF image.") from error
    except Image.DecompressionBombError as error:
        raise AvatarRejected("The image has too many pixels.") from error
    except Exception as error:  # noqa: BLE001 - any parser failure on untrusted bytes is a damaged file
        raise AvatarRejected("The image is damaged and cannot be read.") from error
    with image, _DECODING:
        width, height = image.size
        limit = MAX_JPEG_AVATAR_PIXELS if image.format == "JPEG" else MAX_AVATAR_PIXELS
        if width * height > limit:
            raise AvatarRejected(f"The image is {width}×{height} pixels; the largest accepted is "
                                 f"{limit // 1_000_000} megapixels.")
        if min(width, height) < MIN_AVATAR_SIDE:
            raise AvatarRejected(f"The image is {width}×{height} pixels; use at least "
                                 f"{MIN_AVATAR_SIDE}×{MIN_AVATAR_SIDE}.")
        try:
            image.seek(0)  # the first frame of an animation
            if image.format == "JPEG":
                image.draft("RGB", (AVATAR_SIDE, AVATAR_SIDE))  # decode at a reduced scale, never below the target
            image.load()
            upright = ImageOps.exif_transpose(image)
            rgba = upright.convert("RGBA")
        except Exception as error:  # noqa: BLE001 - truncated or corrupt data fails here, in many ways
            raise AvatarRejected("The image is damaged or incomplete and cannot be read.") from error
    square = ImageOps.fit(rgba, (AVATAR_SIDE, AVATAR_SIDE), method=Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    opaque = square.getchannel("A").getextrema() == (255, 255)
    mode = "RGB" if opaque else "RGBA"
    # A new image from raw pixels carries nothing of the original: no EXIF, ICC, text chunks or comments.
    clean = Image.frombytes(mode, square.size, square.convert(mode).tobytes())
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=True)
    return out.getvalue()


def store_avatar(*, data_dir: Path, png: bytes) -> str:
    """Write a normalised avatar to ``avatars/<sha256>.png`` (atomically) and return its file name."""
    name = f"{hashlib.sha256(png).hexdigest()}.png"
    folder = avatars_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    # A unique temporary file per call: concurrent uploads of the same image never share one (issue 12).
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".partial")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(png)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, folder / name)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return name


def avatar_file(*, data_dir: Path, name: str) -> Path | None:
    """The stored file for an avatar name (``<64 hex>.png``), or None if the name is not one or it is missing."""
    if not AVATAR_NAME.fullmatch(name):
        return None
    path = avatars_dir(data_dir) / name
    return path if path.is_file() else None


def set_avatar(*, session: Session, agent: Agent, name: str | None) -> str | None:
    """Point the agent at a stored avatar (``None`` clears it); returns the previous name. Nothing is deleted
    here: once the caller has committed, ``discard_avatar`` removes the previous file if nothing uses it."""
    if name is not None and not AVATAR_NAME.fullmatch(name):
        raise ValueError(f"not an avatar name: {name!r}")
    previous = agent.avatar_path
    agent.avatar_path = name
    agent.updated_at = utcnow()
    session.add(agent)
    session.flush()
    return previous


def discard_avatar(*, session: Session, data_dir: Path, name: str | None) -> bool:
    """Delete a stored avatar no agent uses any more (after the change was committed). True if deleted."""
    if name is None or not AVATAR_NAME.fullmatch(name):
        return False
    if session.exec(select(Agent.id).where(Agent.avatar_path == name)).first() is not None:
        return False
    path = avatars_dir(data_dir) / name
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def is_current_avatar(*, session: Session, name: str) -> bool:
    return session.exec(select(Agent.id).where(Agent.avatar_path == name)).first() is not None


class AgentNameUpdate(BaseModel):
    """The agent's display name, as buyers see it in the chat."""

    name: str = Field(max_length=80)

    @field_validator("name", mode="before")
    @classmethod
    def _clean(cls, value: object) -> object:
        if not isinstance(value, str):
            return value
        value = " ".join(value.split())  # no line breaks, tabs or runs of spaces in a name
        if not value:
            raise ValueError("the agent needs a name")
        if any(not ch.isprintable() for ch in value):
            raise ValueError("the name contains characters that cannot be shown")
        return value


def update_name(*, session: Session, agent: Agent, data: AgentNameUpdate) -> Agent:
    agent.name = data.name
    agent.updated_at = utcnow()
    session.add(agent)
    session.flush()
    return agent
