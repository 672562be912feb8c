package dk.almenmonitor.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The application's one {@link JsonMapper}, as Boot configures it (every {@link JsonMapperBuilderCustomizer} is
 * applied) but on a {@link JsonFactory} with bounds: a document no longer than the request-body limit, strings no
 * longer than {@code almen.json.max-string-length}, shallow nesting; no JSON string may carry a NUL character; and
 * neither a fraction becomes a whole number nor a number or text a boolean.
 * Boot 4.0 has no properties for Jackson's read constraints, hence the factory of our own.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputLimits {

    @Bean
    JsonMapper jsonMapper(List<JsonMapperBuilderCustomizer> customizers,
                          @Value("${almen.http.max-body-size:1MB}") DataSize maxDocument,
                          @Value("${almen.json.max-string-length:100000}") int maxString) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocument.toBytes())
                        .maxStringLength(maxString)
                        .maxNestingDepth(64)
                        .maxNameLength(1000)
                        .maxNumberLength(100)
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.forEach(customizer -> customizer.customize(builder));
        // 2016.5 for a whole number (a year, an id, a count) is a 400, not silently 2016.
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // {"published": 1} or "yes" for a yes/no field is a 400 naming the field, not silently true: only true,
        // false (and null for an optional field) are booleans.
        builder.withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        builder.addModule(new SimpleModule("almen-nul-free-strings").addDeserializer(String.class, new NulFreeStrings()));
        return builder.build();
    }

    /**
     * Jackson's own string reading, refusing a value that contains U+0000 or half of a surrogate pair ({@code \\ud800}
     * alone is no character; stored, it would silently become "?").
     */
    static final class NulFreeStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new ForbiddenCharacterException(parser, true);
            }
            if (value != null && hasLoneSurrogate(value)) {
                throw new ForbiddenCharacterException(parser, false);
            }
            return value;
        }

        private static boolean hasLoneSurrogate(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A JSON string with a NUL or a lone surrogate; answered with 400 by the error translation. */
    static final class ForbiddenCharacterException extends StreamReadException {
        private final boolean nul;

        ForbiddenCharacterException(JsonParser parser, boolean nul) {
            super(parser, nul ? "NUL character in a JSON string" : "Lone surrogate in a JSON string");
            this.nul = nul;
        }

        boolean nul() {
            return nul;
        }
    }
}
