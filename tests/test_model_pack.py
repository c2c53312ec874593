"""scripts/model_pack.py and bot/trained/: the repository carries the packed model of its own data,
small enough to keep, and packing gives back every file and tensor as documented (optimiser
moments as zeros, masks exactly, the big kernels within half a quantisation step, the rest exactly).

The round trip runs in the bot environment (TensorFlow writes and reads the checkpoints) on a
checkpoint and a model archive built here; the real model is served by the end-to-end suites.
"""
from __future__ import annotations

import subprocess

from harness.processes import ROOT, run_bot_script

MAX_TRACKED_BYTES = 8 * 2**20  # the repository keeps no file over 8 MiB

_SCRIPT = r"""
import io, json, tarfile, tempfile
from pathlib import Path
import numpy as np
import tensorflow as tf
from scripts.model_pack import pack, unpack

rng = np.random.default_rng(0)
big = rng.normal(0, 0.02, (1000, 1001)).astype(np.float32)
big[3] = 0.0                       # a row of zeros keeps its zeros
big[7, 5] = 0.9                    # a peak sets its row's scale only
tensors = {
    "model/_tf_layers/sparse_to_dense/kernel/.ATTRIBUTES/VARIABLE_VALUE": big,
    "model/_tf_layers/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE": rng.normal(0, 1, (40, 8)).astype(np.float32),
    "model/_tf_layers/dense/kernel_mask/.ATTRIBUTES/VARIABLE_VALUE": (rng.random((40, 8)) > 0.5).astype(np.float32),
    "model/optimizer/_variables/1/.ATTRIBUTES/VARIABLE_VALUE": rng.normal(0, 1, (40, 8)).astype(np.float32),
    "model/optimizer/_iterations/.ATTRIBUTES/VARIABLE_VALUE": np.array(3375, np.int64),
    "model/optimizer/_learning_rate/.ATTRIBUTES/VARIABLE_VALUE": np.array(0.001, np.float32),
    "_CHECKPOINTABLE_OBJECT_GRAPH": b"\x0a\x03graph bytes",
}
tmp = Path(tempfile.mkdtemp())
ckpt = tmp / "src" / "components" / "train_DIET" / "DIET.tf_model"
ckpt.parent.mkdir(parents=True)
tf.raw_ops.SaveV2(prefix=str(ckpt), tensor_names=list(tensors), shape_and_slices=[""] * len(tensors),
                  tensors=[tf.constant(v) for v in tensors.values()])
(ckpt.parent / "DIET.json").write_text('{"epochs": 100}')
model = tmp / "model.tar.gz"
with tarfile.open(model, "w:gz") as archive:
    root = tarfile.TarInfo("/"); root.type = tarfile.DIRTYPE; archive.addfile(root)  # as Rasa writes it
    for path in sorted((tmp / "src").rglob("*")):
        if path.is_file():
            archive.add(path, arcname=path.relative_to(tmp / "src").as_posix())
pack(model, tmp / "model.tar.xz")
unpack(tmp / "model.tar.xz", tmp / "back.tar.gz")
with tarfile.open(tmp / "back.tar.gz") as archive:
    names = sorted(m.name for m in archive.getmembers() if m.isfile())
    archive.extractall(tmp / "back")
reader = tf.train.load_checkpoint(str(tmp / "back" / "components" / "train_DIET" / "DIET.tf_model"))
back = {k: reader.get_tensor(k) for k in reader.get_variable_to_shape_map()}
scale = np.abs(big).max(axis=1) / 127
out = {
    "names": names,
    "keys_equal": sorted(back) == sorted(tensors),
    "json": (tmp / "back" / "components" / "train_DIET" / "DIET.json").read_text(),
    "exact": [k for k, v in tensors.items() if k in back and not isinstance(v, bytes)
              and np.array_equal(back[k], v)],
    "graph_equal": back["_CHECKPOINTABLE_OBJECT_GRAPH"] == tensors["_CHECKPOINTABLE_OBJECT_GRAPH"],
    "slot_zeros": bool((back["model/optimizer/_variables/1/.ATTRIBUTES/VARIABLE_VALUE"] == 0).all()),
    "big_within_half_step": bool((np.abs(back[next(iter(tensors))] - big) <= scale[:, None] / 2 + 1e-9).all()),
    "big_changed": bool((back[next(iter(tensors))] != big).any()),
    "zero_row": bool((back[next(iter(tensors))][3] == 0).all()),
    "peak": float(back[next(iter(tensors))][7, 5]),
    "dtypes": sorted({str(v.dtype) for k, v in back.items() if k != "_CHECKPOINTABLE_OBJECT_GRAPH"}),
    "packed_bytes": (tmp / "model.tar.xz").stat().st_size,
    "raw_bytes": sum(v.nbytes for v in tensors.values() if not isinstance(v, bytes)),
}
print("RESULT " + json.dumps(out))
"""


def test_pack_round_trip_keeps_every_file_and_tensor_as_documented():
    out = run_bot_script(_SCRIPT, env={"TF_CPP_MIN_LOG_LEVEL": "3"}, timeout=300)
    assert out["names"] == ["components/train_DIET/DIET.json", "components/train_DIET/DIET.tf_model.data-00000-of-00001",
                            "components/train_DIET/DIET.tf_model.index"]
    assert out["json"] == '{"epochs": 100}'
    assert out["keys_equal"] and out["graph_equal"]
    # Exact: the small float tensor, the mask, the optimiser's counters; not the moment nor the big kernel.
    assert sorted(out["exact"]) == sorted([
        "model/_tf_layers/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE",
        "model/_tf_layers/dense/kernel_mask/.ATTRIBUTES/VARIABLE_VALUE",
        "model/optimizer/_iterations/.ATTRIBUTES/VARIABLE_VALUE",
        "model/optimizer/_learning_rate/.ATTRIBUTES/VARIABLE_VALUE",
    ])
    assert out["slot_zeros"]
    assert out["big_changed"] and out["big_within_half_step"] and out["zero_row"]
    assert abs(out["peak"] - 0.9) < 1e-6  # a row's largest value comes back exactly (q = 127)
    assert out["dtypes"] == ["float32", "int64"]
    assert out["packed_bytes"] < out["raw_bytes"] / 3


def test_repository_carries_the_packed_model_of_its_data():
    path = subprocess.run([str(ROOT / "scripts" / "train.sh"), "--path"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()
    name = path.rsplit("/", 1)[-1].removesuffix(".tar.gz")
    packed = sorted(p.name for p in (ROOT / "bot" / "trained").glob("*.tar.xz"))
    assert packed == [f"{name}.tar.xz"], (
        f"bot/trained/ holds {packed}, not the model of the current data ({name}): run scripts/train.sh "
        "(it trains and packs the model) and commit bot/trained/ with the data")
    assert (ROOT / "bot" / "trained" / f"{name}.tar.xz").stat().st_size < MAX_TRACKED_BYTES
    assert (ROOT / "bot" / "trained" / f"{name}.seconds").read_text().strip().isdigit()
