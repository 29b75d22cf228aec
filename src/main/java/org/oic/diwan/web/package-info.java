/** The server-rendered front office: pages in Arabic, English and French. */
package org.oic.diwan.web;
