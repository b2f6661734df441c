package dev.iptvbridge.minerva;

import java.util.List;

/** The answer of {@code GET /customers?page=&size=}. */
record CustomerPageJson(List<CustomerJson> customers, Integer page, Integer size, Long total) {
}
