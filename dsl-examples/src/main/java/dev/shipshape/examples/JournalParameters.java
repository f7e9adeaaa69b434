package dev.shipshape.examples;

import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import java.util.Locale;

/**
 * Everything that differs between deployments of the journal app: what Helm values files would carry, as a
 * typed record the compiler checks. One set per environment and region.
 *
 * <pre>{@code
 * App prodEu = Journal.define(JournalParameters.of(Environment.PROD, Region.EU));
 * App staging = Journal.define(JournalParameters.of(Environment.DEV, Region.EU).withHost("staging.journal.example.eu"));
 * }</pre>
 *
 * @param variant           the variant's name, used as the output directory ({@code prod-eu}, {@code dev-cn})
 * @param region            the region label value
 * @param host              the public host name of the Ingress
 * @param holidayScreen     which seasonal screen the frontend shows ({@code easter}, {@code spring-festival})
 * @param journalEntries    how many entries the frontend lists
 * @param frontendImage     the frontend image
 * @param fileserverImage   the static file server image
 * @param redisImage        the Redis image
 * @param frontendMin       the fewest frontend replicas (HPA minimum)
 * @param frontendMax       the most frontend replicas (HPA maximum)
 * @param frontendResources the frontend's requests and limits
 * @param redisReplicas     Redis pods
 * @param redisVolume       each Redis pod's persistent volume
 * @param strict            whether the strict policy applies (pinned images from allowed registries only)
 * @param gateway           whether the app is routed by an HTTPRoute on the platform's Gateway (Gateway API) instead of
 *                          an Ingress
 */
public record JournalParameters(String variant, String region, String host, String holidayScreen, int journalEntries,
                                String frontendImage, String fileserverImage, String redisImage, int frontendMin,
                                int frontendMax, Resources frontendResources, int redisReplicas, Storage redisVolume,
                                boolean strict, boolean gateway) {

    /**
     * The parameters of a variant routed by an Ingress, as before the Gateway API variant existed.
     *
     * <pre>{@code
     * new JournalParameters("test", "eu-west", "journal.example.eu", "easter", 10, frontendImage, filesImage, redisImage,
     *         2, 10, resources, 3, Storage.gibibytes(10), true);
     * }</pre>
     *
     * @param variant the variant's name
     * @param region the region label value
     * @param host the public host name
     * @param holidayScreen which seasonal screen the frontend shows
     * @param journalEntries how many entries the frontend lists
     * @param frontendImage the frontend image
     * @param fileserverImage the static file server image
     * @param redisImage the Redis image
     * @param frontendMin the fewest frontend replicas
     * @param frontendMax the most frontend replicas
     * @param frontendResources the frontend's requests and limits
     * @param redisReplicas Redis pods
     * @param redisVolume each Redis pod's persistent volume
     * @param strict whether the strict policy applies
     */
    public JournalParameters(String variant, String region, String host, String holidayScreen, int journalEntries,
                             String frontendImage, String fileserverImage, String redisImage, int frontendMin,
                             int frontendMax, Resources frontendResources, int redisReplicas, Storage redisVolume,
                             boolean strict) {
        this(variant, region, host, holidayScreen, journalEntries, frontendImage, fileserverImage, redisImage, frontendMin,
                frontendMax, frontendResources, redisReplicas, redisVolume, strict, false);
    }

    /** Where the app runs. */
    public enum Environment {
        /** Developers' clusters: small, tags, default policy. */
        DEV,
        /** Production: larger, images pinned by digest, {@code Policy.strict()}. */
        PROD
    }

    /** Which market the app serves. */
    public enum Region {
        /** Europe: Easter screen. */
        EU,
        /** China: Spring Festival screen. */
        CN
    }

    private static final String FRONTEND_DIGEST = "@sha256:4b7f6c2a9d3e1f0a8b5c7d9e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e7f9a";
    private static final String FILES_DIGEST = "@sha256:9e1d3c5b7a9f0e2d4c6b8a0f1e3d5c7b9a2f4e6d8c0b1a3f5e7d9c2b4a6f8e0d";
    private static final String REDIS_DIGEST = "@sha256:2c4e6a8b0d1f3e5c7a9b2d4f6e8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a";

    /**
     * {@return the parameters of one environment in one region}
     *
     * @param env {@code DEV} or {@code PROD}
     * @param region {@code EU} (Easter screen) or {@code CN} (Spring Festival screen)
     */
    public static JournalParameters of(Environment env, Region region) {
        boolean prod = env == Environment.PROD;
        String variant = env.name().toLowerCase(Locale.ROOT) + "-" + region.name().toLowerCase(Locale.ROOT);
        String host = (prod ? "" : "dev.") + "journal.example." + (region == Region.EU ? "eu" : "cn");
        Resources frontend = prod
                ? Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1))
                : Resources.of(Cpu.millis(100), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256));
        return new JournalParameters(variant, region == Region.EU ? "eu-west" : "cn-north", host,
                region == Region.EU ? "easter" : "spring-festival", 10,
                "my-repo/journal-server:v1.0.1-bfeda01f" + (prod ? FRONTEND_DIGEST : ""),
                "my-repo/static-files:v1-abcde" + (prod ? FILES_DIGEST : ""),
                "redis:7.2.4-alpine" + (prod ? REDIS_DIGEST : ""),
                2, prod ? 10 : 3, frontend, prod ? 3 : 1, prod ? Storage.gibibytes(10) : Storage.gibibytes(1), prod);
    }

    /**
     * Production in Europe: the Easter screen.
     *
     * @return the journal parameters
     */
    public static JournalParameters europe() {
        return of(Environment.PROD, Region.EU);
    }

    /**
     * Production in China: the Spring Festival screen.
     *
     * @return the journal parameters
     */
    public static JournalParameters china() {
        return of(Environment.PROD, Region.CN);
    }

    /**
     * The IANA time zone of the region, in which the nightly backup runs: {@code Europe/Berlin} for
     * {@code eu-*}, {@code Asia/Shanghai} for {@code cn-*}, UTC elsewhere.
     *
     * @return the time zone
     */
    public String timeZone() {
        return region.startsWith("eu") ? "Europe/Berlin" : region.startsWith("cn") ? "Asia/Shanghai" : "UTC";
    }

    /**
     * These parameters with another host.
     *
     * @param host the public host name, e.g. {@code staging.journal.example.eu}
     * @return the journal parameters
     */
    public JournalParameters withHost(String host) {
        return new JournalParameters(variant, region, host, holidayScreen, journalEntries, frontendImage, fileserverImage,
                redisImage, frontendMin, frontendMax, frontendResources, redisReplicas, redisVolume, strict, gateway);
    }

    /**
     * These parameters with another holiday screen.
     *
     * @param screen {@code easter}, {@code spring-festival} or {@code none}
     * @return the journal parameters
     */
    public JournalParameters withHolidayScreen(String screen) {
        return new JournalParameters(variant, region, host, screen, journalEntries, frontendImage, fileserverImage,
                redisImage, frontendMin, frontendMax, frontendResources, redisReplicas, redisVolume, strict, gateway);
    }

    /**
     * These parameters with another number of journal entries.
     *
     * @param entries how many entries the frontend shows, at least 1
     * @return the journal parameters
     */
    public JournalParameters withJournalEntries(int entries) {
        return new JournalParameters(variant, region, host, holidayScreen, entries, frontendImage, fileserverImage,
                redisImage, frontendMin, frontendMax, frontendResources, redisReplicas, redisVolume, strict, gateway);
    }

    /**
     * {@return these parameters, routed by an HTTPRoute on the platform's Gateway {@code infra/public} (listener
     * {@code https}) instead of an Ingress; the variant's name gets {@code -gateway}}
     *
     * <pre>{@code
     * App app = Journal.define(JournalParameters.europe().withGateway());   // variant prod-eu-gateway
     * }</pre>
     */
    public JournalParameters withGateway() {
        return new JournalParameters(variant + "-gateway", region, host, holidayScreen, journalEntries, frontendImage,
                fileserverImage, redisImage, frontendMin, frontendMax, frontendResources, redisReplicas, redisVolume, strict,
                true);
    }
}
