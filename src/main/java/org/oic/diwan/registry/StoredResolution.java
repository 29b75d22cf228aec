package org.oic.diwan.registry;

/** A resolution of a version as stored. */
public record StoredResolution(int position, String number, String numberKey, String title) {}
