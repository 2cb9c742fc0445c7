import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Loads the demo set of {@link Catalogue} through the gateway's public API, so it takes the path every client
 * takes: an organiser account (created by the first admin), and per enterprise and institution an account of its
 * own that registers it, signs in again for a token with its organisation, and creates and publishes its problems
 * or results (a few problems confidential, a few left as drafts). Then the organiser runs two past matchmaking
 * events through pairing, schedule and publication and records their outcomes. Run with
 * {@code java DemoData.java <gateway-url> <accounts-folder>}; the folder holds {@code admin-password} and receives
 * {@code demo-accounts.tsv} with the generated passwords. Loading twice changes nothing: the accounts file means
 * the set is there. Organisations load in parallel (password hashing at sign-in dominates), so the gateway must be
 * started with its per-address rate limits lifted for the load.
 */
public class DemoData {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ENTERPRISES = 240;
    private static final int RESULTS_PER_INSTITUTION = 12;
    private static final int PARALLEL = 4;

    /** One demo account: who it is, its password (generated here, never in the repository) and its token. */
    record Account(String username, String role, String password, String[] token) {
        String bearer() {
            return token[0];
        }
    }

    /** What loading an organisation left behind: its account, its id and the ids of its published items by chain. */
    record Loaded(Account account, String id, Map<String, List<String>> publishedByChain) {
    }

    /** A past matchmaking event: its name, date, focus chains and how many of each side take part. */
    record PastEvent(String name, String date, List<String> chains, int enterprises, int institutions) {
    }

    static final List<PastEvent> EVENTS = List.of(
            new PastEvent("2026 淄博新材料产业产学研对接会", "2026-06-18",
                    List.of("new-materials", "fluorosilicone-materials", "advanced-ceramics", "high-end-metals"), 12, 8),
            new PastEvent("2026 淄博智能装备与新能源汽车产学研对接会", "2026-09-24",
                    List.of("intelligent-equipment", "new-energy-vehicles", "auto-parts", "high-end-equipment"), 12, 8));

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        Path accountsDir = Path.of(args.length > 1 ? args[1] : ".");
        Path accountsFile = accountsDir.resolve("demo-accounts.tsv");
        if (Files.exists(accountsFile)) {
            System.out.println("demo data is already loaded; its accounts are in " + accountsFile);
            return;
        }
        Catalogue catalogue = Catalogue.generate(ENTERPRISES, RESULTS_PER_INSTITUTION);
        String admin = signIn(gateway, "admin", Files.readString(accountsDir.resolve("admin-password")).strip());
        Account organiser = account("demo-organiser", "organiser");
        expect(201, send("POST", gateway + "/api/auth/users", admin, credentials(organiser)), "creating the organiser");
        organiser.token()[0] = signIn(gateway, organiser.username(), organiser.password());

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<Loaded>> enterpriseJobs = new ArrayList<>();
        for (int n = 0; n < catalogue.enterprises.size(); n++) {
            Catalogue.Enterprise e = catalogue.enterprises.get(n);
            String username = "demo-enterprise-" + (n + 1);
            enterpriseJobs.add(pool.submit(() -> loadEnterprise(gateway, username, e, accountsFile)));
        }
        List<Future<Loaded>> institutionJobs = new ArrayList<>();
        for (int n = 0; n < catalogue.institutions.size(); n++) {
            Catalogue.Institution i = catalogue.institutions.get(n);
            String username = "demo-institution-" + (n + 1);
            institutionJobs.add(pool.submit(() -> loadInstitution(gateway, username, i)));
        }
        List<Loaded> enterprises = all(enterpriseJobs);
        List<Loaded> institutions = all(institutionJobs);
        pool.shutdown();
        List<Account> accounts = new ArrayList<>();
        accounts.add(organiser);
        enterprises.forEach(l -> accounts.add(l.account()));
        institutions.forEach(l -> accounts.add(l.account()));
        writeAccounts(accountsFile, accounts);
        long problems = catalogue.enterprises.stream().mapToLong(e -> e.problems().size()).sum();
        long confidential = catalogue.enterprises.stream().flatMap(e -> e.problems().stream())
                .filter(Catalogue.Problem::confidential).count();
        long drafts = catalogue.enterprises.stream().flatMap(e -> e.problems().stream()).filter(Catalogue.Problem::draft).count();
        long results = catalogue.institutions.stream().mapToLong(i -> i.results().size()).sum();
        System.out.printf("demo data loaded in %.1f s: %d enterprises, %d problems (%d confidential, %d drafts), "
                        + "%d institutions, %d results%n", seconds(started), enterprises.size(), problems, confidential,
                drafts, institutions.size(), results);

        long eventsStarted = System.nanoTime();
        for (PastEvent event : EVENTS) {
            runEvent(gateway, organiser, event, enterprises, institutions);
        }
        System.out.printf("matchmaking events loaded in %.1f s; everything in %.1f s%n", seconds(eventsStarted),
                seconds(started));
        System.out.println("demo accounts (passwords in " + accountsFile + "): demo-organiser, demo-enterprise-1…"
                + enterprises.size() + ", demo-institution-1…" + institutions.size());
    }

    private static Loaded loadEnterprise(String gateway, String username, Catalogue.Enterprise e, Path accountsFile)
            throws Exception {
        Account owner = register(gateway, account(username, "enterprise"));
        HttpResponse<String> registered = send("POST", gateway + "/api/enterprises", owner.bearer(), Json.write(Map.of(
                "name", e.name(), "creditCode", e.creditCode(), "district", e.district(),
                "industryChains", List.of(e.chain()), "sizeClass", e.size(),
                "contact", Map.of("person", e.person(), "phone", e.phone(), "email", username + "@example.cn"))));
        if (registered.statusCode() == 409) {
            throw new IllegalStateException("enterprise " + e.creditCode() + " is registered already, but "
                    + accountsFile + " is missing: load the demo data into a fresh stack (deploy/platform down, remove the stack folder)");
        }
        String enterpriseId = idOf(expect(201, registered, "registering " + e.name()));
        refresh(gateway, owner);
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (Catalogue.Problem p : e.problems()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("enterpriseId", enterpriseId);
            body.put("title", p.title());
            body.put("description", p.description());
            body.put("industryChain", p.chain());
            body.put("technicalFields", List.of(p.field()));
            body.put("keywords", p.keywords());
            body.put("cooperationModes", List.of("JOINT_DEVELOPMENT", "COMMISSIONED_DEVELOPMENT"));
            body.put("budgetMin", p.budgetMin());
            body.put("budgetMax", p.budgetMax());
            body.put("expectedMaturity", p.maturity());
            body.put("visibility", p.confidential() ? "CONFIDENTIAL" : "PUBLIC");
            String id = idOf(expect(201, send("POST", gateway + "/api/problems", owner.bearer(), Json.write(body)),
                    "creating a problem of " + e.name()));
            if (!p.draft()) {
                publish(gateway + "/api/problems/" + id, owner);
                if (!p.confidential()) {
                    published.computeIfAbsent(p.chain(), c -> new ArrayList<>()).add(id);
                }
            }
        }
        return new Loaded(owner, enterpriseId, published);
    }

    private static Loaded loadInstitution(String gateway, String username, Catalogue.Institution i) throws Exception {
        Account owner = register(gateway, account(username, "institution"));
        String institutionId = idOf(expect(201, send("POST", gateway + "/api/institutions", owner.bearer(), Json.write(Map.of(
                "name", i.name(), "type", i.type(), "region", i.district(),
                "contact", Map.of("person", i.person(), "phone", i.phone(), "email", username + "@example.edu.cn")))),
                "registering " + i.name()));
        refresh(gateway, owner);
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (Catalogue.Result r : i.results()) {
            String id = idOf(expect(201, send("POST", gateway + "/api/results", owner.bearer(), Json.write(Map.of(
                    "institutionId", institutionId, "title", r.title(), "summary", r.summary(),
                    "industryChains", List.of(r.chain()), "technicalFields", List.of(r.field()), "maturity", r.maturity(),
                    "keywords", r.keywords(), "cooperationModes", r.modes(), "indicativePrice", r.price()))),
                    "creating a result of " + i.name()));
            publish(gateway + "/api/results/" + id, owner);
            published.computeIfAbsent(r.chain(), c -> new ArrayList<>()).add(id);
        }
        return new Loaded(owner, institutionId, published);
    }

    /**
     * One past event from creation to its outcomes. Participants come from matching-service's indexes, which
     * the Kafka events fill a little after the writes, so adding one is retried while it is not indexed yet.
     */
    private static void runEvent(String gateway, Account organiser, PastEvent event, List<Loaded> enterprises,
                                 List<Loaded> institutions) throws Exception {
        String token = organiser.bearer();
        String events = gateway + "/api/events";
        String id = idOf(expect(201, send("POST", events, token, Json.write(Map.of(
                "name", event.name(), "kind", "ON_SITE", "venue", "淄博市科创会展中心", "date", event.date(),
                "slots", Map.of("start", "09:00", "minutes", 20, "count", 8,
                        "breaks", List.of(Map.of("afterSlot", 4, "minutes", 15))),
                "tables", 8, "focusChains", event.chains(), "defaultMinMeetings", 1, "defaultMaxMeetings", 4))),
                "creating " + event.name()));
        status(events + "/" + id, token, "REGISTRATION");
        int added = addParticipants(events + "/" + id, token, "ENTERPRISE", enterprises, event.chains(), event.enterprises())
                + addParticipants(events + "/" + id, token, "INSTITUTION", institutions, event.chains(), event.institutions());
        status(events + "/" + id, token, "PAIRING");
        expect(200, send("POST", events + "/" + id + "/pairing", token, ""), "pairing " + event.name());
        HttpResponse<String> schedule = expect(200, send("POST", events + "/" + id + "/schedule", token, ""),
                "scheduling " + event.name());
        status(events + "/" + id, token, "PUBLISHED");
        status(events + "/" + id, token, "COMPLETED");
        // outcomes as a bureau would see them after a day of meetings: most end there, some lead to talks, a few to contracts
        Random random = new Random(Catalogue.SEED + event.date().hashCode());
        List<String> outcomes = List.of("NO_FURTHER_CONTACT", "NO_FURTHER_CONTACT", "TALKS_STARTED", "TALKS_STARTED",
                "TALKS_STARTED", "INTENT_SIGNED", "INTENT_SIGNED", "CONTRACT");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) ((Map<String, Object>) Json.read(schedule.body())).get("meetings");
        int recorded = 0;
        for (Map<String, Object> meeting : meetings) {
            if (random.nextInt(10) == 0) {
                continue; // a meeting that did not take place has no outcome
            }
            String outcome = outcomes.get(random.nextInt(outcomes.size()));
            expect(200, send("PUT", events + "/" + id + "/meetings/" + meeting.get("id") + "/outcome", token,
                    Json.write(Map.of("outcome", outcome, "note", "会后由双方继续跟进"))), "recording an outcome");
            recorded++;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) Json.read(expect(200,
                send("GET", events + "/" + id + "/report", token, null), "reading the report").body());
        System.out.printf("event %s: %d participants, %d meetings, %d outcomes, conversion %.0f %%%n", event.name(),
                added, meetings.size(), recorded, 100 * ((Number) report.get("conversionRate")).doubleValue());
    }

    /** The first organisations with published items in the event's chains, each with up to three of those items. */
    private static int addParticipants(String event, String token, String type, List<Loaded> candidates,
                                       List<String> chains, int wanted) throws Exception {
        int added = 0;
        for (Loaded candidate : candidates) {
            if (added == wanted) {
                break;
            }
            List<String> items = chains.stream().flatMap(c -> candidate.publishedByChain().getOrDefault(c, List.of()).stream())
                    .limit(3).toList();
            if (items.isEmpty()) {
                continue;
            }
            String body = Json.write(Map.of("organisationType", type, "organisationId", candidate.id(), "itemIds", items));
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            HttpResponse<String> response = send("POST", event + "/participants", token, body);
            while (response.statusCode() == 400 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                response = send("POST", event + "/participants", token, body);
            }
            expect(201, response, "adding a participant (is matching-service indexing?)");
            added++;
        }
        return added;
    }

    private static void status(String event, String token, String status) throws Exception {
        expect(200, send("PUT", event + "/status", token, Json.write(Map.of("status", status))), "moving an event to " + status);
    }

    private static <T> List<T> all(List<Future<T>> jobs) throws Exception {
        List<T> done = new ArrayList<>();
        for (Future<T> job : jobs) {
            done.add(job.get());
        }
        return done;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Account account(String username, String role) {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return new Account(username, role, Base64.getUrlEncoder().withoutPadding().encodeToString(random), new String[1]);
    }

    private static String credentials(Account a) {
        return Json.write(Map.of("username", a.username(), "password", a.password(), "role", a.role()));
    }

    /** Registers the account and signs it in. */
    private static Account register(String gateway, Account a) throws Exception {
        expect(201, send("POST", gateway + "/api/auth/register", null, credentials(a)), "registering " + a.username());
        a.token()[0] = signIn(gateway, a.username(), a.password());
        return a;
    }

    /** A token that carries the organisation the account has just created. */
    private static void refresh(String gateway, Account a) throws Exception {
        a.token()[0] = tokenOf(send("POST", gateway + "/api/auth/refresh", a.bearer(), ""));
    }

    private static String signIn(String gateway, String username, String password) throws Exception {
        return tokenOf(send("POST", gateway + "/api/auth/sign-in", null,
                Json.write(Map.of("username", username, "password", password))));
    }

    private static String tokenOf(HttpResponse<String> response) {
        @SuppressWarnings("unchecked")
        Object token = response.statusCode() == 200 ? ((Map<String, Object>) Json.read(response.body())).get("token") : null;
        if (!(token instanceof String value)) {
            throw new IllegalStateException("signing in failed with " + response.statusCode() + ": " + response.body());
        }
        return value;
    }

    /** Readable by its owner only: it holds passwords. */
    private static void writeAccounts(Path file, List<Account> accounts) throws Exception {
        StringBuilder tsv = new StringBuilder("username\trole\tpassword\n");
        accounts.forEach(a -> tsv.append(a.username()).append('\t').append(a.role()).append('\t').append(a.password()).append('\n'));
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "demo-accounts", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, tsv);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void publish(String resource, Account owner) throws Exception {
        HttpRequest.Builder request = request("PUT", resource + "/status", owner.bearer(), "{\"status\":\"PUBLISHED\"}")
                .header("If-Match", "\"0\"");
        expect(200, HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()), "publishing " + resource);
    }

    private static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        return HTTP.send(request(method, url, token, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, String url, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " failed with " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    @SuppressWarnings("unchecked")
    private static String idOf(HttpResponse<String> response) {
        return (String) ((Map<String, Object>) Json.read(response.body())).get("id");
    }
}

/** Just enough JSON for the loader: writes maps, lists, strings and numbers; reads objects, arrays and scalars. */
final class Json {
    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    static String write(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> write(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : String.valueOf(value).toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append("\\u%04x".formatted((int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    static Object read(String text) {
        return new Json(text).value();
    }

    private Object value() {
        skip();
        char c = text.charAt(at);
        if (c == '{') {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            skip();
            if (text.charAt(at) == '}') {
                at++;
                return map;
            }
            do {
                skip();
                String key = string();
                skip();
                at++; // ':'
                map.put(key, value());
                skip();
            } while (text.charAt(at++) == ',');
            return map;
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            at++;
            skip();
            if (text.charAt(at) == ']') {
                at++;
                return list;
            }
            do {
                list.add(value());
                skip();
            } while (text.charAt(at++) == ',');
            return list;
        }
        if (c == '"') {
            return string();
        }
        int start = at;
        while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at);
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> Double.valueOf(word);
        };
    }

    private String string() {
        StringBuilder value = new StringBuilder();
        at++; // opening quote
        for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
            if (c == '\\') {
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> value.append(escaped);
                }
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private void skip() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}

/**
 * The demo set of a city with the bureau's 20 industry chains and its districts (the codes of the services'
 * reference data), generated from a fixed seed so that every run produces the same organisations, problems and
 * results. Every organisation name is made up from place words, trade names and the chain's trade; the
 * technical texts combine each chain's typical subjects with the kinds of need (or achievement) seen in real
 * problem and result compilations.
 */
final class Catalogue {
    static final long SEED = 20260315L;

    /** A technical subject of a chain: what it is, its keywords, the enterprise's situation, the result's claim. */
    record Theme(String chain, String subject, List<String> keywords, String situation, String achievement) {
    }

    record Problem(String title, String description, String chain, String field, List<String> keywords,
                   int budgetMin, int budgetMax, String maturity, boolean confidential, boolean draft) {
    }

    record Enterprise(String name, String creditCode, String district, String chain, String size, String person,
                      String phone, List<Problem> problems) {
    }

    record Result(String title, String summary, String chain, String field, String maturity, List<String> keywords,
                  List<String> modes, int price) {
    }

    record Institution(String name, String type, String district, List<String> chains, String person, String phone,
                       List<Result> results) {
    }

    /** A chain: its code, its technical field code, the districts where its firms mostly sit, the trade in firm names. */
    record Chain(String code, String field, List<String> districts, List<String> trades) {
    }

    static final List<Chain> CHAINS = List.of(
            new Chain("new-materials", "new-materials-tech", List.of("zhangdian", "high-tech-zone", "zichuan"), List.of("新材料科技", "功能材料")),
            new Chain("intelligent-equipment", "advanced-manufacturing", List.of("zhangdian", "high-tech-zone", "zhoucun"), List.of("智能装备", "数控机械")),
            new Chain("new-medicine", "biomedicine", List.of("high-tech-zone", "yiyuan", "zhangdian"), List.of("制药", "生物医药")),
            new Chain("electronic-information", "electronic-information-tech", List.of("high-tech-zone", "zhangdian"), List.of("电子科技", "信息技术")),
            new Chain("new-energy-vehicles", "advanced-manufacturing", List.of("economic-development-zone", "zichuan", "huantai"), List.of("新能源汽车", "电驱动科技")),
            new Chain("hydrogen-energy-storage", "new-energy-saving", List.of("linzi", "high-tech-zone", "huantai"), List.of("氢能科技", "氢能装备")),
            new Chain("green-chemicals", "resources-environment", List.of("linzi", "huantai", "gaoqing"), List.of("化工", "精细化学品")),
            new Chain("fluorosilicone-materials", "new-materials-tech", List.of("huantai", "high-tech-zone"), List.of("氟硅材料", "有机硅")),
            new Chain("advanced-ceramics", "new-materials-tech", List.of("zichuan", "boshan", "high-tech-zone"), List.of("先进陶瓷", "特种陶瓷")),
            new Chain("high-end-metals", "new-materials-tech", List.of("zhangdian", "zhoucun", "linzi"), List.of("金属材料", "合金材料")),
            new Chain("integrated-circuits", "electronic-information-tech", List.of("high-tech-zone", "economic-development-zone"), List.of("微电子", "传感技术")),
            new Chain("medical-devices", "biomedicine", List.of("high-tech-zone", "zhangdian"), List.of("医疗器械", "医疗科技")),
            new Chain("auto-parts", "advanced-manufacturing", List.of("zichuan", "zhoucun", "economic-development-zone"), List.of("汽车部件", "汽车零部件")),
            new Chain("high-end-equipment", "advanced-manufacturing", List.of("boshan", "zhoucun", "zichuan"), List.of("泵业", "减速机", "传动设备")),
            new Chain("new-energy", "new-energy-saving", List.of("zichuan", "economic-development-zone", "gaoqing"), List.of("新能源", "储能科技")),
            new Chain("energy-saving-environmental", "resources-environment", List.of("zhangdian", "boshan", "wenchanghu"), List.of("环保科技", "节能技术")),
            new Chain("petrochemicals", "resources-environment", List.of("linzi", "huantai"), List.of("石化", "石油化工")),
            new Chain("building-ceramics-glass", "new-materials-tech", List.of("zichuan", "boshan"), List.of("陶瓷", "琉璃工艺")),
            new Chain("textiles-apparel", "new-materials-tech", List.of("zhoucun", "huantai", "gaoqing"), List.of("纺织", "丝绸服饰")),
            new Chain("agri-food", "resources-environment", List.of("gaoqing", "yiyuan", "wenchanghu"), List.of("食品", "农业科技")));

    static final List<Theme> THEMES = List.of(
            theme("new-materials", "石墨烯导热膜", "石墨烯,导热膜,热管理", "电子产品散热需要导热系数不低于1500W/mK、厚度小于40μm的导热膜", "导热系数达到1600W/mK，厚度25μm，可卷对卷连续生产"),
            theme("new-materials", "聚醚醚酮特种工程塑料", "聚醚醚酮,特种工程塑料,耐高温", "需要长期使用温度260℃以上的特种工程塑料用于密封件和轴承保持架", "长期使用温度260℃，拉伸强度100MPa以上，已完成百吨级中试"),
            theme("new-materials", "碳纤维复合材料构件", "碳纤维,复合材料,轻量化", "轨道交通和装备结构件需要减重30%以上的碳纤维复合材料构件", "热压罐外成型工艺使构件减重35%，成本较传统工艺降低20%"),
            theme("new-materials", "高性能玻璃纤维", "玻璃纤维,高模量,池窑拉丝", "风电叶片用玻璃纤维的模量和浸润性不能满足大叶片要求", "高模量玻璃纤维弹性模量达到95GPa，池窑拉丝稳定运行"),
            theme("intelligent-equipment", "伺服直驱数控螺旋压力机", "伺服直驱,螺旋压力机,数控锻压", "摩擦压力机能耗高、打击能量控制精度低", "大扭矩伺服电机直接驱动螺杆，打击能量数字化控制，节能40%"),
            theme("intelligent-equipment", "工业机器人视觉引导系统", "机器视觉,工业机器人,视觉引导", "无序来料的上下料依赖人工，节拍慢且易出错", "三维视觉定位精度±0.2mm，抓取节拍小于6秒"),
            theme("intelligent-equipment", "数控机床热误差补偿", "数控机床,热误差,精度补偿", "精密加工中机床热变形导致尺寸超差", "基于温度场建模的热误差补偿使加工精度提高60%"),
            theme("intelligent-equipment", "智能仓储物流系统", "智能仓储,AGV,调度算法", "车间物料配送依赖叉车，库存与在制品数据不准", "多AGV协同调度算法使物流效率提升35%，库存准确率99.9%"),
            theme("new-medicine", "维生素C二步发酵", "维生素C,二步发酵,古龙酸", "二步发酵法生产维生素C的古龙酸转化率偏低", "高产菌株结合溶氧补料控制使转化率提高6个百分点"),
            theme("new-medicine", "原料药连续流合成", "连续流,原料药,微反应器", "间歇釜式合成工艺放大困难、安全风险高", "微通道连续流工艺使反应时间由8小时缩短到10分钟，收率提高12%"),
            theme("new-medicine", "中药配方颗粒质量标准", "中药配方颗粒,指纹图谱,质量标准", "配方颗粒批次间一致性差，标准汤剂对比研究不足", "建立特征图谱和多成分含量测定方法，覆盖60个品种"),
            theme("new-medicine", "缓控释制剂", "缓释制剂,药物递送,一致性评价", "仿制药缓释片溶出曲线与参比制剂不一致", "多单元微丸缓释技术，溶出曲线相似因子f2大于70"),
            theme("electronic-information", "工业互联网边缘网关", "工业互联网,边缘计算,设备联网", "车间设备协议多样，数据采集难以统一", "支持Modbus、OPC UA等30余种协议，单网关接入200台设备"),
            theme("electronic-information", "印制电路板缺陷检测", "缺陷检测,深度学习,印制电路板", "人工目检漏检率高、效率低", "深度学习缺陷检测检出率99.5%，误报率低于1%"),
            theme("electronic-information", "电力线路故障行波定位", "行波测距,故障定位,配电网", "配电线路故障定位慢，巡线耗时长", "行波法故障定位误差小于100米，定位时间小于1秒"),
            theme("electronic-information", "工业软件国产化", "工业软件,MES,数字化车间", "生产管理依赖国外软件，二次开发困难", "自主MES平台覆盖计划、质量、设备全流程，已在多家企业应用"),
            theme("new-energy-vehicles", "智能网联汽车线控底盘", "智能网联汽车,线控底盘,线控制动", "自动驾驶改装需要响应快、冗余可靠的线控底盘", "线控制动响应时间小于150ms，具备双冗余控制"),
            theme("new-energy-vehicles", "动力电池包液冷板", "电池热管理,液冷板,快充", "快充工况下电芯温差大，液冷板重量偏高", "拓扑优化流道使液冷板减重25%，4C快充温差小于2.5℃"),
            theme("new-energy-vehicles", "驱动电机扁线绕组", "驱动电机,扁线绕组,功率密度", "驱动电机功率密度和效率不能满足新车型要求", "扁线绕组电机峰值效率97.5%，功率密度提高20%"),
            theme("new-energy-vehicles", "车规级域控制器", "域控制器,车规级,功能安全", "整车电子架构升级需要满足功能安全的域控制器", "域控制器满足ISO 26262 ASIL-B，完成整车路试"),
            theme("hydrogen-energy-storage", "绿氢制备及固态储氢", "绿氢,固态储氢,镁基合金", "分布式氢能示范站需要常温常压下可逆吸放氢的储氢材料", "镁基储氢合金储氢密度2.1wt%，循环3000次容量保持率90%"),
            theme("hydrogen-energy-storage", "碱性电解水制氢电极", "电解水制氢,电极,催化剂", "碱性电解槽电耗高、电极寿命短", "非贵金属催化电极使直流电耗降至4.2kWh/Nm³"),
            theme("hydrogen-energy-storage", "燃料电池膜电极", "燃料电池,膜电极,铂载量", "燃料电池膜电极铂载量高、成本高", "低铂膜电极铂载量降低50%，耐久性超过1万小时"),
            theme("hydrogen-energy-storage", "化工副产氢提纯", "副产氢,提纯,变压吸附", "园区化工副产氢纯度达不到燃料电池用氢标准", "变压吸附提纯使氢气纯度达99.999%，CO小于0.2ppm"),
            theme("green-chemicals", "丙烯酸及酯清洁生产", "丙烯酸,清洁生产,催化氧化", "丙烯氧化工艺副产物多、废水处理负担重", "新型催化剂使丙烯酸选择性提高到92%，废水减量40%"),
            theme("green-chemicals", "化工园区VOCs治理", "VOCs,催化燃烧,废气治理", "储罐和装卸环节VOCs无组织排放超标", "蓄热式催化燃烧处理效率99%，运行能耗降低30%"),
            theme("green-chemicals", "高浓度有机废水资源化", "有机废水,资源化,湿式氧化", "高盐高浓度有机废水难以生化处理", "催化湿式氧化结合分盐结晶，COD去除率95%，盐资源化利用"),
            theme("green-chemicals", "生物基可降解材料", "生物基,可降解,聚乳酸", "包装客户要求使用可降解材料，现有产品耐热性不足", "改性聚乳酸耐热温度提高到100℃，180天可完全降解"),
            theme("fluorosilicone-materials", "含氟功能膜", "含氟功能膜,全氟离子膜,氯碱", "全氟离子交换膜依赖进口", "全氟磺酸离子膜电流效率96%以上，已在万吨级装置运行"),
            theme("fluorosilicone-materials", "氟硅橡胶密封材料", "氟硅橡胶,密封材料,耐油", "航空和汽车密封件需要-60℃至200℃耐油氟硅橡胶", "氟硅橡胶低温脆性温度-65℃，耐燃油体积变化小于15%"),
            theme("fluorosilicone-materials", "电子级有机硅封装胶", "有机硅,封装胶,LED", "大功率器件封装胶高温黄变、粘接力不足", "高折射率有机硅封装胶耐200℃老化1000小时不黄变"),
            theme("fluorosilicone-materials", "含氟精细化学品", "含氟中间体,氟化反应,精细化学品", "含氟医药中间体氟化反应选择性低、三废多", "连续氟化工艺选择性95%，三废减少60%"),
            theme("advanced-ceramics", "氮化硅陶瓷轴承球", "氮化硅,陶瓷轴承,气压烧结", "高速电主轴用氮化硅陶瓷球依赖进口", "气压烧结氮化硅球达到G5级精度，断裂韧性7MPa·m½"),
            theme("advanced-ceramics", "陶瓷溢流砖", "溢流砖,液晶玻璃,耐火材料", "液晶玻璃基板生产用溢流砖尺寸大、抗蠕变要求高", "大尺寸锆英石溢流砖高温蠕变率降低一个数量级"),
            theme("advanced-ceramics", "蜂窝陶瓷载体", "蜂窝陶瓷,催化剂载体,尾气净化", "柴油车尾气净化用薄壁蜂窝载体强度不足", "壁厚0.1mm的堇青石蜂窝载体热膨胀系数小于0.7×10⁻⁶/℃"),
            theme("advanced-ceramics", "陶瓷膜分离", "陶瓷膜,膜分离,过滤", "高温含尘气体和强腐蚀料液过滤效率低", "多孔碳化硅陶瓷膜耐温800℃，过滤精度0.1μm"),
            theme("high-end-metals", "高温合金精密铸造", "高温合金,精密铸造,叶片", "燃气轮机叶片铸造合格率低", "定向凝固工艺使叶片铸造合格率提高到85%"),
            theme("high-end-metals", "高性能铝合金型材", "铝合金,挤压型材,轻量化", "新能源汽车电池托盘用铝型材强度与焊接性难兼顾", "新型6系铝合金抗拉强度320MPa，搅拌摩擦焊接头系数0.8"),
            theme("high-end-metals", "粉末冶金齿轮", "粉末冶金,齿轮,温压成形", "粉末冶金零件密度低、承载能力不足", "温压成形使零件密度达到7.4g/cm³，疲劳强度提高30%"),
            theme("integrated-circuits", "MEMS压力传感器", "MEMS,压力传感器,晶圆级封装", "汽车和工业用MEMS压力传感器芯片依赖进口", "MEMS压阻式压力芯片精度0.1%FS，完成晶圆级封装"),
            theme("integrated-circuits", "功率半导体模块封装", "功率模块,IGBT,封装", "IGBT模块焊层热疲劳导致失效", "银烧结封装使模块功率循环寿命提高5倍"),
            theme("integrated-circuits", "MEMS气体传感器", "MEMS,气体传感器,低功耗", "工业安全监测用气体传感器功耗高、漂移大", "微热板MEMS气体传感器功耗小于10mW，年漂移小于3%"),
            theme("integrated-circuits", "碳化硅外延片", "碳化硅,外延,第三代半导体", "碳化硅器件用外延片缺陷密度高", "外延片基面位错密度小于0.5个/cm²"),
            theme("medical-devices", "智能医疗装备", "智能医疗装备,消毒灭菌,物联网", "医院消毒供应设备缺乏过程追溯与远程运维", "灭菌设备物联网平台实现全过程参数追溯和故障预警"),
            theme("medical-devices", "可降解镁合金骨钉", "可降解镁合金,骨钉,微弧氧化", "可降解骨钉在体内降解过快，强度保持不足", "微弧氧化复合涂层使骨钉12周强度保持70%以上"),
            theme("medical-devices", "医用导管精密挤出", "医用导管,精密挤出,高分子", "多腔医用导管尺寸精度和一致性不足", "多腔导管精密挤出尺寸公差±0.02mm"),
            theme("medical-devices", "康复外骨骼机器人", "康复机器人,外骨骼,运动控制", "下肢康复训练依赖治疗师，强度难以量化", "外骨骼机器人步态识别准确率95%，支持多种训练模式"),
            theme("auto-parts", "制动盘轻量化", "制动盘,轻量化,铸造", "重卡制动盘重量大、热裂纹多", "高碳合金铸铁制动盘减重15%，热疲劳寿命提高一倍"),
            theme("auto-parts", "汽车座椅骨架激光焊接", "激光焊接,座椅骨架,高强钢", "高强钢座椅骨架焊接变形大", "激光焊接工艺使焊接变形减少60%，节拍缩短30%"),
            theme("auto-parts", "橡胶减振件", "橡胶减振,NVH,配方设计", "新能源汽车对悬置减振件的NVH要求更高", "低动静比橡胶配方使动静比降至1.3以下"),
            theme("high-end-equipment", "减变速机", "减变速机,齿轮传动,行星减速", "重载减速机噪声大、温升高、寿命短", "修形齿轮使减速机噪声降低6dB，额定寿命提高50%"),
            theme("high-end-equipment", "高效节能离心泵", "离心泵,水力模型,节能", "泵站水泵效率低，长期偏离高效区运行", "新型水力模型使泵效率提高5个百分点，配套变频控制"),
            theme("high-end-equipment", "磁力驱动泵", "磁力泵,无泄漏,化工流程泵", "化工流程泵机械密封泄漏，存在安全隐患", "高温磁力驱动泵实现零泄漏，耐温350℃"),
            theme("high-end-equipment", "风电齿轮箱", "风电齿轮箱,传动系统,可靠性", "大功率风电齿轮箱故障率高", "齿轮箱状态监测与修形设计使故障率下降40%"),
            theme("new-energy", "钙钛矿光伏组件", "钙钛矿,光伏组件,柔性封装", "分布式光伏需要轻质柔性组件", "钙钛矿组件转换效率22%，可柔性封装"),
            theme("new-energy", "储能电站热管理", "储能,热管理,电池簇", "储能集装箱电池簇温差大，影响寿命", "液冷热管理使电池簇温差小于3℃"),
            theme("new-energy", "钠离子电池正极材料", "钠离子电池,正极材料,层状氧化物", "低速车和储能需要低成本电池", "层状氧化物正极比容量140mAh/g，循环2000次保持率85%"),
            theme("energy-saving-environmental", "工业余热回收", "余热回收,热泵,节能", "窑炉和反应釜余热直接排放，能耗高", "高温热泵余热回收系统综合能效比4.0，年节能20%"),
            theme("energy-saving-environmental", "固废资源化利用", "固废,资源化,建材", "粉煤灰、赤泥等固废堆存量大", "固废制备新型建材掺量60%，强度满足标准"),
            theme("energy-saving-environmental", "污泥低温干化", "污泥,低温干化,减量化", "污水处理厂污泥含水率高、处置成本高", "低温带式干化使污泥含水率降至30%以下，能耗降低40%"),
            theme("petrochemicals", "重油催化裂化催化剂", "催化裂化,催化剂,重油", "重油加工轻油收率低、焦炭产率高", "新型催化剂使轻油收率提高2个百分点"),
            theme("petrochemicals", "炼化装置腐蚀监测", "腐蚀监测,炼化装置,在线监测", "高含硫原油加工装置腐蚀严重", "在线腐蚀监测系统实现关键管线壁厚实时预警"),
            theme("petrochemicals", "聚烯烃高端牌号开发", "聚烯烃,茂金属,高端牌号", "通用料比例高，高端聚烯烃依赖进口", "茂金属聚乙烯牌号完成工业试生产，性能达到进口水平"),
            theme("building-ceramics-glass", "陶瓷大板智能制造", "陶瓷大板,智能制造,窑炉", "陶瓷大板成品率低，窑炉能耗高", "宽体辊道窑与智能分级使成品率提高8%，能耗降低12%"),
            theme("building-ceramics-glass", "日用陶瓷无铅釉料", "无铅釉,日用陶瓷,釉料", "出口日用陶瓷铅镉溶出要求更严", "无铅熔块釉铅镉溶出低于检出限，釉面光泽度不降低"),
            theme("building-ceramics-glass", "琉璃制品工艺传承与创新", "琉璃,料器,热成型", "传统琉璃制作依赖手工，批量一致性差", "琉璃配方数字化与模具热成型使批量一致性显著提高"),
            theme("textiles-apparel", "丝绸功能性整理", "丝绸,功能整理,抗皱", "真丝面料易皱、色牢度低", "无甲醛抗皱整理使真丝折皱回复角提高40%"),
            theme("textiles-apparel", "产业用非织造布", "非织造布,熔喷,过滤材料", "高效过滤非织造材料阻力大", "驻极熔喷材料过滤效率99%时阻力降低30%"),
            theme("textiles-apparel", "印染废水回用", "印染废水,膜处理,回用", "印染废水回用率低，排放压力大", "膜法深度处理使印染废水回用率达到70%"),
            theme("agri-food", "苹果采后保鲜", "苹果,采后保鲜,气调贮藏", "山区苹果采后损耗大，贮藏期短", "动态气调贮藏使苹果贮藏期延长到8个月，损耗低于3%"),
            theme("agri-food", "功能性食品配料", "功能食品,膳食纤维,酶解", "食品企业需要低成本、高纯度的膳食纤维配料", "复合酶解工艺制备膳食纤维纯度85%以上"),
            theme("agri-food", "畜禽智能养殖", "智能养殖,环境控制,物联网", "养殖场环境控制依赖人工，死淘率高", "物联网环境控制系统使死淘率降低20%"));

    /** A kind of need an enterprise states: title suffix, the sentence, the keyword it adds, its figure's first value and step. */
    private static final List<String[]> NEEDS = List.of(
            new String[]{"的国产化替代", "目前关键部件或材料依赖进口，价格高、交货周期长，希望与高校院所联合攻关，关键指标达到进口产品水平。", "国产化", "0", "0"},
            new String[]{"的工艺优化与降本", "现有工艺收率低、能耗高，希望优化工艺路线和关键参数，使综合成本降低%d%%以上。", "工艺优化", "10", "5"},
            new String[]{"的质量稳定性提升", "批次间性能波动较大，合格率仅%d%%左右，希望找出关键工艺参数，建立在线检测与过程控制方法。", "质量控制", "70", "4"},
            new String[]{"的智能化升级", "关键工序依赖人工经验，希望引入在线监测、数据采集与智能控制，实现自动化和数字化，用工减少%d%%。", "智能化", "20", "5"},
            new String[]{"的绿色低碳改造", "面临能耗和排放双重约束，希望单位产品能耗降低%d%%，三废排放满足最新标准。", "节能减排", "10", "5"},
            new String[]{"的性能与寿命提升", "产品在高温、重载等苛刻工况下寿命不足，希望使用寿命提高%d%%以上，并形成可靠性评价方法。", "可靠性", "30", "20"});

    /** A kind of achievement a result reports: title suffix, the sentence, the keyword it adds. */
    private static final List<String[]> OFFERS = List.of(
            new String[]{"关键技术", "突破了核心工艺与关键装备，已获授权发明专利%d项，可提供技术转让或联合开发。", "关键技术"},
            new String[]{"低成本制备技术", "优化工艺路线后综合成本降低%d%%，已建成中试线，可提供工艺包。", "工艺优化"},
            new String[]{"在线检测与智能控制", "研制了在线检测与智能控制系统，产品合格率提升到%d%%以上。", "智能化"},
            new String[]{"绿色制造工艺", "单位产品能耗降低%d%%，三废排放显著减少，符合绿色工厂要求。", "节能减排"},
            new String[]{"可靠性设计与寿命提升技术", "建立了可靠性设计与加速寿命评价方法，使用寿命提高%d%%。", "可靠性"});

    private static final List<String> PLACES = List.of("淄博", "齐鲁", "鲁中", "齐都", "般阳", "稷下", "孝妇河", "原山",
            "鲁山", "黉山", "马踏湖", "博山湾", "沂河源");
    private static final List<String> BRANDS = List.of("瑞丰", "恒信", "泰和", "宏达", "昊阳", "金诺", "华瑞", "明远",
            "博纳", "润泽", "鼎盛", "嘉诚", "汇智", "天工", "安泰", "永固", "卓越", "创源", "德润", "海川", "盛世",
            "鸿运", "聚能", "锐达", "新航", "凯达", "辰光", "兴华", "众诚", "宝源", "晨曦", "弘业", "立信", "奥瑞");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "孙", "赵", "陈", "周", "徐", "马",
            "高", "韩", "耿", "翟", "毕", "于");
    private static final Map<String, String> DIVISIONS = Map.ofEntries(
            Map.entry("zhangdian", "370303"), Map.entry("zichuan", "370302"), Map.entry("boshan", "370304"),
            Map.entry("linzi", "370305"), Map.entry("zhoucun", "370306"), Map.entry("huantai", "370321"),
            Map.entry("gaoqing", "370322"), Map.entry("yiyuan", "370323"), Map.entry("high-tech-zone", "370371"),
            Map.entry("economic-development-zone", "370372"), Map.entry("wenchanghu", "370373"));
    private static final List<String> DISTRICTS = List.copyOf(DIVISIONS.keySet()).stream().sorted().toList();
    private static final Map<String, String> PLACE_OF = Map.ofEntries(
            Map.entry("zhangdian", "张店"), Map.entry("zichuan", "淄川"), Map.entry("boshan", "博山"),
            Map.entry("linzi", "临淄"), Map.entry("zhoucun", "周村"), Map.entry("huantai", "桓台"),
            Map.entry("gaoqing", "高青"), Map.entry("yiyuan", "沂源"), Map.entry("high-tech-zone", "淄博高新"),
            Map.entry("economic-development-zone", "淄博经开"), Map.entry("wenchanghu", "文昌湖"));

    /** Universities' schools, institutes and new R&D organisations, with the chains they work for. */
    private static final List<Object[]> INSTITUTIONS = List.of(
            new Object[]{"齐都理工大学材料科学与工程学院", "UNIVERSITY", "zhangdian", List.of("new-materials", "advanced-ceramics", "high-end-metals")},
            new Object[]{"齐都理工大学机械工程学院", "UNIVERSITY", "zhangdian", List.of("intelligent-equipment", "high-end-equipment")},
            new Object[]{"齐都理工大学化学化工学院", "UNIVERSITY", "zhangdian", List.of("green-chemicals", "petrochemicals", "fluorosilicone-materials")},
            new Object[]{"齐都理工大学电气与电子工程学院", "UNIVERSITY", "zhangdian", List.of("electronic-information", "integrated-circuits")},
            new Object[]{"齐都理工大学交通与车辆工程学院", "UNIVERSITY", "zhangdian", List.of("new-energy-vehicles", "auto-parts")},
            new Object[]{"齐都理工大学生命与医药学院", "UNIVERSITY", "zhangdian", List.of("new-medicine", "medical-devices")},
            new Object[]{"齐都理工大学资源与环境工程学院", "UNIVERSITY", "zhangdian", List.of("energy-saving-environmental", "green-chemicals")},
            new Object[]{"齐都理工大学农业工程与食品科学学院", "UNIVERSITY", "zhangdian", List.of("agri-food")},
            new Object[]{"鲁中科技学院智能制造学院", "UNIVERSITY", "zichuan", List.of("intelligent-equipment", "auto-parts")},
            new Object[]{"鲁中科技学院新能源学院", "UNIVERSITY", "zichuan", List.of("new-energy", "hydrogen-energy-storage")},
            new Object[]{"般阳医学院药学院", "UNIVERSITY", "zhoucun", List.of("new-medicine")},
            new Object[]{"般阳医学院生物医学工程学院", "UNIVERSITY", "zhoucun", List.of("medical-devices")},
            new Object[]{"稷下职业技术大学陶瓷与琉璃学院", "UNIVERSITY", "boshan", List.of("building-ceramics-glass", "advanced-ceramics")},
            new Object[]{"稷下职业技术大学纺织服装学院", "UNIVERSITY", "zhoucun", List.of("textiles-apparel")},
            new Object[]{"淄博市先进陶瓷研究院", "RESEARCH_INSTITUTE", "zichuan", List.of("advanced-ceramics")},
            new Object[]{"淄博市氟硅新材料研究院", "RESEARCH_INSTITUTE", "huantai", List.of("fluorosilicone-materials")},
            new Object[]{"淄博市机械科学研究院", "RESEARCH_INSTITUTE", "zhangdian", List.of("intelligent-equipment", "high-end-equipment")},
            new Object[]{"淄博市化工研究设计院", "RESEARCH_INSTITUTE", "linzi", List.of("green-chemicals", "petrochemicals")},
            new Object[]{"淄博市生物医药研究院", "RESEARCH_INSTITUTE", "high-tech-zone", List.of("new-medicine")},
            new Object[]{"淄博市金属材料研究所", "RESEARCH_INSTITUTE", "zhangdian", List.of("high-end-metals")},
            new Object[]{"淄博市农业科学研究所", "RESEARCH_INSTITUTE", "gaoqing", List.of("agri-food")},
            new Object[]{"淄博市环境科学研究所", "RESEARCH_INSTITUTE", "zhangdian", List.of("energy-saving-environmental")},
            new Object[]{"淄博市电子信息研究所", "RESEARCH_INSTITUTE", "high-tech-zone", List.of("electronic-information")},
            new Object[]{"淄博智能装备产业技术研究院", "NEW_RND_ORGANISATION", "high-tech-zone", List.of("intelligent-equipment")},
            new Object[]{"淄博氢能产业创新中心", "NEW_RND_ORGANISATION", "linzi", List.of("hydrogen-energy-storage")},
            new Object[]{"淄博MEMS与传感器创新中心", "NEW_RND_ORGANISATION", "high-tech-zone", List.of("integrated-circuits")},
            new Object[]{"淄博新能源汽车产业技术研究院", "NEW_RND_ORGANISATION", "economic-development-zone", List.of("new-energy-vehicles", "auto-parts")},
            new Object[]{"鲁中绿色化工中试基地", "NEW_RND_ORGANISATION", "huantai", List.of("green-chemicals")},
            new Object[]{"淄博储能技术创新中心", "NEW_RND_ORGANISATION", "zichuan", List.of("new-energy")},
            new Object[]{"淄博高端医疗装备创新中心", "NEW_RND_ORGANISATION", "high-tech-zone", List.of("medical-devices")},
            new Object[]{"淄博动力传动装备技术研究院", "NEW_RND_ORGANISATION", "boshan", List.of("high-end-equipment")},
            new Object[]{"淄博功能材料产业技术研究院", "NEW_RND_ORGANISATION", "high-tech-zone", List.of("new-materials", "fluorosilicone-materials")},
            new Object[]{"齐鲁工业互联网创新中心", "NEW_RND_ORGANISATION", "zhangdian", List.of("electronic-information")},
            new Object[]{"淄博石化新材料技术研究院", "NEW_RND_ORGANISATION", "linzi", List.of("petrochemicals", "new-materials")},
            new Object[]{"淄博纺织新材料创新中心", "NEW_RND_ORGANISATION", "zhoucun", List.of("textiles-apparel")},
            new Object[]{"淄博琉璃陶瓷创意设计研究院", "NEW_RND_ORGANISATION", "boshan", List.of("building-ceramics-glass")});

    private static final List<String> MATURITIES = List.of("LAB", "PILOT", "SCALE_UP", "INDUSTRIALISED");
    private static final List<String> SIZES = List.of("LARGE", "MEDIUM", "MEDIUM", "SMALL", "SMALL", "SMALL", "MICRO");

    final List<Enterprise> enterprises;
    final List<Institution> institutions;

    private Catalogue(List<Enterprise> enterprises, List<Institution> institutions) {
        this.enterprises = enterprises;
        this.institutions = institutions;
    }

    /** The same set on every call: {@code enterprises} firms with one or two problems each, every institution with its results. */
    static Catalogue generate(int enterprises, int resultsPerInstitution) {
        Random random = new Random(SEED);
        Set<String> names = new LinkedHashSet<>();
        List<Enterprise> firms = new ArrayList<>();
        for (int n = 0; n < enterprises; n++) {
            Chain chain = CHAINS.get(n % CHAINS.size());
            String district = random.nextInt(10) < 7 ? pick(random, chain.districts()) : pick(random, DISTRICTS);
            String name;
            do {
                String place = random.nextBoolean() ? PLACE_OF.get(district) : pick(random, PLACES);
                name = place + pick(random, BRANDS) + pick(random, chain.trades()) + (random.nextInt(5) == 0 ? "股份有限公司" : "有限公司");
            } while (!names.add(name));
            List<Theme> themes = themesOf(chain.code());
            List<Problem> problems = new ArrayList<>();
            int count = random.nextInt(3) == 0 ? 2 : 1;
            for (int p = 0; p < count; p++) {
                problems.add(problem(random, pick(random, themes), chain));
            }
            firms.add(new Enterprise(name, creditCode(random, district), district, chain.code(), pick(random, SIZES),
                    pick(random, SURNAMES) + "工", phone(random), problems));
        }
        List<Institution> institutions = new ArrayList<>();
        for (Object[] row : INSTITUTIONS) {
            @SuppressWarnings("unchecked")
            List<String> chains = (List<String>) row[3];
            List<Result> results = new ArrayList<>();
            Set<String> titles = new LinkedHashSet<>();
            while (results.size() < resultsPerInstitution) {
                Chain chain = chainOf(pick(random, chains));
                Result result = result(random, pick(random, themesOf(chain.code())), chain);
                if (titles.add(result.title())) {
                    results.add(result);
                }
            }
            institutions.add(new Institution((String) row[0], (String) row[1], (String) row[2], chains,
                    pick(random, SURNAMES) + "老师", phone(random), results));
        }
        return new Catalogue(firms, institutions);
    }

    private static Problem problem(Random random, Theme theme, Chain chain) {
        String[] need = NEEDS.get(random.nextInt(NEEDS.size()));
        String description = "我公司在" + theme.subject() + "方面，" + theme.situation() + "。"
                + need[1].formatted(Integer.parseInt(need[3]) + random.nextInt(5) * Integer.parseInt(need[4]))
                + "希望合作方具备中试验证条件，合作周期" + (6 + random.nextInt(4) * 6) + "个月。";
        int budgetMin = 20 + random.nextInt(10) * 10;
        List<String> keywords = new ArrayList<>(theme.keywords());
        keywords.add(need[2]);
        return new Problem(theme.subject() + need[0], description, chain.code(), chain.field(), keywords, budgetMin,
                budgetMin * (2 + random.nextInt(4)), MATURITIES.get(1 + random.nextInt(3)), random.nextInt(100) < 12,
                random.nextInt(100) < 4);
    }

    private static Result result(Random random, Theme theme, Chain chain) {
        String[] offer = OFFERS.get(random.nextInt(OFFERS.size()));
        String summary = "应用背景：" + theme.situation() + "。团队开展了" + theme.subject() + "研究，" + theme.achievement()
                + "。" + offer[1].formatted(offer[2].equals("关键技术") ? 2 + random.nextInt(8)
                : offer[2].equals("智能化") ? 95 + random.nextInt(5) : 15 + random.nextInt(6) * 5);
        List<String> keywords = new ArrayList<>(theme.keywords());
        keywords.add(offer[2]);
        List<String> modes = random.nextBoolean() ? List.of("TRANSFER", "LICENCE", "JOINT_DEVELOPMENT")
                : List.of("JOINT_DEVELOPMENT", "COMMISSIONED_DEVELOPMENT", "CONSULTING");
        return new Result(theme.subject() + offer[0], summary, chain.code(), chain.field(),
                pick(random, MATURITIES), keywords, modes, 30 + random.nextInt(40) * 10);
    }

    /** 统一社会信用代码 of a company (登记管理部门 9, 类别 1) registered in the district, with both check characters. */
    private static String creditCode(Random random, String district) {
        StringBuilder organisation = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organisation.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        organisation.append(organisationCheck(organisation));
        String first17 = "91" + DIVISIONS.get(district) + organisation;
        return first17 + creditCheck(first17);
    }

    /** GB 32100's alphabet (no I, O, S, V, Z); the organisation code keeps to it too, so the whole code is valid. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** GB 11714's check character of the eight-character organisation code (letters count from 10). */
    private static char organisationCheck(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        // 10 is written X; X is in the credit code's alphabet, 11 is 0
        return check == 11 ? '0' : check == 10 ? 'X' : (char) ('0' + check);
    }

    /** GB 32100's check character over the first 17 characters. */
    private static char creditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static String phone(Random random) {
        return "0533-" + (6000000 + random.nextInt(3999999));
    }

    private static Chain chainOf(String code) {
        return CHAINS.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Theme> themesOf(String chain) {
        return THEMES.stream().filter(t -> t.chain().equals(chain)).toList();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Theme theme(String chain, String subject, String keywords, String situation, String achievement) {
        return new Theme(chain, subject, List.of(keywords.split(",")), situation, achievement);
    }
}
