package org.oic.diwan.registry;

import org.oic.diwan.DataFolder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The originals store, in the {@code originals} folder of the data folder. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean(destroyMethod = "close")
    OriginalsStore originalsStore(DataFolder dataFolder) {
        return new OriginalsStore(dataFolder.folder("originals"));
    }
}
