package dk.almenmonitor.apitoken;

/**
 * A token request that cannot be a token (name, role, organisations, expiry): carries the message code and arguments
 * of its Danish reason, which the page and the API resolve from {@code messages_da.properties}.
 */
class TokenRequestRefused extends RuntimeException {

    private final String messageCode;
    private final transient Object[] arguments;

    TokenRequestRefused(String messageCode, Object... arguments) {
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
