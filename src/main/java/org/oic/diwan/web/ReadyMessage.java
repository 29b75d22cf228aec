package org.oic.diwan.web;

import org.oic.diwan.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where to find it, once it is ready (demo content included). */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final DataFolder dataFolder;

    ReadyMessage(DataFolder dataFolder) {
        this.dataFolder = dataFolder;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String host = event.getApplicationContext().getEnvironment().getProperty("server.address", "localhost");
            String shown = host.equals("127.0.0.1") || host.equals("0.0.0.0") ? "localhost" : host;
            log.info("Diwan is ready at http://{}:{}/  (data folder: {})", shown, web.getWebServer().getPort(), dataFolder);
        }
    }
}
