package org.oic.diwan.access;

/** A signed-in principal, however it signed in (password, identity provider): the subject it acts as. */
interface HasSubject {
    Subject subject();
}
