package org.oic.diwan.demo;

import org.oic.diwan.demo.Addressee.Category;

/**
 * Who can carry out an action: a council may urge states to ratify an agreement, but asks its
 * Secretary General to prepare a report, and never the other way round.
 */
enum ActionScope {
    /** Anyone: states, the Secretariat, institutions, or the council itself by a decision. */
    ANYONE,
    /** A national measure only member states can take, such as ratifying or legislating. */
    MEMBER_STATES,
    /** Work of the Organization itself, for its Secretariat, departments and institutions. */
    ORGANIZATION;

    /** Whether an addressee of this category can be asked to carry out the action. */
    boolean suits(Category category) {
        return switch (this) {
            case ANYONE -> true;
            case MEMBER_STATES -> category == Category.MEMBER_STATES;
            case ORGANIZATION -> category != Category.MEMBER_STATES;
        };
    }

    /** Whether the council can decide the action itself, without an addressee. */
    boolean decidable() {
        return this != MEMBER_STATES;
    }
}
