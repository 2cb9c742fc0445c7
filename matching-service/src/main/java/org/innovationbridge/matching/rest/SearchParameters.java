package org.innovationbridge.matching.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.innovationbridge.matching.search.SearchIndex;

/** Filters and paging shared by searches and match lists. */
public class SearchParameters {
    @QueryParam("chain")
    public String chain;
    @QueryParam("field")
    public String field;
    @QueryParam("district")
    public String district;
    @QueryParam("maturity")
    @Pattern(regexp = "LAB|PILOT|SCALE_UP|INDUSTRIALISED", message = "must be one of LAB, PILOT, SCALE_UP, INDUSTRIALISED")
    public String maturity;
    @QueryParam("cooperationMode")
    @Pattern(regexp = "TRANSFER|LICENCE|JOINT_DEVELOPMENT|COMMISSIONED_DEVELOPMENT|CONSULTING|JOINT_PLATFORM",
            message = "must be one of TRANSFER, LICENCE, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, CONSULTING, JOINT_PLATFORM")
    public String cooperationMode;
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(9)
    public int page;
    @QueryParam("size")
    @DefaultValue("10")
    @Min(1)
    @Max(100)
    public int size;

    SearchIndex.Filters filters() {
        return new SearchIndex.Filters(chain, field, district, maturity, cooperationMode);
    }
}
