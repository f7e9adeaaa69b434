package dev.shipshape.examples.apiserver;

import java.util.ArrayList;
import java.util.List;

/** The oracle's {@code field.ErrorList}: each error with its field path, in the order found. */
final class Errors {

    private final String object;
    private final List<String> list = new ArrayList<>();

    Errors(String object) {
        this.object = object;
    }

    void add(String path, String message) {
        list.add(object + " " + path + ": " + message);
    }

    List<String> list() {
        return List.copyOf(list);
    }
}
