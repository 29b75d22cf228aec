/**
 * Who may do what: organizations, people and their roles, and the one policy that every door
 * (API, pages, originals, search, feeds) asks. Deny by default.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "audit", "database"})
package org.oic.diwan.access;
