#!/usr/bin/env python3
"""Trims a Kubernetes release's OpenAPI v2 document (api/openapi-spec/swagger.json of kubernetes/kubernetes at the
release branch) to what Shipshape's API-validity rules read, and writes it gzipped, deterministically, as
dsl-core/src/main/resources/dev/shipshape/schemas/kubernetes-<version>.json.gz.

    python3 tools/kubernetes-schema.py swagger.json 1.36

Kept per definition: type, format, properties (type, format, $ref, items, additionalProperties and the
x-kubernetes-list-* markers), required, x-kubernetes-group-version-kind. Descriptions and paths are dropped.
Then add the version to KubernetesSchemas.VERSIONS (newest last) and run the tests (README, "Kubernetes versions").
"""
import gzip, io, json, sys

KEEP = ("type", "format", "$ref", "items", "additionalProperties", "x-kubernetes-list-map-keys",
        "x-kubernetes-list-type", "x-kubernetes-map-type")


def trim(schema):
    if not isinstance(schema, dict):
        return schema
    out = {}
    for k in KEEP:
        if k in schema:
            v = schema[k]
            out[k] = trim(v) if isinstance(v, dict) else v
    if "allOf" in schema and len(schema["allOf"]) == 1:  # v3 style wrapper of a $ref
        out.update(trim(schema["allOf"][0]))
    return out


def main(src, version):
    spec = json.load(open(src, encoding="utf-8"))
    defs = {}
    for name, d in sorted(spec["definitions"].items()):
        t = {k: d[k] for k in ("type", "format", "required", "x-kubernetes-group-version-kind") if k in d}
        if "properties" in d:
            t["properties"] = {p: trim(s) for p, s in sorted(d["properties"].items())}
        if "additionalProperties" in d:
            t["additionalProperties"] = trim(d["additionalProperties"])
        defs[name] = t
    data = json.dumps({"kubernetes": version, "definitions": defs}, sort_keys=True, separators=(",", ":")).encode()
    out = "dsl-core/src/main/resources/dev/shipshape/schemas/kubernetes-%s.json.gz" % version
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as g:
        g.write(data)
    open(out, "wb").write(buf.getvalue())
    print(out, len(data), "bytes,", len(buf.getvalue()), "gzipped,", len(defs), "definitions")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
