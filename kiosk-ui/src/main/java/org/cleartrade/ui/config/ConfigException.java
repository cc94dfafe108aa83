package org.cleartrade.ui.config;

/** A configuration value is missing or wrong; the message names the key and what it accepts. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public ConfigException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The offending key, as written in the file. */
    public String key() {
        return key;
    }
}
