package no.journeydiag.brand;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The configured colour as a stylesheet of its own: the pages' CSP allows no inline style. */
@Path("/brand.css")
public class BrandStyle {

    private final Brand brand;

    public BrandStyle(Brand brand) {
        this.brand = brand;
    }

    @GET
    @Produces("text/css")
    public Response css() {
        // The link carries ?v= of the colour, so a new colour is a new address and a day's caching is safe.
        return Response.ok(":root { --accent: " + brand.getColour() + "; }\n")
                .header("Cache-Control", "public, max-age=86400")
                .build();
    }
}
