/** The command line: {@code ./diwan serve | demo | import | read | generate}. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"intake", "demo", "reading", "consistency", "mandates", "text", "search", "registry", "audit", "access"})
package org.oic.diwan.cli;
