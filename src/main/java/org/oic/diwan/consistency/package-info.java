/** Links the language versions of a document and finds what disagrees, inside a version or between versions. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"reading", "text", "registry"})
package org.oic.diwan.consistency;
