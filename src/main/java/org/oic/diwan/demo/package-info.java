/** Synthetic but realistic resolutions in Arabic, English and French, for demos and benchmarks. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"intake", "registry", "text", "access"})
package org.oic.diwan.demo;
