# PeerBot image. Build stage runs the same package command as README.md; the run stage holds only the jar.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /app peerbot && mkdir -p /app/data && chown -R peerbot /app
WORKDIR /app
COPY --from=build /src/config/target/peerbot.jar /app/peerbot.jar
USER peerbot
ENV PEERBOT_DATA_DIR=/app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/peerbot.jar"]
