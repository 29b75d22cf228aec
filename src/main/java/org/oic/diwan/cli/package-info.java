/** The command line: {@code ./diwan serve | demo | import | generate | ...}. */
package org.oic.diwan.cli;
