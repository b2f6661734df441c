package dev.iptvbridge.minerva;

import java.util.List;

/** The answer of {@code GET /packages}. */
record PackageListJson(List<PackageJson> packages) {
}
