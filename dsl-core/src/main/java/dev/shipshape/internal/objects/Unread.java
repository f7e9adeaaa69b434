package dev.shipshape.internal.objects;

import java.util.Objects;

/**
 * A file or document that could not be read, kept for the {@code input.unreadable} rule. Not API.
 *
 * @param file   the file
 * @param line   the line of the problem (1-based), or 0 for the file as a whole
 * @param reason why, in words
 */
public record Unread(String file, int line, String reason) {
    /** Checks the parts. */
    public Unread {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
