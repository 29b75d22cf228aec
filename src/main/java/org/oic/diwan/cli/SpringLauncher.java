package org.oic.diwan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oic.diwan.DiwanApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the web server, or without it for batch work. */
final class SpringLauncher {

    private SpringLauncher() {}

    /** The server, logging to the console and to the data folder's log. */
    static ConfigurableApplicationContext server(Path data, List<String> properties) {
        return start(data, WebApplicationType.SERVLET, properties, "INFO");
    }

    /** The application without a web server, for a command whose output is its result: warnings only on the console. */
    static ConfigurableApplicationContext batch(Path data) {
        return start(data, WebApplicationType.NONE, List.of(), "WARN");
    }

    private static ConfigurableApplicationContext start(
            Path data, WebApplicationType type, List<String> properties, String consoleLevel) {
        List<String> args = new ArrayList<>();
        // Command-line arguments outrank environment variables: --data beats DIWAN_DATA.
        args.add("--diwan.data=" + data);
        args.add("--diwan.log.console-level=" + consoleLevel);
        properties.forEach(p -> args.add("--" + p));
        return new SpringApplicationBuilder(DiwanApplication.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(type == WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }
}
