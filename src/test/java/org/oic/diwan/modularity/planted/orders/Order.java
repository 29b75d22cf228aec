package org.oic.diwan.modularity.planted.orders;

import org.oic.diwan.modularity.planted.payments.Payment;

/** Depends on payments... */
public class Order {
    Payment payment;
}
