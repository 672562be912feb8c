package dk.almenmonitor.reminder;

/** A typed reminder address that is not one address, or too long: shown where it was typed, nothing changed. */
class InvalidAddressException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    InvalidAddressException(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    String messageCode() {
        return messageCode;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
