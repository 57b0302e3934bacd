"""Avatars under concurrency and pixel bombs (issue 12)."""

from __future__ import annotations

import io
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image

from appliance.domain.identity import MAX_AVATAR_PIXELS, AvatarRejected, avatars_dir, normalise_avatar, store_avatar


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def with_png_size(content: bytes, width: int, height: int) -> bytes:
    ihdr = struct.pack(">II", width, height) + content[24:29]
    return content[:16] + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)) + content[33:]


def test_concurrent_uploads_of_the_same_image_all_succeed_without_leftovers(tmp_path) -> None:
    avatar = normalise_avatar(png(64, 64))
    with ThreadPoolExecutor(max_workers=8) as pool:
        names = list(pool.map(lambda _: store_avatar(data_dir=tmp_path, png=avatar), range(24)))
    assert len(set(names)) == 1
    assert [p.name for p in avatars_dir(tmp_path).iterdir()] == names[:1]  # one file, no ".partial" left behind


@pytest.mark.parametrize(("width", "height"), [(5_000, 4_000), (8_000, 2_500), (4_001, 4_000)])
def test_a_png_over_the_avatar_pixel_limit_is_refused_from_its_header(width: int, height: int) -> None:
    assert width * height > MAX_AVATAR_PIXELS
    with pytest.raises(AvatarRejected, match="megapixels"):
        normalise_avatar(with_png_size(png(64, 64), width, height))
