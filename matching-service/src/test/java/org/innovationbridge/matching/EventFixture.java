package org.innovationbridge.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.innovationbridge.matching.messaging.Topics;
import org.innovationbridge.matching.search.DocumentKind;
import org.innovationbridge.matching.search.SearchIndex;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Enterprises with problems and institutions with results, published to the real topics the way the writers'
 * relays do and indexed by the running service: the market a matchmaking test event draws its participants from.
 */
public final class EventFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Owner(UUID id, String name, List<UUID> items) {
    }

    public final List<Owner> enterprises = new ArrayList<>();
    public final List<Owner> institutions = new ArrayList<>();

    private record Item(String title, String text, String chain, List<String> keywords) {
    }

    private static final Map<String, Item> PROBLEMS = Map.of(
            "hydrogen", new Item("镁基固态储氢材料的规模化制备", "需要常温下可逆吸放氢的镁基固态储氢合金，储氢密度不低于1.8wt%，循环寿命3000次以上。",
                    "hydrogen-energy-storage", List.of("固态储氢", "镁基合金")),
            "press", new Item("伺服直驱数控螺旋压力机的节能控制", "螺旋压力机改为伺服电机直驱后，打击能量控制精度不足，需要节能与精确控制方案。",
                    "intelligent-equipment", List.of("伺服直驱", "螺旋压力机")),
            "vitamin", new Item("维生素C发酵转化率提升", "二步发酵法生产维生素C，古龙酸转化率偏低，希望选育高产菌株并优化发酵过程控制。",
                    "new-medicine", List.of("维生素C", "发酵")),
            "battery", new Item("动力电池液冷板轻量化设计", "新能源汽车电池包液冷板需要减重20%，同时保证散热均匀和密封可靠。",
                    "new-energy-vehicles", List.of("液冷板", "锂电池")),
            "sic", new Item("碳化硅功率器件封装散热", "碳化硅功率模块封装热阻偏高，需要新型封装材料与结构降低结温。",
                    "electronic-information", List.of("碳化硅", "封装")));

    private static final Map<String, Item> RESULTS = Map.of(
            "hydrogen", new Item("高容量镁基固态储氢合金", "添加稀土催化剂的镁基储氢合金，室温附近可逆吸放氢，储氢密度2.1wt%，循环3000次。",
                    "hydrogen-energy-storage", List.of("固态储氢", "镁基合金")),
            "press", new Item("伺服直驱螺旋压力机打击能量闭环控制技术", "基于伺服电机直驱的螺旋压力机能量闭环控制，节能30%以上，打击能量误差小于1%。",
                    "intelligent-equipment", List.of("伺服直驱", "螺旋压力机")),
            "vitamin", new Item("维生素C高产菌株与二步发酵工艺", "古龙酸高产菌株选育与二步发酵过程控制，转化率提高8个百分点。",
                    "new-medicine", List.of("维生素C", "发酵")),
            "battery", new Item("铝合金液冷板一体化成型技术", "动力电池液冷板一体化成型，减重25%，流道均匀散热。",
                    "new-energy-vehicles", List.of("液冷板", "轻量化")),
            "sic", new Item("碳化硅模块银烧结封装技术", "银烧结与铜夹片封装降低碳化硅模块热阻40%。",
                    "electronic-information", List.of("碳化硅", "封装")));

    /**
     * Publishes one enterprise per problem key and one institution per result-key group, and waits until the
     * service has indexed all of them. Names carry a marker so tests never mix up their data.
     */
    public static EventFixture publish(String bootstrapServers, SearchIndex index, List<String> enterpriseNames,
                                       List<String> problemKeys, List<String> institutionNames,
                                       List<List<String>> resultKeys) throws Exception {
        EventFixture fixture = new EventFixture();
        List<String> waitFor = new ArrayList<>();
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            for (int i = 0; i < problemKeys.size(); i++) {
                UUID enterprise = UUID.randomUUID();
                UUID problem = UUID.randomUUID();
                events.send(Topics.ENTERPRISE_EVENTS, enterprise.toString(),
                        owner("enterprise", enterprise, enterpriseNames.get(i)));
                events.send(Topics.PROBLEM_EVENTS, problem.toString(),
                        problem(problem, enterprise, enterpriseNames.get(i), PROBLEMS.get(problemKeys.get(i))));
                fixture.enterprises.add(new Owner(enterprise, enterpriseNames.get(i), List.of(problem)));
                waitFor.add("O" + enterprise);
                waitFor.add("P" + problem);
            }
            for (int i = 0; i < resultKeys.size(); i++) {
                UUID institution = UUID.randomUUID();
                events.send(Topics.INSTITUTION_EVENTS, institution.toString(),
                        owner("institution", institution, institutionNames.get(i)));
                List<UUID> results = new ArrayList<>();
                for (String key : resultKeys.get(i)) {
                    UUID result = UUID.randomUUID();
                    events.send(Topics.RESULT_EVENTS, result.toString(),
                            result(result, institution, institutionNames.get(i), RESULTS.get(key)));
                    results.add(result);
                    waitFor.add("R" + result);
                }
                fixture.institutions.add(new Owner(institution, institutionNames.get(i), results));
                waitFor.add("O" + institution);
            }
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> waitFor.stream()
                .allMatch(key -> index.get(kindOf(key), key.substring(1)).isPresent()));
        index.refresh();
        return fixture;
    }

    private static DocumentKind kindOf(String key) {
        return switch (key.charAt(0)) {
            case 'O' -> DocumentKind.OWNER;
            case 'P' -> DocumentKind.PROBLEM;
            default -> DocumentKind.RESULT;
        };
    }

    private static String owner(String type, UUID id, String name) {
        ObjectNode payload = JSON.createObjectNode().put("id", id.toString()).put("name", name)
                .put("district", "zhangdian").put("updatedAt", OffsetDateTime.now().toString());
        return TestEvents.envelope(type, id, 1, type + ".created", payload).toString();
    }

    private static String problem(UUID id, UUID enterprise, String enterpriseName, Item item) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", id.toString()).put("enterpriseId", enterprise.toString()).put("enterpriseName", enterpriseName)
                .put("district", "linzi").put("title", item.title()).put("description", item.text())
                .put("industryChain", item.chain()).put("visibility", "PUBLIC").put("status", "PUBLISHED")
                .put("updatedAt", OffsetDateTime.now().toString());
        item.keywords().forEach(payload.putArray("keywords")::add);
        payload.putArray("technicalFields").add("new-materials-tech");
        return TestEvents.envelope("problem", id, 1, "problem.status-changed", payload).toString();
    }

    private static String result(UUID id, UUID institution, String institutionName, Item item) {
        ObjectNode payload = JSON.createObjectNode()
                .put("id", id.toString()).put("institutionId", institution.toString())
                .put("institutionName", institutionName).put("district", "zhangdian").put("title", item.title())
                .put("summary", item.text()).put("maturity", "PILOT").put("status", "PUBLISHED")
                .put("updatedAt", OffsetDateTime.now().toString());
        payload.putArray("industryChains").add(item.chain());
        payload.putArray("technicalFields").add("new-materials-tech");
        payload.putArray("cooperationModes").add("LICENCE");
        item.keywords().forEach(payload.putArray("keywords")::add);
        return TestEvents.envelope("result", id, 1, "result.status-changed", payload).toString();
    }
}
