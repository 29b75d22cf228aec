/**
 * The audit trail: every sign-in, read of a non-public document, write, change of rights and
 * export, appended to a hash chain in PostgreSQL that the application cannot rewrite, with
 * checkpoints signed by a key kept outside the database, and a verifier that names the entry
 * where the chain was tampered with.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"database"})
package org.oic.diwan.audit;
