package org.oic.diwan.modularity.planted;

import org.springframework.modulith.Modulithic;

/** A two-module application with planted violations, to prove that the modularity test fails on them. */
@Modulithic
public class PlantedApplication {}
