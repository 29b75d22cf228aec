package org.oic.diwan;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application: every capability module lives in a sub-package of this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DiwanApplication {}
