"""Trims the standard-channel CustomResourceDefinitions of a Gateway API release (config/crd/standard of
kubernetes-sigs/gateway-api at its tag) to what Shipshape's API-validity rules read, and writes them gzipped,
deterministically, as dsl-core/src/main/resources/dev/shipshape/schemas/gateway-api-<version>.json.gz.

    git -C gateway-api show v1.6.1:config/crd/standard/gateway.networking.k8s.io_httproutes.yaml > httproutes.yaml …
    python3 tools/gateway-api-schema.py v1.6.1 <commit> crds/*.yaml

Kept per definition: group, kind, and per version its name, whether it is served, and its openAPIV3Schema with every
schema's description dropped (a property named "description" stays). Then set GatewayApiSchemas.VERSION and run the
tests (README, "Gateway API objects in check").
"""
import gzip, io, json, sys

import yaml


def trim(schema):
    if isinstance(schema, list):
        return [trim(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key in sorted(schema):
        value = schema[key]
        if key == "description":
            continue
        if key in ("properties", "patternProperties", "definitions"):
            out[key] = {name: trim(sub) for name, sub in sorted(value.items())}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            out[key] = trim(value)
        else:
            out[key] = value
    return out


def main(version, commit, files):
    definitions = []
    for path in sorted(files):
        with open(path, encoding="utf-8") as f:
            crd = yaml.safe_load(f)
        if not crd or crd.get("kind") != "CustomResourceDefinition":
            continue
        spec = crd["spec"]
        versions = []
        for v in spec["versions"]:
            versions.append({"name": v["name"], "served": bool(v.get("served", False)),
                             "schema": trim(v.get("schema", {}).get("openAPIV3Schema", {}))})
        definitions.append({"group": spec["group"], "kind": spec["names"]["kind"], "versions": versions})
    definitions.sort(key=lambda d: (d["group"], d["kind"]))
    doc = {"release": version, "commit": commit, "channel": "standard", "definitions": definitions}
    data = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    out = "dsl-core/src/main/resources/dev/shipshape/schemas/gateway-api-%s.json.gz" % version
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write(data)
    with open(out, "wb") as f:
        f.write(buf.getvalue())
    print("%s: %d definitions, %d bytes" % (out, len(definitions), len(buf.getvalue())))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
