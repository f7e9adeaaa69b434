/**
 * What the API server refuses when it decodes an object, before any semantic validation: fields its schema does not
 * have, values of the wrong type, required fields left out, values outside a field's enumeration. The schemas are the
 * released Kubernetes OpenAPI documents, trimmed ({@code tools/kubernetes-schema.py}), and a custom resource
 * definition's {@code openAPIV3Schema}. Depends on nothing of Shipshape but {@code internal.lang}. Not API.
 */
package dev.shipshape.internal.schema;
