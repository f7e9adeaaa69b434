package dev.shipshape.examples.apiserver;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An oracle for "the API server can decode this object strictly", independent of Shipshape's schema walk: it reads
 * the official Kubernetes Java client's generated models ({@code io.kubernetes:client-java-api} 24, generated from Kubernetes release-1.33)
 * by reflection, field by field ({@code @SerializedName}, the Java type of the field, the class's
 * {@code openapiRequiredFields}), and refuses what Go's strict JSON decoding refuses: unknown fields, values of the
 * wrong JSON type (a string for an int32, a number for a string), required fields left out, quantities the client's
 * {@link Quantity} parser refuses, byte fields that are not base64. Enumerations are the job of
 * {@link #UNSUPPORTED}: the values the API server's validation accepts for the fields the mutation property
 * misspells, ported from {@code pkg/apis/core/validation/validation.go} and its siblings.
 */
final class StrictDecode {

    /** Field name (as it appears in JSON) in a model class, to the values the API server accepts; {@code ""} means unset. */
    static final Map<String, Set<String>> UNSUPPORTED = Map.ofEntries(
            Map.entry("V1Container.imagePullPolicy", Set.of("", "Always", "IfNotPresent", "Never")),
            Map.entry("V1ContainerPort.protocol", Set.of("", "TCP", "UDP", "SCTP")),
            Map.entry("V1ServicePort.protocol", Set.of("", "TCP", "UDP", "SCTP")),
            Map.entry("V1PodSpec.restartPolicy", Set.of("", "Always", "OnFailure", "Never")),
            Map.entry("V1PodSpec.dnsPolicy", Set.of("", "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None")),
            Map.entry("V1ServiceSpec.type", Set.of("", "ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
            Map.entry("V1ServiceSpec.sessionAffinity", Set.of("", "None", "ClientIP")),
            Map.entry("V1DeploymentStrategy.type", Set.of("", "Recreate", "RollingUpdate")),
            Map.entry("V1HTTPGetAction.scheme", Set.of("", "HTTP", "HTTPS")),
            Map.entry("V1SeccompProfile.type", Set.of("", "RuntimeDefault", "Unconfined", "Localhost")),
            Map.entry("V1CronJobSpec.concurrencyPolicy", Set.of("", "Allow", "Forbid", "Replace")),
            Map.entry("V1HTTPIngressPath.pathType", Set.of("Exact", "Prefix", "ImplementationSpecific")),
            // apps validation: ValidateStatefulSetSpec, ValidateDaemonSetUpdateStrategy
            Map.entry("V1StatefulSetUpdateStrategy.type", Set.of("", "RollingUpdate", "OnDelete")),
            Map.entry("V1DaemonSetUpdateStrategy.type", Set.of("", "RollingUpdate", "OnDelete")),
            // autoscaling validation: validateMetricSpec, validateMetricTarget
            Map.entry("V2MetricSpec.type", Set.of("Object", "Pods", "Resource", "ContainerResource", "External")),
            Map.entry("V2MetricTarget.type", Set.of("Utilization", "Value", "AverageValue")),
            // core validation: validateHostPathType, validateInitContainerRestartPolicy, NetworkPolicyPort protocol
            Map.entry("V1HostPathVolumeSource.type", Set.of("", "DirectoryOrCreate", "Directory", "FileOrCreate", "File",
                    "Socket", "CharDevice", "BlockDevice")),
            Map.entry("V1Container.restartPolicy", Set.of("Always")),
            Map.entry("V1NetworkPolicyPort.protocol", Set.of("", "TCP", "UDP", "SCTP")));

    private StrictDecode() {
    }

    /** The model class of {@code apiVersion}/{@code kind}, if the client has one. */
    static Optional<Class<?>> modelOf(String apiVersion, String kind) {
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String prefix = Character.toUpperCase(version.charAt(0)) + version.substring(1);
        try {
            return Optional.of(Class.forName("io.kubernetes.client.openapi.models." + prefix + kind));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The refusals of {@code object} read as {@code model}, as {@code path: why}. */
    static List<String> refusals(JsonNode object, Class<?> model) {
        List<String> out = new ArrayList<>();
        object(object, model, "", out);
        return out;
    }

    private static Map<String, Field> fields(Class<?> model) {
        Map<String, Field> fields = new HashMap<>();
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                SerializedName name = f.getAnnotation(SerializedName.class);
                if (name != null) {
                    fields.put(name.value(), f);
                }
            }
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> required(Class<?> model) {
        try {
            Field f = model.getDeclaredField("openapiRequiredFields");
            f.setAccessible(true);
            return new HashSet<>((Set<String>) f.get(null));
        } catch (ReflectiveOperationException e) {
            return Set.of();
        }
    }

    private static void object(JsonNode node, Class<?> model, String path, List<String> out) {
        if (!node.isObject()) {
            out.add(path + ": expected an object");
            return;
        }
        Map<String, Field> fields = fields(model);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            Field f = fields.get(e.getKey());
            if (f == null) {
                out.add(at + ": unknown field");
                continue;
            }
            JsonNode value = e.getValue();
            Set<String> allowed = UNSUPPORTED.get(model.getSimpleName() + "." + e.getKey());
            if (allowed != null && value.isString() && !allowed.contains(value.stringValue())) {
                out.add(at + ": unsupported value");
            }
            value(value, f.getGenericType(), at, out);
        }
        for (String r : required(model)) {
            if (node.path(r).isMissingNode() || node.path(r).isNull()) {
                out.add((path.isEmpty() ? r : path + "." + r) + ": required");
            }
        }
    }

    private static void value(JsonNode value, Type type, String path, List<String> out) {
        if (value.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                if (!value.isArray()) {
                    out.add(path + ": expected a list");
                    return;
                }
                int i = 0;
                for (JsonNode item : value) {
                    if (item.isString() && UNSUPPORTED.containsKey(path)) {
                        i++;
                        continue;
                    }
                    value(item, p.getActualTypeArguments()[0], path + "[" + i++ + "]", out);
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                if (!value.isObject()) {
                    out.add(path + ": expected a map");
                    return;
                }
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    value(e.getValue(), p.getActualTypeArguments()[1], path + "." + e.getKey(), out);
                }
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            expect(value.isString(), path, "a string", out);
        } else if (c == Integer.class) {
            expect(value.isIntegralNumber() && value.canConvertToInt(), path, "an int32", out);
        } else if (c == Long.class) {
            expect(value.isIntegralNumber() && value.canConvertToLong(), path, "an int64", out);
        } else if (c == Double.class || c == Float.class || c == java.math.BigDecimal.class) {
            expect(value.isNumber(), path, "a number", out);
        } else if (c == Boolean.class) {
            expect(value.isBoolean(), path, "a boolean", out);
        } else if (c == IntOrString.class) {
            expect(value.isIntegralNumber() || value.isString(), path, "an int or a string", out);
        } else if (c == Quantity.class) {
            if (value.isString()) {
                try {
                    new Quantity(value.stringValue()).getNumber();
                } catch (RuntimeException e) {
                    out.add(path + ": not a quantity");
                }
            } else {
                expect(value.isNumber(), path, "a quantity", out);
            }
        } else if (c == byte[].class) {
            if (!value.isString()) {
                out.add(path + ": expected base64");
            } else {
                try {
                    Base64.getDecoder().decode(value.stringValue());
                } catch (IllegalArgumentException e) {
                    out.add(path + ": not base64");
                }
            }
        } else if (c == OffsetDateTime.class) {
            expect(value.isString(), path, "a time", out);
        } else if (c == Object.class) {
            return; // free-form (RawExtension, JSON)
        } else if (c.getName().startsWith("io.kubernetes.client.openapi.models.")) {
            object(value, c, path, out);
        }
    }

    private static void expect(boolean ok, String path, String what, List<String> out) {
        if (!ok) {
            out.add(path + ": expected " + what);
        }
    }
}
