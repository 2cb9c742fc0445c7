package org.innovationbridge.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/**
 * One journey per kind of user, in a real headless Chromium against the gateway and the services running as
 * processes on the real PostgreSQL, Kafka and Elasticsearch. Each step is checked on what the page shows and
 * leaves a screenshot under target/screenshots/&lt;journey&gt;/.
 */
@QuarkusIntegrationTest
@WithTestResource(PlatformServices.class)
class WebJourneysIT {

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port;
    }

    @Test
    void anEnterpriseRegistersPostsAProblemAndSeesRankedResultsWithTheirReasons() {
        String marker = Seed.uniqueName("E");
        String institution = "齐都理工大学材料科学与工程学院 " + marker;
        List<String> results = Seed.institutionWithResults(institution, "hydrogen-energy-storage",
                "稀土催化镁基储氢合金粉体规模化制备工艺",
                "添加稀土催化剂的镁基固态储氢合金，室温附近可逆吸放氢，储氢密度2.1wt%，循环寿命超过3000次，已完成中试。" + marker,
                "轨道交通车辆减振橡胶配方",
                "高阻尼橡胶减振元件的配方与硫化工艺，用于轨道交通转向架。" + marker,
                "维生素C二步发酵菌株选育",
                "古龙酸高产菌株的选育与二步发酵过程控制，发酵周期缩短20%。" + marker,
                "伺服直驱数控螺旋压力机",
                "伺服电机直接驱动的数控螺旋压力机，打击能量精确可控，节能40%以上。" + marker);
        Seed.awaitSearchable("results", marker, results);
        String username = Seed.uniqueName("enterprise");
        String enterprise = "淄川氢能装备有限公司 " + marker;

        try (Browser browser = new Browser(base(), "enterprise")) {
            browser.open("/register");
            assertThat(browser.driver().getTitle()).startsWith("淄博市产学研对接平台");
            assertThat(browser.text()).contains("淄博市产学研对接平台");
            browser.fill("用户名", username);
            browser.fill("密码", Seed.PASSWORD);
            browser.choose("账号类型", "企业");
            browser.screenshot("register");
            browser.click("注册并登录");
            browser.waitForText("创建企业");
            assertThat(browser.text()).contains(username + "（企业）");

            browser.click("退出登录");
            browser.waitForText("还没有账号？");
            browser.fill("用户名", username);
            browser.fill("密码", Seed.PASSWORD);
            browser.click("登录");
            browser.waitForText("统一社会信用代码");
            browser.screenshot("signed-in");

            browser.fill("企业名称", enterprise);
            browser.fill("统一社会信用代码", Seed.creditCode());
            browser.choose("所在区域", "淄川区");
            browser.choose("主要产业链", "氢能");
            browser.fill("联系人", "林工");
            browser.click("创建企业");
            browser.waitForText("我的技术难题");
            assertThat(browser.text()).contains(enterprise, "还没有技术难题");
            browser.screenshot("enterprise-created");

            browser.click("发布新难题");
            browser.fill("难题标题", "低成本镁基固态储氢材料规模化制备");
            browser.fill("难题描述", "我公司需要常温常压下可逆吸放氢的镁基固态储氢材料，储氢密度不低于1.8wt%，循环寿命3000次以上，"
                    + "希望与高校合作开发规模化制备工艺。项目编号 " + marker);
            browser.choose("所属产业链", "氢能");
            browser.fill("关键词", "固态储氢、镁基合金");
            browser.screenshot("problem-form");
            browser.click("保存难题");
            browser.waitForText("状态：已发布");
            assertThat(browser.text()).contains("低成本镁基固态储氢材料规模化制备", enterprise);

            WebElement ranked = browser.region("推荐的科技成果");
            browser.waitFor(() -> ranked.getText().contains(institution) ? ranked : null,
                    "this institution's result in the ranked list");
            List<WebElement> items = ranked.findElements(By.cssSelector(":scope > li"));
            // on a stack that keeps data between runs, earlier runs' look-alikes may rank beside this run's results;
            // the run's marker in the problem and in its results keeps them near the top
            assertThat(items.get(0).getText()).startsWith("1. ").contains("储氢合金", "匹配强度：强", "命中词", "储氢",
                    "语义相似度", "产业链：氢能").doesNotContain("得分");
            int hydrogen = indexOf(items, "稀土催化镁基储氢合金粉体规模化制备工艺", marker);
            assertThat(hydrogen).as("this run's result is listed as a match").isNotNegative();
            assertThat(items.get(hydrogen).getText()).contains(institution, "成熟度：小试", "语义相似度");
            // reasons are words that carry meaning: no particle, no filler, no character cut out of a word
            for (WebElement item : items) {
                for (WebElement term : item.findElements(By.cssSelector(".reasons mark"))) {
                    assertThat(term.getText()).as("a matched term").hasSizeGreaterThan(1)
                            .isNotIn("一种", "进行", "相关", "以上", "需要", "技术");
                }
            }
            // what does not fit is never called a match: not in the list of matches, at most among the weaker ones
            assertThat(ranked.getText()).doesNotContain("轨道交通车辆减振橡胶配方", "维生素C二步发酵菌株选育",
                    "伺服直驱数控螺旋压力机");
            for (WebElement other : browser.driver().findElements(By.cssSelector("[aria-label='其他相关成果'] > li"))) {
                assertThat(other.getText()).doesNotContain("匹配强度：强");
            }
            assertThat(browser.text()).containsPattern("找到 \\d+ 项高匹配成果");
            browser.screenshot("ranked-results");

            browser.click("编辑");
            // markup typed by a user is shown as text, never parsed
            browser.fill("难题标题", "低成本镁基固态储氢材料规模化制备（第二期）<b>加急</b>");
            browser.click("保存修改");
            browser.waitForText("低成本镁基固态储氢材料规模化制备（第二期）<b>加急</b>");
            assertThat(browser.driver().findElements(By.cssSelector("#app h2 b"))).isEmpty();
            browser.click("我的企业与难题");
            browser.waitForText("我的技术难题");
            assertThat(browser.region("我的技术难题").getText()).contains("低成本镁基固态储氢材料规模化制备（第二期）", "已发布");
            browser.screenshot("problem-edited");

            browser.click("匹配动态");
            String feed = browser.waitForText("匹配动态", "稀土催化镁基储氢合金粉体规模化制备工艺");
            assertThat(feed).contains("低成本镁基固态储氢材料规模化制备（第二期）", "命中词");
            assertThat(feed).doesNotContain("新 ");
            // the feed announces strong matches only
            assertThat(feed).doesNotContain("轨道交通车辆减振橡胶配方", "维生素C二步发酵菌株选育", "伺服直驱数控螺旋压力机");
            // a result published while the feed is open appears in it, marked new
            // (close to the problem, so it is a strong match, the only kind the feed announces)
            String arrival = "镁基固态储氢材料低成本规模化制备工艺 " + marker;
            Seed.institutionWithResults("淄博市氢能研究院 " + marker, "hydrogen-energy-storage", arrival,
                    "常温常压下可逆吸放氢的镁基固态储氢材料，储氢密度1.9wt%，循环寿命3000次以上，规模化制备工艺已完成中试。"
                            + marker);
            String arrived = browser.waitForText("匹配动态", arrival);
            assertThat(arrived.lines().filter(line -> line.contains(arrival)).findFirst().orElseThrow())
                    .startsWith("新 ").contains("淄博市氢能研究院 " + marker);
            browser.screenshot("match-feed");
        }
    }

    @Test
    void anInstitutionUploadsACompilationWatchesItFinishAndDownloadsTheErrorReport() throws Exception {
        String marker = Seed.uniqueName("I");
        String username = Seed.uniqueName("institution");
        Path compilation = Path.of("target", "journey-compilation-" + marker + ".csv").toAbsolutePath();
        Files.writeString(compilation, String.join("\r\n",
                "成果名称,成果简介,成熟度,产业链",
                "伺服直驱数控螺旋压力机节能技术 " + marker + ",采用伺服电机直驱螺旋副，节能40%以上，打击能量数控可调。,中试,动力传动与泵阀装备",
                "高容量镁基储氢合金 " + marker + ",添加稀土催化剂的镁基储氢合金，室温可逆吸放氢。,小试,氢能",
                "缺少简介的成果 " + marker + ",,实验室,氢能",
                "成熟度写错的成果 " + marker + ",一种新型可降解骨钉材料。,差不多成熟,新医药"), StandardCharsets.UTF_8);

        try (Browser browser = new Browser(base(), "institution")) {
            browser.open("/register");
            browser.fill("用户名", username);
            browser.fill("密码", Seed.PASSWORD);
            browser.choose("账号类型", "高校/科研院所");
            browser.click("注册并登录");
            browser.waitForText("创建机构");
            browser.screenshot("registered");

            browser.fill("机构名称", "齐都理工大学机械工程学院 " + marker);
            browser.choose("机构类型", "高校");
            browser.choose("所在区域", "张店区");
            browser.click("创建机构");
            browser.waitForText("上传成果汇编");
            assertThat(browser.text()).contains("齐都理工大学机械工程学院 " + marker, "高校");
            browser.screenshot("institution-created");

            browser.field("成果汇编文件").sendKeys(compilation.toString());
            browser.click("上传");
            browser.waitForText("成果汇编导入：" + compilation.getFileName());
            browser.screenshot("uploaded");
            browser.waitForText("已完成 · 已处理 4 / 4 行");
            browser.waitForText("错误报告（2 行被拒绝）");
            WebElement progress = browser.region("导入进度");
            assertThat(progress.getDomProperty("value")).isEqualTo(progress.getDomProperty("max"));
            assertThat(browser.region("导入统计").getText()).contains("新增\n2", "被拒绝\n2");
            String errors = browser.region("错误明细").getText();
            assertThat(errors).contains("行号", "原因", "4 成果简介", "5 成熟度 差不多成熟");
            assertThat(browser.region("错误明细").findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
            browser.screenshot("import-done");

            browser.click("下载错误报告（CSV）");
            Path report = browser.waitFor(() -> {
                try (var files = Files.list(browser.downloads())) {
                    return files.filter(file -> file.getFileName().toString().endsWith("-errors.csv")).findFirst().orElse(null);
                } catch (Exception e) {
                    return null;
                }
            }, "the downloaded error report");
            String csv = browser.waitFor(() -> {
                try {
                    String text = Files.readString(report, StandardCharsets.UTF_8);
                    return text.contains("差不多成熟") ? text : null;
                } catch (Exception e) {
                    return null;
                }
            }, "the error report's content");
            assertThat(csv.lines()).as("header and one line per problem, by the file's row number")
                    .anyMatch(line -> line.startsWith("4,成果简介,"))
                    .anyMatch(line -> line.startsWith("5,成熟度,差不多成熟,"));
            browser.screenshot("error-report-downloaded");
        }
    }

    @Test
    void anOrganiserRunsAnEventFromParticipantsToTheReport() {
        String marker = Seed.uniqueName("O");
        String hydrogenCompany = "临淄氢能装备有限公司 " + marker;
        String pressCompany = "博山伺服机械有限公司 " + marker;
        String materials = "齐都理工大学材料学院 " + marker;
        String mechanics = "齐都理工大学机械学院 " + marker;
        String hydrogenProblem = Seed.enterpriseWithProblem(hydrogenCompany, "镁基固态储氢罐体材料开发",
                "需要室温可逆吸放氢的镁基固态储氢合金，用于储氢罐体，储氢密度不低于1.8wt%。" + marker, "hydrogen-energy-storage");
        String pressProblem = Seed.enterpriseWithProblem(pressCompany, "螺旋压力机伺服直驱节能改造",
                "现有摩擦压力机能耗高、精度低，需要伺服直驱技术实现数控螺旋压力机的节能改造。" + marker, "high-end-equipment");
        List<String> hydrogenResults = Seed.institutionWithResults(materials, "hydrogen-energy-storage",
                "稀土催化镁基储氢合金", "添加稀土催化剂的镁基储氢合金，室温可逆吸放氢，储氢密度2.1wt%。" + marker);
        List<String> pressResults = Seed.institutionWithResults(mechanics, "high-end-equipment",
                "伺服直驱数控螺旋压力机", "伺服电机直驱螺旋副的数控螺旋压力机，节能40%以上，打击能量数控可调。" + marker);
        Seed.awaitSearchable("problems", marker, List.of(hydrogenProblem, pressProblem));
        Seed.awaitSearchable("results", marker, List.of(hydrogenResults.get(0), pressResults.get(0)));
        String organiser = Seed.newOrganiser();

        try (Browser browser = new Browser(base(), "organiser")) {
            browser.open("/sign-in");
            browser.fill("用户名", organiser);
            browser.fill("密码", Seed.PASSWORD);
            browser.click("登录");
            browser.waitForText("创建新活动");
            browser.screenshot("signed-in");

            String eventName = "氢能与高端装备产学研对接会 " + marker;
            browser.fill("活动名称", eventName);
            browser.choose("活动形式", "线下");
            browser.fill("举办地点", "淄博市科创会展中心");
            browser.set("活动日期", "2026-12-20");
            browser.set("首场开始时间", "09:00");
            browser.fill("每场时长（分钟）", "20");
            browser.fill("场次数", "4");
            browser.fill("洽谈桌数", "2");
            browser.fill("每方最少会谈数", "1");
            browser.fill("每方最多会谈数", "2");
            browser.screenshot("event-form");
            browser.click("创建活动");
            browser.waitForText("状态：草稿");
            assertThat(browser.text()).contains(eventName, "2026-12-20", "4 场 × 2 桌");

            browser.click("进入「报名中」");
            browser.waitForText("状态：报名中");
            addParticipant(browser, "企业（按技术难题）", marker, "镁基固态储氢罐体材料开发", hydrogenCompany);
            addParticipant(browser, "企业（按技术难题）", marker, "螺旋压力机伺服直驱节能改造", pressCompany);
            addParticipant(browser, "高校/科研院所（按科技成果）", marker, "稀土催化镁基储氢合金", materials);
            addParticipant(browser, "高校/科研院所（按科技成果）", marker, "伺服直驱数控螺旋压力机", mechanics);
            browser.waitForText("参会方（4）");
            browser.screenshot("participants");

            browser.click("进入「配对中」");
            browser.waitForText("状态：配对中");
            browser.click("生成配对");
            String pairing = browser.waitForText("配对列表", hydrogenCompany);
            assertThat(pairing).contains(materials, pressCompany, mechanics, "智能推荐", "语义相似度");
            assertThat(browser.text()).containsPattern("共 [1-4] 场会谈，总匹配分 \\d+\\.\\d{3}");
            browser.screenshot("pairing");

            browser.click("排定日程");
            browser.waitForText("日程表", hydrogenCompany);
            assertThat(browser.text()).containsPattern("共排 [1-4] 场会谈，用了 [1-4] 个场次（理论下限 [1-4]");
            WebElement schedule = browser.region("日程表");
            List<WebElement> rows = schedule.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).isNotEmpty();
            assertThat(rows.get(0).getText()).contains("第 1 场", "09:00", "号桌");
            assertThat(schedule.getText()).contains(hydrogenCompany, materials);
            assertThat(rowWith(rows, hydrogenCompany).getText()).contains(materials, "镁基");
            browser.screenshot("schedule");

            browser.click(hydrogenCompany + "的议程");
            WebElement frame = browser.waitFor(() -> browser.driver().findElements(By.cssSelector("iframe[title='参会议程']"))
                    .stream().findFirst().orElse(null), "the agenda");
            browser.driver().switchTo().frame(frame);
            String agenda = browser.waitForText(materials);
            assertThat(agenda).contains(eventName, hydrogenCompany);
            browser.driver().switchTo().defaultContent();
            assertThat(browser.control("打印议程").isDisplayed()).isTrue();
            browser.screenshot("agenda");
            browser.click("← 返回活动");

            browser.click("进入「已发布」");
            browser.waitForText("状态：已发布");
            String pair = hydrogenCompany + " 与 " + materials;
            new Select(browser.region(pair + "的会谈结果")).selectByVisibleText("已签意向");
            browser.click("记录" + pair + "的会谈结果");
            browser.waitForText("已记录：已签意向");
            browser.scrollTo(browser.region("成效统计"));
            String report = browser.region("成效统计").getText();
            assertThat(report).contains("已签意向\n1", "达成意向或合同\n1", "已举行会谈\n1");
            assertThat(report).containsPattern("已安排会谈\n[1-4]");
            browser.screenshot("report");
        }
    }

    @Test
    void fromAMatchAnEnterpriseAndAUniversityConnectExchangeContactsAndSignAContractTheBureauFollows() {
        String marker = Seed.uniqueName("C");
        String universityName = "齐都理工大学化工学院 " + marker;
        Seed.Account university = Seed.institution(universityName,
                Map.of("person", "陈教授", "phone", "0533-22866001", "email", "chen@qidu.example.edu.cn"));
        String result = Seed.publishedResult(university, "聚乳酸薄膜双向拉伸改性工艺",
                "采用扩链剂与成核剂复配改性聚乳酸，经双向拉伸制得可降解薄膜，拉伸强度提高40%，已完成中试。" + marker,
                "new-materials");
        Seed.awaitSearchable("results", marker, List.of(result));
        String companyName = "淄博临淄新材料科技有限公司 " + marker;
        Seed.Account company = Seed.enterprise(companyName, "new-materials",
                Map.of("person", "王经理", "phone", "0533-7180001", "email", "wang@linzi-materials.example.cn"));
        String problem = Seed.publishedProblem(company, "可降解聚乳酸薄膜拉伸强度不足",
                "我公司生产的聚乳酸可降解薄膜拉伸强度偏低，希望与高校合作开发扩链改性与双向拉伸工艺。" + marker,
                "new-materials");
        // before a connection is accepted neither side reads the other's contact details
        given().auth().oauth2(university.token()).when().get("/api/enterprises/" + company.organisationId())
                .then().statusCode(200).body("contact", nullValue());

        try (Browser enterprise = new Browser(base(), "connection-enterprise");
             Browser institution = new Browser(base(), "connection-institution");
             Browser bureau = new Browser(base(), "connection-bureau")) {
            signIn(enterprise, company.username(), Seed.PASSWORD);
            enterprise.open("/problems/" + problem);
            WebElement ranked = enterprise.region("推荐的科技成果");
            WebElement match = enterprise.waitFor(() -> ranked.findElements(By.cssSelector(":scope > li")).stream()
                    .filter(item -> item.getText().contains(universityName)).findFirst().orElse(null),
                    "the university's result among the matches");
            match.findElement(By.xpath(".//button[normalize-space()='申请对接']")).click();
            enterprise.fill("对接留言", "您好，我们希望就聚乳酸薄膜拉伸改性开展合作开发，盼复。");
            match.findElement(By.xpath(".//label[normalize-space()='合作开发']")).click();
            enterprise.screenshot("request-form");
            enterprise.click("发送对接申请");
            enterprise.waitForText("对接申请已发送");
            enterprise.screenshot("request-sent");

            signIn(institution, university.username(), Seed.PASSWORD);
            institution.click("对接与合作");
            String incoming = institution.waitForText("收到的对接申请", "可降解聚乳酸薄膜拉伸强度不足");
            assertThat(incoming).contains(companyName, "待处理");
            institution.click("可降解聚乳酸薄膜拉伸强度不足 ⇄ 聚乳酸薄膜双向拉伸改性工艺");
            institution.waitForText("您好，我们希望就聚乳酸薄膜拉伸改性开展合作开发，盼复。");
            assertThat(institution.text()).contains("申请方：" + companyName, "合作开发").doesNotContain("王经理");
            institution.screenshot("request-received");
            long accepted = System.nanoTime();
            institution.click("接受对接");
            // the grant travels through Kafka to enterprise-service, which then shows its contact to the university
            String contact = institution.waitForText("对方联系方式", "王经理");
            System.out.printf("journey: accept to the enterprise's contact on the university's page in %d ms%n",
                    (System.nanoTime() - accepted) / 1_000_000);
            assertThat(contact).contains("0533-7180001", "wang@linzi-materials.example.cn");
            assertThat(institution.text()).contains("状态：已接受", "当前阶段：初步接触");
            institution.fill("新消息", "欢迎来校交流，下周二上午在化工学院实验楼面谈。");
            institution.click("发送");
            institution.waitForText("对接消息", "欢迎来校交流");
            institution.screenshot("accepted");

            enterprise.click("对接与合作");
            enterprise.waitForText("发出的对接申请", "已接受");
            enterprise.click("可降解聚乳酸薄膜拉伸强度不足 ⇄ 聚乳酸薄膜双向拉伸改性工艺");
            String thread = enterprise.waitForText("对接消息", "欢迎来校交流，下周二上午在化工学院实验楼面谈。");
            assertThat(thread).contains("1 条未读", universityName);
            assertThat(enterprise.waitForText("对方联系方式", "陈教授")).contains("0533-22866001");
            enterprise.choose("新阶段", "签订合同");
            enterprise.fill("合同金额（万元）", "120");
            enterprise.choose("合作方式", "合作开发");
            enterprise.fill("说明（选填）", "技术开发合同已签订");
            enterprise.click("更新阶段");
            String stages = enterprise.waitForText("合作项目", "当前阶段：签订合同");
            assertThat(stages).contains("合同金额 120 万元", "合作开发", "初步接触");
            enterprise.screenshot("contract-signed");

            signIn(bureau, PlatformServices.ADMIN_USERNAME, PlatformServices.ADMIN_PASSWORD);
            bureau.click("合作项目跟踪");
            bureau.waitForText("全部合作项目", companyName);
            bureau.click(bureau.waitFor(() -> bureau.driver().findElements(By.cssSelector("table a")).stream()
                    .filter(link -> link.getText().contains("聚乳酸")).findFirst().map(WebElement::getText).orElse(null),
                    "the cooperation in the bureau's list"));
            bureau.waitForText("当前阶段：签订合同");
            bureau.click("标记为重点跟踪项目");
            bureau.waitForText("取消重点跟踪");
            assertThat(bureau.text()).contains("· 重点跟踪项目");
            bureau.fill("跟踪记录", "已电话回访，合同首付款到账。");
            bureau.click("添加跟踪记录");
            bureau.waitForText("跟踪记录列表", "已电话回访");
            bureau.open("/cooperations?filter=key");
            assertThat(bureau.waitForText("重点跟踪项目", companyName)).contains("★重点", "签订合同");
            bureau.screenshot("key-projects");
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.open("/sign-in");
        browser.fill("用户名", username);
        browser.fill("密码", password);
        browser.click("登录");
        browser.waitForText(username);
    }

    private static void addParticipant(Browser browser, String kind, String marker, String title, String organisation) {
        browser.choose("参会方类型", kind);
        browser.fill("关键词", marker);
        browser.click("查找");
        browser.click("添加「" + title + "」");
        browser.waitFor(() -> {
            List<WebElement> table = browser.driver().findElements(By.cssSelector("table[aria-label='参会方']"));
            return !table.isEmpty() && table.get(0).getText().contains(organisation) ? table : null;
        }, organisation + " among the participants");
    }

    private static int indexOf(List<WebElement> items, String... texts) {
        for (int i = 0; i < items.size(); i++) {
            String shown = items.get(i).getText();
            if (Arrays.stream(texts).allMatch(shown::contains)) {
                return i;
            }
        }
        return -1;
    }

    private static WebElement rowWith(List<WebElement> rows, String text) {
        return rows.stream().filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no schedule row with " + text));
    }
}
