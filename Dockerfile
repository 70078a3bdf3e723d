# Build: docker build -t journey-diagnostic .                                   (embedded H2)
#        docker build --build-arg DB_KIND=postgresql -t journey-diagnostic:pg .  (see docs/deployment.md)
# Run:   docker run -p 8080:8080 -v diagnostic-data:/data journey-diagnostic        (then open the setup link it logs)
# Own questionnaires: add -v /path/to/questionnaires:/app/questionnaires:ro

FROM eclipse-temurin:17-jdk AS build
# The database kind is compiled in by Quarkus; URL, user and password are set when the container starts.
ARG DB_KIND=h2
ENV QUARKUS_DATASOURCE_DB_KIND=${DB_KIND}
WORKDIR /src
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY questionnaires questionnaires
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app diagnostic \
    && mkdir -p /data /app \
    && chown diagnostic /data
WORKDIR /app
COPY --from=build --chown=diagnostic /src/target/quarkus-app/ /app/
COPY --from=build --chown=diagnostic /src/questionnaires/ /app/questionnaires/
USER diagnostic
# First start: `docker logs` shows a one-time /setup/... link that creates the admin account
# (or pass -e DIAGNOSTIC_ADMIN_PASSWORD=... with 12+ characters). docker stop waits for requests in flight:
# give it longer than quarkus.shutdown.timeout (30 s), e.g. docker stop -t 35.
# Behind HTTPS the session cookie is Secure (prod default); set DIAGNOSTIC_AUTH_SECURE_COOKIE=false only for plain-HTTP trials.
ENV DIAGNOSTIC_DATA_DIR=/data \
    DIAGNOSTIC_QUESTIONNAIRES_DIR=/app/questionnaires \
    JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
STOPSIGNAL SIGTERM
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
