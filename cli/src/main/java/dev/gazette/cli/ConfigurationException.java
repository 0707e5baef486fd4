package dev.gazette.cli;

import java.io.IOException;

/**
 * The configuration file cannot be used: it cannot be read, is not valid YAML, or names an
 * unknown key, rule id or option, or a value that does not fit. The message says where
 * ({@code file:line}) and what to do. Commands exit with {@link ExitCodes#USAGE}.
 *
 * <p>It is an {@link IOException} so that every corpus command reports it, as it reports an
 * unreadable reference file, without each command handling it separately.
 */
final class ConfigurationException extends IOException {
    private static final long serialVersionUID = 1L;

    ConfigurationException(String message) {
        super(message);
    }

    ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
