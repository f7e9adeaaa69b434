package dev.shipshape.examples;

import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;

/**
 * Everything that differs between deployments of the journal app: what Helm values files would carry, as a
 * typed record the compiler checks.
 *
 * <pre>{@code
 * App eu = Journal.define(JournalParameters.europe());
 * App staging = Journal.define(JournalParameters.europe().withHost("staging.journal.example.eu"));
 * }</pre>
 *
 * @param variant            the variant's name, used as the output directory ({@code eu}, {@code cn})
 * @param region             the region label value
 * @param host               the public host name of the Ingress
 * @param holidayScreen      which seasonal screen the frontend shows ({@code easter}, {@code spring-festival})
 * @param journalEntries     how many entries the frontend lists
 * @param frontendImage      the frontend image
 * @param fileserverImage    the static file server image
 * @param redisImage         the Redis image
 * @param frontendMin        the fewest frontend replicas (HPA minimum)
 * @param frontendMax        the most frontend replicas (HPA maximum)
 * @param frontendResources  the frontend's requests and limits
 * @param redisReplicas      Redis pods
 * @param redisVolume        each Redis pod's persistent volume
 */
public record JournalParameters(String variant, String region, String host, String holidayScreen, int journalEntries,
                                String frontendImage, String fileserverImage, String redisImage, int frontendMin,
                                int frontendMax, Resources frontendResources, int redisReplicas, Storage redisVolume) {

    /** The European deployment: Easter screen. */
    public static JournalParameters europe() {
        return new JournalParameters("eu", "eu-west", "journal.example.eu", "easter", 10,
                "my-repo/journal-server:v1.0.1-bfeda01f", "my-repo/static-files:v1-abcde", "redis:7.2.4-alpine",
                2, 10, Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)),
                3, Storage.gibibytes(10));
    }

    /** The Chinese deployment: Spring Festival screen, its own host. */
    public static JournalParameters china() {
        return new JournalParameters("cn", "cn-north", "journal.example.cn", "spring-festival", 10,
                "my-repo/journal-server:v1.0.1-bfeda01f", "my-repo/static-files:v1-abcde", "redis:7.2.4-alpine",
                2, 10, Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)),
                3, Storage.gibibytes(10));
    }

    /** These parameters with another host. */
    public JournalParameters withHost(String host) {
        return new JournalParameters(variant, region, host, holidayScreen, journalEntries, frontendImage, fileserverImage,
                redisImage, frontendMin, frontendMax, frontendResources, redisReplicas, redisVolume);
    }

    /** These parameters with another holiday screen. */
    public JournalParameters withHolidayScreen(String screen) {
        return new JournalParameters(variant, region, host, screen, journalEntries, frontendImage, fileserverImage,
                redisImage, frontendMin, frontendMax, frontendResources, redisReplicas, redisVolume);
    }
}
