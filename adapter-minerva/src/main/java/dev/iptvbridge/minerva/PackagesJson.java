package dev.iptvbridge.minerva;

import java.util.List;

/** The body of {@code PUT /customers/{id}/packages}: the whole set, replacing the old one. */
record PackagesJson(List<String> packages) {
}
