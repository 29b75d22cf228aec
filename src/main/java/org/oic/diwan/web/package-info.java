/** The server-rendered front office: pages in Arabic, English and French. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"registry", "text", "consistency"})
package org.oic.diwan.web;
