"""Pack a trained Rasa model small enough to live in the repository, and unpack it back.

A trained model is about 50 MB, two thirds of it Adam's two moment tensors, which serving
never reads, and most of the rest DIET's two sparse-to-dense kernels (one row per word or
character n-gram of the vocabulary). The packed form keeps every file of the model and every
tensor of its TensorFlow checkpoints, except that:

- the optimiser's moment tensors are stored as their shape only and come back as zeros (a
  fine-tuning run starts its moments again; serving never reads them);
- the 0/1 masks of the transformer layers are stored as bytes (exactly);
- float tensors of more than a million values (the sparse-to-dense kernels) are quantised to
  8 bits with one scale per row (per vocabulary item): w ~ q * scale, q in [-127, 127];
- every other tensor is stored exactly.

The unpacked model is the one every test, benchmark and `make run` serves: `scripts/train.sh`
packs a model right after training it and serves the unpacked copy, so a fresh clone, CI and
the machine that trained it run the same weights.

    python scripts/model_pack.py pack MODEL.tar.gz PACKED.tar.xz
    python scripts/model_pack.py unpack PACKED.tar.xz MODEL.tar.gz

Runs in the bot's environment (.venv-bot: TensorFlow reads and writes the checkpoints).
"""

from __future__ import annotations

import io
import json
import lzma
import os
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np

FORMAT = "orientation-droits/model-pack/1"
INDEX_SUFFIX, DATA_SUFFIX = ".index", ".data-00000-of-00001"  # of a TensorFlow checkpoint's two files
OPTIMIZER_SLOT_PREFIX = "model/optimizer/_variables/"
QUANTISE_FROM = 1_000_000  # values in a float tensor


def _tf():
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import tensorflow as tf

    return tf


def _encode(key: str, value: np.ndarray) -> tuple[dict, list[bytes]]:
    """How one checkpoint tensor is stored: its manifest entry and its byte blobs."""
    entry = {"key": key, "shape": list(value.shape), "dtype": str(value.dtype)}
    if value.dtype == np.float32 and key.startswith(OPTIMIZER_SLOT_PREFIX) and value.ndim > 0:
        entry["encoding"] = "zeros"
        return entry, []
    if value.dtype == np.float32 and value.size and np.isin(value, (0.0, 1.0)).all():
        entry["encoding"] = "mask"
        return entry, [value.astype(np.uint8).tobytes()]
    if value.dtype == np.float32 and value.size > QUANTISE_FROM and value.ndim == 2:
        peak = np.abs(value).max(axis=1)
        scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
        quantised = np.clip(np.rint(value / scale[:, None]), -127, 127).astype(np.int8)
        entry["encoding"] = "int8-rows"
        return entry, [quantised.tobytes(), scale.tobytes()]
    if value.dtype == object:  # the checkpoint's object graph, a scalar byte string
        entry["encoding"] = "bytes"
        return entry, [bytes(value.item())]
    entry["encoding"] = "raw"
    return entry, [np.ascontiguousarray(value).tobytes()]


def _decode(entry: dict, blobs: list[bytes]):
    """The tensor an entry of the manifest stands for (a NumPy array, or bytes)."""
    shape, encoding = tuple(entry["shape"]), entry["encoding"]
    if encoding == "bytes":
        return blobs[0]
    dtype = np.dtype(entry["dtype"])
    if encoding == "zeros":
        return np.zeros(shape, dtype)
    if encoding == "mask":
        return np.frombuffer(blobs[0], np.uint8).reshape(shape).astype(dtype)
    if encoding == "int8-rows":
        quantised = np.frombuffer(blobs[0], np.int8).reshape(shape).astype(np.float32)
        scale = np.frombuffer(blobs[1], np.float32)
        return (quantised * scale[:, None]).astype(dtype)
    if encoding == "raw":
        return np.frombuffer(blobs[0], dtype).reshape(shape).copy()
    raise ValueError(f"unknown encoding {encoding!r} for {entry['key']}")


def pack_checkpoint(prefix: str) -> tuple[bytes, bytes]:
    """(manifest JSON, concatenated blobs) of one TensorFlow checkpoint."""
    reader = _tf().train.load_checkpoint(prefix)
    entries, chunks, offset = [], [], 0
    for key in sorted(reader.get_variable_to_shape_map()):
        entry, blobs = _encode(key, np.asarray(reader.get_tensor(key)))
        entry["blobs"] = []
        for blob in blobs:
            entry["blobs"].append([offset, len(blob)])
            chunks.append(blob)
            offset += len(blob)
        entries.append(entry)
    manifest = {"format": FORMAT, "tensors": entries}
    return json.dumps(manifest, indent=1).encode(), b"".join(chunks)


def unpack_checkpoint(manifest: bytes, data: bytes, prefix: str) -> None:
    """Write the checkpoint files `prefix`.index and `prefix`.data-* from a packed form."""
    tf = _tf()
    content = json.loads(manifest)
    if content.get("format") != FORMAT:
        raise ValueError(f"not a packed checkpoint of format {FORMAT}")
    names, tensors = [], []
    for entry in content["tensors"]:
        blobs = [data[start : start + length] for start, length in entry["blobs"]]
        names.append(entry["key"])
        tensors.append(tf.constant(_decode(entry, blobs)))
    tf.raw_ops.SaveV2(
        prefix=prefix, tensor_names=names, shape_and_slices=[""] * len(names), tensors=tensors
    )


def _add(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = 0
    archive.addfile(info, io.BytesIO(content))


def _file_name(member: tarfile.TarInfo, archive: Path) -> str | None:
    """A regular file's name inside ``archive`` (without the leading "/" Rasa's archives carry), or
    None for a directory; an entry that could land outside the extraction directory is refused."""
    name = member.name.lstrip("/")
    if not member.isfile():
        return None
    if not name or ".." in Path(name).parts:
        raise ValueError(f"unexpected member in {archive}: {member.name}")
    return name


def pack(model: Path, packed: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        with tarfile.open(model, "r:gz") as source:
            for member in source.getmembers():  # Rasa's archives hold a "/" entry: never extractall
                name = _file_name(member, model)
                if name is None:
                    continue
                target = root / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.extractfile(member).read())
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as archive:
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                name = path.relative_to(root).as_posix()
                if name.endswith(DATA_SUFFIX):
                    continue  # packed with its index below
                if name.endswith(INDEX_SUFFIX):
                    manifest, data = pack_checkpoint(str(path)[: -len(INDEX_SUFFIX)])
                    base = name[: -len(INDEX_SUFFIX)]
                    _add(archive, base + ".pack.json", manifest)
                    _add(archive, base + ".pack.bin", data)
                    continue
                _add(archive, name, path.read_bytes())
    packed.parent.mkdir(parents=True, exist_ok=True)
    partial = packed.with_name(packed.name + ".partial")
    partial.write_bytes(lzma.compress(buffer.getvalue(), preset=9 | lzma.PRESET_EXTREME))
    partial.replace(packed)


def unpack(packed: Path, model: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "model"
        root.mkdir()
        members: dict[str, bytes] = {}
        with tarfile.open(fileobj=io.BytesIO(lzma.decompress(packed.read_bytes()))) as archive:
            for member in archive.getmembers():
                name = _file_name(member, packed)
                if name is None or name != member.name:  # a pack holds plain relative file names only
                    raise ValueError(f"unexpected member in {packed}: {member.name}")
                members[name] = archive.extractfile(member).read()
        for name, content in members.items():
            if name.endswith(".pack.bin"):
                continue
            if name.endswith(".pack.json"):
                base = name[: -len(".pack.json")]
                target = root / base
                target.parent.mkdir(parents=True, exist_ok=True)
                unpack_checkpoint(content, members[base + ".pack.bin"], str(target))
                continue
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        model.parent.mkdir(parents=True, exist_ok=True)
        partial = model.with_name(model.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            for path in sorted(root.iterdir()):
                archive.add(path, arcname=path.name)
        partial.replace(model)


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in {"pack", "unpack"}:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: model_pack.py pack MODEL.tar.gz PACKED.tar.xz | unpack PACKED.tar.xz MODEL.tar.gz", file=sys.stderr)
        return 2
    command, source, target = argv
    (pack if command == "pack" else unpack)(Path(source), Path(target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
