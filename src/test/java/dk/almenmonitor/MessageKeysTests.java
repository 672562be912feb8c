package dk.almenmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The guard for "text in one place" (issue 10, step 5): every message key the templates and the Java code use is in
 * {@code messages_da.properties}, and the templates hold no literal UI text. Plain file scanning, no Spring context.
 *
 * <p>Message keys in templates (the source text line by line; comments are blanked out first, so the examples in a
 * template's header comment do not count, and neither does what a Thymeleaf prototype-only comment block holds):
 * <ul>
 *   <li>{@code #{key}} and {@code #{key(args)}}, also quoted: {@code #{'key'}} - the key must exist;</li>
 *   <li>{@code #messages.msg('key')}, {@code #messages.msgOrNull('key', ...)} and the other {@code #messages} methods
 *       with a literal first argument - the key must exist;</li>
 *   <li>any quoted literal that starts with a key namespace (a module name or {@code app}), such as
 *       {@code th:with="titleKey='web.error.generic.title'"} - the key must exist; if it ends in a dot or is followed
 *       by {@code +} it is a prefix of a key built at run time ({@code 'agreement.kind.' + ${goal.kind}},
 *       {@code 'web.error.' + status + '.title'}) and some key must start with it;</li>
 *   <li>{@code #{${expression}}} with no literal part is fully dynamic and not checked.</li>
 * </ul>
 *
 * <p>Message keys in Java (src/main/java, comment lines skipped): every string literal that starts with a key
 * namespace, whatever method it is passed to ({@code getMessage}, the {@code msg}/{@code message}/{@code text.get}
 * helpers, {@code Refusals.forbidden}, exception message codes, flash attributes, a dataset's label keys). A literal
 * ending in a dot or followed by {@code +} is a prefix, as above. Literals in other namespaces (settings such as
 * {@code almen.*}, Spring's {@code problemDetail.*} and {@code jakarta.*} codes) are not keys the code names.
 *
 * <p>Literal text in templates:
 * <ul>
 *   <li>a text node with a letter in it fails, unless an ancestor-or-self element replaces its body
 *       ({@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert}, {@code th:remove="all|body"}):
 *       the natural-template text there is a placeholder that never reaches a user. A {@code th:replace} that hands
 *       parts of the template itself to a layout ({@code ~{layout/main :: page(content=~{::main})}}) replaces nothing:
 *       the page's body is what the user sees. Inline expressions
 *       ({@code [[...]]}, {@code [(...)]}) are taken out first; text in {@code script} and {@code style} is not UI
 *       text. Whitespace, punctuation, symbols and numbers ("·", "–", "%", "2015") are fine;</li>
 *   <li>an {@code alt}, {@code title}, {@code placeholder}, {@code aria-label}, {@code aria-description},
 *       {@code label} attribute, or the {@code value} of a button-like {@code input}, with a letter in it fails
 *       unless the element also sets it through Thymeleaf ({@code th:title}, {@code th:attr="title=..."},
 *       {@code th:alttitle}) or sits inside a replaced element;</li>
 *   <li>a text-producing Thymeleaf attribute ({@code th:text}, {@code th:utext}, {@code th:title},
 *       {@code th:aria-label}, ...) fails if the text it adds around its expressions has a letter: the literal part
 *       of {@code |...|} and {@code '...'} outside {@code ${...}}/{@code #{...}} ({@code |#{a} – ${b}|} and
 *       {@code ... : '–'} are fine, {@code ${n} + ' mål'} is not). Literals inside {@code ${...}} are not read (a date
 *       pattern is no text), nor are literals that look like a key ({@code 'followup.state.'}).</li>
 * </ul>
 */
class MessageKeysTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path MESSAGES = Path.of("src/main/resources/messages_da.properties");
    private static final Path MODULES = Path.of("src/main/java/dk/almenmonitor");

    /** {@code #{key}}, {@code #{key(}}, {@code #{'key'}}, {@code #{'key'(}}. */
    private static final Pattern HASH_KEY =
            Pattern.compile("#\\{\\s*(?:'([^'$]+)'|([A-Za-z][\\w.\\-]*))\\s*[}(]");
    /** {@code #messages.msg('key'...}, first argument literal. */
    private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.\\w+\\(\\s*'([^']+)'\\s*([,)+])?");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:include", "th:substituteby", "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");
    private static final Set<String> TEXT_ATTRIBUTES =
            Set.of("alt", "title", "placeholder", "aria-label", "aria-description", "label");
    /** Thymeleaf attributes whose value becomes text a user reads or hears. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:alt",
            "th:placeholder", "th:aria-label", "th:aria-description", "th:label", "th:alttitle");
    /** A literal that is a message key or key prefix, not text: {@code 'followup.state.'}. */
    private static final Pattern KEY_LIKE =
            Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*\\.|[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");
    /** {@code ~{::main}}, {@code ~{this :: title}}: a layout call that renders parts of this template's own body. */
    private static final Pattern SAME_TEMPLATE = Pattern.compile("~\\{\\s*(this\\s*)?::");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    @Test
    void everyMessageKeyUsedInTemplatesIsInTheDanishMessages() throws IOException {
        Set<String> keys = keys();
        List<String> missing = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            for (Reference ref : templateReferences(file)) {
                if (!ref.resolves(keys)) {
                    missing.add(ref.toString());
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from %s", MESSAGES).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInJavaIsInTheDanishMessages() throws IOException {
        Set<String> keys = keys();
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", namespaces()) + ")\\.[\\w.\\-]*)\"(\\s*\\+)?");
        List<String> missing = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("import ")) {
                    continue;
                }
                Matcher m = literal.matcher(line);
                while (m.find()) {
                    Reference ref = new Reference(file, i + 1, m.group(1), m.group(2) != null || m.group(1).endsWith("."));
                    if (!ref.resolves(keys)) {
                        missing.add(ref.toString());
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in Java but missing from %s", MESSAGES).isEmpty();
    }

    @Test
    void aModulesOwnMessagesFileHoldsOnlyItsOwnKeys() throws IOException {
        List<String> strays = new ArrayList<>();
        for (Path file : messageFiles().subList(1, messageFiles().size())) {
            String module = file.getParent().getFileName().toString();
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.stringPropertyNames().stream().filter(key -> !key.startsWith(module + "."))
                    .forEach(key -> strays.add(file + ": " + key));
        }
        assertThat(strays).as("keys outside the module's own namespace (they could shadow another file's)").isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Document doc = parse(file);
            visit(file, doc, false, literal);
        }
        assertThat(literal).as("literal UI text in templates; move it to messages_da.properties").isEmpty();
    }

    /**
     * Danish text in Java (issue 10, step 5): a string literal in src/main/java outside comments that holds æ, ø or å,
     * or one of {@link #DANISH_WORDS} as a whole word, is UI text that belongs in the message files. What must stay -
     * the Danish vocabulary that input is read in (period expressions, the sheet's column headers), seed data and a
     * package being reworked - is listed in {@link #DANISH_ALLOWED} with its reason.
     */
    @Test
    void javaHoldsNoDanishText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String path = JAVA.relativize(file).toString().replace('\\', '/');
            if (DANISH_ALLOWED.keySet().stream().anyMatch(allowed -> !allowed.contains("|") && path.startsWith(allowed))) {
                continue;
            }
            for (Literal literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                if (danish(literal.text()) && !allowed(path, literal.text())) {
                    found.add(path + ":" + literal.line() + ": \"" + abbreviate(literal.text()) + "\"");
                }
            }
        }
        assertThat(found).as("Danish text in Java; give a message key (and arguments) and put the text in %s", MESSAGES)
                .isEmpty();
    }

    /** Common Danish words that English code text does not use, matched as whole words, case ignored. */
    private static final Pattern DANISH_WORDS = Pattern.compile("(?iu)\\b(ikke|skal|eller|mangler|findes|ukendt|ukendte|"
            + "angiv|ingen|filen|rækken|række|kolonne|kolonnen|kan|har|og|er|til|fra|med|den|det|af|fx)\\b");
    private static final Pattern DANISH_LETTERS = Pattern.compile("[æøåÆØÅ]");

    /**
     * Paths under src/main/java (a folder or a file) or {@code path|start} pairs (a literal in that file starting with
     * {@code start}, as written in the source) that may hold Danish, and why.
     */
    private static final Map<String, String> DANISH_ALLOWED = Map.ofEntries(
            // The Danish words input is read in: they are matched, not shown.
            Map.entry("dk/almenmonitor/shared/PeriodRules.java", "the grammar of Danish period expressions"),
            Map.entry("dk/almenmonitor/shared/DanishPeriodParser.java|før", "a keyword of the period grammar"),
            Map.entry("dk/almenmonitor/followup/Achievement.java|Indtænkes", "an achievement as the sheet writes it"),
            Map.entry("dk/almenmonitor/followup/Achievement.java|Ikke opfyldt", "an achievement as the sheet writes it"),
            Map.entry("dk/almenmonitor/followup/FollowUpRules.java|Uændret", "the word a status is written as"),
            Map.entry("dk/almenmonitor/rent/RentFile.java|lejemålsnr", "a column header of the rents file"),
            Map.entry("dk/almenmonitor/rent/RentFile.java|værelser", "a column header of the rents file"),
            Map.entry("dk/almenmonitor/rent/RentFile.java|årsleje_kr", "a column header of the rents file"),
            Map.entry("dk/almenmonitor/rent/RentFile.java|opgørelsesdato", "a column header of the rents file"),
            Map.entry("dk/almenmonitor/sheet/SheetColumns.java|Målopfyldelse", "a column header of the sheet"),
            Map.entry("dk/almenmonitor/sheet/SheetColumns.java|målopfyldelse", "a column header of the sheet"),
            Map.entry("dk/almenmonitor/sheet/SheetColumns.java|Status - N. kvartal ÅÅÅÅ", "a column header of the sheet"),
            Map.entry("dk/almenmonitor/sheet/SheetColumns.java|Grund til forsinkelse", "a column header of the sheet"),
            Map.entry("dk/almenmonitor/sheet/AgreementSheetParser.java|målbar", "a section header of the sheet"),
            Map.entry("dk/almenmonitor/sheet/AgreementSheetParser.java|hensigtserklæring", "a section header of the sheet"),
            Map.entry("dk/almenmonitor/sheet/AgreementSheetDataset.java|(Hovedaftale\\\\s+mellem", "the title row of the sheet"),
            Map.entry("dk/almenmonitor/organisation/OwnerNotation.java|/|,|\\\\s+og", "how owners are joined"),
            Map.entry("dk/almenmonitor/indicator/ObservationDataset.java|værdi", "a column header of the file"),
            // Danish formats, like shared.DanishFormat and shared.Quarter.
            Map.entry("dk/almenmonitor/indicator/ObservationPeriod.java|. halvår ", "a half-year written in Danish"),
            // Data: the demo accounts (the seed indicators and targets are files in src/main/resources/seed).
            Map.entry("dk/almenmonitor/housing/PriceIndexDataset.java|år", "a column name a file may use"),
            Map.entry("dk/almenmonitor/stock/BbrUnitsDataset.java|enh0", "BBR field names a file uses"),
            Map.entry("dk/almenmonitor/stock/Bol101Dataset.java|OMRÅDE", "a BOL101 column name"),
            Map.entry("dk/almenmonitor/stock/Bol101Dataset.java|OPFØRELSESÅR", "a BOL101 column name"),
            Map.entry("dk/almenmonitor/stock/Bol101Dataset.java|${almen.stock.municipality-name:", "a setting's default"),
            Map.entry("dk/almenmonitor/stock/Bol101Table.java|OPFØRELSESÅR", "a BOL101 column name"),
            Map.entry("dk/almenmonitor/synthetic/", "values written into the registers' file formats (data, not UI)"),
            Map.entry("dk/almenmonitor/energy/DegreeDaysDataset.java|år", "a column name a file may use"),
            Map.entry("dk/almenmonitor/energy/HeatDataset.java|år", "a column name a file may use"),
            Map.entry("dk/almenmonitor/demo/DemoAccounts.java", "the demo accounts' names and organisations"),
            // The API documentation (OpenAPI), not the UI.
            Map.entry("dk/almenmonitor/followup/FollowUpApiController.java|Opfølgning", "an OpenAPI tag"),
            Map.entry("dk/almenmonitor/area/AreaApiController.java|Udsatte områder", "an OpenAPI tag"),
            Map.entry("dk/almenmonitor/web/PeriodApiController.java|Free Danish text, e.g.", "an OpenAPI parameter example"));

    /** Allowed by a {@code path|start} entry: the literal in that file starts with it (as written in the source). */
    private static boolean allowed(String path, String literal) {
        return DANISH_ALLOWED.keySet().stream().anyMatch(entry -> entry.startsWith(path + "|")
                && literal.startsWith(entry.substring(path.length() + 1)));
    }

    /** A literal of one character ("ø" in a transliteration) is no text. */
    static boolean danish(String text) {
        return text.length() > 1 && (DANISH_LETTERS.matcher(text).find() || DANISH_WORDS.matcher(text).find());
    }

    /** A string literal's content (escapes left as written) and the line it starts on. */
    record Literal(int line, String text) {
    }

    /** The string literals and text blocks of a Java source, comments and char literals skipped. */
    static List<Literal> stringLiterals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int n = source.length();
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i + 1 < n && source.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end - 1;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(new Literal(line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = Math.min(n, end + 3) - 1;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '"' && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                literals.add(new Literal(line, source.substring(i + 1, Math.min(j, n))));
                i = j;
            }
        }
        return literals;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            lines += s.charAt(i) == '\n' ? 1 : 0;
        }
        return lines;
    }

    private static void visit(Path file, Node node, boolean replaced, List<String> literal) {
        if (node instanceof TextNode text) {
            Element parent = text.parent();
            String name = parent == null ? "" : parent.normalName();
            String shown = INLINE.matcher(text.getWholeText()).replaceAll("").strip();
            if (!replaced && !name.equals("script") && !name.equals("style") && LETTER.matcher(shown).find()) {
                literal.add(file + ":" + line(text) + ": text \"" + abbreviate(shown) + "\"");
            }
            return;
        }
        if (node instanceof Element element) {
            String remove = element.attr("th:remove");
            if (remove.equals("all")) {
                return;
            }
            if (!replaced) {
                checkAttributes(file, element, literal);
            }
            replaced = replaced || remove.equals("body") || element.attributes().asList().stream()
                    .anyMatch(a -> REPLACING.contains(a.getKey()) && !SAME_TEMPLATE.matcher(a.getValue()).find());
        }
        for (Node child : node.childNodes()) {
            visit(file, child, replaced, literal);
        }
    }

    private static void checkAttributes(Path file, Element element, List<String> literal) {
        String attr = element.attr("th:attr");
        for (Attribute a : element.attributes()) {
            String name = a.getKey();
            if (TEXT_EXPRESSIONS.contains(name)) {
                String text = literalTextOf(a.getValue());
                if (LETTER.matcher(text).find()) {
                    literal.add(file + ":" + line(element) + ": " + name + " text \"" + abbreviate(text) + "\"");
                }
                continue;
            }
            boolean text = TEXT_ATTRIBUTES.contains(name)
                    || name.equals("value") && element.normalName().equals("input")
                    && BUTTON_INPUTS.contains(element.attr("type"));
            if (!text || !LETTER.matcher(a.getValue()).find()) {
                continue;
            }
            boolean dynamic = element.hasAttr("th:" + name) || element.hasAttr("data-th-" + name)
                    || Pattern.compile("(^|,)\\s*" + Pattern.quote(name) + "\\s*=").matcher(attr).find()
                    || (name.equals("alt") || name.equals("title")) && element.hasAttr("th:alttitle");
            if (!dynamic) {
                literal.add(file + ":" + line(element) + ": " + name + "=\"" + abbreviate(a.getValue()) + "\"");
            }
        }
    }

    /**
     * The literal text a Thymeleaf text expression adds around its expressions: the text of {@code |...|}
     * substitutions and of {@code '...'} literals, after taking out {@code ${...}}, {@code #{...}} and the other
     * expressions (with what they contain: a date pattern passed to {@code #temporals.format} is no UI text).
     */
    static String literalTextOf(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (depth == 0 && "$#*@~".indexOf(c) >= 0 && i + 1 < expression.length() && expression.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } else {
                outside.append(c);
            }
        }
        StringBuilder text = new StringBuilder();
        Matcher m = Pattern.compile("\\|([^|]*)\\||'([^']*)'").matcher(outside);
        while (m.find()) {
            String part = m.group(1) != null ? m.group(1) : m.group(2);
            if (!KEY_LIKE.matcher(part).matches()) {
                text.append(part).append(' ');
            }
        }
        return text.toString().strip();
    }

    /**
     * The keys a template names, read from its source text with the comments blanked out (so that every attribute is
     * read, whatever an HTML parser would make of a fragment such as a lone {@code <tr>}).
     */
    private static List<Reference> templateReferences(Path file) throws IOException {
        Pattern quoted = Pattern.compile("'((?:" + String.join("|", namespaces()) + ")\\.[\\w.\\-]*)'(\\s*\\+)?");
        String source = blankComments(Files.readString(file, StandardCharsets.UTF_8));
        List<Reference> refs = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            collect(file, i + 1, lines[i], quoted, refs);
        }
        return refs.stream().distinct().toList();
    }

    /** The text with every {@code <!-- ... -->} replaced by spaces, line breaks kept. */
    static String blankComments(String source) {
        StringBuilder out = new StringBuilder(source);
        Matcher m = Pattern.compile("<!--.*?-->", Pattern.DOTALL).matcher(source);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static void collect(Path file, int line, String text, Pattern quoted, List<Reference> refs) {
        Matcher hash = HASH_KEY.matcher(text);
        while (hash.find()) {
            refs.add(new Reference(file, line, hash.group(1) != null ? hash.group(1) : hash.group(2), false));
        }
        Matcher call = MESSAGES_CALL.matcher(text);
        while (call.find()) {
            refs.add(new Reference(file, line, call.group(1), "+".equals(call.group(2))));
        }
        Matcher q = quoted.matcher(text);
        while (q.find()) {
            refs.add(new Reference(file, line, q.group(1), q.group(2) != null || q.group(1).endsWith(".")));
        }
    }

    /** A key a file names, or (prefix) the start of keys it builds at run time. */
    private record Reference(Path file, int line, String key, boolean prefix) {

        boolean resolves(Set<String> keys) {
            return prefix ? keys.stream().anyMatch(k -> k.startsWith(key) && k.length() > key.length())
                    : keys.contains(key);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + key + (prefix ? "* (no key starts with it)" : "");
        }
    }

    private static Document parse(Path file) throws IOException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", parser);
    }

    private static int line(Node node) {
        return node.sourceRange().start().lineNumber();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }

    private static Set<String> keys() throws IOException {
        Properties p = new Properties();
        for (Path file : messageFiles()) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p.stringPropertyNames();
    }

    /** messages_da.properties and each module's own i18n/<module>/messages_da.properties (see web.ModuleMessages). */
    private static List<Path> messageFiles() throws IOException {
        List<Path> found = new ArrayList<>(List.of(MESSAGES));
        Path modules = Path.of("src/main/resources/i18n");
        if (Files.isDirectory(modules)) {
            try (Stream<Path> dirs = Files.list(modules)) {
                dirs.map(d -> d.resolve("messages_da.properties")).filter(Files::exists).sorted().forEach(found::add);
            }
        }
        return found;
    }

    /** The first part of a key this project names: a module's name, or {@code app}. */
    private static Set<String> namespaces() throws IOException {
        try (Stream<Path> dirs = Files.list(MODULES)) {
            Set<String> names = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            names.add("app");
            return names;
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
