package no.journeydiag.questionnaire.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when questionnaires are loaded (the database check comes with the datasource). */
@Readiness
@ApplicationScoped
public class QuestionnairesReadiness implements HealthCheck {

    private final QuestionnaireRegistry registry;

    public QuestionnairesReadiness(QuestionnaireRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("questionnaires")
                .status(registry.ready())
                .withData("loaded", registry.all().size())
                .build();
    }
}
