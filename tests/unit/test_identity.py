"""The agent's identity: avatars checked by content and re-encoded with Pillow (real images built here), stored by
hash, and the name and avatar saved on a real SQLite agent."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib

import pytest
from PIL import Image
from pydantic import ValidationError
from sqlmodel import Session

from appliance.db import create_db_engine, migrate
from appliance.domain.agents import Agent, AgentCreate, create_agent, ensure_inbox
from appliance.domain.identity import (
    AVATAR_SIDE,
    MAX_AVATAR_BYTES,
    AgentNameUpdate,
    AvatarRejected,
    avatar_file,
    avatars_dir,
    discard_avatar,
    is_current_avatar,
    normalise_avatar,
    set_avatar,
    store_avatar,
    update_name,
)

RED, GREEN, BLUE = (220, 20, 20), (20, 200, 20), (20, 20, 220)


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, format=fmt, **options)
    return out.getvalue()


def halves(size: tuple[int, int], first: tuple[int, int, int], second: tuple[int, int, int]) -> Image.Image:
    """Left half ``first``, right half ``second``."""
    image = Image.new("RGB", size, first)
    image.paste(second, (size[0] // 2, 0, size[0], size[1]))
    return image


def decoded(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (AVATAR_SIDE, AVATAR_SIDE)
    return image


def near(pixel: tuple[int, ...], colour: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def reject_reason(content: bytes) -> str:
    with pytest.raises(AvatarRejected) as caught:
        normalise_avatar(content)
    return caught.value.reason


def with_png_size(png: bytes, width: int, height: int) -> bytes:
    """The PNG with its IHDR claiming another size (CRC recomputed, so only the pixel count is wrong)."""
    assert png[12:16] == b"IHDR"
    ihdr = struct.pack(">II", width, height) + png[24:29]
    return png[:16] + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)) + png[33:]


# --- accepted images -----------------------------------------------------------------------------------------------

def test_a_png_becomes_a_centred_square_png_of_the_avatar_size():
    wide = Image.new("RGB", (600, 200), BLUE)
    wide.paste(RED, (200, 0, 400, 200))  # the middle third is red: the centred square keeps only that
    result = decoded(normalise_avatar(encode(wide, "PNG")))
    assert result.mode == "RGB"  # opaque: no alpha channel kept
    assert near(result.getpixel((0, 0)), RED) and near(result.getpixel((AVATAR_SIDE - 1, AVATAR_SIDE - 1)), RED)


def test_transparency_is_kept_and_the_output_is_deterministic():
    image = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    image.paste((*GREEN, 255), (25, 25, 75, 75))
    content = encode(image, "PNG")
    first, second = normalise_avatar(content), normalise_avatar(content)
    assert first == second
    result = decoded(first)
    assert result.mode == "RGBA" and result.getpixel((0, 0))[3] == 0 and result.getpixel((128, 128))[3] == 255


def test_a_jpeg_is_turned_upright_and_loses_its_exif():
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "SecretCam"  # camera make
    exif[0x8298] = "Owner of the camera"  # copyright
    stored = halves((400, 200), RED, BLUE)  # displayed: red on top, blue below
    content = encode(stored, "JPEG", exif=exif.tobytes(), quality=95)
    assert b"SecretCam" in content
    png = normalise_avatar(content)
    assert b"SecretCam" not in png and b"Owner of the camera" not in png
    result = decoded(png)
    assert not result.getexif() and "exif" not in result.info
    assert near(result.getpixel((128, 5)), RED) and near(result.getpixel((128, AVATAR_SIDE - 5)), BLUE)


def test_png_text_chunks_and_icc_profiles_are_not_copied():
    from PIL import ImageCms, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "home address: 1 Secret Lane")
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    png = normalise_avatar(encode(Image.new("RGB", (64, 64), GREEN), "PNG", pnginfo=info, icc_profile=profile))
    assert b"Secret Lane" not in png
    result = decoded(png)
    assert "Comment" not in result.info and "icc_profile" not in result.info


def test_an_animated_gif_keeps_its_first_frame_only():
    frames = [Image.new("RGB", (80, 80), colour) for colour in (RED, GREEN, BLUE)]
    content = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    assert Image.open(io.BytesIO(content)).n_frames == 3
    result = decoded(normalise_avatar(content))
    assert not getattr(result, "is_animated", False) and near(result.getpixel((40, 40)), RED)


def test_webp_is_accepted():
    result = decoded(normalise_avatar(encode(Image.new("RGB", (300, 300), GREEN), "WEBP", quality=90)))
    assert near(result.getpixel((100, 100)), GREEN)


# --- refused input -------------------------------------------------------------------------------------------------

def test_the_type_comes_from_the_content_not_the_name():
    """A non-image saved as avatar.png, an SVG, and real images in formats Pillow reads but we do not take."""
    html = b"<html><script>alert(1)</script></html>"
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script></svg>'
    bmp = encode(Image.new("RGB", (64, 64), RED), "BMP")
    tiff = encode(Image.new("RGB", (64, 64), RED), "TIFF")
    for content in (html, svg, bmp, tiff, b"\x89PNG\r\n\x1a\n" + b"\x00" * 40):
        reason = reject_reason(content)
        assert "not a PNG, JPEG, WebP or GIF" in reason or "damaged" in reason, reason
    assert "not a PNG, JPEG, WebP or GIF" in reject_reason(html)
    assert "not a PNG, JPEG, WebP or GIF" in reject_reason(bmp)


def test_a_truncated_png_is_refused_as_incomplete():
    noise = Image.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3))
    content = encode(noise, "PNG")
    assert "damaged or incomplete" in reject_reason(content[: len(content) // 2])


def test_a_decompression_bomb_is_refused_from_its_header():
    small = encode(Image.new("L", (64, 64)), "PNG")
    # Past Pillow's own bomb limit (2 x Image.MAX_IMAGE_PIXELS): refused while opening.
    assert "too many pixels" in reject_reason(with_png_size(small, 30_000, 30_000))
    # Under Pillow's limit but over ours: refused from the header, nothing decoded (the data is 64x64 only).
    assert "megapixels" in reject_reason(with_png_size(small, 7_000, 7_000))


def test_oversize_empty_and_tiny_images_are_refused():
    noise = Image.frombytes("RGB", (1400, 1400), os.urandom(1400 * 1400 * 3))
    big = encode(noise, "PNG", compress_level=0)
    assert len(big) > MAX_AVATAR_BYTES
    assert "larger than 5 MB" in reject_reason(big)
    assert "empty" in reject_reason(b"")
    assert "at least 32" in reject_reason(encode(Image.new("RGB", (300, 20), RED), "PNG"))


# --- storage -------------------------------------------------------------------------------------------------------

def test_an_avatar_is_stored_under_its_hash_and_only_hash_names_are_served(tmp_path):
    png = normalise_avatar(encode(Image.new("RGB", (64, 64), RED), "PNG"))
    name = store_avatar(data_dir=tmp_path, png=png)
    assert name == hashlib.sha256(png).hexdigest() + ".png"
    assert (avatars_dir(tmp_path) / name).read_bytes() == png
    assert list(avatars_dir(tmp_path).iterdir()) == [avatars_dir(tmp_path) / name]  # no partial file left
    assert avatar_file(data_dir=tmp_path, name=name) == avatars_dir(tmp_path) / name
    (tmp_path / "secret.png").write_bytes(b"x")
    for bad in ("../secret.png", name.upper(), name[:-4] + ".PNG", name + "/", "a" * 63 + ".png",
                "0" * 64 + ".png"):  # the last one is well formed but was never stored
        assert avatar_file(data_dir=tmp_path, name=bad) is None, bad


@pytest.fixture()
def engine(database_url):
    engine = create_db_engine(database_url)
    migrate(engine)
    with Session(engine) as session:
        inbox = ensure_inbox(session=session, name="Closing agent")
        create_agent(session=session, data=AgentCreate(name="Max", inbox_id=inbox.id))
        session.commit()
    yield engine
    engine.dispose()


def test_setting_replacing_and_clearing_the_avatar(engine, tmp_path):
    first = store_avatar(data_dir=tmp_path, png=normalise_avatar(encode(Image.new("RGB", (64, 64), RED), "PNG")))
    second = store_avatar(data_dir=tmp_path, png=normalise_avatar(encode(Image.new("RGB", (64, 64), BLUE), "PNG")))
    with Session(engine) as session:
        agent = session.get(Agent, 1)
        assert set_avatar(session=session, agent=agent, name=first) is None
        session.commit()
        assert is_current_avatar(session=session, name=first)
        assert not discard_avatar(session=session, data_dir=tmp_path, name=first)  # still in use: kept
        previous = set_avatar(session=session, agent=agent, name=second)
        session.commit()
        assert previous == first and discard_avatar(session=session, data_dir=tmp_path, name=first)
        assert not (avatars_dir(tmp_path) / first).exists() and not is_current_avatar(session=session, name=first)
        with pytest.raises(ValueError):
            set_avatar(session=session, agent=agent, name="../../etc/passwd")
        assert set_avatar(session=session, agent=agent, name=None) == second
        session.commit()
    with Session(engine) as session:
        assert session.get(Agent, 1).avatar_path is None


def test_the_name_is_trimmed_and_validated(engine):
    assert AgentNameUpdate(name="  Max \n the  closer ").name == "Max the closer"
    for bad, message in (("   ", "needs a name"), ("x" * 81, "at most 80"), ("Max\u200b\u0007", "cannot be shown")):
        with pytest.raises(ValidationError, match=message):
            AgentNameUpdate(name=bad)
    with Session(engine) as session:
        agent = session.get(Agent, 1)
        update_name(session=session, agent=agent, data=AgentNameUpdate(name="Nova"))
        session.commit()
    with Session(engine) as session:
        assert session.get(Agent, 1).name == "Nova"
