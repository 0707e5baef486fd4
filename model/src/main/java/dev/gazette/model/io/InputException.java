package dev.gazette.model.io;

/** An input the user named cannot be used at all (it does not exist, or is not a file or folder). */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
