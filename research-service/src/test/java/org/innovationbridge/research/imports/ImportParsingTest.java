package org.innovationbridge.research.imports;

import org.innovationbridge.research.domain.CooperationMode;
import org.innovationbridge.research.domain.Maturity;
import org.innovationbridge.research.service.NaturalKey;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of reading a compilation that need no server: CSV, encodings, headers, keys, escaping. */
class ImportParsingTest {

    @Test
    void csvFollowsExcelsQuotingAndSkipsEmptyLines() {
        List<Row> rows = CsvReader.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\n,,\nlast,,", 10);
        assertThat(rows).extracting(Row::number).containsExactly(1, 2, 5);
        assertThat(rows.get(1).cells()).extracting(Cell::text).containsExactly("x, y", "say \"hi\"", "two\nlines");
        assertThat(CsvReader.parse("a;b;c\n1;2;3", 10).get(1).cells()).extracting(Cell::text).containsExactly("1", "2", "3");
        assertThat(CsvReader.parse("a\tb\n1\t2", 10).get(1).cells()).extracting(Cell::text).containsExactly("1", "2");
        assertThatThrownBy(() -> CsvReader.parse("a,b\n\"open,2", 10)).isInstanceOf(ImportRefused.class)
                .hasMessage("row 2: a quoted value (starting with \") is never closed");
        assertThatThrownBy(() -> CsvReader.parse("a\n1\n2\n3", 2)).isInstanceOf(ImportRefused.class);
        // quotes inside a value typed by hand stay text, as Excel reads them
        assertThat(CsvReader.parse("a,b\n5\"钢板,\"φ20\"mm", 10).get(1).cells()).extracting(Cell::text)
                .containsExactly("5\"钢板", "φ20mm");
    }

    @Test
    void theEncodingIsTheBomsOrUtf8WhenValidElseGb18030() {
        String text = "成果名称,成熟度";
        assertThat(CsvReader.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(new CsvReader.Decoded(text, "UTF-8"));
        assertThat(CsvReader.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(new CsvReader.Decoded(text, "GB18030"));
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(CsvReader.decode(bom)).isEqualTo(new CsvReader.Decoded(text, "UTF-8 (BOM)"));
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(CsvReader.decode(utf16)).isEqualTo(new CsvReader.Decoded(text, "UTF-16LE"));
    }

    @Test
    void headersAreMatchedAsPeopleRetypeThem() {
        assertThat(Column.forHeader(" 参考价格(万元) ")).contains(Column.INDICATIVE_PRICE);
        assertThat(Column.forHeader("参考价格【万元】")).contains(Column.INDICATIVE_PRICE);
        assertThat(Column.forHeader("参考价格")).contains(Column.INDICATIVE_PRICE);
        assertThat(Column.forHeader("*成果　名称")).contains(Column.TITLE);
        assertThat(Column.forHeader("Technical_Fields")).contains(Column.TECHNICAL_FIELDS);
        assertThat(Column.forHeader("ｔｅａｍＬｅａｄ")).contains(Column.TEAM_LEAD);
        assertThat(Column.forHeader("参考价格（元）")).isEmpty();
        assertThat(Column.forHeader("备注")).isEmpty();
    }

    @Test
    void cellsSplitOnEverySeparatorPeopleUse() {
        assertThat(Cell.text("新材料；智能装备、氟硅材料, 集成电路;新能源，节能环保\n氢能").values()).containsExactly(
                "新材料", "智能装备", "氟硅材料", "集成电路", "新能源", "节能环保", "氢能");
        assertThat(Cell.items(List.of(" a ", "b;c")).values()).containsExactly("a", "b;c");
        assertThat(Vocabulary.maturity("产业化阶段")).contains(Maturity.INDUSTRIALISED);
        assertThat(Vocabulary.maturity("scale-up")).contains(Maturity.SCALE_UP);
        assertThat(Vocabulary.cooperationMode("专利许可")).contains(CooperationMode.LICENCE);
    }

    @Test
    void theNaturalKeyIsTheFirstPatentElseTheNormalisedTitle() {
        assertThat(NaturalKey.of("任意", List.of("zl202110123456.7", "CN112345678A")))
                .isEqualTo(new NaturalKey(NaturalKey.Kind.PATENT, "ZL202110123456.7"));
        assertThat(NaturalKey.of("  ＡＩ　Vision\t 质检系统（二代） ", List.of()))
                .isEqualTo(new NaturalKey(NaturalKey.Kind.TITLE, "ai vision 质检系统(二代)"));
    }

    @Test
    void exportedCellsThatLookLikeFormulasAreNeutralised() {
        assertThat(List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "正常", "", "a=b"))
                .extracting(ErrorReport::neutralise)
                .containsExactly("'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "正常", "", "a=b");
    }

    @Test
    void theExtensionDecidesAndTheContentMustAgree() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04};
        byte[] text = "成果名称".getBytes(StandardCharsets.UTF_8);
        assertThat(CompilationReader.formatOf("汇编.XLSX", zip)).isEqualTo(FileFormat.XLSX);
        assertThat(CompilationReader.formatOf("upload", zip)).isEqualTo(FileFormat.XLSX);
        assertThat(CompilationReader.formatOf("upload", "\uFEFF [{}]".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileFormat.JSON);
        assertThat(CompilationReader.formatOf(null, text)).isEqualTo(FileFormat.CSV);
        assertThat(CompilationReader.formatOf("a.txt", text)).isEqualTo(FileFormat.CSV);
        assertThatThrownBy(() -> CompilationReader.formatOf("a.xlsx", text)).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("not a valid spreadsheet");
    }
}
