package dk.almenmonitor.web;

import org.springframework.http.HttpStatus;

/**
 * Why the container could not read a request's parameters, as a status and a message key: for a plain request an
 * undecodable query or form ({@code %FF}, {@code %ZZ}); for a multipart request's parts a NUL or other
 * invalid character in a file name (400), too many parts (400), a part header such as a file name too long (400),
 * a form field or the whole request over its limit (413). Tomcat reports these as exceptions whose types are its own
 * internals, so they are recognised by name along the cause chain.
 */
record MultipartFailure(HttpStatus status, String messageKey) {

    static MultipartFailure of(Exception failure, boolean multipart) {
        if (!multipart) {
            return new MultipartFailure(HttpStatus.BAD_REQUEST, "web.problem.parameters");
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getSimpleName();
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (type.equals("InvalidFileNameException")) {
                return new MultipartFailure(HttpStatus.BAD_REQUEST, "web.problem.multipart.fileName");
            }
            if (message.contains("Header section") || message.contains("header size")) {
                return new MultipartFailure(HttpStatus.BAD_REQUEST, "web.problem.multipart.header");
            }
            if (type.equals("FileCountLimitExceededException")) {
                return new MultipartFailure(HttpStatus.BAD_REQUEST, "web.problem.multipart.parts");
            }
            if (type.equals("FileSizeLimitExceededException") || type.equals("SizeLimitExceededException")
                    || message.contains("maxPostSize")) {
                return new MultipartFailure(HttpStatus.CONTENT_TOO_LARGE, "web.problem.multipart.tooLarge");
            }
        }
        return new MultipartFailure(HttpStatus.BAD_REQUEST, "web.problem.multipart.unreadable");
    }
}
