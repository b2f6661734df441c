package dev.iptvbridge.minerva;

/** A Minerva package; its channel list is not used by the bridge. */
record PackageJson(String id, String name, String type) {
}
