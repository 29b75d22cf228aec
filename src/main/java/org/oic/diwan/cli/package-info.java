/** The command line: {@code ./diwan serve | demo | import | generate}. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"intake", "demo"})
package org.oic.diwan.cli;
