package org.oic.diwan.modularity.planted.payments;

import org.oic.diwan.modularity.planted.orders.Order;

/** ... which depends on orders: the planted cycle. */
public class Payment {
    Order order;
}
