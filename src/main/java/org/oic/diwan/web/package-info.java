/** The server-rendered front office: pages in Arabic, English and French. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "text", "consistency", "search", "access", "mandates", "intake", "audit"})
package org.oic.diwan.web;
