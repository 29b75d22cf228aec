/** Runs the embedded PostgreSQL inside the data folder, or connects to an external one by URL. */
@org.springframework.modulith.ApplicationModule(displayName = "Database", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.oic.diwan.database;
