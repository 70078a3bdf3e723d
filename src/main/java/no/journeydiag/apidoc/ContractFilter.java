package no.journeydiag.apidoc;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Finishes the API contract: an operation that names no security scheme is public, and says so
 * with an empty requirement ({@code security: [{}]}), so a client generator and {@code redocly lint}
 * need not guess. Pages never reach the document (mp.openapi.scan.exclude.packages).
 */
public class ContractFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        return operation;
    }
}
