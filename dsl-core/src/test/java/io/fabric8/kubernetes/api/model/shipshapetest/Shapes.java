package io.fabric8.kubernetes.api.model.shipshapetest;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRootName;

/**
 * Classes shaped like fabric8 model classes (and in their package tree, which is all Shipshape's writer accepts),
 * each with one thing the writer does not model, or one it does in a less common way. Test code only.
 */
public final class Shapes {

    private Shapes() {
    }

    /** Written: a plain model class. */
    @JsonPropertyOrder({"name", "size"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Plain {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        @JsonProperty("size")
        public Integer getSize() {
            return 3;
        }

        /** Not a getter: no "get" prefix with a name, no boolean "is". */
        public String get() {
            return "x";
        }

        public String isNotABoolean() {
            return "x";
        }

        public String is() {
            return "x";
        }
    }

    /** Hides a getter through {@code @JsonIgnore} on the interface it implements. */
    public interface Hidden {
        @JsonIgnore
        String getSecret();
    }

    /** Written without the getter its interface ignores. */
    @JsonPropertyOrder({"name"})
    public static class IgnoredThroughInterface implements Hidden {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        @Override
        public String getSecret() {
            return "s";
        }
    }

    /** A parent that ignores a getter. */
    public static class Parent {
        @JsonIgnore
        public boolean isInternal() {
            return true;
        }
    }

    /** Written without the getter its superclass ignores. */
    @JsonPropertyOrder({"name"})
    public static class IgnoredThroughSuperclass extends Parent {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        @Override
        public boolean isInternal() {
            return false;
        }
    }

    /** Refused: no property order. */
    public static class NoOrder {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }
    }

    /** Refused: a Jackson annotation the writer does not model, on the class. */
    @JsonPropertyOrder({"name"})
    @JsonRootName("root")
    public static class UnknownOnClass {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }
    }

    /** Refused: a Jackson annotation the writer does not model, on a getter. */
    @JsonPropertyOrder({"when"})
    public static class UnknownOnGetter {
        @JsonProperty("when")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        public Integer getWhen() {
            return 1;
        }
    }

    /** Refused: content inclusion. */
    @JsonPropertyOrder({"tags"})
    public static class ContentInclusion {
        @JsonProperty("tags")
        @JsonInclude(content = JsonInclude.Include.NON_NULL)
        public java.util.Map<String, String> getTags() {
            return java.util.Map.of();
        }
    }

    /** Refused: two getters for one property. */
    @JsonPropertyOrder({"name"})
    public static class TwoGetters {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        @JsonProperty("name")
        public String getOtherName() {
            return "b";
        }
    }

    /** Refused: a getter without {@code @JsonProperty} or {@code @JsonIgnore}. */
    @JsonPropertyOrder({"name"})
    public static class UnannotatedGetter {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        public String getColour() {
            return "red";
        }
    }

    /** Refused: a boolean "is" getter without annotations. */
    @JsonPropertyOrder({"name"})
    public static class UnannotatedFlag {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        public Boolean isReady() {
            return true;
        }
    }

    /** Refused: {@code @JsonIgnore(false)} ignores nothing. */
    @JsonPropertyOrder({"name"})
    public static class NotIgnored {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        @JsonIgnore(false)
        public String getColour() {
            return "red";
        }
    }

    /** Refused: a property the order does not list. */
    @JsonPropertyOrder({"name"})
    public static class OutsideOrder {
        @JsonProperty("name")
        public String getName() {
            return "a";
        }

        @JsonProperty("size")
        public Integer getSize() {
            return 1;
        }
    }

    /** Refused: an enum. */
    public enum Colour {
        RED
    }
}
