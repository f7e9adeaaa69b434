package dev.shipshape.internal.rules;

import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The type of a pod volume: the name of the one source field it sets ({@code emptyDir}, {@code hostPath}, …). */
final class VolumeTypes {

    private static final List<Map.Entry<String, Function<Volume, Object>>> SOURCES = List.of(
            Map.entry("configMap", Volume::getConfigMap),
            Map.entry("csi", Volume::getCsi),
            Map.entry("downwardAPI", Volume::getDownwardAPI),
            Map.entry("emptyDir", Volume::getEmptyDir),
            Map.entry("ephemeral", Volume::getEphemeral),
            Map.entry("persistentVolumeClaim", Volume::getPersistentVolumeClaim),
            Map.entry("projected", Volume::getProjected),
            Map.entry("secret", Volume::getSecret),
            Map.entry("hostPath", Volume::getHostPath),
            Map.entry("awsElasticBlockStore", Volume::getAwsElasticBlockStore),
            Map.entry("azureDisk", Volume::getAzureDisk),
            Map.entry("azureFile", Volume::getAzureFile),
            Map.entry("cephfs", Volume::getCephfs),
            Map.entry("cinder", Volume::getCinder),
            Map.entry("fc", Volume::getFc),
            Map.entry("flexVolume", Volume::getFlexVolume),
            Map.entry("flocker", Volume::getFlocker),
            Map.entry("gcePersistentDisk", Volume::getGcePersistentDisk),
            Map.entry("gitRepo", Volume::getGitRepo),
            Map.entry("glusterfs", Volume::getGlusterfs),
            Map.entry("image", Volume::getImage),
            Map.entry("iscsi", Volume::getIscsi),
            Map.entry("nfs", Volume::getNfs),
            Map.entry("photonPersistentDisk", Volume::getPhotonPersistentDisk),
            Map.entry("portworxVolume", Volume::getPortworxVolume),
            Map.entry("quobyte", Volume::getQuobyte),
            Map.entry("rbd", Volume::getRbd),
            Map.entry("scaleIO", Volume::getScaleIO),
            Map.entry("storageos", Volume::getStorageos),
            Map.entry("vsphereVolume", Volume::getVsphereVolume));

    private VolumeTypes() {
    }

    /**
     * The volume's type; a volume that sets no known source (or only fields a newer API adds) is {@code emptyDir},
     * as the API server defaults it.
     */
    static String of(Volume v) {
        for (Map.Entry<String, Function<Volume, Object>> e : SOURCES) {
            if (e.getValue().apply(v) != null) {
                return e.getKey();
            }
        }
        if (v.getAdditionalProperties() != null) {
            for (String key : v.getAdditionalProperties().keySet()) {
                return key;
            }
        }
        return "emptyDir";
    }
}
