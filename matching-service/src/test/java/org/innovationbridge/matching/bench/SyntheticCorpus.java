package org.innovationbridge.matching.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic research results and enterprise problems, written the way the platform's users write
 * them: results are a title, a three-to-five sentence summary and keywords; problems a short title and a
 * description of the pain point. Every result belongs to one of a fixed set of {@link Topic}s (a chain and the
 * terms a family of results shares), and every text is a function of (seed, stream, index) only, so two runs
 * index and query exactly the same words.
 */
final class SyntheticCorpus {
    private static final List<String> MATURITIES = List.of("LAB", "PILOT", "SCALE_UP", "INDUSTRIALISED");
    private static final List<String> STAGES = List.of("实验室", "小试", "中试", "产业化应用");
    private static final List<String> MODES = List.of("TRANSFER", "LICENCE", "JOINT_DEVELOPMENT",
            "COMMISSIONED_DEVELOPMENT", "CONSULTING", "JOINT_PLATFORM");
    private static final List<String> MODE_WORDS = List.of("技术转让", "专利许可", "合作开发", "委托开发", "技术咨询",
            "共建平台");
    /** Title words that vary within a topic, so its results (50 each at the defaults) rarely share a title. */
    private static final List<String> QUALITIES = List.of("", "高性能", "低成本", "高可靠", "绿色", "新型", "智能化",
            "长寿命", "高效");
    private static final List<String> OUTCOMES = List.of("关键技术", "集成技术", "工艺开发及产业化", "研究与示范",
            "技术及装备", "优化设计", "成套技术");
    private static final List<String> DISTRICTS = List.of("zhangdian", "boshan", "zhoucun", "huantai", "linzi",
            "gaoqing", "zichuan", "high-tech-zone");
    private static final List<String> INSTITUTIONS = List.of("齐都理工大学", "鲁中师范学院", "淄水农业大学", "齐都医学院",
            "稷下工业技术学院", "般阳职业技术学院", "淄博市先进材料研究院", "淄博市农业科学研究所");

    /** Streams of the generator; the same index in two streams gives unrelated texts. */
    enum Stream { TOPIC, RESULT, QUERY, WARM_UP, INGEST }

    /** A family of results: what their texts share, and so what their embeddings are near. */
    record Topic(Chain chain, String term, String otherTerm, String object, String process, String problem,
                 String application) {
    }

    record Result(Topic topic, String title, String summary, List<String> keywords, String maturity,
                  List<String> cooperationModes, String district, String institution) {
    }

    private final long seed;
    private final List<Topic> topics;

    SyntheticCorpus(long seed, int topicCount) {
        this.seed = seed;
        this.topics = distinctTopics(topicCount);
    }

    List<Topic> topics() {
        return topics;
    }

    /** The topic's plainest result: the sample text whose real embedding stands for the whole family. */
    Result template(int topicIndex) {
        Topic t = topics.get(topicIndex);
        return new Result(t, "基于" + t.process() + "的" + t.term() + t.object() + "关键技术",
                "本成果针对" + t.application() + "中" + t.problem() + "的问题，开展了" + t.term() + t.object()
                        + "的系统研究。采用" + t.process() + "工艺并结合" + t.otherTerm() + "技术。",
                List.of(t.term(), t.otherTerm(), t.object(), t.process()), "PILOT", List.of("LICENCE"), "zhangdian",
                INSTITUTIONS.get(0));
    }

    /** Result {@code index} of a stream: a topic's terms in one of several phrasings, with extra detail. */
    Result result(Stream stream, long index) {
        SplittableRandom r = random(stream, index);
        Topic t = topics.get(r.nextInt(topics.size()));
        Chain c = t.chain();
        String extra = pick(r, c.terms());
        int maturity = r.nextInt(MATURITIES.size());
        int mode = r.nextInt(MODES.size());
        String quality = pick(r, QUALITIES);
        String title = switch (r.nextInt(5)) {
            case 0 -> "基于" + t.process() + "的" + quality + t.term() + t.object() + pick(r, OUTCOMES);
            case 1 -> "面向" + t.application() + "的" + t.term() + "与" + t.otherTerm() + pick(r, OUTCOMES);
            case 2 -> "一种" + quality + t.term() + t.object() + "及其" + t.process() + "方法";
            case 3 -> t.term() + t.object() + t.process() + "工艺" + pick(r, OUTCOMES);
            default -> quality + t.term() + t.object() + "研制及其在" + pick(r, c.applications()) + "中的应用";
        };
        StringBuilder summary = new StringBuilder()
                .append("本成果针对").append(t.application()).append("中").append(t.problem())
                .append("的问题，开展了").append(t.term()).append(t.object()).append("的系统研究。")
                .append(switch (r.nextInt(3)) {
                    case 0 -> "采用" + t.process() + "工艺并结合" + t.otherTerm() + "技术，关键性能指标提升"
                            + r.nextInt(10, 60) + "%。";
                    case 1 -> "通过" + t.process() + "与" + t.otherTerm() + "协同优化，使" + t.object() + "的制造成本降低"
                            + r.nextInt(10, 45) + "%。";
                    default -> "项目突破了" + t.otherTerm() + "与" + t.process() + "的工艺衔接难题，"
                            + pick(r, c.problems()) + "的问题得到明显改善。";
                })
                .append("已完成").append(STAGES.get(maturity)).append("验证，获授权发明专利").append(r.nextInt(1, 9))
                .append("项，可提供").append(MODE_WORDS.get(mode)).append("。");
        if (r.nextBoolean()) {
            summary.append("团队还掌握").append(extra).append("等配套技术，相关成果亦可推广至")
                    .append(pick(r, c.applications())).append("领域。");
        }
        List<String> keywords = new ArrayList<>(List.of(t.term(), t.otherTerm(), t.object(), t.process()));
        if (r.nextBoolean()) {
            keywords.remove(r.nextInt(keywords.size()));
        }
        if (r.nextBoolean() && !keywords.contains(extra)) {
            keywords.add(extra);
        }
        return new Result(t, title, summary.toString(), keywords, MATURITIES.get(maturity), List.of(MODES.get(mode)),
                pick(r, DISTRICTS), pick(r, INSTITUTIONS));
    }

    /** Problem {@code index} of a stream, as the free text an enterprise types: title and description. */
    String problem(Stream stream, long index) {
        SplittableRandom r = random(stream, index);
        Chain c = pick(r, Chain.ALL);
        String term = pick(r, c.terms());
        String other = pick(r, c.terms());
        String object = pick(r, c.objects());
        String problem = pick(r, c.problems());
        String title = switch (r.nextInt(3)) {
            case 0 -> object + problem + "问题亟待解决";
            case 1 -> "寻求" + term + object + "技术合作";
            default -> pick(r, c.applications()) + "用" + object + pick(r, c.processes()) + "工艺改进";
        };
        return title + "。我公司主要从事" + pick(r, c.applications()) + "相关" + object + "的生产，目前" + problem + "，"
                + pick(r, c.problems()) + "，希望寻找在" + term + "或" + other + "方面有技术积累的高校院所合作攻关，要求"
                + (r.nextBoolean() ? "关键指标提升" + r.nextInt(10, 50) + "%以上。" : "综合成本降低" + r.nextInt(10, 40) + "%。");
    }

    private List<Topic> distinctTopics(int count) {
        Set<Topic> distinct = new LinkedHashSet<>();
        for (long i = 0; distinct.size() < count; i++) {
            SplittableRandom r = random(Stream.TOPIC, i);
            Chain c = Chain.ALL.get((int) (i % Chain.ALL.size()));
            String term = pick(r, c.terms());
            String other = pick(r, c.terms());
            if (!other.equals(term)) {
                distinct.add(new Topic(c, term, other, pick(r, c.objects()), pick(r, c.processes()),
                        pick(r, c.problems()), pick(r, c.applications())));
            }
        }
        return List.copyOf(distinct);
    }

    private SplittableRandom random(Stream stream, long index) {
        return new SplittableRandom(seed ^ ((long) stream.ordinal() << 48) ^ index);
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
