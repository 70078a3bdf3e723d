package no.journeydiag.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of ARCHITECTURE.md, checked on the production classes. */
@AnalyzeClasses(packages = "no.journeydiag", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    /** Features depend one way: the top-level packages form no cycle. */
    @ArchTest
    static final ArchRule featuresDoNotCycle =
            slices().matching("no.journeydiag.(*)..").should().beFreeOfCycles();

    /** The scoring engine and the questionnaire model and loader are plain Java: usable anywhere, testable alone. */
    @ArchTest
    static final ArchRule engineIsPlainJava = noClasses()
            .that()
            .resideInAnyPackage("..scoring..", "..questionnaire.model..", "..questionnaire.load..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.quarkus..", "jakarta..", "com.fasterxml..", "org.hibernate..", "io.vertx..", "io.smallrye..");

    /** The floors in ARCHITECTURE.md, lowest first: a floor never uses one above it. */
    @ArchTest
    static final ArchRule commonAndConfigUseNoFeature = noClasses()
            .that()
            .resideInAnyPackage("no.journeydiag.common..", "no.journeydiag.config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "no.journeydiag.questionnaire..",
                    "no.journeydiag.scoring..",
                    "no.journeydiag.account..",
                    "no.journeydiag.response..",
                    "no.journeydiag.compare..",
                    "no.journeydiag.report..",
                    "no.journeydiag.lead..",
                    "no.journeydiag.webhook..",
                    "no.journeydiag.workshop..",
                    "no.journeydiag.embed..");

    @ArchTest
    static final ArchRule storageUsesNoFeatureAbove = noClasses()
            .that()
            .resideInAnyPackage("no.journeydiag.response..", "no.journeydiag.account..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "no.journeydiag.compare..",
                    "no.journeydiag.report..",
                    "no.journeydiag.lead..",
                    "no.journeydiag.webhook..",
                    "no.journeydiag.workshop..",
                    "no.journeydiag.embed..");

    @ArchTest
    static final ArchRule nothingUsesThePages = noClasses()
            .that()
            .resideOutsideOfPackage("no.journeydiag.embed..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("no.journeydiag.embed..");

    /** Resources and pages never touch entities, Panache or the entity manager: queries live in services and repositories. */
    @ArchTest
    static final ArchRule resourcesTouchNoPersistence = noClasses()
            .that()
            .resideInAnyPackage("..rest..", "..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..persistence..", "io.quarkus.hibernate..", "jakarta.persistence..", "org.hibernate..");

    /** Entities never leave the service layer. */
    @ArchTest
    static final ArchRule entitiesStayInTheServiceLayer = classes()
            .that()
            .resideInAPackage("..persistence..")
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideInAnyPackage("..persistence..", "..service..", "..security..");
}
