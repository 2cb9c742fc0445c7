package org.innovationbridge.research;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.innovationbridge.research.CompilationFiles.HEADERS;
import static org.innovationbridge.research.CompilationFiles.xlsx;

/**
 * Writes the small upload fixtures of src/test/resources/imports/. They are kept in the repository as the real
 * files the tests upload; run this from the repository's root to write them again after changing one:
 * {@code mvn -pl research-service test-compile exec:java -Dexec.mainClass=org.innovationbridge.research.Fixtures
 * -Dexec.args=research-service/src/test/resources/imports}.
 */
public final class Fixtures {
    static final String DIR = "research-service/src/test/resources/imports";

    private Fixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : DIR);
        // names and codes, the separators people use, Chinese and enum words, an unknown column, an empty row
        List<String> withRemark = new ArrayList<>(HEADERS);
        withRemark.add("备注");
        write(dir, "results.xlsx", xlsx(List.of(withRemark,
                List.of("镁基固态储氢材料", "常温常压下可逆吸放氢的镁基固态储氢材料，储氢密度不低于5wt%。", "新材料",
                        "氢能；新材料", "固态储氢、镁基合金", "小试", "ZL202110123456.7", "专利许可，合作开发",
                        300, "陈教授", "重点推荐"),
                List.of("伺服直驱数控螺旋压力机", "大扭矩伺服电机直接驱动螺杆，取消飞轮与离合器。", "advanced-manufacturing",
                        "intelligent-equipment;high-end-equipment", "伺服直驱;锻压装备", "SCALE_UP", "", "TRANSFER", "面议", ""),
                List.of(),
                List.of("海洋生物多糖提取技术", "从海带中提取褐藻多糖，纯度95%以上。", "生物与新医药", "新医药", "", "实验室",
                        "CN112345678A", "技术咨询", "12.5", "林研究员"))));

        String csvRows = String.join(",", HEADERS) + "\r\n"
                + "高效钙钛矿光伏组件,\"转换效率22%，\r\n可柔性封装\",新能源与节能,新能源,钙钛矿、光伏,中试,,委托开发,80,王教授\r\n"
                + ",,,,,,,,,\r\n"
                + "工业互联网边缘网关,\"支持Modbus, OPC UA协议\",电子信息,电子信息,\"边缘计算,网关\",产业化,,\"技术转让,许可\",1200,张工\r\n";
        write(dir, "results-gbk.csv", csvRows.getBytes(Charset.forName("GBK")));
        // English field names as headers, a BOM, and the header written the way people retype it
        String english = "\uFEFFtitle, Summary ,technical_fields,industryChains,keywords,maturity,patents,cooperationModes,"
                + "参考价格(万元),teamLead\n"
                + "锂电池正极材料回收工艺,\"回收率98%，\"\"绿色\"\"工艺\",resources-environment,\"new-energy,energy-saving-environmental\",回收,PILOT,,LICENCE,50,赵教授\n";
        write(dir, "results-utf8-bom.csv", english.getBytes(StandardCharsets.UTF_8));
        write(dir, "results.json", ("[\n"
                + "  {\"title\": \"智能农机导航系统\", \"summary\": \"北斗厘米级定位，自动驾驶作业。\", \"technicalFields\": [\"电子信息\"],"
                + " \"industryChains\": [\"intelligent-equipment\", \"现代农业与食品\"], \"keywords\": [\"北斗\", \"农机\"],"
                + " \"maturity\": \"INDUSTRIALISED\", \"patents\": [\"CN212345678U\"], \"cooperationModes\": [\"JOINT_DEVELOPMENT\"],"
                + " \"indicativePrice\": 150, \"teamLead\": \"吴教授\"},\n"
                + "  {},\n"
                + "  {\"成果名称\": \"茶叶智能分选设备\", \"成果简介\": \"基于机器视觉的茶叶分级。\", \"成熟度\": \"中试\", \"产业链\": \"智能装备、现代农业与食品\"}\n"
                + "]\n").getBytes(StandardCharsets.UTF_8));

        // the first upload of a compilation, and the corrected one: B's summary changed, C's patent corrected,
        // D retyped with full-width letters and blanks (the same result), E new
        List<Object> a = List.of("石墨烯导热膜", "导热系数1500W/mK。", "新材料", "新材料", "石墨烯", "中试", "ZL202010123456.2", "", "", "");
        List<Object> b = List.of("水下机器人", "续航8小时。", "先进制造与自动化", "智能装备", "", "小试", "", "", "", "");
        List<Object> c1 = List.of("燃料电池催化剂", "铂载量降低50%。", "新能源与节能", "氢能", "", "实验室", "ZL202110654321.0", "", "", "");
        List<Object> c2 = List.of("燃料电池催化剂", "铂载量降低50%。", "新能源与节能", "氢能", "", "实验室", "ZL202110654321.3", "", "", "");
        List<Object> d1 = List.of("AI Vision 质检系统", "缺陷检出率99.5%。", "电子信息", "电子信息", "", "产业化", "", "", "", "");
        List<Object> d2 = List.of("  ａｉ　vision   质检系统 ", "缺陷检出率99.5%。", "电子信息", "电子信息", "", "产业化", "", "", "", "");
        List<Object> bChanged = List.of("水下机器人", "续航12小时，最大下潜300米。", "先进制造与自动化", "智能装备", "", "小试", "", "", "", "");
        List<Object> e = List.of("生物降解地膜", "180天完全降解。", "资源与环境", "现代农业与食品", "", "中试", "", "", "", "");
        write(dir, "reupload-first.xlsx", xlsx(List.of(HEADERS, a, b, c1, d1)));
        write(dir, "reupload-corrected.xlsx", xlsx(List.of(HEADERS, a, bChanged, c2, d2, e)));

        // rows with several problems each, and values a spreadsheet would run as formulas; row 3 is empty
        write(dir, "row-errors.xlsx", xlsx(Arrays.asList(HEADERS,
                List.of("合格成果", "这一行没有问题。", "新材料", "新材料", "", "小试", "", "", "", ""),
                null,
                List.of("", "缺少名称的一行。", "蒸汽机", "新材料", "", "差不多", "ZL202110123456.3", "", "", ""),
                List.of("公式注入", "=HYPERLINK(\"http://example.invalid\",\"点击\")", "新材料", "+steam", "", "=A1", "", "@cmd", "-5", ""))));

        write(dir, "merged.xlsx", merged());
        write(dir, "formulas.xlsx", xlsx(List.of(HEADERS,
                List.of(new CompilationFiles.Formula("CONCATENATE(\"公式\",\"成果\")", "公式计算的成果名称"),
                        "名称、成熟度和价格是公式的缓存值。", "新材料", "新材料", new CompilationFiles.Formula("A2&\"关键词\"", null),
                        new CompilationFiles.Formula("\"中\"&\"试\"", "中试"), "", "", new CompilationFiles.Formula("100*3", 250), ""))));
        write(dir, "zip-bomb.xlsx", CompilationFiles.zipBomb(50 * 1024 * 1024));
        write(dir, "not-a-workbook.xlsx", "成果名称,成果简介,成熟度\n这不是Excel文件,只是改了扩展名,中试\n".getBytes(StandardCharsets.UTF_8));
        write(dir, "missing-headers.csv", "成果名称,简介,技术领域\n缺列的成果,简介,新材料\n".getBytes(StandardCharsets.UTF_8));
        write(dir, "wrong-encoding.csv", (String.join(",", HEADERS) + "\n繁體編碼的成果,簡介,新材料,新材料,,中試,,,,\n")
                .getBytes(Charset.forName("Big5")));
    }

    /** A merged title row above the header (so the header is row 2), and values merged down several rows. */
    private static byte[] merged() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("成果汇编");
            CompilationFiles.fill(sheet, List.of(
                    List.of("齐都理工大学2025年科技成果汇编"),
                    HEADERS,
                    List.of("高温合金叶片", "单晶高温合金精密铸造。", "新材料", "高端金属材料", "", "中试", "", "", "", "陈教授"),
                    List.of("碳纤维复合材料", "T800级碳纤维预浸料。", "", "新材料", "", "小试", "", "", "", ""),
                    List.of("陶瓷基复合材料", "耐温1400℃。", "", "先进陶瓷材料", "", "实验室", "", "", "", "李教授")));
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:J1"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("C3:C5"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("J3:J4"));
            return CompilationFiles.bytes(workbook);
        }
    }

    private static void write(Path dir, String name, byte[] content) throws IOException {
        CompilationFiles.write(dir.resolve(name), content);
    }
}
