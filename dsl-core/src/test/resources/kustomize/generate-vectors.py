#!/usr/bin/env python3
"""Regenerates hash-vectors.json with `kubectl kustomize` (kustomize v5.5.0 in kubectl 1.32) as the oracle.

For each data map, a kustomization with a configMapGenerator is written (one file per key, so values may hold
any text, newlines included) and `kubectl kustomize` prints the generated ConfigMap; its name is recorded.
Run from this directory: python3 generate-vectors.py > hash-vectors.json
"""
import json, os, re, subprocess, tempfile

VECTORS = [
    {"journalEntries": "10"},
    {"journalEntries": "10", "holidayScreen": "easter"},
    {"journalEntries": "10", "holidayScreen": "spring-festival"},
    {},
    {"html": "<a href=\"x\">&amp;</a>"},
    {"unicode": "café ☕ 春节 😀"},
    {"lines": "line1\nline2\n\ttabbed\r\n"},
    {"escapes": "say \"hi\" \\ back\\slash / slash"},
    {"control": "bell\u0007 backspace\b formfeed\f unit\u001f del\u007f"},
    {"separators": "a\u2028b\u2029c"},
    {"b": "2", "a": "1", "A": "0", "_x": "y", "-dash": "z", ".dot": "d", "9": "nine"},
    {"empty": ""},
    {"yaml": "key: value\n- item\n# comment\n"},
]

out = []
for data in VECTORS:
    with tempfile.TemporaryDirectory() as d:
        files = []
        for k, v in data.items():
            with open(os.path.join(d, k), "w", encoding="utf-8", newline="") as f:
                f.write(v)
            files.append(k)
        with open(os.path.join(d, "kustomization.yaml"), "w") as f:
            f.write("configMapGenerator:\n- name: cfg\n")
            if files:
                f.write("  files:\n" + "".join(f"  - {json.dumps(k)}\n" for k in files))
        proc = subprocess.run(["kubectl", "kustomize", d], capture_output=True, text=True)
        if proc.returncode == 0:
            name = next(line.split(":", 1)[1].strip() for line in proc.stdout.splitlines() if line.startswith("  name: "))
        else:
            # kustomize computes the name, then its YAML printer refuses control characters; the error
            # message quotes the generated object, name included.
            m = re.search(r'\\"name\\":\\"(cfg-[a-z0-9]+)\\"', proc.stderr)
            if not m:
                raise SystemExit(f"kubectl kustomize rejected {data!r}: {proc.stderr}")
            name = m.group(1)
        out.append({"data": data, "name": name})
print(json.dumps(out, ensure_ascii=False, indent=2))
