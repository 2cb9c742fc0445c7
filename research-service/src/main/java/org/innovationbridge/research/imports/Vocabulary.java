package org.innovationbridge.research.imports;

import org.innovationbridge.research.domain.CooperationMode;
import org.innovationbridge.research.domain.Maturity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Chinese words compilations use for maturity and cooperation modes, besides the API's enum names. */
public final class Vocabulary {
    /** 成熟度: the template's four words, in order. */
    public static final Map<String, Maturity> MATURITY = linked(
            "实验室", Maturity.LAB, "小试", Maturity.PILOT, "中试", Maturity.SCALE_UP, "产业化", Maturity.INDUSTRIALISED);
    /** 合作方式: the first word of each is the one the template suggests. */
    public static final Map<CooperationMode, List<String>> COOPERATION_MODES = linked(
            CooperationMode.TRANSFER, List.of("技术转让", "转让", "成果转让"),
            CooperationMode.LICENCE, List.of("许可", "专利许可", "技术许可", "许可使用"),
            CooperationMode.JOINT_DEVELOPMENT, List.of("合作开发", "联合开发"),
            CooperationMode.COMMISSIONED_DEVELOPMENT, List.of("委托开发"),
            CooperationMode.CONSULTING, List.of("技术咨询", "咨询"),
            CooperationMode.JOINT_PLATFORM, List.of("共建平台", "共建研发平台"));

    private Vocabulary() {
    }

    /** LAB, lab, 实验室 or 实验室阶段. */
    public static Optional<Maturity> maturity(String text) {
        String word = text.strip();
        if (word.endsWith("阶段")) {
            word = word.substring(0, word.length() - 2).strip();
        }
        return Optional.ofNullable(MATURITY.get(word)).or(() -> enumNamed(Maturity.class, text));
    }

    /** LICENCE, licence or 专利许可. */
    public static Optional<CooperationMode> cooperationMode(String text) {
        String word = text.strip();
        return COOPERATION_MODES.entrySet().stream().filter(e -> e.getValue().contains(word)).map(Map.Entry::getKey)
                .findFirst().or(() -> enumNamed(CooperationMode.class, text));
    }

    private static <E extends Enum<E>> Optional<E> enumNamed(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> linked(Object... keysAndValues) {
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
