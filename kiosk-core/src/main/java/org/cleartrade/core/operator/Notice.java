package org.cleartrade.core.operator;

import java.util.List;

/**
 * What the operator screen should say about the last action: a message key the UI translates,
 * with its arguments. Keys are listed in {@link OperatorConsole}'s class comment.
 */
public record Notice(String key, List<String> args) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(
                key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public static final Notice NONE = new Notice("", List.of());
}
