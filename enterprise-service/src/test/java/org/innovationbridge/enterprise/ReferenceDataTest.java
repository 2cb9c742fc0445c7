package org.innovationbridge.enterprise;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.innovationbridge.enterprise.TestData.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

@Tag("stack")
@QuarkusTest
class ReferenceDataTest {
    @Test
    void theSeededChainsAreReadableAndANewChainIsUsableAtOnce() {
        asAdmin().when().get("/reference/industry-chain")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(20))
                .body("name", hasItems("智能装备", "新能源汽车", "新材料", "新医药", "电子信息"));

        String code = "low-altitude-" + ThreadLocalRandom.current().nextInt(1_000_000);
        asAdmin().contentType("application/json").body(Map.of("name", "低空经济"))
                .when().put("/reference/industry-chain/" + code)
                .then().statusCode(200)
                .body("code", equalTo(code));
        Map<String, Object> problem = new HashMap<>(TestData.problem(TestData.registerEnterprise(), "无人机物流", "城市低空无人机配送"));
        problem.put("industryChain", code);
        asAdmin().contentType("application/json").body(problem)
                .when().post("/problems")
                .then().statusCode(201)
                .body("industryChain", equalTo(code));
    }

    @Test
    void aBadCodeOrKindIsRefused() {
        asAdmin().contentType("application/json").body(Map.of("name", "坏代码"))
                .when().put("/reference/industry-chain/Bad Code!")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        asAdmin().contentType("application/json").body(Map.of("name", " "))
                .when().put("/reference/district/new-district")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        asAdmin().when().get("/reference/planets").then().statusCode(404);
    }
}
