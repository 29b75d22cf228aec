/** Orders may depend on nothing, yet its Order uses a Payment: a planted violation. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.oic.diwan.modularity.planted.orders;
