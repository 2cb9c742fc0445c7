import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a small demo data set through the gateway's public API: an organiser account (created by the first admin),
 * and per enterprise and institution an account of its own that registers it, signs in again for a token with its
 * organisation, and creates and publishes its problems or results. Run with
 * {@code java DemoData.java <gateway-url> <accounts-folder>}; the folder holds {@code admin-password} and receives
 * {@code demo-accounts.tsv} with the generated passwords. Loading twice changes nothing: the accounts file means
 * the set is there.
 */
public class DemoData {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    record Problem(String title, String description, String chain, List<String> keywords) {
    }

    record Enterprise(String name, String creditCode, String district, String chain, String size, List<Problem> problems) {
    }

    record Result(String title, String summary, String chain, String maturity, List<String> keywords) {
    }

    record Institution(String name, String type, String region, List<Result> results) {
    }

    static final List<Enterprise> ENTERPRISES = List.of(
            new Enterprise("福州海源氢能科技有限公司", "91350105MA2XK1QX7A", "mawei", "hydrogen-energy-storage", "SMALL", List.of(
                    new Problem("固态储氢材料的低成本规模化制备",
                            "公司计划建设分布式氢能储能示范站，需要一种常温常压下可逆吸放氢的镁基固态储氢材料，储氢密度不低于1.8wt%，循环寿命3000次以上，并能实现吨级低成本制备。",
                            "hydrogen-energy-storage", List.of("固态储氢", "镁基合金", "吸放氢")))),
            new Enterprise("闽侯精锻机械有限公司", "91350121MA31H7QX79", "minhou", "intelligent-equipment", "MEDIUM", List.of(
                    new Problem("摩擦压力机的伺服直驱节能改造",
                            "现有摩擦压力机能耗高、打击能量控制精度低，希望采用伺服直驱技术研制数控螺旋压力机，打击能量可精确控制，节能30%以上。",
                            "intelligent-equipment", List.of("伺服直驱", "螺旋压力机", "数控锻压")))),
            new Enterprise("福建新能汽车电子有限公司", "91350111MA8R2CQX7N", "high-tech-zone", "new-energy-vehicles", "SMALL", List.of(
                    new Problem("动力电池包液冷板轻量化与热管理",
                            "需要对新能源汽车动力电池包的液冷板进行轻量化设计，在快充工况下将电芯温差控制在3℃以内，并完成热仿真与样件验证。",
                            "new-energy-vehicles", List.of("电池热管理", "液冷板", "快充")))),
            new Enterprise("福州康元制药有限公司", "91350102MA34F9QX7F", "gulou", "new-medicine", "MEDIUM", List.of(
                    new Problem("维生素C二步发酵工艺的收率提升",
                            "我公司采用二步发酵法生产维生素C，古龙酸转化率偏低，希望通过菌种改良和发酵过程控制把收率提高5个百分点，并降低能耗。",
                            "new-medicine", List.of("维生素C", "二步发酵", "菌种改良")))),
            new Enterprise("福建瑞医医疗器械有限公司", "91350181MA2Y6BQX7J", "changle", "medical-devices", "MICRO", List.of(
                    new Problem("可降解镁合金骨钉的表面涂层",
                            "开发用于骨折内固定的可降解镁合金骨钉，需要一种表面涂层技术控制其在体内的降解速度，保证12周内力学强度满足要求。",
                            "medical-devices", List.of("可降解镁合金", "骨钉", "微弧氧化")))));

    static final List<Institution> INSTITUTIONS = List.of(
            new Institution("福州大学材料科学与工程学院", "UNIVERSITY", "gulou", List.of(
                    new Result("高容量镁基固态储氢合金及其制备技术",
                            "开发了一种添加稀土与过渡金属催化剂的镁基储氢合金，室温附近可逆吸放氢，储氢密度达到2.1wt%，循环3000次容量保持率90%以上，已完成公斤级制备。",
                            "hydrogen-energy-storage", "PILOT", List.of("固态储氢", "镁基合金", "催化剂")),
                    new Result("医用可降解镁合金微弧氧化涂层",
                            "通过微弧氧化与有机封孔复合涂层调控镁合金植入物的降解速率，体外浸泡12周强度保持70%以上，适用于骨钉、骨板等可降解植入器械。",
                            "medical-devices", "PILOT", List.of("可降解镁合金", "微弧氧化", "植入器械")))),
            new Institution("福建省机械科学研究院", "RESEARCH_INSTITUTE", "cangshan", List.of(
                    new Result("伺服直驱数控螺旋压力机",
                            "采用大扭矩伺服电机直接驱动螺杆，取消飞轮与摩擦盘，打击能量数字化精确控制，较同规格摩擦压力机节能40%，已在多家锻造企业应用。",
                            "intelligent-equipment", "INDUSTRIALISED", List.of("伺服直驱", "螺旋压力机", "锻压装备")))),
            new Institution("福建医科大学药学院", "UNIVERSITY", "taijiang", List.of(
                    new Result("维生素C发酵高产菌株选育与过程优化",
                            "利用基因组改造获得古龙酸高产菌株，结合溶氧与补料的在线控制，二步发酵转化率提高6个百分点，已完成中试验证。",
                            "new-medicine", "SCALE_UP", List.of("维生素C", "二步发酵", "高产菌株")))),
            new Institution("闽江新能源汽车研究院", "NEW_RND_ORGANISATION", "mawei", List.of(
                    new Result("动力电池快充热管理与液冷板拓扑优化",
                            "基于拓扑优化设计铝制液冷板流道，重量减轻25%，在4C快充下电芯最大温差小于2.5℃，提供热仿真模型与台架测试服务。",
                            "new-energy-vehicles", "PILOT", List.of("电池热管理", "液冷板", "拓扑优化")))));

    /** One demo account: who it is, its password (generated here, never in the repository) and its token. */
    record Account(String username, String role, String password, String[] token) {
        String bearer() {
            return token[0];
        }
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        Path accountsDir = Path.of(args.length > 1 ? args[1] : ".");
        Path accountsFile = accountsDir.resolve("demo-accounts.tsv");
        if (Files.exists(accountsFile)) {
            System.out.println("demo data is already loaded; its accounts are in " + accountsFile);
            return;
        }
        String admin = signIn(gateway, "admin", Files.readString(accountsDir.resolve("admin-password")).strip());
        List<Account> accounts = new ArrayList<>();
        Account organiser = account("demo-organiser", "organiser");
        created(send("POST", gateway + "/api/auth/users", admin, null, credentials(organiser)));
        accounts.add(organiser);
        int problems = 0;
        int results = 0;
        for (int n = 0; n < ENTERPRISES.size(); n++) {
            Enterprise e = ENTERPRISES.get(n);
            Account owner = register(gateway, account("demo-enterprise-" + (n + 1), "enterprise"));
            accounts.add(owner);
            HttpResponse<String> registered = send("POST", gateway + "/api/enterprises", owner.bearer(), null, """
                    {"name":"%s","creditCode":"%s","district":"%s","industryChains":["%s"],"sizeClass":"%s",
                     "contact":{"person":"联系人","phone":"0591-80000000","email":"contact@example.cn"}}"""
                    .formatted(e.name(), e.creditCode(), e.district(), e.chain(), e.size()));
            if (registered.statusCode() == 409) {
                throw new IllegalStateException("enterprise " + e.creditCode() + " is registered already, but "
                        + accountsFile + " is missing: load the demo data into a fresh stack (deploy/platform down, remove the stack folder)");
            }
            String enterpriseId = idOf(registered);
            refresh(gateway, owner);
            for (Problem p : e.problems()) {
                String id = idOf(send("POST", gateway + "/api/problems", owner.bearer(), null, """
                        {"enterpriseId":"%s","title":"%s","description":"%s","industryChain":"%s","keywords":%s,
                         "cooperationModes":["JOINT_DEVELOPMENT","COMMISSIONED_DEVELOPMENT"],"budgetMin":50,"budgetMax":300}"""
                        .formatted(enterpriseId, p.title(), p.description(), p.chain(), json(p.keywords()))));
                publish(gateway + "/api/problems/" + id, owner);
                problems++;
            }
        }
        for (int n = 0; n < INSTITUTIONS.size(); n++) {
            Institution i = INSTITUTIONS.get(n);
            Account owner = register(gateway, account("demo-institution-" + (n + 1), "institution"));
            accounts.add(owner);
            String institutionId = idOf(send("POST", gateway + "/api/institutions", owner.bearer(), null, """
                    {"name":"%s","type":"%s","region":"%s",
                     "contact":{"person":"成果转化办公室","phone":"0591-80000001","email":"tto@example.edu.cn"}}"""
                    .formatted(i.name(), i.type(), i.region())));
            refresh(gateway, owner);
            for (Result r : i.results()) {
                String id = idOf(send("POST", gateway + "/api/results", owner.bearer(), null, """
                        {"institutionId":"%s","title":"%s","summary":"%s","industryChains":["%s"],"maturity":"%s",
                         "keywords":%s,"cooperationModes":["TRANSFER","LICENCE","JOINT_DEVELOPMENT"]}"""
                        .formatted(institutionId, r.title(), r.summary(), r.chain(), r.maturity(), json(r.keywords()))));
                publish(gateway + "/api/results/" + id, owner);
                results++;
            }
        }
        writeAccounts(accountsFile, accounts);
        System.out.printf("demo data loaded: %d enterprises, %d problems, %d institutions, %d results%n",
                ENTERPRISES.size(), problems, INSTITUTIONS.size(), results);
        System.out.println("demo accounts (passwords in " + accountsFile + "):");
        accounts.forEach(a -> System.out.printf("  %-22s %s%n", a.username(), a.role()));
    }

    private static Account account(String username, String role) {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return new Account(username, role, Base64.getUrlEncoder().withoutPadding().encodeToString(random), new String[1]);
    }

    private static String credentials(Account a) {
        return """
                {"username":"%s","password":"%s","role":"%s"}""".formatted(a.username(), a.password(), a.role());
    }

    /** Registers the account and signs it in. */
    private static Account register(String gateway, Account a) throws Exception {
        created(send("POST", gateway + "/api/auth/register", null, null, credentials(a)));
        a.token()[0] = signIn(gateway, a.username(), a.password());
        return a;
    }

    /** A token that carries the organisation the account has just created. */
    private static void refresh(String gateway, Account a) throws Exception {
        HttpResponse<String> refreshed = send("POST", gateway + "/api/auth/refresh", a.bearer(), null, "");
        a.token()[0] = tokenOf(refreshed);
    }

    private static String signIn(String gateway, String username, String password) throws Exception {
        return tokenOf(send("POST", gateway + "/api/auth/sign-in", null, null, """
                {"username":"%s","password":"%s"}""".formatted(username, password)));
    }

    private static String tokenOf(HttpResponse<String> response) {
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("signing in failed with " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    private static void created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            throw new IllegalStateException("creating an account failed with " + response.statusCode() + ": " + response.body());
        }
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
        HttpResponse<String> published = send("PUT", resource + "/status", owner.bearer(), "\"0\"", "{\"status\":\"PUBLISHED\"}");
        if (published.statusCode() != 200) {
            throw new IllegalStateException("publishing " + resource + " failed: " + published.body());
        }
    }

    private static HttpResponse<String> send(String method, String url, String token, String ifMatch, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String idOf(HttpResponse<String> response) {
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("request failed with " + response.statusCode() + ": " + response.body());
        }
        return id.group(1);
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }
}
