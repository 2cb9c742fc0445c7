package org.innovationbridge.matching.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
        return new SearchIndex.Filters(chain, field, district);
    }
}
